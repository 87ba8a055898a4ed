"""An ingested document in Chromium as an editor sees it: the sentences of its proposed and rejected events are
marked and labelled, linked to their edit form, and the labels (which are not the document's text) do not shift the
offsets of a highlight selected after them."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import axe_in_own_context, select_text, sign_in
from tests.factories import DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline.models import Annotation, Status

TEXT = ("The envoys met in Geneva on 3 March 2021. They agreed to meet again in Vienna on 9 April 2021. "
        "A third round in Oslo was called off.")


def _event(document, status, title, sentence, date_text=""):
    start = TEXT.index(sentence)
    event = EventFactory(status=status, title=title, date_text=date_text)
    return EventSourceFactory(event=event, document=document, sentence_start=start, sentence_end=start + len(sentence),
                              quote=sentence, date_start_offset=TEXT.index(date_text) if date_text else None,
                              date_end_offset=TEXT.index(date_text) + len(date_text) if date_text else None)


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_an_editor_sees_proposed_and_rejected_sentences_labelled_and_highlights_still_land(
        live_server, page, browser, artifacts_dir, console_errors):
    document = DocumentFactory(title="Geneva talks", text=TEXT)
    _event(document, Status.PUBLISHED, "Envoys meet in Geneva", "The envoys met in Geneva on 3 March 2021.",
           "3 March 2021")
    proposed = _event(document, Status.PROPOSED, "Envoys to meet in Vienna",
                      "They agreed to meet again in Vienna on 9 April 2021.", "9 April 2021")
    rejected = _event(document, Status.REJECTED, "Oslo round called off", "A third round in Oslo was called off.")
    editor = UserFactory(username="editor", groups=["Editors"])
    sign_in(page, live_server, editor)
    page.set_viewport_size({"width": 1000, "height": 700})
    page.goto(live_server.url + document.get_absolute_url())

    awaiting = page.get_by_role("link", name="1 proposed event from this document awaits review")
    expect(awaiting).to_have_attribute("href", f"/review/?document={document.pk}")
    mark = page.locator(f"#source-{proposed.pk}")
    # Told apart in words (the link's name starts with its status) and by a dashed outline, not by colour alone.
    expect(mark).to_have_accessible_name("proposed event: They agreed to meet again in Vienna on 9 April 2021.")
    assert mark.evaluate("el => getComputedStyle(el).outlineStyle") == "dashed"
    expect(page.locator(f"#source-{rejected.pk} .sentence-status")).to_have_text("rejected event:")
    expect(page.locator(".legend")).to_contain_text("Those labelled proposed await review")
    page.screenshot(path=str(artifacts_dir / "document-proposed-marks.png"), full_page=True)

    # A passage after the labels: its offsets are the stored text's, not counting the words the page added.
    select_text(page, "called off")
    expect(page.get_by_label("Passage")).to_have_value("called off")
    expect(page.locator("[data-highlight='start']")).to_have_value(str(TEXT.index("called off")))
    page.get_by_label("Note", exact=True).fill("Oslo never happened.")
    page.get_by_role("button", name="Save highlight").click()
    expect(page.locator(".messages")).to_contain_text("Highlight saved")
    highlight = Annotation.objects.get()
    assert TEXT[highlight.position_start:highlight.position_end] == "called off"
    expect(page.locator(".document-text mark.highlight-mark")).to_have_text("called off")
    page.screenshot(path=str(artifacts_dir / "document-proposed-marks-highlighted.png"), full_page=True)
    assert axe_in_own_context(browser, page.url, storage_state=page.context.storage_state()) == []

    # The mark leads to the event's edit form, whose way back is this sentence.
    mark.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Edit event #{proposed.event_id}")
    expect(page.get_by_label("Title")).to_have_value("Envoys to meet in Vienna")
    # (the edit form's own; the notes' form below it has a way back of its own)
    edit_form = page.locator(f"form[action='/events/{proposed.event_id}/edit/']")
    expect(edit_form.locator("input[name=next]")).to_have_value(f"{document.get_absolute_url()}#source-{proposed.pk}")
    assert console_errors == []

    # A student sees the published sentence only: neither the labels nor the proposed event's title.
    page.context.clear_cookies()
    sign_in(page, live_server, UserFactory(username="student"))
    page.goto(live_server.url + document.get_absolute_url())
    expect(page.locator(".document-text .event-sentence")).to_have_count(1)
    expect(page.locator(".sentence-status")).to_have_count(0)
    assert "Envoys to meet in Vienna" not in page.content() and "await" not in page.content()
