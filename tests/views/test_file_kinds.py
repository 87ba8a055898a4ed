"""The upload and import forms say which kinds of file they take, and refuse by its name a file they cannot read."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from timeline.models import Document, Event

pytestmark = pytest.mark.django_db
CSV = b"start,title\n2018,Year only\n"


def _file_input(html: str) -> str:
    return re.search(r'<input type="file"[^>]*>', html)[0]


def test_the_document_upload_input_names_the_kinds_of_file_it_takes(client, editor):
    client.force_login(editor)
    assert 'accept=".txt,.md,.html,.htm"' in _file_input(client.get("/documents/new/").content.decode())


def test_the_import_input_names_the_kinds_of_file_it_takes(client, editor):
    client.force_login(editor)
    assert 'accept=".csv,.json"' in _file_input(client.get(reverse("timeline:import_events")).content.decode())


@pytest.mark.parametrize("name", ["notes.pdf", "photo.JPG", "events.xlsx", "events.docx", "export.zip", "a.tar.gz"])
def test_an_import_whose_name_says_it_is_not_text_is_refused_by_name_even_if_it_holds_text(client, editor, name):
    client.force_login(editor)
    response = client.post(reverse("timeline:import_events"), {"file": SimpleUploadedFile(name, CSV)})
    assert response.status_code == 400
    alert = re.search(r'<div class="import-errors error" role="alert">(.*?)</div>', response.content.decode(), re.S)[1]
    assert name in alert and "CSV (.csv)" in alert and "TimelineJS JSON (.json)" in alert
    assert not Event.objects.exists()


@pytest.mark.parametrize("name", ["events.csv", "events.txt", "events", "events.tsv.bak"])
def test_an_import_of_csv_text_under_another_name_is_still_read(client, editor, name):
    client.force_login(editor)
    response = client.post(reverse("timeline:import_events"), {"file": SimpleUploadedFile(name, CSV)})
    assert response.status_code == 302
    assert Event.objects.get().title == "Year only"


@pytest.mark.parametrize("name", ["notes.pdf", "photo.jpg", "archive.zip"])
def test_a_document_upload_named_as_a_kind_it_cannot_read_is_refused_and_nothing_stored(client, editor, name):
    client.force_login(editor)
    response = client.post("/documents/new/", {"file": SimpleUploadedFile(name, b"Talks resumed on Monday."),
                                               "published": "2019-03-01"})
    assert response.status_code == 422
    page = response.content.decode()
    assert name in page and ".txt, .md, .html, .htm" in page
    assert not Document.objects.exists()
