package timex_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/timelinehq/timeline/bench/reuters"
	"github.com/timelinehq/timeline/internal/testenv"
	"github.com/timelinehq/timeline/timex"
)

// sharedDir returns ../shared beside the module root, or skips the test
// (fails it when CI is set) if it is missing.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	return testenv.Shared(tb, "")
}

// reutersTexts returns the article bodies of one Reuters-21578 file, as
// package bench/reuters reads them.
func reutersTexts(tb testing.TB, name string) []string {
	tb.Helper()
	data, err := os.ReadFile(testenv.Shared(tb, filepath.Join("data", "reuters21578", name)))
	if err != nil {
		tb.Fatal(err)
	}
	arts, err := reuters.Parse(data)
	if err != nil {
		tb.Fatal(err)
	}
	texts := make([]string, len(arts))
	for i, a := range arts {
		texts[i] = a.Text
	}
	return texts
}

// BenchmarkTag measures throughput on real newswire: the bodies of the
// first Reuters-21578 file (925 articles, 0.78 MB), tagged one
// article at a time as the pipeline does. Besides MB/s (wall time), it
// reports MB/cpu-s, the throughput per core of CPU time, which a loaded
// machine does not distort (run it with -cpu 1).
func BenchmarkTag(b *testing.B) {
	articles := reutersTexts(b, "reut2-000.sgm")
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
