package resolveeval

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/timelinehq/timeline/entities"
)

// Scope is the set of documents resolved together.
type Scope string

// Scopes.
const (
	// ScopeTopic resolves each topic's documents together, apart from the
	// other topics: the usual ECB+ setting, where documents come clustered
	// by topic and gold chains never cross topics.
	ScopeTopic Scope = "topic"
	// ScopeCorpus resolves all documents together, as the pipeline does.
	ScopeCorpus Scope = "corpus"
)

// ECBResult is the outcome of an ECB+ evaluation.
type ECBResult struct {
	Docs             int
	Gold             int // gold person and place mentions
	Found            int // of which the recognizer found (token overlap)
	ByKind           map[entities.Kind][2]int
	Clustering       // over the found mentions
	gold, sys, texts []string
}

// Aligned is one gold mention found by the recognizer.
type Aligned struct {
	Doc    string
	Text   string
	Gold   string // gold chain
	Entity entities.ID
}

// ECBOptions are the settings of an ECB+ evaluation.
type ECBOptions struct {
	Scope Scope
	// Singletons also scores the gold mentions that no chain links. ECB+
	// links mentions only in the sentences chosen for coreference
	// annotation, so most of its singletons are mentions left unlinked,
	// not entities mentioned once: by default they are left out.
	Singletons bool
}

// headIndex returns the index (into g.Tokens) of the head of a gold
// mention: the last word before a preposition, comma or clause that
// follows the head ("Betty Ford Center in Rancho Mirage" -> Center, "an
// upmarket store in central Paris" -> store), skipping a possessive.
func headIndex(d *ECBDoc, g GoldMention) int {
	end := len(g.Tokens)
	for i, t := range g.Tokens {
		if i > 0 && headStop[strings.ToLower(d.Tokens[t].Text)] {
			end = i
			break
		}
	}
	h := end - 1
	for h > 0 && (d.Tokens[g.Tokens[h]].Text == "'s" || d.Tokens[g.Tokens[h]].Text == "'" || d.Tokens[g.Tokens[h]].Text == ".") {
		h--
	}
	return h
}

var headStop = map[string]bool{"in": true, "of": true, "at": true, "on": true, ",": true, "for": true, "near": true,
	"from": true, "who": true, "that": true, "which": true, "with": true, "(": true, "-": true, "--": true}

// EvalECB recognizes and resolves the documents and scores the entity of
// each gold person and place mention that the recognizer finds (a
// recognized name overlapping its tokens) against the gold chains.
func EvalECB(ctx context.Context, docs []*ECBDoc, rec entities.Recognizer, opt ECBOptions) (*ECBResult, error) {
	scope := opt.Scope
	res := &ECBResult{Docs: len(docs), ByKind: map[entities.Kind][2]int{}}
	if scope == "" {
		scope = ScopeTopic
	}
	type pending struct {
		gold, text string
		handle     entities.Handle
		scope      int
	}
	var pend []pending
	var finishers []func(entities.Handle) entities.ID
	resolver := entities.NewResolver()
	flush := func() {
		_, idOf := resolver.Finish()
		finishers = append(finishers, idOf)
		resolver = entities.NewResolver()
	}
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if scope == ScopeTopic && i > 0 && docs[i-1].Topic != d.Topic {
			flush()
		}
		text, sents, tokSpans := d.Text()
		ms := rec.Recognize(text, sents)
		locals, owner := entities.Group(ms)
		hs := resolver.Add(d.Topic+"/"+d.Name, locals)
		// The recognized mention over each token.
		over := make([]int, len(d.Tokens))
		for t := range over {
			over[t] = -1
		}
		for mi, m := range ms {
			for t, sp := range tokSpans {
				if sp.End > sp.Start && sp.Start < m.Span.End && m.Span.Start < sp.End {
					over[t] = mi
				}
			}
		}
		for _, g := range d.Mentions {
			if g.Kind == "" {
				continue // not a person or place
			}
			if !opt.Singletons && strings.HasPrefix(g.Chain, "single/") {
				continue
			}
			var words []string
			for _, t := range g.Tokens {
				words = append(words, d.Tokens[t].Text)
			}
			best := over[g.Tokens[headIndex(d, g)]]
			k := res.ByKind[g.Kind]
			k[0]++
			res.Gold++
			if best >= 0 {
				k[1]++
				res.Found++
				pend = append(pend, pending{gold: g.Chain, text: strings.Join(words, " "), handle: hs[owner[best]], scope: len(finishers)})
			}
			res.ByKind[g.Kind] = k
		}
	}
	flush()
	for _, p := range pend {
		id := finishers[p.scope](p.handle)
		res.gold = append(res.gold, p.gold)
		res.sys = append(res.sys, fmt.Sprintf("%d:%s", p.scope, id))
		res.texts = append(res.texts, p.text)
	}
	res.Clustering = Score(res.gold, res.sys)
	return res, nil
}

// Write prints the result, and with errors > 0 that many of the worst
// false and missed merges.
func (r *ECBResult) Write(w io.Writer, errors int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "documents %d, gold person/place mentions %d, found by the recognizer %d (%.1f%%)\n",
		r.Docs, r.Gold, r.Found, pct(r.Found, r.Gold))
	for _, k := range []entities.Kind{entities.Person, entities.Location} {
		c := r.ByKind[k]
		fmt.Fprintf(&b, "  %-9s gold %5d found %5d (%.1f%%)\n", k, c[0], c[1], pct(c[1], c[0]))
	}
	fmt.Fprintf(&b, "gold chains %d, system entities %d\n", r.GoldChains, r.SysCh)
	fmt.Fprintf(&b, "pairwise  P %.3f  R %.3f  F1 %.3f  (pairs: gold %d, system %d, correct %d)\n",
		r.Pairwise.P, r.Pairwise.R, r.Pairwise.F1, r.GoldPairs, r.SysPairs, r.CorrectPairs)
	fmt.Fprintf(&b, "B-cubed   P %.3f  R %.3f  F1 %.3f\n", r.BCubed.P, r.BCubed.R, r.BCubed.F1)
	if errors > 0 {
		merges, splits := Confusions(r.gold, r.sys, r.texts)
		writeConf := func(title string, cs []Confusion) {
			fmt.Fprintf(&b, "\n%s (%d):\n", title, len(cs))
			for i, c := range cs {
				if i >= errors {
					break
				}
				fmt.Fprintf(&b, "  %s (%d pairs):", c.Cluster, c.Pairs)
				keys := make([]string, 0, len(c.Parts))
				for k := range c.Parts {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				for _, k := range keys {
					fmt.Fprintf(&b, " [%s: %s]", k, summarize(c.Parts[k]))
				}
				b.WriteByte('\n')
			}
		}
		writeConf("false merges, by system entity", merges)
		writeConf("missed merges, by gold chain", splits)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// summarize lists distinct texts with counts.
func summarize(texts []string) string {
	n := map[string]int{}
	var order []string
	for _, t := range texts {
		if n[t] == 0 {
			order = append(order, t)
		}
		n[t]++
	}
	var parts []string
	for _, t := range order {
		parts = append(parts, fmt.Sprintf("%s×%d", t, n[t]))
	}
	return strings.Join(parts, ", ")
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
