package timex

import (
	"time"
)

// meaning is what a rule read in a match, before it is anchored: "the
// Wednesday before the DCT", "the day after the last date mentioned",
// "three years". resolve turns it into a TIMEX3 value; it reports false
// when the expression turns out not to be one.
type meaning interface {
	resolve(r *resolver) (result, bool)
}

// result is a resolved expression.
type result struct {
	typ      Type
	value    string
	mod      string
	gran     Granularity
	iv       Interval
	pt       point // the calendar point, when the value is one
	isRange  bool
	relative bool
	fullDate bool
	// noAnchor keeps the result from becoming the narrative anchor.
	noAnchor bool
}

// pointResult returns the result for a calendar point.
func pointResult(pt point, relative bool) result {
	typ := Date
	if pt.gran == GranTime {
		typ = Time
	}
	return result{typ: typ, value: pt.value(), gran: pt.gran, iv: pt.interval(), pt: pt, relative: relative}
}

// resolver anchors meanings: it knows the document date and the last date
// the text established, and reads the tense around the current expression.
type resolver struct {
	text        string
	dct         time.Time // midnight UTC of the DCT's day
	hasDCT      bool
	anchor      point // the last date the text established (narrative)
	hasAnchor   bool
	dayAnchor   point // the last day (or time of day) it established
	hasDay      bool
	quarter     point // the last quarter the text spoke of
	hasQuarter  bool
	noNarrative bool
	cur         candidate // the expression being resolved
	// rangeStart is the first day of the range the current expression
	// ends, if it ends one.
	rangeStart time.Time
	// weekdayDir is, for each day of the week, the direction the article's
	// mentions of that day agree on (-1 past, +1 future, 0 no majority).
	weekdayDir [7]int
	words      []string // tense's buffer of words
}

func newResolver(text string, dct time.Time) *resolver {
	r := &resolver{text: text}
	if !dct.IsZero() {
		r.dct = dayOf(dct)
		r.hasDCT = true
	}
	return r
}

// note records a resolved expression as the narrative anchor when it names
// a calendar day, month or year.
func (r *resolver) note(res result) {
	if res.noAnchor || res.pt.gran == "" || res.iv.IsZero() {
		return
	}
	if res.pt.gran == GranQuarter {
		r.quarter, r.hasQuarter = res.pt, true
	}
	if res.pt.gran == GranDay || res.pt.gran == GranTime {
		r.dayAnchor, r.hasDay = point{gran: GranDay, t: res.pt.t}, true
	}
	r.anchor, r.hasAnchor = res.pt, true
}

// narrative returns the date "the next day" or "that year" refer to: the
// last date the text established, else the DCT.
func (r *resolver) narrative() (point, bool) {
	if r.hasAnchor && !r.noNarrative {
		return r.anchor, true
	}
	if r.hasDCT {
		return dayPoint(r.dct), true
	}
	return point{}, false
}

// reportQuarter is the quarter a financial report speaks of: the last
// quarter the text named, unless that one has not ended yet at the DCT,
// else the last quarter completed before the DCT.
func (r *resolver) reportQuarter() (point, bool) {
	if !r.hasDCT {
		if r.hasQuarter {
			return r.quarter, true
		}
		return point{}, false
	}
	last := point{gran: GranQuarter, t: unitStart(r.dct, GranQuarter)}.shift(GranQuarter, -1)
	if r.hasQuarter && !r.quarter.t.After(last.t) {
		return r.quarter, true
	}
	return last, true
}

// narrativeDay is like narrative for units of a day or less: the last day
// the text established, else the DCT.
func (r *resolver) narrativeDay() (point, bool) {
	if r.hasDay && !r.noNarrative {
		return r.dayAnchor, true
	}
	if r.hasDCT {
		return dayPoint(r.dct), true
	}
	return point{}, false
}

// tense returns the tense of the clause around the current expression.
func (r *resolver) tense() tense {
	c := r.cur
	if c.sent == nil {
		return tenseUnknown
	}
	return tenseAtBuf(c.sent, c.start-c.sent.off, c.end-c.sent.off, &r.words)
}

// fixed is a value that needs no anchor: durations, sets, PRESENT_REF ...
type fixed struct {
	typ   Type
	value string
	mod   string
}

func (f fixed) resolve(*resolver) (result, bool) {
	return result{typ: f.typ, value: f.value, mod: f.mod, noAnchor: true}, true
}

// absolute is a date written in full: "1998", "August 1998", "Aug. 7, 1998".
type absolute struct {
	pt       point
	mod      string
	fullDate bool
}

func (a absolute) resolve(*resolver) (result, bool) {
	res := pointResult(a.pt, false)
	res.mod, res.fullDate = a.mod, a.fullDate
	return res, true
}

// yearless is a month, a day of a month, or a season with no year written
// ("Aug. 7", "in August", "this summer"): the year comes from the DCT, the
// tense and dir (-1 last/past, +1 next/coming, 0 this/none).
type yearless struct {
	month, day int    // day 0: the whole month
	season     string // SP, SU, FA, WI instead of a month
	gran       Granularity
	holiday    func(year int) time.Time // a holiday's day in a year
	dir        int
	this       bool // "this August": the DCT's year
	mod        string
	weekday    int // -1, or the weekday written with the date ("Friday, Oct. 13")
	tod        string
	hour, min  int
	clock      bool
}

func (y yearless) resolve(r *resolver) (result, bool) {
	gran := GranDay
	switch {
	case y.gran != "":
		gran = y.gran
	case y.season != "":
		gran = GranSeason
	case y.day == 0:
		gran = GranMonth
	}
	if !r.hasDCT {
		v := "XXXX"
		switch gran {
		case GranSeason:
			v += "-" + y.season
		case GranMonth:
			v += "-" + pad2(y.month)
		case GranQuarter, GranHalf:
			v += "-" + periodCode(gran, y.month)
		default:
			v += "-" + pad2(y.month) + "-" + pad2(y.day)
		}
		if y.clock {
			v += "T" + pad2(y.hour) + ":" + pad2(y.min)
		} else if y.tod != "" {
			v += "T" + y.tod
		}
		return result{typ: typeOfClock(y.clock || y.tod != ""), value: v, mod: y.mod, relative: true, noAnchor: true}, true
	}
	first := func(year int) time.Time {
		if gran == GranSeason {
			return seasonStart(y.season, year)
		}
		if y.holiday != nil {
			return y.holiday(year)
		}
		d := y.day
		if d == 0 {
			d = 1
		}
		return date(year, time.Month(y.month), d)
	}
	// The unit of the DCT that the candidate is compared with.
	ref := unitStart(r.dct, gran)
	year := r.dct.Year()
	if gran == GranSeason && !y.this {
		_, year = seasonOf(r.dct)
	}
	dir := y.dir
	if !r.rangeStart.IsZero() && dir == 0 && !y.this {
		// The end of a range: the first one not before its start.
		c := first(r.rangeStart.Year())
		if addUnits(unitStart(c, gran), gran, 1).AddDate(0, 0, -1).Before(r.rangeStart) {
			c = first(r.rangeStart.Year() + 1)
		}
		return y.finish(c, gran)
	}
	if dir == 0 && !y.this {
		switch r.tense() {
		case tensePast:
			dir = -2 // the latest one not after the DCT
		case tenseFuture:
			dir = 2 // the first one not before the DCT
		}
	}
	cand := first(year)
	switch dir {
	case -1: // last August: strictly before the DCT's month
		if !unitStart(cand, gran).Before(ref) {
			cand = first(year - 1)
		}
	case 1: // next August: strictly after
		if !unitStart(cand, gran).After(ref) {
			cand = first(year + 1)
		}
	case -2:
		// Past: not after the DCT, but a day up to two months ahead stays
		// (a deadline in a past clause: "was extended to Nov. 16").
		if unitStart(cand, gran).After(ref) && (gran != GranDay || cand.Sub(r.dct).Hours() > 24*62) {
			cand = first(year - 1)
		}
	case 2:
		// Future: not before the DCT, but a day up to two months back
		// stays (the tense was misread, or the plan is reported late).
		// A quarter just ended is still ahead in its report ("expects to
		// report a third-quarter loss" in November).
		recent := gran == GranDay && r.dct.Sub(cand).Hours() <= 24*62 ||
			(gran == GranQuarter || gran == GranHalf) && r.dct.Sub(addUnits(cand, gran, 1)).Hours() <= 24*92
		if unitStart(cand, gran).Before(ref) && !recent {
			cand = first(year + 1)
		}
	case 0:
		if !y.this {
			// No tense: the DCT's year, unless that puts the date more
			// than half a year ahead (then the year before) or more than
			// eight months back (then the year after: "payable Jan. 2"
			// in November).
			switch months := monthsApart(cand, r.dct); {
			case months >= 6:
				cand = first(year - 1)
			case months < -8 && gran == GranDay:
				cand = first(year + 1)
			}
		}
	}
	return y.finish(cand, gran)
}

// finish makes the result of a yearless date placed on day cand.
func (y yearless) finish(cand time.Time, gran Granularity) (result, bool) {
	if gran == GranDay && y.holiday == nil && !validDay(cand.Year(), y.month, y.day) {
		return result{}, false
	}
	pt := point{gran: gran, t: cand}
	if y.clock || y.tod != "" {
		pt = point{gran: GranTime, t: cand, hour: y.hour, min: y.min, tod: y.tod}
	}
	res := pointResult(pt, true)
	res.mod = y.mod
	return res, true
}

// monthsApart returns the number of months from b to a.
func monthsApart(a, b time.Time) int {
	return (a.Year()-b.Year())*12 + int(a.Month()) - int(b.Month())
}

func typeOfClock(clock bool) Type {
	if clock {
		return Time
	}
	return Date
}

func pad2(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}
