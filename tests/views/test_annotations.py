"""Notes on events (visibility, threads, safe links) and highlights on documents (validated, re-anchored)."""

import datetime
import html as markup
import re

import pytest

from tests.factories import DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline.loading import DocumentInput
from timeline.models import Annotation, Event, Status
from timeline.services import ingest_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def event():
    return EventSourceFactory().event


def add_note(client, event, body, visibility="public", **extra):
    return client.post(f"/events/{event.pk}/notes/", {"body": body, "visibility": visibility, **extra})


def test_an_editor_adds_a_public_note_that_everyone_sees(client, editor, event):
    client.force_login(editor)
    response = add_note(client, event, "Compare the joint statement.")
    assert response.status_code == 302
    client.logout()
    assert "Compare the joint statement." in client.get(f"/events/{event.pk}/").content.decode()


def test_a_teacher_can_annotate_but_a_student_cannot(client, teacher, student, event):
    client.force_login(teacher)
    assert add_note(client, event, "For class 9B").status_code == 302
    client.force_login(student)
    assert add_note(client, event, "Student note").status_code == 403
    assert list(Annotation.objects.values_list("body", flat=True)) == ["For class 9B"]


def test_visibility_private_editors_and_public(client, editor, teacher, student, event):
    client.force_login(teacher)
    add_note(client, event, "Teacher private", "private")
    add_note(client, event, "Teacher to editors", "editors")
    add_note(client, event, "Teacher public", "public")

    def seen(user):
        if user is None:
            client.logout()
        else:
            client.force_login(user)
        html = client.get(f"/events/{event.pk}/").content.decode()
        return {body for body in ("Teacher private", "Teacher to editors", "Teacher public") if body in html}

    assert seen(teacher) == {"Teacher private", "Teacher to editors", "Teacher public"}
    assert seen(editor) == {"Teacher to editors", "Teacher public"}
    assert seen(student) == {"Teacher public"}
    assert seen(None) == {"Teacher public"}


def test_script_tags_and_javascript_links_in_notes_come_out_inert(client, editor, event):
    client.force_login(editor)
    add_note(
        client,
        event,
        '<script>alert("x")</script> see javascript:alert(1) and <a href="javascript:alert(2)">this</a> or https://example.org/a?b=1&c=2',
    )
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html
    assert '<a href="https://example.org/a?b=1&amp;c=2" rel="nofollow">' in html


def test_replies_form_a_thread_under_their_note(client, editor, teacher, event):
    client.force_login(editor)
    add_note(client, event, "Is the date right?")
    parent = Annotation.objects.get()
    client.force_login(teacher)
    add_note(client, event, "The brief says 4 June.", parent=parent.pk)
    reply = Annotation.objects.get(parent=parent)
    html = client.get(f"/events/{event.pk}/").content.decode()
    thread = html[html.index(f'id="note-{parent.pk}"') :]
    assert f'<ol class="replies"><li class="note note-public" id="note-{reply.pk}">' in thread


def test_a_reply_to_a_note_of_another_event_is_a_404(client, editor, event):
    client.force_login(editor)
    add_note(client, EventFactory(), "Elsewhere")
    other_note = Annotation.objects.get()
    assert add_note(client, event, "Reply", parent=other_note.pk).status_code == 404


def test_an_empty_note_shows_the_error_on_the_form(client, editor, event):
    client.force_login(editor)
    response = add_note(client, event, "  ")
    assert response.status_code == 422
    # Said for the note, not Django's "This field is required.", on a new note and on one being edited.
    body = response.content.decode()
    assert "Write the note before saving it." in body and "This field is required." not in body
    add_note(client, event, "Compare the joint statement.")
    note = Annotation.objects.get()
    edited = client.post(f"/notes/{note.pk}/edit/", {"body": "", "visibility": "public"})
    assert edited.status_code == 422 and "Write the note before saving it." in edited.content.decode()


def test_only_the_author_edits_or_deletes_a_note(client, editor, teacher, event):
    client.force_login(teacher)
    add_note(client, event, "Mine")
    note = Annotation.objects.get()
    client.force_login(editor)
    assert client.post(f"/notes/{note.pk}/edit/", {"body": "Hijacked", "visibility": "public"}).status_code == 403
    assert client.post(f"/notes/{note.pk}/delete/").status_code == 403
    client.force_login(teacher)
    assert client.get(f"/notes/{note.pk}/edit/").status_code == 200
    assert client.post(f"/notes/{note.pk}/edit/", {"body": "Mine, edited", "visibility": "editors"}).status_code == 302
    note.refresh_from_db()
    assert (note.body, note.visibility) == ("Mine, edited", "editors")
    assert client.post(f"/notes/{note.pk}/delete/").status_code == 302
    assert not Annotation.objects.exists()


def test_someone_elses_private_note_is_a_404_not_a_403(client, editor, teacher, event):
    client.force_login(teacher)
    add_note(client, event, "Secret", "private")
    client.force_login(editor)
    assert client.get(f"/notes/{Annotation.objects.get().pk}/edit/").status_code == 404


TEXT = (
    "Preamble sentence here.\n\nNorth Korea and the United States met in Singapore on 12 June 2018. Later text follows."
)


@pytest.fixture
def document():
    document = DocumentFactory(text=TEXT)
    start = TEXT.index("North Korea")
    end = TEXT.index("2018.") + len("2018.")
    EventSourceFactory(document=document, sentence_start=start, sentence_end=end, quote=TEXT[start:end])
    return document


def highlight(client, document, exact, start=None, end=None, **extra):
    data = {"highlight-quote_exact": exact, "highlight-body": "Why Singapore?", "highlight-visibility": "public"}
    if start is not None:
        data.update({"highlight-position_start": start, "highlight-position_end": end})
    data.update(extra)
    return client.post(f"/documents/{document.pk}/highlights/", data)


def test_a_highlight_inside_an_events_sentence_is_stored_with_both_selectors_and_shown_on_the_event(
    client, editor, document
):
    client.force_login(editor)
    start = TEXT.index("met in Singapore")
    response = highlight(client, document, "met in Singapore", start, start + len("met in Singapore"))
    assert response.status_code == 302
    note = Annotation.objects.get()
    assert (note.position_start, note.position_end, note.quote_exact) == (start, start + 16, "met in Singapore")
    assert note.quote_prefix == TEXT[start - 32 : start] and note.quote_suffix == TEXT[start + 16 : start + 48]
    event = document.sources.get().event
    assert note.event == event
    html = client.get(event.get_absolute_url()).content.decode()
    assert "met in Singapore</blockquote>" in html and "Why Singapore?" in html
    assert "Why Singapore?" in client.get(document.get_absolute_url()).content.decode()


def test_a_highlight_outside_any_sentence_is_linked_to_no_event(client, editor, document):
    client.force_login(editor)
    highlight(client, document, "Preamble", 0, 8)
    assert Annotation.objects.get().event is None


def test_offsets_that_do_not_match_the_text_are_corrected_only_when_the_quote_is_unambiguous(client, editor, document):
    client.force_login(editor)
    start = TEXT.index("Singapore")
    # Off by two (as a browser's count over paragraphs can be): the quote occurs once, so it is placed exactly.
    assert highlight(client, document, "Singapore", start + 2, start + 11).status_code == 302
    assert Annotation.objects.get().position_start == start


def test_a_quote_that_is_not_in_the_text_is_refused(client, editor, document):
    client.force_login(editor)
    response = highlight(client, document, "Pyongyang", 3, 12)
    assert response.status_code == 422
    assert "“Pyongyang” is not in the document's text" in markup.unescape(response.content.decode())
    assert not Annotation.objects.exists()


def test_an_ambiguous_quote_with_wrong_offsets_is_refused(client, editor):
    document = DocumentFactory(text="talks began. talks ended.")
    client.force_login(editor)
    assert highlight(client, document, "talks", 1, 6).status_code == 422
    assert highlight(client, document, "talks", 13, 18).status_code == 302


def test_without_javascript_the_typed_quote_alone_finds_the_passage(client, editor, document):
    client.force_login(editor)
    assert highlight(client, document, "Later text").status_code == 302
    assert Annotation.objects.get().position_start == TEXT.index("Later text")


def test_students_cannot_highlight(client, student, document):
    client.force_login(student)
    assert highlight(client, document, "Preamble", 0, 8).status_code == 403


def highlight_then_rewrite_the_preamble(client, **extra):
    """Highlight "Later text" and "Preamble sentence" in a document, then re-ingest it with an opening added and the
    preamble reworded: the first highlight can move with its text, the second has lost its passage. Returns both
    highlights as they then stand, and the new text."""
    data = DocumentInput(key="anchor.txt", title="Anchor", published=datetime.date(2018, 6, 20), text=TEXT)
    document = ingest_document(data).document
    for passage in ("Later text", "Preamble sentence"):
        start = TEXT.index(passage)
        highlight(client, document, passage, start, start + len(passage), **extra)
    moved, lost = Annotation.objects.order_by("pk")
    changed = "An inserted opening.\n\n" + TEXT.replace("Preamble sentence here.", "A rewritten preamble.")
    ingest_document(DocumentInput(key="anchor.txt", title="Anchor", published=datetime.date(2018, 6, 20), text=changed))
    moved.refresh_from_db()
    lost.refresh_from_db()
    assert changed[moved.position_start : moved.position_end] == "Later text" and not moved.needs_review
    return moved, lost, changed


def test_after_a_text_change_highlights_re_anchor_or_are_listed_for_review(client, editor):
    client.force_login(editor)
    moved, lost, _changed = highlight_then_rewrite_the_preamble(client)
    assert lost.needs_review and (lost.position_start, lost.quote_exact) == (0, "Preamble sentence")

    html = client.get("/review/highlights/").content.decode()
    assert f'id="note-{lost.pk}"' in html and f'id="note-{moved.pk}"' not in html
    assert "needs review" in client.get(lost.document.get_absolute_url()).content.decode()


def test_an_editor_can_remove_a_highlight_that_needs_review(client, editor):
    author = UserFactory(groups=["Teachers"])
    document = DocumentFactory(text=TEXT)
    # Public, as this test always had it (the model's default was then "everyone"; it is now "only me").
    note = Annotation.objects.create(author=author, document=document, body="x", quote_exact="gone", needs_review=True,
                                     visibility=Annotation.Visibility.PUBLIC)
    client.force_login(editor)
    assert client.post(f"/notes/{note.pk}/delete/", {"next": "/review/highlights/"}).status_code == 302
    assert not Annotation.objects.exists()


def test_a_highlights_author_edits_and_deletes_it_from_the_reader(client, editor, teacher, document):
    client.force_login(teacher)
    highlight(client, document, "Preamble", 0, 8)
    note = Annotation.objects.get()
    page = client.get(document.get_absolute_url()).content.decode()
    assert f'href="/notes/{note.pk}/edit/?next=' in page and f'href="/notes/{note.pk}/delete/?next=' in page
    client.force_login(editor)
    assert f'href="/notes/{note.pk}/edit/' not in client.get(document.get_absolute_url()).content.decode()
    client.force_login(teacher)
    assert (
        client.post(f"/notes/{note.pk}/edit/", {"body": "Reworded", "visibility": "public"})["Location"]
        == f"{document.get_absolute_url()}#note-{note.pk}"
    )
    assert (
        client.post(f"/notes/{note.pk}/delete/", {"next": document.get_absolute_url()})["Location"]
        == document.get_absolute_url()
    )
    assert not Annotation.objects.exists()


def test_a_refused_highlight_names_the_passage_and_keeps_the_note_to_try_again(client, editor, document):
    client.force_login(editor)
    response = highlight(
        client, document, "met in Singpore", **{"highlight-body": "A long note I wrote.", "highlight-visibility": "editors"}
    )
    assert response.status_code == 422
    html = markup.unescape(response.content.decode())
    assert "“met in Singpore” is not in the document's text" in html
    # The note is not lost: the page holds the form again, filled in, to correct the passage and save.
    assert f'action="/documents/{document.pk}/highlights/"' in html
    assert ">met in Singpore</textarea>" in html and ">A long note I wrote.</textarea>" in html
    assert radios(html, "highlight-visibility")[1] == ["editors"]
    assert not Annotation.objects.exists()


def test_a_passage_found_more_than_once_asks_for_a_longer_selection(client, editor):
    document = DocumentFactory(text="talks began. talks ended.")
    client.force_login(editor)
    html = markup.unescape(highlight(client, document, "talks").content.decode())
    assert "“talks” is in the document's text 2 times; select a longer passage that is there once." in html


def test_a_highlight_on_a_proposed_events_sentence_never_leads_to_a_missing_page(client, editor, teacher, document):
    # The event page exists only once an event is published; before that its highlights must not link there.
    event = document.sources.get().event
    Event.objects.filter(pk=event.pk).update(status=Status.PROPOSED)
    client.force_login(editor)
    start = TEXT.index("met in Singapore")
    highlight(client, document, "met in Singapore", start, start + 16)
    note = Annotation.objects.get()
    assert note.event == event
    page = client.get(document.get_absolute_url()).content.decode()
    assert f'href="{event.get_absolute_url()}"' not in page
    assert f'on <a href="/events/{event.pk}/edit/">{event.title}</a>' in page
    response = client.post(f"/notes/{note.pk}/edit/", {"body": "Reworded", "visibility": "public"})
    assert response["Location"] == f"{document.get_absolute_url()}#note-{note.pk}"
    assert client.get(response["Location"]).status_code == 200
    client.force_login(teacher)
    page = client.get(document.get_absolute_url()).content.decode()
    assert f"/events/{event.pk}/" not in page and event.title not in page


def test_deleting_a_note_asks_first_on_a_page_of_its_own(client, editor, event):
    client.force_login(editor)
    add_note(client, event, "Keep me unless I say so")
    note = Annotation.objects.get()
    html = client.get(event.get_absolute_url()).content.decode()
    # The note offers a link to the question, not a button that deletes at once.
    assert f'href="/notes/{note.pk}/delete/?next=' in html and f'action="/notes/{note.pk}/delete/"' not in html
    page = client.get(f"/notes/{note.pk}/delete/", {"next": event.get_absolute_url()})
    confirm = page.content.decode()
    assert page.status_code == 200 and "<html" in confirm
    assert "Delete this note?" in confirm and "Keep me unless I say so" in confirm
    assert f'action="/notes/{note.pk}/delete/"' in confirm and f'href="{event.get_absolute_url()}#note-{note.pk}"' in confirm
    assert Annotation.objects.exists()
    response = client.post(f"/notes/{note.pk}/delete/", {"next": event.get_absolute_url()})
    assert response["Location"] == event.get_absolute_url()
    assert not Annotation.objects.exists()


def test_with_htmx_the_question_replaces_the_notes_actions(client, editor, event):
    client.force_login(editor)
    add_note(client, event, "Inline question")
    note = Annotation.objects.get()
    html = client.get(f"/notes/{note.pk}/delete/", headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in html and "Delete this note?" in html and 'class="note-actions"' in html
    assert Annotation.objects.exists()


def test_only_the_author_is_asked_to_delete_a_note(client, teacher, editor, event):
    client.force_login(teacher)
    add_note(client, event, "Teacher's note")
    client.force_login(editor)
    assert client.get(f"/notes/{Annotation.objects.get().pk}/delete/").status_code == 403


def radios(html: str, name: str = "visibility", after: str = "") -> tuple[list[str], list[str]]:
    """The "Who can see it" choices (of the first form after ``after``), in order, and those checked."""
    form = html[html.index(after) :] if after else html
    form = form[: form.index("</form>")] if after else form
    found = re.findall(rf'<input type="radio" name="{name}" id="[^"]*" value="(\w+)"( checked)?', form)
    return [value for value, _ in found], [value for value, checked in found if checked]


HIGHLIGHT, HIGHLIGHT_FORM = "highlight-visibility", 'id="highlight-form"'


def test_every_note_form_lists_who_can_see_it_in_the_same_order(client, editor, document):
    event = EventSourceFactory(document=document).event
    client.force_login(editor)
    add_note(client, event, "Mine")
    note = Annotation.objects.get()
    adding, _ = radios(client.get(event.get_absolute_url()).content.decode(), after='class="stacked-form note-form"')
    assert adding == ["private", "editors", "public"]
    assert radios(client.get(f"/notes/{note.pk}/edit/").content.decode())[0] == adding
    assert radios(client.get(document.get_absolute_url()).content.decode(), HIGHLIGHT, HIGHLIGHT_FORM)[0] == adding
    refused = client.post(f"/documents/{document.pk}/highlights/", {"highlight-quote_exact": "not in it", "highlight-body": "x"})
    assert radios(refused.content.decode(), "highlight-visibility")[0] == adding


def test_a_new_note_by_an_editor_starts_visible_to_editors_only(client, editor, document):
    event = EventSourceFactory(document=document).event
    client.force_login(editor)
    page = client.get(event.get_absolute_url()).content.decode()
    assert radios(page, after='class="stacked-form note-form"')[1] == ["editors"]
    assert radios(client.get(document.get_absolute_url()).content.decode(), HIGHLIGHT, HIGHLIGHT_FORM)[1] == ["editors"]


def test_a_new_note_by_a_teacher_starts_visible_to_the_teacher_only(client, teacher, document):
    event = EventSourceFactory(document=document).event
    client.force_login(teacher)
    page = client.get(event.get_absolute_url()).content.decode()
    assert radios(page, after='class="stacked-form note-form"')[1] == ["private"]
    assert radios(client.get(document.get_absolute_url()).content.decode(), HIGHLIGHT, HIGHLIGHT_FORM)[1] == ["private"]


def test_the_choice_says_in_plain_words_who_will_read_the_note(client, teacher, event):
    client.force_login(teacher)
    page = client.get(event.get_absolute_url()).content.decode()
    assert "<legend>Who can see it</legend>" in page
    for label in ("Only me", "Me and the editors", "Everyone: students, visitors and shared timelines"):
        assert f">{label}</label>" in page


def test_a_reply_starts_no_wider_than_the_note_it_answers(client, editor, event):
    client.force_login(editor)
    add_note(client, event, "To myself", "private")
    add_note(client, event, "To everyone", "public")
    private, public = Annotation.objects.order_by("pk")
    page = client.get(event.get_absolute_url()).content.decode()
    assert radios(page, after=f'id="reply-{private.pk}"')[1] == ["private"]
    assert radios(page, after=f'id="reply-{public.pk}"')[1] == ["editors"]


def test_without_javascript_the_form_as_sent_keeps_a_teachers_note_to_the_teacher(client, teacher, student, event):
    client.force_login(teacher)
    page = client.get(event.get_absolute_url()).content.decode()
    # What a browser sends for the form untouched but for the note typed in: the checked radio button.
    (visibility,) = radios(page, after='class="stacked-form note-form"')[1]
    assert add_note(client, event, "Quick thought on the summit", visibility).status_code == 302
    assert Annotation.objects.get().visibility == "private"
    client.force_login(student)
    assert "Quick thought on the summit" not in client.get(event.get_absolute_url()).content.decode()
    client.logout()
    assert "Quick thought on the summit" not in client.get(event.get_absolute_url()).content.decode()


def test_a_note_sent_without_a_choice_is_refused_and_not_published(client, editor, event):
    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/notes/", {"body": "No choice made"})
    assert response.status_code == 422
    assert not Annotation.objects.exists()


def test_choosing_everyone_still_publishes_the_note_to_students(client, teacher, student, event):
    client.force_login(teacher)
    add_note(client, event, "Read the joint statement first.", "public")
    client.force_login(student)
    assert "Read the joint statement first." in client.get(event.get_absolute_url()).content.decode()


def test_students_never_see_a_note_kept_to_editors_or_its_author(client, editor, teacher, student, event):
    client.force_login(editor)
    add_note(client, event, "Editors: check the date", "editors")
    client.force_login(teacher)
    add_note(client, event, "My lesson plan", "private")
    client.force_login(student)
    page = client.get(event.get_absolute_url()).content.decode()
    assert "Editors: check the date" not in page and "My lesson plan" not in page
    listing = client.get("/", {"annotated": "1"}).content.decode()
    assert event.title not in listing


def test_editing_a_note_keeps_the_visibility_it_has(client, editor, event):
    client.force_login(editor)
    add_note(client, event, "Already public", "public")
    note = Annotation.objects.get()
    assert radios(client.get(f"/notes/{note.pk}/edit/").content.decode())[1] == ["public"]
    client.post(f"/notes/{note.pk}/edit/", {"body": "Still public", "visibility": "public"})
    note.refresh_from_db()
    assert (note.body, note.visibility) == ("Still public", "public")


def test_a_note_added_on_an_event_page_opened_from_a_filtered_list_keeps_that_list(client, teacher, event):
    client.force_login(teacher)
    page = client.get(f"/events/{event.pk}/", {"q": "Singapore", "from": "2018"}).content.decode()
    # The note and reply forms name the page they are on, filters and all.
    assert f'<input type="hidden" name="next" value="/events/{event.pk}/?q=Singapore&amp;from=2018">' in page
    response = add_note(client, event, "Ask what the statement committed to.", next=f"/events/{event.pk}/?q=Singapore&from=2018")
    note = Annotation.objects.get()
    # Back on the same page, at the new note: "Timeline" and previous/next still follow the list it came from.
    assert response.headers["Location"] == f"/events/{event.pk}/?q=Singapore&from=2018#note-{note.pk}"


def test_a_note_refused_once_still_goes_back_to_the_page_it_was_written_on(client, teacher, event):
    client.force_login(teacher)
    came_from = f"/events/{event.pk}/?q=Singapore&from=2018"
    response = add_note(client, event, "  ", next=came_from)
    assert response.status_code == 422
    form = response.content.decode()
    assert f'<input type="hidden" name="next" value="/events/{event.pk}/?q=Singapore&amp;from=2018">' in form
    assert f'<a href="/events/{event.pk}/?q=Singapore&amp;from=2018">Cancel</a>' in form
    # Sent again, fixed, with the form's hidden fields as they are: back on that page, at the new note.
    response = add_note(client, event, "Ask what the statement committed to.", next=markup.unescape(
        re.search(r'name="next" value="([^"]*)"', form).group(1)))
    assert response.headers["Location"] == f"{came_from}#note-{Annotation.objects.get().pk}"


def test_a_refused_note_does_not_carry_a_next_address_on_another_site(client, teacher, event):
    client.force_login(teacher)
    form = add_note(client, event, "  ", next="https://evil.example/").content.decode()
    assert "evil.example" not in form and 'name="next"' not in form
    assert f'<a href="{event.get_absolute_url()}">Cancel</a>' in form


def named(action: str, body: str) -> str:
    """A note's action link whose name, read aloud, says which note it acts on."""
    return f'{action}<span class="visually-hidden"> “{body}”</span></a>'


def test_each_notes_edit_and_delete_links_name_their_note_on_every_page_listing_it(client, teacher, document):
    event = document.sources.get().event
    client.force_login(teacher)
    add_note(client, event, "Ask about the joint statement", "private")
    start = TEXT.index("met in Singapore")
    highlight(client, document, "met in Singapore", start, start + 16)  # "Why Singapore?", shown on the event too
    long = "A much longer note that goes on well past forty characters"
    add_note(client, event, long, "private")
    pages = {"event": event.get_absolute_url(), "document": document.get_absolute_url(), "my notes": "/notes/mine/"}
    bodies = {"event": ["Ask about the joint statement", "Why Singapore?"], "document": ["Why Singapore?"],
              "my notes": ["Ask about the joint statement", "Why Singapore?"]}
    for page, url in pages.items():
        html = client.get(url).content.decode()
        for body in bodies[page]:
            assert named("Edit", body) in html and named("Delete", body) in html, (page, body)
        assert ">Edit</a>" not in html and ">Delete</a>" not in html, page
    assert named("Delete", "A much longer note that goes on well pa…") in client.get(pages["event"]).content.decode()


def test_an_editor_removing_a_highlight_to_review_hears_which_one(client, editor):
    author = UserFactory(groups=["Teachers"])
    document = DocumentFactory(text=TEXT)
    Annotation.objects.create(author=author, document=document, body="Lost passage", quote_exact="gone",
                              needs_review=True, visibility=Annotation.Visibility.PUBLIC)
    client.force_login(editor)
    assert named("Remove", "Lost passage") in client.get("/review/highlights/").content.decode()


@pytest.mark.parametrize("passage", ["", "   \n "])
def test_a_highlight_without_a_passage_asks_for_one_and_keeps_the_note(client, editor, document, passage):
    client.force_login(editor)
    response = highlight(client, document, passage, **{"highlight-body": "Worth a class discussion."})
    assert response.status_code == 422
    html = markup.unescape(response.content.decode())
    assert '<p class="error">Passage: Select the passage to highlight first.</p>' in html
    assert "This field is required." not in html and "in the document's text" not in html
    assert ">Worth a class discussion.</textarea>" in html
    assert not Annotation.objects.exists()
