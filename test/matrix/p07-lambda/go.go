// construct: function literals stored in a variable before being called
package matrix

import (
	"net/http"
	"os/exec"
)

func storedClosure(w http.ResponseWriter, r *http.Request) {
	getCommand := func() string { return r.URL.Query().Get("cmd") }
	// expect: cmdi
	exec.Command("sh", "-c", getCommand()).Run()
}

func ignoresInput(w http.ResponseWriter, r *http.Request) {
	fixed := func(value string) string { return "uptime" }
	// safe: cmdi
	exec.Command("sh", "-c", fixed(r.URL.Query().Get("cmd"))).Run()
}

func prefixes(w http.ResponseWriter, r *http.Request) {
	listing := func(dir string) string { return "ls " + dir }
	// expect: cmdi
	exec.Command("sh", "-c", listing(r.URL.Query().Get("dir"))).Run()
}

func constantClosure(w http.ResponseWriter, r *http.Request) {
	command := func() string { return "uptime" }
	// safe: cmdi
	exec.Command("sh", "-c", command()).Run()
}

var actions = map[string]func(string) string{
	"status": func(target string) string { return "uptime" },
	"list":   func(target string) string { return "ls " + target },
}

var fixedActions = map[string]func(string) string{
	"status": func(target string) string { return "uptime" },
	"list":   func(target string) string { return "ls" },
}

func dispatch(w http.ResponseWriter, r *http.Request) {
	// expect: cmdi
	exec.Command("sh", "-c", actions[r.URL.Query().Get("action")](r.URL.Query().Get("target"))).Run()
}

func fixedDispatch(w http.ResponseWriter, r *http.Request) {
	// safe: cmdi
	exec.Command("sh", "-c", fixedActions[r.URL.Query().Get("action")](r.URL.Query().Get("target"))).Run()
}
