// AI-assistant style: "admin endpoints: run diagnostics, export a report, fetch a URL preview".
package main

import (
	"crypto/tls"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"strconv"
)

type DiagnosticRequest struct {
	Host  string `json:"host"`
	Count int    `json:"count"`
}

func pingHandler(w http.ResponseWriter, r *http.Request) {
	var req DiagnosticRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "invalid request", http.StatusBadRequest)
		return
	}
	cmd := fmt.Sprintf("ping -c %d %s", req.Count, req.Host)
	// expect: cmdi
	out, err := exec.Command("sh", "-c", cmd).CombinedOutput()
	if err != nil {
		log.Printf("ping failed: %v", err)
	}
	w.Write(out)
}

func diskHandler(w http.ResponseWriter, r *http.Request) {
	// safe: cmdi
	out, err := exec.Command("df", "-h").Output()
	if err != nil {
		http.Error(w, "diagnostics failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func logsHandler(w http.ResponseWriter, r *http.Request) {
	lines, err := strconv.Atoi(r.URL.Query().Get("lines"))
	if err != nil || lines <= 0 || lines > 1000 {
		lines = 100
	}
	// safe: cmdi
	out, _ := exec.Command("tail", "-n", strconv.Itoa(lines), "/var/log/app.log").Output()
	w.Write(out)
}

func exportHandler(w http.ResponseWriter, r *http.Request) {
	report := r.URL.Query().Get("report")
	// expect: path-traversal
	data, err := os.ReadFile("/var/reports/" + report + ".csv")
	if err != nil {
		// expect: info-leak
		http.Error(w, fmt.Sprintf("could not read report: %v", err), http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "text/csv")
	w.Write(data)
}

var insecureClient = &http.Client{
	Transport: &http.Transport{
		// expect: tls-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	},
}

func previewHandler(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// expect: ssrf
	resp, err := insecureClient.Get(target)
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	w.Header().Set("Content-Type", "text/html")
	// expect: xss
	fmt.Fprintf(w, "<h2>Preview of %s</h2><pre>%s</pre>", target, body)
}

var greetTmpl = template.Must(template.New("greet").Parse("<h1>Hello, {{.}}</h1>"))

func greetHandler(w http.ResponseWriter, r *http.Request) {
	// safe: xss
	greetTmpl.Execute(w, r.URL.Query().Get("name"))
}

func redirectHandler(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	// expect: open-redirect
	http.Redirect(w, r, next, http.StatusFound)
}

func settingsHandler(w http.ResponseWriter, r *http.Request) {
	var settings map[string]interface{}
	if err := json.NewDecoder(r.Body).Decode(&settings); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	// expect: type-assertion
	theme := settings["theme"].(string)
	// safe: type-assertion
	lang, ok := settings["lang"].(string)
	if !ok {
		lang = "en"
	}
	// expect: insecure-cookie
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: theme, Path: "/"})
	// safe: insecure-cookie
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: lang, Path: "/", MaxAge: 86400, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/admin/ping", pingHandler)
	mux.HandleFunc("/admin/disk", diskHandler)
	mux.HandleFunc("/admin/logs", logsHandler)
	mux.HandleFunc("/admin/export", exportHandler)
	mux.HandleFunc("/admin/preview", previewHandler)
	mux.HandleFunc("/greet", greetHandler)
	mux.HandleFunc("/go", redirectHandler)
	mux.HandleFunc("/settings", settingsHandler)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
