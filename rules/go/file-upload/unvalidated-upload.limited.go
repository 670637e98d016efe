package handlers

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

const maxUploadSize = 10 << 20

var allowedExtensions = map[string]bool{".png": true, ".jpg": true, ".jpeg": true, ".pdf": true}

func uploadHandler(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxUploadSize)
	// safe: file-upload
	file, header, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "invalid upload", http.StatusBadRequest)
		return
	}
	defer file.Close()
	ext := strings.ToLower(filepath.Ext(header.Filename))
	if !allowedExtensions[ext] {
		http.Error(w, "file type not allowed", http.StatusBadRequest)
		return
	}
	// safe: file-upload
	dst, err := os.Create(filepath.Join("uploads", uuid.NewString()+ext))
	if err != nil {
		return
	}
	defer dst.Close()
	io.Copy(dst, file)
}

func ginUpload(c *gin.Context) {
	// safe: file-upload
	header, err := c.FormFile("avatar")
	if err != nil {
		return
	}
	buf := make([]byte, 512)
	f, _ := header.Open()
	f.Read(buf)
	if ct := http.DetectContentType(buf); ct != "image/png" && ct != "image/jpeg" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "only PNG or JPEG"})
		return
	}
	// safe: file-upload
	c.SaveUploadedFile(header, "./public/avatars/"+uuid.NewString())
}

func newRouter() *gin.Engine {
	r := gin.Default()
	r.MaxMultipartMemory = 8 << 20
	r.POST("/avatar", ginUpload)
	return r
}
