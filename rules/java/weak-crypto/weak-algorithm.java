import java.security.*;
import java.util.HexFormat;
import javax.crypto.*;
import javax.crypto.spec.*;

public class CryptoService {
    private static final byte[] FIXED_IV = "0123456789abcdef".getBytes();
    private final SecretKey key;

    public String hashPassword(String password) throws NoSuchAlgorithmException {
        // expect: weak-crypto
        MessageDigest md = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md.digest(password.getBytes()));
    }

    public String legacyHash(String password) {
        // expect: weak-crypto
        return org.apache.commons.codec.digest.DigestUtils.sha1Hex(password);
    }

    public byte[] encrypt(byte[] data) throws Exception {
        // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("AES");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] encryptLegacy(byte[] data, SecretKey desKey) throws Exception {
        // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding");
        // expect: weak-crypto
        cipher.init(Cipher.ENCRYPT_MODE, desKey, new IvParameterSpec(FIXED_IV));
        return cipher.doFinal(data);
    }

    public byte[] encryptEcb(byte[] data) throws Exception {
        // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public String encodePassword(String rawPassword) throws NoSuchAlgorithmException {
        // expect: weak-crypto
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(digest.digest(rawPassword.getBytes()));
    }

    public String checksum(byte[] fileContent) throws NoSuchAlgorithmException {
        // expect: weak-crypto
        MessageDigest md = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md.digest(fileContent));
    }

    public byte[] encryptSafely(byte[] data) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        // safe: weak-crypto
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // safe: weak-crypto
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher.doFinal(data);
    }

    public String hashPasswordSafely(String password) {
        // safe: weak-crypto
        return new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(password);
    }

    public String etag(String body) throws NoSuchAlgorithmException {
        // safe: weak-crypto
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(md.digest(body.getBytes()));
    }

    public byte[] rsaPkcs1(PublicKey publicKey, byte[] data) throws Exception {
        // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        cipher.init(Cipher.ENCRYPT_MODE, publicKey);
        return cipher.doFinal(data);
    }

    public byte[] rsaOaep(PublicKey publicKey, byte[] data) throws Exception {
        // safe: weak-crypto
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        cipher.init(Cipher.ENCRYPT_MODE, publicKey);
        return cipher.doFinal(data);
    }

    public byte[] signLegacy(PrivateKey privateKey, byte[] data) throws Exception {
        // expect: weak-crypto
        Signature signer = Signature.getInstance("SHA1withRSA");
        signer.initSign(privateKey);
        signer.update(data);
        return signer.sign();
    }

    public byte[] signModern(PrivateKey privateKey, byte[] data) throws Exception {
        // safe: weak-crypto
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update(data);
        return signer.sign();
    }

    public Cipher noEncryption() {
        // expect: weak-crypto
        return new javax.crypto.NullCipher();
    }

    public SecretKey passwordKey(char[] password) throws Exception {
        // expect: weak-crypto
        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBEWithMD5AndDES");
        return factory.generateSecret(new javax.crypto.spec.PBEKeySpec(password));
    }

    public String resetToken(String email) throws NoSuchAlgorithmException {
        // expect: weak-crypto
        MessageDigest md = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md.digest((email + System.nanoTime()).getBytes()));
    }

    public String storedApiKey(String apiKey) {
        // expect: weak-crypto
        return org.apache.commons.codec.digest.DigestUtils.sha1Hex(apiKey);
    }

    public byte[] encryptBlowfish(byte[] data, SecretKey blowfishKey) throws Exception {
        // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("Blowfish/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, blowfishKey);
        return cipher.doFinal(data);
    }

    public SecretKey desKey(byte[] raw) {
        // expect: weak-crypto
        return new SecretKeySpec(raw, "DESede");
    }

    public SecretKey aesKey(byte[] raw) {
        // safe: weak-crypto
        return new SecretKeySpec(raw, "AES");
    }

    private static final byte[] NONCE = new byte[12];

    public byte[] encryptFixedNonce(byte[] data) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // expect: weak-crypto
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, NONCE));
        return cipher.doFinal(data);
    }

    public String etagSha1(byte[] body) throws NoSuchAlgorithmException {
        // expect: weak-crypto
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        return HexFormat.of().formatHex(md.digest(body));
    }

    public String etagSha256(byte[] body) throws NoSuchAlgorithmException {
        // safe: weak-crypto
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(md.digest(body));
    }

    public String contentHash(byte[] body) {
        // safe: weak-crypto
        return org.apache.commons.codec.digest.DigestUtils.sha256Hex(body);
    }
}
