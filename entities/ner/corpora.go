package ner

import (
	"strings"

	"github.com/timelinehq/timeline/entities/ner/conll"
)

// titles are words that precede a name but stay outside its span, as in
// "President Putin" or "Foreign Minister Sergei Lavrov". GMB puts them
// inside person spans; training data is mapped to leave them out.
var titles = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"miss": true, "messrs": true, "messrs.": true, "dr": true, "dr.": true,
	"prof": true, "prof.": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"president": true, "vice": true, "prime": true, "minister": true, "premier": true,
	"chancellor": true, "secretary": true, "secretary-general": true, "general": true,
	"gen": true, "gen.": true, "lt.": true, "lieutenant": true, "colonel": true,
	"col.": true, "major": true, "maj.": true, "captain": true, "capt.": true,
	"admiral": true, "adm.": true, "sergeant": true, "sgt.": true, "commander": true,
	"king": true, "queen": true, "prince": true, "princess": true, "emperor": true,
	"pope": true, "cardinal": true, "archbishop": true, "bishop": true, "rev.": true,
	"reverend": true, "father": true, "sheikh": true, "sheik": true, "mullah": true,
	"ayatollah": true, "imam": true, "senator": true, "sen.": true, "congressman": true,
	"congresswoman": true, "representative": true, "rep.": true, "governor": true,
	"gov.": true, "mayor": true, "ambassador": true, "envoy": true, "judge": true,
	"justice": true, "chairman": true, "chief": true, "spokesman": true,
	"spokeswoman": true, "foreign": true, "defense": true, "defence": true,
	"interior": true, "finance": true, "state": true, "deputy": true, "acting": true,
	"former": true, "opposition": true, "leader": true, "director": true,
	"commissioner": true, "attorney": true, "speaker": true, "crown": true,
	"president-elect": true, "dictator": true, "coach": true, "officer": true,
}

// honorifics precede the name of a person.
var honorifics = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"messrs": true, "messrs.": true, "dr": true, "dr.": true,
}

// seats are buildings that stand for an institution, which the project
// labels as organizations wherever a corpus calls them places.
var seats = map[string]bool{
	"Kremlin": true, "White House": true, "Pentagon": true, "Elysee": true,
	"Élysée": true, "Elysee Palace": true, "Élysée Palace": true,
}

// IsTitle reports whether tok is a title or a word of one ("President",
// "Foreign", "Minister", "Mr."), which stays outside person spans.
func IsTitle(tok string) bool { return titles[strings.ToLower(tok)] }

// FromCoNLL maps labelled column-file documents to training sentences in the
// project's convention: PER, LOC and ORG only, "the Kremlin" and "the White
// House" organizations (CoNLL's MISC, GMB's
// nationality words and other types are left untagged), titles, a leading
// "the" and a trailing possessive outside spans. Each inner slice is one
// document.
func FromCoNLL(docs []conll.Document, opt conll.Options) [][]Sentence {
	// CoNLL-2003 follows the convention but for the odd title; GMB puts
	// "the", titles and possessives inside spans.
	what := trimTitles
	if opt.Scheme == conll.SchemeGMB {
		what = trimTitles | trimAnyThe | trimPossessive
	}
	out := make([][]Sentence, 0, len(docs))
	for _, d := range docs {
		ss := make([]Sentence, 0, len(d.Sentences))
		for _, s := range d.Sentences {
			var spans []Span
			for _, c := range conll.Entities(s, opt) {
				sp := Span{Start: c.Start, End: c.End, Type: Type(c.Type)}
				sp = trimSpan(s.Tokens, sp, what)
				if sp.Type == PER && sp.End-sp.Start == 1 && IsTitle(s.Tokens[sp.Start]) {
					continue // GMB's "Mr." tagged alone
				}
				if seats[strings.Join(s.Tokens[sp.Start:sp.End], " ")] {
					sp.Type = ORG // "the Kremlin said"
				}
				if sp.Start < sp.End {
					spans = append(spans, sp)
				}
			}
			ss = append(ss, Sentence{Tokens: s.Tokens, Spans: spans, Domain: string(opt.Scheme)})
		}
		out = append(out, ss)
	}
	return out
}

// trim says what trimSpan moves out of a span.
type trim int

const (
	trimTitles     trim = 1 << iota // titles before a person's name
	trimThe                         // a leading lower-case "the", or "The" opening the sentence
	trimAnyThe                      // a leading "the" in any case
	trimPossessive                  // a final "'s"
)

// trimSpan moves determiners, titles of people and a possessive out of a
// span, as what says.
func trimSpan(toks []string, sp Span, what trim) Span {
	for sp.Start < sp.End-1 {
		t := toks[sp.Start]
		if what&trimAnyThe != 0 && strings.EqualFold(t, "the") ||
			what&trimThe != 0 && (t == "the" || sp.Start == 0 && t == "The") {
			sp.Start++
			continue
		}
		break
	}
	if sp.Type == PER && what&trimTitles != 0 {
		// "Secretary of State Condoleezza Rice": titles, possibly joined
		// by "of", and a "the" among them.
		for sp.Start < sp.End-1 {
			t := toks[sp.Start]
			if IsTitle(t) || ((t == "of" || t == "the") && sp.Start+1 < sp.End-1 && IsTitle(toks[sp.Start+1])) {
				sp.Start++
				continue
			}
			break
		}
	}
	for what&trimPossessive != 0 && sp.End-1 > sp.Start && (toks[sp.End-1] == "'s" || toks[sp.End-1] == "’s" || toks[sp.End-1] == "'") {
		sp.End--
	}
	return sp
}
