// point 9: in v, err := f(tainted) the value keeps f's flow, the error does not taint unrelated uses; normal responses are not info leaks
package catalog

import (
	"database/sql"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"

	"github.com/gin-gonic/gin"
)

type Catalog struct {
	DB *sql.DB
}

func (h *Catalog) Item(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "id must be a number"})
		return
	}
	var name string
	// safe: sqli
	err = h.DB.QueryRow("SELECT name FROM items WHERE id = "+strconv.FormatInt(id, 10)).Scan(&name)
	if err != nil {
		// expect: info-leak
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	// safe: info-leak
	c.JSON(http.StatusOK, gin.H{"id": id, "name": name})
}

func (h *Catalog) Next(c *gin.Context) {
	u, err := url.Parse(c.Query("next"))
	if err != nil {
		c.String(http.StatusBadRequest, "bad next")
		return
	}
	// expect: open-redirect
	c.Redirect(http.StatusFound, u.String())
}

func (h *Catalog) Asset(c *gin.Context) {
	p, err := filepath.Abs(c.Query("p"))
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	// expect: path-traversal
	f, err := os.Open(p)
	if err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	defer f.Close()
	io.Copy(c.Writer, f)
}

func (h *Catalog) Config(c *gin.Context) {
	data, err := os.ReadFile("/etc/catalog/public.json")
	if err != nil {
		log.Printf("config for %s: %v", c.ClientIP(), err)
		c.Status(http.StatusServiceUnavailable)
		return
	}
	// safe: info-leak
	c.Data(http.StatusOK, "application/json", data)
}

func (h *Catalog) Status(c *gin.Context) {
	client := url.QueryEscape(c.Query("client"))
	// safe: ssrf
	resp, err := http.Get("https://status.internal.example.com/v1/check?client=" + client)
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	// safe: info-leak
	c.Data(http.StatusOK, "application/json", body)
}
