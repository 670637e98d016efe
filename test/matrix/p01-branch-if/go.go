// construct: a variable assigned on one branch of an if keeps the other path's value after the join
package matrix

import (
	"net/http"
	"os/exec"
)

func defaultOnOneBranch(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Query().Get("p")
	if p == "" {
		p = "ls"
	}
	// expect: cmdi
	exec.Command("sh", "-c", p).Run()
}

func taintedElse(w http.ResponseWriter, r *http.Request, verbose bool) {
	cmd := "ls"
	if verbose {
		cmd = r.FormValue("cmd")
	} else {
		cmd = "ls -l"
	}
	// expect: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func constantOnBothBranches(w http.ResponseWriter, r *http.Request, verbose bool) {
	cmd := r.FormValue("cmd")
	if verbose {
		cmd = "ls -l"
	} else {
		cmd = "ls"
	}
	// safe: cmdi
	exec.Command("sh", "-c", cmd).Run()
}
