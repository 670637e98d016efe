package client

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
)

func newClient() *http.Client {
	tr := &http.Transport{
		// expect: tls-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	return &http.Client{Transport: tr}
}

func patchDefault() {
	// expect: tls-verify
	http.DefaultTransport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	cfg := &tls.Config{}
	// expect: tls-verify
	cfg.InsecureSkipVerify = true
}

func newSecureClient(caFile string) (*http.Client, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	// safe: tls-verify
	cfg := &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12, InsecureSkipVerify: false}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}, nil
}

func devConfig() *tls.Config {
	cfg := &tls.Config{}
	// safe: tls-verify
	cfg.InsecureSkipVerify = false
	// safe: tls-verify
	return &tls.Config{MinVersion: tls.VersionTLS13}
}
