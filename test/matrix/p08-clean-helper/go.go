// construct: a same-file helper that returns the cleaned value
package matrix

import (
	"errors"
	"net/http"
	"os/exec"
	"strings"
)

var commands = map[string]bool{"ls": true, "pwd": true}

func checked(cmd string) (string, error) {
	if !commands[cmd] {
		return "", errors.New("bad command")
	}
	return cmd, nil
}

func passThrough(cmd string) string {
	return strings.TrimSpace(cmd)
}

func cleaned(w http.ResponseWriter, r *http.Request) {
	cmd, err := checked(r.FormValue("cmd"))
	if err != nil {
		return
	}
	// safe: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func notCleaned(w http.ResponseWriter, r *http.Request) {
	cmd := passThrough(r.FormValue("cmd"))
	// expect: cmdi
	exec.Command("sh", "-c", cmd).Run()
}
