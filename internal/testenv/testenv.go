// Package testenv locates the shared data that tests read and decides
// what to do when it is missing: skip, saying so, on a developer's
// machine; fail in CI (when the CI environment variable is set).
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// ModuleRoot returns the folder that holds go.mod.
func ModuleRoot(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("testenv: cannot find the module root")
	}
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// Shared returns the path of rel inside ../shared (beside the module
// root). When it does not exist the test is skipped, or fails in CI.
func Shared(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(ModuleRoot(t), "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing: CI runs with ../shared beside the checkout (%v)", p, err)
		}
		t.Skipf("skipping: %s is missing (../shared is not beside the checkout)", p)
	}
	return p
}

// Command returns the path of an external program the test needs (such as
// Graphviz's dot). When it is not installed the test is skipped, or fails
// in CI, where .ci/run installs it.
func Command(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed; .ci/run installs it", name)
		}
		t.Skipf("skipping: %s is not installed", name)
	}
	return p
}
