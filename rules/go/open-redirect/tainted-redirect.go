package handlers

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

func loginDone(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	// expect: open-redirect
	http.Redirect(w, r, next, http.StatusFound)
}

func ginLogout(c *gin.Context) {
	// expect: open-redirect
	c.Redirect(http.StatusFound, c.Query("return_url"))
}

func legacyRedirect(w http.ResponseWriter, r *http.Request) {
	// expect: open-redirect
	w.Header().Set("Location", r.FormValue("to"))
	w.WriteHeader(http.StatusSeeOther)
}

func loginDoneSafe(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") {
		next = "/"
	}
	// safe: open-redirect
	http.Redirect(w, r, next, http.StatusFound)
}

func toProfile(w http.ResponseWriter, r *http.Request) {
	// safe: open-redirect
	http.Redirect(w, r, "/profile?tab="+r.FormValue("tab"), http.StatusFound)
	// safe: open-redirect
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

func ginHome(c *gin.Context) {
	// safe: open-redirect
	c.Redirect(http.StatusMovedPermanently, "https://www.example.com/"+c.Param("page"))
}
