package gzfile

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	data := bytes.Repeat([]byte("ann\tF\nbob\tM\n"), 100)
	a, b := filepath.Join(dir, "a.gz"), filepath.Join(dir, "b.gz")
	for _, p := range []string{a, b} {
		if err := Write(p, data); err != nil {
			t.Fatal(err)
		}
	}
	ga, _ := os.ReadFile(a)
	gb, _ := os.ReadFile(b)
	if !bytes.Equal(ga, gb) {
		t.Error("the same data gave different bytes")
	}
	zr, err := gzip.NewReader(bytes.NewReader(ga))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(got, data) {
		t.Errorf("read back %d bytes, %v; want the %d written", len(got), err, len(data))
	}
	if zr.Header.Name != "" || !zr.Header.ModTime.IsZero() {
		t.Errorf("header has name %q, time %v; want none", zr.Header.Name, zr.Header.ModTime)
	}
	if err := Write(filepath.Join(dir, "no", "such", "dir.gz"), data); err == nil {
		t.Error("Write into a missing folder: no error")
	}
}
