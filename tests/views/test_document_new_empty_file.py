"""An empty file chosen for upload is told as such, once: not also "choose a file", which the editor just did."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from timeline.models import Document

pytestmark = pytest.mark.django_db


def test_an_empty_file_is_named_as_the_problem_and_nothing_else(client, editor):
    client.force_login(editor)
    empty = SimpleUploadedFile("notes.txt", b"", content_type="text/plain")
    response = client.post("/documents/new/", {"title": "Notes", "published": "2019-03-01", "file": empty})
    assert response.status_code == 422
    form = response.context["form"]
    assert form.non_field_errors() == []
    assert form.errors["file"] == ["notes.txt is empty: choose the file that holds the text."]
    assert not Document.objects.exists()
