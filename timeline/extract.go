package timeline

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/timex"
)

// Article is what extraction reads of one article: its clean text and the
// results of the earlier stages.
type Article struct {
	Text      string
	Sentences []corpus.Span
	Mentions  []entities.Mention
	Owner     []int // for each mention, the index of its local entity
	Locals    []entities.Local
	Timexes   []timex.Timex
	// DCT is the article's creation date at its known precision (a day,
	// or only a month or year when that is all that is known); zero when
	// unknown. It places month names of articles dated to the month, and
	// bounds which events the article's undated reports can join.
	DCT Date
}

// DCTDate makes the Date of an article's creation time t known to
// precision p.
func DCTDate(t time.Time, p corpus.Precision) Date {
	if t.IsZero() {
		return Date{}
	}
	y, m, d := t.Date()
	switch p {
	case corpus.PrecisionDay:
		day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		return Date{Value: day.Format("2006-01-02"), Start: day, End: day, Granularity: "day"}
	case corpus.PrecisionMonth:
		s := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		return Date{Value: s.Format("2006-01"), Start: s, End: s.AddDate(0, 1, -1), Granularity: "month"}
	case corpus.PrecisionYear:
		s := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return Date{Value: s.Format("2006"), Start: s, End: s.AddDate(1, 0, -1), Granularity: "year"}
	}
	return Date{}
}

// token is a word or a punctuation mark of a sentence.
type token struct {
	start, end int // byte offsets in the article
	text       string
	lower      string
	word       bool
	cap        bool // starts with an upper-case letter
	entity     int  // index of the mention it belongs to, or -1
	timex      int  // index (in the sentence's list) of the timex it belongs to, or -1
	clause     int  // clause number: subordinate clauses and quotes get their own
	seg        int  // comma-separated segment number
}

// tokenize splits sentence s of text into tokens and marks clauses and
// segments. A token is a word (letters and digits, with inner hyphens,
// apostrophes and periods: "U.S.", "don't", "al-Assad", "3.5") or any
// other character but a space; nextToken scans them. The tokens are
// appended to buf[:0].
func tokenize(text string, s corpus.Span, buf []token) []token {
	toks := buf[:0]
	for p := s.Start; ; {
		start, end := nextToken(text, p, s.End)
		if start < 0 {
			break
		}
		p = end
		w := text[start:end]
		r, _ := utf8.DecodeRuneInString(w)
		toks = append(toks, token{
			start: start, end: end, text: w, lower: strings.ToLower(w),
			word: unicode.IsLetter(r) || unicode.IsDigit(r), cap: unicode.IsUpper(r), entity: -1, timex: -1,
		})
	}
	// Clauses: a subordinator opens a clause that lasts to the next comma
	// or strong boundary; strong punctuation (; : dashes, quotes,
	// brackets) starts a new clause.
	clause, parent, next, seg := 0, -1, 1, 0
	var paren []int // clauses interrupted by a bracket
	for i := range toks {
		t := &toks[i]
		switch {
		case t.text == "(" || t.text == "[":
			paren = append(paren, clause)
			clause = next
			next++
		case (t.text == ")" || t.text == "]") && len(paren) > 0:
			clause = paren[len(paren)-1]
			paren = paren[:len(paren)-1]
			t.clause, t.seg = -1, seg
			continue
		case t.text == ":" && i > 0 && i+1 < len(toks) && toks[i-1].end == t.start && toks[i+1].start == t.end &&
			startsWithDigit(toks[i-1].text) && startsWithDigit(toks[i+1].text):
			// "14:48": a clock, not a colon that opens a clause.
		case !t.word && strings.ContainsAny(t.text, ";:—–()[]\"“”«»") || t.text == "-" && i > 0 && toks[i-1].end < t.start:
			clause, parent = next, -1
			next++
			seg++
		case t.text == ",":
			seg++
			if parent >= 0 {
				clause, parent = parent, -1
			}
		case t.word && i > 0 && (subordinators[t.lower] || t.lower == "that" && complementizer(toks, i)):
			if parent < 0 {
				parent = clause
			}
			clause = next
			next++
			seg++
		}
		t.clause, t.seg = clause, seg
	}
	return toks
}

// nextToken returns the bounds of the first token of text[p:end], or -1,
// -1 when there is none. It matches what the regular expression
// [\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S finds (as FindAllStringIndex
// would, which took 8% of the pipeline's time): a run of letters and digits
// joined by single hyphens, apostrophes or periods, or else any one
// character that is not an ASCII space (an invalid byte counts as one
// character).
func nextToken(text string, p, end int) (int, int) {
	for p < end {
		switch text[p] {
		case ' ', '\t', '\n', '\f', '\r':
			p++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[p:end])
		if !isAlnum(r) {
			return p, p + size
		}
		q := p + size
		for {
			q = alnumRun(text, q, end)
			// A joiner continues the word only when a letter or digit
			// follows it.
			var j int
			switch {
			case q < end && (text[q] == '-' || text[q] == '\'' || text[q] == '.'):
				j = 1
			case strings.HasPrefix(text[q:end], "’"):
				j = len("’")
			default:
				return p, q
			}
			r, size := utf8.DecodeRuneInString(text[q+j : end])
			if !isAlnum(r) {
				return p, q
			}
			q += j + size
		}
	}
	return -1, -1
}

// alnumRun returns the end of the run of letters and digits at text[q:end].
func alnumRun(text string, q, end int) int {
	for q < end {
		if c := text[q]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				q++
				continue
			}
			return q
		}
		r, size := utf8.DecodeRuneInString(text[q:end])
		if !isAlnum(r) {
			return q
		}
		q += size
	}
	return q
}

// isAlnum reports whether r is a letter or a number (\p{L} or \p{N}).
func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// complementizer tells "that" opening a clause ("said that Putin ...")
// from "that" as a determiner ("that meeting").
func complementizer(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.cap || determiners[n.lower] || n.lower == "he" || n.lower == "she" || n.lower == "it" || n.lower == "they" ||
		n.lower == "we" || n.lower == "there" || n.lower == "i"
}

// found is a trigger found in a sentence.
type found struct {
	tok     int // index of the trigger's token
	endTok  int // one past its last token (multi-word triggers)
	class   string
	verb    bool
	passive bool
	future  bool
	// modifier marks a participle used as an adjective ("an escaped
	// inmate"): it names an event but no time of the sentence dates it.
	modifier bool
	time     int   // index of the timex that governs it, or -1
	cause    int   // index of the trigger whose consequence it is, or -1
	also     []int // tokens of triggers folded into this one
}

// Extract finds the candidate events of one article. Every trigger (a
// verb such as "met", an event noun such as "summit") with the entities
// of its clause is a candidate; the temporal expression that governs it,
// if any, dates it. Candidates whose time the text does not establish are
// returned undated (Date zero): they cannot be placed on a timeline by
// themselves, but may join an event that other articles date. Undated
// statements ("said") are left out: reported speech is an event only of
// the time it was made.
func Extract(a Article) []Candidate {
	var out []Candidate
	ti, mi := 0, 0
	lastSubject := -1 // the local entity last seen as a person subject, for "he said"
	lastBody := -1    // and as an organization's, for "it said"
	// The subject phrase of the last rise or fall and its sentence, for
	// "M-1 money supply rose ... from January, when it fell".
	lastMover, lastMoverSent := "", -2
	// The speaker of the sentence's statement, named by a phrase, for
	// "the group said it bought".
	speaker, speakerSent := "", -1
	// The tokens of the sentence, reused from one to the next. Sized at
	// once for the longest sentence, at a token per four bytes (a rarer
	// sentence of shorter tokens still grows it), instead of grown by
	// doubling in every article: a third of the memory Extract allocated
	// on Reuters.
	longest := 0
	for _, s := range a.Sentences {
		longest = max(longest, s.End-s.Start)
	}
	buf := make([]token, 0, longest/4+1)
	for si, s := range a.Sentences {
		if s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
			continue
		}
		var xs []timex.Timex
		for ti < len(a.Timexes) && a.Timexes[ti].Start < s.End {
			if t := a.Timexes[ti]; t.Start >= s.Start && t.End <= s.End {
				xs = append(xs, t)
			}
			ti++
		}
		var ms []int
		for mi < len(a.Mentions) && a.Mentions[mi].Span.Start < s.End {
			if m := a.Mentions[mi]; m.Span.Start >= s.Start && m.Span.End <= s.End && mi < len(a.Owner) {
				ms = append(ms, mi)
			}
			mi++
		}
		toks := tokenize(a.Text, s, buf)
		buf = toks // no candidate keeps the tokens: the next sentence reuses them
		if len(toks) == 0 {
			continue
		}
		mark(toks, a.Mentions, ms, xs)
		trigs := findTriggers(toks)
		if len(trigs) == 0 {
			continue
		}
		attachTimes(toks, trigs, xs)
		trigs = collapse(toks, trigs)
		for _, f := range trigs {
			c := candidate(a, toks, ms, xs, f, si, s)
			if c.Subject && len(c.Participants) == 0 {
				c.Subject = false
			}
			if len(c.Participants) == 0 && pronounsSubject[prevWord(toks, f.tok)] && lastSubject >= 0 {
				c.Participants, c.Subject = []int{lastSubject}, true
			}
			if len(c.Participants) == 0 && f.verb && pronounsSubject[wordBeforeVerb(toks, f.tok)] {
				// "Gros, speaking after his first meeting since he was
				// appointed last month": the person named before in the
				// sentence.
				if l, ok := personBefore(a, toks, f.tok); ok {
					c.Participants, c.Subject = []int{l}, !f.passive
				}
			}
			if len(c.Participants) == 0 && prevWord(toks, f.tok) == "it" && c.Class == "say" && lastBody >= 0 {
				c.Participants, c.Subject = []int{lastBody}, true // "Acme Corp said ... It said"
			}
			if c.Class == "say" && c.SubjectPhrase != "" && len(c.Participants) == 0 {
				speaker, speakerSent = c.SubjectPhrase, si
			} else if c.Verb && c.SubjectPhrase == "" && len(c.Participants) == 0 && speakerSent == si && wordBeforeVerb(toks, f.tok) == "it" {
				c.SubjectPhrase = speaker // "the group said it acquired 32,800 shares"
			}
			if c.Class == "rise" || c.Class == "fall" {
				switch {
				case c.SubjectPhrase != "":
					lastMover, lastMoverSent = c.SubjectPhrase, si
				case len(c.Participants) == 0 && c.Verb && wordBeforeVerb(toks, f.tok) == "it" && lastMover != "" && si-lastMoverSent <= 1:
					c.SubjectPhrase = lastMover // "when it fell 7.82 pct": the money supply just named
				}
			}
			if c.Subject {
				switch a.Locals[c.Participants[0]].Kind {
				case entities.Person:
					lastSubject = c.Participants[0]
				case entities.Organization:
					lastBody = c.Participants[0]
				}
			}
			if c.Class == "say" && (!c.Dated() && c.TimeText == "" || len(c.Participants) == 0 && c.SubjectPhrase == "" && c.Patient == "") {
				continue // a statement is worth telling with its date and its speaker
			}
			if c.Class == "meet" && f.verb && !meets(toks, f) {
				continue // "welcomed the report", "received a letter", "meet demand": no meeting
			}
			out = append(out, c)
		}
	}
	return out
}

// mark records which tokens belong to names and to temporal expressions.
func mark(toks []token, mentions []entities.Mention, ms []int, xs []timex.Timex) {
	for i := range toks {
		t := &toks[i]
		for _, mi := range ms {
			sp := mentions[mi].Span
			if t.start < sp.End && sp.Start < t.end {
				t.entity = mi
				break
			}
		}
		for k, x := range xs {
			if t.start < x.End && x.Start < t.end {
				t.timex = k
				break
			}
		}
	}
}

func prevWord(toks []token, i int) string {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if toks[j].word {
			return toks[j].lower
		}
	}
	return ""
}

// fallbacks give the class of a trigger whose first reading needs a
// following word that is not there ("fired the coach", "stabbed his
// wife": wounded, not killed).
var fallbacks = map[string]string{"fired": "dismiss", "firing": "dismiss", "launched": "release", "shot": "attack", "stabbed": "attack"}

// fatal are the adverbs that make a shooting or a stabbing a killing with
// no word of death after it ("fatally shot").
var fatal = map[string]bool{"fatally": true, "mortally": true}

// shotAt are the prepositions after which "fired" shoots ("fired upon
// two officers") rather than dismisses.
var shotAt = map[string]bool{"at": true, "on": true, "upon": true, "into": true}

// findTriggers finds the event triggers of a sentence.
func findTriggers(toks []token) []found {
	var out []found
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word || t.entity >= 0 || t.timex >= 0 {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "’s")
		f := found{tok: i, endTok: i + 1, time: -1, cause: -1}
		if ps, ok := phrases[w]; ok {
			for _, p := range ps {
				if n := followedBy(toks, i, p.rest); n > 0 {
					f.class, f.verb, f.endTok = p.class, p.class != "say" || w != "news" && w != "press", n
					break
				}
			}
		}
		if f.class == "" {
			tr, ok := triggers[w]
			if !ok {
				continue
			}
			f.class, f.verb = tr.class, tr.verb
			if len(tr.needs) > 0 && !within(toks, i+1, 4, tr.needs) && !(i > 0 && fatal[toks[i-1].lower]) {
				fb, ok := fallbacks[w]
				if !ok {
					continue
				}
				if fb == "dismiss" && i+2 < len(toks) && shotAt[toks[i+1].lower] && toks[i+2].timex < 0 && !beForms[prevWord(toks, i)] {
					fb = "attack" // "fired upon two officers"; not "was fired on Wednesday"
				}
				f.class = fb
			}
			// A mid-sentence capital is a name ("Summit Bank"), not a trigger.
			if t.cap && i > 0 && !tr.verb {
				continue
			}
			if !f.verb && i > 0 && (toks[i-1].lower == "to" || modals[toks[i-1].lower]) && i+1 < len(toks) && !notEvents[toks[i+1].lower] {
				f.verb = true // "to vote", "will meet"
				if f.class == "fire" {
					// "decided to fire O'Brien", "could fire missiles":
					// no blaze.
					switch {
					case within(toks, i+1, 4, triggers["fired"].needs):
						f.class = "strike"
					case toks[i+1].entity >= 0 || determiners[toks[i+1].lower] || guestPronouns[toks[i+1].lower]:
						f.class = "dismiss"
					default:
						continue
					}
				}
			}
			if !f.verb && strings.HasSuffix(w, "ing") && beForms[prevWord(toks, i)] {
				f.verb = true // "Bell is meeting tomorrow", "the board was meeting"
			}
			if !f.verb && i+1 < len(toks) && notEvents[toks[i+1].lower] {
				continue // "conference call"
			}
			if f.verb && i > 0 && (determiners[toks[i-1].lower] || possessiveMark(toks[i-1])) && !(f.class == "say" && pastForm(w)) {
				f.verb = false // "the attacks", "Putin's visit"; not "Moody's added"
			}
			if f.verb && i > 0 && (f.class == "rise" || f.class == "fall") && !strings.HasSuffix(w, "ed") && w != "rose" && w != "fell" &&
				(startsWithDigit(toks[i-1].lower) || toks[i-1].timex >= 0 || nounModifiers[toks[i-1].lower] ||
					prepositions[toks[i-1].lower] || beForms[toks[i-1].lower] || objectTakers[toks[i-1].lower] ||
					i+1 < len(toks) && toks[i+1].lower == "of") {
				continue // "pretax gains", "a 2.3 pct December rise", "rises of 4.3 pct": nouns, told by their own clause
			}
			if !f.verb && f.class == "say" && (w == "statement" || w == "comments") && !determinerBefore(toks, i) {
				continue
			}
			if !f.verb && f.class == "say" && w == "statement" && i > 0 && documentKinds[toks[i-1].lower] {
				continue // "filed a registration statement": a document, not a statement
			}
		}
		if negated(toks, i) || !f.verb && noBefore(toks, i) {
			continue
		}
		if f.class == "escape" && i+1 < len(toks) && (evaded[toks[i+1].lower] ||
			i+2 < len(toks) && toks[i+1].lower == "the" && evaded[toks[i+2].lower]) {
			continue // "to escape conviction", "escaped injury": something avoided, no one fled
		}
		if f.verb && directQuestion(toks, i) {
			continue // "NYPD, KKK, how many kids did you kill today": a chant, no report
		}
		if f.class == "release" && fromCustody(toks, f.endTok) {
			f.class = "free" // "released on bail", "release from prison"
		}
		if (f.class == "kill" || w == "shot") && i+1 < len(toks) && (toks[i+1].lower == "down" || toks[i+1].lower == "up") {
			continue // "a story quickly shot down", "shot up 20 pct"
		}
		// "an escaped inmate", "the organization's agreed ceiling": an
		// adjective, whose event is not of the sentence's time.
		f.modifier = triggers[w].verb && strings.HasSuffix(w, "ed") && i > 0 && (determiners[toks[i-1].lower] && !demonstratives[toks[i-1].lower] || possessiveMark(toks[i-1])) &&
			i+1 < len(toks) && toks[i+1].word && !toks[i+1].cap && !prepositions[toks[i+1].lower] && !coordinators[toks[i+1].lower] &&
			!determiners[toks[i+1].lower] && !nonSubjects[toks[i+1].lower] && f.class != "say"
		if f.class == "acquire" && f.verb && (w == "bought" || w == "buys") && boughtGoods(toks, i+1) {
			continue // "bought 75,000 tonnes of wheat", "bought dollars", "bought back shares": trade, no takeover
		}
		if f.class == "charge" && i+1 < len(toks) && (toks[i+1].lower == "against" || toks[i+1].lower == "off" || toks[i+1].lower == "to") {
			continue // "1.5 mln dlrs was charged against 1986 earnings": accounts, not a court
		}
		if triggers[w].verb && counterfactual(toks, i) {
			continue // "if it had acquired the Sperry unit", "would have met"
		}
		if !f.verb && i > 0 && (avoided[toks[i-1].lower] || i > 1 && determiners[toks[i-1].lower] && avoided[toks[i-2].lower]) {
			continue // "to escape conviction", "averted a strike": it did not happen
		}
		if !f.verb && i > 0 && unrealized[toks[i-1].lower] && (!strings.HasSuffix(toks[i-1].lower, "ed") || i > 1 && determiners[toks[i-2].lower]) {
			continue // "protected from possible attack", "a proposed merger"; not "they expected talks"
		}
		if (f.class == "kill" || f.class == "die") && attempted(toks, i) {
			continue // "attempted murder", "tried to kill": no one died
		}
		if w == "death" && (i+1 < len(toks) && deathCompounds[toks[i+1].lower] ||
			i > 1 && toks[i-1].lower == "to" && (sentencing[toks[i-2].lower] || isTrigger(toks[i-2]))) {
			continue // "the death penalty", "sentenced to death"; "shot to death" is told by "shot"
		}
		if w == "fire" && i > 0 && toks[i-1].lower == "under" {
			continue // "has come under fire in Congress"
		}
		if w == "won" && i > 0 && (startsWithDigit(toks[i-1].lower) || amountWords[toks[i-1].lower]) {
			continue // "33,992.0 billion won": South Korea's currency
		}
		if w == "capture" && i+1 < len(toks) && (startsWithDigit(toks[i+1].lower) || toks[i+1].lower == "market" || toks[i+1].lower == "share") {
			continue // "threaten to capture 25 pct of the EC market"
		}
		if w == "shot" && (i > 0 && (determiners[toks[i-1].lower] || possessiveMark(toks[i-1]) || toks[i-1].lower == "long") ||
			i+1 < len(toks) && startsWithDigit(toks[i+1].lower)) {
			continue // "blocked a shot", "a long shot", "Drake shot 35.0 percent"
		}
		if (w == "declined" || w == "declines") && i+1 < len(toks) && (toks[i+1].lower == "to" && i+2 < len(toks) && !startsWithDigit(toks[i+2].lower) || toks[i+1].lower == "comment" || toks[i+1].lower == "comments") {
			continue // "declined to comment", "declined comment": a refusal, not a fall
		}
		if f.verb && supportVerbs[w] && nounFollows(toks, f.endTok) {
			continue // "launched an attack": the noun names the event
		}
		// "Earnings soared by 71 pct": a rise or a fall by an amount
		// is no passive; "forecasts will be dropped" is.
		f.passive = f.verb && (passive(toks, i) || objectless(toks, i, f.class) || asideParticiple(toks, i, f.class) ||
			classes[f.class].transitive && sharedPassive(toks, i) ||
			strings.HasPrefix(classes[f.class].alone, "is ") && nounParticiple(toks, i, f.endTok)) && (f.class != "rise" && f.class != "fall" || beFormBefore(toks, i))
		f.future = future(toks, i) || f.verb && presentForm(w) && temporalClause(toks, i) ||
			!f.verb && futureAfter(toks, f.endTok)
		out = append(out, f)
		i = f.endTok - 1
	}
	return out
}

// dueDate reports whether the time at token first is when something falls
// due, not when anything happened: "a cash dividend of 10 cts a share,
// payable April 10, record March 31", "a new record date of July 10",
// "debentures maturing on April 1, 2007".
func dueDate(toks []token, first int) bool {
	before := func(k int) string {
		if first-k < 0 {
			return ""
		}
		return toks[first-k].lower
	}
	switch p := before(1); {
	case p == "payable" || p == "record" || maturities[p]:
		return true
	case p == "on":
		return maturities[before(2)]
	case p == "of" || p == "for":
		return before(2) == "date" && before(3) == "record"
	}
	return false
}

// constantMoney are the nouns after a base year: "at 1980 prices", "in
// 1982 dollars".
var constantMoney = map[string]bool{"prices": true, "dollars": true, "dlrs": true, "terms": true, "money": true}

// maturities introduce when a loan or a security falls due, not when
// anything happened: "debentures maturing April 1, 2007".
var maturities = map[string]bool{"maturing": true, "matures": true, "mature": true, "maturity": true, "expiring": true}

// whenPrepositions introduce the time of what a clause tells: "in the
// February 23 week", not "starting with the 1988 crop".
var whenPrepositions = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "by": true, "before": true, "after": true,
	"since": true, "until": true, "through": true, "over": true, "for": true, "from": true, "to": true,
	"between": true, "of": true, // "in the first nine months of the year"
}

// baselineWords may stand between "against" or "compared with" and the
// period a figure is compared with: "against the same months of 1986".
var baselineWords = map[string]bool{
	"with": true, "to": true, "the": true, "a": true, "same": true, "corresponding": true, "year-earlier": true,
	"period": true, "periods": true, "month": true, "months": true, "quarter": true, "week": true, "of": true, "in": true,
	"their": true, "its": true, "level": true, "levels": true,
}

// counterfactual reports whether the verb at token i tells what did not
// or may not happen: "if it had acquired", "would have met", "even if
// futures fell".
func counterfactual(toks []token, i int) bool {
	adverb := func(t token) bool { return preVerbAdverbs[t.lower] || negations[t.lower] }
	j := i - 1
	for j >= 0 && adverb(toks[j]) {
		j--
	}
	if j >= 1 && toks[j].lower == "have" {
		k := j - 1
		for k > 0 && adverb(toks[k]) {
			k-- // "could also have bought"
		}
		switch toks[k].lower {
		case "would", "could", "might", "should":
			return true
		}
		return false
	}
	// "if it had acquired", "even if futures fell the daily limit": the
	// verb of a condition.
	for k := j; k >= 0 && k >= i-7; k-- {
		switch {
		case toks[k].lower == "if" || toks[k].lower == "unless":
			// Not "asked if the Fed agreed": "if" for "whether".
			return k == 0 || !askVerbs[toks[k-1].lower]
		case toks[k].text == "," || toks[k].text == ";" || k < i && k != j && isVerbTrigger(toks[k]):
			return false
		}
	}
	return false
}

// unrealized are the adjectives before an event noun that say it has not
// happened: "possible attack", "a proposed merger".
var unrealized = map[string]bool{
	"possible": true, "potential": true, "proposed": true, "prospective": true, "hypothetical": true,
	"eventual": true, "planned": true, "threatened": true, "likely": true,
}

// askVerbs are the words after which "if" asks a question rather than
// sets a condition: "asked if", "unable to say if".
var askVerbs = map[string]bool{
	"asked": true, "ask": true, "asks": true, "asking": true, "say": true, "said": true, "know": true,
	"knew": true, "see": true, "wondered": true, "wonder": true, "unclear": true, "unsure": true,
	"doubt": true, "check": true, "decide": true, "determine": true, "confirm": true,
}

// demonstratives are the determiners that may stand alone as pronouns:
// "a ruling that dismissed both suits", "This declined 12 pct".
var demonstratives = map[string]bool{"this": true, "that": true, "these": true, "those": true}

// attempted reports whether the killing at token i was only attempted,
// planned or threatened: "attempted murder", "tried to kill", "a plot to
// kill", "threatened to kill".
func attempted(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].lower == "to" {
		j--
	}
	return j >= 0 && attempts[toks[j].lower] && (j == i-2 || !strings.HasSuffix(toks[j].lower, "s") && toks[j].lower != "plot" && toks[j].lower != "threat")
}

// attempts are the words before a killing that did not (yet) happen:
// "attempted murder", and with "to", "tried to kill".
var attempts = map[string]bool{
	"attempted": true, "attempt": true, "attempts": true, "attempting": true, "tried": true, "try": true,
	"trying": true, "plot": true, "plots": true, "plotted": true, "plotting": true, "threatened": true,
	"threatening": true, "threat": true, "threats": true, "conspiracy": true, "conspired": true,
	"conspiring": true, "intent": true, "intended": true, "planned": true, "planning": true, "plan": true,
}

// deathCompounds are nouns after "death" that make it no one's death:
// "death penalty", "death row".
var deathCompounds = map[string]bool{
	"penalty": true, "sentence": true, "sentences": true, "row": true, "warrant": true, "threat": true,
	"threats": true, "squad": true, "squads": true, "certificate": true, "camp": true, "camps": true,
	"wish": true, "benefit": true, "benefits": true, "metal": true, "star": true, "knell": true,
}

// sentencing are the words before "to death" of a sentence, not a death.
var sentencing = map[string]bool{
	"sentenced": true, "sentence": true, "sentencing": true, "condemned": true, "condemning": true, "sentences": true,
}

// supportVerbs are trigger verbs that, before an event noun, only
// support it.
var supportVerbs = map[string]bool{"launched": true, "held": true, "staged": true, "conducted": true, "carried": true, "hosted": true}

// nounFollows reports whether an event noun follows within four words.
func nounFollows(toks []token, i int) bool {
	for j := i; j < len(toks) && j < i+4; j++ {
		if !toks[j].word {
			return false
		}
		if tr, ok := triggers[toks[j].lower]; ok && !tr.verb || ok && j > 0 && determiners[toks[j-1].lower] {
			return true
		}
	}
	return false
}

func determinerBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if determiners[toks[j].lower] || strings.HasSuffix(toks[j].lower, "'s") {
			return true
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

// followedBy reports whether the words rest follow token i (one other
// word may come between) and returns the index past them.
func followedBy(toks []token, i int, rest []string) int {
	for skip := 0; skip <= 1; skip++ {
		j := i + 1 + skip
		ok := true
		for k, w := range rest {
			if j+k >= len(toks) || toks[j+k].lower != w {
				ok = false
				break
			}
		}
		if ok {
			return j + len(rest)
		}
	}
	return 0
}

// within reports whether one of words occurs in the n tokens from i.
func within(toks []token, i, n int, words []string) bool {
	for j := i; j < len(toks) && j < i+n; j++ {
		for _, w := range words {
			if toks[j].lower == w {
				return true
			}
		}
	}
	return false
}

var modals = map[string]bool{"will": true, "would": true, "could": true, "should": true, "may": true, "might": true, "must": true, "can": true}

var negations = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "didn't": true, "hasn't": true,
	"haven't": true, "won't": true, "wasn't": true, "weren't": true, "isn't": true, "don't": true, "doesn't": true, "without": true}

func negated(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if negations[toks[j].lower] || strings.HasSuffix(toks[j].lower, "n't") {
			return true
		}
	}
	return false
}

// directQuestion reports whether the verb at token i is asked about in a
// direct question, a wh-word then an auxiliary before its subject
// pronoun: "how many kids will you kill", "what did they attack". An
// embedded question tells of what happened ("it is unclear how many
// people were killed") and does not invert.
func directQuestion(toks []token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-6 && toks[j].word; j-- {
		if questionAux[toks[j-1].lower] && subjectPronouns[toks[j].lower] {
			for k := j - 2; k >= 0 && k >= j-5 && toks[k].word; k-- {
				if whWords[toks[k].lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// avoided are the verbs of not undergoing what the noun after them
// names.
var avoided = map[string]bool{
	"escape": true, "escaped": true, "escapes": true, "escaping": true, "avoid": true, "avoided": true,
	"avoids": true, "avoiding": true, "evade": true, "evaded": true, "evades": true, "evading": true,
	"averted": true, "avert": true, "averting": true, "dodged": true, "dodge": true,
}

// evaded are what one escapes without fleeing anywhere.
var evaded = map[string]bool{
	"conviction": true, "prosecution": true, "punishment": true, "justice": true, "death": true,
	"injury": true, "injuries": true, "harm": true, "detection": true, "notice": true, "scrutiny": true,
	"blame": true, "responsibility": true, "unhurt": true, "unharmed": true, "unscathed": true,
	"serious": true, "sanctions": true, "taxes": true, "tax": true, "liability": true,
	"penalty": true, "penalties": true, "execution": true, "censure": true,
}

var (
	whWords         = map[string]bool{"how": true, "what": true, "who": true, "whom": true, "why": true, "when": true, "where": true, "which": true}
	questionAux     = map[string]bool{"will": true, "did": true, "do": true, "does": true, "would": true, "can": true, "could": true, "should": true, "have": true, "has": true}
	subjectPronouns = map[string]bool{"you": true, "we": true, "they": true, "he": true, "she": true, "i": true, "it": true}
)

// noBefore reports whether "no" opens the noun phrase of the event noun
// at token i: "no extraordinary OPEC conference was planned".
func noBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5 && toks[j].word; j-- {
		if toks[j].lower == "no" {
			return true
		}
		if determiners[toks[j].lower] || prepositions[toks[j].lower] || isVerbTrigger(toks[j]) {
			return false
		}
	}
	return false
}

var beForms = map[string]bool{"was": true, "were": true, "been": true, "being": true, "is": true, "are": true, "be": true, "got": true}

func passive(toks []token, i int) bool {
	if !pastForm(toks[i].lower) {
		return false
	}
	if i >= 2 && (toks[i-1].lower == "or" || toks[i-1].lower == "and") && passive(toks, i-2) {
		return true // "2,600 Iraqis had been killed or wounded"
	}
	// A participle right after its noun with an agent after it: "the
	// numbers released Thursday by the Labor Department".
	if i > 0 && toks[i-1].word && toks[i-1].entity < 0 && !toks[i-1].cap && !auxiliaries[toks[i-1].lower] &&
		!nonSubjects[toks[i-1].lower] && !subordinators[toks[i-1].lower] && !preVerbAdverbs[toks[i-1].lower] &&
		!strings.HasSuffix(toks[i-1].lower, "ly") && within(toks, i+1, 4, []string{"by"}) {
		return true
	}
	// An aside on a name with its agent: "Naarden International,
	// acquired by Unilever last year, said".
	if i >= 2 && toks[i-1].text == "," && i+1 < len(toks) && toks[i+1].lower == "by" && nameBefore(toks, i) >= 0 {
		return true
	}
	return beFormBefore(toks, i)
}

// fromCustody reports whether the words from token i say that someone
// was let go from custody: "on bail", "on bond", "from jail", "from
// prison", "from custody", "from hospital".
func fromCustody(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	next, after := toks[i].lower, toks[i+1].lower
	if i+2 < len(toks) && (after == "the" || after == "a" || after == "county" || after == "federal" || after == "police") {
		after = toks[i+2].lower // "from the county jail"
	}
	switch next {
	case "on":
		return after == "bail" || after == "bond" || after == "parole" || after == "probation"
	case "from":
		return custody[after]
	}
	return false
}

// custody are the places one is released from.
var custody = map[string]bool{"jail": true, "prison": true, "custody": true, "detention": true, "hospital": true, "captivity": true}

// sharedPassive reports whether the participle at token i, after "and"
// (and perhaps "later" or "then"), shares the passive of a participle
// earlier in its segment and takes no object: "was booked into county jail
// and later released on bail"; not "were called and released the man".
func sharedPassive(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && sequenceAdverbs[toks[j].lower] {
		j--
	}
	if j < 1 || toks[j].lower != "and" || i+1 < len(toks) && (determiners[toks[i+1].lower] || toks[i+1].entity >= 0 || guestPronouns[toks[i+1].lower]) {
		return false
	}
	for k := j - 1; k >= 1 && k >= j-8 && toks[k].seg == toks[i].seg && toks[k].word; k-- {
		if pastForm(toks[k].lower) && beForms[toks[k-1].lower] {
			return true
		}
	}
	return false
}

// sequenceAdverbs stand between "and" and a verb that follows another.
var sequenceAdverbs = map[string]bool{"later": true, "then": true, "subsequently": true, "eventually": true, "finally": true, "soon": true}

// nameBefore returns the last token of a name that ends right before
// token k, or before a comma or an age between commas, -1 when there is
// none: the participle's noun in "Zurana Horton shot and killed in a gang
// shooting", "Kimani Gray, 16, killed by police", "Taqi, appointed oil
// minister".
func nameBefore(toks []token, k int) int {
	if k >= 4 && toks[k-1].text == "," && startsWithDigit(toks[k-2].lower) && toks[k-3].text == "," {
		k -= 3
	} else if k >= 2 && toks[k-1].text == "," && toks[k-2].entity >= 0 {
		k-- // "Taqi, appointed oil minister in 1982"
	} else if k >= 3 && toks[k-1].text == "," && (toks[k-2].text == ">" || toks[k-2].text == ")") && toks[k-3].entity >= 0 {
		k -= 2 // "<Naarden International N.V.>, acquired by Unilever"
	}
	if k > 0 && toks[k-1].entity >= 0 {
		return k - 1
	}
	return -1
}

// asideParticiple reports whether the participle at token i of a verb
// whose summaries have a passive phrase opens an aside after a name:
// "Taqi, appointed oil minister in 1982, was moved", "Gonzalez, named to
// his post 11 months ago".
func asideParticiple(toks []token, i int, class string) bool {
	return strings.HasPrefix(classes[class].alone, "is ") && pastForm(toks[i].lower) &&
		i >= 2 && toks[i-1].text == "," && toks[i-2].entity >= 0
}

// objectless reports whether the participle at token i of a verb that
// takes an object, and says so in its summaries ("is killed"), has none:
// a headline's or an aside's passive ("Zurana Horton shot and killed in a
// gang shooting", "Kimani Gray, 16, killed by police"). A form of "have"
// before it makes it active ("has killed in the past").
func objectless(toks []token, i int, class string) bool {
	if !strings.HasPrefix(classes[class].alone, "is ") || !pastForm(toks[i].lower) {
		return false
	}
	if w := prevWord(toks, i); w == "has" || w == "have" || w == "had" || w == "who" {
		return false
	}
	j := i + 1
	if j+1 < len(toks) && toks[j].lower == "and" && triggers[toks[j+1].lower].class == class {
		j += 2 // "shot and killed"
	}
	if j < len(toks) && toks[j].word && !prepositions[toks[j].lower] {
		return false
	}
	if j+1 < len(toks) && toks[j].lower == "at" && (toks[j+1].lower == "least" || toks[j+1].lower == "most") {
		return false // "wounded at least 550 others"
	}
	// "charged during the debate that Canada ...": the clause is its object.
	for k := j; k < len(toks) && k < j+12 && toks[k].text != ";" && toks[k].text != "."; k++ {
		if toks[k].lower == "that" {
			return false
		}
	}
	return true
}

// beFormBefore reports whether a form of "be" stands in the two words
// before token i, within its clause: "will be dropped", "was cut".
func beFormBefore(toks []token, i int) bool { return wordBefore(toks, i, 2, beForms) }

// wordBefore reports whether a word of set stands in the n words before
// token i, with no punctuation between.
func wordBefore(toks []token, i, n int, set map[string]bool) bool {
	for j := i - 1; j >= 0 && j >= i-n; j-- {
		if set[toks[j].lower] {
			return true
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

func future(toks []token, i int) bool {
	if i >= 2 && toks[i-1].lower == "and" && pastForm(toks[i].lower) {
		// "will be wrapped into other trade legislation and voted on
		// in April": the participle shares the auxiliary before it.
		for j := i - 2; j >= 1 && j >= i-10 && toks[j].seg == toks[i].seg; j-- {
			if toks[j].lower == "be" {
				if futureMarkers[toks[j-1].lower] {
					return true
				}
				break
			}
		}
	}
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if toks[j].seg != toks[i].seg {
			return false
		}
		if toks[j].timex >= 0 {
			continue
		}
		if futureMarkers[toks[j].lower] || strings.HasSuffix(toks[j].lower, "'ll") {
			return true
		}
	}
	return false
}

// futureAfter reports whether the words from token i on, right after an
// event noun, say it is yet to happen: "meetings that will be held", "a
// summit which is to open", "a vote to be held", "talks will begin". Not
// "the agreement will deal with requests", which tells what the event
// will bring.
func futureAfter(toks []token, i int) bool {
	word := func(k int) string {
		if k < len(toks) {
			return toks[k].lower
		}
		return ""
	}
	relative := word(i) == "that" || word(i) == "which"
	if relative {
		i++
	}
	switch word(i) {
	case "will", "shall":
		if relative {
			return true
		}
		switch word(i + 1) {
		case "be":
			return word(i+2) == "held"
		case "take":
			return word(i+2) == "place"
		case "begin", "start", "open":
			return true
		}
	case "to":
		return word(i+1) == "be"
	case "is", "are":
		return word(i+1) == "to"
	}
	return false
}

// temporalClause reports whether the verb at token i stands in a clause
// that a temporal conjunction opens, up to five words before it in its
// segment: "until after Deep Throat dies", "before Putin meets Trump".
// Such a clause in the present tells of what has yet to happen.
func temporalClause(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if toks[j].seg != toks[i].seg || !toks[j].word {
			return false
		}
		switch toks[j].lower {
		case "until", "till", "unless", "once", "before", "after", "when", "whenever":
			return true
		}
	}
	return false
}

// presentForm reports whether the lexicon's verb form w is in the present
// tense: "dies", "meet" (of "meets"); not "rose", "fell" or "met".
func presentForm(w string) bool {
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return triggers[w].verb
	}
	return triggers[w+"s"].verb || triggers[w+"es"].verb
}

// timeSpan gives the tokens a temporal expression covers.
func timeSpan(toks []token, k int) (first, last int) {
	first, last = -1, -1
	for i, t := range toks {
		if t.timex == k {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// usable reports whether a temporal expression can date an event: a point
// or span of the calendar, resolved or not, but not a duration, a set or
// a vague reference ("now", "the future").
func usable(x timex.Timex) bool {
	if x.Type != timex.Date && x.Type != timex.Time {
		return false
	}
	return !strings.HasSuffix(x.Value, "_REF")
}

// nameYear reports whether the expression at tokens first..last is part
// of a name rather than a time: inside a longer name that the tagger
// found ("Den Danske Bank af 1871 A/S", "Spectrum 2000 Inc", "May Energy
// Partners Ltd"), or a bare year that names a bond by its maturity or
// coupon ("the Treasury bond due 2016 fell", "the 8-1/2 pct of 2011",
// "the six pct 1997 loan stock"), or an index by its base year ("base
// 1980").
func nameYear(toks []token, first, last int, x timex.Timex) bool {
	if e := toks[first].entity; e >= 0 {
		inside := true
		for i := first; i <= last; i++ {
			inside = inside && toks[i].entity == e
		}
		if inside && (first > 0 && toks[first-1].entity == e || last+1 < len(toks) && toks[last+1].entity == e) {
			return true
		}
	}
	if first != last || len(x.Value) != 4 || toks[first].lower != x.Value {
		return false
	}
	// A year between two names, or with a short particle before it: "Den
	// Danske Bank af 1871 A/S", where the tagger split the name.
	if first > 0 && last+1 < len(toks) && toks[last+1].entity >= 0 {
		p := first - 1
		if t := toks[p]; p > 0 && t.word && !t.cap && len(t.text) <= 3 {
			p--
		}
		if toks[p].entity >= 0 {
			return true
		}
	}
	switch prevWord(toks, first) {
	case "due", "maturing", "pct", "base":
		// "the production index, base 1980, rose": an index's base year.
		return true
	case "of":
		j := first - 1
		for j >= 0 && !toks[j].word {
			j--
		}
		return prevWord(toks, j) == "pct"
	}
	return false
}

// attachTimes gives each trigger the temporal expression that governs it,
// at most one each way, the best-scored pairs first:
//   - an expression that modifies an event noun governs it ("last week's
//     attack", "the June 7-8 conference");
//   - a statement ("said") takes only an expression next to it ("said on
//     Thursday", "on Thursday said") or one that opens the sentence;
//   - otherwise the nearest trigger of the same clause, verbs first, with
//     commas counting as distance.
func attachTimes(toks []token, trigs []found, xs []timex.Timex) {
	type pair struct {
		t, x  int
		score float64
	}
	var pairs []pair
	for k, x := range xs {
		if !usable(x) {
			continue
		}
		if k > 0 && x.Range && xs[k-1].Range && xs[k-1].Interval == x.Interval && !x.Interval.IsZero() {
			continue // the second end of a range ("from March to May")
		}
		first, last := timeSpan(toks, k)
		if first < 0 || nameYear(toks, first, last, x) {
			continue
		}
		opens := opensSentence(toks, first, last)
		for ti, f := range trigs {
			score, ok := timeScore(toks, f, first, last, opens)
			if ok {
				pairs = append(pairs, pair{ti, k, score})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].score < pairs[j].score })
	usedX := map[int]bool{}
	for _, p := range pairs {
		if trigs[p.t].time >= 0 || usedX[p.x] {
			continue
		}
		trigs[p.t].time = p.x
		usedX[p.x] = true
	}
	shareTimes(toks, trigs)
}

// shareTimes gives two verbs joined by "and" in one clause the time that
// one of them has: "met in Ruse on Wednesday and agreed to set up a
// team", "met and agreed on Wednesday". A statement keeps its own ("rejected
// the offer today and said it would file on March 9").
func shareTimes(toks []token, trigs []found) {
	for i := 1; i < len(trigs); i++ {
		a, b := &trigs[i-1], &trigs[i]
		if !a.verb || !b.verb || a.class == "say" || b.class == "say" || (a.time >= 0) == (b.time >= 0) || !andJoined(toks, a.tok, b.tok) {
			continue
		}
		if a.time < 0 {
			a.time = b.time
		} else {
			b.time = a.time
		}
	}
}

// andJoined reports whether the verbs at tokens i < j of one clause are
// joined by "and" ("met ... and agreed", "met and then agreed"), with no
// other verb or list between them (coordinated asks only the first).
func andJoined(toks []token, i, j int) bool {
	if toks[i].clause != toks[j].clause {
		return false
	}
	k := j - 1
	for k > i && toks[k].word && (preVerbAdverbs[toks[k].lower] || strings.HasSuffix(toks[k].lower, "ly")) {
		k--
	}
	if k <= i || toks[k].lower != "and" {
		return false
	}
	for m := i + 1; m < k; m++ {
		if isVerbTrigger(toks[m]) || toks[m].text == "," || toks[m].text == ";" {
			return false
		}
	}
	return true
}

// opensSentence reports whether the expression stands at the head of the
// sentence before a comma ("On Thursday, ...", "Yesterday, ...").
func opensSentence(toks []token, first, last int) bool {
	for i := 0; i < first; i++ {
		if toks[i].word && !prepositions[toks[i].lower] && toks[i].lower != "earlier" && toks[i].lower != "later" {
			return false
		}
	}
	return last+1 < len(toks) && toks[last+1].text == ","
}

// ownedByOther reports whether the time that starts at token first, after
// the verb trigger at token k, belongs to a word between them: the noun
// it follows with "of" ("the collapse of 1929", "a repeat of 1929"), or a
// participle right before its preposition ("bonds issued in 1911").
func ownedByOther(toks []token, k, first int) bool {
	p := first - 1
	for p > k && (!toks[p].word || determiners[toks[p].lower]) {
		p-- // "provisions of the 1952 Consent Judgment"
	}
	if p <= k {
		return false
	}
	q := p - 1
	if q <= k || !toks[q].word || toks[q].cap {
		return false
	}
	switch {
	case toks[p].lower == "of":
		// Not a part of a time: "the first nine months of 1987".
		return !isVerbTrigger(toks[q]) && !timeParts[toks[q].lower]
	case prepositions[toks[p].lower]:
		// A participle after its noun, not a verb after its auxiliary and
		// an adverb: "was last raided in January" is the raid's.
		aux := q-1 > k && auxiliaries[toks[q-1].lower] || q-2 > k && auxiliaries[toks[q-2].lower]
		return strings.HasSuffix(toks[q].lower, "ed") && !isTrigger(toks[q]) && !aux
	}
	return false
}

// timeParts are the nouns that make a part of a time with "of": "the
// first nine months of 1987", "the end of December".
var timeParts = map[string]bool{
	"month": true, "months": true, "week": true, "weeks": true, "day": true, "days": true, "year": true, "years": true,
	"quarter": true, "quarters": true, "half": true, "end": true, "beginning": true, "start": true, "middle": true,
	"period": true, "part": true, "session": true, "spring": true, "summer": true, "autumn": true, "fall": true,
	"winter": true, "season": true, "decade": true, "century": true, "course": true, "rest": true, "close": true,
	"morning": true, "afternoon": true, "evening": true, "night": true,
}

func timeScore(toks []token, f found, first, last int, opens bool) (float64, bool) {
	if f.modifier {
		return 0, false
	}
	k := f.tok
	// A modifier of an event noun: "a May 10 meeting", "last week's attack".
	if !f.verb && k > last && k-last <= 4 {
		poss := possessiveTime(toks, last)
		det := first > 0 && determiners[toks[first-1].lower]
		np := true
		for j := last + 1; j < k; j++ {
			t := toks[j]
			if !t.word && t.text != "'s" && t.text != "’s" && t.text != "-" || prepositions[t.lower] || isTrigger(t) {
				np = false
			}
		}
		if np && (poss || det) {
			return -100, true
		}
	}
	if opens {
		// The sentence's head time governs the first verb of the main clause.
		for j := last + 1; j < len(toks); j++ {
			if j == k && f.verb && toks[j].clause == toks[first].clause && !(f.class == "say" && clauseAnd(toks, last, k)) {
				return -50, true
			}
			if toks[j].clause == toks[first].clause && isVerbTrigger(toks[j]) {
				break
			}
		}
	}
	if !f.verb && k > last && !opens && between(toks, last, k, ",") && !(toks[k-1].text == "," && strings.HasSuffix(toks[k].lower, "ing")) {
		// "to 2.0 mln tonnes in 1991, the accord said", "at the end of
		// December, the Finance Ministry said in a statement": a time
		// before a comma is of its own clause, unless it opens the
		// sentence ("In February, talks ...") or the noun is a
		// participle that goes on with it (", killing 90 people").
		return 0, false
	}
	if k < first && f.class != "rise" && f.class != "fall" && first > 1 && toks[first-1].lower == "for" && first-2 >= f.endTok && periodOwner(toks[first-2]) {
		// "will release its supply-demand guidelines for the second
		// quarter": the period is the object's.
		return 0, false
	}
	if comparedTime(toks, first, last, f.class == "rise" || f.class == "fall") {
		// "fell to 38 billion marks from 42.72 billion in 1985, and
		// parent company turnover fell": the time of a figure compared
		// with dates nothing.
		return 0, false
	}
	if f.verb && decadeAside(toks, first, last) {
		// "stars of the 1940s and 1950s, died", "Famous 1950s pin-up
		// star Betty Page has died": a decade that is not introduced as
		// when something happened describes someone.
		return 0, false
	}
	before := k < first
	if !before && !f.verb && anchorNoun(toks, k) {
		// "In the week following the fatal shooting, protests erupted",
		// "on Monday, after the crash": the time is of what came after.
		return 0, false
	}
	if before && !f.verb && lapses(toks, f.endTok, first, f.class == "agree") {
		// "the current agreement expires on Sept 30, 1988", "the accord
		// runs till 1999": the time is when it lapses, not when it was
		// made.
		return 0, false
	}
	if before && !f.verb && topicOf(toks, k) {
		// "publish its report on the collision in May": the time is the
		// report's; "convicted of murder on Friday", the verdict's.
		return 0, false
	}
	if before && (determinedTime(toks, first, last) || (f.verb || f.class == "say") && qualifies(toks, first, last)) {
		// "said its February sales rose": the time qualifies the noun
		// after it, the subject of another verb; "a statement on the
		// bank's 1986 results", what the statement is about.
		return 0, false
	}
	if before && f.verb && ownedByOther(toks, f.tok, first) {
		// "rejected a comparison with the stock market collapse of 1929",
		// "rejected a petition by holders of bonds issued in 1911": the
		// year is the noun's before "of", or the participle's before its
		// preposition, not the verb's.
		return 0, false
	}
	if before && f.verb && (f.class == "rise" || f.class == "fall") && baseline(toks, f.endTok, first) {
		// "rose to 46.5 mln dlrs from 40.9 mln dlrs a year ago": the
		// time of the figure compared with, not of the rise.
		return 0, false
	}
	var lo, hi int
	if before {
		lo, hi = f.endTok, first
	} else {
		lo, hi = last+1, k
	}
	// Distance in words, a name counting as one, commas as four.
	dist := 1
	for j := lo; j < hi; j++ {
		t := toks[j]
		switch {
		case t.text == ",":
			dist += 4
		case t.entity >= 0 && j > lo && toks[j-1].entity == t.entity:
		case t.word:
			dist++
		}
	}
	if f.class == "say" && f.verb && dist > 2 {
		return 0, false
	}
	if f.class == "say" && !f.verb && before && newClause(toks, f.endTok, first) {
		return 0, false // "said in a statement he sees 1988 earnings"
	}
	if dueDate(toks, first) {
		return 0, false
	}
	if last+1 < len(toks) && constantMoney[toks[last+1].lower] && first == last && startsWithDigit(toks[first].lower) {
		return 0, false // "GDP calculated at 1980 prices rose": a base year
	}
	if f.class == "say" && f.verb && first > k && possessiveTime(toks, last) {
		return 0, false // "said this year's exchange will value 530 mln dlrs"
	}
	if last < k && (f.class == "say" && f.verb && andLower(toks, last, k) || andSaid(toks, last, k)) {
		return 0, false // "predicted Congress will pass a trade bill this year and said"
	}
	if f.class == "say" && first > 0 && rangeOpeners[toks[first-1].lower] {
		return 0, false // "said between February 1985 and December 1986 the dollar fell"
	}
	score := float64(dist)
	if f.verb {
		score -= 2.5
	}
	if before {
		score -= 1
	} else if !f.verb {
		score += 4 // a time rarely governs a noun that follows it, unless it modifies it
	}
	if toks[k].clause != toks[first].clause {
		if dist > 6 {
			return 0, false
		}
		score += 20
	}
	if score > 14 {
		return 0, false
	}
	return score, true
}

// anchorNoun reports whether the event noun at token k, with its
// determiner and modifiers, follows a preposition that makes it the
// event another one is timed by: "following the fatal shooting", "after
// the crash", "in the wake of the fire".
func anchorNoun(toks []token, k int) bool {
	j := k - 1
	for j >= 0 && k-j <= 4 && toks[j].word && !prepositions[toks[j].lower] && !isTrigger(toks[j]) && toks[j].timex < 0 && !anchorPreps[toks[j].lower] {
		j--
	}
	if j < 0 {
		return false
	}
	if anchorPreps[toks[j].lower] {
		return true
	}
	return toks[j].lower == "of" && j > 0 && (toks[j-1].lower == "wake" || toks[j-1].lower == "aftermath" || toks[j-1].lower == "ahead")
}

// anchorPreps make the event noun they introduce a point another event is
// timed by.
var anchorPreps = map[string]bool{"following": true, "after": true, "since": true, "before": true, "until": true, "till": true, "amid": true}

// determinedTime reports whether the time at tokens first..last stands
// between a determiner (and perhaps a participle) and the word it
// qualifies: "said the March falls were due to", "the March 5 meeting",
// "approved a revised 1988 budget"; not after a preposition that says when
// ("in the February 23 week").
func determinedTime(toks []token, first, last int) bool {
	if first > 2 && determiners[toks[first-2].lower] && strings.HasSuffix(toks[first-1].lower, "ed") && !toks[first-1].cap &&
		last+1 < len(toks) && nounWord(toks[last+1]) && (first < 3 || !whenPrepositions[toks[first-3].lower]) {
		return true
	}
	return first > 1 && determiners[toks[first-1].lower] && !whenPrepositions[toks[first-2].lower] && last+1 < len(toks) && toks[last+1].word &&
		toks[last+1].entity < 0 && startsWithLetter(toks[last+1].lower)
}

// topicOf reports whether the event noun at token k is the topic of a
// report, an inquiry or the like ("its report on the collision", "an
// inquiry into the crash"), whose time a following expression gives.
func topicOf(toks []token, k int) bool {
	j := k - 1
	for j >= 0 && toks[j].word && !determiners[toks[j].lower] && !prepositions[toks[j].lower] && k-j <= 3 {
		j-- // "the barge collision"
	}
	if j >= 0 && determiners[toks[j].lower] {
		j--
	}
	if j < 1 {
		return false
	}
	switch toks[j].lower {
	case "on", "into", "about", "of":
		if topicNouns[toks[j-1].lower] {
			return true
		}
	}
	switch toks[j].lower {
	case "of", "with", "for", "in":
		return accusations[toks[j-1].lower]
	}
	return false
}

// accusations are the words of charges and verdicts, after which an event
// noun is what someone is accused of ("convicted of first-degree murder
// on Friday", "charged with the killing"): a time after the noun is the
// charge's or the verdict's.
var accusations = map[string]bool{
	"convicted": true, "charged": true, "guilty": true, "accused": true, "acquitted": true, "indicted": true,
	"suspicion": true, "suspected": true, "charge": true, "charges": true, "conviction": true, "arrested": true,
	"sentenced": true, "jailed": true, "arraigned": true, "tried": true, "trial": true, "suspect": true,
}

// topicNouns are what is written or held about an event.
var topicNouns = map[string]bool{
	"report": true, "reports": true, "inquiry": true, "investigation": true, "probe": true, "study": true,
	"review": true, "findings": true, "hearing": true, "hearings": true, "documentary": true, "book": true,
	"film": true, "article": true, "story": true, "paper": true, "debate": true, "questions": true,
}

// between reports whether a token of toks(lo:hi), the tokens strictly
// between lo and hi, is text (as written, lower-cased for words).
func between(toks []token, lo, hi int, text string) bool {
	for j := lo + 1; j < hi; j++ {
		if toks[j].text == text || toks[j].lower == text {
			return true
		}
	}
	return false
}

// ahead moves the month d of an event yet to happen, which the time
// expression text placed before the article's date dct, a year on: "will
// visit Rome ... during a trip to Europe in June", in a story of March
// 1987, is June 1987. A text that names a year or looks back ("last",
// "ago") keeps its date, as does an event noun after "last" or
// "previous" ("their last conference in December").
func ahead(d Date, text string, dct Date) Date {
	lower := strings.ToLower(text)
	if yearOr(lower, "last", "ago", "yesterday", "earlier", "past", "previous") {
		return d
	}
	// A month more than six weeks gone: "would discuss ... from March 1"
	// in a story of March 3 is reported speech, not next March.
	if d.Granularity != "month" || !monthNamed(lower) || !d.End.Before(dct.Start.AddDate(0, 0, -45)) {
		return d
	}
	return yearsOn(d, 1)
}

// yearsOn moves the month d by n years.
func yearsOn(d Date, n int) Date {
	d.Start, d.End = d.Start.AddDate(n, 0, 0), d.End.AddDate(n, 0, 0)
	d.Value = d.Start.Format("2006-01")
	return d
}

// monthBefore reports whether the time expression k stands in the noun
// phrase of the event noun at token n, before it, with only names between:
// "their February Paris accord", "the June summit".
func monthBefore(toks []token, k, n int) bool {
	_, last := timeSpan(toks, k)
	if last < 0 || last >= n {
		return false
	}
	for i := last + 1; i < n; i++ {
		if !toks[i].cap && toks[i].entity < 0 {
			return false
		}
	}
	return true
}

// nearest moves the month d, named without its year before an event
// noun, to its occurrence nearest the article's date dct, whatever the
// tense of the sentence: "the G-7 is set to review their February Paris
// accord", in April 1987, is the accord of February 1987. News recalls
// more than it foretells: a month of the past stays unless it lies more
// than eight months back ("the February accord" in September is last
// February's). An agreement someone has ("their February accord") has
// been reached: a month ahead is last year's (not so a meeting: "OPEC's
// June meeting" is to come).
func nearest(d Date, text string, dct Date, owned bool) Date {
	lower := strings.ToLower(text)
	if d.Granularity != "month" || !monthNamed(lower) || yearOr(lower, "last", "next", "coming", "previous") {
		return d
	}
	switch {
	case d.Start.After(dct.Start.AddDate(0, 6, 0)), owned && d.Start.After(dct.End):
		return yearsOn(d, -1)
	case d.End.Before(dct.Start.AddDate(0, -8, 0)):
		return yearsOn(d, 1)
	}
	return d
}

// behind moves the month d of what a verb in the past tense tells, which
// the time expression text placed after the article's date dct, a year
// back: "In mid-February, Piedmont said its board would meet", in a story
// of March 1987, is February 1987. A text that names a year keeps its
// date.
func behind(d Date, text string, dct Date) Date {
	lower := strings.ToLower(text)
	if yearOr(lower, "next", "coming") {
		return d
	}
	if d.Granularity != "month" || !monthNamed(lower) {
		return d
	}
	return yearsOn(d, -1)
}

// yearOr reports whether a lower-case time expression names a year (four
// digits) or holds one of words.
func yearOr(lower string, words ...string) bool {
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) == 4 && startsWithDigit(w) || slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// monthNamed reports whether a lower-case time expression names a month.
func monthNamed(s string) bool {
	for _, m := range [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// periodNouns after a time make a period of it: "the February 21 to 28
// period", "the March 6 week".
var periodNouns = map[string]bool{"period": true, "week": true, "quarter": true, "session": true, "months": true, "weeks": true}

// amountWords end a written amount: "33,992.0 billion won".
var amountWords = map[string]bool{"million": true, "mln": true, "billion": true, "bln": true, "trillion": true, "thousand": true}

// periodOwner reports whether t, before "for" and a time, is a noun the
// period belongs to ("guidelines for the second quarter", "results for
// 1987"), not a participle that schedules ("set for", "scheduled for").
func periodOwner(t token) bool {
	return nounWord(t) && !strings.HasSuffix(t.lower, "ed") && !pastParticiples[t.lower] && t.lower != "set" && t.lower != "due" && t.lower != "slated"
}

// clauseAnd reports whether toks(lo:hi) holds a clause, with a verb in
// the past tense, and then "and" and a subject of its own in lower case
// before hi, with no comma: "Last year, Japan racked up a surplus ... and
// economists said"; not "In 1985, Woolworth changed its strategy and
// announced" (one subject, one time), "Earlier today, London and Paris
// traders said", nor "Yesterday, Frank Hoenemeyer, a retired vice
// chairman ... and currently a Purolator board member, said".
func clauseAnd(toks []token, lo, hi int) bool {
	verb := false
	for j := lo + 1; j < hi; j++ {
		t := toks[j]
		if t.lower == "and" && verb && j+1 < hi && lowerAfter(toks, j, hi) && !between(toks, j, hi, ",") {
			return true
		}
		if t.word && t.entity < 0 && !t.cap && (pastForm(t.lower) || pastForms[t.lower]) {
			verb = true
		}
	}
	return false
}

// andLower reports whether "and" stands in toks(lo:hi) before a word in
// lower case: "will pass a trade bill this year and said"; not "Sun Co
// and Mobil said".
func andLower(toks []token, lo, hi int) bool {
	for j := lo + 1; j < hi; j++ {
		if toks[j].lower == "and" && lowerAfter(toks, j, hi) {
			return true
		}
	}
	return false
}

// lowerAfter reports whether the token after j, up to hi, is a word in
// lower case and no name.
func lowerAfter(toks []token, j, hi int) bool {
	return j+1 <= hi && j+1 < len(toks) && !toks[j+1].cap && toks[j+1].entity < 0
}

// andSaid reports whether "and" and a verb of saying stand in toks(lo:hi)
// ("froze wages at their level in the fourth quarter of 1986 and said any
// future rises"): what follows is another clause.
func andSaid(toks []token, lo, hi int) bool {
	for j := lo + 1; j+1 < hi; j++ {
		if toks[j].lower == "and" && clauseVerbs[toks[j+1].lower] {
			return true
		}
	}
	return false
}

// newClause reports whether a clause opens in toks[lo:hi]: a personal
// pronoun, "that" or a verb of saying.
func newClause(toks []token, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		switch toks[j].lower {
		case "he", "she", "it", "they", "we", "i", "that", "would", "will", "could", "should", "might", "can":
			return true
		}
		if clauseVerbs[toks[j].lower] {
			return true
		}
	}
	return false
}

// rangeOpeners introduce a period, which a statement, said on one day,
// does not have.
var rangeOpeners = map[string]bool{"between": true, "from": true, "since": true, "until": true, "through": true, "throughout": true, "for": true}

// instruments are borrowings that fall due: "notes due 1991".
var instruments = map[string]bool{
	"notes": true, "note": true, "bonds": true, "bond": true, "debentures": true, "loans": true, "loan": true,
	"securities": true, "paper": true, "warrants": true, "obligations": true, "issue": true, "issues": true,
}

// documentKinds before "statement" make it a document: "registration
// statement", "proxy statement", "financial statement".
var documentKinds = map[string]bool{
	"registration": true, "proxy": true, "financial": true, "income": true, "bank": true, "earnings": true,
	"account": true, "offering": true, "prospectus": true, "tax": true,
}

// lapses reports whether a verb of lasting or lapsing stands in
// toks[lo:hi] ("expires", "runs till", "matures"), or a word that makes
// the time a term ("past 1989", "beyond 1990", "until"; "due April 2" of
// an agreement, a deal's term, when deal is set: "elections due by April
// 1988" are when the elections are to be held).
func lapses(toks []token, lo, hi int, deal bool) bool {
	for j := lo; j < hi; j++ {
		switch toks[j].lower {
		case "expire", "expires", "expired", "expiring", "lapses", "lapsed", "matures", "matured", "lasts", "lasted",
			"past", "beyond", "until", "till":
			return true
		case "due":
			if deal || j > lo && instruments[toks[j-1].lower] {
				return true // "notes due 1991": their term
			}
		case "extend", "extends", "extended", "prolonged":
			if toks[hi-1].lower == "to" {
				return true // "the standstill will be extended for three years to June 30, 1990"
			}
			fallthrough
		case "runs", "ran", "run", "valid", "effective":
			if j+1 < hi && (toks[j+1].lower == "till" || toks[j+1].lower == "until" || toks[j+1].lower == "through" || toks[j+1].lower == "to") {
				return true
			}
		}
	}
	return false
}

// possessiveTime reports whether the time expression ending at token last
// is a possessive: "last week's attack", "yesterday's close".
func possessiveTime(toks []token, last int) bool {
	return possessiveMark(toks[last]) || last+1 < len(toks) && (toks[last+1].text == "'s" || toks[last+1].text == "’s")
}

// comparedTime reports whether the time expression at toks[first:last+1]
// is that of a figure compared with: "from 42.72 billion in 1985",
// "against 1.2 mln dlrs in the 1986 quarter", "versus 3.5 pct a year ago";
// after "from" and an amount, the time of a move (move) or a level ("rose
// six pct from 1985", "down two dlrs from yesterday's close"), not "meet
// for 12 days in Geneva from tomorrow".
func comparedTime(toks []token, first, last int, move bool) bool {
	if first > 0 && toks[first-1].lower == "on" {
		return false // "raised to eight pct from 7-1/4 on January 2": a day is the change's
	}
	level := possessiveTime(toks, last)
	if f := first - 1; f > 0 && toks[f].lower == "from" && (move || level) &&
		slices.ContainsFunc(toks[max(0, f-4):f], func(t token) bool { return startsWithDigit(t.lower) || numberWords[t.lower] }) {
		return true // "rose six pct from 1985", "down two dlrs from yesterday's close"
	}
	amount := false
	for j := first - 1; j >= 0 && j >= first-6; j-- {
		t := toks[j]
		switch {
		case t.text == "," || t.text == ";" || isVerbTrigger(t) || t.lower == "and" || t.lower == "but" || t.lower == "while":
			return false
		case startsWithDigit(t.lower):
			amount = true
		case t.lower == "from" || t.lower == "versus" || t.lower == "vs" || t.lower == "against" || t.lower == "compared":
			return amount || move && comparedPeriod(toks, j, first)
		}
	}
	return false
}

// comparedPeriod reports whether the words between the comparing word at
// token j and the time at token first only name the period compared with,
// after an amount: "dropped 4.2 pct from their levels a year earlier", "a
// decline of 7.4 pct against the same months of 1986"; not "fell to 40-year
// lows against the yen today".
func comparedPeriod(toks []token, j, first int) bool {
	return slices.ContainsFunc(toks[max(0, j-4):j], func(t token) bool { return startsWithDigit(t.lower) }) &&
		!slices.ContainsFunc(toks[j+1:first], func(t token) bool { return !baselineWords[t.lower] })
}

// decadeAside reports whether the time expression at toks[first:last+1]
// is a decade or a century ("1950s", "the 1980s", "the 19th century")
// that no preposition of time introduces ("in the 1950s", "during the
// 1980s", "since the 1990s").
func decadeAside(toks []token, first, last int) bool {
	decade := false
	for j := first; j <= last; j++ {
		w := toks[j].lower
		if w == "century" || len(w) >= 3 && startsWithDigit(w) && strings.HasSuffix(w, "s") && !strings.ContainsAny(w, ".,:/") {
			decade = true
		}
	}
	if !decade {
		return false
	}
	j := first - 1
	for j >= 0 {
		w := toks[j].lower
		switch {
		case determiners[w], w == "early", w == "mid", w == "late":
			j--
			continue
		case (w == "and" || w == "or") && j > 0 && startsWithDigit(toks[j-1].lower):
			j -= 2 // "the 1940s and 1950s": what introduces the first
			continue
		}
		break
	}
	if j < 0 {
		return true
	}
	switch toks[j].lower {
	case "in", "during", "since", "through", "throughout", "until", "till", "by", "from", "to", "before", "after", "between":
		return false
	}
	return true
}

// qualifies reports whether the time expression at toks[first:last+1]
// qualifies the noun after it, as a name does: "its February sales",
// "Bass's 1986 sales", "first quarter earnings"; not "fell 10 pct last
// year due to", "received late last year preliminary approval".
func qualifies(toks []token, first, last int) bool {
	for last+2 < len(toks) && toks[last+1].text == "/" && monthNamed(toks[last+2].lower) {
		last += 2 // "said January/March imports grew"
	}
	if determinedTime(toks, first, last) {
		return true
	}
	if last+1 >= len(toks) || !nounWord(toks[last+1]) || first > 0 && whenPrepositions[toks[first-1].lower] ||
		first > 1 && determiners[toks[first-1].lower] && whenPrepositions[toks[first-2].lower] {
		return false // "in the February 23 week" says when; "with the 1988 crop" does not
	}
	for j := first; j <= last; j++ {
		switch toks[j].lower {
		case "last", "next", "this", "ago", "late", "early", "earlier", "later", "yesterday", "today", "tomorrow", "'s", "’s":
			return false
		}
	}
	return true
}

// baseline reports whether the words from a rise or fall's verb (at lo)
// to a time (at hi) compare with an earlier figure: "from December",
// "from 40.9 mln dlrs", "following a 3.6 pct increase in the third quarter",
// "compared with 123,092", "versus", "against"; not "gained over 3% over
// the course of the week".
func baseline(toks []token, lo, hi int) bool {
	if j := hi - 1; j >= lo && (toks[j].lower == "from" || determiners[toks[j].lower] && j-1 >= lo && toks[j-1].lower == "from") {
		return true // "fell a revised 0.04 pct from December"
	}
	for j := lo; j < hi; j++ {
		switch toks[j].lower {
		case "from", "versus", "vs", "against", "compared", "following", "after":
			// An amount soon after: "from 40.9 mln", "compared with a
			// year-ago 199.0 mln", not "from the weak levels of".
			for i := j + 1; i < hi && i <= j+4; i++ {
				if startsWithDigit(toks[i].text) || numberWords[toks[i].lower] {
					return true
				}
			}
		}
	}
	return false
}

func isTrigger(t token) bool {
	if !t.word || t.entity >= 0 {
		return false
	}
	_, ok := triggers[t.lower]
	return ok
}

func isVerbTrigger(t token) bool {
	if !t.word || t.entity >= 0 {
		return false
	}
	tr, ok := triggers[t.lower]
	return ok && tr.verb
}

// consequences are verbs whose event is the attack or disaster named
// before them: "a chemical attack killed 80 people" dates the attack.
var consequences = map[string]bool{"kill": true, "injure": true, "die": true}

var causes = map[string]bool{"attack": true, "strike": true, "crash": true, "collide": true, "quake": true, "fire": true}

// collapse joins the triggers of one segment that name the same
// happening ("held talks", "used a meeting with ... to meet"), and moves
// the time of a consequence to the event that caused it.
func collapse(toks []token, trigs []found) []found {
	for i := range trigs {
		f := &trigs[i]
		if !consequences[f.class] || !f.verb || f.passive {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			c := &trigs[j]
			if toks[c.tok].clause != toks[f.tok].clause {
				break
			}
			if causes[c.class] && !c.verb {
				if c.time < 0 {
					c.time, f.time = f.time, -1
				}
				if f.time < 0 || f.time == c.time {
					f.cause = j // the consequence is told as part of its cause
				}
				break
			}
		}
	}
	var out []found
	for _, f := range trigs {
		if f.cause >= 0 {
			c := trigs[f.cause]
			for k := range out {
				if out[k].tok == c.tok {
					out[k].also = append(out[k].also, f.tok)
				}
			}
			continue
		}
		merged := false
		for k := range out {
			o := &out[k]
			if o.class != f.class || toks[o.tok].seg != toks[f.tok].seg || o.time >= 0 && f.time >= 0 && o.time != f.time {
				continue
			}
			if o.time < 0 {
				o.time = f.time
			}
			if f.verb && !o.verb {
				o.verb, o.passive = true, f.passive
			}
			o.also = append(o.also, f.tok)
			merged = true
			break
		}
		if !merged {
			out = append(out, f)
		}
	}
	return out
}

// candidate builds the candidate of trigger f of sentence si.
func candidate(a Article, toks []token, ms []int, xs []timex.Timex, f found, si int, s corpus.Span) Candidate {
	t := toks[f.tok]
	end := toks[f.endTok-1].end
	c := Candidate{
		Sentence: si, SentenceText: a.Text[s.Start:s.End],
		Trigger: a.Text[t.start:end], TriggerSpan: corpus.Span{Start: t.start, End: end},
		TriggerOffset: utf8.RuneCountInString(a.Text[:t.start]),
		Class:         f.class, Verb: f.verb, Future: f.future, TimeOffset: -1, Place: -1, DocDate: a.DCT,
	}
	for _, k := range f.also {
		c.Also = append(c.Also, corpus.Span{Start: toks[k].start, End: toks[k].end})
	}
	if f.time >= 0 {
		x := xs[f.time]
		c.TimeText, c.TimeSpan = x.Text, corpus.Span{Start: x.Start, End: x.End}
		c.TimeOffset = utf8.RuneCountInString(a.Text[:x.Start])
		if d, ok := DateOf(x); ok {
			c.Date = d
			if f.future && !a.DCT.IsZero() && d.End.Before(a.DCT.Start) && !(f.tok > 0 && (toks[f.tok-1].lower == "last" || toks[f.tok-1].lower == "previous")) {
				c.Date = ahead(d, x.Text, a.DCT)
			}
			if !f.future && f.verb && !a.DCT.IsZero() && d.Start.After(a.DCT.End) && pastForm(toks[f.tok].lower) {
				c.Date = behind(d, x.Text, a.DCT)
			}
			if !f.verb && !a.DCT.IsZero() && monthBefore(toks, f.time, f.tok) {
				first, _ := timeSpan(toks, f.time)
				owned := f.class == "agree" && first > 0 && (possessivePronouns[toks[first-1].lower] || possessiveMark(toks[first-1]))
				c.Date = nearest(c.Date, x.Text, a.DCT, owned)
			}
		} else if d, ok := coarseDate(x, a.DCT, f.future); ok {
			c.Date = d
		} else {
			c.Weekday = weekdayOf(x.Value)
		}
		if strings.Contains(strings.ToLower(x.Text), "next") || strings.Contains(strings.ToLower(x.Text), "coming") {
			c.Future = true
		}
	}
	participants(a, toks, f, &c)
	if !f.verb {
		c.Phrase = nounPhrase(toks, f.tok)
		if len(c.Participants) == 0 && c.Place < 0 {
			if cp := complement(toks, f.endTok); cp != "" {
				c.Phrase += " " + cp // "decline in output", "talks on a new labor contract"
			}
		}
	} else if len(c.Participants) < 2 {
		c.Object = objectPhrase(toks, f.endTok)
	}
	if f.verb && isVerbTrigger(toks[f.tok]) && (f.passive || classes[c.Class].transitive && reducedRelative(toks, f.tok, f.endTok)) {
		c.Patient = patientPhrase(a.Text, toks, f.tok) // "Two crew members were killed", "figures released this week"
	}
	if f.verb && !f.passive && isVerbTrigger(toks[f.tok]) {
		// A statement's speaker is best named ("a company spokesman said"
		// is the company's): a phrase only replaces a name it holds.
		cl := classes[c.Class]
		p, named := subjectPhrase(a.Text, toks, f.tok, f.endTok, cl.transitive || c.Class == "say")
		if l, ok := namedBefore(a, toks, f.tok, p, named); ok {
			// "Trading on the Singapore International Monetary Exchange
			// hit a record, the exchange said": the name the phrase
			// stands for.
			parts := []int{l}
			for _, x := range c.Participants {
				if x != l {
					parts = append(parts, x)
				}
			}
			c.Participants, c.Subject, p = parts, true, ""
		}
		if c.Class != "say" || named || !c.Subject {
			c.SubjectPhrase = p
		}
	}
	return c
}

// namedBefore returns the local entity that a subject phrase of one
// common noun with "the" stands for: the nearest name before the verb at
// token k, in its sentence, whose last word is that noun ("the
// exchange" for the Singapore International Monetary Exchange, "the
// bank" for the Bank of France is not: its last word is France).
func namedBefore(a Article, toks []token, k int, phrase string, named bool) (int, bool) {
	if phrase == "" || named || strings.ContainsRune(phrase, ' ') {
		return 0, false
	}
	head := strings.ToLower(phrase)
	the := false
	for j := k - 1; j >= 1; j-- {
		if toks[j].lower == head && toks[j].entity < 0 {
			the = toks[j-1].lower == "the"
			break
		}
	}
	if !the {
		return 0, false
	}
	for j := k - 1; j >= 0; j-- {
		t := toks[j]
		if t.entity < 0 || j+1 < len(toks) && toks[j+1].entity == t.entity {
			continue // not the last token of a name
		}
		if words := strings.Fields(a.Mentions[t.entity].Text); len(words) > 1 && strings.EqualFold(words[len(words)-1], head) {
			return a.Owner[t.entity], true
		}
	}
	return 0, false
}

// weekdayOf reads the ISO weekday of an unresolved TIMEX3 value such as
// XXXX-WXX-3.
func weekdayOf(v string) int {
	if len(v) == 10 && strings.HasPrefix(v, "XXXX-WXX-") && v[9] >= '1' && v[9] <= '7' {
		return int(v[9] - '0')
	}
	return 0
}

// coarseDate places a month name ("in January", value XXXX-01) or "last
// year" / "this year" in an article whose date is known only to the month
// or year: the tagger anchors relative expressions only to a known day.
// A month after the article's month is last year's unless the clause
// speaks of the future.
func coarseDate(x timex.Timex, dct Date, fut bool) (Date, bool) {
	if dct.IsZero() || dct.Granularity == "day" {
		return Date{}, false
	}
	y := dct.Start.Year()
	v := x.Value
	switch {
	case len(v) == 7 && strings.HasPrefix(v, "XXXX-") && dct.Granularity == "month":
		mo := int(v[5]-'0')*10 + int(v[6]-'0')
		if mo < 1 || mo > 12 {
			return Date{}, false
		}
		if time.Month(mo) > dct.Start.Month() && !fut {
			y--
		} else if time.Month(mo) < dct.Start.Month() && fut {
			y++
		}
		s := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
		return Date{Value: s.Format("2006-01"), Start: s, End: s.AddDate(0, 1, -1), Granularity: "month"}, true
	case v == "XXXX":
		switch strings.ToLower(strings.TrimSpace(x.Text)) {
		case "last year":
			y--
		case "next year":
			y++
		case "this year":
		default:
			return Date{}, false
		}
		s := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return Date{Value: s.Format("2006"), Start: s, End: s.AddDate(1, 0, -1), Granularity: "year"}, true
	}
	return Date{}, false
}

// participants finds the entities of the trigger's clause, the subject
// first, and its place.
func participants(a Article, toks []token, f found, c *Candidate) {
	k := f.tok
	clause, seg := toks[k].clause, toks[k].seg
	type ent struct {
		tok, local int
		kind       entities.Kind
		prep       string
	}
	var ents []ent
	seen := map[int]bool{} // mentions already listed
	for i, t := range toks {
		if t.entity < 0 || seen[t.entity] || t.clause != clause {
			continue
		}
		seen[t.entity] = true
		m := a.Mentions[t.entity]
		if m.Kind != entities.Person && title(toks, i, a.Mentions) {
			continue // "US Secretary of State Rex Tillerson": the country is part of his title
		}
		e := ent{tok: i, local: a.Owner[t.entity], kind: m.Kind}
		compound := len(t.text) > m.Span.End-m.Span.Start && strings.ContainsAny(t.text, "-")
		j := i - 1
		the := false
		if j >= 0 && toks[j].lower == "the" {
			the = true
			j--
		}
		if j >= 0 && !compound && (toks[j].lower == "in" || toks[j].lower == "at" || toks[j].lower == "near") {
			e.prep = toks[j].lower
			if the {
				e.prep += " the"
			}
		}
		ents = append(ents, e)
	}
	// The place: a location (or, after "at", an organization's seat such
	// as "at the White House") introduced by in, at or near, nearest the
	// trigger.
	bestDist := 1 << 30
	for _, e := range ents {
		if e.prep == "" || e.kind == entities.Person || e.kind == entities.Organization && e.prep != "at" && !strings.HasSuffix(e.prep, " the") {
			continue
		}
		if d := abs(e.tok - k); d < bestDist {
			bestDist, c.Place, c.PlacePrep = d, e.local, e.prep
		}
	}
	var subj []int
	var objs []int
	placed := map[int]bool{} // locations said to be where things happen
	for _, e := range ents {
		if e.prep != "" && e.kind != entities.Person {
			placed[e.local] = true
		}
	}
	add := func(list *[]int, l int) {
		if l == c.Place || placed[l] {
			return
		}
		for _, x := range subj {
			if x == l {
				return
			}
		}
		for _, x := range objs {
			if x == l {
				return
			}
		}
		*list = append(*list, l)
	}
	if f.verb {
		// Subject: the nearest name before the trigger in its segment, with
		// names joined to it by "and"; else the nearest before in the clause.
		left := -1 // the first token of the leftmost subject
		// "X told the SEC it has acquired": with a pronoun for subject,
		// a name that is the object of a verb or a preposition is not
		// what the pronoun stands for.
		pronoun := pronounSubject(toks, k) || coordinated(toks, k)
		if i := antecedent(toks, k); i >= 0 {
			// "Anastasios Kyriakides, who resigned": the name before the
			// relative pronoun, in the clause the relative clause hangs on.
			add(&subj, a.Owner[toks[i].entity])
		}
		for i := len(ents) - 1; i >= 0; i-- {
			e := ents[i]
			if e.tok > k || pronoun && (objectLike(toks, e.tok) || addressPart(toks, e.tok, a.Mentions)) || roleAside(toks, e.tok, k) {
				continue
			}
			if p := residenceAside(toks, a.Mentions, e.tok, k); p >= 0 && len(subj) == 0 {
				// "John Jenkin, 23, of Newton Street, Millom was
				// arrested": the person, not where he lives.
				for _, o := range ents {
					if o.tok == p {
						add(&subj, o.local)
						left = p
					}
				}
				break
			}
			if toks[e.tok].seg != seg && !(len(subj) == 0 && beforeRoleAside(toks, e.tok, k)) {
				continue
			}
			if len(subj) == 0 || left >= 0 && conjoined(toks, e.tok) {
				add(&subj, e.local)
				left = e.tok
			}
		}
		// A headline's subjects joined by commas from the start of the
		// sentence: "Putin, Tillerson discuss bad state of ties".
		for left >= 2 && toks[left-1].text == "," && toks[left-2].entity >= 0 {
			start := left - 2
			for start > 0 && toks[start-1].entity == toks[left-2].entity {
				start--
			}
			if start > 0 && toks[start-1].text != "," {
				break
			}
			found := false
			for _, e := range ents {
				if e.tok == start {
					add(&subj, e.local)
					found = true
				}
			}
			if !found {
				break
			}
			left = start
		}
		if len(subj) == 0 {
			for i := len(ents) - 1; i >= 0; i-- {
				// Not a name after a preposition, which no subject is:
				// "The stretch between Ruse and Giurgiu will remain
				// closed, officials said".
				if e := ents[i]; e.tok < k && e.local != c.Place && !objectLike(toks, e.tok) &&
					!addressPart(toks, e.tok, a.Mentions) && !inApposition(toks, e.tok) {
					add(&subj, e.local)
					break
				}
			}
		}
		// Reverse the conjoined subjects into text order, nearest-first kept.
		for i, j := 0, len(subj)-1; i < j; i, j = i+1, j-1 {
			subj[i], subj[j] = subj[j], subj[i]
		}
		for _, e := range ents {
			if e.tok > k && toks[e.tok].seg == seg && objectOf(toks, f.endTok, e.tok) {
				add(&objs, e.local)
			}
		}
		if f.passive {
			// "X was arrested by Y": Y did it to X.
			var agent []int
			for _, e := range ents {
				if e.tok > k && toks[e.tok].seg == seg && afterBy(toks, e.tok) {
					agent = append(agent, e.local)
				}
			}
			if k > 0 && !beForms[toks[k-1].lower] && (k < 2 || !beForms[toks[k-2].lower]) && !sharedPassive(toks, k) {
				// "figures released by Y", "the fish killed by the spill":
				// the names before are not what the participle's noun
				// underwent, they belong to the clause it stands in; a
				// name right before is ("Zurana Horton, 34, killed").
				subj = nil
				if n := nameBefore(toks, k); n >= 0 {
					add(&subj, a.Owner[toks[n].entity])
				}
			}
			if len(agent) > 0 {
				c.Participants, c.Subject = append(agent, subj...), true
				return
			}
			c.Participants = append(subj, objs...)
			return
		}
		c.Participants, c.Subject = append(subj, objs...), len(subj) > 0
		return
	}
	// An event noun: the names inside its noun phrase ("Putin's meeting",
	// "the Trump-Putin meeting"), then those it governs ("with X",
	// "between X and Y", "on X").
	for _, e := range ents {
		if e.tok < k && inNounPhrase(toks, e.tok, k) {
			if c.Place < 0 && townOrRegion(a, e.local) && !possessiveName(toks, e.tok) {
				// "the Paris agreement", "the Geneva talks": where, not who
				// (a country is a party: "the US-Russia talks").
				c.Place, c.PlacePrep = e.local, "in"
				continue
			}
			add(&subj, e.local)
		}
	}
	if len(subj) == 0 {
		start := k - 1
		for start >= 0 && start >= k-4 && toks[start].word && !determiners[toks[start].lower] && !prepositions[toks[start].lower] {
			start--
		}
		// "their talks", or a noun that is the object of the clause's verb
		// ("Putin used a meeting with ..."): the subject of the clause.
		object := start > 0 && determiners[toks[start].lower] && lightVerbs[toks[start-1].lower]
		if start >= 0 && possessivePronouns[toks[start].lower] || object {
			for i := len(ents) - 1; i >= 0; i-- {
				if e := ents[i]; e.tok < k && toks[e.tok].seg == seg && e.local != c.Place {
					add(&subj, e.local)
					break
				}
			}
		}
	}
	// Names the noun governs: "with X", "between X and Y", "on X".
	for _, e := range ents {
		if e.tok > k && e.tok <= k+8 && toks[e.tok].seg == seg && governedByNoun(toks, f.endTok, e.tok) &&
			(f.class != "die" || toks[f.endTok].lower == "of") {
			add(&objs, e.local) // a death is of someone: not "her death to the Associated Press"
		}
	}
	c.Participants, c.Subject = append(subj, objs...), len(subj) > 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// nounPreps are the prepositions through which an event noun takes its
// participants.
var nounPreps = map[string]bool{"with": true, "between": true, "on": true, "against": true, "of": true, "by": true, "to": true, "and": true, "involving": true}

// governedByNoun reports whether the name at token j is a complement of
// the event noun that ends before token i: a preposition such as "with"
// leads to it, and nothing but words do in between.
func governedByNoun(toks []token, i, j int) bool {
	ok := false
	for k := i; k < j; k++ {
		t := toks[k]
		if !t.word || isVerbTrigger(t) || subordinators[t.lower] || t.timex >= 0 {
			return false
		}
		if prepositions[t.lower] || t.lower == "and" || t.lower == "involving" {
			if !nounPreps[t.lower] {
				return false
			}
			ok = true
		}
	}
	if ok {
		// "the attack with Russia's advance knowledge": a name that owns
		// the manner of the event is not one of its participants.
		e := j
		for e+1 < len(toks) && toks[e+1].entity == toks[j].entity {
			e++
		}
		if possessiveMark(toks[e]) || e+1 < len(toks) && (toks[e+1].text == "'s" || toks[e+1].text == "’s") {
			for k := e + 1; k < len(toks) && k <= e+4 && toks[k].word; k++ {
				if mannerNouns[toks[k].lower] {
					return false
				}
			}
		}
	}
	return ok
}

// mannerNouns after a possessive name say how an event happened, not who
// took part: "with Russia's advance knowledge", "with Moscow's backing".
var mannerNouns = map[string]bool{
	"knowledge": true, "help": true, "support": true, "backing": true, "approval": true, "consent": true,
	"blessing": true, "permission": true, "assistance": true, "acquiescence": true, "complicity": true,
}

// title reports whether the name at token i opens the title of a person
// named right after it ("US Secretary of State Rex Tillerson") or of an
// office named without its holder ("the US secretary of state").
func title(toks []token, i int, mentions []entities.Mention) bool {
	e := toks[i].entity
	j := i + 1
	for j < len(toks) && toks[j].entity == e {
		j++
	}
	// A title without its holder's name ("Putin receives US Secretary of
	// State", "Lavrov's meeting with the US president"): the country
	// qualifies the office, the holder takes part.
	office := j < len(toks) && toks[j].word && toks[j].entity < 0 &&
		(toks[j].cap && entities.IsTitleWord(toks[j].text) || officeNoun(toks[j].lower))
	for k := j; k < len(toks) && k < j+5; k++ {
		t := toks[k]
		if t.entity >= 0 {
			return mentions[t.entity].Kind == entities.Person
		}
		if t.text == "." {
			continue
		}
		if !t.word || !t.cap && t.lower != "of" {
			return office
		}
	}
	return office
}

// officeNoun reports whether a lower-case word names an office held by
// one person, which a country's name may qualify ("the US president").
func officeNoun(w string) bool {
	switch w {
	case "president", "secretary", "minister", "ambassador", "envoy", "spokesman",
		"spokeswoman", "chancellor", "premier", "king", "queen", "leader":
		return true
	}
	return false
}

// conjoined reports whether the name at token i is joined by "and" (or a
// comma) to a name already taken as subject.
func conjoined(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+8; j++ {
		t := toks[j]
		if t.entity >= 0 && t.entity != toks[i].entity {
			return false
		}
		if t.lower == "and" || t.lower == "&" {
			return true
		}
		if !t.word && t.text != "." {
			return false
		}
		if isVerbTrigger(t) {
			return false
		}
	}
	return false
}

// objectOf reports whether the name at token j can be an object of the
// verb that ends before token i: no other verb, infinitive or clause
// opens between them, and it is near.
func objectOf(toks []token, i, j int) bool {
	words := 0
	for k := i; k < j; k++ {
		t := toks[k]
		if isVerbTrigger(t) || subordinators[t.lower] || t.lower == "to" && k+1 < len(toks) && !toks[k+1].cap && !determiners[toks[k+1].lower] {
			return false
		}
		if t.word && (t.entity < 0 || k == i || toks[k-1].entity != t.entity) {
			words++
		}
	}
	return words <= 8
}

// townOrRegion reports whether the local entity l is a town or a region
// the gazetteer knows, not a country.
func townOrRegion(a Article, l int) bool {
	if l < 0 || l >= len(a.Locals) {
		return false
	}
	p := a.Locals[l].Place
	return strings.HasPrefix(p, "city/") || strings.HasPrefix(p, "region/")
}

// possessiveName reports whether the name that starts at token i is a
// possessive: "Paris's" (one token) or "Paris" "'s".
func possessiveName(toks []token, i int) bool {
	j := i
	for j+1 < len(toks) && toks[j+1].entity == toks[i].entity {
		j++
	}
	return possessiveMark(toks[j]) || j+1 < len(toks) && (toks[j+1].text == "'s" || toks[j+1].text == "’s")
}

// verbBetween reports whether a verb trigger stands between tokens i and j.
func verbBetween(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if isVerbTrigger(toks[k]) {
			return true
		}
	}
	return false
}

// inNounPhrase reports whether the name at token i modifies the noun at
// token k: only words, possessives and hyphens between, at most three.
func inNounPhrase(toks []token, i, k int) bool {
	e := toks[i].entity
	j := i + 1
	for j < k && toks[j].entity == e {
		j++
	}
	if k-j > 3 {
		return false
	}
	for ; j < k; j++ {
		t := toks[j]
		if (!t.word && t.text != "-" && t.text != "'s" && t.text != "’s") || prepositions[t.lower] || determiners[t.lower] && t.lower != "the" || isVerbTrigger(t) {
			return false
		}
		if t.lower == "and" {
			return false
		}
	}
	return true
}

// nounPhrase gives the modifiers and head of an event noun, without
// determiners and times: "deadly chemical attack", "G20 summit".
func nounPhrase(toks []token, k int) string {
	start := k
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := toks[j]
		if t.text == "'" || t.text == "’" {
			continue // "shareholders' meeting": the plural possessive's mark
		}
		if !t.word || t.timex >= 0 || determiners[t.lower] || prepositions[t.lower] || isVerbTrigger(t) || subordinators[t.lower] ||
			nonSubjects[t.lower] || auxiliaries[t.lower] || clauseVerbs[t.lower] ||
			possessiveMark(t) || t.lower == "and" || beForms[t.lower] || negations[t.lower] {
			break
		}
		start = j
	}
	var words []string
	for j := start; j <= k; j++ {
		if (toks[j].text == "'" || toks[j].text == "’") && len(words) > 0 {
			words[len(words)-1] += toks[j].text
			continue
		}
		words = append(words, toks[j].text)
	}
	return strings.Join(words, " ")
}

// particles are prepositions and adverbs besides the common ones that end
// an object: "killed fish along the river", "met officials there".
var particles = map[string]bool{
	"along": true, "across": true, "around": true, "through": true, "toward": true, "towards": true,
	"within": true, "without": true, "off": true, "up": true, "down": true, "out": true, "via": true,
	"amid": true, "among": true, "beyond": true, "behind": true, "below": true, "above": true, "inside": true,
	"outside": true, "upon": true, "onto": true, "per": true, "like": true, "despite": true, "here": true,
	"there": true, "again": true, "instead": true, "too": true, "yet": true,
}

// complement gives the short complement that follows an event noun at
// token j and says what it is about, as written, when no name does:
// "in output", "on a new labor contract", "of finance ministers". It is
// "" for none, for a name ("of OPEC" makes a participant), an amount
// ("of five pct") or a clause ("to buy").
func complement(toks []token, j int) string {
	if j+1 >= len(toks) || !complementNouns[toks[j].lower] {
		return ""
	}
	k := j + 1
	if determiners[toks[k].lower] && !possessivePronouns[toks[k].lower] {
		k++
	}
	first, last := k, -1
	for ; k < len(toks) && k < first+4; k++ {
		t := toks[k]
		if !nounWord(t) || t.entity >= 0 || quantities[t.lower] || numberWords[t.lower] {
			break
		}
		last = k
	}
	for last >= first && (pastForm(toks[last].lower) || pastForms[toks[last].lower]) {
		last-- // "strikes in the sector started": the verb is not the noun's
	}
	if last < first || idioms[toks[first].lower] {
		return "" // "in favor", "in principle"
	}
	if k < len(toks) && (toks[k].entity >= 0 || numberWords[toks[k].lower] || startsWithDigit(toks[k].text)) {
		return "" // "in the Gulf", "of five pct": the name or amount is the point
	}
	words := make([]string, 0, last-j+1)
	for i := j; i <= last; i++ {
		words = append(words, toks[i].text)
	}
	return strings.Join(words, " ")
}

// complementNouns are the prepositions that open an event noun's
// complement.
var complementNouns = map[string]bool{"in": true, "on": true, "of": true, "over": true, "for": true}

// idioms are the nouns of set phrases that say nothing of what an event
// is about: "a meeting in favor", "agreement in principle".
var idioms = map[string]bool{
	"favor": true, "favour": true, "principle": true, "part": true, "fact": true, "general": true,
	"particular": true, "order": true, "response": true, "advance": true, "addition": true, "total": true,
	"turn": true, "effect": true, "view": true, "case": true, "time": true, "place": true, "line": true,
}

// numberWords are amounts written out.
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "half": true, "dozen": true, "hundreds": true, "thousands": true,
}

// objectPhrase gives the object noun phrase after a verb when it is not a
// name: "a Western effort". It stops at a preposition, a punctuation mark
// or a time.
func objectPhrase(toks []token, j int) string {
	if j >= len(toks) || !determiners[toks[j].lower] && (toks[j].cap || !nounWord(toks[j])) {
		return "" // a determiner, or a plain noun phrase: "met port officials there"
	}
	var words []string
	for k := j; k < len(toks) && len(words) < 4; k++ {
		t := toks[k]
		if !t.word || t.timex >= 0 || t.entity >= 0 || prepositions[t.lower] || (k > j && (determiners[t.lower] || isTrigger(t))) || subordinators[t.lower] ||
			nonSubjects[t.lower] || auxiliaries[t.lower] || beForms[t.lower] || strings.HasSuffix(t.lower, "ly") || particles[t.lower] {
			break
		}
		words = append(words, t.text)
	}
	if len(words) < 2 || !determiners[toks[j].lower] && !guestNouns[strings.ToLower(words[len(words)-1])] {
		return "" // without a determiner, only people: "port officials", not "eight cargoes"
	}
	return strings.Join(words, " ")
}

// meets reports whether verb trigger f of class "meet" tells of a
// meeting: a verb of receiving needs a guest, or in the passive an agent;
// "meet" needs someone to meet, not a need.
func meets(toks []token, f found) bool {
	w := toks[f.tok].lower
	switch {
	case guestVerbs[w] && f.passive:
		return agentAfter(toks, f.endTok)
	case guestVerbs[w]:
		return guestAfter(toks, f.endTok)
	case w == "met" && f.passive && metBefore(toks, f.tok):
		return false // "the deficit reduction targets will be met"
	case w == "meet" || w == "meets" || w == "met":
		return !unmet(toks, f.endTok)
	}
	return true
}

// metBefore reports whether what a passive "met" at token k befell is a
// need, a target or the like, named before its form of "be".
func metBefore(toks []token, k int) bool { return wordBefore(toks, k, 4, metNouns) }

// guestAfter reports whether the words after a verb of receiving
// ("welcomed", "received", "hosted") name a guest: a name or a title
// ("received US Secretary of State Rex Tillerson"), a pronoun ("welcomed
// him") or a noun phrase whose head is a person or a group of people
// ("hosted a delegation"); not "welcomed the report", "received a
// letter" or "received SEC approval", where the name only qualifies the
// head. Nothing said of the guest ("was warmly welcomed on Monday") gives
// the meeting the benefit of the doubt.
func guestAfter(toks []token, j int) bool {
	k := skipAdverbs(toks, j)
	if k >= len(toks) {
		return true
	}
	if t := toks[k]; t.lower == "from" {
		return false // "an offer it received from TWA": a thing received
	} else if !t.word || t.timex >= 0 || prepositions[t.lower] || guestPronouns[t.lower] {
		return true
	}
	if determiners[toks[k].lower] {
		k++
	}
	for end := min(len(toks), k+6); k < end; k++ {
		t := toks[k]
		switch {
		case t.entity >= 0 || t.cap && t.timex < 0:
			// A name: the guest, unless a noun follows that it qualifies.
			for k+1 < len(toks) && (toks[k+1].entity >= 0 || toks[k+1].cap && toks[k+1].word && toks[k+1].timex < 0) {
				k++
			}
			if k+1 >= len(toks) || !plainNoun(toks[k+1]) {
				return true
			}
		case guestNouns[t.lower]:
			return true
		case !plainNoun(t):
			return false
		}
	}
	return false
}

// skipAdverbs returns the index of the first token from j on that is no
// adverb in -ly ("positively", "warmly").
func skipAdverbs(toks []token, j int) int {
	for j < len(toks) && toks[j].word && !toks[j].cap && len(toks[j].lower) > 4 && strings.HasSuffix(toks[j].lower, "ly") {
		j++
	}
	return j
}

// plainNoun reports whether t may be a word of a noun phrase after its
// determiner: a noun word (see nounWord) in lower case that names no
// event.
func plainNoun(t token) bool {
	return nounWord(t) && !t.cap && !isTrigger(t)
}

// agentAfter reports whether a passive verb's agent follows it: "was
// received by Foreign Minister Lavrov", not "has been positively
// received".
func agentAfter(toks []token, j int) bool {
	k := skipAdverbs(toks, j)
	return k < len(toks) && toks[k].lower == "by"
}

// unmet reports whether the words after "meet" say what is met rather
// than who: "to meet demand", "meets the trading system's net worth
// requirements", "meet its borrowing needs".
func unmet(toks []token, j int) bool {
	k := j
	if k < len(toks) && determiners[toks[k].lower] {
		k++
	}
	for end := min(len(toks), k+5); k < end; k++ {
		t := toks[k]
		if metNouns[t.lower] {
			return true
		}
		if !t.word || t.entity >= 0 || prepositions[t.lower] || coordinators[t.lower] || isTrigger(t) {
			break
		}
	}
	return false
}

// auxiliaries stand between a subject and its verb: "has fallen",
// "will meet".
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true, "be": true,
	"been": true, "will": true, "would": true, "could": true, "should": true, "may": true, "might": true,
	"can": true, "did": true, "does": true, "do": true,
}

// preVerbAdverbs stand between a subject and its verb too: "also fell",
// "each fell".
var preVerbAdverbs = map[string]bool{
	"also": true, "each": true, "all": true, "both": true, "still": true, "again": true, "already": true,
	"then": true, "just": true, "only": true, "further": true, "together": true, "jointly": true,
	"first": true, "later": true, "earlier": true, "once": true, "too": true, "now": true,
}

// nonSubjects are words a subject noun phrase cannot be or hold: pronouns,
// which stand for a name said before, and the words of a clause.
var nonSubjects = map[string]bool{
	"it": true, "they": true, "he": true, "she": true, "we": true, "i": true, "you": true, "this": true,
	"there": true, "that": true, "which": true, "who": true, "what": true, "these": true, "those": true,
	"and": true, "or": true, "but": true, "nor": true, "so": true, "than": true, "not": true,
	"according": true, "said": true, "says": true, "say": true,
}

// standIns are numbers and quantifiers that, heading a subject, stand for
// people or things named before: "the two met", "others fell".
var standIns = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "some": true,
	"many": true, "most": true, "others": true, "none": true, "several": true,
}

// quantities cannot head a subject: "992.0 billion won" is money.
var quantities = map[string]bool{
	"billion": true, "million": true, "mln": true, "bln": true, "thousand": true, "pct": true,
	"percent": true, "dlrs": true, "dollars": true, "points": true,
}

// clauseVerbs take a clause without "that": "statistics show foreign
// reserves rose".
var clauseVerbs = map[string]bool{
	"show": true, "shows": true, "showed": true, "indicate": true, "indicates": true, "indicated": true,
	"suggest": true, "suggests": true, "suggested": true, "estimate": true, "estimates": true, "estimated": true,
	"expect": true, "expects": true, "expected": true, "believe": true, "believes": true, "believed": true,
	"think": true, "thinks": true, "thought": true, "fear": true, "fears": true, "feared": true, "warned": true,
	"mean": true, "means": true, "meant": true, "confirmed": true, "confirms": true, "revealed": true,
	"reveals": true, "noted": true, "added": true, "reported": true, "predicted": true, "said": true, "says": true,
}

// boundary reports whether token i may stand right before a subject noun
// phrase: the start of the sentence, punctuation that opens a clause, a
// subordinator, or "and" after a comma (", and Japan's Nikkei fell").
func boundary(toks []token, i int) bool {
	if i < 0 {
		return true
	}
	t := toks[i]
	switch t.text {
	case ",", ";", ":", "(", "\"", "“", "”", "'", "`", "--", "—", "–":
		return true
	}
	return subordinators[t.lower] || clauseVerbs[t.lower] || t.lower == "that" || t.lower == "and" && i > 0 && toks[i-1].text == "," ||
		reportNouns[t.lower] && i+1 < len(toks) && toks[i+1].lower == "that" // "said in a statement that prices rose"
}

// reportNouns name a statement, whose "that" opens what it says.
var reportNouns = map[string]bool{
	"statement": true, "announcement": true, "report": true, "communique": true, "comments": true,
	"remarks": true, "interview": true, "conference": true, "release": true, "letter": true,
}

// subjectPhrase gives the subject of the verb at token k as written, when
// the subject is not a name: "Stock prices" dropped, "The Dow Jones
// Industrial Average, a stock market index ..., fell", "Japan's Nikkei
// stock index fell" (a name that only qualifies the subject), "Singapore's
// Straits Times Index, which fell". It is "" when a name ends the subject
// ("Russian President Vladimir Putin met": the name says it better), when
// the subject is a pronoun, or when no noun phrase opening a clause stands
// right before the verb. named reports whether a name is part of the
// phrase.
func subjectPhrase(text string, toks []token, k, endTok int, object bool) (phrase string, named bool) {
	// "Figures released this week show", "a loan signed in Tokyo was":
	// the participle of a verb that takes an object, right after a noun
	// and before a time or a preposition, qualifies that noun, its object.
	if object && reducedRelative(toks, k, endTok) {
		return "", false
	}
	j := k - 1
	period := false // a time between the subject and the verb: "sales for February rose"
	for j >= 0 {
		t := toks[j]
		switch {
		case t.timex >= 0 && t.word: // "the company earlier today said"
			period = true
		case t.word && t.entity < 0 && (auxiliaries[t.lower] || preVerbAdverbs[t.lower] || strings.HasSuffix(t.lower, "ly") && !t.cap):
		case t.word && timePreps[t.lower] && j+1 < k && (toks[j+1].timex >= 0 || toks[j+1].lower == "the" && j+2 < k && toks[j+2].timex >= 0):
		case t.word && t.lower == "the" && j+1 < k && toks[j+1].timex >= 0 && j > 0 && timePreps[toks[j-1].lower]:
			// "The shortfall for the full year rose": the time's
			// phrase, then its noun.
		case t.word && periodNouns[t.lower] && j > 0 && toks[j-1].timex >= 0:
			// "sales in the February 21 to 28 period rose"
			period = true
		default:
			goto verb
		}
		j--
	}
verb:
	if j < 0 {
		return "", false
	}
	if j = skipAside(toks, j); j < 0 {
		return "", false
	}
	// "Trade between Argentina and Brazil jumped", "load factor at Pan
	// American World Airways rose": a name after a preposition is the
	// complement of the subject's noun, not its head.
	ppEnd := -1 // the last token of such a complement, kept when short
	firstPrep := -1
	if j >= 0 && toks[j].entity >= 0 {
		last := j
		e0 := entityStart(toks, j)
		if e0 >= 2 && toks[e0-1].lower == "and" && toks[e0-2].entity >= 0 {
			e0 = entityStart(toks, e0-2) // "between Argentina and Brazil"
		}
		p := e0 - 1
		if p >= 0 && determiners[toks[p].lower] && !possessivePronouns[toks[p].lower] {
			p--
		}
		if p < 1 || !prepositions[toks[p].lower] || toks[p].lower == "by" || toks[p].lower == "as" {
			return "", false
		}
		j, ppEnd, firstPrep = p-1, last, p
		if preVerbAdverbs[toks[j].lower] || strings.HasSuffix(toks[j].lower, "ly") {
			return "", false // "X together with Y": no noun before the complement
		}
	}
	if j < 0 || !toks[j].word || toks[j].timex >= 0 || toks[j].entity >= 0 || nonSubjects[toks[j].lower] || standIns[toks[j].lower] ||
		prepositions[toks[j].lower] || subordinators[toks[j].lower] || determiners[toks[j].lower] ||
		isVerbTrigger(toks[j]) && !(j > 0 && (determiners[toks[j-1].lower] || standIns[toks[j-1].lower])) || auxiliaries[toks[j].lower] || quantities[toks[j].lower] || !startsWithLetter(toks[j].lower) {
		return "", false
	}
	end, start := j, j
	i := j - 1
	for ; i >= 0 && end-i < 12; i-- {
		t := toks[i]
		if t.lower == "our" || t.lower == "my" || t.lower == "your" {
			return "", false // "our colleagues": the speaker's side, named elsewhere
		}
		if t.lower == "that" && complementizer(toks, i) {
			break // "estimated that January durable goods orders fell"
		}
		if determiners[t.lower] && !possessivePronouns[t.lower] {
			start = i
			if ppEnd < 0 && i >= 2 && complementPreps[toks[i-1].lower] && nounWord(toks[i-2]) && !numberIn(toks[i:end+1]) &&
				!isVerbTrigger(toks[i-2]) && !clauseVerbs[toks[i-2].lower] && !auxiliaries[toks[i-2].lower] && !pastForms[toks[i-2].lower] {
				// "Productivity in the non-farm business sector fell": the
				// complement's own determiner, then its preposition.
				ppEnd, firstPrep, start = end, i-1, i-1
				i--
				continue
			}
			if i >= 2 && (toks[i-1].lower == "of" || toks[i-1].lower == "for" ||
				ppEnd >= 0 && prepositions[toks[i-1].lower] && toks[i-1].lower != "by" && toks[i-1].lower != "as") {
				continue // "the trading value for the yen", "exports from the ..."
			}
			if i >= 2 && toks[i-1].lower == "and" && nounWord(toks[i-2]) && (i == 2 || determiners[toks[i-3].lower] || boundary(toks, i-3)) {
				i-- // "the company and the union": the first of two subjects
				continue
			}
			i--
			break
		}
		if t.entity >= 0 { // "U.S. Embassy report"
			start = i
			continue
		}
		adjective := t.timex >= 0 && (strings.HasSuffix(t.lower, "ly") || // "weekly"
			t.word && (i == 0 || !toks[i-1].word || toks[i-1].timex != t.timex) && (i+1 > end || toks[i+1].timex != t.timex) &&
				(i == 0 || !prepositions[toks[i-1].lower] && toks[i-1].lower != "last" && toks[i-1].lower != "next" && toks[i-1].lower != "this")) // "the February index"
		participle := strings.HasSuffix(t.lower, "ing") && t.timex < 0 // "people claiming benefits"
		if r := timexModifier(toks, i); r >= 0 {
			start, i = r, r // "Fourth quarter earnings", "first quarter net income"
			continue
		}
		if t.lower == "and" && i > 0 && nounWord(toks[i-1]) && nounWord(toks[i+1]) && !standIns[toks[i+1].lower] {
			start = i // "cash and equivalents"
			continue
		}
		if i > 0 && toks[i-1].word && !isVerbTrigger(toks[i-1]) && !clauseVerbs[toks[i-1].lower] && !auxiliaries[toks[i-1].lower] &&
			(ppEnd >= 0 && (prepositions[t.lower] && t.lower != "by" && t.lower != "as" || t.lower == "and" && i+1 < len(toks) && toks[i+1].cap) ||
				ppEnd < 0 && complementPreps[t.lower] && nounWord(toks[i-1]) && !numberIn(toks[i+1:end+1])) {
			// Within a complement: "exports from the Ras Tanurah and
			// Juaymah terminals in the Gulf", "return on equity".
			if ppEnd < 0 {
				ppEnd = end
			}
			firstPrep, start = i, i
			continue
		}
		if !adjective && !participle && ((!t.word && t.text != "-" && t.text != "&" && t.text != "'s" && t.text != "’s") || t.timex >= 0 ||
			nonSubjects[t.lower] || subordinators[t.lower] || clauseVerbs[t.lower] || isVerbTrigger(t) || beForms[t.lower] || auxiliaries[t.lower] ||
			prepositions[t.lower] && t.lower != "of" && t.lower != "for" || possessivePronouns[t.lower]) {
			break
		}
		start = i
	}
	// The phrase must open its clause. After a preposition it is an
	// object ("a rise in unemployment numbers released by"), after "and"
	// one of several subjects, after a verb not a subject at all.
	// A possessive pronoun opening the phrase stays with it ("its February
	// load factor"): the summary puts the name it stands for in its place.
	owner := i >= 0 && (toks[i].lower == "its" || toks[i].lower == "their") && boundary(toks, i-1)
	if !boundary(toks, i) && !owner && !frontedTime(toks, i) && !reportedTime(toks, i) {
		return "", false
	}
	// A preposition cannot open the phrase ("of the yen" without its noun).
	for start <= end && prepositions[toks[start].lower] {
		start++
	}
	// A participle after a noun starts a reduced relative clause: "the
	// number of people claiming benefits" is "the number of people".
	for i := start + 1; i <= end; i++ {
		if strings.HasSuffix(toks[i].lower, "ing") && toks[i-1].word && !determiners[toks[i-1].lower] && !prepositions[toks[i-1].lower] && i-1 > start {
			end = i - 1
			break
		}
	}
	if start > end || toks[end].entity >= 0 || prepositions[toks[end].lower] || determiners[toks[end].lower] {
		return "", false
	}
	if determiners[toks[start].lower] {
		start++
	}
	if start > end {
		return "", false
	}
	if ppEnd >= 0 {
		if ppEnd-start < 8 {
			end = ppEnd // short enough to say whose: "Trade between Argentina and Brazil"
		} else if firstPrep > start {
			end = firstPrep - 1 // "Exports"
		}
	}
	// So does a past participle before a preposition: "distillate fuel
	// stocks held in primary storage" are "distillate fuel stocks".
	for i := start + 1; i < end; i++ {
		if prepositions[toks[i+1].lower] && (strings.HasSuffix(toks[i].lower, "ed") || pastParticiples[toks[i].lower]) && nounWord(toks[i-1]) {
			end = i - 1
			break
		}
	}
	for i := start; i <= end; i++ {
		named = named || toks[i].entity >= 0
	}
	// As written, one line: "U.S. M-1 money", "Japan's Nikkei index".
	phrase = strings.Join(strings.Fields(text[toks[start].start:toks[end].end]), " ")
	if owner && !named {
		phrase = toks[i].lower + " " + phrase
	} else if !named && i >= 0 && clauseVerbs[toks[i].lower] && (ownResults(toks[start:end+1]) || (period || periodFigure(toks[start:end+1])) && company(toks, i)) {
		// "Whittaker today reported first quarter earnings fell": a
		// company's results are its own, as if it said "its".
		phrase = "its " + phrase
	}
	return phrase, named
}

// ownResults reports whether a noun phrase names a company's results for
// a period it reports on: "first quarter earnings", "fourth quarter net
// income", "first half profit". (A month's figures are as often a
// country's: "January retail sales".)
func ownResults(np []token) bool {
	period := false
	for _, t := range np {
		if t.timex >= 0 && (t.lower == "quarter" || t.lower == "half" || t.lower == "months") {
			period = true
		}
		if prepositions[t.lower] {
			break
		}
	}
	head := np[len(np)-1].lower
	for k, t := range np {
		if k > 0 && prepositions[t.lower] {
			head = np[k-1].lower
			break
		}
	}
	return period && resultNouns[head]
}

// periodFigure reports whether a noun phrase opens with the period its
// figure covers: "February sales", "1986 net income".
func periodFigure(np []token) bool {
	return len(np) > 1 && np[0].timex >= 0 && np[len(np)-1].timex < 0
}

// company reports whether the name that says the clause verb at token i
// ("K Mart Corp said", "Delta Air Lines Inc earlier reported") is a
// company's, by its legal form.
func company(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && toks[j].entity < 0 && toks[j].word && (toks[j].timex >= 0 || preVerbAdverbs[toks[j].lower]) {
		j-- // "earlier", "today"
	}
	if j < 0 || toks[j].entity < 0 {
		return false
	}
	return corporateForms[toks[j].lower]
}

// corporateForms end the names of companies.
var corporateForms = map[string]bool{
	"corp": true, "corp.": true, "inc": true, "inc.": true, "co": true, "co.": true, "ltd": true, "ltd.": true,
	"plc": true, "ag": true, "n.v.": true, "s.a.": true, "corporation": true, "company": true, "incorporated": true,
	"limited": true, "gmbh": true, "airlines": true, "stores": true,
}

// resultNouns are the heads of a company's reported results.
var resultNouns = map[string]bool{
	"earnings": true, "profit": true, "profits": true, "income": true, "sales": true, "revenue": true,
	"revenues": true, "loss": true, "losses": true, "turnover": true, "results": true,
}

// reducedRelative reports whether the "-ed" verb at token k (ending at
// endTok) is a participle that qualifies the noun right before it, before
// a time or a preposition: "Figures released this week show", "a loan
// signed in Tokyo was". The noun is what the verb befell, not its subject.
func reducedRelative(toks []token, k, endTok int) bool {
	if k == 0 || !toks[k-1].word || auxiliaries[toks[k-1].lower] || !strings.HasSuffix(toks[k].lower, "ed") || endTok >= len(toks) ||
		!finiteVerbAfter(toks, endTok) && determinerLed(toks, k) {
		return false
	}
	n := toks[endTok]
	return n.timex >= 0 || n.lower == "by" || n.lower == "in" || n.lower == "at" || n.lower == "on" || n.lower == "from" || n.lower == "earlier" || n.lower == "last"
}

// nounParticiple reports whether the "-ed" verb at token k qualifies the
// common noun right before it, which a determiner leads, with a time or a
// preposition after it: "the fifth NBA coach fired this season", "a man
// arrested in Queens". The noun is what the verb befell.
func nounParticiple(toks []token, k, endTok int) bool {
	if k < 2 || !strings.HasSuffix(toks[k].lower, "ed") || endTok >= len(toks) || !nounWord(toks[k-1]) || toks[k-1].entity >= 0 ||
		toks[k-1].cap || auxiliaries[toks[k-1].lower] || !determinerLed(toks, k) {
		return false
	}
	n := toks[endTok]
	return n.timex >= 0 || prepositions[n.lower] && n.lower != "of" || n.lower == "this" || n.lower == "last" || n.lower == "earlier" || n.lower == "within"
}

// patientPhrase gives what the passive verb at token k befell, as
// written, when a common noun phrase stands right before it: "Two crew
// members were killed", "the fish killed by the fertilizer spill". It is
// "" for a name, a pronoun or a denied one ("No crew members were hurt").
func patientPhrase(text string, toks []token, k int) string {
	j := k - 1
	if j >= 1 && (toks[j].lower == "or" || toks[j].lower == "and") && pastForm(toks[j-1].lower) {
		j -= 2 // "were killed or injured"
	}
	for j >= 0 && toks[j].word && toks[j].entity < 0 && (auxiliaries[toks[j].lower] || beForms[toks[j].lower] || preVerbAdverbs[toks[j].lower] ||
		negations[toks[j].lower] || strings.HasSuffix(toks[j].lower, "ly") && !toks[j].cap) {
		j--
	}
	if j < 0 || toks[j].entity >= 0 || !nounWord(toks[j]) || quantities[toks[j].lower] || standIns[toks[j].lower] {
		return ""
	}
	start := j
	for i := j - 1; i >= 0 && j-i < 6; i-- {
		t := toks[i]
		switch {
		case t.lower == "no" || t.lower == "none" || t.lower == "neither" || t.lower == "nobody":
			return ""
		case t.word && (t.entity >= 0 || nounWord(t) || startsWithDigit(t.text)), t.text == "'s" || t.text == "’s",
			t.text == "," && i > 0 && startsWithDigit(toks[i-1].text) && startsWithDigit(toks[i+1].text):
			start = i // "two Miller Tabak representatives", "2,600 Iraqis"
			continue
		}
		break
	}
	for start < j && toks[start].entity < 0 && !toks[start].word {
		start++
	}
	// "The offer of wheat to the Soviets was rejected": before "was",
	// a noun after a preposition is not the subject's head. (A reduced
	// relative's noun may be: "compensation for the fish killed".)
	p := start - 1
	if p >= 0 && determiners[toks[p].lower] {
		p--
	}
	if p >= 0 && (prepositions[toks[p].lower] || placePrepositions[toks[p].lower]) && beFormBefore(toks, k) {
		// "A deputy interviewing a man outside an apartment was shot":
		// the subject is the noun before the participle that opened the
		// phrase.
		for q := p - 1; q > 0 && p-q < 12 && toks[q].word; q-- {
			if strings.HasSuffix(toks[q].lower, "ing") && toks[q].entity < 0 && nounWord(toks[q-1]) && toks[q-1].entity < 0 {
				return patientPhrase(text, toks, q)
			}
		}
		return ""
	}
	return strings.Join(strings.Fields(text[toks[start].start:toks[j].end]), " ")
}

// placePrepositions say where, beside the prepositions of the lexicon.
var placePrepositions = map[string]bool{
	"outside": true, "inside": true, "behind": true, "beside": true, "across": true, "around": true,
	"along": true, "toward": true, "towards": true, "among": true, "through": true, "within": true,
}

// finiteVerbAfter reports whether the clause of token i has a verb of
// its own from i on, which a participle before i then qualifies: "a loan
// signed in Tokyo was repaid", "figures released this week show", but
// not "the union agreed in principle in 1985 to pattern a contract".
func finiteVerbAfter(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	cl := toks[i].clause
	for _, t := range toks[i:] {
		if t.lower == "that" || subordinators[t.lower] {
			return false // "agreed in April that bonds should be": the verb of another clause
		}
		if t.clause == cl && t.word && (auxiliaries[t.lower] || beForms[t.lower] || clauseVerbs[t.lower] || isVerbTrigger(t)) {
			return true
		}
	}
	return false
}

// antecedent returns the last token of the name that a relative pronoun
// right before the verb at token k stands for ("Andre Saumier, who
// resigned", "Acme Corp, which acquired"), or -1.
func antecedent(toks []token, k int) int {
	j := k - 1
	for j >= 0 && toks[j].word && toks[j].entity < 0 && (auxiliaries[toks[j].lower] || preVerbAdverbs[toks[j].lower] || negations[toks[j].lower]) {
		j--
	}
	if j < 2 || toks[j].lower != "who" && toks[j].lower != "which" || toks[j-1].text != "," || toks[j-2].entity < 0 {
		return -1
	}
	return j - 2
}

// determinerLed reports whether the words right before token k open with
// a determiner or the sentence: "the union agreed", "Talks resumed", but
// not "complements proposals agreed".
func determinerLed(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		switch {
		case determiners[toks[i].lower]:
			return true
		case !toks[i].word:
			return false
		case i == 0:
			return true
		}
	}
	return false
}

// complementPreps open the complement of a subject's noun: "return on
// equity", "trade with Western countries", "advances to Canadian banks".
var complementPreps = map[string]bool{
	"in": true, "at": true, "on": true, "with": true, "to": true, "from": true, "between": true, "during": true,
}

// pastForms are common irregular past forms that are no participles: a
// verb, not a noun, before a complement ("The Commission withdrew from
// the package"; "Quantities offered at the auction" is a noun and its
// participle, which subjectPhrase cuts).
var pastForms = map[string]bool{
	"withdrew": true, "went": true, "took": true, "gave": true, "came": true, "rose": true, "fell": true,
	"lost": true, "saw": true, "broke": true, "drew": true, "grew": true, "led": true, "left": true,
	"ran": true, "sent": true, "spent": true, "stood": true, "thought": true, "began": true, "chose": true,
	"wrote": true, "spoke": true, "got": true, "became": true,
}

// timexModifier returns the first token of a time expression of two or
// three words that ends at token i and qualifies the noun after it
// ("Fourth quarter earnings", "the first half profit"), opening its noun
// phrase; -1 otherwise. "last year" and "this week" say when, not what.
func timexModifier(toks []token, i int) int {
	t := toks[i]
	if t.timex < 0 || !t.word || i+1 >= len(toks) || toks[i+1].timex == t.timex || !nounWord(toks[i+1]) {
		return -1
	}
	r := i
	for r > 0 && toks[r-1].timex == t.timex {
		r--
	}
	if i-r > 2 || r == i {
		return -1 // one word is the caller's ("the February index")
	}
	for k := r; k <= i; k++ {
		switch toks[k].lower {
		case "last", "next", "this", "ago", "since", "in", "on", "from", "to", "until", "through", "during":
			return -1
		}
		if !toks[k].word {
			return -1
		}
	}
	if r > 0 && !boundary(toks, r-1) && !determiners[toks[r-1].lower] && !possessiveMark(toks[r-1]) {
		return -1 // "The bank's first quarter provision" may follow a possessive
	}
	return r
}

// possessiveMark reports whether t is or ends with the possessive "'s".
func possessiveMark(t token) bool {
	return strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "’s")
}

// timePreps introduce a time that may stand between a subject and its
// verb: "Exports in January rose", "The shortfall for the full year rose".
var timePreps = map[string]bool{"on": true, "in": true, "for": true, "during": true, "over": true}

// numberIn reports whether a token of toks starts with a digit: "owes over
// 100 mln dlrs" is no noun's complement.
func numberIn(toks []token) bool {
	for _, t := range toks {
		if startsWithDigit(t.text) {
			return true
		}
	}
	return false
}

// pastParticiples are irregular participles that may open a reduced
// relative clause after a noun: "stocks held in storage".
var pastParticiples = map[string]bool{
	"held": true, "made": true, "sold": true, "paid": true, "bought": true, "built": true, "kept": true,
	"taken": true, "given": true, "shown": true, "grown": true, "known": true, "brought": true,
}

// frontedTime reports whether token i ends a time phrase that opens the
// sentence after a preposition, with no comma before the subject: "For
// the month of February sales fell", "In January the two countries
// signed".
func frontedTime(toks []token, i int) bool {
	if i < 1 || toks[i].timex < 0 || !prepositions[toks[0].lower] {
		return false
	}
	for _, t := range toks[1 : i+1] {
		if !t.word || t.timex < 0 && !determiners[t.lower] && !prepositions[t.lower] && !nounWord(t) {
			return false
		}
	}
	return true
}

// reportedTime reports whether token i ends a time phrase right after a
// verb of saying, which opens the reported clause after it: "said between
// February 1985 and December 1986 the dollar fell".
func reportedTime(toks []token, i int) bool {
	if i < 1 || toks[i].timex < 0 {
		return false
	}
	j := i
	for j >= 0 && toks[j].word && (toks[j].timex >= 0 || prepositions[toks[j].lower] || rangeOpeners[toks[j].lower] ||
		determiners[toks[j].lower] || toks[j].lower == "and") {
		j--
	}
	return j >= 0 && j < i && clauseVerbs[toks[j].lower]
}

// nounWord reports whether t may end a noun phrase: a word that is no
// verb, function word or date ("equity" in "return on equity").
func nounWord(t token) bool {
	return t.word && t.timex < 0 && startsWithLetter(t.lower) && !isVerbTrigger(t) && !clauseVerbs[t.lower] && !auxiliaries[t.lower] &&
		!beForms[t.lower] && !nonSubjects[t.lower] && !subordinators[t.lower] && !prepositions[t.lower] && !determiners[t.lower] &&
		!preVerbAdverbs[t.lower] && !strings.HasSuffix(t.lower, "ly")
}

// entityStart returns the first token of the name that token i is part
// of.
func entityStart(toks []token, i int) int {
	for i > 0 && toks[i-1].entity == toks[i].entity {
		i--
	}
	return i
}

// asideOpeners open a comma-delimited aside between a subject and its
// verb: ", a stock market index used to gauge ...,", ", including the
// buying of foreign companies, stocks and bonds,", ", effective March 1,".
var asideOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "including": true, "excluding": true, "both": true, "which": true,
	"who": true, "whose": true, "effective": true, "such": true, "its": true, "their": true, "adjusted": true,
	"seasonally": true, "formerly": true,
}

// roleAside reports whether the name that starts at token i opens an
// aside between commas that ends with a role and closes right before the
// verb at token k: "Fred LaRue, Nixon administration aide, died", whose
// subject is the name before the aside.
func roleAside(toks []token, i, k int) bool {
	if i < 2 || toks[i-1].text != "," || toks[i-2].entity < 0 {
		return false
	}
	j := i
	for j < k && toks[j].entity == toks[i].entity {
		j++
	}
	c := j
	for c < k && toks[c].word && !toks[c].cap && toks[c].entity < 0 {
		c++
	}
	if c == j || c >= k || toks[c].text != "," || !officeNoun(toks[c-1].lower) && !roleNouns[toks[c-1].lower] {
		return false
	}
	for m := c + 1; m < k; m++ {
		if !auxiliaries[toks[m].lower] && !preVerbAdverbs[toks[m].lower] && !negations[toks[m].lower] {
			return false
		}
	}
	return true
}

// residenceAside returns, when the place or body that starts at token i
// ends an aside saying where the person before it lives or works and the
// verb at token k follows it, the first token of that person: "John
// Jenkin, 23, of Newton Street, Millom was arrested", "Smith, of Acme
// Corp, said". Else -1.
func residenceAside(toks []token, ms []entities.Mention, i, k int) int {
	isPlace := func(j int) bool { return toks[j].entity >= 0 && ms[toks[j].entity].Kind != entities.Person }
	if !isPlace(i) {
		return -1
	}
	j := i
	for j < k && toks[j].entity == toks[i].entity {
		j++
	}
	for ; j < k; j++ {
		if t := toks[j].lower; t != "," && !auxiliaries[t] && !preVerbAdverbs[t] && !negations[t] {
			return -1
		}
	}
	// Back over "Newton Street, Millom" to "of".
	m := i - 1
	for m >= 1 && toks[m].text == "," && isPlace(m-1) {
		e := toks[m-1].entity
		for m-1 >= 0 && toks[m-1].entity == e {
			m--
		}
		m--
	}
	if m < 2 || toks[m].lower != "of" || toks[m-1].text != "," {
		return -1
	}
	m -= 2
	if m >= 2 && startsWithDigit(toks[m].text) && toks[m-1].text == "," {
		m -= 2 // ", 23,"
	}
	if m < 0 || toks[m].entity < 0 || ms[toks[m].entity].Kind != entities.Person {
		return -1
	}
	for m > 0 && toks[m-1].entity == toks[m].entity {
		m--
	}
	return m
}

// beforeRoleAside reports whether the name at token i is followed by a
// role aside that closes right before the verb at token k.
func beforeRoleAside(toks []token, i, k int) bool {
	j := i
	for j+1 < k && toks[j+1].entity == toks[i].entity {
		j++
	}
	return j+2 < k && toks[j+1].text == "," && roleAside(toks, j+2, k)
}

// roleNouns end an aside that says who someone is: "Fred LaRue, Nixon
// administration aide, died".
var roleNouns = map[string]bool{
	"aide": true, "adviser": true, "advisor": true, "official": true, "figure": true, "executive": true,
	"chief": true, "founder": true, "director": true, "chairman": true, "member": true, "lawyer": true,
	"attorney": true, "veteran": true, "star": true, "actress": true, "actor": true, "singer": true,
	"player": true, "coach": true, "manager": true, "deputy": true, "officer": true, "head": true,
}

// dash reports whether s is a dash that may set off an aside.
func dash(s string) bool { return s == "-" || s == "--" || s == "—" || s == "–" }

// skipAside returns the last token of the subject before token j, the
// word right before a verb, past what stands between them: the antecedent
// of ", which" ("Singapore's Straits Times Index, which fell"), an aside
// between commas that opens with a determiner or a word such as
// "including" ("The Dow Jones Industrial Average, a stock market index
// ..., fell"; "Prices, the agency said, rose"), one in parentheses ("the
// March crush ratio (the value of ...) fell") or between dashes ("The six
// states - Bahrain, Kuwait ... - agreed"). It is j itself when nothing
// stands between, and -1 when the aside cannot be told or an apposition
// that is a name names the subject better ("the biggest index, the Dow
// Jones, fell").
func skipAside(toks []token, j int) int {
	const most = 40 // tokens an aside may take
	t := toks[j]
	switch {
	case t.lower == "which" || t.lower == "that":
		if j < 2 || toks[j-1].text != "," {
			return -1
		}
		return j - 2
	case t.text == ")":
		for p := j - 1; p >= 1 && j-p < most; p-- {
			switch toks[p].text {
			case "(":
				return p - 1
			case ")", ".", ";":
				return -1
			}
		}
	case dash(t.text):
		for j > 0 && dash(toks[j-1].text) {
			j-- // "--" is two tokens
		}
		for p := j - 1; p >= 1 && j-p < most; p-- {
			if dash(toks[p].text) {
				for p > 0 && dash(toks[p-1].text) {
					p--
				}
				if p < 1 || !toks[p-1].word {
					return -1
				}
				return p - 1
			}
			if toks[p].text == "." || toks[p].text == ";" || toks[p].text == "(" || toks[p].text == ")" {
				return -1
			}
		}
	case t.text == ",":
		named, reported := false, false
		for p := j - 1; p >= 1 && j-p < most; p-- {
			q := toks[p]
			if q.text == "," {
				o := toks[p+1].lower
				participle := strings.HasSuffix(o, "ed") && p+2 < j && prepositions[toks[p+2].lower] // ", measured in terms of M-3,"
				if !asideOpeners[o] && !participle || p+1 == j {
					continue // a comma inside the aside: "foreign companies, stocks and bonds"
				}
				if named && !reported && (o == "a" || o == "an" || o == "the") {
					return -1
				}
				if !toks[p-1].word {
					return -1
				}
				return p - 1
			}
			if !q.word && q.text != "-" && q.text != "%" && q.text != "'s" && q.text != "’s" && q.text != "&" {
				return -1
			}
			named = named || q.entity >= 0
			reported = reported || clauseVerbs[q.lower] // "Prices, the Commerce Department said, rose"
		}
		return -1
	default:
		return j
	}
	return -1
}

// tellVerbs take the one told as their object: "told the SEC it had".
var tellVerbs = map[string]bool{
	"told": true, "tells": true, "tell": true, "informed": true, "informs": true, "notified": true,
	"notifies": true, "asked": true, "asks": true, "urged": true, "urges": true, "assured": true, "assures": true,
}

// wordBeforeVerb returns the word before the verb at token k, past its
// auxiliaries, adverbs and negations ("it has also not"), or "".
func wordBeforeVerb(toks []token, k int) string {
	j := k - 1
	for j >= 0 && toks[j].word && toks[j].entity < 0 && (auxiliaries[toks[j].lower] || preVerbAdverbs[toks[j].lower] || negations[toks[j].lower]) {
		j--
	}
	if j < 0 {
		return ""
	}
	return toks[j].lower
}

// personBefore returns the local entity of the last person named before
// token k in its sentence.
func personBefore(a Article, toks []token, k int) (int, bool) {
	for j := k - 1; j >= 0; j-- {
		if t := toks[j].entity; t >= 0 && a.Locals[a.Owner[t]].Kind == entities.Person {
			return a.Owner[t], true
		}
	}
	return -1, false
}

// pronounSubject reports whether the subject of the verb at token k is a
// pronoun ("it has acquired", "they also met").
func pronounSubject(toks []token, k int) bool {
	switch wordBeforeVerb(toks, k) {
	case "it", "they", "he", "she", "we":
		return true
	}
	return false
}

// coordinated reports whether the verb at token k follows "and" with no
// subject of its own: "travelled to Giurgiu and met port officials",
// whose subject is the first verb's.
func coordinated(toks []token, k int) bool { return wordBeforeVerb(toks, k) == "and" }

// objectLike reports whether the name that starts at token i follows a
// preposition or a verb of telling, "the" aside, or is joined by "and" to
// one that does: "with the SEC", "told the SEC", "between Ruse and
// Giurgiu".
func objectLike(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].lower == "the" {
		j--
	}
	if j >= 1 && (toks[j].lower == "and" || toks[j].lower == "or") && toks[j-1].entity >= 0 {
		return objectLike(toks, entityStart(toks, j-1)) // "between Ruse and Giurgiu"
	}
	return j >= 0 && (prepositions[toks[j].lower] || tellVerbs[toks[j].lower])
}

// startsWithLetter reports whether s begins with a letter.
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// addressPart reports whether the name at token i is the second part of
// a place's address, "Melville, N.Y.": the region of a town named just
// before, which no pronoun stands for.
func addressPart(toks []token, i int, mentions []entities.Mention) bool {
	if i < 2 || toks[i-1].text != "," || toks[i-2].entity < 0 || toks[i].entity < 0 {
		return false
	}
	return mentions[toks[i].entity].Kind == entities.Location && mentions[toks[i-2].entity].Kind == entities.Location
}

// inApposition reports whether the name at token i stands inside an
// apposition that describes the name before it: ", a St. Louis insurance
// company," or ", a private investor from Melville, N.Y.,".
func inApposition(toks []token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := toks[j]
		if t.text == "," {
			return j+1 < i && (toks[j+1].lower == "a" || toks[j+1].lower == "an") && j > 0 && toks[j-1].entity >= 0
		}
		if !t.word && t.text != "-" && t.text != "'s" {
			return false
		}
	}
	return false
}

// startsWithDigit reports whether s begins with a digit: "declined to 5
// pct" is a fall, "declined to comment" a refusal.
// boughtGoods reports whether what "bought" at token i-1 takes is a
// quantity or a kind of goods, currency or security, not a company: "75,000
// tonnes", "more than 7.91 billion francs", "a modest amount of dollars",
// "U.S. corn", "back 33.7 mln shares"; or whether the goods come before it
// ("241,000 shares bought between January 21 and March 10", "the shares
// were bought").
func boughtGoods(toks []token, i int) bool {
	p := i - 2
	for p >= 0 && beForms[toks[p].lower] {
		p-- // "the shares were bought"
	}
	if p >= 0 && (goods[toks[p].lower] || startsWithDigit(toks[p].lower)) {
		return true
	}
	for n := 0; i < len(toks) && n < 5; i++ {
		w := toks[i].lower
		switch {
		case !toks[i].word && w != "." && w != "-":
			return false // "bought it, ...", "bought it."
		case !toks[i].word:
			continue // "U.S." cut as "U" "." "S" "."
		case startsWithDigit(w) || numberWords[w] || goods[w]:
			return true
		case quantityWords[w]:
			continue // "back", "some", "more than", "an additional"
		case w == "to" && toks[i-1].lower == "up":
			continue // "up to 1.5 mln tonnes"
		case prepositions[w] && w != "of":
			return false // "bought from Allegis"
		}
		n++
	}
	return false
}

// quantityWords come between "bought" and a quantity.
var quantityWords = map[string]bool{
	"back": true, "up": true, "some": true, "about": true, "around": true, "nearly": true,
	"almost": true, "more": true, "than": true, "over": true, "under": true, "an": true,
	"additional": true, "another": true, "a": true, "total": true, "of": true, "roughly": true,
	"net": true, "estimated": true, "further": true, "extra": true, "approximately": true,
	"only": true, "just": true, "the": true, "its": true, "their": true, "new": true, "crop": true,
	"as": true, "much": true, "many": true,
}

// goods are what is bought and sold by the unit rather than taken over.
var goods = map[string]bool{
	"dollars": true, "dollar": true, "marks": true, "yen": true, "francs": true, "sterling": true,
	"pounds": true, "currency": true, "currencies": true, "stocks": true, "shares": true,
	"stock": true, "bonds": true, "bills": true, "futures": true, "notes": true, "securities": true,
	"debentures": true, "wheat": true, "corn": true, "maize": true, "soybeans": true, "sugar": true,
	"coffee": true, "cocoa": true, "gold": true, "silver": true, "oil": true, "crude": true,
	"tin": true, "rubber": true, "rice": true, "barley": true, "cotton": true, "grain": true,
	"tonnes": true, "tons": true, "bales": true, "barrels": true, "bushels": true, "ounces": true,
	"whites": true, "raws": true, "contracts": true, "options": true, "units": true,
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// afterBy reports whether the name at token i is a passive's agent: "by"
// before it, perhaps with "the" and a title between ("announced by
// Finance Minister Edouard Balladur").
func afterBy(toks []token, i int) bool {
	// "by the Manhattan federal court": the name qualifies the agent.
	e := i
	for e+1 < len(toks) && toks[e+1].entity == toks[i].entity {
		e++
	}
	if e+1 < len(toks) && toks[e+1].word && !toks[e+1].cap && toks[e+1].timex < 0 && !prepositions[toks[e+1].lower] &&
		!subordinators[toks[e+1].lower] && toks[e+1].lower != "and" && toks[e+1].lower != "or" && !isVerbTrigger(toks[e+1]) {
		return false
	}
	j := i - 1
	if j >= 1 && toks[j].lower == "the" && toks[j-1].lower == "by" {
		return true
	}
	office := false
	for j >= 0 && j >= i-4 && toks[j].word && (toks[j].cap || officeNoun(toks[j].lower) || titleWords[toks[j].lower]) && toks[j].entity < 0 {
		office = office || officeNoun(toks[j].lower) || toks[j].lower == "judge" || toks[j].lower == "chairman"
		j--
	}
	if j == i-1 {
		if j >= 0 && toks[j].lower == "by" {
			return true
		}
		return describedAfterBy(toks, i)
	}
	if office && j >= 1 && toks[j].lower == "the" {
		j-- // "by the former chairman"
	}
	return office && j >= 0 && toks[j].lower == "by"
}

// describedAfterBy reports whether the name at token i follows "by" and
// a description of what it is, other names among its words, that ends
// with a noun such as "group": "acquired by Anglo-Dutch food and
// detergents group Unilever", "by the U.S. retail group K Mart".
func describedAfterBy(toks []token, i int) bool {
	if i < 2 || !describers[toks[i-1].lower] {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-7; j-- {
		t := toks[j]
		switch {
		case t.lower == "by":
			return true
		case !t.word && t.text != "-" && t.text != "." && t.entity < 0, t.timex >= 0, prepositions[t.lower], isVerbTrigger(t):
			return false
		}
	}
	return false
}

// describers are the nouns that end a description of a company or a body
// right before its name: "the U.S. oil company Texaco", "group Unilever".
var describers = map[string]bool{
	"group": true, "company": true, "firm": true, "concern": true, "maker": true, "giant": true,
	"conglomerate": true, "retailer": true, "producer": true, "insurer": true, "bank": true,
	"investor": true, "financier": true, "chain": true, "unit": true, "subsidiary": true,
	"affiliate": true, "rival": true, "manufacturer": true, "carrier": true, "airline": true,
}

// titleWords may stand in a lower-case title before a name: "by former
// chairman Harold Geneen".
var titleWords = map[string]bool{
	"former": true, "judge": true, "chairman": true, "deputy": true, "acting": true, "vice": true, "chief": true,
	"executive": true, "general": true, "foreign": true, "finance": true, "trade": true, "then": true,
}

// objectTakers before "gains" or "declines" make them objects, nouns:
// "net excludes gains of", "posted gains".
var objectTakers = map[string]bool{
	"excludes": true, "exclude": true, "excluded": true, "excluding": true, "includes": true, "include": true,
	"included": true, "including": true, "posted": true, "posts": true, "reported": true, "recorded": true,
	"showed": true, "shows": true, "show": true, "had": true, "has": true, "have": true, "saw": true, "sees": true,
	"expects": true, "expected": true, "forecast": true, "predicted": true, "registered": true, "booked": true,
}

// nounModifiers before "gains", "rise" or "declines" make them nouns:
// "pretax gains", "wage rises".
var nounModifiers = map[string]bool{
	"pct": true, "percent": true, "pretax": true, "extraordinary": true, "capital": true, "price": true,
	"wage": true, "tax": true, "rate": true, "interest": true, "sharp": true, "modest": true, "slight": true,
	"further": true, "investment": true, "currency": true, "exchange": true, "net": true, "big": true, "small": true,
	"seasonal": true, "annual": true, "steady": true, "recent": true, "continued": true,
}
