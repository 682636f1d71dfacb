package gazetteer

import (
	"bytes"
	"compress/gzip"
	"testing"
)

// BenchmarkParseEmbedded measures loading the embedded table, as Default
// does once per run before the first article's places are looked up.
func BenchmarkParseEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		zr, err := gzip.NewReader(bytes.NewReader(placesGz))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := parse(zr, defaultPlaces); err != nil {
			b.Fatal(err)
		}
	}
}
