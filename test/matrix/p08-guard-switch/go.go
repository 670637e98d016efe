// construct: a switch over constants whose default leaves cleans the variable it switches on
package matrix

import (
	"fmt"
	"net/http"
	"os/exec"
)

func leavingDefault(w http.ResponseWriter, r *http.Request) {
	cmd := r.FormValue("cmd")
	switch cmd {
	case "ls", "pwd":
	default:
		return
	}
	// safe: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func stayingDefault(w http.ResponseWriter, r *http.Request) {
	cmd := r.FormValue("cmd")
	switch cmd {
	case "ls":
	default:
		fmt.Println("other")
	}
	// expect: cmdi
	exec.Command("sh", "-c", cmd).Run()
}
