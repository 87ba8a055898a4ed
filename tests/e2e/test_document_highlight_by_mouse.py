"""Highlighting in the document reader with the mouse, as the audit tried it: a drag over an event sentence (a
link) selects its words instead of dragging the link, the passage is taken in whole words, and an action beside the
selection leads to the highlight form at the page's foot."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tests.factories import DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline.models import Annotation, Status

SENTENCE = "The second summit between Donald Trump and Kim Jong Un was held in Hanoi."
TEXT = f"{SENTENCE} The two leaders could not bridge their differences.\n\n" + "More words follow here.\n\n" * 60


@pytest.fixture
def reader(live_server, page, _events_deleted_before_flush):
    """A teacher on a document whose first sentence is a published event's, and that source."""
    document = DocumentFactory(title="Hanoi summit", text=TEXT, published=datetime.date(2019, 3, 1))
    event = EventFactory(status=Status.PUBLISHED, title="Trump and Kim meet in Hanoi",
                         date_start=datetime.date(2019, 2, 27))
    source = EventSourceFactory(event=event, document=document, sentence_start=0, sentence_end=len(SENTENCE),
                                quote=SENTENCE)
    sign_in(page, live_server, UserFactory(username="teacher", groups=["Teachers"]))
    page.set_viewport_size({"width": 1000, "height": 700})
    page.goto(live_server.url + document.get_absolute_url())
    return page, source


def _point(page, offset: int) -> tuple[float, float]:
    """The middle of the character at ``offset`` in the document's text, in whole pixels (Chromium started no
    selection from a mouse pressed at some fractional points)."""
    return page.evaluate("""(offset) => {
        const walker = document.createTreeWalker(document.querySelector('.document-text'), NodeFilter.SHOW_TEXT);
        let node, seen = 0;
        while ((node = walker.nextNode())) {
            if (offset < seen + node.data.length) {
                const range = document.createRange();
                range.setStart(node, offset - seen);
                range.setEnd(node, offset - seen + 1);
                const box = range.getBoundingClientRect();
                return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
            }
            seen += node.data.length;
        }
        throw new Error('offset beyond the text');
    }""", offset)


def _drag(page, start: int, end: int) -> None:
    """Press the mouse on the character at offset ``start`` and let go on the one at ``end``, as a reader selects."""
    (x0, y0), (x1, y1) = _point(page, start), _point(page, end)
    page.mouse.move(x0, y0)
    page.mouse.down()
    page.mouse.move(x1, y1, steps=8)
    page.mouse.up()


@pytest.mark.django_db(transaction=True)
def test_dragging_over_an_event_sentence_selects_whole_words_and_leads_to_the_form(reader, artifacts_dir,
                                                                                   console_errors):
    page, source = reader
    url = page.url
    # From inside "second" to inside "Donald": the drag starts and ends mid-word, inside the sentence's link.
    _drag(page, SENTENCE.index("second") + 2, SENTENCE.index("Donald") + 3)
    assert page.evaluate("window.getSelection().toString()").strip() != ""
    assert page.url == url
    expect(page.get_by_label("Passage")).to_have_value("second summit between Donald")
    action = page.get_by_role("button", name="Highlight this passage")
    expect(action).to_be_in_viewport()
    page.screenshot(path=str(artifacts_dir / "document-highlight-by-mouse.png"))
    action.click()
    expect(page.get_by_label("Note")).to_be_focused()
    expect(page.get_by_label("Note")).to_be_in_viewport()
    page.get_by_label("Note").fill("Who asked for it?")
    page.get_by_role("button", name="Save highlight").click()
    page.wait_for_load_state()
    highlight = Annotation.objects.get()
    assert (highlight.quote_exact, highlight.position_start) == ("second summit between Donald", 4)
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_a_selection_in_plain_text_is_taken_in_whole_words(reader, console_errors):
    page, _source = reader
    at = TEXT.index("bridge their differences")
    _drag(page, at + 1, at + len("bridge their d"))
    expect(page.get_by_label("Passage")).to_have_value("bridge their differences")
    # A click elsewhere ends the selection, and the action for it goes.
    page.mouse.click(*_point(page, TEXT.index("More words")))
    expect(page.get_by_role("button", name="Highlight this passage")).to_be_hidden()
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("how", ["click", "Enter"])
def test_an_event_sentence_still_leads_to_its_event(reader, console_errors, how):
    page, source = reader
    if how == "click":
        page.locator(f"#source-{source.pk}").click()
    else:
        page.locator(f"#source-{source.pk}").focus()
        page.keyboard.press("Enter")
    page.wait_for_url(f"**/events/{source.event_id}/**")
    assert console_errors == []

