package timeline

import "testing"

func TestPluralVerb(t *testing.T) {
	for in, want := range map[string]string{
		"falls": "fall", "rises": "rise", "carries out an attack": "carry out an attack", "is killed": "are killed",
		"wins election": "win election", "reaches an agreement": "reach an agreement", "makes a release": "make a release",
		"agrees with": "agree with", "dismisses": "dismiss", "has": "have", "": "",
	} {
		if got := pluralVerb(in); got != want {
			t.Errorf("pluralVerb(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPluralNoun(t *testing.T) {
	for np, want := range map[string]bool{
		"Stock prices": true, "bank shares": true, "Imports": true, "stock indexes worldwide": true,
		"exports of American wine": true, "value of new projects": false, "Straits Times": false,
		"the crisis": false, "status": false, "Japan's": false, "progress": false, "call money rate": false,
		"Lehman Brothers": false, "news": false, "exports from the terminals in the Gulf": true,
		"trade between Argentina and Brazil": false, "the seamen": true, "Seamen": true, "police": true, "Layman": false,
	} {
		if got := pluralNoun(np); got != want {
			t.Errorf("pluralNoun(%q) = %v, want %v", np, got, want)
		}
	}
}
