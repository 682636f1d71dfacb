package gazetteer

import "strings"

// regionAbbrevs are the abbreviations that news style (AP, Reuters) gives
// US states and Canadian provinces after a city ("SAN MATEO, Calif.",
// "Oshawa, Ont."), with the country and the region's name. Each is
// matched only as written with its periods: "Miss." and "Ind." are
// Mississippi and Indiana, "Miss" and "IND" are not. States that news
// style spells out (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Utah) have
// none.
var regionAbbrevs = map[string][2]string{
	"Ala.": {"US", "Alabama"}, "Ariz.": {"US", "Arizona"}, "Ark.": {"US", "Arkansas"},
	"Calif.": {"US", "California"}, "Cal.": {"US", "California"}, "Colo.": {"US", "Colorado"},
	"Conn.": {"US", "Connecticut"}, "Del.": {"US", "Delaware"}, "D.C.": {"US", "District of Columbia"},
	"Fla.": {"US", "Florida"}, "Ga.": {"US", "Georgia"}, "Ill.": {"US", "Illinois"},
	"Ind.": {"US", "Indiana"}, "Kan.": {"US", "Kansas"}, "Kans.": {"US", "Kansas"},
	"Ky.": {"US", "Kentucky"}, "La.": {"US", "Louisiana"}, "Md.": {"US", "Maryland"},
	"Mass.": {"US", "Massachusetts"}, "Mich.": {"US", "Michigan"}, "Minn.": {"US", "Minnesota"},
	"Miss.": {"US", "Mississippi"}, "Mo.": {"US", "Missouri"}, "Mont.": {"US", "Montana"},
	"Neb.": {"US", "Nebraska"}, "Nebr.": {"US", "Nebraska"}, "Nev.": {"US", "Nevada"},
	"N.H.": {"US", "New Hampshire"}, "N.J.": {"US", "New Jersey"}, "N.M.": {"US", "New Mexico"},
	"N.Y.": {"US", "New York"}, "N.C.": {"US", "North Carolina"}, "N.D.": {"US", "North Dakota"},
	"Okla.": {"US", "Oklahoma"}, "Ore.": {"US", "Oregon"}, "Oreg.": {"US", "Oregon"},
	"Pa.": {"US", "Pennsylvania"}, "Penn.": {"US", "Pennsylvania"}, "R.I.": {"US", "Rhode Island"},
	"S.C.": {"US", "South Carolina"}, "S.D.": {"US", "South Dakota"}, "Tenn.": {"US", "Tennessee"},
	"Tex.": {"US", "Texas"}, "Vt.": {"US", "Vermont"}, "Va.": {"US", "Virginia"},
	"Wash.": {"US", "Washington"}, "W.Va.": {"US", "West Virginia"}, "Wis.": {"US", "Wisconsin"},
	"Wisc.": {"US", "Wisconsin"}, "Wyo.": {"US", "Wyoming"},
	"Alta.": {"CA", "Alberta"}, "B.C.": {"CA", "British Columbia"}, "Man.": {"CA", "Manitoba"},
	"N.B.": {"CA", "New Brunswick"}, "Nfld.": {"CA", "Newfoundland and Labrador"},
	"N.S.": {"CA", "Nova Scotia"}, "Ont.": {"CA", "Ontario"}, "P.E.I.": {"CA", "Prince Edward Island"},
	"Que.": {"CA", "Quebec"}, "Sask.": {"CA", "Saskatchewan"},
}

// abbrevKey is the key an abbreviation is matched by: lower case, spaces
// dropped ("W. Va." -> "w.va."); "" for what is no abbreviation (no
// final period).
func abbrevKey(s string) string {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ".") || len(s) > 12 {
		return ""
	}
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}

// addAbbrevs indexes the abbreviations of the regions the table holds.
func (g *Gazetteer) addAbbrevs() {
	g.byAbbrev = map[string]int{}
	for abbr, cr := range regionAbbrevs {
		for _, c := range g.byName[Fold(cr[1])] {
			if p := g.places[c.place]; p.Kind == Region && p.Country == cr[0] {
				g.byAbbrev[abbrevKey(abbr)] = c.place
				break
			}
		}
	}
}

// Abbreviation returns the region that name abbreviates, when it is the
// abbreviation of a US state or Canadian province written with its
// periods ("Calif.", "N.J.", "W. Va.", "Ont.", in any case).
func (g *Gazetteer) Abbreviation(name string) (Place, bool) {
	k := abbrevKey(name)
	if k == "" {
		return Place{}, false
	}
	i, ok := g.byAbbrev[k]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}
