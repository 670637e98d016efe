// class: hardcoded-secret — VCS and CI tokens in a Java release-automation client
package com.acme.release;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class VcsCiClient {
    // expect: hardcoded-secret
    private static final String GITHUB_TOKEN = "{{token:ghp_f0tk1J|LqDV7|Ho2uOgOsQR14gFrB|5haWp|rSau}}";

    // safe: hardcoded-secret
    private static final String GITHUB_TOKEN_HEADER = "X-GitHub-Api-Version";

    // expect: hardcoded-secret
    private static final String GITHUB_FINE_GRAINED = "{{token:github_pat_11HC|MO2ZTS3|YVF4G|B3NZ0L_gESSrC|WcdD8G1RNNnLAWnG|3jOdkS|0iHrEaOysl1bi|1BmrMv5|i68cdknGZS4}}";

    // safe: hardcoded-secret
    private static final String GITHUB_TOKEN_EXAMPLE = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    // expect: hardcoded-secret
    private static final String GITHUB_APP_INSTALLATION = "{{token:ghs_9Y0o2ifdUY|oTvhHpcCEUV|dkbfq|wxKHWxj|oCJ}}";

    // expect: hardcoded-secret
    private static final String GITLAB_TOKEN = "{{token:glpat-QF06|tEmmNbAyF-IPUifb}}";

    // safe: hardcoded-secret
    private static final String GITLAB_TOKEN_ENV = System.getenv("GITLAB_TOKEN");

    // expect: hardcoded-secret
    private static final String GITLAB_TRIGGER = "{{token:glptt-e8b63a9|af5ff8fd|b5fd794|a1f3393d1591428|365}}";

    // expect: hardcoded-secret
    private final String atlassianToken = "{{token:ATATT3xFfGF|0ME8pOnSZg-Lwui6|wKyHZOiukbCOvCEz|w2oK6N3eCnoMx|sJclJqZc|RiXzq|Wxq8wrqV2yn3Fc94|DDt9O9|veqLw5OtEDCJJT1X|bYVOuejVkeX0zJhQ|XZCqtU|AblPsJ6|_rNq7JCu7E|oKWGM9mOQ|IwYY5g4FateOD8|4RyI6EUCvHS2I|=E2632C65}}";

    // expect: hardcoded-secret
    private final String buildkiteToken = "{{token:bkua_6077e3a|a3951120761aad9|71995f8c71b51e0|4c1}}";

    // expect: hardcoded-secret
    private final String sonarToken = "{{token:squ_e1f0ae92|177a8e264a9|c88ac5d6|cee0613ebe|dd5}}";

    // safe: hardcoded-secret
    private final String sonarProjectKey = "com.acme:release-automation";

    // expect: hardcoded-secret
    private final String circleToken = "{{token:CCIPA|T_7ekz9p3pbiZrpz|itS7Irvf_39b3|d07005bd882a|6a03c4c45d9|a48af2d229cbd}}";

    // expect: hardcoded-secret
    private final String vaultToken = "{{token:hvs.-Q179|uR8CE-|eJPMQ2-gT3|Gkm7iIR0X|eJkm2eDNHYzat9y|rK807VLG|lkcOyklA1|DZ01EFgjRZyPLe|Ec9d5-9lErF|aDY9}}";

    // safe: hardcoded-secret
    private final String vaultTokenPath = "auth/token/lookup-self";

    // expect: hardcoded-secret
    private final String terraformCloudToken = "{{token:gFaP5yPIrVPxT|s.atlasv1|.cxnuFGCkuQAIus_|8gExG4LuLGU_yBi7|16aeQNMByAUh|tSKnF5OXHk|EKpnBupWiyrPR5}}";

    // expect: hardcoded-secret
    private final String pulumiAccessToken = "{{token:pul-e3b66147a93|58c7115693b83|faf6eb38f2e3|aba7}}";

    private final HttpClient http = HttpClient.newHttpClient();

    public String latestRelease(String repo) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.github.com/repos/" + repo + "/releases/latest"))
                .header("Authorization", "Bearer " + GITHUB_TOKEN)
                .header(GITHUB_TOKEN_HEADER, "2022-11-28")
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    public String pipelines(String project) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://gitlab.com/api/v4/projects/" + project + "/pipelines"))
                // safe: hardcoded-secret
                .header("PRIVATE-TOKEN", System.getProperty("gitlab.token", ""))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
