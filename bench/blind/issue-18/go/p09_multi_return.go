// point 9: in v, err := f(tainted) the value keeps f's flow, the error does not taint unrelated uses; normal responses are not info leaks
package items

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strconv"
)

type API struct {
	DB *sql.DB
}

func (a *API) List(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil {
		http.Error(w, "limit must be a number", http.StatusBadRequest)
		return
	}
	// safe: sqli
	rows, err := a.DB.Query("SELECT id, name FROM items LIMIT " + strconv.Itoa(limit))
	if err != nil {
		// expect: info-leak
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	names := []string{}
	for rows.Next() {
		var id int
		var name string
		rows.Scan(&id, &name)
		names = append(names, name)
	}
	body, err := json.Marshal(names)
	if err != nil {
		log.Printf("marshal: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	// safe: info-leak
	w.Write(body)
}

func (a *API) Count(w http.ResponseWriter, r *http.Request) {
	var n int
	err := a.DB.QueryRow("SELECT COUNT(*) FROM items").Scan(&n)
	if err != nil {
		log.Printf("count: %v", err)
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	// safe: info-leak
	fmt.Fprintf(w, "%d items\n", n)
}

func (a *API) Download(w http.ResponseWriter, r *http.Request) {
	p, err := url.QueryUnescape(r.URL.Query().Get("path"))
	if err != nil {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	// expect: path-traversal
	data, err := os.ReadFile("/srv/files/" + p)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func (a *API) Stop(w http.ResponseWriter, r *http.Request) {
	pid, err := strconv.Atoi(r.FormValue("pid"))
	if err != nil {
		http.Error(w, "pid must be a number", http.StatusBadRequest)
		return
	}
	// safe: cmdi
	exec.Command("sh", "-c", "kill -TERM "+strconv.Itoa(pid)).Run()
	w.WriteHeader(http.StatusNoContent)
}

func (a *API) Manifest(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open("/srv/static/manifest.json")
	if err != nil {
		log.Printf("manifest for %s: %v", r.URL.Query().Get("client"), err)
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	defer f.Close()
	var manifest map[string]any
	json.NewDecoder(f).Decode(&manifest)
	// safe: info-leak
	json.NewEncoder(w).Encode(manifest)
}
