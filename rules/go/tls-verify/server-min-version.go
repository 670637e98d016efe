package server

import (
	"crypto/tls"
	"log"
	"net"
	"net/http"
)

func serve(mux *http.ServeMux) {
	srv := &http.Server{
		Addr:    ":8443",
		Handler: mux,
		// expect: tls-verify
		TLSConfig: &tls.Config{PreferServerCipherSuites: true},
	}
	log.Fatal(srv.ListenAndServeTLS("cert.pem", "key.pem"))
}

func serveShared(mux *http.ServeMux, cert tls.Certificate) {
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	srv := &http.Server{
		Addr: ":443",
		// expect: tls-verify
		TLSConfig: cfg,
	}
	log.Fatal(srv.ListenAndServeTLS("", ""))
}

func serveModern(mux *http.ServeMux) {
	srv := &http.Server{
		Addr: ":8443",
		// safe: tls-verify
		TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12},
	}
	log.Fatal(srv.ListenAndServeTLS("cert.pem", "key.pem"))
}

func serveConfigured(mux *http.ServeMux, cert tls.Certificate) {
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	cfg.MinVersion = tls.VersionTLS13
	// safe: tls-verify
	srv := &http.Server{Addr: ":443", TLSConfig: cfg}
	log.Fatal(srv.ListenAndServeTLS("", ""))
}

func listenRaw(cert tls.Certificate) (net.Listener, error) {
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	// expect: tls-verify
	return tls.Listen("tcp", ":8443", cfg)
}

func dialBackend() (*tls.Conn, error) {
	// safe: tls-verify
	return tls.Dial("tcp", "backend:443", &tls.Config{ServerName: "backend"})
}
