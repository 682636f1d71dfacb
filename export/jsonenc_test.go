package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// wantString is s as encoding/json writes it without HTML escaping.
func wantString(t *testing.T, s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func checkString(t *testing.T, s string) {
	t.Helper()
	var e jsonEnc
	e.str(s)
	if got, want := string(e.b), wantString(t, s); got != want {
		t.Fatalf("%q: got %s, want %s", s, got, want)
	}
}

// TestJSONStringEveryPosition puts each kind of character that needs
// care at every position of a string long enough for the eight-byte skip.
func TestJSONStringEveryPosition(t *testing.T) {
	for _, c := range []string{"\x00", "\x1f", "\b", "\n", " ", "!", "\"", "#", "\\", "]", "~", "\x7f", "\x80", "\xff", "é", "\u2028", "\u2029", "😀", "<&>"} {
		for n := 0; n < 20; n++ {
			for i := 0; i <= n; i++ {
				checkString(t, strings.Repeat("a", i)+c+strings.Repeat("b", n-i))
			}
		}
	}
}

// FuzzJSONString checks jsonEnc.str against encoding/json.
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", "plain ascii text of some length", "a\x00\"\\\x7f\xff\u2028é😀 long enough"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkString(t, s) })
}
