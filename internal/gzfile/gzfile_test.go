package gzfile

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
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

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	var raw bytes.Buffer
	zw := gzip.NewWriter(&raw)
	tw := tar.NewWriter(zw)
	for _, f := range []struct{ name, body string }{{"package/a.txt", "one"}, {"package/b.txt", "two"}, {"package/c.txt", "three"}} {
		if err := tw.WriteHeader(&tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(f.body))
	}
	tw.Close()
	zw.Close()
	tgz := filepath.Join(dir, "p.tgz")
	if err := os.WriteFile(tgz, raw.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := Walk(tgz, func(name string, r io.Reader) (bool, error) {
		b, err := io.ReadAll(r)
		got = append(got, name+"="+string(b))
		return name == "package/b.txt", err
	})
	if err != nil || len(got) != 2 || got[0] != "package/a.txt=one" || got[1] != "package/b.txt=two" {
		t.Errorf("Walk read %q, %v; want a and b, stopping at b", got, err)
	}
	if err := Walk(filepath.Join(dir, "missing.tgz"), nil); err == nil {
		t.Error("Walk of a missing file: no error")
	}
	bad := filepath.Join(dir, "bad.tgz")
	os.WriteFile(bad, []byte("not gzip"), 0o644)
	if err := Walk(bad, nil); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("Walk of a file that is no gzip: %v, want an error naming it", err)
	}
}
