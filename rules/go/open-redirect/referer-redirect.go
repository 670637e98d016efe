// "Go back" redirects to the Referer are information only; other request data stays a warning
// under go/open-redirect/tainted-redirect.
package handlers

import (
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

func addToCart(w http.ResponseWriter, r *http.Request) {
	// expect: go/open-redirect/referer-redirect
	// safe: go/open-redirect/tainted-redirect
	http.Redirect(w, r, r.Referer(), http.StatusSeeOther)
}

func setTheme(c *gin.Context) {
	back := c.GetHeader("Referer")
	// expect: go/open-redirect/referer-redirect
	// safe: go/open-redirect/tainted-redirect
	c.Redirect(http.StatusSeeOther, back)
}

func dismiss(w http.ResponseWriter, r *http.Request) {
	// expect: go/open-redirect/referer-redirect
	// safe: go/open-redirect/tainted-redirect
	w.Header().Set("Location", r.Header.Get("Referer"))
	w.WriteHeader(http.StatusFound)
}

func logout(w http.ResponseWriter, r *http.Request) {
	// expect: go/open-redirect/tainted-redirect
	http.Redirect(w, r, firstOf(r.URL.Query().Get("next"), r.Referer()), http.StatusFound)
}

func logoutFallback(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if next == "" {
		next = r.Referer()
	}
	// Both assignments of next reach the redirect (branch union, issue 18): the query one decides.
	// expect: go/open-redirect/tainted-redirect
	http.Redirect(w, r, next, http.StatusFound)
}

func firstOf(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return "/"
}

func backChecked(w http.ResponseWriter, r *http.Request) {
	back, err := url.Parse(r.Referer())
	if err != nil || back.Host != r.Host {
		back = &url.URL{Path: "/"}
	}
	// safe: open-redirect
	http.Redirect(w, r, back.RequestURI(), http.StatusSeeOther)
}

func home(w http.ResponseWriter, r *http.Request) {
	// safe: open-redirect
	http.Redirect(w, r, "/dashboard", http.StatusFound)
}

func cartDone(c *gin.Context) {
	// safe: go/open-redirect/referer-redirect
	c.Redirect(http.StatusSeeOther, "/cart?from="+url.QueryEscape(c.GetHeader("Referer")))
}
