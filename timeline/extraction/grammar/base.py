"""What every grammar rule shares: the Found proposal, the @rule registry, and the small pattern
pieces and helpers the rules are built from."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .. import resolve as R
from ..chronology import chronicled, entry_told_done, opens_entry
from ..context import DocContext
from ..lexicon import FIGURES_FOR, MONTH_RE, MONTHS, fmt_count, parse_count
from ..values import point_range

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
    # (sign, n, unit, noun phrase) for "two days after the launch": a duration hanging on a happening, dated
    # when an earlier sentence tells when that happening was (timexes.resolve_all)
    hangs_on: tuple | None = None  # (n, unit, resolve.Happening)


I = re.IGNORECASE
# How far a match may start before its first trigger word and end after its last one ("the first two quarters of
# fiscal 1990").  A rule whose pattern cannot reach that far says so: every rule is searched in windows around
# its words, and a narrow window is what keeps the rules on common words ("year", "12") cheap.
REACH = (80, 80)
_RULES: list[tuple[str, re.Pattern, Callable, tuple[int, int]]] = []


def rule(pattern: str, flags: int = I, reach: tuple[int, int] = REACH):
    def deco(fn):
        _RULES.append((fn.__name__, re.compile(pattern, flags), fn, reach))
        return fn

    return deco


def in_one_cell(fn):
    """A tab is a hard boundary for a date phrase: in a table's row ("2007-02-13<TAB>February 13 agreement") the
    cells are apart, so a match running over a tab is read up to it only ("02-13<TAB>February" is no range)."""
    @functools.wraps(fn)
    def within(m, text):
        tab = text.find("\t", m.start(), m.end())
        if tab < 0:
            return fn(m, text)
        before = m.re.match(text, m.start(), tab)
        return fn(before, text) if before else None

    return within


def const(value: str, anchor: str = R.EXPLICIT) -> Resolver:
    return lambda doc: (value, anchor)


# ----------------------------------------------------------------------------- shared pieces

DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
ERA = r"(?:Juche|Meiji|Taish[oō]|Sh[oō]wa|Heisei|Reiwa)"  # calendars that count years from an era (see era_year)
DASH = r"\s*(?:-|–|—|to|through|until|till|thru)\s*"
MOD_PREFIX = (
    r"(?:(?:[Tt]he\s+)?(?:very\s+)?(?:(?:[Ee]arly|[Mm]id)[-\s]to[-\s](?:mid|late)|[Ee]arly|[Ll]ate|[Mm]id|[Mm]iddle|first\s+half|second\s+half"
    r"|latter\s+part|last\s+part|first\s+part|(?:first|last|final|closing|opening)\s+(?:days|weeks))"
    r"\s*(?:-|\s+of\s+(?:the\s+)?|\s+)|"
    # Nouns that are verbs too ("could start next month", "talks will end next year") join only with "-" or "of".
    r"(?:[Tt]he\s+)?(?:very\s+)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Cc]lose)(?:\s*-\s*|\s+of\s+(?:the\s+)?)|"
    r"(?:earlier|later)\s+(?:in\s+)?)"
)
APPROX_PREFIX = (
    r"(?:(?:about|around|approximately|roughly|nearly|almost|some|over|more\s+than|less\s+than|at\s+least"
    r"|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|fewer\s+than|just\s+over|just\s+under"
    r"|well\s+over|under|only|barely|close\s+to|the\s+better\s+part\s+of)\s+)"
)
AFTER_TOKEN = re.compile(r"\s*([A-Za-z%$]+|[%])?")
# Nouns that make a four-digit number a quantity, not a year ("2000 tonnes", "1500 troops").
QUANTITY_NOUNS = frozenset(
    "tonnes tons ton people troops soldiers men women children workers members votes units km miles "
    "meters metres feet pounds kg kilograms dollars won yen euros barrels cars vehicles jobs homes "
    "households acres hectares shares points employees delegates refugees prisoners missiles rockets "
    "pages words calories cases deaths visitors students families hours minutes seconds dead lbs mph "
    "kilometers kilometres rounds copies percent per times seats locations stores beds".split()
)


PREPOSITIONS = frozenset("in on at by for from to of and or with since until as than".split())


def mod_of(prefix: str | None) -> str:
    if not prefix:
        return ""
    p = prefix.lower()
    if re.search(r"to[-\s]late", p):
        return "END"  # "mid-to-late 2026": the later part of the year
    if re.search(r"early[-\s]to", p):
        return "START"
    if "first half" in p:
        return "START"
    if "second half" in p or "last half" in p or "latter" in p or "last part" in p:
        return "END"
    if "first part" in p or re.search(r"(?:first|opening)\s+(?:days|weeks)", p):
        return "START"
    if re.search(r"(?:last|final|closing)\s+(?:days|weeks)", p):
        return "END"
    if "mid" in p or "middle" in p:
        return "MID"
    if "early" in p or "beginning" in p or "start" in p or "earlier" in p:
        return "START"
    if "late" in p or "end" in p or "close" in p:
        return "END"
    return ""


def approx_mod(prefix: str | None) -> str:
    if not prefix:
        return ""
    p = prefix.lower().strip()
    # TimeML's MORE_THAN/LESS_THAN are outside the mods this project records; those stay unmarked.
    if p.startswith(("nearly", "almost", "close to")):
        return "APPROX"
    if p.startswith(("about", "around", "approximately", "roughly", "some")):
        return "APPROX"
    return ""


# Before a capitalised time word that names a programme or a paper: a possessive ("NBC's Today show", CBS's 60
# Minutes) or an acronym ("USA Today", "VOA Today").
_TITLE_OWNER = re.compile(r"(?:[A-Za-z]['’]s|\b[A-Z]{2,})\s+(?:[\"“‘]|''|``)?$")
_TITLE_NOUN = re.compile(r"[\"”]?\s+(?:show|programme|program|newspaper|broadcast|interview)\b")
# a quotation mark opening just before the time words (straight, curly, or TimeBank's `` and '')
# (not after a comma or a colon: 'she said, "Two Years."' quotes speech)
_QUOTE_OPENS = re.compile(r"(?:^|[^\s,:])\s*(?:[\"“‘']|''|``)$")
# and the rest of a quoted name after them, up to its closing mark: "One Hundred Years of Solitude", "60 Minutes."
_TITLE_CLOSES = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*|of|the|and|a|an|in|on|for|to|at|with|from)){0,6}[.,!?]?(?:[\"”’']|'')")


def names_a_title(text: str, start: int, end: int) -> bool:
    """Whether the time words text[start:end], each capitalised in mid-sentence, are the name of a programme or a
    paper ("USA Today", "NBC's Today show", CBS's "60 Minutes") rather than a time."""
    words = re.findall(r"[A-Za-z]+", text[start:end])
    if not words or not all(w[:1].isupper() for w in words):
        return False
    before = text[max(0, start - 30):start]
    if not before.strip() or re.search(r"(?:^|[.!?:\n])[\s\"“]*$", before):
        return False  # "Today the envoy left": a sentence's first word is capitalised anyway
    quoted = _QUOTE_OPENS.search(before) is not None and _TITLE_CLOSES.match(text, end) is not None
    return quoted or bool(_TITLE_OWNER.search(before)) or bool(_TITLE_NOUN.match(text, end))


def word_after(text: str, end: int) -> str:
    m = AFTER_TOKEN.match(text, end)
    return (m.group(1) or "").lower() if m else ""


def word_before(text: str, start: int) -> str:
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


def valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def ymd(y: int, m: int, d: int | None) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}" if d else f"{y:04d}-{m:02d}"


def month_year_at(doc: DocContext, m_: int, d_: int | None, start: int, end: int) -> tuple[int, str]:
    """The year of a month (or a day of it) named without one at ``start``, and how it was anchored."""
    # a chronology's line ("July 4 — North Korea launches ...") is told in the historical present, and its
    # days belong to the year of the line or of its heading
    y, tense = entry_reading(doc, m_, start, end)
    if y is not None:
        return y, R.PREVIOUS
    # a story about an earlier year goes on in that year ("in August 2003 ... from 27 to 29 August")
    y = R.same_month_year(doc, m_, start)
    if y is None:
        y = R.year_told(doc, m_, start, end, tense)
    if y is None and tense == "future":
        y = R.planned_then_year(doc, m_, d_, start)
    if y is None:
        return R.month_year(doc, m_, d_, tense, start, end), R.PUBLISHED
    return y, R.PREVIOUS


def entry_reading(doc: DocContext, month: int, start: int, end: int) -> tuple[int | None, str]:
    """The year a chronology entry's month belongs to, if its line or heading or the entry above tells it, and the
    tense to read the month by otherwise: none in an entry (told in the historical present) unless it tells what
    happened ("January: Kim declared ..." in a December review of the year is the January gone)."""
    entry, y = chronicled(doc.text, start)
    if y is None and entry:
        y = _entry_above(doc, month, start)  # "Mid-March:" under "January:": the list goes on in order
    return y, ("past" if entry_told_done(doc.text, end) else "") if entry else doc.tense(start, end)


def _entry_above(doc: DocContext, month: int, start: int) -> int | None:
    """The year of a month heading an entry right under another dated entry: the same year as the month above, or
    the next one when the month comes round again."""
    p = doc.prev
    if p is None or p.gran not in ("month", "day", "year", "season") or not 0 < doc.text.count(
            "\n", doc.prev_end, start) <= 2:
        return None
    if not opens_entry(doc.text, doc.prev_end - 1, doc.prev_end):
        return None  # "March 8 — Trump accepts ... to meet Kim by May": a date inside the entry above, not its own
    if p.gran in ("year", "season"):
        # "- Late 2018: Contacts stall. / - January 18: Trump meets ...": the January after the end of that year (or
        # the month after that season); a bare year above may go on with its own months
        if p.gran == "year" and not (doc.told and doc.told[-1][1] == doc.prev_end
                                     and _LATE_IN.match(doc.text, doc.told[-1][0])):
            return None
        last = point_range(p)[1]
        return last.year if month >= last.month else last.year + 1
    return p.year if month >= p.sub else p.year + 1


# "Late 2018", "End of 2018": the last part of a year
_LATE_IN = re.compile(r"(?:late|the\s+end\s+of|end\s+of)\s", re.IGNORECASE)


def month_resolver(m_: int, d_: int | None, start: int, end: int) -> Resolver:
    def res(doc: DocContext) -> tuple[str, str]:
        y, anchor = month_year_at(doc, m_, d_, start, end)
        if d_ and not valid(y, m_, d_):
            return "", anchor
        return ymd(y, m_, d_), anchor

    return res


def may_is_month(text: str, start: int, end: int, word: str, followed_by_number: bool) -> bool:
    """"May" and "March" are words first: only a capitalised one next to a date-like word is a month."""
    if word[0].islower():
        return False
    low = word.lower().rstrip(".")
    if low not in ("may", "march") and word.isupper() is False:
        return True
    if followed_by_number:
        return True
    before = word_before(text, start).lower()
    if before.rstrip(".") in MONTHS and re.search(r"[,&]\s*$|\band\s+$", text[max(0, start - 6):start]):
        return True  # "in April, May and September"
    if re.search(r"[,&]\s*$", text[max(0, start - 3):start]) and re.match(
            r"(?:,|\s+and|\s+or)\s+(?:January|February|April|June|July|August|September|October|November|December)\b",
            text[end:end + 16]):
        return True  # "in April 2018, May, July and October": one of a list of months
    if re.fullmatch(r"[ \t]*(?:[*•\-–][ \t]*)?", text[text.rfind("\n", 0, start) + 1:start]) and re.match(
            r"\s*(?::|—|–|--?)\s", text[end:end + 4]):
        return True  # a list entry's heading: "March: The North test-fires cruise missiles ..."
    if before == "for" and re.search(r"\b(?:planned|scheduled|slated|set|due|expected|pen(?:c)?il+ed\s+in|postponed|"
                                     r"delayed|moved|rescheduled|(?:pushed|put)\s+back)\s+for\s+$",
                                     text[max(0, start - 24):start], re.IGNORECASE):
        return True  # "a summit planned for May" (but "time for May to go": the prime minister)
    if before == "for" and FIGURES_FOR.search(text, max(0, start - 24), start):
        return True  # "data for May will be published": the month the data count
    return before in {"in", "since", "until", "till", "by", "during", "before", "after", "from", "through",
                      "last", "next", "this", "early", "late", "mid", "of", "and", "or", "between",
                      "to", "throughout", "that", "each", "every", "than"}  # ("no later than March")


def iter_rules() -> Iterator[tuple[str, re.Pattern, Callable, tuple[int, int]]]:
    return iter(_RULES)



PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
PARTS_RE = r"(?:morning|afternoon|evening|night)"

DUR_UNIT = r"(?P<unit>second|minute|hour|day|night|week|weekend|fortnight|month|year|decade|centur(?:y|ie)|quarter|season)s?"


def dur_value(n: float | None, unit: str) -> str:
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


def duration_found(start, end, count, unit, approx, text, prefix_start=None):
    n = parse_count(count) if count else 1
    if count and count.lower() in ("a", "an"):
        n = 1
    return Found(prefix_start if prefix_start is not None else start, end, "DURATION",
                 const(dur_value(n, unit), R.PUBLISHED), approx_mod(approx))


# How a text shows the order it writes a day and a month in: "12 June", "21st of September" and "25/12/2019" put
# the day first; "June 12" and "12/25/2019" the month.
_DAY_FIRST = re.compile(rf"\b(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}"
                        r"|(?:3[01]|2\d|1[3-9])/(?:1[0-2]|0?[1-9])/\d)")
_MONTH_FIRST = re.compile(rf"\b(?:{MONTH_RE}\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![,.]?\d)"
                          r"|(?:1[0-2]|0?[1-9])/(?:3[01]|2\d|1[3-9])/\d)")


@functools.lru_cache(maxsize=8)
def writes_day_first(text: str) -> bool:
    """Whether the text writes its dates day first, as British, Australian and Indian papers do, so that its
    "12/06/2018" is 12 June."""
    return len(_DAY_FIRST.findall(text)) > len(_MONTH_FIRST.findall(text))
