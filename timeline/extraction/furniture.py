"""Page furniture: the parts of a news page that carry dates but tell no news (datelines, bylines, update stamps,
headings, transcript stage directions, links to other coverage), and live-blog entry stamps, which date the entry
they open."""

from __future__ import annotations

import re

from .chronology import heading_at
from .context import looks_like_verb
from .values import value_range

DATELINE = re.compile(
    r"[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,\s*[^()\n]{3,30}?\s*\((?:[A-Z][A-Za-z-]*\s*){1,3}\)\s*[-—–_]"
    # without an agency the city is in capitals: "KUALA LUMPUR, Sept 19 —", "BRUSSELS, 19 September 2025 –"
    r"|[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,\s*[^()\n]{3,30}?\s*(?:[-—–_]{1,2}|--)\s")


def on_page_furniture(text: str, first, last) -> bool:
    """Whether the date is part of a dateline ("SEOUL, Sept. 19 (Reuters) -"), a byline or update stamp
    ("Updated 10:32 a.m. EDT, Sept. 19", "By Jane Doe | Sept. 19", "© 2025") or a heading ("## 2018", "Key events
    of 2017" over a chronology): when the page was made or what a list is about, not a happening."""
    line_start = _line_start(text, first.start)
    if line_start < 0:
        return False
    dateline = DATELINE.match(text, line_start)
    if dateline and last.end <= dateline.end():
        return True
    line_end = _line_end(text, last.end, line_start + 301)
    if line_end - line_start > 300:  # page furniture and headings are short lines
        return False
    line = text[line_start:line_end]
    if (_METADATA_LINE.search(line) and not _after_stamp_prefix(line, first.start - line_start, last.end - line_start)
            and not _dates_the_picture(line, first.start - line_start)):
        return True
    if heading_at(text, first.start):  # "Key events of 2017" over a chronology
        return True
    if first.type == "TIME" and re.fullmatch(r"\s*\(.*\)\s*", line):
        # "(The briefing was concluded at 2:58 p.m.)": a transcript's stage direction, a line wholly in brackets,
        # times the proceedings being transcribed, not the news
        return True
    return not line.replace(text[first.start:last.end], "").strip(" \t#*-•|:>_=~`")


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
    r"|This\s+(?:article|story|report)\s+was\s+(?:amended|updated|corrected)|©|Copyright|(?-i:By\s+[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,3}\s*[|,·•])|Photo:|File\s+photo)"
    r"|\b\d+\s+min(?:ute)?s?\s+read\b|\|\s*(?:Updated|Published)\b",
    re.IGNORECASE)


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
_CAPTION_LEAD = re.compile(r"\s*(?:FILE(?:\s+PHOTO)?\s*(?:--|[-—–:])\s*|(?:File\s+photo|Photo|Picture|Image)\s*:\s*)")
_PICTURE = re.compile(
    r"\b[Ii]n\s+this\s+(?:[^,\n]{3,12},?\s+(?:\d{4},?\s+)?)?(?:(?:undated|file|handout|recent|combination)\s+)?"
    r"(?:photo(?:graph)?|image|picture)s?"
    r"(?:\s+(?:provided|released|distributed|taken|obtained|issued)\s+(?:by|from)\s+[^,;\n]{1,50}?"
    r"(?=,|\s+(?:on|in|at)\s|\.(?:\s|$)|$))?,?")


def caption_furniture(sentence: str) -> list[tuple[int, int]]:
    """Spans of ``sentence`` that are a photo caption's credit, lead or description of the picture."""
    spans = [m.span() for m in _PHOTO_CREDIT.finditer(sentence)]
    lead_from = spans[0][1] if spans and not sentence[:spans[0][0]].strip() else 0  # the credit may open the caption
    lead = _CAPTION_LEAD.match(sentence, lead_from)
    if lead and lead.end() > lead.start():
        spans.append(lead.span())
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
