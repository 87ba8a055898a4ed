"""timeline.frozen: the timeline's filters and counts over a frozen share's snapshots, without the events' rows."""

import datetime

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from tests.factories import ActorFactory
from timeline.exports import EventRecord
from timeline.frozen import filter_snapshots


def snapshot(pk: int, title: str, day: datetime.date, **fields) -> dict:
    return EventRecord(id=pk, title=title, date_start=day, date_end=day, precision="day", **fields).to_snapshot()


def titles(result) -> list[str]:
    return [s["title"] for s in result.events]


@pytest.fixture
def snapshots(db):
    ActorFactory(name="North Korea", slug="north-korea", aliases=["DPRK", "Pyongyang"])
    ActorFactory(name="Japan", slug="japan")
    return [
        snapshot(1, "Réunion à Genève", datetime.date(1994, 10, 21), category="AGREE", actors=("North Korea",),
                 sentence="The Agreed Framework was signed."),
        snapshot(2, "Summit in Singapore", datetime.date(2018, 6, 12), category="CONSULT", actors=("North Korea",)),
        snapshot(3, "Missile over Hokkaido", datetime.date(2017, 8, 29), category="ASSAULT",
                 actors=("North Korea", "Japan", "Nippon (as it was then named)")),
    ]


@pytest.mark.parametrize(("q", "expected"), [
    ("geneve", ["Réunion à Genève"]),  # accents folded, as the full-text index folds them
    ("summ", ["Summit in Singapore"]),  # a word prefix, as the index's prefix query
    ("summits", ["Summit in Singapore"]),  # a plural finds its singular, as the Porter stemmer lets it
    ("agree", ["Réunion à Genève"]),  # the sentence is searched too
    ("ummit", []),  # inside a word is not a match
    ("japan missile", ["Missile over Hokkaido"]),  # every term, each in the text or an actor's name
    ("orea", []),  # inside an actor's name is not a match either ("us" is not in "Russia")
    ("nip", ["Missile over Hokkaido"]),  # the start of an actor's name
    ("named", ["Missile over Hokkaido"]),  # the start of a later word of it
    ("dprk", ["Réunion à Genève", "Missile over Hokkaido", "Summit in Singapore"]),  # an alias of the actor's
])
def test_the_text_search_reads_titles_sentences_and_actors_as_the_full_text_index_does(snapshots, q, expected):
    assert titles(filter_snapshots(QueryDict(f"q={q}"), snapshots)) == expected


def test_an_underscore_in_a_frozen_text_parts_words_as_the_full_text_index_parts_them(snapshots):
    pasted = snapshot(4, "Agenda_item on talks", datetime.date(2019, 1, 2))
    assert titles(filter_snapshots(QueryDict("q=item"), [*snapshots, pasted])) == ["Agenda_item on talks"]


def test_an_actor_no_longer_in_the_database_is_left_out_of_the_facet_but_its_events_still_count(snapshots):
    result = filter_snapshots(QueryDict("category=material-conflict"), snapshots)
    assert titles(result) == ["Missile over Hokkaido"] and result.total == 1
    assert {o.label: o.count for o in result.facets["actor"]} == {"North Korea": 1, "Japan": 1}


def test_the_queries_do_not_grow_with_the_number_of_snapshots(snapshots):
    many = [snapshot(n, f"Event {n}", datetime.date(2000 + n % 20, 1, 1), actors=("Japan",)) for n in range(10, 500)]
    counts = []
    for batch in (snapshots, snapshots + many):
        with CaptureQueriesContext(connection) as queries:
            filter_snapshots(QueryDict("actor=japan&annotated=1&q=event"), batch)
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 4
