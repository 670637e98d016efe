// construct: strings.Builder, bytes.Buffer and fmt.Fprintf into a builder carry request data
package matrix

import (
	"bytes"
	"fmt"
	"net/http"
	"os/exec"
	"strings"
)

func stringsBuilder(w http.ResponseWriter, r *http.Request) {
	var sb strings.Builder
	sb.WriteString("ls ")
	sb.WriteString(r.FormValue("dir"))
	// expect: cmdi
	exec.Command("sh", "-c", sb.String()).Run()
}

func bytesBuffer(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	buf.WriteString("ls ")
	buf.WriteString(r.FormValue("dir"))
	// expect: cmdi
	exec.Command("sh", "-c", buf.String()).Run()
}

func fprintfIntoBuilder(w http.ResponseWriter, r *http.Request) {
	var sb strings.Builder
	fmt.Fprintf(&sb, "ls %s", r.FormValue("dir"))
	// expect: cmdi
	exec.Command("sh", "-c", sb.String()).Run()
}

func constantBuilder(w http.ResponseWriter, r *http.Request) {
	var sb strings.Builder
	sb.WriteString("ls ")
	fmt.Fprintf(&sb, "%s", "-l")
	// safe: cmdi
	exec.Command("sh", "-c", sb.String()).Run()
}
