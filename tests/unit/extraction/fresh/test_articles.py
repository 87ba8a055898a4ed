"""Fifteen hand-written articles (articles.py, articles/*.txt): one test per expected event and per span that
must give no event, and one per article that the extra events do not grow."""

from .articles import ARTICLES
from .checks import article_tests

# Expectations the extractor gets wrong today: {test id: what is wrong}.  Strict xfails, so a fix must remove
# its line.
KNOWN_FAILURES = {
    "a3-a-day-earlier": "Trump's invitation on Twitter is categorised CONSULT, not REQUEST",
    "a11-in-singapore-on-12-june-2018": "'Their first summit' (Trump and Kim, named before) gives only Kim Jong Un, not Donald Trump",
    "a13-in-october-2024-11-member-states": "a team set up 'outside the United Nations system' gets the actor United Nations",
    "a13-missile-on-6-january": "'the country' (the DPRK) gives no North Korea; only Japan, whose delegate speaks",
    "a13-nuclear-test-on-9-october-2006": "'the country' (the DPRK) gives no North Korea",
    "a13-unanimously-on-22-december-2017": "the adoption of sanctions resolution 2397 has no category, SANCTION wanted",
    "a14-died-on-saturday": "an American diplomat's death gets actors United States/North Korea (and AGREE) from the clause on his career",
    "a15-white-house-on-aug-25": "'they first met' (Trump and Lee) gives no Donald Trump",
    "a15-hosted-him-on-tuesday": "'hosted him' (Trump) gives no Donald Trump, only Japan",
}

# Spans that give an event today though they must not: {test id: what is wrong}.
KNOWN_SPURIOUS = {
    "a12-no-2018-military-pact": "the headline's '2018 military pact' gives an event in 2018 titled with today's vow",
    "a14-no-by-the-early-1990s": "'By the early 1990s ... he was one of a handful' gives a 1990s event (the whole decade)",
    "a15-no-10-05-p-m-kst": "the stamp of the Q&A entry 'Will Trump and Kim meet?' gives a planned Trump-Kim meeting on Wednesday",
}

# How many events each article may produce that no expectation accounts for (the count today): more is a
# regression; fewer is progress, and the number should then come down.
MAX_UNEXPECTED = {
    "a1_missile": 0,
    "a2_preview": 0,
    "a3_retro": 0,
    "a4_russia": 0,
    "a5_sanctions": 0,
    "a6_lee_japan": 0,
    "a7_explainer": 0,
    "a8_briefing": 0,
    "a9_kcna": 0,
    "a10_history": 0,
    "a11_analysis": 0,
    "a12_korean_daily": 0,
    "a13_unsc": 0,
    "a14_obituary": 1,
    "a15_live": 1,
}


test_expected_event, test_no_event, test_unexpected_events_do_not_grow = article_tests(
    ARTICLES, KNOWN_FAILURES, KNOWN_SPURIOUS, MAX_UNEXPECTED)
