"""A web address in a class note (or a public note) is a link on the shared timeline, as notes are on the event page:
a teacher's "Read https://… before Monday" is one tap for a pupil. In the embed it opens a tab of its own."""

import datetime

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from timeline.models import SharedTimeline, SharedTimelineItem

pytestmark = pytest.mark.django_db

READING = "https://example.org/readings/singapore-statement"


@pytest.fixture
def share(teacher):
    singapore = EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018")
    SharedTimelineItem.objects.create(share=share, event=singapore, class_note=f"Read {READING} first.\n<b>Then</b> discuss.")
    return share


def test_a_web_address_in_a_class_note_is_a_link_on_the_share_page(client, share):
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert f'Read <a href="{READING}" rel="nofollow">{READING}</a> first.<br>&lt;b&gt;Then&lt;/b&gt; discuss.' in body


def test_in_the_embed_a_class_notes_link_opens_a_tab_of_its_own(client, share):
    body = client.get(reverse("timeline:share_embed", args=[share.token])).content.decode()
    assert f'<a href="{READING}" rel="nofollow noopener" target="_blank">{READING}</a>' in body


@pytest.fixture
def introduced(share):
    # The introduction is where a teacher most often gives the lesson's reading and the event to start from.
    share.introduction = f"Read {READING} first.\n\nThen start at #{share.items.get().event_id}, <b>not</b> before."
    share.save()
    return share


def test_a_web_address_and_an_event_in_the_introduction_are_links_on_the_share_page(client, introduced):
    event_id = introduced.items.get().event_id
    body = client.get(reverse("timeline:share_detail", args=[introduced.token])).content.decode()
    intro = body.split('<div class="share-introduction">', 1)[1].split("</div>", 1)[0]
    assert f'<p>Read <a href="{READING}" rel="nofollow">{READING}</a> first.</p>' in intro
    assert f'href="/events/{event_id}/?share={introduced.token}"' in intro
    assert "&lt;b&gt;not&lt;/b&gt;" in intro


def test_in_the_embed_the_introductions_link_opens_a_tab_of_its_own(client, introduced):
    body = client.get(reverse("timeline:share_embed", args=[introduced.token])).content.decode()
    intro = body.split('<div class="share-introduction">', 1)[1].split("</div>", 1)[0]
    assert f'<a href="{READING}" rel="nofollow noopener" target="_blank">{READING}</a>' in intro


def test_the_share_form_says_the_introductions_addresses_become_links(client, teacher):
    client.force_login(teacher)
    body = client.get(reverse("timeline:share_new")).content.decode()
    assert "Web addresses become links, and so does an event written as #173." in body
