package main

import (
	"log"
	"net/http"
	// safe: info-leak
	_ "net/http/pprof"
)

func main() {
	go func() {
		// safe: info-leak
		log.Println(http.ListenAndServe("localhost:6060", nil))
	}()
	api := http.NewServeMux()
	// safe: info-leak
	log.Fatal(http.ListenAndServe(":8080", api))
}
