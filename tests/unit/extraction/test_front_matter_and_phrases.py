import datetime as dt

import pytest

from timeline.extraction import FrontMatterError, parse_date_phrase, parse_front_matter

REF = dt.date(2025, 9, 22)


def test_it_splits_front_matter_from_the_body_and_gives_the_body_offset():
    raw = "---\ntitle: Talks\npublished: 2025-09-22\n---\nBody text.\n"
    meta, body, offset = parse_front_matter(raw)
    assert meta == {"title": "Talks", "published": dt.date(2025, 9, 22)}
    assert body == "Body text.\n" and raw[offset:] == body


def test_text_without_front_matter_is_all_body():
    assert parse_front_matter("Just text.") == ({}, "Just text.", 0)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("---\ntitle: [unclosed\n---\nBody", "not valid YAML"),
        ("---\ntitle: SEOUL: Talks resume\n---\nBody", r"line 2, column 13: .*must be in quotes"),
        ("---\n- a list\n---\nBody", "must be a mapping"),
        ("---\ntitle: x\nBody without a closing line", "no closing"),
    ],
)
def test_malformed_front_matter_raises_a_clear_error(raw, message):
    with pytest.raises(FrontMatterError, match=message):
        parse_front_matter(raw)


@pytest.mark.parametrize(
    ("phrase", "start", "end", "precision", "mod"),
    [
        ("late June 2018", "2018-06-01", "2018-06-30", "month", "END"),
        ("2019-02-27 to 2019-02-28", "2019-02-27", "2019-02-28", "day", ""),
        ("2018", "2018-01-01", "2018-12-31", "year", ""),
        ("June 2018", "2018-06-01", "2018-06-30", "month", ""),
        ("27–28 February 2019", "2019-02-27", "2019-02-28", "day", ""),
        ("the 1990s", "1990-01-01", "1999-12-31", "decade", ""),
        ("summer 2024", "2024-06-01", "2024-08-31", "season", ""),
        ("Q3 2024", "2024-07-01", "2024-09-30", "quarter", ""),
        # a bound typed before the date keeps its qualifier
        ("by 5 August 2026", "2026-08-05", "2026-08-05", "day", "ON_OR_BEFORE"),
        ("no later than June 2019", "2019-06-01", "2019-06-30", "month", "ON_OR_BEFORE"),
        ("before 2019", "2019-01-01", "2019-12-31", "year", "BEFORE"),
        ("after June 2019", "2019-06-01", "2019-06-30", "month", "AFTER"),
    ],
)
def test_it_reads_date_phrases_from_the_editors_form(phrase, start, end, precision, mod):
    r = parse_date_phrase(phrase, REF)
    assert (r.date_start.isoformat(), r.date_end.isoformat(), r.precision, r.mod) == (start, end, precision, mod)


@pytest.mark.parametrize("phrase", ["", "hello there", "may", "$20", "50%", "Resolution 2397", "by", "before early 2019"])
def test_it_says_none_for_what_is_not_a_date(phrase):
    assert parse_date_phrase(phrase, REF) is None


def test_it_reads_other_languages_through_dateparser():
    r = parse_date_phrase("21 septembre 2025", REF, language="fr")
    assert (r.date_start, r.precision) == (dt.date(2025, 9, 21), "day")
