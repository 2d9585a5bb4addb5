package com.slotledger.app.sitting;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

/** A file read over HTTP as bytes (evidence images, exports), with its status and content type. */
record Download(int status, String contentType, byte[] body) {

    static Download get(HttpClient client, String path, String token) {
        try {
            HttpResponse<byte[]> response = client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token), byte[].class);
            return new Download(response.code(), response.getContentType().map(MediaType::toString).orElse(null),
                    response.body());
        } catch (HttpClientResponseException e) {
            return new Download(e.getStatus().getCode(), e.getResponse().getContentType().map(MediaType::toString)
                    .orElse(null), null);
        }
    }
}
