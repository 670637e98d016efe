package archive

import (
	"archive/tar"
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func unzip(src, dest string) error {
	zr, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer zr.Close()
	for _, f := range zr.File {
		target := filepath.Join(dest, f.Name)
		if f.FileInfo().IsDir() {
			// expect: path-traversal
			os.MkdirAll(target, 0o755)
			continue
		}
		// expect: path-traversal
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, f.Mode())
		if err != nil {
			return err
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		io.Copy(out, rc)
		rc.Close()
		out.Close()
	}
	return nil
}

func untar(r io.Reader, dest string) error {
	tr := tar.NewReader(r)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		path := dest + "/" + hdr.Name
		// expect: path-traversal
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		io.Copy(f, tr)
		f.Close()
	}
}

func unzipChecked(src, dest string) error {
	zr, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if !filepath.IsLocal(f.Name) {
			return fmt.Errorf("illegal path %q", f.Name)
		}
		// safe: path-traversal
		out, err := os.Create(filepath.Join(dest, f.Name))
		if err != nil {
			return err
		}
		out.Close()
	}
	return nil
}

func untarChecked(r io.Reader, dest string) error {
	tr := tar.NewReader(r)
	for {
		hdr, err := tr.Next()
		if err != nil {
			return err
		}
		target := filepath.Join(dest, hdr.Name)
		if !strings.HasPrefix(target, filepath.Clean(dest)+string(os.PathSeparator)) {
			return fmt.Errorf("illegal path %q", hdr.Name)
		}
		// safe: path-traversal
		f, err := os.Create(target)
		if err != nil {
			return err
		}
		f.Close()
	}
}

func unzipFlat(src, dest string) error {
	zr, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer zr.Close()
	for _, f := range zr.File {
		// safe: path-traversal
		out, err := os.Create(filepath.Join(dest, filepath.Base(f.Name)))
		if err != nil {
			return err
		}
		out.Close()
	}
	return nil
}
