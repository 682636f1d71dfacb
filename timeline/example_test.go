package timeline_test

import (
	"fmt"
	"time"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/segment"
	"github.com/timelinehq/timeline/timeline"
	"github.com/timelinehq/timeline/timex"
)

// Two articles report one meeting: one of Thursday 13 April 2017 says
// "on Wednesday", one of unknown date names the same people. The merged
// event is dated by the first and lists both.
func ExampleMerger() {
	tagger := timex.New()
	res := entities.NewResolver()
	var m timeline.Merger
	for _, a := range []struct{ id, dct, text string }{
		{"reuters", "2017-04-13", "Vladimir Putin met Rex Tillerson in Moscow on Wednesday."},
		{"blog", "", "Putin's meeting with Tillerson has produced nothing."},
	} {
		sents := segment.Sentences(a.text)
		mentions := entities.Capitalized{}.Recognize(a.text, sents)
		locals, owner := entities.Group(mentions)
		var dct time.Time
		if a.dct != "" {
			dct, _ = time.Parse("2006-01-02", a.dct)
		}
		cands := timeline.Extract(timeline.Article{
			Text: a.text, Sentences: sents, Mentions: mentions, Owner: owner, Locals: locals,
			Timexes: tagger.Tag(a.text, dct), DCT: timeline.DCTDate(dct, corpus.PrecisionDay),
		})
		m.Add(a.id, cands, res.Add(a.id, locals))
	}
	ents, idOf := res.Finish()
	name := map[entities.ID]string{}
	for _, e := range ents {
		name[e.ID] = e.Name
	}
	for _, e := range m.Finish(idOf, func(id entities.ID) string { return name[id] }) {
		fmt.Println(e.Date.Value, e.Summary)
		for _, s := range e.Sources {
			fmt.Printf("  %s %q %q\n", s.Document, s.TimeText, s.Date.Value)
		}
	}
	// Output:
	// 2017-04-12 Vladimir Putin meets Rex Tillerson in Moscow
	//   reuters "Wednesday" "2017-04-12"
	//   blog "" ""
}
