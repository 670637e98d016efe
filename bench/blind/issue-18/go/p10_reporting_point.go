// point 10: where a finding is reported — explicit insecure setting on the setting, missing setting at the use
package web

import (
	"crypto/tls"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/rs/cors"
)

func Login(w http.ResponseWriter, r *http.Request) {
	token := r.FormValue("token")
	// safe: insecure-cookie
	cookie := &http.Cookie{
		Name:  "session",
		Value: token,
		Path:  "/",
	}
	// expect: insecure-cookie
	http.SetCookie(w, cookie)
}

func Theme(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:     "theme",
		Value:    "dark",
		HttpOnly: true,
		// expect: insecure-cookie
		Secure: false,
	})
}

func Prefs(w http.ResponseWriter, r *http.Request) {
	prefs := &http.Cookie{Name: "prefs", Value: "compact", Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	w.Header().Set("Cache-Control", "no-store")
	// safe: insecure-cookie
	http.SetCookie(w, prefs)
}

func Remember(c *gin.Context) {
	// expect: insecure-cookie
	c.SetCookie("remember", c.PostForm("user"), 86400, "/", "", false, true)
}

func UpstreamClient() *http.Client {
	return &http.Client{
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{
				// expect: tls-verify
				InsecureSkipVerify: true,
			},
		},
	}
}

func StrictClient() *http.Client {
	// safe: tls-verify
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func Router(mux *http.ServeMux) http.Handler {
	c := cors.New(cors.Options{
		// expect: cors
		AllowedOrigins:   []string{"*"},
		AllowCredentials: true,
	})
	return c.Handler(mux)
}

func PublicRouter(mux *http.ServeMux) http.Handler {
	c := cors.New(cors.Options{
		// safe: cors
		AllowedOrigins: []string{"https://app.example.com"},
		AllowedMethods: []string{http.MethodGet},
	})
	return c.Handler(mux)
}
