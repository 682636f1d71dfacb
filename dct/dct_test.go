package dct

import (
	"testing"
	"time"

	"github.com/timelinehq/timeline/corpus"
)

func TestDateline(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want string // "" for none
	}{
		{"iso with section", " date 2017-04-13 WORLD\n3 MIN READ\nTitle here", "2017-04-13"},
		{"alone", "Putin, Tillerson discuss ties\nBy Staff Reporter\nApril 13, 2017\n\nBody.", "2017-04-13"},
		{"with time and author", "Putin receives US Secretary of State\n\n16 April, 2017, 00:53 | Author: Cecelia Webb\n", "2017-04-16"},
		{"published label", "Published: Thursday 13 April 2017\nText.", "2017-04-13"},
		{"weekday first", "Thursday, April 13, 2017\nText.", "2017-04-13"},
		{"banner sentence", "×\nEnjoying ad-free content?\nSince July 1, 2024, we have disabled all ads to improve your reading experience.\n", ""},
		{"caption", "Headline\n\nUS President Donald Trump shakes hands with Sergey Lavrov in Washington, May 10, 2017. Foreign Ministry / AP\n", ""},
		{"impossible day", "April 31, 2017\n", ""},
		{"too deep", strings16("Line of text.\n") + "April 13, 2017\n", ""},
		// Time stamps of news sites.
		{"us numeric, short year", "11/28/05\nAftershocks jolt Iran's Qeshm island\n", "2005-11-28"},
		{"us numeric with time", "Posted 11/27/2005 7:21 AM\nText.", "2005-11-27"},
		{"day first when the month cannot be", "Last updated 13:26 14/09/2013\nText.", "2013-09-14"},
		{"ambiguous numeric read month first", "05/06/2013\nText.", "2013-05-06"},
		{"dotted day month year", "Article posted on 08.07.2012\nText.", "2012-07-08"},
		{"dotted year month day", "Published: 2012.08.08 09:01 AM\nText.", "2012-08-08"},
		{"time before the date", "updated 8:41 p.m. EST, Tue March 3, 2009\nText.", "2009-03-03"},
		{"time and weekday before", "9:53 AM, MON 22 JUL 2013\nText.", "2013-07-22"},
		{"clock without minutes", "2 A.M. FEB. 4, 2009\nText.", "2009-02-04"},
		{"military clock and zones", "POSTED: 1052 GMT (1852 HKT), April 10, 2007\nText.", "2007-04-10"},
		{"at sign", "12 January 2010 @ 09:29 pm\nText.", "2010-01-12"},
		{"seconds", "updated 12/19/2005 2:48:40 PM ET\nText.", "2005-12-19"},
		{"last updated after", "21 July 2013 Last updated at 11:11 GMT\nText.", "2013-07-21"},
		{"second stamp after", "Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET\nText.", "2005-11-27"},
		{"updated after a comma", "on July 13, 2009 at 10:50 AM, updated July 29, 2009 at 12:16 PM\n", "2009-07-13"},
		{"agency", "Reuters Sep 18, 2013, 02.16PM IST\nText.", "2013-09-18"},
		{"place in capitals", "WASHINGTON, DC, April 28, 2009\nText.", "2009-04-28"},
		{"in brackets", "(March 20, 2007) - -\nText.", "2007-03-20"},
		{"hyphen before year", "Sunday, November 27-2005 at 16:12\nText.", "2005-11-27"},
		{"iso with time", "2017-04-13T10:00:00Z\nText.", "2017-04-13"},
		{"unknown label", "End of Watch: Friday, June 24, 2005\nText.", ""},
		{"sentence after the date", "On July 13, 2009 the president spoke to reporters at length.\n", ""},
		{"impossible numeric", "13/13/2013\nText.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, ok := Dateline(tt.raw)
			if tt.want == "" {
				if ok {
					t.Fatalf("Dateline found %s, want none", got.Format("2006-01-02"))
				}
				return
			}
			if !ok || got.Format("2006-01-02") != tt.want {
				t.Fatalf("Dateline = %s (%v), want %s", got.Format("2006-01-02"), ok, tt.want)
			}
		})
	}
}

func strings16(s string) string {
	out := ""
	for i := 0; i < 16; i++ {
		out += s
	}
	return out
}

func TestFromURL(t *testing.T) {
	tests := []struct {
		url, want string
		prec      corpus.Precision
	}{
		{"https://example.com/world/2017/04/13/putin-tillerson/", "2017-04-13", corpus.PrecisionDay},
		{"https://example.com/news/2017-04-13-putin", "2017-04-13", corpus.PrecisionDay},
		{"https://example.com/a/20170413/story.html", "2017-04-13", corpus.PrecisionDay},
		{"https://example.com/2017/04/putin", "2017-04-01", corpus.PrecisionMonth},
		{"https://example.com/story/12345", "", corpus.PrecisionNone},
		{"https://example.com/2017/13/40/x", "", corpus.PrecisionNone},
		{"", "", corpus.PrecisionNone},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			got, p, _, ok := FromURL(tt.url)
			if tt.want == "" {
				if ok {
					t.Fatalf("FromURL = %v, want none", got)
				}
				return
			}
			if !ok || got.Format("2006-01-02") != tt.want || p != tt.prec {
				t.Fatalf("FromURL = %s %v %v, want %s %v", got.Format("2006-01-02"), p, ok, tt.want, tt.prec)
			}
		})
	}
}

func TestDetectOrder(t *testing.T) {
	meta := time.Date(2017, 4, 14, 9, 0, 0, 0, time.UTC)
	flag := time.Date(2017, 4, 15, 0, 0, 0, 0, time.UTC)
	raw := "April 13, 2017\n\nText."
	u := "https://example.com/2017/04/12/story"
	tests := []struct {
		name string
		doc  corpus.Document
		flag time.Time
		want string
		src  corpus.DCTSource
	}{
		{"metadata first", corpus.Document{Published: meta, Raw: raw, URL: u}, flag, "2017-04-14", corpus.DCTMetadata},
		{"flag second", corpus.Document{Raw: raw, URL: u}, flag, "2017-04-15", corpus.DCTFlag},
		{"text third", corpus.Document{Raw: raw, URL: u}, time.Time{}, "2017-04-13", corpus.DCTText},
		{"url fourth", corpus.Document{Raw: "Text.", URL: u}, time.Time{}, "2017-04-12", corpus.DCTURL},
		{"none", corpus.Document{Raw: "Text."}, time.Time{}, "", corpus.DCTNone},
		{"future dateline ignored", corpus.Document{Raw: "April 13, 2099\n"}, time.Time{}, "", corpus.DCTNone},
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Detect(&tt.doc, Options{Flag: tt.flag, Now: now})
			got := ""
			if !r.Time.IsZero() {
				got = r.Time.Format("2006-01-02")
			}
			if got != tt.want || r.Source != tt.src {
				t.Fatalf("Detect = %s from %s, want %s from %s", got, r.Source, tt.want, tt.src)
			}
		})
	}
}

func TestEstimate(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		ms   []Mention
		want string
		prec corpus.Precision
	}{
		{"yesterday and the day again", []Mention{{"May 10, 2017", "2017-05-10"}, {"May 10", "XXXX-05-10"}, {"Yesterday", "PAST_REF"}, {"next month", "XXXX-XX"}}, "2017-05-11", corpus.PrecisionDay},
		{"no yesterday: month only", []Mention{{"Wednesday, April 5, 2017", "2017-04-05"}, {"Wednesday", "XXXX-WXX-3"}}, "2017-04-01", corpus.PrecisionMonth},
		{"yesterday but day said once", []Mention{{"April 5, 2017", "2017-04-05"}, {"yesterday", ""}}, "2017-04-01", corpus.PrecisionMonth},
		{"latest wins", []Mention{{"2015", "2015"}, {"March 3, 2016", "2016-03-03"}, {"Jan 1, 2016", "2016-01-01"}}, "2016-03-01", corpus.PrecisionMonth},
		{"nothing explicit", []Mention{{"Wednesday", "XXXX-WXX-3"}, {"last week", "XXXX-WXX"}}, "", corpus.PrecisionNone},
		{"future ignored", []Mention{{"May 1, 2099", "2099-05-01"}}, "", corpus.PrecisionNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Estimate(tt.ms, now)
			got := ""
			if !r.Time.IsZero() {
				got = r.Time.Format("2006-01-02")
			}
			if got != tt.want || r.Precision != tt.prec {
				t.Fatalf("Estimate = %s %v (%s), want %s %v", got, r.Precision, r.Evidence, tt.want, tt.prec)
			}
		})
	}
}

func FuzzDateline(f *testing.F) {
	for _, s := range []string{"date 2017-04-13 WORLD", "16 April, 2017, 00:53 | Author: X", "Thu, Feb 30, 2017", "9999-99-99", "11/28/05", "updated 8:41 p.m. EST, Tue March 3, 2009", "POSTED: 1052 GMT (1852 HKT), April 10, 2007"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got, line, ok := Dateline(raw)
		if ok && (got.IsZero() || line == "") {
			t.Fatalf("Dateline(%q) = %v, %q", raw, got, line)
		}
	})
}
