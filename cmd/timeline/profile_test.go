package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestProfiles checks that -cpuprofile and -memprofile write profiles
// (gzip-compressed protocol buffers, as go tool pprof reads them) for
// build, extract and merge, and that a profile that cannot be created
// fails the command before it runs.
func TestProfiles(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("Putin met Tillerson in Moscow on Wednesday."), 0o644); err != nil {
		t.Fatal(err)
	}
	extract := filepath.Join(dir, "a.extract")
	tests := []struct {
		name string
		args []string
	}{
		{"build", []string{"build", "-quiet", "-o", filepath.Join(dir, "build.json"), in}},
		{"extract", []string{"extract", "-quiet", "-o", extract, in}},
		{"merge", []string{"merge", "-quiet", "-o", filepath.Join(dir, "merge.json"), extract}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cpu := filepath.Join(dir, tt.name+".cpu")
			mem := filepath.Join(dir, tt.name+".mem")
			args := append([]string{tt.args[0], "-cpuprofile", cpu, "-memprofile", mem}, tt.args[1:]...)
			if _, stderr, code := runCmd(t, "", args...); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, prof := range []string{cpu, mem} {
				data, err := os.ReadFile(prof)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
					t.Errorf("%s is not a gzip-compressed profile: % x", prof, data[:min(len(data), 8)])
				}
			}
		})
	}
	for _, flag := range []string{"-cpuprofile", "-memprofile"} {
		t.Run("unwritable"+flag, func(t *testing.T) {
			out := filepath.Join(dir, "unwritable"+flag+".json")
			_, stderr, code := runCmd(t, "", "build", "-quiet", "-o", out, flag, filepath.Join(dir, "no", "such", "dir", "p"), in)
			if code != exitFailed || !bytes.Contains([]byte(stderr), []byte(flag)) {
				t.Errorf("exit %d, stderr %q; want 1 and the flag named", code, stderr)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%s was written: the command ran", out)
			}
		})
	}
}
