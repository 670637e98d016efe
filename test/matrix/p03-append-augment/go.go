// construct: taint already in a variable survives text appended to it with +=
package matrix

import (
	"net/http"
	"os/exec"
)

func appendToCopy(w http.ResponseWriter, r *http.Request) {
	p := r.FormValue("p")
	c := p
	c += " -l"
	// expect: cmdi
	exec.Command("sh", "-c", c).Run()
}

func appendConstants(w http.ResponseWriter, r *http.Request) {
	c := "ls"
	c += " -l"
	// safe: cmdi
	exec.Command("sh", "-c", c).Run()
}
