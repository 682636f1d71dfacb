package reuters

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/testenv"
)

const sample = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TEXT>&#2;
<TITLE>BAHIA COCOA REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued &lt;in> the
Bahia zone, AT&amp;T said.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="2">
<DATE> 27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM</DATE>
<TEXT TYPE="BRIEF">&#2;
<TITLE>NO BODY HERE</TITLE>
&#3;</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="3">
<DATE> 9-MAR-1987 00:14:46.66</DATE>
<TEXT>&#2;
<BODY>Second story.
 REUTER
&#3;</BODY></TEXT>
</REUTERS>
`

func TestParse(t *testing.T) {
	got, err := Parse([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	want := []Article{
		{ID: "reuters-1", Date: "1987-02-26", Title: "BAHIA COCOA REVIEW", Text: "Showers continued <in> the\nBahia zone, AT&T said."},
		{ID: "reuters-3", Date: "1987-03-09", Text: "Second story."},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d articles, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("article %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		n       int
		wantErr bool
	}{
		{"empty", "", 0, false},
		{"no element", "<!DOCTYPE lewis>", 0, false},
		{"unclosed", `<REUTERS NEWID="9"><BODY>x</BODY>`, 0, true},
		{"unclosed body", `<REUTERS NEWID="9"><BODY>x</REUTERS>`, 0, false},
		{"latin-1", "<REUTERS NEWID=\"4\"><BODY>M\xfcnchen</BODY></REUTERS>", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.in))
			if (err != nil) != tt.wantErr || len(got) != tt.n {
				t.Fatalf("Parse = %d articles, %v; want %d, error %v", len(got), err, tt.n, tt.wantErr)
			}
			if tt.name == "latin-1" && got[0].Text != "München" {
				t.Errorf("text %q, want München", got[0].Text)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "a b", "a b"},
		{"named", "&lt;A&gt; &amp; &quot;B&quot;", `<A> & "B"`},
		{"controls dropped", "&#2;x&#3;&#127;", "x"},
		{"newline kept", "a&#10;b", "a\nb"},
		{"not a reference", "AT&T; R&D", "AT&T; R&D"},
		{"unterminated", "a &amp b", "a &amp b"},
		{"bad number", "&#xyz;", "&#xyz;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Decode(tt.in); got != tt.want {
				t.Errorf("Decode(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestCollection checks the counts the benchmark relies on: 19,043
// stories with a body, every one dated in 1987.
func TestCollection(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole collection")
	}
	dir := testenv.Shared(t, "data/reuters21578")
	files, _ := filepath.Glob(filepath.Join(dir, "reut2-*.sgm"))
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		arts, err := Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, a := range arts {
			if !strings.HasPrefix(a.Date, "1987-") || a.Text == "" || !utf8.ValidString(a.Text) {
				t.Errorf("%s: date %q, %d bytes of text", a.ID, a.Date, len(a.Text))
			}
		}
		n += len(arts)
	}
	if n != 19043 {
		t.Errorf("%d articles with a body, want 19043", n)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte("<REUTERS NEWID=\"1\"><BODY>&#</BODY></REUTERS>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, _ := Parse(data)
		for _, a := range arts {
			if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
				t.Fatalf("invalid UTF-8 in %+v", a)
			}
			if !strings.HasPrefix(a.ID, "reuters-") {
				t.Fatalf("id %q", a.ID)
			}
		}
	})
}
