"""Properties that must hold for any input: extraction never raises and spans always fit the text."""

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extraction import extract

DATEISH = st.sampled_from(
    ["Sunday", "in July", "2018 and 2019", "last summer", "two days later", "27–28 February", "Aug. 2",
     "the 1990s", "every week", " ", "\n", "Kim Jong Un", "Pyongyang", "10 a.m.", "may", "$20", "—", "’",
     "that October", ". ", "in '85", "the eve of"]
)
TEXT = st.lists(st.one_of(st.text(max_size=30), DATEISH), max_size=12).map("".join)
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@settings(max_examples=150, deadline=None)
@given(TEXT, DATES)
def test_extract_never_raises_and_every_span_matches_its_text(text, published):
    result = extract(text, published)
    for t in result.timexes:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
    for e in result.events:
        assert text[e.start:e.end] == e.sentence
        assert text[e.date_span[0]:e.date_span[1]] == e.date_text
        assert e.date_start <= e.date_end
        assert 0.0 <= e.confidence <= 1.0
        # no year read from a decade's or a century's number ("that October" after "the 1990s" was year 199)
        assert e.date_start.year >= 1000 or re.search(r"(?<!\d)0\d{3}(?!\d)", text)


OTHER = st.sampled_from(["le 12 juin 2018", "février 2019", "12. Juni 2018", "2018년 6월 12일", "3 de marzo", "y 3",
                         "mercredi dernier", " a parlé jeudi", "am Mittwoch hat", "viajará el lunes", "quarta-feira"])
OTHER_TEXT = st.lists(st.one_of(st.text(max_size=20), OTHER), max_size=8).map("".join)


@settings(max_examples=60, deadline=None)
@given(OTHER_TEXT, DATES, st.sampled_from(["fr", "de", "es", "it", "pt", "ko", "zz"]))
def test_other_languages_never_raise_and_their_spans_match_their_text(text, published, language):
    result = extract(text, published, language)
    for t in result.timexes:
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
    for e in result.events:
        assert text[e.start:e.end] == e.sentence and e.date_start <= e.date_end
