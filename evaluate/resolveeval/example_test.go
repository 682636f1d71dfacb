package resolveeval_test

import (
	"fmt"
	"strings"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/evaluate/resolveeval"
)

// Score compares a system's clustering of five mentions with the gold
// one: the system split the first entity and merged a part of it with the
// second.
func ExampleScore() {
	gold := []string{"putin", "putin", "putin", "putin", "lavrov"}
	sys := []string{"e1", "e1", "e2", "e2", "e2"}
	c := resolveeval.Score(gold, sys)
	fmt.Printf("pairwise P %.2f R %.2f\n", c.Pairwise.P, c.Pairwise.R)
	fmt.Printf("B-cubed  P %.2f R %.2f\n", c.BCubed.P, c.BCubed.R)
	// Output:
	// pairwise P 0.50 R 0.33
	// B-cubed  P 0.73 R 0.60
}

// PlaceCodes maps a Reuters-21578 place to the ISO codes that count as
// finding it; a former state counts through any of its successors.
func ExamplePlaceCodes() {
	fmt.Println(resolveeval.PlaceCodes("el-salvador"))
	fmt.Println(resolveeval.PlaceCodes("west-germany"))
	fmt.Println(resolveeval.PlaceCodes("czechoslovakia"))
	// Output:
	// [SV]
	// [DE]
	// [CZ SK]
}

func ExampleParseReuters() {
	sgml := `<REUTERS NEWID="1"><PLACES><D>usa</D></PLACES><TEXT><TITLE>PITT-DES MOINES SELLS UNIT</TITLE>
<DATELINE>    PITTSBURGH, March 5 - </DATELINE><BODY>Pitt-Des Moines Inc said it sold its
steel unit.
 Reuter
</BODY></TEXT></REUTERS>`
	docs, err := resolveeval.ParseReuters(strings.NewReader(sgml))
	if err != nil {
		fmt.Println(err)
		return
	}
	d := docs[0]
	fmt.Println(d.ID, d.Places)
	fmt.Println(d.ArticleText(false))
	// Output:
	// 1 [usa]
	// PITTSBURGH, March 5 - Pitt-Des Moines Inc said it sold its
	// steel unit.
}

func ExampleParseECB() {
	const xml = `<Document doc_name="1_1ecb.xml">
<token t_id="1" sentence="0" number="0">Tara</token>
<token t_id="2" sentence="0" number="1">Reid</token>
<token t_id="3" sentence="0" number="2">left</token>
<token t_id="4" sentence="0" number="3">Malibu</token>
<Markables>
<HUMAN_PART_PER m_id="5"><token_anchor t_id="1"/><token_anchor t_id="2"/></HUMAN_PART_PER>
<LOC_GEO m_id="6"><token_anchor t_id="4"/></LOC_GEO>
<ACTION_OCCURRENCE m_id="8"><token_anchor t_id="3"/></ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="7" instance_id="HUM1"/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1"><source m_id="5"/><target m_id="7"/></CROSS_DOC_COREF>
</Relations>
</Document>`
	doc, err := resolveeval.ParseECB(strings.NewReader(xml), "1", "1_1ecb.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range doc.Mentions {
		fmt.Printf("%s %q %v %s\n", m.Tag, m.Kind, m.Tokens, m.Chain)
	}
	// Output:
	// HUMAN_PART_PER "PERSON" [0 1] HUM1
	// LOC_GEO "LOCATION" [3] single/1_1ecb.xml/6
	// ACTION_OCCURRENCE "" [2] single/1_1ecb.xml/8
}

// Countries lists the countries of the places an article names, its
// dateline included.
func ExampleCountries() {
	tag, err := entities.LoadTagger()
	if err != nil {
		fmt.Println(err)
		return
	}
	got := resolveeval.Countries("SAN MATEO, Calif., March 2 - The fund said it would buy a bank in Toronto.", tag)
	fmt.Println(got["US"], got["CA"], got["PH"])
	// Output:
	// true true false
}
