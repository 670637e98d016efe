// point 7: flow through struct fields, closures stored in variables, helper returns, maps/slices and switch
package export

import (
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
)

type Exporter struct {
	dir         string
	archiveName string
}

func (e *Exporter) Prepare(r *http.Request) {
	e.dir = r.FormValue("dir")
	e.archiveName = "export.zip"
}

func (e *Exporter) Run() error {
	// expect: cmdi
	exec.Command("sh", "-c", "zip -r /tmp/out.zip "+e.dir).Run()
	// safe: cmdi
	return exec.Command("sh", "-c", "zip -r /tmp/"+e.archiveName+" /srv/static").Run()
}

func userFile(r *http.Request) string {
	return filepath.Join("/srv/exports", r.URL.Query().Get("file"))
}

func templateFile() string {
	return "/srv/templates/default.txt"
}

func File(w http.ResponseWriter, r *http.Request) {
	// expect: path-traversal
	body, _ := os.ReadFile(userFile(r))
	// safe: path-traversal
	tmpl, _ := os.ReadFile(templateFile())
	w.Write(append(tmpl, body...))
}

func Batch(w http.ResponseWriter, r *http.Request) {
	targets := []string{r.FormValue("target")}
	opts := map[string]string{"format": r.FormValue("format"), "level": "9"}
	run := func(line string) error {
		// expect: cmdi
		return exec.Command("sh", "-c", line).Run()
	}
	run("tar cf /tmp/batch.tar " + targets[0])
	// expect: cmdi
	exec.Command("sh", "-c", "convert --format "+opts["format"]).Run()
	// safe: cmdi
	exec.Command("sh", "-c", "gzip -"+opts["level"]+" /tmp/batch.tar").Run()
}

func Table(w http.ResponseWriter, r *http.Request) {
	var table string
	switch r.URL.Query().Get("kind") {
	case "book":
		table = "books"
	case "film":
		table = "films"
	default:
		table = "items"
	}
	// safe: cmdi
	exec.Command("sh", "-c", "pg_dump -t "+table+" app").Run()
	kind := r.URL.Query().Get("kind")
	var dump string
	switch {
	case kind != "":
		dump = "pg_dump -t " + kind + " app"
	default:
		dump = "pg_dump app"
	}
	// expect: cmdi
	exec.Command("sh", "-c", dump).Run()
}
