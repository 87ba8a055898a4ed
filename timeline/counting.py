"""Counting the filtered events: their total, what each option of the facets would give, and the chart's counts.

- ``filter_events(params, base=None) -> FilterResult``: the events ``filters.apply_filters`` selects, with the form,
  the canonical querystring, the result count, the chart and the facet counts, in a constant number of queries
  whatever the number of events.

Where the counts come from (the cost of a page must not grow with the corpus): with no filter but "show plans",
totals, chart and facets are read from ``EventTally`` rows that database triggers keep up to date (see
``search_index.py``). Once something is filtered, they are counted over the filtered set only, through the
indexes on (status, date_start), (status, category, date_start), the actor link table and the full-text index.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Collection
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Count, Q, QuerySet, Sum, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Left, StrIndex
from django.http import QueryDict

from timeline.chart_bars import Bar, ChartBars, _chart, _counted_from, _few_years, _is_short, months_to_draw_kept
from timeline.filters import (
    PRECISION_LEVELS,
    EventFilterForm,
    NameNotice,
    _conditions,
    _modality,
    _select,
    category_values,
    kept_precisions,
    known_only_to_words,
    read_tallies,
)
from timeline.models import CATEGORY_GROUPS, Actor, Category, Event, EventSource, EventTally, Modality, Precision
from timeline.querystring import canonical_query

TOP_ACTORS = 12
MORE_ACTORS = 200


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FilterResult(ChartBars):
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
    facets["known_only_to"] = [Option(p, f"the {Precision(p).label}", precisions.get(p, 0), True)
                               for p in f["known_only_to"]]
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
    for notice in form.notices:
        if isinstance(notice, NameNotice):
            notice.query = canonical_query(f, default_sort=form.default_sort, **notice.overrides)
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
