package timex

import (
	"time"
)

// Type is the TIMEX3 type of an expression.
type Type string

// The four TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Granularity is the calendar unit a value is precise to.
type Granularity string

// Granularities, from finest to coarsest. NoGranularity is used for
// durations, sets and the PRESENT_REF family.
const (
	NoGranularity Granularity = ""
	GranTime      Granularity = "time"
	GranDay       Granularity = "day"
	GranWeek      Granularity = "week"
	GranMonth     Granularity = "month"
	GranQuarter   Granularity = "quarter"
	GranSeason    Granularity = "season"
	GranHalf      Granularity = "half"
	GranYear      Granularity = "year"
	GranDecade    Granularity = "decade"
	GranCentury   Granularity = "century"
)

// Interval is a span of calendar days, first and last day inclusive. Both
// ends are midnight UTC. The zero Interval means "not on the calendar".
type Interval struct {
	Start, End time.Time
}

// IsZero reports whether the interval is unset.
func (iv Interval) IsZero() bool { return iv.Start.IsZero() && iv.End.IsZero() }

// Contains reports whether day t (any time of that day) lies in the interval.
func (iv Interval) Contains(t time.Time) bool {
	d := dayOf(t)
	return !iv.IsZero() && !d.Before(iv.Start) && !d.After(iv.End)
}

// Days returns the number of days the interval covers.
func (iv Interval) Days() int {
	if iv.IsZero() {
		return 0
	}
	return int(iv.End.Sub(iv.Start).Hours()/24+0.5) + 1
}

// Timex is one temporal expression found in a text, with its TIMEX3
// normalization.
type Timex struct {
	Start, End int // byte offsets of the expression in the text given to Tag
	Text       string
	Type       Type
	// Value is the TIMEX3 value: 2017-04-12, 2017-W14, 2017-Q2, 2017-SP,
	// 201 (the 2010s), P3Y, XXXX-WXX-1, PRESENT_REF ...
	Value string
	// Mod is the TIMEX3 mod where it applies: APPROX, START, MID, END,
	// BEFORE, AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS ...
	Mod         string
	Granularity Granularity
	// Interval is the calendar span the value covers ("last week" in an
	// article of 2017-04-13: 2017-04-03..2017-04-09). It is zero when the
	// value is not anchored to the calendar (durations, sets, refs, unknown
	// DCT). For a range ("June 7-8") and for each end of a range ("from
	// March to May" gives two expressions), it covers the whole range and
	// Range is set.
	Interval Interval
	// Range reports that the expression is a range or one end of a range.
	Range bool
	// Relative reports that the value was computed from the DCT or from a
	// date the text established earlier, not written in full.
	Relative bool
	// FullDate reports that the text spells out a whole calendar date,
	// year, month and day ("April 12, 2017", "2017-04-12", "12/04/2017"),
	// as a dateline does.
	FullDate bool
}
