"""How long a happening runs, told with its first day: "the exercise, which begins on Monday and will run for 11
days", "talks that open Tuesday and last three days", "will run for two weeks starting March 4".  TimeML keeps the
day and the length apart; the event spans both, from the first day to the last."""

from __future__ import annotations

import re

from .lexicon import NUMBER_WORD_RE, parse_count

_RUNS = r"(?:run|runs|ran|last|lasts|lasted|continue|continues|continued|go\s+on|goes\s+on|went\s+on)"
_LENGTH = rf"(?:(?:about|some|around|nearly|roughly|almost)\s+)?(?P<n>an?|{NUMBER_WORD_RE}|\d{{1,3}})\s+(?P<unit>days?|weeks?)\b"
# the first day, then the length: "begins on Monday and will run for 11 days"
_RUNS_AFTER = re.compile(rf"(?:,?\s+and(?:\s+(?:it|they|is|are))?|,)?"
                         rf"(?:\s+(?:will|would|is\s+to|was\s+to|is\s+expected\s+to|is\s+due\s+to))?\s+"
                         rf"{_RUNS}\s+(?:for\s+)?{_LENGTH}", re.IGNORECASE)
# a start told before the day: "which begins on", "will begin the exercise on", "starting", "from"
_STARTS_BEFORE = re.compile(r"\b(?:(?:begin|begins|began|begun|start|starts|started|open|opens|opened|kick(?:s|ed)?\s+off|"
                            r"commence[sd]?)\s+(?:(?:its|their|the|a|an)\s+(?:[\w'’-]+\s+){0,4}?)?|starting\s+|"
                            r"beginning\s+|from\s+)(?:on\s+)?$", re.IGNORECASE)
# the length, then the first day: "will run for two weeks starting March 4", "for four days from Tuesday"
_RUNS_BEFORE = re.compile(rf"\b{_RUNS}\s+(?:for\s+)?{_LENGTH}\s+(?:starting|beginning|from)\s+(?:on\s+)?$",
                          re.IGNORECASE)


def days_it_runs(text: str, start: int, end: int, sentence_end: int) -> int | None:
    """The number of days a happening whose first day is the date at [start, end) runs, when its sentence says
    (None when it does not: "said on Monday the drills will run for 11 days" gives the saying's day, no start)."""
    m = _RUNS_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        if not _STARTS_BEFORE.search(text, max(0, start - 70), start):
            return None
        m = _RUNS_AFTER.match(text, end, sentence_end)
        if m is None:
            return None
    n = parse_count(m["n"])
    if not n or n < 2:
        return None  # ("a day": the day itself)
    return int(n) * (7 if m["unit"].lower().startswith("week") else 1)
