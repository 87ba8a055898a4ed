"""The actor gazetteer and finding its actors in a text.

Names and aliases are matched as whole words, case-sensitively (they are proper nouns, and "US" must
not match "us").  A bare surname ("Kim", "Lee") resolves to the person with that surname who was named
last in the document; before anyone is named, only a surname no other entry shares resolves.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .results import ActorEntry

KINDS = ("country", "person", "organisation")
DEFAULT_GAZETTEER = Path(__file__).resolve().parents[2] / "seeds" / "actors.yaml"

# Korean and Chinese names put the family name first; for these the surname is the first word.
FAMILY_NAME_FIRST = frozenset(
    "Kim Lee Yi Ri Park Pak Choi Choe Jo Cho Jung Jeong Kang Yoon Yun Moon Mun Han Hwang Xi Hu Wang Li "
    "Zhang Liu Chen Yang Jiang Wen Ahn Ban Roh Chun Ryu Song Hong Shin Oh Lim".split()
)


class GazetteerError(ValueError):
    """The gazetteer file is missing or malformed."""


def load_gazetteer(path: str | Path | None = None) -> list[ActorEntry]:
    """Read the actor gazetteer (a YAML list of {name, kind, aliases, country}); default seeds/actors.yaml."""
    p = Path(path) if path is not None else DEFAULT_GAZETTEER
    return list(_load_cached(str(p.resolve()), p.stat().st_mtime_ns if p.exists() else 0))


@lru_cache(maxsize=8)
def _load_cached(path: str, _mtime: int) -> tuple[ActorEntry, ...]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise GazetteerError(f"cannot read gazetteer {path}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise GazetteerError(f"gazetteer {path} is not valid YAML: {exc}") from exc
    if not isinstance(data, list):
        raise GazetteerError(f"gazetteer {path} must be a YAML list of entries")
    out = []
    for i, item in enumerate(data):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or item.get("kind") not in KINDS:
            raise GazetteerError(f"gazetteer {path}: entry {i + 1} needs a name and a kind in {KINDS}")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise GazetteerError(f"gazetteer {path}: aliases of {item['name']!r} must be a list of strings")
        country = item.get("country") or ""
        if not isinstance(country, str):
            raise GazetteerError(f"gazetteer {path}: country of {item['name']!r} must be a name")
        out.append(ActorEntry(item["name"], item["kind"], tuple(aliases), country))
    return tuple(out)


def surname(entry: ActorEntry) -> str:
    words = entry.name.replace("-", " ").split()
    if len(words) < 2:
        return ""
    first = entry.name.split()[0]
    return first if first in FAMILY_NAME_FIRST else words[-1]


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    name: str


@dataclass(frozen=True)
class _Matcher:
    pattern: re.Pattern
    by_form: dict[str, ActorEntry]
    surname_pattern: re.Pattern | None
    by_surname: dict[str, tuple[ActorEntry, ...]]


@lru_cache(maxsize=16)
def _matcher(entries: tuple[ActorEntry, ...]) -> _Matcher:
    by_form: dict[str, ActorEntry] = {}
    for e in entries:
        for form in (e.name, *e.aliases):
            by_form.setdefault(_norm(form), e)
    forms = sorted(by_form, key=len, reverse=True)
    alts = "|".join(_form_re(f) for f in forms)
    # "North Korea-based" is no mention, but "the US-North Korea summit" names both
    pattern = re.compile(rf"(?<![\w.])(?:{alts})(?!\w)(?!-[a-z])") if forms else re.compile(r"(?!x)x")
    by_surname: dict[str, list[ActorEntry]] = {}
    for e in entries:
        if e.kind == "person" and (s := surname(e)):
            by_surname.setdefault(s, []).append(e)
    sp = None
    if by_surname:
        sp = re.compile(rf"(?<![\w.-])(?:{'|'.join(re.escape(s) for s in sorted(by_surname, key=len, reverse=True))})(?![\w-])")
    return _Matcher(pattern, by_form, sp, {k: tuple(v) for k, v in by_surname.items()})


def _norm(s: str) -> str:
    return s.replace("’", "'")


def _form_re(form: str) -> str:
    # typographic and straight apostrophes, any whitespace between words
    out = re.escape(form).replace("'", "['’]").replace(r"\ ", r"\s+")
    if form.startswith("the "):
        out = "[Tt]" + out[1:]  # "the North" also opens a sentence
    return out


def find_mentions(text: str, entries: Sequence[ActorEntry]) -> list[Mention]:
    """Every actor mention in text, in order, with surnames resolved by what was named before."""
    m = _matcher(tuple(entries))
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for hit in m.pattern.finditer(text):
        form = _norm(re.sub(r"\s+", " ", hit.group()))
        e = m.by_form.get(form) or m.by_form.get("t" + form[1:])
        if e is not None and e.kind == "country" and _is_venue(text, hit.start(), form):
            continue  # "its embassy in Beijing": a place, not China acting
        if e is not None:
            mentions.append(Mention(hit.start(), hit.end(), e.name))
            taken.append((hit.start(), hit.end()))
    if m.surname_pattern is not None:
        full = sorted(mentions, key=lambda x: x.start)  # full-name mentions, in text order (they do not overlap)
        taken_starts = [s for s, _e in taken]
        last_named: dict[str, Mention] = {}  # the latest full mention of each name before the current hit
        cursor = 0
        for hit in m.surname_pattern.finditer(text):
            i = bisect.bisect_right(taken_starts, hit.start()) - 1
            if i >= 0 and taken[i][0] <= hit.start() < taken[i][1]:
                continue
            if _someone_else(text, hit.start(), hit.end(), hit.group()):
                continue  # "Kim Yo Jong", "Kim Dae-jung", "Ivanka Trump": another person of that family
            while cursor < len(full) and full[cursor].end <= hit.start():
                last_named[full[cursor].name] = full[cursor]
                cursor += 1
            cands = m.by_surname[hit.group()]
            named_before = sorted((last_named[c.name] for c in cands if c.name in last_named), key=lambda x: x.start)
            if named_before:
                mentions.append(Mention(hit.start(), hit.end(), named_before[-1].name))
            elif len(cands) == 1 and not _ambiguous_surname(hit.group(), entries):
                mentions.append(Mention(hit.start(), hit.end(), cands[0].name))
    mentions.sort(key=lambda x: x.start)
    return mentions


def _ambiguous_surname(word: str, entries: Sequence[ActorEntry]) -> bool:
    # "Lee" or "Kim" alone, before any full name, could be anyone; a rarer surname is safe to resolve
    return word in FAMILY_NAME_FIRST


_NOT_GIVEN_NAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December The This That He She It They On In At And But Yesterday Today Now Then "
    "Later Earlier Also Still When After Before Meanwhile Instead There Here While As If So Since Until Under "
    "Mr Mrs With Without For From By".split()
)
# "its embassy in Beijing" is a place; "travelled to Pyongyang" still involves the country visited
_VENUE_BEFORE = re.compile(r"\b(?:in|at|near|outside|via|inside)\s+$", re.IGNORECASE)
_DEMONYM = re.compile(r"(?:ese|an|ans|ians|ish|i)$")
# Words that may stand before a surname without being a given name.
_TITLES = frozenset(
    "President Mr Mrs Ms Dr Secretary Minister Premier Chairman Chairwoman Leader General Gen Senator Sen Rep "
    "Governor Prime Vice Former Prince King Queen Ambassador Envoy Adviser Advisor Comrade Marshal Speaker Judge "
    "Lawmaker Representative Director Chief Commander Admiral Colonel Col Lt Captain Capt Sergeant Sgt".split()
)


def _is_venue(text: str, start: int, form: str) -> bool:
    """A capital after a preposition of place is where something happened, not the country acting."""
    if " " in form or not form[:1].isupper() or form.isupper() or _DEMONYM.search(form):
        return False
    return bool(_VENUE_BEFORE.search(text, max(0, start - 10), start))


def _someone_else(text: str, start: int, end: int, family: str) -> bool:
    """Whether a surname belongs to a full name not in the gazetteer: a given name after a family-name-first
    surname ("Kim Moon-soo"), or before any other ("Ivanka Trump")."""
    if family in FAMILY_NAME_FIRST:
        # the gazetteer's own full names were matched before: any given name left here is someone else's
        given = re.match(r"\s+([A-Z][a-z]+)", text[end:end + 30])
        return bool(given) and given.group(1) not in _NOT_GIVEN_NAMES
    before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 25):start])
    return bool(before) and before.group(1) not in _TITLES and before.group(1) not in _NOT_GIVEN_NAMES
