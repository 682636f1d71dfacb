package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities/gazetteer"
	"github.com/timelinehq/timeline/entities/givennames"
)

// Trim cleans a recognized mention so that its span and text hold the
// name alone: titles and honorifics at its front become its role
// ("President Vladimir Putin" -> "Vladimir Putin", role "President"), and
// "the" and a possessive are dropped ("the Kremlin's" -> "Kremlin"). The
// honorific of a person ("Mr") and the "the" before a name, in the span
// or just before it, are kept in Honorific and Determiner. It
// reports false for what is no name: a piece of a word ("Do" of "Don't"),
// a title with no name ("Kremlin Spokesman"), a lone letter. text is the
// article, sent the span of the mention's sentence.
func Trim(text string, sent corpus.Span, m Mention) (Mention, bool) {
	start, end := m.Span.Start, m.Span.End
	if start < 0 || end > len(text) || start >= end {
		return m, false
	}
	// A name ends at the end of a word: "Do" in "Don't" is no name.
	if r, size := utf8.DecodeRuneInString(text[end:]); end < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r) ||
		(r == '\'' || r == '’') && end+size < len(text) && isLetterAt(text, end+size) && !possessiveAt(text, end)) {
		return m, false
	}
	// Possessive, some wire archives' `Japan"s` among them.
	for _, suf := range []string{"'s", "’s", `"s`, "'", "’"} {
		if strings.HasSuffix(text[start:end], suf) && end-len(suf) > start {
			end -= len(suf)
			break
		}
	}
	// The markup of wire archives: "<Aber Resources Ltd>" for a company
	// not listed, a ticker after a listed one's name ("American Express
	// Co <AXP>"), or the ticker alone, which names no one.
	if n := text[start:end]; strings.HasPrefix(n, "<") && strings.HasSuffix(n, ">") && ticker(n[1:len(n)-1]) {
		return m, false
	}
	if n := text[start:end]; strings.HasSuffix(n, ">") {
		if i := strings.LastIndexByte(n, '<'); i > 0 && ticker(n[i+1:len(n)-1]) {
			end = start + i
		}
	}
	for start < end && (text[start] == '<' || text[start] == ' ') {
		start++
	}
	for end > start && (text[end-1] == '>' || text[end-1] == ' ') {
		end--
	}
	if start >= end {
		return m, false
	}
	// Leading words that are not the name.
	var role []string
	the := false
	for {
		w, next := firstWord(text, start, end)
		if next >= end {
			break
		}
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		switch {
		case lw == "the":
			the = true
		case m.Kind == Person && honorifics[lw]:
			m.Honorific = w
		case m.Kind == Person && (titleWords[lw] || len(role) > 0 && connectorWords[lw]) && isCapitalized(w):
			role = append(role, w)
		case m.Kind == Person && gazetteer.Demonym(w) != "" && nextIsTitle(text, next, end):
			role = append(role, w)
		case m.Kind == Person && len(role) == 0 && isCapitalized(w) && nextIsTitle(text, next, end) && len(gazetteer.Default().Lookup(w)) > 0:
			role = append(role, w) // "Brooklyn Councilman Jumaane Williams"
		case m.Kind == Organization && (gazetteer.Demonym(w) != "" || countryShort[strings.TrimSuffix(w, ".")]) && describesCompany(text, next, end):
			// "U.S. Carmaker General Motors": a descriptor, then the name.
			_, after := firstWord(text, next, end)
			start = after
			continue
		default:
			goto done
		}
		start = next
	}
done:
	name := text[start:end]
	if strings.TrimSpace(name) == "" || utf8.RuneCountInString(strings.Trim(name, ".")) < 2 {
		return m, false
	}
	words := strings.Fields(name)
	if len(words) == 1 && tableWords[name] {
		return m, false // "Shr 25 cts vs 20 cts": the rows of an earnings table
	}
	if len(words) == 1 && commonAcronyms[strings.ReplaceAll(name, ".", "")] {
		return m, false // "arrested for DUI", "GNP rose": no one
	}
	if len(words) == 1 && name != "SPA" && isLegalForm(name) {
		return m, false // "Dillon, Read and Co": the end of a company's name, no one (SPA is the Saudi Press Agency)
	}
	if strings.EqualFold(name, "reuter") && strings.Trim(text[end:], " \t\r\n.&#;0123456789") == "" {
		return m, false // a wire story's sign-off: "... more generous terms. REUTER"
	}
	if m.Kind == Person && len(words) > 1 && personTitleEnd[strings.ToLower(words[len(words)-1])] {
		return m, false // "Kremlin Spokesman": a role without its person
	}
	if len(role) > 0 && m.Role == "" && hasTitleHead(role) {
		m.Role = strings.Join(role, " ")
	}
	if m.Kind != Person {
		m.Role = ""
	}
	m.Span = corpus.Span{Start: start, End: end}
	m.Text = name
	var before []string
	if sent.Start >= 0 && sent.Start <= start {
		before = wordsBefore(text, sent.Start, start, 2)
	}
	if n := len(before); n > 0 {
		lw := strings.ToLower(before[n-1])
		switch {
		case m.Kind == Person && m.Honorific == "" && honorifics[lw]:
			m.Honorific = before[n-1]
		case lw == "the" || n > 1 && positionWords[lw] && strings.ToLower(before[n-2]) == "the":
			the = true
		}
	}
	m.Definite = the && standsAlone(text, end)
	if m.Kind != Person {
		m.Honorific = ""
	}
	return m, true
}

// commonAcronyms are capitalized abbreviations and words of things, not
// names, that the tagger may take for organizations: offences,
// illnesses, economic figures, offices, time zones, credit ratings and
// the market's instruments and rates ("rated BBB", "10 a.m. EST", "over
// Libor", "Treasuries fell").
var commonAcronyms = set(`DUI DWI OWI DUII AIDS HIV GDP GNP CEO CFO COO IPO
	CPI PPI PSBR EPS GMT EST EDT CST CDT PST PDT BST CET
	AAA BBB Aaa Baa Caa LIBOR Libor LIBID Libid FRN FRNs SDR SDRs PIN PINs PINS Treasuries`)

// countryShort are countries written short before a company's
// descriptor: "U.S. Carmaker General Motors".
var countryShort = set(`U.S US UK U.K`)

// describesCompany reports whether the word at text[start:] is a
// capitalized descriptor of a company ("Carmaker", "Drugmaker", "Firm")
// with a name after it before end.
func describesCompany(text string, start, end int) bool {
	w, next := firstWord(text, start, end)
	if next >= end || !isCapitalized(w) {
		return false
	}
	lw := strings.ToLower(w)
	return strings.HasSuffix(lw, "maker") || companyDescriptors[lw]
}

// companyDescriptors name what a company does, before its name.
var companyDescriptors = set(`firm conglomerate retailer insurer airline carrier brewer distiller miner publisher brokerage utility`)

// tableWords open the rows of the earnings and dividend tables of wire
// stories ("Shr 25 cts vs 20 cts", "Qtly div 10 cts vs 10 cts", "Pay
// April 1", "Record March 15"), capitalized as names are.
var tableWords = set(`Shr Shrs Revs Oper Avg Qtr Qtly Mths Div Pay Record Prior Dlrs Cts Vs`)

// standsAlone reports whether the name that ends at text[end:] qualifies
// no noun after it: what follows is the end, punctuation that ends a
// clause, a word of a closed class ("near", "and", "was"), a verb in the past ("reopened"),
// or a noun that a place takes ("river", "valley").
func standsAlone(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " \t")
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(r) {
		// The end of a clause, not a compound ("the Bush-era rule") or a
		// possessive.
		return strings.ContainsRune(",.;:!?)\"”\n", r)
	}
	i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(rest)
	}
	w := rest[:i]
	if !unicode.IsLower(r) {
		return false
	}
	return followers[w] || strings.HasSuffix(w, "ed") && len(w) > 4
}

// followers are the words after which a name qualifies no noun: words of
// closed classes, and nouns that follow a place's name.
var followers = set(`near in on at to from into onto by with without for of off over under along across
	between through since until before after during as and or but nor than where which that who whose
	is was are were has had have will would could should may might can must does did
	river valley basin delta estuary region area coast border shore bank banks
	said says`)

// positionWords may stand between "the" and a place's name ("the lower
// Danube", "the northern Caucasus").
var positionWords = set(`lower upper middle northern southern eastern western central north south east west`)

// gender is what an honorific or a given name says of a person.
type gender uint8

const (
	unknownGender gender = iota
	male
	female
)

func (g gender) String() string {
	switch g {
	case male:
		return "male"
	case female:
		return "female"
	}
	return "unknown"
}

// honorificGender is the gender an honorific gives: "Mr" and "Sir" male,
// "Mrs", "Miss", "Ms" and "Mme" female, "Dr" none.
func honorificGender(h string) gender {
	switch strings.ToLower(strings.TrimSuffix(h, ".")) {
	case "mr", "sir":
		return male
	case "mrs", "miss", "ms", "mme":
		return female
	}
	return unknownGender
}

// givenNameGender is the gender that the given name w usually has
// (givennames): "Ronald" male, "Nancy" female, "Kelly" neither.
func givenNameGender(w string) gender {
	switch givennames.Default().Gender(foldAccents(w)) {
	case givennames.Male:
		return male
	case givennames.Female:
		return female
	}
	return unknownGender
}

// compatible reports whether entities of genders a and b may be one.
func compatible(a, b gender) bool { return a == unknownGender || b == unknownGender || a == b }

// both is the gender of an entity of genders a and b, compatible.
func both(a, b gender) gender {
	if a == unknownGender {
		return b
	}
	return a
}

// personTitleEnd are words that end a title, never a person's name.
var personTitleEnd = set(`spokesman spokeswoman spokesperson minister secretary president ambassador
	envoy official aide adviser advisor chairman director`)

func firstWord(text string, start, end int) (string, int) {
	i := start
	for i < end && !unicode.IsSpace(rune(text[i])) {
		i++
	}
	w := text[start:i]
	for i < end && unicode.IsSpace(rune(text[i])) {
		i++
	}
	return w, i
}

func nextIsTitle(text string, start, end int) bool {
	w, next := firstWord(text, start, end)
	return next < end && titleWords[strings.ToLower(w)]
}

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// isLetterBefore reports whether the rune that ends text[:i] is a letter.
func isLetterBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r)
}

// possessiveAt reports whether text[i:] opens a possessive: "'s" or "’s"
// followed by a non-letter.
func possessiveAt(text string, i int) bool {
	rest := text[i:]
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(rest, p) {
			return len(rest) == len(p) || !isLetterAt(rest, len(p))
		}
	}
	return false
}

// isAcronymToken reports whether a written token is an acronym: two to
// seven capitals, possibly with periods ("UN", "U.N.", "NATO").
func isAcronymToken(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return n >= 2 && n <= 7
}

// minorWords are skipped when taking a name's initials ("Islamic State of
// Iraq and Syria" -> ISIS).
var minorWords = set(`of and the for on in at to de du des la le el al`)

// initials is the acronym of a written name: the first letter of each
// word of it, the letters of the acronyms in it ("UN Security Council"
// -> "unsc", "United Nations Security Council" -> "unsc"). It returns ""
// for a name of one plain word.
func initials(name string) string {
	words := strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
	if len(words) == 1 && !isAcronymToken(words[0]) {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		switch {
		case isAcronymToken(w):
			for _, r := range w {
				if unicode.IsUpper(r) {
					b.WriteRune(unicode.ToLower(r))
				}
			}
		case minorWords[strings.ToLower(w)]:
		default:
			r, _ := utf8.DecodeRuneInString(foldAccents(w))
			if !unicode.IsLetter(r) {
				return ""
			}
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// foldWord folds a written word as a legal form is looked up: "Inc." ->
// "inc", "S.A." -> "sa".
func foldWord(w string) string { return strings.ToLower(strings.ReplaceAll(w, ".", "")) }

// isLegalForm reports whether a written word is a company's legal form
// ("Inc.", "LTD", "S.A.").
func isLegalForm(w string) bool { return legalForms[foldWord(w)] }

// initialsBeforeForm returns the acronyms of a company's written name
// without its last legal form and without all of them ("International
// Business Machines Corp" -> "ibm"; "General Electric Co Plc" -> "gec"
// and "ge"; "British Petroleum Co Plc" -> "bpc" and "bp"): "" for a name
// without a legal form or of fewer than two words before it, and a second
// "" when both are the same.
func initialsBeforeForm(name string) [2]string {
	f := strings.Fields(name)
	n := len(f)
	for n > 0 && isLegalForm(f[n-1]) {
		n--
	}
	if n < 2 || n == len(f) {
		return [2]string{}
	}
	one := initials(strings.Join(f[:len(f)-1], " "))
	if all := initials(strings.Join(f[:n], " ")); all != one {
		return [2]string{one, all}
	}
	return [2]string{one}
}

// hasAcronym reports whether a written name holds an acronym token other
// than a legal form: "GM Overseas Distribution Corp", not "Veba AG".
func hasAcronym(name string) bool {
	for _, w := range strings.Fields(name) {
		if isAcronymToken(w) && !isLegalForm(w) {
			return true
		}
	}
	return false
}

// knownAliases are names of organizations that no rule relates: the
// acronym of a name in another language, or of a longer form of it; and
// the acronyms of international bodies so common that an article uses
// them alone, which the resolver would not otherwise join to an
// expansion another article gives (see Resolver.pairing).
var knownAliases = map[string]string{
	"isis": "islamic state", "isil": "islamic state", "daesh": "islamic state", "is": "islamic state",
	"islamic state group": "islamic state",
	"un":                  "united nations", "eu": "european union", "imf": "international monetary fund",
	"nato": "north atlantic treaty organization", "opec": "organization of petroleum exporting countries",
	"wto": "world trade organization", "oecd": "organization for economic cooperation and development",
	"iaea": "international atomic energy agency", "asean": "association of southeast asian nations",
	"gatt": "general agreement on tariffs and trade", "unesco": "united nations educational scientific and cultural organization",
	"unicef": "united nations childrens fund", "fbi": "federal bureau of investigation", "cia": "central intelligence agency",
	"nasa": "national aeronautics and space administration", "ecb": "european central bank",
	// The US central bank, by its short name and by its board's.
	"fed": "federal reserve", "federal reserve board": "federal reserve", "federal reserve system": "federal reserve",
	// Companies known by letters of a word of their name.
	"vw": "volkswagen ag",
}

func foldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ticker reports whether s looks like a stock ticker: capitals, digits
// and dots, with perhaps an exchange after a space ("AXP", "BAC.N",
// "ASEA ST").
func ticker(s string) bool {
	if s == "" || len(s) > 12 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == ' ' || c == '-') {
			return false
		}
	}
	return true
}
