"""Finding and normalising temporal expressions (TIMEX3) in a text.

Every grammar rule proposes spans; overlapping proposals are settled longest-first; the survivors are
resolved left to right so that "two days later" can count from the date mentioned before it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from .chronology import entry_at
from . import resolve as R
from .context import DocContext
from .grammar import Found, iter_rules, rules_for_word
from .lexicon import BARE_CLOCK_RE, OTHER_CLOCK_RE, WEEKDAYS
from .normalise import for_matching
from .results import Timex
from .values import coarsen, day, parse_value, point_range, shift


@dataclass(slots=True)
class Resolved:
    """A timex plus what the event builder needs and TimeML does not carry."""

    timex: Timex
    anchor: str
    group: int  # ranges share a non-zero group id


def find(text: str) -> list[Found]:
    """All non-overlapping spans the grammar proposes, in text order (not yet resolved)."""
    cands: list[Found] = []
    next_group = 1
    hits: dict[str, list[int]] = {}
    for w in _WORD_RE.finditer(text):
        if names := rules_for_word(w.group().lower()):
            start = w.start()
            for name in names:
                hits.setdefault(name, []).append(start)
    for name, pattern, handler, reach in iter_rules():
        if (positions := hits.get(name)) is None:
            continue  # (no word this rule needs: nothing to look for)
        for m in _matches(pattern, positions, text, reach):
            brk = _break_in(text, m.start(), m.end())
            if brk >= 0:  # "a day later\nJune 30, 2019 — ...": read what follows the break on its own
                m = pattern.search(text, brk, min(len(text), m.end() + reach[1]))
                if m is None or _break_in(text, m.start(), m.end()) >= 0:
                    continue
            try:
                out = handler(m, text)
            except (ValueError, KeyError, IndexError, OverflowError):
                continue
            if out is None:
                continue
            for f in out if isinstance(out, list) else (out,):
                if 0 <= f.start < f.end <= len(text) and _break_in(text, f.start, f.end) < 0:
                    if f.group:  # number each range apart: its parts must stay together
                        f.group = next_group
                    cands.append(f)
            next_group += 1
    # longest first (a range by the whole stretch it covers); then earlier; then rule priority.  A range's parts
    # are kept together.
    groups: dict[int, list[Found]] = {}
    for f in cands:
        if f.group:
            groups.setdefault(f.group, []).append(f)
    stretch = {g: max(x.end for x in members) - min(x.start for x in members) for g, members in groups.items()}
    cands.sort(key=lambda f: (-(stretch[f.group] if f.group else f.end - f.start), f.start, -f.priority))
    taken: list[tuple[int, int]] = []
    chosen: list[Found] = []
    seen_groups: set[int] = set()
    for f in cands:
        members = groups.get(f.group, [f]) if f.group else [f]
        if f.group and f.group in seen_groups:
            continue
        span_lo = min(x.start for x in members)
        span_hi = max(x.end for x in members)
        if f.group:
            seen_groups.add(f.group)
            # a range competes with the whole stretch it covers
            if _overlaps_taken(taken, span_lo, span_hi):
                continue
            bisect.insort(taken, (span_lo, span_hi))
            chosen.extend(members)
            continue
        if _overlaps_taken(taken, f.start, f.end):
            continue
        bisect.insort(taken, (f.start, f.end))
        chosen.append(f)
    chosen.sort(key=lambda f: f.start)
    return chosen


def _break_in(text: str, start: int, end: int) -> int:
    """Where the text after a paragraph break or a chronology entry's line start inside [start, end) begins, or -1
    ("... a day later\nJune 30, 2019 — ..."): inside a date, a line break is only ever a hard wrap of prose."""
    found = -1
    nl = text.find("\n", start, end)
    while nl >= 0:
        if text[nl + 1:end].lstrip(" \t").startswith("\n") or entry_at(text, nl + 1):
            found = nl + 1
        nl = text.find("\n", nl + 1, end)
    return found


def _overlaps_taken(taken: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether [lo, hi) overlaps any of the sorted, disjoint spans already taken."""
    i = bisect.bisect_left(taken, (hi, hi))
    return i > 0 and taken[i - 1][1] > lo


_WORD_RE = re.compile(r"[A-Za-z]+\d*|\d+[A-Za-z]*")


def _matches(pattern, positions, text: str, reach: tuple[int, int]):
    """Matches of pattern within reach of the given trigger positions.

    Compiled patterns take pos/endpos without slicing, so \\b and look-behinds still see the characters
    before a window; windows are merged so no match is found twice.
    """
    lo = hi = -1
    n = len(text)
    back, ahead = reach
    for p in positions:
        a, b = p - back, p + ahead
        if a < 0:
            a = 0
        if b > n:
            b = n
        if a <= hi:
            hi = b
            continue
        if hi >= 0:
            yield from pattern.finditer(text, lo, hi)
        lo, hi = a, b
    if hi >= 0:
        yield from pattern.finditer(text, lo, hi)


_YEAR_MONTH_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_YEAR_MONTH_OR_SEASON = re.compile(r"\d{4}-(?:\d\d|SP|SU|FA|WI)")


def resolve_all(text: str, dct: dt.date, found: list[Found]) -> list[Resolved]:
    doc = DocContext(text, dct)
    out: list[Resolved] = []
    headers = _header_lines(text)
    header_day: dict[int, dt.date] = {}  # a header line's start -> the day it names
    quotes = _quotations(text) if ('"' in text or "“" in text) else []
    quote_starts = [a for a, _b in quotes]
    before_quote: tuple | None = None  # the story's state when a quotation's first date came
    in_quote = -1
    habit_end = -1000  # where the last date read as any year's (a habit) ended
    for f in found:
        k = bisect.bisect_right(quote_starts, f.start) - 1
        q = k if k >= 0 and f.start < quotes[k][1] else -1
        if q != in_quote:
            if before_quote is not None:
                doc.restore(before_quote)  # 'told lawmakers: "... in October 2019." Two days later': from Tuesday
                before_quote = None
            if q >= 0:
                before_quote = doc.snapshot()
            in_quote = q
        header, ref = _header_before(headers, f.start), dct
        if header is not None and f.start >= header[1]:
            # "Sent: Tuesday, March 4, 2025" over "The envoys met yesterday": a message counts from its own day
            ref, header = header_day.get(header[0], dct), None
        said_on = (_quote_spoken_on(doc, quotes[q][0], text[f.start:f.end]) or _quote_said_after(doc, quotes[q][1])
                   if q >= 0 else None)
        doc.keep_story = False
        if doc.prev is not None and "of" in text[doc.prev_end:f.start] and _SLIDE_MARK.search(text, doc.prev_end, f.start):
            # "3 of 10" over a gallery's next caption: each picture tells its own story, with no day before it
            doc.prev = doc.scene_before = doc.before_prev = None
        try:
            if said_on is not None:
                # 'wrote late Saturday: "... NEXT WEEK"': a quote's "next week" counts from the day it was said
                doc.dct = said_on
            else:
                doc.dct = ref
            value, anchor = f.resolve(doc)
            if said_on is not None and anchor == R.PUBLISHED:
                anchor = R.PREVIOUS  # counted from the day (month, year) the quotation was told, given before it
        except (ValueError, OverflowError, KeyError, IndexError, AttributeError, TypeError):
            continue
        finally:
            doc.dct = dct
        if not value:
            continue
        if header is not None and anchor == R.EXPLICIT and f.type in ("DATE", "TIME") and header[0] not in header_day:
            p = parse_value(value)
            if p is not None and p.gran == "day":
                header_day[header[0]] = p.first_day()
        if f.type == "DURATION" and re.fullmatch(r"P(?:[6-9]|1[01])M", value):
            doc.months_span_end = f.end
        if f.type == "DURATION" and (within := _within_of_the_story(doc, f, value, out)) is not None:
            out.extend(within)
            continue
        if f.hangs_on is not None:
            n, unit, happening = f.hangs_on
            # (a day counted from it needs a day: "14 days before the vote" is no day of "the 2024 general election")
            told = R.happening_date(doc, happening, f.start, "day" if unit in ("day", "days", "week", "weeks") else "")
            dated = R.offset(doc, unit, n, True, f.start, base=told)[0] if told is not None else ""
            if not dated:
                if f.type == "DATE":
                    continue  # "the day before his arrival" with the arrival undated: no day to give
            else:
                # "Two days after the launch": the launch's date moved on, as TimeBank dates "10 days before the
                # murder"
                doc.remember(parse_value(dated), f.end, f.start)
                out.append(Resolved(Timex(f.start, f.end, text[f.start:f.end], "DATE", dated, f.mod), R.PREVIOUS,
                                    f.group))
                continue
        if (f.type == "DATE" and _YEAR_MONTH_OR_SEASON.fullmatch(value)
                and (_HABIT_BEFORE.search(text, max(0, f.start - 70), f.start)
                     or _EVERY_YEAR_AROUND.search(text, max(0, f.start - 70), f.start)
                     or _EVERY_YEAR_AFTER.match(text, f.end)
                     # (and the list that goes on from it: "... one in the spring and one in the fall, and ... in August")
                     # (not a clause of its own told in the past: "usually begins in mid-September, and the WFP
                     # estimated in the spring")
                     or 0 <= f.start - habit_end <= 60 and not re.search(r"[.!?;]\s|\n|\b[a-z]{3,}ed\b|\b(?:said|told|"
                                                                          r"made|held|took|met|gave|sent)\b",
                                                                          text[habit_end:f.start]))
                and not _YEAR_WRITTEN.search(text, f.start, f.end)):
            # "The exercise is normally held in August": any year's August (TimeML writes it XXXX-08), which the
            # story does not move to
            out.append(Resolved(Timex(f.start, f.end, text[f.start:f.end], f.type, "XXXX" + value[4:], f.mod), anchor,
                                f.group))
            habit_end = f.end
            continue
        if (f.type == "TIME" and out and out[-1].timex.type == "SET" and _DAILY_VALUE.fullmatch(out[-1].timex.value)
                and _BARE_CLOCK.fullmatch(text, f.start, f.end) and _AT_THE_HOUR.fullmatch(text, out[-1].timex.end, f.start)):
            # "twice a day, at 9 a.m. and 4 p.m.", "every day at 8 a.m.": that hour of every day
            out.append(Resolved(Timex(f.start, f.end, text[f.start:f.end], "SET", "XXXX-XX-XX" + value[10:], f.mod),
                                anchor, f.group))
            continue
        if (f.type == "DATE" and out and _DAY_OF_MONTH.fullmatch(text, f.start, f.end)
                and _EVERY_MONTH_VALUE.fullmatch(out[-1].timex.value)
                # (not after an aside closes: "their drills, held every August, on the 21st" are this August's)
                and _DAYS_OF_THAT_MONTH.fullmatch(text, out[-1].timex.end, f.start)):
            # "an awareness week each December, from the 10th to the 16th": those days of every December
            out.append(Resolved(Timex(f.start, f.end, text[f.start:f.end], "SET",
                                      f"{out[-1].timex.value[:7]}-{int(re.search(r'\d+', text[f.start:f.end])[0]):02d}",
                                      f.mod), anchor, f.group))
            continue
        if f.type in ("DATE", "TIME") and f.remember and not _OTHER_CLOCK.search(text, max(0, f.start - 14), f.start) \
                and not (_BRACKET_BEFORE.search(text, max(0, f.start - 3), f.start) and _ZONE.search(text, f.start, f.end)):
            # (not "..., which was Tuesday evening in Washington", nor "6:27 a.m. local time (2127 GMT on Tuesday)": the
            # story stays on its own clock's day)
            p = parse_value(value)
            if p is not None:
                doc.remember(p, f.end, f.start)
        mod = f.mod
        if not mod and f.type == "DATE" and _YEAR_MONTH_DAY.fullmatch(value) and (
                "around" in (near := text[max(0, f.start - 40):f.start].lower()) or "about" in near) \
                and _APPROX_BEFORE.search(text, max(0, f.start - 40), f.start):  # (cheap tests first)
            mod = "APPROX"  # "due to be published around December 20": about that day, not on it for certain
        out.append(Resolved(Timex(f.start, f.end, text[f.start:f.end], f.type, value, mod), anchor, f.group))
    _share_the_day_given_after(text, out)
    return out


# a habit told just before a month: "is normally held in", "usually hold their drills in"
_HABIT_BEFORE = re.compile(r"\b(?:usually|normally|typically|traditionally|customarily|routinely|used\s+to)\b"
                           r"[^.;:!?]{0,50}$",
                           re.IGNORECASE)
# the year's round told around a month: "a rally is held every year in May", "two exercises a year: ... in March",
# "in May each year"
_EVERY_YEAR_AROUND = re.compile(r"\b(?:(?:every|each)\s+year\s+(?:in|during|around)\s+(?:(?:early|mid|late)[-\s]+)?"
                                r"|a\s+year\s*:[^.;!?]{0,60})$", re.IGNORECASE)
_EVERY_YEAR_AFTER = re.compile(r"\s+(?:(?:every|each)\s+year|annually|yearly)\b", re.IGNORECASE)
_DAY_OF_MONTH = re.compile(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)
_DAILY_VALUE = re.compile(r"P1D|XXXX-XX-XX(?:T\d\d:\d\d)?")
_AT_THE_HOUR = re.compile(r",?\s+(?:at\s+)?|\s*(?:,\s*)?(?:and|or|to|-|–)\s+(?:at\s+)?")
_DAYS_OF_THAT_MONTH = re.compile(r",?\s+(?:from|between)\s+|\s+(?:on\s+)?|\s*(?:to|and|through|-|–)\s*")
_EVERY_MONTH_VALUE = re.compile(r"XXXX-\d\d(?:-\d\d)?")
_YEAR_WRITTEN = re.compile(r"\d{4}|['’]\d\d")
_OTHER_CLOCK = re.compile(OTHER_CLOCK_RE + "$")  # the same moment told on another clock
_BRACKET_BEFORE = re.compile(r"\(\s*$")
_ZONE = re.compile(r"\b(?:GMT|UTC|[ECMP][SD]T|ET|KST|JST|BST|CET)\b")
# ("around" and "about" only after a word that leaves them nothing else to mean: "completed around Nov. 1", "on or
# about June 14", not "get around Wednesday's ruling" or "talk about April")
_APPROX_BEFORE = re.compile(r"(?:\b(?:approximately|roughly|circa)|(?:\b(?:on|in|at|by|until|from|since|due|or|is|was|were|"
                            r"are|be|been|completed|expected|scheduled|published|released|held|arrived?|began|begin|"
                            r"started?|ended|occurred|happened|died|born)|,)\s+(?:around|about))\s+(?:on\s+)?$",
                            re.IGNORECASE)
_QUOTATION = re.compile(r"“[^“”]{1,3000}”|\"[^\"\n]{1,3000}\"")


def _quotations(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each quotation, in order: dates told inside one do not move the story outside it."""
    return [(m.start(), m.end()) for m in _QUOTATION.finditer(text)]


_WITHIN_OPENING = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)(Within)\s+$")
_WITHIN_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_WITHIN_SOME = {"D": 3, "W": 3, "M": 6, "Y": 3}
_MID_DAY = {"START": 1, "MID": 11, "END": 21}


def _within_of_the_story(doc: DocContext, f: Found, value: str, out: list[Resolved]) -> list[Resolved] | None:
    """"On the morning of June 25, 1950, troops crossed the parallel. Within three days they had taken Seoul": in a
    story told about an earlier year, a sentence opening "Within N units" in the past tense dates what it tells to
    the stretch from the date the story has reached to N units after it (a few, for "Within weeks"); the two ends
    of a range, no finer than the unit or than that date.  None when it stays a duration."""
    dur = re.fullmatch(r"P(\d+|X)([DWMY])", value)
    p = doc.prev
    if dur is None or p is None or p.gran not in ("day", "week", "month") or doc.prev_end > f.start:
        return None
    opening = _WITHIN_OPENING.search(doc.text, max(0, f.start - 12), f.start)
    if opening is None or f.start - doc.prev_end > 300 or point_range(p)[1].year >= doc.dct.year:
        return None
    if doc.tense(f.start, f.end) != "past":
        return None
    unit = _WITHIN_UNITS[dur[2]]
    # "within weeks" (or days): a few; "within months" reaches further, half a year (Singapore's June 12 summit came
    # "within months" of February's Olympics), since months are fewer to a year than weeks are to a month or two
    n = _WITHIN_SOME[dur[2]] if dur[1] == "X" else int(dur[1])
    first = point_range(p)[0]
    mod = out[-1].timex.mod if out and out[-1].timex.end == doc.prev_end else ""
    if p.gran == "month" and mod in _MID_DAY:
        first = first.replace(day=_MID_DAY[mod])  # "in mid-June ... Within weeks": from the middle of June
    start = day(first) if first != point_range(p)[0] else p
    end = shift(day(first), unit, n)
    if end is None:
        return None
    gran = max(unit, p.gran, key=("day", "week", "month", "year").index)
    end = coarsen(end, gran)
    w0, w1 = opening.start(1), opening.end(1)
    group = 1_000_000 + len(out)  # apart from the ranges the grammar numbered
    doc.remember(end, f.end, f.start)
    return [Resolved(Timex(w0, w1, doc.text[w0:w1], "DATE", start.value(), ""), R.PREVIOUS, group),
            Resolved(Timex(f.start, f.end, doc.text[f.start:f.end], "DATE", end.value(), ""), R.PREVIOUS, group)]


_BARE_CLOCK = re.compile(BARE_CLOCK_RE, re.IGNORECASE)
_OPENS_ON_A_CLOCK = re.compile(r"\d|(?i:noon|midnight|midday)")
_CLOCKS_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|to|until|till|through|-|–|—)\s+(?:[a-z]+\s+){0,3}?(?:at\s+)?")


# what may stand between a clock time and the day it is on, in one phrase: "at 6 a.m. near the house 10 days before"
_SAME_PHRASE = re.compile(r"(?:(?!\b(?:and|or|but|then|while|when|after|before|until)\b)[^.;:!?,\"“”()\n]){1,40}")


def _share_the_day_given_after(text: str, out: list[Resolved]) -> None:
    """"open at 7 a.m. and close at 8 p.m. on Nov. 4": a bare clock time takes the day the next one names; and "saw
    the car at 6 a.m. near the house 10 days before the murder", the day the phrase goes on to name."""
    for i in range(len(out) - 1):
        r, nxt = out[i], out[i + 1]
        if not (r.timex.type == "TIME" and _BARE_CLOCK.fullmatch(r.timex.text)
                and r.timex.value[:10] != nxt.timex.value[:10]):
            continue
        if ((nxt.timex.type == "TIME" and r.anchor == R.PUBLISHED and not _BARE_CLOCK.fullmatch(nxt.timex.text)
                and _CLOCKS_JOINED.fullmatch(text, r.timex.end, nxt.timex.start)
                # (a clock of its own: not "leave at 10 a.m. and return on Friday afternoon", the return's day)
                and _OPENS_ON_A_CLOCK.match(nxt.timex.text))
                or (nxt.timex.type == "DATE" and _DAY_VALUE.fullmatch(nxt.timex.value)
                    and _SAME_PHRASE.fullmatch(text, r.timex.end, nxt.timex.start)
                    # (not the next sentence's: "at 9:30 a.m. A day earlier, ...")
                    and not (r.timex.text.endswith(".") and re.match(r"\s+[A-Z]", text[r.timex.end:r.timex.end + 3])))):
            t = r.timex
            out[i] = Resolved(Timex(t.start, t.end, t.text, t.type, nxt.timex.value[:10] + t.value[10:], t.mod),
                              nxt.anchor, r.group)


# A line that dates the text below it: an e-mail's "Sent:" or "Date:" header, a quoted reply's "On <date> ...
# wrote:", a press release's "EMBARGOED UNTIL <date>" (quote markers "> " may open it).
_HEADER_LINE = re.compile(
    r"^[ \t]*(?:>[ \t]*)*(?:(?:Sent|Date)[ \t]*:[^\n]*|On[ \t][^\n]{6,200}?\bwrote[ \t]*:[ \t]*"
    r"|(?i:embargoed)[ \t]+(?i:until|till|to|for)\b[^\n]*)$",
    re.MULTILINE,
)


# Near a document's top, a line that is only a date (a statement's or testimony's "March 5, 2025"): the day the text
# below it was written.  (A dateline's day is the reference day from the start: extraction._dateline_day.)
_DATE_LINE = re.compile(
    # (after a label too: "From our archive: November 23, 2010")
    r"^[ \t]*(?:[A-Z][A-Za-z’' ]{2,30}:[ \t]*)?(?:[A-Z][a-z]+day,?[ \t]+)?(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
    r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4})[ \t]*[.:]?[ \t]*$", re.MULTILINE)
_DOCUMENT_TOP = 600


# A photo gallery's count over each caption: "4 of 12" alone on its line
_SLIDE_MARK = re.compile(r"\n[ \t]*\d{1,3}\s+of\s+\d{1,3}[ \t]*\n")


def _header_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each header-like line that may date the text below it."""
    # (further down too when there are several: a diary's or a notebook's dated entries, "March 3, 2003." over each)
    tops = [(m.start(), m.end()) for m in _DATE_LINE.finditer(text)]
    if len(tops) < 2:
        tops = [t for t in tops if t[0] < _DOCUMENT_TOP]
    if "Sent" not in text and "Date" not in text and "wrote" not in text and "mbargo" not in text.lower():
        return tops
    return sorted({*tops, *((m.start(), m.end()) for m in _HEADER_LINE.finditer(text))})


def _header_before(headers: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The last header line that starts at or before ``pos`` (the one it lies in, or the one above it)."""
    i = bisect.bisect_right(headers, (pos, 1 << 62)) - 1
    return headers[i] if i >= 0 else None


_REPORTED = re.compile(r"\b(?:said|says|saying|wrote|writes|writing|posted|posting|tweeted|told|added|declared"
                       r"|announced|stated|quoted|pledged|promised|vowed)\b")
# A quotation's own year or month ("within this year", "by next month"), which a month or a year the sentence gave
# just before it can anchor (its "today" could not: that would be a day the text never gave)
_QUOTED_YEAR_OR_MONTH = re.compile(r"\b(?:year|month)\b", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?]\s")


def _quote_spoken_on(doc: DocContext, opened: int, told: str) -> dt.date | None:
    """The day a quotation opened at ``opened`` was spoken or posted, when the sentence dates it to a day told just
    before it: 'Trump wrote on Truth Social late Saturday: "I WILL BE MEETING XI NEXT WEEK!"'. A month or a year told
    before it anchors the quotation's ``told`` year or month: 'In April 2018, they pledged a peace regime "within this
    year"' is 2018."""
    p = doc.prev
    if p is None or not 0 <= opened - doc.prev_end <= 300:
        return None
    if p.gran != "day" and not (p.gran in ("month", "year") and _QUOTED_YEAR_OR_MONTH.search(told)):
        return None
    if _SENTENCE_STOP.search(doc.text, doc.prev_end, opened):
        return None
    sentence_start = max(doc.text.rfind(". ", 0, doc.prev_end), doc.text.rfind("\n", 0, doc.prev_end))
    if not _REPORTED.search(doc.text, sentence_start + 1, opened):
        return None
    return p.first_day()


# '..." the envoy told reporters in Geneva on Wednesday': the attribution after a quotation, and the weekday it gives
_SAID_AFTER = re.compile(r"\s*,?\s*[^.!?\"“”\n]{0,60}?" + _REPORTED.pattern +
                         r"[^.!?\"“”\n]{0,50}?\bon\s+(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


def _quote_said_after(doc: DocContext, closed: int) -> dt.date | None:
    """The day a quotation was spoken, when the attribution after it gives a weekday: '"We met yesterday," the
    envoy told reporters on Wednesday' (so "yesterday" is Tuesday)."""
    m = _SAID_AFTER.match(doc.text, closed)
    if m is None:
        return None
    return R.weekday(doc, WEEKDAYS[m["wd"].lower()], "past")


def tag(text: str, dct: dt.date, plain: str | None = None) -> list[Resolved]:
    """The temporal expressions of ``text``, read from a same-length plain copy (see normalise.py; pass it as
    ``plain`` if already made) so that the spans and texts returned are those of ``text`` as given."""
    plain = for_matching(text) if plain is None else plain
    resolved = resolve_all(plain, dct, find(plain))
    if plain is text:
        return resolved
    return [Resolved(Timex(r.timex.start, r.timex.end, text[r.timex.start:r.timex.end], r.timex.type, r.timex.value,
                           r.timex.mod), r.anchor, r.group) for r in resolved]
