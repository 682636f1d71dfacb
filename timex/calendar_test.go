package timex

import (
	"testing"
	"time"
)

func TestPointValueAndInterval(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return date(y, m, day) }
	cases := []struct {
		name       string
		p          point
		value      string
		start, end time.Time
	}{
		{"day", point{gran: GranDay, t: d(2017, 4, 12)}, "2017-04-12", d(2017, 4, 12), d(2017, 4, 12)},
		{"clock", point{gran: GranTime, t: d(2017, 4, 12), hour: 15}, "2017-04-12T15:00", d(2017, 4, 12), d(2017, 4, 12)},
		{"part of day", point{gran: GranTime, t: d(2017, 4, 12), tod: "MO"}, "2017-04-12TMO", d(2017, 4, 12), d(2017, 4, 12)},
		{"iso week", point{gran: GranWeek, t: d(2017, 4, 6)}, "2017-W14", d(2017, 4, 3), d(2017, 4, 9)},
		{"week of the year before", point{gran: GranWeek, t: d(2016, 1, 1)}, "2015-W53", d(2015, 12, 28), d(2016, 1, 3)},
		{"weekend", point{gran: GranWeek, t: d(2017, 4, 6), weekend: true}, "2017-W14-WE", d(2017, 4, 8), d(2017, 4, 9)},
		{"month", point{gran: GranMonth, t: d(2016, 2, 10)}, "2016-02", d(2016, 2, 1), d(2016, 2, 29)},
		{"quarter", point{gran: GranQuarter, t: d(2017, 5, 1)}, "2017-Q2", d(2017, 4, 1), d(2017, 6, 30)},
		{"half", point{gran: GranHalf, t: d(2017, 8, 1)}, "2017-H2", d(2017, 7, 1), d(2017, 12, 31)},
		{"spring", point{gran: GranSeason, t: d(2017, 4, 1)}, "2017-SP", d(2017, 3, 1), d(2017, 5, 31)},
		{"winter spans the new year", point{gran: GranSeason, t: d(2018, 1, 15)}, "2017-WI", d(2017, 12, 1), d(2018, 2, 28)},
		{"year", point{gran: GranYear, t: d(2017, 6, 1)}, "2017", d(2017, 1, 1), d(2017, 12, 31)},
		{"decade", point{gran: GranDecade, t: d(2013, 1, 1)}, "201", d(2010, 1, 1), d(2019, 12, 31)},
		{"century", point{gran: GranCentury, t: d(2013, 1, 1)}, "20", d(2000, 1, 1), d(2099, 12, 31)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if v := c.p.value(); v != c.value {
				t.Errorf("value = %s, want %s", v, c.value)
			}
			if iv := c.p.interval(); !iv.Start.Equal(c.start) || !iv.End.Equal(c.end) {
				t.Errorf("interval = %v..%v, want %v..%v", iv.Start, iv.End, c.start, c.end)
			}
		})
	}
}

func TestPointShift(t *testing.T) {
	cases := []struct {
		name  string
		p     point
		unit  Granularity
		n     int
		value string
	}{
		{"last week", point{gran: GranWeek, t: date(2017, 4, 13)}, GranWeek, -1, "2017-W14"},
		{"next month at a month end", point{gran: GranMonth, t: date(2017, 1, 31)}, GranMonth, 1, "2017-02"},
		{"a day a year before a leap day", point{gran: GranDay, t: date(2016, 2, 29)}, GranYear, -1, "2015-02-28"},
		{"a quarter a year before", point{gran: GranQuarter, t: date(1989, 7, 1)}, GranYear, -1, "1988-Q3"},
		{"last quarter across a year", point{gran: GranQuarter, t: date(2017, 2, 1)}, GranQuarter, -1, "2016-Q4"},
		{"two days later", point{gran: GranDay, t: date(2017, 12, 31)}, GranDay, 2, "2018-01-02"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := c.p
			if c.unit != GranDay && c.unit != GranYear {
				p = p.coarsen(c.unit)
			}
			if v := p.shift(c.unit, c.n).value(); v != c.value {
				t.Errorf("got %s, want %s", v, c.value)
			}
		})
	}
}

func TestDurationValue(t *testing.T) {
	cases := []struct {
		n    float64
		unit string
		want string
	}{
		{3, "years", "P3Y"}, {2.5, "years", "P2Y6M"}, {5.5, "hours", "PT5H30M"}, {0.5, "hour", "PT30M"},
		{1.5, "minutes", "PT1M30S"}, {-1, "weeks", "PXW"}, {-1, "hours", "PTXH"}, {2, "decades", "P20Y"},
		{1, "fortnight", "P2W"}, {1, "weekend", "P2D"}, {3, "quarters", "P3Q"}, {1.5, "days", "PT36H"},
	}
	for _, c := range cases {
		if got, ok := durationValue(c.n, c.unit); !ok || got != c.want {
			t.Errorf("durationValue(%v, %q) = %q, want %q", c.n, c.unit, got, c.want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	cases := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"3", 3, true}, {"1,500", 1500, true}, {"2 1/2", 2.5, true}, {"twenty-four", 24, true},
		{"a hundred", 100, true}, {"two thousand", 2000, true}, {"a couple of", 2, true},
		{"an", 1, true}, {"a five", 0, false}, {"several", 0, false}, {"1/2", 0.5, true},
	}
	for _, c := range cases {
		got, ok := parseNumber(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("parseNumber(%q) = %v, %v, want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestYearWords(t *testing.T) {
	for in, want := range map[string]int{"nineteen ninety-six": 1996, "nineteen seventy nine": 1979,
		"two thousand": 2000, "two thousand and one": 2001, "nineteen hundred": 1900, "nineteen oh five": 1905} {
		if got, ok := yearWords(in); !ok || got != want {
			t.Errorf("yearWords(%q) = %d, %v, want %d", in, got, ok, want)
		}
	}
}

func TestEaster(t *testing.T) {
	for y, want := range map[int]string{1998: "1998-04-12", 2000: "2000-04-23", 2017: "2017-04-16", 2024: "2024-03-31"} {
		if got := easter(y).Format(time.DateOnly); got != want {
			t.Errorf("easter(%d) = %s, want %s", y, got, want)
		}
	}
}
