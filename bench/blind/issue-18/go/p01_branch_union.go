// point 1: branch union — after an if/else a variable carries what every path gave it
package reports

import (
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
)

func RunReport(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "daily"
	}
	// expect: cmdi
	out, _ := exec.Command("sh", "-c", "generate-report "+name).Output()
	w.Write(out)
}

func ViewReport(w http.ResponseWriter, r *http.Request) {
	file := r.URL.Query().Get("file")
	if file == "" {
		file = "index.txt"
	}
	// expect: path-traversal
	data, _ := os.ReadFile(filepath.Join("/srv/reports", file))
	w.Write(data)
}

func LatestReport(w http.ResponseWriter, r *http.Request) {
	file := r.URL.Query().Get("file")
	// the request value is dropped on every path
	file = "latest.txt"
	// safe: path-traversal
	data, _ := os.ReadFile(filepath.Join("/srv/reports", file))
	w.Write(data)
}

func Rebuild(w http.ResponseWriter, r *http.Request) {
	var script string
	if r.FormValue("mode") == "full" {
		script = "full-report.sh"
	} else {
		script = "quick-report.sh"
	}
	// safe: cmdi
	exec.Command("sh", "-c", "/opt/reports/"+script).Run()
	w.WriteHeader(http.StatusAccepted)
}

func Archive(w http.ResponseWriter, r *http.Request) {
	target := "default"
	if t := r.FormValue("target"); t != "" {
		target = t
	}
	// expect: cmdi
	exec.Command("sh", "-c", "tar czf /backups/"+target+".tgz /srv/reports").Run()
	w.WriteHeader(http.StatusAccepted)
}
