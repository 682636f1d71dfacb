package nertrain

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/entities/ner/brown"
)

func TestClustersRoundTrip(t *testing.T) {
	entries := []brown.Entry{{Word: "the", Path: "00", Count: 9}, {Word: "Moscow", Path: "0110", Count: 3}}
	var buf bytes.Buffer
	if err := WriteClusters(&buf, entries); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "c.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadClusters(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, entries) {
		t.Errorf("got %v, want %v", got, entries)
	}
}

func TestGazetteer(t *testing.T) {
	// Without the shared data: the lists from the Go modules only.
	lists := Gazetteer(t.TempDir(), "")
	want := map[string][]string{
		ListCountry:   {"Russian Federation", "Syrian Arab Republic"},
		ListCity:      {"Moscow", "Damascus"},
		ListFirstName: {"John"},
	}
	for _, l := range lists {
		for _, name := range want[l.Name] {
			if !slices.Contains(l.Phrases, name) {
				t.Errorf("list %s lacks %q", l.Name, name)
			}
		}
		if !slices.IsSorted(l.Phrases) {
			t.Errorf("list %s is not sorted", l.Name)
		}
	}
}

func TestGazetteerFactbook(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "..", "shared", "data"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI: %s is missing", dir)
		}
		t.Skipf("skipping: %s is missing", dir)
	}
	for _, l := range Gazetteer(dir, "") {
		if l.Name == ListCountry && (!slices.Contains(l.Phrases, "Russia") || !slices.Contains(l.Phrases, "Syria")) {
			t.Errorf("the country list lacks the World Factbook's short names")
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Russia", "Russia"},
		{"parenthesis", "Korea (Republic of)", "Korea"},
		{"comma", "Congo, Democratic Republic of the", "Congo"},
		{"hyphen pair", "Bosnia-Herzegovina", "Bosnia - Herzegovina"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := normalize(tc.in); got != tc.want {
				t.Errorf("normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestReadEmbeddings(t *testing.T) {
	tests := []struct {
		name, text string
		gzip       bool
		words      []string
		paths      []string
		err        string
	}{
		{"plain", "0101\tmoscow\n0110\tputin\n", false, []string{"moscow", "putin"}, []string{"0101", "0110"}, ""},
		{"gzip", "0\tthe\n", true, []string{"the"}, []string{"0"}, ""},
		{"empty path", "\tthe\n", false, []string{"the"}, []string{""}, ""},
		{"no tab", "0101 moscow\n", false, nil, nil, "e.gz:1: want a bit string and a word"},
		{"not bits", "0101\tmoscow\n01a\tputin\n", false, nil, nil, "e.gz:2: want a bit string and a word"},
		{"no word", "0101\t\n", false, nil, nil, "e.gz:1: want a bit string and a word"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.text)
			if tc.gzip {
				var buf bytes.Buffer
				zw := gzip.NewWriter(&buf)
				zw.Write(data)
				zw.Close()
				data = buf.Bytes()
			}
			path := filepath.Join(t.TempDir(), "e.gz")
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			words, paths, err := ReadEmbeddings(path)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(words, tc.words) || !reflect.DeepEqual(paths, tc.paths) {
				t.Errorf("got %q %q, want %q %q", words, paths, tc.words, tc.paths)
			}
		})
	}
	if _, _, err := ReadEmbeddings(filepath.Join(t.TempDir(), "missing.gz")); err == nil {
		t.Error("a missing file gives no error")
	}
}

// FuzzReadTables feeds arbitrary files to the table readers: they return
// an error or entries that hold what the format promises, and never panic.
func FuzzReadTables(f *testing.F) {
	f.Add([]byte("0101\tmoscow\n0110\tputin\n"))
	f.Add([]byte("00\tthe\t9\n0110\tMoscow\t3\n"))
	f.Add([]byte("\x1f\x8b\x08\x00garbage"))
	f.Add([]byte("0101 moscow\n"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "t")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		words, paths, err := ReadEmbeddings(path)
		if err == nil {
			if len(words) != len(paths) {
				t.Fatalf("%d words, %d paths", len(words), len(paths))
			}
			for i, p := range paths {
				if strings.Trim(p, "01") != "" || words[i] == "" {
					t.Fatalf("entry %d: path %q word %q", i, p, words[i])
				}
			}
		}
		if entries, err := ReadClusters(path); err == nil {
			for _, e := range entries {
				if strings.Contains(e.Word, "\t") || strings.Contains(e.Path, "\t") {
					t.Fatalf("entry %+v holds a tab", e)
				}
			}
		}
	})
}
