// class: weak-random — java.util.Random, Math.random, ThreadLocalRandom, commons RandomStringUtils/RandomUtils reaching cookies, headers, sessions, responses, file names, tokens
package com.example.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.lang3.RandomStringUtils;
import org.apache.commons.lang3.RandomUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SessionTokenController {

    private final Random random = new Random();
    private final SecureRandom secureRandom = new SecureRandom();

    @PostMapping("/login/remember-me")
    public void rememberMe(HttpServletResponse response) {
        // expect: weak-random
        Cookie cookie = new Cookie("remember", Long.toHexString(random.nextLong()));
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    @PostMapping("/password/reset")
    public String resetToken() {
        // expect: weak-random
        String resetToken = Integer.toString((int) (Math.random() * 1_000_000));
        return "{\"token\":\"" + resetToken + "\"}";
    }

    @PostMapping("/api/request-id")
    public void requestId(HttpServletResponse response) {
        // expect: weak-random
        response.setHeader("X-Request-Token", String.valueOf(ThreadLocalRandom.current().nextLong()));
    }

    @PostMapping("/login/otp")
    public void otp(HttpServletRequest request) {
        // expect: weak-random
        request.getSession().setAttribute("otp", RandomStringUtils.randomNumeric(6));
    }

    @PostMapping("/users/temp-password")
    public String tempPassword() {
        // expect: weak-random
        String password = RandomStringUtils.randomAlphanumeric(12);
        return password;
    }

    @PostMapping("/exports")
    public String export(byte[] data) throws IOException {
        // expect: weak-random
        Path file = Path.of("/tmp/exports", "export-" + RandomUtils.nextLong() + ".csv");
        Files.write(file, data);
        return file.getFileName().toString();
    }

    @PostMapping("/api/keys")
    public String apiKey() {
        byte[] bytes = new byte[32];
        // safe: weak-random
        secureRandom.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @PostMapping("/login/remember-me-secure")
    public void rememberMeSecure(HttpServletResponse response) {
        // safe: weak-random
        Cookie cookie = new Cookie("remember", Long.toHexString(secureRandom.nextLong()));
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    @PostMapping("/quiz/questions")
    public List<Integer> shuffledQuestions(List<Integer> questionIds) {
        // safe: weak-random
        Collections.shuffle(questionIds, random);
        return questionIds;
    }

    long retryDelayMillis(int attempt) {
        // safe: weak-random
        long jitter = ThreadLocalRandom.current().nextLong(0, 250);
        return (1L << attempt) * 100 + jitter;
    }

    @PostMapping("/invites")
    public String invite() {
        // safe: weak-random
        String inviteCode = RandomStringUtils.random(16, 0, 0, true, true, null, secureRandom);
        return inviteCode;
    }
}
