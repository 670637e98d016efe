// construct: multiple assignment takes each name from its own value
package matrix

import (
	"net/http"
	"os/exec"
)

func parallel(w http.ResponseWriter, r *http.Request) {
	command, fixed := r.URL.Query().Get("cmd"), "uptime"
	// expect: cmdi
	exec.Command("sh", "-c", command).Run()

	// safe: cmdi
	exec.Command("sh", "-c", fixed).Run()
}

func swapped(w http.ResponseWriter, r *http.Request) {
	a, b := r.URL.Query().Get("cmd"), "uptime"
	a, b = b, a
	// safe: cmdi
	exec.Command("sh", "-c", a).Run()

	// expect: cmdi
	exec.Command("sh", "-c", b).Run()
}
