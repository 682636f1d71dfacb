package timex

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "Putin met Tillerson. They talked.", []string{"Putin met Tillerson.", "They talked."}},
		{"abbreviations", "On Aug. 7 at 10 p.m. Friday the U.S. Embassy was hit. Gen. Smith spoke.",
			[]string{"On Aug. 7 at 10 p.m. Friday the U.S. Embassy was hit.", "Gen. Smith spoke."}},
		{"initials", "John F. Kennedy died. Lee H. Oswald fled.", []string{"John F. Kennedy died.", "Lee H. Oswald fled."}},
		{"headline line", "Putin, Tillerson discuss ties\nKremlin spokesman says talks went well.",
			[]string{"Putin, Tillerson discuss ties", "Kremlin spokesman says talks went well."}},
		{"wrapped line", "The company said its profit for the third quarter rose sharply on\nhigher sales of its chips.",
			[]string{"The company said its profit for the third quarter rose sharply on\nhigher sales of its chips."}},
		{"paragraphs", "One.\n\nTwo.", []string{"One.", "Two."}},
		{"quote", `He said "it is over." Then he left.`, []string{`He said "it is over."`, "Then he left."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, sp := range sentences(c.text) {
				got = append(got, c.text[sp.start:sp.end])
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestCues(t *testing.T) {
	cases := []struct {
		name string
		text string
		has  cue
		not  cue
	}{
		{"nothing", "The minister said the talks went well.", 0, ^cue(0)},
		{"month", "He left in May.", cueMonth, 0},
		{"modal may is no month", "He may leave.", 0, cueMonth},
		{"weekday", "They met on Wednesday.", cueWeekday, 0},
		{"sat is no weekday", "He sat down.", 0, cueWeekday},
		{"year", "In 1998 it fell.", cueYear, 0},
		{"decade", "In the 1990s and the '80s.", cueDecade, 0},
		{"clock", "At 10:35 a.m. sharp.", cueClock | cueNumeric, 0},
		{"hyphenated unit", "A two-week trip.", cueHyphen | cueUnit, 0},
		{"decimal is no date", "Rates rose 1.5 points.", 0, cueNumeric},
		{"mid month", "In mid-November.", cueMonth, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _, _ := scan(lowerASCII(c.text), c.text, nil, nil)
			if got&c.has != c.has || got&c.not != 0 {
				t.Errorf("cues(%q) = %b, want %b set and %b clear", c.text, got, c.has, c.not)
			}
		})
	}
}
