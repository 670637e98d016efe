package handlers

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func login(w http.ResponseWriter, r *http.Request) {
	token := newSessionToken()
	// expect: insecure-cookie
	http.SetCookie(w, &http.Cookie{Name: "session", Value: token, Path: "/"})
	// expect: insecure-cookie
	cookie := http.Cookie{
		Name:     "remember_me",
		Value:    token,
		Expires:  time.Now().Add(30 * 24 * time.Hour),
		HttpOnly: false,
	}
	http.SetCookie(w, &cookie)
}

func ginLogin(c *gin.Context) {
	token := newSessionToken()
	// expect: insecure-cookie
	c.SetCookie("session", token, 3600, "/", "", false, true)
	// expect: insecure-cookie
	c.SetCookie("prefs", c.Query("theme"), 86400, "/", "", true, false)
}

func echoLogin(c echo.Context) error {
	// expect: insecure-cookie
	cookie := new(http.Cookie)
	cookie.Name = "session"
	cookie.Value = newSessionToken()
	cookie.Expires = time.Now().Add(24 * time.Hour)
	c.SetCookie(cookie)
	return c.NoContent(http.StatusOK)
}

func loginSafe(w http.ResponseWriter, r *http.Request) {
	// safe: insecure-cookie
	http.SetCookie(w, &http.Cookie{
		Name:     "session",
		Value:    newSessionToken(),
		Path:     "/",
		MaxAge:   3600,
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteStrictMode,
	})
}

func ginLoginSafe(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	// safe: insecure-cookie
	c.SetCookie("session", newSessionToken(), 3600, "/", "example.com", true, true)
}

func echoLoginSafe(c echo.Context) error {
	// safe: insecure-cookie
	cookie := new(http.Cookie)
	cookie.Name = "session"
	cookie.Value = newSessionToken()
	cookie.MaxAge = 3600
	cookie.HttpOnly = true
	cookie.Secure = true
	cookie.SameSite = http.SameSiteStrictMode
	c.SetCookie(cookie)
	return nil
}

func loginConfigured(w http.ResponseWriter, r *http.Request) {
	// safe: insecure-cookie
	http.SetCookie(w, &http.Cookie{Name: "session", Value: newSessionToken(), MaxAge: 3600, HttpOnly: true, Secure: cfg.Production, SameSite: http.SameSiteLaxMode})
}

func logout(w http.ResponseWriter, r *http.Request) {
	// safe: insecure-cookie
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}
