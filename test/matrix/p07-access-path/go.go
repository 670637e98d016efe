// construct: fields and constant keys of a local value are tracked one by one (x.f, m["k"])
package matrix

import (
	"net/http"
	"os/exec"
)

type job struct {
	command   string
	directory string
}

func fields(w http.ResponseWriter, r *http.Request) {
	var j job
	j.command = r.URL.Query().Get("cmd")
	j.directory = "/tmp"
	// expect: cmdi
	exec.Command("sh", "-c", j.command).Run()

	// safe: cmdi
	exec.Command("sh", "-c", "ls "+j.directory).Run()
}

func keys(w http.ResponseWriter, r *http.Request) {
	opts := map[string]string{}
	opts["cmd"] = r.URL.Query().Get("cmd")
	opts["dir"] = "/tmp"
	// expect: cmdi
	exec.Command("sh", "-c", opts["cmd"]).Run()

	// safe: cmdi
	exec.Command("sh", "-c", "ls "+opts["dir"]).Run()
}

func overwritten(w http.ResponseWriter, r *http.Request) {
	var j job
	j.command = r.URL.Query().Get("cmd")
	j.command = "uptime"
	// safe: cmdi
	exec.Command("sh", "-c", j.command).Run()
}
