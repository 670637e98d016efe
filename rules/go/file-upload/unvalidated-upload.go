package handlers

import (
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

func uploadHandler(w http.ResponseWriter, r *http.Request) {
	// expect: file-upload
	file, header, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "invalid upload", http.StatusBadRequest)
		return
	}
	defer file.Close()
	// expect: file-upload
	dst, err := os.Create(filepath.Join("uploads", filepath.Base(header.Filename)))
	if err != nil {
		http.Error(w, "could not save file", http.StatusInternalServerError)
		return
	}
	defer dst.Close()
	io.Copy(dst, file)
	fmt.Fprintln(w, "uploaded")
}

func ginUpload(c *gin.Context) {
	// expect: file-upload
	header, err := c.FormFile("avatar")
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "missing file"})
		return
	}
	// expect: file-upload
	c.SaveUploadedFile(header, "./public/avatars/"+filepath.Base(header.Filename))
	c.JSON(http.StatusOK, gin.H{"status": "ok"})
}

func importCSV(w http.ResponseWriter, r *http.Request) {
	// safe: path-traversal
	f, _ := os.Create("/tmp/import.csv")
	defer f.Close()
	// expect: file-upload
	src, _, err := r.FormFile("csv")
	if err != nil {
		return
	}
	io.Copy(f, src)
}

func createReport(w http.ResponseWriter, r *http.Request) {
	name := uuid.NewString() + ".pdf"
	// safe: file-upload
	out, err := os.Create(filepath.Join("reports", name))
	if err != nil {
		return
	}
	out.Close()
}

func readConfig() {
	// safe: file-upload
	os.WriteFile("config.json", []byte("{}"), 0o600)
	// safe: file-upload
	os.Create("/var/log/app.log")
}

// A helper that hands the upload back leaves the checks to its caller, which stores it.
func avatarFile(r *http.Request) (*multipart.FileHeader, error) {
	// safe: file-upload
	_, header, err := r.FormFile("avatar")
	return header, err
}

func saveAvatar(c *gin.Context) {
	header, err := avatarFile(c.Request)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "missing file"})
		return
	}
	// expect: file-upload
	c.SaveUploadedFile(header, "./public/avatars/"+uuid.NewString())
}
