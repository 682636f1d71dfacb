//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestOutputToNamedPipe writes build's and extract's output into a named
// pipe, as into /dev/null or /dev/stdout: the output must go through the
// pipe and the pipe must still be one afterwards, not a file renamed over
// it.
func TestOutputToNamedPipe(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("Putin met Tillerson in Moscow on Wednesday."), 0o644)
	for _, cmd := range []string{"build", "extract"} {
		t.Run(cmd, func(t *testing.T) {
			fifo := filepath.Join(dir, cmd+".fifo")
			if err := syscall.Mkfifo(fifo, 0o644); err != nil {
				t.Skipf("mkfifo: %v", err)
			}
			got := make(chan string, 1)
			go func() {
				f, err := os.Open(fifo)
				if err != nil {
					got <- err.Error()
					return
				}
				defer f.Close()
				b, _ := io.ReadAll(f)
				got <- string(b)
			}()
			if _, stderr, code := runCmd(t, "", cmd, "-quiet", "-o", fifo, in); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			info, err := os.Lstat(fifo)
			if err != nil || info.Mode()&os.ModeNamedPipe == 0 {
				t.Fatalf("%s is no longer a named pipe: %v", fifo, err)
			}
			select {
			case out := <-got:
				if !strings.Contains(out, `"schema"`) {
					t.Errorf("read from the pipe: %.200q", out)
				}
			case <-time.After(30 * time.Second):
				t.Fatal("nothing came through the pipe")
			}
		})
	}
}
