package pages

import (
	safe "html/template"
	"net/http"
	"text/template"
)

var note = template.Must(template.New("note").Parse("<div>{{.}}</div>"))
var card = safe.Must(safe.New("card").Parse("<div>{{.}}</div>"))

func showNote(w http.ResponseWriter, r *http.Request) {
	// expect: xss
	note.Execute(w, r.URL.Query().Get("text"))
	// safe: xss
	card.Execute(w, r.URL.Query().Get("text"))
}
