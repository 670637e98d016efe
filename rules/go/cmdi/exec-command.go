package handlers

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strconv"
)

func run(w http.ResponseWriter, r *http.Request) {
	cmd := r.URL.Query().Get("cmd")
	// expect: cmdi
	exec.Command("sh", "-c", cmd).Run()
	// expect: cmdi
	exec.Command(r.FormValue("tool"), "--version").Run()
	script := "ls -la " + r.FormValue("dir")
	// expect: cmdi
	exec.Command("/bin/bash", "-c", script).Run()
	host := r.URL.Query().Get("host")
	// expect: cmdi
	out, _ := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput()
	w.Write(out)
	// expect: cmdi
	exec.CommandContext(r.Context(), "bash", "-c", fmt.Sprintf("tar -czf /tmp/%s.tgz /srv/data", r.FormValue("name"))).Run()
}

func launch(w http.ResponseWriter, r *http.Request) {
	// expect: cmdi
	os.StartProcess(r.FormValue("bin"), []string{"--help"}, &os.ProcAttr{})
	// safe: cmdi
	os.StartProcess("/usr/bin/uptime", []string{"uptime", r.FormValue("flag")}, &os.ProcAttr{})
}

func runFixed(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.FormValue("lines"))
	if err != nil {
		return
	}
	// safe: cmdi
	exec.Command("tail", "-n", strconv.Itoa(n), "/var/log/app.log").Run()
	// safe: cmdi
	exec.Command("git", "status").Run()
	// safe: cmdi
	exec.Command("sh", "-c", "ls -la /srv").Run()
	// safe: cmdi
	exec.Command("grep", "--", r.FormValue("q"), "/srv/index.txt").Run()
}
