// Package timex finds temporal expressions in news text and normalizes
// them as TimeML TIMEX3 values anchored to the article's date (its DCT).
//
// A [Tagger] splits an article into sentences, skips those with no
// candidate token (a cheap pre-filter on month names, weekdays, digits and
// time words), runs the rule families whose cues a sentence carries, keeps
// the longest non-overlapping matches, and resolves them in text order:
// against the DCT, against the tense of the clause ("on Wednesday" is the
// last Wednesday in a story about what happened, "will meet on Wednesday"
// the next one; the mentions of one weekday in an article agree), and
// against the last date the text established ("the next day"). A wire
// story whose dateline lies up to a week off its DCT (an archive re-dated
// it) counts from the dateline. The rules are github.com/olebedev/when
// rules (regular expression and applier), one file per family of
// expressions; clock times are read by when's stock rules.
//
//	text ─► sentences ─► pre-filter (cues) ─► rules ─► longest matches ─► resolve (DCT, tense, narrative) ─► []Timex
//
// The README gives the figures measured on TempEval-3 and the commands
// that reproduce them.
package timex
