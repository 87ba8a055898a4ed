"""Quarters, halves and seasons: "the third quarter", "the year-ago period", "the first half", "last summer"."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .. import resolve as R
from ..context import PLANNED_FOR
from ..lexicon import COUNT_RE, MONTH_RE, MONTHS, ORDINALS, SEASONS, SHIFT, WEEKDAY_RE, WEEKDAYS, parse_count
from ..values import SEASON_ORDER, Point, point_range, quarter_of, shift, week_of
from .base import DAY, I, MOD_PREFIX, YEAR, Found, const, mod_of, month_num, rule, word_after, word_before

# ----------------------------------------------------------------------------- quarters, halves, seasons

# "the end of the third quarter", "the beginning of the second half": a part of the part of the year
_PART_OF = r"(?P<mod>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|close|middle)\s+of\s+)"
Q_ORD = r"(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"


# "ended Oct. 31, 1988" after a period's name
_ENDED_ON = re.compile(rf"\s+(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?(?P<mon>{MONTH_RE})\s+(?P<d>{DAY})\b"
                       rf"(?:,?\s+(?P<y>{YEAR}))?", I)


def _day_it_ended(doc, ended) -> tuple[dt.date | None, bool]:
    """The day a period ended on, told by a match of ``_ENDED_ON``, and whether its year was written; a day without a
    year is the latest such day, as the past verb says ("the second quarter ended Oct. 31", told on Oct. 27)."""
    mo, d = month_num(ended["mon"]), int(re.match(r"\d+", ended["d"]).group())
    y = int(ended["y"]) if ended["y"] else R.month_year(doc, mo, d, "past", ended.start("mon"), ended.end())
    try:
        return dt.date(y, mo, d), bool(ended["y"])
    except ValueError:
        return None, False


@rule(
    rf"\b(?:{_PART_OF})?(?:(?P<the>the)\s+)?(?:(?P<ypre>{YEAR})(?:'s)?\s+|(?P<rel>this|last|next)\s+year's\s+|(?P<cur>current|latest|"
    rf"same|comparable|year-(?:ago|earlier))\s+)?"
    rf"(?:(?:fiscal|financial|calendar)[-\s]+)?{Q_ORD}[-\s](?:fiscal[-\s])?quarter"
    rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<y>{YEAR})(?!\d)|(?P<rel2>this|last|next)\s+year|the\s+year"
    rf"|(?P<that>that(?:\s+same)?\s+year)))?\b"
)
def quarter(m, text):
    """"the third quarter", "third-quarter", "the fourth quarter of 2024", "2024's first quarter"."""
    q = ORDINALS[m["q"].lower()]
    if q > 4:
        return None
    y = m["y"] or m["ypre"]
    rel = (m["rel"] or m["rel2"] or "").lower()
    start = m.start()
    if not m["the"] and not m["ypre"] and not m["rel"] and not m["cur"] and not m["mod"]:
        start = m.start("q") if not re.match(r"(?:fiscal|financial|calendar)", text[m.start():m.start("q")], I) else m.start()
    end = m.end()
    cur = (m["cur"] or "").lower()
    ended = _ENDED_ON.match(text, end) if not y and not rel else None

    def res(doc):
        if y:
            return f"{y}-Q{q}", R.EXPLICIT
        if rel:
            return f"{doc.dct.year + SHIFT[rel]}-Q{q}", R.PUBLISHED
        if m["that"]:
            # "six launches between January and May 2025, and four in the first quarter of that year"
            p = R.story_point(doc)
            return (f"{p.year}-Q{q}", R.PREVIOUS) if p is not None else ("", R.PREVIOUS)
        if ended and (last := _day_it_ended(doc, ended))[0] is not None:
            # "the second quarter ended Oct. 31, 1988": of the year it ended in (a company's quarters need not be
            # the calendar's, so the number tells no month)
            return f"{last[0].year}-Q{q}", R.EXPLICIT if last[1] else R.PUBLISHED
        if cur.startswith("year-"):
            p = doc.focus_quarter
            base = p.year if p else doc.dct.year
            return f"{base - 1}-Q{q}", R.PREVIOUS
        if cur in ("same", "comparable"):
            p = doc.focus_quarter
            if p is not None:
                return f"{p.year}-Q{q}", R.PREVIOUS
        p = doc.prev
        if (p is not None and p.gran in ("quarter", "half") and p.year < doc.dct.year and 0 <= start - doc.prev_end <= 120
                and not re.search(r"[.!?;:]", doc.text[doc.prev_end:start])):
            # "12 arrived in the second quarter of 2020 and just two in the third quarter": of the year just told
            return f"{p.year}-Q{q}", R.PREVIOUS
        yy = R.quarter_year(doc, q)
        if yy < doc.dct.year and (doc.tense(start, end) == "future"
                                  or PLANNED_FOR.search(doc.text, max(0, start - 60), start)):
            yy += 1  # "a survey is planned for the third quarter", told in May, or "a visit, planned for the
            # second quarter, ...": the one to come
        return f"{yy}-Q{q}", R.PUBLISHED

    return Found(start, end, "DATE", res, mod_of(m["mod"]))


@rule(r"\b(?:[Ii]n|[Bb]y|[Dd]uring|[Ff]or|[Uu]ntil|[Bb]efore|[Aa]fter|[Ff]rom)\s+(?P<k>[QH])(?P<q>[1-4])\b"
      r"(?!\s*(?:/|\d|of\b))", 0)
def bare_quarter_code(m, text):
    """"expected to conclude in Q4": that quarter (or half) of the current year, or of the next when the clause
    looks ahead and it is over."""
    kind, q = m["k"], int(m["q"])
    if kind == "H" and q > 2:
        return None
    start = m.start("k")

    def res(doc):
        cur = (doc.dct.month - 1) // (3 if kind == "Q" else 6) + 1
        y = doc.dct.year
        if doc.tense(start, m.end()) == "future" and q < cur:
            y += 1
        elif doc.tense(start, m.end()) == "past" and q > cur:
            y -= 1
        return f"{y}-{kind}{q}", R.PUBLISHED

    return Found(start, m.end(), "DATE", res)



@rule(r"\b(?P<k>[QH])(?P<q>[1-4])(?:\s+|/|\s+of\s+)(?P<y>(?:19|20)\d\d)\b|\b(?P<y2>(?:19|"
      r"20)\d\d)\s*-?(?P<k2>[QH])(?P<q2>[1-4])\b"
      r"|\b(?P<q3>[1-4])(?P<k3>[QH])(?P<y3>\d\d)\b"
      r"|\bFY\s?(?P<fy>(?:19|20)\d\d|\d\d)(?:[-–/](?P<fy2>(?:19|20)?\d\d))?\b(?![-–/.:]\d)", 0)
def quarter_code(m, text):
    """"Q3 2024", "2024Q3", "H1 2025", "1H25", and "FY2024" (a fiscal year, kept as the calendar year); "FY2024-25",
    a fiscal year across two calendar years as India and Britain count them, is the two years."""
    if m["fy"]:
        fy = int(m["fy"]) if len(m["fy"]) == 4 else 2000 + int(m["fy"])
        if m["fy2"]:
            fy2 = int(m["fy2"]) if len(m["fy2"]) == 4 else fy // 100 * 100 + int(m["fy2"])
            if fy2 != fy + 1:
                return None
            return [Found(m.start(), m.start("fy2") - 1, "DATE", const(f"{fy:04d}"), group=1),
                    Found(m.start("fy2"), m.end(), "DATE", const(f"{fy2:04d}"), group=1)]
        return Found(m.start(), m.end(), "DATE", const(f"{fy:04d}"))
    kind = m["k"] or m["k2"] or m["k3"]
    q = int(m["q"] or m["q2"] or m["q3"])
    y = m["y"] or m["y2"] or (f"20{m['y3']}" if m["y3"] else None)
    if kind == "H" and q > 2:
        return None
    return Found(m.start(), m.end(), "DATE", const(f"{y}-{kind}{q}"))


# the words of a text that reports by periods: quarters, results
_QUARTER_WORD = re.compile(r"\b(?:quarter|net\s+income|profits?|earnings|revenues?|months\s+ended)\b", re.IGNORECASE)


@rule(
    r"\b(?:(?P<the>the\s+)(?:(?:comparable|same|corresponding)\s+(?=year-))?(?P<adj>latest|most\s+recent|recent|past|"
    r"last|current|same|comparable|corresponding|year-ago|year-earlier|prior|previous|year-before)\s+"
    r"|(?P<the2>the\s+)(?=quarter\s+(?:a|one|last)\s+year)|(?P<ly>last\s+year's\s+))"
    r"(?:(?:fiscal|financial)\s+)?(?P<unit>quarter|period)"
    r"(?P<ago>\s+(?:a|one|last)\s+year(?:\s+(?:ago|earlier|before))?)?\b"
)
def the_quarter(m, text):
    """"the latest quarter", "the year-ago quarter", "the same period a year ago", "last year's quarter":
    the quarter under discussion, or that quarter a year before."""
    adj = (m["adj"] or "").lower()
    back = adj.startswith("year") or bool(m["ago"] or m["ly"]) or adj in ("prior", "previous")
    same = adj in ("same", "comparable", "corresponding")
    unit = m["unit"].lower()
    if unit == "period" and not (back or adj in ("latest", "most recent", "same", "comparable", "current")):
        return None
    if unit == "period" and _QUARTER_WORD.search(text) is None:
        if same and m["ago"]:
            # "89 arrived in the first half of 2025, compared with 105 in the same period last year": the period just
            # told, a year back
            return Found(m.start(), m.end(), "DATE", _same_period_a_year_back, remember=False)
        return None  # "The chronology covers the most recent period": a quarter only where the text reports results
    if same and not m["ago"]:
        return None

    def res(doc):
        if adj == "current":
            return quarter_of(doc.dct).value(), R.PUBLISHED
        p = doc.focus_quarter
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


def _same_period_a_year_back(doc):
    """The period the story told last (a half, quarter, season, month or week), a year before; the year before the
    one told ("so far this year ... the same period last year"); none without a period told."""
    p = doc.prev
    if p is None or p.gran not in ("half", "quarter", "season", "month", "week", "year"):
        return "", R.PREVIOUS
    back = shift(p, "year", -1)
    return (back.value() if back is not None else ""), R.PREVIOUS


@rule(rf"\b(?P<the>the\s+)(?P<y>{YEAR})\s+(?:fiscal\s+)?(?P<unit>quarter|period)\b")
def the_year_period(m, text):
    """"the 1988 quarter", "the 1989 period": the quarter under discussion, in that year."""
    y = int(m["y"])

    def res(doc):
        p = doc.focus_quarter
        if p is None:
            return (f"{y:04d}", R.EXPLICIT) if m["unit"].lower() == "period" else ("", R.EXPLICIT)
        return f"{y:04d}-Q{p.sub}", R.EXPLICIT

    return Found(m.start(), m.end(), "DATE", res, remember=False)


@rule(rf"\b(?:{_PART_OF})?(?P<the>the\s+)quarter\b(?!-|\s+(?:of|century|mile|point|percent|share|inch|ton|hour|note))")
def bare_quarter(m, text):
    """"the quarter": the one a report is about, or the one that ends on the date after it ("the quarter
    ended July 31" covers May to July, so it is reckoned by the month and a half before its end)."""
    ended = _ENDED_ON.match(text, m.end())

    def res(doc):
        if ended:
            end, written = _day_it_ended(doc, ended)
            if end:
                return quarter_of(end - dt.timedelta(days=45)).value(), R.EXPLICIT if written else R.PUBLISHED
        p = doc.focus_quarter
        if p is None and doc.tense(*told) == "future":
            # "would compensate customers by the end of the quarter": the quarter under way, still to end
            return quarter_of(doc.dct).value(), R.PUBLISHED
        if p is None:
            return shift(quarter_of(doc.dct), "quarter", -1).value(), R.PUBLISHED
        return p.value(), R.PREVIOUS

    told = (m.start(), m.end())
    return Found(m.start(), m.end(), "DATE", res, mod_of(m["mod"]))


# A match's half: sport told just before it in its sentence, or the day or match it belongs to just after it
_SPORT_BEFORE = re.compile(r"\b(?:scor(?:ed|es|ing)|goals?|penalt(?:y|ies)|match(?:es)?|games?|final|kick-?off|"
                           r"led|trailed|equali[sz]ed|conceded)\b(?![^.!?]*[.!?])", I)
_MATCH_AFTER = re.compile(r"\s+(?:on\s+|of\s+(?:the\s+|\w+['’]s\s+)?)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                          r"|match|game|final|semi-?final|tie|derby)\b", I)


@rule(
    rf"\b(?:{_PART_OF})?(?P<the>the\s+)?(?P<which>first|second|last|latter)\s+half(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>this|last|"
    rf"next)\s+year|the\s+year))?\b"
)
def half(m, text):
    h = 1 if m["which"].lower() == "first" else 2
    if not (m["y"] or m["rel"] or re.search(r"\bthe\s+year\b", m.group(), I)):
        if not m["the"]:
            return None
        if _SPORT_BEFORE.search(text, max(0, m.start() - 80), m.start()) or _MATCH_AFTER.match(text, m.end()):
            return None  # "scored twice in the first half on Saturday": a half of the match, not of the year
        if re.match(r"\s+of\s+(?!(?:the\s+)?(?:year|decade|century|fiscal|financial)\b)", text[m.end():], I):
            return None  # "in the second half of the episode", "the first half of the report": a half of a thing
    res = _part_of_year(m, "H", h)
    return Found(m.start(), m.end(), "DATE", res, mod_of(m["mod"]))


@rule(
    rf"\b(?:the\s+)?(?P<which>first|last|final)\s+(?P<n>three|six|two|3|6|2)\s+(?P<unit>months|quarters)\s+of\s+"
    rf"(?:(?P<y>{YEAR})|(?P<rel>this|last|next)\s+year|the\s+year)\b"
)
def months_of_year(m, text):
    """"the first three months of the year" is its first quarter, "the last six months of 2024" its second half,
    "the first two quarters of 1990" its first half (without "of ..." they are spans: "the first nine months")."""
    n = {"three": 3, "six": 6, "two": 2, "3": 3, "6": 6, "2": 2}[m["n"].lower()]
    months = n * 3 if m["unit"].lower() == "quarters" else n
    first = m["which"].lower() == "first"
    if months == 3:
        return Found(m.start(), m.end(), "DATE", _part_of_year(m, "Q", 1 if first else 4))
    if months == 6:
        return Found(m.start(), m.end(), "DATE", _part_of_year(m, "H", 1 if first else 2))
    return None


def _part_of_year(m, kind: str, n: int):
    """The resolver of a half (H) or quarter (Q) of the year the match names (group y or rel), else of the latest
    year in which it has begun."""
    def res(doc):
        if m["y"]:
            return f"{m['y']}-{kind}{n}", R.EXPLICIT
        if m["rel"]:
            return f"{doc.dct.year + SHIFT[m['rel'].lower()]}-{kind}{n}", R.PUBLISHED
        current = (doc.dct.month - 1) // (6 if kind == "H" else 3) + 1
        tense = doc.tense(m.start(), m.end()) if n > current else ""
        the_year = re.search(r"\bthe\s+year\b", m.group(), I) is not None
        if tense == "future" or (tense != "past" and n > current and the_year):
            # "will consult before the second half of the year": this year's, still to come (a results report's "the
            # second half" is the last one that has begun)
            return f"{doc.dct.year}-{kind}{n}", R.PUBLISHED
        if n > current and (the_year and word_before(doc.text, m.start()).lower() == "for" or PLANNED_FOR.search(
                doc.text, max(0, m.start() - 60), m.start())):
            # (a visit "planned for the second quarter": this year's, not yet begun, whatever the tense)
            # "said Wednesday it needed grain for the second half of the year": what is needed for is this year's
            return f"{doc.dct.year}-{kind}{n}", R.PUBLISHED
        return f"{doc.dct.year if n <= current else doc.dct.year - 1}-{kind}{n}", R.PUBLISHED

    return res


_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


_BEFORE_A_SEASON = frozenset("in during by since until till through throughout over before after for from to until "
                             "and or early late mid of".split())


_SEASON_SHARING_A_YEAR = re.compile(rf"\s+and\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
                                    rf"(?P<y>{YEAR})(?!\d)", I)


@rule(
    rf"\b(?:(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+coming|the\s+past|the\s+last)\s+|"
    rf"(?P<mod>{MOD_PREFIX})|(?P<the>the\s+))?"
    rf"(?P<s>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?P<y>{YEAR})(?!\d)(?P<y2>[-–/]\d\d(?!\d))?"
    rf"|\s+(?:of\s+)?(?P<rel2>last|this|next)\s+year"
    rf"|\s+of\s+(?P<rel3>that|that\s+same|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year)?"
)
def season(m, text):
    """"last summer" -> 2025-SU, "the winter of 1994", "early spring", "the fall of that year" (the story's)."""
    word = m["s"].lower()
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if word == "fall" and not (rel or m["the"] or m["y"] or m["mod"] or m["rel2"]):
        return None
    if not (rel or m["the"] or m["y"] or m["mod"] or m["rel2"]):
        before = word_before(text, m.start()).lower()
        if before not in ("in", "during", "this", "over", "by", "until", "since", "through"):
            return None
    if m["the"] and not m["y"] and not m["rel2"] and not m["rel3"] and word == "fall" and (
            word_after(text, m.end()) == "of" or word_before(text, m.start()).lower() not in _BEFORE_A_SEASON):
        # "since the fall of the Soviet Union", "the fall of Saigon", "economists said the fall reflected a policy":
        # a collapse or a decline, not autumn ("in the fall" is)
        return None
    if m["the"] and not m["y"] and not m["rel3"] and word_after(text, m.end()) in ("of", "and", "offensive", "session", "olympics",
                                                                 "games", "months", "term", "break", "holidays",
                                                                 "recess", "vacation"):
        # ("the summer and autumn months", but "proposed in the summer and passed on Nov. 12" is a date)
        if (shared := _SEASON_SHARING_A_YEAR.match(text, m.end())) is not None:
            # "over the summer and autumn of 2025": the first season takes the year told after the second
            return Found(m.start(), m.end(), "DATE", const(f"{shared['y']}-{SEASONS[word]}", R.EXPLICIT),
                         mod_of(m["mod"]))
        if word_after(text, m.end()) not in ("of", "and") or (word_after(text, m.end()) == "and" and re.match(
                r"\s*and\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)\b", text[m.end():], I)):
            return None
    if not (m["y"] or m["rel2"] or m["rel3"]) and m["s"][0].isupper() and re.match(r"\s+[A-Z][a-z]", text[m.end():]):
        return None  # a name: "the Winter Olympic Games", "the Summer Palace", "the Spring Festival"
    code = SEASONS[word]
    idx = SEASON_ORDER.index(code)
    if m["y2"] and (code != "WI" or int(m["y2"][1:]) != (int(m["y"]) + 1) % 100):
        return None  # only a winter runs from one year into the next ("the winter of 1990-91")
    start, end = m.start(), m.end()
    if m["the"] and not m["y"]:
        start = m.start()

    year_after = _SEASON_IN_A_YEAR.match(text, end) if not (m["y"] or m["rel2"] or m["rel3"] or rel) else None

    def res(doc):
        if m["y"]:
            return f"{m['y']}-{code}", R.EXPLICIT
        if year_after:
            return f"{year_after['y']}-{code}", R.EXPLICIT  # "the drills were held in the spring in 2024 and 2025"
        if m["rel2"]:
            return f"{doc.dct.year + SHIFT[m['rel2'].lower()]}-{code}", R.PUBLISHED
        if m["rel3"]:
            # "said ... this week that it was discussed in the fall of that year": the year the story told, passing
            # over the news's own dates, as "that spring" does
            told = re.sub(r"\s+", " ", m["rel3"].lower())
            base = R.distal_story_point(doc) if told in ("that", "that same", "the same") else R.story_point(doc)
            n = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(told, 0)
            return (f"{base.year + n}-{code}", R.PREVIOUS) if base is not None else (
                f"{doc.dct.year + n}-{code}", R.PUBLISHED)
        r = {"this past": "last", "the past": "last", "the last": "last", "this coming": "next",
             "the coming": "next"}.get(rel, rel)
        if not r and code != "WI" and doc.prev is not None and doc.prev.gran == "season" and 0 <= start - doc.prev_end < 150 \
                and not re.search(r"[.!?]\s", text[doc.prev_end:start]) and doc.tense(start, end) != "future":
            # "It was the autumn of 1994, and the talks had been running since the summer": the year of the season
            # just told
            return f"{doc.prev.year}-{code}", R.PREVIOUS
        if not r:
            # "Putin flew to Pyongyang on June 19, 2024 ... By the autumn, ...": the season of the story's year
            # (not one years back the clause looks ahead from: "said it would propose a return performance in the
            # autumn", told in April 2018 after a story of 2017)
            y = R.story_year(doc, _SEASON_FIRST_MONTH[code], start) or R.paragraph_year(
                doc, start, _SEASON_FIRST_MONTH[code])
            if y is not None and not (y < doc.dct.year and doc.tense(start, end) == "future"):
                return f"{y}-{code}", R.PREVIOUS
        y = R.season_year(doc, idx, r, doc.tense(start, end))
        return f"{y}-{code}", R.PUBLISHED

    return Found(start, end, "DATE", res, mod_of(m["mod"]))


_SEASON_IN_A_YEAR = re.compile(rf"\s+in\s+(?P<y>{YEAR})(?!\d)")


@rule(rf"\b(?P<n>{COUNT_RE})\s+(?P<s>spring|summer|autumn|fall|winter)s\s+ago\b")
def seasons_ago(m, text):
    """"two summers ago": counted back from the last such season ("last summer" is one summer ago)."""
    n = parse_count(m["n"])
    if n is None or n != int(n) or not 1 <= n <= 50:
        return None
    code = SEASONS[m["s"].lower()]
    idx = SEASON_ORDER.index(code)

    def res(doc):
        return f"{R.season_year(doc, idx, 'last', 'past') - int(n) + 1}-{code}", R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res)


@rule(
    rf"\b(?P<rel>the\s+following|the\s+next|the\s+previous|the\s+preceding|that(?:\s+same)?|the\s+same)\s+"
    rf"(?P<name>{MONTH_RE}|spring|summer|autumn|fall|winter)(?!\s*\d)(?!\s+(?:year|month|day|week))\b",
    I,
)
def story_month_or_season(m, text):
    """"the following January", "that spring", "the previous autumn": a month or season counted from the date
    the story has reached, not from the published date."""
    name = m["name"].lower().rstrip(".")
    if m["name"][0].islower() and name in MONTHS:
        return None  # "that march", "the next may": words, not months
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    season = SEASONS.get(name)

    def candidates(years):
        for y in years:
            yield Point("season", y, SEASON_ORDER.index(season)) if season else Point("month", y, MONTHS[name])

    def res(doc):
        base = R.distal_story_point(doc) if rel in ("that", "that same") else R.story_point(doc)
        if base is None:
            return "", R.PUBLISHED
        first, last = point_range(base)
        years = range(base.year - 1, base.year + 3)
        if rel in ("the following", "the next"):
            p = min((c for c in candidates(years) if point_range(c)[0] > last), key=lambda c: point_range(c)[0])
        elif rel in ("the previous", "the preceding"):
            p = max((c for c in candidates(years) if point_range(c)[1] < first), key=lambda c: point_range(c)[0])
        else:  # "that spring": in the year the story is in
            p = next(candidates([base.year]))
        return p.value(), R.PREVIOUS

    return Found(m.start(), m.end(), "DATE", res)


@rule(rf"\b(?:the\s+)?(?P<ord>first|last|final|opening|closing)\s+week\s+of\s+(?:(?P<y>{YEAR})(?!\d)|"
      rf"(?P<rel>the\s+new|next|this|last)\s+year)", I)
def week_of_year(m, text):
    """"the final week of 2026", "the first week of the new year": the ISO week that opens or closes the year."""
    first = m["ord"].lower() in ("first", "opening")
    start, end = m.start(), m.end()

    def res(doc):
        if m["y"]:
            y, anchor = int(m["y"]), R.EXPLICIT
        else:
            rel = re.sub(r"\s+", " ", m["rel"].lower())
            y, anchor = doc.dct.year + {"the new": 1, "next": 1, "this": 0, "last": -1}[rel], R.PUBLISHED
        return week_of(dt.date(y, 1, 4) if first else dt.date(y, 12, 28)).value(), anchor

    return Found(start, end, "DATE", res, priority=2)




@rule(rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+(?P<wd>{WEEKDAY_RE})\s+(?:of|in)\s+"
      rf"(?:(?P<mon>{MONTH_RE})(?:,?\s+(?P<y>{YEAR})(?!\d))?|(?P<ny>the\s+new\s+year|next\s+year)"
      r"|(?P<nm>next|this|the)\s+month|(?:every|each)\s+(?P<every>" + MONTH_RE + "))", I)
def nth_weekday_of(m, text):
    """"the first Monday of the new year", "the last Friday of March", "the second Tuesday of next month"; "the
    first Sunday of every August" recurs, a set."""
    if m["mon"] and m["mon"][0].islower():
        return None
    if m["every"]:
        return Found(m.start(), m.end(), "SET", const(f"XXXX-{month_num(m['every']):02d}"))
    wd = WEEKDAYS[m["wd"].lower()]
    ordinal = m["ord"].lower()
    start, end = m.start(), m.end()

    def res(doc):
        if m["ny"]:
            y, mo, anchor = doc.dct.year + 1, 1, R.PUBLISHED
        elif m["nm"]:
            later = m["nm"].lower() == "next"
            mo = doc.dct.month % 12 + 1 if later else doc.dct.month
            y = doc.dct.year + (1 if later and mo == 1 else 0)
            anchor = R.PUBLISHED
        else:
            mo = month_num(m["mon"])
            y = int(m["y"]) if m["y"] else (R.story_year(doc, mo, start)
                                            or R.month_year(doc, mo, None, doc.tense(start, end)))
            anchor = R.EXPLICIT if m["y"] else R.PUBLISHED
        if ordinal in ("last", "final"):
            d = dt.date(y, mo, calendar.monthrange(y, mo)[1])
            d -= dt.timedelta(days=(d.isoweekday() - wd) % 7)
        else:
            d = dt.date(y, mo, 1)
            d += dt.timedelta(days=(wd - d.isoweekday()) % 7 + 7 * (ORDINALS[ordinal] - 1))
            if d.month != mo:
                return "", anchor
        return d.isoformat(), anchor

    return Found(start, end, "DATE", res, priority=2)


@rule(
    rf"\b(?:the\s+)?(?:(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>{MONTH_RE})"
    rf"|week\s+(?:of|beginning|starting|commencing)\s+(?:(?P<mon2>{MONTH_RE})\s+(?P<d>{DAY})"
    rf"|(?P<d_first>{DAY})\s+(?P<mon3>{MONTH_RE})))(?:,?\s+(?P<y>{YEAR}))?(?!\d)",
    I,
)
def week_of_month(m, text):
    """"the first week of October", "the week of March 6", "the week commencing 16 March": a calendar week, as ISO
    numbers it."""
    name = m["mon"] or m["mon2"] or m["mon3"]
    day_told = m["d"] or m["d_first"]
    if name[0].islower():
        return None
    mo = month_num(name)
    start, end = m.start(), m.end()

    def res(doc):
        dom = int(re.match(r"\d+", day_told).group()) if day_told else None
        y = int(m["y"]) if m["y"] else (R.story_year(doc, mo, start)
                                        or R.month_year(doc, mo, dom, doc.tense(start, end)))
        if day_told:
            day_ = dom
        else:
            last = calendar.monthrange(y, mo)[1]
            ordinal = m["ord"].lower()
            # a week belongs to the month that holds most of it: count from the first Monday, or back from
            # the last Sunday
            if ordinal in ("last", "final"):
                d = dt.date(y, mo, last)
                d -= dt.timedelta(days=(d.isoweekday() % 7))
                return week_of(d).value(), R.EXPLICIT if m["y"] else R.PUBLISHED
            first_monday = 1 + (8 - dt.date(y, mo, 1).isoweekday()) % 7
            if first_monday > 4:
                first_monday -= 7  # the 1st falls Tuesday to Thursday: its week is the first
            day_ = max(1, first_monday) + 7 * (ORDINALS[ordinal] - 1)
            if day_ > last:
                return "", R.PUBLISHED
        return week_of(dt.date(y, mo, day_)).value(), R.EXPLICIT if m["y"] else R.PUBLISHED

    return Found(start, end, "DATE", res)
