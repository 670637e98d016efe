// class: tls-verify — InsecureSkipVerify, MinVersion below 1.2 or missing on a hand-built server, weak suites, accept-all VerifyPeerCertificate
package partner

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
	"time"
)

func InsecureClient() *http.Client {
	tr := &http.Transport{
		// expect: tls-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

func PinnedPoolClient() (*http.Client, error) {
	pem, err := os.ReadFile("/etc/partner/ca.pem")
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	// safe: tls-verify
	cfg := &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}, nil
}

func LegacyClient() *http.Client {
	cfg := &tls.Config{
		// expect: tls-verify
		MinVersion: tls.VersionTLS10,
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func AcceptAllClient() *http.Client {
	cfg := &tls.Config{
		// expect: tls-verify
		InsecureSkipVerify: true,
		// expect: tls-verify
		VerifyPeerCertificate: func(rawCerts [][]byte, verifiedChains [][]*x509.Certificate) error { return nil },
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func WeakSuitesServer(handler http.Handler) *http.Server {
	return &http.Server{
		Addr:    ":8443",
		Handler: handler,
		TLSConfig: &tls.Config{
			MinVersion: tls.VersionTLS12,
			// expect: tls-verify
			CipherSuites: []uint16{tls.TLS_RSA_WITH_RC4_128_SHA, tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA},
		},
	}
}

func HandBuiltServer(handler http.Handler) error {
	cert, err := tls.LoadX509KeyPair("/etc/tls/server.crt", "/etc/tls/server.key")
	if err != nil {
		return err
	}
	srv := &http.Server{Addr: ":8443", Handler: handler, TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}
	// expect: tls-verify
	return srv.ListenAndServeTLS("", "")
}

func ModernServer(handler http.Handler) error {
	srv := &http.Server{
		Addr:    ":8443",
		Handler: handler,
		TLSConfig: &tls.Config{
			// safe: tls-verify
			MinVersion:       tls.VersionTLS13,
			CurvePreferences: []tls.CurveID{tls.X25519, tls.CurveP256},
		},
	}
	return srv.ListenAndServeTLS("/etc/tls/server.crt", "/etc/tls/server.key")
}

func StrictClient() *http.Client {
	cfg := &tls.Config{
		// safe: tls-verify
		InsecureSkipVerify: false,
		MinVersion:         tls.VersionTLS12,
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func DefaultClient() *http.Client {
	// safe: tls-verify
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}, Timeout: 5 * time.Second}
}
