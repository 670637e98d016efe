// construct: membership in a constant collection or equality with a constant, tested before the sink
package matrix

import (
	"fmt"
	"net/http"
	"os/exec"
	"slices"
)

var commands = map[string]bool{"ls": true, "pwd": true}
var tools = []string{"du", "df"}

func member(w http.ResponseWriter, r *http.Request) {
	cmd := r.FormValue("cmd")
	if !commands[cmd] {
		return
	}
	// safe: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func memberOk(w http.ResponseWriter, r *http.Request) {
	cmd := r.FormValue("cmd")
	if _, ok := commands[cmd]; !ok {
		return
	}
	// safe: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func sliceContains(w http.ResponseWriter, r *http.Request) {
	tool := r.FormValue("tool")
	if !slices.Contains(tools, tool) {
		return
	}
	// safe: cmdi
	exec.Command("sh", "-c", tool).Run()
}

func equalsConstant(w http.ResponseWriter, r *http.Request) {
	cmd := r.FormValue("cmd")
	if cmd == "ls" {
		// safe: cmdi
		exec.Command("sh", "-c", cmd).Run()
	}
}

func notMember(w http.ResponseWriter, r *http.Request) {
	cmd := r.FormValue("cmd")
	if commands[cmd] {
		fmt.Println("known")
	}
	// expect: cmdi
	exec.Command("sh", "-c", cmd).Run()
}
