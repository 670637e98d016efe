// class: path-traversal — zip slip and tar slip: archive entry names joined to a destination, with and without a containment check
package imports

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

func ExtractZip(archive, dest string) error {
	zr, err := zip.OpenReader(archive)
	if err != nil {
		return err
	}
	defer zr.Close()
	for _, f := range zr.File {
		target := filepath.Join(dest, f.Name)
		if f.FileInfo().IsDir() {
			os.MkdirAll(target, 0o755)
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		// expect: path-traversal
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, f.Mode())
		if err != nil {
			rc.Close()
			return err
		}
		io.Copy(out, rc)
		out.Close()
		rc.Close()
	}
	return nil
}

func ExtractZipSafe(archive, dest string) error {
	zr, err := zip.OpenReader(archive)
	if err != nil {
		return err
	}
	defer zr.Close()
	root := filepath.Clean(dest) + string(os.PathSeparator)
	for _, f := range zr.File {
		target := filepath.Join(dest, f.Name)
		if !strings.HasPrefix(target, root) {
			return errors.New("entry escapes destination: " + f.Name)
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		// safe: path-traversal
		out, err := os.Create(target)
		if err != nil {
			rc.Close()
			return err
		}
		io.Copy(out, rc)
		out.Close()
		rc.Close()
	}
	return nil
}

func ImportTarball(w http.ResponseWriter, r *http.Request) {
	gz, err := gzip.NewReader(r.Body)
	if err != nil {
		http.Error(w, "not gzip", http.StatusBadRequest)
		return
	}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if err != nil {
			break
		}
		// expect: path-traversal
		out, err := os.Create(filepath.Join("/srv/imports", hdr.Name))
		if err != nil {
			continue
		}
		io.Copy(out, tr)
		out.Close()
	}
}

func ImportTarballLocal(w http.ResponseWriter, r *http.Request) {
	tr := tar.NewReader(r.Body)
	for {
		hdr, err := tr.Next()
		if err != nil {
			break
		}
		if !filepath.IsLocal(hdr.Name) {
			http.Error(w, "bad entry", http.StatusBadRequest)
			return
		}
		// safe: path-traversal
		out, err := os.Create(filepath.Join("/srv/imports", hdr.Name))
		if err != nil {
			continue
		}
		io.Copy(out, tr)
		out.Close()
	}
}
