package boilerplate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/timelinehq/timeline/bench/reuters"
	"github.com/timelinehq/timeline/internal/testenv"
)

// reutersTexts reads the stories of one Reuters-21578 file.
func reutersTexts(b *testing.B) []string {
	b.Helper()
	dir := testenv.Shared(b, "data/reuters21578")
	data, err := os.ReadFile(filepath.Join(dir, "reut2-000.sgm"))
	if err != nil {
		b.Fatal(err)
	}
	arts, err := reuters.Parse(data)
	if err != nil {
		b.Fatal(err)
	}
	texts := make([]string, len(arts))
	for i, a := range arts {
		texts[i] = a.Title + "\n\n" + a.Text
	}
	return texts
}

// BenchmarkClean cleans the stories of reut2-000.sgm (wire copy: hard-
// wrapped lines, tables of figures).
func BenchmarkClean(b *testing.B) {
	texts := reutersTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Clean(t)
		}
	}
}
