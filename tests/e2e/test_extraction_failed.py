"""An upload whose extraction fails, in the browser: the polling queue gets the failure in place of its "still being
extracted" notice, stops asking, and "Try extraction again" brings the events."""

import re

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in, wait_for_htmx
from tests.factories import DocumentFactory, UserFactory
from timeline import services
from timeline.models import Event, Extraction, Status

ARTICLE = "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018. They met again in Hanoi on 27 February 2019."
# What the whole queue's region says of the two uploads failed in the last test
SUMMARY = ("2 uploads need your attention: “First upload” (extraction failed) and “Second upload” "
           "(extraction failed); see below.")


def _count_region_changes(page) -> None:
    """Count in window.regionChanges the changes to the queue's live region: each one a screen reader may read out."""
    page.evaluate("""() => {
        window.regionChanges = 0;
        new MutationObserver(() => window.regionChanges++).observe(
            document.getElementById("queue-status"), {childList: true, subtree: true, characterData: true});
    }""")



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
    _count_region_changes(page)
    page.wait_for_timeout(3500)  # a poll that finds it still pending
    assert page.evaluate("window.regionChanges") == 0, "each poll rewrote the live region with the same words"

    # What the task does when the extractor raises.
    services.record_extraction_failure(document_id=document.pk, error=ValueError("no grammar for “Juche 108”"))

    failure = page.locator(f"#extraction-failed-{document.pk}")
    expect(failure).to_contain_text("Extraction of “Hanoi statement” failed: no grammar for “Juche 108”")
    expect(page.locator("#extraction-pending")).to_have_count(0)
    # One polite region says it, once, and no alert interrupts.
    expect(page.get_by_role("status")).to_have_text("“Hanoi statement” needs your attention: its extraction failed; see below.")
    expect(page.get_by_role("alert")).to_have_count(0)
    assert page.evaluate("window.regionChanges") == 1, "the live region was rewritten more than once"
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

    stuck = page.locator(f"#extraction-stalled-{document.pk}")
    expect(stuck).to_contain_text("Extraction of “Hanoi statement” seems stuck")
    expect(stuck).to_contain_text("task worker may not be running")
    expect(page.get_by_role("status")).to_have_text("“Hanoi statement” needs your attention: its extraction seems stuck; see below.")
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.locator("#extraction-pending")).to_have_count(0)
    asked = len(polls)
    page.wait_for_timeout(4000)  # longer than the 3 s between polls
    assert len(polls) == asked, "the queue kept polling after the extraction stalled"

    page.get_by_role("button", name="Try extraction again").click()
    expect(page.locator(".queue-count")).to_have_text("2 events from Hanoi statement.")
    assert Event.objects.filter(sources__document=document, status=Status.PROPOSED).count() == 2
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_the_whole_queue_sums_up_its_failed_uploads_once_and_a_filter_change_does_not_say_it_again(
        live_server, page, console_errors):
    editor = UserFactory(username="editor", groups=["Editors"])
    for title in ("First upload", "Second upload"):
        DocumentFactory(title=title, text=f"{title}. {ARTICLE}",
                        extraction=Extraction.FAILED, extraction_error="boom")
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/")
    expect(page.get_by_role("alert")).to_have_count(0)
    region = page.get_by_role("status")
    expect(region).to_have_text(SUMMARY)
    expect(page.locator(".notice-failed")).to_have_count(2)
    _count_region_changes(page)
    page.get_by_label("Status").select_option("published")  # the queue is refreshed in place
    expect(page).to_have_url(re.compile(r"status=published"))
    wait_for_htmx(page)
    expect(region).to_have_text(SUMMARY)
    assert page.evaluate("window.regionChanges") == 0, "the refresh read the same summary out again"
    assert console_errors == []
