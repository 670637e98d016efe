// construct: a validation guard that leaves early cleans the variable it tests after it
package matrix

import (
	"net/http"
	"os/exec"
)

func isAllowed(cmd string) bool {
	return cmd == "ls" || cmd == "pwd"
}

func guarded(w http.ResponseWriter, r *http.Request) {
	cmd := r.FormValue("cmd")
	if !isAllowed(cmd) {
		http.Error(w, "bad command", http.StatusBadRequest)
		return
	}
	// safe: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func guardedPanic(w http.ResponseWriter, r *http.Request) {
	cmd := r.FormValue("cmd")
	if !isAllowed(cmd) {
		panic("bad command")
	}
	// safe: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func unguarded(w http.ResponseWriter, r *http.Request) {
	cmd := r.FormValue("cmd")
	// expect: cmdi
	exec.Command("sh", "-c", cmd).Run()
}
