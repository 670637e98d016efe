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
	cookie := http.Cookie{
		Name:     "remember_me",
		Value:    token,
		Expires:  time.Now().Add(30 * 24 * time.Hour),
		// expect: insecure-cookie
		HttpOnly: false,
	}
	// expect: insecure-cookie
	http.SetCookie(w, &cookie)
}

func loginPointer(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "sid", Value: newSessionToken(), HttpOnly: true, SameSite: http.SameSiteNoneMode}
	w.Header().Set("Cache-Control", "no-store")
	// expect: insecure-cookie
	http.SetCookie(w, c)
}

func ginLogin(c *gin.Context) {
	token := newSessionToken()
	// expect: insecure-cookie
	c.SetCookie("session", token, 3600, "/", "", false, true)
	// expect: insecure-cookie
	c.SetCookie("prefs", c.Query("theme"), 86400, "/", "", true, false)
}

func echoLogin(c echo.Context) error {
	cookie := new(http.Cookie)
	cookie.Name = "session"
	cookie.Value = newSessionToken()
	cookie.Expires = time.Now().Add(24 * time.Hour)
	// expect: insecure-cookie
	c.SetCookie(cookie)
	return c.NoContent(http.StatusOK)
}

func echoLoginDev(c echo.Context) error {
	cookie := new(http.Cookie)
	cookie.Name = "session"
	cookie.Value = newSessionToken()
	cookie.HttpOnly = true
	// expect: insecure-cookie
	cookie.Secure = false
	return nil
}

func headerLogin(w http.ResponseWriter, r *http.Request) {
	// expect: insecure-cookie
	w.Header().Set("Set-Cookie", "session="+newSessionToken()+"; Path=/; HttpOnly")
	// safe: insecure-cookie
	w.Header().Add("Set-Cookie", "theme=dark; Path=/; Secure; HttpOnly; SameSite=Lax")
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

// No SameSite alone is not a finding (policy.md, "Cookies"): browsers default to Lax.
func loginNoSameSite(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "session", Value: newSessionToken(), Path: "/", HttpOnly: true, Secure: true}
	// safe: insecure-cookie
	http.SetCookie(w, c)
}

func ginLoginSafe(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	// safe: insecure-cookie
	c.SetCookie("session", newSessionToken(), 3600, "/", "example.com", true, true)
}

func echoLoginSafe(c echo.Context) error {
	cookie := new(http.Cookie)
	cookie.Name = "session"
	cookie.Value = newSessionToken()
	cookie.HttpOnly = true
	cookie.Secure = true
	cookie.SameSite = http.SameSiteStrictMode
	// safe: insecure-cookie
	c.SetCookie(cookie)
	return nil
}

func loginConfigured(w http.ResponseWriter, r *http.Request) {
	// safe: insecure-cookie
	http.SetCookie(w, &http.Cookie{Name: "session", Value: newSessionToken(), MaxAge: 3600, HttpOnly: true, Secure: cfg.Production, SameSite: http.SameSiteLaxMode})
}

func logout(w http.ResponseWriter, r *http.Request) {
	// safe: insecure-cookie
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", Path: "/", MaxAge: -1})
}
