// class: weak-crypto — near misses: strong hashes for cache keys/ETags, HMAC-SHA256, AES-256 keys, bcrypt, secure TLS default
package com.example.cdn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

@Component
public class AssetFingerprints {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(12);

    public String etag(byte[] body) throws NoSuchAlgorithmException {
        // safe: weak-crypto
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        return "\"" + HexFormat.of().formatHex(digest.digest(body)) + "\"";
    }

    public String cacheKey(String url) throws NoSuchAlgorithmException {
        // expect: weak-crypto
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md5.digest(url.getBytes(StandardCharsets.UTF_8)));
    }

    public String signUrl(String url, byte[] secret) throws Exception {
        // safe: weak-crypto
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(url.getBytes(StandardCharsets.UTF_8)));
    }

    public String signUrlLegacy(String url, byte[] secret) throws Exception {
        // expect: weak-crypto
        Mac mac = Mac.getInstance("HmacMD5");
        mac.init(new SecretKeySpec(secret, "HmacMD5"));
        return HexFormat.of().formatHex(mac.doFinal(url.getBytes(StandardCharsets.UTF_8)));
    }

    public SecretKey contentKey() throws NoSuchAlgorithmException {
        KeyGenerator gen = KeyGenerator.getInstance("AES");
        // safe: weak-crypto
        gen.init(256);
        return gen.generateKey();
    }

    public String hashAdminPassword(String password) {
        // safe: weak-crypto
        return encoder.encode(password);
    }

    public SSLContext tls() throws NoSuchAlgorithmException {
        // safe: weak-crypto
        return SSLContext.getInstance("TLS");
    }
}
