"""The English temporal-expression grammar: precompiled patterns, each with a handler that checks the
match in context and returns how to resolve it.

Spans follow the TimeML/TempEval conventions: prepositions ("in", "on", "since") stay outside,
modifiers that change the meaning stay inside ("early", "late", "the past", "about", "a year ago"),
and "the" is inside when the phrase needs it ("the third quarter", "the 1990s", "the future").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from . import resolve as R
from .context import DocContext
from .lexicon import (
    COUNT_RE,
    MONTH_RE,
    MONTHS,
    NUMBER_WORD_RE,
    ORDINALS,
    SEASONS,
    TENS,
    ONES,
    UNITS,
    WEEKDAY_RE,
    WEEKDAYS,
    fmt_count,
    parse_count,
)
from .values import Point, SEASON_ORDER, day, quarter_of, shift

Resolver = Callable[[DocContext], tuple[str, str]]


@dataclass(slots=True)
class Found:
    start: int
    end: int
    type: str
    resolve: Resolver
    mod: str = ""
    group: int = 0  # non-zero: the two ends of one range ("27-28 February", "from 2003 to 2009")
    priority: int = 0
    # False for comparisons ("a year earlier", "the year-ago quarter"): they do not move the story's
    # reference point, so a later "the quarter" still means the quarter under discussion.
    remember: bool = True


I = re.IGNORECASE
_RULES: list[tuple[str, re.Pattern, Callable]] = []


def rule(pattern: str, flags: int = I):
    def deco(fn):
        _RULES.append((fn.__name__, re.compile(pattern, flags), fn))
        return fn

    return deco


def const(value: str, anchor: str = R.EXPLICIT) -> Resolver:
    return lambda doc: (value, anchor)


# ----------------------------------------------------------------------------- shared pieces

DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
DASH = r"\s*(?:-|–|—|to|through|until|till|thru)\s*"
MOD_PREFIX = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|middle|end|beginning|start|close|first\s+half|second\s+half"
    r"|latter\s+part|last\s+part|first\s+part)\s*(?:-|\s+of\s+(?:the\s+)?|\s+)|"
    r"(?:earlier|later)\s+(?:in\s+)?)"
)
APPROX_PREFIX = (
    r"(?:(?:about|around|approximately|roughly|nearly|almost|some|over|more\s+than|less\s+than|at\s+least"
    r"|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|fewer\s+than|just\s+over|just\s+under"
    r"|well\s+over|under|only|barely|close\s+to|the\s+better\s+part\s+of)\s+)"
)
_AFTER_TOKEN = re.compile(r"\s*([A-Za-z%$]+|[%])?")
# Nouns that make a four-digit number a quantity, not a year ("2000 tonnes", "1500 troops").
QUANTITY_NOUNS = frozenset(
    "tonnes tons ton people troops soldiers men women children workers members votes units km miles "
    "meters metres feet pounds kg kilograms dollars won yen euros barrels cars vehicles jobs homes "
    "households acres hectares shares points employees delegates refugees prisoners missiles rockets "
    "pages words calories cases deaths visitors students families hours minutes seconds dead lbs mph "
    "kilometers kilometres rounds copies percent per times seats locations stores beds".split()
)


_PREPOSITIONS = frozenset("in on at by for from to of and or with since until as than".split())


def _mod_of(prefix: str | None) -> str:
    if not prefix:
        return ""
    p = prefix.lower()
    if "first half" in p:
        return "START"
    if "second half" in p or "latter" in p or "last part" in p:
        return "END"
    if "first part" in p:
        return "START"
    if "mid" in p or "middle" in p:
        return "MID"
    if "early" in p or "beginning" in p or "start" in p or "earlier" in p:
        return "START"
    if "late" in p or "end" in p or "close" in p:
        return "END"
    return ""


def _approx_mod(prefix: str | None) -> str:
    if not prefix:
        return ""
    p = prefix.lower().strip()
    # TimeML's MORE_THAN/LESS_THAN are outside the mods this project records; those stay unmarked.
    if p.startswith(("nearly", "almost", "close to")):
        return "APPROX"
    if p.startswith(("about", "around", "approximately", "roughly", "some")):
        return "APPROX"
    return ""


def _word_after(text: str, end: int) -> str:
    m = _AFTER_TOKEN.match(text, end)
    return (m.group(1) or "").lower() if m else ""


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z$#.]+)\W*$", text[max(0, start - 25):start])
    return m.group(1) if m else ""


def month_num(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def day_num(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def year_num(s: str) -> int:
    s = s.strip("'’")
    y = int(s)
    if len(s) == 2:
        return 1900 + y if y > 30 else 2000 + y
    return y


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _ymd(y: int, m: int, d: int | None) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}" if d else f"{y:04d}-{m:02d}"


def _month_resolver(m_: int, d_: int | None, start: int, end: int) -> Resolver:
    def res(doc: DocContext) -> tuple[str, str]:
        y = R.month_year(doc, m_, d_, doc.tense(start, end))
        if d_ and not _valid(y, m_, d_):
            return "", R.PUBLISHED
        return _ymd(y, m_, d_), R.PUBLISHED

    return res


def _may_is_month(text: str, start: int, end: int, word: str, followed_by_number: bool) -> bool:
    """"May" and "March" are words first: only a capitalised one next to a date-like word is a month."""
    if word[0].islower():
        return False
    low = word.lower().rstrip(".")
    if low not in ("may", "march") and word.isupper() is False:
        return True
    if followed_by_number:
        return True
    before = _word_before(text, start).lower()
    return before in {"in", "since", "until", "till", "by", "during", "before", "after", "from", "through",
                      "last", "next", "this", "early", "late", "mid", "of", "and", "or", "between",
                      "to", "throughout", "that", "each", "every"}


# ----------------------------------------------------------------------------- absolute dates


@rule(rf"\b(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<hh>\d\d):(?P<mm>\d\d))?\b", 0)
def iso_date(m, text):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not _valid(y, mo, d):
        return None
    v = _ymd(y, mo, d) + (f"T{m['hh']}:{m['mm']}" if m["hh"] else "")
    return Found(m.start(), m.end(), "TIME" if m["hh"] else "DATE", const(v), priority=5)


@rule(r"\b(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d\d)\b", 0)
def us_numeric_date(m, text):
    y, mo, d = year_num(m["y"]), int(m["m"]), int(m["d"])
    if not _valid(y, mo, d):
        return None
    return Found(m.start(), m.end(), "DATE", const(_ymd(y, mo, d)))


@rule(
    rf"\b(?:(?P<wd>{WEEKDAY_RE})(?:,\s*|\s+))?(?:(?P<mod>{MOD_PREFIX}))?(?P<mon>{MONTH_RE})\s+(?P<d1>{DAY})"
    rf"(?:(?P<dash>{DASH})(?:(?P<mon2>{MONTH_RE})\s+)?(?P<d2>{DAY}))?"
    rf"(?:(?:,\s*|\s+)(?P<y>{YEAR}|'\d\d)(?!\d))?(?!\d|:\d|%)",
    0,
)
def month_day(m, text):
    """"Aug. 2", "August 2, 2025", "Saturday, April 18", "February 27-28, 2019"."""
    mon = m["mon"]
    if mon.lower().rstrip(".") in ("may", "march") and mon[0].islower():
        return None
    if mon[0].islower():
        return None
    mo, d1 = month_num(mon), day_num(m["d1"])
    if m["d2"] and re.fullmatch(r"\s*(?:to|through|until|till|thru)\s*", m["dash"] or "") and not m["mon2"]:
        # "May 5 to 10" is rare; "June 5 to 10 people" is not a range.  Keep only en/hyphen dash ranges.
        pass
    y = year_num(m["y"]) if m["y"] else None
    mod = _mod_of(m["mod"])
    start = m.start("mod") if m["mod"] else m.start("mon")
    if m["wd"]:
        start = m.start()
    if m["d2"]:
        mo2 = month_num(m["mon2"]) if m["mon2"] else mo
        d2 = day_num(m["d2"])
        first_end = m.end("d1")
        second_start = m.start("mon2") if m["mon2"] else m.start("d2")
        if y:
            if not (_valid(y, mo, d1) and _valid(y, mo2, d2)):
                return None
            return [
                Found(start, first_end, "DATE", const(_ymd(y, mo, d1)), mod, group=1),
                Found(second_start, m.end(), "DATE", const(_ymd(y, mo2, d2)), mod, group=1),
            ]
        return [
            Found(start, first_end, "DATE", _month_resolver(mo, d1, start, first_end), mod, group=1),
            Found(second_start, m.end("d2"), "DATE", _month_resolver(mo2, d2, second_start, m.end("d2")), mod, group=1),
        ]
    end = m.end()
    if y:
        if not _valid(y, mo, d1):
            return None
        return Found(start, end, "DATE", const(_ymd(y, mo, d1)), mod, priority=2)
    if m["wd"]:
        wd = WEEKDAYS[m["wd"].lower()]

        def res(doc, mo=mo, d1=d1, start=start, end=end, wd=wd):
            # a weekday beside the date picks the year in which the two agree
            for y_ in (doc.dct.year, doc.dct.year + 1, doc.dct.year - 1):
                if _valid(y_, mo, d1) and dt.date(y_, mo, d1).isoweekday() == wd:
                    return _ymd(y_, mo, d1), R.PUBLISHED
            return _month_resolver(mo, d1, start, end)(doc)

        return Found(start, end, "DATE", res, mod, priority=2)
    return Found(start, end, "DATE", _month_resolver(mo, d1, start, end), mod, priority=1)


@rule(
    rf"\b(?:(?P<wd>{WEEKDAY_RE})(?:,\s*|\s+))?(?:the\s+)?(?P<d1>{DAY})(?:(?P<dash>\s*(?:-|–|—|to|and)\s*)(?:the\s+)?(?P<d2>{DAY}))?"
    rf"\s+(?:of\s+)?(?P<mon>{MONTH_RE})(?:,?\s+(?P<y>{YEAR})(?!\d))?",
    0,
)
def day_month(m, text):
    """"27 February 2019", "27–28 February", "the 5th of May"."""
    mon = m["mon"]
    if mon[0].islower():
        return None
    if text[m.start("d1") - 1:m.start("d1")] in ("$", ".", ",") and m.start("d1") > 0 and text[m.start("d1") - 2:m.start("d1") - 1].isdigit():
        return None
    mo = month_num(mon)
    d1 = day_num(m["d1"])
    y = int(m["y"]) if m["y"] else None
    start = m.start() if m["wd"] else m.start("d1")
    if m["d2"]:
        d2 = day_num(m["d2"])
        if d2 <= d1:
            return None
        first_end = m.end("d1")
        s2 = m.start("d2")
        if y:
            if not (_valid(y, mo, d1) and _valid(y, mo, d2)):
                return None
            return [Found(start, first_end, "DATE", const(_ymd(y, mo, d1)), group=1),
                    Found(s2, m.end(), "DATE", const(_ymd(y, mo, d2)), group=1)]
        return [Found(start, first_end, "DATE", _month_resolver(mo, d1, start, m.end()), group=1),
                Found(s2, m.end(), "DATE", _month_resolver(mo, d2, start, m.end()), group=1)]
    if y:
        if not _valid(y, mo, d1):
            return None
        return Found(start, m.end(), "DATE", const(_ymd(y, mo, d1)), priority=2)
    return Found(start, m.end(), "DATE", _month_resolver(mo, d1, start, m.end()), priority=1)


@rule(rf"\b(?P<mod>{MOD_PREFIX})?(?P<mon>{MONTH_RE})(?:,?\s+|\s+of\s+)(?P<y>{YEAR}|'\d\d)(?!\d)", 0)
def month_year(m, text):
    """"July 1997", "late June 2018", "mid-March of 2003"."""
    mon = m["mon"]
    if mon[0].islower():
        return None
    mo, y = month_num(mon), year_num(m["y"])
    start = m.start("mod") if m["mod"] else m.start("mon")
    return Found(start, m.end(), "DATE", const(_ymd(y, mo, None)), _mod_of(m["mod"]), priority=1)


@rule(
    rf"\b(?:(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+coming)\s+|(?P<mod>{MOD_PREFIX}))?"
    rf"(?P<mon>{MONTH_RE})(?!\s*\d)(?:\s+(?P<rel2>last|this|next)\s+year)?\b",
    0,
)
def bare_month(m, text):
    """"in July", "last November", "early December", "June last year"."""
    mon = m["mon"]
    if not mon[0].isupper() or "." in mon or mon.lower() in ("jan", "feb", "mar", "apr", "jun", "jul",
                                                           "aug", "sep", "sept", "oct", "nov", "dec"):
        if not ("." in mon and (m["rel"] or m["mod"])):
            return None
    if mon.isupper() and len(mon) > 3:
        pass
    low = mon.lower()
    if low in ("may", "march") and not (m["rel"] or m["mod"] or m["rel2"]):
        if not _may_is_month(text, m.start("mon"), m.end("mon"), mon, False):
            return None
        if low == "may" and _word_after(text, m.end("mon")) in ("be", "have", "not", "also", "well", "i", "we",
                                                                 "the", "a", "it", "he", "she", "they", "you"):
            return None
    elif low == "may" and m["rel"] is None and m["mod"] is None and not m["rel2"]:
        return None
    # A capitalised month at the start of a title-cased phrase ("August Rush") is rare in news; accept.
    mo = month_num(mon)
    rel = (m["rel"] or "").lower()
    rel2 = (m["rel2"] or "").lower()
    mod = _mod_of(m["mod"])
    start = m.start()
    end = m.end()

    def res(doc):
        ref = doc.dct
        if rel2:
            y = ref.year + {"last": -1, "this": 0, "next": 1}[rel2]
            return _ymd(y, mo, None), R.PUBLISHED
        if rel == "last" or rel == "this past":
            y = ref.year if mo < ref.month else ref.year - 1
        elif rel in ("next", "this coming", "the coming"):
            y = ref.year if mo > ref.month else ref.year + 1
        elif rel == "this":
            y = ref.year
        else:
            y = R.month_year(doc, mo, None, doc.tense(start, end))
        return _ymd(y, mo, None), R.PUBLISHED

    return Found(start, end, "DATE", res, mod)


@rule(
    rf"\b(?P<pre>(?:the\s+)?(?P<mod>{MOD_PREFIX})?|fiscal\s+(?:year\s+)?|(?:the\s+)?(?:calendar|fiscal|financial)\s+year\s+|(?:the\s+)?(?:year|summer|winter|spring|autumn|fall)\s+(?:of\s+)?)"
    rf"(?<![\d$£€¥#.,/])(?<![A-Za-z0-9]-)(?P<y>{YEAR})(?!\d|,\d|\.\d|[-–]\d|%|s\b|'s\b)"
    rf"(?:(?P<dash>\s*(?:-|–|—|to|through|and|or|until)\s*|\s+to\s+|\s+and\s+)(?P<y2>{YEAR}|\d\d)(?!\d|,\d|\.\d|%|s\b))?",
    0,
)
def year(m, text):
    """"2018", "fiscal 1989", "mid-1996", "the end of 2024", "2003-2009", "2018 and 2019"."""
    y = int(m["y"])
    if not 1000 <= y <= 2099:
        return None
    before = _word_before(text, m.start("y"))
    pre = m["pre"] or ""
    if not pre.strip():
        # "Resolution 2397", "No. 1718", "Flight 2019" are names; "Hwasong-15"-style ids are excluded above
        if before and before[0].isupper() and before.lower().rstrip(".") not in _YEAR_OK_BEFORE and not before.isupper():
            if before.lower().rstrip(".") not in MONTHS:
                return None
        if before.lower() in ("no.", "#", "number", "resolution", "route", "flight", "page", "room", "article",
                              "section", "chapter", "paragraph", "model", "size", "over", "than", "about",
                              "nearly", "some", "almost", "and", "of"):
            if before.lower() not in ("and", "of") or not _years_nearby(text, m.start("y")):
                if before.lower() not in ("of",):
                    return None
        nxt = _word_after(text, m.end("y"))
        if nxt in QUANTITY_NOUNS:
            return None
        if re.match(r"\s*(?:%|percent|per\s+cent)", text[m.end("y"):]):
            return None
        if re.search(r"[$£€¥]\s*$", text[max(0, m.start() - 2):m.start()]):
            return None
    mod = _mod_of(m["mod"])
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
        if y2 <= y or y2 - y > 200:
            return Found(start, m.end("y"), "DATE", const(f"{y:04d}"), mod)
        is_range = joiner not in ("and", "or")
        s2 = m.start("y2")
        return [
            Found(start, m.end("y"), "DATE", const(f"{y:04d}"), mod, group=1 if is_range else 0),
            Found(s2, m.end("y2"), "DATE", const(f"{y2:04d}"), "", group=1 if is_range else 0),
        ]
    return Found(start, m.end("y"), "DATE", const(f"{y:04d}"), mod)


# Capitalised words that may stand before a year ("For 1988, ...", "That 1978 resolution"); any other
# capitalised word makes the number part of a name ("Resolution 2397", "Boeing 747").
_YEAR_OK_BEFORE = frozenset(
    "in since until till by during before after from through of and or to between the early late mid fiscal "
    "year summer winter spring autumn fall circa c ca end beginning start for at that this as with on than "
    "around about but since throughout post pre ending ended".split()
)


def _years_nearby(text: str, pos: int) -> bool:
    return bool(re.search(rf"{YEAR}\D{{1,12}}$", text[max(0, pos - 14):pos]))


@rule(
    rf"\b(?P<the>the\s+)?(?P<mod>(?:early|mid|late|middle\s+of\s+the|end\s+of\s+the|beginning\s+of\s+the|start\s+of\s+the)(?:-|\s+))?"
    rf"(?:(?P<dec>1[0-9]\d0|20[0-9]0)'?s|'(?P<dec2>\d0)s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
    I,
)
def decade(m, text):
    """"the 1990s" -> 199, "the early '80s" -> 198 START."""
    if m["dec"]:
        d = int(m["dec"]) // 10
    elif m["dec2"]:
        d = 190 + int(m["dec2"]) // 10 if int(m["dec2"]) >= 20 else 200 + int(m["dec2"]) // 10
    else:
        if not m["the"]:
            return None
        d = 190 + TENS[m["word"].lower().replace("ies", "y")] // 10
    if m["dec"] and re.match(r"\s*(?:%|percent)", text[m.end():]):
        return None
    mod = _mod_of(m["mod"])
    return Found(m.start(), m.end(), "DATE", const(f"{d:03d}"), mod)


@rule(rf"\b(?P<the>the\s+)?(?P<mod>(?:early|mid|late)(?:-|\s+))?(?P<n>\d{{1,2}})(?:st|nd|rd|th)[-\s]+century\b")
def century(m, text):
    n = int(m["n"])
    if not 1 <= n <= 22:
        return None
    return Found(m.start(), m.end(), "DATE", const(f"{n - 1:02d}"), _mod_of(m["mod"]))


@rule(r"\b(?P<pre>this|last|next|the\s+past|the\s+last|the\s+next|the\s+previous|the\s+current)\s+century\b")
def this_century(m, text):
    n = {"this": 0, "the current": 0, "last": -1, "the past": -1, "the last": -1, "the previous": -1,
         "next": 1, "the next": 1}[re.sub(r"\s+", " ", m["pre"].lower())]
    return Found(m.start(), m.end(), "DATE", lambda doc: (f"{doc.dct.year // 100 + n:02d}", R.PUBLISHED))


# ----------------------------------------------------------------------------- quarters, halves, seasons

Q_ORD = r"(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"


@rule(
    rf"\b(?:(?P<the>the)\s+)?(?:(?P<ypre>{YEAR})(?:'s)?\s+|(?P<rel>this|last|next)\s+year's\s+|(?P<cur>current|latest|same|comparable|year-(?:ago|earlier))\s+)?"
    rf"(?:(?:fiscal|financial|calendar)[-\s]+)?{Q_ORD}[-\s](?:fiscal[-\s])?quarter"
    rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<y>{YEAR})(?!\d)|(?P<rel2>this|last|next)\s+year|the\s+year))?\b"
)
def quarter(m, text):
    """"the third quarter", "third-quarter", "the fourth quarter of 2024", "2024's first quarter"."""
    q = ORDINALS[m["q"].lower()]
    if q > 4:
        return None
    y = m["y"] or m["ypre"]
    rel = (m["rel"] or m["rel2"] or "").lower()
    start = m.start()
    if not m["the"] and not m["ypre"] and not m["rel"] and not m["cur"]:
        start = m.start("q") if not re.match(r"(?:fiscal|financial|calendar)", text[m.start():m.start("q")], I) else m.start()
    end = m.end()
    cur = (m["cur"] or "").lower()

    def res(doc):
        if y:
            return f"{y}-Q{q}", R.EXPLICIT
        if rel:
            return f"{doc.dct.year + {'last': -1, 'this': 0, 'next': 1}[rel]}-Q{q}", R.PUBLISHED
        if cur.startswith("year-"):
            p = doc.prev_by_gran.get("quarter")
            base = p.year if p else doc.dct.year
            return f"{base - 1}-Q{q}", R.PREVIOUS
        if cur in ("same", "comparable"):
            p = doc.prev_by_gran.get("quarter")
            if p is not None:
                return f"{p.year}-Q{q}", R.PREVIOUS
        yy = R.quarter_year(doc, q)
        return f"{yy}-Q{q}", R.PUBLISHED

    return Found(start, end, "DATE", res)


@rule(r"\bQ(?P<q>[1-4])(?:\s+|/)(?P<y>(?:19|20)\d\d)\b|\b(?P<y2>(?:19|20)\d\d)\s*-?Q(?P<q2>[1-4])\b", 0)
def quarter_code(m, text):
    q = m["q"] or m["q2"]
    y = m["y"] or m["y2"]
    return Found(m.start(), m.end(), "DATE", const(f"{y}-Q{q}"))


@rule(
    rf"\b(?P<the>the\s+)(?P<adj>latest|most\s+recent|recent|past|last|current|same|comparable|year-ago|year-earlier|prior|previous|year-before)\s+(?:(?:fiscal|financial)\s+)?(?P<unit>quarter|period)"
    rf"(?P<ago>\s+(?:a|one|last)\s+year(?:\s+(?:ago|earlier|before))?)?\b"
)
def the_quarter(m, text):
    """"the latest quarter", "the year-ago quarter", "the same period a year ago": the quarter under discussion."""
    adj = m["adj"].lower()
    back = adj.startswith("year") or bool(m["ago"]) or adj in ("prior", "previous")
    same = adj in ("same", "comparable")
    unit = m["unit"].lower()
    if unit == "period" and not (back or adj in ("latest", "most recent", "same", "comparable", "current")):
        return None
    if same and not m["ago"]:
        return None

    def res(doc):
        if adj == "current":
            return quarter_of(doc.dct).value(), R.PUBLISHED
        p = doc.prev_by_gran.get("quarter")
        if p is None:
            p = shift(quarter_of(doc.dct), "quarter", -1)
            anchor = R.PUBLISHED
        else:
            anchor = R.PREVIOUS
        if back:
            if adj in ("prior", "previous") and not m["ago"]:
                p = shift(p, "quarter", -1)
            else:
                p = shift(p, "year", -1)
        return p.value(), anchor

    return Found(m.start(), m.end(), "DATE", res, remember=not back)


@rule(rf"\b(?P<the>the\s+)(?P<y>{YEAR})\s+(?:fiscal\s+)?(?P<unit>quarter|period)\b")
def the_year_period(m, text):
    """"the 1988 quarter", "the 1989 period": the quarter under discussion, in that year."""
    y = int(m["y"])

    def res(doc):
        p = doc.prev_by_gran.get("quarter")
        if p is None:
            return (f"{y:04d}", R.EXPLICIT) if m["unit"].lower() == "period" else ("", R.EXPLICIT)
        return f"{y:04d}-Q{p.sub}", R.EXPLICIT

    return Found(m.start(), m.end(), "DATE", res, remember=False)


@rule(r"\b(?P<the>the\s+)quarter\b(?!\s+(?:of|century|mile|point|percent|share|inch|ton|hour|note))")
def bare_quarter(m, text):
    if re.match(r"\s+(?:ended|ending|to|through)\b", text[m.end():]):
        pass

    def res(doc):
        p = doc.prev_by_gran.get("quarter")
        if p is None:
            return shift(quarter_of(doc.dct), "quarter", -1).value(), R.PUBLISHED
        return p.value(), R.PREVIOUS

    return Found(m.start(), m.end(), "DATE", res)


@rule(
    rf"\b(?P<the>the\s+)?(?P<which>first|second|last|latter)\s+half(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>this|last|next)\s+year|the\s+year))?\b"
)
def half(m, text):
    h = 1 if m["which"].lower() == "first" else 2
    if not (m["y"] or m["rel"] or re.search(r"\bthe\s+year\b", m.group(), I)):
        if not m["the"]:
            return None

    def res(doc):
        if m["y"]:
            return f"{m['y']}-H{h}", R.EXPLICIT
        if m["rel"]:
            return f"{doc.dct.year + {'last': -1, 'this': 0, 'next': 1}[m['rel'].lower()]}-H{h}", R.PUBLISHED
        cur_h = 1 if doc.dct.month <= 6 else 2
        y = doc.dct.year if h <= cur_h else doc.dct.year - 1
        return f"{y}-H{h}", R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res)


@rule(
    rf"\b(?:(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+coming|the\s+past|the\s+last)\s+|(?P<mod>{MOD_PREFIX})|(?P<the>the\s+))?"
    rf"(?P<s>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?P<y>{YEAR})(?!\d)|\s+(?P<rel2>last|this|next)\s+year)?"
)
def season(m, text):
    """"last summer" -> 2025-SU, "the winter of 1994", "early spring"."""
    word = m["s"].lower()
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if word == "fall" and not (rel or m["the"] or m["y"] or m["mod"] or m["rel2"]):
        return None
    if not (rel or m["the"] or m["y"] or m["mod"] or m["rel2"]):
        before = _word_before(text, m.start()).lower()
        if before not in ("in", "during", "this", "over", "by", "until", "since", "through"):
            return None
    if m["the"] and not m["y"] and _word_after(text, m.end()) in ("of", "and", "offensive", "session", "olympics",
                                                                 "games", "months", "term", "break", "holidays"):
        if _word_after(text, m.end()) != "of":
            return None
    code = SEASONS[word]
    idx = SEASON_ORDER.index(code)
    start, end = m.start(), m.end()
    if m["the"] and not m["y"]:
        start = m.start()

    def res(doc):
        if m["y"]:
            return f"{m['y']}-{code}", R.EXPLICIT
        if m["rel2"]:
            return f"{doc.dct.year + {'last': -1, 'this': 0, 'next': 1}[m['rel2'].lower()]}-{code}", R.PUBLISHED
        r = {"this past": "last", "the past": "last", "the last": "last", "this coming": "next",
             "the coming": "next"}.get(rel, rel)
        y = R.season_year(doc, idx, r, doc.tense(start, end))
        return f"{y}-{code}", R.PUBLISHED

    return Found(start, end, "DATE", res, _mod_of(m["mod"]))


# ----------------------------------------------------------------------------- weekdays and days

PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
PARTS_RE = r"(?:morning|afternoon|evening|night)"


@rule(
    rf"\b(?:(?P<mod>early|late|earlier|later)\s+(?:on\s+)?|(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+following|the\s+previous)\s+)?"
    rf"(?P<wd>{WEEKDAY_RE})(?P<poss>'s)?(?:\s+(?P<part>{PARTS_RE}))?(?P<plural>s)?\b",
    0,
)
def weekday(m, text):
    """"Sunday", "last Friday", "Monday morning", "early Tuesday"."""
    wd = WEEKDAYS[m["wd"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    part = (m["part"] or "").lower()
    if m["plural"]:
        if part:
            return Found(m.start("wd"), m.end(), "SET", const(f"XXXX-WXX-{wd}T{PART_OF_DAY[part]}"))
        return Found(m.start("wd"), m.end(), "SET", const(f"XXXX-WXX-{wd}"))
    if m.start() > 0 and text[m.start() - 1:m.start()] == "-":
        return None
    before = _word_before(text, m.start()).lower()
    if before in ("every", "each") and not rel:
        return None  # handled by the SET rule
    mod = {"early": "START", "late": "END"}.get((m["mod"] or "").lower(), "")
    start, end = m.start(), (m.end("poss") if m["poss"] and not part else m.end())
    if m["poss"] and not part:
        end = m.end("wd")
    time_suffix = f"T{PART_OF_DAY[part]}" if part else ""

    def res(doc):
        if rel in ("last", "this past"):
            d = R.weekday(doc, wd, "past")
            if d == doc.dct:
                d -= dt.timedelta(days=7)
        elif rel in ("next", "this coming"):
            d = R.weekday(doc, wd, "future")
            if d == doc.dct:
                d += dt.timedelta(days=7)
        elif rel in ("the following", "the previous") and doc.prev is not None and doc.prev.gran == "day":
            base = dt.date(doc.prev.year, doc.prev.sub, doc.prev.day)
            delta = (wd - base.isoweekday()) % 7 or 7
            d = base + dt.timedelta(days=delta if rel == "the following" else delta - 7)
            return d.isoformat() + time_suffix, R.PREVIOUS
        elif rel == "this":
            d = doc.dct + dt.timedelta(days=wd - doc.dct.isoweekday())
        else:
            # "Wednesday's ruling": a possessive weekday names something that has happened
            d = R.weekday(doc, wd, "past" if m["poss"] else doc.tense(start, end))
        return d.isoformat() + time_suffix, R.PUBLISHED

    return Found(start, end, "DATE", res, mod)


@rule(
    rf"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow|overnight)(?:\s+(?P<part>{PARTS_RE}))?\b"
    rf"|\bthe\s+day\s+(?P<ba>before\s+yesterday|after\s+tomorrow)\b"
    rf"|\b(?P<this>this|last|tomorrow|yesterday)\s+(?P<part2>morning|afternoon|evening|night)\b"
)
def deictic_day(m, text):
    """"today", "yesterday morning", "this morning", "last night", "the day before yesterday"."""
    if m["ba"]:
        n = -2 if m["ba"].lower().startswith("before") else 2
        return Found(m.start(), m.end(), "DATE",
                     lambda doc: ((doc.dct + dt.timedelta(days=n)).isoformat(), R.PUBLISHED))
    if m["this"]:
        w = m["this"].lower()
        part = m["part2"].lower()
        n = {"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1}[w]
        if w == "last" and part != "night":
            n = -1
        code = PART_OF_DAY[part]
        return Found(m.start(), m.end(), "TIME",
                     lambda doc: ((doc.dct + dt.timedelta(days=n)).isoformat() + f"T{code}", R.PUBLISHED))
    w = m["w"].lower()
    if w == "today" and re.match(r"['’]s\s+[a-z]", text[m.end():]):
        return None  # "today's youth": nowadays, not the day
    mod = {"early": "START", "late": "END"}.get((m["mod"] or "").lower(), "")
    n = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "overnight": 0}[w]
    part = (m["part"] or "").lower()
    suffix = f"T{PART_OF_DAY[part]}" if part else ("TNI" if w in ("tonight", "overnight") else "")
    typ = "TIME" if suffix else "DATE"
    if w == "tonight":
        typ = "TIME"
    return Found(m.start(), m.end(), typ,
                 lambda doc: ((doc.dct + dt.timedelta(days=n)).isoformat() + suffix, R.PUBLISHED), mod)


# ----------------------------------------------------------------------------- clock times

AMPM = r"(?:a\.m\.?|p\.m\.?|am\b|pm\b|a\.m|p\.m)"
ZONE = r"(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|KST|JST)\b)"


@rule(
    rf"\b(?P<approx>(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    rf"(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>{AMPM})|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?!\d|:\d|\s*(?:%|percent))"
    rf"|(?P<noon>noon|midnight|midday|mid[-\s]?afternoon|mid[-\s]?morning)|(?P<hw>1[0-2]|[1-9])(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|o['’]clock)))"
    rf"(?P<zone>{ZONE})?(?P<inm>\s+in\s+the\s+(?:morning|afternoon|evening))?"
    rf"(?:(?:,\s*|\s+)(?:(?:on\s+)?(?P<wd>{WEEKDAY_RE})|(?P<rel>today|tomorrow|yesterday)|(?P<mon>{MONTH_RE})\s+(?P<d>{DAY})))?",
    I,
)
def clock(m, text):
    """"10 a.m.", "3:30 p.m. EST Tuesday", "noon Thursday", "15:00"."""
    if m["h24"] is not None and m["ampm"] is None:
        # bare "10:30" is a time only in a time-like context ("at 10:30", "10:30 GMT")
        if not (_word_before(text, m.start()).lower() in ("at", "by", "until", "before", "after", "from", "around")
                or m["zone"]):
            return None
        hh, mi = int(m["h24"]), int(m["mi24"])
    elif m["noon"]:
        w = re.sub(r"[-\s]", "", m["noon"].lower())
        if m["noon"][0].isupper() and m.start() > 0 and text[m.start() - 2:m.start()].strip() not in ("", ".", ","):
            pass
        hh, mi = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0), "midafternoon": (-1, 0),
                  "midmorning": (-2, 0)}[w]
    elif m["hw"]:
        hh, mi = int(m["hw"]), 0
        if not m["inm"] and not re.match(r"\s+o['’]clock", text[m.end("hw"):]):
            return None
    else:
        hh = int(m["h"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
        mi = int(m["mi"] or 0)
    if m["ampm"] is None and m["noon"] is None and m["h24"] is None and m["hw"] is None:
        return None
    if m["mon"] and m["mon"][0].islower():
        return None
    wd = WEEKDAYS[m["wd"].lower()] if m["wd"] else None
    rel = (m["rel"] or "").lower()
    mon = month_num(m["mon"]) if m["mon"] else None
    dom = day_num(m["d"]) if m["d"] else None
    inm = (m["inm"] or "").lower()
    if inm and ("evening" in inm or "afternoon" in inm) and hh < 12 and m["ampm"] is None:
        hh += 12
    if hh == -1:
        tpart = "AF"
    elif hh == -2:
        tpart = "MO"
    else:
        tpart = f"{hh:02d}:{mi:02d}"
    start, end = m.start(), m.end()
    mod = "APPROX" if m["approx"] else ""

    def res(doc):
        if wd:
            d = R.weekday(doc, wd, doc.tense(start, end))
        elif rel:
            d = doc.dct + dt.timedelta(days={"today": 0, "tomorrow": 1, "yesterday": -1}[rel])
        elif mon:
            y = R.month_year(doc, mon, dom, doc.tense(start, end))
            if not _valid(y, mon, dom):
                return "", R.PUBLISHED
            d = dt.date(y, mon, dom)
        elif doc.prev is not None and doc.prev.gran == "day" and doc.prev_end >= start - 80:
            return f"{doc.prev.value()[:10]}T{tpart}", R.PREVIOUS
        else:
            d = doc.dct
        return f"{d.isoformat()}T{tpart}", R.PUBLISHED

    return Found(start, end, "TIME", res, mod)


# ----------------------------------------------------------------------------- relative to now

REL_UNIT = r"(?P<unit>day|week|weekend|month|quarter|year|decade|century)"


@rule(
    rf"\b(?:(?P<mod>{MOD_PREFIX}))?(?P<rel>this|last|next|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+current|the\s+previous|the\s+following|the\s+same|that|that\s+same|the\s+prior|the\s+preceding|the\s+current\s+fiscal|the\s+fiscal|this\s+fiscal|last\s+fiscal|next\s+fiscal|the\s+latest\s+fiscal|the\s+latest|the\s+new|the\s+full)\s+{REL_UNIT}\b"
)
def this_unit(m, text):
    """"last year", "this week", "next month", "earlier this year", "late last year", "the next day"."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    mod = _mod_of(m["mod"])
    start, end = m.start(), m.end()
    nxt = _word_after(text, end)
    if unit == "weekend":
        return _weekend(m, rel, mod)
    if unit == "day" and rel in ("this", "last", "the past", "the last", "the current", "the new", "the full", "the latest"):
        return None
    if rel in ("the past", "the last", "the coming", "the next") and unit not in ("day",) and nxt == "s":
        return None
    if rel in ("the past", "the last", "the coming") and unit in ("week", "month", "year", "decade", "century", "quarter"):
        # "the past year": a span reaching back from now
        if unit == "quarter":
            return None
        n = {"week": "P1W", "month": "P1M", "year": "P1Y", "decade": "P10Y", "century": "P100Y"}[unit]
        return Found(start, end, "DURATION", const(n))
    if rel in ("the new", "the full") and unit != "year":
        return None
    if rel in ("the fiscal", "the current fiscal", "this fiscal", "the latest fiscal"):
        if unit != "year":
            return None

    def res(doc):
        if rel in ("this", "the current", "the current fiscal", "this fiscal", "the fiscal", "the new", "the full"):
            p = R.relative_unit(doc, unit, 0)
            if rel == "the new":
                p = R.relative_unit(doc, unit, 1)
            return (p.value() if p else ""), R.PUBLISHED
        if rel in ("last", "last fiscal", "the latest fiscal"):
            p = R.relative_unit(doc, unit, -1)
            return (p.value() if p else ""), R.PUBLISHED
        if rel in ("next", "next fiscal"):
            p = R.relative_unit(doc, unit, 1)
            return (p.value() if p else ""), R.PUBLISHED
        if rel in ("the next", "the following", "the previous", "the prior", "the preceding", "the same", "that",
                   "that same", "the latest"):
            n = {"the next": 1, "the following": 1}.get(rel, -1 if rel in ("the previous", "the prior", "the preceding") else 0)
            if doc.prev is None:
                p = R.relative_unit(doc, unit, n if rel != "the next" else 1)
                return (p.value() if p else ""), R.PUBLISHED
            base = doc.prev
            from .values import coarsen
            gran = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
                    "decade": "decade", "century": "century"}[unit]
            if R._finer(gran, base.gran):
                return "", R.PREVIOUS
            p = shift(coarsen(base, gran), unit, n) if n else coarsen(base, gran)
            return (p.value() if p else ""), R.PREVIOUS
        return "", R.PUBLISHED

    typ = "DATE"
    return Found(start, end, typ, res, mod)


def _weekend(m, rel, mod):
    def res(doc):
        n = {"this": 0, "last": -1, "the past": -1, "the last": -1, "next": 1, "the coming": 1, "the next": 1}.get(rel, 0)
        ref = doc.dct
        # the weekend of the reference week is its Saturday/Sunday; "last weekend" the one before
        if rel in ("last", "the past", "the last"):
            sat = ref - dt.timedelta(days=(ref.isoweekday() - 6) % 7 or 7)
        elif rel in ("next", "the coming", "the next"):
            sat = ref + dt.timedelta(days=(6 - ref.isoweekday()) % 7 or 7)
        else:
            sat = ref + dt.timedelta(days=6 - ref.isoweekday())
        del n
        iso = sat.isocalendar()
        return f"{iso.year}-W{iso.week:02d}-WE", R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res, mod)


@rule(r"\b(?P<the>the\s+)weekend\b")
def the_weekend(m, text):
    def res(doc):
        ref = doc.dct
        tense = doc.tense(m.start(), m.end())
        if tense == "future":
            sat = ref + dt.timedelta(days=(6 - ref.isoweekday()) % 7)
        else:
            sat = ref - dt.timedelta(days=(ref.isoweekday() - 6) % 7)
            if sat > ref:
                sat -= dt.timedelta(days=7)
        iso = sat.isocalendar()
        return f"{iso.year}-W{iso.week:02d}-WE", R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res)


@rule(r"\b(?P<mod>(?:the\s+)?(?:end|beginning|start|middle|close|rest|balance)\s+of)\s+the\s+(?P<unit>year|month|week|decade)\b|\b(?P<ye>year|year['’]s)[-\s]end\b|\b(?P<ye2>end)\s+of\s+year\b")
def end_of_the_unit(m, text):
    """"the end of the year", "the beginning of the month", "year-end": a part of the current unit."""
    if m["ye"] or m["ye2"]:
        return Found(m.start(), m.end(), "DATE", lambda doc: (str(doc.dct.year), R.PUBLISHED), "END")
    unit = m["unit"].lower()
    mod = _mod_of(m["mod"]) if not re.search(r"rest|balance", m["mod"], I) else ""

    def res(doc):
        p = R.relative_unit(doc, unit, 0)
        return p.value(), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res, mod)


@rule(r"\b(?P<pre>for|of|during|throughout|in|over)\s+(?P<the>the\s+)(?P<unit>year|week|month)\b(?P<ended>\s+(?:ended|ending|to|through))?(?!\s+(?:of|before|after|when|that|in\s+which|-))")
def the_unit(m, text):
    """"for the year" (the current one), "in the year ended March 31" (a twelve-month span)."""
    unit = m["unit"].lower()
    start, end = m.start("the"), m.end("unit")
    if m["ended"]:
        return Found(start, end, "DURATION", const(_dur_value(1, unit)))

    def res(doc):
        return R.relative_unit(doc, unit, 0).value(), R.PUBLISHED

    return Found(start, end, "DATE", res)


@rule(r"\b(?P<mod>earlier|later|early|late)\s+(?:in\s+)?(?P<the>the|that)\s+(?P<unit>day|week|month|year)\b")
def earlier_in_the_unit(m, text):
    unit = m["unit"].lower()
    mod = _mod_of(m["mod"])

    def res(doc):
        if doc.prev is not None and m["the"].lower() == "that":
            from .values import coarsen
            if R._finer(unit, doc.prev.gran):
                return "", R.PREVIOUS
            return coarsen(doc.prev, unit).value(), R.PREVIOUS
        p = R.relative_unit(doc, unit, 0)
        return p.value(), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res, mod)


@rule(
    rf"\b(?P<approx>{APPROX_PREFIX})?(?P<n>{COUNT_RE})\s+(?:more\s+|full\s+|long\s+|trading\s+|business\s+|working\s+)?(?P<unit>second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))s?"
    rf"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|previously|hence|from\s+now|back)\b"
)
def ago(m, text):
    """"two years ago", "a day earlier", "two days later", "a week or so ago"."""
    unit = m["unit"].lower().replace("ie", "y").replace("fortnight", "week")
    n = parse_count(m["n"])
    d = m["dir"].lower()
    if unit in ("second", "minute", "hour") or (d in ("before", "after") and re.match(
            r"\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|I|that|this|[A-Z0-9])", text[m.end():])):
        # "an hour later", "two days after the summit": a duration hanging on another event
        end = m.start("dir")
        while end > m.start() and text[end - 1].isspace():
            end -= 1
        start = m.start("n") if m["approx"] and re.match(r"(?:about|just|only|some)\b", m["approx"], I) else m.start()
        return _duration_found(start, end, m["n"], unit, m["approx"], text)
    if d in ("before", "after"):
        # "two days after the summit": a duration hanging on another event; "two days after" alone: relative
        if re.match(r"\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|I|that|this|[A-Z0-9])", text[m.end():]):
            return _duration_found(m.start(), m.start("dir") - 1 if text[m.start("dir") - 1] == " " else m.start("dir"), m["n"], unit, m["approx"], text)
    if m["n"].lower() == "fortnight":
        n = 2
    if m["unit"].lower() == "fortnight":
        n = (n or 1) * 2
    sign = -1 if d in ("ago", "earlier", "before", "previously", "back") else 1
    from_prev = d in ("earlier", "later", "before", "after", "previously")
    mod = "APPROX" if m["approx"] and _approx_mod(m["approx"]) == "APPROX" else ""
    if n is None:
        if d != "ago":
            return None  # "a few days later": the duration rule tags "a few days"
        return Found(m.start(), m.end(), "DATE", const("PAST_REF", R.PUBLISHED), mod)
    if n != int(n):
        return Found(m.start(), m.end(), "DATE", const("PAST_REF" if sign < 0 else "FUTURE_REF", R.PUBLISHED), mod)
    n = int(n)
    comparison = unit == "year" and n == 1 and sign < 0
    return Found(m.start(), m.end(), "DATE", lambda doc: R.offset(doc, unit, sign * n, from_prev), mod,
                 remember=not comparison)


@rule(r"\b(?P<pre>the\s+(?:next|following|previous|prior|preceding|same)|that(?:\s+same)?|the\s+very\s+next)\s+(?P<unit>day|morning|afternoon|evening|night)\b|\bthe\s+day\s+(?P<ba>before|after)\b(?!\s+(?:yesterday|tomorrow))")
def next_day(m, text):
    """"the next day", "the following morning", "that day", "the day before": counted from the previous date."""
    if m["ba"]:
        n = -1 if m["ba"].lower() == "before" else 1
        part = ""
    else:
        pre = re.sub(r"\s+", " ", m["pre"].lower())
        n = {"the next": 1, "the following": 1, "the very next": 1, "the previous": -1, "the prior": -1,
             "the preceding": -1}.get(pre, 0)
        part = m["unit"].lower()
        if part == "day":
            part = ""
    suffix = f"T{PART_OF_DAY[part]}" if part else ""

    def res(doc):
        if doc.prev is None or doc.prev.gran != "day":
            if doc.prev is None:
                return (doc.dct + dt.timedelta(days=n)).isoformat() + suffix, R.PUBLISHED
            return "", R.PREVIOUS
        d = dt.date(doc.prev.year, doc.prev.sub, doc.prev.day) + dt.timedelta(days=n)
        return d.isoformat() + suffix, R.PREVIOUS

    return Found(m.start(), m.end(), "DATE", res)


# ----------------------------------------------------------------------------- references

@rule(
    r"\b(?:(?P<now>now|nowadays|these\s+days|currently|presently|at\s+present|at\s+the\s+moment|the\s+present(?:\s+day)?|so\s+far|to\s+date)"
    r"|(?P<past>(?:more\s+|most\s+|very\s+|until\s+)?recently|lately|previously|formerly|in\s+the\s+past(?=\W)|the\s+past|once\s+upon\s+a\s+time|of\s+late|earlier)"
    r"|(?P<future>(?:the\s+(?:near\s+|distant\s+|foreseeable\s+)?)?future|soon|shortly|someday|some\s+day|one\s+day|eventually|a\s+later\s+date|later\s+on))\b"
)
def refs(m, text):
    """"now" -> PRESENT_REF, "recently" -> PAST_REF, "the future" -> FUTURE_REF."""
    g = m.group().lower()
    nxt = _word_after(text, m.end())
    prev_word = _word_before(text, m.start()).lower()
    start, end = m.start(), m.end()
    if m["now"]:
        if g in ("so far", "to date"):
            return None
        if g == "now" and nxt in ("that",):
            return None
        if g.startswith("the present") and nxt not in ("", "s") and not re.match(r"\s*[,.;:)]", text[m.end():]):
            if g == "the present":
                return None
        return Found(start, end, "DATE", const("PRESENT_REF", R.PUBLISHED))
    if m["past"]:
        if g.startswith("in the past"):
            start = m.start() + g.index("the")
        if g == "the past" or g.startswith("in the past"):
            if nxt in ("few", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                       "year", "week", "month", "decade", "day", "days", "years", "weeks", "months", "decades",
                       "century", "quarter", "hour", "hours", "twelve", "twenty", "fortnight", "many") or nxt.isdigit():
                return None
        if g in ("earlier", "previously", "formerly", "once upon a time"):
            # mostly about the order of two events, not a time of their own; TimeML leaves them untagged
            return None
        return Found(start, end, "DATE", const("PAST_REF", R.PUBLISHED))
    if g in ("one day", "some day", "someday") and not re.match(r"\s*[,.;]", text[m.end():]):
        if g == "one day":
            return None
    if g in ("shortly", "eventually", "later on", "soon"):
        return None  # manner more than time: "soon" is rarely a timex in TimeML news
    if g == "future" and prev_word not in ("the", "in", "near", "for", "distant", "foreseeable"):
        if nxt not in ("", "s") and not re.match(r"\s*[,.;]", text[m.end():]):
            return None
    return Found(start, end, "DATE", const("FUTURE_REF", R.PUBLISHED))


@rule(r"\b(?P<w>current|recent|former|past|upcoming)\b(?P<rest>\s+(?:days|weeks|months|years|decades))?")
def ref_adjectives(m, text):
    w = m["w"].lower()
    if m["rest"]:
        unit = m["rest"].strip().lower()[0].upper()
        if w in ("recent", "past", "upcoming"):
            if w == "upcoming":
                return None
            code = {"D": "D", "W": "W", "M": "M", "Y": "Y"}.get(unit)
            if unit == "D" and m["rest"].strip().lower().startswith("decade"):
                code = "DE"
            return Found(m.start(), m.end(), "DURATION", const(f"PX{code}" if code != "DE" else "P10Y"))
        return None
    if w == "current":
        return Found(m.start(), m.end(), "DATE", const("PRESENT_REF", R.PUBLISHED))
    return None  # "recent talks": an adjective of recency, not a time in its own right


# ----------------------------------------------------------------------------- durations and sets

DUR_UNIT = r"(?P<unit>second|minute|hour|day|night|week|weekend|fortnight|month|year|decade|centur(?:y|ie)|quarter|season)s?"


def _dur_value(n: float | None, unit: str) -> str:
    unit = unit.lower()
    if unit.endswith("ie"):
        unit = unit[:-2] + "y"
    if unit == "fortnight":
        unit, n = "week", (n or 1) * 2 if n is not None else None
    if unit == "quarter":
        unit, n = "month", (n * 3 if n is not None else None)
    if unit == "decade":
        if n is None:
            return "PXDE"
        unit, n = "year", n * 10
    if unit == "century":
        if n is None:
            return "PXCE"
        unit, n = "year", n * 100
    if unit == "night":
        unit = "day"
    if unit in ("weekend", "season"):
        return "PXWE" if unit == "weekend" else "PXS"
    code = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    tpre = "T" if unit in ("second", "minute", "hour") else ""
    if n is not None and n != int(n):
        whole = int(n)
        frac = n - whole
        sub = {"Y": ("M", 12), "M": ("D", 30) if not tpre else ("S", 60), "W": ("D", 7), "D": ("H", 24),
               "H": ("M", 60), "S": ("S", 1)}[code]
        part = int(round(frac * sub[1]))
        if code == "D":
            return f"P{whole}DT{part}H" if whole else f"PT{part}H"
        if code == "M" and not tpre:
            return f"P{whole}M{part}D" if whole else f"P{part}D"
        return f"P{tpre}{whole}{code}{part}{sub[0]}" if whole else f"P{tpre}{part}{sub[0]}"
    return f"P{tpre}{fmt_count(n)}{code}"


def _duration_found(start, end, count, unit, approx, text, prefix_start=None):
    n = parse_count(count) if count else 1
    if count and count.lower() in ("a", "an"):
        n = 1
    return Found(prefix_start if prefix_start is not None else start, end, "DURATION",
                 const(_dur_value(n, unit), R.PUBLISHED), _approx_mod(approx))


@rule(
    rf"\b(?P<pre>(?:the|its|their|his|her)\s+)?(?P<which>(?:past|last|next|first|final|coming|previous|following|latest|remaining|initial|ensuing|preceding)\s+)?"
    rf"(?P<approx>{APPROX_PREFIX})?(?P<n>{COUNT_RE})(?P<plus>\s+or\s+(?:so|more|two|three))?"
    rf"(?:\s+|-)(?:more\s+|additional\s+|full\s+|long\s+|straight\s+|consecutive\s+|successive\s+|whole\s+|odd\s+)?{DUR_UNIT}"
    rf"(?P<old>[-\s]old)?(?P<ors>\s+or\s+(?:so|more|two|three|\w+\s+(?:days|weeks|months|years)))?\b(?!-)"
)
def duration(m, text):
    """"two years" -> P2Y, "the past three years" -> P3Y, "10-year" -> P10Y, "three hours" -> PT3H."""
    count = m["n"]
    low_count = count.lower()
    unit = m["unit"].lower()
    pre = (m["pre"] or "").lower().strip()
    which = (m["which"] or "").strip().lower()
    tail = text[m.end():m.end() + 12]
    if re.match(r"\s+(?:ago|earlier|later|hence|from\s+now|back|before|after|previously)\b", tail, I):
        if parse_count(count) is not None or re.match(r"\s+ago", tail, I):
            return None  # the "ago" rule owns it
    if low_count in ("a", "an", "some", "many", "few") and unit in ("second",):
        return None
    if low_count in ("some", "many", "few") and not m["approx"] and not which:
        if low_count == "some" and unit not in ("years", "year"):
            pass
    if unit == "second" and low_count in ("a",):
        return None
    if low_count in ("a", "an") and m["pre"] is None and not which:
        prev = _word_before(text, m.start()).lower()
        # "$5 a year", "twice a week": a rate, not a span
        if prev in ("times", "twice", "once", "thrice") or re.search(r"[\d%]\S*\s*$", text[max(0, m.start() - 12):m.start()]):
            return Found(m.start(), m.end(), "SET", const(_dur_value(1, unit)))
        if re.match(r"\s+(?:later|earlier|ago)", tail):
            return None
    plural = text[m.start("unit"):m.end("unit") + 1].lower().endswith("s")
    n = parse_count(count)
    if count.lower() in ("a", "an") and plural:
        return None
    start = m.start()
    if pre in ("its", "their", "his", "her", "a", "an"):
        start = m.start("which") if which else (m.start("approx") if m["approx"] else m.start("n"))
    if which in ("first", "final", "remaining", "initial", "latest", "last", "past", "next", "coming", "previous",
                 "following", "ensuing", "preceding") and not pre:
        start = m.start("which")
    if which == "" and pre == "the":
        start = m.start()
    if m["approx"] and not pre and not which:
        start = m.start("approx")
        if re.match(r"(?:about|only|barely|just|some|roughly)\b", m["approx"], I):
            start = m.start("n")  # TimeML keeps these hedges outside the span
    if pre == "the" and not which and "-" in text[m.start("n"):m.end("unit")]:
        start = m.start("n")  # "the 10-year plan": the article belongs to the noun
    if re.fullmatch(r"\d+(?:\.\d+)?", count) and unit in ("day", "hour") and m["old"] is None:
        # "24 hours" is fine; "5 day" without s is probably an adjective: "5 day" -> still a duration
        pass
    if re.fullmatch(r"\d{4}", count):
        return None
    if m["old"] or re.match(r"[-\s]+old\b", text[m.end():]):
        return None  # "a 9-year-old boy", "70 years old": an age, which TimeML does not tag
    end = m.end()
    if m["ors"]:
        end = m.end()
    value = _dur_value(n, unit)
    if low_count.startswith(("dozens", "hundreds", "thousands")):
        value = _dur_value(None, unit)
    return Found(start, end, "DURATION", const(value, R.PUBLISHED), _approx_mod(m["approx"]))


@rule(
    r"\b(?P<pre>for|over|in|within|during|lasted|last|lasting|took|take|takes|spent|spend|after)\s+(?P<the>(?:recent|the\s+past|the\s+last|the\s+coming|coming|the\s+next|many|several)\s+)?"
    r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b"
)
def bare_plural_duration(m, text):
    """"for years" -> PXY; "in recent weeks" -> PXW."""
    unit = m["unit"].lower()[:-1]
    if unit == "centurie":
        unit = "century"
    pre = m["pre"].lower()
    if not m["the"] and pre in ("in", "after", "during", "last", "take", "takes", "took", "spent", "spend"):
        if pre != "in":
            return None
        return None
    start = m.start("the") if m["the"] else m.start("unit")
    return Found(start, m.end(), "DURATION", const(_dur_value(None, unit)))


@rule(
    r"\b(?:(?P<every>every|each|per)\s+(?:(?P<other>other)\s+|(?P<n>\d+|two|three|four|five|six|ten|twelve|few)\s+)?(?P<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade|morning|afternoon|evening|summer|winter|spring|autumn|fall)s?"
    r"|(?P<adv>hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|annually|yearly|semiannually|semi-annually|twice-yearly))\b"
)
def sets(m, text):
    """"every week" -> SET P1W, "daily" -> P1D, "each year" -> P1Y."""
    if m["adv"]:
        adv = m["adv"].lower().replace("-", "")
        nxt = _word_after(text, m.end())
        # "the daily newspaper", "a weekly magazine": adjectives naming a publication are not times
        if adv in ("daily", "weekly", "monthly", "quarterly", "yearly") and nxt in (
                "newspaper", "paper", "magazine", "journal", "news", "mail", "telegraph", "star", "yomiuri",
                "herald", "express", "beast", "show", "column", "bulletin", "dose", "life", "routine"):
            return None
        if adv in ("daily", "weekly", "monthly", "quarterly", "yearly") and m.start() > 0 and text[m.start() - 1].isalpha():
            return None
        if adv in ("quarterly", "annual") and re.match(r"\s+[a-z]", text[m.end():]) and nxt not in _PREPOSITIONS:
            return None  # "its quarterly dividend": the adjective describes a payment, not a time
        if adv in ("daily", "weekly", "monthly", "quarterly", "yearly", "nightly") and text[m.start():m.start() + 1].isupper() and _word_before(text, m.start())[:1].isupper():
            return None
        v = {"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
             "fortnightly": "P2W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
             "semiannually": "P6M", "twiceyearly": "P6M"}[adv]
        return Found(m.start(), m.end(), "SET", const(v))
    unit = m["unit"].lower()
    if m["every"].lower() == "per" and unit in ("morning", "afternoon", "evening", "summer", "winter", "spring", "autumn", "fall"):
        return None
    if unit in ("morning", "afternoon", "evening"):
        return Found(m.start(), m.end(), "SET", const(f"XXXX-XX-XXT{PART_OF_DAY[unit]}"))
    if unit in SEASONS:
        return Found(m.start(), m.end(), "SET", const(f"XXXX-{SEASONS[unit]}"))
    n = 2 if m["other"] else (parse_count(m["n"]) if m["n"] else 1)
    if unit == "quarter":
        return Found(m.start(), m.end(), "SET", const(_dur_value((n or 1) * 3, "month")))
    if unit == "weekend":
        return Found(m.start(), m.end(), "SET", const("XXXX-WXX-WE"))
    return Found(m.start(), m.end(), "SET", const(_dur_value(n, unit)))


@rule(rf"\b(?P<every>every|each)\s+(?:other\s+)?(?P<wd>{WEEKDAY_RE})\b|\b(?:every|each)\s+(?P<mon>{MONTH_RE})\b", 0)
def set_weekday(m, text):
    if m["wd"]:
        return Found(m.start(), m.end(), "SET", const(f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}"))
    return Found(m.start(), m.end(), "SET", const(f"XXXX-{month_num(m['mon']):02d}"))


@rule(rf"\b(?:on\s+)(?P<wd>{WEEKDAY_RE})s\b", 0)
def plural_weekday(m, text):
    return Found(m.start("wd"), m.end(), "SET", const(f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}"))


# ----------------------------------------------------------------------------- misc phrases

@rule(r"\b(?P<pre>the\s+)?(?P<w>year|month|week)-(?P<how>earlier|ago|before|end|long|old)\b(?!\s+(?:quarter|period|nine|six|three))")
def year_earlier_adj(m, text):
    """"year-earlier" (as in "the year-earlier quarter"); "year-end" -> the end of this year."""
    how = m["how"].lower()
    w = m["w"].lower()
    if how == "long":
        return Found(m.start("w"), m.end(), "DURATION", const(_dur_value(1, w)))
    if how == "old":
        return None
    if how == "end":
        return Found(m.start("w"), m.end(), "DATE",
                     lambda doc: (str(doc.dct.year) if w == "year" else R.relative_unit(doc, w, 0).value(), R.PUBLISHED),
                     "END")

    def res(doc):
        p = doc.prev
        if p is None:
            q = R.relative_unit(doc, w, -1)
            return q.value(), R.PUBLISHED
        if w == "year":
            s = shift(p, "year", -1)
            return (s.value() if s else ""), R.PREVIOUS
        return "", R.PREVIOUS

    return Found(m.start("w"), m.end(), "DATE", res, remember=False)


@rule(r"\b(?P<h>christmas|christmas\s+eve|new\s+year's\s+(?:day|eve)|thanksgiving(?:\s+day)?|independence\s+day|easter(?:\s+sunday)?|memorial\s+day|labor\s+day|veterans\s+day|halloween|election\s+day)\b(?:\s+(?P<y>{YEAR}))?".replace("{YEAR}", YEAR), 0 | I)
def holiday(m, text):
    h = re.sub(r"\s+", " ", m["h"].lower())
    if not m["h"][0].isupper():
        return None
    fixed = {"christmas": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1), "new year's eve": (12, 31),
             "independence day": (7, 4), "halloween": (10, 31), "veterans day": (11, 11)}
    if h == "election day":
        def res_election(doc):
            yy = int(m["y"]) if m["y"] else R.month_year(doc, 11, 5, "future")
            first = dt.date(yy, 11, 2)  # the Tuesday after the first Monday in November
            return (first + dt.timedelta(days=(1 - first.weekday()) % 7)).isoformat(), R.EXPLICIT if m["y"] else R.PUBLISHED

        return Found(m.start(), m.end(), "DATE", res_election)

    def res(doc):
        if m["y"]:
            y, anchor = int(m["y"]), R.EXPLICIT
        else:
            y, anchor = None, R.PUBLISHED
        if h in fixed:
            mo, d = fixed[h]
            yy = y or R.month_year(doc, mo, d, doc.tense(m.start(), m.end()))
            return _ymd(yy, mo, d), anchor
        if h.startswith("thanksgiving"):
            yy = y or R.month_year(doc, 11, 28, doc.tense(m.start(), m.end()))
            first = dt.date(yy, 11, 1)
            d = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
            return d.isoformat(), anchor
        if h.startswith("memorial"):
            yy = y or R.month_year(doc, 5, 31, doc.tense(m.start(), m.end()))
            last = dt.date(yy, 5, 31)
            return (last - dt.timedelta(days=last.weekday())).isoformat(), anchor
        if h.startswith("labor"):
            yy = y or R.month_year(doc, 9, 7, doc.tense(m.start(), m.end()))
            first = dt.date(yy, 9, 1)
            return (first + dt.timedelta(days=(0 - first.weekday()) % 7)).isoformat(), anchor
        if h.startswith("easter"):
            yy = y or doc.dct.year
            return _easter(yy).isoformat(), anchor
        return "", anchor

    return Found(m.start(), m.end(), "DATE", res)


def _easter(y: int) -> dt.date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    dd = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(y, month, dd)


def iter_rules() -> Iterator[tuple[str, re.Pattern, Callable]]:
    return iter(_RULES)


_WORDS_IN_YEAR_WORDS = {**ONES, **TENS}


@rule(
    r"\b(?P<the>the\s+year\s+)?(?P<a>nineteen|twenty)[-\s](?P<b>(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|hundred|oh[-\s](?:one|two|three|four|five|six|seven|eight|nine))\b"
    r"|\b(?P<the2>the\s+year\s+)?two\s+thousand(?:\s+(?:and\s+)?(?P<c>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?))?\b(?!\s+(?:people|dollars|troops|years|miles|tons))"
)
def spoken_year(m, text):
    """"nineteen ninety-six", "the year two thousand" (transcribed speech)."""
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
    else:
        c = parse_count(m["c"]) if m["c"] else 0
        if c is None:
            return None
        y = 2000 + int(c)
        if not m["the2"] and not m["c"]:
            if _word_after(text, m.end()) not in ("", "s") and not re.match(r"\s*[,.;]", text[m.end():]):
                return None
    return Found(m.start(), m.end(), "DATE", const(f"{y:04d}"))


# ----------------------------------------------------------------------------- triggers

_UNIT_WORDS = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|season)s?|century|centuries"
_MONTH_WORDS = (r"jan|january|feb|february|mar|march|apr|april|may|june?|july?|aug|august|sept?|september|oct|october"
                r"|nov|november|dec|december")
# The words (lower-cased tokens: letter runs, or digits with any letters after them) that every match of
# a rule contains.  The extractor reads the text's words once and runs each rule only near its words.
_TRIGGERS = {
    "iso_date": r"\d{4}",
    "us_numeric_date": r"\d{1,2}",
    "month_day": _MONTH_WORDS,
    "day_month": _MONTH_WORDS,
    "month_year": _MONTH_WORDS,
    "bare_month": _MONTH_WORDS,
    "set_weekday": r"every|each",
    "year": r"1\d{3}|20\d\d",
    "decade": r"\d*0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties",
    "century": r"century|centuries",
    "this_century": r"century",
    "quarter": r"quarters?",
    "quarter_code": r"q[1-4]|\d{4}q[1-4]",
    "the_quarter": r"quarter|period",
    "the_year_period": r"quarter|period",
    "bare_quarter": r"quarter",
    "half": r"half",
    "season": r"spring|summer|autumn|fall|winter",
    "weekday": r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?",
    "plural_weekday": r"(?:mon|tues|wednes|thurs|fri|satur|sun)days",
    "deictic_day": r"today|tonight|yesterday|tomorrow|overnight|morning|afternoon|evening|night",
    "clock": r"\d{1,2}(?:am|pm)?|noon|midnight|midday|mid|midafternoon|midmorning",
    "this_unit": _UNIT_WORDS,
    "the_weekend": r"weekend",
    "end_of_the_unit": r"year|month|week|decade",
    "the_unit": r"year|week|month",
    "earlier_in_the_unit": r"day|week|month|year",
    "ago": _UNIT_WORDS,
    "next_day": r"day|morning|afternoon|evening|night",
    "refs": r"now|nowadays|days|day|currently|presently|present|moment|recently|lately|past|future|someday|later",
    "ref_adjectives": r"current|recent|former|past|upcoming",
    "duration": _UNIT_WORDS,
    "bare_plural_duration": r"(?:second|minute|hour|day|week|month|year|decade)s|centuries",
    "sets": r"every|each|per|hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|annually|yearly|semiannually|semi|twice",
    "year_earlier_adj": r"year|month|week",
    "holiday": r"christmas|new|thanksgiving|independence|easter|memorial|labor|veterans|halloween|election",
    "spoken_year": r"nineteen|twenty|thousand",
}
_TRIGGER_RES = [(k, re.compile(v)) for k, v in _TRIGGERS.items()]


@lru_cache(maxsize=65536)
def rules_for_word(word: str) -> tuple[str, ...]:
    """Names of the rules a (lower-cased) word can trigger."""
    return tuple(name for name, trig in _TRIGGER_RES if trig.fullmatch(word))
