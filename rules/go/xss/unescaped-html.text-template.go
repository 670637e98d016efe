package pages

import (
	"net/http"
	"text/template"
)

var greeting = template.Must(template.New("g").Parse(`<h1>Hello, {{.Name}}</h1>`))
var report = template.Must(template.ParseFiles("report.html"))

type page struct{ Name string }

func greet(w http.ResponseWriter, r *http.Request) {
	// expect: xss
	greeting.Execute(w, page{Name: r.URL.Query().Get("name")})
}

func showReport(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	// expect: xss
	report.ExecuteTemplate(w, "report.html", map[string]string{"Query": q})
}

func renderTitle(w http.ResponseWriter, title string) {
	// expect: xss
	greeting.Execute(w, page{Name: title})
}

func greetStatic(w http.ResponseWriter, r *http.Request) {
	// safe: xss
	greeting.Execute(w, page{Name: "guest"})
}

func exportCSV(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/csv")
	// safe: xss
	report.Execute(w, map[string]string{"Query": r.FormValue("q")})
}

func preview(w http.ResponseWriter, r *http.Request) {
	body := r.PostFormValue("body")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// expect: xss
	w.Write([]byte(body))
}

func previewPlain(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	// safe: xss
	w.Write([]byte("<p>" + r.PostFormValue("body") + "</p>"))
}
