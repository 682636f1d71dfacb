package timexeval

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"text/tabwriter"
)

// Convention counts how the gold annotation writes one kind of expression
// in one form, in each part of TempEval-3's training data. It tells a
// habit of one part's annotators (AQUAINT's "1949-XX" for "in 1949") from
// a rule both parts follow, so that the tagger copies only the latter.
type Convention struct {
	Kind     string // the kind of expression: "year alone", "weekday + part of day" ...
	Form     string // how the gold writes it: "YYYY", "YYYY-XX", "the day only" ...
	TimeBank int
	AQUAINT  int
}

// The kinds of expression Conventions looks at, and the forms of each.
var (
	reDecade      = regexp.MustCompile(`(?i)\d0'?s$`)
	reYearsAgo    = regexp.MustCompile(`(?i)\b(?:years?|decades?) ago$`)
	reDeicticWeek = regexp.MustCompile(`(?i)^(?:(?:early|late|earlier|later)\s+)?(?:last|this|next)\s+week$`)
	reWeekend     = regexp.MustCompile(`(?i)^(?:the|this|last|next)\s+weekend$`)
	reWeekdayPart = regexp.MustCompile(`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:morning|afternoon|evening|night)\b`)
	reWeekdayOnly = regexp.MustCompile(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?$`)

	reFullDay   = regexp.MustCompile(`^\d{4}-\d\d-\d\d$`)
	reDayPart   = regexp.MustCompile(`^\d{4}-\d\d-\d\dT(MO|AF|EV|NI)$`)
	reISOWeek   = regexp.MustCompile(`^\d{4}-W\d\d$`)
	reShortWeek = regexp.MustCompile(`^\d{4}-W\d$`)
	reMonth     = regexp.MustCompile(`^\d{4}-\d\d$`)
	reYear      = regexp.MustCompile(`^\d{4}$`)
	reYearXX    = regexp.MustCompile(`^\d{4}-XX$`)
	reYearXXXX  = regexp.MustCompile(`^\d{4}-XX-XX$`)
	reQuarter   = regexp.MustCompile(`^\d{4}-Q`)
	reDecade3   = regexp.MustCompile(`^\d{3}$`)
	reDecadeX   = regexp.MustCompile(`^\d{3}X$`)
)

// Conventions counts, in gold documents of TempEval-3's training data, the
// forms the annotation gives to the kinds of expression on which the two
// parts were seen to differ: a year alone, a decade, "N years ago", a
// weekday with a part of the day, "last/this/next week", "the weekend",
// and a weekday named more than once in one article. The result is sorted
// by kind, then by form.
func Conventions(docs []Doc) []Convention {
	counts := map[[2]string]*Convention{}
	add := func(doc, kind, form string) {
		k := [2]string{kind, form}
		c := counts[k]
		if c == nil {
			c = &Convention{Kind: kind, Form: form}
			counts[k] = c
		}
		if IsAQUAINT(doc) {
			c.AQUAINT++
		} else {
			c.TimeBank++
		}
	}
	for _, d := range docs {
		for _, t := range d.Timexes {
			text, v := strings.TrimSpace(t.Text), t.Value
			switch {
			case reYear.MatchString(text):
				add(d.ID, "year alone (in 1949)", yearForm(v))
			case reDecade.MatchString(text):
				add(d.ID, "decade (the 1980s)", decadeForm(v))
			case reYearsAgo.MatchString(text):
				add(d.ID, "N years ago", yearForm(v))
			case reDeicticWeek.MatchString(text):
				add(d.ID, "last/this/next week", weekForm(v))
			case reWeekend.MatchString(text):
				add(d.ID, "the weekend", weekendForm(v))
			}
		}
		weekdayParts(d, add)
		weekdayRepeats(d, add)
	}
	out := make([]Convention, 0, len(counts))
	for _, c := range counts {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].Form < out[j].Form
	})
	return out
}

func yearForm(v string) string {
	switch {
	case reYear.MatchString(v):
		return "YYYY"
	case reYearXX.MatchString(v):
		return "YYYY-XX"
	case reYearXXXX.MatchString(v):
		return "YYYY-XX-XX"
	case reQuarter.MatchString(v):
		return "a quarter (earnings report)"
	case strings.HasPrefix(v, "P"):
		return "a duration"
	}
	return "other"
}

func decadeForm(v string) string {
	switch {
	case reDecade3.MatchString(v):
		return "3 digits (198)"
	case reDecadeX.MatchString(v):
		return "with X (198X)"
	}
	return "other"
}

func weekForm(v string) string {
	switch {
	case reISOWeek.MatchString(v):
		return "ISO week (1998-W08)"
	case reShortWeek.MatchString(v):
		return "unpadded week (2000-W7)"
	case strings.HasSuffix(v, "-WXX"):
		return "week unknown (1989-WXX)"
	case reMonth.MatchString(v):
		return "a month"
	case reFullDay.MatchString(v) || strings.HasSuffix(v, "-XX"):
		return "a day"
	case strings.HasPrefix(v, "P"):
		return "a duration (P1W)"
	}
	return "other"
}

func weekendForm(v string) string {
	switch {
	case strings.HasSuffix(v, "-WE"):
		return "week-end (1998-W33-WE)"
	case strings.HasPrefix(v, "P"):
		return "a duration (P2D)"
	case reFullDay.MatchString(v):
		return "a day"
	}
	return "other"
}

// weekdayParts counts how each "Friday night" of the text is tagged: with
// the part of the day, as the day only, or not at all.
func weekdayParts(d Doc, add func(doc, kind, form string)) {
	const kind = "weekday + part of day (Friday night)"
	text := []rune(d.Text)
	for _, loc := range reWeekdayPart.FindAllStringIndex(d.Text, -1) {
		start := len([]rune(d.Text[:loc[0]]))
		end := start + len([]rune(d.Text[loc[0]:loc[1]]))
		add(d.ID, kind, partForm(d.Timexes, start, end, len(text)))
	}
}

// partForm is the form of the gold expression over characters
// [start, end) of a text n characters long.
func partForm(timexes []Timex, start, end, n int) string {
	for _, t := range timexes {
		if t.Start >= end || t.End <= start || t.End > n {
			continue
		}
		switch {
		case t.End < end:
			return "span without the part"
		case reDayPart.MatchString(t.Value):
			return "with the part (T" + t.Value[len(t.Value)-2:] + ")"
		case reFullDay.MatchString(t.Value):
			return "the day only"
		}
		return "other"
	}
	return "not tagged"
}

// weekdayRepeats counts, for every day of the week an article tags twice
// or more alone ("Wednesday", "Wednesday night"), whether all its mentions
// have one date.
func weekdayRepeats(d Doc, add func(doc, kind, form string)) {
	dates := map[string]map[string]bool{}
	n := map[string]int{}
	for _, t := range d.Timexes {
		if !reWeekdayOnly.MatchString(t.Text) || len(t.Value) < 10 || !reFullDay.MatchString(t.Value[:10]) {
			continue
		}
		wd := strings.Fields(t.Text)[0]
		if dates[wd] == nil {
			dates[wd] = map[string]bool{}
		}
		dates[wd][t.Value[:10]] = true
		n[wd]++
	}
	for wd, ds := range dates {
		if n[wd] < 2 {
			continue
		}
		form := "one date"
		if len(ds) > 1 {
			form = "several dates"
		}
		add(d.ID, "weekday named twice or more in an article", form)
	}
}

// WriteConventions prints conventions as a table: kind, form, and the
// count in each part.
func WriteConventions(w io.Writer, cs []Convention) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "kind\tform\tTimeBank\tAQUAINT")
	last := ""
	for _, c := range cs {
		kind := c.Kind
		if kind == last {
			kind = ""
		}
		last = c.Kind
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\n", kind, c.Form, c.TimeBank, c.AQUAINT)
	}
	return tw.Flush()
}
