"""The data the extractor returns.  Frozen so callers can hash, compare and cache them."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass


def _as_json(obj) -> dict:
    """A result as JSON-ready data: dates as ISO strings, tuples as lists, fields in declaration order."""
    return {k: v.isoformat() if isinstance(v, dt.date) else _plain(v) if isinstance(v, tuple) else v
            for k, v in asdict(obj).items()}


def _plain(value):
    """Tuples as lists and dates as ISO strings, all the way down ("office": [["2021-01-20", "2025-01-20"]])."""
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One gazetteer entry: a canonical name, its kind and the other names it goes by."""

    name: str
    kind: str  # "country" | "person" | "organisation"
    aliases: tuple[str, ...] = ()
    country: str = ""  # for a person: the country they act for, so a dyad filter finds their meetings
    # for a person: the years of birth and death, and the years in office of the title an alias gives
    # ("President Trump"), so that a bare surname or a shared title is never read as someone dead or out of
    # office at the event's date (None: not known, or still alive / in office)
    born: int | None = None
    died: int | None = None
    # a bound is a year, or a day where a handover falls inside a year (Biden until 2025-01-20)
    office: tuple[tuple[int | dt.date, int | dt.date | None], ...] = ()
    # how the news names the office without the name ("the North Korean leader", "U.S. president"): whoever held
    # it at the event's date, by ``office``
    roles: tuple[str, ...] = ()
    # "he" or "she" for a person, where the news says which: a "He" opening a sentence goes on about a man named
    # in the sentence before, whoever else it names
    pronoun: str = ""
    # whether a bare family name may name them: wire style gives the leader's sister her full name each time, so
    # "Kim" after "Kim Yo Jong" is still the leader
    by_surname: bool = True

    def to_dict(self) -> dict:
        return _as_json(self)


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3: span into the text, its text, type (DATE|TIME|DURATION|SET), TimeML value and mod."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""  # START|MID|END|APPROX|BEFORE|AFTER|""

    def to_dict(self) -> dict:
        return _as_json(self)


@dataclass(frozen=True, slots=True)
class ExtractedEvent:
    """One dated happening found in a sentence."""

    date_start: dt.date
    date_end: dt.date
    precision: str  # day|month|season|quarter|year|decade
    mod: str  # the timex's START|MID|END|APPROX, or BEFORE|AFTER|ON_OR_BEFORE ("by") from the words before it
    date_text: str
    date_span: tuple[int, int]
    start: int  # sentence span
    end: int
    sentence: str
    title: str
    actors: tuple[str, ...]
    category: str  # PLOVER type or ""
    modality: str  # asserted|planned|hypothetical|negated
    anchor: str  # explicit|published|previous
    confidence: float

    def to_dict(self) -> dict:
        return _as_json(self)


@dataclass(frozen=True, slots=True)
class Extraction:
    timexes: list[Timex]
    events: list[ExtractedEvent]

    def to_dict(self) -> dict:
        return {"timexes": [t.to_dict() for t in self.timexes], "events": [e.to_dict() for e in self.events]}


@dataclass(frozen=True, slots=True)
class DateReading:
    """What a date phrase typed by an editor means: a range of days, its precision, mod and value."""

    date_start: dt.date
    date_end: dt.date
    precision: str
    mod: str
    value: str

    def to_dict(self) -> dict:
        return _as_json(self)
