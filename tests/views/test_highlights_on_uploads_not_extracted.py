"""An upload whose extraction is pending or failed takes no highlights: it has nothing to annotate yet, its text may
still be replaced, and "Delete this upload" must lose no one's notes. One that holds some anyway is not deleted."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import DocumentFactory, UserFactory
from timeline.models import Annotation, Document, Extraction

pytestmark = pytest.mark.django_db

TEXT = "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018."


def failed_upload(title: str = "Two summits") -> Document:
    return DocumentFactory(title=title, text=TEXT, extraction=Extraction.FAILED, extraction_error="the extractor broke")


def pending_upload(title: str = "Two summits") -> Document:
    return DocumentFactory(title=title, text=TEXT, extraction=Extraction.PENDING, extraction_queued_at=timezone.now())


def highlight(client, document: Document, body: str = "Why Singapore?"):
    start = TEXT.index("Singapore")
    return client.post(f"/documents/{document.pk}/highlights/", {
        "highlight-quote_exact": "Singapore", "highlight-position_start": start,
        "highlight-position_end": start + len("Singapore"), "highlight-body": body, "highlight-visibility": "editors"})


@pytest.mark.parametrize("make", [failed_upload, pending_upload], ids=["failed", "pending"])
def test_an_editor_is_offered_no_highlight_form_on_an_upload_not_extracted(client, editor, make):
    document = make()
    client.force_login(editor)
    html = client.get(document.get_absolute_url()).content.decode()
    assert f'action="/documents/{document.pk}/highlights/"' not in html
    assert "Highlights can be added once its events are extracted" in html


def test_an_editor_is_offered_the_highlight_form_once_the_document_is_extracted(client, editor):
    document = DocumentFactory(text=TEXT)
    client.force_login(editor)
    html = client.get(document.get_absolute_url()).content.decode()
    assert f'action="/documents/{document.pk}/highlights/"' in html
    assert "Highlights can be added once" not in html


@pytest.mark.parametrize(("make", "why"), [
    (failed_upload, "its extraction failed"),
    (pending_upload, "its events are still being extracted"),
], ids=["failed", "pending"])
def test_a_highlight_posted_on_an_upload_not_extracted_is_refused_saying_why_and_the_note_is_shown_back(
        client, editor, make, why):
    document = make()
    client.force_login(editor)
    response = highlight(client, document, body="A long note I wrote.")
    assert response.status_code == 409
    html = response.content.decode()
    assert f"“Two summits” cannot take highlights yet: {why}." in html
    assert "A long note I wrote." in html
    assert "Save highlight" not in html
    assert not Annotation.objects.exists()


def test_a_highlight_posted_on_a_stalled_upload_is_refused_saying_it_seems_stuck(client, editor, settings):
    settings.EXTRACTION_STALLED_AFTER = datetime.timedelta(minutes=10)
    document = pending_upload()
    Document.objects.filter(pk=document.pk).update(extraction_queued_at=timezone.now() - datetime.timedelta(hours=1))
    client.force_login(editor)
    response = highlight(client, document)
    assert response.status_code == 409
    assert "“Two summits” cannot take highlights yet: its extraction seems stuck." in response.content.decode()
    assert not Annotation.objects.exists()


def test_deleting_an_upload_that_holds_highlights_is_refused_naming_how_many_notes_would_be_lost(client, editor):
    document = failed_upload()
    other = UserFactory(username="eve", groups=["Editors"])
    # Made before uploads not extracted were refused highlights; one is private to its author, unseen by this editor.
    for author, visibility in ((editor, "editors"), (other, "private")):
        Annotation.objects.create(author=author, document=document, body="Check", visibility=visibility,
                                  quote_exact="Singapore", position_start=36, position_end=45)
    client.force_login(editor)
    response = client.post(f"/documents/{document.pk}/delete/", follow=True)
    assert response.redirect_chain[-1][0] == f"/review/?document={document.pk}"
    assert ("“Two summits” was not deleted: 2 notes highlighted in it would be lost with it." in
            response.content.decode())
    assert Document.objects.filter(pk=document.pk).exists()
    assert Annotation.objects.count() == 2


def test_a_failed_upload_holding_no_highlights_is_still_deleted(client, editor):
    document = failed_upload()
    client.force_login(editor)
    response = client.post(f"/documents/{document.pk}/delete/", follow=True)
    assert "Deleted the upload “Two summits”, whose extraction failed." in response.content.decode()
    assert not Document.objects.filter(pk=document.pk).exists()
