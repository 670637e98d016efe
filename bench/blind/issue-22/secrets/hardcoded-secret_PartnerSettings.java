// class: hardcoded-secret — name-based secrets in a Spring component, with @Value lookups and placeholders as near-misses
package com.acme.partner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class PartnerSettings {
    // expect: hardcoded-secret
    private static final String API_SECRET = "Fz7Kq2Wm9Xv4Lt8B";

    // safe: hardcoded-secret
    @Value("${partner.api.secret}")
    private String apiSecretFromConfig;

    // expect: hardcoded-secret
    private String privateKey = "Mx3Nv8Bq1Zt6Kw4R9Lp2";

    // safe: hardcoded-secret
    private String keyAlias = "partner-signing";

    // expect: hardcoded-secret
    private String password1 = "Hq5#Tz8!Lm2@";

    // safe: hardcoded-secret
    private String passwordPolicy = "min.length.12";

    // safe: hardcoded-secret
    private String defaultPassword = "password";

    // safe: hardcoded-secret
    private String apiToken = "TODO";

    // safe: hardcoded-secret
    private final String sandboxKey = "example";

    // expect: hardcoded-secret
    private final String webhookSigningSecret = "Vn2Kc7Xq4Tb9Lm1Z";

    // safe: hardcoded-secret
    private final String secretHeader = "X-Partner-Signature";

    // expect: hardcoded-secret
    private final String linearApiKey = "{{token:lin_api_J9z|LoTKxB6KGjU8MBA|py5h3eYJWnD0|c6m5eseaor}}";

    // expect: hardcoded-secret
    private final String postmanApiKey = "{{token:PMAK-2be90bc9c7|cdf83fb7284411|-35f5eb|012d23|001e7e|57f7891107225|077}}";

    // expect: hardcoded-secret
    private final String figmaToken = "{{token:figd_j6j_|IMTiTz02m4q5tFJ5|1jhQEqq2RNjhteMd|PuMV}}";

    // expect: hardcoded-secret
    private final String notionToken = "{{token:ntn_01203|265351yZp|OiyJJgmErSxRmpzC|oUW7h|rJLoJIQgsSx}}";

    // expect: hardcoded-secret
    private final String airtableToken = "{{token:pattyqNL49G2biE|6t.37302bbb29ed|f8a34e2|f93ad7a1|3b48d|9342f|89b8722396c3895|9f89862c3a8a}}";

    // safe: hardcoded-secret
    private final String airtableBase = "appQ7x2Lm9Kt4Vw8B";

    // expect: hardcoded-secret
    private final String databricksToken = "{{token:dapi8|1bc26ea9366|4990afb921daaf|eeeb37}}";

    // expect: hardcoded-secret
    private final String supabaseAccessToken = "{{token:sbp_448|acfa592a|c6130a89d|229568b5|806891a21710}}";

    public String signingSecret() {
        return apiSecretFromConfig != null ? apiSecretFromConfig : API_SECRET;
    }

    public String tokenFromEnvironment() {
        // safe: hardcoded-secret
        String token = System.getenv().getOrDefault("PARTNER_TOKEN", "");
        return token;
    }
}
