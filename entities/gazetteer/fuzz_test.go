package gazetteer_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/entities/gazetteer"
)

// FuzzParse checks that any table parses without a panic, into a
// gazetteer or a ParseError with a line, and that every city of a parsed
// table is found by its ID with coordinates in range.
func FuzzParse(f *testing.F) {
	f.Add("# c\nR\tFR.01\tNorth Shire\tFR\t01\t45\t2\t100\t\t\nP\t7\tBigtown\tFR\t01\t45.5\t2.5\t5000\tPPLA\tBig Town|Bigton\n")
	f.Add("C\tFR\t\tFR\t\t46\t2\t1000\t\t\n")
	f.Add("P\t1\tX\tFR\t\t91\t2\t1\t\t\n")
	f.Add("P\t1\tNorth\tFR\t\t1\t2\t1\tPPLC\tAsia|W. Va.\n")
	f.Fuzz(func(t *testing.T, table string) {
		g, err := gazetteer.Parse(strings.NewReader(table))
		if err != nil {
			var pe *gazetteer.ParseError
			if errors.As(err, &pe) && pe.Line < 1 {
				t.Fatalf("ParseError without a line: %v", err)
			}
			return
		}
		for _, line := range strings.Split(table, "\n") {
			f := strings.Split(line, "\t")
			if len(f) != 10 || f[0] != "P" {
				continue
			}
			p, ok := g.Place("city/" + f[1])
			if !ok || p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
				t.Fatalf("city %s: %+v %v", f[1], p, ok)
			}
			for _, q := range g.Lookup(p.Name) {
				if q.ID == "" {
					t.Fatalf("Lookup(%q) gave a place without an ID", p.Name)
				}
			}
		}
	})
}
