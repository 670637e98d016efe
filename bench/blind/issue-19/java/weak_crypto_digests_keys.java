// class: weak-crypto — MessageDigest MD2/MD4/MD5/SHA-1 (graded by context), short RSA/DSA/DH/EC keys, weak SSLContext protocols
package com.example.security;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.ECGenParameterSpec;
import javax.net.ssl.SSLContext;
import org.springframework.stereotype.Service;

@Service
public class CredentialService {

    public String hashPassword(String password) throws NoSuchAlgorithmException {
        // expect: weak-crypto
        MessageDigest md = MessageDigest.getInstance("MD5");
        return new BigInteger(1, md.digest(password.getBytes(StandardCharsets.UTF_8))).toString(16);
    }

    public byte[] signPayload(byte[] payload) throws NoSuchAlgorithmException {
        // expect: weak-crypto
        MessageDigest signatureDigest = MessageDigest.getInstance("SHA-1");
        return signatureDigest.digest(payload);
    }

    public String apiTokenFingerprint(String token) throws NoSuchAlgorithmException {
        // expect: weak-crypto
        MessageDigest md = MessageDigest.getInstance("SHA1");
        return new BigInteger(1, md.digest(token.getBytes(StandardCharsets.UTF_8))).toString(16);
    }

    public byte[] legacyChecksum(byte[] blob) throws NoSuchAlgorithmException {
        // expect: weak-crypto
        return MessageDigest.getInstance("MD2").digest(blob);
    }

    public byte[] md4(byte[] blob) throws NoSuchAlgorithmException {
        // expect: weak-crypto
        return MessageDigest.getInstance("MD4").digest(blob);
    }

    public byte[] passwordHashSha256(String password, byte[] salt) throws NoSuchAlgorithmException {
        // safe: weak-crypto
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(salt);
        return md.digest(password.getBytes(StandardCharsets.UTF_8));
    }

    public KeyPair rsaKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        // expect: weak-crypto
        gen.initialize(1024);
        return gen.generateKeyPair();
    }

    public KeyPair rsaKeysStrong() throws NoSuchAlgorithmException {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        // safe: weak-crypto
        gen.initialize(3072);
        return gen.generateKeyPair();
    }

    public KeyPair dsaKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("DSA");
        // expect: weak-crypto
        gen.initialize(512);
        return gen.generateKeyPair();
    }

    public KeyPair dhKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("DH");
        // expect: weak-crypto
        gen.initialize(1024);
        return gen.generateKeyPair();
    }

    public KeyPair ecKeys() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        // expect: weak-crypto
        gen.initialize(new ECGenParameterSpec("secp192r1"));
        return gen.generateKeyPair();
    }

    public KeyPair ecKeysStrong() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        // safe: weak-crypto
        gen.initialize(new ECGenParameterSpec("secp256r1"));
        return gen.generateKeyPair();
    }

    public SSLContext legacyTls() throws NoSuchAlgorithmException {
        // expect: weak-crypto
        return SSLContext.getInstance("TLSv1");
    }

    public SSLContext sslContext() throws NoSuchAlgorithmException {
        // expect: weak-crypto
        return SSLContext.getInstance("SSL");
    }

    public SSLContext tls11() throws NoSuchAlgorithmException {
        // expect: weak-crypto
        return SSLContext.getInstance("TLSv1.1");
    }

    public SSLContext modernTls() throws NoSuchAlgorithmException {
        // safe: weak-crypto
        return SSLContext.getInstance("TLSv1.3");
    }
}
