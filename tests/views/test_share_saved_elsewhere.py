"""A share's form saved in two windows: the second save does not silently overwrite what the first saved."""

import datetime
import html
import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import EventFactory
from tests.views.saved_shares import saved_share
from timeline.models import SharedTimeline

pytestmark = pytest.mark.django_db
LOADED = re.compile(r'<input type="hidden" name="(loaded)" value="([^"]*)"')


def _form(client, share) -> dict:
    """The edit form's fields as the browser would send them, untouched."""
    body = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    data = {"title": share.title, "introduction": share.introduction, "mode": share.mode, "expires_on": "", "pin": ""}
    data |= {name: html.unescape(value) for name, value in LOADED.findall(body)}
    for pk, note in re.findall(r'<textarea id="note-(\d+)"[^>]*>\n?([^<]*)</textarea>', body):
        data[f"note-{pk}"] = html.unescape(note)
    return data


@pytest.fixture
def two_windows(teacher):
    event = EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    share = saved_share(teacher, SharedTimeline.Mode.LIVE, notes={event.pk: "Who asked for the meeting?"})
    first, second = Client(), Client()
    first.force_login(teacher)
    second.force_login(teacher)
    return share, event, first, second, _form(first, share), _form(second, share)


def test_the_second_save_is_refused_naming_what_differs_and_the_first_is_kept(two_windows):
    share, event, first, second, first_form, second_form = two_windows
    assert first_form["loaded"], "the form carries what it was loaded from"
    first.post(reverse("timeline:share_edit", args=[share.pk]), {**first_form, f"note-{event.pk}": "Compare Hanoi."})
    response = second.post(reverse("timeline:share_edit", args=[share.pk]), {**second_form, "title": "Summit week"})
    assert response.status_code == 409
    body = response.content.decode()
    assert "Saved in another window while you were editing" in body
    assert "Class note on “Singapore summit”" in body and "Compare Hanoi." in body
    assert "Summit week" in body, "the second window's typing is shown again, not lost"
    share.refresh_from_db()
    assert share.title == "Summits"
    assert share.items.get(event=event).class_note == "Compare Hanoi."


def test_saving_again_from_the_refused_form_saves_it(two_windows):
    share, event, first, second, first_form, second_form = two_windows
    first.post(reverse("timeline:share_edit", args=[share.pk]), {**first_form, f"note-{event.pk}": "Compare Hanoi."})
    refused = second.post(reverse("timeline:share_edit", args=[share.pk]), {**second_form, "title": "Summit week"})
    loaded = html.unescape(LOADED.search(refused.content.decode())[2])
    response = second.post(reverse("timeline:share_edit", args=[share.pk]),
                           {**second_form, "title": "Summit week", "loaded": loaded})
    assert response.status_code == 302
    share.refresh_from_db()
    assert share.title == "Summit week"


def test_a_stale_form_that_agrees_with_what_was_saved_meanwhile_saves_without_a_word(two_windows):
    share, event, first, second, first_form, second_form = two_windows
    first.post(reverse("timeline:share_edit", args=[share.pk]), {**first_form, "title": "Summit week"})
    response = second.post(reverse("timeline:share_edit", args=[share.pk]), {**second_form, "title": "Summit week"})
    assert response.status_code == 302


def test_revoking_the_link_meanwhile_is_no_conflict(two_windows):
    share, event, first, second, first_form, second_form = two_windows
    first.post(reverse("timeline:share_revoke", args=[share.pk]))
    response = second.post(reverse("timeline:share_edit", args=[share.pk]), {**second_form, "title": "Summit week"})
    assert response.status_code == 302
    share.refresh_from_db()
    assert (share.title, share.revoked_at is not None) == ("Summit week", True)


def test_a_refused_save_heads_the_page_with_the_title_as_saved(two_windows):
    # validating writes the typed values onto the share: the heading and embed code must not show them as saved
    share, event, first, second, first_form, second_form = two_windows
    first.post(reverse("timeline:share_edit", args=[share.pk]), {**first_form, "title": "Summits, revised"})
    response = second.post(reverse("timeline:share_edit", args=[share.pk]), {**second_form, "title": "Summit week"})
    assert response.status_code == 409
    body = response.content.decode()
    assert "<h1>Shared timeline: Summits, revised</h1>" in body
    assert 'title="Summit week"' not in body, "the embed code names the saved title"
    # a form refused for its own errors (an expiry already past) too
    response = first.post(reverse("timeline:share_edit", args=[share.pk]),
                          {**_form(first, share), "title": "Typed only", "expires_on": "2001-01-01"})
    assert response.status_code in (400, 422)
    assert "<h1>Shared timeline: Summits, revised</h1>" in response.content.decode()
