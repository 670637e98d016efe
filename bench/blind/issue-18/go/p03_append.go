// point 3: appending to a tainted variable keeps its taint (+=, strings.Builder, bytes.Buffer, fmt.Fprintf)
package tools

import (
	"bytes"
	"database/sql"
	"fmt"
	"net/http"
	"os/exec"
	"strings"
)

func List(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Query().Get("dir")
	c := p
	c += " -la"
	// expect: cmdi
	out, _ := exec.Command("sh", "-c", "ls "+c).Output()
	var sb strings.Builder
	sb.WriteString("du -sh ")
	sb.WriteString(p)
	// expect: cmdi
	usage, _ := exec.Command("sh", "-c", sb.String()).Output()
	var fixed strings.Builder
	fixed.WriteString("df")
	fixed.WriteString(" -h")
	// safe: cmdi
	disk, _ := exec.Command("sh", "-c", fixed.String()).Output()
	w.Write(append(append(out, usage...), disk...))
}

func Notes(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		owner := r.FormValue("owner")
		var buf bytes.Buffer
		buf.WriteString("SELECT id, title FROM notes WHERE owner = '")
		buf.WriteString(owner)
		buf.WriteString("'")
		// expect: sqli
		rows, err := db.Query(buf.String())
		if err != nil {
			http.Error(w, "query failed", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		var q strings.Builder
		fmt.Fprintf(&q, "SELECT id FROM notes WHERE tag = '%s'", r.FormValue("tag"))
		// expect: sqli
		tagged, err := db.Query(q.String())
		if err == nil {
			tagged.Close()
		}
		count := "SELECT COUNT(*) FROM notes"
		count += " WHERE archived = false"
		// safe: sqli
		db.QueryRow(count)
	}
}
