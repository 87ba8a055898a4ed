"""The chart draws an event only in a bar as long as its date is known: "2019" is not a January event."""

import datetime

import pytest
from django.http import QueryDict

from tests.factories import ActorFactory, EventFactory
from timeline.chart_bars import Bar
from timeline.charts import densities, not_drawn_note
from timeline.counting import filter_events
from timeline.models import DateMod, Precision


def q(s: str) -> QueryDict:
    return QueryDict(s)


def _hanoi():
    EventFactory(title="Hanoi talks planned", date_start=datetime.date(2019, 1, 1),
                 date_end=datetime.date(2019, 12, 31),
                 precision=Precision.YEAR, date_mod=DateMod.START, date_text="early 2019")
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), date_end=datetime.date(2019, 2, 28))
    EventFactory(title="Hanoi letters", date_start=datetime.date(2019, 4, 1), date_end=datetime.date(2019, 4, 30),
                 precision=Precision.MONTH)
    EventFactory(title="Hanoi aftermath", date_start=datetime.date(2019, 7, 1), date_end=datetime.date(2019, 9, 30),
                 precision=Precision.QUARTER)


@pytest.mark.django_db
def test_an_event_known_only_to_the_year_is_not_counted_in_january_by_month():
    _hanoi()
    result = filter_events(q("q=hanoi"))
    assert result.chart_unit == "month" and result.total == 4
    bars = {b.label: (b.count, b.not_drawn) for b in result.chart}
    assert bars["Jan 2019"] == (0, {"year": 1})
    # Day and month events are drawn in their months as before; the quarter's event in no month.
    assert bars["Feb 2019"] == (1, {}) and bars["Apr 2019"] == (1, {})
    assert bars["Jul 2019"] == (0, {"quarter": 1})
    # The bars and what they leave out add up to the result count.
    assert sum(b.count + sum(b.not_drawn.values()) for b in result.chart) == result.total


@pytest.mark.django_db
def test_grouped_bars_draw_what_their_length_holds_and_no_more():
    _hanoi()
    result = filter_events(q("q=hanoi"))
    quarters = {b.span: (b.count, b.not_drawn) for b in result.chart_by(3)}
    assert quarters == {"Jan–Mar 2019": (1, {"year": 1}), "Apr–Jun 2019": (1, {}), "Jul–Sep 2019": (1, {}),
                        "Oct–Dec 2019": (0, {})}
    (year,) = result.chart_by(12)
    assert (year.count, year.not_drawn) == (4, {})


@pytest.mark.django_db
def test_a_decade_event_is_not_drawn_in_its_first_year_of_a_chart_read_from_the_tallies(django_assert_num_queries):
    EventFactory(title="Cold war thaw", date_start=datetime.date(1990, 1, 1), date_end=datetime.date(1999, 12, 31),
                 precision=Precision.DECADE)
    EventFactory(date_start=datetime.date(1990, 5, 1))
    EventFactory(date_start=datetime.date(2018, 6, 12))
    # The tallies, and the decade's events by year: the year tallies do not know precision.
    with django_assert_num_queries(2):
        result = filter_events(q(""))
    assert result.chart_unit == "year"
    assert (result.chart[0].label, result.chart[0].count, result.chart[0].not_drawn) == ("1990", 1, {"decade": 1})
    decades = result.chart_by(120)
    assert (decades[0].span, decades[0].count, decades[0].not_drawn) == ("1990–1999", 2, {})


@pytest.mark.django_db
def test_without_decade_events_the_tallies_chart_needs_no_query_of_the_events(django_assert_num_queries):
    EventFactory(date_start=datetime.date(1990, 5, 1), date_end=datetime.date(1990, 12, 31), precision=Precision.YEAR)
    EventFactory(date_start=datetime.date(2018, 6, 12))
    with django_assert_num_queries(1):  # the tallies alone
        result = filter_events(q(""))
    assert result.chart[0].count == 1 and not result.chart[0].not_drawn


@pytest.mark.django_db
def test_one_actors_chart_from_the_tallies_leaves_out_its_decade_events_too():
    dprk = ActorFactory(name="North Korea", slug="north-korea")
    EventFactory(date_start=datetime.date(1990, 1, 1), date_end=datetime.date(1999, 12, 31), precision=Precision.DECADE,
                 actors=[dprk])
    EventFactory(date_start=datetime.date(1990, 1, 1), date_end=datetime.date(1999, 12, 31), precision=Precision.DECADE)
    EventFactory(date_start=datetime.date(2018, 6, 12), actors=[dprk])
    result = filter_events(q("actor=north-korea"))
    assert result.chart_unit == "year"
    assert (result.chart[0].count, result.chart[0].not_drawn) == (0, {"decade": 1})


def _bar(label: str, count: int, **not_drawn: int) -> Bar:
    return Bar(label, count, "", datetime.date(2019, 1, 1), datetime.date(2019, 1, 31), not_drawn=not_drawn)


def test_the_note_says_how_many_are_left_out_and_why():
    bars = [_bar("Jan 2019", 0, year=3), _bar("Feb 2019", 12), _bar("Jul 2019", 0, season=1)]
    assert not_drawn_note(bars, "month") == ("4 of these 16 events are not drawn: they are known only to the year (3) "
                                             "or the season (1), and each bar is a month.")
    assert not_drawn_note([_bar("Jan 2019", 2, year=1)], "quarter") == (
        "1 of these 3 events is not drawn: it is known only to the year, and each bar is a quarter.")
    assert not_drawn_note([_bar("1990", 0, decade=2)], "five years") == (
        "None of these 2 events is drawn: they are known only to the decade, and each bar is five years.")
    assert not_drawn_note([_bar("Feb 2019", 2)], "month") == ""


@pytest.mark.django_db
def test_each_width_has_its_own_note():
    _hanoi()
    notes = {d.unit: d.not_drawn for d in densities(filter_events(q("q=hanoi")))}
    assert notes == {
        "month": "2 of these 4 events are not drawn: they are known only to the year (1) or the quarter (1), "
                 "and each bar is a month.",
        "quarter": "1 of these 4 events is not drawn: it is known only to the year, and each bar is a quarter.",
    }


@pytest.mark.django_db
def test_each_widths_note_links_to_exactly_the_events_it_says_are_not_drawn():
    _hanoi()
    result = filter_events(q("q=hanoi"))
    links = {d.unit: (d.not_drawn_query, d.not_drawn_link) for d in densities(result)}
    assert links == {
        "month": ("q=hanoi&known_only_to=year&known_only_to=quarter", "List the 2 events not drawn"),
        "quarter": ("q=hanoi&known_only_to=year", "List the event not drawn"),
    }
    # The list the link leads to holds just those events: as many as the note counts, within the same search.
    by_month = filter_events(q(links["month"][0]))
    assert by_month.total == 2
    assert sorted(by_month.events.values_list("title", flat=True)) == ["Hanoi aftermath", "Hanoi talks planned"]
    by_quarter = filter_events(q(links["quarter"][0]))
    assert by_quarter.total == 1 and list(by_quarter.events.values_list("title", flat=True)) == ["Hanoi talks planned"]


@pytest.mark.django_db
def test_the_link_of_a_chart_read_from_the_tallies_lists_its_decade_events():
    EventFactory(title="Cold war thaw", date_start=datetime.date(1990, 1, 1), date_end=datetime.date(1999, 12, 31),
                 precision=Precision.DECADE)
    EventFactory(date_start=datetime.date(1990, 5, 1))
    EventFactory(date_start=datetime.date(2018, 6, 12))
    (by_year, *_) = densities(filter_events(q("")))
    assert (by_year.unit, by_year.not_drawn_query, by_year.not_drawn_link) == (
        "year", "known_only_to=decade", "List the event not drawn")
    listed = filter_events(q(by_year.not_drawn_query))
    assert listed.total == 1 and [e.title for e in listed.events] == ["Cold war thaw"]


@pytest.mark.django_db
def test_a_note_whose_events_are_the_whole_list_has_no_link_to_the_same_list():
    EventFactory(title="Hanoi talks planned", date_start=datetime.date(2019, 1, 1),
                 date_end=datetime.date(2019, 12, 31),
                 precision=Precision.YEAR)
    (by_month, *_) = densities(filter_events(q("q=hanoi")))
    assert by_month.not_drawn.startswith("This event is not drawn")
    assert (by_month.not_drawn_query, by_month.not_drawn_link) == ("", "")


@pytest.mark.django_db
def test_the_link_keeps_the_pages_order_and_other_filters():
    _hanoi()
    result = filter_events(q("q=hanoi&sort=newest&from=2019&to=2019"))
    (by_month, *_) = densities(result)
    assert by_month.not_drawn_query == "q=hanoi&from=2019&to=2019&known_only_to=year&known_only_to=quarter&sort=newest"
    assert filter_events(q(by_month.not_drawn_query)).total == 2


@pytest.mark.django_db
def test_a_week_is_drawn_in_the_month_it_starts_and_a_half_year_only_in_a_year():
    EventFactory(title="Hanoi week", date_start=datetime.date(2019, 9, 30), date_end=datetime.date(2019, 10, 6),
                 precision=Precision.WEEK)
    EventFactory(title="Hanoi half", date_start=datetime.date(2019, 1, 1), date_end=datetime.date(2019, 6, 30),
                 precision=Precision.HALF)
    EventFactory(title="Hanoi quarter", date_start=datetime.date(2019, 4, 1), date_end=datetime.date(2019, 6, 30),
                 precision=Precision.QUARTER)
    result = filter_events(q("q=hanoi"))
    bars = {b.label: (b.count, b.not_drawn) for b in result.chart}
    assert bars["Sep 2019"] == (1, {}) and bars["Oct 2019"] == (0, {})
    assert bars["Jan 2019"] == (0, {"half": 1})
    quarters = {b.span: (b.count, b.not_drawn) for b in result.chart_by(3)}
    assert quarters["Jan–Mar 2019"] == (0, {"half": 1}) and quarters["Apr–Jun 2019"] == (1, {})
    halves = {b.span: (b.count, b.not_drawn) for b in result.chart_by(6)}
    assert halves["Jan–Jun 2019"] == (2, {}) and halves["Jul–Dec 2019"] == (1, {})
    (year,) = result.chart_by(12)
    assert (year.count, year.not_drawn) == (3, {})
    assert not_drawn_note(result.chart, "month") == (
        "2 of these 3 events are not drawn: they are known only to the half-year (1) or the quarter (1), "
        "and each bar is a month.")
