"""The admin (Django's own views) shows notes by the rule of every other page: a private note is its author's alone.

A superuser or staff user sees public notes (and the editors' ones if an editor) and their own private notes; another
person's private note is not listed, found, opened, deleted in bulk, nor quoted on any page that lists what a
deletion takes with it (an event's, a document's, a user's, a note's).
"""

import pytest
from django.contrib.auth.models import Permission, User

from tests.factories import UserFactory
from timeline.models import Annotation

pytestmark = pytest.mark.django_db

NOTES = "/admin/timeline/annotation/"


@pytest.fixture
def boss(db):
    return User.objects.create_user("boss", is_staff=True, is_superuser=True)


def add_note(author, source, visibility, word, **fields):
    return Annotation.objects.create(
        author=author, event=source.event, document=source.document, visibility=visibility, body=f"{word} body",
        quote_exact=f"{word} quote", position_start=0, position_end=11, **fields,
    )


@pytest.fixture
def notes(teacher, boss, source):
    return {
        "theirs": add_note(teacher, source, "private", "Secretive", needs_review=True),
        "mine": add_note(boss, source, "private", "Mine"),
        "editors": add_note(teacher, source, "editors", "Staffroom"),
        "public": add_note(teacher, source, "public", "Openly"),
    }


def listed(client, **params) -> set[str]:
    response = client.get(NOTES, params)
    assert response.status_code == 200
    assert "Secretive body" not in response.content.decode()
    return {note.body for note in response.context["cl"].result_list}


def test_a_superuser_is_listed_public_editors_and_own_notes_but_not_another_persons_private_one(client, boss, notes):
    client.force_login(boss)
    assert listed(client) == {"Mine body", "Staffroom body", "Openly body"}
    assert listed(client, visibility__exact="private") == {"Mine body"}
    assert listed(client, needs_review__exact="1") == set()


def test_a_staff_user_who_is_no_editor_is_listed_public_notes_and_their_own_only(client, teacher, notes, source):
    staff = UserFactory(username="clerk")
    staff.is_staff = True
    staff.save()
    staff.user_permissions.add(*Permission.objects.filter(codename__endswith="_annotation"))
    own = add_note(staff, source, "private", "Clerkish")
    client.force_login(staff)
    assert listed(client) == {"Openly body", "Clerkish body"}
    assert client.get(f"{NOTES}{own.pk}/change/").status_code == 200


@pytest.mark.parametrize("q", ["Secretive", "secretive quote", "body"])
def test_the_search_does_not_find_another_persons_private_note(client, boss, notes, q):
    client.force_login(boss)
    assert "Secretive body" not in listed(client, q=q)


@pytest.mark.parametrize("page", ["change", "delete", "history"])
def test_another_persons_private_note_is_not_found_by_its_address(client, boss, notes, page):
    client.force_login(boss)
    theirs = notes["theirs"]
    response = client.get(f"{NOTES}{theirs.pk}/{page}/", follow=True)
    html = response.content.decode()
    # As Django's admin answers for a note that does not exist: back to the index, saying so.
    assert response.redirect_chain == [("/admin/", 302)]
    assert f"ID “{theirs.pk}” doesn’t exist" in html
    assert "Secretive" not in html
    # Nor is it changed or deleted by posting there.
    client.post(f"{NOTES}{theirs.pk}/change/", {"body": "Overwritten", "visibility": "public", "author": theirs.author_id})
    client.post(f"{NOTES}{theirs.pk}/delete/", {"post": "yes"})
    theirs.refresh_from_db()
    assert (theirs.body, theirs.visibility) == ("Secretive body", "private")


def test_their_own_private_note_opens_for_its_author(client, boss, notes):
    client.force_login(boss)
    assert "Mine body" in client.get(f"{NOTES}{notes['mine'].pk}/change/").content.decode()


def test_a_bulk_delete_does_not_take_another_persons_private_note(client, boss, notes):
    client.force_login(boss)
    theirs, public = notes["theirs"], notes["public"]
    action = {"action": "delete_selected", "_selected_action": [theirs.pk, public.pk]}
    confirmation = client.post(NOTES, action).content.decode()
    assert "Openly body" in confirmation and "Secretive" not in confirmation
    client.post(NOTES, action | {"post": "yes"})
    assert not Annotation.objects.filter(pk=public.pk).exists()
    assert Annotation.objects.filter(pk=theirs.pk).exists()
    # Nor does "select all" reach it.
    client.post(NOTES, {"action": "delete_selected", "select_across": "1", "index": "0",
                        "_selected_action": [notes["mine"].pk], "post": "yes"})
    assert list(Annotation.objects.values_list("body", flat=True)) == ["Secretive body"]


def deletion_pages(client, source, teacher) -> dict[str, str]:
    event, document = source.event, source.document
    pages = {
        "event": client.get(f"/admin/timeline/event/{event.pk}/delete/"),
        "document": client.get(f"/admin/timeline/document/{document.pk}/delete/"),
        "user": client.get(f"/admin/auth/user/{teacher.pk}/delete/"),
        "events in bulk": client.post("/admin/timeline/event/",
                                      {"action": "delete_selected", "_selected_action": [event.pk]}),
        "documents in bulk": client.post("/admin/timeline/document/",
                                         {"action": "delete_selected", "_selected_action": [document.pk]}),
    }
    assert {where: response.status_code for where, response in pages.items()} == dict.fromkeys(pages, 200)
    return {where: response.content.decode() for where, response in pages.items()}


def test_what_a_deletion_takes_with_it_counts_another_persons_private_note_without_quoting_it(client, boss, teacher,
                                                                                           notes, source):
    client.force_login(boss)
    for where, html in deletion_pages(client, source, teacher).items():
        assert "Secretive" not in html, where
        assert f"/annotation/{notes['theirs'].pk}/" not in html, where
        assert "another person’s private note, not shown" in html, where
        assert "Openly body" in html, where  # the notes the user may read are still listed
    # Deleting a note takes its replies: another's private reply to it is not quoted either.
    Annotation.objects.filter(pk=notes["theirs"].pk).update(parent=notes["public"])
    html = client.get(f"{NOTES}{notes['public'].pk}/delete/").content.decode()
    assert "Secretive" not in html and "another person’s private note, not shown" in html


def test_the_event_and_document_admin_pages_do_not_show_the_note(client, boss, notes, source):
    client.force_login(boss)
    for url in [f"/admin/timeline/event/{source.event.pk}/change/", f"/admin/timeline/document/{source.document.pk}/change/",
                f"/admin/timeline/eventsource/{source.pk}/change/", "/admin/timeline/event/", "/admin/timeline/document/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Secretive" not in response.content.decode(), url


def change_form(note: Annotation, **changes) -> dict:
    data = {"author": note.author_id, "body": note.body, "visibility": note.visibility, "parent": note.parent_id or "",
            "event": note.event_id or "", "document": note.document_id or "", "quote_exact": note.quote_exact,
            "quote_prefix": "", "quote_suffix": "", "position_start": note.position_start or "",
            "position_end": note.position_end or "", "created_at_0": "2025-01-01", "created_at_1": "00:00:00"}
    return data | changes


def test_a_replys_parent_box_does_not_name_another_persons_private_note(client, boss, notes, source):
    client.force_login(boss)
    theirs = notes["theirs"]
    # The superuser's public reply answers a note its author has made private since: the reply's page shows the
    # parent's number (as in the data), not its text.
    reply = add_note(boss, source, "public", "Reply", parent=theirs)
    html = client.get(f"{NOTES}{reply.pk}/change/").content.decode()
    assert "Reply body" in html and "Secretive" not in html
    # It can still be saved as it is, still answering that note.
    response = client.post(f"{NOTES}{reply.pk}/change/", change_form(reply, body="Reply reworded"))
    assert response.status_code == 302, response.content.decode()
    reply.refresh_from_db()
    assert (reply.body, reply.parent_id) == ("Reply reworded", theirs.pk)
    # Nor can another's private note be chosen as a parent (or named by a form sent back with the error).
    new = Annotation(author=boss, body="Answer", visibility="public", parent=theirs)
    response = client.post(f"{NOTES}add/", change_form(new))
    html = response.content.decode()
    assert response.status_code == 200 and "Secretive" not in html
    assert list(response.context["adminform"].form.errors) == ["parent"]
    assert not Annotation.objects.filter(body="Answer").exists()


def test_a_superuser_cannot_reword_or_reassign_another_persons_note_but_still_moderates_it(client, boss, notes,
                                                                                          teacher):
    client.force_login(boss)
    theirs = notes["editors"]  # a teacher's note the superuser, an editor, may read
    page = client.get(f"{NOTES}{theirs.pk}/change/").content.decode()
    assert "Staffroom body" in page and 'name="body"' not in page and 'name="quote_exact"' not in page
    response = client.post(f"{NOTES}{theirs.pk}/change/", change_form(
        theirs, body="Reworded by the boss", quote_exact="Another passage", author=boss.pk, visibility="public"))
    assert response.status_code == 302, response.content.decode()
    theirs.refresh_from_db()
    assert (theirs.body, theirs.quote_exact, theirs.author_id) == ("Staffroom body", "Staffroom quote", teacher.pk)
    client.post(f"{NOTES}{theirs.pk}/delete/", {"post": "yes"})
    assert not Annotation.objects.filter(pk=theirs.pk).exists()


@pytest.mark.parametrize(("note", "to"), [("editors", "public"), ("public", "editors"), ("public", "private")])
def test_a_superuser_cannot_change_who_may_read_another_persons_note(client, boss, notes, note, to):
    # As on the site, where only the author changes a note's visibility: widening an editors-only note to everyone
    # would publish the teacher's words in their name, and the site lets no one else narrow it either.
    client.force_login(boss)
    theirs = notes[note]
    page = client.get(f"{NOTES}{theirs.pk}/change/").content.decode()
    assert 'name="visibility"' not in page
    response = client.post(f"{NOTES}{theirs.pk}/change/", change_form(theirs, visibility=to))
    assert response.status_code == 302, response.content.decode()
    theirs.refresh_from_db()
    assert theirs.visibility == note


def test_the_author_still_changes_who_may_read_their_own_note_in_the_admin(client, boss, notes):
    client.force_login(boss)
    mine = notes["mine"]
    assert 'name="visibility"' in client.get(f"{NOTES}{mine.pk}/change/").content.decode()
    response = client.post(f"{NOTES}{mine.pk}/change/", change_form(mine, visibility="public"))
    assert response.status_code == 302, response.content.decode()
    mine.refresh_from_db()
    assert mine.visibility == "public"


def test_the_author_still_rewords_their_own_note_in_the_admin(client, boss, notes):
    client.force_login(boss)
    mine = notes["mine"]
    response = client.post(f"{NOTES}{mine.pk}/change/", change_form(mine, body="Mine, reworded",
                                                                     quote_exact="Mine, requoted"))
    assert response.status_code == 302, response.content.decode()
    mine.refresh_from_db()
    assert (mine.body, mine.quote_exact) == ("Mine, reworded", "Mine, requoted")
