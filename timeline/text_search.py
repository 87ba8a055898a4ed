"""The search box: the words and phrases a query looks for, and the condition that finds them in events.

``parse_query`` reads what was typed (``EventFilterForm`` says what it leaves out), ``text_condition`` finds its
terms through the full-text index and the actors' names, and ``matched_once`` spares PostgreSQL repeating the search.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import BooleanField, F, Q
from django.db.models.expressions import RawSQL
from django.db.models.lookups import Lookup

from timeline.models import Actor, Event, Piece, fold, name_words, word_forms
from timeline.search_index import PG_CONFIG

MAX_TERMS = 8
WORD = r"[^\W_]+"
# "U.S.", "u.s", "EE.UU.": pieces of one or two letters, each but the last followed by a point. Read as one word
# ("u.s"), whose letters are then whole words (``models.word_forms``); "example.org" and "S.Korea" stay two words.
ABBREVIATION = r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}\.?(?![^\W_])"
# Straight quotes, and the curly and low ones a phone or a word processor types; each opens or closes a phrase
# (a pasted “…” closes with a different mark than it opens with). NFKC folds the full-width one to a straight one.
QUOTES = "\"“”„‟«»"

# A search term: one word, or a phrase of words that must appear together and in that order.
Term = tuple[str, ...]


@dataclass(frozen=True)
class ParsedQuery:
    terms: list[Term]  # what is looked for: at most MAX_TERMS words in all, phrases counted word by word
    left_out: list[Term]  # what the limit leaves out, for the notice
    quoted: list[bool] = field(default_factory=list)  # for each term, whether it was typed between quotes


def parse_query(q: str) -> ParsedQuery:
    """The query's words and quoted phrases, lower-cased; punctuation (and so any full-text query syntax) is dropped.

    Outside quotes every word is a term of its own. Between quotes the words are one term, a phrase: its words must
    follow one another in the title, in the sentence or in one actor's name or alias. A quote left open runs to the
    end of the query, so a phrase being typed ("“Singapore sum") already narrows the list as its words come. Each
    word of a phrase is a word start as any other word is, so a phrase of one word is that word.

    Each word is a little more work for the index (a word outside quotes one more subquery), hence the limit of
    MAX_TERMS words in all; a phrase the limit cuts keeps its first words. ``EventFilterForm`` says what is left out.

    Compatibility forms are folded first (NFKC): an East Asian keyboard types full-width "Ｔｒｕｍｐ", which neither
    the full-text index nor the actor names would otherwise match.
    """
    text = unicodedata.normalize("NFKC", q).lower()
    terms: list[tuple[Term, bool]] = []
    # Splitting at every quote leaves the text outside quotes at even places and the phrases at odd ones.
    for place, part in enumerate(re.split(f"[{QUOTES}]", text)):
        words = _words(part)
        if place % 2 and words:
            terms.append((tuple(words), True))
        else:
            terms.extend(((word,), False) for word in words)
    kept: list[Term] = []
    quoted: list[bool] = []
    left_out: list[Term] = []
    room = MAX_TERMS
    for term, in_quotes in terms:
        if room > 0:
            kept.append(term[:room])
            quoted.append(in_quotes)
        if len(term) > room:
            left_out.append(term[max(room, 0):])
        room -= len(term)
    return ParsedQuery(kept, left_out, quoted)


@dataclass(frozen=True)
class NamedWords:
    """Words typed apart that spell an actor's whole name or alias, and so are searched together, as a phrase."""

    words: Term  # as the search reads them: ("kim", "jong", "un")
    spelling: str  # the name or alias they spell, as the actors' list writes it: "Kim Jong Un"
    name: str  # the actor's name, for the link to its filter
    slug: str


def names_as_phrases(parsed: ParsedQuery) -> tuple[list[Term], dict[int, NamedWords]]:
    """The query's terms, each run of words typed apart that spells an actor's whole name or alias joined into one
    phrase, as if it had been quoted; and the names so read, by their place among those terms.

    Apart, each word only has to start a word somewhere: "Kim Jong Un" listed Kim Jong Il's events too, its "un"
    starting "United" or "under". Whoever types a name means the person. Matched as the actor filter's names are
    (``Actor.objects.named``: without case or accents), but whole words and the whole name: "Kim Jong" spells no
    name and stays two words. The longest name wins where two could start at one word. Quoted words are left as
    typed, and a one-word name changes nothing, so the actors' list is read only for two words typed apart or more.
    """
    terms, loose = parsed.terms, [not quoted and len(term) == 1 for term, quoted in zip(parsed.terms, parsed.quoted)]
    if not any(a and b for a, b in zip(loose, loose[1:])):
        return terms, {}
    spellings: dict[Term, NamedWords] = {}
    actors = Actor.objects.order_by("name").values_list("name", "slug", "aliases")
    # Names before aliases, so words that spell both read as the name ("Kim Jong-un" is Kim Jong Un's alias too).
    for text, name, slug in [(name, name, slug) for name, slug, _ in actors] + [
            (str(alias), name, slug) for name, slug, aliases in actors for alias in aliases or []]:
        words = tuple(name_words(text))
        if len(words) > 1:
            spellings.setdefault(words, NamedWords(words, text, name, slug))
    longest = max((len(words) for words in spellings), default=0)
    grouped: list[Term] = []
    names: dict[int, NamedWords] = {}
    i = 0
    while i < len(terms):
        run = next((n for n in range(min(longest, len(terms) - i), 1, -1) if all(loose[i:i + n])
                    and tuple(fold(term[0]) for term in terms[i:i + n]) in spellings), 0)
        if run:
            named = spellings[tuple(fold(term[0]) for term in terms[i:i + run])]
            names[len(grouped)] = named
            grouped.append(tuple(term[0] for term in terms[i:i + run]))
            i += run
        else:
            grouped.append(terms[i])
            i += 1
    return grouped, names


def query_text(terms: list[Term]) -> str:
    """Terms written back as a search: a phrase between quotes, a word alone ("summit", '"singapore summit"')."""
    return " ".join(f'"{" ".join(term)}"' if len(term) > 1 else term[0] for term in terms)


def search_terms(q: str) -> list[Term]:
    """The terms of a query that are looked for (see ``parse_query``): each a word, or a phrase of several."""
    return parse_query(q).terms


def _words(text: str) -> list[str]:
    # Letters and digits: Python's \w also counts "_", which both full-text indexes read as a space, so a term "__"
    # would be a search that matches nothing rather than one said to be ignored.
    return [word.rstrip(".") for word in re.findall(f"{ABBREVIATION}|{WORD}", text)]


def term_forms(term: Term) -> list[tuple[Piece, ...]]:
    """The ways a term may be written (``models.word_forms``): one for most, more with an abbreviation or a word
    spelt otherwise in British or American English ("d.p.r.k defence": "D.P.R.K. defence", "DPRK defense" ...)."""
    return [tuple(itertools.chain(*forms)) for forms in itertools.product(*(word_forms(word) for word in term))]


def describe_query(q: str) -> str:
    """The query as typed (spaces tidied), quoted for a sentence: “summit”, or ‘"Singapore summit" talks’.

    A phrase's own quotes are kept, as the reader typed them, so the outer quote is the single one around them.
    """
    q = " ".join(q.split())
    return f"‘{q}’" if any(mark in q for mark in QUOTES) else f"“{q}”"


def text_condition(terms: list[Term]) -> Q:
    """Every term must start a word of the title or sentence (full-text index) or of one of the event's actors' names.

    A phrase's words must follow one another, each a word start, within the title, within the sentence or within one
    actor's name or alias: never from one to the other, which no reader would call "together".

    The full-text side is an index lookup (FTS5 on SQLite, tsvector + GIN on PostgreSQL); the actor side reads
    the few hundred actors' names once (``Actor.objects.named``, accents folded as the index folds the text's) and
    follows the actor link table's index, so no query scans the events.
    """
    named = Actor.objects.named(terms)
    if connection.vendor == "postgresql":
        return _postgresql_text_condition(terms, named)
    condition = Q()
    link = Event.actors.through.objects
    for term, actor_ids in zip(terms, named):
        if connection.vendor == "sqlite":
            # '"a"* + "b"*' is FTS5's phrase of two prefixes: "b..." must be the token after "a...", in one column.
            # A whole word has no "*". FTS5 has no "or" inside a phrase: an abbreviation's forms are phrases apart.
            forms = [" + ".join(f'"{word}"' + ("" if whole else "*") for word, whole in form)
                     for form in term_forms(term)]
            phrase = forms[0] if len(forms) == 1 else " OR ".join(f"({form})" for form in forms)
            text = Q(pk__in=RawSQL("SELECT rowid FROM timeline_event_fts WHERE timeline_event_fts MATCH %s", [phrase]))
        else:  # Other databases have no index here: a scan, correct but slow.
            words = " ".join(term)
            text = Q(pk__in=Event.objects.filter(Q(title__icontains=words) | Q(sentence__icontains=words)).values("pk"))
        if actor_ids:
            text |= Q(pk__in=link.filter(actor_id__in=actor_ids).values("event_id"))
        condition &= text
    return condition


def pg_tsquery(term: Term) -> str:
    """The tsquery text for one term: "summit:*", or for a phrase its prefixes joined by <-> ("followed by"); an
    abbreviation's whole words have no ":*", and its forms are alternatives ("(u:A <-> s:A) | ...").

    The search column weighs the title A and the sentence B (search_index.py) so that a phrase is matched in one
    of them, as FTS5 matches it in one column: in a single tsvector the title's last word and the sentence's first
    would be neighbours. The configuration keeps stop words, so "meeting of the" needs no phraseto_tsquery gaps.
    """
    forms = term_forms(term)
    if all(len(form) == 1 for form in forms):  # a word, or a word and its other spellings: "defence:* | defense:*"
        return " | ".join(f"{word}:{'' if whole else '*'}" for (word, whole), in forms)
    return " | ".join("(" + " <-> ".join(f"{word}:{'' if whole else '*'}{weight}" for word, whole in form) + ")"
                      for form in forms for weight in "AB")


def _postgresql_text_condition(terms: list[Term], named: list[list[int]]) -> Q:
    """PostgreSQL's form of text_condition, given the ids of the actors each term names (``Actor.objects.named``).

    With them known (a short list of ids, usually empty), a term no actor answers to is a plain ``search @@`` test
    on the event row, and all such terms are one tsquery ("a:* & b:*"): one GIN lookup. Left inside the query, the
    actor regex was a subquery the planner could only guess at; without fresh statistics it re-ran the whole union
    for every event (a second for 1,000 events, bench_timeline).
    """
    link = Event.actors.through.objects
    condition, words = Q(), []
    for term, actor_ids in zip(terms, named):
        if actor_ids:
            # One IN over a UNION ALL, not two INs joined by OR: PostgreSQL tests an OR of subqueries row by row
            # over every event, where one set becomes a semi-join whose text side is a GIN lookup.
            by_actor = link.filter(actor_id__in=actor_ids).values("event_id")
            condition &= Q(pk__in=Event.objects.filter(_tsquery(pg_tsquery(term))).values("pk").union(by_actor, all=True))
        else:
            words.append(f"({pg_tsquery(term)})")
    if words:
        condition &= _tsquery(" & ".join(words))
    return condition


def _tsquery(query: str) -> Q:
    return Q(RawSQL(f"search @@ to_tsquery('{PG_CONFIG}', %s)", [query], output_field=BooleanField()))


class AnyOf(Lookup):
    """``column = ANY(%s::type[])``: a list of values as one array parameter, which PostgreSQL checks through a hash
    table.

    ``pk__in=ids`` would send one query parameter per id, tens of thousands for a common word. The cast matters: ids
    under 2**31 are sent as an integer[], and bigint = integer is a cross-type test that PostgreSQL does not hash,
    so each row searched the whole array (the list of a 7,000-event search took 161 ms of SQL, 1.4 ms with it).
    """

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s::{self.lhs.output_field.cast_db_type(connection)}[])", (*lhs_params, list(self.rhs))


def matched_once(condition: Q) -> Q:
    """On PostgreSQL, the events a search matches, found by one query and then named by id.

    The result count, the facets, the chart and the list each filter by the search: four searches of the tsvector
    column per request (a common word is a scan of every event's vector, 150–230 ms each at 100,000 events). Found
    once, the others test ``id = ANY(ids)`` against a hash table. SQLite's FTS5 lookups are cheap enough to repeat.
    """
    if connection.vendor != "postgresql":
        return condition
    only = condition.children[0] if len(condition.children) == 1 else None
    if isinstance(only, tuple) and only[0] == "pk__in":
        # One word that names an actor ("north"): its union is the answer. Read through the events' primary key
        # instead, it cost a lookup per match (43,816 for "north" at 100,000 events, about 90 ms).
        ids = {row["pk"] for row in only[1].order_by()}
    else:
        ids = Event.objects.filter(condition).order_by().values_list("pk", flat=True)
    return Q(AnyOf(F("pk"), list(ids)))
