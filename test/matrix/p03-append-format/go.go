// construct: a string formatted from request data, then extended
package matrix

import (
	"fmt"
	"net/http"
	"os/exec"
)

func sprintfThenAppend(w http.ResponseWriter, r *http.Request) {
	c := fmt.Sprintf("ls %s", r.FormValue("dir"))
	c += " -l"
	// expect: cmdi
	exec.Command("sh", "-c", c).Run()
}

func sprintfConstants(w http.ResponseWriter, r *http.Request) {
	c := fmt.Sprintf("ls %s", "/srv")
	c += " -l"
	// safe: cmdi
	exec.Command("sh", "-c", c).Run()
}
