package timex

import "strings"

// tense is the grammatical time of the clause around an expression, read
// from the nearest verb forms. News is mostly past: "on Wednesday" in a
// story about what happened is the last Wednesday; "will meet on
// Wednesday" is the next one.
type tense int

const (
	tenseUnknown tense = iota
	tensePast
	tensePresent
	tenseFuture
)

// futureWords mark a clause about the future.
var futureWords = map[string]bool{
	"will": true, "'ll": true, "shall": true, "won't": true, "wo": true, "would": true,
	"scheduled": true, "expected": true, "upcoming": true, "ahead": true, "slated": true,
	"could": true, "might": true, "should": true, "must": true,
	"tomorrow": true, "forecast": true, "forecasts": true, "projected": true, "seeks": true,
	"await": true, "awaits": true, "awaiting": true,
	"soon": true,
}

// toFuture are verbs that mark the future when "to" follows: "plans to",
// "set to", "supposed to".
var toFuture = map[string]bool{
	"plans": true, "plan": true, "planned": true, "planning": true, "expects": true, "expect": true,
	"hopes": true, "hope": true, "hoped": true, "aims": true, "wants": true, "want": true, "wanted": true,
	"intends": true, "intend": true, "intended": true, "seeks": true, "sought": true, "prepare": true,
	"prepares": true, "preparing": true, "prepared": true, "set": true, "supposed": true, "going": true,
	"agreed": true, "agree": true, "agrees": true, "promised": true, "promises": true, "vowed": true,
	"vows": true, "threatened": true, "threatens": true, "decided": true, "decides": true, "due": true,
	"likely": true, "unlikely": true, "ready": true, "poised": true, "able": true,
}

// pastPlans are the past forms among toFuture.
var pastPlans = map[string]bool{
	"planned": true, "hoped": true, "wanted": true, "agreed": true, "decided": true, "promised": true,
	"vowed": true, "threatened": true, "sought": true, "intended": true, "prepared": true,
}

// determiners make a following -ed word an adjective: "an unspecified date".
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "your": true, "this": true, "that": true, "these": true, "those": true, "my": true,
}

// pastWords mark a clause about the past (besides regular -ed forms).
var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "didn't": true, "wasn't": true, "weren't": true, "hadn't": true,
	"said": true, "told": true, "met": true, "went": true, "came": true, "took": true, "made": true,
	"gave": true, "left": true, "held": true, "began": true, "saw": true, "got": true, "found": true,
	"fell": true, "rose": true, "won": true, "lost": true, "sent": true, "spoke": true, "wrote": true,
	"brought": true, "thought": true, "kept": true, "paid": true, "sold": true, "bought": true,
	"struck": true, "fought": true, "led": true, "ran": true, "became": true, "broke": true,
	"chose": true, "drove": true, "flew": true, "knew": true, "meant": true, "shot": true,
	"sought": true, "stood": true, "stole": true, "swore": true, "taught": true, "threw": true,
	"understood": true, "woke": true, "wore": true, "ate": true, "drew": true, "grew": true,
	"hung": true, "lay": true, "laid": true, "rode": true, "rang": true, "sang": true, "sank": true,
	"shook": true, "slid": true, "spent": true, "stuck": true, "swept": true, "tore": true,
	"withdrew": true, "arose": true, "blew": true, "built": true, "caught": true, "dealt": true,
	"fed": true, "felt": true, "fled": true, "froze": true, "heard": true, "lent": true,
	"overcame": true, "overtook": true, "sat": true, "slept": true, "sped": true, "sprang": true,
	"strode": true, "underwent": true, "upheld": true, "withheld": true, "wound": true, "ago": true,
	"earlier": true, "last": true, "yesterday": true, "been": true, "gone": true, "done": true, "seen": true,
	"taken": true, "given": true, "begun": true, "spoken": true, "written": true, "fallen": true,
	"risen": true, "shown": true, "known": true, "dropped": true, "killed": true, "died": true,
}

// presentWords mark a clause in the present.
var presentWords = map[string]bool{
	"is": true, "are": true, "am": true, "isn't": true, "aren't": true,
}

// notPast are -ed words that are not past verbs.
var notPast = map[string]bool{
	"need": true, "speed": true, "red": true, "bed": true, "feed": true, "seed": true, "indeed": true,
	"hundred": true, "based": true, "proceed": true, "succeed": true, "exceed": true, "breed": true,
	"shed": true, "wed": true, "united": true, "limited": true, "related": true, "interested": true,
	"concerned": true, "armed": true, "advanced": true, "detailed": true, "unprecedented": true,
	"alleged": true, "embattled": true, "beloved": true, "sacred": true, "naked": true, "wicked": true,
	"rugged": true, "aged": true, "supposed": true, "closed": true, "expected": true, "scheduled": true,
	"proposed": true, "projected": true, "so-called": true, "reed": true,
	"dated": true, "fixed": true, "used": true, "planned": true,
}

// reporting verbs say when something was said, not when it happened:
// they decide the tense only when no other verb does.
var reportingWords = map[string]bool{
	"said": true, "says": true, "told": true, "reported": true, "announced": true, "added": true,
	"stated": true, "noted": true, "explained": true, "declared": true, "quoted": true,
}

// tenseAt reads the tense around the expression at [l, r) of a sentence:
// the tense marker nearest to it, looking up to twelve words each way and
// preferring the left side on ties. Reporting verbs ("said") count only
// when nothing else does; a deadline ("by Friday", "until May", "as soon
// as Tuesday") points to the future.
func tenseAt(s *sent, l, r int) tense {
	var buf []string
	return tenseAtBuf(s, l, r, &buf)
}

// tenseAtBuf is tenseAt with the words cut into *buf, which it reuses and
// may grow: a caller that reads many tenses allocates its words once.
func tenseAtBuf(s *sent, l, r int, buf *[]string) tense {
	ws := appendWords((*buf)[:0], s.lower[:l])
	n := len(ws)
	ws = appendWords(ws, s.lower[r:])
	left, right := ws[:n:n], ws[n:len(ws):len(ws)]
	*buf = ws
	if n := len(left); n > 0 {
		deadline := false
		switch left[n-1] {
		case "since":
			return tensePast // "since March" looks back
		case "by", "until", "till", "effective":
			deadline = true
		case "as":
			deadline = n >= 3 && left[n-3] == "as" && (left[n-2] == "soon" || left[n-2] == "early")
		}
		if deadline {
			// "had fallen by May" is past; "extended until May" still looks
			// ahead.
			past := false
			for i := n - 2; i >= 0 && i >= n-6; i-- {
				if left[i] == "had" || left[i] == "hadn't" {
					past = true
				}
			}
			// The verbs of the same clause: "by May, invited Sinn Fein"
			// is the main clause resuming after a relative one, but
			// "Until Thursday, they had not" opens the sentence with the
			// clause it modifies.
			clause := right
			if k := strings.IndexAny(s.lower[r:], ",.;:"); k >= 0 && n > 1 {
				m := len(ws)
				ws = appendWords(ws, s.lower[r:r+k])
				clause = ws[m:]
				*buf = ws
			}
			for i := 0; i < len(clause) && i < 4; i++ {
				if verbTense(clause, i) == tensePast {
					past = true
				}
			}
			if !past {
				return tenseFuture
			}
		}
	}
	const reach = 12
	reported := tenseUnknown
	for d := 0; d < reach; d++ {
		if i := len(left) - 1 - d; i >= 0 {
			if plannedBefore(left, i) {
				return tenseFuture
			}
			if t := verbTense(left, i); t != tenseUnknown {
				// "said Friday", "said on Friday": the saying is the event.
				if !reportingWords[left[i]] || d <= 3 {
					return t
				}
				if reported == tenseUnknown {
					reported = t
				}
			}
		}
		if d < len(right) && !(right[d] == "ahead" && d+1 < len(right) && right[d+1] == "of") {
			// "met on Wednesday ahead of the summit": what comes ahead of
			// the expression says nothing of its tense ("ahead of the
			// meeting on Monday", on its left, looks forward).
			if t := verbTense(right, d); t != tenseUnknown {
				// "on Tuesday said": the verb right after is the one.
				if !reportingWords[right[d]] || d == 0 {
					return t
				}
				if reported == tenseUnknown {
					reported = t
				}
			}
		}
	}
	return reported
}

// plannedBefore reports a past plan whose object the expression ends:
// "planned to leave on Thursday", "planned a rally on Saturday". The plan
// is past, the planned event lies after it: the future of the report. (The
// plan of "On Friday, the government planned to pay" is the past one; it
// stands right of the expression and verbTense reads it.) "had planned to"
// looks back from a past already over.
func plannedBefore(ws []string, i int) bool {
	if !pastPlans[ws[i]] || i+1 >= len(ws) || i > 0 && (ws[i-1] == "had" || ws[i-1] == "hadn't" || ws[i-1] == "previously") {
		return false
	}
	switch ws[i+1] {
	case "to":
		return true
	case "a", "an", "their", "his", "her", "its":
		return ws[i] == "planned" // "agreed a deal on Friday" is done
	}
	return false
}

// verbTense is the tense that word i of ws marks, reading the auxiliaries
// before it: "will be held" is future, "is heard" present, "had been
// scheduled" past.
func verbTense(ws []string, i int) tense {
	w := ws[i]
	if toFuture[w] {
		if i+1 < len(ws) && (ws[i+1] == "to" || ws[i+1] == "for" && (w == "set" || w == "planned" || w == "planning")) {
			// "planned to pay on Friday": the plan is past, the payment
			// may be either; the weekday's default decides.
			if pastPlans[w] && ws[i+1] == "to" && !(i > 0 && (ws[i-1] == "is" || ws[i-1] == "are" || ws[i-1] == "be" || ws[i-1] == "has" || ws[i-1] == "have")) {
				return tenseUnknown
			}
			// "had been due to expire": a plan of the past.
			if i > 1 && ws[i-1] == "been" && (ws[i-2] == "had" || ws[i-2] == "hadn't") {
				return tensePast
			}
			// "announced plans to": a noun; the verb before it decides.
			if i > 0 && (w == "plans" || w == "plan") && (determiners[ws[i-1]] || wordTense(ws[i-1]) != tenseUnknown) {
				return tenseUnknown
			}
			return tenseFuture
		}
	}
	t := wordTense(w)
	// "were planning to", "is to resume", "was scheduled to": the
	// auxiliary of a plan.
	if (w == "is" || w == "are" || w == "was" || w == "were") && i+1 < len(ws) {
		next := ws[i+1]
		if next == "to" && t == tensePresent ||
			i+2 < len(ws) && toFuture[next] && ws[i+2] == "to" && !pastPlans[next] ||
			futureWords[next] && (next == "scheduled" || next == "slated" || next == "expected") {
			return tenseFuture
		}
	}
	if t == tenseUnknown || i == 0 {
		return t
	}
	// "an unspecified date", "the troubled company": adjectives.
	if t == tensePast && !pastWords[w] && (determiners[ws[i-1]] || i >= 2 && determiners[ws[i-2]] && adverb(ws[i-1])) {
		return tenseUnknown
	}
	prev := ws[i-1]
	prev2 := ""
	if i >= 2 {
		prev2 = ws[i-2]
	}
	switch t {
	case tensePast:
		// A past participle after "be": the auxiliary decides.
		switch prev {
		case "be":
			if futureWords[prev2] || prev2 == "to" {
				return tenseFuture
			}
			return tensePresent
		case "is", "are", "being":
			return tensePresent
		case "will", "'ll", "would":
			return tenseFuture
		case "and":
			// "will be wrapped into other legislation and voted on in
			// April": the participle shares the auxiliary before it.
			for j := i - 2; j >= 1 && j >= i-9; j-- {
				if ws[j] == "be" {
					if futureWords[ws[j-1]] || ws[j-1] == "to" {
						return tenseFuture
					}
					break
				}
			}
		}
	case tenseFuture:
		// "had been scheduled": a plan made in the past.
		if prev == "been" && (prev2 == "had" || prev2 == "hadn't") {
			return tensePast
		}
	}
	return t
}

// wordTense is the tense a single word marks, if any.
func wordTense(w string) tense {
	switch {
	case futureWords[w]:
		return tenseFuture
	case pastWords[w]:
		return tensePast
	case presentWords[w]:
		return tensePresent
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast[w]:
		return tensePast
	}
	return tenseUnknown
}

// words splits lower-cased text into words, keeping apostrophes ("won't",
// "'ll") and stopping at nothing: punctuation just separates.
func words(s string) []string {
	return appendWords(nil, s)
}

// appendWords appends the words of s, as words cuts them, to out.
func appendWords(out []string, s string) []string {
	for i := 0; i < len(s); {
		if isLetter(s[i]) || s[i] == '\'' && i+1 < len(s) && isLetter(s[i+1]) {
			j := i + 1
			for j < len(s) && (isLetter(s[j]) || s[j] == '\'' || s[j] == '-') {
				j++
			}
			out = append(out, s[i:j])
			i = j
			continue
		}
		i++
	}
	return out
}

// isPrep reports the prepositions that stand between a verb and its time.
func isPrep(w string) bool {
	switch w {
	case "on", "in", "at", "during", "since", "before", "after", "late", "early", "earlier", "later":
		return true
	}
	return false
}

// adverb reports words that can stand between a determiner and an -ed
// adjective: "a still unspecified date", "the newly elected".
func adverb(w string) bool {
	return strings.HasSuffix(w, "ly") || w == "still" || w == "yet" || w == "long" || w == "well" || w == "much"
}
