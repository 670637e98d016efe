// class: hardcoded-secret — gorilla/securecookie and gorilla/sessions keys written as literals, next to keys from the environment or crypto/rand
package cookies

import (
	"net/http"
	"os"

	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

// expect: hardcoded-secret
var codec = securecookie.New([]byte("f8Kq2Vx9Lm4Tz7Bn3Wc6Rp1Yd5Hs0Gj8"), []byte("Zt4Nw8Qx2Kv6Lb9Mr3Py7Hc1Sd5Fg0Jk"))

// safe: hardcoded-secret
var codecFromEnv = securecookie.New([]byte(os.Getenv("COOKIE_HASH_KEY")), []byte(os.Getenv("COOKIE_BLOCK_KEY")))

// expect: hardcoded-secret
var sessionStore = sessions.NewCookieStore([]byte("Qm7vT2xR9pLw4Kz8Hn3Jb6Yc1Fd5Gs0A"))

// safe: hardcoded-secret
var ephemeralStore = sessions.NewCookieStore(securecookie.GenerateRandomKey(64), securecookie.GenerateRandomKey(32))

func SetPrefs(w http.ResponseWriter, prefs map[string]string) error {
	encoded, err := codec.Encode("prefs", prefs)
	if err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{Name: "prefs", Value: encoded, Path: "/", Secure: true, HttpOnly: true})
	_ = codecFromEnv
	_ = sessionStore
	_ = ephemeralStore
	return nil
}
