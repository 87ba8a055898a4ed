"""Page furniture: the parts of a news page that carry dates but tell no news (datelines, bylines, update stamps,
headings, transcript stage directions, links to other coverage), and live-blog entry stamps, which date the entry
they open."""

from __future__ import annotations

import re

from .chronology import heading_at
from .context import looks_like_verb
from .lexicon import may_hold
from .values import value_range

DATELINE = re.compile(
    r"[A-Z][A-Za-z.'’ /-]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,\s*[^()\n]{3,30}?\s*\((?:[A-Z][A-Za-z/-]*\s*){1,3}\)\s*(?:--|[-—–_])"
    # without an agency the city is in capitals: "KUALA LUMPUR, Sept 19 —", "BRUSSELS, 19 September 2025 –"
    # (but a schedule's day in capitals is no city: "TUESDAY, 10:00 KST — Kim departs")
    r"|(?!(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b)[A-Z][A-Z.'’ /-]{2,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,\s*[^()\n]{3,30}?\s*"
    r"(?:[-—–_]{1,2}|--)\s"
    # a date and the agency without a city, as a wire's factbox opens: "Oct 27 (Reuters) - "
    r"|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s*\((?:[A-Z][A-Za-z/-]*\s*){1,3}\)\s*(?:--|[-—–_])"
    # TASS's: "VLADIVOSTOK, April 25. /TASS/. "
    r"|[A-Z][A-Z.'’ -]{2,40},\s*[^()\n/]{3,30}?\.?\s*/[A-Z][A-Za-z-]{1,12}/\.?(?=\s)")
# Opening a document only (further down it may be a chronology line), a city in title case before a date and a
# dash: "Vienna, 9 June 2025 — ...", "Seoul, Dec. 2 — ...", "Seoul, 3rd March — ..."
FIRST_LINE_DATELINE = re.compile(
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2},[ \t]*(?:[A-Z][a-z]+,?[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}\.?,?"
    r"|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?)(?:[ \t]+\d{4})?[ \t]*(?:—|–|--)\s")


# A dateline without a date, opening a report: "SEOUL (Reuters) - ", "WASHINGTON, D.C. — ", "Seoul (AFP) — "
_UNDATED_DATELINE = re.compile(
    # (the outlet in brackets may be described: "SEOUL (Regional daily) —", "BEIJING (Hong Kong daily, foreign desk) —")
    # (a wire story filed from two cities: "PYONGYANG/TOKYO (Reuters) - ")
    # (and the agency's own casing: "BERLIN/SEOUL (dpa-English) - ")
    r"[ \t]*(?:[A-Z][A-Z.'’ /-]{2,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?(?:\s*\([A-Za-z][^()\n]{0,40}\))?"
    r"|[A-Z][A-Za-z.'’ /-]{1,40}\s*\((?:[A-Z][A-Za-z-]*\s*){1,3}\))\s*(?:[-—–]|--)\s")
# A wire's tag for a story filed again: "(UPDATE 2) ", "(REFILE) ", "(CORRECTED) "
_UPDATE_TAG = re.compile(r"[ \t]*\((?:UPDATE|REFILE|CORRECTED|RPT|REPEAT|WRAPUP|CORRECTION)\b[^()\n]{0,20}\)[ \t]*")


def opening_dateline(sentence: str) -> int:
    """Where the text after the dateline opening ``sentence`` begins ("SEOUL, Sept. 19 (Reuters) - North Korea
    ..."), dated or not; 0 when there is none."""
    m = dateline_at(sentence, len(sentence) - len(sentence.lstrip())) or _UNDATED_DATELINE.match(sentence)
    end = m.end() if m else 0
    tag = _UPDATE_TAG.match(sentence, end)
    return tag.end() if tag else end


def dateline_at(text: str, line_start: int) -> re.Match | None:
    """The dateline opening the line at ``line_start``, if any."""
    if line_start == len(text) - len(text.lstrip()):
        first = FIRST_LINE_DATELINE.match(text, line_start)
        if first and _MORE_PLACE_DATE_LINES.search(text, first.end(), first.end() + 2000):
            first = None  # "Singapore, June 12, 2018 — ..." over more lines like it: a chronology
        return DATELINE.match(text, line_start) or first
    return DATELINE.match(text, line_start)


_MORE_PLACE_DATE_LINES = re.compile(r"\n[ \t]*" + FIRST_LINE_DATELINE.pattern)


def on_page_furniture(text: str, first, last) -> bool:
    """Whether the date is part of a dateline ("SEOUL, Sept. 19 (Reuters) -"), a byline or update stamp
    ("Updated 10:32 a.m. EDT, Sept. 19", "By Jane Doe | Sept. 19", "© 2025") or a heading ("## 2018", "Key events
    of 2017" over a chronology): when the page was made or what a list is about, not a happening."""
    line_start = _line_start(text, first.start)
    if line_start < 0:
        return False
    dateline = dateline_at(text, line_start)
    if dateline and last.end <= dateline.end():
        return True
    line_end = _line_end(text, last.end, line_start + 301)
    if line_end - line_start > 300:  # page furniture and headings are short lines
        return False
    line = text[line_start:line_end]
    lo, hi = first.start - line_start, last.end - line_start
    if dateline and not text[dateline.end():first.start].strip() and _DASH_AFTER.match(line, hi):
        return True  # "SEOUL, Republic of Korea — July 31, 2025 — The ministers ...": the release's own date
    # (cheap test first: past the line's start only the alternatives needing one of _METADATA_WORDS can match)
    if ((_METADATA_LINE.match(line) or (may_hold(line, _METADATA_WORDS) and _METADATA_LINE.search(line)))
            and not _after_stamp_prefix(line, lo, hi)
            and not _dates_the_picture(line, lo)):
        return True
    if _document_line(text, line_start, line_end, lo, hi, "\n" in text[first.start:last.end]):
        return True
    if _recurring_schedule(line, lo) or _AS_OF_BEFORE.search(line, max(0, lo - 30), lo) and _CLOSE_AFTER.match(line, hi):
        return True  # "This newsletter is sent Monday to Friday", "Designations (as of 30 June 2025)"
    if _table_tally(text, line_start, line_end, lo, hi, first):
        return True
    if heading_at(text, first.start):  # "Key events of 2017" over a chronology
        return True
    if _ENDNOTE.match(line):
        return True  # '[1] See "Hanoi Summit Ends Abruptly," Feb. 28, 2019.': a note citing its source
    if not line[:lo].strip(" \t#*") and _CAPS_HEADING.fullmatch(line, hi):
        return True  # "THURSDAY: BUSAN": a section heading, the day its section tells of
    if (figure := _FIGURE_LABEL.match(line)) is not None and lo >= figure.end() and not any(
            w[:1].islower() and looks_like_verb(w) for w in re.findall(r"[A-Za-z][\w'’-]*", line[figure.end():lo])):
        # "Figure 2. Launch pad at Tonghae, April 9, 2009.", "... Image (c) 2026 Planet Labs": what a picture shows
        # and when it was taken, or its credit, already told in the text (a caption with a verb tells a happening)
        return True
    if (masthead := _CAPS_MASTHEAD.match(line)) is not None and (
            hi <= masthead.end("caps") or masthead.end() <= lo) and _no_news_after(
            line[masthead.end():].replace(text[first.start:last.end], " ")):
        # "ASIA BRIEF | Wednesday", "KOREA DESK MORNING NOTE — Wed, Sept. 24", "FRIDAY WRAP: After Hanoi": a
        # newsletter's name in capitals, then its day or a headline with no verb
        return True
    if first.type == "TIME" and re.fullmatch(r"[A-Z]{2,10}", line.replace(text[first.start:last.end], "").strip()):
        return True  # "END 10:58 A.M. EDT": a transcript's stamp
    if first.type == "TIME" and re.fullmatch(r"\s*\(.*\)\s*", line):
        # "(The briefing was concluded at 2:58 p.m.)": a transcript's stage direction, a line wholly in brackets,
        # times the proceedings being transcribed, not the news
        return True
    rest = line.replace(text[first.start:last.end], "").strip(" \t#*-•|:>_=~`.")
    if _POST_STAMP.fullmatch(rest):
        return True  # "@UNIFMinistry · May 22": a pasted post's account and when it was posted
    # ("Seoul, Tuesday 4 November 2025" over a letter: where and when it was written)
    return not rest or (not line[hi:].strip() and _PLACE_BEFORE_DATE.fullmatch(line[:lo]) is not None)


# A social post's heading once its date is cut: the account, its name, the dot before the time ("@UNIFMinistry ·")
_POST_STAMP = re.compile(r"(?:[A-Z][\w .'’-]{0,40}\s+)?@\w{1,30}\s*[·•]?\s*(?:[·•]\s*)?")
# A note at a document's foot, opening on its mark: "[1] See ...", "[2] White House press briefing, May 21, 2021."
_ENDNOTE = re.compile(r"[ \t]*\[\d{1,3}\][ \t]+\S")
# A place and a comma before a date that ends its line: a letter's or a release's heading line
# (and its state or country: "Duluth, Minn., Nov. 29, 2017" signing a letter)
_PLACE_BEFORE_DATE = re.compile(r"[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},[ \t]*"
                                r"(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2},[ \t]*)?")
# A figure's label opening its caption: "Figure 2. ", "Fig. 3: ", "Map 1. "
_FIGURE_LABEL = re.compile(r"[ \t]*(?:Figure|Fig\.|Image|Map|Chart|Exhibit|Photo)\s+\d{1,3}[.:]\s+")
# A newsletter's name in capitals opening its line, two words or more, and a separator: "ASIA BRIEF |"
_CAPS_MASTHEAD = re.compile(r"[ \t#*]*(?P<caps>[A-Z][A-Z'’&.]*(?:[ \t]+[A-Z][A-Z'’&.]*){1,7})[ \t]*(?:[|—–:]|--?)[ \t]*")


def _no_news_after(rest: str) -> bool:
    """Whether what follows a masthead is a few words with no verb ("Thursday edition", "After Hanoi")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", rest)
    return len(words) <= 4 and not any(looks_like_verb(w.lower()) for w in words) and not re.search(r"[.!?]\s+\S", rest)


# A short line in capitals with no sentence's end: a heading
_CAPS_HEADING = re.compile(r"\s*[:—–-]\s*[A-Z0-9][^a-z.!?\"“”\u3000-\u9fff\uac00-\ud7af]{0,60}")


def _line_start(text: str, pos: int, reach: int = 400) -> int:
    """Where the line holding pos starts, or -1 when that is more than ``reach`` characters back (a long line is
    no dateline, byline or heading, and looking far back for every date would make long texts slow)."""
    i = text.rfind("\n", max(0, pos - reach), pos)
    if i >= 0:
        return i + 1
    return 0 if pos <= reach else -1


def _line_end(text: str, pos: int, limit: int | None = None) -> int:
    """Where the line holding pos ends (looking no further than ``limit``)."""
    stop = len(text) if limit is None else min(len(text), max(limit, pos))
    end = text.find("\n", pos, stop)
    return stop if end < 0 else end


# Lines about the page, not the news: bylines, update stamps, reading times, copyright.
_METADATA_LINE = re.compile(
    r"^\s*(?:Updated|Published|Posted|Modified|Last\s+(?:modified|updated)|First\s+published|Originally\s+published"
    r"|This\s+(?:article|story|report|piece|column)\s+(?:was|has\s+been)\s+(?:(?:originally|first)\s+)?(?:amended|"
    r"updated|corrected|published|posted|printed)|©|Copyright|(?-i:By\s+(?:the\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+(?:[A-Z][\w.'’-]*|and|of|the)){0,4}\s*[|,·•])|Photo:|File\s+photo)"
    # a document's own stamps: when it was printed or fetched, an embargo or release time, an out-of-office reply
    r"|^\s*(?:(?:Printed|Downloaded|Retrieved|Accessed|Generated)(?:\s+(?:on|at)\b|\s*:)"
    # (a cable's sending and declassification stamps and its drafters: "DTG: 270845Z JUN 08", "DECL: 02/14/2017",
    # "Drafted by: POL:JSmith 10/25/2000")
    r"|(?:E\.O\.\s*\d+\s*:\s*)?(?:DTG|DECL)\s*:|Declassify\s+on\b|(?:Drafted|Cleared|Classified)\s+by\b"
    r"|EMBARGO(?:ED)?(?:\s+(?:until|till|to)\b|\s*:)|Under\s+embargo\b|Not\s+for\s+(?:publication|release|broadcast)\b"
    r"|(?:For|Hold\s+for)\s+(?:immediate\s+)?release\b|Release\s+(?:date|time)\s*:"
    r"|Auto(?:matic)?[-\s]?reply\b|Out\s+of\s+(?:the\s+)?office\s*:)"
    r"|\b\d+\s+min(?:ute)?s?\s+read\b|\|\s*(?:Updated|Published)\b"
    # a newsletter's sign-off: "— Sent 7:30 a.m. EDT, October 21, 1994", "— The Asia Desk, Monday, June 12, 2000",
    # "— Feb. 14, 2007"
    r"|^\s*(?:—|–|--)\s*(?:(?:Sent|Compiled|Filed|Written|Edited)\b"
    r"|(?-i:(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}\s*,\s*(?=[A-Z0-9]))"
    r"|(?-i:(?=(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\s*$)))"
    # a correction or editor's note: about an earlier version of the page ("It was Sept. 9, not Sept. 6")
    r"|^\s*(?:Correction|Clarification|Editor['’]s\s+note)s?\s*(?:\([^)\n]{0,40}\)\s*)?[:—–-]"

    # and a wire's note in brackets on what this version changed: "(Corrects date in paragraph 3 to Oct. 5 from Oct. 4)"
    r"|^\s*\((?:Corrects|Correcting|Updates|Adds|Recasts|Refiles|Removes|Fixes|Changes|Clarifies)\b[^)\n]{0,200}\)\s*$"
    # a filing stamp in brackets: "[FR Doc. 2025-11402 Filed 6-20-25; 8:45 am]"
    r"|^\s*\[[^\]\n]{0,60}\bFiled\b[^\]\n]{0,40}\]\s*$"
    # a link to other coverage: "Related: North Korea parades new ICBM (Oct. 12, 2023)"
    r"|^\s*(?:Related(?:\s+(?:story|stories|coverage|articles?|reading))?|Read\s+more|See\s+also|Also\s+read"
    r"|More\s+on\s+this(?:\s+story)?|Watch|Listen)\s*:"
    r"|\bI(?:['’]m|\s+am|\s+will\s+be)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|away\s+from\s+(?:the|my)\s+"
    r"(?:office|desk)|on\s+(?:annual\s+|parental\s+)?leave)\b"
    # a newsletter's footer: why the reader gets it and how to stop
    r"|\byou\s+(?:are\s+)?receiv(?:e|ing|ed)\s+this\s+(?:e-?mail|newsletter|message)|\byou\s+(?:signed\s+up|subscribed|opted\s+in)\b"
    r"|\bunsubscribe\b|\bmanage\s+(?:your\s+)?(?:preferences|subscription)|\bview\s+(?:this\s+e-?mail\s+)?in\s+(?:your\s+)?browser\b",
    re.IGNORECASE)

# (one of them, lower-cased, is in every match of an alternative of _METADATA_LINE not anchored at the line's start)
_METADATA_WORDS = ("read", "|", "office", "desk", "leave", "you", "unsubscribe", "manage", "browser")
_DASH_AFTER = re.compile(r"\s*(?:[-—–]{1,2}|\|)\s")
_AS_OF_BEFORE = re.compile(r"\(\s*(?:(?:correct|current|valid|accurate)\s+)?as\s+(?:of|at)\s+$|\(\s*(?:updated|status)\s*:?\s*$",
                           re.IGNORECASE)
_CLOSE_AFTER = re.compile(r"\s*\)")


# Lines of a document's frame rather than its text: a running page header or footer ("S/2025/123 — 12 March 2025 —
# Page 4", "Page 2 of 9"), a newsletter masthead ("Korea Watch Weekly | Issue 112 | January 16, 2026", "Morning
# Digest — Wednesday, 22 October 2025"), a reference-list entry ("[1] Reuters, 'North Korea fires ...', 8 January
# 2026.") and e-mail headers ("Sent: ...", "Date: ... " among "From:"/"To:" lines, "On Mon, Mar 3, 2025 ... wrote:").
_SEP = r"(?:[|—–·•]|\s[-–/]\s|--)"  # (the Federal Register's "Vol. 90, No. 118 / Monday, June 23, 2025 /" too)
PAGE_MARK = re.compile(rf"(?:^|{_SEP})\s*(?:Page|Pg\.?|p\.)\s*\d{{1,4}}(?:\s*(?:of|/)\s*\d{{1,4}})?\s*(?:$|{_SEP})"
                       r"|^\s*(?:-\s*)?\d{1,4}\s*(?:of|/)\s*\d{1,4}\s*(?:-\s*)?$", re.IGNORECASE | re.MULTILINE)


def may_mark_a_page(line: str) -> re.Match | None:
    """PAGE_MARK.search(line), after a cheap test: a page's word ("Page", "Pg", "p.", whose letters fold into no
    others), or a line that is only a count ("3 of 9") starting and ending on a digit or a dash (a text of several
    lines is searched whole)."""
    low = line.lower()
    if "pag" not in low and "pg" not in low and "p." not in low and "\n" not in line:
        bare = line.strip()
        if not ((bare[:1] == "-" or bare[:1].isdecimal()) and (bare[-1:] == "-" or bare[-1:].isdecimal())):
            return None
    return PAGE_MARK.search(line)


_ISSUE = re.compile(rf"(?:^|{_SEP}|,)\s*(?:Issue|Vol\.|Volume|No\.|Edition)\s*(?:No\.\s*)?#?\d{{1,5}}\s*(?:$|{_SEP}|,)")
_ISSUE_WORDS = ("Issue", "Vol", "No.", "Edition")  # (one of them is in every match of _ISSUE)
_MASTHEAD = re.compile(r"\s*(?:[A-Z][\w'’&.-]*\s+){0,5}(?:Digest|Newsletter|Bulletin|Briefing|Brief|Weekly|Daily|Roundup"
                       r"|Round-[Uu]p|Dispatch|Update|Monitor|Wrap|Edition)\s*(?:[—–|·•:,]|--?)\s*$")
_REFERENCE = re.compile(r"\s*\[\d{1,3}\]\s+\S|\s*\d{1,3}\.\s+[^\n]*?(?:['‘\"“][^'’\"”\n]{8,}['’\"”])")
_EMAIL_HEADER = re.compile(r"\s*(?:>\s*)*(Sent|Date|From|To|Cc|Bcc|Subject|Reply-To)\s*:\s*(?:(Re|Fwd?|FW|AW)\s*:)?",
                           re.IGNORECASE)
_DATE_LABEL = re.compile(r"\s*(?:Date|Dated|Date\s+issued|Issued|Release\s+date)\s*:\s*", re.IGNORECASE)
_QUOTE_HEADER = re.compile(r"\s*(?:>\s*)*On\s[^\n]{5,160}\bwrote:\s*$")


def _document_line(text: str, line_start: int, line_end: int, lo: int, hi: int, spans_lines: bool) -> bool:
    """Whether the date at [lo, hi) of the line is in a running header or footer, a masthead, a reference-list
    entry or an e-mail header."""
    line = text[line_start:line_end]
    # (cheap test first for an issue number: its word)
    if may_mark_a_page(line) or (any(w in line for w in _ISSUE_WORDS) and _ISSUE.search(line)) or _QUOTE_HEADER.match(
            line):
        return True
    if not spans_lines and not line[hi:].strip(" .") and _MASTHEAD.fullmatch(line, 0, lo):
        return True  # "Morning Digest — Wednesday, 22 October 2025" (but not its date run on into the next line)
    if _REFERENCE.match(line) and re.fullmatch(r"[\s.]*", line[hi:]) and re.search(r",\s*$", line[:lo]):
        return True  # a source and when it appeared, not a happening
    if _DATE_LABEL.fullmatch(line, 0, lo) and not line[hi:].strip(" ."):
        return True  # a press release's "Date: 18 November 2025": when it was issued, whatever lines stand around it
    header = _EMAIL_HEADER.match(line)
    if header and lo >= header.end():
        if header.group(1).lower() == "sent" or header.group(2):
            return True
        # "Date:", "From:", "Subject:" are e-mail headers among others of their kind
        before = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
        after = text[line_end + 1:_line_end(text, line_end + 1)]
        return bool(_EMAIL_HEADER.match(before) or _EMAIL_HEADER.match(after))
    return False


# "This newsletter is sent Monday to Friday", "the office is open Monday through Saturday": the days something recurs
_SCHEDULE = re.compile(
    r"\b(?:is|are)\s+(?:sent|published|issued|delivered|distributed|mailed|e-?mailed|posted|updated|released|out|open"
    r"|closed|available)\s+(?:(?:every|each|on|from)\s+)?(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)"
    r"(?:day)?s?\s*(?:to|through|thru|and|-|–|,)\s*)?$", re.IGNORECASE)


def _recurring_schedule(line: str, lo: int) -> bool:
    day = _SCHEDULED_DAY.match(line, lo)
    schedule = _SCHEDULE.search(line, max(0, lo - 70), lo) if day else None
    if schedule is None:
        return False
    # (but one weekday a thing comes out on is the day it does: "The book is published on Tuesday")
    return bool(day["plural"] or day["range"] or re.search(r"(?i:every|each|from|to|through|thru|and|-|–|,)\s*$",
                                                           schedule.group()) or _STATE_OF_OPENING.search(schedule.group()))


_SCHEDULED_DAY = re.compile(r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?(?P<plural>s)?\b"
                            r"(?P<range>\s*(?:to|through|thru|-|–|and|,)\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))?")
_STATE_OF_OPENING = re.compile(r"\b(?:open|closed|available)\b", re.IGNORECASE)


# A table row: cells between pipes or tabs, or comma-separated fields with no space after the commas (a CSV line;
# prose puts a space after its commas, and "1,000,000" is a number).
_CSV_COMMA = re.compile(r",(?!\s)(?!(?<=\d,)\d{3}(?!\d))")
_NUMBER_CELL = re.compile(r"[$€£¥]?\s*[+-]?\d[\d,.]*\s*(?:%|percent|bn|m|k|million|billion)?|[-—–]|n/?a", re.IGNORECASE)
_YEAR_CELL = re.compile(r"(?:1[89]|20)\d\d")


def table_cells(line: str) -> list[tuple[int, int]]:
    """The cells of a table row (spans in ``line``, stripped), or [] for a line that is no table row."""
    if "\n" in line:
        return []
    if "|" in line:
        seps = [m.start() for m in re.finditer(r"\|", line)]
    elif "\t" in line and re.search(r"\S\t+\S", line):  # (cheap test first)
        seps = [m.start() for m in re.finditer(r"\t", line)]
    elif ", " not in line and len(_CSV_COMMA.findall(line)) >= 2:
        seps = [m.start() for m in _CSV_COMMA.finditer(line)]
    else:
        return []
    cells = []
    for a, b in zip([-1, *seps], [*seps, len(line)]):
        a += 1
        while a < b and line[a].isspace():
            a += 1
        while b > a and line[b - 1].isspace():
            b -= 1
        if b > a:
            cells.append((a, b))
    return cells if len(cells) >= 2 else []


def _is_number(cell: str) -> bool:
    return bool(_NUMBER_CELL.fullmatch(cell)) and not _YEAR_CELL.fullmatch(cell)


def _table_tally(text: str, line_start: int, line_end: int, lo: int, hi: int, first) -> bool:
    """Whether a date that fills a table cell heads figures: a row of counts under a year or a quarter ("2022 |
    69"), or a column heading over numbers ("Indicator | Q1 2025 | Q2 2025" over "Trade | 512 | 604")."""
    line = text[line_start:line_end]
    cells = table_cells(line)
    at = [i for i, (a, b) in enumerate(cells) if a == lo and b == hi]
    if not at:
        return False
    i = at[0]
    others = [line[a:b] for j, (a, b) in enumerate(cells) if j != i]
    if not one_day(first.value) and all(_is_number(c) for c in others):
        return True
    if i == 0:
        return False
    pos = line_end + 1
    while pos < len(text):
        end = _line_end(text, pos)
        below = text[pos:end]
        if not re.fullmatch(r"[\s|:+-]*", below):
            cells_below = table_cells(below)
            return len(cells_below) == len(cells) and _is_number(below[slice(*cells_below[i])])
        pos = end + 1
    return False


def opens_a_turn(text: str, pos: int) -> bool:
    """Whether the next line with text after ``pos`` opens a speaker's turn ("THE PRESIDENT: ...", "Q: ..."): a
    clock time alone on the line above is when the proceedings began, as a transcript records it."""
    return bool(re.match(r"[ \t]*\n\s*(?:[A-Z][A-Z.'’ -]{0,40}[A-Z.]|Q)\s*:\s", text[pos:pos + 200]))


# An update stamp opening a line and then, after a dash, the news itself: "Updated 11:30 a.m. ET — The White House
# said a letter arrived on Friday".  Only the stamp is about the page.
_STAMP_PREFIX = re.compile(r"\s*(?:Updated|Published|Posted|Modified|Last\s+(?:modified|updated)|First\s+published"
                           r"|Originally\s+published)\b[^\n]{0,60}?\s(?:—|–|-|--)\s", re.IGNORECASE)


def _after_stamp_prefix(line: str, lo: int, hi: int) -> bool:
    """Whether the date at [lo, hi) of a metadata line comes after an update stamp's dash, in words of prose (at
    least three besides the date: "Updated 10:32 a.m. — Sept. 19, 2025" is a stamp whole)."""
    m = _STAMP_PREFIX.match(line)
    if m is None or lo < m.end():
        return False
    return len(re.findall(r"[A-Za-z]{2,}", line[m.end():lo] + " " + line[hi:])) >= 3


# A photo caption: "Photo: Kim Jong Un inspects a missile launch ... released by KCNA on Sept. 19, 2025".  A date in
# a caption's prose tells when what the picture shows happened; "Photo: Reuters, Sept. 19" is only a credit.
_CAPTION_PREFIX = re.compile(r"\s*(?:File\s+photo|Photo|Picture|Image)\s*:\s*", re.IGNORECASE)


def _dates_the_picture(line: str, lo: int) -> bool:
    """Whether the date at ``lo`` of a "Photo:" line comes after a caption in words of prose (four or more, with a
    verb), not after a credit."""
    m = _CAPTION_PREFIX.match(line)
    if m is None or lo < m.end():
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", line[m.end():lo])
    return len(words) >= 4 and any(w[:1].islower() and looks_like_verb(w) for w in words)


# What a caption says about the picture rather than about the news, left out of an event's title: a credit in
# brackets ("(AP Photo/Lee Jin-man, File)", "(Reuters/File)", "(KCNA via Yonhap)") or after the caption
# ("REUTERS/Kim Hong-Ji/File Photo"), the lead of a wire caption ("FILE - ", "FILE PHOTO: ", "Photo: ") and the
# picture itself ("In this June 12, 2018, file photo,", "in this undated photo released by KCNA").
_PHOTO_CREDIT = re.compile(
    r"\((?:[A-Z][\w.'’&-]*\s*){1,4}(?:Photo\b|Images\b|via\b|/)[^()\n]{0,60}\)"
    r"|\b[A-Z]{2,}(?:/[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}){0,3}/(?:File\s+)?Photo\b")
_CAPTION_LEAD = re.compile(r"\s*(?:FILE(?:\s+PHOTO)?\s*(?:--|[-—–:])\s*|(?:File\s+photo|Photo(?:\s+caption)?|Caption|Picture|"
                           r"Image)\s*:\s*)")
_PICTURE = re.compile(
    r"\b[Ii]n\s+this\s+(?:[^,\n]{3,12},?\s+(?:\d{4},?\s+)?)?(?:(?:undated|file|handout|recent|combination)\s+)?"
    r"(?:photo(?:graph)?|image|picture)s?"
    r"(?:\s+(?:provided|released|distributed|taken|obtained|issued)"
    # (with the day it was released: "in this photo released on Oct. 31, 2024, by the Korean Central News Agency")
    r"(?:\s+(?:on|in)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]+day),?)?"
    r"(?:\s+(?:by|from)\s+[^,;\n]{1,50}?(?=,|\s+(?:on|in|at)\s|\.(?:\s|$)|$))?)?,?")


def caption_furniture(sentence: str) -> list[tuple[int, int]]:
    """Spans of ``sentence`` that are a photo caption's credit, lead or description of the picture."""
    # (cheap test first: a credit is in brackets or names a photo)
    spans = [m.span() for m in _PHOTO_CREDIT.finditer(sentence)] if "(" in sentence or "Photo" in sentence else []
    lead_from = spans[0][1] if spans and not sentence[:spans[0][0]].strip() else 0  # the credit may open the caption
    lead = _CAPTION_LEAD.match(sentence, lead_from)
    if lead and lead.end() > lead.start():
        spans.append(lead.span())
    if "this" in sentence:  # (cheap test first: "in this photo")
        spans += [m.span() for m in _PICTURE.finditer(sentence)]
    return spans


# A live-blog entry stamp: a clock time (or "12 min ago") opening its line, with the entry after a dash, colon or
# bar ("09:42 KST — ...", "1:15 p.m. ET: ...") or on the line below ("12 min ago\n...").  It says when the entry
# was posted, so it dates the entry's happening on that day.
_STAMP_BEFORE = re.compile(r"[ \t]*(?:[-*•>#]+[ \t]*)?")
_STAMP_AFTER = re.compile(r"[ \t]*(?:[—–|:]|--?(?=\s))?[ \t]*")
_STAMP_ALONE = re.compile(r"[ \t]*(?:\n|$)")
# An entry opening on who says or tells what ("Donald Trump tells reporters he would love to meet ...")
_ENTRY_REPORTS = re.compile(r"[^,;:—–.!?\n]{0,60}?\b(?:says|said|tells|told|reports|reported|announces|announced"
                            r"|confirms|confirmed)\b", re.IGNORECASE)


def one_day(value: str) -> bool:
    r = value_range(value)
    return bool(r) and r[0] == r[1]


def entry_stamp(text: str, t) -> str:
    """"inline" for an entry stamp with its entry after it on the line, "alone" for one on a line over its entry,
    else ""."""
    if t.type != "TIME" or not _STAMP_BEFORE.fullmatch(text, text.rfind("\n", 0, t.start) + 1, t.start):
        return ""
    if _STAMP_ALONE.match(text, t.end):
        return "alone"
    sep = re.match(r"[ \t]*(?:[—–|:]|--?\s)", text[t.end:t.end + 4])
    return "inline" if sep else ""


# Navigation on a live page: "You can read yesterday's coverage here, and our full report from Tuesday here": the
# date names another page of coverage the reader is sent to, not a happening.
_COVERAGE = (r"(?:coverage|reports?|live\s*blogs?|blogs?|updates|stor(?:y|ies)|articles?|recaps?|round-?ups?|summary"
             r"|newsletters?|podcasts?|episodes?|editions?)")
_COVERAGE_AFTER = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?{_COVERAGE}\b", re.IGNORECASE)
_COVERAGE_BEFORE = re.compile(rf"\b{_COVERAGE}\s+(?:from|of|on)\s+$", re.IGNORECASE)
_SENDS_READER = re.compile(r"\b(?:read|see|follow|find|catch\s+up|revisit|look\s+back|missed)\b[^.!?]*?"
                           r"\b(?:here|below|above)\b", re.IGNORECASE)


def sends_reader_to_coverage(sentence: str, lo: int, hi: int) -> bool:
    """Whether the date at [lo, hi) names a page of coverage ("yesterday's coverage", "our report from Tuesday")
    in a sentence sending the reader there ("read ... here")."""
    return bool((_COVERAGE_AFTER.match(sentence, hi) or _COVERAGE_BEFORE.search(sentence[max(0, lo - 30):lo]))
                and _SENDS_READER.search(sentence))


def entry_reports(sentence: str, stamp_end: int) -> bool:
    """Whether the entry after a stamp ending at ``stamp_end`` opens on who says or tells what: then what it
    reports is asserted, whatever the words reported plan."""
    return bool(_ENTRY_REPORTS.match(sentence, stamp_end + len(_STAMP_AFTER.match(sentence, stamp_end).group())))


# After the period a digest covers, its heading's rest: "This week in Korea", "Last month at a glance"
_PERIOD_OF_A_DIGEST = re.compile(r"\s+(?:in\s+(?:review|brief)|ahead|at\s+a\s+glance|in|across|around)\b[^.!?:;,]*")


# A heading's date and the kind of piece that goes over it: "2025 in review", "The week in pictures"
_PIECE_OF_A_PERIOD = re.compile(r"\s+(?i:in\s+(?:review|pictures|photos|numbers|charts|quotes|history)|at\s+a\s+glance)"
                                r"\s*(?::|—|–|-|\n|$)")


# Words that make a line ending in a colon a sentence introducing a quote ("Kim told reporters on Monday:"), not a rubric
_INTRODUCES_A_QUOTE = frozenset("said says told tells wrote writes added adds announced announces declared declares "
                                "stated states posted posts is are was were will has have had".split())


def _rubric_over_what_follows(text: str, line_start: int, start: int, end: int, line_end: int) -> bool:
    """Whether the date ends a short line of its own that ends in a colon and heads what comes below it, as a
    newsletter's rubrics do ("What we're watching this week:", "Thought for today:"): a period the section is about,
    no happening of its own."""
    if text[end:line_end].strip() != ":" or not text[line_end + 1:line_end + 200].strip():
        return False
    words = re.findall(r"[A-Za-z][\w'’]*", text[line_start:start])
    return 0 < len(words) <= 6 and words[0][:1].isupper() and not any(
        w.lower() in _INTRODUCES_A_QUOTE or (w.lower().endswith("ed") and looks_like_verb(w.lower())) for w in words)


def labels_the_piece(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) ends a heading that only says what period the piece covers: "Analysts'
    outlook for 2026", "The diplomatic calendar for December", "From the archive: twenty-five years ago" (a
    line of its own, set off by blank lines, no sentence, no verb before the date and nothing after it), or opens
    a digest's ("This week in Korea")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:start].strip() and _PIECE_OF_A_PERIOD.match(text, end):
        return True  # "2025 in review: a year of missiles, memories and no meetings"
    if _rubric_over_what_follows(text, line_start, start, end, line_end):
        return True  # "What we're watching this week:", "Thought for today:" over the items or the quote below
    if len(text[line_start:line_end].split()) > 8:
        return False
    if line_start > 0 and not text[:line_start].rstrip(" \t").endswith("\n\n") or text[line_end:line_end + 2] != "\n\n":
        return False
    lead, tail = text[line_start:start], text[end:line_end]
    if not lead.strip() and _PERIOD_OF_A_DIGEST.fullmatch(tail):
        return not any(looks_like_verb(w) for w in re.findall(r"[a-z]+", tail))  # "This week in Korea"
    if tail.strip():
        return False
    if not re.search(r"(?:\bfor|:|\s[—–-])\s+$", lead):  # ("Morning brief — Tuesday, November 25")
        return False
    return not any(looks_like_verb(w) or w in ("is", "are", "will", "to") for w in re.findall(r"[a-z]+", lead))
