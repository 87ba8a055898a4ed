"""The actor gazetteer and finding its actors in a text.

Names and aliases are matched as whole words, case-sensitively (they are proper nouns, and "US" must
not match "us").  A bare surname ("Kim", "Lee") resolves to the person with that surname who was named
last in the document; before anyone is named, see ``_unnamed_surname`` (a family name alone, "Yoon took office",
goes to the one gazetteer person of that name alive, or for a common Korean or Chinese family name in office, at
the event's date).  Given the event's date (``Mention.at``), a surname goes to the person named last who was alive then, and an alias that
several entries share ("President Bush") to the one in office then: a retold history that names Kim Il Sung last
does not make him the "Kim" of a 2024 treaty.  A person's name that only names a place or an institution ("Kim
Il Sung Square", "Kim Il Sung University") is no mention of that person.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .context import PAST, SCHEDULED_PRESENT
from .furniture import opening_dateline
from .lexicon import CITATION_RE, HONOURS_RE
from .results import ActorEntry

KINDS = ("country", "person", "organisation")
DEFAULT_GAZETTEER = Path(__file__).resolve().parents[2] / "seeds" / "actors.yaml"

# Korean and Chinese names put the family name first; for these the surname is the first word.
FAMILY_NAME_FIRST = frozenset(
    "Kim Lee Yi Ri Park Pak Choi Choe Jo Cho Jung Jeong Kang Yoon Yun Moon Mun Han Hwang Xi Hu Wang Li "
    "Zhang Liu Chen Yang Jiang Wen Ahn Ban Roh Chun Chung Ryu Song Hong Shin Oh Lim".split()
)


class GazetteerError(ValueError):
    """The gazetteer file is missing or malformed."""


def load_gazetteer(path: str | Path | None = None) -> list[ActorEntry]:
    """Read the actor gazetteer (a YAML list of {name, kind, aliases, country, born, died, office});
    default seeds/actors.yaml.  Only name and kind are required."""
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
        born, died = item.get("born"), item.get("died")
        if not all(y is None or _is_year(y) for y in (born, died)):
            raise GazetteerError(f"gazetteer {path}: born and died of {item['name']!r} must be years")
        office = item.get("office") or []
        if not isinstance(office, list) or not all(
                isinstance(t, list) and len(t) == 2 and _is_bound(t[0]) and (t[1] is None or _is_bound(t[1]))
                for t in office):
            raise GazetteerError(f"gazetteer {path}: office of {item['name']!r} must be a list of [from, to] years or "
                                 "days (to: null while in office)")
        roles = item.get("roles") or []
        if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles) or (roles and not office):
            raise GazetteerError(f"gazetteer {path}: roles of {item['name']!r} must be a list of strings, with office "
                                 "years saying when they held it")
        pronoun = item.get("pronoun") or ""
        if pronoun not in ("", "he", "she"):
            raise GazetteerError(f"gazetteer {path}: pronoun of {item['name']!r} must be he or she")
        by_surname = item.get("by_surname", True)
        if not isinstance(by_surname, bool):
            raise GazetteerError(f"gazetteer {path}: by_surname of {item['name']!r} must be true or false")
        out.append(ActorEntry(item["name"], item["kind"], tuple(aliases), country, born, died,
                              tuple((t[0], t[1]) for t in office), tuple(roles), pronoun, by_surname))
    return tuple(out)


def _is_year(y) -> bool:
    return isinstance(y, int) and not isinstance(y, bool) and 0 < y < 10000


def _is_bound(b) -> bool:
    """A year, or a day (YAML reads 2025-01-20 as a date)."""
    return _is_year(b) or (isinstance(b, dt.date) and not isinstance(b, dt.datetime))


def _began_by(lo, end: dt.date) -> bool:
    return lo is None or (lo <= end if isinstance(lo, dt.date) else lo <= end.year)


def _lasted_to(hi, start: dt.date) -> bool:
    return hi is None or (start <= hi if isinstance(hi, dt.date) else start.year <= hi)


def surname(entry: ActorEntry) -> str:
    words = entry.name.replace("-", " ").split()
    if len(words) < 2:
        return ""
    first = entry.name.split()[0]
    return first if first in FAMILY_NAME_FIRST else words[-1]


Years = tuple[tuple[int | dt.date | None, int | dt.date | None], ...]  # stretches of years (or from a day to a day), open at an end where None


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    name: str
    # when the words could mean several people (a surname, a shared title): each candidate with the years it can
    # be them, best first; ``name`` is the first, the reading when the date is unknown
    choices: tuple[tuple[str, Years], ...] = ()
    # a family name no full name in the text settles: it names someone only when exactly one candidate fits the date
    sole: bool = False

    def at(self, start: dt.date, end: dt.date) -> str:
        """Who the mention names in a happening between start and end: the first candidate alive (or in office,
        for a title) then, or with ``sole`` the only one; "" if none was (or, with ``sole``, several were)."""
        if not self.choices:
            return self.name
        fits = [name for name, years in self.choices
                if not years or any(_began_by(lo, end) and _lasted_to(hi, start) for lo, hi in years)]
        if self.sole:
            return fits[0] if len(fits) == 1 else ""
        return fits[0] if fits else ""


def _lifetime(e: ActorEntry) -> Years:
    return ((e.born, e.died),) if e.born is not None or e.died is not None else ()


def _in_office(e: ActorEntry) -> Years:
    return e.office or _lifetime(e)


def _hyphened_to_a_word(text: str, start: int) -> bool:
    """Whether a surname at ``start`` follows a hyphen after a word in lower case ("anti-Trump", "pro-Moon"), not after
    a name ("Trump-Kim")."""
    if text[start - 1:start] != "-":
        return False
    word = re.search(r"([\w'’.]*)-$", text[max(0, start - 30):start])[1]
    return not word[:1].isupper() or word.lower() in ("anti", "pro", "post", "pre", "non", "ex", "neo")


@dataclass(frozen=True)
class _Matcher:
    pattern: re.Pattern
    by_form: dict[str, tuple[ActorEntry, ...]]
    surname_pattern: re.Pattern | None
    by_surname: dict[str, tuple[ActorEntry, ...]]
    roles: frozenset[str] = frozenset()
    # The forms in the Latin script alone.  One alternation across scripts keeps the regex engine from skipping ahead
    # to the letters a form can start with (a tenth of the extractor's time on English news), so a text with no
    # Cyrillic, Chinese, Japanese or Korean letter is scanned with this one: the others cannot match it.
    latin_pattern: re.Pattern | None = None


_TITLE_WORD = re.compile(r"\b(?:president|leader|secretary|minister|premier|chairman|of|state)\b")

@lru_cache(maxsize=16)
def _matcher(entries: tuple[ActorEntry, ...]) -> _Matcher:
    by_form: dict[str, tuple[ActorEntry, ...]] = {}
    roles: set[str] = set()
    for e in entries:
        names = (e.name, *e.aliases)
        if e.kind == "person":
            names = (*names, *(v for f in names for v in _spellings(f)))
        for form in dict.fromkeys(_norm(f) for f in names):
            if e not in by_form.get(form, ()):
                by_form[form] = (*by_form.get(form, ()), e)
        for role in e.roles:
            # "U.S. president" and "U.S. President", "North Korea's leader" and "North Korea's Leader"
            # (and with "the", so "the North Korean leader" is not read as "the North" and a word)
            titled = _TITLE_WORD.sub(lambda m: m.group().title(), role)
            for form in dict.fromkeys(_norm(f) for f in (role, titled, f"the {role}", f"the {titled}")):
                by_form[form] = (*by_form.get(form, ()), e)
                roles.add(form)
    forms = sorted(by_form, key=len, reverse=True)
    spaced = [f for f in forms if not _UNSPACED.search(f) and not _CYRILLIC.search(f)]
    # "North Korea-based" is no mention, but "the US-North Korea summit" names both
    # one alternation shaped as a trie of the forms: the scan tries each letter once, not each of hundreds of forms
    variants = [v for f in spaced for v in ((f, "T" + f[1:]) if f.startswith("the ") else (f,))]
    # (nor is a currency: "US$52 million", "US $5 million")
    parts = [rf"(?<![\w.]){_trie_re(variants)}(?!\w)(?!-[a-z])(?!\s?\$)"] if spaced else []
    # Names in scripts written without spaces between words: Chinese and Japanese run on ("普京与金正恩"), and a
    # Korean particle sticks to the name ("김정은과"), so only the start is fenced (not inside a longer Hangul word)
    unspaced = [f for f in forms if _UNSPACED.search(f)]
    if unspaced:
        parts.append(rf"(?<![\uac00-\ud7af])(?:{'|'.join(re.escape(f) for f in unspaced)})(?!半岛|半島)")
    # Russian names take case endings ("Путина", "Пхеньяне")
    cyrillic = [f for f in forms if _CYRILLIC.search(f) and not _UNSPACED.search(f)]
    if cyrillic:
        parts.append(rf"(?<![\w.])(?:{'|'.join(_form_re(f) for f in cyrillic)})(?:[а-яё]{{0,3}})(?!\w)")
    pattern = re.compile("|".join(parts)) if parts else re.compile(r"(?!x)x")
    latin = re.compile(parts[0]) if spaced else None
    by_surname: dict[str, list[ActorEntry]] = {}
    for e in entries:
        if e.kind == "person" and e.by_surname and (s := surname(e)):
            by_surname.setdefault(s, []).append(e)
    sp = None
    if by_surname:
        # (two surnames joined by a hyphen are both named: "a Trump-Kim summit"; not "Kim-led", nor "anti-Trump", see
        # _hyphened_to_a_word)
        sp = re.compile(rf"(?<![\w.])(?:{'|'.join(re.escape(s) for s in sorted(by_surname, key=len, reverse=True))})"
                        rf"(?!\w)(?!-[a-z])")
    return _Matcher(pattern, by_form, sp, {k: tuple(v) for k, v in by_surname.items()}, frozenset(roles), latin)


def _spellings(form: str) -> tuple[str, ...]:
    """The other ways English news spells a Korean given name written with a hyphen: "Lee Jae-myung" is also "Lee
    Jae Myung" (AP's style) and "Lee Jae-Myung"."""
    m = re.fullmatch(r"([A-Z][a-z]+ [A-Z][a-z]+)-([a-z]+)", form)
    return (f"{m[1]} {m[2].capitalize()}", f"{m[1]}-{m[2].capitalize()}") if m else ()


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_NOT_LATIN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7afА-Яа-яЁё]")  # _UNSPACED or _CYRILLIC


def _inflected(by_form: dict, form: str):
    """The entries of a Cyrillic form read with a case ending ("Путина" is "Путин")."""
    if not _CYRILLIC.search(form):
        return None
    for cut in (1, 2, 3):
        if (es := by_form.get(form[:-cut])):
            return es
    return None


def _norm(s: str) -> str:
    return s.replace("’", "'")


def _trie_re(forms: Sequence[str]) -> str:
    """A regex matching any of ``forms`` (the longest first where one is a prefix of another), built as a trie so
    matching costs a letter at a time; apostrophes match either kind and spaces any whitespace, as in _form_re."""
    trie: dict = {}
    for f in forms:
        node = trie
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}

    def piece(ch: str) -> str:
        return "['’]" if ch == "'" else r"\s+" if ch == " " else re.escape(ch)

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [piece(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + emit(trie) + ")"


def _form_re(form: str) -> str:
    # typographic and straight apostrophes, any whitespace between words
    out = re.escape(form).replace("'", "['’]").replace(r"\ ", r"\s+")
    if form.startswith("the "):
        out = "[Tt]" + out[1:]  # "the North" also opens a sentence
    return out


_AIRLINE_BEFORE = re.compile(r"\bAir\s$")
_AIRLINE_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:Air(?:lines|ways)?|Airlines|Airways)\b(?!\s+(?:Force|force|Defen[cs]e|defen[cs]e))")


def find_mentions(text: str, entries: Sequence[ActorEntry]) -> list[Mention]:
    """Every actor mention in text, in order, with surnames resolved by what was named before."""
    m = _matcher(tuple(entries))
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    others: set[str] = set()  # family names the text gives someone outside the gazetteer ("Lee Jong-seok")
    scan = m.latin_pattern if m.latin_pattern is not None and not _NOT_LATIN.search(text) else m.pattern
    for hit in scan.finditer(text):
        form = _norm(re.sub(r"\s+", " ", hit.group()))
        if form not in m.by_form and "t" + form[1:] in m.by_form:
            form = "t" + form[1:]  # "The North" opening a sentence is the alias "the North"
        es = m.by_form.get(form) or _inflected(m.by_form, form)
        if not es:
            continue
        e = es[0]
        if _names_a_thing(text, hit.end(), e, form):
            taken.append((hit.start(), hit.end()))  # nor is its surname anyone's mention
            continue  # "Kim Il Sung Square": a place named after him, not Kim Il Sung acting
        if e.kind == "organisation" and _LONGER_NAME_BEFORE.search(text, max(0, hit.start() - 30), hit.start()):
            taken.append((hit.start(), hit.end()))
            continue  # "the National Security Council", "Japan's Security Council": another body, not the UN's
        if e.kind == "country" and _is_venue(text, hit.start(), form, hit.end()):
            continue  # "its embassy in Beijing": a place, not China acting
        if e.kind == "country" and (_AIRLINE_BEFORE.search(text, max(0, hit.start() - 4), hit.start())
                                    or _AIRLINE_AFTER.match(text, hit.end())):
            continue  # "aboard an Air China Boeing 747", "Korean Air", "China Eastern Airlines": a carrier's name
        if e.kind == "country" and (_DEMONYM.search(form) or form.lower() == "america") and _OTHER_PEOPLE_BEFORE.search(
                text, max(0, hit.start() - 12), hit.start()):
            continue  # "Latin American leaders", "a Korean-American pastor", "North America": another people or place
        if _alias_of_someone_else(text, hit.start(), hit.end(), form, es):
            taken.append((hit.start(), hit.end()))
            others.add(form.split()[-1])
            continue  # "President Lee Myung-bak" is not Lee Jae-myung ("President Lee")
        if len(es) > 1 and " " in form and (own := _runs_into_own_name(text, hit.end(), form.split()[-1], es)):
            es, e = (own,), own  # "President Lee Jae-myung" names him whatever the date, though two went by "President Lee"
        # an alias several entries share ("President Bush"): whoever held the title at the event's date; an office
        # named without a name ("the North Korean leader"): whoever held it then, or nobody the gazetteer knows
        if form in m.roles:
            choices = tuple((c.name, c.office) for c in es)
            if not (_ROLE_HELD.search(text, max(0, hit.start() - 16), hit.start())
                    or _OTHER_OFFICE.search(text, max(0, hit.start() - 16), hit.start())):
                # ("Albright, who as secretary of state became ...": the office she held, not its holder at the date)
                mentions.append(Mention(hit.start(), hit.end(), e.name, choices, sole=False))
            if e.country:
                mentions.append(Mention(hit.start(), hit.end(), e.country))  # "the South Korean president": Seoul acts
            taken.append((hit.start(), hit.end()))
            continue
        choices = tuple((c.name, _in_office(c)) for c in es) if len(es) > 1 else ()
        mentions.append(Mention(hit.start(), hit.end(), e.name, choices))
        if e.kind == "person" and not e.by_surname:
            others.add(surname(e))  # "Kim Yo Jong ... Kim said": a Kim the family name alone never names
        owner = re.match(r"(.+?)['’]s\s", form) if e.kind == "organisation" else None
        if owner and (owners := m.by_form.get(owner.group(1))) and owners[0].kind == "country":
            mentions.append(Mention(hit.start(), hit.start() + len(owner.group(1)), owners[0].name))  # "North Korea's ruling party"
        taken.append((hit.start(), hit.end()))
    if m.surname_pattern is not None:
        full = sorted(mentions, key=lambda x: x.start)  # full-name mentions, in text order (they do not overlap)
        taken.sort()
        taken_starts = [s for s, _e in taken]
        last_named: dict[str, Mention] = {}  # the latest full mention of each name before the current hit
        cursor = 0
        hits = []
        cited = [c.span() for c in CITATION_RE.finditer(text)] if "(" in text else []
        for hit in m.surname_pattern.finditer(text):
            if _hyphened_to_a_word(text, hit.start()):
                continue
            if any(a <= hit.start() < b for a, b in cited):
                continue  # "(Smith and Park, 2021)": an author cited, not the president
            if re.search(r"\b(?:leader|president|man|woman|person|one|someone|anyone|official|politician)s?\s+"
                         r"(?:named|called|surnamed)\s+$", text[max(0, hit.start() - 30):hit.start()]):
                continue  # "the last leader named Lee to visit": the name itself, nobody in particular
            i = bisect.bisect_right(taken_starts, hit.start()) - 1
            if i >= 0 and taken[i][0] <= hit.start() < taken[i][1]:
                continue
            if _someone_else(text, hit.start(), hit.end(), hit.group()):
                others.add(hit.group())
                continue  # "Kim Yo Jong", "Kim Dae-jung", "Ivanka Trump": another person of that family
            hits.append(hit)
        for hit in hits:
            while cursor < len(full) and full[cursor].end <= hit.start():
                last_named[full[cursor].name] = full[cursor]
                cursor += 1
            cands = m.by_surname[hit.group()]
            named_before = sorted((c for c in cands if c.name in last_named), key=lambda c: last_named[c.name].start,
                                  reverse=True)
            if named_before:
                # the person named last, unless dead at the event's date: then the one named before them
                choices = tuple((c.name, _lifetime(c)) for c in named_before)
                role = last_named[named_before[0].name]
                if len(role.choices) > 1 and not role.sole and len(held := tuple(
                        (n, y) for n, y in role.choices if any(c.name == n for c in cands))) > 1:
                    # "met the North Korean leader ... Mr. Kim would allow": whoever of that name held the office at
                    # the event's date (Kim Il Sung in 1994), else whoever was named before
                    choices = held + tuple(ch for ch in choices if all(ch[0] != n for n, _y in held))
                mentions.append(Mention(hit.start(), hit.end(), choices[0][0],
                                        choices if any(y for _n, y in choices) else ()))
            elif (mention := _unnamed_surname(text, hit.start(), hit.end(), hit.group(), cands, others)) is not None:
                mentions.append(mention)
    mentions.sort(key=lambda x: x.start)
    by_name = {e.name: e for e in entries}
    mentions = _for_their_people(text, mentions, by_name)
    mentions = _with_pronouns(text, mentions, by_name)
    mentions = _with_groups(text, mentions, by_name)
    mentions = _with_definite_descriptions(text, mentions, by_name)
    mentions = _with_it(text, mentions, by_name)
    return _with_speakers(text, mentions, entries)


# "The two leaders", "Both men", "They" opening a sentence (or after a short opening phrase), and "the two Koreas"
_GROUP = re.compile(
    r"(?:(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?:[A-Z][^.!?,;:\"“”\n]{0,40},\s+)?)"
    r"(?P<g>(?i:the\s+(?P<n>two|three)|both)\s+(?P<who>leaders|men|presidents|sides|countries|governments|allies|"
    r"nations)"
    r"|(?i:the)\s+allies|They|(?<=,\s)they)\b")
_TWO_KOREAS = re.compile(r"\b(?:[Tt]he\s+two\s+Koreas|[Bb]oth\s+Koreas|North\s+and\s+South\s+Korea|"
                         r"South\s+and\s+North\s+Korea)\b")
_PEOPLE_WORDS = frozenset("leaders men presidents".split())


def _with_groups(text: str, mentions: list[Mention], by_name: dict[str, ActorEntry]) -> list[Mention]:
    """A group opening a sentence goes on about the actors the sentence before named: "Trump and Kim met in
    Singapore. The two leaders signed a statement ..." (the two people), "The allies" or "They" (the countries,
    or the two people when only people were named).  "The two Koreas" are North and South Korea."""
    added = []
    for hit in _TWO_KOREAS.finditer(text) if "Korea" in text else ():  # (cheap test first: each form needs it)
        added += [Mention(hit.start(), hit.end(), name) for name in ("North Korea", "South Korea") if name in by_name]
    starts = [m.start for m in mentions]
    groups = list(_GROUP.finditer(text))
    for hit in groups:
        g0 = hit.start("g")
        before = _sentence_before(text, hit.start())
        if before is None:
            continue
        prev_start, prev_end = before
        i, j = bisect.bisect_left(starts, prev_start), bisect.bisect_left(starts, prev_end)
        named = [m for m in mentions[i:j] if m.name in by_name]
        people = list(dict.fromkeys(m.name for m in named if by_name[m.name].kind == "person"))
        countries = list(dict.fromkeys(m.name for m in named if by_name[m.name].kind == "country"))
        who = (hit["who"] or "").lower()
        n = 3 if (hit["n"] or "").lower() == "three" else 2
        if who in _PEOPLE_WORDS:
            chosen = people if len(people) == n else _people_told_before(
                text, hit.start(), mentions, by_name, n, leaders=who != "men")
        elif len(countries) >= 2 and (not hit["n"] or len(countries) == n):
            chosen = countries
        else:
            chosen = people if len(people) == n else []
        added += [Mention(g0, hit.end("g"), name) for name in chosen]
    opening = {hit.start("g") for hit in groups}
    people_words = "leaders" in text or " men" in text or "presidents" in text
    for hit in _PEOPLE_GROUP.finditer(text) if people_words else ():
        # "But the document the two men signed on Tuesday": people inside a sentence too, not only opening it
        if hit.start() not in opening:
            n = 3 if (hit["n"] or "").lower() == "three" else 2
            added += [Mention(hit.start(), hit.end(), name)
                      for name in _people_told_before(text, hit.start(), mentions, by_name, n,
                                                      leaders=hit["who"] != "men")]
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions


_LEADER_ROLE = re.compile(r"\b(?:president|leader|prime\s+minister|chairman|premier)\b", re.IGNORECASE)
_LEADERS_AGAIN = re.compile(r"\b(?:[Tt]he|[Bb]oth)\s+(?:two\s+|three\s+)?(?:leaders|men|presidents)\b")
_PEOPLE_GROUP = re.compile(r"\b(?:[Tt]he\s+(?P<n>two|three)|[Bb]oth)\s+(?P<who>leaders|men|presidents)\b")


def _people_told_before(text: str, at: int, mentions: list[Mention], by_name: dict[str, ActorEntry],
                        n: int, *, leaders: bool) -> list[str]:
    """The n people "the two leaders" at ``at`` are: the nearest sentence up to three back that names n of them
    together ("Trump met Kim at the DMZ on Sunday. ... the two leaders' summit in Hanoi"), when no one else is named
    between (this sentence's start included): else none, as "Trump cancelled it. ... Kim met Moon. ... The two
    leaders met" leaves which two to guess. "Leaders" and "presidents" are people the gazetteer gives such an
    office."""
    starts = [m.start for m in mentions]
    seen: set[str] = set()
    end = at
    for _ in range(4):
        before = _sentence_before(text, end)
        if before is None or before[0] >= end:
            break
        i, j = bisect.bisect_left(starts, before[0]), bisect.bisect_left(starts, end)
        people = list(dict.fromkeys(
            m.name for m in mentions[i:j] if m.name in by_name and by_name[m.name].kind == "person"
            and (not leaders or any(_LEADER_ROLE.search(r) for r in by_name[m.name].roles))))
        if len(people) == n and seen <= set(people):
            return people
        if len(people) > n or _LEADERS_AGAIN.search(text, before[0], end):
            # (passed over "The leaders also discussed ...": the pair was told further back, maybe not the last two
            # named, as a readout of Trump's call with Moon after a paragraph on his summit with Kim)
            return []
        seen.update(people)
        end = before[0]
    return []


# A capitalised word running into an organisation's name makes it another body's: "National Security Council"
# (not an article, the name's own "UN", a weekday or a word that opens a sentence)
_LONGER_NAME_BEFORE = re.compile(r"\b(?!(?:The|A|An|UN|U\.N|United|Nations|Monday|Tuesday|Wednesday|Thursday|Friday|"
                                 r"Saturday|Sunday|Then|When|After|Before|As|At|In|On|By|And|But)\b)[A-Z][a-z]+[ \t]$")


# "as secretary of state", "former president": an office someone held (or holds no more), not who held it at the
# event's date ("the then secretary of state" is that one)
_ROLE_HELD = re.compile(r"\b(?:[Aa]s|[Ff]ormer|[Ee]x-?)\s*(?:the\s+)?$")
# "assistant secretary of state", "the deputy secretary of state": another office, whose holder is not the one the
# gazetteer lists for the office named after it (the country still acts)
_OTHER_OFFICE = re.compile(r"\b(?i:assistant|deputy|under|vice|acting|associate|principal)[\s-]+$")


# "the country", "the council", "the president": a definite description of an actor the text has just named
_DEFINITE = re.compile(r"\b[Tt]he\s+(?P<what>country|regime|[Cc]ouncil|president)\b(?!\s+of\b)")
_DEFINITE_WORDS = ("country", "regime", "ouncil", "president")  # (one of them is in every match)
# "his government", "her delegation": the body of the one just named, which acts for that one's country
_THEIR_BODY = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?P<what>government|delegation|administration|country)\b")
_THEIR_BODY_NOUNS = ("government", "delegation", "administration", "country")  # (one of them is in every match)
_DESCRIBED_KIND = {"country": "country", "regime": "country", "council": "organisation", "president": "person"}


def _with_definite_descriptions(text: str, mentions: list[Mention], by_name: dict[str, ActorEntry]) -> list[Mention]:
    """"North Korea test-fired a missile on Jan. 6. On Jan. 8, the country's foreign ministry ...": the country,
    the council or the president is the one of that kind the sentence before (or this one, before it) names, when
    it names one: the only one, or the one it opens on."""
    added = []
    starts = [m.start for m in mentions]
    for hit in _DEFINITE.finditer(text) if any(w in text for w in _DEFINITE_WORDS) else ():  # (cheap test first)
        what = hit["what"].lower()
        lo = _told_just_before(text, hit.start())
        i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hit.start())
        kind = _DESCRIBED_KIND[what]
        named = [m for m in mentions[i:j] if m.name in by_name and by_name[m.name].kind == kind
                 and (what != "council" or "Council" in m.name)
                 and (what != "president" or by_name[m.name].office)]
        names = list(dict.fromkeys(m.name for m in named))
        if not names and hit["what"] == "Council":
            # "the Council" with a capital is the one council the document has named, however far back
            names = list(dict.fromkeys(m.name for m in mentions[:j] if "Council" in m.name and m.name in by_name
                                       and by_name[m.name].kind == "organisation"))
        if len(names) == 1:
            added.append(Mention(hit.start("what"), hit.end("what"), names[0]))
        elif names and what in ("country", "regime") and re.fullmatch(r"\s*", text[lo:named[0].start]):
            added.append(Mention(hit.start("what"), hit.end("what"), named[0].name))  # the one it opens on
    # (cheap test first: the pattern needs one of its nouns)
    bodies = any(noun in text for noun in _THEIR_BODY_NOUNS)
    for hit in _THEIR_BODY.finditer(text) if bodies else ():
        # "Lee was sworn in on June 4. Three weeks on, his government asked ...": the country of the one named
        lo = _told_just_before(text, hit.start())
        i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hit.start())
        # (an office named without a name, "South Korea's president", is whoever held it: no second person)
        named = [by_name[m.name] for m in mentions[i:j] if m.name in by_name and not m.choices]
        countries = list(dict.fromkeys(e.country if e.kind == "person" else e.name for e in named
                                       if e.kind == "country" or (e.kind == "person" and e.country)))
        people = list(dict.fromkeys(e.name for e in named if e.kind == "person"))
        if len(countries) == 1 and len(people) <= 1 and countries[0] in by_name:
            added.append(Mention(hit.start("what"), hit.end("what"), countries[0]))
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions


# What countries do
_COUNTRY_VERB = (r"(?=(?:also\s+)?(?:conducted|tested|fired|launched|signed|announced|said|declared|withdrew|quit|"
                 r"agreed|rejected|detonated|carried|sent|test-fired|returned|boycotted|joined|hosted|resumed|"
                 r"suspended|restored|expelled|proposed|offered|warned|threatened|deployed|imposed|demanded|urged|"
                 r"accused|ignored|rebuffed|refused|snubbed|dismissed|unveiled|rebuilt|built)\b)")
# "It" doing something at the start of a sentence, or after a short time phrase ("In September it conducted ...")
# (an opening phrase may hold a month's abbreviation: "On Oct. 22, it fired")
_IT_DOES = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?:(?P<a>It)|(?:(?:In|On|By|During|Later|Earlier|Then)\s+"
                      r"(?:[^.!?,;:\"“”\n\s]+\s+){0,3}?,?\s*"
                      r"|[A-Z](?:[^.!?,;:\"“”\n]|\.(?=\s\d)){0,30},\s+)(?P<b>it))\s+" + _COUNTRY_VERB)
# Where to look for one: the regex engine skips to an "it" quickly when the pattern opens on its letters, and only
# those few places are checked against the sentence start before them
_IT_THEN_A_VERB = re.compile(r"[Ii]t\s+" + _COUNTRY_VERB)


def _with_it(text: str, mentions: list[Mention], by_name: dict[str, ActorEntry]) -> list[Mention]:
    """"North Korea tested a missile on 29 November. In September it conducted its sixth nuclear test": a sentence's
    "it" that does what countries do is the one country the sentence before names, or opens on."""
    added = []
    starts = [m.start for m in mentions]
    for near in _IT_THEN_A_VERB.finditer(text):
        if near.start() and (text[near.start() - 1].isalnum() or text[near.start() - 1] == "_"):
            continue  # ("edit fired", "Commit signed")
        hit = _IT_DOES.search(text, max(0, near.start() - 90), near.end() + 30)
        g = "a" if hit is not None and hit["a"] else "b"
        if hit is None or hit.start(g) != near.start():
            continue
        before = _sentence_before(text, hit.start() - 1 if hit.start() else 0)
        if before is None:
            continue
        i, j = bisect.bisect_left(starts, before[0]), bisect.bisect_left(starts, before[1])
        countries = [m for m in mentions[i:j] if m.name in by_name and by_name[m.name].kind == "country"]
        names = list(dict.fromkeys(m.name for m in countries))
        opens = (countries and re.fullmatch(r"(?:[A-Z][^.!?]{0,60},(?:\[\d{1,3}\])?\s+)?", text[before[0]:countries[0].start])
                 and not re.match(r"\s+and\s", text[countries[0].end:]))  # not "North Korea and China met"
        if len(names) == 1 or opens:
            added.append(Mention(hit.start(g), hit.end(g), countries[0].name))
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions




def _told_just_before(text: str, at: int) -> int:
    """Where the text a description looks back to begins: the sentence before the one holding ``at`` (this one's
    start when there is none)."""
    start = _sentence_start(text, at)
    before = _sentence_before(text, start)
    return before[0] if before else start


_INITIAL_OR_TITLE = re.compile(r"(?:\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bSt|\bGen|U\.S|U\.N)\.$")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins."""
    # (not after an initial or a title: "George W. Bush", "Mr. Kim", "U.S. officials")
    opens = [m.end() for m in _SENTENCE_START.finditer(text, max(0, at - 600), at)
             if not _INITIAL_OR_TITLE.search(text[max(0, m.start() - 4):m.start() + 1])]
    return opens[-1] if opens else max(0, at - 600) if at > 600 else 0


# "Kim's sister", "the North Korean leader's sister", "Trump's envoy", "Moon's government", "Lee's successor": someone
# else, acting for the person's country
_SOMEONE_OF_THEIRS = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?:sister|brother|wife|husband|daughter|son|father|mother|uncle|aunt|family|envoys?"
    r"|aides?|advis[eo]rs?|spokes(?:man|woman|person)|negotiators?|ministers?|diplomats?|government|administration"
    r"|delegation|office|lawyers?|regime|military|officials?|secretary|chief\s+of\s+staff|emissary|emissaries"
    r"|successors?|predecessors?)\b")


_RELATIVE_OF = re.compile(r"\b(?:father|mother|son|daughter|sister|brother|wife|husband|uncle|aunt|grandfather|grandson"
                          r"|granddaughter|envoy|aide|adviser|advisor|spokesman|spokeswoman)\s+of\s+$"
                          r"|\b(?:successor|predecessor)\s+(?:of|to)\s+$")


# "a successor to Yoon Suk Yeol, who was removed from office ...": the clause after the name tells what he did
_WHO_AFTER = re.compile(r",\s+who\b")


def _for_their_people(text: str, mentions: list[Mention], by_name: dict[str, ActorEntry]) -> list[Mention]:
    """A person named only as the one whose relative, envoy or government acts ("Kim's sister dismissed ...") is
    no actor; their country is."""
    out = []
    for x in mentions:
        e = by_name.get(x.name)
        if e is not None and e.kind == "person" and (
                _SOMEONE_OF_THEIRS.match(text, x.end)
                or (_RELATIVE_OF.search(text, max(0, x.start - 30), x.start) and not _WHO_AFTER.match(text, x.end))):
            if e.country and e.country in by_name:
                out.append(Mention(x.start, x.end, e.country))
            continue
        out.append(x)
    return out


# A transcript's speaker label at a line start, in capitals: "PRESIDENT LEE (as interpreted):", "MR. PIGOTT:",
# "QUESTION:", "Q:".  It names who speaks until the next label.
_SPEAKER_LABEL = re.compile(r"^[ \t]*(?P<label>(?:[A-Z][A-Z.'’-]*[ \t]+){0,3}[A-Z][A-Z.'’-]*)"
                            r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:(?=\s)", re.MULTILINE)
# "I" and "we" as the speaker says them; not a numeral ("World War I", "Phase I") nor inside a quotation
_SPEAKER_PRONOUN = re.compile(r"(?<![\w'’-])(?:I|[Ww]e)(?![\w'’-])")
_NUMERAL_BEFORE = re.compile(r"\b(?:War|Part|Phase|Article|Chapter|Title|Section|Volume|Annex|Stage|Class|Type|Category"
                             r"|Group|Level|Schedule|Division)\s+$")
_QUOTATION = re.compile(r"[\"“][^\"“”\n]*[\"”]")


def _with_speakers(text: str, mentions: list[Mention], entries: Sequence[ActorEntry]) -> list[Mention]:
    """A speaker label at a line start ("PRESIDENT LEE (as interpreted): Today, President Trump and I agreed ...")
    names who "I" and "we" are in the lines it introduces, up to the next label: each is a mention of that person.
    Only a label that names a person of the gazetteer ("President Lee", as a title and a name) counts; "THE
    SECRETARY:" or "QUESTION:" name nobody, but still end the lines of the speaker before."""
    if ":" not in text:
        return mentions
    labels = list(_SPEAKER_LABEL.finditer(text))
    if not labels:
        return mentions
    kinds = {e.name: e.kind for e in entries}
    added = []
    speakers: dict[str, Mention | None] = {}  # a label's words -> who they name (a transcript repeats its labels)
    for i, lab in enumerate(labels):
        words = lab["label"].split()
        if not any(len(w.strip(".")) > 1 for w in words):
            continue  # "Q:", "A:"
        name = " ".join(w[0] + w[1:].lower() for w in words)
        if name not in speakers:
            # the name must end the label ("President Lee"), not be a word before it
            people = [x for x in find_mentions(name, entries)
                      if (kinds.get(x.name) == "person" or x.choices) and x.end == len(name)]
            speakers[name] = people[-1] if people else None
        who = speakers[name]
        if who is None:
            continue
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        quoted = [q.span() for q in _QUOTATION.finditer(text, lab.end(), end)]
        for hit in _SPEAKER_PRONOUN.finditer(text, lab.end(), end):
            if any(a <= hit.start() < b for a, b in quoted):
                continue
            if hit.group() == "I" and _NUMERAL_BEFORE.search(text, max(0, hit.start() - 12), hit.start()):
                continue
            added.append(Mention(hit.start(), hit.end(), who.name, who.choices, who.sole))
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions


# "He"/"She" opening a sentence, right after the sentence before ends, or after a short opening phrase ("Later that
# day, he told ...", "In October 2000, while he was president, he received ...", "Earlier, on the 23rd, he visited")
_PRONOUN = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?:(He|She)|(?:[A-Z](?:[^.!?,;:\"“”\n]|"
                      r"\.(?=\s\d)){0,50}),\s+"
                      r"(?:(?:while|when|as|after|before|on|in|at)\s[^.!?,;:\"“”\n]{0,40},\s+)?(he|she)"
                      # a short time phrase opens the sentence without a comma: "In June 2024 he signed ..."
                      r"|(?:In|On|By|During|Later|Earlier|Then)\s+(?:(?:[A-Z][a-z]{2,4}\.|[^.!?,;:\"“”\n\s]+)\s+){0,3}?"
                      r"(he|she))\b")
# an honour before a leader's titles, the way state media write: "The respected Comrade Kim Jong Un"
_HONORIFIC = re.compile(rf"(?:[Tt]he\s+)?(?:{HONOURS_RE}\s+)+")
_DASHES = re.compile(r"[\s\-—–]*")
_SENTENCE_START = re.compile(r"(?:[.!?][\"'”’)]?\s+(?=[\"“‘'(]?[A-Z])|\n\s*(?=\S))")  # not "Oct. 29"


def _sentence_before(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the sentence that ends at ``end`` (where the next one begins), when it starts within 600
    characters; a sentence start is never taken from an abbreviation ("Oct. 29")."""
    lo = max(0, end - 600)
    opens = [m.end() for m in _SENTENCE_START.finditer(text, lo, end)]
    if not opens and lo > 0:
        return None
    return (opens[-1] if opens else lo), end


def _with_pronouns(text: str, mentions: list[Mention], by_name: dict[str, ActorEntry]) -> list[Mention]:
    """A sentence that opens with "He" or "She" goes on about the person the sentence before opened with, when
    that is the only person it names: "Trump is due in Kuala Lumpur on Sunday ... He will then sit down with Xi
    in Busan on Thursday" has Trump at Busan.  Like a surname, never someone not alive at the event's date (a
    speech that recalls the party's founding in 1945 does not make the speaker its founder)."""
    added = []
    # (a pronoun found stands for its person in the next sentence too: "Choe arrived in Moscow on Sunday. She was met
    # by ... On Monday she held talks")
    mentions = list(mentions)
    starts = [m.start for m in mentions]
    for hit in _PRONOUN.finditer(text):
        end_prev = hit.start() - 1  # the full stop of the sentence before
        if _INITIAL_OR_TITLE.search(text[max(0, end_prev - 4):end_prev + 1]):
            continue  # "Mr. He", "U.S. He": an abbreviation, not the end of a sentence
        before = _sentence_before(text, end_prev)
        if before is None:
            continue
        prev_start = before[0]
        if prev_start == 0:  # past the dateline opening the report: "PYONGYANG, Nov. 27 (KCNA) -- The ..."
            prev_start = _DASHES.match(text, opening_dateline(text[:end_prev])).end()
        i, j = bisect.bisect_left(starts, prev_start), bisect.bisect_left(starts, end_prev)
        g = next(k for k in (1, 2, 3) if hit.group(k))
        # ("He" skips a woman named beside him: "... expected to meet Japan's new prime minister, Sanae Takaichi")
        other = "she" if hit.group(g).lower() == "he" else "he"
        people = [m for k, m in enumerate(mentions[i:j], i) if m.name in by_name and by_name[m.name].kind == "person"
                  and by_name[m.name].pronoun != other and not _named_right_after(text, m, mentions[k + 1:j], by_name)]
        if not people or len({m.name for m in people}) > 1 or mentions[i] is not people[0]:
            continue
        subject = people[0]
        # the person opens the sentence (nothing but a title or two before the name), or the sentence opens on
        # no one ("It is not the first time Clinton has been ...", "There was little Trump could do")
        lead = text[prev_start:subject.start]
        lead = _HONORIFIC.sub("", lead, count=1)  # "The respected Comrade Kim Jong Un"
        if not (re.fullmatch(r"(?:(?:" + "|".join(sorted(_TITLES)) + r")\.?\s+){0,3}", lead)
                or re.match(r"(?:It|There)\s+(?:is|was|has|had|were|are)\b", lead)):
            continue
        life = _lifetime(by_name[subject.name])
        choices = subject.choices or (((subject.name, life),) if life else ())
        found = Mention(hit.start(g), hit.end(g), subject.name, choices, subject.sole)
        added.append(found)
        k = bisect.bisect_left(starts, found.start)
        starts.insert(k, found.start)
        mentions.insert(k, found)
    added_first = len(added)
    for hit in _PRONOUN_IN_CLAUSE.finditer(text):
        # "the phrase used by President George W. Bush in January 2002, when he named ...": the one named before
        s0 = _sentence_start(text, hit.start())
        i, j = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, hit.start())
        people = [m for m in mentions[i:j] if m.name in by_name and by_name[m.name].kind == "person" and not m.choices]
        if len({m.name for m in people}) == 1:
            subject = people[0]
            added.append(Mention(hit.start(1), hit.end(1), subject.name, subject.choices, subject.sole))
    # (the sentence-opening pronouns are in ``mentions`` already)
    return sorted([*mentions, *added[added_first:]], key=lambda x: x.start)


def _named_right_after(text: str, role: Mention, after: Sequence[Mention], by_name: dict[str, ActorEntry]) -> bool:
    """Whether an office named without a name is followed by the name of who holds it: "Japan's prime minister,
    Sanae Takaichi" is one person, the one named."""
    if not role.choices or role.sole:
        return False
    return any(m.start > role.end and by_name.get(m.name, None) is not None and by_name[m.name].kind == "person"
               and re.fullmatch(r",?\s*", text[role.end:m.start]) for m in after[:3])


# "..., when he named North Korea ...": a pronoun opening a clause on the happening of the same sentence
_PRONOUN_IN_CLAUSE = re.compile(r",\s+(?:when|as|after|before|while|where)\s+(he|she)\b")


def _unnamed_surname(text: str, start: int, end: int, word: str, cands: Sequence[ActorEntry],
                     others: set[str]) -> Mention | None:
    """A family name standing alone before any full name of the gazetteer's ("Yoon was removed from office",
    "talks with Lee", "Chairman Xi"): the one gazetteer person of that family name who was alive at the event's
    date, or in office then when a leader's title stands before it; nobody when several were, or none.

    A family name most Koreans or Chinese share (``FAMILY_NAME_FIRST``: Lee, Kim, Moon, Xi) asks for more, since
    a bare "Lee" could be anyone: the gazetteer must have one person of that name, or several who all held office,
    and the only one who held an office (the yaml's ``office`` years: heads of state and government, ministers,
    envoys) at the event's date is named; when some of them led a country (the yaml's ``roles``), only those count,
    since news introduces an envoy or a minister by full name first.  A "Kim" in 2019 or 2022 is Kim Jong Un, the
    one Kim leading a country then (not the envoy Sung Kim); in 1999, with Kim Jong Il in Pyongyang and Kim
    Dae-jung in Seoul, it names nobody until a full name is given.  A president in office is the "Lee" a news story
    names without introduction; a "Lee" in 2010 is Lee Myung-bak, not Lee Jae-myung, nor is a
    "Moon" in 2024 Moon Jae-in.  Alive is not enough (Moon Jae-in is alive, but a bare "Moon" in 2025 is more
    likely another Moon), and a country word nearby is no help (every Lee in Korean news stands near "Seoul").
    Nor does it name the person when the text gives the name to someone outside the gazetteer ("spy chief Lee
    Jong-seok"), when another title stands before it ("Minister Lee"), or when it is a word or a place: after
    an article or a given name ("the Moon", "Harvest Moon", "Spike Lee"), before a noun ("Moon landing") or an
    apostrophe ("Xi'an")."""
    # (but "the Trump-Kim summit": two surnames joined by a hyphen name the pair, after an article too)
    paired = bool(re.match(r"-[A-Z][a-z]", text[end:end + 3]))
    if (_DETERMINER_BEFORE.search(text, max(0, start - 12), start) and not paired) or _THING_AFTER.match(
            text, end, end + 15):
        return None
    before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 25):start])
    if before and before.group(1) not in _TITLES | _NOT_GIVEN_NAMES | _NOT_NAMES_EITHER and not _a_verb_opening(
            before.group(1)):
        return None  # "Spike Lee", "Sun Myung Moon"
    title = _TITLE_BEFORE.search(text, max(0, start - 40), start)
    common = word in FAMILY_NAME_FIRST
    if common:
        if len(cands) > 1 and (leaders := [c for c in cands if c.roles]):
            cands = leaders  # the leaders of the name: an envoy or a minister is introduced by full name first
        if word in others or (len(cands) > 1 and not all(c.office for c in cands)):
            return None  # (someone who never held office could be the "Lee" at any date)
        if title and title.group(2).capitalize() not in _LEADER_TITLES and not any(
                a.endswith(f"{title.group(2)} {word}") for c in cands for a in c.aliases):
            return None  # "Minister Lee", "Gen. Lee": somebody else's post
    leader = bool(title) and title.group(2).capitalize() in _LEADER_TITLES
    former = bool(title) and bool(title.group(1))
    choices = []
    for c in cands:
        if former:  # "former President Moon": alive, and once in office
            years = _lifetime(c) if c.office else None
        elif common:
            years = c.office or None
        else:
            years = _in_office(c) if leader else _lifetime(c)
        if years is not None:
            choices.append((c.name, years))
    if not choices:
        return None
    if common and not former:
        # holders one after another: the latest is the reading without a date, the one a "He" next goes on about
        choices.sort(key=lambda choice: _day(choice[1][-1][0], first=True), reverse=True)
    name = choices[0][0] if len(choices) == 1 or (common and not former) else ""
    if len(choices) == 1 and not choices[0][1]:
        return Mention(start, end, name)
    return Mention(start, end, name, tuple(choices), sole=True)


def _day(bound, first: bool) -> dt.date:
    """An office bound as a day: a year is its first or last day, an open end the furthest day."""
    if bound is None:
        return dt.date.min if first else dt.date.max
    if isinstance(bound, dt.date):
        return bound
    return dt.date(bound, 1, 1) if first else dt.date(bound, 12, 31)


def _alias_of_someone_else(text: str, start: int, end: int, form: str, es: Sequence[ActorEntry]) -> bool:
    """Whether an alias ending in a family name ("President Lee") runs on into the given name of someone else:
    "President Lee Myung-bak" is not Lee Jae-myung, though "President Moon Jae-in" is Moon Jae-in."""
    word = form.split()[-1]
    if " " not in form or word not in FAMILY_NAME_FIRST or not _someone_else(text, start, end, word):
        return False
    return _runs_into_own_name(text, end, word, es) is None


def _runs_into_own_name(text: str, end: int, word: str, es: Sequence[ActorEntry]) -> ActorEntry | None:
    """The entry whose own full name an alias ending in its family name runs on into: "President Lee Jae-myung"."""
    at = end - len(word)
    for e in es:
        names = (e.name, *e.aliases)
        for own in (*names, *(v for f in names for v in _spellings(f))):
            if own.startswith(word + " ") and re.match(_form_re(_norm(own)) + r"(?!\w)", _norm(text[at:at + 60])):
                return e
    return None


_NOT_GIVEN_NAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December The This That He She It They On In At And But Yesterday Today Now Then "
    "Later Earlier Also Still When After Before Meanwhile Instead There Here While As If So Since Until Under "
    "Mr Mrs With Without For From By".split()
)
# "its embassy in Beijing" is a place; "travelled to Pyongyang" still involves the country visited
_VENUE_BEFORE = re.compile(r"\b(?:in|at|near|outside|via|inside)\s+$", re.IGNORECASE)
_DEMONYM = re.compile(r"(?:ese|an|ans|ians|ish|i)$")
# A word before a demonym that makes it another people's
_OTHER_PEOPLE_BEFORE = re.compile(r"\b(?:Latin|South|Central|North|Native|African|Asian|Arab|Pan|[A-Z][a-z]+an)[ -]$")
# Words that may stand before a surname without being a given name.
_TITLES = frozenset(
    "President Mr Mrs Ms Dr Secretary Minister Premier Chairman Chairwoman Leader General Gen Senator Sen Rep "
    "Governor Prime Vice Former Prince King Queen Ambassador Envoy Adviser Advisor Comrade Marshal Speaker Judge "
    "Lawmaker Representative Director Chief Commander Admiral Colonel Col Lt Captain Capt Sergeant Sgt".split()
)

# Titles a head of state or government goes by: "Chairman Xi", "leader Kim", "Mr. Moon".  Before a common family
# name they ask for someone in office; any other title ("Minister Lee", "Gen. Lee") is somebody else's post unless
# the person's own aliases carry it.
_LEADER_TITLES = frozenset("President Chairman Chairwoman Leader Mr Mrs Ms Dr Comrade".split())
_TITLE_BEFORE = re.compile(
    r"(?:\b((?i:former|ex|then))[-\s]+)?\b(" + "|".join(sorted(_TITLES | {"president", "leader", "chairman", "premier"},
                                                      key=len, reverse=True)) + r")\.?\s+$")
# "the Moon", "a new Moon", "Moon landing", "Xi'an": a word, a thing or a place, not the person
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|its|their|our|whose|full|new|half|harvest|blood|blue)\s+$", re.IGNORECASE)
_THING_AFTER = re.compile(
    r"\s+(?:landings?|rocks?|missions?|probes?|bases?|landers?|rovers?|orbits?|surface|shots?|walks?|cakes?|"
    r"phases?|festival|river|valley|district|county|province)\b|['’](?!s\b)[a-z]")
_NOT_NAMES_EITHER = frozenset("Both Neither Either Only Even Not Why How What Where Who Asked Said Says".split())


# Nouns that make a name before them the name of a place, a building, an institution or a prize: "Kim Il Sung
# Square", "the Kim Il Sung Stadium", "Kim Il Sung University", "the Nobel Prize".  Capitalised only: "the Trump
# visit" is still Trump.
_NAMED_THING = re.compile(
    r"\s+(?:Square|Stadium|University|College|Academy|Institute|School|Palace|Street|Avenue|Boulevard|Road|"
    r"Bridge|Airport|Station|Hall|Tower|Plaza|Museum|Library|Memorial|Mausoleum|Hospital|Prize|Award|Medal|"
    r"Foundation|Center|Centre|Building|Hotel|Highway|Harbour|Harbor|Dam|Monument|Statue|Birthplace|Post|Times|Journal"
    r"|Herald)\b")


def _names_a_thing(text: str, end: int, e: ActorEntry, form: str) -> bool:
    """Whether a person's name (or a capital) is only part of the name of a place or an institution."""
    if form.lower() in ("the north", "the south") and re.match(r"\s+(?!Korea)[A-Z][a-z]", text[end:end + 12]):
        return True  # "the South Portal of the Punggye-ri test site": a place's name, not Seoul
    if e.kind == "country" and (" " in form or form == e.name or form.isupper() or _DEMONYM.search(form)):
        return False  # a country's own name: "Korea University" still is no place named "Korea"
    if e.kind == "organisation":
        return False
    return bool(_NAMED_THING.match(text, end, end + 30))


def _is_venue(text: str, start: int, form: str, end: int | None = None) -> bool:
    """A capital after a preposition of place is where something happened, not the country acting: "talks in
    Beijing", "flew from Tokyo", "the Sea of Japan", "near the Chinese border"."""
    before = text[max(0, start - 30):start]
    if end is not None and _DEMONYM.search(form) and _EDGE_AFTER.match(text, end) and _TOWARD_THE.search(before):
        return True  # "near the Chinese border": a place by a country, not the country acting
    if end is not None and _PLACE_OF_A_COUNTRY.match(text, end) and _INTO_A_PLACE.search(before):
        return True  # "fell into the sea off South Korea's west coast", "inside Japan's exclusive economic zone"
    if _OF_A_PLACE.search(before) or _BORDER_WITH.search(before):
        return True  # ("near the Tumen River along the border with China": where, not China acting)
    if end is not None and re.match(r"\s+(?:time|[Ss]tandard\s+[Tt]ime|(?:Winter\s+|Summer\s+)?(?:Olympics|Olympic\s+Games|"
                                    r"Paralympics|Games|Asian\s+Games|Expo|Marathon))\b", text[end:end + 24]):
        return True  # "at 7 a.m. Seoul time", "the 2021 Tokyo Olympics": a place's clock, or the Games held there
    if end is not None and _PLACE_THEN_COUNTRY.search(text, max(0, start - 40), start) and re.match(
            r"\s*(?:[,.;:(—–]|-|$)", text[end:end + 3]):
        return True  # "in Chiba, Japan,", "SEOUL, South Korea (AP) —": the country a place is in
    if " " in form or not form[:1].isupper() or form.isupper() or _DEMONYM.search(form):
        return False
    if _SEAT_OF_GOVERNMENT.search(before):
        return False  # "the presidential office in Seoul said": the government seated there speaks
    return bool(_VENUE_BEFORE.search(text, max(0, start - 10), start) or _MOVING_BEFORE.search(before))


# A place named before its country: after a preposition of place, or a dateline's city in capitals
_PLACE_THEN_COUNTRY = re.compile(r"(?:\b(?:in|at|near|from|outside)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?"
                                 r"|^[ \t]*[A-Z][A-Z.'’ -]{2,30}),\s+$", re.MULTILINE)


# a government body named by where it sits: the capital's country
_SEAT_OF_GOVERNMENT = re.compile(r"\b(?:presidential\s+office|foreign\s+ministry|defen[cs]e\s+ministry|government|"
                                 r"cabinet|leadership|authorities|presidency|officials|counterparts|negotiators)\s+in\s+$",
                                 re.IGNORECASE)  # ("told officials in Pyongyang": the North's)


_EDGE_AFTER = re.compile(r"\s+(?:border|coast|frontier|waters|airspace|side)\b")
_TOWARD_THE = re.compile(r"\b(?:near|along|across|towards?|over|on|at|to|from|by)\s+the\s+$", re.IGNORECASE)
_PLACE_OF_A_COUNTRY = re.compile(r"['’]s?\s+(?:(?:north|south|east|west)(?:ern)?\s+)?(?:coast|coastline|waters|"
                                 r"exclusive\s+economic\s+zone|EEZ|airspace|territorial\s+waters)\b", re.IGNORECASE)
_INTO_A_PLACE = re.compile(r"\b(?:off|into|inside|within|near|toward|towards|in|outside)\s+(?:the\s+)?$", re.IGNORECASE)
_BORDER_WITH = re.compile(r"\b(?:along|near|on|at|across|by|close\s+to)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?"
                          r"(?:border|frontier)\s+with\s+$")
_OF_A_PLACE = re.compile(r"\b(?:Sea|Strait|Gulf|Bay|Port|Embassy|Consulate)\s+of\s+(?:the\s+)?$")
_MOVING_BEFORE = re.compile(r"\b(?:flew|fly|flies|flying|travel(?:l?ed|s|l?ing)?|returned|arrived|departed|left|came|"
                            r"went|drove"
                            r"|sailed|headed|moved)\s+(?:back\s+)?from\s+$", re.IGNORECASE)  # (a visit's destination is a party to it)


def _someone_else(text: str, start: int, end: int, family: str) -> bool:
    """Whether a surname belongs to a full name not in the gazetteer: a given name after a family-name-first
    surname ("Kim Moon-soo"), or before any other ("Ivanka Trump")."""
    before = re.search(r"([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?$", text[max(0, start - 25):start])
    if family in FAMILY_NAME_FIRST:
        # the gazetteer's own full names were matched before: any given name left here is someone else's (and so is
        # one written first, as Western names are: "author Jean H. Lee", "Kevin Kim")
        given = re.match(r"\s+([A-Z][a-z]+)", text[end:end + 30])
        return (bool(given) and given.group(1) not in _NOT_GIVEN_NAMES) or (
            bool(before) and _given_name(before.group(1)) and not before.group(1).endswith("ly"))
    return bool(before) and _given_name(before.group(1))


def _given_name(word: str) -> bool:
    """Whether a capitalised word just before a family name is a given name: no title, no sentence opener, no verb."""
    return word not in _TITLES and word not in _NOT_GIVEN_NAMES and not _a_verb_opening(word)


# A chronology's entry opens on its verb, capitalised: "June 12, 2018 — Meets Trump in Singapore"
_VERBS_OPENING = PAST | SCHEDULED_PRESENT | frozenset("calls thanks urges tells asks warns praises invites welcomes "
                                                      "receives hosts phones".split())


def _a_verb_opening(word: str) -> bool:
    """Whether a capitalised word before a family name is a verb opening an entry, not a given name."""
    return word.lower() in _VERBS_OPENING
