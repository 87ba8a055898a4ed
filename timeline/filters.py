"""The timeline's filters: the form that reads them from the querystring, and the conditions that apply them.

The public API, shared with the read-only share pages and the exports:

- ``EventFilterForm(data, default_sort=...)``: a plain form over a GET QueryDict. It never rejects a request: a value
  it cannot use is dropped and explained in ``form.notices``. ``default_sort`` is the page's order when the querystring
  names none or one not understood ("oldest" on the timeline, the saved one on a share).
- ``apply_filters(form, queryset)``: the events the filters select, in the chosen order.

Beside it: ``querystring`` writes the filters back as the canonical querystring, ``text_search`` reads and finds the
search, ``counting`` counts the filtered events, facets and chart (``filter_events``), and ``chart_bars`` makes the
chart's bars from those counts.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Collection
from dataclasses import dataclass

from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
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
from timeline.text_search import (
    MAX_TERMS,
    NamedWords,
    describe_query,
    matched_once,
    names_as_phrases,
    parse_query,
    query_text,
    text_condition,
)

PRECISION_LEVELS: dict[str, tuple[str, tuple[str, ...]]] = {
    "day": ("known to the day", ("day",)),
    "week": ("known to the week", ("day", "week")),
    # A week is finer than a month, though it may straddle two: "known to the month" keeps it.
    "month": ("known to the month", ("day", "week", "month")),
    "year": ("known to the year", ("day", "week", "month", "season", "quarter", "half", "year")),
}
# "Known only to" (known_only_to=year): the events dated exactly so coarsely, as the chart's caption counts those its
# bars leave out. In this order in a URL and in words, coarsest first, as the caption names them.
EXACT_PRECISIONS = ("decade", "year", "half", "season", "quarter", "month", "week", "day")
SORTS = {"oldest": "oldest first", "newest": "newest first"}
MAX_QUERY = 200  # characters of a search, as the box's maxlength allows
DATE_MAX = 40  # characters of a date box: the longest date it reads ("12 September 2018") is far shorter
FREQUENT_ACTOR_EVENTS = 2000
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9  # news style (AP) writes "Sept."


@dataclass(frozen=True)
class Bound:
    """A date the reader typed, as the period it names: "2018" is all of 2018, "June 2018" all of June."""

    start: datetime.date
    end: datetime.date
    canonical: str  # "2018", "2018-06" or "2018-06-12"

    @property
    def words(self) -> str:
        """ "2018", "June 2018" or "12 June 2018". """
        if len(self.canonical) == 4:
            return self.canonical
        if len(self.canonical) == 7:
            return f"{self.start:%B %Y}"
        return f"{self.start.day} {self.start:%B %Y}"


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


class NameNotice(str):
    """The notice that words of the search are read as one actor's name: a string, as every notice is (listed,
    compared, read out), that also offers that actor's filter instead. ``overrides`` are the filters of that view
    (the search less the name, the actor chosen); ``query`` its canonical querystring, which the page's result
    writes (``counting.counted_result``, and a share as its reader's own), as it writes its chart's links."""

    named: NamedWords
    overrides: dict
    query: str = ""

    def __new__(cls, named: NamedWords, overrides: dict) -> NameNotice:
        notice = super().__new__(cls, f"“{named.spelling}” is searched as one name, its words together.")
        notice.named, notice.overrides = named, overrides
        return notice


def _cut_at_word(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters after its last whole word; a single longer word at ``limit``."""
    head = text[:limit]
    if text[limit].isspace() or head[-1].isspace():  # the cut falls between two words
        return head.rstrip()
    return head.rsplit(maxsplit=1)[0] if len(head.split()) > 1 else head


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

    # No max_length: a longer search (an edited address) is cut to its first words by clean_q, and said so, rather
    # than dropped with Django's "Ensure this value has at most 200 characters".
    q = forms.CharField(required=False, label="Search titles, sentences and actors")
    # The dates select the events that overlap them; this, those that begin in them (a chart's bar counts an event
    # in the bar where it begins, and its link says so). Without "from" it changes nothing, and is left out.
    starting = forms.BooleanField(required=False, label="Only events that begin between these dates")
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
        # The values left out (a date not understood, an unknown actor): a page shows their notices beside its
        # results; a download cannot, and refuses instead (views.exports), naming each as this says it, without
        # the notice's "is ignored", which a download that was not made would contradict.
        self.unreadable: list[str] = []
        # The notice of each field whose value is left out, by the field's name (see date_boxes).
        self.field_notices: dict[str, str] = {}
        self._clean_once = False

    def _ignore(self, notice: str, name: str = "", *, unreadable: str) -> None:
        """Leave out a value: ``notice`` for the page, which goes on without it; ``unreadable`` for a download,
        which is refused instead."""
        self.notices.append(notice)
        self.unreadable.append(unreadable)
        if name:
            self.field_notices.setdefault(name, notice)

    def clean_q(self) -> str:
        # The query stays as typed (in the box and the URL), but what search_terms leaves out of it is said.
        q = self.cleaned_data.get("q") or ""
        if len(q) > MAX_QUERY:
            cut = _cut_at_word(q, MAX_QUERY)
            self.notices.append(f"The search is longer than {MAX_QUERY} characters (it has {len(q)}), so only its "
                                f"start is searched, up to “…{cut[-30:].lstrip()}”.")
            q = cut
        parsed = parse_query(q)
        self.cleaned_data["terms"], names = names_as_phrases(parsed)
        # The link to the actor's filter searches the other words (clean() adds the actor to those chosen).
        terms = self.cleaned_data["terms"]
        self.notices += [NameNotice(named, {"q": query_text(terms[:place] + terms[place + 1:])})
                         for place, named in names.items()]
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
        example = "(try 2018, June 2018 or 2018-06-12)."
        if len(raw) > DATE_MAX:
            # Said here rather than by the field's max_length, whose "Ensure this value has at most 40 characters"
            # named neither the box nor what to type.
            shown = f"{raw[:DATE_MAX]}…"
            self._ignore(f"{label} date “{shown}” is too long for a date ({len(raw)} characters) and is ignored "
                         f"{example}", name,
                         unreadable=f"{label} date “{shown}” was not understood: {len(raw)} characters is too long "
                                    f"for a date {example}")
            return None
        bound = parse_bound(raw)
        if bound is None:
            self._ignore(f"{label} date “{raw[:40]}” was not understood and is ignored {example}", name,
                         unreadable=f"{label} date “{raw[:40]}” was not understood {example}")
        return bound

    def clean_actor(self) -> list[Actor]:
        slugs = self.cleaned_data.get("actor") or []
        if not slugs:
            return []
        found = {a.slug: a for a in Actor.objects.filter(slug__in=slugs[:20])}
        unknown = [s for s in slugs if s not in found]
        if unknown:
            self._ignore(f"Unknown actor “{unknown[0][:40]}” is ignored.",
                         unreadable=f"Actor “{unknown[0][:40]}” was not understood: no actor is called that.")
        return [found[s] for s in slugs if s in found]

    def clean_category(self) -> list[str]:
        values = self.cleaned_data.get("category") or []
        known = [v for v in values if v in Category.values or v in CATEGORY_GROUPS]
        if len(known) < len(values):
            bad = next(v for v in values if v not in known)
            self._ignore(f"Unknown category “{bad[:40]}” is ignored.",
                         unreadable=f"Category “{bad[:40]}” was not understood: no category is called that.")
        return known

    def clean_document(self) -> list[Document]:
        values = self.cleaned_data.get("document") or []
        ids = [int(v) for v in values if v.isdigit() and len(v) < 12]
        found = {d.pk: d for d in Document.objects.extracted().filter(pk__in=ids[:20]).only("pk", "title", "published")} if ids else {}
        if len(found) < len(values):
            self._ignore("A source document that does not exist is ignored.",
                         unreadable="A source document was not understood: no document has that number.")
        return [found[i] for i in ids if i in found]

    def clean_precision(self) -> str:
        value = self.cleaned_data.get("precision") or ""
        if value and value not in PRECISION_LEVELS:
            self._ignore(f"Unknown precision “{value[:20]}” is ignored.",
                         unreadable=f"Precision “{value[:20]}” was not understood (try day, week, month or year).")
            return ""
        return value

    def clean_known_only_to(self) -> list[str]:
        values = self.cleaned_data.get("known_only_to") or []
        if bad := [v for v in values if v not in EXACT_PRECISIONS]:
            known = ", ".join(EXACT_PRECISIONS)
            self._ignore(f"Unknown precision “{bad[0][:20]}” is ignored.",
                         unreadable=f"Precision “{bad[0][:20]}” was not understood (try {known}).")
        return [p for p in EXACT_PRECISIONS if p in values]

    def clean_sort(self) -> str:
        value = self.cleaned_data.get("sort") or self.default_sort
        if value not in SORTS:
            # Not one of self.unreadable: a download in the default order holds what the page shows.
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
        chosen = [actor.slug for actor in cleaned.get("actor") or []]
        for notice in self.notices:
            if isinstance(notice, NameNotice) and notice.named.slug not in chosen:
                # With other actors chosen, the name narrows them as the search did: events of both.
                notice.overrides |= {"actor": [*chosen, notice.named.slug], "both": bool(chosen)}
        return cleaned

    @property
    def filters(self) -> dict:
        """The cleaned filters; any field that failed validation falls back to its default, with a notice."""
        if not self._clean_once:
            self._clean_once = True
            self.is_valid()
            for name, errors in self.errors.items():
                label = self.fields[name].label if name in self.fields else name
                self._ignore(ignored_notice(label, errors[0]), name,
                             unreadable=f"{label} was not understood: {errors[0]}")
        data = dict(self.cleaned_data) if hasattr(self, "cleaned_data") else {}
        # "terms": what the search looks for (clean_q), each actor's name typed in it one phrase.
        defaults = {"q": "", "terms": [], "from": None, "to": None, "starting": False, "actor": [], "both": False,
                    "category": [], "document": [], "precision": "", "known_only_to": [], "plans": False, "annotated": False,
                    "sort": self.default_sort}
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
EventFilterForm.base_fields["from"] = forms.CharField(required=False, label="From")
EventFilterForm.base_fields["to"] = forms.CharField(required=False, label="To")


def kept_precisions(f: dict) -> set[str] | None:
    """The precisions the filters keep: those "known at least to" allows that "known only to" names; None: all."""
    if not f["precision"] and not f["known_only_to"]:
        return None
    kept = set(PRECISION_LEVELS[f["precision"]][1]) if f["precision"] else set(Precision.values)
    return kept & set(f["known_only_to"]) if f["known_only_to"] else kept


def known_only_to_words(precisions: list[str]) -> str:
    """ "the year or the quarter": the precisions of "known only to", for a sentence."""
    named = [f"the {Precision(p).label}" for p in precisions]  # "the half-year", not "the half"
    return " or ".join(named) if len(named) < 3 else f"{', '.join(named[:-1])} or {named[-1]}"


def category_values(selected: list[str]) -> list[str]:
    """Selected categories with the four groups expanded to their PLOVER types."""
    values: list[str] = []
    for value in selected:
        values.extend(CATEGORY_GROUPS[value][1] if value in CATEGORY_GROUPS else [value])
    return list(dict.fromkeys(values))


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


def start_condition(start: Bound, end: Bound | None) -> Q:
    """Events that begin in [start, end] (``end`` may be open): "starting=1", one range on (status, date_start)."""
    return Q(date_start__gte=start.start) & (Q(date_start__lte=end.end) if end else Q())


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
    if f["starting"] and f["from"]:
        conditions["date"] = start_condition(f["from"], f["to"])
    elif f["from"] or f["to"]:
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
    if terms := f["terms"]:
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
