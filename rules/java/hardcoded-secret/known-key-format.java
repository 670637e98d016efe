// Provider tokens are written as {{token:…}} fragments, joined in memory by the tests, so the
// repository holds no live-looking token.
import java.sql.Connection;
import java.sql.DriverManager;

class ProviderTokens {
    // expect: hardcoded-secret
    private static final String HF_TOKEN = "{{token:hf_UxbvJDC|TbyvHN|sGehYogfqrc|XlrWiBRqzj}}";
    // safe: hardcoded-secret
    private static final String HF_SAMPLE = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    Connection connect() throws Exception {
        // expect: hardcoded-secret
        return DriverManager.getConnection("{{token:jdbc:post|gresql:/|/db:5432|/app?use|r=app&passwo|rd=Tp8hkqdlm|7tOtH}}");
    }

    Connection connectFromEnv() throws Exception {
        // safe: hardcoded-secret
        return DriverManager.getConnection("jdbc:postgresql://db:5432/app?user=app&password=" + System.getenv("DB_PASSWORD"));
    }

    String registry() {
        // expect: hardcoded-secret
        String dockerToken = "{{token:dckr_|pat_I|6GKFSufr|dZSlB5er8bOf|ZqfM2o}}";
        // safe: hardcoded-secret
        String docs = "see https://docs.docker.com/security/for-developers/access-tokens/";
        // expect: hardcoded-secret
        String gitlab = "{{token:glpat-ljoQ|oaF1L|lqsajAI|xNKu}}";
        return dockerToken + docs + gitlab;
    }
}
