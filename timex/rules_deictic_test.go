package timex_test

import "testing"

func TestDeictic(t *testing.T) {
	runCases(t, []tagCase{
		{"today", "In Washington today, the agency acted.", "1998-01-14", []string{"today=1998-01-14"}},
		{"yesterday", "Yesterday, Lavrov and Trump met.", "2017-05-11", []string{"Yesterday=2017-05-10"}},
		{"tomorrow possessive", "But tomorrow's vote has implications.", "1998-03-03", []string{"tomorrow=1998-03-04"}},
		{"today's youth is no day", "The case is for today's youth what the war was for others.", "2000-01-07", nil},
		{"today's editions is a day", "The offer, advertised in today's editions, expires.", "1989-11-02", []string{"today=1989-11-02"}},
		{"tonight", "The president speaks tonight.", "1998-03-03", []string{"tonight=1998-03-03TNI (TIME)"}},
		{"last night", "CBS reported last night that the tomb was opened.", "1998-01-20", []string{"last night=1998-01-19TNI"}},
		{"this morning", "Stocks fell this morning.", "1998-01-20", []string{"this morning=1998-01-20TMO"}},
		{"late yesterday", "Officials were unavailable late yesterday.", "1989-10-27", []string{"late yesterday=1989-10-26"}},
		{"now", "Iraq now controls 20 percent of the oil.", "1990-08-16", []string{"now=PRESENT_REF"}},
		{"currently", "The group currently holds 3 million shares.", "1989-10-30", []string{"currently=PRESENT_REF"}},
		{"recently", "Magna recently cut its dividend.", "1989-11-02", []string{"recently=PAST_REF"}},
		{"the past", "In the past, Russia has claimed the region.", "1998-02-27", []string{"the past=PAST_REF"}},
		{"the future", "It is too early to tell what the future holds.", "2017-05-11", []string{"the future=FUTURE_REF"}},
		{"name not a time", "This is VOA Today.", "1998-03-31", nil},
		{"now-defunct", "The now-defunct company closed.", "1998-03-31", nil},
		{"Now, as a discourse marker", "Now, he says, it looks like the West just wanted war.", "1991-02-25", nil},
		{"Now, quoted, as a discourse marker", "\"Now, we see that edge eroded,\" he said.", "1991-02-25", nil},
		{"Now opening a sentence is the time", "Now the alliance is ill-defined.", "1999-03-12", []string{"Now=PRESENT_REF"}},
		{"now, inside a sentence", "The firm is, now, in the candybar business.", "1989-10-30", []string{"now=PRESENT_REF"}},
	})
}
