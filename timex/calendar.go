package timex

import (
	"fmt"
	"strconv"
	"time"
)

// point is a resolved calendar value: a day inside it and the granularity
// it is precise to. Its TIMEX3 value and its interval follow from these.
type point struct {
	gran Granularity
	t    time.Time // a day inside the value, midnight UTC
	// For GranTime: a clock time (hour, min) or a part of the day (tod:
	// MO, AF, EV, NI, DT) when the text gave no clock.
	hour, min int
	tod       string
	weekend   bool // GranWeek: the weekend of that week
}

// day returns midnight UTC of t's calendar day (in t's own location).
func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// date builds a day, normalizing overflowing fields as time.Date does.
func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// validDay reports whether y-m-d is a real calendar day.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return date(y, time.Month(m), d).Day() == d
}

// dayPoint returns the day-granular point of t.
func dayPoint(t time.Time) point { return point{gran: GranDay, t: dayOf(t)} }

// seasonOf returns the TIMEX3 season code of a day and the year the season
// is counted in (a winter belongs to the year of its December).
func seasonOf(t time.Time) (string, int) {
	y, m := t.Year(), t.Month()
	switch {
	case m >= 3 && m <= 5:
		return "SP", y
	case m >= 6 && m <= 8:
		return "SU", y
	case m >= 9 && m <= 11:
		return "FA", y
	case m == 12:
		return "WI", y
	}
	return "WI", y - 1
}

// seasonStart returns the first day of a season of a year.
func seasonStart(code string, y int) time.Time {
	switch code {
	case "SP":
		return date(y, 3, 1)
	case "SU":
		return date(y, 6, 1)
	case "FA":
		return date(y, 9, 1)
	}
	return date(y, 12, 1)
}

// floorDecade returns the first year of y's decade (1990 for 1997).
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// value returns the TIMEX3 value of p.
func (p point) value() string {
	y := p.t.Year()
	switch p.gran {
	case GranTime:
		s := p.t.Format("2006-01-02")
		if p.tod != "" {
			return s + "T" + p.tod
		}
		return fmt.Sprintf("%sT%02d:%02d", s, p.hour, p.min)
	case GranDay:
		return p.t.Format("2006-01-02")
	case GranWeek:
		wy, w := p.t.ISOWeek()
		s := fmt.Sprintf("%04d-W%02d", wy, w)
		if p.weekend {
			s += "-WE"
		}
		return s
	case GranMonth:
		return p.t.Format("2006-01")
	case GranQuarter:
		return fmt.Sprintf("%04d-Q%d", y, (int(p.t.Month())-1)/3+1)
	case GranHalf:
		return fmt.Sprintf("%04d-H%d", y, (int(p.t.Month())-1)/6+1)
	case GranSeason:
		code, sy := seasonOf(p.t)
		return fmt.Sprintf("%04d-%s", sy, code)
	case GranYear:
		return fmt.Sprintf("%04d", y)
	case GranDecade:
		return fmt.Sprintf("%03d", floorDiv(y, 10))
	case GranCentury:
		return fmt.Sprintf("%02d", floorDiv(y, 100))
	}
	return ""
}

// start returns the first day of the unit of granularity g that holds t.
func unitStart(t time.Time, g Granularity) time.Time {
	y, m, d := t.Date()
	switch g {
	case GranWeek:
		wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
		return date(y, m, d-wd)
	case GranMonth:
		return date(y, m, 1)
	case GranQuarter:
		return date(y, time.Month((int(m)-1)/3*3+1), 1)
	case GranHalf:
		return date(y, time.Month((int(m)-1)/6*6+1), 1)
	case GranSeason:
		code, sy := seasonOf(t)
		return seasonStart(code, sy)
	case GranYear:
		return date(y, 1, 1)
	case GranDecade:
		return date(floorDiv(y, 10)*10, 1, 1)
	case GranCentury:
		return date(floorDiv(y, 100)*100, 1, 1)
	}
	return date(y, m, d)
}

// addUnits moves a unit start by n units of granularity g.
func addUnits(t time.Time, g Granularity, n int) time.Time {
	switch g {
	case GranWeek:
		return t.AddDate(0, 0, 7*n)
	case GranMonth:
		return t.AddDate(0, n, 0)
	case GranQuarter, GranSeason:
		return t.AddDate(0, 3*n, 0)
	case GranHalf:
		return t.AddDate(0, 6*n, 0)
	case GranYear:
		return t.AddDate(n, 0, 0)
	case GranDecade:
		return t.AddDate(10*n, 0, 0)
	case GranCentury:
		return t.AddDate(100*n, 0, 0)
	}
	return t.AddDate(0, 0, n)
}

// interval returns the days p covers.
func (p point) interval() Interval {
	g := p.gran
	if g == GranTime || g == "" {
		d := dayOf(p.t)
		return Interval{d, d}
	}
	s := unitStart(p.t, g)
	if g == GranWeek && p.weekend {
		s = s.AddDate(0, 0, 5)
		return Interval{s, s.AddDate(0, 0, 1)}
	}
	return Interval{s, addUnits(s, g, 1).AddDate(0, 0, -1)}
}

// shift moves p by n units of g, keeping p's granularity.
func (p point) shift(g Granularity, n int) point {
	if g == GranDay || g == GranTime || g == "" {
		p.t = p.t.AddDate(0, 0, n)
		return p
	}
	if rank(p.gran) >= rank(g) {
		// Move the unit start so that month ends do not overflow.
		p.t = addUnits(unitStart(p.t, g), g, n)
		return p
	}
	// A finer point moved by a coarser unit: keep its position inside.
	y, m, d := p.t.Date()
	switch g {
	case GranWeek:
		p.t = p.t.AddDate(0, 0, 7*n)
	case GranMonth, GranQuarter, GranSeason, GranHalf, GranYear, GranDecade, GranCentury:
		months := map[Granularity]int{GranMonth: 1, GranQuarter: 3, GranSeason: 3, GranHalf: 6, GranYear: 12, GranDecade: 120, GranCentury: 1200}[g] * n
		t := date(y, m+time.Month(months), 1)
		last := t.AddDate(0, 1, -1).Day()
		if d > last {
			d = last
		}
		p.t = date(t.Year(), t.Month(), d)
	}
	return p
}

// coarsen returns p at the coarser granularity g (p itself if g is finer).
func (p point) coarsen(g Granularity) point {
	if rank(g) <= rank(p.gran) {
		return p
	}
	return point{gran: g, t: unitStart(p.t, g)}
}

// rank orders granularities from finest (time) to coarsest (century).
func rank(g Granularity) int {
	switch g {
	case GranTime:
		return 1
	case GranDay:
		return 2
	case GranWeek:
		return 3
	case GranMonth:
		return 4
	case GranQuarter, GranSeason:
		return 5
	case GranHalf:
		return 6
	case GranYear:
		return 7
	case GranDecade:
		return 8
	case GranCentury:
		return 9
	}
	return 0
}

// itoa is strconv.Itoa, short.
func itoa(n int) string { return strconv.Itoa(n) }
