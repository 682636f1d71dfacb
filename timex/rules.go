package timex

// allRules returns every rule family, in the order that breaks ties
// between equally long matches of equal priority.
func allRules() []*rule {
	var rs []*rule
	for _, family := range [][]*rule{
		dateRules(),
		yearRules(),
		weekdayRules(),
		deicticRules(),
		relativeRules(),
		periodRules(),
		timeRules(),
		durationRules(),
		setRules(),
		holidayRules(),
	} {
		rs = append(rs, family...)
	}
	return rs
}
