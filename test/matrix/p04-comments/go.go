// p04-comments: comments inside a call (before the first argument, between arguments, before .method) hide nothing
package handlers

import (
	"net/http"
	"os"
	"os/exec"
)

func Ping(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	// expect: cmdi
	exec.Command( /* shell */ "sh", /* flag */ "-c", /* script */ "ping -c 1 "+host).Run()
}

func Lookup(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	// expect: cmdi
	exec.Command("sh", "-c", // the script follows
		"nslookup "+host).Run()
}

func Download(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	// expect: path-traversal
	data, _ := os. /* the disk */ ReadFile( /* path */ "/srv/files/" + name)
	w.Write(data)
}

func Uptime(w http.ResponseWriter, r *http.Request) {
	// safe: cmdi
	exec.Command( /* shell */ "sh", /* flag */ "-c", /* fixed */ "uptime").Run()
}
