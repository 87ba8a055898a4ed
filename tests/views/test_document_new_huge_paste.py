"""A paste far over the document limit is refused by the form, with its message, not by Django's request cap."""

import pytest
from django.conf import settings
from django.test import Client

from timeline.models import Document

pytestmark = pytest.mark.django_db


def test_a_paste_several_times_the_limit_gets_the_forms_message_and_keeps_the_typed_fields(editor):
    # A browser posts the CSRF token in the body, so the middleware reads the body before the view: enforce it.
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    client.get("/documents/new/")
    paste = "North Korea said on Monday that talks had resumed. " * (3 * settings.DOCUMENT_MAX_BYTES // 50)
    response = client.post(
        "/documents/new/",
        {"csrfmiddlewaretoken": client.cookies["csrftoken"].value, "title": "A whole report", "published": "2025-10-14",
         "text": paste},
    )
    assert response.status_code == 422
    html = response.content.decode()
    limit = settings.DOCUMENT_MAX_BYTES
    assert f"the pasted text: {len(paste.encode()):,} bytes is over the limit of {limit:,} bytes" in html
    assert 'value="A whole report"' in html and paste[:200] in html
    assert not Document.objects.exists()


def _browser(editor) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    client.get("/documents/new/")
    return client


def test_a_paste_over_five_times_the_limit_gets_the_add_document_page_saying_it_was_too_large_to_keep(editor):
    client = _browser(editor)
    # Over DATA_UPLOAD_MAX_MEMORY_SIZE: Django refuses to read the body at all, so no field of it can be kept.
    paste = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post("/documents/new/", {"csrfmiddlewaretoken": client.cookies["csrftoken"].value,
                                               "title": "A whole archive", "published": "2025-10-14", "text": paste})
    assert response.status_code == 422  # as the form's own refusals of a document over the limit
    html = response.content.decode()
    assert "<h1>Add a document</h1>" in html and 'name="csrfmiddlewaretoken"' in html
    limit = settings.DOCUMENT_MAX_BYTES
    assert (f"The pasted text was too large to keep: the form sent {int(response.wsgi_request.META['CONTENT_LENGTH']):,}"
            f" bytes, and a document may hold at most {limit:,} bytes.") in html
    assert 'role="alert"' in html and "A whole archive" not in html
    assert not Document.objects.exists()


def test_the_add_document_form_still_refuses_a_post_without_its_csrf_token(editor):
    client = _browser(editor)
    response = client.post("/documents/new/", {"title": "Forged", "published": "2025-10-14", "text": "Talks resumed."})
    assert response.status_code == 403
    assert not Document.objects.exists()
