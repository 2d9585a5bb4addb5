package com.slotledger.recognition.service;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A room's camera ({@code slotledger.recognition.cameras.<name>.*}): {@code room} is the room's id or name,
 * {@code url} a stream (rtsp://, http://, udp://) or a video file path; {@code options} go to FFmpeg as
 * {@code key=value,key=value} (e.g. {@code rtsp_transport=tcp}); {@code frameStep} overrides the service's.
 */
@EachProperty("slotledger.recognition.cameras")
public record Camera(@Parameter String name, String room, String url, @Nullable String options,
                     @Bindable(defaultValue = "0") int frameStep) {

    public boolean serves(String roomId, String roomName) {
        return room.equals(roomId) || room.equalsIgnoreCase(roomName);
    }

    public Map<String, String> ffmpegOptions() {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (options != null) {
            for (String pair : options.split(",")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parsed.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                }
            }
        }
        return parsed;
    }
}
