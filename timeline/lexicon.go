package timeline

import "strings"

// A class groups the triggers that mean the same kind of happening, so
// that "met", "meeting" and "talks" can be merged. Each class says how
// to phrase a summary.
type class struct {
	name       string
	verb       string // third person present, for summaries: "meets"
	transitive bool   // the verb takes an object in summaries ("meets X")
	alone      string // the phrase when the event has a subject but no object: "holds talks"
	// parties says the object must be a name: one agrees with a party,
	// not with "a letter" one signed.
	parties bool
}

// classes lists the kinds of happening the extractor knows.
var classes = func() map[string]class {
	m := map[string]class{}
	for _, c := range []class{
		{"meet", "meets", true, "holds talks", false},
		{"say", "comments", false, "", false},
		{"attack", "attacks", true, "carries out an attack", false},
		{"strike", "strikes", true, "carries out strikes", false},
		{"kill", "kills", true, "is killed", false},
		{"die", "dies", false, "", false},
		{"block", "blocks", true, "", false},
		{"vote", "votes", false, "", false},
		{"elect", "wins election", false, "", false},
		{"office", "takes office", false, "", false},
		{"agree", "agrees with", true, "reaches an agreement", true},
		{"intervene", "intervenes", false, "", false},
		{"resign", "resigns", false, "", false},
		{"dismiss", "dismisses", true, "is dismissed", false},
		{"arrest", "arrests", true, "is arrested", false},
		{"charge", "charges", true, "is charged", false},
		{"convict", "convicts", true, "is convicted", false},
		{"sentence", "sentences", true, "is sentenced", false},
		{"sanction", "sanctions", true, "imposes sanctions", false},
		{"appoint", "appoints", true, "is appointed", false},
		{"nominate", "nominates", true, "is nominated", false},
		{"injure", "injures", true, "is injured", false},
		{"crash", "crashes", false, "", false},
		{"collide", "collides", false, "", false},
		{"quake", "is struck by an earthquake", false, "", false},
		{"fire", "is hit by a fire", false, "", false},
		{"acquire", "acquires", true, "makes an acquisition", false},
		{"release", "releases", true, "makes a release", false},
		{"free", "frees", true, "is released", false},
		{"win", "wins", true, "", false},
		{"defeat", "defeats", true, "", false},
		{"escape", "escapes", false, "", false},
		{"rehab", "enters rehab", false, "", false},
		{"protest", "protests", false, "", false},
		{"fall", "falls", false, "", false},
		{"rise", "rises", false, "", false},
	} {
		m[c.name] = c
	}
	return m
}()

// trigger is an entry of the trigger lexicon.
type trigger struct {
	class string
	verb  bool // a verb form; otherwise an event noun
	// needs, when set, lists words of which one must follow within four
	// words for the form to be a trigger ("fired" is a strike only when
	// missiles or shots are fired).
	needs []string
	// past reports a past-tense or participle verb form.
	past bool
}

// triggers maps lower-case word forms to what they mean. Verb forms are
// listed in full (no stemming): the table is small and stemming would
// invite false friends ("meets" yes, "meter" no).
var triggers = func() map[string]trigger {
	m := map[string]trigger{}
	add := func(class string, verb bool, words string, needs ...string) {
		for _, w := range strings.Fields(words) {
			past := verb && pastForm(w)
			m[w] = trigger{class: class, verb: verb, needs: needs, past: past}
		}
	}
	add("meet", true, "met meet meets visited visits visit hosted hosts received receives welcomed welcomes discussed discuss discusses negotiated")
	add("meet", false, "meeting meetings talks summit summits visit encounter conference discussions negotiations")
	add("say", true, "said says told tells stated states declared declares announced announces added adds noted warned warns insisted reiterated tweeted commented claimed claims accused accuses urged urges argued denied denies confirmed confirms")
	add("say", false, "comments remarks statement interview briefing")
	add("attack", true, "attacked attacks")
	add("attack", false, "attack attacks assault bombing bombings massacre ambush shooting shootings")
	add("strike", true, "bombed shelled")
	add("strike", false, "strike strikes airstrike airstrikes raid raids shelling")
	add("strike", true, "fired firing launched", "missile", "missiles", "rocket", "rockets", "shells", "shots", "strike", "strikes", "attack")
	add("kill", true, "killed kills kill murdered")
	add("kill", true, "shot stabbed", "dead", "death", "killed", "killing") // else an attack: "stabbed his wife"
	add("kill", false, "killing killings murder murders homicide")
	add("die", true, "died dies")
	add("die", false, "death")
	add("block", true, "vetoed vetoes blocked blocks rejected rejects")
	add("block", false, "veto")
	add("vote", true, "voted votes")
	add("vote", false, "vote referendum")
	add("elect", true, "elected reelected re-elected")
	add("elect", false, "election elections")
	add("office", false, "inauguration")
	add("office", true, "inaugurated")
	add("agree", true, "agreed signed")
	add("agree", false, "agreement accord treaty ceasefire truce")
	add("intervene", true, "intervened invaded")
	add("intervene", false, "intervention invasion")
	add("resign", true, "resigned resigns quit")
	add("resign", false, "resignation")
	add("dismiss", true, "sacked dismissed ousted")
	add("dismiss", false, "sacking dismissal ouster")
	add("arrest", true, "arrested detained captured")
	add("arrest", false, "arrest arrests capture")
	add("charge", true, "charged indicted")
	add("convict", true, "convicted")
	add("convict", false, "conviction convictions")
	add("sentence", true, "sentenced")
	add("sanction", true, "sanctioned")
	add("sanction", false, "sanctions")
	add("appoint", true, "appointed named")
	add("appoint", false, "appointment")
	add("nominate", true, "nominated nominates")
	add("nominate", false, "nomination")
	add("injure", true, "injured wounded")
	add("crash", true, "crashed")
	add("crash", false, "crash")
	add("collide", true, "collided collide collides")
	add("collide", false, "collision collisions")
	add("quake", false, "earthquake quake")
	add("fire", false, "fire blaze")
	add("acquire", true, "acquired acquires bought buys")
	add("acquire", false, "acquisition takeover")
	add("release", true, "released releases unveiled unveils")
	add("release", false, "release")
	add("free", true, "freed frees")
	add("win", true, "won wins")
	add("win", false, "victory")
	add("defeat", true, "defeated beat")
	add("escape", true, "escaped fled")
	add("escape", false, "escape")
	add("rehab", false, "rehab")
	add("fall", true, "fell falls dropped drops plunged plunges tumbled tumbles declined declines slid slumped")
	add("fall", false, "plunge decline slump")
	add("rise", true, "rose rises climbed climbs surged surges gained gains jumped jumps rallied rallies soared")
	add("rise", false, "rally surge")
	add("protest", true, "protested")
	add("protest", false, "protest protests demonstration demonstrations")
	return m
}()

// notEvents are nouns that, after an event noun, make it a mere modifier:
// "conference call", "attack helicopter".
var notEvents = map[string]bool{
	"call": true, "calls": true, "room": true, "hall": true, "helicopter": true, "helicopters": true,
	"force": true, "forces": true, "ship": true, "ships": true, "rifle": true, "rifles": true,
	"dog": true, "dogs": true, "site": true, "squad": true, "aircraft": true, "jets": true, "plane": true,
	"specialist": true, "specialists": true, "expert": true, "experts": true, "artist": true, "artists": true,
}

// irregularPast lists the irregular past forms of the lexicon's verbs.
var irregularPast = map[string]bool{
	"met": true, "said": true, "told": true, "shot": true, "quit": true, "won": true,
	"beat": true, "bought": true, "fled": true, "fired": true, "re-elected": true, "found": true,
}

// phrases are multi-word triggers: the first word, then the words that
// must follow it (after at most one other word, as in "took the oath").
var phrases = map[string][]struct {
	rest  []string
	class string
}{
	"took":      {{[]string{"office"}, "office"}, {[]string{"power"}, "office"}},
	"take":      {{[]string{"office"}, "office"}},
	"takes":     {{[]string{"office"}, "office"}},
	"sworn":     {{[]string{"in"}, "office"}},
	"checked":   {{[]string{"into"}, "rehab"}},
	"shook":     {{[]string{"hands"}, "meet"}},
	"shake":     {{[]string{"hands"}, "meet"}},
	"shakes":    {{[]string{"hands"}, "meet"}},
	"news":      {{[]string{"conference"}, "say"}},
	"press":     {{[]string{"conference"}, "say"}},
	"held":      {{[]string{"talks"}, "meet"}},
	"announced": {{[]string{"plans"}, "say"}},
	"found":     {{[]string{"guilty"}, "convict"}},
}

// determiners open a noun phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
}

// coordinators join words and clauses.
var coordinators = map[string]bool{"and": true, "or": true, "but": true, "nor": true}

// guestVerbs are the verbs of meeting that are verbs of receiving too:
// they tell of a meeting only when a guest follows (see guestAfter).
var guestVerbs = map[string]bool{
	"welcomed": true, "welcomes": true, "received": true, "receives": true, "hosted": true, "hosts": true,
}

// guestPronouns and guestNouns name who may be received as a guest.
var (
	guestPronouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "you": true}
	guestNouns    = map[string]bool{
		"delegation": true, "delegations": true, "visitor": true, "visitors": true, "guest": true, "guests": true,
		"envoy": true, "envoys": true, "minister": true, "ministers": true, "president": true, "leader": true,
		"leaders": true, "officials": true, "official": true, "counterpart": true, "counterparts": true,
		"ambassador": true, "ambassadors": true, "diplomat": true, "diplomats": true, "team": true,
		"secretary": true, "premier": true, "king": true, "queen": true, "pope": true, "chancellor": true,
		"mayor": true, "governor": true, "prince": true, "princess": true, "emperor": true, "monarch": true,
		"head": true, "heads": true, "chief": true, "chiefs": true, "representatives": true, "representative": true,
		"mission": true, "inspectors": true, "negotiators": true, "athletes": true, "players": true,
		"refugees": true, "pilgrims": true, "troops": true, "soldiers": true, "crew": true, "astronauts": true,
		"summit": true, "talks": true, "meeting": true, "meetings": true, "conference": true, "dinner": true,
	}
)

// metNouns are what is met when "meet" tells of no meeting: "meet
// demand", "met its targets".
var metNouns = map[string]bool{
	"need": true, "needs": true, "demand": true, "demands": true, "requirement": true, "requirements": true,
	"target": true, "targets": true, "goal": true, "goals": true, "expectations": true, "expectation": true,
	"deadline": true, "deadlines": true, "criteria": true, "obligations": true, "obligation": true,
	"standard": true, "standards": true, "costs": true, "cost": true, "payments": true, "payment": true,
	"conditions": true, "terms": true, "commitments": true, "forecast": true, "forecasts": true,
	"estimate": true, "estimates": true, "quota": true, "quotas": true, "challenge": true, "challenges": true,
	"request": true, "requests": true, "shortfall": true, "shortfalls": true, "repayments": true,
	"criterion": true, "specifications": true, "objectives": true, "objective": true, "debts": true,
	"consensus": true, "projections": true, "guidelines": true, "limits": true, "margin": true,
	"rules": true, "rule": true, "regulations": true, "pressure": true, "pressures": true, "debt": true,
	"escalation": true, "threat": true, "threats": true, "competition": true, "output": true,
}

// possessivePronouns refer to the subject of the clause: "their talks".
var possessivePronouns = map[string]bool{"his": true, "her": true, "its": true, "their": true}

// subordinators open a clause of their own.
var subordinators = map[string]bool{
	"but": true, "while": true, "whereas": true, "although": true, "though": true, "because": true,
	"which": true, "who": true, "whom": true, "whose": true, "where": true, "after": true, "before": true,
	"when": true, "since": true, "until": true, "unless": true, "if": true, "whether": true,
}

// prepositions end a noun phrase.
var prepositions = map[string]bool{
	"in": true, "at": true, "on": true, "of": true, "for": true, "with": true, "to": true, "by": true,
	"from": true, "into": true, "over": true, "about": true, "against": true, "between": true,
	"during": true, "after": true, "before": true, "near": true, "as": true, "under": true,
}

// futureMarkers before a trigger say the event has not happened yet.
var futureMarkers = map[string]bool{
	"will": true, "would": true, "shall": true, "'ll": true, "plans": true, "planned": true,
	"scheduled": true, "expected": true, "set": true, "going": true, "upcoming": true, "next": true,
	"due": true, "intends": true, "hopes": true, "possible": true, "potential": true, "proposed": true,
	"prospective": true, "future": true,
}

// lightVerbs take an event noun as object and lend it their subject:
// "Putin held a meeting with ...".
var lightVerbs = map[string]bool{
	"used": true, "held": true, "hold": true, "holds": true, "holding": true, "had": true, "has": true, "have": true,
	"led": true, "leads": true, "lead": true, "hosted": true, "hosts": true, "attended": true, "attends": true,
	"convened": true, "launched": true, "launches": true, "carried": true, "conducted": true, "staged": true,
	"began": true, "begins": true, "started": true, "made": true, "makes": true, "gave": true, "gives": true,
	"ordered": true, "orders": true, "announced": true, "called": true,
}

// pronounsSubject are the pronouns that stand for the last person named
// as the subject of an event.
var pronounsSubject = map[string]bool{"he": true, "she": true}

// pastForm reports whether a lower-case word is a past tense or a past
// participle: a regular "-ed" form or one of irregularPast.
func pastForm(w string) bool { return strings.HasSuffix(w, "ed") || irregularPast[w] }
