package com.slotledger.app.sitting;

import com.slotledger.app.support.Api;
import com.slotledger.app.support.Api.Reply;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The recognition service's side of the callback: one slot, one callbackType, recognitions built per student. */
final class Recognitions {

    private final Api api;
    private final SittingWorld world;
    private final Api.User service;
    private final String slot;
    private final String type;

    Recognitions(Api api, SittingWorld world, Api.User service, String slot, String type) {
        this.api = api;
        this.world = world;
        this.service = service;
        this.slot = slot;
        this.type = type;
    }

    /** A recognition of {@code student} in frame {@code frame}, with the image as evidence when given. */
    Map<String, Object> seen(String student, double confidence, String frame, byte[] image) {
        Map<String, Object> recognition = new HashMap<>();
        recognition.put("studentUserId", student);
        recognition.put("confidence", confidence);
        recognition.put("frameHash", frame);
        if (image != null) {
            recognition.put("evidence", new HashMap<>(Map.of("imageBase64", Base64.getEncoder().encodeToString(image))));
        }
        return recognition;
    }

    @SafeVarargs
    final Reply send(String mode, Map<String, Object>... recognitions) {
        Map<String, Object> body = new HashMap<>();
        body.put("callbackType", type);
        body.put("slotId", slot);
        body.put("mode", mode);
        body.put("recognitions", List.of(recognitions));
        return api.post("/api/v1/recognition-callback", body, service.token());
    }

    /** Sends the recognitions and answers each one's rejection reason, null where it counted. */
    @SafeVarargs
    final List<String> reasons(String mode, Map<String, Object>... recognitions) {
        Reply reply = world.ok(send(mode, recognitions));
        List<String> reasons = new ArrayList<>();
        for (Object outcome : (List<?>) reply.json().get("outcomes")) {
            Object reason = ((Map<?, ?>) outcome).get("reason");
            reasons.add(reason == null ? null : reason.toString());
        }
        return reasons;
    }

    /** A small real JPEG image. */
    static byte[] jpeg() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xFF8800);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
