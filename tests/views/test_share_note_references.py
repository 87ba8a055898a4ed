"""A class note that names another event ("compare with event 173", "see #173") links to that event's page, in the
share's own context when the share holds the event: pupils never see event numbers, so the number alone led nowhere.
Only published events are linked; every reference on a page is resolved at once, however many notes there are."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import EventFactory
from tests.views.saved_shares import saved_share
from timeline.models import Annotation, SharedTimeline, Status

MODES = [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN]


@pytest.fixture
def events(db):
    return {
        "singapore": EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12)),
        "hanoi": EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27)),
        "older": EventFactory(title="Agreed Framework", date_start=datetime.date(1994, 10, 21)),  # not in the share
        "proposed": EventFactory(title="Talks planned", date_start=datetime.date(2019, 5, 1), status=Status.PROPOSED),
    }


def _links(html: str) -> dict[str, str]:
    """Each event reference's link on the page: its words → its address."""
    found = re.findall(r'<a href="([^"]+)" class="event-ref"[^>]*>([^<]+)</a>', html)
    return {words: href.replace("&amp;", "&") for href, words in found}


@pytest.mark.parametrize("mode", MODES)
def test_a_class_notes_reference_links_to_the_event_in_the_share_or_on_the_timeline(client, teacher, events, mode):
    singapore, hanoi, older, proposed = (events[k] for k in ("singapore", "hanoi", "older", "proposed"))
    note = (f"Compare with event {hanoi.pk}, then with #{older.pk}. "
            f"Not yet: #{proposed.pk}, event 999999, or Question #{singapore.pk}x.")
    share = saved_share(teacher, mode, notes={singapore.pk: note})
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert _links(body) == {
        f"event {hanoi.pk}": f"/events/{hanoi.pk}/?share={share.token}",  # a card of this share: opened in it
        f"#{older.pk}": f"/events/{older.pk}/",  # published, but not in this share: the timeline's page
    }
    # An event not published, or none at all, is left as written: no link to a page that answers 404.
    assert f"Not yet: #{proposed.pk}, event 999999, or Question #{singapore.pk}x." in body
    assert f'title="Hanoi summit">event {hanoi.pk}</a>' in body


def test_in_the_embed_a_reference_opens_the_events_page_in_a_tab_of_its_own(client, teacher, events):
    singapore, hanoi = events["singapore"], events["hanoi"]
    share = saved_share(teacher, SharedTimeline.Mode.LIVE, notes={singapore.pk: f"See #{hanoi.pk}."})
    body = client.get(reverse("timeline:share_embed", args=[share.token])).content.decode()
    link = f'<a href="/events/{hanoi.pk}/" class="event-ref" title="Hanoi summit" target="_blank" rel="noopener">'
    assert link in body


def test_a_public_note_on_a_card_links_its_references_too(client, teacher, editor, events):
    singapore, hanoi = events["singapore"], events["hanoi"]
    Annotation.objects.create(author=editor, event=singapore, body=f"Followed by event {hanoi.pk}.",
                              visibility="public")
    share = saved_share(teacher, SharedTimeline.Mode.LIVE)
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert _links(body) == {f"event {hanoi.pk}": f"/events/{hanoi.pk}/?share={share.token}"}


def test_the_event_page_reached_from_a_card_links_its_class_notes_references_in_the_share(client, teacher, events):
    singapore, hanoi = events["singapore"], events["hanoi"]
    share = saved_share(teacher, SharedTimeline.Mode.FROZEN, notes={hanoi.pk: f"Compare with #{singapore.pk}."})
    body = client.get(hanoi.get_absolute_url(), {"share": share.token}).content.decode()
    assert _links(body) == {f"#{singapore.pk}": f"/events/{singapore.pk}/?share={share.token}"}


def test_the_share_page_resolves_every_reference_at_once_however_many_notes(client, teacher, events):
    singapore, hanoi, older = events["singapore"], events["hanoi"], events["older"]
    few = saved_share(teacher, SharedTimeline.Mode.LIVE, title="Few", notes={singapore.pk: f"See #{hanoi.pk}."})
    many_events = [EventFactory(title=f"Meeting {n}", date_start=datetime.date(2020, 1, n)) for n in range(1, 6)]
    notes = {e.pk: f"See #{singapore.pk}, event {hanoi.pk} and #{older.pk}." for e in [singapore, hanoi, *many_events]}
    many = saved_share(teacher, SharedTimeline.Mode.LIVE, title="Many", notes=notes)

    def queries(share):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("timeline:share_detail", args=[share.token])).status_code == 200
        return len(captured)

    counts = {"few": queries(few), "many": queries(many)}
    assert counts["many"] == counts["few"], counts


def test_the_share_form_tells_the_teacher_how_to_refer_to_an_event(client, teacher, events):
    client.force_login(teacher)
    page = client.get(reverse("timeline:share_new") + "?from=2018").content.decode()
    help_text = re.search(r'<p class="help" id="note-help">([^<]+)</p>', page).group(1)
    assert "#173" in help_text and "event 173" in help_text
