package handlers

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

const uploadDir = "./uploads"

func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	// expect: path-traversal
	data, err := os.ReadFile(filepath.Join(uploadDir, name))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Write(data)
}

func serveReport(w http.ResponseWriter, r *http.Request) {
	// expect: path-traversal
	http.ServeFile(w, r, "reports/"+r.FormValue("report"))
}

func saveUpload(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "bad upload", http.StatusBadRequest)
		return
	}
	defer file.Close()
	dst := filepath.Join(uploadDir, header.Filename)
	// expect: path-traversal
	out, err := os.Create(dst)
	if err != nil {
		return
	}
	defer out.Close()
	io.Copy(out, file)
}

func ginDownload(c *gin.Context) {
	// expect: path-traversal
	c.File(filepath.Join("/srv/files", c.Param("name")))
}

func ginDelete(c *gin.Context) {
	target := "/var/data/" + c.Query("path")
	// expect: path-traversal
	os.Remove(target)
}

func downloadSafe(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	// safe: path-traversal
	data, err := os.ReadFile(filepath.Join(uploadDir, name))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Write(data)
}

func serveChecked(w http.ResponseWriter, r *http.Request) {
	full := filepath.Join("/srv/reports", r.FormValue("report"))
	rel, err := filepath.Rel("/srv/reports", full)
	if err != nil || strings.HasPrefix(rel, "..") {
		http.Error(w, "invalid path", http.StatusBadRequest)
		return
	}
	// safe: path-traversal
	http.ServeFile(w, r, full)
}

func serveStatic(w http.ResponseWriter, r *http.Request) {
	// safe: path-traversal
	http.ServeFile(w, r, "static/index.html")
	// safe: path-traversal
	f, _ := os.Open(filepath.Join("config", "app.yaml"))
	defer f.Close()
}

func saveUploadSafe(c *gin.Context) {
	header, err := c.FormFile("file")
	if err != nil {
		return
	}
	// safe: path-traversal
	c.SaveUploadedFile(header, filepath.Join(uploadDir, filepath.Base(header.Filename)))
}

func serveRooted(w http.ResponseWriter, r *http.Request) {
	// safe: path-traversal
	http.ServeFile(w, r, filepath.Join("/srv/public", filepath.Clean("/"+r.URL.Query().Get("f"))))
}
