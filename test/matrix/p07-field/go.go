// construct: a struct field set from the request in one method and read in another
package matrix

import (
	"net/http"
	"os/exec"
)

type Runner struct {
	command string
	fixed   string
}

func NewRunner() *Runner {
	return &Runner{fixed: "ls"}
}

func (s *Runner) Load(r *http.Request) {
	s.command = r.URL.Query().Get("cmd")
	s.fixed = "uptime"
}

func (s *Runner) Run() {
	// expect: cmdi
	exec.Command("sh", "-c", s.command).Run()
}

func (s *Runner) RunFixed() {
	// safe: cmdi
	exec.Command("sh", "-c", s.fixed).Run()
}
