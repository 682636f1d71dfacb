package pipeline

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/timelinehq/timeline/boilerplate"
	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/dct"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/segment"
	"github.com/timelinehq/timeline/timeline"
)

// DocInfo describes one input document and what became of it.
type DocInfo struct {
	ID        string
	Source    string
	URL       string
	Title     string
	DCT       string // at its known precision, "" when unknown
	DCTSource corpus.DCTSource
	Status    corpus.Status
	Error     string // why the document failed, in words
	Warning   string
	Bytes     int // size of the clean text
	Dropped   int // boilerplate blocks removed
	Sentences int
	Mentions  int
	Timexes   int
}

// DocResult is what processing one article yields: everything the
// corpus-wide step needs, and nothing of the text but the sentences that
// are evidence of events.
type DocResult struct {
	Doc        DocInfo
	DCT        time.Time // the creation time, for dating graph edges; zero when unknown
	Locals     []entities.Local
	Groups     [][]int // co-mention units: the local entities of each window that names any
	Candidates []timeline.Candidate
}

// ErrNoArticleText is the reason given for an article that is all
// boilerplate.
var ErrNoArticleText = errors.New("no article text left after removing boilerplate")

// Process runs the per-article stages on d: cleaning, dating, sentences,
// names, temporal expressions and candidate events. It never panics: a
// failure, even a bug, becomes the document's error.
func Process(d *corpus.Document, cfg Config) *DocResult {
	return process(d, cfg, entities.NewGrouper())
}

// process is Process with the grouper of the calling worker, which
// remembers the gazetteer's answers from one article to the next.
func process(d *corpus.Document, cfg Config, grouper *entities.Grouper) (res *DocResult) {
	res = &DocResult{Doc: DocInfo{ID: d.ID, Source: d.Source, URL: d.URL, Title: d.Title, Warning: d.Warning}}
	defer func() {
		if r := recover(); r != nil {
			res = &DocResult{Doc: res.Doc}
			res.Doc.Status = corpus.StatusError
			res.Doc.Error = fmt.Sprintf("internal error while processing: %v", r)
			res.Doc.Warning = strings.TrimSpace(res.Doc.Warning + " " + firstFrame(debug.Stack()))
		}
	}()
	fail := func(err error) *DocResult {
		res.Doc.Status, res.Doc.Error = corpus.StatusError, errorText(err)
		res.Doc.DCTSource = corpus.DCTNone
		detach(res)
		return res
	}
	if d.Err != nil {
		return fail(d.Err)
	}
	clean := boilerplate.Clean(d.Raw)
	d.Text, d.Dropped = clean.Text, clean.Dropped()
	if d.Title == "" {
		d.Title = clean.Title
	}
	res.Doc.Title, res.Doc.Dropped, res.Doc.Bytes = d.Title, d.Dropped, len(d.Text)
	if strings.TrimSpace(d.Text) == "" {
		return fail(ErrNoArticleText)
	}

	// The creation time: stated, or estimated from the article's dates.
	now := cfg.Now
	if now.IsZero() {
		now = time.Now()
	}
	found := dct.Detect(d, dct.Options{Flag: cfg.Date, Now: now})
	if found.Source == corpus.DCTNone {
		var ms []dct.Mention
		for _, t := range cfg.Tagger.Tag(d.Text, time.Time{}) {
			ms = append(ms, dct.Mention{Text: t.Text, Value: t.Value})
		}
		found = dct.Estimate(ms, now)
	}
	found.Apply(d)
	res.Doc.DCT, res.Doc.DCTSource = d.FormatDCT(), d.DCTSource
	anchor := time.Time{}
	if d.DCTPrecision == corpus.PrecisionDay {
		anchor = d.DCT
		res.DCT = d.DCT
	}

	sents := segment.Sentences(d.Text)
	mentions := cfg.Recognizer.Recognize(d.Text, sents)
	locals, owner := grouper.Group(mentions)
	timexes := cfg.Tagger.Tag(d.Text, anchor)
	res.Doc.Sentences, res.Doc.Mentions, res.Doc.Timexes = len(sents), len(mentions), len(timexes)

	res.Candidates = timeline.Extract(timeline.Article{
		Text: d.Text, Sentences: sents, Mentions: mentions, Owner: owner, Locals: locals, Timexes: timexes,
		DCT: timeline.DCTDate(d.DCT, d.DCTPrecision),
	})
	res.Groups = windows(d.Text, sents, mentions, owner, cfg.Window)
	res.Locals = locals
	res.Doc.Status = corpus.StatusOK
	detach(res)
	return res
}

// detach copies every string of r that may be a slice of the article's
// text. A Go substring shares the memory of the string it was cut from:
// one alias kept by the resolver would otherwise keep the whole article
// alive, and with it every article of the corpus.
func detach(r *DocResult) {
	c := strings.Clone
	d := &r.Doc
	d.ID, d.Source, d.URL, d.Title, d.DCT = c(d.ID), c(d.Source), c(d.URL), c(d.Title), c(d.DCT)
	d.DCTSource, d.Status = corpus.DCTSource(c(string(d.DCTSource))), corpus.Status(c(string(d.Status)))
	d.Error, d.Warning = c(d.Error), c(d.Warning)
	for i := range r.Locals {
		l := &r.Locals[i]
		l.Name, l.Country, l.Place = c(l.Name), c(l.Country), c(l.Place)
		l.Kind = entities.Kind(c(string(l.Kind)))
		l.Aliases = cloneAll(l.Aliases)
		l.Roles = cloneAll(l.Roles)
	}
	for i := range r.Candidates {
		k := &r.Candidates[i]
		k.SentenceText, k.Trigger, k.Class, k.TimeText = c(k.SentenceText), c(k.Trigger), c(k.Class), c(k.TimeText)
		k.PlacePrep, k.Object, k.Phrase = c(k.PlacePrep), c(k.Object), c(k.Phrase)
		k.Date.Value, k.Date.Granularity = c(k.Date.Value), c(k.Date.Granularity)
		k.DocDate.Value, k.DocDate.Granularity = c(k.DocDate.Value), c(k.DocDate.Granularity)
	}
}

func cloneAll(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}

// windows groups the local entities by co-mention unit. Units that name
// a single entity are kept: they co-mention nothing, but they count
// towards how often each entity is named, which the graph's NPMI needs.
func windows(text string, sents []corpus.Span, ms []entities.Mention, owner []int, w Window) [][]int {
	unit := make([]int, len(sents)) // sentence -> unit
	switch w {
	case WindowDocument:
		// every sentence in unit 0
	case WindowParagraph:
		p := 0
		for i := 1; i < len(sents); i++ {
			if strings.Contains(text[sents[i-1].End:sents[i].Start], "\n\n") {
				p++
			}
			unit[i] = p
		}
	default:
		for i := range unit {
			unit[i] = i
		}
	}
	var groups [][]int
	seen := map[[2]int]bool{}
	for i, m := range ms {
		if m.Sentence < 0 || m.Sentence >= len(unit) {
			continue
		}
		u := unit[m.Sentence]
		for len(groups) <= u {
			groups = append(groups, nil)
		}
		if !seen[[2]int{u, owner[i]}] {
			seen[[2]int{u, owner[i]}] = true
			groups[u] = append(groups[u], owner[i])
		}
	}
	out := groups[:0]
	for _, g := range groups {
		if len(g) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// errorText says why a document failed, without repeating its source
// (the output lists the source, with the line of a JSONL article, next to
// the error).
func errorText(err error) string {
	var re *corpus.ReadError
	if errors.As(err, &re) {
		return re.Err.Error()
	}
	return err.Error()
}

// firstFrame picks the first line of a stack trace that is ours, to make
// an internal error reportable.
func firstFrame(stack []byte) string {
	for _, line := range strings.Split(string(stack), "\n") {
		if strings.Contains(line, "timelinehq/timeline/") && !strings.Contains(line, "pipeline.Process") && !strings.Contains(line, "pipeline.process") {
			return "(at " + strings.TrimSpace(line) + ")"
		}
	}
	return ""
}
