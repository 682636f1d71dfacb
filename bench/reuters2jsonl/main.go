// Command reuters2jsonl converts the Reuters-21578 SGML files into the
// JSONL that timeline reads: one article a line, {"id", "date", "title",
// "text"}, in file order, for the stories that have a <BODY>.
//
// Usage:
//
//	reuters2jsonl [-copies N] [-o FILE] DIR
//
// DIR holds reut2-000.sgm ... reut2-021.sgm. With -copies N every article
// is written N times, copy k (k > 1) under the id "reuters-NEWID-k", to
// make a corpus N times as large with the same text.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/timelinehq/timeline/bench/reuters"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "reuters2jsonl: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("reuters2jsonl", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write to FILE instead of standard output")
	copies := fs.Int("copies", 1, "write every article N times under distinct ids")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *copies < 1 {
		return errors.New("usage: reuters2jsonl [-copies N] [-o FILE] DIR")
	}
	files, err := filepath.Glob(filepath.Join(fs.Arg(0), "reut2-*.sgm"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no reut2-*.sgm in %s", fs.Arg(0))
	}
	sort.Strings(files)
	var arts []reuters.Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		as, err := reuters.Parse(data)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		arts = append(arts, as...)
	}
	w := stdout
	var file *os.File
	if *out != "" && *out != "-" {
		if file, err = os.Create(*out); err != nil {
			return err
		}
		w = file
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for k := 1; k <= *copies; k++ {
		for _, a := range arts {
			if k > 1 {
				a.ID = fmt.Sprintf("%s-%d", a.ID, k)
			}
			if err := enc.Encode(a); err != nil {
				return err
			}
		}
	}
	err = bw.Flush()
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err == nil {
		fmt.Fprintf(stderr, "reuters2jsonl: %d articles from %d files, %d copies\n", len(arts), len(files), *copies)
	}
	return err
}
