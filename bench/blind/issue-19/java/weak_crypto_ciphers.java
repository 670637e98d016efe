// class: weak-crypto — Cipher transformations: DES/3DES/RC2/RC4/Blowfish, ECB incl. bare "AES", RSA without OAEP, NullCipher
package com.example.vault;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.NullCipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

@Component
public class FieldEncryptor {

    private final SecureRandom random = new SecureRandom();

    public byte[] legacyEncrypt(SecretKey key, byte[] data) throws GeneralSecurityException {
        // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] bankFormat(SecretKey key, byte[] data) throws GeneralSecurityException {
        // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("DESede/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] streamEncrypt(SecretKey key, byte[] data) throws GeneralSecurityException {
        // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("RC4");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] rc2(SecretKey key, byte[] data) throws GeneralSecurityException {
        // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("RC2/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] blowfish(SecretKey key, byte[] data) throws GeneralSecurityException {
        // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("Blowfish");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] quickAes(SecretKey key, byte[] data) throws GeneralSecurityException {
        // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("AES");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] aesEcb(SecretKey key, byte[] data) throws GeneralSecurityException {
        // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] aesGcm(SecretKey key, byte[] data) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        // safe: weak-crypto
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher.doFinal(data);
    }

    public byte[] wrapKeyPkcs1(PublicKey partnerKey, byte[] dataKey) throws GeneralSecurityException {
        // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        cipher.init(Cipher.WRAP_MODE, partnerKey);
        return cipher.doFinal(dataKey);
    }

    public byte[] wrapKeyOaep(PublicKey partnerKey, byte[] dataKey) throws GeneralSecurityException {
        // safe: weak-crypto
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        cipher.init(Cipher.ENCRYPT_MODE, partnerKey);
        return cipher.doFinal(dataKey);
    }

    public byte[] passthrough(byte[] data) throws GeneralSecurityException {
        // expect: weak-crypto
        Cipher cipher = new NullCipher();
        return cipher.doFinal(data);
    }

    public byte[] chacha(SecretKey key, byte[] data) throws GeneralSecurityException {
        // safe: weak-crypto
        Cipher cipher = Cipher.getInstance("ChaCha20-Poly1305");
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        cipher.init(Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.IvParameterSpec(nonce));
        return cipher.doFinal(data);
    }
}
