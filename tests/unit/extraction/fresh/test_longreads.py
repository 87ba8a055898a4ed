"""Two hand-written long reads (longreads.py, longreads/*.txt): one test per expected event and per span that
must give no event, and one per long read that the extra events do not grow."""

from .checks import article_tests
from .longreads import LONGREADS

# Expectations the extractor gets wrong today: {test id: what is wrong}.  Strict xfails, so a fix must remove
# its line.
KNOWN_FAILURES = {
    # a relative date counted from the wrong anchor
    "l1-the-next-morning": "'the next morning' after 'landed in Busan on Oct. 29' stays on Oct. 29 (want Oct. 30); no Trump ('He')",
    "l1-the-same-afternoon": "'flew home the same afternoon' (of the Oct. 30 meeting) is dated Oct. 29; no Trump",
    "l2-that-evening-according": "'That evening' after 'On Tuesday ... Around the same hour' is dated Wednesday (from 'Wednesday morning' in a subordinate clause)",
    "l2-over-dinner-that-evening": "'Over dinner that evening' in the Wednesday section takes 'by Sunday' of the paragraph before: 2025-11-02",
    "l2-released-on-thursday": "'had said would be released on Thursday ... did not appear' is next Thursday 2025-11-06, planned; want Oct. 30, negated",
    "l2-for-a-few-days-last-week": "'last week' in a Sunday (Nov. 2) story is Oct. 20-26, not the week now ending Oct. 27-Nov. 2",
    "l2-about-april-as-the-next-window": "'April as the next window for a meeting' is the past April 2025, asserted; want April 2026, hypothetical",
    # a happening with a relative or second date gives no event
    "l1-a-month-after-pyongyang-said": "'a month after Pyongyang said it would never return' (before the May 25, 2009 test) gives no April 2009 event",
    "l2-around-the-same-hour": "'Around the same hour' (Tuesday's launch) gives no event; the launch is dated by 'reported on Wednesday morning'",
    "l2-minutes-before-the-talks-began": "'Minutes before the talks began' (Thursday) gives no event for Trump's nuclear-testing post",
    "l2-panmunjom-on-thursday-afternoon": "the dropped Panmunjom stop 'on Thursday afternoon' gives no event; the sentence's only event is 'That evening'",
    # two times across a paragraph break read as one timex
    # actors: a pronoun, a description or a surname not resolved
    "l1-in-february-2013": "'The young leader' (Kim Jong Un, the sentence before) gives no actor; the third test has no MOBILIZE",
    "l1-in-busan-on-oct-29": "'He landed in Busan' (Trump) gives no Donald Trump, only North Korea from the next clause",
    "l1-address-in-january-2002": "'he' (Bush) is not resolved; James Kelly of the next clause is an actor; CONSULT, not ACCUSE",
    "l2-later-that-afternoon": "'received him' (Trump) gives no Donald Trump and no category for the Lee-Trump summit",
    "l2-on-thursday-morning": "'Trump's most consequential meeting' gives only Xi Jinping, not Donald Trump",
    "l2-takaichi-on-thursday-afternoon": "'Takaichi' alone (Japan's prime minister, named earlier) gives no Japan",
    "l2-for-the-first-time-on-friday-evening": "'Xi and Takaichi met' gives no Japan",
    # actors leaking from a neighbouring clause or sentence
    "l1-beijing-in-april": "'Trump is due in Beijing in April' gives no Donald Trump but the Workers' Party of the next sentence",
    # category
    "l1-on-june-30-2019-he-shook": "the Panmunjom handshake after an invitation is REQUEST, not CONSULT",
    "l1-on-oct-23-less": "Albright's visit to Pyongyang ('set foot in Pyongyang') has no category, CONSULT wanted",
    # modality
    "l1-in-august-seoul": "Kim Yo Jong's statement ('Seoul, she said, was not a partner') is negated; the negation is its content",
    "l2-survive-the-following-year": "'The promise did not survive the following year' is negated; the promise's collapse in 2006 happened",
}

# Spans that give an event today though they must not: {test id: what is wrong}.
KNOWN_SPURIOUS = {
    "l2-no-for-much-of-the-week": "'for much of the week the question ... was not about trade' gives a negated week event",
}

# How many events each long read may produce that no expectation accounts for (the count today): more is a
# regression; fewer is progress, and the number should then come down.
MAX_UNEXPECTED = {
    "l1_thirty_years": 1,  # the "28" of "Feb. 27 and 28", split off as 2026-02-28
    "l2_gyeongju_week": 0,
}


test_expected_event, test_no_event, test_unexpected_events_do_not_grow = article_tests(
    LONGREADS, KNOWN_FAILURES, KNOWN_SPURIOUS, MAX_UNEXPECTED)
