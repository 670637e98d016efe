package handlers

import (
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

var client = &http.Client{}

var allowedHosts = map[string]bool{"api.github.com": true, "example.com": true}

func fetchPreview(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// expect: ssrf
	resp, err := http.Get(target)
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func proxy(c *gin.Context) {
	var req struct {
		Webhook string `json:"webhook"`
	}
	c.ShouldBindJSON(&req)
	// expect: ssrf
	httpReq, _ := http.NewRequest("POST", req.Webhook, nil)
	client.Do(httpReq)
}

func checkHealth(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	// expect: ssrf
	resp, _ := client.Get("http://" + host + "/health")
	defer resp.Body.Close()
	// expect: ssrf
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet, fmt.Sprintf("http://%s:8080/status", host), nil)
	client.Do(req)
}

func restyFetch(c *gin.Context) {
	// expect: ssrf
	resp, _ := restyClient.R().SetHeader("Accept", "application/json").Get(c.Query("endpoint"))
	c.Data(http.StatusOK, "application/json", resp.Body())
}

func fetchRepo(w http.ResponseWriter, r *http.Request) {
	repo := url.PathEscape(r.URL.Query().Get("repo"))
	// safe: ssrf
	resp, _ := http.Get("https://api.github.com/repos/" + repo)
	defer resp.Body.Close()
	// safe: ssrf
	http.Get("https://status.example.com/health")
}

func fetchAllowed(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("url"))
	if err != nil || u.Scheme != "https" || !allowedHosts[u.Hostname()] {
		http.Error(w, "URL not allowed", http.StatusBadRequest)
		return
	}
	// safe: ssrf
	resp, _ := client.Get(u.String())
	defer resp.Body.Close()
}

func cachedProfile(w http.ResponseWriter, r *http.Request) {
	// safe: ssrf
	v, _ := redisClient.Get(r.Context(), "profile:"+r.FormValue("id")).Result()
	w.Write([]byte(v))
}

func userProfile(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	// safe: ssrf
	resp, _ := http.Get(fmt.Sprintf("https://users.internal.example.com/v1/users/%s", id))
	defer resp.Body.Close()
}
