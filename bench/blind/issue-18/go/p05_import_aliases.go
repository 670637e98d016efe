// point 5: import aliases resolve to the same symbols as the plain package names
package storage

import (
	crand "crypto/rand"
	md "crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	mrand "math/rand"
	"net/http"
	ex "os/exec"
	fs "os"
	fp "path/filepath"

	sqldb "database/sql"
)

type Store struct {
	DB *sqldb.DB
}

func (s *Store) Open(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// expect: path-traversal
	data, err := fs.ReadFile(fp.Join("/srv/uploads", name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func (s *Store) Compress(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	// expect: cmdi
	ex.Command("sh", "-c", "gzip /srv/uploads/"+name).Run()
	// safe: cmdi
	ex.Command("gzip", "--version").Run()
}

func (s *Store) Find(w http.ResponseWriter, r *http.Request) {
	tag := r.FormValue("tag")
	// expect: sqli
	rows, err := s.DB.Query(fmt.Sprintf("SELECT id FROM blobs WHERE tag = '%s'", tag))
	if err == nil {
		rows.Close()
	}
}

func HashPassword(password string) string {
	// expect: weak-crypto
	sum := md.Sum([]byte(password))
	// safe: weak-crypto
	etag := sha256.Sum256([]byte("static-asset-v2"))
	return hex.EncodeToString(sum[:]) + hex.EncodeToString(etag[:])
}

func NewDownloadToken() string {
	// expect: weak-random
	weak := mrand.Int63()
	strong := make([]byte, 16)
	// safe: weak-random
	crand.Read(strong)
	return fmt.Sprintf("%x%x", weak, strong)
}
