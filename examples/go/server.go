// An HTTP API as an assistant might write it. Labels mark what Warden should report.
package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
)

var db *sql.DB

func handleRequest(w http.ResponseWriter, r *http.Request) {
	var data map[string]interface{}
	decoder := json.NewDecoder(r.Body)
	err := decoder.Decode(&data)
	if err != nil {
		// expect: info-leak
		fmt.Fprintf(w, "Error processing request: %v", err)
		return
	}
	// expect: type-assertion
	command := data["command"].(string)
	// expect: cmdi
	out, _ := exec.Command("sh", "-c", command).Output()
	w.Write(out)
}

func getUser(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	// expect: sqli
	rows, err := db.Query(fmt.Sprintf("SELECT name FROM users WHERE id = '%s'", id))
	if err != nil {
		log.Printf("query failed: %v", err)
		// safe: info-leak
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	// safe: sqli
	row := db.QueryRow("SELECT name FROM users WHERE id = ?", id)
	_ = row
}

func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	// expect: path-traversal
	data, err := os.ReadFile(filepath.Join("/srv/files", name))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Write(data)
	// safe: path-traversal
	safe, _ := os.ReadFile(filepath.Join("/srv/files", filepath.Base(name)))
	w.Write(safe)
}

func setSession(w http.ResponseWriter, token string) {
	// expect: insecure-cookie
	http.SetCookie(w, &http.Cookie{Name: "session", Value: token})
	// safe: insecure-cookie
	http.SetCookie(w, &http.Cookie{Name: "session", Value: token, Secure: true, HttpOnly: true, SameSite: http.SameSiteStrictMode, MaxAge: 3600})
}
