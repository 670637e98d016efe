// point 7: flow through bound request structs, multiple return values of same-file helpers, slices, maps and closures
package jobs

import (
	"database/sql"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

type JobRequest struct {
	Name   string            `json:"name"`
	Dir    string            `json:"dir"`
	Labels map[string]string `json:"labels"`
}

type Jobs struct {
	DB      *sql.DB
	workDir string
}

func splitPath(raw string) (string, string) {
	return filepath.Dir(raw), filepath.Base(raw)
}

func fixedPaths() (string, string) {
	return "/srv/jobs", "defaults.yaml"
}

func (j *Jobs) Create(c *gin.Context) {
	var req JobRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	// expect: sqli
	j.DB.Exec("INSERT INTO jobs (name) VALUES ('" + req.Name + "')")
	// safe: sqli
	j.DB.Exec("INSERT INTO jobs (name) VALUES ($1)", req.Name)
	args := []string{"--dir"}
	args = append(args, req.Dir)
	// expect: cmdi
	exec.Command("sh", "-c", "run-job "+strings.Join(args, " ")).Run()
	// expect: cmdi
	exec.Command("sh", "-c", "tag-job "+req.Labels["team"]).Run()
	c.Status(http.StatusAccepted)
}

func (j *Jobs) Read(c *gin.Context) {
	dir, name := splitPath(c.Query("path"))
	// expect: path-traversal
	data, _ := os.ReadFile(filepath.Join(dir, name))
	base, file := fixedPaths()
	// safe: path-traversal
	defaults, _ := os.ReadFile(filepath.Join(base, file))
	c.Data(http.StatusOK, "text/plain", append(defaults, data...))
}

func (j *Jobs) Purge(c *gin.Context) {
	purge := func() error {
		// safe: cmdi
		return exec.Command("sh", "-c", "rm -rf /srv/jobs/tmp/*").Run()
	}
	target := c.Query("target")
	purgeTarget := func() error {
		// expect: cmdi
		return exec.Command("sh", "-c", "rm -rf /srv/jobs/"+target).Run()
	}
	purge()
	purgeTarget()
	c.Status(http.StatusNoContent)
}
