// construct: fluent chains carry what enters them
package matrix

import (
	"net/http"
	"os/exec"
	"strings"
)

type command struct{ parts []string }

func (c *command) Add(part string) *command {
	c.parts = append(c.parts, part)
	return c
}

func (c *command) Text() string { return strings.Join(c.parts, " ") }

func builder(w http.ResponseWriter, r *http.Request) {
	cmd := (&command{}).Add("ls").Add(r.URL.Query().Get("dir")).Text()
	// expect: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func trimmed(w http.ResponseWriter, r *http.Request) {
	cmd := strings.ToLower(strings.TrimSpace(r.URL.Query().Get("cmd")))
	// expect: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func constantBuilder(w http.ResponseWriter, r *http.Request) {
	var sb strings.Builder
	sb.WriteString("ls ")
	sb.WriteString("-l")
	// safe: cmdi
	exec.Command("sh", "-c", sb.String()).Run()
}
