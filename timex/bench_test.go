package timex_test

import (
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/timex"
)

// sharedDir returns ../shared next to the module root, or skips the test
// (fails it when CI is set) if it is missing.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("shared data missing: %v", err)
		}
		tb.Skipf("shared data missing (%v); skipping", err)
	}
	return shared
}

// reutersBodies returns the article bodies of one Reuters-21578 file (read
// as Latin-1, as the corpus README says), separated by blank lines.
func reutersBodies(tb testing.TB, name string) string {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(sharedDir(tb), "data", "reuters21578", name))
	if err != nil {
		tb.Fatal(err)
	}
	// Latin-1 to UTF-8.
	var sb strings.Builder
	for _, c := range raw {
		sb.WriteRune(rune(c))
	}
	s := sb.String()
	var out strings.Builder
	for {
		i := strings.Index(s, "<BODY>")
		if i < 0 {
			break
		}
		s = s[i+len("<BODY>"):]
		j := strings.Index(s, "</BODY>")
		if j < 0 {
			break
		}
		body := html.UnescapeString(strings.TrimSuffix(strings.TrimSpace(s[:j]), "Reuter\n&#3;"))
		out.WriteString(body)
		out.WriteString("\n\n")
		s = s[j:]
	}
	return out.String()
}

// BenchmarkTag measures throughput on real newswire: the bodies of the
// first Reuters-21578 file (about 1,000 articles, 0.6 MB), tagged one
// article at a time as the pipeline does. Besides MB/s (wall time), it
// reports MB/cpu-s, the throughput per core of CPU time, which a loaded
// machine does not distort (run it with -cpu 1).
func BenchmarkTag(b *testing.B) {
	articles := strings.Split(reutersBodies(b, "reut2-000.sgm"), "\n\n")
	size := 0
	for _, a := range articles {
		size += len(a)
	}
	t := timex.New()
	dct := time.Date(1987, 3, 1, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, a := range articles {
			t.Tag(a, dct)
		}
	}
	if cpu := cpuTime() - c0; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "MB/cpu-s")
	}
}
