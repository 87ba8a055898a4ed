"""Holidays and other calendars: fixed and moving feasts ("Christmas", "Thanksgiving", "Easter Monday"), the
days Korean news dates by the moon (Seollal, Chuseok), North Korea's holidays, and years counted in eras (Juche,
Reiwa, Showa)."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import easter

from .. import resolve as R
from ..lexicon import MONTH_RE, SHIFT
from ..lunar import holiday_date
from ..values import parse_value, week_of
from .base import ERA, YEAR, Found, I, const, in_one_cell, month_num, month_year_at, rule, ymd


_NAMING_BEFORE = re.compile(r"\b(?:calls?|called|dubs|dubbed|names|named|known\s+as|styled|(?:celebrat|mark)(?:es|ed)\s+"
                            r"(?:it\s+)?as)\s+(?:it\s+)?(?:as\s+)?[\"“]?$", re.I)
_RUSSIAN_NEAR = re.compile(r"\b(?:Russia|Russian|Moscow|Kremlin|Soviet|Red\s+Square|Putin)\b")
# The North's own words for its Victory Day, in the same sentence: they outweigh a Russian guest nearby
_KOREAN_IN_SENTENCE = re.compile(r"\b(?:the\s+North|Pyongyang|North\s+Korea|Korean\s+War|armistice|DPRK|July)\b")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding [start, end), roughly: from the stop before it to the stop after it."""
    before = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    after = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return before + 1, after


# Longer names first: the alternation takes the first that matches ("Christmas Eve" before "Christmas").
# The day of the vote a story is about, named in it: "the June 3 local elections", "the vote is on April 10"
_ELECTION_ON = re.compile(
    rf"\b(?P<mon>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:,?\s+\d{{4}})?\s+(?:(?:local|general|presidential|parliamentary|"
    rf"legislative|snap|national|municipal)\s+)*(?:vote|elections?|polls|ballot)\b"
    rf"|\b(?:vote|elections?|polls|ballot)\s+(?:is|are|was|were|will\s+be)?\s*(?:on|set\s+for|scheduled\s+for|due\s+on)\s+"
    rf"(?P<mon2>{MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})\b", re.IGNORECASE)


@rule(r"\b(?:(?P<around>the\s+week\s+(?P<ba>after|before|between)\s+)|"
      r"(?P<the>the\s+))?(?:(?P<y0>{YEAR})\s+)?(?P<h>christmas\s+eve|christmas\s+day|christmas|new\s+year's\s+(?:day|"
      # ("his New Year's address": Kim's speech on the year's first day)
      r"eve)|new\s+year(?:['’]s)?(?=\s+(?:address|speech|message|editorial|greetings?)\b)|thanksgiving(?:\s+day)?|independence\s+day"
      r"|good\s+friday|holy\s+saturday|palm\s+sunday|easter\s+monday|easter(?:\s+sunday)?|black\s+friday|cyber\s+monday"
      r"|memorial\s+day|labor\s+day|veterans\s+day|halloween|election\s+day|day\s+of\s+the\s+sun|"
      r"day\s+of\s+the\s+shining\s+star"
      r"|fourth\s+of\s+july|liberation\s+day|victory\s+day|national\s+foundation\s+day)\b"
      r"(?:,?\s+(?:in\s+)?(?P<y>{YEAR})(?!\d)|,?\s*{ERA}\s+\d{1,3}\s+\((?P<juche>{YEAR})\)|\s+(?P<rel>last|this|"
      r"next)\s+year)?"
      r"(?(ba)(?P<and_ny>\s+and\s+new\s+year(?:['’]s)?(?:\s+day)?)?)"
      r"(?:(?P<wk>\s+week\b(?![-\s]*(?:end|day|long)))|(?P<we>\s+(?:holiday\s+)?weekend\b))?"
      .replace("{YEAR}", YEAR).replace("{ERA}", ERA), 0 | I)
@in_one_cell
def holiday(m, text):
    """"Christmas", "Easter Monday 2019", "New Year's Day, Juche 115 (2026)" (the North Korean calendar's year,
    with the Gregorian one in brackets)."""
    h = re.sub(r"\s+", " ", m["h"].lower().replace("’", "'"))
    if h in ("new year", "new year's"):
        h = "new year's day"
    # "Christmas 2019", "the Fourth of July in 2017", "his 2018 New Year's Day speech"
    given = m["y"] or m["juche"] or m["y0"]
    shift = SHIFT.get((m["rel"] or "").lower())
    if not m["h"][0].isupper():
        return None
    if re.search(r"\b(?:lunar|chinese|korean|vietnamese|orthodox|islamic|jewish|persian)\s+$", text[max(0, m.start() - 12):m.start()], I):
        return None  # the Lunar New Year moves with the moon: no fixed day to give
    if not given and text[max(0, m.start() - 1):m.start()] in ("'", "‘", '"', "“") and re.match(
            r"\s+[a-z]+[’'\"”]", text[m.end():]):
        return None  # Pyongyang's "'Christmas gift'" for Washington: a name in quotes, not the day
    if not given and _NAMING_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None  # "the end of the war, which it calls Victory Day": the day's name, not a date of what happened
    if not given and re.match(r"\s+(?:period|season|holidays?|break|recess|truce|ceasefire|rush|shopping)\b", text[m.end():]):
        return None  # "the Christmas period": a stretch of days around the feast, not the day
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new year's eve": (12, 31), "day of the sun": (4, 15), "day of the shining star": (2, 16),
             "independence day": (7, 4), "fourth of july": (7, 4), "halloween": (10, 31), "veterans day": (11, 11),
             # Korea's: Liberation Day (Aug. 15), National Foundation Day (Oct. 3), and the North's Victory Day, the
             # armistice of July 27, 1953 (Russia's is May 9)
             "liberation day": (8, 15), "national foundation day": (10, 3),
             "victory day": (7, 27) if _KOREAN_IN_SENTENCE.search(text, *_sentence_around(text, m.start(), m.end()))
             else (5, 9) if _RUSSIAN_NEAR.search(text, max(0, m.start() - 300), m.end() + 300) else (7, 27)}
    if h in fixed and not given and _names_the_day_later(text, m.end(), fixed[h][0]):
        return None  # "the Day of the Shining Star ... will be held on February 16": the date says it once
    if h == "election day":
        own = None if given else _ELECTION_ON.search(text)
        if own is not None:
            mo, d = month_num(own["mon"] or own["mon2"]), int(own["d"] or own["d2"])

            def res_own(doc):
                # "Election day itself is a public holiday" in a story of "the June 3 vote": that vote's day
                return f"{R.month_year(doc, mo, d, 'future'):04d}-{mo:02d}-{d:02d}", R.PREVIOUS

            return Found(m.start(), m.end(), "DATE", res_own)

        def res_election(doc):
            yy = int(given) if given else R.month_year(doc, 11, 5, "future")
            first = dt.date(yy, 11, 2)  # the Tuesday after the first Monday in November
            return (first + dt.timedelta(days=(1 - first.weekday()) % 7)).isoformat(), R.EXPLICIT if given else R.PUBLISHED

        return Found(m.start(), m.end(), "DATE", res_election)

    # "Kim's New Year's Day speech in 2018": the year the same phrase names
    named = re.match(rf"\s+(?:[a-z]+\s+){{0,2}}(?:in|of)\s+(?P<y>{YEAR})\b", text[m.end():])

    def res(doc):
        if given:
            y, anchor = int(given), R.EXPLICIT
        elif shift is not None:  # "Christmas last year"
            y, anchor = doc.dct.year + shift, R.PUBLISHED
        elif named:
            y, anchor = int(named["y"]), R.EXPLICIT
        else:
            y, anchor = None, R.PUBLISHED

        def year(mo: int, d: int) -> int:
            # no year given: the story's year or the reference date's, as for a month ("after 2018 began with his
            # New Year's Day address")
            nonlocal anchor
            if y:
                return y
            yy, anchor = month_year_at(doc, mo, d, m.start(), m.end())
            return yy

        if h in fixed:
            mo, d = fixed[h]
            yy = year(mo, d)
            return ymd(yy, mo, d), anchor
        if h.startswith("thanksgiving"):
            yy = year(11, 28)
            return _thanksgiving(yy).isoformat(), anchor
        if h.startswith("memorial"):
            yy = year(5, 31)
            last = dt.date(yy, 5, 31)
            return (last - dt.timedelta(days=last.weekday())).isoformat(), anchor
        if h.startswith("labor"):
            yy = year(9, 7)
            first = dt.date(yy, 9, 1)
            return (first + dt.timedelta(days=(0 - first.weekday()) % 7)).isoformat(), anchor
        easter_days = {"good friday": -2, "holy saturday": -1, "palm sunday": -7, "easter": 0, "easter sunday": 0,
                       "easter monday": 1}
        if h in easter_days:
            yy = year(4, 1)  # (Easter falls between 22 March and 25 April: its year is the story's April's)
            return (easter(yy) + dt.timedelta(days=easter_days[h])).isoformat(), anchor
        if h in ("black friday", "cyber monday"):  # the Friday after Thanksgiving, and the Monday after that
            yy = year(11, 28)
            return (_thanksgiving(yy) + dt.timedelta(days=1 if h == "black friday" else 4)).isoformat(), anchor
        return "", anchor

    ba = (m["ba"] or "").lower()
    if ba == "between" and not m["and_ny"]:
        return None
    if m["wk"] or m["we"] or ba:
        # "Easter week", "Thanksgiving week": the calendar week the day falls in; "the week after Thanksgiving" the
        # next; "the week between Christmas and New Year" the one after Christmas; "the Thanksgiving weekend" the
        # weekend of the week the day falls in
        days = {"after": 7, "before": -7, "between": 4}.get(ba, 0)

        def res_week(doc):
            value, anchor = res(doc)
            p = parse_value(value) if value else None
            if p is None:
                return "", anchor
            day_ = p.first_day() + dt.timedelta(days=days)
            if m["we"] and day_.isoweekday() == 1:
                day_ -= dt.timedelta(days=2)  # "the Labor Day weekend": the one the Monday closes
            week = week_of(day_).value()
            return (week + "-WE" if m["we"] else week), anchor

        start = m.start() if ba else (m.start("h") if not m["y0"] else m.start("y0"))
        if m["the"] and not ba and m["we"]:
            start = m.start()
        return Found(start, m.end(), "DATE", res_week, priority=2 if ba else 0)
    return Found(m.start("y0") if m["y0"] else m.start("h"), m.end(), "DATE", res)


# Years counted in eras: North Korea's Juche calendar (1912 = Juche 1) and Japan's imperial eras (2019 = Reiwa 1).
_ERA_YEAR_ZERO = {"juche": 1911, "meiji": 1867, "taisho": 1911, "taishō": 1911, "showa": 1925, "shōwa": 1925,
                  "heisei": 1988, "reiwa": 2018}


@rule(r"\b(?P<era>" + ERA + r")\s+(?P<n>\d{1,3})\b(?:\s*\((?P<y>" + YEAR + r")\))?", 0)
@in_one_cell
def era_year(m, text):
    """"Reiwa 7" (2025), "Showa 52 (1977)", "Juche 114": the Gregorian year, or the one the brackets give."""
    y = _ERA_YEAR_ZERO[m["era"].lower()] + int(m["n"])
    if m["y"]:
        y = int(m["y"])
    elif re.search(rf"{y}\s*\($", text[max(0, m.start() - 12):m.start()]):
        return None  # "on 17 December 2011 (Juche 100)": the same year again, in the other calendar
    return Found(m.start(), m.end(), "DATE", const(str(y)))


# Holidays kept by the lunar calendar, as Korean news names them.  "the Chuseok holiday" is the day itself:
# the three days off around it are a custom, and a visit "during" them is dated no closer than the day.
@rule(
    r"\b(?P<h>(?:Lunar|Chinese|Korean)\s+New\s+Year(?:['’]s)?(?:\s+(?P<part>Day|Eve))?|Seollal|Chuseok(?:\s+Day)?"
    r"|Buddha['’]s\s+Birthday)(?P<hol>\s+(?:holidays?|festival|break))?"
    r"(?:,?\s+(?:of\s+)?(?P<y>" + YEAR + r")|\s+(?P<rel>last|this|next)\s+year)?\b",
    0,
)
@in_one_cell
def lunar_holiday(m, text):
    h = m["h"].lower().replace("’", "'")
    name = ("chuseok" if h.startswith("chuseok") else "buddha's birthday" if h.startswith("buddha")
            else "new year's eve" if (m["part"] or "") == "Eve" else "new year")
    if not m["y"] and re.match(r"[\s,]*(?:\(|from\b|(?:which\s+)?(?:falls|fell|runs|ran|lasts|lasted|is|was|"
                               r"will\s+fall)"
                               r"\s+(?:on|from)\b)", text[m.end():]):
        return None  # "the Chuseok holiday, which falls on October 6": the text gives the days itself
    end = m.end("hol") if m["hol"] and not (m["y"] or m["rel"]) else m.end()
    start = m.start()
    if text[max(0, start - 4):start].lower() == "the ":
        start -= 4
    guess_month = 9 if name == "chuseok" else 5 if name.startswith("buddha") else 1

    named = m["y"] or (re.match(r"\s+in\s+(" + YEAR + r")\b", text[m.end():]) or [None, None])[1]
    shift = SHIFT.get((m["rel"] or "").lower())

    def res(doc):
        if named:  # "Chuseok 2018", "the Korean New Year of 2019", "on Buddha's Birthday in 2019"
            d = holiday_date(name, int(named))
            return (d.isoformat() if d else named), R.EXPLICIT
        if shift is not None:  # "Chuseok last year"
            d = holiday_date(name, doc.dct.year + shift)
            return (d.isoformat() if d else str(doc.dct.year + shift)), R.PUBLISHED
        story = R.story_year(doc, guess_month, m.start())
        if story is not None:
            d = holiday_date(name, story)
            return (d.isoformat() if d else str(story)), R.PREVIOUS
        tense = doc.tense(m.start(), m.end())
        days = [d for y in (doc.dct.year - 1, doc.dct.year, doc.dct.year + 1) if (d := holiday_date(name, y))]
        if not days:
            return "", R.PUBLISHED
        before = [d for d in days if d <= doc.dct]
        after = [d for d in days if d >= doc.dct]
        if tense == "future" or not before or (after and (after[0] - doc.dct).days <= 45):
            # as with months (resolve.month_year): a holiday a few weeks ahead is not pushed back a year by a
            # past-tense verb ("sent greetings ahead of the Lunar New Year", "postponed until after Chuseok")
            return after[0].isoformat(), R.PUBLISHED
        return before[-1].isoformat(), R.PUBLISHED

    # "during the Chuseok holiday": days off around the day itself, so about the day
    return Found(start, end, "DATE", res, "APPROX" if m["hol"] else "")


_DAY_OF_MONTH = re.compile(rf"\b\d{{1,2}}\s+(?P<a>{MONTH_RE})|\b(?P<b>{MONTH_RE})\s+\d{{1,2}}\b")


# (not a month's abbreviation nor a clock's: "in a New Year's speech on Jan. 1", "at 9 a.m. on January 1")
_SENTENCE_STOP = re.compile(r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|a\.m|p\.m))(?<!\bSept)[.!?](?:\s|$)")


def _names_the_day_later(text: str, end: int, month: int) -> bool:
    """Whether the rest of the sentence gives a day of ``month`` with a number ("..., on February 16")."""
    rest = text[end:end + 160]
    stop = _SENTENCE_STOP.search(rest)
    rest = rest[:stop.start()] if stop else rest
    # (but a day set off right after the name only restates it: "On the eve of Liberation Day, Aug. 15, ...")
    return any(month_num(d["a"] or d["b"]) == month and not re.fullmatch(r"\s*,\s*", rest[:d.start()])
               for d in _DAY_OF_MONTH.finditer(rest))


def _thanksgiving(y: int) -> dt.date:
    """The fourth Thursday of November."""
    first = dt.date(y, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)

