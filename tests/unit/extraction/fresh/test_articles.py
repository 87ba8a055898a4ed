"""Ten hand-written articles (articles.py, articles/*.txt): one test per expected event and per span that
must give no event, and one per article that the extra events do not grow."""

import pytest

from .articles import ARTICLES
from .checks import check_expected_event, check_no_event, params, slug, unexpected_events

# Expectations the extractor gets wrong today: {test id: what is wrong}.  Strict xfails, so a fix must remove
# its line.
KNOWN_FAILURES = {
    "a3-a-day-earlier": "Trump's invitation on Twitter is categorised CONSULT, not REQUEST",
    "a10-a-year-after-that": "the 2006 test's 'it' (the North, named in the sentence before) gives no actor North Korea",
}

# Spans that give an event today though they must not: {test id: what is wrong}.
KNOWN_SPURIOUS = {
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
}


def _short(art):
    return art["id"].split("_")[0]


EXPECTED = [(art, exp) for art in ARTICLES for exp in art["expected"]]
NO_EVENT = [(art, spec) for art in ARTICLES for spec in art["no_event"]]


@pytest.mark.parametrize("case", params(EXPECTED, lambda c: f"{_short(c[0])}-{slug(c[1]['at'])}", KNOWN_FAILURES))
def test_expected_event(case):
    assert check_expected_event(*case) == []


@pytest.mark.parametrize("case", params(NO_EVENT, lambda c: f"{_short(c[0])}-no-{slug(c[1]['at'])}", KNOWN_SPURIOUS))
def test_no_event(case):
    assert check_no_event(*case) == []


@pytest.mark.parametrize("art", ARTICLES, ids=lambda art: art["id"])
def test_unexpected_events_do_not_grow(art):
    extra = unexpected_events(art)
    assert len(extra) <= MAX_UNEXPECTED[art["id"]], [(e.date_text, str(e.date_start), e.title) for e in extra]
