// p10 cookie: a cookie missing a safe setting is reported where it is set on the response
package matrix

import "net/http"

func login(w http.ResponseWriter, r *http.Request) {
	session := &http.Cookie{Name: "session", Value: r.FormValue("token"), Path: "/"}
	w.Header().Set("Cache-Control", "no-store")
	// expect: insecure-cookie
	http.SetCookie(w, session)
}

func loginSafe(w http.ResponseWriter, r *http.Request) {
	session := &http.Cookie{Name: "session", Value: r.FormValue("token"), Path: "/", HttpOnly: true, Secure: true}
	w.Header().Set("Cache-Control", "no-store")
	// safe: insecure-cookie
	http.SetCookie(w, session)
}
