package corpus

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the machine formats of dates in metadata and JSONL,
// most specific first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	time.ANSIC,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006",
	"2 January 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"2-Jan-2006 15:04:05.00", // Reuters-21578: 26-FEB-1987 15:01:01.79
	"2-Jan-2006 15:04:05",
	"2-Jan-2006",
}

// ParseDate reads a publication date as machines write it in metadata
// (ISO 8601, RFC 1123, "2017-04-13", "26-FEB-1987 15:01:01.79", ...).
// Only the calendar day matters to the pipeline; the time of day and zone
// are kept as written.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fmt.Errorf("%w: empty", ErrBadDate)
	}
	for _, layout := range dateLayouts {
		// time.Parse matches month names without regard to case, so
		// "26-FEB-1987" fits "2-Jan-2006".
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < 1000 {
				return time.Time{}, fmt.Errorf("%w: %q has year %d", ErrBadDate, s, t.Year())
			}
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%w: %q", ErrBadDate, s)
}
