// Package eventeval evaluates the events of the timeline: cross-document
// event de-duplication on ECB+ (pairwise and B-cubed against the gold
// event chains, for the gold event mentions that the extractor takes as
// triggers) and the plausibility of event dates on Wikinews (an event is
// dated on or before its article's date unless the article says it is to
// come).
package eventeval

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/dct"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/evaluate/resolveeval"
	"github.com/timelinehq/timeline/timeline"
	"github.com/timelinehq/timeline/timex"
)

// Actions returns the gold event mentions of an ECB+ document: its
// markables whose tag starts with ACTION_, with their chains.
func Actions(d *resolveeval.ECBDoc) []resolveeval.GoldMention {
	var out []resolveeval.GoldMention
	for _, m := range d.Mentions {
		if strings.HasPrefix(m.Tag, "ACTION_") {
			out = append(out, m)
		}
	}
	return out
}

// ECBOptions sets up an ECB+ evaluation.
type ECBOptions struct {
	Recognizer entities.Recognizer // required
	Tagger     *timex.Tagger       // required
	// ByTopic merges each topic's documents apart, as if the corpus had
	// been clustered by topic first; by default the whole corpus is one
	// collection, as the timeline command sees it.
	ByTopic bool
	// Now bounds plausible article dates; zero means time.Now().
	Now time.Time
}

// ECBResult is the outcome of an ECB+ evaluation.
type ECBResult struct {
	Documents int
	Gold      int // gold event mentions (ACTION_*) in the text read
	Extracted int // of them, those the extractor took as triggers of kept events
	Dated     int // of the extracted, those in dated events
	// All scores every pair of extracted mentions; Cross only the pairs
	// from different documents, the de-duplication the timeline does.
	All, Cross resolveeval.Clustering
	// Baselines on the same mentions: every mention alone, and one event
	// per kind of trigger and topic.
	Singletons, KindTopic resolveeval.Clustering
}

// EvalECB runs extraction and merging on the ECB+ documents of dir (a
// "topics" folder; all topics when topics is empty) and scores the
// event identity of the gold event mentions that were extracted as
// triggers against the gold chains.
func EvalECB(ctx context.Context, dir string, topics []int, opt ECBOptions) (*ECBResult, error) {
	if opt.Recognizer == nil || opt.Tagger == nil {
		return nil, errors.New("eventeval: Recognizer and Tagger are required")
	}
	docs, err := resolveeval.ReadECB(ctx, dir, topics)
	if err != nil {
		return nil, err
	}
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	type item struct {
		doc, topic string
		span       corpus.Span
		chain      string
	}
	var items []item
	res := &ECBResult{Documents: len(docs)}
	system := map[string]map[corpus.Span]string{} // doc -> trigger span -> event
	classOf := map[string]string{}
	var resolver *entities.Resolver
	var merger *timeline.Merger
	topic := ""
	finish := func() {
		if merger == nil {
			return
		}
		ents, idOf := resolver.Finish()
		names := map[entities.ID]string{}
		for _, e := range ents {
			names[e.ID] = e.Name
		}
		for _, e := range merger.Finish(idOf, func(id entities.ID) string { return names[id] }) {
			id := topic + "/" + e.ID
			classOf[id] = e.Class
			for _, m := range e.Mentions {
				if system[m.Document] == nil {
					system[m.Document] = map[corpus.Span]string{}
				}
				system[m.Document][m.Trigger] = id
			}
		}
	}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if merger == nil || opt.ByTopic && d.Topic != topic {
			finish()
			resolver, merger = entities.NewResolver(), &timeline.Merger{KeepThin: true}
			topic = d.Topic
			if !opt.ByTopic {
				topic = "all"
			}
		}
		text, sents, spans := d.Text()
		for _, a := range Actions(d) {
			var sp []corpus.Span
			for _, i := range a.Tokens {
				if spans[i].End > spans[i].Start {
					sp = append(sp, spans[i])
				}
			}
			if len(sp) == 0 {
				continue // in the address line left out of the text
			}
			// a.Tokens are in text order, so sp is too.
			res.Gold++
			items = append(items, item{doc: d.Name, topic: d.Topic, chain: a.Chain,
				span: corpus.Span{Start: sp[0].Start, End: sp[len(sp)-1].End}})
		}
		art := article(d.Name, d.URL(), text, sents, opt.Recognizer, opt.Tagger, now)
		merger.Add(d.Name, timeline.Extract(art), resolver.Add(d.Name, art.Locals))
	}
	finish()

	var gold, sys, single, kind []string
	var docsOf []string
	for _, it := range items {
		ev := ""
		for sp, id := range system[it.doc] {
			if sp.Start < it.span.End && it.span.Start < sp.End && (ev == "" || id < ev) {
				ev = id
			}
		}
		if ev == "" {
			continue
		}
		res.Extracted++
		if !strings.Contains(ev, "/u") {
			res.Dated++
		}
		gold = append(gold, it.chain)
		sys = append(sys, ev)
		docsOf = append(docsOf, it.doc)
		single = append(single, it.doc+"#"+strconv.Itoa(it.span.Start))
		kind = append(kind, it.topic+"/"+classOf[ev])
	}
	res.All = resolveeval.Score(gold, sys)
	res.Cross = crossScore(gold, sys, docsOf)
	res.Singletons = resolveeval.Score(gold, single)
	res.KindTopic = resolveeval.Score(gold, kind)
	return res, nil
}

// article runs the stages before event extraction on one text, as the
// pipeline does: names, the article's date (a dateline, else the date in
// its address, else estimated from its dates), and its temporal
// expressions.
func article(id, url, text string, sents []corpus.Span, rec entities.Recognizer, tg *timex.Tagger, now time.Time) timeline.Article {
	mentions := rec.Recognize(text, sents)
	locals, owner := entities.Group(mentions)
	d := &corpus.Document{ID: id, URL: url, Raw: text, Text: text}
	found := dct.Detect(d, dct.Options{Now: now})
	if found.Source == corpus.DCTNone {
		var ms []dct.Mention
		for _, t := range tg.Tag(text, time.Time{}) {
			ms = append(ms, dct.Mention{Text: t.Text, Value: t.Value})
		}
		found = dct.Estimate(ms, now)
	}
	anchor := time.Time{}
	if found.Precision == corpus.PrecisionDay {
		anchor = found.Time
	}
	return timeline.Article{
		Text: text, Sentences: sents, Mentions: mentions, Owner: owner, Locals: locals,
		Timexes: tg.Tag(text, anchor), DCT: timeline.DCTDate(found.Time, found.Precision),
	}
}

// crossScore scores only the pairs of items from different documents:
// pairwise precision and recall of cross-document links.
func crossScore(gold, sys, docs []string) resolveeval.Clustering {
	type key struct{ cluster, doc string }
	pairs := func(labels []string) (int, map[string]int, map[key]int) {
		n, byDoc := map[string]int{}, map[key]int{}
		for i, l := range labels {
			n[l]++
			byDoc[key{l, docs[i]}]++
		}
		total := 0
		for _, c := range n {
			total += c * c
		}
		for _, c := range byDoc {
			total -= c * c
		}
		return total / 2, n, byDoc
	}
	c := resolveeval.Clustering{Items: len(gold)}
	c.GoldPairs, _, _ = pairs(gold)
	c.SysPairs, _, _ = pairs(sys)
	both := make([]string, len(gold))
	for i := range gold {
		both[i] = gold[i] + "\x00" + sys[i]
	}
	c.CorrectPairs, _, _ = pairs(both)
	p, r := 1.0, 1.0
	if c.SysPairs > 0 {
		p = float64(c.CorrectPairs) / float64(c.SysPairs)
	}
	if c.GoldPairs > 0 {
		r = float64(c.CorrectPairs) / float64(c.GoldPairs)
	}
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	c.Pairwise = resolveeval.PRF{P: p, R: r, F1: f}
	return c
}

// Write prints the result as a table.
func (r *ECBResult) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "documents %d, gold event mentions %d, extracted as triggers %d (%.1f%%), in dated events %d\n",
		r.Documents, r.Gold, r.Extracted, pct(r.Extracted, r.Gold), r.Dated)
	fmt.Fprintf(&b, "%-22s %8s %8s %8s %8s %8s %8s\n", "", "pair P", "pair R", "pair F1", "B3 P", "B3 R", "B3 F1")
	row := func(name string, c resolveeval.Clustering, b3 bool) {
		fmt.Fprintf(&b, "%-22s %8.3f %8.3f %8.3f", name, c.Pairwise.P, c.Pairwise.R, c.Pairwise.F1)
		if b3 {
			fmt.Fprintf(&b, " %8.3f %8.3f %8.3f", c.BCubed.P, c.BCubed.R, c.BCubed.F1)
		}
		b.WriteByte('\n')
	}
	row("events", r.All, true)
	row("events, cross-doc pairs", r.Cross, false)
	row("baseline: singletons", r.Singletons, true)
	row("baseline: kind+topic", r.KindTopic, true)
	fmt.Fprintf(&b, "gold chains %d, system events %d over the extracted mentions\n", r.All.GoldChains, r.All.SysCh)
	_, err := io.WriteString(w, b.String())
	return err
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
