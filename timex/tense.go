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
	"scheduled": true, "expected": true, "expects": true, "expect": true, "plans": true, "plan": true, "planned": true,
	"planning": true, "intends": true, "intend": true, "due": true, "upcoming": true,
	"hopes": true, "hope": true, "aims": true, "going": true, "set": true, "slated": true,
	"could": true, "might": true, "should": true, "must": true, "next": true, "until": true,
	"tomorrow": true, "forecast": true, "forecasts": true, "projected": true, "seeks": true,
	"wants": true, "want": true, "propose": true, "proposes": true, "proposed": true, "prepare": true,
	"preparing": true, "prepares": true, "await": true, "awaits": true, "awaiting": true,
	"deadline": true, "by": false, "before": false,
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
	"is": true, "are": true, "am": true, "says": true, "isn't": true, "aren't": true, "has": true, "have": true,
}

// notPast are -ed words that are not past verbs.
var notPast = map[string]bool{
	"need": true, "speed": true, "red": true, "bed": true, "feed": true, "seed": true, "indeed": true,
	"hundred": true, "based": true, "proceed": true, "succeed": true, "exceed": true, "breed": true,
	"shed": true, "wed": true, "united": true, "limited": true, "related": true, "interested": true,
	"concerned": true, "armed": true, "advanced": true, "detailed": true, "unprecedented": true,
	"alleged": true, "embattled": true, "beloved": true, "sacred": true, "naked": true, "wicked": true,
	"rugged": true, "aged": true, "supposed": true, "closed": true, "expected": true, "scheduled": true,
	"planned": true, "proposed": true, "projected": true, "so-called": true, "called": false, "reed": true,
	"ended": true, "dated": true, "fixed": true, "used": true,
}

// tenseAt reads the tense around the expression at [l, r) of a sentence:
// the tense marker nearest to it, looking up to eight words each way and
// preferring the left side on ties.
func tenseAt(s *sent, l, r int) tense {
	left := words(s.lower[:l])
	right := words(s.lower[r:])
	const reach = 8
	for d := 0; d < reach; d++ {
		if d < len(left) {
			if t := wordTense(left[len(left)-1-d]); t != tenseUnknown {
				return t
			}
		}
		if d < len(right) {
			if t := wordTense(right[d]); t != tenseUnknown {
				return t
			}
		}
	}
	return tenseUnknown
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
	var out []string
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
