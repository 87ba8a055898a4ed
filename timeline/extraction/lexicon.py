"""Word tables the temporal grammar is built from (English), and small helpers over them."""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Abbreviations are only months with a period or a following day/year ("Aug. 2", "Dec 2019"); the
# ambiguous full names "May" and "March" need a capital and a date-like neighbour (see grammar).
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
    r"(?![a-z])"  # (a whole word: not the "Sep" of "the 6th Separated Families Day")
)
# Past participles that do not end in "-ed", and a pattern for any participle ("signed", "held"): what was done to a
# noun a title puts back to it ("The deal (signed 1994)" -> "The deal was signed")
IRREGULAR_PARTICIPLES = frozenset("taken given held made done seen known chosen written shown begun sent brought built set "
                                  "put struck won lost drawn broken spoken shot sold stolen driven grown flown thrown "
                                  "sworn frozen forgotten overseen undertaken withdrawn sunk".split())
# Past tenses in "-ed" of verbs that take no object, so never a passive: "since the last round of talks collapsed in
# October 2019" is the talks' own verb, not "talks were collapsed"
NO_PASSIVE = frozenset("collapsed died arrived happened occurred emerged erupted lapsed expired disappeared vanished "
                       "existed".split())
PARTICIPLE_RE = r"(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES, key=len, reverse=True)) + ")"
# A participle on the object of a preposition (or of a gerund, or the complement of "was"), up to its date: "the
# fate of Japanese citizens abducted [in the 1970s]" (what was done then, whatever the sentence says of it now)
PARTICIPLE_ON_AN_OBJECT = re.compile(
    # (or the complement of "was": "the only crossing was a rail bridge built in 1959")
    # ("according to footage aired by state television": pictures aired, with no article, are a happening of their
    # own; data "released on Wednesday" date what they tell)
    r"\b(?:of|for|about|with|against|among|from|on|upon|in|to(?=\s+(?:the|a|an|its|his|her|their)\s)"
    r"|(?<=according\s)to(?=\s+(?:footage|images|video|photos|photographs|pictures|recordings)\s)"
    r"|(?:was|were)(?=\s+(?:a|an)\s)"
    # (or the object of a gerund: "reversing a decision made in the summer")
    r"|[a-z]{3,}ing(?=\s+(?:the|a|an|its|his|her|their)\s))\s+"
    # (a count or an abbreviation in the noun phrase: "of the 11 U.N. resolutions adopted from 2016 to 2017")
    r"(?P<np>(?:(?!(?:to|of|for|from|about|with|on|in|at|by)\s)(?:[A-Za-z][\w'’-]*|\d+|(?:[A-Z]\.){2,})\s+){0,3}?"
    r"[a-z][\w'’-]*)\s+"
    # (after an adverb of when in a series: "the letters later published by journalist Bob Woodward in 2020")
    rf"(?:(?P<when>later|first|originally|once)\s+)?(?P<part>{PARTICIPLE_RE})"
    r"(?P<more>\s+(?:in|at|by|near)\s+(?:the\s+|(?:journalist|author|historian|reporter)\s+"
    # ("made by her predecessor Fumio Kishida")
    r"|(?:his|her|its|their)\s+(?:predecessor|successor|counterpart|father|son|sister|brother|envoy|deputy)\s+)?"
    r"[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,2}"
    # (an agent named by its kind: "abducted by North Korean agents in the 1970s", "aired by state television")
    r"|\s+by\s+(?:[A-Z][\w'’.-]*\s+){1,3}[a-z]+s|\s+by\s+state\s+(?:television|media|radio|TV))?\s+"
    # (the date, or a later one of a list: "in the 1970s and [1980s]", "on July 8, 2025, and on [August 27, 2025]")
    # (or a date that needs no preposition: "the letter delivered last month")
    # (or the start of a range: "adopted from [2016] to 2017", "held between [2018] and 2019")
    r"(?:(?:in|on|during)\s+(?:[^;:()]{1,40}?(?:,\s*|\s+)(?:(?:and|or)\s+)?(?:(?:in|on)\s+)?)?|(?:from|between)\s+)?$")

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# A plan moved off its day: "postponed from Tuesday to Thursday" (two dates, the first given up), shared by the
# event grouping and the modality so that both read the same verbs
MOVED_FROM_RE = (r"\b(?:postponed|delayed|moved|pushed\s+back|brought\s+forward|rescheduled|shifted|switched|"
                 r"put\s+off|changed|advanced)\s+(?:\w+\s+){0,2}?from")
# The clock of the place where something happened ("local time", "Seoul time", "KST")
# A clock time alone, with or without "about": "7:10 a.m.", "about 10 p.m.", "noon"
BARE_CLOCK_RE = r"(?:(?:about|around)\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight)"
LOCAL_CLOCK_RE = r"(?:local|Seoul|Pyongyang|Tokyo|Beijing)\s+time\b|\b(?:KST|JST)\b"
# What follows a four-figure clock ("at 1000 local time", "1700 EDT", "0735 GMT", "2140 hours"), so that the figure
# is no year
MILITARY_CLOCK_AFTER = (r"\s*(?:GMT|UTC|Z\b|hrs\b|hours\b|local\s+time\b|"
                        r"(?-i:[A-Z]{1,3}[SD]T|ET|PT|CT|CET|CEST|MSK|HKT|SGT|ICT|WIB)\b)")
# Figures named by the period they count, just before it: "the figures for April are due on June 20", "data for May"
# (the month counted is over, or under way, whatever the tense of their release)
FIGURES_FOR = re.compile(r"\b(?:figures|data|statistics|numbers|results|tallies|trade|exports|imports|sales|output|"
                         r"inflation|earnings)\s+for\s+$", re.IGNORECASE)
# ... or just after it: "releases November trade figures on Friday"
FIGURES_AFTER = re.compile(r"\s+(?:trade|exports?|imports?|inflation|jobs|sales|output|production|prices?|payrolls|"
                           r"unemployment)?\s*(?:figures|data|statistics|numbers|report)\b")
# A date denied in favour of another, up to it: "not on Monday", "not from April 2022" (but not "not until": "It was
# not until Tuesday that Castro revealed" tells when he did), shared by the story's reference point, the modality
# and the titles
NOT_THEN_RE = r"not\s+(?:on|in|at|from|since|by|during)"
# A deal a trailing phrase dates: "under a deal with the United States announced on Wednesday"
DEAL_DATED_RE = (r"(?:under|in|with|as\s+part\s+of)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|"
                 r"arrangement|pact|understanding)\b[^,;:]{0,60}?\s(?:announced|reached|signed|struck|agreed|"
                 r"concluded)")

# Words a period follows without ending the sentence: titles, months, company forms and the postal
# style of US states ("Birmingham, Ala., killed" is one sentence).
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen lt col sen rep gov jan feb mar apr jun jul aug sep sept oct nov dec no vs "
    "jr sr inc corp co ltd bros u.s u.n a.m p.m e.g i.e adm maj capt sgt prof rev ft mt sen gov pres "
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev "
    "okla ore pa tenn tex va vt wash wis wyo h.e amb "
    # (military ranks before a name: "Army Cpl. James Harlow", "Pfc. Kim", "Lt. Cmdr. Park")
    "cpl pfc pvt spc cmdr brig lt.gen".split()
)

# What restates a moment on another clock: "at 6:57 a.m. local time on Wednesday, which was Tuesday evening in
# Washington", "..., or Monday night Washington time"
OTHER_CLOCK_RE = r",\s+(?:which\s+(?:was|is|would\s+be)|or|that\s+is)\s+"


# Cheap tests to run before a pattern that cannot match without a word (see their callers)
def ends_on_a_word(text: str, pos: int, endpos: int, words: tuple[str, ...], ignore_case: bool = False) -> bool:
    """Whether text[pos:endpos] may end on one of ``words`` and whitespace, as a pattern ending "(?:of|from)\\s+$"
    needs.  Under ``ignore_case`` an end that is not ASCII is let through ("ı" matches "i" there)."""
    if not text[endpos - 1:endpos].isspace():
        return False
    end = text[pos:endpos].rstrip()[-16:]
    if ignore_case:
        if not end.isascii():
            return True
        end = end.lower()
    return end.endswith(words)


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold one of the lower-case ``words`` for a case-insensitive pattern needing one: any text
    that is not ASCII may ("ſ" matches "s" there)."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in words)


def abbreviated(word: str, after: str) -> bool:
    """Whether ``word`` before a period is an abbreviation, given the text ``after`` the period: "No." only before
    a number ("No. 2 official"); "No. It is the third launch" ends an answer; so do a bill's "H.R." and "S."."""
    if word in ("no", "h.r", "s", "h.res", "s.res", "h.j.res", "s.j.res", "art", "sec", "para"):
        return after.lstrip()[:1].isdigit()  # (and a bill's or an article's number: "H.R. 2026", "S. 2031")
    return word in ABBREVIATIONS


def period_is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` only closes an abbreviation or an initial ("U.S.", "Mr.", "John F. Kennedy"),
    not a sentence or a clause (but a possessive's "s" does end one: "one thirtieth of South Korea's. In ...")."""
    word = _WORD_BEFORE_DOT.search(text, max(0, dot - 12), dot)
    w = (word.group(1) if word else "").lower().rstrip(".")
    return abbreviated(w, text[dot + 1:dot + 4]) or (
        len(w) == 1 and w.isalpha() and text[dot - 2:dot - 1] not in ("'", "’"))


_WORD_BEFORE_DOT = re.compile(r"([\w.]+)$")


# An author-date citation in brackets: "(Cha 2012; Lankov 2013)", "(Smith and Park, 2021, p. 44)", "(KINU 2020)"
_CITED = r"(?:[A-Z][\w&'’.-]*,?\s+|(?:and|&)\s+|et\s+al\.,?\s+){1,6}(?:1[89]|20)\d\d[a-z]?(?:,\s*pp?\.\s*\d+(?:[-–]\d+)?)?"
CITATION_RE = re.compile(rf"\(\s*{_CITED}(?:\s*;\s*{_CITED})*\s*\)")


_STAMP_OPENING_LINE = re.compile(r"[ \t]*(?:[-*•>]+[ \t]*)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.m", re.IGNORECASE)


US_ZONE_REGIONS = frozenset(("Eastern", "Pacific", "Central", "Mountain"))


def clock_ends_sentence(text: str, dot: int) -> bool:
    """Whether the period closing an "a.m." or "p.m." at ``dot`` ends the sentence too: "... detected the launch at
    around 8:10 a.m. The missile flew ...", but not "at 9 a.m. Tuesday", "a.m. EST" or "a.m. Seoul time"."""
    # (asked of every full stop: a slice compared before any pattern is run)
    before = text[dot - 4:dot - 3] if dot > 3 else ""
    if text[dot - 3:dot].lower() not in ("a.m", "p.m") or before.isalnum() or before == "_":
        return False
    if _STAMP_OPENING_LINE.fullmatch(text, text.rfind("\n", 0, dot) + 1, dot):
        return False  # a live page's entry stamp opening its line: "3:46 p.m. Trump became ..." is one entry
    after = re.match(r"\s+[\"“]?([A-Z][\w'’-]*)((?:\s+[\w'’-]+){0,3})", text[dot + 1:dot + 60])
    if after is None:
        return False
    word, nxt = after.group(1), after.group(2).lower().split()
    return (word.lower().rstrip(".") not in WEEKDAYS and word.lower().rstrip(".") not in MONTHS
            and not (len(word) > 1 and word.isupper()) and "time" not in nxt  # ("a.m. New York time")
            # ("9 p.m. Eastern on Monday": the US zone named by its region)
            and not (word in US_ZONE_REGIONS and (not nxt or nxt[0] in ("on", "time", "standard", "daylight", "tuesday",
                                                                         "monday", "wednesday", "thursday", "friday",
                                                                         "saturday", "sunday", ",", "and"))))


# What happens on one day: "today's talks" is that day, where "today's youth" means nowadays.
DAY_BOUND = frozenset(
    "edition editions issue paper papers meeting meetings session sessions trading vote votes ballot election "
    "game games match quiz program programme broadcast show announcement ceremony talks summit rally hearing "
    "hearings ruling decision news headlines deadline attack attacks strike strikes protest protests march "
    "speech statement visit events close opening launch test parade funeral debate action actions designation "
    "designations briefing briefings sanctions announcement order".split()
)

# How many units "last", "this" and "next" move from the reference ("last year", "next week", "Chuseok this year").
SHIFT = {"last": -1, "this": 0, "next": 1}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "fortnight": "W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE",
    "weekend": "WE", "season": "SE",
}
TIME_UNITS = {"second", "minute", "hour"}

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "final": 4, "last": 4,
}
# Days of the month in words, for formal dates ("the twenty-seventh day of July, 1953").
DAY_ORDINALS = {
    **{w: n for w, n in ORDINALS.items() if w.isalpha() and w not in ("final", "last")},
    **{f"twenty-{w}": 20 + ORDINALS[w] for w in "second third fourth fifth sixth seventh eighth ninth".split()},
    "twenty-first": 21, "thirtieth": 30, "thirty-first": 31,
}

_ONES_RE = "|".join(sorted(ONES, key=len, reverse=True))
_TENS_RE = "|".join(TENS)
NUMBER_WORD_RE = rf"(?:(?:{_TENS_RE})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|{_ONES_RE})"
# A count of units: digits, words, "a"/"an", vague quantities (TimeML writes X for those).
COUNT_RE = (
    # (the quarters before "a": "a quarter of a century" is 25 years, not a quarter and a century)
    rf"(?:(?:a|one|three)\s+quarters?\s+of\s+an?|a\s+quarter(?=[-\s]+centur)|\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:\.\d+)?(?:\s+\d/\d)?|\d/\d|{NUMBER_WORD_RE}(?:\s+and\s+a\s+half)?|(?:a\s+)?couple\s+of|a\s+few|"
    rf"a\s+dozen"
    rf"|several|a|an|few|many|some|dozens\s+of|hundreds\s+of|thousands\s+of|a\s+hundred|one\s+hundred"
    rf"|a\s+half|half\s+a|the\s+better\s+part\s+of\s+a)"
)

VAGUE = {"a few", "few", "several", "many", "some", "dozens of", "hundreds of", "thousands of", "the better part of a"}


def parse_count(text: str) -> float | None:
    """Number a count phrase means; None for vague ones ("several", "a few")."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t):
        return float(t.replace(",", ""))  # "4,135 seconds", "1,000 days"
    if t in VAGUE:
        return None
    if t in ("a", "an", "one hundred", "a hundred") or t.startswith("the "):
        return 100.0 if "hundred" in t else 1.0
    if t in ("a half", "half a"):
        return 0.5
    if t.startswith(("a quarter", "one quarter", "three quarters")):
        return 0.75 if t.startswith("three") else 0.25
    if t in ("a couple of", "couple of"):
        return 2.0
    if t == "a dozen":
        return 12.0
    m = re.fullmatch(r"(\d+(?:\.\d+)?)?(?:\s*(\d)/(\d))?", t)
    if m and (m.group(1) or m.group(2)):
        n = float(m.group(1) or 0)
        if m.group(2):
            n += int(m.group(2)) / max(1, int(m.group(3)))
        return n
    half = t.endswith(" and a half")
    if half:
        t = t[: -len(" and a half")]
    parts = re.split(r"[- ]", t)
    total = 0
    for p in parts:
        if p in ONES:
            total += ONES[p]
        elif p in TENS:
            total += TENS[p]
        else:
            return None
    return total + (0.5 if half else 0)


def fmt_count(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if n == int(n) else f"{n:g}"


# The honours state media give a leader before his titles: "The respected Comrade Kim Jong Un", "the beloved leader"
HONOURS_RE = r"(?:respected|beloved|dear|esteemed|great|supreme)"


# Nouns that name something that happens (a date in a sentence with one of them dates a happening).
EVENT_NOUNS = frozenset(
    "summit summits meeting meetings talks war wars election elections crisis crises test tests launch launches "
    "visit visits attack attacks deal agreement treaty declaration announcement speech ceremony exercise "
    "exercises drill drills crash conference negotiations sanctions collapse invasion strike strikes "
    "bombing bombings explosion protest protests vote votes referendum coup famine flood floods earthquake "
    "revolution uprising ceasefire armistice withdrawal parade rally trip tour session hearing trial "
    "signing opening closing founding events event incident crackdown offensive statement warning".split()
)
