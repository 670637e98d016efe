// AI-assistant style: "build an upload endpoint with a download route and a file listing".
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gorilla/mux"
)

const uploadDir = "./uploads"

type FileInfo struct {
	Name     string    `json:"name"`
	Size     int64     `json:"size"`
	Uploaded time.Time `json:"uploaded"`
}

func uploadHandler(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	// expect: file-upload
	file, header, err := r.FormFile("file")
	if err != nil {
		// expect: info-leak
		http.Error(w, "Error retrieving file: "+err.Error(), http.StatusBadRequest)
		return
	}
	defer file.Close()

	if err := os.MkdirAll(uploadDir, 0755); err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}

	dstPath := filepath.Join(uploadDir, header.Filename)
	// expect: path-traversal, file-upload
	dst, err := os.Create(dstPath)
	if err != nil {
		http.Error(w, "could not save file", http.StatusInternalServerError)
		return
	}
	defer dst.Close()

	if _, err := io.Copy(dst, file); err != nil {
		// expect: info-leak
		fmt.Fprintf(w, "failed to write file: %v", err)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]string{"status": "uploaded", "name": header.Filename})
}

func downloadHandler(w http.ResponseWriter, r *http.Request) {
	name := mux.Vars(r)["name"]
	path := filepath.Join(uploadDir, name)
	if _, err := os.Stat(path); os.IsNotExist(err) {
		http.Error(w, "file not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Disposition", "attachment; filename="+name)
	// expect: path-traversal
	http.ServeFile(w, r, path)
}

func safeDownloadHandler(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(mux.Vars(r)["name"])
	if strings.HasPrefix(name, ".") {
		http.Error(w, "invalid name", http.StatusBadRequest)
		return
	}
	// safe: path-traversal
	http.ServeFile(w, r, filepath.Join(uploadDir, name))
}

func listHandler(w http.ResponseWriter, r *http.Request) {
	// safe: path-traversal
	entries, err := os.ReadDir(uploadDir)
	if err != nil {
		log.Printf("list uploads: %v", err)
		// safe: info-leak
		http.Error(w, "could not list files", http.StatusInternalServerError)
		return
	}
	files := []FileInfo{}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			continue
		}
		files = append(files, FileInfo{Name: e.Name(), Size: info.Size(), Uploaded: info.ModTime()})
	}
	w.Header().Set("Content-Type", "application/json")
	// safe: info-leak, xss
	json.NewEncoder(w).Encode(files)
}

func deleteHandler(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// expect: path-traversal
	if err := os.Remove(filepath.Join(uploadDir, name)); err != nil {
		// expect: info-leak
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/upload", uploadHandler).Methods("POST")
	r.HandleFunc("/files", listHandler).Methods("GET")
	r.HandleFunc("/files/{name}", downloadHandler).Methods("GET")
	r.HandleFunc("/safe/{name}", safeDownloadHandler).Methods("GET")
	r.HandleFunc("/files", deleteHandler).Methods("DELETE")
	log.Println("listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", r))
}
