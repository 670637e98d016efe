// class: weak-crypto — static and zero IVs, PBE with few iterations vs random IVs and strong iteration counts
package com.example.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

public class TokenVault {

    private static final byte[] FIXED_IV = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final SecureRandom random = new SecureRandom();

    public byte[] encryptWithZeroIv(SecretKey key, byte[] data) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // expect: weak-crypto
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(new byte[16]));
        return cipher.doFinal(data);
    }

    public byte[] encryptWithFixedIv(SecretKey key, byte[] data) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // expect: weak-crypto
        IvParameterSpec iv = new IvParameterSpec(FIXED_IV);
        cipher.init(Cipher.ENCRYPT_MODE, key, iv);
        return cipher.doFinal(data);
    }

    public byte[] encryptWithRandomIv(SecretKey key, byte[] data) throws GeneralSecurityException {
        byte[] ivBytes = new byte[16];
        random.nextBytes(ivBytes);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // safe: weak-crypto
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(ivBytes));
        byte[] body = cipher.doFinal(data);
        byte[] out = new byte[16 + body.length];
        System.arraycopy(ivBytes, 0, out, 0, 16);
        System.arraycopy(body, 0, out, 16, body.length);
        return out;
    }

    public SecretKey deriveKeyFast(char[] password, byte[] salt) throws GeneralSecurityException {
        // expect: weak-crypto
        PBEKeySpec spec = new PBEKeySpec(password, salt, 1000, 256);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        return new SecretKeySpec(key, "AES");
    }

    public SecretKey deriveKey(char[] password, byte[] salt) throws GeneralSecurityException {
        // safe: weak-crypto
        PBEKeySpec spec = new PBEKeySpec(password, salt, 600_000, 256);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        return new SecretKeySpec(key, "AES");
    }

    public SecretKey keyFromPassphrase(String passphrase) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(passphrase.getBytes(StandardCharsets.UTF_8));
        // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("PBEWithMD5AndDES");
        return new SecretKeySpec(digest, cipher.getAlgorithm());
    }
}
