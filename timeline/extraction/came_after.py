"""A happening dated only by how long before another it came: "Her statement came two days after Seoul's
unification ministry offered to resume family reunions."  The subject is the happening the text has just dated
("The launch", "Her statement"), so the one in the clause after "after" took place that long before it."""

from __future__ import annotations

import datetime as dt
import re

from .context import looks_like_verb
from .lexicon import parse_count, period_is_abbreviation

# (only a subject that points back: "The launch", "Her statement", "It"; a name would be a happening of its own)
CAME_AFTER = re.compile(
    r"\s*(?:The|This|That|Its|His|Her|Their|It)\b[^,;:.!?\"“”]{0,60}?\s+(?:came|comes|followed|follows|happened|occurred)"
    r"\s+(?:just\s+|only\s+|barely\s+|about\s+)?(?P<when>(?P<n>an?|one|two|three|four|five|six|seven|ten|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<dir>after|before))\s+(?P<clause>[^,;:!?]+)")


def counted_back(sentence: str, base: dt.date) -> tuple[dt.date, tuple[int, int], tuple[int, int]] | None:
    """The date of the happening the sentence's clause tells, counted from ``base`` (the date of the happening its
    subject points back to), the span of "two days after" and the span of the clause; None when the sentence is
    not of that form or the clause has no verb ("came a day after the summit" dates no clause)."""
    m = CAME_AFTER.match(sentence)
    if m is None:
        return None
    start, end = m.span("clause")
    # (the clause ends at a full stop, not at the period of a rank or title: "after Pvt. Travis King crossed")
    end = next((i for i in range(start, end) if sentence[i] == "." and not period_is_abbreviation(sentence, i)), end)
    clause = sentence[start:end].strip()
    words = clause.split()
    if not any(w[:1].islower() and looks_like_verb(w) for w in words[1:]):
        return None
    days = int(parse_count(m["n"])) * (7 if m["unit"].startswith("week") else 1)
    when = base - dt.timedelta(days=days) if m["dir"] == "after" else base + dt.timedelta(days=days)
    return when, m.span("when"), (start, start + len(sentence[start:end].rstrip()))
