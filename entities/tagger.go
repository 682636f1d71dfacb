package entities

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities/gazetteer"
	"github.com/timelinehq/timeline/entities/ner"
)

// Tagger recognizes names with the trained sequence tagger of package
// ner, article by article so that a name tagged once is tagged the same
// elsewhere in the article. It is safe for concurrent use.
type Tagger struct {
	model *ner.Model
}

// NewTagger wraps a loaded model.
func NewTagger(m *ner.Model) *Tagger { return &Tagger{model: m} }

// LoadTagger loads the embedded model. Loading takes a fraction of a
// second: do it once and share the Tagger.
//
// It also loads the embedded gazetteer that [Group] and [NewResolver]
// read, on another goroutine while the model decodes: each takes about a
// fifth of a second on one core, and a run needs both before its first
// article is done.
func LoadTagger() (*Tagger, error) {
	gz := make(chan struct{})
	go func() {
		defer close(gz)
		gazetteer.Default()
	}()
	m, err := ner.Load()
	<-gz
	if err != nil {
		return nil, err
	}
	return NewTagger(m), nil
}

var kinds = map[ner.Type]Kind{ner.PER: Person, ner.LOC: Location, ner.ORG: Organization}

// Recognize implements Recognizer.
func (t *Tagger) Recognize(text string, sentences []corpus.Span) []Mention {
	// The tokens and words of every sentence, in two buffers for the
	// article (about a token in five bytes of news text), cut into
	// sentences once both are whole.
	size := 0
	for _, s := range sentences {
		size += s.End - s.Start
	}
	tokBuf := make([]ner.Token, 0, size/5+len(sentences))
	counts := make([]int, len(sentences))
	for i, s := range sentences {
		n := len(tokBuf)
		tokBuf = ner.AppendTokens(tokBuf, text[s.Start:s.End])
		counts[i] = len(tokBuf) - n
	}
	wordBuf := make([]string, len(tokBuf))
	for j, tk := range tokBuf {
		wordBuf[j] = tk.Text
	}
	toks := make([][]ner.Token, len(sentences))
	words := make([][]string, len(sentences))
	n := 0
	for i, k := range counts {
		toks[i], words[i] = tokBuf[n:n+k:n+k], wordBuf[n:n+k:n+k]
		n += k
	}
	spans := t.model.TagDocument(words)
	var out []Mention
	for i, s := range sentences {
		for _, sp := range spans[i] {
			if sp.Start < 0 || sp.End > len(toks[i]) || sp.Start >= sp.End {
				continue
			}
			start := s.Start + toks[i][sp.Start].Start
			end := s.Start + toks[i][sp.End-1].End
			name := text[start:end]
			if strings.TrimSpace(name) == "" {
				continue
			}
			m, ok := finish(text, s, Mention{Span: corpus.Span{Start: start, End: end}, Text: name, Kind: kinds[sp.Type], Sentence: i})
			if ok {
				out = append(out, m)
			}
		}
	}
	out = initialWords(text, sentences, out, t.model.UsualCase)
	out = gluedOpeners(text, sentences, out, t.model.UsualCase)
	out = headlines(text, sentences, out)
	out = dateline(text, sentences, out)
	out = nicknames(text, out)
	out = boundPrefixes(text, out)
	out = conjoined(text, out)
	out = hyphenatedCompanies(text, out)
	out = splitCompanies(text, out)
	out = hyphenatedNames(text, out)
	out = namedLaws(text, out)
	out = nationalityWords(text, out)
	return facilities(text, sentences, out)
}

// pairKinds reports whether an organization's name spanned over "and"
// (name, cut into left and right) is two names however the article
// writes them, and of what kinds: an organization and a country after it
// ("the Group of Five and Canada": not "Hongkong and Shanghai Banking
// Corp", a country first, nor a country's name of two parts, "Trinidad
// and Tobago", nor "England and Wales"), or two names of two words or
// more that end alike ("Fuji Bank and Mitsubishi Bank"), or a company's
// name ending with its legal form or possessive and another name.
func pairKinds(name, left, right string) (kl, kr Kind, ok bool) {
	gz := gazetteer.Default()
	lw, rw := strings.Fields(left), strings.Fields(right)
	if len(lw) == 0 || len(rw) == 0 {
		return "", "", false
	}
	if gz.CountryCode(right) != "" && gz.CountryCode(name) == "" && gz.CountryCode(lw[len(lw)-1]) == "" && len(lw) >= 2 {
		return Organization, Location, true
	}
	if len(lw) >= 2 && len(rw) >= 2 && lw[len(lw)-1] == rw[len(rw)-1] && isCapitalized(rw[0]) {
		return Organization, Organization, true
	}
	// "Goldman Sachs and Co and Montgomery Securities", "Roebuck and Co
	// and Kellwood Co": a company's legal form ends the first.
	if len(lw) >= 2 && isLegalForm(lw[len(lw)-1]) && isCapitalized(rw[0]) && !isLegalForm(rw[0]) {
		return Organization, Organization, true
	}
	// "Moody's and Standard and Poor": a company named with its
	// possessive ends the first.
	if len(lw) == 1 && strings.HasSuffix(lw[0], "'s") && len(rw) >= 2 && isCapitalized(rw[0]) {
		return Organization, Organization, true
	}
	return "", "", false
}

// conjoined splits a name the tagger spanned over "and" when the article
// names both sides apart elsewhere: "the Federal Reserve Board and Bank
// of England" is two banks where the article also writes "the Bank of
// England" and "the Federal Reserve Board"; or when the sides are plainly
// two names (see pairKinds). A name that holds "and" ("Procter and
// Gamble", "Standard and Poor's") stays whole.
func conjoined(text string, ms []Mention) []Mention {
	kindOf := map[string]Kind{}
	for _, m := range ms {
		if _, ok := kindOf[m.Text]; !ok && !strings.Contains(m.Text, " and ") {
			kindOf[m.Text] = m.Kind
		}
	}
	out := make([]Mention, 0, len(ms))
	for _, m := range ms {
		if m.Kind != Organization || !strings.Contains(m.Text, " and ") {
			out = append(out, m)
			continue
		}
		split := false
		// Each "and" in turn: "Goldman, Sachs and Co and Lazard Freres
		// and Co" is cut at the second.
		for off := 0; ; {
			j := strings.Index(m.Text[off:], " and ")
			if j < 0 {
				break
			}
			j += off
			off = j + len(" and ")
			left, right := m.Text[:j], m.Text[j+len(" and "):]
			rstart := m.Span.Start + j + len(" and ")
			if strings.HasPrefix(right, "the ") {
				right, rstart = right[len("the "):], rstart+len("the ")
			}
			kl, okl := kindOf[left]
			kr, okr := kindOf[right]
			if !okl || !okr {
				if kl, kr, okl = pairKinds(m.Text, left, right); !okl {
					continue
				}
			}
			a, b := m, m
			a.Span.End, a.Text, a.Kind = m.Span.Start+j, left, kl
			b.Span.Start, b.Text, b.Kind = rstart, right, kr
			out = append(out, a, b)
			split = true
			break
		}
		if !split {
			out = append(out, m)
		}
	}
	return out
}

// hyphenatedCompanies joins a company's name that the tokenizer split at
// its hyphen: "Borg-Warner Corp" tagged "Borg" and "Warner Corp", "Hiram
// Walker-Gooderham and Worts Ltd" a person and a company. A name glued
// before a company's name that ends with a legal form (Corp, Inc, Ltd)
// is part of it; and the two words so glued ("Borg-Warner") are that
// company wherever else the article writes them ("Borg-Warner shares").
// Two names glued without a legal form stay two ("the GM-Toyota venture",
// "US-Russia ties").
func hyphenatedCompanies(text string, ms []Mention) []Mention {
	glued := func(a, c Mention) bool {
		return a.Sentence == c.Sentence && c.Span.Start == a.Span.End+1 && text[a.Span.End] == '-' &&
			len(strings.Fields(a.Text)) <= 3 && isCapitalized(c.Text)
	}
	// company widens a to the company's name text[start:end].
	company := func(a Mention, start, end int) Mention {
		a.Span = corpus.Span{Start: start, End: end}
		a.Text = text[start:end]
		a.Kind, a.Name, a.Role, a.Honorific = Organization, "", "", ""
		return a
	}
	var stems []string
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && ms[i+1].Kind == Organization && glued(a, ms[i+1]) {
			if t := nameTokens(ms[i+1].Text); len(t) > 1 && legalForms[t[len(t)-1]] {
				c := ms[i+1]
				if stem := a.Text + "-" + strings.Fields(c.Text)[0]; !slices.Contains(stems, stem) {
					stems = append(stems, stem)
				}
				a = company(a, a.Span.Start, c.Span.End)
				i++
			}
		}
		out = append(out, a)
	}
	if stems == nil {
		return out
	}
	ms, out = out, out[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		for _, stem := range stems {
			// The stem's second word alone, its first untagged:
			// "Baldwin-United's bankruptcy".
			first, _, _ := strings.Cut(stem, "-")
			start := a.Span.Start - len(first) - 1
			if start >= 0 && text[start:a.Span.Start] == first+"-" && !isLetterBefore(text, start) && strings.HasPrefix(text[start:a.Span.End], stem) &&
				(len(out) == 0 || out[len(out)-1].Span.End <= start) {
				a = company(a, start, a.Span.End)
				break
			}
		}
		if a.Span.End < len(text) && text[a.Span.End] == '-' {
			// The stem the article wrote before, whether or not the
			// tagger found its second word: "Borg-Warner shares".
			for _, stem := range stems {
				end := a.Span.Start + len(stem)
				if strings.HasPrefix(text[a.Span.Start:], stem) && end > a.Span.End+1 && (end == len(text) || !isLetterAt(text, end)) {
					a = company(a, a.Span.Start, end)
					for i+1 < len(ms) && ms[i+1].Span.Start < end {
						i++ // the second word, when the tagger found it
					}
					break
				}
			}
		}
		out = append(out, a)
	}
	return out
}

// hyphenatedNames joins a person's name to the word after a hyphen
// written against it: the tokenizer splits "Strauss-Kahn" as it splits
// "US-Russia", so the tagger gives "Dominique Strauss" and "Kahn". A
// name of two words or more takes the word ("Dominique Strauss-Kahn",
// "Andrew Lloyd-Webber"); two names of one word are a pair ("the
// Trump-Putin meeting"), unless the article writes them together as
// the end of a person's name ("Strauss-Kahn flew to Athens").
func hyphenatedNames(text string, ms []Mention) []Mention {
	glued := func(a, c Mention) bool {
		return a.Sentence == c.Sentence && c.Span.Start == a.Span.End+1 && text[a.Span.End] == '-' &&
			!strings.Contains(c.Text, " ") && isCapitalized(c.Text)
	}
	var surnames map[string]bool
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if a.Kind == Person && a.Name == "" && strings.Contains(a.Text, " ") && i+1 < len(ms) && glued(a, ms[i+1]) {
			a.Span.End = ms[i+1].Span.End
			a.Text = text[a.Span.Start:a.Span.End]
			if surnames == nil {
				surnames = map[string]bool{}
			}
			surnames[a.Text[strings.LastIndexByte(a.Text, ' ')+1:]] = true
			i++
		}
		out = append(out, a)
	}
	if surnames == nil {
		return out
	}
	ms, out = out, out[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if !strings.Contains(a.Text, " ") && i+1 < len(ms) && glued(a, ms[i+1]) && surnames[text[a.Span.Start:ms[i+1].Span.End]] {
			a.Span.End = ms[i+1].Span.End
			a.Text = text[a.Span.Start:a.Span.End]
			a.Kind, a.Name, a.Role = Person, "", ""
			i++
		}
		out = append(out, a)
	}
	return out
}

// nicknames joins a person's name around a nickname in quotes or
// brackets: "Kimani 'Kiki' Gray", "Kimani (Kiki) Gray", "Vincent \"The
// Chin\" Gigante", which the tagger gives as two or three names, are one
// person named "Kimani Gray", "Vincent Gigante". The mention spans the
// whole, and it is resolved by its name without the nickname (Name), so
// that "Kimani" and "Gray" alone join it.
func nicknames(text string, ms []Mention) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if a.Kind != Person {
			out = append(out, a)
			continue
		}
		// The last name: the first person after a within reach whose
		// gap to a holds only a nickname (and the nickname's own
		// mention, if tagged).
		joined := false
		for j := i + 1; j < len(ms) && j <= i+2; j++ {
			c := ms[j]
			if c.Kind != Person || c.Sentence != a.Sentence || c.Span.Start <= a.Span.End {
				break
			}
			if _, ok := nicknameGap(text[a.Span.End:c.Span.Start]); ok && len(strings.Fields(c.Text)) <= 2 {
				a.Name = a.ResolvedName() + " " + c.ResolvedName()
				a.Span.End = c.Span.End
				a.Text = text[a.Span.Start:a.Span.End]
				out = append(out, a)
				i = j
				joined = true
				break
			}
		}
		if !joined {
			out = append(out, a)
		}
	}
	return out
}

// nicknameGap reports whether gap, the text between a first name and a
// last name, is a nickname in quotes or brackets, and returns it: " 'Kiki'
// ", " (Kiki) ", ` "The Chin" `.
func nicknameGap(gap string) (string, bool) {
	g := strings.TrimSpace(gap)
	if len(g) < 3 || len(g) > 40 || len(g) == len(gap) || !strings.HasSuffix(gap, " ") {
		return "", false
	}
	open, size := utf8.DecodeRuneInString(g)
	closing, csize := utf8.DecodeLastRuneInString(g)
	pairs := map[rune]rune{'\'': '\'', '"': '"', '‘': '’', '“': '”', '(': ')', '’': '’'}
	if want, ok := pairs[open]; !ok || closing != want && !(open == '\'' && closing == '’') {
		return "", false
	}
	nick := strings.TrimSpace(g[size : len(g)-csize])
	if nick == "" || strings.ContainsAny(nick, "'\"‘’“”(),.;:") || len(strings.Fields(nick)) > 3 {
		return "", false
	}
	for _, w := range strings.Fields(nick) {
		if !isCapitalized(w) || ner.IsTitle(w) {
			return "", false // not "(Finance Minister)"
		}
	}
	return nick, true
}

// facilities makes a person's name that the article also gives a place
// or body named after that person ("the Betty Ford Center") stand for
// that place where a word of going or being there comes before it: "90
// days at Betty Ford", "was driven to Walter Reed". The mention is
// resolved by the full name (Name), so that it joins the place; "Betty
// Ford, the former first lady" stays a person.
func facilities(text string, sentences []corpus.Span, ms []Mention) []Mention {
	var named map[string]Mention // "Betty Ford" -> the "Betty Ford Center" mention
	for _, m := range ms {
		if m.Kind == Person {
			continue
		}
		if k := strings.LastIndexByte(m.Text, ' '); k > 0 && facilityHeads[m.Text[k+1:]] {
			if named == nil {
				named = map[string]Mention{}
			}
			if _, ok := named[m.Text[:k]]; !ok {
				named[m.Text[:k]] = m
			}
		}
	}
	if named == nil {
		return ms
	}
	for i, m := range ms {
		f, ok := named[m.Text]
		if !ok || m.Kind != Person || m.Sentence < 0 || m.Sentence >= len(sentences) {
			continue
		}
		w := wordsBefore(text, sentences[m.Sentence].Start, m.Span.Start, 1)
		if len(w) == 1 && towards[strings.ToLower(w[0])] {
			ms[i].Kind, ms[i].Name, ms[i].Role = f.Kind, f.ResolvedName(), ""
		}
	}
	return ms
}

// facilityHeads end the names of places and bodies named after people.
var facilityHeads = map[string]bool{
	"Center": true, "Centre": true, "Clinic": true, "Hospital": true, "Institute": true,
	"Foundation": true, "Library": true, "Museum": true, "Stadium": true, "Arena": true,
	"Airport": true, "Hall": true, "Theater": true, "Theatre": true, "Field": true,
	"College": true, "University": true, "School": true, "Academy": true, "Prison": true,
}

// towards are the words that, before a name, speak of it as of a place.
var towards = map[string]bool{
	"at": true, "to": true, "into": true, "inside": true, "outside": true, "near": true,
	"from": true, "enter": true, "enters": true, "entered": true, "entering": true,
	"leave": true, "leaves": true, "left": true, "leaving": true,
}

// initialWords drops the one-word names that open a sentence, capitalized
// only for that: words that news text (usual) writes in lower case, that
// the article writes in lower case elsewhere and never names mid-sentence
// or within a longer name. "Man charged in hit-and-run death" over "a
// Schenectady man was charged" is no Isle of Man; "Sterling said" after
// "William Sterling" stays.
func initialWords(text string, sentences []corpus.Span, ms []Mention, usual func(string) (string, bool)) []Mention {
	oneWord := func(m Mention) bool { return !strings.ContainsAny(m.Text, " -.'’") }
	var common map[string]bool // sentence openers that news text writes in lower case
	named := map[string]bool{} // names mid-sentence, and the words of longer names
	for _, m := range ms {
		if !oneWord(m) {
			for w := range strings.FieldsSeq(m.Text) {
				named[w] = true
			}
		} else if !opensSentence(text, sentences, m) {
			named[m.Text] = true
		} else if u, ok := usual(m.Text); ok && u != m.Text && u == strings.ToLower(m.Text) {
			if common == nil {
				common = map[string]bool{}
			}
			common[m.Text] = true
		}
	}
	if common == nil {
		return ms
	}
	lower := lowerWords(text, sentences, make([]bool, len(sentences))) // no sentence left out
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return common[m.Text] && opensSentence(text, sentences, m) && !named[m.Text] && lower[strings.ToLower(m.Text)]
	})
}

// gluedOpeners drops from a person's name of two words the word that
// opens the sentence when it is no name but a word glued to the surname
// that the article has already named alone: "Analyst Comeau said",
// "Echoing Gaviria's words", "Athough Reagan's topic was not disclosed"
// (a typing error) after "President Reagan". The word is no given name,
// no particle ("De Clercq"), and news text writes it in lower case, or
// it is a word of six letters or more one letter off one that news text
// writes in lower case; the two words are written together nowhere else
// in the article. A first name that news text does not know ("Volodymyr
// Zelensky" after "Zelensky") stays.
func gluedOpeners(text string, sentences []corpus.Span, ms []Mention, usual func(string) (string, bool)) []Mention {
	var alone map[string]int // one-word person -> index of its first mention
	full := map[string]int{} // names of two words -> times written
	for i, m := range ms {
		switch f := strings.Fields(m.Text); {
		case m.Kind == Person && len(f) == 1:
			if alone == nil {
				alone = map[string]int{}
			}
			if _, ok := alone[m.Text]; !ok {
				alone[m.Text] = i
			}
		case len(f) == 2:
			full[m.Text]++
		}
	}
	if alone == nil {
		return ms
	}
	for i, m := range ms {
		f := strings.Fields(m.Text)
		if m.Kind != Person || m.Name != "" || len(f) != 2 || full[m.Text] > 1 || !opensSentence(text, sentences, m) {
			continue
		}
		if first, ok := alone[f[1]]; !ok || first > i {
			continue
		}
		w := f[0]
		if givenNameGender(w) != unknownGender || ner.IsParticle(strings.ToLower(w)) || !isCapitalized(w) {
			continue
		}
		if !lowerWord(w, usual) && (len(w) < 6 || !typoOfLowerWord(w, usual)) {
			continue
		}
		start := strings.Index(text[m.Span.Start:m.Span.End], f[1])
		if start < 0 {
			continue
		}
		ms[i].Span.Start += start
		ms[i].Text = f[1]
	}
	return ms
}

// opensSentence reports whether the mention m is the first word of its
// sentence, but for quotes and brackets.
func opensSentence(text string, sentences []corpus.Span, m Mention) bool {
	return m.Sentence >= 0 && m.Sentence < len(sentences) && m.Span.Start >= sentences[m.Sentence].Start &&
		strings.TrimLeft(text[sentences[m.Sentence].Start:m.Span.Start], " \t\n\"'“‘(") == ""
}

// lowerWord reports whether news text writes w in lower case.
func lowerWord(w string, usual func(string) (string, bool)) bool {
	u, ok := usual(w)
	return ok && u == strings.ToLower(w)
}

// typoOfLowerWord reports whether the ASCII word w is one letter left
// out, added, replaced or two swapped off a word that news text writes in
// lower case: "Athough" of "although".
func typoOfLowerWord(w string, usual func(string) (string, bool)) bool {
	lw := strings.ToLower(w)
	for i := 0; i < len(lw); i++ {
		if lw[i] < 'a' || lw[i] > 'z' {
			return false
		}
	}
	try := func(c string) bool { return c != lw && lowerWord(c, usual) }
	for i := 0; i <= len(lw); i++ {
		if i < len(lw) && try(lw[:i]+lw[i+1:]) {
			return true
		}
		if i+1 < len(lw) && try(lw[:i]+lw[i+1:i+2]+lw[i:i+1]+lw[i+2:]) {
			return true
		}
		for c := byte('a'); c <= 'z'; c++ {
			if try(lw[:i]+string(c)+lw[i:]) || i < len(lw) && try(lw[:i]+string(c)+lw[i+1:]) {
				return true
			}
		}
	}
	return false
}

// datelineRE matches the dateline that opens an article: a place in
// capitals, perhaps its region or country, perhaps a date or the agency,
// then a dash: "NEW YORK, Feb 26 -", "SAN MATEO, Calif., March 2 -",
// "MUELHEIM, West Germany, April 8 -", "MOSCOW (Reuters) -". The first
// group is the place, the second its region or country.
var datelineRE = regexp.MustCompile(`^\s*` +
	`([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})` +
	`(?:,?\s+([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2}?))??` +
	`,?\s*` +
	`(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[A-Za-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?` +
	`\s*(?:\([^()\n]{1,30}\))?\s*(?:--|-|–|—)(?:\s|$)`)

// dateline makes the places of a dateline places ("PITTSBURGH, March 4
// -", "SAN MATEO, Calif., March 2 -"), when the gazetteer knows them:
// the tagger, trained on ordinary case, misses a name in capitals or
// takes it for an organization, and misses a region's abbreviation. A
// dateline says where the story was filed, whatever the tagger says.
func dateline(text string, sentences []corpus.Span, ms []Mention) []Mention {
	m := datelineRE.FindStringSubmatchIndex(text)
	if m == nil || len(sentences) == 0 {
		return ms
	}
	gz := gazetteer.Default()
	var add []Mention
	for g := 1; g <= 2; g++ {
		start, end := m[2*g], m[2*g+1]
		if start < 0 {
			continue
		}
		name := text[start:end]
		if len(gz.Lookup(name)) == 0 && gz.CountryCode(name) == "" {
			continue
		}
		ms = slices.DeleteFunc(ms, func(x Mention) bool { return x.Span.Start < end && start < x.Span.End })
		add = append(add, Mention{Span: corpus.Span{Start: start, End: end}, Text: name, Kind: Location, Sentence: sentenceAt(sentences, start)})
	}
	return append(add, ms...)
}

// sentenceAt returns the index of the sentence that holds byte i.
func sentenceAt(sentences []corpus.Span, i int) int {
	for j, s := range sentences {
		if i < s.End {
			return j
		}
	}
	return len(sentences) - 1
}

// headlines trims the names found in a headline in title case ("Lindsay
// Lohan Checks Into Court", "Obama Announces Nominee"), where the tagger
// cannot tell the name from the capitalized words around it, to the
// longest part of them that the article names elsewhere ("Lindsay Lohan",
// "Obama"). A name the article does not repeat is kept as it is.
func headlines(text string, sentences []corpus.Span, ms []Mention) []Mention {
	title := make([]bool, len(sentences))
	any := false
	for i, s := range sentences {
		title[i] = titleCase(text[s.Start:s.End])
		any = any || title[i]
	}
	if !any {
		return ms
	}

	known := map[string]bool{}
	for _, m := range ms {
		if m.Sentence >= 0 && m.Sentence < len(title) && !title[m.Sentence] {
			known[strings.Join(nameTokens(m.Text), " ")] = true
		}
	}
	var lower map[string]bool // the article's words written in lower case
	out := ms[:0]
	for _, m := range ms {
		if m.Sentence < 0 || m.Sentence >= len(title) || !title[m.Sentence] {
			out = append(out, m)
			continue
		}
		words := wordSpans(text, m.Span.Start, m.Span.End)
		if len(words) < 2 || known[strings.Join(nameTokens(m.Text), " ")] {
			out = append(out, m)
			continue
		}
		found := false
	search:
		for n := len(words) - 1; n >= 1; n-- {
			for a := 0; a+n <= len(words); a++ {
				sub := text[words[a].Start:words[a+n-1].End]
				if known[strings.Join(nameTokens(sub), " ")] {
					m.Span = corpus.Span{Start: words[a].Start, End: words[a+n-1].End}
					m.Text = sub
					found = true
					break search
				}
			}
		}
		if !found {
			// "Fred LaRue, Watergate Figure, Dies at 75" over "a Watergate
			// figure": a name the article does not repeat, one of whose
			// words it writes in lower case, is the headline's capitals.
			if lower == nil {
				lower = lowerWords(text, sentences, title)
			}
			if slices.ContainsFunc(words, func(w corpus.Span) bool { return lower[strings.ToLower(text[w.Start:w.End])] }) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// lowerWords returns the words that the sentences not in title case write
// in lower case.
func lowerWords(text string, sentences []corpus.Span, title []bool) map[string]bool {
	out := map[string]bool{}
	for i, s := range sentences {
		if title[i] {
			continue
		}
		for w := range strings.FieldsSeq(text[s.Start:s.End]) {
			w = strings.Trim(w, ",.;:!?\"'()")
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				out[w] = true
			}
		}
	}
	return out
}

// titleCase reports whether a sentence is written in title case: most of
// its words of four letters or more capitalized, the first aside, and
// none in lower case but the short words that title case leaves so ("a",
// "of", "to"). A sentence full of names whose verb is in lower case
// ("Foreign Minister Sergey Lavrov met Rex Tillerson") is no headline.
func titleCase(s string) bool {
	// Every sentence of every article comes here: the words are visited
	// in place (strings.FieldsSeq) rather than split into a new slice.
	long, caps, i := 0, 0, -1
	for w := range strings.FieldsSeq(s) {
		i++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !titleLower[strings.Trim(w, ",.;:!?\"'")] {
			return false
		}
		if i == 0 || len(w) < 4 {
			continue
		}
		long++
		if isCapitalized(w) {
			caps++
		}
	}
	return long >= 2 && caps*10 >= long*8
}

// titleLower are the words that title case leaves in lower case.
var titleLower = set(`a an the and but or nor for on at to by of in as up vs via with from into over`)

// wordSpans returns the spans of the space-separated words of
// text[start:end].
func wordSpans(text string, start, end int) []corpus.Span {
	var out []corpus.Span
	i := start
	for i < end {
		for i < end && text[i] == ' ' {
			i++
		}
		j := i
		for j < end && text[j] != ' ' {
			j++
		}
		if j > i {
			out = append(out, corpus.Span{Start: i, End: j})
		}
		i = j
	}
	return out
}

// finish trims a recognized mention to its name (see [Trim]) and finds
// the role said with a person: the title before the name, else one in the
// span itself, else an apposition after it.
func finish(text string, sent corpus.Span, m Mention) (Mention, bool) {
	m, ok := Trim(text, sent, m)
	if !ok || m.Kind != Person {
		return m, ok
	}
	if strings.EqualFold(m.Text, "reuter") {
		// "polled by Reuter correspondents": the agency.
		m.Kind, m.Name, m.Role = Organization, "Reuters", ""
		return m, true
	}
	if institution(m.Text) || !strings.Contains(m.Text, " ") && itAfter(text[m.Span.End:sent.End]) || mediaBefore(text, sent, m) {
		// "the Reagan Administration"; "Petrobras said its", "Citicorp,
		// which"; "television channel Mir": no person.
		m.Kind = Organization
		return m, true
	}
	if r := RoleBefore(text, sent.Start, m.Span.Start); r != "" {
		m.Role = r
	}
	if m.Role == "" {
		m.Role = AppositionAfter(text, m.Span.End, sent.End)
	}
	return m, true
}

// mediaBefore reports whether a one-word name follows the kind of medium
// it names: "state television channel Mir", "the newspaper Kommersant".
func mediaBefore(text string, sent corpus.Span, m Mention) bool {
	if strings.Contains(m.Text, " ") || sent.Start < 0 || sent.Start > m.Span.Start {
		return false
	}
	w := wordsBefore(text, sent.Start, m.Span.Start, 1)
	return len(w) == 1 && mediaNouns[w[0]]
}

// mediaNouns are the kinds of medium whose names follow them.
var mediaNouns = map[string]bool{
	"channel": true, "network": true, "newspaper": true, "daily": true, "weekly": true, "magazine": true,
	"broadcaster": true, "agency": true, "station": true, "tabloid": true, "website": true, "radio": true,
}

// institutionWords end the names of bodies that the tagger, seeing a
// person's name before them, takes for people: "the Reagan
// Administration", "the Thatcher Government".
var institutionWords = map[string]bool{
	"Administration": true, "administration": true, "Government": true, "government": true,
	"Cabinet": true, "cabinet": true, "Presidency": true, "presidency": true,
}

// institution reports whether a person's name ends with an institution
// word.
func institution(name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && institutionWords[f[len(f)-1]] && (len(f) > 1 || unicode.IsUpper(rune(f[0][0])))
}

// itAfter reports whether what follows a name of one word speaks of it as
// of a thing: "said its", ", which" ("said it" does not: "Peskov said it
// was too early").
func itAfter(rest string) bool {
	for _, p := range [...]string{" said its ", " says its ", ", which "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}
