import java.sql.*;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import com.auth0.jwt.algorithms.Algorithm;

public class AppConfig {
    // expect: hardcoded-secret
    private static final String DB_PASSWORD = "Sup3rS3cret!";
    // expect: hardcoded-secret
    private static final String JWT_SECRET = "my-jwt-signing-secret-123";
    // safe: hardcoded-secret
    private static final String AWS_ACCESS = "AKIAIOSFODNN7EXAMPLE"; // AWS's documented example key

    @Value("${stripe.api-key}")
    // safe: hardcoded-secret
    private String stripeApiKey;

    // safe: hardcoded-secret
    private static final String PASSWORD_PARAM = "password";
    // safe: hardcoded-secret
    private static final String API_KEY_HEADER = "X-API-Key";
    // safe: hardcoded-secret
    private final String dbPassword = System.getenv("DB_PASSWORD");

    public Connection connect() throws SQLException {
        // expect: hardcoded-secret
        return DriverManager.getConnection("jdbc:postgresql://db:5432/app", "admin", "admin123");
    }

    public Connection connectSafely() throws SQLException {
        // safe: hardcoded-secret
        return DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"), dbPassword);
    }

    public Algorithm algorithm() {
        // expect: hardcoded-secret
        return Algorithm.HMAC256("change-this-secret");
    }

    public SecretKeySpec key() {
        // expect: hardcoded-secret
        return new SecretKeySpec("0123456789abcdef".getBytes(), "AES");
    }

    public String error() {
        // safe: hardcoded-secret
        String passwordMessage = "Password must contain 12 characters";
        return passwordMessage;
    }
}
