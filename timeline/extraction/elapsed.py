"""Dates told as time elapsed since a happening: "Seven years have passed since Trump and Kim shook hands", "It has
been 100 days since the launch"; or as a length before the dated main clause: "KCNA said Saturday, a day after Seoul
reported the launch".

TimeML tags "seven years" as a duration, and so does the extractor; but the sentence also dates the happening after
"since": the published day less that length, at the length's own precision (years give a year, months a month,
days a day).  These dates feed events only, never the timex list.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .results import Timex
from .timexes import Resolved
from .values import add_months

# "... have passed since", before the happening's clause
_PASSED_SINCE = re.compile(r"\s+(?:have|has|had)\s+(?:now\s+)?(?:passed|elapsed|gone\s+by)\s+since(?=\s+\S)")
# "It has been ... since", "It's been ... since", around the length
_BEEN = re.compile(r"[Ii]t(?:\s+(?:has|had)\s+(?:now\s+)?been|['’]s\s+(?:now\s+)?been|\s+is\s+now)"
                   r"(?:\s+(?P<rough>nearly|almost|about|roughly|more\s+than|over|some))?\s+$")
_SINCE = re.compile(r"\s+since(?=\s+\S)")
# a word that may open the sentence before the length
_LEAD = re.compile(r"\b(?:Now|And|So|Yet)(?:,\s*|\s+)$")
# a plain count of whole units: "P7Y", "P100D", "P6M", "P3W"
_LENGTH = re.compile(r"P(?P<n>\d+)(?P<unit>[YMWD])")


def _since(published: dt.date, n: int, unit: str) -> str | None:
    """The TimeML value of ``n`` units before ``published``, at the unit's precision, or None out of range."""
    try:
        if unit == "Y":
            return f"{published.year - n:04d}" if published.year - n > 0 else None
        if unit == "M":
            return add_months(published, -n).strftime("%Y-%m")
        return (published - dt.timedelta(days=n * (7 if unit == "W" else 1))).isoformat()
    except (ValueError, OverflowError):
        return None


def elapsed_dates(text: str, published: dt.date, resolved: Sequence[Resolved]) -> list[Resolved]:
    """A DATE for each length of time that says how long ago a happening was, spanning the words that say so
    ("Seven years have passed since") so that they stay out of the happening's title."""
    out: list[Resolved] = []
    for r in resolved:
        t = r.timex
        if t.type != "DURATION" or (length := _LENGTH.fullmatch(t.value)) is None:
            continue
        start = t.start
        rough = ""
        if (after := _PASSED_SINCE.match(text, t.end)) is not None:
            end = after.end()
        elif (been := _BEEN.search(text, max(0, t.start - 40), t.start)) is not None and (
                after := _SINCE.match(text, t.end)) is not None:
            start, end, rough = been.start(), after.end(), been["rough"] or ""
        else:
            continue
        # ("Now, 75 years have passed since": the sentence still opens on it)
        opens = start - len(lead.group()) if (lead := _LEAD.search(text, max(0, start - 12), start)) else start
        if opens > 0 and not re.search(r"[.!?:;—–\n]\s*$", text[max(0, opens - 3):opens]):
            # only a sentence that opens on it: "the seven years that have passed since", "said that it has been
            # 20 years since" tell of a length inside another happening
            continue
        if (value := _since(published, int(length["n"]), length["unit"])) is None:
            continue
        # "about", "nearly": the length is rounded, and so is the date
        mod = "APPROX" if rough or t.mod == "APPROX" else ""
        out.append(Resolved(Timex(start, end, text[start:end], "DATE", value, mod), "published", 0))
    return out


# "a day after Seoul reported the launch": the length, then a clause with its own subject and past verb
_LENGTH_AFTER = re.compile(r"\s+(?P<dir>after|before)(?=\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?"
                           r"[A-Z]?[\w'’-]+\.?(?:\s+[\w'’.-]+){0,3}?\s+[a-z]+ed\b)")  # (a title: "Mr. Kim")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def days_from_the_main_clause(text: str, resolved: Sequence[Resolved]) -> list[Resolved]:
    """A DATE for "a day after X", "two days before X" set off after a clause dated to the day in the same sentence:
    X happened that long before (or after) it.  Spans the words "a day after", which stay out of X's title."""
    out: list[Resolved] = []
    days_before: Resolved | None = None
    for r in resolved:
        t = r.timex
        if t.type in ("DATE", "TIME") and _DAY_VALUE.match(t.value):
            days_before = r
            continue
        if t.type != "DURATION" or (length := _LENGTH.fullmatch(t.value)) is None or length["unit"] not in "DW":
            continue
        if days_before is None or (after := _LENGTH_AFTER.match(text, t.end)) is None:
            continue
        between = text[days_before.timex.end:t.start]
        if len(between) > 120 or re.search(r"[.!?]\s|\n", between) or not re.search(r",\s*$", between):
            continue  # (the same sentence, the length set off after the dated clause)
        if any(o.timex.start >= after.end() and o.timex.type in ("DATE", "TIME") and not re.search(
                r"[.!?]\s|\n", text[after.end():o.timex.start]) for o in resolved):
            continue  # "a day after Trump landed at Noi Bai late Tuesday": the clause tells its own date
        day = dt.date.fromisoformat(days_before.timex.value[:10])
        n = int(length["n"]) * (7 if length["unit"] == "W" else 1)
        when = day - dt.timedelta(days=n) if after["dir"] == "after" else day + dt.timedelta(days=n)
        out.append(Resolved(Timex(t.start, after.end(), text[t.start:after.end()], "DATE", when.isoformat(), ""),
                            "previous", 0))
    return out


# "Eleven minutes later", "Two hours later": a sentence opening on a length of the clock after the time told before
_CLOCK_LENGTH = re.compile(r"PT(?P<n>\d+)(?P<unit>[HM])")
_LATER = re.compile(r"\s+later\b")
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def clock_later(text: str, resolved: Sequence[Resolved]) -> list[Resolved]:
    """A TIME for a sentence that opens on "N minutes (hours) later" after a clock time told in the same or the
    sentence before: the happening it tells came that long after, on that day. TimeML keeps "Eleven minutes" a
    duration, and so does the timex list; this date feeds the event only. Nothing across midnight, where the day
    would be a guess."""
    out: list[Resolved] = []
    clock: Resolved | None = None
    for r in resolved:
        t = r.timex
        if t.type == "TIME" and _CLOCK_VALUE.match(t.value):
            clock = r
            continue
        if t.type != "DURATION" or clock is None or (length := _CLOCK_LENGTH.fullmatch(t.value)) is None:
            continue
        if (later := _LATER.match(text, t.end)) is None or t.start - clock.timex.end > 400:
            continue
        if t.start > 0 and not re.search(r"(?:[.!?][\"”’)]*\s+|\n\s*)$", text[max(0, t.start - 4):t.start]):
            continue  # (only a sentence that opens on it: "an hour later than planned" times nothing)
        if any(o.timex.start >= later.end() and o.timex.type in ("DATE", "TIME") and not re.search(
                r"[.!?]\s|\n", text[later.end():o.timex.start]) for o in resolved):
            continue  # "Less than an hour later, at 11:48 a.m., ...": the sentence tells its own time
        base = dt.datetime.fromisoformat(clock.timex.value[:16])
        when = base + dt.timedelta(**{"hours" if length["unit"] == "H" else "minutes": int(length["n"])})
        if when.date() != base.date():
            continue
        out.append(Resolved(Timex(t.start, later.end(), text[t.start:later.end()], "TIME",
                                  when.strftime("%Y-%m-%dT%H:%M"), t.mod), "previous", 0))
        clock = out[-1]  # ("Two hours later" after that counts on from it)
    return out
