"""The timeline's filters: parse and normalise the querystring, apply it to events, count what each option would give.

The public API, shared with the read-only share pages and the exports:

- ``EventFilterForm(data, default_sort=...)``: a plain form over a GET QueryDict. It never rejects a request: a value
  it cannot use is dropped and explained in ``form.notices``. ``default_sort`` is the page's order when the querystring
  names none or one not understood ("oldest" on the timeline, the saved one on a share).
- ``apply_filters(form, queryset)``: the events the filters select, in the chosen order.
- ``filter_events(params, base=None) -> FilterResult``: all of the above plus the canonical querystring, the result
  count, the chart and the facet counts, in a constant number of queries whatever the number of events.

Where the counts come from (the cost of a page must not grow with the corpus): with no filter but "show plans",
totals, chart and facets are read from ``EventTally`` rows that database triggers keep up to date (see
``search_index.py``). Once something is filtered, they are counted over the filtered set only, through the
indexes on (status, date_start), (status, category, date_start), the actor link table and the full-text index.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import operator
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django.db import connection
from django.db.models import BooleanField, Count, Exists, F, OuterRef, Q, QuerySet, Sum, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Left, StrIndex
from django.db.models.lookups import Lookup
from django.http import QueryDict

from timeline.models import (
    CATEGORY_GROUPS,
    Actor,
    Annotation,
    Category,
    Document,
    Event,
    EventSource,
    EventTally,
    Modality,
    Precision,
)
from timeline.search_index import PG_CONFIG

ASSERTED_ONLY = [Modality.ASSERTED]
PRECISION_LEVELS: dict[str, tuple[str, tuple[str, ...]]] = {
    "day": ("known to the day", ("day",)),
    "month": ("known to the month", ("day", "month")),
    "year": ("known to the year", ("day", "month", "season", "quarter", "year")),
}
# "Known only to" (known_only_to=year): the events dated exactly so coarsely, as the chart's caption counts those its
# bars leave out. In this order in a URL and in words, coarsest first, as the caption names them.
EXACT_PRECISIONS = ("decade", "year", "season", "quarter", "month", "day")
# How many months a chart's bar must count for an event of each precision to lie wholly inside one bar: the bars
# start at round dates (each month, January/April/July/October, each January, each decade), and these divide them.
# A coarser event is not drawn in the bar where its span starts ("2019" is not a January event); charts.py says so
# beside the chart instead. A season (spring: March-May) straddles quarters and halves, so only a year holds it;
# winter (December-February) straddles even that, and is left in the year it starts.
PRECISION_MONTHS = {"day": 1, "month": 1, "quarter": 3, "season": 12, "year": 12, "decade": 120}
SORTS = {"oldest": "oldest first", "newest": "newest first"}
TOP_ACTORS = 12
MORE_ACTORS = 200
FREQUENT_ACTOR_EVENTS = 2000
MAX_TERMS = 8
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9  # news style (AP) writes "Sept."


@dataclass(frozen=True)
class Bound:
    """A date the reader typed, as the period it names: "2018" is all of 2018, "June 2018" all of June."""

    start: datetime.date
    end: datetime.date
    canonical: str  # "2018", "2018-06" or "2018-06-12"


# The filters the form shows as boxes to type in, beside the search (which keeps what was typed anyway).
DATE_BOXES = ("from", "to")
# The fields whose control points at its notice by id: the date boxes, and the Order select.
POINTING_FIELDS = (*DATE_BOXES, "sort")


@dataclass(frozen=True)
class DateBox:
    """What a date box of the filter form shows: the date understood, in its canonical form ("2018-06"), or, when
    it was not understood, what was typed, so the reader can correct it rather than type it again. ``notice_id``:
    the id of the notice that says it is ignored (the box is then marked invalid and described by it), "" if none."""

    value: str
    notice_id: str = ""


def ignored_notice(label: str, error: str) -> str:
    """The notice of a filter value a form could not use (the timeline's and the review queue's say it alike)."""
    return f"{label}: {error} The value is ignored."


def unknown_choice_notice(label: str, value: str, shown: str) -> str:
    """The notice of a choice a select does not offer (an old or mistyped link): which parameter, the value, and the
    option shown instead (the timeline's Order and the review queue's selects say it alike)."""
    return f"Unknown {label} “{value[:20]}” is ignored; showing {shown}."


def notice_id(name: str) -> str:
    """The id of the notice of the filter ``name`` (``f-from-notice``), after the id of its box (``f-from``)."""
    return f"f-{name}-notice"


def parse_bound(text: str) -> Bound | None:
    """Read "2018", "2018-06", "June 2018", "Jun 2018", "2018-06-12" or "12 June 2018" (or "2018/06/12", "Sept 2018");
    anything else is None."""
    text = " ".join(text.strip().replace(",", " ").split()).lower()
    year = month = day = None
    if m := re.fullmatch(r"(\d{4})(?:([-/])(\d{1,2})(?:\2(\d{1,2}))?)?", text):
        year, _separator, month, day = m.groups()
        year, month, day = (int(g) if g else None for g in (year, month, day))
    elif m := re.fullmatch(r"(?:(\d{1,2}) )?([a-z]+)\.? (\d{4})", text):
        if m.group(2) not in MONTHS:
            return None
        day, month, year = int(m.group(1)) if m.group(1) else None, MONTHS[m.group(2)], int(m.group(3))
    elif m := re.fullmatch(r"([a-z]+)\.? (\d{1,2}) (\d{4})", text):
        if m.group(1) not in MONTHS:
            return None
        month, day, year = MONTHS[m.group(1)], int(m.group(2)), int(m.group(3))
    else:
        return None
    try:
        if month is None:
            return Bound(datetime.date(year, 1, 1), datetime.date(year, 12, 31), f"{year:04d}")
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return Bound(datetime.date(year, month, 1), datetime.date(year, month, last), f"{year:04d}-{month:02d}")
        date = datetime.date(year, month, day)
    except ValueError:
        return None
    return Bound(date, date, date.isoformat())


WORD = r"[^\W_]+"
# Straight quotes, and the curly and low ones a phone or a word processor types; each opens or closes a phrase
# (a pasted “…” closes with a different mark than it opens with). NFKC folds the full-width one to a straight one.
QUOTES = "\"“”„‟«»"

# A search term: one word, or a phrase of words that must appear together and in that order.
Term = tuple[str, ...]


@dataclass(frozen=True)
class ParsedQuery:
    terms: list[Term]  # what is looked for: at most MAX_TERMS words in all, phrases counted word by word
    left_out: list[Term]  # what the limit leaves out, for the notice


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
    terms: list[Term] = []
    # Splitting at every quote leaves the text outside quotes at even places and the phrases at odd ones.
    for place, part in enumerate(re.split(f"[{QUOTES}]", text)):
        words = _words(part)
        if place % 2 and words:
            terms.append(tuple(words))
        else:
            terms.extend((word,) for word in words)
    kept: list[Term] = []
    left_out: list[Term] = []
    room = MAX_TERMS
    for term in terms:
        if room > 0:
            kept.append(term[:room])
        if len(term) > room:
            left_out.append(term[max(room, 0):])
        room -= len(term)
    return ParsedQuery(kept, left_out)


def search_terms(q: str) -> list[Term]:
    """The terms of a query that are looked for (see ``parse_query``): each a word, or a phrase of several."""
    return parse_query(q).terms


def _words(text: str) -> list[str]:
    # Letters and digits: Python's \w also counts "_", which both full-text indexes read as a space, so a term "__"
    # would be a search that matches nothing rather than one said to be ignored.
    return re.findall(WORD, text)


def describe_query(q: str) -> str:
    """The query as typed (spaces tidied), quoted for a sentence: “summit”, or ‘"Singapore summit" talks’.

    A phrase's own quotes are kept, as the reader typed them, so the outer quote is the single one around them.
    """
    q = " ".join(q.split())
    return f"‘{q}’" if any(mark in q for mark in QUOTES) else f"“{q}”"


class MultipleValueField(forms.Field):
    """A repeated GET parameter (``?actor=a&actor=b``) as a list of distinct strings, in the order given."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value) -> list[str]:
        if not value:
            return []
        values = [value] if isinstance(value, str) else value
        return list(dict.fromkeys(v.strip() for v in values if v and v.strip()))


class EventFilterForm(forms.Form):
    """Validates the timeline's querystring. Bad values are ignored, each with a notice saying so."""

    q = forms.CharField(required=False, max_length=200, label="Search titles, sentences and actors")
    actor = MultipleValueField(required=False, label="Actors")
    both = forms.BooleanField(required=False, label="Only events involving all the chosen actors")
    category = MultipleValueField(required=False, label="Categories")
    document = MultipleValueField(required=False, label="Source documents")
    precision = forms.CharField(required=False, label="Date known at least to")
    known_only_to = MultipleValueField(required=False, label="Date known only to")
    plans = forms.BooleanField(required=False, label="Show announcements and plans")
    annotated = forms.BooleanField(required=False, label="Only events with public notes")
    sort = forms.CharField(required=False, label="Order")

    def __init__(self, data: QueryDict | dict | None = None, *, default_sort: str = "oldest", **kwargs):
        super().__init__(data if data is not None else QueryDict(), **kwargs)
        # The order the page shows when its URL names none, or a bad one: a share's is the one its teacher saved.
        self.default_sort = default_sort
        self.notices: list[str] = []
        # The notices of values left out (a date not understood, an unknown actor): a page can show them beside its
        # results, a download cannot, and refuses instead (views.exports)
        self.ignored: list[str] = []
        # The notice of each field whose value is left out, by the field's name (see date_boxes).
        self.field_notices: dict[str, str] = {}
        self._clean_once = False

    def _ignore(self, notice: str, name: str = "") -> None:
        self.notices.append(notice)
        self.ignored.append(notice)
        if name:
            self.field_notices.setdefault(name, notice)

    def clean_q(self) -> str:
        # The query stays as typed (in the box and the URL), but what search_terms leaves out of it is said.
        q = self.cleaned_data.get("q") or ""
        parsed = parse_query(q)
        if q.strip() and not parsed.terms:
            # (a notice only: the query stays in the page's links as typed, and a download of it holds what the page shows)
            self.notices.append(f"The search “{q.strip()[:40]}” has no letters or digits to look for, so it is ignored.")
        elif parsed.left_out:
            # A phrase cut by the limit is named with its quotes: what is left out of it is still a phrase's end.
            left_out = " ".join(f'"{" ".join(term)}"' if len(term) > 1 else term[0] for term in parsed.left_out)
            self.notices.append(f"Only the first {MAX_TERMS} words of the search are looked for; "
                                f"{describe_query(left_out[:60])} is left out.")
        return q

    def clean_from(self) -> Bound | None:
        return self._clean_bound("from", "From")

    def clean_to(self) -> Bound | None:
        return self._clean_bound("to", "To")

    def _clean_bound(self, name: str, label: str) -> Bound | None:
        raw = (self.cleaned_data.get(name) or "").strip()
        if not raw:
            return None
        bound = parse_bound(raw)
        if bound is None:
            self._ignore(f"{label} date “{raw[:40]}” was not understood and is ignored (try 2018, June 2018 or 2018-06-12).",
                         name)
        return bound

    def clean_actor(self) -> list[Actor]:
        slugs = self.cleaned_data.get("actor") or []
        if not slugs:
            return []
        found = {a.slug: a for a in Actor.objects.filter(slug__in=slugs[:20])}
        unknown = [s for s in slugs if s not in found]
        if unknown:
            self._ignore(f"Unknown actor “{unknown[0][:40]}” is ignored.")
        return [found[s] for s in slugs if s in found]

    def clean_category(self) -> list[str]:
        values = self.cleaned_data.get("category") or []
        known = [v for v in values if v in Category.values or v in CATEGORY_GROUPS]
        if len(known) < len(values):
            bad = next(v for v in values if v not in known)
            self._ignore(f"Unknown category “{bad[:40]}” is ignored.")
        return known

    def clean_document(self) -> list[Document]:
        values = self.cleaned_data.get("document") or []
        ids = [int(v) for v in values if v.isdigit() and len(v) < 12]
        found = {d.pk: d for d in Document.objects.extracted().filter(pk__in=ids[:20]).only("pk", "title", "published")} if ids else {}
        if len(found) < len(values):
            self._ignore("A source document that does not exist is ignored.")
        return [found[i] for i in ids if i in found]

    def clean_precision(self) -> str:
        value = self.cleaned_data.get("precision") or ""
        if value and value not in PRECISION_LEVELS:
            self._ignore(f"Unknown precision “{value[:20]}” is ignored.")
            return ""
        return value

    def clean_known_only_to(self) -> list[str]:
        values = self.cleaned_data.get("known_only_to") or []
        if bad := [v for v in values if v not in EXACT_PRECISIONS]:
            self._ignore(f"Unknown precision “{bad[0][:20]}” is ignored.")
        return [p for p in EXACT_PRECISIONS if p in values]

    def clean_sort(self) -> str:
        value = self.cleaned_data.get("sort") or self.default_sort
        if value not in SORTS:
            # Not one of self.ignored: a download in the default order holds what the page shows.
            notice = unknown_choice_notice("order", value, SORTS[self.default_sort])
            self.notices.append(notice)
            self.field_notices.setdefault("sort", notice)
            return self.default_sort
        return value

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and start.start > end.end:
            self.notices.append("The “from” date is after the “to” date, so the two were swapped.")
            cleaned["from"], cleaned["to"] = end, start
        return cleaned

    @property
    def filters(self) -> dict:
        """The cleaned filters; any field that failed validation falls back to its default, with a notice."""
        if not self._clean_once:
            self._clean_once = True
            self.is_valid()
            for name, errors in self.errors.items():
                label = self.fields[name].label if name in self.fields else name
                self._ignore(ignored_notice(label, errors[0]), name)
        data = dict(self.cleaned_data) if hasattr(self, "cleaned_data") else {}
        defaults = {"q": "", "from": None, "to": None, "actor": [], "both": False, "category": [], "document": [],
                    "precision": "", "known_only_to": [], "plans": False, "annotated": False, "sort": self.default_sort}
        return {name: data.get(name, default) if name not in self.errors else default for name, default in defaults.items()}

    @property
    def date_boxes(self) -> dict[str, DateBox]:
        """What the From and To boxes show: a date understood in its canonical form; one not understood (or too
        long) as it was typed ("31 Febuary 2019"), with its notice's id, so the box is marked invalid, pointing at
        the notice, and the reader corrects it there. The query and the filters drop it all the same."""
        f = self.filters
        boxes = {}
        for name in DATE_BOXES:
            if name in self.field_notices:
                boxes[name] = DateBox(self.data.get(name) or "", notice_id(name))
            else:
                boxes[name] = DateBox(f[name].canonical if f[name] else "")
        return boxes

    @property
    def sort_notice_id(self) -> str:
        """The id of the notice of an order not understood, which the Order select (showing the order used instead)
        then points at and is marked invalid by, as a date box is; "" when the order was understood."""
        self.filters  # reading the filters fills the notices
        return notice_id("sort") if "sort" in self.field_notices else ""

    @property
    def notice_items(self) -> list[tuple[str, str]]:
        """The notices, each as (id, text): the id ("f-from-notice") for a box's or the Order select's notice, which
        that control points at (aria-describedby), "" for the others."""
        self.filters  # reading the filters fills the notices
        ids = {self.field_notices[name]: notice_id(name) for name in POINTING_FIELDS if name in self.field_notices}
        return [(ids.get(notice, ""), notice) for notice in self.notices]


# `from` is a Python keyword, so the date fields are added by name rather than declared as attributes.
EventFilterForm.base_fields["from"] = forms.CharField(required=False, max_length=40, label="From")
EventFilterForm.base_fields["to"] = forms.CharField(required=False, max_length=40, label="To")


def kept_precisions(f: dict) -> set[str] | None:
    """The precisions the filters keep: those "known at least to" allows that "known only to" names; None: all."""
    if not f["precision"] and not f["known_only_to"]:
        return None
    kept = set(PRECISION_LEVELS[f["precision"]][1]) if f["precision"] else set(Precision.values)
    return kept & set(f["known_only_to"]) if f["known_only_to"] else kept


def months_to_draw_kept(f: dict) -> int:
    """How many months a bar must count to draw every event "known only to" keeps (PRECISION_MONTHS); 1 without it."""
    kept = kept_precisions(f) if f["known_only_to"] else None
    return max((PRECISION_MONTHS.get(p, 1) for p in kept or ()), default=1)


def drawn_precisions(f: dict, months: int, left_out: Collection[str]) -> dict[str, str | list[str]]:
    """The precision filters of the link of a bar ``months`` long, in a chart that leaves events of the precisions
    ``left_out`` out of its bars (see PRECISION_MONTHS): narrowed to those the bar draws, lest a month's link list the
    events known only to its year, which overlap the month but which its bar does not count. As overrides for
    canonical_query; none when no event is left out, so that the link is the plain period."""
    if not left_out:
        return {}
    kept = kept_precisions(f)
    drawn = {p for p in (Precision.values if kept is None else kept) if PRECISION_MONTHS.get(p, 1) <= months}
    # A month's bar (or a year's) draws what "known at least to the month" keeps: the form's own filter, said in it.
    level = next((name for name, (_label, kinds) in PRECISION_LEVELS.items() if set(kinds) == drawn), "")
    if level and not f["known_only_to"]:
        return {"precision": level}
    return {"known_only_to": [p for p in EXACT_PRECISIONS if p in drawn]}


def known_only_to_words(precisions: list[str]) -> str:
    """ "the year or the quarter": the precisions of "known only to", for a sentence."""
    named = [f"the {p}" for p in precisions]
    return " or ".join(named) if len(named) < 3 else f"{', '.join(named[:-1])} or {named[-1]}"


def category_values(selected: list[str]) -> list[str]:
    """Selected categories with the four groups expanded to their PLOVER types."""
    values: list[str] = []
    for value in selected:
        values.extend(CATEGORY_GROUPS[value][1] if value in CATEGORY_GROUPS else [value])
    return list(dict.fromkeys(values))


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
            phrase = " + ".join(f'"{word}"*' for word in term)
            text = Q(pk__in=RawSQL("SELECT rowid FROM timeline_event_fts WHERE timeline_event_fts MATCH %s", [phrase]))
        else:  # Other databases have no index here: a scan, correct but slow.
            words = " ".join(term)
            text = Q(pk__in=Event.objects.filter(Q(title__icontains=words) | Q(sentence__icontains=words)).values("pk"))
        if actor_ids:
            text |= Q(pk__in=link.filter(actor_id__in=actor_ids).values("event_id"))
        condition &= text
    return condition


def pg_tsquery(term: Term) -> str:
    """The tsquery text for one term: "summit:*", or for a phrase its prefixes joined by <-> ("followed by").

    The search column weighs the title A and the sentence B (search_index.py) so that a phrase is matched in one
    of them, as FTS5 matches it in one column: in a single tsvector the title's last word and the sentence's first
    would be neighbours. The configuration keeps stop words, so "meeting of the" needs no phraseto_tsquery gaps.
    """
    if len(term) == 1:
        return f"{term[0]}:*"
    return " | ".join("(" + " <-> ".join(f"{word}:*{weight}" for word in term) + ")" for weight in "AB")


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


def date_condition(start: Bound | None, end: Bound | None, spans: dict[str, int]) -> Q:
    """Events overlapping [start, end], written so that each precision is one range on (status, precision, date_start).

    ``spans`` gives, per precision, an upper bound of how many days any event of that precision lasts (from the
    span tallies), so an event overlapping ``start`` cannot have begun more than that many days before it.
    """
    if start is None:
        return Q(date_start__lte=end.end)
    condition = Q(pk__in=[])
    for precision, days in spans.items():
        # (near year 1 the earliest possible start is the calendar's first day: "?from=0001" is no server error)
        earliest = start.start - datetime.timedelta(days=min(days, (start.start - datetime.date.min).days))
        part = Q(precision=precision, date_start__gte=earliest, date_end__gte=start.start)
        if end is not None:
            part &= Q(date_start__lte=end.end)
        condition |= part
    return condition


def read_tallies(plans: bool) -> dict:
    """Tally rows by dimension: published events (asserted only unless ``plans``), the cube and the spans."""
    tallies: dict[str, dict] = {}
    # The per-actor tallies are many (actors x years): they are read only for a single-actor view (_Counter).
    for dimension, bucket, year, asserted, n in EventTally.objects.filter(
        n__gt=0, dimension__in=["year", "category", "precision", "actor", "cube", "span"]
    ).values_list(
        "dimension", "bucket", "year", "asserted", "n"
    ):
        if dimension == "span":
            spans = tallies.setdefault("span", {})
            spans[bucket] = max(spans.get(bucket, 0), year)
            continue
        if dimension == "cube":
            tallies.setdefault("cube", {})[(bucket, asserted)] = n
            continue
        if asserted or plans:
            counts = tallies.setdefault(dimension, {})
            key = year if dimension == "year" else bucket
            counts[key] = counts.get(key, 0) + n
    return tallies


def _conditions(f: dict, tallies: dict, noted: Collection[int] = ()) -> dict[str, Q]:
    """One condition per filter, so a facet can leave its own filter out when counting its options.

    ``noted``: events that count as having notes besides those with public notes (a share's class notes).
    """
    conditions: dict[str, Q] = {}
    link = Event.actors.through.objects
    if f["from"] or f["to"]:
        conditions["date"] = date_condition(f["from"], f["to"], tallies.get("span", {}))
    if f["actor"]:
        ids = [a.pk for a in f["actor"]]
        actor_counts = tallies.get("actor", {})
        # A rare actor's few events are best found from the link table; a frequent one (the United States is in
        # half the events) is best checked event by event after the other filters, through the (event, actor) index.
        frequent = sum(actor_counts.get(str(pk), 0) for pk in ids) > FREQUENT_ACTOR_EVENTS
        if f["both"] and len(ids) > 1:
            conditions["actor"] = Q()
            for pk in ids:
                conditions["actor"] &= Q(Exists(link.filter(event_id=OuterRef("pk"), actor_id=pk)))
        elif frequent:
            conditions["actor"] = Q(Exists(link.filter(event_id=OuterRef("pk"), actor_id__in=ids)))
        else:
            conditions["actor"] = Q(pk__in=link.filter(actor_id__in=ids).values("event_id"))
    if f["category"]:
        conditions["category"] = Q(category__in=category_values(f["category"]))
    if f["document"]:
        # Through a subquery so an event reported by two chosen documents is listed once.
        conditions["document"] = Q(pk__in=EventSource.objects.filter(document__in=[d.pk for d in f["document"]]).values("event_id"))
    if (kept := kept_precisions(f)) is not None:
        # Both precision filters are one condition, "precision": what leaves out one (a facet's count) leaves out both.
        conditions["precision"] = Q(precision__in=sorted(kept))
    if terms := search_terms(f["q"]):
        conditions["q"] = matched_once(text_condition(terms))
    if f["annotated"]:
        public_notes = Annotation.objects.public().filter(event=OuterRef("pk"))
        conditions["annotated"] = Q(Exists(public_notes)) | Q(pk__in=list(noted)) if noted else Q(Exists(public_notes))
    return conditions


def _modality(f: dict) -> Q:
    # Plans, hypotheticals and denials are off unless asked for: "will meet next month" is not a meeting.
    return Q() if f["plans"] else Q(modality=Modality.ASSERTED)


def _select(f: dict, conditions: dict[str, Q], queryset: QuerySet | None) -> QuerySet:
    queryset = (Event.objects.published() if queryset is None else queryset).filter(*conditions.values(), _modality(f))
    return queryset.chronological(newest_first=f["sort"] == "newest")


def apply_filters(form: EventFilterForm, queryset: QuerySet | None = None) -> QuerySet:
    """The published events the form selects (or those of ``queryset``), ordered as asked."""
    f = form.filters
    return _select(f, _conditions(f, read_tallies(f["plans"])), queryset)


def with_query(url: str, query: str) -> str:
    """``url`` with the querystring ``query`` (already encoded), or bare when there is none."""
    return f"{url}?{query}" if query else url


def canonical_query(f: dict, *, default_sort: str = "oldest", **overrides) -> str:
    """The normalised querystring for these filters: fixed order, defaults left out, dates in ISO form.

    ``default_sort`` is the order a page shows when its URL names none (a share's is the order its teacher saved).
    """
    f = {**f, **overrides}
    pairs: list[tuple[str, str]] = []
    if f["q"].strip():
        pairs.append(("q", " ".join(f["q"].split())))
    for name in ("from", "to"):
        if f[name]:
            pairs.append((name, f[name].canonical if isinstance(f[name], Bound) else str(f[name])))
    pairs += [("actor", a.slug if isinstance(a, Actor) else a) for a in f["actor"]]
    if f["both"] and len(f["actor"]) > 1:
        pairs.append(("both", "1"))
    pairs += [("category", c) for c in f["category"]]
    pairs += [("document", str(d.pk if isinstance(d, Document) else d)) for d in f["document"]]
    if f["precision"]:
        pairs.append(("precision", f["precision"]))
    pairs += [("known_only_to", p) for p in EXACT_PRECISIONS if p in f["known_only_to"]]
    for name in ("plans", "annotated"):
        if f[name]:
            pairs.append((name, "1"))
    if f["sort"] != default_sort:
        pairs.append(("sort", f["sort"]))
    return urlencode(pairs)


@dataclass
class Bar:
    label: str
    count: int
    query: str  # the canonical querystring that lists what this bar counts: its range (see drawn_precisions)
    start: datetime.date
    end: datetime.date  # its last day
    span: str = ""  # the months or years a grouped bar counts, to name it ("Jan–Mar 2018"); its label is its first
    # A grouped bar's whole group at round dates, its first and last day (2025-01-01, 2029-12-31): more than it counts
    # where the range cuts the chart's first or last group short (2025 alone). None: the bar is not grouped.
    group: tuple[datetime.date, datetime.date] | None = None
    # The events that start in this bar but are known only to a period longer than it (a year for a month's bar),
    # by precision: not in ``count``, lest they be read as happening in this bar (see PRECISION_MONTHS).
    not_drawn: dict[str, int] = field(default_factory=dict)

    def bound(self, unit: str) -> Bound:
        """The month (``unit`` "month") or the year this bar starts, as a filter bound."""
        return parse_bound(f"{self.start:%Y-%m}" if unit == "month" else f"{self.start:%Y}")

    def part_of_group(self) -> tuple[float, float]:
        """Where the months this bar counts start and end in its group, as fractions of it: (0.0, 1.0) for a whole
        group (or a bar not grouped), (0.4, 1.0) for 2017–2019 of 2015–2019, (0.0, 0.2) for 2025 of 2025–2029."""
        if self.group is None:
            return 0.0, 1.0
        first, last = (_month_number(day) for day in self.group)
        months = last - first + 1
        return (_month_number(self.start) - first) / months, (_month_number(self.end) - first + 1) / months


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FilterResult:
    events: QuerySet  # filtered and ordered, not paginated (for a frozen share, a list of its snapshots)
    form: EventFilterForm
    notices: list[str]
    query: str  # normalised canonical querystring, without the page
    total: int
    filters: dict
    chart: list[Bar] = field(default_factory=list)
    chart_unit: str = "year"
    facets: dict[str, list[Option]] = field(default_factory=dict)
    plans_count: int = 0
    is_filtered: bool = False
    default_sort: str = "oldest"  # the order the page shows when its URL names none, left out of the bars' links

    @property
    def every_precision_query(self) -> str:
        """The canonical query less "known only to": the link that widens the list again to every precision."""
        return canonical_query(self.filters, default_sort=self.default_sort, known_only_to=[])

    @property
    def known_only_to_words(self) -> str:
        return known_only_to_words(self.filters["known_only_to"])

    @property
    def months_per_bar(self) -> int:
        """How many months each of the chart's own bars counts: 1 by month, 12 by year."""
        return 1 if self.chart_unit == "month" else 12

    @property
    def fewest_months_per_bar(self) -> int:
        """The shortest bar the chart may draw: its own (a month or a year), or, for a list narrowed to dates known
        only to some precisions ("known_only_to=year", where the caption's "List the events not drawn" leads), one
        long enough for the coarsest of them. By month, such a list would be left out of every bar (see
        PRECISION_MONTHS), and the chart of the events not drawn would draw none of them."""
        return max(self.months_per_bar, months_to_draw_kept(self.filters))

    def chart_by(self, months: int) -> list[Bar]:
        """The chart's bars grouped ``months`` to a bar (3: quarters, 60: five years), at round dates (Jan, Apr ...;
        1995, 2000 ...), for a chart too narrow for a bar a month or a year; the chart's own bars for its unit.

        A group counts the events its bars count, and its link spans theirs: from its first bar's "from" to its
        last bar's "to", each narrowed to the typed range as the bar's own link is (``bar_range``). The first and last
        groups may hold fewer bars than ``months`` (2025 alone of 2025-2029): each knows its whole ``group`` too.
        """
        if months <= self.months_per_bar:
            return self.chart
        narrowed = drawn_precisions(self.filters, months, _split_by_fit(not_drawn_in(self.chart), months)[1])
        groups: dict[int, list[Bar]] = {}
        for bar in self.chart:
            groups.setdefault(_month_number(bar.start) // months, []).append(bar)
        grouped = []
        for key, bars in groups.items():
            first, last = (bar.bound(self.chart_unit) for bar in (bars[0], bars[-1]))
            span = {"from": bar_range(self.filters, first)["from"], "to": bar_range(self.filters, last)["to"]}
            # What fits a finer bar fits its group; what did not may fit now ("2019" in a bar of a year).
            count, not_drawn = _split_by_fit(not_drawn_in(bars), months)
            grouped.append(Bar(bars[0].label, sum(bar.count for bar in bars) + count,
                               canonical_query(self.filters, default_sort=self.default_sort, **span, **narrowed),
                               bars[0].start, bars[-1].end, _span_label(bars[0].label, bars[-1].label),
                               _group_days(key, months), not_drawn))
        return grouped


def not_drawn_in(bars: list[Bar]) -> dict[str, int]:
    """The events these bars leave out for being too coarsely dated for them, by precision, summed."""
    left_out: dict[str, int] = {}
    for bar in bars:
        for precision, n in bar.not_drawn.items():
            left_out[precision] = left_out.get(precision, 0) + n
    return left_out


def _split_by_fit(by_precision: dict[str, int], months: int) -> tuple[int, dict[str, int]]:
    """How many of these events a bar of ``months`` months draws, and by precision those it does not."""
    drawn, not_drawn = 0, {}
    for precision, n in by_precision.items():
        if PRECISION_MONTHS.get(precision, 1) <= months:
            drawn += n
        elif n:
            not_drawn[precision] = n
    return drawn, not_drawn


def _month_number(day: datetime.date) -> int:
    """Months since year 0: consecutive months are consecutive numbers, so groups of them are ``// months``."""
    return day.year * 12 + day.month - 1


def _group_days(key: int, months: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day of the ``key``th group of ``months`` months, kept to the years a date holds (1-9999)."""
    first, last = max(key * months, 12), min((key + 1) * months, 10000 * 12) - 1
    year, month = divmod(last, 12)
    return (datetime.date(first // 12, first % 12 + 1, 1),
            datetime.date(year, month + 1, calendar.monthrange(year, month + 1)[1]))


def _span_label(first: str, last: str) -> str:
    """ "Jan–Mar 2018" from "Jan 2018" and "Mar 2018", "1995–1999" from "1995" and "1999"; "" for one bar."""
    if first == last:
        return ""
    if first[-5:] == last[-5:] and first[-5] == " ":
        return f"{first[:-5]}–{last}"
    return f"{first}–{last}"


def _count_by(queryset: QuerySet, column: str) -> dict:
    return dict(queryset.order_by().values_list(column).annotate(n=Count("pk")))


class _Counter:
    """Counts for the facets and the chart, from tallies where nothing is filtered, else over the filtered set."""

    def __init__(self, f: dict, conditions: dict[str, Q], base: QuerySet | None, tallies: dict):
        self.f, self.conditions, self.base = f, conditions, base
        self._tallies = tallies

    def _uses_tallies(self, *leave_out: str) -> bool:
        return self.base is None and not (set(self.conditions) - set(leave_out))

    def tallies(self) -> dict:
        return self._tallies

    def queryset(self, *leave_out: str, modality: bool = True) -> QuerySet:
        queryset = Event.objects.published() if self.base is None else self.base
        for name, condition in self.conditions.items():
            if name not in leave_out:
                queryset = queryset.filter(condition)
        return queryset.filter(_modality(self.f)) if modality else queryset

    def actors(self) -> dict[str, int]:
        """Events per actor (keyed by the actor's pk as a string) under every filter but the actor one."""
        if self._uses_tallies("actor"):
            return self.tallies().get("actor", {})
        if self._uses_tallies("actor", "category", "precision"):
            return self.actor_cube()
        link = Event.actors.through.objects.filter(event__in=self.queryset("actor").values("pk"))
        return {str(k): v for k, v in _count_by(link, "actor_id").items()}

    def actor_cube(self) -> dict[str, int]:
        """Events per actor under a category or precision filter alone, summed from the per-actor cube tallies.

        Counted over the events, a category group was a hash join of its events (a quarter of them) with the whole
        actor link table (220,000 rows at 100,000 events); the "actorcube" rows ("pk|category|precision") are
        narrower and fewer, and one grouped query sums those the filters keep, by the actor before the first "|".
        """
        rows = EventTally.objects.filter(dimension="actorcube", n__gt=0)
        if not self.f["plans"]:
            rows = rows.filter(asserted=True)
        if self.f["category"]:
            rows = rows.filter(_any(Q(bucket__contains=f"|{c}|") for c in category_values(self.f["category"])))
        if (kept := kept_precisions(self.f)) is not None:
            rows = rows.filter(_any(Q(bucket__endswith=f"|{p}") for p in sorted(kept)))
        actor = Left("bucket", StrIndex("bucket", Value("|")) - 1)
        return dict(rows.order_by().annotate(actor=actor).values_list("actor").annotate(total=Sum("n")))

    def documents(self) -> dict[int, int]:
        """Events per chosen source document under every filter but the document one."""
        by_document = EventSource.objects.filter(
            event__in=self.queryset("document").values("pk"), document__in=[d.pk for d in self.f["document"]])
        # Events, not sources: a document may tell one event in two sentences (as frozen.py's sets also count).
        return dict(by_document.order_by().values_list("document_id").annotate(n=Count("event_id", distinct=True)))

    def chart(self, short: bool) -> dict[tuple[str, str], int]:
        """Events per "YYYY-MM" (``short``) or "YYYY" of their start and per precision under every filter, for the
        chart's bars. Grouping by precision too returns at most six times the rows, from the same scan."""
        if self._uses_tallies() and not short:
            return self.with_decades({f"{year:04d}": n for year, n in self.tallies().get("year", {}).items()})
        rows = self.queryset().order_by().annotate(p=_date_prefix(7 if short else 4)).values_list("p", "precision")
        return {(p, precision): n for p, precision, n in rows.annotate(n=Count("pk"))}

    def with_decades(self, years: dict[str, int]) -> dict[tuple[str, str], int]:
        """Counts by "YYYY" from tallies, which do not know precision, split by it as far as bars of a year need:
        the events known only to their decade apart, and all the others as known to the year (or better).

        The decade's events are counted by one query on the (status, precision, date_start) index, and only when the
        precision tally holds any, so the unfiltered chart stays a read of tallies whatever the number of events."""
        counts = {(year, "year"): n for year, n in years.items()}
        if self.tallies().get("precision", {}).get("decade"):
            rows = self.queryset().filter(precision="decade").order_by().annotate(p=_date_prefix(4)).values_list("p")
            for year, n in rows.annotate(n=Count("pk")):
                counts[(year, "year")] = counts.get((year, "year"), 0) - n
                counts[(year, "decade")] = n
        return counts

    def single_actor(self) -> Actor | None:
        """The actor, when one actor (with perhaps a category or precision) is all that is filtered."""
        alone = self.base is None and len(self.f["actor"]) == 1
        return self.f["actor"][0] if alone and set(self.conditions) - {"category", "precision"} == {"actor"} else None

    def actor_tallies(self, actor: Actor) -> tuple[list[tuple[str, str, bool, int]], dict[str, int]]:
        """One actor's cube and chart by year from the per-actor tallies: one query over at most a few hundred rows."""
        pk = str(actor.pk)
        rows = EventTally.objects.filter(n__gt=0).filter(
            Q(dimension="actoryear", bucket=pk) | Q(dimension="actorcube", bucket__gte=f"{pk}|", bucket__lt=f"{pk}}}")
        ).values_list("dimension", "bucket", "year", "asserted", "n")
        cube, years = [], {}
        for dimension, bucket, year, asserted, n in rows:
            if dimension == "actorcube":
                _actor, category, precision = bucket.split("|", 2)
                cube.append((category, precision, asserted, n))
            elif asserted or self.f["plans"]:
                years[f"{year:04d}"] = years.get(f"{year:04d}", 0) + n
        return cube, years

    def cube(self, by_month: bool = False) -> tuple[list[tuple[str, str, bool, int]], dict[str, int] | None]:
        """Counts by (category, precision, asserted) over every filter but category, precision and modality.

        One grouped query (at most 16 x 6 x 4 rows) gives the total, the category and precision facets and the
        hidden plans; with no other filter it comes from the tallies. For a short range (``by_month``) it is also
        grouped by month, which gives the chart too (returned second; else None): a few hundred rows at most.
        Grouping a long range by year as well would return thousands of rows, which cost Django more than a query.
        """
        if self._uses_tallies("category", "precision"):
            return [(*key.split("|", 1), asserted, n) for (key, asserted), n in self.tallies().get("cube", {}).items()], None
        if (actor := self.single_actor()) is not None:
            cube, years = self.actor_tallies(actor)
            # Years chart an actor alone; with a category or precision too, the chart is counted (no such tally).
            return cube, self.with_decades(years) if not by_month and set(self.conditions) == {"actor"} else None
        queryset = self.queryset("category", "precision", modality=False).order_by()
        if not by_month:
            rows = queryset.values_list("category", "precision", "modality").annotate(n=Count("pk"))
            return [(category, precision, modality == Modality.ASSERTED, n) for category, precision, modality, n in rows], None
        chosen = set(category_values(self.f["category"])) if self.f["category"] else None
        levels = kept_precisions(self.f)
        rows = queryset.annotate(p=_date_prefix(7)).values_list("category", "precision", "modality", "p").annotate(n=Count("pk"))
        cube: dict[tuple[str, str, bool], int] = {}
        chart: dict[tuple[str, str], int] = {}
        for category, precision, modality, month, n in rows:
            asserted = modality == Modality.ASSERTED
            cube[(category, precision, asserted)] = cube.get((category, precision, asserted), 0) + n
            if (asserted or self.f["plans"]) and (chosen is None or category in chosen) and (levels is None or precision in levels):
                chart[(month, precision)] = chart.get((month, precision), 0) + n
        return [(*key, n) for key, n in cube.items()], chart


def _any(conditions) -> Q:
    return functools.reduce(operator.or_, conditions, Q(pk__in=[]))


def _date_prefix(length: int) -> RawSQL:
    """"YYYY" or "YYYY-MM" of the start date in SQL: Django's ExtractYear calls a Python function per row on SQLite."""
    if connection.vendor == "sqlite":
        return RawSQL(f"substr(timeline_event.date_start, 1, {length})", [])
    return RawSQL("to_char(timeline_event.date_start, %s)", ["YYYY" if length == 4 else "YYYY-MM"])


def _is_short(f: dict) -> bool:
    """A typed range of up to three years is charted by month (and counted so from the start), anything longer by year."""
    return bool(f["from"] and f["to"] and (f["to"].end - f["from"].start).days <= 3 * 366)


def _few_years(counts: dict[tuple[str, str], int]) -> bool:
    """Whether the counted events all start within three calendar years: then they too are charted by month."""
    years = [int(p[:4]) for (p, _precision), n in counts.items() if n]
    return bool(years) and max(years) - min(years) < 3


def _month(day: datetime.date) -> datetime.date:
    return datetime.date(day.year, day.month, 1)


def _counted_from(start: Bound | None, counts: dict[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    """Counts by "YYYY-MM" or "YYYY" (and precision) of each event's first day in the range, from counts by those of
    its start.

    The range lists every event that overlaps it, so an event begun before ``start`` (a year, a season, a decade)
    covers that day: it is counted in the range's first month or year instead of one the chart does not draw. Each
    event is counted once, in the first bar it overlaps, rather than in every bar it spans: the bars then add up to
    the result count, and a year-long event does not raise twelve monthly bars above the events that happened in them.
    """
    if start is None:
        return counts
    moved: dict[tuple[str, str], int] = {}
    for (prefix, precision), n in counts.items():
        key = (max(prefix, start.start.isoformat()[:len(prefix)]), precision)
        moved[key] = moved.get(key, 0) + n
    return moved


def bar_range(f: dict, bar: Bound) -> dict[str, Bound]:
    """The "from" and "to" a bar's link narrows to: its month or year, within the typed range where it starts or ends
    inside it.

    The first bar counts the events the range lists from its start on (see ``_counted_from``): its link starts
    there too, so it lists those events and not the ones that ended in the part of its month before the range."""
    start = f["from"] if f["from"] and f["from"].start > bar.start else bar
    end = f["to"] if f["to"] and f["to"].end < bar.end else bar
    return {"from": start, "to": end}


def _chart(f: dict, by_precision: dict[tuple[str, str], int], by_month: bool) -> tuple[list[Bar], str]:
    """Bars for the chart from counts by "YYYY-MM" (``by_month``) or by "YYYY" (else by year), and by precision.

    A typed range of up to three years is charted month by month across it. Results within three years (a search,
    an actor) are charted over their whole years, narrowed to the typed bounds that fall inside them; a month with
    events is never left out, even one whose events are all too coarse to draw in it (see PRECISION_MONTHS)."""
    start, end = f["from"], f["to"]
    keyed: dict[str, dict[str, int]] = {}
    for (prefix, precision), n in by_precision.items():
        if n:
            keyed.setdefault(prefix, {})
            keyed[prefix][precision] = keyed[prefix].get(precision, 0) + n
    split = {prefix: _split_by_fit(kinds, 1 if by_month else 12) for prefix, kinds in keyed.items()}
    counts = {prefix: drawn for prefix, (drawn, _not_drawn) in split.items()}
    narrowed = drawn_precisions(f, 1 if by_month else 12, {p for _drawn, left_out in split.values() for p in left_out})
    if by_month:
        if _is_short(f):
            first, last = _month(start.start), _month(end.end)
        else:
            found = [datetime.date(int(p[:4]), int(p[5:7]), 1) for p in counts]
            first, last = datetime.date(min(found).year, 1, 1), datetime.date(max(found).year, 12, 1)
            if start and _month(start.start) > first:
                first = min(_month(start.start), min(found))
            if end and _month(end.end) < last:
                last = max(_month(end.end), max(found))
        bars = []
        cursor = first
        while cursor <= last:
            bound = parse_bound(f"{cursor.year:04d}-{cursor.month:02d}")
            bars.append(Bar(f"{cursor:%b} {cursor.year}", counts.get(bound.canonical, 0),
                            canonical_query(f, **bar_range(f, bound), **narrowed), cursor, bound.end,
                            not_drawn=split.get(bound.canonical, (0, {}))[1]))
            cursor = datetime.date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
        return bars, "month"
    if not counts:
        return [], "year"
    years = [int(p) for p in counts]
    bars = []
    for year in range(start.start.year if start else min(years), (end.end.year if end else max(years)) + 1):
        bound = parse_bound(f"{year:04d}")
        query = canonical_query(f, **bar_range(f, bound), **narrowed)
        bars.append(Bar(str(year), counts.get(bound.canonical, 0), query,
                        datetime.date(year, 1, 1), bound.end, not_drawn=split.get(bound.canonical, (0, {}))[1]))
    return bars, "year"


def filter_events(params: QueryDict | dict, base: QuerySet | None = None, *,
                  default_sort: str = "oldest", noted: Collection[int] = ()) -> FilterResult:
    """Everything the timeline shows for a querystring: events, notices, canonical query, total, chart and facets.

    ``base`` narrows the universe (a share's pinned events, say); without it, all published events. The number of
    queries is the same whatever the number of events. ``default_sort``: the order when the querystring names none.
    ``noted``: events the "with notes" filter keeps besides those with public notes (a share's class notes).
    """
    form = EventFilterForm(params, default_sort=default_sort)
    f = form.filters
    tallies = read_tallies(f["plans"])
    conditions = _conditions(f, tallies, noted)
    counter = _Counter(f, conditions, base, tallies)
    return counted_result(form, _select(f, conditions, base), counter, is_filtered=bool(conditions))


def counted_result(form: EventFilterForm, events, counter, is_filtered: bool) -> FilterResult:
    """The result for ``form``'s filters: ``events`` as selected, totals, facets and chart from ``counter``'s counts.

    ``counter`` is a ``_Counter`` over the events' rows, or anything with its four counts (``cube``, ``actors``,
    ``documents``, ``chart``): a frozen share counts its snapshots (``timeline.frozen``) and shares all the rest.
    """
    f = form.filters
    chosen_types = set(category_values(f["category"])) if f["category"] else None
    levels = kept_precisions(f)
    total = plans_count = 0
    categories: dict[str, int] = {}
    precisions: dict[str, int] = {}
    # Events known only to the year or more coarsely are counted by year whatever the range: no month draws them.
    monthly = months_to_draw_kept(f) < 12
    cube, chart_counts = counter.cube(by_month=monthly and _is_short(f))
    for category, precision, asserted, n in cube:
        in_category = chosen_types is None or category in chosen_types
        in_precision = levels is None or precision in levels
        if asserted or f["plans"]:
            if in_precision:
                categories[category] = categories.get(category, 0) + n
            if in_category:
                precisions[precision] = precisions.get(precision, 0) + n
            if in_category and in_precision:
                total += n
        elif in_category and in_precision:
            plans_count += n
    facets = {
        "category": [Option(key, label, sum(categories.get(c, 0) for c in types), key in f["category"])
                     for key, (label, types) in CATEGORY_GROUPS.items()]
        + [Option(value, label, categories.get(value, 0), value in f["category"]) for value, label in Category.choices],
    }
    facets["precision"] = [Option(key, label, sum(precisions.get(p, 0) for p in kinds), key == f["precision"])
                           for key, (label, kinds) in PRECISION_LEVELS.items()]
    # Offered only once chosen (the chart's caption links to it), as boxes to untick, as the documents are.
    facets["known_only_to"] = [Option(p, f"the {p}", precisions.get(p, 0), True) for p in f["known_only_to"]]
    actor_counts = counter.actors()
    chosen = {str(a.pk) for a in f["actor"]}
    # The most frequent actors are shown; the next ones (by frequency, up to MORE_ACTORS) are listed by name
    # behind "More actors", so any actor of the timeline can be chosen without typing a URL.
    ranked = sorted((pk for pk, n in actor_counts.items() if n), key=lambda pk: (-actor_counts[pk], int(pk)))
    wanted = list(dict.fromkeys([*chosen, *ranked[:TOP_ACTORS]]))
    more = [pk for pk in ranked[TOP_ACTORS:TOP_ACTORS + MORE_ACTORS] if pk not in chosen]
    actors = {str(a.pk): a for a in Actor.objects.filter(pk__in=[int(pk) for pk in [*wanted, *more]])}

    def options(pks):
        return [Option(actors[pk].slug, actors[pk].name, actor_counts.get(pk, 0), pk in chosen)
                for pk in pks if pk in actors]

    facets["actor"] = options(wanted)
    facets["actor_more"] = sorted(options(more), key=lambda o: o.label.casefold())
    if f["document"]:
        counts = counter.documents()
        facets["document"] = [Option(str(d.pk), d.title, counts.get(d.pk, 0), True) for d in f["document"]]

    by_month = monthly and _is_short(f)
    if chart_counts is None:
        chart_counts = counter.chart(by_month)
    chart_counts = _counted_from(f["from"], chart_counts)
    if monthly and not by_month and _few_years(chart_counts):
        # The results span three years or less though the typed range is longer (or none was typed): count them
        # again by month, one more query over those few years' events.
        chart_counts, by_month = _counted_from(f["from"], counter.chart(True)), True
    chart, unit = _chart(f, chart_counts, by_month)
    return FilterResult(
        events=events,
        form=form,
        notices=form.notices,
        query=canonical_query(f, default_sort=form.default_sort),
        total=total,
        filters=f,
        chart=chart,
        chart_unit=unit,
        facets=facets,
        plans_count=plans_count,
        is_filtered=is_filtered,
        default_sort=form.default_sort,
    )
