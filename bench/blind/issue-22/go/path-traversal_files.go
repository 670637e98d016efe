// class: path-traversal — os.Open/ReadFile/WriteFile/Create/Remove and http.ServeFile with request data, filepath.Join, os.Root and containment checks as near-misses
package files

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/labstack/echo/v4"
)

const base = "/srv/documents"

func Download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// expect: path-traversal
	f, err := os.Open(filepath.Join(base, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

func DownloadBase(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("name"))
	// safe: path-traversal
	data, err := os.ReadFile(filepath.Join(base, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func DownloadContained(w http.ResponseWriter, r *http.Request) {
	full, err := filepath.Abs(filepath.Join(base, r.PathValue("path")))
	if err != nil || !strings.HasPrefix(full, base+string(os.PathSeparator)) {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	// safe: path-traversal
	http.ServeFile(w, r, full)
}

func Preview(w http.ResponseWriter, r *http.Request) {
	// expect: path-traversal
	http.ServeFile(w, r, filepath.Join(base, r.URL.Path))
}

func Upload(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(10 << 20); err != nil {
		http.Error(w, "too large", http.StatusRequestEntityTooLarge)
		return
	}
	file, header, err := r.FormFile("doc")
	if err != nil {
		return
	}
	defer file.Close()
	// expect: path-traversal
	dst, err := os.Create(filepath.Join(base, "incoming", header.Filename))
	if err != nil {
		return
	}
	defer dst.Close()
	io.Copy(dst, file)
}

func SaveNote(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		return
	}
	folder := r.MultipartForm.Value["folder"][0]
	// expect: path-traversal
	os.WriteFile(filepath.Join(base, folder, "note.txt"), []byte(r.PostFormValue("text")), 0o600)
}

func Delete(c echo.Context) error {
	// expect: path-traversal
	return os.RemoveAll(filepath.Join(base, c.Param("dir")))
}

func DeleteLocal(c echo.Context) error {
	name := c.Param("name")
	if !filepath.IsLocal(name) {
		return echo.ErrBadRequest
	}
	// safe: path-traversal
	return os.Remove(filepath.Join(base, name))
}

func ReadRooted(w http.ResponseWriter, r *http.Request) {
	root, err := os.OpenRoot(base)
	if err != nil {
		return
	}
	defer root.Close()
	// safe: path-traversal
	f, err := root.Open(r.URL.Query().Get("name"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}
