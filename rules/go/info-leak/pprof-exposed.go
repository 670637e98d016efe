package main

import (
	"log"
	"net/http"
	// expect: info-leak
	_ "net/http/pprof"
)

func main() {
	http.HandleFunc("/api/health", func(w http.ResponseWriter, r *http.Request) {
		// safe: info-leak
		w.Write([]byte("ok"))
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
