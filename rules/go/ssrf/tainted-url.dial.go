package proxy

import (
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
)

func probe(w http.ResponseWriter, r *http.Request) {
	addr := r.URL.Query().Get("addr")
	// expect: ssrf
	conn, err := tls.Dial("tcp", addr, &tls.Config{MinVersion: tls.VersionTLS12})
	if err == nil {
		conn.Close()
	}
	var d net.Dialer
	// expect: ssrf
	c, err := d.DialContext(r.Context(), "tcp", r.FormValue("host")+":80")
	if err == nil {
		c.Close()
	}
}

func forward(w http.ResponseWriter, r *http.Request) {
	target, err := url.Parse(r.Header.Get("X-Upstream"))
	if err != nil {
		return
	}
	// expect: ssrf
	httputil.NewSingleHostReverseProxy(target).ServeHTTP(w, r)
}

func rewrite(w http.ResponseWriter, r *http.Request) {
	out, _ := http.NewRequest(http.MethodGet, "http://internal.example/api", nil)
	// expect: ssrf
	out.URL.Host = r.FormValue("backend")
	http.DefaultClient.Do(out)
}

var backend, _ = url.Parse("http://billing.internal:8080")

func forwardFixed(w http.ResponseWriter, r *http.Request) {
	// safe: ssrf
	httputil.NewSingleHostReverseProxy(backend).ServeHTTP(w, r)
	// safe: ssrf
	conn, err := net.Dial("tcp", "cache.internal:6379")
	if err == nil {
		conn.Close()
	}
	out, _ := http.NewRequest(http.MethodGet, "http://internal.example/api", nil)
	// safe: ssrf
	out.URL.Path = "/v1/" + url.PathEscape(r.FormValue("item"))
	http.DefaultClient.Do(out)
}

// A URL handed in by a caller: reported as "origin not traced".
func fetchJSON(target string) (*http.Response, error) {
	// expect: ssrf
	return http.Get(target)
}

func healthCheck(r *http.Request, port int) (*http.Response, error) {
	// safe: ssrf
	return http.Get(fmt.Sprintf("http://localhost:%d/healthz?probe=%s", port, r.FormValue("probe")))
}
