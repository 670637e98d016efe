package web

import (
	"os"

	"github.com/gorilla/csrf"
	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

var hashKey = []byte("q3Zr8LmV2xT9wKp4")

// expect: hardcoded-secret
var codec = securecookie.New(hashKey, []byte("Hx7mQ2vR9tLp4Wz8"))

// expect: hardcoded-secret
var store = sessions.NewCookieStore([]byte("f8K2pXq9Lm3Vt7Rw"))

// expect: hardcoded-secret
var protect = csrf.Protect([]byte("32-byte-long-auth-key-9fK2mXq7Lp"))

// safe: hardcoded-secret
var codecSafe = securecookie.New(securecookie.GenerateRandomKey(64), securecookie.GenerateRandomKey(32))

// safe: hardcoded-secret
var storeSafe = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

// safe: hardcoded-secret
var storeDev = sessions.NewCookieStore([]byte("change-me"))
