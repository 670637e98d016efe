package server

import (
	"net/http"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4/middleware"
	rscors "github.com/rs/cors"
)

func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// expect: cors
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		next.ServeHTTP(w, r)
	})
}

func reflectCORS(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	// expect: cors
	w.Header().Set("Access-Control-Allow-Origin", origin)
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

func setupGin(r *gin.Engine) {
	// expect: cors
	r.Use(cors.New(cors.Config{
		AllowOriginFunc:  func(origin string) bool { return true },
		AllowMethods:     []string{"GET", "POST"},
		AllowCredentials: true,
	}))
}

func setupRS() http.Handler {
	// expect: cors
	c := rscors.New(rscors.Options{AllowedOrigins: []string{"*"}, AllowCredentials: true})
	return c.Handler(http.DefaultServeMux)
}

var allowedOrigins = map[string]bool{"https://app.example.com": true}

func strictCORS(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if allowedOrigins[origin] {
		// safe: cors
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
	}
}

func publicAPI(w http.ResponseWriter, r *http.Request) {
	// safe: cors
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Header().Set("Content-Type", "application/json")
}

func setupEcho() {
	// safe: cors
	_ = middleware.CORSWithConfig(middleware.CORSConfig{AllowOrigins: []string{"https://app.example.com"}, AllowCredentials: true})
	// safe: cors
	_ = cors.New(cors.Config{AllowAllOrigins: true})
}
