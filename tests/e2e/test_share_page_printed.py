"""A shared timeline's own page printed with the browser's Print command (not its handout): what is on paper."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.factories import DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline import shares
from timeline.models import SharedTimeline


@pytest.mark.django_db(transaction=True)
def test_the_printed_share_page_shows_each_source_sentence_without_its_disclosure(live_server, browser, artifacts_dir):
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    sentence = "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018 and signed a joint statement."
    event = EventFactory(title="Trump and Kim meet in Singapore", date_start=datetime.date(2018, 6, 12),
                         sentence=sentence)
    document = DocumentFactory(title="Singapore summit report", text=sentence)
    EventSourceFactory(event=event, document=document)
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018")
    shares.save_share(share=share, notes={event.pk: "Who asked for this meeting?"}, excluded=[], pinned=[], freeze=True)

    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server.url}/s/{share.token}/")
    # On screen the sentence is folded under "Source sentence", as on the timeline.
    card = page.locator(f'[data-event-id="{event.pk}"]')
    expect(card.locator("blockquote")).to_be_hidden()

    page.emulate_media(media="print")
    page.screenshot(path=str(artifacts_dir / "share-page-print.png"), full_page=True)
    # A teacher who prints the page itself (Ctrl+P) got each card's "▶ Source sentence" and no sentence: on paper the
    # disclosure cannot be opened. The timeline's page prints its sentences; the share's cards now do too.
    expect(card.locator("blockquote")).to_be_visible()
    expect(card.locator("blockquote")).to_have_text(sentence)
    expect(card.locator("summary")).to_be_hidden()
    expect(card.get_by_text("Singapore summit report")).to_be_visible()
    expect(card.get_by_text("Who asked for this meeting?")).to_be_visible()
    context.close()


@pytest.mark.django_db(transaction=True)
def test_the_printed_share_page_does_not_spell_out_each_titles_address(live_server, browser):
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    event = EventFactory(title="Trump and Kim meet in Singapore", date_start=datetime.date(2018, 6, 12))
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018")
    shares.save_share(share=share, notes={}, excluded=[], pinned=[], freeze=True)

    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server.url}/s/{share.token}/")
    page.emulate_media(media="print")
    title = page.locator(f'[data-event-id="{event.pk}"] .event-title a')
    # Each title printed its link's path after it, "(/events/1/?share=<43 characters of token>…)": an address with
    # no site to type it into, a line of noise per card. The handout is where a share prints its addresses.
    after = title.evaluate("a => getComputedStyle(a, '::after').content")
    assert after in ("none", "normal"), after
    context.close()


@pytest.mark.django_db(transaction=True)
def test_the_printed_share_page_leaves_out_what_means_nothing_on_paper(live_server, browser):
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    sentence = "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018 and signed a joint statement."
    singapore = EventFactory(title="Trump and Kim meet in Singapore", date_start=datetime.date(2018, 6, 12),
                             sentence=sentence)
    EventSourceFactory(event=singapore, document=DocumentFactory(title="Singapore summit report", text=sentence))
    hanoi = EventFactory(title="Hanoi summit ends early", date_start=datetime.date(2019, 2, 28))
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018")
    shares.save_share(share=share, notes={singapore.pk: f"Compare with #{hanoi.pk}."}, excluded=[], pinned=[],
                      freeze=False)

    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server.url}/s/{share.token}/")
    note = page.locator(f'[data-event-id="{singapore.pk}"] .class-note')
    # On screen the reference is a link to the event, its title in the tooltip.
    expect(note).to_have_text(f"Teacher's note: Compare with #{hanoi.pk}.", use_inner_text=True)

    page.emulate_media(media="print")
    # On paper an event's number leads nowhere (pupils never see numbers; there is no address to open): the note
    # names the event by its title. A live share's "Live: ... appear here" and the screen's "Read-only" and
    # "Filters narrow within it" describe a page that paper is not.
    expect(note).to_have_text("Teacher's note: Compare with “Hanoi summit ends early”.", use_inner_text=True)
    printed = page.locator("main").inner_text()
    assert "Live:" not in printed and "Read-only" not in printed and "Filters narrow" not in printed
    assert "This timeline holds events from 2018" in printed
    card = page.locator(f'[data-event-id="{singapore.pk}"]')
    expect(card.locator("blockquote")).to_have_text(sentence)
    expect(card.get_by_text("Singapore summit report")).to_be_visible()
    context.close()
