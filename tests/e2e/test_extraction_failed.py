"""An upload whose extraction fails, in the browser: the polling queue gets the failure in place of its "still being
extracted" notice, stops asking, and "Try extraction again" brings the events."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tests.factories import DocumentFactory, UserFactory
from timeline import services
from timeline.models import Event, Extraction, Status

ARTICLE = "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018. They met again in Hanoi on 27 February 2019."




@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_the_queue_shows_the_failure_stops_polling_and_tries_again(live_server, page, console_errors):
    editor = UserFactory(username="editor", groups=["Editors"])
    document = DocumentFactory(title="Hanoi statement", text=ARTICLE,
                               extraction=Extraction.PENDING, published="2019-03-01")
    sign_in(page, live_server, editor)
    polls = []
    page.on("request", lambda r: polls.append(r.url) if r.resource_type in ("xhr", "fetch") else None)
    page.goto(f"{live_server.url}/review/?document={document.pk}")
    expect(page.locator("#extraction-pending")).to_contain_text("still being extracted from “Hanoi statement”")

    # What the task does when the extractor raises.
    services.record_extraction_failure(document_id=document.pk, error=ValueError("no grammar for “Juche 108”"))

    failure = page.get_by_role("alert").filter(has_text="Extraction of “Hanoi statement” failed")
    expect(failure).to_contain_text("no grammar for “Juche 108”")
    expect(page.locator("#extraction-pending")).to_have_count(0)
    asked = len(polls)
    page.wait_for_timeout(4000)  # longer than the 3 s between polls
    assert len(polls) == asked, "the queue kept polling after the extraction failed"

    page.get_by_role("button", name="Try extraction again").click()
    expect(page.locator(".queue-count")).to_have_text("2 events from Hanoi statement.")
    assert Event.objects.filter(sources__document=document, status=Status.PROPOSED).count() == 2
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_the_queue_gives_up_on_a_stalled_upload_stops_polling_and_tries_again(live_server, page, console_errors):
    import datetime

    from django.utils import timezone

    from timeline.models import Document

    editor = UserFactory(username="editor", groups=["Editors"])
    document = DocumentFactory(title="Hanoi statement", text=ARTICLE,
                               extraction=Extraction.PENDING, published="2019-03-01")
    sign_in(page, live_server, editor)
    polls = []
    page.on("request", lambda r: polls.append(r.url) if r.resource_type in ("xhr", "fetch") else None)
    page.goto(f"{live_server.url}/review/?document={document.pk}")
    expect(page.locator("#extraction-pending")).to_contain_text("still being extracted from “Hanoi statement”")

    # The worker died with the task: time passes and nothing happens.
    past = timezone.now() - settings.EXTRACTION_STALLED_AFTER - datetime.timedelta(minutes=1)
    Document.objects.filter(pk=document.pk).update(updated_at=past)

    stuck = page.get_by_role("alert").filter(has_text="Extraction of “Hanoi statement” seems stuck")
    expect(stuck).to_contain_text("task worker may not be running")
    expect(page.locator("#extraction-pending")).to_have_count(0)
    asked = len(polls)
    page.wait_for_timeout(4000)  # longer than the 3 s between polls
    assert len(polls) == asked, "the queue kept polling after the extraction stalled"

    page.get_by_role("button", name="Try extraction again").click()
    expect(page.locator(".queue-count")).to_have_text("2 events from Hanoi statement.")
    assert Event.objects.filter(sources__document=document, status=Status.PROPOSED).count() == 2
    assert console_errors == []
