// point 8: validation by flow — cleaning helpers and dominating guards count, checks elsewhere do not; allow-lists by shape
package media

import (
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
)

const root = "/srv/media"

var formats = map[string]bool{"png": true, "jpg": true, "webp": true}
var safeName = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

func cleanName(raw string) string {
	return filepath.Base(filepath.Clean("/" + raw))
}

func isAllowed(name string) bool {
	return safeName.MatchString(name)
}

func Cleaned(w http.ResponseWriter, r *http.Request) {
	name := cleanName(r.URL.Query().Get("name"))
	// safe: path-traversal
	data, _ := os.ReadFile(filepath.Join(root, name))
	w.Write(data)
}

func Guarded(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if !isAllowed(name) {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	// safe: path-traversal
	data, _ := os.ReadFile(filepath.Join(root, name+".bin"))
	w.Write(data)
}

func WrongVariable(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	folder := r.URL.Query().Get("folder")
	if !isAllowed(folder) {
		http.Error(w, "bad folder", http.StatusBadRequest)
		return
	}
	// expect: path-traversal
	data, _ := os.ReadFile(filepath.Join(root, folder, name))
	w.Write(data)
}

func OtherBranch(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if r.URL.Query().Get("strict") != "" {
		name = cleanName(name)
	}
	// expect: path-traversal
	data, _ := os.ReadFile(filepath.Join(root, name))
	w.Write(data)
}

func Mentioned(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	log.Printf("request for %s allowed=%v", name, isAllowed(name))
	// expect: path-traversal
	data, _ := os.ReadFile(filepath.Join(root, name))
	w.Write(data)
}

func Convert(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	if !formats[format] {
		http.Error(w, "bad format", http.StatusBadRequest)
		return
	}
	// safe: cmdi
	exec.Command("sh", "-c", "convert /srv/media/in.tiff /srv/media/out."+format).Run()
}

func ConvertSwitch(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	switch format {
	case "png", "jpg", "webp":
	default:
		http.Error(w, "bad format", http.StatusBadRequest)
		return
	}
	// safe: cmdi
	exec.Command("sh", "-c", "convert /srv/media/in.tiff /srv/media/out."+format).Run()
}

func ConvertUnchecked(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	label := r.URL.Query().Get("label")
	if !formats[label] {
		http.Error(w, "bad label", http.StatusBadRequest)
		return
	}
	// expect: cmdi
	exec.Command("sh", "-c", "convert /srv/media/in.tiff /srv/media/out."+format).Run()
}
