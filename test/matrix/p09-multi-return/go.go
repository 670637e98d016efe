// p09 multi-return: in v, err := f(x) each target takes its own returned value
package matrix

import (
	"errors"
	"fmt"
	"net/http"
	"os/exec"
	"strings"
)

func lookup(name string) (string, error) {
	if name == "" {
		return "", errors.New("empty name: " + name)
	}
	return "report-" + strings.ToLower("DAILY"), nil
}

func normalize(name string) (string, error) {
	if strings.Contains(name, "/") {
		return "", fmt.Errorf("bad name")
	}
	return strings.TrimSpace(name), nil
}

func handler(w http.ResponseWriter, r *http.Request) {
	report, err := lookup(r.URL.Query().Get("name"))
	if err != nil {
		http.Error(w, "lookup failed", http.StatusBadRequest)
		return
	}
	// safe: cmdi
	exec.Command("sh", "-c", "cat "+report).Run()

	clean, err := normalize(r.URL.Query().Get("file"))
	if err != nil {
		// expect: info-leak
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	// expect: cmdi
	exec.Command("sh", "-c", "cat "+clean).Run()

	// safe: info-leak
	w.Write([]byte(report))
}
