package givennames

import (
	"strings"
	"testing"
)

func TestDefault(t *testing.T) {
	tab := Default()
	if n := tab.Len(); n < 10000 {
		t.Fatalf("Len() = %d, want the embedded table's 12,907 names", n)
	}
	for _, tc := range []struct {
		name string
		want Gender
	}{
		{"Ronald", Male},
		{"RONALD", Male},
		{"John", Male},
		{"Vladimir", Male},
		{"Margaret", Female},
		{"katie", Female},
		{"Angela", Female},
		{"Theresa", Female},
		// Both sexes bear them in the US counts.
		{"Kelly", Unknown},
		{"Leslie", Unknown},
		{"Jamie", Unknown},
		// Men's names in Italy, family names in Korea and China.
		{"Andrea", Unknown},
		{"Simone", Unknown},
		{"Park", Unknown},
		{"Kim", Unknown},
		// Not in the US counts.
		{"Shinzo", Unknown},
		{"", Unknown},
		{"Reagan administration", Unknown},
	} {
		if got := tab.Gender(tc.name); got != tc.want {
			t.Errorf("Gender(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in      string
		wantErr string
		check   map[string]Gender
	}{
		{in: "# comment\nann\tF\n\nbob\tM\n", check: map[string]Gender{"Ann": Female, "bob": Male, "cy": Unknown}},
		{in: "ann\tF\nann\tF\n", check: map[string]Gender{"ann": Female}},
		{in: "ann\tF\nann\tM\n", wantErr: "both F and M"},
		{in: "ann F\n", wantErr: "line 1"},
		{in: "Ann\tF\n", wantErr: "lower-case"},
		{in: "ann\tX\n", wantErr: `gender "X"`},
		{in: "\tF\n", wantErr: "line 1"},
	} {
		tab, err := Parse(strings.NewReader(tc.in))
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("Parse(%q) error = %v, want one containing %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		for name, want := range tc.check {
			if got := tab.Gender(name); got != want {
				t.Errorf("Parse(%q).Gender(%q) = %v, want %v", tc.in, name, got, want)
			}
		}
	}
}

func TestNilTable(t *testing.T) {
	var tab *Table
	if tab.Gender("John") != Unknown || tab.Len() != 0 {
		t.Error("a nil table should know no names")
	}
}

func FuzzParse(f *testing.F) {
	f.Add("ann\tF\nbob\tM\n")
	f.Add("# c\n\nann\tF\nann\tM\n")
	f.Add("x\ty\n")
	f.Fuzz(func(t *testing.T, in string) {
		tab, err := Parse(strings.NewReader(in))
		if err != nil {
			return
		}
		// Every listed name reads back with its gender.
		for _, line := range strings.Split(in, "\n") {
			name, sex, ok := strings.Cut(line, "\t")
			if !ok || name == "" || name[0] == '#' {
				continue
			}
			want := Male
			if sex == "F" {
				want = Female
			}
			if got := tab.Gender(name); got != want {
				t.Fatalf("Gender(%q) = %v after reading %q", name, got, in)
			}
		}
	})
}
