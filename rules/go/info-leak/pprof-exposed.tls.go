package main

import (
	"net/http"
	// expect: info-leak
	_ "net/http/pprof"
)

func main() {
	http.ListenAndServeTLS("0.0.0.0:8443", "cert.pem", "key.pem", http.DefaultServeMux)
}
