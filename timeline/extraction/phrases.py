"""Reading one date phrase typed by an editor ("late June 2018", "27–28 February 2019")."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .timexes import tag
from .results import DateReading
from .values import value_range

_CONNECTORS = re.compile(
    r"^(?:\s|[,.;:()\-–—/]|\b(?:from|to|until|till|through|thru|and|between|in|on|of|the|circa|c\.|ca\.|around|about)\b)*$",
    re.IGNORECASE,
)
_ORDER = ["day", "week", "month", "season", "quarter", "half", "year", "decade"]
# A bound typed before a date: "by", "no later than", "on or before", "before", "after"
_BOUND = re.compile(r"(?P<word>by|no\s+later\s+than|on\s+or\s+before|before|after)\s+(?=\S)", re.IGNORECASE)


def parse_date_phrase(text: str, reference: dt.date, language: str = "en") -> DateReading | None:
    """Earliest and latest day, precision, mod and TimeML value of a date phrase; None if it is none.

    English goes through the extractor's own grammar so a phrase means the same on the form as in a
    document; other languages (and English the grammar does not cover) go to dateparser, which is
    good at normalising a phrase already known to be a date.
    """
    phrase = (text or "").strip()
    if not phrase or len(phrase) > 200:
        return None
    if language == "en" and (bound := _BOUND.match(phrase)) is not None:
        # "by 5 August 2026", "before 2019", "after June 2019": the date it bounds, with that qualifier
        reading = parse_date_phrase(phrase[bound.end():], reference, language)
        if reading is None or reading.mod:
            return None  # ("before early 2019": one qualifier a date can carry)
        word = bound["word"].lower()
        mod = "BEFORE" if word == "before" else "AFTER" if word == "after" else "ON_OR_BEFORE"
        return DateReading(reading.date_start, reading.date_end, reading.precision, mod, reading.value)
    if language == "en":
        reading = _from_grammar(phrase, reference)
        if reading is not None:
            return reading
        if not re.search(r"\d", phrase):
            return None  # English words the grammar does not read ("may", "march") are not dates
    return _from_dateparser(phrase, reference, language)


def _from_grammar(phrase: str, reference: dt.date) -> DateReading | None:
    found = [r.timex for r in tag(phrase, reference) if r.timex.type in ("DATE", "TIME")]
    ranges = [(t, value_range(t.value)) for t in found]
    ranges = [(t, r) for t, r in ranges if r is not None]
    if not ranges:
        return None
    rest = phrase
    for t, _r in sorted(ranges, key=lambda x: -x[0].start):
        rest = rest[: t.start] + " " + rest[t.end:]
    if not _CONNECTORS.match(rest):
        return None
    first, last = ranges[0], ranges[-1]
    start, end = min(r[0] for _t, r in ranges), max(r[1] for _t, r in ranges)
    precision = max((r[2] for _t, r in ranges), key=_ORDER.index)
    value = first[0].value if len(ranges) == 1 else f"{first[0].value}/{last[0].value}"
    return DateReading(start, end, precision, first[0].mod, value)


def _from_dateparser(phrase: str, reference: dt.date, language: str) -> DateReading | None:
    if re.fullmatch(r"[\d\s.,%$€£¥+-]*", phrase) and not re.fullmatch(r"\s*\d{4}\s*", phrase):
        return None  # bare numbers, money and percentages are not dates
    base = dt.datetime(reference.year, reference.month, reference.day)
    try:
        parser = _parser_class()(languages=[language], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
        data = parser.get_date_data(phrase)
    except Exception:  # dateparser raises a zoo of errors on odd input; a phrase it cannot read is no date
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return DateReading(dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), "year", "", f"{d.year:04d}")
    if period == "month":
        r = value_range(f"{d.year:04d}-{d.month:02d}")
        return DateReading(r[0], r[1], "month", "", f"{d.year:04d}-{d.month:02d}")
    return DateReading(d, d, "day", "", d.isoformat())


@lru_cache(maxsize=1)
def _parser_class():
    from dateparser.date import DateDataParser  # imported late: loading dateparser's data is slow

    return DateDataParser
