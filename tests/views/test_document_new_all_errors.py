"""A refused upload tells every missing field at once, listed in an error summary above the form that takes the
focus as the page opens (as the share and edit forms do)."""

import re

import pytest

from timeline.models import Document

pytestmark = pytest.mark.django_db

ARTICLE = "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018."


def _summary(html: str) -> str:
    match = re.search(r'<div class="error-summary"[^>]*>.*?</div>', html, re.S)
    assert match, "no error summary on the page"
    return match[0]


def test_a_paste_with_neither_title_nor_date_is_told_both_at_once(client, editor):
    client.force_login(editor)
    response = client.post("/documents/new/", {"text": ARTICLE})
    assert response.status_code == 422
    assert set(response.context["form"].errors) == {"title", "published"}
    summary = _summary(response.content.decode())
    assert "autofocus" in summary and "The document was not added" in summary
    assert 'href="#id_title">Title: Give it a title' in summary
    assert 'href="#id_published">Published: Give the date it was published' in summary
    assert not Document.objects.exists()


def test_a_title_found_in_the_front_matter_is_not_asked_for_when_only_the_date_is_missing(client, editor):
    client.force_login(editor)
    response = client.post("/documents/new/", {"text": f"---\ntitle: Singapore\n---\n{ARTICLE}"})
    assert set(response.context["form"].errors) == {"published"}


def test_an_error_of_the_whole_form_is_in_the_summary(client, editor):
    client.force_login(editor)
    response = client.post("/documents/new/", {"title": "Singapore", "published": "2018-06-13"})
    summary = _summary(response.content.decode())
    assert "Paste the text or choose a file to upload." in summary


def test_the_form_as_first_shown_has_no_summary(client, editor):
    client.force_login(editor)
    assert 'class="error-summary"' not in client.get("/documents/new/").content.decode()


def test_a_text_already_stored_is_linked_from_the_summary(client, editor):
    client.force_login(editor)
    client.post("/documents/new/", {"title": "Singapore", "published": "2018-06-13", "text": ARTICLE})
    stored = Document.objects.get()
    response = client.post("/documents/new/", {"title": "Again", "published": "2018-06-13", "text": ARTICLE})
    summary = _summary(response.content.decode())
    assert f'already stored as “<a href="{stored.get_absolute_url()}">Singapore</a>”' in summary
