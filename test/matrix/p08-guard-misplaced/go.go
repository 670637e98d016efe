// construct: a check on another branch, on another variable, or a mere mention cleans nothing
package matrix

import (
	"fmt"
	"net/http"
	"os/exec"
)

var commands = map[string]bool{"ls": true, "pwd": true}

func otherBranch(w http.ResponseWriter, r *http.Request, strict bool) {
	cmd := r.FormValue("cmd")
	if strict {
		if !commands[cmd] {
			return
		}
	}
	// expect: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func otherVariable(w http.ResponseWriter, r *http.Request) {
	cmd := r.FormValue("cmd")
	mode := r.FormValue("mode")
	if !commands[mode] {
		return
	}
	// expect: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func mereMention(w http.ResponseWriter, r *http.Request) {
	cmd := r.FormValue("cmd")
	fmt.Println("allowed:", commands["ls"])
	// expect: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func placedRight(w http.ResponseWriter, r *http.Request) {
	cmd := r.FormValue("cmd")
	if !commands[cmd] {
		return
	}
	// safe: cmdi
	exec.Command("sh", "-c", cmd).Run()
}
