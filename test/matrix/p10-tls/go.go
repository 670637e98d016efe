// p10 tls: a server's TLS configuration missing MinVersion is reported where the server takes it
package matrix

import (
	"crypto/tls"
	"net/http"
)

func serve(cert tls.Certificate) error {
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	srv := &http.Server{
		Addr: ":8443",
		// expect: tls-verify
		TLSConfig: cfg,
	}
	return srv.ListenAndServeTLS("", "")
}

func serveSafe(cert tls.Certificate) error {
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	srv := &http.Server{
		Addr: ":8443",
		// safe: tls-verify
		TLSConfig: cfg,
	}
	return srv.ListenAndServeTLS("", "")
}
