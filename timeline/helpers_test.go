package timeline_test

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/segment"
	"github.com/timelinehq/timeline/timeline"
	"github.com/timelinehq/timeline/timex"
)

// names are the names the test articles use, with their kinds: the tests
// place them by hand so that they do not depend on the name tagger.
var names = map[string]entities.Kind{
	"Vladimir Putin": entities.Person, "Putin": entities.Person, "Rex Tillerson": entities.Person, "Tillerson": entities.Person,
	"Dmitry Peskov": entities.Person, "Peskov": entities.Person, "Sergey Lavrov": entities.Person, "Lavrov": entities.Person,
	"Donald Trump": entities.Person, "Trump": entities.Person, "Moscow": entities.Location, "Syria": entities.Location,
	"Hamburg": entities.Location, "White House": entities.Organization, "Russia": entities.Location,
	"United States": entities.Location, "Japan": entities.Location, "Associated Press": entities.Organization,
	"Argentina": entities.Location, "Brazil": entities.Location, "Gulf": entities.Location,
	"Danube Commission": entities.Organization, "India": entities.Location, "Whittaker Corp": entities.Organization, "K Mart Corp": entities.Organization,
	"Esther Williams": entities.Person, "Jane Russell": entities.Person, "Beverly Hills": entities.Location,
	"Joseph Comeaux": entities.Person, "Baytown": entities.Location, "Soviet Union": entities.Location, "Geneva": entities.Location,
	"Zurana Horton": entities.Person, "Brownsville": entities.Location,
	"Kimani Gray": entities.Person, "Tishana King": entities.Person, "Brooklyn": entities.Location,
	"John Jenkin": entities.Person, "Newton Street": entities.Location, "Millom": entities.Organization,
	"Spectrum 2000 Inc": entities.Organization, "Den Danske Bank": entities.Organization, "A/S": entities.Organization,
	"Du Pont": entities.Organization,
}

// article prepares text as the pipeline would, with the names above and
// the real temporal tagger; dct is "" for an article of unknown date.
func article(t testing.TB, text, dct string) timeline.Article {
	t.Helper()
	sents := segment.Sentences(text)
	var ms []entities.Mention
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) })
	taken := make([]bool, len(text))
	for _, k := range keys {
		for from := 0; ; {
			i := strings.Index(text[from:], k)
			if i < 0 {
				break
			}
			i += from
			from = i + len(k)
			if taken[i] || i > 0 && isLetter(text[i-1]) || from < len(text) && isLetter(text[from]) {
				continue
			}
			for j := i; j < from; j++ {
				taken[j] = true
			}
			si := 0
			for s, sp := range sents {
				if i >= sp.Start && i < sp.End {
					si = s
				}
			}
			ms = append(ms, entities.Mention{Span: corpus.Span{Start: i, End: from}, Text: k, Kind: names[k], Sentence: si})
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Span.Start < ms[j].Span.Start })
	locals, owner := entities.Group(ms)
	var anchor time.Time
	var d timeline.Date
	if dct != "" {
		anchor, _ = time.Parse("2006-01-02", dct)
		d = timeline.DCTDate(anchor, corpus.PrecisionDay)
	}
	return timeline.Article{
		Text: text, Sentences: sents, Mentions: ms, Owner: owner, Locals: locals,
		Timexes: timex.New().Tag(text, anchor), DCT: d,
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// corpusRun extracts and merges articles given as id, date, text triples.
func corpusRun(t testing.TB, arts ...[3]string) []timeline.Event {
	t.Helper()
	return corpusRunWith(t, &timeline.Merger{}, arts...)
}

// corpusRunWith is corpusRun with the merger m.
func corpusRunWith(t testing.TB, m *timeline.Merger, arts ...[3]string) []timeline.Event {
	t.Helper()
	res := entities.NewResolver()
	for _, a := range arts {
		art := article(t, a[2], a[1])
		m.Add(a[0], timeline.Extract(art), res.Add(a[0], art.Locals))
	}
	ents, idOf := res.Finish()
	nm := map[entities.ID]string{}
	for _, e := range ents {
		nm[e.ID] = e.Name
	}
	return m.Finish(idOf, func(id entities.ID) string { return nm[id] })
}
