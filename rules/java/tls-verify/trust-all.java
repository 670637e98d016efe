import java.security.cert.*;
import javax.net.ssl.*;
import org.apache.http.conn.ssl.*;
import org.apache.http.impl.client.*;
import org.apache.http.ssl.SSLContextBuilder;

public class HttpClients {

    public SSLContext insecureContext() throws Exception {
        TrustManager[] trustAll = new TrustManager[] {
            new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] chain, String authType) { }
                // expect: tls-verify
                public void checkServerTrusted(X509Certificate[] chain, String authType) { }
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, new java.security.SecureRandom());
        return ctx;
    }

    public void disableHostnames() {
        // expect: tls-verify
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true);
    }

    public CloseableHttpClient apacheClient() throws Exception {
        // expect: tls-verify
        SSLContext ssl = new SSLContextBuilder().loadTrustMaterial(null, (chain, type) -> true).build();
        return HttpClients.custom().setSSLContext(ssl)
            // expect: tls-verify
            .setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE)
            .build();
    }

    static class AcceptAll implements HostnameVerifier {
        // expect: tls-verify
        public boolean verify(String hostname, SSLSession session) {
            return true;
        }
    }

    static class PinningTrustManager implements X509TrustManager {
        private final X509TrustManager delegate;
        PinningTrustManager(X509TrustManager delegate) { this.delegate = delegate; }
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }
        // safe: tls-verify
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkServerTrusted(chain, authType);
            if (!PINS.contains(fingerprint(chain[0]))) throw new CertificateException("pin mismatch");
        }
        public X509Certificate[] getAcceptedIssuers() { return delegate.getAcceptedIssuers(); }
    }

    static class StrictVerifier implements HostnameVerifier {
        // safe: tls-verify
        public boolean verify(String hostname, SSLSession session) {
            return HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session);
        }
    }

    public CloseableHttpClient defaultClient() {
        // safe: tls-verify
        return HttpClients.custom().setSSLHostnameVerifier(new DefaultHostnameVerifier()).build();
    }
}
