// class: insecure-cookie — http.Cookie flags, SameSite=None without Secure, gin SetCookie, gorilla/sessions Options, echo and fiber cookies
package session

import (
	"net/http"
	"os"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/sessions"
	"github.com/labstack/echo/v4"
)

func Login(w http.ResponseWriter, r *http.Request, sid string) {
	c := &http.Cookie{Name: "sid", Value: sid, Path: "/"}
	// expect: insecure-cookie
	http.SetCookie(w, c)
}

func LoginSafe(w http.ResponseWriter, r *http.Request, sid string) {
	c := &http.Cookie{Name: "sid", Value: sid, Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	// safe: insecure-cookie
	http.SetCookie(w, c)
}

func Embed(w http.ResponseWriter, r *http.Request, sid string) {
	http.SetCookie(w, &http.Cookie{
		Name:     "embed_sid",
		Value:    sid,
		HttpOnly: true,
		// expect: insecure-cookie
		SameSite: http.SameSiteNoneMode,
	})
}

func Remember(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{
		Name:  "remember",
		Value: token,
		// expect: insecure-cookie
		Secure:   false,
		HttpOnly: true,
		Expires:  time.Now().Add(30 * 24 * time.Hour),
	})
}

func GinRoutes(r *gin.Engine) {
	r.POST("/login", func(c *gin.Context) {
		// expect: insecure-cookie
		c.SetCookie("sid", c.GetString("sid"), 3600, "/", "", false, false)
	})
	r.POST("/login-safe", func(c *gin.Context) {
		c.SetSameSite(http.SameSiteStrictMode)
		// safe: insecure-cookie
		c.SetCookie("sid", c.GetString("sid"), 0, "/", "", true, true)
	})
}

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_AUTH_KEY")))

func SaveSession(w http.ResponseWriter, r *http.Request, user string) error {
	s, _ := store.Get(r, "app")
	s.Values["user"] = user
	s.Options = &sessions.Options{
		Path:   "/",
		MaxAge: 86400,
		// expect: insecure-cookie
		HttpOnly: false,
	}
	return s.Save(r, w)
}

func SaveSessionSafe(w http.ResponseWriter, r *http.Request, user string) error {
	s, _ := store.Get(r, "app")
	s.Values["user"] = user
	s.Options = &sessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	// safe: insecure-cookie
	return s.Save(r, w)
}

func EchoLogin(c echo.Context) error {
	ck := new(http.Cookie)
	ck.Name = "sid"
	ck.Value = c.Get("sid").(string)
	// expect: insecure-cookie
	c.SetCookie(ck)
	return c.NoContent(http.StatusNoContent)
}

func FiberLogin(c *fiber.Ctx) error {
	// expect: insecure-cookie
	c.Cookie(&fiber.Cookie{Name: "sid", Value: c.Locals("sid").(string), Path: "/"})
	return c.SendStatus(fiber.StatusNoContent)
}

func FiberLoginSafe(c *fiber.Ctx) error {
	// safe: insecure-cookie
	c.Cookie(&fiber.Cookie{Name: "sid", Value: c.Locals("sid").(string), Path: "/", Secure: true, HTTPOnly: true, SameSite: "Lax"})
	return c.SendStatus(fiber.StatusNoContent)
}

func Preferences(w http.ResponseWriter, theme string) {
	// safe: insecure-cookie
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: theme, Path: "/", Secure: true, HttpOnly: true})
}
