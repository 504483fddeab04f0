package com.fasttrack.portal.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** One browser's session cookie against a portal on a port: signs in through the login form, then requests. */
final class BrowserSession {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private String sessionId;
    private String lastSetCookie = "";

    BrowserSession(int port) {
        this.port = port;
    }

    String sessionId() {
        return sessionId;
    }

    /** The last session cookie the portal set, with its attributes. */
    String lastSetCookie() {
        return lastSetCookie;
    }

    /** A request with a personal token instead of (or besides) the session. */
    HttpResponse<String> getWithToken(String path, String token) throws IOException, InterruptedException {
        return send(request(path).header("Authorization", "Bearer " + token).GET());
    }

    /** Opens the login page (a session before sign-in) and posts the form as the login page does. */
    BrowserSession signIn(String email, String password) throws IOException, InterruptedException {
        get("/login");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + response.statusCode() + " "
                    + response.headers().map());
        }
        return this;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        cookie(response, "JSESSIONID").ifPresent(id -> sessionId = id);
        setCookieHeader(response, "JSESSIONID").ifPresent(header -> lastSetCookie = header);
        return response;
    }

    /** The value of a cookie the response sets. */
    static Optional<String> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .map(header -> header.substring(name.length() + 1).split(";", 2)[0])
                .findFirst();
    }

    static Optional<String> setCookieHeader(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "=")).findFirst();
    }
}
