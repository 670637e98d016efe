// construct: a switch where one case leaves the tainted value in place
package matrix

import (
	"net/http"
	"os/exec"
)

func caseKeepsTaint(w http.ResponseWriter, r *http.Request, mode int) {
	cmd := r.FormValue("cmd")
	switch mode {
	case 1:
		cmd = "ls"
	case 2:
	default:
		cmd = "pwd"
	}
	// expect: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func everyCaseConstant(w http.ResponseWriter, r *http.Request, mode int) {
	cmd := r.FormValue("cmd")
	switch mode {
	case 1:
		cmd = "ls"
	default:
		cmd = "pwd"
	}
	// safe: cmdi
	exec.Command("sh", "-c", cmd).Run()
}
