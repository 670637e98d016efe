// class: ssrf — http.Get/Post/NewRequest(WithContext)/client.Do and net.Dial with a request-chosen host; a fixed scheme+host with a user path is safe
package proxy

import (
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

var client = &http.Client{Timeout: 10 * time.Second}

func Preview(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// expect: ssrf
	resp, err := http.Get(target)
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, io.LimitReader(resp.Body, 1<<20))
}

func Avatar(w http.ResponseWriter, r *http.Request) {
	user := url.PathEscape(r.URL.Query().Get("user"))
	// safe: ssrf
	resp, err := http.Get("https://avatars.partner.example.com/v1/users/" + user + "/avatar.png")
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func Webhook(c *gin.Context) {
	callback := c.GetHeader("X-Callback-URL")
	req, _ := http.NewRequestWithContext(c.Request.Context(), http.MethodPost, callback, strings.NewReader(`{"ok":true}`))
	// expect: ssrf
	resp, err := client.Do(req)
	if err == nil {
		resp.Body.Close()
	}
}

func Forward(c echo.Context) error {
	host := c.QueryParam("host")
	// expect: ssrf
	resp, err := http.Post("http://"+host+"/ingest", "application/json", c.Request().Body)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Probe(c *fiber.Ctx) error {
	addr := c.Query("addr")
	// expect: ssrf
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return c.SendStatus(fiber.StatusBadGateway)
	}
	return conn.Close()
}

func Docs(c *fiber.Ctx) error {
	page := c.Params("page")
	// safe: ssrf
	req, _ := http.NewRequest(http.MethodGet, "https://docs.internal.acme.io/pages/"+url.PathEscape(page), nil)
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return c.Send(body)
}

var allowedHosts = map[string]bool{"api.github.com": true, "gitlab.com": true}

func Mirror(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.FormValue("src"))
	if err != nil || u.Scheme != "https" || !allowedHosts[u.Hostname()] {
		http.Error(w, "host not allowed", http.StatusBadRequest)
		return
	}
	// safe: ssrf
	resp, err := client.Get(u.String())
	if err == nil {
		resp.Body.Close()
	}
}

func Fetch(rawURL string) (*http.Response, error) {
	// policy: origin-not-traced
	// expect: ssrf
	return client.Get(rawURL)
}
