import java.security.*;
import java.security.spec.*;
import javax.crypto.*;
import javax.crypto.spec.*;
import javax.net.ssl.SSLContext;

public class KeyMaterial {

    public KeyPair legacyRsa() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // expect: weak-crypto
        kpg.initialize(1024);
        return kpg.generateKeyPair();
    }

    public KeyPair smallCurve() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        // expect: weak-crypto
        kpg.initialize(new ECGenParameterSpec("secp192r1"));
        return kpg.generateKeyPair();
    }

    public SSLContext oldTls() throws Exception {
        // expect: weak-crypto
        SSLContext ctx = SSLContext.getInstance("TLSv1");
        ctx.init(null, null, new SecureRandom());
        return ctx;
    }

    public SecretKey fewIterations(char[] password, byte[] salt) throws Exception {
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        // expect: weak-crypto
        return f.generateSecret(new PBEKeySpec(password, salt, 1000, 256));
    }

    public KeyPair strongRsa() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // safe: weak-crypto
        kpg.initialize(3072);
        return kpg.generateKeyPair();
    }

    public KeyPair p256() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        // safe: weak-crypto
        kpg.initialize(256);
        return kpg.generateKeyPair();
    }

    public SSLContext modernTls() throws Exception {
        // safe: weak-crypto
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, null, new SecureRandom());
        return ctx;
    }

    public SecretKey manyIterations(char[] password, byte[] salt) throws Exception {
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        // safe: weak-crypto
        return f.generateSecret(new PBEKeySpec(password, salt, 600_000, 256));
    }

    public KeyGenerator aesKeys() throws Exception {
        // safe: weak-crypto
        KeyGenerator kg = KeyGenerator.getInstance("AES");
        kg.init(256);
        return kg;
    }

    public void legacyProtocols(javax.net.ssl.SSLSocket socket) {
        // expect: weak-crypto
        socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.1", "TLSv1.2"});
    }

    public void legacyParameters(javax.net.ssl.SSLParameters params) {
        // expect: weak-crypto
        params.setProtocols(new String[] {"SSLv3", "TLSv1.2"});
    }

    public void modernProtocols(javax.net.ssl.SSLSocket socket) {
        // safe: weak-crypto
        socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});
    }
}
