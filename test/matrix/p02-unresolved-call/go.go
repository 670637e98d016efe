// p02 unresolved call: a call Warden cannot resolve yields a value of unknown origin, not a constant
package matrix

import (
	"net/http"
	"os/exec"
	"path/filepath"
	"strconv"

	"example.com/app/helpers"
)

func runFromHelper() {
	// policy: origin-not-traced
	// expect: cmdi
	exec.Command("sh", "-c", helpers.GetCmd()).Run()
}

func runBuiltFromHelper() {
	cmd := "tar czf " + helpers.ArchiveName()
	// expect: cmdi
	exec.Command("sh", "-c", cmd).Run()
}

func runTainted(r *http.Request) {
	// expect: cmdi
	exec.Command("sh", "-c", helpers.Build(r.URL.Query().Get("x"))).Run()
}

func localCmd() string {
	return "ls -l"
}

func runLocalConstant() {
	// safe: cmdi
	exec.Command("sh", "-c", localCmd()).Run()
}

func runJoinedConstant() {
	// safe: cmdi
	exec.Command("sh", "-c", filepath.Join("/opt/tools", "backup.sh")).Run()
}

func runCounted(items []string) {
	// safe: cmdi
	exec.Command("sh", "-c", "echo "+strconv.Itoa(len(items))).Run()
}
