// Package gzfile writes the gzip-compressed tables that the project's
// generators build (the gazetteer's places, the given names, the
// embedding clusters), the same way for all: the same data gives the same
// bytes.
package gzfile

import (
	"compress/gzip"
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
