package jobs

import (
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
)

const shell = "/bin/sh"

func runScript(w http.ResponseWriter, r *http.Request) {
	script := r.PostFormValue("script")
	// expect: cmdi
	exec.Command("/usr/bin/env", "bash", "-c", script).Run()
	// expect: cmdi
	exec.Command(shell, "-c", "echo "+r.FormValue("msg")).Run()
	// expect: cmdi
	exec.Command("bash", "-lc", script).Run()
}

func runCmd(w http.ResponseWriter, r *http.Request) {
	// expect: cmdi
	cmd := &exec.Cmd{Path: "/bin/sh", Args: []string{"sh", "-c", r.FormValue("cmd")}}
	cmd.Run()
	// expect: cmdi
	tool := &exec.Cmd{Path: r.FormValue("tool"), Args: []string{"tool", "--version"}}
	tool.Run()
}

func replaceProcess(r *http.Request) error {
	// expect: cmdi
	return syscall.Exec("/bin/sh", []string{"sh", "-c", r.FormValue("cmd")}, os.Environ())
}

func viaStdin(w http.ResponseWriter, r *http.Request) error {
	sh := exec.Command("sh")
	stdin, err := sh.StdinPipe()
	if err != nil {
		return err
	}
	if err := sh.Start(); err != nil {
		return err
	}
	// expect: cmdi
	io.WriteString(stdin, r.FormValue("cmd")+"\n")
	stdin.Close()
	return sh.Wait()
}

func viaReader(w http.ResponseWriter, r *http.Request) error {
	sh := exec.Command("bash")
	// expect: cmdi
	sh.Stdin = strings.NewReader(r.FormValue("script"))
	return sh.Run()
}

// A program chosen by the caller, of unknown origin: reported as "origin not traced".
func runTool(ctx context.Context, bin string, args ...string) error {
	// expect: cmdi
	return exec.CommandContext(ctx, bin, args...).Run()
}

func runFixedScripts(w http.ResponseWriter, r *http.Request) error {
	// safe: cmdi
	exec.Command("/usr/bin/env", "bash", "-c", "make clean && make").Run()
	// safe: cmdi
	cmd := &exec.Cmd{Path: "/usr/bin/git", Args: []string{"git", "log", "--", r.FormValue("file")}}
	cmd.Run()
	grep := exec.Command("grep", "-c", "ERROR")
	// safe: cmdi
	grep.Stdin = strings.NewReader(r.FormValue("log"))
	self, _ := os.Executable()
	// safe: cmdi
	return exec.Command(self, "--worker").Run()
}
