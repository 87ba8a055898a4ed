"""Dates in languages the grammar does not read: the explicit ones ("le 12 juin 2018", "2019년 2월",
"12. Juni 2018"), found and normalised by dateparser, which knows the month names and date orders of some
two hundred languages; and in Korean, Japanese and Chinese the months of a year counted from the published one
("지난해 6월", "昨年6月") and Korean days of the month ("지난 22일"), whose number says which month or day is meant.

A weekday ("mercredi", "am Mittwoch", "el miércoles") is read in French, German, Spanish, Italian and Portuguese
when its sentence says which side of the published day it lies on: a word after it ("mercredi dernier", "lunes
próximo"), a word before it ("el pasado martes", "am vergangenen Montag") or the tense of its verb ("a déclaré",
"hat gesagt", "se reunirá"). Words counted from the published day alone are read too ("hier", "gestern", "la
semaine dernière", "el año pasado", "il mese prossimo"), and so are those counted from the date told just before
("deux jours plus tard", "l'année suivante", "am Tag darauf"), at no finer a grain than that date gives: a day
counted from a month alone is left out rather than guessed.  So are dateparser's habits the grammar was written to
avoid: a phrase must contain a number, its span is trimmed to the words that make the date, and the date is never
finer than the phrase ("février 2019" is the month, not the 28th).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import warnings
from functools import lru_cache

from .results import Timex
from .timexes import Resolved
from .values import coarsen, parse_value, shift
from .values import day as day_point

# Words, and in scripts written without spaces each character: "2018年6月12日" is cut as 2018 年 6 月 12 日, so a span
# can end on 日 and leave out the word after it.
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|\d+(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])|\S+?(?=[\u3040-\u30ff\u3400-\u9fff])|\S+")
_UNIT_SUFFIXES = "日일号號月월年년"
# A date in figures with its four-digit year, in the order the language writes it: "27/02/2019", "2019.2.27".
_NUMERIC_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:1\d{3}|20\d\d)|(?:1\d{3}|20\d\d)[./-]\d{1,2}[./-]\d{1,2}")
_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)")
_EDGE = " \t\n,.;:!?()[]\"'«»“”‘’—–-"


@lru_cache(maxsize=32)
def _parser(language: str, published: dt.date):
    from dateparser.date import DateDataParser  # imported here: English never pays for it

    return DateDataParser(languages=[language], settings={
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time()), "PREFER_DATES_FROM": "past"})


def known_language(code: str) -> bool:
    """Whether ``code`` ("fr", "ko", "pt-BR") names a language dateparser reads (English always)."""
    from dateparser.data.languages_info import language_order

    base = code.split("-")[0].split("_")[0].lower()
    return base == "en" or base in language_order


def _base_language(language: str) -> str:
    """"pt-BR" -> "pt", "de_AT" -> "de": the tables are by language, not by country."""
    return language.split("-")[0].split("_")[0].lower()


def tag_other(text: str, published: dt.date, language: str) -> list[Resolved]:
    """The explicit dates of ``text``, written in ``language`` (an ISO 639-1 code dateparser knows), as DATE timexes
    anchored explicitly or, for a day without a year, to the published date."""
    from dateparser.search import search_dates

    base = dt.datetime.combine(published, dt.time())
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text, languages=[language], settings={
                "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False})
            parser = _parser(language, published)
    except (ValueError, KeyError, TypeError, OverflowError):
        return []  # a language code dateparser does not know, or text it cannot read
    out: list[Resolved] = []
    cursor = 0
    for phrase, _when in found or []:
        start = text.find(phrase, cursor)
        if start < 0 or not re.search(r"\d", phrase):
            continue
        cursor = start + len(phrase)
        lead = _DAY_LEFT_OUT.search(text, max(0, start - 12), start)
        if lead and not phrase[:1].isdigit():
            start = lead.start("d")  # "el 19 de junio de 2024": search_dates began at "de junio", leaving the day out
        tight = _tightest(parser, text, start, cursor)
        if tight is None:
            continue
        a, b, value = _with_unit(parser, text, *tight)
        if _inside_a_number_run(text, a, b) or _LABEL_BEFORE.search(text, max(0, a - 14), a):
            continue  # "030 1234 5678": a phone number, not the year 1234; "résolution 1718": a label
        anchor = "explicit" if _YEAR.search(text[a:b]) else "published"
        if anchor == "published" and len(value) == 10:
            side = _SIDE_AFTER.match(text, b)
            value = _nearest(dt.date.fromisoformat(value), published,
                             side and ("past" if side["past"] else "future")).isoformat()
        first = _range_start(text, a, value)
        group = 0
        if first is not None:  # "du 27 au 28 février 2019": one span, the first day borrowing the month
            group = len(out) + 1
            out.append(Resolved(Timex(first[0], first[1], text[first[0]:first[1]], "DATE", first[2], ""), anchor, group))
        out.append(Resolved(Timex(a, b, text[a:b], "DATE", value, ""), anchor, group))
    out += _around_years(parser, text, out)
    out += _relative_east_asian(text, published, language, [(r.timex.start, r.timex.end) for r in out])
    out += _weekdays(text, published, language, [(r.timex.start, r.timex.end) for r in out])
    out += _months(text, published, language, [(r.timex.start, r.timex.end) for r in out])
    out += _deictic(text, published, language, [(r.timex.start, r.timex.end) for r in out])
    out.sort(key=lambda r: r.timex.start)
    out += _counted_on(text, language, out)
    out.sort(key=lambda r: r.timex.start)
    return out


# Words counted from the date told just before: "deux jours plus tard", "le lendemain", "l'année suivante", "tres
# días después", "am Tag darauf", "un anno dopo", "no ano seguinte".
def _words(table: str) -> dict[str, str]:
    """"un une:1 deux:2" -> {"un": "1", "une": "1", "deux": "2"}: the words before each colon mean what follows it."""
    out: dict[str, str] = {}
    for group in re.findall(r"([^:]+):(\S+)", table):
        for word in group[0].split():
            out[word] = group[1]
    return out


_NUMBERS = {
    "fr": _words("un une:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10"),
    "es": _words("un una uno:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10"),
    "de": _words("ein eine einen einem:1 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10"),
    "it": _words("un uno una:1 due:2 tre:3 quattro:4 cinque:5 sei:6 sette:7 otto:8 nove:9 dieci:10"),
    "pt": _words("um uma:1 dois duas:2 três:3 quatro:4 cinco:5 seis:6 sete:7 oito:8 nove:9 dez:10"),
}
_UNIT_WORDS = {
    "fr": _words("jour jours:day semaine semaines:week mois:month an ans année années:year"),
    "es": _words("día días:day semana semanas:week mes meses:month año años:year"),
    "de": _words("tag tage tagen:day woche wochen:week monat monate monaten:month jahr jahre jahren:year"),
    "it": _words("giorno giorni:day settimana settimane:week mese mesi:month anno anni:year"),
    "pt": _words("dia dias:day semana semanas:week mês meses:month ano anos:year"),
}
_LATER = {  # after the count: later (+1) or earlier (-1)
    "fr": {"plus tard": 1, "après": 1, "plus tôt": -1, "auparavant": -1, "avant": -1},
    "es": {"después": 1, "más tarde": 1, "antes": -1},
    "de": {"später": 1, "danach": 1, "darauf": 1, "zuvor": -1, "früher": -1, "vorher": -1},
    "it": {"dopo": 1, "più tardi": 1, "prima": -1},
    "pt": {"depois": 1, "mais tarde": 1, "antes": -1},
}
_FIXED = {  # one unit on from the date before, or back
    "fr": {"le lendemain": ("day", 1), "la veille": ("day", -1), "l'année suivante": ("year", 1),
           "l'an suivant": ("year", 1), "l'année précédente": ("year", -1), "le mois suivant": ("month", 1),
           "le mois précédent": ("month", -1), "la semaine suivante": ("week", 1)},
    "es": {"al día siguiente": ("day", 1), "el día anterior": ("day", -1), "al año siguiente": ("year", 1),
           "el año siguiente": ("year", 1), "el año anterior": ("year", -1), "al mes siguiente": ("month", 1),
           "el mes siguiente": ("month", 1), "la semana siguiente": ("week", 1)},
    "de": {"am nächsten tag": ("day", 1), "am tag darauf": ("day", 1), "tags darauf": ("day", 1),
           "am vortag": ("day", -1), "im folgenden jahr": ("year", 1), "im jahr darauf": ("year", 1),
           "im vorjahr": ("year", -1), "im folgenden monat": ("month", 1), "im monat darauf": ("month", 1)},
    "it": {"il giorno dopo": ("day", 1), "il giorno seguente": ("day", 1), "il giorno prima": ("day", -1),
           "l'anno dopo": ("year", 1), "l'anno successivo": ("year", 1), "l'anno seguente": ("year", 1),
           "l'anno precedente": ("year", -1), "il mese successivo": ("month", 1), "il mese dopo": ("month", 1)},
    "pt": {"no dia seguinte": ("day", 1), "na véspera": ("day", -1), "no ano seguinte": ("year", 1),
           "no ano anterior": ("year", -1), "no mês seguinte": ("month", 1), "na semana seguinte": ("week", 1)},
}


@lru_cache(maxsize=8)
def _counted_res(base: str) -> tuple[re.Pattern, re.Pattern]:
    num = "|".join(sorted(_NUMBERS[base], key=len, reverse=True))
    unit = "|".join(sorted(_UNIT_WORDS[base], key=len, reverse=True))
    later = "|".join(re.escape(w) for w in sorted(_LATER[base], key=len, reverse=True))
    count_re = re.compile(rf"(?<![\w-])(?P<n>\d{{1,3}}|{num})\s+(?P<u>{unit})\s+(?P<d>{later})(?![\w-])", re.IGNORECASE)
    fixed = "|".join(re.escape(w).replace("'", "['’]") for w in sorted(_FIXED[base], key=len, reverse=True))
    fixed_re = re.compile(rf"(?<![\w-])(?:{fixed})(?![\w-])", re.IGNORECASE)
    return count_re, fixed_re


def _counted_on(text: str, language: str, found: list[Resolved]) -> list[Resolved]:
    """Dates counted from the one told just before (in text order), at no finer a grain than both allow: "deux
    jours plus tard" after "le 3 novembre 2025" is 5 November; "l'année suivante" after "en 2018" is 2019; "deux
    jours plus tard" after a month alone names no day and is left out."""
    base = _base_language(language)
    if base not in _FIXED:
        return []
    count_re, fixed_re = _counted_res(base)
    hits = []
    for m in count_re.finditer(text):
        n = int(m["n"] if m["n"].isdigit() else _NUMBERS[base][m["n"].lower()])
        hits.append((m.start(), m.end(), _UNIT_WORDS[base][m["u"].lower()],
                     n * _LATER[base][re.sub(r"\s+", " ", m["d"].lower())]))
    for m in fixed_re.finditer(text):
        unit, n = _FIXED[base][m.group().lower().replace("’", "'")]
        hits.append((m.start(), m.end(), unit, n))
    out: list[Resolved] = []
    told = sorted(found, key=lambda r: r.timex.start)
    for a, b, unit, n in sorted(hits):
        if any(r.timex.start < b and a < r.timex.end for r in found):
            continue
        before = [r for r in (*told, *out) if r.timex.end <= a and parse_value(r.timex.value) is not None]
        if not before:
            continue
        prev = parse_value(max(before, key=lambda r: r.timex.end).timex.value)
        moved = shift(prev, unit, n)
        if moved is None:
            continue
        if prev.gran in ("day", "week") and unit in ("month", "year"):
            moved = coarsen(moved, unit)  # "un an plus tard" after a day: the year the text vouches for
        out.append(Resolved(Timex(a, b, text[a:b], "DATE", moved.value(), ""), "previous", 0))
    return out


# Words that count from the published day alone, as "yesterday" and "last month" do in English: no story is needed
# to read them.  (Those that count from a date told before, "deux jours plus tard", are still left out.)
_DAY_WORDS = {
    "fr": {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "ce matin": 0, "ce soir": 0,
           "cet après-midi": 0, "demain": 1, "après-demain": 2},
    "de": {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2},
    "es": {"anteayer": -2, "ayer": -1, "hoy": 0, "esta mañana": 0, "esta tarde": 0, "esta noche": 0, "mañana": 1,
           "pasado mañana": 2},
    "it": {"l'altro ieri": -2, "ieri": -1, "oggi": 0, "stamattina": 0, "stamani": 0, "stasera": 0, "stanotte": 0,
           "domani": 1, "dopodomani": 2},
    "pt": {"anteontem": -2, "ontem": -1, "hoje": 0, "esta manhã": 0, "esta tarde": 0, "esta noite": 0, "amanhã": 1,
           "depois de amanhã": 2},
}
# The unit words and the words that put the unit before, at or after the published one, in either order:
# "la semaine dernière", "el mes pasado", "letzte Woche", "il prossimo anno", "no ano passado".
_UNITS = {
    "fr": {"semaine": "week", "mois": "month", "année": "year", "an": "year"},
    "de": {"woche": "week", "monat": "month", "jahr": "year"},
    "es": {"semana": "week", "mes": "month", "año": "year"},
    "it": {"settimana": "week", "mese": "month", "anno": "year"},
    "pt": {"semana": "week", "mês": "month", "ano": "year"},
}
_SIDES = {
    "fr": {"dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "prochain": 1, "prochaine": 1, "ce": 0, "cette": 0},
    "de": {"letzte": -1, "letzten": -1, "letztes": -1, "vergangene": -1, "vergangenen": -1, "vergangenes": -1,
           "vorige": -1, "vorigen": -1, "voriges": -1, "nächste": 1, "nächsten": 1, "nächstes": 1, "kommende": 1,
           "kommenden": 1, "kommendes": 1, "diese": 0, "diesen": 0, "dieses": 0},
    "es": {"pasado": -1, "pasada": -1, "próximo": 1, "próxima": 1, "que viene": 1, "este": 0, "esta": 0},
    "it": {"scorso": -1, "scorsa": -1, "passato": -1, "passata": -1, "prossimo": 1, "prossima": 1, "questo": 0,
           "questa": 0, "quest'": 0},
    "pt": {"passado": -1, "passada": -1, "próximo": 1, "próxima": 1, "que vem": 1, "este": 0, "esta": 0},
}
_ARTICLES = r"(?:la|le|l['’]|el|il|lo|a|o|der|die|das|den|dem)\s*"
_PARTS = (r"soir|matin|après-midi|Morgen|Abend|Nachmittag|Mittag|Nacht|früh|por\s+la\s+(?:mañana|tarde|noche)|"
          r"(?:por\s+la\s+|à\s+|de\s+)?(?:noche|tarde|noite|manhã)|sera|mattina|pomeriggio|notte")
# "esta mañana", "heute Morgen", "por la mañana": the morning, not tomorrow
_MORNING_BEFORE = re.compile(r"(?:\b(?:la|esta|cada|por|heute|gestern|am|jeden)\s+)$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _deictic_res(base: str) -> tuple[re.Pattern, re.Pattern]:
    days = "|".join(re.escape(w) for w in sorted(_DAY_WORDS[base], key=len, reverse=True))
    units = "|".join(re.escape(w) for w in sorted(_UNITS[base], key=len, reverse=True))
    sides = "|".join(re.escape(w) for w in sorted(_SIDES[base], key=len, reverse=True))
    # (with the part of the day after it: "hier soir", "heute Morgen", "ayer por la tarde", "ieri sera")
    day_re = re.compile(rf"(?<![\w'’-])(?P<w>{days})(?:\s+(?:{_PARTS}))?(?![\w-])", re.IGNORECASE)
    # (with its article: "la semaine dernière", "l'année dernière", "el año pasado", "l'anno scorso")
    unit_re = re.compile(rf"(?<![\w'’-])(?:{_ARTICLES})?(?:(?P<s1>{sides})\s*(?P<u1>{units})|(?P<u2>{units})\s+(?P<s2>{sides}))"
                         rf"(?![\w-])", re.IGNORECASE)
    return day_re, unit_re


def _deictic(text: str, published: dt.date, language: str, taken: list[tuple[int, int]]) -> list[Resolved]:
    """"hier", "gestern", "ayer"; "la semaine dernière", "letzten Monat", "el año pasado", "il mese prossimo": the
    day, week, month or year counted from the published day."""
    base = _base_language(language)
    if base not in _DAY_WORDS:
        return []
    day_re, unit_re = _deictic_res(base)
    out: list[Resolved] = []
    claimed = list(taken)
    for m in unit_re.finditer(text):
        side = _SIDES[base][(m["s1"] or m["s2"]).lower()]
        unit = _UNITS[base][(m["u1"] or m["u2"]).lower()]
        value = shift(coarsen(day_point(published), unit), unit, side).value()
        out.append(Resolved(Timex(m.start(), m.end(), m.group(), "DATE", value, ""), "published", 0))
        claimed.append((m.start(), m.end()))
    for m in day_re.finditer(text):
        word = m["w"].lower()
        if any(a < m.end() and m.start() < b for a, b in claimed):
            continue
        if word in ("mañana", "morgen") and (_MORNING_BEFORE.search(text, max(0, m.start() - 12), m.start())
                                             or m["w"][0].isupper() and base == "de"):
            continue  # "esta mañana", "heute Morgen": a morning
        day = published + dt.timedelta(days=_DAY_WORDS[base][word])
        out.append(Resolved(Timex(m.start(), m.end(), m.group(), "DATE", day.isoformat(), ""), "published", 0))
    return [r for r in out if not any(a < r.timex.end and r.timex.start < b for a, b in taken)]


# The years Korean, Japanese and Chinese news count from the published one, written before a month ("지난해 6월",
# "昨年6月", "去年6月": June last year).  Each needs the number of its month: a year word alone ("올해 들어", so far this
# year) is more often a stretch than a date.
_YEAR_WORDS = {
    "ko": {"재작년": -2, "지난해": -1, "작년": -1, "올해": 0, "금년": 0, "내년": 1},
    "ja": {"一昨年": -2, "昨年": -1, "去年": -1, "今年": 0, "本年": 0, "来年": 1},
    "zh": {"前年": -2, "去年": -1, "今年": 0, "明年": 1},
}
_MONTH_MARK = {"ko": "월", "ja": "月", "zh": "月"}
_DAY_MARK = {"ko": "일", "ja": "日", "zh": "[日号號]"}
# "지난 22일" (the 22nd just past), "오는 29일" (the 29th to come); a bare "22일" in Korean news is this month's or the
# last's, whichever is nearest.  Not "3일간" or "10일 만에" (for three days, ten days on): lengths of time.
_KO_DAY = re.compile(r"(?<![\d월.])(?:(?P<rel>지난|오는)\s*)?(?P<d>[1-9]|[12]\d|3[01])일(?!\s*(?:간|동안|만|째|치|분))")


def _relative_east_asian(text: str, published: dt.date, language: str,
                         taken: list[tuple[int, int]]) -> list[Resolved]:
    """Months of a year counted from the published one ("지난해 6월" -> the June before), and in Korean the days of
    the month near the published day ("지난 22일", "오는 29일", "22일"), which dateparser does not read."""
    base = _base_language(language)
    years = _YEAR_WORDS.get(base)
    if years is None:
        return []
    found: list[Resolved] = []
    words = "|".join(sorted(years, key=len, reverse=True))
    month_re = re.compile(rf"(?P<y>{words})\s*(?P<m>1[0-2]|0?[1-9])\s*{_MONTH_MARK[base]}"
                          rf"(?:\s*(?P<d>[1-9]|[12]\d|3[01])\s*{_DAY_MARK[base]})?")
    for m in month_re.finditer(text):
        year = published.year + years[m["y"]]
        try:
            value = dt.date(year, int(m["m"]), int(m["d"])).isoformat() if m["d"] else f"{year:04d}-{int(m['m']):02d}"
        except ValueError:
            continue
        found.append(Resolved(Timex(m.start(), m.end(), m.group(), "DATE", value, ""), "published", 0))
    if base == "ko":
        for m in _KO_DAY.finditer(text):
            side = {"지난": "past", "오는": "future"}.get(m["rel"] or "")
            if (day := _day_of_month_near(int(m["d"]), published, side)) is not None:
                found.append(Resolved(Timex(m.start(), m.end(), m.group(), "DATE", day.isoformat(), ""), "published", 0))
    claimed = list(taken)
    out = []
    for r in found:
        if any(a < r.timex.end and r.timex.start < b for a, b in claimed):
            continue  # a date already read ("2025년 6월 22일"), or the day of a month read above
        claimed.append((r.timex.start, r.timex.end))
        out.append(r)
    return out


def _day_of_month_near(day: int, published: dt.date, side: str | None) -> dt.date | None:
    """The day of that number in the published month or the one before or after it, nearest the published day on
    the side given."""
    candidates = []
    for step in (-1, 0, 1):
        month = published.month + step
        year = published.year + (month - 1) // 12
        with contextlib.suppress(ValueError):  # the 31st of a shorter month
            candidates.append(dt.date(year, (month - 1) % 12 + 1, day))
    return _closest(candidates, published, side)


# "le 8 mai dernier", "el 3 de marzo pasado", "il 5 aprile scorso"; "le 2 juin prochain", "el próximo"; a weekday's
# too ("mercredi dernier", "lunes que viene")
# (the words that may also stand before the day: "el pasado martes", "am vergangenen Montag")
_PAST_EITHER_SIDE = r"pasad[oa]|passad[oa]|scors[oa]|letzten|vergangenen|vorigen"
_FUTURE_EITHER_SIDE = r"pr[oó]xim[oa]|prossim[oa]|nächsten|kommenden"
_SIDE_AFTER = re.compile(rf"\s+(?:(?P<past>derni[eè]re?|pass[ée]e?|{_PAST_EITHER_SIDE})|"
                         rf"(?P<future>prochaine?|que\s+viene|{_FUTURE_EITHER_SIDE}))\b", re.IGNORECASE)


_SIDE_BEFORE = re.compile(rf"(?<![\w-])(?:(?P<past>{_PAST_EITHER_SIDE})|(?P<future>{_FUTURE_EITHER_SIDE}))\s+$",
                          re.IGNORECASE)


def _nearest(day: dt.date, published: dt.date, side: str | None = None) -> dt.date:
    """A day named without its year, in the year that puts it nearest the published day (on the side a word after
    it says: "le 8 mai dernier"): news tells of days just past and just ahead ("le sommet se tiendra le 31 octobre",
    published in mid-October, is this October's), and the tense that would tell them apart is not read in these
    languages."""
    candidates = []
    for y in (published.year - 1, published.year, published.year + 1):
        with contextlib.suppress(ValueError):  # 29 February
            candidates.append(day.replace(year=y))
    return _closest(candidates, published, side) or day


def _closest(candidates: list[dt.date], published: dt.date, side: str | None) -> dt.date | None:
    """The candidate day nearest the published one, on the side given ("past", "future"), the earlier on a tie."""
    fits = [d for d in candidates if side is None or (d <= published if side == "past" else d >= published)]
    return min(fits, key=lambda d: (abs((d - published).days), d > published)) if fits else None


def _around_years(parser, text: str, found: list[Resolved]) -> list[Resolved]:
    """Dates dateparser's search missed, read around each written year it left untouched ("Le 1er mars 2026, le
    sommet ...", "Im Jahr 2017"): a few words before the year and one after, cut like the others."""
    taken = [(r.timex.start, r.timex.end) for r in found]
    more: list[Resolved] = []
    for y in _YEAR.finditer(text):
        if any(a <= y.start() < b for a, b in taken) or not 1800 <= int(y.group()) <= 2099:
            continue
        line_start = max(text.rfind("\n", 0, y.start()) + 1, y.start() - 40)
        before = [m.start() + line_start for m in _TOKEN.finditer(text[line_start:y.start()])][-4:]
        after = _TOKEN.search(text, y.end(), min(len(text), y.end() + 20))
        start = before[0] if before else y.start()
        end = after.end() if after and "\n" not in text[y.end():after.start()] else y.end()
        tight = _tightest(parser, text, start, end)
        if tight is None or not tight[0] <= y.start() < tight[1]:
            continue
        a, b, value = _with_unit(parser, text, *tight)
        if _inside_a_number_run(text, a, b) or _LABEL_BEFORE.search(text, max(0, a - 14), a):
            continue
        taken.append((a, b))
        more.append(Resolved(Timex(a, b, text[a:b], "DATE", value, ""), "explicit", 0))
    return more


# A day number just before a phrase that starts with a word ("19 | de junio de 2024"): the phrase's own day.
_DAY_LEFT_OUT = re.compile(r"(?<![\d.,])(?P<d>\d{1,2})(?:\.|er|º|°)?\s+$")
# A day number and a connector just before a day date: "du 27 au 28 février", "del 27 al 28 de febrero", "vom 27.
# bis 28. Februar", "27–28 февраля", "từ 27 đến 28 tháng 2".
_RANGE_LEAD = re.compile(r"(?<![\d.,])(?P<d>\d{1,2})\.?\s*(?:-|–|—|~|∼|au|al|a|à|bis|e|y|und|et|đến|до|по|to)\s*$",
                         re.IGNORECASE)


def _range_start(text: str, start: int, value: str) -> tuple[int, int, str] | None:
    """The first day of a range whose last day is the date at ``start`` (a day value), if the text gives one."""
    if len(value) != 10 or not re.match(r"\d", text[start:start + 2]):
        return None
    m = _RANGE_LEAD.search(text, max(0, start - 16), start)
    if m is None:
        return None
    day = int(m["d"])
    try:
        first = dt.date.fromisoformat(value).replace(day=day)
    except ValueError:
        return None
    if first >= dt.date.fromisoformat(value):
        return None
    return m.start("d"), m.end("d"), first.isoformat()


def _with_unit(parser, text: str, a: int, b: int, value: str) -> tuple[int, int, str]:
    """The span with the unit after its last number ("2018年6月12日", "12일", "2017년"): part of the date."""
    while b < len(text) and text[b] in _UNIT_SUFFIXES and _value(parser, text[a:b + 1]) == value:
        b += 1
    return a, b, value


# Words that make the number after them a label: "résolution 1718", "resolución 2397", "n° 1874", "№ 2094".
_LABEL_BEFORE = re.compile(r"(?:\b(?:r[ée]solu\w*|resoluci\w*|risoluzion\w*|резолюц\w*|art[ií]cul\w*|n[°ºo]\.?)"
                           r"|№|결의(?:안)?|决议|決議)\s*$", re.IGNORECASE)


def _inside_a_number_run(text: str, a: int, b: int) -> bool:
    """Whether a bare year sits between other groups of digits ("030 1234 5678")."""
    if not re.fullmatch(r"\d{4}", text[a:b]):
        return False
    return bool(re.search(r"\d[\s/-]?$", text[max(0, a - 2):a]) or re.match(r"[\s/-]?\d", text[b:b + 2]))


def _tightest(parser, text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The phrase cut to the words that make its date, with its TimeML value: first the longest run of its words
    that reads as a date, then shorter only while the date read stays the same ("le 12 juin 2018 à" is
    "12 juin 2018"; "12" alone would read as some 12th)."""
    tokens = [(start + m.start(), start + m.end()) for m in _TOKEN.finditer(text[start:end])]
    runs = sorted(((i, j) for i in range(len(tokens)) for j in range(i + 1, len(tokens) + 1)),
                  key=lambda ij: (ij[0] - ij[1], ij[0]))
    best = None
    for i, j in runs:
        a, b = _stripped(text, tokens[i][0], tokens[j - 1][1])
        if best is not None and not (best[0] <= a and b <= best[1]):
            continue
        value = _value(parser, text[a:b])
        if best is None and value:
            best = (a, b, value)
        elif (value and best is not None and value == best[2] and b - a < best[1] - best[0]
              and bool(_YEAR.search(text[a:b])) >= bool(_YEAR.search(text[best[0]:best[1]]))):
            best = (a, b, value)  # (never shorter by its written year: "12 juin 2018" is not "12 juin")
    return best


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _EDGE:
        a += 1
    while b > a and text[b - 1] in _EDGE and text[b - 1] != ".":
        b -= 1
    return a, b


def _value(parser, phrase: str) -> str | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            data = parser.get_date_data(phrase)
        except (ValueError, KeyError, TypeError, OverflowError):
            return None
    when, period = data.date_obj, data.period
    if when is None or period not in ("day", "month", "year"):
        return None
    if (re.fullmatch(r"[\d\W_]*", phrase) and not re.fullmatch(r"\d{4}", phrase.strip(_EDGE))
            and not _NUMERIC_DATE.fullmatch(phrase.strip(_EDGE))):
        return None  # bare numbers ("12", "3.") are not dates; a numeric date needs its four-digit year

    years = _YEAR.findall(phrase)
    if not years and not _names_a_month(parser, phrase):
        return None  # "y 3" ("and 3"): a number, with no year and no month named beside it
    if period == "year":
        return years[0] if len(years) == 1 and re.fullmatch(r"\D*\d{4}\D*", phrase) else None
    if years and int(years[0]) != when.year:
        return None  # dateparser read the number as something else
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}" if years else None
    if not re.search(rf"(?<!\d)0?{when.day}(?!\d)", phrase.replace(str(when.year), " ")):
        return None  # a day read from a word ("de junio de 2024 un": "un" as the 1st) is no day the text wrote
    return f"{when.year:04d}-{when.month:02d}-{when.day:02d}"


def _names_a_month(parser, phrase: str) -> bool:
    """Whether the words of the phrase, without its numbers, name a month ("de marzo", "juin")."""
    words = re.sub(r"\d+\S*", " ", phrase).strip(_EDGE)
    if not re.search(r"[^\W\d_]{3,}", words):
        return False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            data = parser.get_date_data(words)
        except (ValueError, KeyError, TypeError, OverflowError):
            return False
    return data.date_obj is not None and data.period == "month"


# Weekdays, Monday first, and the words and verb forms that put a weekday's sentence before or after the published
# day.  A tense marker is looked for only in the weekday's own sentence; with none, the weekday is left out.
_WEEKDAY_NAMES = {
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
}
_TENSE = {  # (past, future): a compound past or a simple past; a future or a "going to"
    "fr": ((r"\b(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:(?:déjà|également|aussi|notamment|pas|été)\s+)?"
            r"\w+(?:é|ée|és|ées|u|us|it|is|ert|erts)\b"),
           (r"\b(?:sera|seront|aura|auront|fera|feront|ira|iront|[a-zéè]{3,}(?:era|eront|ira|iront|dra|dront))\b"
            r"|\b(?:va|vont)\s+[a-zéè]+(?:er|ir|re)\b")),
    "de": (r"\b(?:hat|haben|hatte|hatten|war|waren|sagte|sagten|traf|trafen|fand|fanden)\b",
           r"\b(?:wird|werden|geplant|vorgesehen)\b"),
    "es": (r"\b(?:ha|han|había|habían)\s+\w+(?:ado|ido|to|cho)\b|\b\w{3,}(?:ó|aron|ieron)\b",
           r"\b\w{3,}(?:rá|rán)\b|\b(?:va|van)\s+a\b"),
    "it": (r"\b(?:ha|hanno|aveva|avevano|è|sono|era|erano)\s+\w+(?:ato|ata|ati|ate|uto|uta|ito|ita|tto|tta)\b",
           r"\b\w{3,}(?:rà|ranno)\b"),
    "pt": (r"\b(?:tinha|tinham|foi|foram)\b|\b\w{3,}(?:ou|aram|eram|iram)\b", r"\b\w{3,}(?:rá|rão)\b|\b(?:vai|vão)\s+\w+r\b"),
}


@lru_cache(maxsize=8)
def _weekday_re(base: str) -> re.Pattern:
    names = "|".join(re.escape(n) for n in _WEEKDAY_NAMES[base].split())
    return re.compile(rf"(?<![\w-])(?P<wd>{names})(?![\w-])", re.IGNORECASE)


def _weekdays(text: str, published: dt.date, language: str, taken: list[tuple[int, int]]) -> list[Resolved]:
    """Weekdays in the languages above, dated when a word after them or the tense of their sentence says on which
    side of the published day they lie ("Mercredi, le ministre a parlé" is the Wednesday before)."""
    base = _base_language(language)
    if base not in _WEEKDAY_NAMES:
        return []
    names = _WEEKDAY_NAMES[base].split()
    out = []
    for m in _weekday_re(base).finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        told = _SIDE_AFTER.match(text, m.end())  # "mercredi dernier", "lunes próximo"
        before = _SIDE_BEFORE.search(text, max(0, m.start() - 16), m.start())  # "el pasado martes", "nächsten Montag"
        side = ("past" if told["past"] else "future") if told else (
            ("past" if before["past"] else "future") if before else _tense_side(text, m.start(), base))
        if side is None:
            continue
        wd = names.index(m["wd"].lower()) + 1
        back = (published.isoweekday() - wd) % 7
        if side == "past":
            day = published - dt.timedelta(days=back or (7 if told or before else 0))
        else:
            ahead = (wd - published.isoweekday()) % 7
            day = published + dt.timedelta(days=ahead or (7 if told or before else 0))
        end = told.end() if told else m.end()
        start = before.start() if before and not told else m.start()
        out.append(Resolved(Timex(start, end, text[start:end], "DATE", day.isoformat(), ""), "published", 0))
    return out


# Months named without a year or a day, after a word that leads into a month ("en janvier", "im März", "a finales
# de enero", "a gennaio", "em março"): dated, like a weekday, by a word beside them or the tense of their sentence
_MONTH_NAMES = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
_MONTH_LEAD = {
    "fr": r"(?:en|d['’]ici|début|fin|mi-|depuis|jusqu['’]en|avant|après)\s*",
    "de": r"(?:im|seit|bis|ab|für|Anfang|Ende|Mitte|vor|nach)\s+",
    "es": r"(?:en|desde|hasta|para|finales\s+de|principios\s+de|mediados\s+de|antes\s+de|después\s+de)\s+",
    "it": r"(?:a|in|entro|da|fine|inizio|metà|prima\s+di|dopo)\s+",
    "pt": r"(?:em|desde|até|para|no\s+mês\s+de|antes\s+de|depois\s+de)\s+",
}


@lru_cache(maxsize=8)
def _month_re(base: str) -> re.Pattern:
    names = "|".join(re.escape(n) for n in _MONTH_NAMES[base].split())
    return re.compile(rf"(?<![\w-])(?:{_MONTH_LEAD[base]})(?P<mon>{names})(?![\w-])", re.IGNORECASE)


def _months(text: str, published: dt.date, language: str, taken: list[tuple[int, int]]) -> list[Resolved]:
    """Bare months in the languages above, the nearest such month on the side of the published day that a word
    beside them or their sentence's tense gives ("La réunion aura lieu en janvier" in November: next January); left
    out with neither, as a weekday is."""
    base = _base_language(language)
    if base not in _MONTH_NAMES:
        return []
    names = _MONTH_NAMES[base].split()
    out = []
    for m in _month_re(base).finditer(text):
        if any(a < m.end("mon") and m.start("mon") < b for a, b in taken):
            continue
        told = _SIDE_AFTER.match(text, m.end())  # "janvier dernier", "gennaio scorso"
        side = ("past" if told["past"] else "future") if told else _tense_side(text, m.start(), base)
        if side is None:
            continue
        month = names.index(m["mon"].lower()) + 1
        if side == "past":
            year = published.year if month <= published.month and not told else published.year - (
                0 if month < published.month else 1)
        else:
            year = published.year if month >= published.month and not told else published.year + (
                0 if month > published.month else 1)
        end = told.end() if told else m.end("mon")
        out.append(Resolved(Timex(m.start("mon"), end, text[m.start("mon"):end], "DATE", f"{year}-{month:02d}", ""),
                            "published", 0))
    return out


def _tense_side(text: str, pos: int, base: str) -> str | None:
    """"future" or "past" from the verbs of the sentence around ``pos`` (a future wins: "a annoncé qu'il se rendra
    jeudi" is the coming Thursday), None when neither is found."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos), text.find("? ", pos), text.find("! ", pos)) if i >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    past, future = _TENSE[base]
    if re.search(future, sentence):  # (in lower case: "Alexandra", "Sierra" are no futures)
        return "future"
    if re.search(past, sentence, re.IGNORECASE):
        return "past"
    return None
