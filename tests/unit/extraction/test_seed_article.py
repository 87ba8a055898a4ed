"""The acceptance case: the seed article about Kim Jong Un's speech, published 22 September 2025."""

import datetime as dt
from pathlib import Path

import pytest

from timeline.extraction import extract

SEED = Path(__file__).resolve().parents[3].parent / "shared" / "seeds" / "000_f6a6d55192aa3da0.txt"
PUBLISHED = dt.date(2025, 9, 22)


@pytest.fixture(scope="module")
def extraction():
    if not SEED.exists():
        pytest.skip(f"the shared seed article is not at {SEED}")
    return extract(SEED.read_text(encoding="utf-8"), PUBLISHED)


def _events(extraction, start, end, precision):
    return [e for e in extraction.events
            if (e.date_start, e.date_end, e.precision) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end), precision)]


def test_it_dates_the_announcement_and_speech_to_the_sunday_before_publication(extraction):
    [event] = _events(extraction, "2025-09-21", "2025-09-21", "day")
    assert event.date_text == "Sunday"
    assert event.anchor == "published"
    assert "announced" in event.sentence and "Supreme People" in event.sentence  # the speech sentence joins it
    assert {"Kim Jong Un", "North Korea", "United States"} <= set(event.actors)


def test_it_makes_one_event_for_each_year_of_the_meetings_with_trump(extraction):
    years = [e for e in extraction.events if "meetings with" in e.sentence and e.precision == "year"]
    assert [(e.date_start, e.date_end) for e in years] == [
        (dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
        (dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
    ]
    for e in years:
        assert {"Kim Jong Un", "Donald Trump"} <= set(e.actors)
        assert e.category == "CONSULT"


def test_it_reads_earlier_this_year_as_the_start_of_2025(extraction):
    [event] = [e for e in extraction.events if e.date_text == "Earlier this year"]
    assert (event.date_start, event.date_end, event.precision, event.mod) == (
        dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year", "START")
    assert "consulting experts" in event.sentence


def test_it_dates_the_defence_treaty_with_moscow_to_2024(extraction):
    [event] = _events(extraction, "2024-01-01", "2024-12-31", "year")
    assert "treaty" in event.sentence
    assert {"North Korea", "Russia"} <= set(event.actors)
    assert event.category == "AGREE"


def test_it_dates_the_missile_tests_to_2025(extraction):
    [event] = [e for e in _events(extraction, "2025-01-01", "2025-12-31", "year") if "missile tests" in e.sentence]
    assert event.category == "MOBILIZE"
    assert "Japan" in event.actors


def test_it_dates_lee_assuming_office_to_july_2025(extraction):
    [event] = _events(extraction, "2025-07-01", "2025-07-31", "month")
    assert "assuming office" in event.sentence
    assert "Lee Jae-myung" in event.actors


def test_it_invents_no_precise_dates(extraction):
    day_events = [e for e in extraction.events if e.precision == "day"]
    assert [e.date_start for e in day_events] == [dt.date(2025, 9, 21)]
    assert all(e.date_start.year >= 2018 for e in extraction.events)


def test_it_finds_every_actor_the_article_names(extraction):
    found = {a for e in extraction.events for a in e.actors}
    assert {"Kim Jong Un", "Donald Trump", "Lee Jae-myung", "North Korea", "United States", "South Korea",
            "Russia", "Japan"} <= found


def test_every_span_matches_its_text(extraction):
    text = SEED.read_text(encoding="utf-8")
    for t in extraction.timexes:
        assert text[t.start:t.end] == t.text
    for e in extraction.events:
        assert text[e.start:e.end] == e.sentence
        assert text[e.date_span[0]:e.date_span[1]] == e.date_text
