import java.security.SecureRandom;
import java.util.*;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.lang3.RandomStringUtils;

public class TokenService {
    // expect: weak-random
    private static final Random RANDOM = new Random();
    private static final SecureRandom SECURE = new SecureRandom();

    public String createResetToken() {
        // expect: weak-random
        return Long.toHexString(RANDOM.nextLong());
    }

    public String generateOtp() {
        // expect: weak-random
        int code = 100000 + new Random().nextInt(900000);
        return String.valueOf(code);
    }

    public String temporaryPassword() {
        // expect: weak-random
        return RandomStringUtils.randomAlphanumeric(12);
    }

    public String sessionId() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            // expect: weak-random
            sb.append((char) ('a' + (int) (Math.random() * 26)));
        }
        return sb.toString();
    }

    public String apiKey() {
        // expect: weak-random
        return Long.toString(ThreadLocalRandom.current().nextLong(), 36);
    }

    public String createResetTokenSafely() {
        byte[] bytes = new byte[32];
        // safe: weak-random
        SECURE.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public long retryDelay(int attempt) {
        // safe: weak-random
        return (long) (Math.pow(2, attempt) * 100 + Math.random() * 100);
    }

    public List<String> shuffleQuestions(List<String> questions) {
        // safe: weak-random
        Collections.shuffle(questions, new Random(42));
        return questions;
    }

    public int rollDice() {
        // safe: weak-random
        return RANDOM.nextInt(6) + 1;
    }
}

class DiceGame {
    // safe: weak-random
    private final Random random = new Random();

    int roll() {
        return random.nextInt(6) + 1;
    }

    public void rememberMe(javax.servlet.http.HttpServletResponse response) {
        // expect: weak-random
        String value = RandomStringUtils.randomAlphanumeric(32);
        response.addCookie(new javax.servlet.http.Cookie("remember", value));
    }

    public void rememberMeSecurely(javax.servlet.http.HttpServletResponse response) {
        // safe: weak-random
        String value = RandomStringUtils.secure().nextAlphanumeric(32);
        response.addCookie(new javax.servlet.http.Cookie("remember", value));
    }

    public long csrf(javax.servlet.http.HttpSession session) {
        // expect: weak-random
        long value = org.apache.commons.lang3.RandomUtils.nextLong();
        session.setAttribute("csrfToken", value);
        return value;
    }
}
