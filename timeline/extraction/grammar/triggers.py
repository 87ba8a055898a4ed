"""The words each rule needs: the extractor reads a text's words once and runs each rule only near them."""

from __future__ import annotations

import re
from functools import lru_cache

# ----------------------------------------------------------------------------- triggers

_UNIT_WORDS = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|season)s?|century|centuries"
_MONTH_WORDS = (r"jan|january|feb|february|mar|march|apr|april|may|june?|july?|aug|august|sept?|september|oct|october"
                r"|nov|november|dec|december")
# The words (lower-cased tokens: letter runs, or digits with any letters after them) that every match of
# a rule contains.  The extractor reads the text's words once and runs each rule only near its words.
_TRIGGERS = {
    "iso_date": r"\d{4}",
    "iso_range": r"\d{4}",
    "dotted_month": r"\d{4}",
    "us_numeric_date": r"\d{1,2}",
    "day_mon_year": r"\d{1,2}",
    "ordinal_day": r"\d{1,2}(?:st|nd|rd|th)",
    "ordinal_day_pair": r"\d{1,2}(?:st|nd|rd|th)",
    "ordinal_day_in_words": r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                            r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                            r"thirtieth|twenty",
    "weekday_the_ordinal": r"\d{1,2}(?:st|nd|rd|th)",
    "day_first_numeric_date": r"\d{1,2}",
    "numeric_day_and_month": r"on",
    "month_day": _MONTH_WORDS,
    "month_day_list": _MONTH_WORDS,
    "ordinal_day_of_month": _MONTH_WORDS,
    "ordinal_day_of_a_month_told_from_now": r"month",
    "last_day_of_month": r"last",
    "month_the_ordinal": _MONTH_WORDS,
    "season_of_short_year": r"summer|winter|spring|autumn|fall",
    "turn_of_the_century": r"turn",
    "turn_of_the_year": r"turn",
    "short_year": r"\d\d",
    "day_month": _MONTH_WORDS,
    "month_year": _MONTH_WORDS,
    "day_month_span": _MONTH_WORDS,
    "month_span": _MONTH_WORDS,
    "bare_month": _MONTH_WORDS,
    "month_of_that_year": _MONTH_WORDS,
    "days_of_that_year": r"year",
    "set_weekday": r"every|each",
    "year": r"1\d{3}|20\d\d",
    "compact_year_range": r"1\d{3}|20\d\d",
    "decade": r"\d*0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties",
    "century": r"century|centuries",
    "this_century": r"century",
    "part_of_the_century": r"century|midcentury",
    "quarter": r"quarters?",
    "bare_quarter_code": r"[qh][1-4]",
    "quarter_code": r"[qh][1-4]|\d{4}[qh]?|[1-4][qh](?:\d\d)?|fy|fy\d{2,4}",
    "the_quarter": r"quarter|period",
    "the_year_period": r"quarter|period",
    "bare_quarter": r"quarter",
    "half": r"half",
    "months_of_year": r"months|quarters",
    "week_of_month": r"week",
    "story_month_or_season": _MONTH_WORDS + r"|spring|summer|autumn|fall|winter",
    "season": r"spring|summer|autumn|fall|winter",
    "seasons_ago": r"springs|summers|autumns|falls|winters",
    "weekday": r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?",
    "unit_after": r"week|weekend|month|year",
    "part_of_the_day": r"morning|afternoon|evening",
    "short_weekday_heading": r"mon|tues?|wed|thu|thurs?|fri|sat|sun",
    "plural_weekday": r"(?:mon|tues|wednes|thurs|fri|satur|sun)days",
    "weekdays_ago": r"(?:mon|tues|wednes|thurs|fri|satur|sun)days",
    "deictic_day": r"today|tonight|yesterday|tomorrow|overnight|morning|afternoon|evening|night",
    "overnight_weekday": r"overnight",
    "overnight_month_day": r"overnight",
    "nth_weekday_of_the_month": r"month",
    "mid_unit": r"mid|midmonth|midyear|midweek",
    "week_of_year": r"week",
    "nth_weekday_of": r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    "first_of_the_month": r"first|1st",
    # ("m" of "a.m." and "p.m.", and the part of the day after it: a clock told in words, "nine a.m.")
    "clock": r"\d{1,2}(?:am|pm)?|[012]\d[0-5]\d|noon|midnight|midday|mid|midafternoon|midmorning|m|morning|afternoon|evening",
    "stamp_ago": r"ago",
    "date_time_group": r"[0-3]\d[0-2]\d[0-5]\d[a-z]",
    "clock_in_words": r"clock|past|quarter|half|minutes?",
    "this_unit": _UNIT_WORDS,
    "same_unit_a_year_back": r"same",
    "the_weekend": r"weekend",
    "in_units_time": r"time",
    "this_day_in": r"day|date",
    "this_time_last_year": r"time",
    "counted_from_a_day": r"days?|weeks?",
    "before_last": r"week|weekend|month|year",
    "end_of_the_unit": r"year|month|week|decade",
    "the_unit": r"year|week|month",
    "earlier_in_the_unit": r"day|week|month|year",
    "ago": _UNIT_WORDS,
    "next_day": r"day|morning|afternoon|evening|night",
    "nth_day": r"second|third|fourth|fifth|sixth|seventh",
    "refs": r"now|nowadays|days|day|currently|presently|present|moment|recently|lately|past|future|someday|later|term|soon",
    "units_ahead": r"ahead",
    "early_hours": r"hours",
    "long_adjective": r"long",
    "ref_adjectives": r"current|recent|former|past|upcoming",
    "duration": _UNIT_WORDS,
    "bare_plural_duration": r"(?:second|minute|hour|day|week|month|year|decade)s|centuries",
    "sets": r"every|each|per|hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|annually|yearly|semiannually|semi|twice",
    "year_earlier_adj": r"year|month|week",
    "holiday": r"christmas|new|thanksgiving|independence|easter|memorial|labor|veterans|halloween|election|good|holy|palm|sun|shining"
               r"|black|cyber|fourth|liberation|victory|foundation",
    "era_year": r"juche|meiji|taisho|taishō|showa|shōwa|heisei|reiwa",
    "lunar_holiday": r"lunar|chinese|korean|seollal|chuseok|buddha",
    "spoken_year": r"nineteen|twenty|thousand",
    "circa_year": r"c|ca|circa",
    "spoken_two_digit_year": r"oh|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety",
}
_TRIGGER_RES = [(k, re.compile(v)) for k, v in _TRIGGERS.items()]


@lru_cache(maxsize=65536)
def rules_for_word(word: str) -> tuple[str, ...]:
    """Names of the rules a (lower-cased) word can trigger."""
    return tuple(name for name, trig in _TRIGGER_RES if trig.fullmatch(word))
