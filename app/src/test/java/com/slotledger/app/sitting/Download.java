package com.slotledger.app.sitting;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

/** A file read over HTTP as bytes (evidence images, exports), with its status and content type. */
record Download(int status, String contentType, byte[] body) {

    String text() {
        return body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    static Download get(HttpClient client, String path, String token) {
        return get(client, path, token, MediaType.ALL_TYPE);
    }

    static Download get(HttpClient client, String path, String token, MediaType accept) {
        MutableHttpRequest<?> request = HttpRequest.GET(path).accept(accept);
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            HttpResponse<byte[]> response = client.toBlocking().exchange(request, byte[].class);
            return new Download(response.code(), response.getContentType().map(MediaType::toString).orElse(null),
                    response.body());
        } catch (HttpClientResponseException e) {
            return new Download(e.getStatus().getCode(), e.getResponse().getContentType().map(MediaType::toString)
                    .orElse(null), e.getResponse().getBody(byte[].class).orElse(null));
        }
    }
}
