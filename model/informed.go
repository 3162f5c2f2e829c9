package model

import "slices"

// informedTopics pairs what the consent to case management records the
// client was informed of with the first meeting's topics that say the
// same: it is one set, ticked once.
func informedTopics(k *CaseManagementConsent) []struct {
	topic Topic
	p     *bool
} {
	return []struct {
		topic Topic
		p     *bool
	}{{TopicCMInformed, &k.InformedCM}, {TopicDataProtection, &k.InformedDataProtect}, {TopicRightsObligation, &k.InformedRights}}
}

// WithInformed is k with what the first meeting's topics already say the
// client was informed of.
func (m FirstMeeting) WithInformed(k CaseManagementConsent) CaseManagementConsent {
	for _, it := range informedTopics(&k) {
		if slices.Contains(m.Topics, it.topic) {
			*it.p = true
		}
	}
	return k
}

// NoteInformed ticks the first meeting's topics for what the consent k
// records the client was informed of, in the order of Topics.
func (m *FirstMeeting) NoteInformed(k CaseManagementConsent) {
	for _, it := range informedTopics(&k) {
		if *it.p && !slices.Contains(m.Topics, it.topic) {
			m.Topics = append(m.Topics, it.topic)
		}
	}
	var ordered []Topic
	for _, t := range Topics {
		if slices.Contains(m.Topics, t) {
			ordered = append(ordered, t)
		}
	}
	m.Topics = ordered
}
