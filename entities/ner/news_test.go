package ner_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/entities/ner"
)

// TestNewsPhenomena checks the embedded model on what news text throws at
// a tagger: headlines in capitals, names at the start of a sentence,
// hyphenated pairs, initials, Arabic particles, accents, titles and
// possessives that stay outside names.
func TestNewsPhenomena(t *testing.T) {
	m, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       string // "TYPE[tokens]" joined by spaces
	}{
		{"headline", "PUTIN MEETS TILLERSON IN MOSCOW AS SYRIA TENSIONS RISE",
			"PER[PUTIN] PER[TILLERSON] LOC[MOSCOW] LOC[SYRIA]"},
		{"sentence start", "Lavrov said the talks were frank.", "PER[Lavrov]"},
		{"hyphenated pair", "US-Russia relations are at a low point, Tillerson said.",
			"LOC[US] LOC[Russia] PER[Tillerson]"},
		{"initials", "George W. Bush and J.K. Rowling visited Washington.",
			"PER[George W. Bush] PER[J.K. Rowling] LOC[Washington]"},
		{"particle and title", "Syrian President Bashar al-Assad denied the attack in Idlib.",
			"PER[Bashar al-Assad] LOC[Idlib]"},
		{"accents", "José Luis Rodríguez Zapatero flew to São Paulo and then Zürich.",
			"PER[José Luis Rodríguez Zapatero] LOC[São Paulo] LOC[Zürich]"},
		{"possessive and envoy", "Russia's deputy UN envoy Vladimir Safronkov criticized Britain.",
			"LOC[Russia] ORG[UN] PER[Vladimir Safronkov] LOC[Britain]"},
		{"the Kremlin", "Peskov, the Kremlin spokesman, said Moscow would respond.",
			"PER[Peskov] ORG[Kremlin] LOC[Moscow]"},
		{"Mr without stop", "Mr Tillerson met Mr Lavrov.", "PER[Tillerson] PER[Lavrov]"},
		{"particles join a name", "Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani said that Qatar agrees.",
			"PER[Mohammed bin Abdulrahman bin Jassim Al-Thani] LOC[Qatar]"},
		{"council", "The UN Security Council met in New York on Friday.",
			"ORG[UN Security Council] LOC[New York]"},
		{"portfolio before a title", "European Union Transport Commissioner Marta Keller visited Giurgiu.",
			"ORG[European Union] PER[Marta Keller] LOC[Giurgiu]"},
		{"an organization ending in a plural", "U.S. Health and Human Services Secretary Mike Leavitt said so.",
			"ORG[U.S. Health and Human Services] PER[Mike Leavitt]"},
		{"US is not us", "Putin used a meeting with visiting US Secretary of State Rex Tillerson on Wednesday.",
			"PER[Putin] LOC[US] PER[Rex Tillerson]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var toks []string
			for _, tk := range ner.Tokenize(tc.text) {
				toks = append(toks, tk.Text)
			}
			var got []string
			for _, sp := range m.Tag(toks) {
				got = append(got, fmt.Sprintf("%s[%s]", sp.Type, strings.Join(toks[sp.Start:sp.End], " ")))
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("%s\n got %s\nwant %s", tc.text, g, tc.want)
			}
		})
	}
}

func TestUsualCase(t *testing.T) {
	m, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word, want string
		known      bool
	}{
		{"Man", "man", true},
		{"MAN", "man", true},
		{"taiwan", "Taiwan", true},
		{"Sterling", "sterling", true},
		{"Qzxvbnm", "", false},
	}
	for _, tt := range tests {
		got, ok := m.UsualCase(tt.word)
		if got != tt.want || ok != tt.known {
			t.Errorf("UsualCase(%q) = %q, %v; want %q, %v", tt.word, got, ok, tt.want, tt.known)
		}
	}
}
