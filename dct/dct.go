// Package dct finds an article's document creation time (its publication
// date), which anchors every relative date in it, and says where it came
// from.
//
// The sources are tried in order of trust: the input's metadata (a JSONL
// field or an HTML meta tag), a date given by the user, a dateline or
// byline near the top of the text, a date in the article's URL, and last
// an estimate from the dates the article itself mentions. A date inside a
// sentence (a banner saying "Since July 1, 2024, we have disabled all ads",
// a photo caption) is never taken for a dateline.
package dct

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/timelinehq/timeline/corpus"
)

// Result is a document creation time with its provenance.
type Result struct {
	Time      time.Time
	Precision corpus.Precision
	Source    corpus.DCTSource
	Evidence  string // the text or URL part it was read from
}

// Apply stores r in d.
func (r Result) Apply(d *corpus.Document) {
	d.DCT, d.DCTPrecision, d.DCTSource = r.Time, r.Precision, r.Source
	if r.Source == "" {
		d.DCTSource = corpus.DCTNone
	}
}

// Options tunes detection. The zero value is ready to use.
type Options struct {
	// Flag is the date the user gave on the command line, used when the
	// input's metadata states none.
	Flag time.Time

	// Now bounds plausible dates: a dateline later than Now plus a day is
	// ignored. Zero means time.Now().
	Now time.Time
}

// Detect finds the creation time of d from its metadata, the flag, its
// dateline and its URL, in that order. It returns a Result with Source
// DCTNone when none of them states a date; the caller may then estimate
// one with [Estimate] once the article's dates are tagged.
func Detect(d *corpus.Document, opts Options) Result {
	if !d.Published.IsZero() {
		return Result{Time: day(d.Published), Precision: corpus.PrecisionDay, Source: corpus.DCTMetadata, Evidence: "metadata"}
	}
	if !opts.Flag.IsZero() {
		return Result{Time: day(opts.Flag), Precision: corpus.PrecisionDay, Source: corpus.DCTFlag, Evidence: "--date"}
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	if t, ev, ok := Dateline(d.Raw); ok && plausible(t, now) {
		return Result{Time: t, Precision: corpus.PrecisionDay, Source: corpus.DCTText, Evidence: ev}
	}
	if t, p, ev, ok := FromURL(d.URL); ok && plausible(t, now) {
		return Result{Time: t, Precision: p, Source: corpus.DCTURL, Evidence: ev}
	}
	return Result{Source: corpus.DCTNone}
}

func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func plausible(t, now time.Time) bool {
	return t.Year() >= 1800 && !t.After(now.Add(36*time.Hour))
}

// Where a dateline may sit: among the first lines of the raw text.
const (
	datelineMaxLines = 15
	datelineMaxBytes = 2000
)

// clock matches a time of day with its zone: "00:53", "3:15 pm",
// "8:41 p.m. EST", "6:07:15 PM GMT", "2 A.M.", "1052 GMT (1852 HKT)".
const clock = `(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|\d{4}(?:\s*hrs)?(?:\s*(?-i:[A-Z]{3,4})\b))` +
	`(?:\s*\(?(?-i:[A-Z]{2,5})(?:[+-]\d{1,2}(?::\s*\d{1,2})?)?\)?\b|\s*\(\d{4}\s*(?-i:[A-Z]{2,5})\)){0,2}`

// labels are the words that announce a dateline's date ("Published:"),
// and the news agencies whose name may stand before it ("Reuters Sep 18").
const labels = `(?:(?:article|story)\s+)?(?:date|dated|published|published\s+time|posted|first\s+posted|posted\s+on|updated|created|first\s+published|last\s+updated|released?|for\s+immediate\s+release|found|on|reuters|ap|afp|tnn|upi|ians|pti|cna)`

var (
	monthNames = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	weekday    = `(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`

	// fullDateRE matches a date with day, month and year, as datelines
	// write it.
	fullDateRE = regexp.MustCompile(`(?i)\b` + weekday + `(?:` +
		`(?P<y1>\d{4})-(?P<m1>\d{2})-(?P<d1>\d{2})` + // 2017-04-13
		`|(?P<y2>\d{4})[/.](?P<m2>\d{1,2})[/.](?P<d2>\d{1,2})` + // 2017/04/13, 2017.04.13
		`|(?P<mn3>` + monthNames + `)\s+(?P<d3>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+|-)(?P<y3>\d{4})` + // April 13, 2017
		`|(?P<d4>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mn4>` + monthNames + `)(?:,?\s+|-)(?P<y4>\d{4})` + // 13 April 2017, 16 April, 2017
		`|(?P<m5>\d{1,2})/(?P<d5>\d{1,2})/(?P<y5>\d{4}|\d{2})` + // 4/13/2017, 4/13/17 (US order)
		`|(?P<d6>\d{1,2})\.(?P<m6>\d{1,2})\.(?P<y6>\d{4})` + // 13.04.2017
		`)(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`) // 2017-04-13T10:00:00Z

	// timeRE matches a time of day after a date ("00:53", "3:15 pm").
	timeRE = regexp.MustCompile(`(?i)^[,/\s]*(?:at\s+|@\s*)?` + clock)

	// datelineLeadRE matches what may stand before the date in a dateline:
	// a label, a place in capitals ("WASHINGTON, DC,"), a time of day
	// ("updated 8:41 p.m. EST, Tue March 3"), an opening bracket.
	datelineLeadRE = regexp.MustCompile(`(?i)^(?:` + labels + `)?\s*(?:on)?\s*[:|\-–—]?\s*` +
		`(?:(?-i:[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+)*),(?:\s*(?-i:[A-Z][A-Za-z.]+),)?\s*)?` +
		`(?:(?:at\s+)?` + clock + `\s*[,|\-–—]?\s*)?\(?$`)

	// laterStampRE matches a second time stamp after a dateline's date
	// ("Last updated at 11:11 GMT", ", updated July 29, 2009").
	laterStampRE = regexp.MustCompile(`(?i)^[,;|]?\s*(?:last\s+)?(?:updated|modified|posted|edited)\b`)

	// separatorRE matches what separates a date from a byline or section
	// name that shares its line.
	separatorRE = regexp.MustCompile(`^\s*(?:[|•·/–—-]|\s{2,})`)
)

// Dateline finds a dateline or byline date among the first lines of an
// article: a line that holds a full date and little else ("date
// 2017-04-13 WORLD", "April 13, 2017", "16 April, 2017, 00:53 | Author:
// Cecelia Webb", "Published: Thursday 13 April 2017"), or a news site's
// time stamp ("Posted 11/27/2005 7:21 AM", "updated 8:41 p.m. EST, Tue
// March 3, 2009", "21 July 2013 Last updated at 11:11 GMT", "WASHINGTON,
// DC, April 28, 2009"). Numeric dates with slashes are read month first,
// as in the US, unless the first number cannot be a month ("14/09/2013");
// with dots, day first ("08.07.2012"); two-digit years 69-99 are 1969-1999
// and 00-68 are 2000-2068. It returns the date and the line it came from.
func Dateline(raw string) (time.Time, string, bool) {
	if len(raw) > datelineMaxBytes {
		raw = raw[:datelineMaxBytes]
	}
	lines := 0
	for _, line := range strings.Split(raw, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if lines++; lines > datelineMaxLines {
			break
		}
		if t, ok := datelineDate(line); ok {
			return t, line, true
		}
	}
	return time.Time{}, "", false
}

// datelineDate reads the date of a line that is a dateline.
func datelineDate(line string) (time.Time, bool) {
	m := fullDateRE.FindStringSubmatchIndex(line)
	if m == nil {
		return time.Time{}, false
	}
	t, ok := matchDate(line, m)
	if !ok {
		return time.Time{}, false
	}
	before := line[:m[0]]
	after := line[m[1]:]
	if tm := timeRE.FindStringIndex(after); tm != nil {
		after = after[tm[1]:]
	}
	if !datelineLeadRE.MatchString(before) {
		return time.Time{}, false
	}
	// After the date: nothing, a short section name ("WORLD"), or a
	// separator and a byline.
	rest := strings.TrimSpace(after)
	rest = strings.TrimSpace(strings.TrimPrefix(rest, ")"))
	switch {
	case rest == "" || rest == ".":
	case separatorRE.MatchString(after) || strings.HasPrefix(rest, "|"):
	case len(strings.Fields(rest)) <= 2 && !strings.ContainsAny(rest, ".!?"):
	case laterStampRE.MatchString(rest):
	default:
		return time.Time{}, false
	}
	return t, true
}

// matchDate builds the date from a fullDateRE match.
func matchDate(s string, m []int) (time.Time, bool) {
	get := func(name string) string {
		i := fullDateRE.SubexpIndex(name)
		if i < 0 || m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	var y, mo, d int
	for _, k := range []string{"1", "2", "3", "4", "5", "6"} {
		ys := get("y" + k)
		if ys == "" {
			continue
		}
		y, _ = strconv.Atoi(ys)
		if len(ys) == 2 {
			// As strptime's %y reads them: 69-99 are 1969-1999, 00-68
			// 2000-2068 (a date after the caller's now is dropped there).
			y += 2000
			if y >= 2069 {
				y -= 100
			}
		}
		d, _ = strconv.Atoi(get("d" + k))
		if ms := get("m" + k); ms != "" {
			mo, _ = strconv.Atoi(ms)
		} else {
			mo = monthNumber(get("mn" + k))
		}
		if k == "5" && mo > 12 && d <= 12 {
			mo, d = d, mo // 28/11/2005: not a US date, a day first
		}
		break
	}
	return civil(y, mo, d)
}

// civil returns the date y-m-d if it exists.
func civil(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Month() != time.Month(m) {
		return time.Time{}, false // April 31
	}
	return t, true
}

func monthNumber(name string) int {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	if len(name) < 3 {
		return 0
	}
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if name[:3] == m {
			return i + 1
		}
	}
	return 0
}

var (
	urlDayRE   = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:$|[/_.-])`)
	urlMonthRE = regexp.MustCompile(`(?:^|/)((?:19|20)\d{2})/(0[1-9]|1[0-2])(?:/|$)`)
)

// FromURL reads a date from an article URL's path: /2017/04/13/,
// /2017-04-13-title, /20170413/ give the day; /2017/04/ gives the month.
func FromURL(raw string) (time.Time, corpus.Precision, string, bool) {
	if raw == "" {
		return time.Time{}, corpus.PrecisionNone, "", false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return time.Time{}, corpus.PrecisionNone, "", false
	}
	p := u.EscapedPath()
	if m := urlDayRE.FindStringSubmatch(p); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if t, ok := civil(y, mo, d); ok {
			return t, corpus.PrecisionDay, strings.TrimSpace(m[0]), true
		}
	}
	if m := urlMonthRE.FindStringSubmatch(p); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		return time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC), corpus.PrecisionMonth, m[0], true
	}
	return time.Time{}, corpus.PrecisionNone, "", false
}
