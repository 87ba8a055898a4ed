"""The review queue's one live region (#queue-status, polite) in the browser: picking an upload in the filter bar
says in it where that upload's extraction stands, and static/js/editor.js lets it be rewritten only when its words
change, so a screen reader reads a status once however often a poll or a filter change sends it again.

What a screen reader would read out is taken to be each rewrite of the region: a MutationObserver records its words
after each one (a polite region is read when its contents change)."""

import datetime
import re

import pytest
from django.conf import settings
from django.utils import timezone
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in, wait_for_htmx
from tests.factories import DocumentFactory, UserFactory
from timeline.models import Category, Document, Extraction

PENDING = "“Hanoi statement” is not ready for review: its events are still being extracted; they will appear below."
STUCK = "“Singapore report” needs your attention: its extraction seems stuck; see below."


def _uploads() -> tuple[Document, Document]:
    """One upload queued a moment ago, and one queued longer ago than the stuck threshold."""
    pending = DocumentFactory(title="Hanoi statement", extraction=Extraction.PENDING, text="Hanoi. " * 3)
    stuck = DocumentFactory(title="Singapore report", extraction=Extraction.PENDING, text="Singapore. " * 3)
    past = timezone.now() - settings.EXTRACTION_STALLED_AFTER - datetime.timedelta(minutes=1)
    Document.objects.filter(pk=stuck.pk).update(extraction_queued_at=past, updated_at=past)
    return pending, stuck


def _record_what_the_region_says(page) -> None:
    """Collect in window.announced the words of the queue's live region after each change to it."""
    page.evaluate("""() => {
        const region = document.getElementById("queue-status");
        window.announced = [];
        new MutationObserver(() => window.announced.push(region.textContent.replace(/\\s+/g, " ").trim())).observe(
            region, {childList: true, subtree: true, characterData: true});
    }""")


def _pick(page, name: str, value) -> None:
    """Choose a filter (htmx refreshes the queue in place) and wait until that refresh, not a poll, is done."""
    with page.expect_response(re.compile(rf"/review/\?.*\b{name}={value}\b")):
        page.locator(f".filter-bar select[name={name}]").select_option(str(value))
    wait_for_htmx(page)
    # The address pushed is the queue's canonical one, which leaves out a value at its default (the first sort).
    at_default = (name, str(value)) == ("sort", "confidence")
    expect(page).to_have_url(re.compile(r"/review/(?!.*\bsort=)" if at_default else rf"\b{name}={value}\b"))


@pytest.mark.django_db(transaction=True)
def test_picking_a_pending_or_stuck_upload_in_the_filter_says_so_in_the_queues_one_region(
        live_server, page, console_errors):
    editor = UserFactory(username="editor", groups=["Editors"])
    pending, stuck = _uploads()
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/")
    region = page.get_by_role("status")
    expect(region).to_have_text(STUCK)

    _pick(page, "document", pending.pk)
    expect(page.locator("#extraction-pending")).to_contain_text("still being extracted from “Hanoi statement”")
    expect(region).to_have_text(PENDING)  # the one polite region, still in place, says it
    expect(page.get_by_role("status")).to_have_count(1)
    expect(page.get_by_role("alert")).to_have_count(0)

    _pick(page, "document", stuck.pk)
    expect(page.locator(f"#extraction-stalled-{stuck.pk}")).to_contain_text("Extraction of “Singapore report” seems stuck")
    expect(region).to_have_text(STUCK)
    expect(page.get_by_role("status")).to_have_count(1)
    expect(page.get_by_role("alert")).to_have_count(0)
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_the_region_says_a_status_sent_twice_once_and_a_changed_status_again(live_server, page, console_errors):
    editor = UserFactory(username="editor", groups=["Editors"])
    pending, stuck = _uploads()
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/")
    expect(page.get_by_role("status")).to_have_text(STUCK)
    _record_what_the_region_says(page)

    _pick(page, "document", pending.pk)
    assert page.evaluate("window.announced") == [PENDING]

    # The same status sent again, by a filter change and by the pending notice's poll: not said again.
    _pick(page, "category", Category.AGREE.value)
    with page.expect_response(re.compile(rf"/review/\?document={pending.pk}&category=AGREE"), timeout=6000):
        pass  # the poll, every 3 s while the upload is extracted
    wait_for_htmx(page)
    expect(page.locator("#extraction-pending")).to_be_visible()
    assert page.evaluate("window.announced") == [PENDING]

    # A changed status is said, and so is the first one again once it comes back.
    _pick(page, "document", stuck.pk)
    assert page.evaluate("window.announced") == [PENDING, STUCK]
    _pick(page, "document", pending.pk)
    assert page.evaluate("window.announced") == [PENDING, STUCK, PENDING]
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_the_whole_queues_region_says_so_when_which_uploads_need_an_editor_changes_though_not_how_many(
        live_server, page, console_errors):
    # One stuck upload is mended and another fails while the editor works on: the count stays one, and a filter
    # change sends the region again; it names the uploads, so the new one is said, once.
    editor = UserFactory(username="editor", groups=["Editors"])
    _pending, stuck = _uploads()
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/")
    expect(page.get_by_role("status")).to_have_text(STUCK)
    _record_what_the_region_says(page)

    Document.objects.filter(pk=stuck.pk).update(extraction=Extraction.DONE)
    DocumentFactory(title="Pyongyang note", extraction=Extraction.FAILED, extraction_error="boom")
    _pick(page, "status", "published")
    expect(page.locator(".notice-failed")).to_have_count(1)
    failed = "“Pyongyang note” needs your attention: its extraction failed; see below."
    expect(page.get_by_role("status")).to_have_text(failed)
    _pick(page, "sort", "newest")
    assert page.evaluate("window.announced") == [failed]

    # Two now, and then two others: each change of which is said.
    Document.objects.filter(pk=stuck.pk).update(extraction=Extraction.FAILED)
    _pick(page, "sort", "date")
    both = ("2 uploads need your attention: “Pyongyang note” (extraction failed) and “Singapore report” "
            "(extraction failed); see below.")
    expect(page.get_by_role("status")).to_have_text(both)
    Document.objects.filter(title="Pyongyang note").delete()
    DocumentFactory(title="Hanoi report", extraction=Extraction.FAILED, extraction_error="boom")
    _pick(page, "sort", "confidence")
    others = ("2 uploads need your attention: “Hanoi report” (extraction failed) and “Singapore report” "
              "(extraction failed); see below.")
    expect(page.get_by_role("status")).to_have_text(others)
    assert page.evaluate("window.announced") == [failed, both, others]
    assert console_errors == []

