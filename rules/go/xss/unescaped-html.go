package handlers

import (
	"fmt"
	"html"
	"html/template"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

var page = template.Must(template.New("p").Parse(`<div>{{.Bio}}</div>`))

func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "text/html")
	// expect: xss
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
	// expect: xss
	w.Write([]byte("<p>You searched for: " + r.FormValue("q") + "</p>"))
}

func profile(w http.ResponseWriter, r *http.Request) {
	// expect: xss
	page.Execute(w, map[string]interface{}{"Bio": template.HTML(r.FormValue("bio"))})
}

func ginComment(c *gin.Context) {
	comment := c.PostForm("comment")
	// expect: xss
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<div class=\"comment\">"+comment+"</div>"))
}

func ginRaw(c *gin.Context) {
	// expect: xss
	c.Writer.WriteString("<p>Welcome " + c.Query("user") + "</p>")
}

func echoSearch(c echo.Context) error {
	q := c.QueryParam("q")
	// expect: xss
	return c.HTML(http.StatusOK, "<p>Results for "+q+"</p>")
}

func plainHello(w http.ResponseWriter, r *http.Request) {
	// expect: xss
	fmt.Fprintf(w, "Hello, %s!", r.URL.Query().Get("name"))
}

func helloSafe(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// safe: xss
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", html.EscapeString(name))
	// safe: xss
	page.Execute(w, map[string]interface{}{"Bio": name})
	// safe: xss
	w.Write([]byte("<p>Saved</p>"))
	n, _ := strconv.Atoi(r.FormValue("n"))
	// safe: xss
	fmt.Fprintf(w, "<p>%d items</p>", n)
	// safe: xss
	fmt.Fprintf(w, "static %s", template.HTML("<b>ok</b>"))
}

func apiEcho(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	// safe: xss
	fmt.Fprintf(w, `{"echo": %q}`, r.FormValue("msg"))
}

// A value of unknown origin marked as trusted markup: html/template will not escape it.
func renderBio(w http.ResponseWriter, bio string, site string) {
	// expect: xss
	data := map[string]interface{}{"Bio": template.HTML(bio)}
	// expect: xss
	data["Link"] = template.URL(site)
	// safe: xss
	data["Banner"] = template.HTML("<b>Welcome</b>")
	page.Execute(w, data)
}

func ginSafe(c *gin.Context) {
	// safe: xss
	c.HTML(http.StatusOK, "comment.tmpl", gin.H{"comment": c.PostForm("comment")})
	// safe: xss
	c.String(http.StatusOK, "hello %s", c.Query("name"))
}
