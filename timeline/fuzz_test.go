package timeline_test

import (
	"testing"
	"unicode/utf8"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/segment"
	"github.com/timelinehq/timeline/timeline"
	"github.com/timelinehq/timeline/timex"
)

// FuzzExtract checks that extraction never panics on any text and that
// every span it reports lies inside the text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Putin met Tillerson in Moscow on Wednesday.",
		"“We hope,” he said on Thursday. A chemical attack in Syria killed 80 people last week.",
		"Peskov hinted the June 7-8 summit (in Hamburg) would help; Lavrov and Trump met - yesterday - at the White House.",
		"fired fired launched 's 's ( ) ( Took took office",
		"",
	} {
		f.Add(s)
	}
	tagger := timex.New()
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		sents := segment.Sentences(text)
		ms := entities.Capitalized{}.Recognize(text, sents)
		locals, owner := entities.Group(ms)
		a := timeline.Article{Text: text, Sentences: sents, Mentions: ms, Owner: owner, Locals: locals, Timexes: tagger.Tag(text, day("2017-04-13"))}
		for _, c := range timeline.Extract(a) {
			if c.TriggerSpan.Start < 0 || c.TriggerSpan.End > len(text) || c.TriggerSpan.Start >= c.TriggerSpan.End {
				t.Fatalf("trigger span %v outside %q", c.TriggerSpan, text)
			}
			if c.TimeText != "" && text[c.TimeSpan.Start:c.TimeSpan.End] != c.TimeText {
				t.Fatalf("time span %v is not %q", c.TimeSpan, c.TimeText)
			}
			for _, p := range c.Participants {
				if p < 0 || p >= len(locals) {
					t.Fatalf("participant %d of %d", p, len(locals))
				}
			}
		}
	})
}
