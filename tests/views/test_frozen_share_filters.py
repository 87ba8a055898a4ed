"""A frozen share filters and counts its snapshots, as the page shows them, not the events' current rows.

Each test freezes a share, then an editor changes the events (date, category, actors, title, a note) and deletes
one; the reader's filters, the facet counts, the chart and the result count must all agree with the cards shown.
"""

import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, DocumentFactory, EventFactory, EventSourceFactory
from timeline import shares
from timeline.models import Annotation, Modality, Precision, SharedTimeline, SharedTimelineItem


@pytest.fixture
def events(db):
    kim = ActorFactory(name="Kim Jong Un", slug="kim-jong-un")
    trump = ActorFactory(name="Donald Trump", slug="donald-trump")
    moon = ActorFactory(name="Moon Jae-in", slug="moon-jae-in")
    singapore = EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), category="AGREE",
                             actors=[kim, trump], sentence="Kim and Trump met on Sentosa island.")
    test = EventFactory(title="Missile launch over Japan", date_start=datetime.date(2018, 11, 1), category="ASSAULT",
                        actors=[kim], sentence="A missile flew over Hokkaido.")
    hanoi = EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), category="CONSULT",
                         actors=[kim, trump], sentence="The talks ended early.")
    dmz = EventFactory(title="Panmunjom handshake", date_start=datetime.date(2019, 6, 30), category="CONSULT",
                       actors=[kim, trump, moon], sentence="Trump stepped across the line.")
    plan = EventFactory(title="Working talks planned", date_start=datetime.date(2019, 9, 1),
                        date_end=datetime.date(2019, 9, 30), precision=Precision.MONTH, modality=Modality.PLANNED,
                        category="CONSULT", actors=[trump], sentence="Officials said talks would resume.")
    report = DocumentFactory(title="Summit report")
    EventSourceFactory(event=singapore, document=report)
    EventSourceFactory(event=hanoi, document=report)
    return {"kim": kim, "trump": trump, "moon": moon, "singapore": singapore, "test": test, "hanoi": hanoi, "dmz": dmz,
            "plan": plan, "report": report}


# The categories of the four frozen events of 2018-19 (the plan aside), as they were frozen.
AS_FROZEN = {"verbal-cooperation": 3, "material-conflict": 1, "AGREE": 1, "CONSULT": 2, "ASSAULT": 1}


def _freeze(client, teacher, query: str = "from=2018", mode: str = "frozen") -> SharedTimeline:
    client.force_login(teacher)
    client.post(reverse("timeline:share_new") + f"?{query}", {"title": "Summits", "mode": mode})
    client.logout()
    return SharedTimeline.objects.get()


def _edit_after_freezing(events):
    """What editors do after the teacher froze the share: every kind of correction, and a deletion."""
    singapore = events["singapore"]
    singapore.title = "Singapore summit, corrected"
    singapore.sentence = "A corrected sentence about Changi."
    singapore.date_start = singapore.date_end = datetime.date(2019, 1, 15)
    singapore.category = "REJECT"
    singapore.save()
    singapore.actors.set([events["moon"]])
    events["hanoi"].category = "AGREE"
    events["hanoi"].save()
    events["test"].delete()


def _page(client, share, **params):
    # Followed: parameters of no effect on a share (a reader's "plans") redirect to its clean URL, the same view.
    response = client.get(reverse("timeline:share_detail", args=[share.token]), params, follow=True)
    assert response.status_code == 200
    return response


def _cards(response) -> list[str]:
    return re.findall(r'<strong class="event-title">(?:<a [^>]*>)?([^<]*)', response.content.decode())


def _result_count(response) -> str:
    return re.search(r'<p id="result-count" class="result-count" role="status"[^>]*>([^<]*)</p>', response.content.decode()).group(1)


def _counts(response, facet: str) -> dict[str, int]:
    return {o.value: o.count for o in response.context["filters"].facets[facet] if o.count}


def _chart(response) -> dict[str, int]:
    return {bar.label: bar.count for bar in response.context["filters"].chart if bar.count}


def test_a_frozen_shares_date_filter_picks_snapshots_by_their_own_dates(client, teacher, events):
    share = _freeze(client, teacher)
    _edit_after_freezing(events)
    in_2019 = _page(client, share, **{"from": "2019", "to": "2019"})
    # Singapore now reads 2019 in the database but is shown as 12 June 2018: a 2019 filter must not match it.
    assert _cards(in_2019) == ["Hanoi summit", "Panmunjom handshake"]
    assert _result_count(in_2019) == "2 events match these filters."
    in_2018 = _page(client, share, **{"from": "2018", "to": "2018"})
    # The deleted missile launch is still part of the frozen share, filters or not.
    assert _cards(in_2018) == ["Singapore summit", "Missile launch over Japan"]
    assert _result_count(in_2018) == "2 events match these filters."
    assert _chart(in_2018) == {"Jun 2018": 1, "Nov 2018": 1}


def test_a_frozen_shares_category_actor_and_text_filters_read_the_snapshots(client, teacher, events):
    share = _freeze(client, teacher)
    _edit_after_freezing(events)
    assert _cards(_page(client, share, category="AGREE")) == ["Singapore summit"]
    assert _cards(_page(client, share, category="material-conflict")) == ["Missile launch over Japan"]
    assert _cards(_page(client, share, actor="moon-jae-in")) == ["Panmunjom handshake"]
    trump = _page(client, share, actor="donald-trump")
    assert _cards(trump) == ["Singapore summit", "Hanoi summit", "Panmunjom handshake"]
    both = _page(client, share, actor=["kim-jong-un", "moon-jae-in"], both="1")
    assert _cards(both) == ["Panmunjom handshake"]
    # Titles, sentences and actor names as frozen, word prefixes as the timeline's full-text search matches them.
    assert _cards(_page(client, share, q="sentosa")) == ["Singapore summit"]
    assert _cards(_page(client, share, q="singapore summ")) == ["Singapore summit"]
    assert _cards(_page(client, share, q="changi")) == []
    assert _cards(_page(client, share, q="missiles")) == ["Missile launch over Japan"]
    assert _cards(_page(client, share, q="moon")) == ["Panmunjom handshake"]
    assert _cards(_page(client, share, q="hokkaido kim")) == ["Missile launch over Japan"]


def test_a_frozen_shares_facet_counts_count_the_snapshots(client, teacher, events):
    share = _freeze(client, teacher, query="from=2018&plans=1")
    _edit_after_freezing(events)
    narrowed = _page(client, share, **{"from": "2018", "category": "CONSULT"})
    # Saved with the plans shown, the share holds its plan: the reader's filters find and count it like the rest.
    assert _cards(narrowed) == ["Hanoi summit", "Panmunjom handshake", "Working talks planned"]
    assert _result_count(narrowed) == "3 events match these filters."
    assert narrowed.context["filters"].total == 3
    # The category facet leaves its own filter out: what each category would give within the other filters.
    assert _counts(narrowed, "category") == {**AS_FROZEN, "verbal-cooperation": 4, "CONSULT": 3}
    assert _counts(narrowed, "actor") == {"kim-jong-un": 2, "donald-trump": 3, "moon-jae-in": 1}
    assert _counts(narrowed, "precision") == {"day": 2, "week": 2, "month": 3, "year": 3}
    assert narrowed.context["filters"].plans_count == 0
    body = narrowed.content.decode()
    assert 'Agree <span class="count">(1)</span>' in body and 'Reject <span class="count">(0)</span>' in body
    # Which plans a share holds is the teacher's choice, said beside the form; the form has no toggle for it.
    assert "Show announcements and plans" not in body and "announcements and plans included" in body


def test_an_unnarrowed_frozen_share_counts_the_snapshots_it_shows(client, teacher, events):
    share = _freeze(client, teacher)
    _edit_after_freezing(events)
    page = _page(client, share)
    assert _cards(page) == ["Singapore summit", "Missile launch over Japan", "Hanoi summit", "Panmunjom handshake"]
    assert _result_count(page) == "4 events."
    assert page.context["filters"].total == 4
    assert _counts(page, "category") == AS_FROZEN
    assert _counts(page, "actor") == {"kim-jong-un": 4, "donald-trump": 3, "moon-jae-in": 1}
    # Two years of snapshots: charted by month.
    assert _chart(page) == {"Jun 2018": 1, "Nov 2018": 1, "Feb 2019": 1, "Jun 2019": 1}


def test_a_frozen_share_with_plans_and_the_document_filter(client, teacher, events):
    share = _freeze(client, teacher, query="from=2018&plans=1")
    _edit_after_freezing(events)
    events["plan"].modality = Modality.ASSERTED
    events["plan"].save()
    # The share was saved with its plans: a search finds the plan, whatever "plans" the URL says.
    assert _cards(_page(client, share, q="talks")) == ["Hanoi summit", "Working talks planned"]
    assert _cards(_page(client, share, q="talks", plans="1")) == ["Hanoi summit", "Working talks planned"]
    # It is still frozen as a plan, though an editor has since marked it as having happened.
    csv_text = client.get(reverse("timeline:share_export", args=[share.token, "events.csv"]), {"q": "talks"}).content.decode()
    planned = next(line for line in csv_text.splitlines() if "Working talks planned" in line)
    assert ",planned," in planned
    report = events["report"]
    by_document = _page(client, share, document=str(report.pk))
    assert _cards(by_document) == ["Singapore summit", "Hanoi summit"]
    assert _counts(by_document, "document") == {str(report.pk): 2}


def test_a_frozen_share_orders_and_notes_filter_as_the_page_shows(client, teacher, editor, events):
    share = _freeze(client, teacher)
    _edit_after_freezing(events)
    newest = _page(client, share, **{"from": "2018", "sort": "newest"})
    assert _cards(newest) == ["Panmunjom handshake", "Hanoi summit", "Missile launch over Japan", "Singapore summit"]
    # Public notes are read now, for a frozen share too (the page shows today's): the filter follows them.
    Annotation.objects.create(author=editor, event=events["hanoi"], body="Cut short.",
                              visibility=Annotation.Visibility.PUBLIC)
    assert _cards(_page(client, share, annotated="1")) == ["Hanoi summit"]


def test_a_left_out_event_stays_out_of_a_frozen_shares_filters_and_counts(client, teacher, events):
    share = _freeze(client, teacher)
    SharedTimelineItem.objects.filter(share=share, event=events["hanoi"]).update(excluded=True)
    page = _page(client, share, actor="kim-jong-un")
    assert _cards(page) == ["Singapore summit", "Missile launch over Japan", "Panmunjom handshake"]
    assert _counts(page, "actor")["kim-jong-un"] == 3


def test_a_frozen_shares_export_follows_the_readers_filters_on_the_snapshots(client, teacher, events):
    share = _freeze(client, teacher)
    _edit_after_freezing(events)
    url = reverse("timeline:share_export", args=[share.token, "events.csv"])
    csv_text = client.get(url, {"from": "2019"}).content.decode()
    assert "Hanoi summit" in csv_text and "Panmunjom handshake" in csv_text
    assert "Singapore summit" not in csv_text and "corrected" not in csv_text


def test_a_live_share_still_filters_and_counts_the_events_current_rows(client, teacher, events):
    share = _freeze(client, teacher, mode="live")
    _edit_after_freezing(events)
    in_2019 = _page(client, share, **{"from": "2019", "to": "2019"})
    assert _cards(in_2019) == ["Singapore summit, corrected", "Hanoi summit", "Panmunjom handshake"]
    as_now = {"verbal-cooperation": 2, "verbal-conflict": 1, "AGREE": 1, "CONSULT": 1, "REJECT": 1}
    assert _counts(in_2019, "category") == as_now
    assert _counts(in_2019, "actor") == {"kim-jong-un": 2, "donald-trump": 2, "moon-jae-in": 2}
    assert _cards(_page(client, share, q="changi")) == ["Singapore summit, corrected"]
    page = _page(client, share)
    assert _cards(page) == ["Singapore summit, corrected", "Hanoi summit", "Panmunjom handshake"]
    assert _chart(page) == {"Jan 2019": 1, "Feb 2019": 1, "Jun 2019": 1}


@pytest.mark.parametrize("mode", ["live", "frozen"])
def test_a_share_saved_with_common_words_in_its_search_holds_the_events_they_find(client, teacher, events, mode):
    # "The talks ended early." is the only summit with a word starting with "the", as the timeline finds it.
    share = _freeze(client, teacher, query="q=the summit", mode=mode)
    assert _cards(_page(client, share)) == ["Hanoi summit"]


@pytest.mark.parametrize("mode", ["live", "frozen"])
def test_a_readers_search_with_common_words_finds_the_same_cards_in_a_live_and_a_frozen_share(client, teacher, events,
                                                                                                mode):
    share = _freeze(client, teacher, mode=mode)
    assert _cards(_page(client, share, q="across the")) == ["Panmunjom handshake"]
    assert _cards(_page(client, share, q="the")) == ["Hanoi summit", "Panmunjom handshake"]
    assert _cards(_page(client, share, q="over")) == ["Missile launch over Japan"]


def test_typing_in_a_frozen_shares_search_swaps_results_and_facets_counted_from_the_snapshots(client, teacher, events):
    share = _freeze(client, teacher)
    _edit_after_freezing(events)
    url = reverse("timeline:share_detail", args=[share.token])
    typing = client.get(url, {"q": "summit"}, headers={"HX-Request": "true", "HX-Target": "results"})
    body = typing.content.decode()
    assert body.lstrip().startswith('<section id="results"') and 'hx-swap-oob="true"' in body
    assert _cards(typing) == ["Singapore summit", "Hanoi summit"]
    assert _result_count(typing) == "2 events match these filters."
    assert 'Agree <span class="count">(1)</span>' in body and 'Consult <span class="count">(1)</span>' in body


def test_the_share_pages_count_agrees_with_its_number(client, teacher):
    share = shares.save_share(share=SharedTimeline.objects.create(owner=teacher, title="Summits", query=""),
                              notes={}, excluded=[], pinned=[], freeze=False)
    EventFactory(title="Singapore summit")
    EventFactory(title="Hanoi summit")
    url = reverse("timeline:share_detail", args=[share.token])
    assert _result_count(client.get(url, {"q": "Hanoi"})) == "1 event matches these filters."
    assert _result_count(client.get(url, {"q": "summit"})) == "2 events match these filters."
    assert _result_count(client.get(url)) == "2 events."
