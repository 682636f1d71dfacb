// Package boilerplate separates a news article from the noise around it:
// ad and script remnants, menus and lists of unrelated headlines, bylines,
// donation appeals and "related stories" teasers.
//
// The text is cut into units (paragraphs, or single lines where a
// paragraph is a stack of short lines) and each unit is judged twice: by
// its structure (is it prose, a headline, a menu, a byline, an appeal to
// the reader?) and by its topic (does it share any name with the body of
// the article?). Kept units are joined, one per paragraph, into the clean
// text that every later stage reads.
package boilerplate

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unit is one paragraph or line of the input with the verdict on it.
type Unit struct {
	Start, End int    // byte offsets in the input
	Text       string // the unit's text, lines of a wrapped paragraph joined by spaces
	Kind       Kind
	Keep       bool
	Reason     string // why it was dropped; "" when kept

	words []string // the unit's words, as written
}

// Kind is the structural class of a unit.
type Kind int

// Unit kinds.
const (
	Prose    Kind = iota // sentences
	Headline             // a title-like line: a few words, no closing period
	Short                // one or two words
	Meta                 // a byline, dateline, reading time, source line
)

// Result is a cleaned article.
type Result struct {
	Text  string // the kept units, separated by blank lines
	Title string // the first headline before the body, if any
	Units []Unit // every unit, kept or not, in input order
}

// Dropped counts the units that were removed.
func (r *Result) Dropped() int {
	n := 0
	for _, u := range r.Units {
		if !u.Keep {
			n++
		}
	}
	return n
}

// Clean removes the boilerplate from an article's text.
func Clean(raw string) Result {
	units := split(raw)
	tk := newTokenizer(len(raw)/6 + 8)
	for i := range units {
		classifyWith(&units[i], tk)
	}
	dropDuplicates(units)
	dropMenus(units)
	dropTail(units)
	dropOffTopic(units)
	dropTeasers(raw, units)
	keepTables(units)

	var res Result
	res.Units = units
	var b strings.Builder
	size := 0
	for _, u := range units {
		if u.Keep {
			size += len(u.Text) + 2
		}
	}
	b.Grow(size)
	seenProse := false
	for _, u := range units {
		if !u.Keep {
			continue
		}
		if u.Kind == Prose {
			seenProse = true
		}
		if res.Title == "" && !seenProse && u.Kind == Headline {
			res.Title = u.Text
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(u.Text)
	}
	res.Text = b.String()
	return res
}

// split cuts raw into paragraphs at blank lines, then cuts a paragraph
// into its lines unless it is prose wrapped at a fixed width.
func split(raw string) []Unit {
	var units []Unit
	lines := lineSpans(raw)
	var para [][2]int
	flush := func() {
		if len(para) == 0 {
			return
		}
		if width := wrapWidth(raw, para); wrapped(raw, para, width) {
			units = joinLines(units, raw, para, width)
		} else {
			// A stack of lines, where a line that goes on with the
			// sentence of the one before joins it.
			start := 0
			for i := 1; i <= len(para); i++ {
				if i < len(para) && !indented(raw[para[i][0]:para[i][1]]) &&
					continues(raw[para[i-1][0]:para[i-1][1]], raw[para[i][0]:para[i][1]]) {
					continue
				}
				units = append(units, newUnit(raw, para[start][0], para[i-1][1]))
				start = i
			}
		}
		para = para[:0]
	}
	for _, l := range lines {
		if strings.TrimSpace(raw[l[0]:l[1]]) == "" {
			flush()
			continue
		}
		para = append(para, l)
	}
	flush()
	return units
}

// lineSpans returns the [start, end) of every line, without the "\n".
func lineSpans(s string) [][2]int {
	out := make([][2]int, 0, strings.Count(s, "\n")+1)
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, [2]int{start, i})
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

func newUnit(raw string, start, end int) Unit {
	// Trim the unit's own white space, keeping offsets exact.
	for start < end && isSpaceByte(raw[start]) {
		start++
	}
	for end > start && isSpaceByte(raw[end-1]) {
		end--
	}
	text := joinFields(raw[start:end])
	text = strings.TrimLeft(text, "•·▪►-–— ")
	return Unit{Start: start, End: end, Text: text, Keep: true}
}

// joinFields is strings.Join(strings.Fields(s), " "): s with its runs of
// white space made single spaces and its ends trimmed. It returns s itself
// when s is already so, as a line of wire copy mostly is.
func joinFields(s string) string {
	plain := true
	for i := 0; i < len(s) && plain; i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			plain = false // perhaps a Unicode space
		case c == ' ':
			plain = i > 0 && i < len(s)-1 && s[i+1] != ' '
		case asciiSpace(c):
			plain = false
		}
	}
	if plain {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		// A run of ASCII words separated by single spaces is copied
		// whole: a paragraph of hard-wrapped wire copy comes here, and
		// rune by rune it was a sixth of the cleaning time. A space
		// belongs to the run only between two ASCII bytes that are not
		// space, where the joined text keeps it as it is.
		j := i
		for j < len(s) && s[j] < utf8.RuneSelf {
			if asciiSpace(s[j]) {
				if s[j] != ' ' || j == i || j+1 >= len(s) || s[j+1] >= utf8.RuneSelf || asciiSpace(s[j+1]) {
					break
				}
			}
			j++
		}
		size := j - i
		isSpace := false
		if size == 0 {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			isSpace = unicode.IsSpace(r)
		}
		if isSpace {
			space = b.Len() > 0
			i += size
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteString(s[i : i+size]) // as written, even an invalid byte
		i += size
	}
	return b.String()
}

// asciiSpace reports whether c is one of the ASCII characters
// unicode.IsSpace accepts.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// wrapWidth is the length of the paragraph's longest line, if it is at
// least minWrapWidth, else 0.
func wrapWidth(raw string, para [][2]int) int {
	width := 0
	for _, l := range para {
		width = max(width, len(strings.TrimSpace(raw[l[0]:l[1]])))
	}
	if width < minWrapWidth {
		return 0
	}
	return width
}

// wrapped reports whether a paragraph of several lines is prose broken at
// a fixed width (as wire copy is) rather than a stack of separate lines:
// at least a third of its line breaks fall inside a sentence, or are where
// the next word would not fit in width. A sentence's end followed by an
// indented line is a break between paragraphs of wire copy, which counts
// neither way.
func wrapped(raw string, para [][2]int, width int) bool {
	if len(para) < 2 {
		return false
	}
	inside, breaks := 0, 0
	for i := 0; i+1 < len(para); i++ {
		line, next := raw[para[i][0]:para[i][1]], raw[para[i+1][0]:para[i+1][1]]
		if indented(next) && endsSentence(line) {
			continue
		}
		breaks++
		if continues(line, next) || full(line, next, width) {
			inside++
		}
	}
	return inside*3 >= breaks
}

// indented reports whether line starts with two spaces or a tab.
func indented(line string) bool {
	return strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "\t")
}

// minWrapWidth is the narrowest width, in bytes, at which wire copy is
// wrapped; the lines of a stack of headlines, or of a table, are mostly
// shorter.
const minWrapWidth = 50

// full reports whether line was broken because next's first word would
// not fit after it in the width of the paragraph's longest line, and not
// at the end of a sentence: the break of prose wrapped at a fixed width,
// even inside a name ("named Norman / McInnis as president"). A width of
// 0 is no fixed width.
func full(line, next string, width int) bool {
	line = strings.TrimSpace(line)
	if width == 0 || line == "" || endsSentence(line) {
		return false
	}
	word := strings.TrimSpace(next)
	if i := strings.IndexAny(word, " \t"); i >= 0 {
		word = word[:i]
	}
	return len(line)+1+len(word) > width
}

// continues reports whether the break between two lines falls inside a
// sentence: the next line starts in lower case, or with a number after a
// word in lower case ("expected to open / 1.50 to 2.00 dlrs higher"), or
// this one ends with a comma, a hyphen or a word that cannot end a
// sentence.
func continues(line, next string) bool {
	line = strings.TrimRight(line, " \t")
	next = strings.TrimLeft(next, " \t")
	if line == "" || next == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	last, _ := utf8.DecodeLastRuneInString(line)
	if unicode.IsLower(r) || unicode.IsDigit(r) && unicode.IsLower(last) {
		return true
	}
	if last == ',' || last == '-' || last == ';' {
		return true
	}
	return isConnective(lastField(line))
}

// lastField is the last of strings.Fields(s), "" if none.
func lastField(s string) string {
	start, end := -1, -1 // of the field being read, or the last one read
	inField := false
	for i := 0; i < len(s); {
		c := s[i]
		size, space := 1, false
		if c < utf8.RuneSelf {
			space = asciiSpace(c)
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && inField:
			end, inField = i, false
		case !space && !inField:
			start, inField = i, true
		}
		i += size
	}
	if inField {
		end = len(s)
	}
	if start < 0 {
		return ""
	}
	return s[start:end]
}

// isConnective is connectives[strings.ToLower(w)]. A short ASCII word is
// lowered into a stack buffer, which the look-up does not copy.
func isConnective(w string) bool {
	if len(w) > 8 || !isASCII(w) {
		return connectives[strings.ToLower(w)]
	}
	var buf [8]byte
	return connectives[string(appendLower(buf[:0], w))]
}

var connectives = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "and": true, "or": true, "for": true, "by": true, "with": true,
	"from": true, "that": true, "said": true, "its": true, "his": true, "her": true,
	"their": true, "as": true, "was": true, "is": true, "be": true, "were": true,
}

// joinLines appends the units of a wrapped paragraph: lines are joined, and a
// new unit starts at an indented line (wire copy marks paragraphs by
// indentation) that follows a finished sentence or a line that the next
// word would have fitted after in width (a row of a table: "Net 12.6 mln
// vs 15.8 mln").
func joinLines(units []Unit, raw string, para [][2]int, width int) []Unit {
	start := para[0][0]
	for i := 1; i < len(para); i++ {
		prev := strings.TrimRight(raw[para[i-1][0]:para[i-1][1]], " \t")
		line := raw[para[i][0]:para[i][1]]
		if indented(line) && (endsSentence(prev) || width > 0 && !full(prev, line, width)) {
			units = append(units, newUnit(raw, start, para[i-1][1]))
			start = para[i][0]
		}
	}
	return append(units, newUnit(raw, start, para[len(para)-1][1]))
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"'”’»)]")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':':
		return true
	}
	return strings.HasSuffix(s, "…")
}

// Patterns of units that are never the article.
var (
	// tailRE matches a heading after which the rest of the page is not the
	// article (an appeal, a list of other stories).
	tailRE = regexp.MustCompile(`(?i)^(a message from\b.*|dear readers?,?|explore|related( stories| articles| news)?|more (stories|news)( from .*)?|read more|discover more from .*|you may also like|most (read|popular)|trending( now)?|latest (news|stories))[:.!]?$`)

	// metaRE matches bylines, datelines and other page furniture lines.
	metaRE = regexp.MustCompile(`(?i)^(source\s*:.*|author\s*:.*|.*\|\s*author\s*:.*|\d+\s+min(ute)?s?\s+read|updated\s*:?.*|published\s*:?.*|posted\s*(on|:).*|photo\s*:.*|image\s*:.*|file photo.*)$`)

	// creditRE matches a line crediting reporters, at an article's end.
	creditRE = regexp.MustCompile(`^(?:(?:The\s+)?(?:Associated Press|AP|Reuters|AFP)\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?)\s+)?` +
		`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}){0,5}` +
		`(?:\s+in\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,2})?` +
		`\s+(?:reported|contributed)(?:\s+(?:to\s+)?(?:this\s+)?(?:report|story|reporting))?(?:\s+(?:from|in)\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3})?\.?$`)

	// bylineRE matches "By Jane Doe", "By Staff Reporter", "By A and B".
	bylineRE = regexp.MustCompile(`^(?:By|BY|by)\s+\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)[\p{L}.'’-]+){0,6}$`)
)

// classify sets the unit's kind and drops it when its structure alone
// shows it is not the article.
func classify(u *Unit) {
	classifyWith(u, newTokenizer(len(u.Text)/6+1))
}

// classifyWith is classify with the words cut by tk.
func classifyWith(u *Unit, tk *tokenizer) {
	// The lower-case words serve only here: the tokenizer reuses their
	// slice for the next unit.
	var lower []string
	u.words, lower = tk.tokenize(u.Text)
	n := len(u.words)
	short := len(u.Text) <= 160 // only short lines can be bylines or datelines
	switch {
	case n <= 2:
		u.Kind = Short
	case short && (metaLine(u.Text) || metaParts(u.Text)):
		u.Kind = Meta
	case n >= 16 || (endsSentence(u.Text) && n >= 4):
		u.Kind = Prose
	default:
		u.Kind = Headline
	}
	switch {
	case u.Kind == Short:
		u.drop(reasonShort)
	case u.Kind == Meta:
		u.drop("byline, dateline or page furniture")
	case u.Kind != Prose || n < 40:
		// In a sentence, most of the phrases are news as well ("a
		// dividend of five cts a share on the shares", "the newsletter
		// said"): there they mark furniture only where the page speaks
		// to its reader.
		if phrase := furniture(u.Text, lower); phrase != "" &&
			(u.Kind != Prose || unmistakable[phrase] || addressesReader(u.Text, u.words)) {
			u.drop("site furniture: " + phrase)
			break
		}
		if isAppeal(u.Text, lower) {
			u.drop("appeal to the reader")
		}
	case isAppeal(u.Text, lower):
		u.drop("appeal to the reader")
	}
}

func (u *Unit) drop(reason string) {
	if u.Keep {
		u.Keep, u.Reason = false, reason
	}
}

// unmistakable are the furniture phrases that news prose does not use.
var unmistakable = map[string]bool{
	"©": true, "ad-free": true, "disabled all ads": true, "privacy policy": true,
	"terms of use": true, "terms of service": true, "all rights reserved": true,
	"click here": true, "read more": true, "related stories": true,
	"related articles": true, "related news": true, "related posts": true,
	"related content": true, "you may also like": true, "sent to your email": true,
	"remind me later": true, "not ready to support": true, "paiment methods": true,
	"skip to content": true, "back to top": true, "leave a comment": true,
	"comments are closed": true,
}

// addressesReader reports whether a unit, outside quoted speech, speaks
// to the reader ("you", "your") or for the publication ("our", "us" in
// lower case, not "US").
func addressesReader(text string, words []string) bool {
	if strings.ContainsAny(text, "\"“”") {
		return false
	}
	for _, w := range words {
		switch w {
		case "you", "You", "your", "Your", "you're", "You're", "you’re", "You’re", "our", "Our", "us":
			return true
		}
	}
	return false
}

// isAppeal reports whether a unit addresses the reader in the first and
// second person about the publication itself, as donation and
// subscription appeals do.
func isAppeal(text string, lower []string) bool {
	pron, appeals := 0, 0
	for _, w := range lower {
		switch w {
		case "we", "our", "us", "you", "your", "we're", "we’re", "you're", "you’re":
			pron++
		}
		if appealWord(w) {
			appeals++
		}
	}
	if pron == 0 || strings.ContainsAny(text, "\"“”") {
		return false // quoted speech is reporting, not an appeal
	}
	return appeals >= 2 || appeals >= 1 && pron >= 2 && pron*12 >= len(lower)
}

// appealWord reports whether a lower-case word belongs to a plea for
// support: "support", "donate", "contribution", "subscribers", ...
func appealWord(w string) bool {
	if w == "" {
		return false
	}
	// By the first byte: most words have none of these.
	switch w[0] {
	case 's':
		return strings.HasPrefix(w, "support") || strings.HasPrefix(w, "subscri")
	case 'd':
		return strings.HasPrefix(w, "donat")
	case 'c':
		return strings.HasPrefix(w, "contribut")
	case 'h', 'j', 'r', 'm', 'i', 'f':
		switch w {
		case "help", "journalism", "reader", "readers", "monthly", "independent", "funding":
			return true
		}
	}
	return false
}

var dateLineRE = regexp.MustCompile(`(?i)^(date\s*:?\s*)?(\w+day,?\s+)?(\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})([,\s]+\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?)?(\s*[A-Z]{2,5})?(\s+\p{Lu}+)?$`)

// isDateLine reports whether a line holds only a date (and perhaps a time
// and a section name), as datelines do. Every date the pattern knows has
// an ASCII digit (\d), which most lines lack: the regexp runs only then.
func isDateLine(s string) bool {
	return strings.ContainsAny(s, "0123456789") && dateLineRE.MatchString(strings.TrimSpace(s))
}

// isMeta reports whether a unit matches metaRE. Each of its alternatives
// begins with an ASCII digit or the first letter of a word, in either
// case ('s' also as 'ſ', its other case fold), except the one with a bar:
// the regexp runs only on a unit that begins so or has a bar.
func isMeta(s string) bool {
	if strings.IndexByte(s, '|') < 0 {
		r, _ := utf8.DecodeRuneInString(s)
		switch r {
		case 's', 'S', 'ſ', 'a', 'A', 'u', 'U', 'p', 'P', 'i', 'I', 'f', 'F',
			'0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		default:
			return false
		}
	}
	return metaRE.MatchString(s)
}

// metaLine reports whether a short unit is a byline, a dateline or other
// page furniture.
func metaLine(s string) bool { return isMeta(s) || isByline(s) || isDateLine(s) || isCredit(s) }

// isCredit reports whether a unit credits the reporters: "Lederman
// reported from Moscow.", "Associated Press writer Jane Doe contributed
// to this report."
func isCredit(s string) bool {
	return (strings.Contains(s, " reported") || strings.Contains(s, " contributed")) && creditRE.MatchString(s)
}

// metaParts reports whether a unit is parts of page furniture set side by
// side: "14 March 2023 | By Timeline sample desk", "By Jane Doe · 5 min
// read".
func metaParts(s string) bool {
	if !strings.ContainsAny(s, "|·•") {
		return false
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p = strings.TrimSpace(p); p == "" || !metaLine(p) {
			return false
		}
	}
	return true
}

// isByline reports whether a unit matches bylineRE, which only a unit
// beginning "By", "BY" or "by" can.
func isByline(s string) bool {
	if len(s) < 2 || s[0] != 'B' && s[0] != 'b' || s[1] != 'y' && s[1] != 'Y' || s[:2] == "bY" {
		return false
	}
	return bylineRE.MatchString(s)
}

// Reasons for dropping a unit judged by its shape alone.
const (
	reasonShort = "too short to be article text"
	reasonMenu  = "list of links"
	reasonTopic = "shares no name with the article"
)

// keepTables restores the units dropped for their shape when nothing at
// all is left: the article is then a table or a list (an earnings report:
// "Shr 3.07 dlrs vs 3.08 dlrs", "Net 66 mln vs 66.2 mln"), not noise
// around an article.
func keepTables(units []Unit) {
	for _, u := range units {
		if u.Keep {
			return
		}
	}
	for i := range units {
		switch units[i].Reason {
		case reasonShort, reasonMenu, reasonTopic:
			units[i].Keep, units[i].Reason = true, ""
		}
	}
}

// dropDuplicates drops a unit whose text repeats an earlier one (a title
// printed twice, a caption repeated as a teaser).
func dropDuplicates(units []Unit) {
	// The keys are the lower-cased texts, cut from one string: the texts
	// in ASCII lowered together, the others one by one (strings.ToLower
	// may change their length).
	size := 0
	for _, u := range units {
		size += len(u.Text)
	}
	buf := make([]byte, 0, size)
	ends := make([]int, len(units))
	for i := range units {
		buf = appendLower(buf, units[i].Text)
		ends[i] = len(buf)
	}
	lower := string(buf)
	seen := make(map[string]bool, len(units))
	for i := range units {
		start := 0
		if i > 0 {
			start = ends[i-1]
		}
		key := lower[start:ends[i]]
		if seen[key] {
			units[i].drop("repeats an earlier line")
			continue
		}
		seen[key] = true
	}
}

// dropMenus drops runs of three or more headline lines: lists of links to
// other stories.
func dropMenus(units []Unit) {
	for i := 0; i < len(units); {
		j := i
		for j < len(units) && (units[j].Kind == Headline || units[j].Kind == Short || units[j].Kind == Meta) {
			j++
		}
		heads := 0
		for k := i; k < j; k++ {
			if units[k].Kind == Headline && units[k].Keep {
				heads++
			}
		}
		if heads >= 3 {
			for k := i; k < j; k++ {
				units[k].drop(reasonMenu)
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

// dropTail drops everything after a heading such as "A Message from ...",
// "Dear readers" or "Explore" in the second half of the text.
func dropTail(units []Unit) {
	if len(units) == 0 {
		return
	}
	half := units[len(units)-1].End / 2
	for i, u := range units {
		if u.Start >= half && tailRE.MatchString(strings.TrimSpace(u.Text)) {
			for k := i; k < len(units); k++ {
				units[k].drop("after the end of the article (" + strings.TrimSpace(u.Text) + ")")
			}
			return
		}
	}
}

// dropOffTopic walks in from both ends of the text and drops kept units
// that share no name with the prose on the other side of them, stopping at
// the first unit that does: teasers for other stories sit at the edges.
// A teaser is a headline, or a paragraph under one; a paragraph that
// follows another paragraph, or opens the text, is the article's own
// (a wire story's lead, or its last paragraph, often names someone
// the rest does not), and the walk stops there too.
func dropOffTopic(units []Unit) {
	names := topicNames(units)
	shares := func(i int, others func(int) bool) bool {
		if len(names[i]) == 0 {
			return true // nothing to judge by
		}
		compared := 0
		for k := range units {
			if k == i || !units[k].Keep || units[k].Kind != Prose || !others(k) || len(names[k]) == 0 {
				continue
			}
			compared++
			if intersects(names[i], names[k]) {
				return true
			}
		}
		return compared == 0 // no prose with names to compare with: keep
	}
	// From the end: compare with the prose before.
	for i := len(units) - 1; i >= 0; i-- {
		if !units[i].Keep {
			continue
		}
		if !teaserShaped(units, i) || shares(i, func(k int) bool { return k < i }) {
			break
		}
		units[i].drop(reasonTopic)
	}
	// From the start: compare with the prose after.
	for i := range units {
		if !units[i].Keep {
			continue
		}
		if !teaserShaped(units, i) || shares(i, func(k int) bool { return k > i }) {
			break
		}
		units[i].drop(reasonTopic)
	}
}

// teaserShaped reports whether units[i] could be part of a teaser: any
// unit but a paragraph, or a paragraph right under a headline.
func teaserShaped(units []Unit, i int) bool {
	return units[i].Kind != Prose || i > 0 && units[i-1].Kind == Headline
}

// reasonTeaser is why dropTeasers drops a unit.
const reasonTeaser = "a teaser for another story"

// maxTeaser is the longest paragraph, in bytes, of a teaser: a sentence
// or two.
const maxTeaser = 320

// dropTeasers drops the teasers of other stories that end a page: a run
// of pairs of a headline and a short paragraph on its very next line, of
// which dropOffTopic has dropped at least two. A teaser on the article's
// own topic shares its names and so survives that check ("Russian
// Federation vetoes United Nations resolution" below an article on the
// Syrian war), but it belongs to the run and is another story all the
// same. Units already dropped between and after the pairs (a "Read more"
// line) do not break the run.
func dropTeasers(raw string, units []Unit) {
	i := len(units)
	offTopic := 0
	for i > 0 {
		if u := &units[i-1]; !u.Keep && u.Kind != Prose && u.Kind != Headline {
			i--
			continue
		}
		if i < 2 {
			break
		}
		h, p := &units[i-2], &units[i-1]
		if h.Kind != Headline || p.Kind != Prose || len(p.Text) > maxTeaser ||
			strings.Count(raw[h.End:p.Start], "\n") != 1 {
			break
		}
		if h.Reason == reasonTopic || p.Reason == reasonTopic {
			offTopic++
		}
		i -= 2
	}
	if offTopic < 2 {
		return
	}
	for k := i; k < len(units); k++ {
		units[k].drop(reasonTeaser)
	}
}

// intersects reports whether two sorted lists share a string.
func intersects(a, b []string) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// topicNames returns the names of every unit, sorted and without
// repeats: its capitalized words that are likely names, not ordinary
// words, function words, titles or calendar words. A capitalized word
// that occurs in lower case anywhere in the text (kept or not) is an
// ordinary word at the start of a sentence, not a name.
//
// It first collects the lower-case forms of the capitalized words, then
// looks up in them the words written in lower case: the map holds the few
// candidates rather than every word of the text.
func topicNames(units []Unit) [][]string {
	type cand struct {
		unit, word, n int32 // units[unit].words[word][:n], the word trimmed
		low0, low     int32 // its lower-case form, lows[low0:low]
	}
	var cands []cand
	var lowBuf []byte
	for i, u := range units {
		for j, w := range u.words {
			w = trimNameEnd(w)
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || len(w) < 2 {
				continue
			}
			low0 := len(lowBuf)
			lowBuf = appendLower(lowBuf, w)
			if stopNames[string(lowBuf[low0:])] {
				lowBuf = lowBuf[:low0]
				continue
			}
			cands = append(cands, cand{unit: int32(i), word: int32(j), n: int32(len(w)), low0: int32(low0), low: int32(len(lowBuf))})
		}
	}
	names := make([][]string, len(units))
	if len(cands) == 0 {
		return names
	}
	lows := string(lowBuf)
	inLower := make(map[string]bool, len(cands)) // false: not (yet) seen in lower case
	for _, c := range cands {
		inLower[lows[c.low0:c.low]] = false
	}
	for _, u := range units {
		for _, w := range u.words {
			if w[0] >= utf8.RuneSelf || w[0] >= 'a' && w[0] <= 'z' {
				r, _ := utf8.DecodeRuneInString(w)
				if !unicode.IsLower(r) {
					continue
				}
				if _, ok := inLower[w]; ok {
					inLower[w] = true
				}
			}
		}
	}
	keys := make([]string, 0, len(cands))
	for k := 0; k < len(cands); {
		i := cands[k].unit
		start := len(keys)
		for ; k < len(cands) && cands[k].unit == i; k++ {
			c := cands[k]
			if inLower[lows[c.low0:c.low]] {
				continue
			}
			// "US", "U.S", "USA" all fold to one key so that they match.
			key := strings.ReplaceAll(units[i].words[c.word][:c.n], ".", "")
			if key == "USA" {
				key = "US"
			}
			keys = append(keys, key)
		}
		if len(keys) > start {
			ks := keys[start:]
			slices.Sort(ks)
			ks = slices.Compact(ks)
			keys = keys[:start+len(ks)]
			names[i] = keys[start:len(keys):len(keys)]
		}
	}
	return names
}

// trimNameEnd is strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(w,
// ".’'"), "’s"), "'s").
func trimNameEnd(w string) string {
	for len(w) > 0 {
		c := w[len(w)-1]
		if c == '.' || c == '\'' {
			w = w[:len(w)-1]
			continue
		}
		if strings.HasSuffix(w, "’") {
			w = w[:len(w)-len("’")]
			continue
		}
		break
	}
	w = strings.TrimSuffix(w, "’s")
	return strings.TrimSuffix(w, "'s")
}

// stopNames are capitalized words that say nothing about the topic.
var stopNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an he she it they we you i in on at of for and but or
		this that these those his her its their our my your mr mrs ms dr president minister
		secretary spokesman spokeswoman chief general sen rep gov said says
		monday tuesday wednesday thursday friday saturday sunday january february march april
		may june july august september october november december today yesterday tomorrow
		after before when while as if not no yes all some more most other new also there here
		what who why how where which one two three first last`) {
		m[w] = true
	}
	return m
}()
