"""An editor merging two events never costs a teacher's shared timeline its cards, class notes or choices.

A merge folds one event (the merged-away one) into another (the survivor) and deletes it. Each share that held
either of them keeps the happening as one card, with every class note the teacher wrote on either, and stays as the
class saw it: the survivor is in the share after the merge if, and only if, one of the two was shown in it before
(a left-out event never brings its survivor in; a left-out survivor comes back when the teacher showed the other).
A frozen share's card keeps the text the class studied.
"""

import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, EventFactory
from tests.views.test_share_left_out import _edit
from timeline import shares
from timeline.models import Annotation, Event, SharedTimeline, SharedTimelineItem, Status

MODES = [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN]


@pytest.fixture
def kim(db):
    return ActorFactory(name="Kim Jong Un")


@pytest.fixture
def events(db, kim):
    """Two reports of the Singapore summit, a summit after it, and a visit before the shares' "from 2018"."""
    return {
        "singapore": EventFactory(title="Singapore summit", actors=[kim]),
        "duplicate": EventFactory(title="Trump and Kim meet on Sentosa", actors=[kim],
                                  sentence="Trump and Kim met on Sentosa island on 12 June 2018."),
        "hanoi": EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), actors=[kim]),
        "visit": EventFactory(title="Pompeo visits Pyongyang", date_start=datetime.date(2017, 5, 1)),
    }


def _share(teacher, mode, *, query="from=2018", notes=None, excluded=(), pinned=()) -> SharedTimeline:
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query=query, mode=mode)
    return shares.save_share(share=share, notes=notes or {}, excluded=excluded, pinned=pinned, freeze=True)


def _merge(client, editor, keep: Event, other: Event) -> None:
    """The editor merges ``other`` into ``keep`` from the event page, as the site does it."""
    client.force_login(editor)
    assert client.post(reverse("timeline:event_merge", args=[keep.pk]), {"other": other.pk}).status_code == 302
    client.logout()
    assert not Event.objects.filter(pk=other.pk).exists()


def _cards(client, share) -> dict[str, str]:
    """Each card on the share's page by its title: its teacher's note, or "" if it has none."""
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    cards = re.findall(r'<li class="event[^"]*" data-event-id="\d+">(.*?)</li>\s*(?=<li class="event|</ol>)', body,
                       re.DOTALL)
    found = {}
    for card in cards:
        title = re.search(r'<strong class="event-title">(?:<a [^>]*>)?([^<]*)', card).group(1)
        note = re.search(r"<strong>Teacher's note:</strong> (.*?)</div>", card, re.DOTALL)
        found[title] = note.group(1).strip() if note else ""
    return found


@pytest.mark.parametrize("mode", MODES)
def test_a_share_holding_both_events_keeps_one_card_with_both_class_notes(client, editor, teacher, events, mode):
    singapore, duplicate = events["singapore"], events["duplicate"]
    share = _share(teacher, mode, notes={singapore.pk: "The first summit.", duplicate.pk: "Look at the handshake."})
    _merge(client, editor, singapore, duplicate)
    assert _cards(client, share) == {
        "Singapore summit": "The first summit.<br><br>Look at the handshake.",
        "Hanoi summit": "",
    }
    # The teacher's form shows both notes in the one box, and saving it (to change the title only) keeps them.
    client.force_login(teacher)
    _edit(client, share, title="Summits, for Monday")
    assert share.items.get(event=singapore).class_note == "The first summit.\n\nLook at the handshake."
    # None left behind for the merged-away event (an item whose event is gone would keep its card and note apart).
    assert not share.items.exclude(event__in=[singapore, events["hanoi"]]).exists()


def test_a_class_note_on_both_events_that_says_the_same_is_kept_once(client, editor, teacher, events):
    singapore, duplicate = events["singapore"], events["duplicate"]
    share = _share(teacher, "live", notes={singapore.pk: "The first summit.", duplicate.pk: "The first summit. "})
    _merge(client, editor, singapore, duplicate)
    assert _cards(client, share)["Singapore summit"] == "The first summit."


def test_a_frozen_share_keeps_the_survivors_text_as_the_class_studied_it(client, editor, teacher, events):
    singapore, duplicate = events["singapore"], events["duplicate"]
    share = _share(teacher, "frozen")
    singapore.title = "Singapore summit, retitled by an editor"
    singapore.save()
    _merge(client, editor, singapore, duplicate)
    assert list(_cards(client, share)) == ["Singapore summit", "Hanoi summit"]


@pytest.mark.parametrize("mode", MODES)
def test_a_share_holding_only_the_merged_away_event_keeps_its_card_and_note(client, editor, teacher, events, mode):
    duplicate, visit = events["duplicate"], events["visit"]
    share = _share(teacher, mode, notes={duplicate.pk: "Look at the handshake."})
    # Merged into an event the share's filters ("from 2018") do not match.
    _merge(client, editor, visit, duplicate)
    # A live share shows the survivor as it now is; a frozen one, the card as the class studied it.
    title = "Pompeo visits Pyongyang" if mode == "live" else "Trump and Kim meet on Sentosa"
    assert _cards(client, share) == {title: "Look at the handshake.", "Singapore summit": "", "Hanoi summit": ""}
    # The card stays through the teacher's next save, and through a fresh copy, which copies the survivor as it is.
    client.force_login(teacher)
    _edit(client, share, title="Summits, for Monday")
    assert _cards(client, share)[title] == "Look at the handshake."
    _edit(client, share, refreeze="1")
    assert _cards(client, share)["Pompeo visits Pyongyang"] == "Look at the handshake."


def test_a_frozen_card_of_the_merged_away_event_links_to_the_event_it_went_into(client, editor, teacher, events):
    duplicate, visit = events["duplicate"], events["visit"]
    share = _share(teacher, "frozen")
    _merge(client, editor, visit, duplicate)
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    link = f"{visit.get_absolute_url()}?share={share.token}"
    assert f'<a href="{link}">Trump and Kim meet on Sentosa</a>' in body
    assert "Back to “Summits”" in client.get(link).content.decode()


@pytest.mark.parametrize("mode", MODES)
def test_a_pinned_event_merged_away_leaves_its_survivor_pinned_in(client, editor, teacher, events, mode):
    visit = events["visit"]
    earlier = EventFactory(title="Kim meets Xi", date_start=datetime.date(2016, 3, 1))
    share = _share(teacher, mode, pinned=[earlier.pk], notes={earlier.pk: "Before the thaw."})
    _merge(client, editor, visit, earlier)
    assert _cards(client, share)["Pompeo visits Pyongyang" if mode == "live" else "Kim meets Xi"] == "Before the thaw."
    assert share.items.get(event=visit).pinned
    client.force_login(teacher)
    _edit(client, share, refreeze="1")
    assert _cards(client, share)["Pompeo visits Pyongyang"] == "Before the thaw."


@pytest.mark.parametrize("mode", MODES)
def test_a_left_out_event_merged_away_never_brings_its_survivor_in(client, editor, teacher, events, kim, mode):
    duplicate, visit = events["duplicate"], events["visit"]
    # The share is Kim's events; the visit names no Kim, but takes the duplicate's actors in the merge.
    share = _share(teacher, mode, query="actor=kim-jong-un", excluded=[duplicate.pk],
                   notes={duplicate.pk: "Same summit as above."})
    _merge(client, editor, visit, duplicate)
    assert kim in Event.objects.get(pk=visit.pk).actors.all()
    assert _cards(client, share) == {"Singapore summit": "", "Hanoi summit": ""}
    item = share.items.get(event=visit)
    assert item.excluded and item.class_note == "Same summit as above."
    client.force_login(teacher)
    _edit(client, share, title="Kim, for Monday")
    _edit(client, share, refreeze="1")
    assert _cards(client, share) == {"Singapore summit": "", "Hanoi summit": ""}
    # Listed on the form, left out, so the teacher can put it back.
    form = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert f'name="exclude-{visit.pk}" value="1" checked' in form


@pytest.mark.parametrize("mode", MODES)
def test_a_left_out_event_merged_into_one_the_share_shows_leaves_that_one_shown(client, editor, teacher, events,
                                                                                mode):
    singapore, duplicate = events["singapore"], events["duplicate"]
    share = _share(teacher, mode, excluded=[duplicate.pk])
    _merge(client, editor, singapore, duplicate)
    assert list(_cards(client, share)) == ["Singapore summit", "Hanoi summit"]
    assert not share.items.filter(excluded=True).exists()


@pytest.mark.parametrize("mode", MODES)
def test_a_shown_event_merged_into_a_left_out_one_keeps_its_card(client, editor, teacher, events, mode):
    # The teacher left one report out as a duplicate and wrote the note on the other: the class keeps that card.
    singapore, duplicate = events["singapore"], events["duplicate"]
    share = _share(teacher, mode, excluded=[singapore.pk], notes={duplicate.pk: "Look at the handshake."})
    _merge(client, editor, singapore, duplicate)
    title = "Singapore summit" if mode == "live" else "Trump and Kim meet on Sentosa"
    assert _cards(client, share) == {title: "Look at the handshake.", "Hanoi summit": ""}
    assert not share.items.get(event=singapore).excluded


def test_public_notes_on_the_merged_away_event_show_on_the_survivors_card(client, editor, teacher, events):
    singapore, duplicate = events["singapore"], events["duplicate"]
    Annotation.objects.create(author=editor, event=duplicate, body="Both leaders signed a statement.",
                              visibility=Annotation.Visibility.PUBLIC)
    share = _share(teacher, "live")
    _merge(client, editor, singapore, duplicate)
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "Both leaders signed a statement." in body
    assert Annotation.objects.get().event_id == singapore.pk


def test_a_share_of_neither_event_is_left_alone(client, editor, teacher, events):
    share = _share(teacher, "live", query="from=2019")
    _merge(client, editor, events["singapore"], events["duplicate"])
    assert not SharedTimelineItem.objects.exists()
    assert list(_cards(client, share)) == ["Hanoi summit"]


def test_a_merged_away_unpublished_event_brings_nothing_into_a_share(client, editor, teacher, events):
    # Queued (proposed) when merged: it was never in any share, so its survivor's place in them does not change.
    visit = events["visit"]
    proposed = EventFactory(title="Kim to visit Seoul", status=Status.PROPOSED, date_start=datetime.date(2018, 9, 1))
    share = _share(teacher, "live")
    _merge(client, editor, visit, proposed)
    assert list(_cards(client, share)) == ["Singapore summit", "Trump and Kim meet on Sentosa", "Hanoi summit"]


def test_saving_the_form_keeps_two_long_class_notes_joined_by_a_merge_whole(client, editor, teacher, events):
    singapore, duplicate = events["singapore"], events["duplicate"]
    long_notes = {singapore.pk: "First. " + "a" * 1900, duplicate.pk: "Second. " + "b" * 1900}
    share = _share(teacher, "frozen", notes=long_notes)
    _merge(client, editor, singapore, duplicate)
    client.force_login(teacher)
    _edit(client, share, title="Summits, for Monday")
    assert share.items.get(event=singapore).class_note == long_notes[singapore.pk] + "\n\n" + long_notes[duplicate.pk]
