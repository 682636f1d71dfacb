package eventeval

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/pipeline"
)

// NewsArticle is a Wikinews article of the NAF set: its creation date and
// raw text.
type NewsArticle struct {
	Name  string
	Title string
	DCT   time.Time
	Text  string
}

// ParseNAF reads one NAF file: the creation time and title of its
// fileDesc, and its raw text.
func ParseNAF(r io.Reader, name string) (NewsArticle, error) {
	var doc struct {
		Header struct {
			FileDesc struct {
				CreationTime string `xml:"creationtime,attr"`
				Title        string `xml:"title,attr"`
			} `xml:"fileDesc"`
		} `xml:"nafHeader"`
		Raw string `xml:"raw"`
	}
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		return NewsArticle{}, fmt.Errorf("%s: %w", name, err)
	}
	a := NewsArticle{Name: name, Title: doc.Header.FileDesc.Title, Text: doc.Raw}
	ct := doc.Header.FileDesc.CreationTime
	if len(ct) >= 10 {
		t, err := time.Parse("2006-01-02", ct[:10])
		if err != nil {
			return NewsArticle{}, fmt.Errorf("%s: creation time %q: %w", name, ct, err)
		}
		a.DCT = t
	}
	return a, nil
}

// ReadWikinews reads every .naf file of dir, in name order.
func ReadWikinews(dir string) ([]NewsArticle, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.naf"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no .naf files in %s", dir)
	}
	sort.Strings(files)
	var out []NewsArticle
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		a, err := ParseNAF(fh, strings.TrimSuffix(filepath.Base(f), ".naf"))
		fh.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// Late is a report dated after its article's creation date without
// saying the event is to come.
type Late struct {
	Document string
	DCT      string
	Date     string // the date the report gives
	Summary  string // of the event it belongs to
	TimeText string
	Sentence string
}

// DateCheck is the outcome of the Wikinews date check.
type DateCheck struct {
	Articles int
	Events   int // dated events
	Undated  int // undated context
	Reports  int // dated sources (one per article and event)
	Future   int // dated sources of events said to be to come
	Late     []Late
}

// CheckDates runs the whole pipeline on the articles (with their
// creation dates as metadata) and checks that every dated report lies on
// or before its article's date, unless the event is said to be to come.
func CheckDates(ctx context.Context, arts []NewsArticle, cfg pipeline.Config) (*DateCheck, error) {
	m := pipeline.NewMerger(cfg)
	dcts := map[string]time.Time{}
	for _, a := range arts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d := &corpus.Document{ID: a.Name, Source: a.Name + ".naf", Title: a.Title, Raw: a.Text, Published: a.DCT}
		dcts[a.Name] = a.DCT
		m.Add(pipeline.Process(d, cfg))
	}
	res, err := m.Finish()
	if err != nil {
		return nil, err
	}
	c := &DateCheck{Articles: len(arts)}
	for _, e := range res.Events {
		if !e.Dated() {
			c.Undated++
			continue
		}
		c.Events++
		for _, s := range e.Sources {
			if s.Date.IsZero() {
				continue
			}
			c.Reports++
			if e.Future {
				c.Future++
				continue
			}
			dct := dcts[s.Document]
			if !dct.IsZero() && s.Date.Start.After(dct) {
				c.Late = append(c.Late, Late{
					Document: s.Document, DCT: dct.Format("2006-01-02"), Date: s.Date.Value,
					Summary: e.Summary, TimeText: s.TimeText, Sentence: s.Sentence,
				})
			}
		}
	}
	return c, nil
}

// Write prints the check and every late report, for a spot check.
func (c *DateCheck) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "articles %d, dated events %d, undated context %d\n", c.Articles, c.Events, c.Undated)
	fmt.Fprintf(&b, "dated reports %d: on or before the article's date %d, said to be to come %d, later than the article's date %d (%.1f%%)\n",
		c.Reports, c.Reports-c.Future-len(c.Late), c.Future, len(c.Late), pct(len(c.Late), c.Reports))
	for _, l := range c.Late {
		fmt.Fprintf(&b, "  late: %s (dct %s) %s %q: %s | %s\n", l.Document, l.DCT, l.Date, l.TimeText, l.Summary, strings.Join(strings.Fields(l.Sentence), " "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
