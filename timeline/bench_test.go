package timeline_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/timeline"
)

// BenchmarkMergeLongArticle merges one article that reports the same kind
// of happening 20,000 times, half of them naming nobody: an article's own
// references are resolved among a bounded number of neighbours, so the
// time per report does not grow with the article's length.
func BenchmarkMergeLongArticle(b *testing.B) {
	for _, n := range []int{5000, 20000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			day := timeline.DCTDate(time.Date(2013, 4, 13, 0, 0, 0, 0, time.UTC), corpus.PrecisionDay)
			cands := make([]timeline.Candidate, n)
			for i := range cands {
				cands[i] = timeline.Candidate{Sentence: i, Class: "fire", Trigger: "fire", Place: -1, DocDate: day}
				if i%2 == 0 {
					cands[i].Participants = []int{0}
				}
				if i%3 == 0 {
					cands[i].Date = day
				}
			}
			handles := []entities.Handle{0}
			b.ReportAllocs()
			for b.Loop() {
				m := &timeline.Merger{}
				m.Add("a", cands, handles)
				m.Finish(func(entities.Handle) entities.ID { return "location/moscow" }, func(entities.ID) string { return "Moscow" })
			}
		})
	}
}
