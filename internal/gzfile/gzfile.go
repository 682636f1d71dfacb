// Package gzfile writes the gzip-compressed tables that the project's
// generators build (the gazetteer's places, the given names, the
// embedding clusters), the same way for all: the same data gives the same
// bytes; and reads the npm tarballs (.tgz) they are built from.
package gzfile

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
)

// Write writes data to the file at path, gzip-compressed at the best
// compression, with no name or time in the gzip header.
func Write(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return err
	}
	if _, err := zw.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Walk calls fn with the name and contents of each file of the gzipped
// tar archive at path (an npm package's .tgz), in order, until fn reports
// that it is done or fails. Errors name path.
func Walk(path string, fn func(name string, r io.Reader) (done bool, err error)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		done, err := fn(h.Name, tr)
		if err != nil || done {
			return err
		}
	}
}
