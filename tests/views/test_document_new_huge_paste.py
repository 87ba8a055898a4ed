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
