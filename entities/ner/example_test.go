package ner_test

import (
	"fmt"

	"github.com/timelinehq/timeline/entities/ner"
)

func ExampleTokenize() {
	for _, t := range ner.Tokenize("Putin's US-Russia talks.") {
		fmt.Printf("%q ", t.Text)
	}
	fmt.Println()
	// Output: "Putin" "'s" "US" "-" "Russia" "talks" "."
}

func ExampleModel_TagDocument() {
	m, err := ner.Load()
	if err != nil {
		panic(err)
	}
	article := []string{
		"Russian President Vladimir Putin met U.S. Secretary of State Rex Tillerson in Moscow on Wednesday.",
		"The Kremlin said Putin and Tillerson discussed Syria.",
	}
	var sentences [][]string
	for _, s := range article {
		var toks []string
		for _, t := range ner.Tokenize(s) {
			toks = append(toks, t.Text)
		}
		sentences = append(sentences, toks)
	}
	for i, spans := range m.TagDocument(sentences) {
		for _, sp := range spans {
			fmt.Println(sp.Type, sentences[i][sp.Start:sp.End])
		}
	}
	// Output:
	// PER [Vladimir Putin]
	// LOC [U.S.]
	// PER [Rex Tillerson]
	// LOC [Moscow]
	// ORG [Kremlin]
	// PER [Putin]
	// PER [Tillerson]
	// LOC [Syria]
}

// The second pass reads a sentence with what the first found around it:
// the headline's "ALBRIGHT", which the first pass leaves untagged when it
// reads the headline alone, is the person the story names.
func ExampleModel_TagText() {
	m, err := ner.Load()
	if err != nil {
		panic(err)
	}
	text := []string{
		"U.N. AMBASSADOR ALBRIGHT ARRIVES IN CHILE",
		"U.S. Ambassador to the United Nations Madeleine Albright arrived in Santiago on Sunday.",
		"Albright will meet President Eduardo Frei.",
	}
	var sentences [][]string
	for _, s := range text {
		var toks []string
		for _, t := range ner.Tokenize(s) {
			toks = append(toks, t.Text)
		}
		sentences = append(sentences, toks)
	}
	fmt.Println("alone:", m.Tag(sentences[0]))
	for i, spans := range m.TagText(sentences) {
		for _, sp := range spans {
			fmt.Println(i, sp.Type, sentences[i][sp.Start:sp.End])
		}
	}
	// Output:
	// alone: [{0 1 ORG} {5 6 LOC}]
	// 0 ORG [U.N.]
	// 0 PER [ALBRIGHT]
	// 0 LOC [CHILE]
	// 1 LOC [U.S.]
	// 1 ORG [United Nations]
	// 1 PER [Madeleine Albright]
	// 1 LOC [Santiago]
	// 2 PER [Albright]
	// 2 PER [Eduardo Frei]
}
