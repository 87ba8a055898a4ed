"""Absolute dates: ISO and numeric dates, month and day, month and year, bare months, years, decades,
centuries, holidays and spoken years."""

from __future__ import annotations

import datetime as dt
import re

from .. import resolve as R
from ..chronology import entry_at
from ..lexicon import (CITATION_RE, MILITARY_CLOCK_AFTER, DAY_ORDINALS, FIGURES_AFTER, FIGURES_FOR, MONTH_RE, MONTHS, ONES, SEASONS,
                       SHIFT, TENS, WEEKDAY_RE, WEEKDAYS, parse_count)
from .base import (
    DASH, DAY, ERA, I, MOD_PREFIX, QUANTITY_NOUNS, YEAR, Found, const, day_num, entry_reading, in_one_cell, month_num,
    rule, year_num, may_is_month, mod_of, month_resolver, valid, word_after, word_before, writes_day_first, ymd,
)

# ----------------------------------------------------------------------------- absolute dates

_VERSION_WORDS = ("version", "v", "release", "build", "rev", "ver", "no")


# Not inside a token: "https://example.org/2018-06-12-summit", "report-2017-09-03.pdf" and "build 2019-02-28-r3"
# carry dates that tell nothing of when something happened.
@rule(r"(?<![\w/@.=-])(?P<y>\d{4})(?P<sep>[-./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?:T(?P<hh>\d\d):(?P<mm>\d\d))?"
      r"(?![\w@/=-]|\.\w)", 0)
def iso_date(m, text):
    """"2018-06-12" (ISO), and "2018/06/12", "2016.01.06" or "2019.2.27" as East Asian and European texts write it."""
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not valid(y, mo, d):
        return None
    if m["sep"] == "-" and (len(m["m"]) < 2 or len(m["d"]) < 2) or (
            word_before(text, m.start()).lower().rstrip(".") in _VERSION_WORDS):
        return None  # ISO pads its figures; "version 2019.2.27" is a number
    v = ymd(y, mo, d) + (f"T{m['hh']}:{m['mm']}" if m["hh"] else "")
    return Found(m.start(), m.end(), "TIME" if m["hh"] else "DATE", const(v), priority=5)


@rule(r"(?<![\w/@.=$€£¥,-])(?P<y>(?:19|20)\d\d)\.(?P<m>0[1-9]|1[0-2])(?![\w@/=%-]|\.\d)", 0)
def dotted_month(m, text):
    """"since 2024.03": a month as Korean and Japanese texts write it (two figures, so "2024.3" stays a number)."""
    if (after := word_after(text, m.end()).lower()) in QUANTITY_NOUNS or after in ("million", "billion", "trillion"):
        return None  # "2024.03 million": a number
    return Found(m.start(), m.end(), "DATE", const(f"{m['y']}-{m['m']}"), priority=4)


# "2026-03-09 – 2026-03-19" in a table cell or a schedule: one span between two ISO days.
@rule(r"(?<![\w/@.=-])(?P<a>\d{4}-\d\d-\d\d)[ \t]*(?:–|—|-|to|through|until)[ \t]*(?P<b>\d{4}-\d\d-\d\d)(?![\w@/=-]|"
      r"\.\w)", 0)
def iso_range(m, text):
    try:
        a, b = dt.date.fromisoformat(m["a"]), dt.date.fromisoformat(m["b"])
    except ValueError:
        return None
    if not a < b:
        return None
    return [Found(m.start("a"), m.end("a"), "DATE", const(a.isoformat()), group=1, priority=5),
            Found(m.start("b"), m.end("b"), "DATE", const(b.isoformat()), group=1, priority=5)]


# (the numeric dates start at their first number and are at most ten characters long)
@rule(r"\b(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d\d)\b", 0, reach=(0, 12))
def us_numeric_date(m, text):
    y, mo, d = year_num(m["y"]), int(m["m"]), int(m["d"])
    if not valid(y, mo, d):
        return None
    if d <= 12 and writes_day_first(text):
        return None  # read the day first by the rule after
    return Found(m.start(), m.end(), "DATE", const(ymd(y, mo, d)))


@rule(r"(?<![\d.,/])(?P<d>3[01]|[12]\d|0?[1-9])(?P<sep>[./-])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<y>(?:19|"
      r"20)\d\d)(?![\d.,/-]\d)", 0, reach=(0, 12))
def day_first_numeric_date(m, text):
    """"19.09.2025", "19-09-2025", and "19/09/2025" when the day cannot be a month: the European order."""
    d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
    if m["sep"] == "/" and d <= 12 and not writes_day_first(text):
        return None  # "9/10/2025" is read the American way by the rule before, unless the text writes "9 October"
    if word_before(text, m.start()).lower().rstrip(".") in _VERSION_WORDS:
        return None  # "version 1.2.2025" is a number
    if not valid(y, mo, d):
        return None
    return Found(m.start(), m.end(), "DATE", const(ymd(y, mo, d)))


@rule(r"\bon\s+(?:(?P<d>3[01]|2\d|1[3-9])/(?P<m>1[0-2]|0?[1-9])|(?P<m2>1[0-2]|0?[1-9])/(?P<d2>3[01]|2\d|1[3-9]))"
      r"(?![/\d]|\.\d)", 0, reach=(3, 8))
def numeric_day_and_month(m, text):
    """"met Xi in Busan on 30/10", "on 10/30": a day and month without a year, in whichever order the numbers
    allow (a day past 12 is no month); after "on" only, as a ratio or a score ("30/10") is no date."""
    d, mo = (int(m["d"]), int(m["m"])) if m["d"] else (int(m["d2"]), int(m["m2"]))
    start = m.start("d") if m["d"] else m.start("m2")
    return Found(start, m.end(), "DATE", month_resolver(mo, d, start, m.end()))


_ABOUT_BEFORE = re.compile(r"\b(?:around|about|approximately|circa|roughly)\s+$", re.IGNORECASE)


@rule(
    rf"\b(?:(?P<wd>{WEEKDAY_RE})(?:,\s*|\s+))?(?:(?P<mod>{MOD_PREFIX}))?(?P<mon>{MONTH_RE})\s+(?P<d1>{DAY})"
    rf"(?:(?P<dash>{DASH}|\s+and\s+)(?:(?P<mon2>{MONTH_RE})\s+)?(?P<d2>{DAY})"
    rf"(?!\s*(?:%|percent)|\s+(?:years?|months?|weeks?|days?|hours?)\b))?"  # ("sentenced on June 8 to 12 years")
    rf"(?:(?:\s*,\s*|\s+)(?P<era>{ERA}\s+\d{{1,3}}\s+\()?(?P<y>{YEAR}|'\d\d)(?!\d|{MILITARY_CLOCK_AFTER})(?(era)\))"
    rf"|\s+(?:of\s+)?(?P<rel>next|this|last)\s+year\b)?(?!\d|:\d|%)",  # ("Oct. 31 of last year")
    0,
)
@in_one_cell
def month_day(m, text):
    """"Aug. 2", "August 2, 2025", "Saturday, April 18", "February 27-28, 2019"."""
    mon = m["mon"]
    if mon.lower().rstrip(".") in ("may", "march") and mon[0].islower():
        return None
    if mon[0].islower():
        return None
    mo, d1 = month_num(mon), day_num(m["d1"])
    y = year_num(m["y"]) if m["y"] else None
    mod = mod_of(m["mod"])
    if not mod and not m["d2"] and _ABOUT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        mod = "APPROX"  # "a Red Cross meeting around August 15": no closer than about that day
    start = m.start("mod") if m["mod"] else m.start("mon")
    if m["wd"]:
        start = m.start()
    if m["d2"]:
        mo2 = month_num(m["mon2"]) if m["mon2"] else mo
        d2 = day_num(m["d2"])
        first_end = m.end("d1")
        second_start = m.start("mon2") if m["mon2"] else m.start("d2")
        grp = 0 if m["dash"].strip().lower() == "and" else 1  # "April 24 and 25": two days, not a range
        wraps = (mo2, d2) < (mo, d1)  # "from Dec. 24 to Jan. 2": the range runs into the next year
        if y:
            y1 = y - 1 if wraps else y
            if not (valid(y1, mo, d1) and valid(y, mo2, d2)):
                return None
            return [
                Found(start, first_end, "DATE", const(ymd(y1, mo, d1)), mod, group=grp),
                Found(second_start, m.end(), "DATE", const(ymd(y, mo2, d2)), mod, group=grp),
            ]
        if m["rel"]:  # "Feb. 3 and 4 last year"
            n = SHIFT[m["rel"].lower()]

            def first(doc):
                y1 = doc.dct.year + n - (1 if wraps else 0)
                return (ymd(y1, mo, d1) if valid(y1, mo, d1) else ""), R.PUBLISHED
        else:
            first = month_resolver(mo, d1, start, first_end)

        def second(doc):  # the end of a range lies in the year of its start, or the next
            value, anchor = first(doc)
            if not value:
                return "", anchor
            y2 = int(value[:4]) + (1 if wraps else 0)
            return (ymd(y2, mo2, d2) if valid(y2, mo2, d2) else ""), anchor

        return [
            Found(start, first_end, "DATE", first, mod, group=grp),
            Found(second_start, m.end() if m["rel"] else m.end("d2"), "DATE", second, mod, group=grp),
        ]
    end = m.end()
    if y:
        if not valid(y, mo, d1):
            return None
        return Found(start, end, "DATE", const(ymd(y, mo, d1)), mod, priority=2)
    if m["rel"]:
        n = SHIFT[m["rel"].lower()]  # "on July 27 last year"
        return Found(start, end, "DATE",
                     lambda doc: (ymd(doc.dct.year + n, mo, d1) if valid(doc.dct.year + n, mo, d1) else "", R.PUBLISHED),
                     mod, priority=2)
    if m["wd"]:
        return Found(start, end, "DATE", _weekday_agreeing(m["wd"], mo, d1, start, end), mod, priority=2)
    if (named := _NAMED_AFTER_THE_DAY_OF.match(text, end)) is not None and valid(int(named["y"]), mo, d1):
        # "the July 4 Joint Communique of 1972", "the June 15 Joint Declaration of 2000": the day of that year
        return Found(start, end, "DATE", const(ymd(int(named["y"]), mo, d1)), mod, priority=1)
    return Found(start, end, "DATE", month_resolver(mo, d1, start, end), mod, priority=1)


# A name a day opens, and the year it closes on: "July 4 Joint Communique of 1972"
_NAMED_AFTER_THE_DAY_OF = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){1,4}of\s+(?P<y>(?:19|20)\d\d)\b")


def _weekday_agreeing(weekday: str, mo: int, d: int, start: int, end: int):
    """A weekday written beside a day and month without a year ("Friday, March 1", "Monday 11 May") picks the year
    in which the two agree: the year the story gives if they agree there, else the published year or the one
    after or before it."""
    wd, told = WEEKDAYS[weekday.lower()], month_resolver(mo, d, start, end)

    def res(doc):
        value, anchor = told(doc)
        if value and dt.date.fromisoformat(value).isoweekday() == wd:
            return value, anchor
        for y_ in (doc.dct.year, doc.dct.year + 1, doc.dct.year - 1):
            if valid(y_, mo, d) and dt.date(y_, mo, d).isoweekday() == wd:
                return ymd(y_, mo, d), R.PUBLISHED
        return value, anchor

    return res


@rule(
    rf"\b(?:(?P<wd>{WEEKDAY_RE})(?:,\s*|\s+))?(?:the\s+)?(?P<d1>{DAY})(?:(?P<dash>\s*(?:-|–|—|to|"
    rf"and)\s*)(?:the\s+)?(?P<d2>{DAY}))?"
    rf"\s+(?:of\s+)?(?P<mon>{MONTH_RE})(?:,?\s+(?P<y>{YEAR})(?!\d)|\s+(?P<rel>next|this|last)\s+year\b)?",
    0,
)
@in_one_cell
def day_month(m, text):
    """"27 February 2019", "27–28 February", "the 5th of May"."""
    mon = m["mon"]
    if mon[0].islower():
        return None
    if "\n" in text[m.end("d2") if m["d2"] else m.end("d1"):m.start("mon")] and not _hard_wrap(m, text):
        return None  # "... the Hwasong-14\nSept. 3 — ...": a line's last number and the next line's month
    if text[m.start("d1") - 1:m.start("d1")] in ("$", ".", ",") and m.start("d1") > 0 and text[m.start("d1") - 2:m.start("d1") - 1].isdigit():
        return None
    mo = month_num(mon)
    d1 = day_num(m["d1"])
    y = int(m["y"]) if m["y"] else None
    start = m.start() if m["wd"] else m.start("d1")
    if m["rel"] and not m["d2"]:
        n = SHIFT[m["rel"].lower()]  # "on 3 November next year"
        return Found(start, m.end(), "DATE",
                     lambda doc: (ymd(doc.dct.year + n, mo, d1) if valid(doc.dct.year + n, mo, d1) else "", R.PUBLISHED),
                     priority=2)
    if m["d2"]:
        d2 = day_num(m["d2"])
        if d2 <= d1:
            return None
        first_end = m.end("d1")
        s2 = m.start("d2")
        # "27 and 28 February" runs over both days; "on 4 and 9 May" are two days apart, two happenings
        group = 0 if re.fullmatch(r"\s*and\s*", m["dash"]) and d2 > d1 + 1 else 1
        if y:
            if not (valid(y, mo, d1) and valid(y, mo, d2)):
                return None
            return [Found(start, first_end, "DATE", const(ymd(y, mo, d1)), group=group),
                    Found(s2, m.end(), "DATE", const(ymd(y, mo, d2)), group=group)]
        return [Found(start, first_end, "DATE", month_resolver(mo, d1, start, m.end()), group=group),
                Found(s2, m.end(), "DATE", month_resolver(mo, d2, start, m.end()), group=group)]
    if y:
        if not valid(y, mo, d1):
            return None
        return Found(start, m.end(), "DATE", const(ymd(y, mo, d1)), priority=2)
    if m["wd"]:
        return Found(start, m.end(), "DATE", _weekday_agreeing(m["wd"], mo, d1, start, m.end()), priority=2)
    return Found(start, m.end(), "DATE", month_resolver(mo, d1, start, m.end()), priority=1)


def _hard_wrap(m: re.Match, text: str) -> bool:
    """Whether a line break between the day and the month of a day-month-year date only wraps prose: "was held
    on 12\nMarch 2025 at Panmunjom".  One break (no blank line), a prose word before the day on its line, and
    the next line no chronology entry or list item ("12\nMarch 2025: talks resume", "- March 2025 ...")."""
    if not m["y"] or m["d2"] or m["wd"]:
        return False
    gap = text[m.end("d1"):m.start("mon")]
    if not re.fullmatch(r"[ \t]*\n[ \t]*", gap) or entry_at(text, m.start("mon")):
        return False
    if re.match(r"[ \t]*(?:[:|\t]|[-–—]\s)", text[m.end():]):
        return False  # the next line opens on a date set off like an entry's
    return bool(re.search(r"(?:^|[ \t])[a-z][a-z'’]*[ \t]+(?:the[ \t]+)?$", text[max(0, m.start("d1") - 40):m.start("d1")]))


# A span between two days of different months, the year written once at its end: "1 February to 31 July 2025",
# "1 January–30 June 2025", "between 1 January and 30 November 2022" (reports and tables).  The first day takes the year, or the one before when the span
# runs over New Year ("15 December to 10 January 2026").
@rule(rf"\b(?P<d1>{DAY})\s+(?P<m1>{MONTH_RE})[ \t]*(?P<join>-|–|—|to|until|"
      rf"through|and)[ \t]*(?P<d2>{DAY})\s+(?P<m2>{MONTH_RE}),?\s+"
      rf"(?P<y>{YEAR})(?!\d)", 0)
@in_one_cell
def day_month_span(m, text):
    # ("between 1 January and 30 November 2022" is a span; "on 4 March and 9 May 2022" two days of that year)
    span = m["join"] != "and" or re.search(r"\b[Bb]etween\s+$", text[max(0, m.start() - 10):m.start()]) is not None
    mo1, mo2, y = month_num(m["m1"]), month_num(m["m2"]), int(m["y"])
    d1, d2 = day_num(m["d1"]), day_num(m["d2"])
    y1 = y if mo1 <= mo2 else y - 1
    if mo1 == mo2 or not (valid(y1, mo1, d1) and valid(y, mo2, d2)):
        return None
    return [Found(m.start(), m.end("m1"), "DATE", const(ymd(y1, mo1, d1)), group=int(span), priority=2),
            Found(m.start("d2"), m.end(), "DATE", const(ymd(y, mo2, d2)), group=int(span), priority=2)]


# "the April-September period", "January–March 2025": a run of months, one span.  Only a dash joins them, so
# "moved from April to September" (two dates, the second replacing the first) is left to the single months.
@rule(rf"\b(?P<m1>{MONTH_RE})[ \t]*(?:-|–|—)[ \t]*(?P<m2>{MONTH_RE})(?:,?\s+(?P<y>{YEAR})(?!\d))?", 0)
@in_one_cell
def month_span(m, text):
    if not (m["m1"][0].isupper() and m["m2"][0].isupper()):
        return None
    mo1, mo2 = month_num(m["m1"]), month_num(m["m2"])
    if mo1 == mo2:
        return None
    start, end = m.start(), m.end()
    # "the January-October period of 2021": the year the period's noun goes on to name
    told = m["y"] or ((after := _PERIOD_OF_A_YEAR.match(text, end)) is not None and after["y"])

    def years(doc) -> tuple[int, int]:
        if told:
            y2 = int(told)
        else:
            y2 = R.month_year(doc, mo2, None, doc.tense(start, end))
        return (y2 if mo1 < mo2 else y2 - 1), y2

    return [Found(start, m.end("m1"), "DATE", lambda doc: (ymd(years(doc)[0], mo1, None), R.EXPLICIT if told else R.PUBLISHED),
                  group=1),
            Found(m.start("m2"), end, "DATE", lambda doc: (ymd(years(doc)[1], mo2, None), R.EXPLICIT if told else R.PUBLISHED),
                  group=1)]


_PERIOD_OF_A_YEAR = re.compile(rf"\s+(?:period|months|stretch|span)\s+(?:of|in)\s+(?P<y>{YEAR})(?!\d)", re.IGNORECASE)


@rule(rf"\b(?P<mod>{MOD_PREFIX})?(?P<mon>{MONTH_RE})(?:,?\s+|\s+of\s+)(?P<era>{ERA}\s+\d{{1,3}}\s+\()?(?P<y>{YEAR}|"
      rf"'\d\d)(?!\d)(?(era)\))",
      0)
@in_one_cell
def month_year(m, text):
    """"July 1997", "late June 2018", "mid-March of 2003", "December Juche 112 (2023)"."""
    mon = m["mon"]
    if mon[0].islower():
        return None
    mo, y = month_num(mon), year_num(m["y"])
    start = m.start("mod") if m["mod"] else m.start("mon")
    return Found(start, m.end(), "DATE", const(ymd(y, mo, None)), mod_of(m["mod"]), priority=1)


_AS_RECENTLY_AS = re.compile(r"\bas\s+recently\s+as\s+$", re.IGNORECASE)
# A month that names a holiday or a movement: "April Holiday", "October Revolution", "June Struggle"
_MONTH_NAMING = re.compile(r"\s+(?:Holiday|Revolution|Uprising|Movement|Struggle|Incident)\b")


@rule(
    rf"\b(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Tt]he\s+coming)\s+|(?P<mod>{MOD_PREFIX}))?"
    rf"(?P<mon>{MONTH_RE})(?!\s*\d)(?:\s+(?:of\s+)?(?P<rel2>last|this|next)\s+year)?\b",
    0,
)
@in_one_cell
def bare_month(m, text):
    """"in July", "last November", "early December", "June last year", "December of last year"."""
    mon = m["mon"]
    if not mon[0].isupper() or "." in mon or mon.lower() in ("jan", "feb", "mar", "apr", "jun", "jul",
                                                           "aug", "sep", "sept", "oct", "nov", "dec"):
        if not ("." in mon and (m["rel"] or m["mod"])):
            return None
    if mon.isupper() and len(mon) > 3:
        pass
    low = mon.lower()
    if low in ("may", "march") and not (m["rel"] or m["mod"] or m["rel2"]):
        if not may_is_month(text, m.start("mon"), m.end("mon"), mon, False):
            return None
        # ("Talks in May" closing a headline: the next line's "The" is no verb's subject after a modal "may")
        if low == "may" and not re.match(r"[ \t]*(?:\n|$)", text[m.end("mon"):]) and word_after(text, m.end("mon")) in (
                "be", "have", "not", "also", "well", "i", "we", "the", "a", "it", "he", "she", "they", "you"):
            return None
    elif low == "may" and m["rel"] is None and m["mod"] is None and not m["rel2"]:
        return None
    # A capitalised month at the start of a title-cased phrase ("August Rush") is rare in news; accept.
    if not (m["rel"] or m["mod"] or m["rel2"]) and _MONTH_NAMING.match(text, m.end("mon")):
        return None  # "the April Holiday", "the October Revolution": a name, no date
    mo = month_num(mon)
    rel = (m["rel"] or "").lower()
    rel2 = (m["rel2"] or "").lower()
    mod = mod_of(m["mod"])
    start = m.start()
    end = m.end()

    def res(doc):
        ref = doc.dct
        if rel2:
            y = ref.year + SHIFT[rel2]
            return ymd(y, mo, None), R.PUBLISHED
        if rel == "last" or rel == "this past":
            y = ref.year if mo < ref.month else ref.year - 1
        elif rel in ("next", "this coming", "the coming"):
            y = ref.year if mo > ref.month else ref.year + 1
        elif rel == "this":
            y = ref.year
        elif not mod and (FIGURES_FOR.search(text, max(0, start - 24), start) or FIGURES_AFTER.match(text, end)):
            y = ref.year if mo <= ref.month else ref.year - 1  # "the figures for April are due": April is counted
        elif _AS_RECENTLY_AS.search(text, max(0, start - 20), start):
            y = ref.year if mo <= ref.month else ref.year - 1  # "as recently as August": the last one before now
        else:
            y, tense = entry_reading(doc, mo, start, end)  # "- 2017: launches the Hwasong-14 in July"
            if y is None:
                y = R.year_told(doc, mo, start, end, tense)
            if y is None and tense == "future" and doc.prev_end > doc._sentence_start(start):
                # "In January, officials said talks would resume in March": a plan told then, in the sentence that
                # dates the telling (a "would" of now is no such plan: "... before local elections in June")
                y = R.planned_then_year(doc, mo, None, start)
            if y is not None:
                return ymd(y, mo, None), R.PREVIOUS
            y = R.month_year(doc, mo, None, tense, start)  # ("declared martial law in December": done, so behind)
        return ymd(y, mo, None), R.PUBLISHED

    return Found(start, end, "DATE", res, mod)




@rule(
    rf"\b(?:(?P<d>{DAY})(?:\s*(?:-|–|—|to|"
    rf"and)\s*(?P<d0>{DAY}))?\s+(?:of\s+)?)?(?P<mod>{MOD_PREFIX})?(?P<mon>{MONTH_RE})\s+(?:(?P<d2>{DAY})"
    rf"(?:\s*(?:-|–|—|to|and)\s*(?P<d3>{DAY}))?,?\s+)?(?:of\s+|in\s+)?"
    rf"(?P<rel>that|that\s+same|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year\b",
    0,
)
@in_one_cell
def month_of_that_year(m, text):
    """"March of that year", "27 April of that year", "in June the following year", "Feb. 27 and 28 the following
    year": a month (or day, or two days) of the year the story is in."""
    if not m["mon"][0].isupper():
        return None
    mo = month_num(m["mon"])
    dom = day_num(m["d"] or m["d2"]) if (m["d"] or m["d2"]) else None
    res = _in_year_told(m["rel"], mo, dom)

    last = m["d3"] or m["d0"]
    if m["d"] and m["d2"]:
        return None
    if last and dom and day_num(last) > dom:
        first_end = m.end("d2") if m["d3"] else m.end("d")
        second = m.start("d3" if m["d3"] else "d0")
        return [Found(m.start(), first_end, "DATE", res, mod_of(m["mod"]), group=1),
                Found(second, m.end(), "DATE", lambda doc: res(doc, day_num(last)), group=1)]
    if last:
        return None
    return Found(m.start(), m.end(), "DATE", res, mod_of(m["mod"]))


def _in_year_told(rel: str, mo: int, dom: int | None):
    """A resolver for a month (or a day of it) in the year "that year" or "the following year" points to; the
    resolvers of one range share the year, counted once from the date told before the range's first end."""
    n = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(rel.split()[-1].lower(), 0)
    counted: dict[str, tuple[int, str]] = {}

    def res(doc, day=dom, month=mo):
        if "y" not in counted:
            base = R.story_point(doc)
            counted["y"] = (doc.dct.year + n, R.PUBLISHED) if base is None else (base.year + n, R.PREVIOUS)
        y, anchor = counted["y"]
        if day and not valid(y, month, day):
            return "", anchor
        return ymd(y, month, day), anchor

    return res


@rule(
    rf"\b(?:(?P<m1>{MONTH_RE})\s+(?P<d1>{DAY})|(?P<d1b>{DAY})\s+(?P<m1b>{MONTH_RE}))\s*(?:-|–|—|to|through|until|and)\s*"
    rf"(?:(?P<m2>{MONTH_RE})\s+(?P<d2>{DAY})|(?P<d2b>{DAY})\s+(?P<m2b>{MONTH_RE})),?\s+(?:of\s+|in\s+)?"
    rf"(?P<rel>that|that\s+same|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year\b",
    0,
)
@in_one_cell
def days_of_that_year(m, text):
    """"from Aug. 20 to Aug. 26 that year", "20 August to 2 September the following year": both ends are of the year
    the words after the second point to, though a story that has come back to now lies between."""
    mo1, mo2 = month_num(m["m1"] or m["m1b"]), month_num(m["m2"] or m["m2b"])
    d1, d2 = day_num(m["d1"] or m["d1b"]), day_num(m["d2"] or m["d2b"])
    if (mo2, d2) <= (mo1, d1):
        return None  # "Dec. 30 to Jan. 2 the following year" crosses into another year, which this does not tell
    res = _in_year_told(m["rel"], mo1, d1)
    first_end = m.end("d1") if m["d1"] else m.end("m1b")
    second = m.start("m2") if m["m2"] else m.start("d2b")
    return [Found(m.start(), first_end, "DATE", res, group=1),
            Found(second, m.end(), "DATE", lambda doc: res(doc, d2, mo2), group=1)]


# A make (and model) after a year, ending the noun phrase: "a 2019 Toyota when", "his 2021 Hyundai Sonata."
_MODEL_AFTER = re.compile(r"\s+(?!(?:Convention|Treaty|Agreement|Accord|Act|Law|Resolution|Summit|Olympics|Games|Congress|"
                          r"Plenum|Conference|Declaration|Statement|Election|Cup|Budget|Plan|Report|Review|Census)\b)"
                          r"(?:[A-Z][a-z]+|[A-Z]{2,5})(?:\s+(?:[A-Z][\w-]*|\d+))?(?=\s+(?:when|with|was|is)\b|[,;:)])")

# a maker of cars after "a", "his" or a possessive and a year: the car's model year ("Kopp's 1987 Chevrolet Cavalier
# was found", "arrived in a 2014 Mercedes-Benz Pullman limousine"), however the sentence goes on
_CAR_MAKER_AFTER = re.compile(
    r"\s+(?:Chevrolet|Chevy|Ford|Toyota|Mercedes(?:-Benz)?|BMW|Rolls-Royce|Lexus|Nissan|Honda|Hyundai|Kia|Volkswagen|VW"
    r"|Audi|Cadillac|Lincoln\s+(?:Town\s+Car|Continental|Navigator)|Buick|Dodge|Chrysler|Jeep|Volvo|Mazda|Subaru"
    r"|Maybach|Land\s+Rover|Range\s+Rover|Porsche|Ferrari|Peugeot|Renault|Fiat|Pontiac|Oldsmobile|Plymouth"
    r"|Mitsubishi|Suzuki|Tesla|Harley-Davidson|Yamaha|Kawasaki)\b(?!\s+(?:Foundation|Motor|Company|Corp))")


@rule(
    # ("Fiscal year 2027 budget?" opening a line)
    rf"\b(?P<pre>(?:the\s+)?(?P<mod>{MOD_PREFIX})?|(?i:fiscal)\s+(?:year\s+)?|(?:(?i:the)\s+)?(?i:calendar|fiscal|"
    rf"financial)\s+year\s+|(?:the\s+)?(?:year|summer|winter|spring|autumn|fall)\s+(?:of\s+)?)"
    rf"(?<![\d$£€¥#.,/])(?P<y>{YEAR})(?!\d|,\d|\.\d|[-–]\d(?!\d\d\d(?![-–/.:]?\d))|/\d\d(?!\d)|%|s\b|'s\b|"
    rf"{MILITARY_CLOCK_AFTER})"
    rf"(?:(?P<dash>\s*(?:-|–|—|to|through|and|or|until)\s*|\s+to\s+|\s+and\s+)(?P<y2>{YEAR}|\d\d)(?!\d|,\d|\.\d|%|"
    rf"s\b))?",
    0,
)
@in_one_cell
def year(m, text):
    """"2018", "fiscal 1989", "mid-1996", "the end of 2024", "2003-2009", "2018 and 2019"."""
    y = int(m["y"])
    if not 1000 <= y <= 2099:
        return None
    before = word_before(text, m.start("y"))
    pre = m["pre"] or ""
    if not pre and re.search(r"[A-Za-z0-9]-$", text[max(0, m.start("y") - 2):m.start("y")]):
        # "Hwasong-2017"-style ids are names; "post-1959" and "pre-1990" are the year
        if before.lower() not in ("pre", "post"):
            return None
    # the word before counts only on the same line and in the same sentence ("Timeline:\n2016", "Hanoi. 2019 was")
    # (a list's bullet after the line break too: "...Treaty.\n* 1994 - ...")
    if re.search(r"(?:[a-z]{2}[.!?]\s+|:\s+|\n\s*)(?:[-*•]\s+)?$", text[max(0, m.start("y") - 30):m.start("y")]) and not pre.strip():
        before = ""
    if re.match(r"\s+(?:Committee|Commission|Panel|Working\s+Group|Unit|Squadron|Brigade|Division|Regiment|Corps"
                r"|Series|Class)\b", text[m.end("y"):]):
        return None  # "the 1718 Committee", "the 1200 Series": a body or a thing named by a number
    if not pre.strip() and "(" in text[max(0, m.start("y") - 200):m.start("y")] and any(
            c.start() < m.start("y") < c.end()
            for c in CITATION_RE.finditer(text, max(0, m.start("y") - 200), min(len(text), m.end() + 200))):
        return None  # "(KINU 2020)", "(Smith and Park, 2021, p. 44)": a citation's year, no date in the text's story
    if not pre.strip():
        # "Resolution 2397", "No. 1718", "Flight 2019" are names; "Hwasong-15"-style ids are excluded above
        if before and before[0].isupper() and before.lower().rstrip(".") not in _YEAR_OK_BEFORE and (
                not before.isupper() or len(before.rstrip(".").replace(".", "")) <= 3):
            # a capitalised word or a short code ("H.R. 2025", "Flight KE 2017", "90 FR 2019")
            if before.lower().rstrip(".") not in MONTHS:
                return None
        if re.match(r"\s+[A-Z][a-z]+\s+(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Lane|Drive|Place|Way)\b\.?",
                    text[m.end("y"):]):
            return None  # "1600 Pennsylvania Ave.": an address
        if re.match(r"\s+[a-z]+s\b", text[m.end("y"):]) and before.lower() in ("to", "from", "of", "by", "with", "than",
                                                                               "around", "about", "some", "over"):
            return None  # "grew to 1998 names": a count
        if re.search(r"\bresolutions?\s+(?:\d{1,4}\s*\(\d{4}\),?\s*(?:and\s+)?)*(?:\d{1,4}\s*\()?$",
                     text[max(0, m.start("y") - 90):m.start("y")], I):
            return None  # "resolution 1718 (2006)", "resolutions 1718 (2006), 1874 (2009)": labels of documents
        legal_hedge = re.search(r"\b(?:in|on)\s+or\s+about\s+$", text[max(0, m.start("y") - 16):m.start("y")], I)
        if not legal_hedge and before.lower() in (
                "no.", "#", "number", "resolution", "resolutions", "route", "flight", "page", "room", "article",
                "section", "chapter", "paragraph", "model", "size", "over", "than", "about", "nearly", "some", "almost",
                "and", "of"):
            # (but the indictment's "in or about 2018" is the year, hedged)
            if before.lower() not in ("and", "of") or not _years_nearby(text, m.start("y")):
                if before.lower() not in ("of",):
                    return None
        nxt = word_after(text, m.end("y"))
        if nxt in QUANTITY_NOUNS:
            return None
        if (before.lower() in ("a", "an", "his", "her", "their") and _MODEL_AFTER.match(text, m.end("y"))
                or (before.lower() in ("a", "an", "his", "her", "their", "its", "my", "our", "your")
                    or text[max(0, m.start("y") - 4):m.start("y")].rstrip().endswith(("'s", "’s")))
                and _CAR_MAKER_AFTER.match(text, m.end("y"))):
            return None  # "driving a 2019 Toyota when ...": a model year names the car, not a date
        if re.match(r"\s*(?:%|percent|per\s+cent)", text[m.end("y"):]):
            return None
        if re.search(r"[$£€¥]\s*$", text[max(0, m.start() - 2):m.start()]):
            return None
    mod = mod_of(m["mod"])
    if not mod and re.search(r"\b(?:in|on)\s+or\s+about\s+$", text[max(0, m.start() - 16):m.start()], I):
        mod = "APPROX"  # the indictment's "between in or about 2017 and ...": the year, hedged
    start = m.start() if pre.strip() else m.start("y")
    low_pre = pre.lower()
    if low_pre.strip() == "the":
        start = m.start("y")  # "the 2024 treaty": the article belongs to the noun
    if "fiscal" in low_pre or "financial" in low_pre or "calendar" in low_pre or "year" in low_pre:
        start = m.start()
    if re.match(r"(?:the\s+)?(summer|winter|spring|autumn|fall)", low_pre):
        season = SEASONS[re.match(r"(?:the\s+)?(\w+)", low_pre).group(1)]
        return Found(m.start(), m.end("y"), "DATE", const(f"{y:04d}-{season}"), mod)
    if m["y2"]:
        y2s = m["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
        joiner = (m["dash"] or "").strip().lower()
        # (a second year written short is a few years on: "from 3,000 in 2009 to 67 last year" counts people)
        if y2 <= y or y2 - y > 200 or (len(y2s) == 2 and y2 - y > 15):
            return Found(start, m.end("y"), "DATE", const(f"{y:04d}"), mod)
        is_range = joiner not in ("and", "or")
        s2 = m.start("y2")
        return [
            Found(start, m.end("y"), "DATE", const(f"{y:04d}"), mod, group=1 if is_range else 0),
            Found(s2, m.end("y2"), "DATE", const(f"{y2:04d}"), "", group=1 if is_range else 0),
        ]
    half = re.search(r"\b(first|second|last|latter)\s+half\b", low_pre)
    if half and not m["y2"]:
        # "the first half of 2024" is a half-year of its own in TimeML, not the year with a mod
        return Found(start, m.end("y"), "DATE", const(f"{y:04d}-H{1 if half.group(1) == 'first' else 2}"))
    return Found(start, m.end("y"), "DATE", const(f"{y:04d}"), mod)


@rule(rf"\b(?P<y>{YEAR})[-–/](?P<y2>\d\d)\b(?![-–/.:]\d)", 0)
def compact_year_range(m, text):
    """"the 1950-53 war", "in 1994–95", "the 2014/15 season": two years, the second written short."""
    y = int(m["y"])
    y2 = y // 100 * 100 + int(m["y2"])
    if y2 < y:
        y2 += 100  # "1999-00"
    if not 0 < y2 - y <= 9 or re.match(r"[-–/]\d", text[m.end():]):
        return None
    return [
        Found(m.start("y"), m.end("y"), "DATE", const(f"{y:04d}"), "", group=1),
        Found(m.start("y2"), m.end("y2"), "DATE", const(f"{y2:04d}"), "", group=1),
    ]


# Capitalised words that may stand before a year ("For 1988, ...", "That 1978 resolution"); any other
# capitalised word makes the number part of a name ("Resolution 2397", "Boeing 747").
_YEAR_OK_BEFORE = frozenset(
    "in since until till by during before after from through of and or to between the early late mid fiscal "
    "year summer winter spring autumn fall circa c ca end beginning start for at that this as with on than "
    "around about but since throughout post pre ending ended a an its his her their our".split()
)


def _years_nearby(text: str, pos: int) -> bool:
    return bool(re.search(rf"{YEAR}\D{{1,12}}$", text[max(0, pos - 14):pos]))


@rule(
    r"\b(?P<the>the\s+)?(?P<mod>(?:early|mid|late|middle\s+of\s+the|end\s+of\s+the|beginning\s+of\s+the|"
    r"start\s+of\s+the"
    r"|(?:first|second|last|latter)\s+half\s+of\s+the)(?:-|\s+))?"
    r"(?:(?P<dec>1[0-9]\d0|20[0-9]0)'?s|'(?P<dec2>\d0)s|(?P<cent>eighteen|nineteen|twenty)?[-\s]?"
    r"(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
    I,
)
@in_one_cell
def decade(m, text):
    """"the 1990s" -> 199, "the early '80s" -> 198 START."""
    if m["dec"]:
        d = int(m["dec"]) // 10
    elif m["dec2"]:
        d = 190 + int(m["dec2"]) // 10 if int(m["dec2"]) >= 20 else 200 + int(m["dec2"]) // 10
    else:
        if not m["the"]:
            return None
        # "the nineteen-nineties"; a bare "the nineties" is this century's last but one
        century = {"eighteen": 180, "nineteen": 190, "twenty": 200}.get((m["cent"] or "nineteen").lower(), 190)
        d = century + TENS[m["word"].lower().replace("ies", "y")] // 10
    if m["dec"] and re.match(r"\s*(?:%|percent)", text[m.end():]):
        return None
    if re.match(r"-(?:era|vintage|style|model|built|made)\b", text[m.end():], I):
        return None  # "1990s-era rifles": a kind of thing, not a time
    mod = mod_of(m["mod"])
    return Found(m.start(), m.end(), "DATE", const(f"{d:03d}"), mod)


@rule(r"\b(?P<the>the\s+)?(?P<mod>(?:early|mid|late)(?:-|\s+))?(?P<n>\d{1,2})(?:st|nd|rd|th)[-\s]+century\b")
@in_one_cell
def century(m, text):
    n = int(m["n"])
    if not 1 <= n <= 22:
        return None
    return Found(m.start(), m.end(), "DATE", const(f"{n - 1:02d}"), mod_of(m["mod"]))


@rule(r"\b(?P<pre>this|last|next|the\s+past|the\s+last|the\s+next|the\s+previous|the\s+current)\s+century\b")
@in_one_cell
def this_century(m, text):
    if re.fullmatch(r"the\s+past", m["pre"], I):
        return Found(m.start(), m.end(), "DURATION", const("P100Y"))  # like "the past decade": a span back from now
    n = {"this": 0, "the current": 0, "last": -1, "the past": -1, "the last": -1, "the previous": -1,
         "next": 1, "the next": 1}[re.sub(r"\s+", " ", m["pre"].lower())]
    return Found(m.start(), m.end(), "DATE", lambda doc: (f"{doc.dct.year // 100 + n:02d}", R.PUBLISHED))


@rule(r"\b(?:the\s+(?P<part>end|middle|start|beginning)\s+of\s+the\s+century"
      r"|(?<=\s)(?P<mid>mid[-\s]?century)(?=\s*[,.;:!?]|\s+(?:and|or|but)\b))\b")
@in_one_cell
def part_of_the_century(m, text):
    """"by mid-century", "until the end of the century": this century's, unless the text tells it as past and
    this century has not reached that point yet (then the last century's)."""
    part = "middle" if m["mid"] else m["part"].lower()
    mod, year = {"end": ("END", 99), "middle": ("MID", 50), "start": ("START", 0), "beginning": ("START", 0)}[part]
    start, end = m.start(), m.end()

    def res(doc):
        century = doc.dct.year // 100
        if doc.tense(start, end) == "past" and century * 100 + year > doc.dct.year:
            century -= 1
        return f"{century:02d}", R.PUBLISHED

    return Found(start, end, "DATE", res, mod)


# A year said in words: "nineteen ninety-six", "two thousand eighteen", "the year two thousand".
_SPOKEN_YEAR_PATTERN = (
    r"\b(?P<the>the\s+year\s+)?(?P<a>nineteen|twenty)[-\s](?P<b>(?:ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|"
    r"two|three|four|five|six|seven|eight|nine))?|hundred|oh[-\s](?:one|two|three|four|five|six|seven|eight|nine))\b"
    r"|\b(?P<the2>the\s+year\s+)?two\s+thousand(?:\s+(?:and\s+)?(?P<c>one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\s](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?))?\b(?!\s+(?:people|dollars|troops|years|miles|tons))"
)
_SPOKEN_YEAR = re.compile(_SPOKEN_YEAR_PATTERN, I)
# the same, without its groups, to sit inside another rule ("the twelfth of June, two thousand eighteen")
_SPOKEN_YEAR_BARE = re.sub(r"\(\?P<\w+>", "(?:", _SPOKEN_YEAR_PATTERN)


@rule(_SPOKEN_YEAR_PATTERN)
@in_one_cell
def spoken_year(m, text):
    """"nineteen ninety-six", "the year two thousand" (transcribed speech)."""
    y = _spoken_year_number(m)
    if y is None:
        return None
    if not m["a"] and not m["the2"] and not m["c"]:
        if word_after(text, m.end()) not in ("", "s") and not re.match(r"\s*[,.;]", text[m.end():]):
            return None
    # "January nineteen ninety-seven", "the winter of nineteen ninety-four"
    head = _SPOKEN_HEAD.search(text, max(0, m.start() - 30), m.start())
    if head and head["mon"] and head["mon"][0].isupper():
        return Found(head.start(), m.end(), "DATE", const(ymd(y, month_num(head["mon"]), None)))
    if head and head["season"]:
        code = SEASONS[head["season"].lower()]
        return Found(head.start(), m.end(), "DATE", const(f"{y:04d}-{code}"))
    return Found(m.start(), m.end(), "DATE", const(f"{y:04d}"))


_SPOKEN_HEAD = re.compile(
    rf"\b(?:(?P<mon>{MONTH_RE})\s+(?:of\s+)?|(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+of\s+)\Z", re.I
)

def _spoken_year_number(m: re.Match) -> int | None:
    """The year a match of _SPOKEN_YEAR says, or None ("nineteen five" is no way to say 1905)."""
    if m["a"]:
        a = {"nineteen": 19, "twenty": 20}[m["a"].lower()]
        b_txt = m["b"].lower()
        if b_txt == "hundred":
            b = 0
        elif b_txt.startswith("oh"):
            b = ONES[re.split(r"[-\s]", b_txt)[1]]
        else:
            b = parse_count(b_txt)
            if b is None:
                return None
        y = a * 100 + int(b)
        if a == 20 and y > 2099:
            return None
        if a == 19 and not m["the"] and int(b) < 10:
            return None
        return y
    c = parse_count(m["c"]) if m["c"] else 0
    return None if c is None else 2000 + int(c)



# A day of the month in words: "twenty-seventh", "thirtieth"
_DAY_ORDINAL_RE = "|".join(sorted((re.escape(w) for w in DAY_ORDINALS), key=len, reverse=True))


@rule(r"\bthe\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)!?]|\((?:local|[A-Z]{2,4}\b)|$|\s+(?:in|at|"
      r"of\s+(?:this|that|the)\s+month|and|when|with|after|before|to|through|as|but|that|for\s+(?:talks|consultations|"
      r"meetings?|a\s+(?:meeting|visit|summit|vote|hearing))|until|or)\b))", 0)
def ordinal_day(m, text):
    """"talks began on September 12 and ended on the 19th": a day of the month the text is in.  Only after a
    date that names its month, and never before a noun ("the 38th parallel", "the 2nd Division")."""
    return Found(m.start(), m.end(), "DATE", _day_of_the_month_told(m, int(m["d"])))


@rule(r"\bthe\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\s+and\s+(?:the\s+)?(?P<d2>3[01]|[12]\d|0?[1-9])"
      r"(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)!?]|$|\s+of\s+(?:this|that|the)\s+month\b))", 0)
def ordinal_day_pair(m, text):
    """"the summit to be held on the 27th and 28th": two days of the month the text is in, one stretch when they
    follow each other."""
    d1, d2 = int(m["d"]), int(m["d2"])
    if d2 <= d1:
        return None
    group = 1 if d2 == d1 + 1 else 0
    second = m.start("d2") - (4 if text[m.start("d2") - 4:m.start("d2")].lower() == "the " else 0)
    return [Found(m.start(), m.end("d") + 2, "DATE", _day_of_the_month_told(m, d1), group=group),
            Found(second, m.end(), "DATE", _day_of_the_month_told(m, d2), group=group)]


@rule(rf"\b(?:on|from|through|to|until|till|and|by)\s+(?P<the>the\s+(?P<w>{_DAY_ORDINAL_RE}))(?![\w-])"
      r"(?=\s*(?:[.,;:)!?—–]|$|\s+(?:through|to|and|when|until|or)\b))|(?:[—–]|,)\s*(?P<the2>the\s+(?P<w2>"
      # (", the eighteenth through the twenty-eighth": a stretch's start, set off after its month)
      rf"{_DAY_ORDINAL_RE}))(?=\s*[—–]|\s+(?:through|to|until)\s+the\s+(?:{_DAY_ORDINAL_RE})\b)", I, reach=(12, 60))
def ordinal_day_in_words(m, text):
    """"the summit opened Wednesday ... on the twenty-seventh", "in August, the eighteenth through the
    twenty-eighth", "in June twenty-nineteen — the thirtieth —": a day of the month just told, said in words.  Not
    "the third" anywhere ("for the third time", "the second, larger blast"): only after "on", "through" and the like
    or between dashes, and only with a month told just before."""
    if m["the2"]:
        return Found(m.start("the2"), m.end("the2"), "DATE", _day_of_the_month_told(m, DAY_ORDINALS[m["w2"].lower()],
                                                                                   told_only=True))
    return Found(m.start("the"), m.end("the"), "DATE", _day_of_the_month_told(m, DAY_ORDINALS[m["w"].lower()],
                                                                             told_only=True))


def _day_of_the_month_told(m, d: int, told_only: bool = False):
    """The resolver of day ``d`` of the month the story is in (of the published day's, near it, unless
    ``told_only``)."""

    def res(doc):
        p = doc.prev
        if p is not None and p.gran in ("month", "day") and valid(p.year, p.sub, d) \
                and dt.date(p.year, p.sub, d) > doc.dct and doc.tense(m.start(), m.end()) == "past":
            p = None  # "should be completed by next October. Earlier, on the 23rd, he visited": not that October's
        if p is None or p.gran not in ("month", "day") or m.start() - doc.prev_end > 300:
            if told_only:
                return "", R.PREVIOUS
            # no month in the story: the nearest such day of the month, ahead or back as the clause says
            ref = doc.dct
            ahead = doc.tense(m.start(), m.end()) == "future"
            y, mo = ref.year, ref.month
            if ahead and d < ref.day:
                y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
            elif not ahead and d > ref.day:
                y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
            return (ymd(y, mo, d) if valid(y, mo, d) else ""), R.PUBLISHED
        y, mo = p.year, p.sub
        if p.gran == "day" and d < p.day and doc.tense(m.start(), m.end()) == "future" and valid(y, mo, d) \
                and dt.date(y, mo, d) < doc.dct:
            # "runs through Wednesday [the 26th]. On the 3rd, Japan hosts ...": a day ahead of the one before it
            # (but "The talks will open on Dec. 14. The team is to arrive by the 12th" is still ahead in December)
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        if not valid(y, mo, d):
            return "", R.PREVIOUS
        return ymd(y, mo, d), R.PREVIOUS

    return res


@rule(rf"\b(?P<wd>{WEEKDAY_RE}),?\s+the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{MONTH_RE})", 0)
def weekday_the_ordinal(m, text):
    """"until Saturday the 1st", "arrived on Friday the 6th": the day of that number, near the reference, that falls
    on that weekday; one date, not a weekday and a day of the month read apart."""
    wd, d = WEEKDAYS[m["wd"].lower()], int(m["d"])

    def res(doc):
        ref = doc.dct
        agreeing = [dt.date(y, mo, d) for y, mo in _months_around(ref, 6) if valid(y, mo, d)
                    and dt.date(y, mo, d).isoweekday() == wd]
        if not agreeing:
            return "", R.PUBLISHED
        ahead = doc.tense(m.start(), m.end()) == "future"
        # the nearest; of two as near, the one ahead if the clause looks ahead
        best = min(agreeing, key=lambda day: (abs((day - ref).days), (day < ref) if ahead else (day > ref)))
        return best.isoformat(), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res, priority=2)


def _months_around(ref: dt.date, n: int):
    """(year, month) of the n months before the reference's, its own, and the n after."""
    for k in range(-n, n + 1):
        y, mo = divmod(ref.year * 12 + ref.month - 1 + k, 12)
        yield y, mo + 1


@rule(rf"\b(?P<mon>{MONTH_RE})\s+(?P<days>{DAY}(?:(?:\s*,\s*{DAY})+,?\s+(?:and|or)\s+{DAY}|"
      rf"(?:\s*,\s*{DAY}){{2,}}(?![\d,])))"
      rf"(?:,?\s+(?P<y>{YEAR}))?(?!\d|:\d|%)", 0)
@in_one_cell
def month_day_list(m, text):
    """"Jan. 5, 12 and 19": a date for each day named, in that month."""
    mon = m["mon"]
    if mon[0].islower():
        return None
    mo = month_num(mon)
    out = []
    base = m.start("days")
    for dm in re.finditer(DAY, m["days"]):
        s, e = base + dm.start(), base + dm.end()
        d = day_num(dm.group())
        start = m.start() if not out else s
        end = e if not (m["y"] and dm.end() == len(m["days"])) else m.end()
        resolver = const(ymd(int(m["y"]), mo, d)) if m["y"] else month_resolver(mo, d, start, end)
        out.append(Found(start, end, "DATE", resolver, priority=2))  # over "Sept. 3" read alone
    return out



@rule(rf"\b(?:the|this)\s+(?:(?P<w>{_DAY_ORDINAL_RE})|(?P<d>{DAY}))(?:\s+day)?\s+of\s+(?P<mon>{MONTH_RE})"
      rf"(?:,?\s+(?P<y>{YEAR})|,?[ \t]+(?P<sy>(?:{_SPOKEN_YEAR_BARE}))|[ \t]+(?P<rel>last|this|next)[ \t]+year)?\b", I)
@in_one_cell
def ordinal_day_of_month(m, text):
    """"the twenty-seventh day of July, 1953", "this 27th day of July 1953": the formal way treaties date; and as
    a speech says it, the year spoken too or told from now ("the twelfth of June, two thousand eighteen", "the
    fifteenth of August last year"): one date, not a day of this year and a year beside it."""
    if not m["mon"][0].isupper():
        return None
    d = DAY_ORDINALS[m["w"].lower()] if m["w"] else day_num(m["d"])
    mo = month_num(m["mon"])
    if m["sy"]:
        y = _spoken_year_number(_SPOKEN_YEAR.fullmatch(m["sy"]))
        if y is None:  # not a year after all: the day of the month alone
            return Found(m.start(), m.end("mon"), "DATE", month_resolver(mo, d, m.start(), m.end("mon")), priority=2)
        return Found(m.start(), m.end(), "DATE", const(ymd(y, mo, d)) if valid(y, mo, d) else const(""), priority=2)
    if m["rel"]:
        n = SHIFT[m["rel"].lower()]
        return Found(m.start(), m.end(), "DATE",
                     lambda doc: (ymd(doc.dct.year + n, mo, d) if valid(doc.dct.year + n, mo, d) else "", R.PUBLISHED),
                     priority=2)
    if m["y"]:
        y = int(m["y"])
        return Found(m.start(), m.end(), "DATE", const(ymd(y, mo, d)) if valid(y, mo, d) else const(""), priority=2)
    return Found(m.start(), m.end(), "DATE", month_resolver(mo, d, m.start(), m.end()), priority=2)


@rule(rf"\bthe\s+last\s+day\s+of\s+(?P<mon>{MONTH_RE})(?:,?\s+(?P<y>{YEAR}))?\b", I)
def last_day_of_month(m, text):
    """"on the last day of February 2019": that month's last day (the 28th, or the 29th in a leap year)."""
    if not m["mon"][0].isupper():
        return None
    mo = month_num(m["mon"])
    first = const(ymd(int(m["y"]), mo, 1)) if m["y"] else month_resolver(mo, 1, m.start(), m.end())

    def res(doc):
        value, anchor = first(doc)
        if not value:
            return "", anchor
        y = int(value[:4])
        nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
        return (nxt - dt.timedelta(days=1)).isoformat(), anchor

    return Found(m.start(), m.end(), "DATE", res, priority=2)


@rule(rf"\bthe\s+(?:(?P<w>{_DAY_ORDINAL_RE})|(?P<d>\d{{1,2}})(?:st|nd|rd|th))\s+of\s+(?P<rel>next|this|last)\s+month\b", I)
def ordinal_day_of_a_month_told_from_now(m, text):
    """"by the 15th of next month", "on the 3rd of this month": that day of the month named from the reference."""
    d = DAY_ORDINALS[m["w"].lower()] if m["w"] else int(m["d"])
    n = SHIFT[m["rel"].lower()]

    def res(doc):
        first = doc.dct.replace(day=1)
        y, mo = divmod(first.year * 12 + first.month - 1 + n, 12)
        return (ymd(y, mo + 1, d) if valid(y, mo + 1, d) else ""), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res, priority=2)


@rule(r"\b(?:the\s+)?(?P<s>summer|winter|spring|autumn|fall)\s+of\s+['’](?P<yy>\d\d)\b", I)
def season_of_short_year(m, text):
    """"the spring of '18": that season of 2018."""
    y = year_num(m["yy"])
    return Found(m.start(), m.end(), "DATE", const(f"{y:04d}-{SEASONS[m['s'].lower()]}"))


@rule(r"\b(?:in|of|since|from|until|till|by|during|before|after|and)\s+(?P<yy>['’]\d\d)(?![\w'’%])", I, reach=(12, 4))
def short_year(m, text):
    """"a reunion in '85", "the class of '98": a year written with its last two figures."""
    return Found(m.start("yy"), m.end("yy"), "DATE", const(str(year_num(m["yy"]))))


@rule(r"\b(?:the\s+)?turn\s+of\s+the\s+(?:(?P<n>\d\d)(?:st|nd|rd|th)\s+|(?P<w>twentieth|twenty-first|"
      r"nineteenth)\s+)?century\b", I)
def turn_of_the_century(m, text):
    """"at the turn of the century": about the year 2000 (or 1900 for the 20th's), the years either side included."""
    n = int(m["n"]) if m["n"] else {"nineteenth": 19, "twentieth": 20, "twenty-first": 21}.get((m["w"] or "").lower())

    def res(doc):
        century = n or (doc.dct.year - 1) // 100 + 1  # "the turn of the century" said now: of this one
        return str((century - 1) * 100), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res, "APPROX")


@rule(r"\b(?:the\s+)?turn\s+of\s+the\s+year\b", I)
def turn_of_the_year(m, text):
    """"pencilled in for the turn of the year": about the January that opens the year, the next one when the clause
    looks ahead, else the last (the one that has begun, or the one of the year told)."""

    def res(doc):
        y = doc.dct.year + (doc.tense(m.start(), m.end()) == "future")
        return f"{y:04d}-01", R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res, "APPROX")


@rule(rf"\b(?P<mon>{MONTH_RE})\s+(?:the\s+(?:(?P<w>{_DAY_ORDINAL_RE})|(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))\b"
      # ("October tenth", "May twenty-fourth": not "March second-quarter sales" nor "the June second round")
      rf"|(?P<w2>{_DAY_ORDINAL_RE})(?![\w-])(?!\s+(?:round|half|quarter|term|time|place|phase|stage|wave|leg|session|"
      r"reading|ballot|straight|consecutive|largest|biggest)\b))"
      rf"(?:,?\s+(?P<y>{YEAR}))?", I)
@in_one_cell
def month_the_ordinal(m, text):
    """"July the third", "June the 12th, 2018", "October tenth", "July twenty-seventh, 1953": a day of the month as
    it is said."""
    if not m["mon"][0].isupper() or "." in m["mon"]:
        return None
    if m["w2"] and not m["w2"].islower():
        return None  # ("the March First Movement": a name)
    d = DAY_ORDINALS[(m["w"] or m["w2"]).lower()] if (m["w"] or m["w2"]) else int(m["d"])
    mo = month_num(m["mon"])
    if m["y"]:
        y = int(m["y"])
        return Found(m.start(), m.end(), "DATE", const(ymd(y, mo, d)) if valid(y, mo, d) else const(""), priority=2)
    return Found(m.start(), m.end(), "DATE", month_resolver(mo, d, m.start(), m.end()), priority=2)


@rule(r"(?<![\w/-])(?P<d>3[01]|[12]\d|0?[1-9])-(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
      r"Dec)-(?P<y>(?:19|20)\d\d)(?![\w-])", I, reach=(0, 12))
def day_mon_year(m, text):
    """"12-Jun-2018", as spreadsheets and logs write dates."""
    d, mo, y = int(m["d"]), month_num(m["mon"]), int(m["y"])
    return Found(m.start(), m.end(), "DATE", const(ymd(y, mo, d))) if valid(y, mo, d) else None


@rule(r"\b(?:c\.|ca\.|[Cc]irca)\s?(?P<y>1\d{3}|20\d\d)(?!\d|,\d)", 0, reach=(8, 12))  # (not "50 U.S.C. 1701")
def circa_year(m, text):
    """"c. 1945", "circa 1400": about that year, as histories and captions write it."""
    return Found(m.start(), m.end(), "DATE", const(m["y"]), "APPROX", priority=2)



_ONE_TO_NINE = "one|two|three|four|five|six|seven|eight|nine"
# A year said by its last two figures: "fifty-one", "ninety-eight", "oh-six" (not "ten" or "twelve": counts first)
_SPOKEN_TWO = rf"oh[-\s](?:{_ONE_TO_NINE})|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:{_ONE_TO_NINE}))?"


@rule(rf"\b(?:(?P<the>the\s+)?(?P<when>{MONTH_RE}|spring|summer|autumn|fall|winter)\s+of\s+(?P<yy>{_SPOKEN_TWO})"
      rf"|(?P<lead>back\s+(?:in|to)|(?:in|since|by|until)(?=\s+oh[-\s])|(?:early|mid|late)(?=\s+oh[-\s]))\s+"
      rf"(?P<yy2>{_SPOKEN_TWO}))(?![\w-])(?!\s+(?:percent|per\s+cent|people|years?|days?|months?|weeks?|hours?|"
      r"minutes?|times|countries|nations|members|troops|units|tonnes|tons|dollars|of)\b)", I)
def spoken_two_digit_year(m, text):
    """"July of fifty-one", "the spring of fifty-four", "back in ninety-two", "in oh-six", "early oh-three": a year
    said by its last two figures, as transcripts write speech down."""
    words = (m["yy"] or m["yy2"]).lower()
    if words.startswith("oh"):
        n = _ONES_VALUE[re.split(r"[-\s]", words)[1]]
    else:
        n = int(parse_count(words) or 0)
    y = year_num(f"{n:02d}")
    if m["when"]:
        when = m["when"]
        if when.lower() in SEASONS:
            return Found(m.start(), m.end(), "DATE", const(f"{y}-{SEASONS[when.lower()]}"), priority=2)
        if not when[0].isupper():
            return None
        return Found(m.start(), m.end(), "DATE", const(f"{y}-{month_num(when):02d}"), priority=2)
    lead = m["lead"].lower()
    mod = {"early": "START", "mid": "MID", "late": "END"}.get(lead, "")
    start = m.start() if mod else m.start("yy2")
    return Found(start, m.end(), "DATE", const(str(y)), mod, priority=2)


_ONES_VALUE = {w: n for n, w in enumerate(_ONE_TO_NINE.split("|"), 1)}
