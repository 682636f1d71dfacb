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
	"github.com/timelinehq/timeline/timex"
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
	return processBatch([]*corpus.Document{d}, cfg, entities.NewGrouper())[0]
}

// processBatch runs the per-article stages on a few articles, stage by
// stage: each stage reads large tables of its own (the name model's 8 MB
// of weights, the gazetteer, the date rules), which the other stages
// evict from the CPU's caches; running one stage over several articles in
// a row finds them still cached. grouper belongs to the calling worker
// and remembers the gazetteer's answers from one article to the next.
func processBatch(docs []*corpus.Document, cfg Config, grouper *entities.Grouper) []*DocResult {
	arts := make([]article, len(docs))
	for i, d := range docs {
		arts[i].start(d)
	}
	stages := []func(a *article){
		func(a *article) { a.prepare(cfg) },
		func(a *article) { a.mentions = cfg.Recognizer.Recognize(a.d.Text, a.sents) },
		func(a *article) { a.locals, a.owner = grouper.Group(a.mentions) },
		func(a *article) { a.timexes = cfg.Tagger.Tag(a.d.Text, a.anchor) },
		func(a *article) { a.finish(cfg) },
	}
	for _, stage := range stages {
		for i := range arts {
			arts[i].run(stage)
		}
	}
	out := make([]*DocResult, len(arts))
	for i := range arts {
		out[i] = arts[i].res
	}
	return out
}

// article is one document on its way through the per-article stages.
type article struct {
	d        *corpus.Document
	res      *DocResult
	over     bool // failed, or through every stage
	anchor   time.Time
	sents    []corpus.Span
	mentions []entities.Mention
	locals   []entities.Local
	owner    []int
	timexes  []timex.Timex
}

func (a *article) start(d *corpus.Document) {
	a.d = d
	a.res = &DocResult{Doc: DocInfo{ID: d.ID, Source: d.Source, URL: d.URL, Title: d.Title, Warning: d.Warning}}
	if d.Err != nil {
		a.fail(d.Err)
	}
}

// run runs one stage on a, unless a is over; a panic in the stage, even a
// bug, becomes the document's error.
func (a *article) run(stage func(a *article)) {
	if a.over {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			a.res = &DocResult{Doc: a.res.Doc}
			a.res.Doc.Status = corpus.StatusError
			a.res.Doc.Error = fmt.Sprintf("internal error while processing: %v", r)
			a.res.Doc.Warning = strings.TrimSpace(a.res.Doc.Warning + " " + firstFrame(debug.Stack()))
			detach(a.res) // the title may be cut from the article's text
			a.over = true
		}
	}()
	stage(a)
}

func (a *article) fail(err error) {
	a.res.Doc.Status, a.res.Doc.Error = corpus.StatusError, errorText(err)
	a.res.Doc.DCTSource = corpus.DCTNone
	detach(a.res)
	a.over = true
}

// prepare cleans the article, finds or estimates its creation time and
// cuts its sentences.
func (a *article) prepare(cfg Config) {
	d, res := a.d, a.res
	clean := boilerplate.Clean(d.Raw)
	d.Text, d.Dropped = clean.Text, clean.Dropped()
	if d.Title == "" {
		d.Title = clean.Title
	}
	res.Doc.Title, res.Doc.Dropped, res.Doc.Bytes = d.Title, d.Dropped, len(d.Text)
	if strings.TrimSpace(d.Text) == "" {
		a.fail(ErrNoArticleText)
		return
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
	if d.DCTPrecision == corpus.PrecisionDay {
		a.anchor = d.DCT
		res.DCT = d.DCT
	}
	a.sents = segment.Sentences(d.Text)
}

// finish finds the candidate events and the co-mention units, and lets go
// of the article's text.
func (a *article) finish(cfg Config) {
	d, res := a.d, a.res
	res.Doc.Sentences, res.Doc.Mentions, res.Doc.Timexes = len(a.sents), len(a.mentions), len(a.timexes)
	res.Candidates = timeline.Extract(timeline.Article{
		Text: d.Text, Sentences: a.sents, Mentions: a.mentions, Owner: a.owner, Locals: a.locals, Timexes: a.timexes,
		DCT: timeline.DCTDate(d.DCT, d.DCTPrecision),
	})
	res.Groups = windows(d.Text, a.sents, a.mentions, a.owner, cfg.Window)
	res.Locals = a.locals
	res.Doc.Status = corpus.StatusOK
	detach(res)
	a.over = true
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
		l.Nicknamed = cloneAll(l.Nicknamed)
	}
	for i := range r.Candidates {
		k := &r.Candidates[i]
		k.SentenceText, k.Trigger, k.Class, k.TimeText = c(k.SentenceText), c(k.Trigger), c(k.Class), c(k.TimeText)
		k.PlacePrep, k.Object, k.SubjectPhrase, k.Patient, k.Phrase = c(k.PlacePrep), c(k.Object), c(k.SubjectPhrase), c(k.Patient), c(k.Phrase)
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
		if strings.Contains(line, "timelinehq/timeline/") && !strings.Contains(line, "pipeline.Process(") && !strings.Contains(line, "pipeline.processBatch") && !strings.Contains(line, "pipeline.(*article).run") {
			return "(at " + strings.TrimSpace(line) + ")"
		}
	}
	return ""
}
