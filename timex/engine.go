package timex

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/olebedev/when/rules"
)

// rule is one pattern of a family of expressions. It is a when rule
// (rules.F: a regular expression and an applier), matched against the
// lower-cased sentence, plus what when lacks: the cues that let the
// pre-filter skip it, and read, which turns each match into a meaning (or
// rejects it: "may" the modal is not May).
type rule struct {
	rules.F
	name string
	cues cue // the sentence must carry one of these for the rule to run
	also cue // and one of these, when set
	// anch is RegExp anchored at the start: the engine tries it at the
	// word starts up to reach bytes before a word carrying the rule's
	// cues, on at most fwd bytes past that word.
	anch       *regexp.Regexp
	start      *lazyDFA // rejects nearly all starts before anch runs
	reach, fwd int
	prio       int // breaks ties between overlapping matches of equal length
	read       func(m *match) (meaning, bool)
}

// newRule compiles a rule. The pattern is matched against lower-cased text.
func newRule(name string, cues cue, prio int, pattern string, read func(m *match) (meaning, bool)) *rule {
	r := &rule{name: name, cues: cues, prio: prio, read: read}
	r.RegExp = regexp.MustCompile(pattern)
	r.anch = regexp.MustCompile(`^(?:` + pattern + `)`)
	r.start = &lazyDFA{}
	r.reach, r.fwd = 40, 60
	r.Applier = r.apply
	return r
}

// requires adds second cues: the sentence must carry one of them too.
func (r *rule) requires(c cue) *rule {
	r.also = c
	return r
}

// first returns the first match in text that the rule accepts, and what
// it means.
func (r *rule) first(text string) (*match, meaning) {
	s := &sent{text: text, lower: lowerASCII(text)}
	for _, idx := range r.RegExp.FindAllStringSubmatchIndex(s.lower, -1) {
		m := newMatch(s, idx)
		if mean, ok := r.read(m); ok && m.Right > m.Left {
			return m, mean
		}
	}
	return nil, nil
}

// Find implements when's rules.Rule: the first match in text that the
// rule accepts, with its applier. when passes text as written; the rule
// matches it lower-cased.
func (r *rule) Find(text string) *rules.Match {
	m, _ := r.first(text)
	if m == nil {
		return nil
	}
	return &rules.Match{Left: m.Left, Right: m.Right, Text: text[m.Left:m.Right], Captures: m.captures(), Applier: r.apply}
}

// apply lets a rule run inside a when.Parser: it resolves the rule's match
// in the cluster text with ref as the document date and stores in when's
// context the fields the value is precise to (the year of "2017", the
// year and month of "April 2017", the day of "last Wednesday", and the
// clock of "5 p.m."). A week, a quarter or a season gives its first day.
func (r *rule) apply(_ *rules.Match, c *rules.Context, _ *rules.Options, ref time.Time) (bool, error) {
	m, mean := r.first(c.Text)
	if m == nil {
		return false, nil
	}
	rs := newResolver(c.Text, ref)
	rs.cur = candidate{start: m.Left, end: m.Right, sent: m.s}
	res, ok := mean.resolve(rs)
	if !ok || res.iv.IsZero() {
		return false, nil
	}
	y, mo, d := res.iv.Start.Date()
	yy, mi, dd := y, int(mo), d
	c.Year = &yy
	if rank(res.pt.gran) < rank(GranYear) {
		c.Month = &mi
	}
	if rank(res.pt.gran) < rank(GranMonth) {
		c.Day = &dd
	}
	if res.pt.gran == GranTime && res.pt.tod == "" {
		h, min := res.pt.hour, res.pt.min
		c.Hour, c.Minute = &h, &min
	}
	return true, nil
}

// sent is a sentence being tagged.
type sent struct {
	text  string // original
	lower string // lower-cased, same offsets
	off   int    // offset of the sentence in the document
	index int    // sentence number in the document
}

// match is one match of a rule in a sentence: when's Match (Left, Right,
// Text and the lower-cased Captures) plus the submatch offsets.
type match struct {
	rules.Match
	s   *sent
	idx []int
}

func newMatch(s *sent, idx []int) *match {
	m := &match{s: s, idx: idx}
	m.Left, m.Right = idx[0], idx[1]
	m.Text = s.lower[idx[0]:idx[1]]
	return m
}

// captures fills when's Captures: the lower-cased text of every group.
func (m *match) captures() []string {
	var out []string
	for i := 1; 2*i+1 < len(m.idx); i++ {
		out = append(out, m.g(i))
	}
	return out
}

// g returns the lower-cased text of group i (1-based), "" if unmatched.
func (m *match) g(i int) string {
	if !m.has(i) {
		return ""
	}
	return m.s.lower[m.idx[2*i]:m.idx[2*i+1]]
}

// has reports whether group i took part in the match.
func (m *match) has(i int) bool { return 2*i+1 < len(m.idx) && m.idx[2*i] >= 0 }

// orig returns the original text of group i.
func (m *match) orig(i int) string {
	if !m.has(i) {
		return ""
	}
	return m.s.text[m.idx[2*i]:m.idx[2*i+1]]
}

// gstart and gend return the offsets of group i in the sentence.
func (m *match) gstart(i int) int { return m.idx[2*i] }
func (m *match) gend(i int) int   { return m.idx[2*i+1] }

// before returns up to n lower-cased bytes of the sentence before the match.
func (m *match) before(n int) string {
	s := m.Left - n
	if s < 0 {
		s = 0
	}
	return m.s.lower[s:m.Left]
}

// after returns up to n lower-cased bytes of the sentence after the match.
func (m *match) after(n int) string {
	e := m.Right + n
	if e > len(m.s.lower) {
		e = len(m.s.lower)
	}
	return m.s.lower[m.Right:e]
}

// setSpan narrows the match to [l, r) (sentence offsets).
func (m *match) setSpan(l, r int) {
	m.Left, m.Right = l, r
	m.Text = m.s.lower[l:r]
}

// trimLeft moves the start of the match to offset l, past any spaces.
func (m *match) trimLeft(l int) {
	for l < m.Right && (m.s.lower[l] == ' ' || m.s.lower[l] == '\t' || m.s.lower[l] == '\n') {
		l++
	}
	m.setSpan(l, m.Right)
}

// candidate is a match that survived its rule's reading.
type candidate struct {
	start, end int // document offsets
	prio       int
	mean       meaning
	rule       *rule
	sent       *sent
}

// Tagger finds and normalizes temporal expressions. It is built once by
// New and is safe for concurrent use: Tag keeps its state on the stack.
type Tagger struct {
	rules     []*rule
	narrative bool
}

// Option configures a Tagger.
type Option func(*Tagger)

// WithNarrative sets whether relative expressions such as "the next day"
// or "two days later" are anchored to the last date the text established
// (the default) or always to the DCT.
func WithNarrative(on bool) Option {
	return func(t *Tagger) { t.narrative = on }
}

// New returns a Tagger with every rule family.
func New(opts ...Option) *Tagger {
	t := &Tagger{rules: allRules(), narrative: true}
	for _, o := range opts {
		o(t)
	}
	return t
}

// Rules returns the tagger's rules as when rules: each one also runs
// inside a when.Parser, where its applier sets the first day (and clock
// time) of the value it reads, with the reference time as the DCT.
func (t *Tagger) Rules() []rules.Rule {
	out := make([]rules.Rule, len(t.rules))
	for i, r := range t.rules {
		out[i] = r
	}
	return out
}

// Tag finds the temporal expressions of an article and normalizes them
// against its document creation time dct (its publication date). A zero dct
// means unknown: relative values then keep X placeholders ("XXXX-WXX-3")
// and carry no Interval. The result is in text order; spans never overlap.
func (t *Tagger) Tag(text string, dct time.Time) []Timex {
	var cands []candidate
	var sc scratch
	lower := lowerASCII(text) // once; same offsets
	var sents []sent          // allocated eight at a time
	for i, sp := range sentences(text) {
		var c cue
		c, sc.toks, sc.starts = scan(lower[sp.start:sp.end], text[sp.start:sp.end], sc.toks[:0], sc.starts[:0])
		if c == 0 {
			continue // the pre-filter: no candidate word
		}
		if len(sents) == 0 {
			sents = make([]sent, 8)
		}
		s := &sents[0]
		sents = sents[1:]
		*s = sent{text: text[sp.start:sp.end], lower: lower[sp.start:sp.end], off: sp.start, index: i}
		cands = append(cands, t.match(s, c, &sc)...)
	}
	return t.resolveAll(text, dct, cands)
}

// scratch holds the buffers that Tag reuses from sentence to sentence.
type scratch struct {
	toks        []token
	starts      []int
	found, kept []candidate
	m           match
}

// match runs the rules whose cues the sentence has and keeps the best
// non-overlapping candidates. A rule is tried only at the word starts
// shortly before a word that carries its cues. The words and their starts
// are sc's; the result is in sc's buffers, valid until the next call.
func (t *Tagger) match(s *sent, c cue, sc *scratch) []candidate {
	toks, starts := sc.toks, sc.starts
	found := sc.found[:0]
	for _, r := range t.rules {
		if r.cues&c == 0 || r.also != 0 && r.also&c == 0 {
			continue
		}
		dfa := r.start.get(r.anch.String())
		next := 0  // index into starts of the next start to try
		until := 0 // no start before this offset: inside the last match
		for _, tk := range toks {
			if tk.cue&r.cues == 0 {
				continue
			}
			lo := tk.start - r.reach
			hi := min(len(s.lower), tk.end+r.fwd)
			for next < len(starts) && starts[next] < lo {
				next++
			}
			for ; next < len(starts) && starts[next] <= tk.start; next++ {
				p := starts[next]
				if p < until || !dfa.may(s.lower[p:hi]) {
					continue
				}
				idx := r.anch.FindStringSubmatchIndex(s.lower[p:hi])
				if idx == nil || idx[1] <= idx[0] {
					continue
				}
				for k := range idx {
					if idx[k] >= 0 {
						idx[k] += p
					}
				}
				// One match is filled for every try: no reading keeps it.
				m := &sc.m
				*m = match{s: s, idx: idx}
				m.Left, m.Right = idx[0], idx[1]
				m.Text = s.lower[idx[0]:idx[1]]
				mean, ok := r.read(m)
				if !ok || m.Right <= m.Left {
					continue
				}
				until = idx[1]
				found = append(found, candidate{start: s.off + m.Left, end: s.off + m.Right, prio: r.prio, mean: mean, rule: r, sent: s})
			}
		}
	}
	sc.found = found
	sc.kept = selectBest(found, sc.kept[:0])
	return sc.kept
}

// selectBest keeps the longest candidates that do not overlap; ties go to
// the higher priority, then to the earlier rule. The result is in text
// order. It appends them to kept.
func selectBest(found, kept []candidate) []candidate {
	if len(found) <= 1 {
		return append(kept, found...)
	}
	// slices, not sort.SliceStable and sort.Slice: their reflection was
	// set up again for every sentence with a date.
	slices.SortStableFunc(found, func(a, b candidate) int {
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return cmp.Compare(lb, la)
		}
		if a.prio != b.prio {
			return cmp.Compare(b.prio, a.prio)
		}
		return cmp.Compare(a.start, b.start)
	})
	for _, c := range found {
		ok := true
		for _, k := range kept {
			if c.start < k.end && k.start < c.end {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, c)
		}
	}
	slices.SortFunc(kept, func(a, b candidate) int { return cmp.Compare(a.start, b.start) }) // kept spans never overlap: unique starts
	return kept
}

// resolveAll normalizes the candidates in text order, so that each can use
// the date the text established before it.
func (t *Tagger) resolveAll(text string, dct time.Time, cands []candidate) []Timex {
	rs := newResolver(text, dct)
	if d, ok := storyDate(text, dct, cands); ok {
		rs.dct = d // a re-dated wire story speaks from its dateline
	}
	rs.noNarrative = !t.narrative
	rs.weekdayDir = weekdayVotes(cands)
	out := make([]Timex, 0, len(cands))
	for _, c := range cands {
		rs.cur = c
		// The end of a range ("from March to May") comes after its start.
		rs.rangeStart = time.Time{}
		if n := len(out); n > 0 && !out[n-1].Interval.IsZero() && rangeJoin(text, out[n-1], c.start) {
			rs.rangeStart = out[n-1].Interval.Start
		}
		res, ok := c.mean.resolve(rs)
		if !ok {
			continue
		}
		tx := Timex{
			Start: c.start, End: c.end, Text: text[c.start:c.end],
			Type: res.typ, Value: res.value, Mod: res.mod, Granularity: res.gran,
			Interval: res.iv, Range: res.isRange, Relative: res.relative, FullDate: res.fullDate,
		}
		if tx.Granularity == "" && res.pt.gran != "" && res.value == res.pt.value() {
			tx.Granularity = res.pt.gran
		}
		out = append(out, tx)
		// "the best since 1993", "the first rise since October 1985": a
		// point of comparison in an earlier year, not the time the story
		// moves to ("since the beginning of the year" is).
		if !strings.EqualFold(lastWord(text[max(0, c.start-16):c.start]), "since") || !rs.hasDCT || !res.iv.End.Before(time.Date(rs.dct.Year(), 1, 1, 0, 0, 0, 0, time.UTC)) {
			rs.note(res)
		}
	}
	markRanges(text, out)
	return out
}

// midCap reports whether group i is capitalized in the middle of a
// sentence that is not a title-case headline: "ABC's This Week", "VOA
// Today" are names, not times.
func (m *match) midCap(i int) bool {
	o := m.orig(i)
	if o == "" || o[0] < 'A' || o[0] > 'Z' {
		return false
	}
	before := strings.TrimRight(m.s.text[:m.gstart(i)], " \t")
	if before == "" {
		return false
	}
	switch before[len(before)-1] {
	case '.', '!', '?', '\n', ':', ';':
		return false
	case '"', '`', '\'', '(':
		b := strings.TrimRight(before, " \t\"`'(")
		if b == "" || strings.ContainsRune(".!?:;\n", rune(b[len(b)-1])) {
			return false
		}
	}
	// A headline in title case capitalizes everything.
	caps, all := 0, 0
	for _, w := range strings.Fields(m.s.text) {
		if isLetter(w[0]) {
			all++
			if w[0] >= 'A' && w[0] <= 'Z' {
				caps++
			}
		}
	}
	return caps*10 < all*8
}
