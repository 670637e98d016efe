// construct: a definition inside a loop reaches the code after the loop and the next iteration
package matrix

import (
	"net/http"
	"os/exec"
)

func assignedInLoop(w http.ResponseWriter, r *http.Request, names []string) {
	cmd := "ls"
	for _, name := range names {
		if name == "x" {
			cmd = r.FormValue(name)
		}
	}
	// expect: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func nextIteration(w http.ResponseWriter, r *http.Request, n int) {
	cmd := "ls"
	next := "ls"
	for i := 0; i < n; i++ {
		// expect: cmdi
		exec.Command("sh", "-c", cmd).Run()
		cmd = next
		next = r.FormValue("c")
	}
}

func constantInLoop(w http.ResponseWriter, r *http.Request, n int) {
	cmd := r.FormValue("c")
	for i := 0; i < n; i++ {
		cmd = "ls"
		// safe: cmdi
		exec.Command("sh", "-c", cmd).Run()
	}
}
