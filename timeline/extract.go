package timeline

import (
	"regexp"
	"strings"
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
}

// trigger is an entry of the trigger lexicon.
type trigger struct {
	class string
	verb  bool // a verb form; nouns are weaker triggers
}

// triggers maps lower-case word forms to what they mean. Synonyms share a
// class so that "met", "meeting" and "talks" can be merged.
var triggers = func() map[string]trigger {
	m := map[string]trigger{}
	add := func(class string, verb bool, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = trigger{class, verb}
		}
	}
	add("meet", true, "met meet meets meeting visited visits visit hosted received receives held holds")
	add("meet", false, "meeting meetings talks summit visit encounter conference")
	add("say", true, "said says told tells stated declared announced added noted warned insisted reiterated tweeted commented claimed blasted accused urged called")
	add("say", false, "comments remarks statement briefing interview")
	add("attack", true, "attacked struck bombed shelled fired launched killed wounded hit")
	add("attack", false, "attack attacks strike strikes airstrike airstrikes bombing bombings shelling raid raids")
	add("block", true, "vetoed blocked rejected")
	add("block", false, "veto")
	add("vote", true, "voted")
	add("vote", false, "vote referendum")
	add("elect", true, "elected won")
	add("elect", false, "election elections inauguration")
	add("office", true, "took")
	add("agree", true, "agreed signed")
	add("agree", false, "agreement deal accord treaty ceasefire")
	add("intervene", true, "intervened invaded deployed")
	add("intervene", false, "intervention invasion")
	add("resign", true, "resigned quit")
	add("arrest", true, "arrested detained")
	add("die", true, "died")
	add("sanction", true, "sanctioned imposed")
	add("sanction", false, "sanctions")
	return m
}()

var wordRE = regexp.MustCompile(`[\p{L}]+`)

// Extract finds the candidate events of one article: in each sentence, the
// trigger that each calendar date governs, with the sentence's entities.
// Sentences without a date on the calendar give no candidate: their events
// cannot be placed on a timeline.
func Extract(a Article) []Candidate {
	var out []Candidate
	ti, mi := 0, 0
	for si, s := range a.Sentences {
		// Temporal expressions and mentions of this sentence.
		var dates []timex.Timex
		for ti < len(a.Timexes) && a.Timexes[ti].Start < s.End {
			if a.Timexes[ti].Start >= s.Start {
				dates = append(dates, a.Timexes[ti])
			}
			ti++
		}
		var ms []int
		for mi < len(a.Mentions) && a.Mentions[mi].Span.Start < s.End {
			if a.Mentions[mi].Span.Start >= s.Start {
				ms = append(ms, mi)
			}
			mi++
		}
		if len(dates) == 0 {
			continue
		}
		trigs := findTriggers(a.Text, s)
		for _, t := range dates {
			d, ok := DateOf(t)
			if !ok {
				continue
			}
			tr, ok := governing(trigs, t)
			if !ok {
				continue
			}
			c := Candidate{
				Sentence: si, SentenceText: a.Text[s.Start:s.End],
				Trigger: a.Text[tr.span.Start:tr.span.End], TriggerSpan: tr.span, Class: tr.class,
				Date: d, TimeText: t.Text, TimeSpan: corpus.Span{Start: t.Start, End: t.End}, Place: -1,
				TimeOffset: utf8.RuneCountInString(a.Text[:t.Start]),
			}
			c.Participants, c.Place = participants(a, ms, tr.span)
			out = append(out, c)
		}
	}
	return out
}

type foundTrigger struct {
	span  corpus.Span
	class string
	verb  bool
}

func findTriggers(text string, s corpus.Span) []foundTrigger {
	var out []foundTrigger
	for _, m := range wordRE.FindAllStringIndex(text[s.Start:s.End], -1) {
		w := strings.ToLower(text[s.Start+m[0] : s.Start+m[1]])
		if t, ok := triggers[w]; ok {
			out = append(out, foundTrigger{corpus.Span{Start: s.Start + m[0], End: s.Start + m[1]}, t.class, t.verb})
		}
	}
	return out
}

// governing picks the trigger a date attaches to: the nearest verb before
// it ("blocked ... on Wednesday"), else the nearest verb after it ("on
// Thursday said"), else the nearest event noun.
func governing(trigs []foundTrigger, t timex.Timex) (foundTrigger, bool) {
	best, bestScore := foundTrigger{}, -1
	for _, tr := range trigs {
		dist := t.Start - tr.span.End
		score := 0
		switch {
		case tr.verb && dist >= 0:
			score = 3_000_000 - dist
		case tr.verb:
			score = 2_000_000 - (tr.span.Start - t.End)
		default:
			d := dist
			if d < 0 {
				d = tr.span.Start - t.End
			}
			score = 1_000_000 - d
		}
		if score > bestScore {
			best, bestScore = tr, score
		}
	}
	return best, bestScore >= 0
}

// participants lists the local entities of the sentence, the subject (the
// nearest name before the trigger) first, and picks the place: a location
// after "in", "at" or "near", else none.
func participants(a Article, ms []int, trig corpus.Span) ([]int, int) {
	place := -1
	var before, after []int
	seen := map[int]bool{}
	for _, mi := range ms {
		m := a.Mentions[mi]
		l := a.Owner[mi]
		if m.Kind == entities.Location && place < 0 && precededBy(a.Text, m.Span.Start, "in", "at", "near") {
			place = l
			continue
		}
		if seen[l] {
			continue
		}
		seen[l] = true
		if m.Span.End <= trig.Start {
			before = append(before, l)
		} else {
			after = append(after, l)
		}
	}
	// The subject is the name closest before the trigger.
	var out []int
	if len(before) > 0 {
		subj := before[len(before)-1]
		out = append(out, subj)
		for _, l := range before[:len(before)-1] {
			out = append(out, l)
		}
	}
	out = append(out, after...)
	if place >= 0 {
		filtered := out[:0]
		for _, l := range out {
			if l != place {
				filtered = append(filtered, l)
			}
		}
		out = filtered
	}
	return out, place
}

func precededBy(text string, pos int, words ...string) bool {
	before := strings.Fields(text[max(0, pos-16):pos])
	if len(before) == 0 {
		return false
	}
	last := strings.ToLower(before[len(before)-1])
	if last == "the" && len(before) > 1 {
		last = strings.ToLower(before[len(before)-2])
	}
	for _, w := range words {
		if last == w {
			return true
		}
	}
	return false
}
