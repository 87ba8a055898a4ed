"""A copy of a text for the grammar to read, the same length as the text, so that every span found in the copy
indexes the text as given.

Pasted and uploaded news brings HTML entities (``June&nbsp;12``, ``12&#8211;13``), odd spaces (no-break, thin,
zero-width, soft hyphens), full-width digits, headlines in capitals or in title case ("Will Launch Satellite Next
Week"), and chat-style text all in lower case.  The copy replaces each of these by what the grammar expects
(the grammar reads capitals as names: "Next Week" could be a show, "monday" is not how news writes a day),
padding with spaces where the original is longer, and nothing else.
"""

from __future__ import annotations

import html
import re

# Entities for a space or a dash, and the characters that stand for them: "June&nbsp;12" reads as "June 12".
ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
_AS_SPACE = frozenset("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u200b\u00ad\u2060\ufeff")
_ODD_SPACE = re.compile("[" + "".join(sorted(_AS_SPACE)) + "]")
_FULL_WIDTH = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)})
_FULL_WIDTH_DIGIT = re.compile("[\uff10-\uff19]")
_CAPITALS_LINE = re.compile(r"^[^a-z\n]*[A-Z]{2,}[^a-z\n]*$", re.MULTILINE)
_WORD = re.compile(r"[A-Z][A-Z'’]*")
# A month or weekday in capitals inside ordinary text ("on JUNE 12, 2018", "said on MONDAY").
_CAPITAL_DATE_WORD = re.compile(
    r"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\b(?=\.?\s*\d)"
    # ("MAY" is a modal and a name too: a month only before a day of the month, opening a line or after "on" or "by":
    # "* MAY 8 - Launches ...", not "the MAY 5 committee" (_month_in_capitals))
    r"|\bMAY(?=\s+(?:[1-9]|[12]\d|3[01])\b(?!\s*(?:%|PERCENT|percent|[.,]\d)))"
    r"|\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b"
)
_CAPITAL_DATE_HINTS = tuple("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC MON TUE WED THU FRI SAT SUN".split())
_LINE = re.compile(r"[^\n]+")
_HYPHEN_AT_LINE_END = re.compile(r"-[ \t]*\n")
# A month hyphenated at a line end, a day or a year after it ("adopted on 14 Febru-\nary 2025", text pasted from a
# PDF).  Rejoined, its letters moved together and padded with spaces where the hyphen and the break were: the
# word starts where it did, and a date read through it ends on the number after it, so the span still covers
# every character of the word as given.  A word that could end a date ("in Febru-\nary.", "yester-\nday") is
# left split: a span ending on the joined word would stop short of its last letters in the text as given.
_HYPHEN_WRAP = re.compile(r"\b(?P<a>[A-Za-z]{2,})-[ \t]*\n[ \t]*(?P<b>[a-zA-Z]{2,})\b(?=[ \t]+\d)")
# A month with soft hyphens inside it, a day or a year after it ("Sep\u00adtember 19"), rejoined the same way
_SOFT_HYPHENATED = re.compile(r"\b(?P<a>[A-Za-z]{2,})\u00ad(?P<b>[a-zA-Z]{2,}(?:\u00ad[a-zA-Z]{2,})*)\b(?=[ \t]+\d)")
_MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())
# Five or more words in capitals in a row inside a line that is not all capitals.
_CAPITALS_RUN = re.compile(r"\b(?:[A-Z][A-Z'’]*[\s,]+){4,}[A-Z][A-Z'’]*\b")
_THREE_CAPITAL_WORDS = re.compile(r"[A-Z][A-Z'’]*[\s,]+[A-Z][A-Z'’]*[\s,]+[A-Z]")
# Relative dates that a title-case headline capitalises and the grammar reads in lower case.
_TITLE_RELATIVE = re.compile(
    r"\b(?:(?:Last|Next|This|Past|Coming|Earlier|Later|Early|Late)(?:\s+(?:This|Last|Next))?\s+"
    r"(?:Week|Weekend|Month|Year|Decade|Days|Weeks|Months|Years)|(?:\w+\s+)(?:Days|Weeks|Months|Years)\s+Ago"
    r"|Today|Tonight|Tomorrow|Yesterday)\b"
)
_HEADLINE_SMALL_WORDS = frozenset("with from into over than after amid upon onto near says".split())
_LOWER_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def for_matching(text: str) -> str:
    """The text with entities, odd spaces and full-width digits made plain, a month hyphenated over a line
    break rejoined, and lines in capitals in title case; always exactly as long as ``text``."""
    if "&" in text:
        text = ENTITY.sub(_plain_entity, text)
    if "\u00ad" in text:
        text = _SOFT_HYPHENATED.sub(_rejoined, text)
    if _ODD_SPACE.search(text):
        text = _ODD_SPACE.sub(" ", text)
    if _FULL_WIDTH_DIGIT.search(text):
        text = text.translate(_FULL_WIDTH)
    # (each whole-text pattern behind a cheaper test of something every match holds: most texts hold none)
    if _HYPHEN_AT_LINE_END.search(text):
        text = _HYPHEN_WRAP.sub(_rejoined, text)
    text = _CAPITALS_LINE.sub(_title_case_line, text)
    if _THREE_CAPITAL_WORDS.search(text) and _CAPITALS_RUN.search(text):
        # a shouted quote inside a line ('wrote: "I WILL BE MEETING ... NEXT WEEK!"'): names keep a capital, and
        # the relative dates in it are read as the grammar reads them
        text = _CAPITALS_RUN.sub(lambda r: _TITLE_RELATIVE.sub(lambda w: w.group().lower(), _title_case_line(r)), text)
    if any(hint in text for hint in _CAPITAL_DATE_HINTS) and _CAPITAL_DATE_WORD.search(text):
        text = _CAPITAL_DATE_WORD.sub(_month_in_capitals, text)
    return _LINE.sub(_cased_line, text)


_MAY_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[*•\-–][ \t]*)?$|\b(?:[Oo][Nn]|ON|[Bb][Yy]|BY)\s+$")


def _month_in_capitals(m: re.Match) -> str:
    word = m.group()
    if word == "MAY" and not _MAY_LEAD.search(m.string, max(0, m.start() - 12), m.start()):
        return word
    return word[0] + word[1:].lower()


def _cased_line(m: re.Match) -> str:
    line = m.group()
    if not line.islower() and line.rstrip().endswith("."):
        return line  # (most lines: prose with capitals, ending on a full stop; neither case below)
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", line)
    if len(words) >= 4 and not any(c.isupper() for c in line) and sum(map(len, words)) >= 20:
        # "north korea fired a missile on monday": weekdays get the capital the grammar reads them by
        return _LOWER_WEEKDAY.sub(lambda w: w.group().capitalize(), line)
    long_words = [w for w in words if len(w) > 3 and w.lower() not in _HEADLINE_SMALL_WORDS]
    if len(long_words) >= 4 and all(w[0].isupper() for w in long_words) and not line.rstrip().endswith("."):
        # a title-case headline: "Will Launch Satellite Next Week" reads as "... next week"
        return _TITLE_RELATIVE.sub(lambda w: w.group()[0] + w.group()[1:].lower() if w.start() == 0 else w.group().lower(),
                                   line)
    return line


def _rejoined(m: re.Match) -> str:
    """"Febru-\nary" -> "February  " (same length), for a month only."""
    word = m["a"] + m["b"].replace("\u00ad", "")
    if word.lower() not in _MONTH_NAMES:
        return m.group()
    return word + " " * (len(m.group()) - len(word))


def entity_char(entity: str) -> str | None:
    """The one character an HTML entity stands for ("&#8212;" -> "—", a plain space for the odd spaces), or None for
    an entity we do not know (also used by titles.py)."""
    char = html.unescape(entity)
    if char in _AS_SPACE:
        return " "
    if len(char) != 1 or char == entity:
        return None
    return char


def _plain_entity(m: re.Match) -> str:
    char = entity_char(m.group())
    if char is None:
        return m.group()  # not an entity we know: leave it
    return char + " " * (len(m.group()) - 1)


def _title_case_line(m: re.Match) -> str:
    """"NORTH KOREA FIRES MISSILE ON MONDAY" -> "North Korea Fires Missile On Monday" (short words such as "US"
    or "UN" stay in capitals)."""
    line = m.group()
    if sum(c.isalpha() for c in line) < 12:
        return line  # "US", "PYONGYANG, Sept 19": too short to be a headline
    return _WORD.sub(lambda w: w.group() if len(w.group()) <= 3 and w.group() not in _SHORT_WORDS else
                     w.group()[0] + w.group()[1:].lower(), line)


_SHORT_WORDS = frozenset("ON IN AT BY TO OF FOR THE AND BUT NEW".split())
