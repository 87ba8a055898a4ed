"""The message an upload lands on the review queue with says what was done, not how its extraction stands while
that is still under way: the queue's own notices say that, and keep saying it truly as the queue refreshes itself
(the message, shown once, would go on saying "being extracted" after they say it has finished)."""

import re

import pytest

from timeline.models import Document

ARTICLE = "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018."


def _messages(html: str) -> list[str]:
    block = re.search(r'<ul class="messages"[^>]*>(.*?)</ul>', html, re.S)
    return [re.sub(r"\s+", " ", item).strip() for item in re.findall(r"<li[^>]*>(.*?)</li>", block[1], re.S)]


@pytest.mark.django_db(transaction=True)
def test_an_upload_waiting_for_the_worker_lands_on_a_message_that_does_not_tell_its_state(client, editor, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client.force_login(editor)
    response = client.post("/documents/new/", {"title": "Queued", "published": "2019-03-01", "text": ARTICLE})
    queue = client.get(response["Location"]).content.decode()
    assert _messages(queue) == ["Stored “Queued”."]
    assert "“Queued” is not ready for review" in queue  # the queue's live status, refreshed with it


@pytest.mark.django_db(transaction=True)
def test_a_retry_waiting_for_the_worker_lands_on_a_message_that_does_not_tell_its_state(client, editor, settings):
    from timeline.models import Extraction

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client.force_login(editor)
    client.get(client.post("/documents/new/", {"title": "Queued", "published": "2019-03-01", "text": ARTICLE}).url)
    document = Document.objects.get()
    Document.objects.filter(pk=document.pk).update(extraction=Extraction.FAILED)
    response = client.post(f"/documents/{document.pk}/retry/")
    assert _messages(client.get(response["Location"]).content.decode()) == ["Started extracting “Queued” again."]
