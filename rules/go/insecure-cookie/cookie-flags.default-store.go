package web

import (
	"github.com/gorilla/sessions"
)

// gorilla/sessions' default options leave both flags off.
// expect: insecure-cookie
var store = sessions.NewCookieStore([]byte(mustEnv("SESSION_KEY")))

func mustEnv(k string) string { return k }
