// Package givennames tells whether a given name is usually a man's or a
// woman's, so that "Mrs Reagan" is not taken for Ronald Reagan.
//
// The table built into the package (givennames.tsv.gz) holds 12,907
// names that at least 500 babies born in the United States from 1880 to
// 2016 bore, 98% or more of them of one sex (US Social Security
// Administration counts, public domain). Names the US counts read against
// their use elsewhere ("Andrea", a man's name in Italy) and East Asian
// family names, which open a name written family name first ("Park
// Geun-hye"), are left out. Names the table does not hold are Unknown.
package givennames

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
)

// Gender is what a given name says of its bearer.
type Gender uint8

const (
	// Unknown is the gender of a name the table does not hold, or holds
	// for both sexes.
	Unknown Gender = iota
	// Male is a name that men bear.
	Male
	// Female is a name that women bear.
	Female
)

// String returns "male", "female" or "unknown".
func (g Gender) String() string {
	switch g {
	case Male:
		return "male"
	case Female:
		return "female"
	}
	return "unknown"
}

// Table maps given names to their gender. It is safe for concurrent use.
type Table struct {
	names map[string]Gender
}

//go:embed givennames.tsv.gz
var tableGz []byte

// Default returns the table built into the package, loaded once on first
// use and shared.
func Default() *Table { return loadDefault() }

var loadDefault = sync.OnceValue(func() *Table {
	zr, err := gzip.NewReader(bytes.NewReader(tableGz))
	if err != nil {
		panic("givennames: embedded table: " + err.Error()) // a build defect, caught by the tests
	}
	t, err := Parse(zr)
	if err != nil {
		panic("givennames: embedded table: " + err.Error())
	}
	return t
})

// Parse reads a table in the format of givennames.tsv (after gunzip): one
// name a line, in lower case, a tab, and F or M; lines starting with "#"
// are comments and blank lines are skipped. A name listed twice with
// different genders is an error.
func Parse(r io.Reader) (*Table, error) {
	t := &Table{names: map[string]Gender{}}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		name, sex, ok := strings.Cut(s, "\t")
		if !ok || name == "" || strings.ToLower(name) != name {
			return nil, fmt.Errorf("givennames: line %d: want a lower-case name, a tab and F or M", line)
		}
		var g Gender
		switch sex {
		case "F":
			g = Female
		case "M":
			g = Male
		default:
			return nil, fmt.Errorf("givennames: line %d: gender %q, want F or M", line, sex)
		}
		if old, dup := t.names[name]; dup && old != g {
			return nil, fmt.Errorf("givennames: line %d: %q listed as both F and M", line, name)
		}
		t.names[name] = g
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("givennames: %w", err)
	}
	return t, nil
}

// Gender returns the gender of the given name, whatever its case
// ("Ronald", "RONALD"); accents are not folded.
func (t *Table) Gender(name string) Gender {
	if t == nil {
		return Unknown
	}
	return t.names[strings.ToLower(name)]
}

// Len returns the number of names in the table.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return len(t.names)
}
