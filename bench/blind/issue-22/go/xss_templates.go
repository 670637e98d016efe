// class: xss — text/template rendering HTML, template.HTML/JS/URL/HTMLAttr conversions, fmt.Fprintf and w.Write of built HTML
package web

import (
	"encoding/json"
	"fmt"
	"html"
	htmltemplate "html/template"
	"net/http"
	"text/template"

	"github.com/microcosm-cc/bluemonday"
)

var profileText = template.Must(template.New("p").Parse(`<html><body><h1>{{.Name}}</h1><p>{{.Bio}}</p></body></html>`))
var profileHTML = htmltemplate.Must(htmltemplate.New("p").Parse(`<html><body><h1>{{.Name}}</h1><p>{{.Bio}}</p></body></html>`))

type Profile struct {
	Name string
	Bio  htmltemplate.HTML
}

func ProfileText(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// expect: xss
	profileText.Execute(w, map[string]string{"Name": r.URL.Query().Get("name"), "Bio": r.FormValue("bio")})
}

func ProfileEscaped(w http.ResponseWriter, r *http.Request) {
	// safe: xss
	profileHTML.Execute(w, map[string]string{"Name": r.URL.Query().Get("name"), "Bio": r.FormValue("bio")})
}

func ProfileTrusted(w http.ResponseWriter, r *http.Request) {
	// expect: xss
	p := Profile{Name: "me", Bio: htmltemplate.HTML(r.FormValue("bio"))}
	profileHTML.Execute(w, p)
}

var ugc = bluemonday.UGCPolicy()

func ProfileSanitized(w http.ResponseWriter, r *http.Request) {
	// safe: xss
	p := Profile{Name: "me", Bio: htmltemplate.HTML(ugc.Sanitize(r.FormValue("bio")))}
	profileHTML.Execute(w, p)
}

func Banner(w http.ResponseWriter, r *http.Request) {
	// safe: xss
	p := Profile{Name: "me", Bio: htmltemplate.HTML("<strong>Welcome back</strong>")}
	profileHTML.Execute(w, p)
}

var widget = htmltemplate.Must(htmltemplate.New("w").Parse(`<a href="{{.Link}}" {{.Attr}}>go</a><script>var cb = {{.Callback}};</script>`))

func Widget(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	data := map[string]any{
		// expect: xss
		"Link": htmltemplate.URL(q.Get("next")),
		// expect: xss
		"Attr": htmltemplate.HTMLAttr(q.Get("attr")),
		// expect: xss
		"Callback": htmltemplate.JS(q.Get("cb")),
	}
	widget.Execute(w, data)
}

func Hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "text/html")
	// expect: xss
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

func HelloEscaped(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "text/html")
	// safe: xss
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", html.EscapeString(name))
}

func HelloPlain(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	// safe: xss
	fmt.Fprintf(w, "Hello, %s!", name)
}

func SearchPage(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	// expect: xss
	w.Write([]byte("<p>No results for <b>" + q + "</b></p>"))
}

func Pager(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	// expect: xss
	fmt.Fprint(w, "<a href=\"/search?"+r.URL.RawQuery+"&page=2\">next page</a>")
}

func SearchJSON(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	// safe: xss
	json.NewEncoder(w).Encode(map[string]string{"query": r.FormValue("q")})
}

// RenderNote wraps stored note markup for the page.
func RenderNote(body string) htmltemplate.HTML {
	// policy: origin-not-traced
	// expect: xss
	return htmltemplate.HTML(body)
}
