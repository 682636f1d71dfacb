package ner

import (
	"strings"
	"unicode"

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

// isHonorific reports whether tok is an honorific ("Mr.", "MRS"), without
// allocating.
func isHonorific(tok string) bool {
	var b [8]byte
	if len(tok) > len(b) {
		return false
	}
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return honorifics[string(b[:len(tok)])]
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
// nationality words and other types are left untagged), titles (with the
// words before the last one: "U.S. National Intelligence Director"), a
// leading "the" and a trailing possessive outside spans. Each inner slice
// is one document.
//
// GMB also gets lower-case words and punctuation trimmed from either end
// of its spans ("southern Iraq", "Hezbollah militants", "Asia -") and
// spans without a capital dropped ("navy"); the name after a person chunk
// of titles only is a person ("Mr./B-per Arafat/B-org"); and "South" before
// a nationality word ("South/B-geo Korean/B-gpe") is not a place.
func FromCoNLL(docs []conll.Document, opt conll.Options) [][]Sentence {
	// CoNLL-2003 follows the convention but for the odd title; GMB puts
	// "the", titles and possessives inside spans.
	what := trimTitles
	if opt.Scheme == conll.SchemeGMB {
		what = trimTitles | trimAnyThe | trimPossessive | trimFiller
	}
	out := make([][]Sentence, 0, len(docs))
	for _, d := range docs {
		ss := make([]Sentence, 0, len(d.Sentences))
		for _, s := range d.Sentences {
			var spans []Span
			titleEnd := -1 // end of a person chunk of titles only
			var nationality map[int]bool
			if opt.Scheme == conll.SchemeGMB {
				nationality = nationalityStarts(s)
			}
			for _, c := range conll.Entities(s, opt) {
				sp := Span{Start: c.Start, End: c.End, Type: Type(c.Type)}
				if nationality[c.End] && compass[strings.Join(s.Tokens[c.Start:c.End], " ")] {
					continue // GMB's "South/B-geo Korean/B-gpe": a nationality word
				}
				if opt.Scheme == conll.SchemeGMB {
					// GMB's "Mr./B-per Putin/B-org": the name after a
					// title chunk is the person's.
					if c.Start == titleEnd {
						sp.Type = PER
					}
					titleEnd = -1
					if sp.Type == PER && allTitles(s.Tokens[sp.Start:sp.End]) {
						titleEnd = sp.End
					}
				}
				sp = trimSpan(s.Tokens, sp, what)
				if sp.Type == PER && sp.End-sp.Start == 1 && IsTitle(s.Tokens[sp.Start]) {
					continue // GMB's "Mr." tagged alone
				}
				if what&trimFiller != 0 && !hasUpper(s.Tokens[sp.Start:sp.End]) {
					continue // GMB's "navy", "mid-1980s"
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
	trimFiller                      // lower-case words and punctuation at either end ("southern Iraq", "Hezbollah militants")
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
	if what&trimFiller != 0 {
		for sp.Start < sp.End-1 && filler(toks[sp.Start]) && !particles[toks[sp.Start]] {
			sp.Start++
		}
	}
	if sp.Type == PER && what&trimTitles != 0 {
		// "Secretary of State Condoleezza Rice": titles, possibly joined
		// by "of", and a "the" among them.
		for sp.Start < sp.End-1 {
			t := toks[sp.Start]
			if isTitleWord(t) || ((t == "of" || t == "the") && sp.Start+1 < sp.End-1 && isTitleWord(toks[sp.Start+1])) {
				sp.Start++
				continue
			}
			break
		}
		// "U.S. National Intelligence Director John Negroponte",
		// "Information Minister Jonathan Moyo": the words before the
		// last title belong to it, unless the name ends in "Jr." ("Martin
		// Luther King Jr.").
		if !suffixes[toks[sp.End-1]] {
			for j := sp.End - 2; j > sp.Start; j-- {
				if isTitleWord(toks[j]) && !honorifics[strings.ToLower(toks[j])] {
					sp.Start = j + 1
					break
				}
			}
		}
	}
	for what&trimPossessive != 0 && sp.End-1 > sp.Start && (toks[sp.End-1] == "'s" || toks[sp.End-1] == "’s" || toks[sp.End-1] == "'") {
		sp.End--
	}
	for what&trimFiller != 0 && sp.End-1 > sp.Start && filler(toks[sp.End-1]) {
		sp.End--
	}
	return sp
}

// isTitleWord reports whether t is a title or a hyphenated compound with one
// ("Lieutenant-General", "Secretary-General").
func isTitleWord(t string) bool {
	if IsTitle(t) {
		return true
	}
	if strings.IndexByte(t, '-') <= 0 {
		return false
	}
	for p := range strings.SplitSeq(t, "-") {
		if p != "" && IsTitle(p) {
			return true
		}
	}
	return false
}

// suffixes end a person's name after a word that could be a title.
var suffixes = map[string]bool{"Jr.": true, "Jr": true, "Junior": true, "Sr.": true, "Sr": true, "II": true, "III": true}

// IsParticle reports whether w, in lower case, is a particle of a name:
// "bin", "al", "de", "van", ...
func IsParticle(w string) bool { return particles[w] }

// particles are lower-case words that may begin a name ("bin Laden",
// "al Qaida", "de Villepin").
var particles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "de": true,
	"da": true, "di": true, "du": true, "del": true, "della": true, "van": true,
	"von": true, "der": true, "den": true, "dos": true, "das": true, "le": true,
	"la": true, "ter": true, "ten": true,
}

// filler reports whether a token cannot begin or end a name: it has no
// upper-case letter and no digit ("southern", "militants", "-", "'s").
func filler(t string) bool {
	for _, r := range t {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// compass are the words GMB tags as a place before a nationality word
// ("South/B-geo Korean/B-gpe").
var compass = map[string]bool{"North": true, "South": true, "East": true, "West": true,
	"Northern": true, "Southern": true, "Eastern": true, "Western": true, "Central": true}

// nationalityStarts returns the starts of GMB's gpe chunks that are not
// proper nouns: nationality words ("Korean", "Iraqis").
func nationalityStarts(s conll.Sentence) map[int]bool {
	var out map[int]bool
	for _, c := range conll.Chunks(s.Tags) {
		if c.Type != "gpe" {
			continue
		}
		if p := s.POS[c.End-1]; p == "NNP" || p == "NNPS" {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[c.Start] = true
	}
	return out
}

// allTitles reports whether every token is a title or a word joining
// titles ("Secretary of State").
func allTitles(toks []string) bool {
	for _, t := range toks {
		if !isTitleWord(t) && t != "of" && t != "the" {
			return false
		}
	}
	return true
}

// hasUpper reports whether some token has an upper-case letter.
func hasUpper(toks []string) bool {
	for _, t := range toks {
		for _, r := range t {
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}
