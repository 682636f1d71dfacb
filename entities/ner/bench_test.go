package ner_test

import (
	"path/filepath"
	"testing"

	"github.com/timelinehq/timeline/entities/ner"
	"github.com/timelinehq/timeline/entities/ner/conll"
)

// BenchmarkTag tags the CoNLL-2003 dev set sentence by sentence and reports
// tokens per second on one core; loading the model is excluded.
func BenchmarkTag(b *testing.B) {
	sents := devSentences(b)
	m, err := ner.Load()
	if err != nil {
		b.Fatal(err)
	}
	ntok := 0
	for _, s := range sents {
		ntok += len(s)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			m.Tag(s)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagDocument is BenchmarkTag with document-level consistency.
func BenchmarkTagDocument(b *testing.B) {
	docs := devDocuments(b)
	m, err := ner.Load()
	if err != nil {
		b.Fatal(err)
	}
	ntok := 0
	for _, d := range docs {
		for _, s := range d {
			ntok += len(s)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			m.TagDocument(d)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagDocumentCold is BenchmarkTagDocument with the processor's
// caches flushed before each document, as the other stages of the pipeline
// flush them between two articles: it measures the tagger's cache misses,
// which the warm benchmarks hide (the weights of the whole dev set fit in
// the cache of a server processor).
func BenchmarkTagDocumentCold(b *testing.B) {
	docs := devDocuments(b)
	m, err := ner.Load()
	if err != nil {
		b.Fatal(err)
	}
	ntok := 0
	for _, d := range docs {
		for _, s := range d {
			ntok += len(s)
		}
	}
	flush := make([]uint64, 8<<20) // 64 MB, more than the last-level cache
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			b.StopTimer()
			for j := 0; j < len(flush); j += 8 {
				flush[j]++
			}
			b.StartTimer()
			m.TagDocument(d)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad measures decoding the embedded model.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := ner.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func devDocuments(tb testing.TB) [][][]string {
	docs, err := conll.ReadFile(filepath.Join(sharedDir(tb), "data", "conll2003", "eng.testa"))
	if err != nil {
		tb.Fatal(err)
	}
	var out [][][]string
	for _, d := range docs {
		var ss [][]string
		for _, s := range d.Sentences {
			ss = append(ss, s.Tokens)
		}
		out = append(out, ss)
	}
	return out
}

func devSentences(tb testing.TB) [][]string {
	var out [][]string
	for _, d := range devDocuments(tb) {
		out = append(out, d...)
	}
	return out
}
