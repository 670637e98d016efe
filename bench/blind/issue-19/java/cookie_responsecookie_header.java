// class: insecure-cookie — Spring ResponseCookie and raw Set-Cookie headers: Secure, HttpOnly, SameSite=None without Secure
package com.example.session;

import java.time.Duration;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TokenCookieController {

    @PostMapping("/auth/token")
    public ResponseEntity<Void> issue(String token) {
        ResponseCookie cookie = ResponseCookie.from("access_token", token)
                .path("/")
                .maxAge(Duration.ofHours(1))
                .build();
        // expect: insecure-cookie
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    @PostMapping("/auth/token-secure")
    public ResponseEntity<Void> issueSecure(String token) {
        ResponseCookie cookie = ResponseCookie.from("access_token", token)
                .httpOnly(true)
                .secure(true)
                .sameSite("Strict")
                .path("/")
                .build();
        // safe: insecure-cookie
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    @PostMapping("/auth/embed")
    public void embed(String token, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from("embed_session", token)
                .httpOnly(true)
                // expect: insecure-cookie
                .sameSite("None")
                .path("/")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    @PostMapping("/auth/embed-secure")
    public void embedSecure(String token, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from("embed_session", token)
                .httpOnly(true)
                .secure(true)
                .sameSite("None")
                .build();
        // safe: insecure-cookie
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    @PostMapping("/auth/legacy")
    public void legacy(String token, HttpServletResponse response) {
        // expect: insecure-cookie
        response.addHeader("Set-Cookie", "legacy_session=" + token + "; Path=/");
    }

    @PostMapping("/auth/legacy-secure")
    public void legacySecure(String token, HttpServletResponse response) {
        // safe: insecure-cookie
        response.setHeader("Set-Cookie", "legacy_session=" + token + "; Path=/; Secure; HttpOnly; SameSite=Lax");
    }

    @PostMapping("/auth/remember")
    public ResponseEntity<Void> remember(String token) {
        ResponseCookie cookie = ResponseCookie.from("remember_me", token)
                // expect: insecure-cookie
                .secure(false)
                .httpOnly(true)
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}
