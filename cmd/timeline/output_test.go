package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	errWrite := errors.New("write failed")
	tests := []struct {
		name    string
		path    string
		write   func(io.Writer) error
		wantErr error
		want    string
	}{
		{"writes the file", filepath.Join(dir, "a.jsonl"), func(w io.Writer) error { _, err := io.WriteString(w, "{}\n"); return err }, nil, "{}\n"},
		{"the writer's error is returned", filepath.Join(dir, "b.jsonl"), func(io.Writer) error { return errWrite }, errWrite, ""},
		{"a missing folder is an error", filepath.Join(dir, "no", "c.jsonl"), func(io.Writer) error { return nil }, os.ErrNotExist, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := writeFile(tt.path, tt.write)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if tt.wantErr != nil {
				return
			}
			got, err := os.ReadFile(tt.path)
			if err != nil || string(got) != tt.want {
				t.Errorf("file holds %q (%v), want %q", got, err, tt.want)
			}
		})
	}
}
