"""A teacher's choices for the events of a frozen share (pinned in, left out, a class note) outlast every edit of it.

A frozen share shows its frozen copies, of events since edited or deleted too. Its edit form must list the events
left out as well, marked so, or saving it only to change the title would silently put them back; and the choices
for an event since deleted must still find their item. Each test below saves the edit form as a browser submits
it, every field as rendered, so what the form leaves unlisted is what a teacher really sends.
"""

import datetime
import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from timeline import shares
from timeline.models import SharedTimeline, Status


@pytest.fixture
def summits(db):
    return {
        "singapore": EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12)),
        "hanoi": EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27)),
        "panmunjom": EventFactory(title="Panmunjom meeting", date_start=datetime.date(2019, 6, 30)),
    }


class _ShareFormFields(HTMLParser):
    """What the share form (``class="... share-form"``) posts as rendered: filled fields and ticked boxes."""

    def __init__(self):
        super().__init__()
        self.fields: dict[str, str] = {}
        self._in_form = False
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._in_form = "share-form" in (attrs.get("class") or "").split()
        elif self._in_form and tag == "textarea":
            self._textarea = attrs["name"]
            self.fields[self._textarea] = ""
        elif self._in_form and tag == "input" and "name" in attrs:
            # A box or radio button is sent only when ticked, as a browser sends it.
            ticked = attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs
            if ticked:
                self.fields[attrs["name"]] = attrs.get("value") or ""

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "form":
            self._in_form = False


def _edit(client, share, untick: tuple[int, ...] = (), **changes):
    """Open the share's edit form, change some fields, untick "Leave out" for the events numbered, and save it."""
    url = reverse("timeline:share_edit", args=[share.pk])
    parser = _ShareFormFields()
    parser.feed(client.get(url).content.decode())
    fields = {name: value for name, value in parser.fields.items() if name not in {f"exclude-{pk}" for pk in untick}}
    response = client.post(url, {**fields, **changes})
    assert response.status_code == 302, response.content.decode()[:2000]
    share.refresh_from_db()


def _row(body: str, pk: int) -> str:
    match = re.search(rf'<li class="[^"]*" data-event-id="{pk}">.*?</li>', body, re.DOTALL)
    assert match, f"event {pk} is not listed"
    return match.group(0)


def _shown(client, share) -> list[str]:
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    return re.findall(r'<strong class="event-title">(?:<a [^>]*>)?([^<]*)', body)


def _freeze(client, teacher, summits) -> SharedTimeline:
    """The teacher saves a frozen share of the summits since 2018 with Hanoi left out, on the new share form."""
    client.force_login(teacher)
    client.post(reverse("timeline:share_new") + "?from=2018",
                {"title": "Summits", "mode": "frozen", f"exclude-{summits['hanoi'].pk}": "1"})
    share = SharedTimeline.objects.get()
    assert share.items.get(event=summits["hanoi"]).excluded
    return share


def _left_out(share, event) -> bool:
    return share.items.get(event=event).excluded


def test_editing_only_the_title_of_a_frozen_share_keeps_its_left_out_event_out_after_a_fresh_copy_too(
        client, teacher, summits):
    share = _freeze(client, teacher, summits)
    hanoi = summits["hanoi"]
    form = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert f'name="exclude-{hanoi.pk}" value="1" checked' in _row(form, hanoi.pk)

    _edit(client, share, title="Summits, for Monday")
    assert share.title == "Summits, for Monday" and _left_out(share, hanoi)
    assert _shown(client, share) == ["Singapore summit", "Panmunjom meeting"]

    _edit(client, share, refreeze="1")
    assert _left_out(share, hanoi)
    assert _shown(client, share) == ["Singapore summit", "Panmunjom meeting"]
    # Still on the form after the fresh copy, ticked, ready to be put back.
    form = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert f'name="exclude-{hanoi.pk}" value="1" checked' in _row(form, hanoi.pk)


def test_a_teacher_puts_a_left_out_event_back_into_a_frozen_share_as_it_was_frozen(client, teacher, summits):
    share = _freeze(client, teacher, summits)
    hanoi = summits["hanoi"]
    hanoi.title = "Hanoi summit, renamed by an editor"
    hanoi.save()
    form = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert "Hanoi summit</strong>" in _row(form, hanoi.pk)  # the copy taken with the others, not today's title

    _edit(client, share, untick=(hanoi.pk,))
    assert not _left_out(share, hanoi)
    assert _shown(client, share) == ["Singapore summit", "Hanoi summit", "Panmunjom meeting"]
    form = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert "checked" not in _row(form, hanoi.pk)


def test_an_event_left_out_before_left_out_events_were_copied_is_listed_as_it_is_now(client, teacher, summits):
    share = _freeze(client, teacher, summits)
    hanoi = summits["hanoi"]
    # As a share frozen before this change holds it: no copy of the event it left out.
    share.items.filter(event=hanoi).update(snapshot=None)
    hanoi.title = "Hanoi summit, renamed by an editor"
    hanoi.save()
    form = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    row = _row(form, hanoi.pk)
    assert "Hanoi summit, renamed by an editor" in row and f'name="exclude-{hanoi.pk}" value="1" checked' in row

    _edit(client, share, title="Summits, for Monday")
    assert _left_out(share, hanoi)
    # Put back, it is copied as it is now: the share shows it, and it no longer changes with the event.
    _edit(client, share, untick=(hanoi.pk,))
    hanoi.title = "Renamed once more"
    hanoi.save()
    assert _shown(client, share) == ["Singapore summit", "Hanoi summit, renamed by an editor", "Panmunjom meeting"]


def test_a_left_out_event_since_deleted_is_listed_from_its_copy_and_can_be_put_back(client, teacher, summits):
    share = _freeze(client, teacher, summits)
    hanoi_pk = summits["hanoi"].pk
    summits["hanoi"].delete()
    form = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert f'name="exclude-{hanoi_pk}" value="1" checked' in _row(form, hanoi_pk)

    _edit(client, share, title="Summits, for Monday")
    assert share.items.get(snapshot__id=hanoi_pk).excluded
    assert _shown(client, share) == ["Singapore summit", "Panmunjom meeting"]
    _edit(client, share, untick=(hanoi_pk,))
    assert not share.items.get(snapshot__id=hanoi_pk).excluded
    assert _shown(client, share) == ["Singapore summit", "Hanoi summit", "Panmunjom meeting"]


def test_a_class_note_on_an_event_since_deleted_stays_with_the_frozen_share(client, teacher, summits):
    share = _freeze(client, teacher, summits)
    singapore_pk = summits["singapore"].pk
    summits["singapore"].delete()
    # The frozen share still shows the deleted event: the teacher can still write its note, and keep it.
    _edit(client, share, **{f"note-{singapore_pk}": "The first meeting of sitting leaders."})
    _edit(client, share, title="Summits, for Monday")
    form = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert ">The first meeting of sitting leaders.</textarea>" in _row(form, singapore_pk)
    page = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "The first meeting of sitting leaders." in page


@pytest.mark.parametrize("mode", ["live", "frozen"])
def test_an_event_left_out_then_unpublished_stays_out_when_an_editor_publishes_it_again(client, teacher, summits,
                                                                                          mode):
    hanoi = summits["hanoi"]
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018", mode=mode)
    shares.save_share(share=share, notes={}, excluded=[hanoi.pk], pinned=[], freeze=True)
    # Rejected after a fresh copy that no longer copies it: a teacher sees only published events, so it is not listed.
    hanoi.status = Status.REJECTED
    hanoi.save()
    client.force_login(teacher)
    _edit(client, share, refreeze="1")
    assert f'data-event-id="{hanoi.pk}"' not in client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()

    _edit(client, share, title="Summits, for Monday")
    assert _left_out(share, hanoi)
    hanoi.status = Status.PUBLISHED
    hanoi.save()
    _edit(client, share, refreeze="1")
    assert "Hanoi summit" not in _shown(client, share)


def test_an_event_pinned_into_a_frozen_share_and_since_deleted_stays_pinned_through_an_edit(client, teacher, summits):
    older = EventFactory(title="Agreed Framework", date_start=datetime.date(1994, 10, 21))
    client.force_login(teacher)
    client.post(reverse("timeline:share_new") + "?from=2018", {"title": "Summits", "mode": "frozen", "pin": str(older.pk)})
    share = SharedTimeline.objects.get()
    older.delete()
    _edit(client, share, title="Summits, for Monday")
    page = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "Agreed Framework" in page and "plus 1 event added by your teacher" in page


def test_an_event_pinned_into_a_frozen_share_without_a_fresh_copy_shows_at_once(client, teacher, summits):
    share = _freeze(client, teacher, summits)
    older = EventFactory(title="Fire and fury", date_start=datetime.date(2017, 8, 8))
    _edit(client, share, pin=str(older.pk))
    assert share.items.get(event=older).pinned
    assert _shown(client, share) == ["Fire and fury", "Singapore summit", "Panmunjom meeting"]
    # as it was on the day it was pinned: an editor's later change does not reach the frozen share
    older.title = "Fire and fury, retitled"
    older.save()
    _edit(client, share, title="Summits, with the warning")
    assert _shown(client, share) == ["Fire and fury", "Singapore summit", "Panmunjom meeting"]
