package main

import (
	"net/http"
	// expect: info-leak
	_ "net/http/pprof"
)

func main() {
	http.HandleFunc("/", index)
	http.ListenAndServe(":80", nil)
}
