package web

import (
	"net/http"
	"os"

	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func init() {
	// expect: insecure-cookie
	store.Options = &sessions.Options{Path: "/", MaxAge: 86400 * 7}
}

func remember(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "remember")
	// expect: insecure-cookie
	session.Options = &sessions.Options{Path: "/", MaxAge: 86400 * 30, HttpOnly: true, Secure: false}
	session.Save(r, w)
}

func devStore() *sessions.CookieStore {
	s := sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))
	s.Options.HttpOnly = true
	// expect: insecure-cookie
	s.Options.Secure = false
	return s
}

func secureStore() *sessions.CookieStore {
	s := sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))
	// safe: insecure-cookie
	s.Options = &sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	return s
}

func fiberLogin(c *fiber.Ctx) error {
	// expect: insecure-cookie
	c.Cookie(&fiber.Cookie{Name: "session", Value: newToken(), HTTPOnly: true})
	// safe: insecure-cookie
	c.Cookie(&fiber.Cookie{Name: "session", Value: newToken(), HTTPOnly: true, Secure: true, SameSite: "Lax"})
	return nil
}
