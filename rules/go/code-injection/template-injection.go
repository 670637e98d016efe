package handlers

import (
	"html/template"
	"net/http"
	"net/url"
	texttemplate "text/template"

	"github.com/dop251/goja"
	"github.com/gin-gonic/gin"
)

var greeting = template.Must(template.New("greet").Parse(`<p>Hello, {{.Name}}</p>`))

func preview(w http.ResponseWriter, r *http.Request) {
	body := r.FormValue("template")
	// expect: code-injection
	tmpl, err := texttemplate.New("preview").Parse(body)
	if err != nil {
		http.Error(w, "bad template", http.StatusBadRequest)
		return
	}
	tmpl.Execute(w, nil)
}

func greetCustom(w http.ResponseWriter, r *http.Request) {
	page := "<h1>Hello " + r.URL.Query().Get("name") + "</h1>"
	// expect: code-injection
	t := template.Must(template.New("page").Parse(page))
	t.Execute(w, nil)
}

func ginRender(c *gin.Context) {
	var req struct{ Layout string }
	c.ShouldBindJSON(&req)
	// expect: code-injection
	tpl, _ := template.New("layout").Parse(req.Layout)
	tpl.Execute(c.Writer, nil)
}

func evalRule(w http.ResponseWriter, r *http.Request) {
	vm := goja.New()
	// expect: code-injection
	v, _ := vm.RunString(r.FormValue("rule"))
	w.Write([]byte(v.String()))
}

func greetSafe(w http.ResponseWriter, r *http.Request) {
	// safe: code-injection
	t, _ := template.New("x").Parse(`<p>{{.}}</p>`)
	t.Execute(w, r.URL.Query().Get("name"))
	// safe: code-injection
	greeting.Execute(w, struct{ Name string }{r.FormValue("name")})
	// safe: code-injection
	u, _ := url.Parse(r.FormValue("next"))
	_ = u
	// safe: code-injection
	v, _ := goja.New().RunString("1 + 1")
	_ = v
}
