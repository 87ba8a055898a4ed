"""A teacher deletes a shared timeline: asked first on a page saying what goes, then gone with its notes and copies.

Only the share's own rows go (its items and merge records): the events, anyone's notes on them and other shares stay,
and an editor's later merge or split of an event it held rewrites the shares that are left as before.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import UserFactory
from tests.views.test_share_merge_locks import _locked_share_ids
from tests.views.test_share_merged_events import _cards, _merge, _share
from tests.views.test_share_merged_events import events, kim  # noqa: F401 (fixtures)
from tests.views.test_share_split_events import _split, sentosa_wire  # noqa: F401 (fixture)
from timeline.models import Annotation, Event, SharedTimeline, SharedTimelineItem, ShareMerge


def _delete_url(share) -> str:
    return reverse("timeline:share_delete", args=[share.pk])


def test_the_edit_page_links_to_a_page_that_says_what_deleting_loses(client, teacher, events):
    singapore, hanoi = events["singapore"], events["hanoi"]
    share = _share(teacher, "frozen", notes={singapore.pk: "The first summit.", hanoi.pk: "Why did it end early?"})
    client.force_login(teacher)
    edit = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert f'href="{_delete_url(share)}">Delete this shared timeline</a>' in edit
    page = client.get(_delete_url(share))
    assert page.status_code == 200
    body = page.content.decode()
    assert "<h1>Delete “Summits”?</h1>" in body and "This cannot be undone." in body
    assert f"/s/{share.token}/" in body and "no shared timeline has this link" in body
    assert "its 2 class notes;" in body
    # The share from 2018 shows three of the four events: the visit of 2017 is not in it.
    assert f"its frozen copy of 3 events, as they read on {share.frozen_at:%-d %B %Y}." in body
    assert "Revoke the link instead" in body and f'action="{reverse("timeline:share_revoke", args=[share.pk])}"' in body
    # Asking deletes nothing.
    assert SharedTimeline.objects.filter(pk=share.pk).exists()


def test_the_page_for_a_live_share_with_a_revoked_link_says_so_and_names_no_frozen_copy(client, teacher, events):
    share = _share(teacher, "live")
    client.force_login(teacher)
    client.post(reverse("timeline:share_revoke", args=[share.pk]))
    body = client.get(_delete_url(share)).content.decode()
    assert "frozen copy" not in body and "class note" not in body
    assert "Its link is already revoked" in body and "Revoke the link instead" not in body


def test_deleting_returns_to_the_list_naming_the_share_and_its_link_answers_404(client, teacher, events):
    share = _share(teacher, "frozen", notes={events["singapore"].pk: "The first summit."})
    client.force_login(teacher)
    response = client.post(_delete_url(share), follow=True)
    assert response.redirect_chain == [(reverse("timeline:share_list"), 302)]
    body = response.content.decode()
    assert "Deleted “Summits”. Its link no longer opens." in body
    assert "You have not shared a timeline yet." in body
    assert not SharedTimeline.objects.exists() and not SharedTimelineItem.objects.exists()
    client.logout()
    for name in ("share_detail", "share_embed", "share_print", "share_qr"):
        assert client.get(reverse(f"timeline:{name}", args=[share.token])).status_code == 404, name
    assert client.get(reverse("timeline:share_export", args=[share.token, "events.csv"])).status_code == 404


def test_deleting_a_share_keeps_the_events_everyones_notes_and_the_other_shares(client, editor, teacher, events):
    singapore, duplicate = events["singapore"], events["duplicate"]
    colleague = UserFactory(username="cole", groups=["Teachers"])
    share = _share(teacher, "frozen", notes={singapore.pk: "Mine, for Monday."})
    kept = _share(teacher, "frozen", notes={singapore.pk: "For the other class."})
    theirs = _share(colleague, "live", notes={singapore.pk: "The colleague's note."})
    Annotation.objects.create(author=teacher, event=singapore, body="A public note.", visibility="public")
    Annotation.objects.create(author=colleague, event=singapore, body="A private note.", visibility="private")
    # A merge leaves a record in each share that held the merged-away event, for a later split to undo it.
    _merge(client, editor, singapore, duplicate)
    assert ShareMerge.objects.filter(share=share).exists()
    before = {
        "events": set(Event.objects.values_list("pk", "title", "status")),
        "notes": set(Annotation.objects.values_list("pk", "body")),
        "items": list(SharedTimelineItem.objects.exclude(share=share).order_by("pk")
                      .values_list("pk", "class_note", "snapshot")),
        "merges": set(ShareMerge.objects.exclude(share=share).values_list("pk", flat=True)),
    }
    client.force_login(teacher)
    assert client.post(_delete_url(share)).status_code == 302
    assert set(SharedTimeline.objects.values_list("pk", flat=True)) == {kept.pk, theirs.pk}
    assert not SharedTimelineItem.objects.filter(share_id=share.pk).exists()
    assert not ShareMerge.objects.filter(share_id=share.pk).exists()
    assert before == {
        "events": set(Event.objects.values_list("pk", "title", "status")),
        "notes": set(Annotation.objects.values_list("pk", "body")),
        "items": list(SharedTimelineItem.objects.order_by("pk").values_list("pk", "class_note", "snapshot")),
        "merges": set(ShareMerge.objects.values_list("pk", flat=True)),
    }
    assert _cards(client, kept)["Singapore summit"] == "For the other class."


def test_deleting_locks_the_shares_row_before_deleting_anything_as_a_merge_does(client, teacher, events):
    share = _share(teacher, "frozen", notes={events["singapore"].pk: "The first summit."})
    client.force_login(teacher)
    with CaptureQueriesContext(connection) as queries:
        assert client.post(_delete_url(share)).status_code == 302
    sql = [q["sql"] for q in queries.captured_queries]
    # A merge rewriting its items holds that lock: the deletion waits for it, and takes the merge's new items along.
    first_delete = next(n for n, query in enumerate(sql) if query.startswith("DELETE"))
    assert _locked_share_ids(queries.captured_queries[:first_delete]) == [{share.pk}]


@pytest.mark.parametrize("mode", ["live", "frozen"])
def test_a_merge_after_a_share_is_deleted_folds_the_shares_left(client, editor, teacher, events, mode):
    singapore, duplicate = events["singapore"], events["duplicate"]
    notes = {singapore.pk: "The first summit.", duplicate.pk: "Look at the handshake."}
    deleted, kept = _share(teacher, mode, notes=notes), _share(teacher, mode, notes=notes)
    client.force_login(teacher)
    assert client.post(_delete_url(deleted)).status_code == 302
    _merge(client, editor, singapore, duplicate)
    assert _cards(client, kept)["Singapore summit"] == "The first summit.<br><br>Look at the handshake."
    assert set(ShareMerge.objects.values_list("share_id", flat=True)) == {kept.pk}
    assert not SharedTimelineItem.objects.filter(share_id=deleted.pk).exists()


@pytest.mark.parametrize("mode", ["live", "frozen"])
def test_a_split_after_a_share_it_had_merged_is_deleted_gives_the_shares_left_their_cards_back(
        client, editor, teacher, events, sentosa_wire, mode):
    singapore, duplicate = events["singapore"], events["duplicate"]
    notes = {singapore.pk: "The first summit.", duplicate.pk: "Look at the handshake."}
    deleted, kept = _share(teacher, mode, notes=notes), _share(teacher, mode, notes=notes)
    _merge(client, editor, singapore, duplicate)
    client.force_login(teacher)
    assert client.post(_delete_url(deleted)).status_code == 302
    new = _split(client, editor, sentosa_wire)
    assert _cards(client, kept) == {
        "Singapore summit": "The first summit.",
        "Trump and Kim meet on Sentosa": "Look at the handshake.",
        "Hanoi summit": "",
    }
    assert not SharedTimelineItem.objects.filter(event=new).exclude(share=kept).exists()
    assert not ShareMerge.objects.exists()


def test_another_teacher_or_an_editor_cannot_delete_a_share_that_is_not_theirs(client, editor, teacher, events):
    share = _share(teacher, "live")
    for user in (UserFactory(username="cole", groups=["Teachers"]), editor):
        client.force_login(user)
        # Not found, as the share's edit page answers them: its existence is none of their business.
        assert client.get(_delete_url(share)).status_code == 404
        assert client.post(_delete_url(share)).status_code == 404
    assert SharedTimeline.objects.filter(pk=share.pk).exists()
