import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.commons.codec.digest.DigestUtils;

public class ContentStore {
    private static final String LEGACY = "SHA-1";

    public String blobId(byte[] content) throws Exception {
        // expect: weak-crypto
        MessageDigest md = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md.digest(content));
    }

    public String fingerprint(byte[] certificate) throws Exception {
        // expect: weak-crypto
        MessageDigest md = MessageDigest.getInstance(LEGACY);
        return HexFormat.of().formatHex(md.digest(certificate));
    }

    public String dedupKey(String document) {
        // expect: weak-crypto
        return DigestUtils.md5Hex(document);
    }

    public String blobIdSafely(byte[] content) throws Exception {
        // safe: weak-crypto
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(md.digest(content));
    }

    public String dedupKeySafely(String document) {
        // safe: weak-crypto
        return DigestUtils.sha256Hex(document);
    }

    public String sha3(byte[] content) throws Exception {
        // safe: weak-crypto
        MessageDigest md = MessageDigest.getInstance("SHA3-256");
        return HexFormat.of().formatHex(md.digest(content));
    }
}
