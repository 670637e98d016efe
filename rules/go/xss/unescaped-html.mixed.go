package pages

import (
	htmltemplate "html/template"
	"net/http"
	texttemplate "text/template"
)

var mail = texttemplate.Must(texttemplate.New("mail").Parse("<p>Hi {{.}}</p>"))
var safePage = htmltemplate.Must(htmltemplate.New("page").Parse("<p>Hi {{.}}</p>"))

func previewMail(w http.ResponseWriter, r *http.Request) {
	// expect: xss
	mail.Execute(w, r.FormValue("name"))
	// safe: xss
	safePage.Execute(w, r.FormValue("name"))
}
