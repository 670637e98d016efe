package com.example.auth;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Random;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/auth")
@CrossOrigin(origins = "*")
public class AuthController {

    // expect: hardcoded-secret
    private static final String JWT_SECRET = "mySuperSecretKey12345";
    private static final long EXPIRATION_MS = 86400000;

    private final DataSource dataSource;

    public AuthController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PostMapping("/login")
    public ResponseEntity<?> login(@RequestBody Map<String, String> body, HttpServletResponse response) throws Exception {
        String username = body.get("username");
        String password = body.get("password");
        try (Connection conn = dataSource.getConnection()) {
            Statement stmt = conn.createStatement();
            String sql = "SELECT id, role FROM users WHERE username = '" + username
                    + "' AND password_hash = '" + hashPassword(password) + "'";
            // expect: sqli
            ResultSet rs = stmt.executeQuery(sql);
            if (!rs.next()) {
                return ResponseEntity.status(401).body(Map.of("error", "Invalid credentials"));
            }
            String token = Jwts.builder()
                    .setSubject(username)
                    .claim("role", rs.getString("role"))
                    .setExpiration(new Date(System.currentTimeMillis() + EXPIRATION_MS))
                    .signWith(SignatureAlgorithm.HS256, JWT_SECRET)
                    .compact();
            Cookie cookie = new Cookie("auth_token", token);
            cookie.setPath("/");
            // expect: insecure-cookie
            response.addCookie(cookie);
            return ResponseEntity.ok(Map.of("token", token));
        }
    }

    @GetMapping("/me")
    public ResponseEntity<?> me(@RequestHeader("Authorization") String header) {
        String token = header.replace("Bearer ", "");
        // safe: jwt
        Claims claims = Jwts.parser().setSigningKey(JWT_SECRET).parseClaimsJws(token).getBody();
        return ResponseEntity.ok(Map.of("user", claims.getSubject(), "role", claims.get("role")));
    }

    @PostMapping("/forgot-password")
    public ResponseEntity<?> forgotPassword(@RequestParam String email) throws Exception {
        // expect: weak-random
        String resetToken = String.valueOf(100000 + new Random().nextInt(900000));
        try (Connection conn = dataSource.getConnection()) {
            // safe: sqli
            PreparedStatement ps = conn.prepareStatement("UPDATE users SET reset_token = ? WHERE email = ?");
            ps.setString(1, resetToken);
            ps.setString(2, email);
            ps.executeUpdate();
        }
        mailer.send(email, "Your reset code is " + resetToken);
        return ResponseEntity.ok(Map.of("message", "If the account exists, an email was sent"));
    }

    @PostMapping("/logout")
    public ResponseEntity<?> logout(HttpServletResponse response) {
        // safe: insecure-cookie
        Cookie cookie = new Cookie("auth_token", "");
        cookie.setMaxAge(0);
        cookie.setPath("/");
        response.addCookie(cookie);
        return ResponseEntity.ok().build();
    }

    private String hashPassword(String password) throws Exception {
        // expect: weak-crypto
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        byte[] digest = md.digest(password.getBytes("UTF-8"));
        return Base64.getEncoder().encodeToString(digest);
    }

    public String fingerprint(byte[] avatar) throws Exception {
        // expect: weak-crypto
        MessageDigest md = MessageDigest.getInstance("MD5");
        return Base64.getEncoder().encodeToString(md.digest(avatar));
    }

    private final Mailer mailer = new Mailer();
}
