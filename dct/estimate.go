package dct

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/timelinehq/timeline/corpus"
)

// Mention is a temporal expression of an article as a tagger normalized it
// without an anchor: explicit dates have full values ("2017-05-10"),
// dates without a year keep placeholders ("XXXX-05-10").
type Mention struct {
	Text  string
	Value string
}

var (
	fullDayRE  = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)
	monthDayRE = regexp.MustCompile(`^XXXX-(\d{2})-(\d{2})$`)
)

// Estimate infers a creation time for an article that states none, from
// the dates it mentions. News is written shortly after what it reports,
// so the latest explicit date (one written with its year) bounds the
// article's date from below:
//
//   - when the article also says "yesterday" and mentions that latest day
//     a second time (as "a May 10 meeting" next to "Yesterday, ... met"),
//     it was written the day after: day precision;
//   - otherwise only the month of the latest date is estimated, so that a
//     bare weekday is not pinned to a guessed week.
//
// Without any explicit date there is no estimate (Source DCTNone).
func Estimate(ms []Mention, now time.Time) Result {
	if now.IsZero() {
		now = time.Now()
	}
	var latest time.Time
	var latestText string
	yesterday := false
	for _, m := range ms {
		if strings.EqualFold(strings.TrimSpace(m.Text), "yesterday") {
			yesterday = true
		}
		sub := fullDayRE.FindStringSubmatch(m.Value)
		if sub == nil {
			continue
		}
		var y, mo, d int
		fmt.Sscan(sub[1], &y)
		fmt.Sscan(sub[2], &mo)
		fmt.Sscan(sub[3], &d)
		t, ok := civil(y, mo, d)
		if !ok || !plausible(t, now) {
			continue
		}
		if t.After(latest) {
			latest, latestText = t, m.Text
		}
	}
	if latest.IsZero() {
		return Result{Source: corpus.DCTNone}
	}
	if yesterday && mentionedAgain(ms, latest) {
		return Result{
			Time: latest.AddDate(0, 0, 1), Precision: corpus.PrecisionDay, Source: corpus.DCTEstimated,
			Evidence: fmt.Sprintf("the day after %q, which the article also calls yesterday", latestText),
		}
	}
	return Result{
		Time: time.Date(latest.Year(), latest.Month(), 1, 0, 0, 0, 0, time.UTC), Precision: corpus.PrecisionMonth,
		Source: corpus.DCTEstimated, Evidence: fmt.Sprintf("the month of the latest date mentioned, %q", latestText),
	}
}

// mentionedAgain reports whether day t is mentioned at least twice, with
// or without its year.
func mentionedAgain(ms []Mention, t time.Time) bool {
	n := 0
	for _, m := range ms {
		if sub := monthDayRE.FindStringSubmatch(m.Value); sub != nil {
			if sub[1] == t.Format("01") && sub[2] == t.Format("02") {
				n++
			}
			continue
		}
		if strings.HasPrefix(m.Value, t.Format("2006-01-02")) {
			n++
		}
	}
	return n >= 2
}
