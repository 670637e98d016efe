// class: cmdi — exec.Command with a request-chosen program, shells through /usr/bin/env, exec.Cmd literals, syscall.Exec, a shell's stdin pipe
package tools

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"syscall"

	"github.com/labstack/echo/v4"
)

func RunTool(w http.ResponseWriter, r *http.Request) {
	tool := r.URL.Query().Get("tool")
	// expect: cmdi
	out, err := exec.Command(tool, "--version").CombinedOutput()
	if err != nil {
		http.Error(w, "tool failed", http.StatusBadGateway)
		return
	}
	w.Write(out)
}

var allowedTools = map[string]string{"pandoc": "/usr/bin/pandoc", "convert": "/usr/bin/convert"}

func RunAllowedTool(w http.ResponseWriter, r *http.Request) {
	path, ok := allowedTools[r.URL.Query().Get("tool")]
	if !ok {
		http.Error(w, "unknown tool", http.StatusBadRequest)
		return
	}
	// safe: cmdi
	out, _ := exec.CommandContext(r.Context(), path, "--version").Output()
	w.Write(out)
}

func Thumbnail(c echo.Context) error {
	name := c.FormValue("file")
	// expect: cmdi
	cmd := exec.Command("/usr/bin/env", "bash", "-c", "convert /srv/uploads/"+name+" -resize 200x200 /srv/thumbs/"+name)
	return cmd.Run()
}

func ThumbnailSafe(c echo.Context) error {
	name := c.FormValue("file")
	// safe: cmdi
	cmd := exec.CommandContext(c.Request().Context(), "convert", "--", "/srv/uploads/"+name, "-resize", "200x200", "/srv/thumbs/out.png")
	return cmd.Run()
}

func Archive(c echo.Context) error {
	prog := c.QueryParam("archiver")
	// expect: cmdi
	cmd := &exec.Cmd{Path: prog, Args: []string{prog, "-czf", "/tmp/export.tgz", "/srv/export"}}
	return cmd.Run()
}

func Reexec(w http.ResponseWriter, r *http.Request) {
	binary := r.Header.Get("X-Worker-Binary")
	// expect: cmdi
	syscall.Exec(binary, []string{binary, "--serve"}, os.Environ())
}

func Spawn(w http.ResponseWriter, r *http.Request) {
	prog := r.FormValue("prog")
	// expect: cmdi
	p, err := os.StartProcess(prog, []string{prog}, &os.ProcAttr{Files: []*os.File{nil, os.Stdout, os.Stderr}})
	if err == nil {
		p.Release()
	}
}

func Batch(w http.ResponseWriter, r *http.Request) {
	job := r.PathValue("job")
	sh := exec.Command("/bin/sh")
	stdin, _ := sh.StdinPipe()
	sh.Start()
	// expect: cmdi
	io.WriteString(stdin, "run-batch "+job+"\n")
	stdin.Close()
	sh.Wait()
}

func GitLog(w http.ResponseWriter, r *http.Request) {
	branch := r.URL.Query().Get("branch")
	// safe: cmdi
	out, _ := exec.Command("git", "log", "--format=%H %s", "--end-of-options", branch).Output()
	w.Write(out)
}

func Diagnose(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// expect: cmdi
	out, _ := exec.Command("sh", "-c", "ping -c 3 "+host).CombinedOutput()
	w.Write(out)
}

// Execute runs a maintenance command configured by the operator.
func Execute(command string, args ...string) error {
	// policy: origin-not-traced
	// expect: cmdi
	return exec.Command(command, args...).Run()
}

func Uptime(w http.ResponseWriter, r *http.Request) {
	// safe: cmdi
	out, _ := exec.Command("uptime").Output()
	w.Write(out)
}
