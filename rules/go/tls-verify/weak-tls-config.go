package server

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"log"
	"net"
	"net/http"
)

func legacyClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		// expect: tls-verify
		TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS10},
	}}
}

func listen(cert tls.Certificate) (net.Listener, error) {
	cfg := &tls.Config{
		Certificates: []tls.Certificate{cert},
		MinVersion:   tls.VersionTLS12,
		// expect: tls-verify
		CipherSuites: []uint16{tls.TLS_RSA_WITH_RC4_128_SHA, tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256},
	}
	return tls.Listen("tcp", ":8443", cfg)
}

func pinnedClient() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		// expect: tls-verify
		InsecureSkipVerify: true, // the callback below is meant to replace the checks
		// expect: tls-verify
		VerifyPeerCertificate: func(rawCerts [][]byte, verifiedChains [][]*x509.Certificate) error {
			return nil
		},
	}
}

func downgrade(cfg *tls.Config) {
	// expect: tls-verify
	cfg.MinVersion = tls.VersionTLS11
}

func modernSuites() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		// safe: tls-verify
		CipherSuites: []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256},
	}
}

func pinnedChecked(pin []byte) *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS13,
		// safe: tls-verify
		InsecureSkipVerify: true, // replaced by the pin check below
		// safe: tls-verify
		VerifyPeerCertificate: func(rawCerts [][]byte, _ [][]*x509.Certificate) error {
			if len(rawCerts) == 0 || string(rawCerts[0]) != string(pin) {
				return errors.New("certificate does not match the pin")
			}
			return nil
		},
	}
}

// After the normal checks (InsecureSkipVerify off) a callback returning nil weakens nothing.
func extraCheck() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		// safe: tls-verify
		VerifyConnection: func(cs tls.ConnectionState) error {
			return nil
		},
	}
}
