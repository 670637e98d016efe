// construct: collections (slice append then index, map set then get) carry what was put in
package matrix

import (
	"net/http"
	"os/exec"
	"strings"
)

func sliceAppend(w http.ResponseWriter, r *http.Request) {
	parts := []string{"ls"}
	parts = append(parts, r.URL.Query().Get("dir"))
	// expect: cmdi
	exec.Command("sh", "-c", strings.Join(parts, " ")).Run()
}

func mapGet(w http.ResponseWriter, r *http.Request) {
	opts := make(map[string]string)
	opts["cmd"] = r.URL.Query().Get("cmd")
	opts["dir"] = "/tmp"
	// expect: cmdi
	exec.Command("sh", "-c", opts["cmd"]).Run()

	// safe: cmdi
	exec.Command("sh", "-c", "ls "+opts["dir"]).Run()
}

func constantSlice(w http.ResponseWriter, r *http.Request) {
	parts := []string{"ls"}
	parts = append(parts, "-l")
	// safe: cmdi
	exec.Command("sh", "-c", strings.Join(parts, " ")).Run()
}
