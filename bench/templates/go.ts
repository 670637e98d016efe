// Benchmark template: a net/http service.

import { cap, FIELDS, LanguageTemplate, NOUNS, pick } from './common';

export const GO: LanguageTemplate = {
  extension: 'go',
  header: () => `// Generated benchmark module: HTTP handlers and helpers.
package handlers

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os/exec"
	"sort"
	"strconv"
)

var db *sql.DB

`,
  units: [
    (i, r, vuln) => {
      const n = pick(r, NOUNS);
      const onError = vuln
        ? `fmt.Fprintf(w, "Error processing request: %v", err)`
        : `log.Printf("decode ${n}: %v", err)
		http.Error(w, "invalid request", http.StatusBadRequest)`;
      const run = vuln
        ? `out, _ := exec.Command("sh", "-c", data["command"].(string)).Output()`
        : `name, ok := data["name"].(string)
	if !ok {
		http.Error(w, "invalid name", http.StatusBadRequest)
		return
	}
	out, _ := exec.Command("/usr/bin/lookup", name).Output()`;
      return `func handle${cap(n)}${i}(w http.ResponseWriter, r *http.Request) {
	var data map[string]interface{}
	decoder := json.NewDecoder(r.Body)
	err := decoder.Decode(&data)
	if err != nil {
		${onError}
		return
	}
	${run}
	w.Write(out)
}

`;
    },
    (i, r, vuln) => {
      const n = pick(r, NOUNS);
      const f = pick(r, FIELDS);
      const query = vuln
        ? `db.Query("SELECT id, ${f} FROM ${n}s WHERE ${f} = '" + value + "'")`
        : `db.Query("SELECT id, ${f} FROM ${n}s WHERE ${f} = $1", value)`;
      return `func search${cap(n)}s${i}(w http.ResponseWriter, r *http.Request) {
	value := r.URL.Query().Get("${f}")
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 {
		limit = ${10 + Math.floor(r() * 90)}
	}
	rows, err := ${query}
	if err != nil {
		log.Printf("query: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	results := []map[string]string{}
	for rows.Next() && len(results) < limit {
		var id, v string
		if err := rows.Scan(&id, &v); err == nil {
			results = append(results, map[string]string{"id": id, "${f}": v})
		}
	}
	json.NewEncoder(w).Encode(results)
}

`;
    },
    (i, r) => {
      const n = cap(pick(r, NOUNS));
      const f = cap(pick(r, FIELDS));
      return `type ${n}${i} struct {
	ID    int
	${f} string
	Score float64
}

func rank${n}s${i}(items []${n}${i}, threshold float64) []${n}${i} {
	out := make([]${n}${i}, 0, len(items))
	for _, item := range items {
		if item.Score >= threshold {
			out = append(out, item)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Score > out[b].Score })
	return out
}

`;
    },
  ],
};
