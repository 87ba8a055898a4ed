"""The embed on a school's page, in a 360 px frame: a pupil narrows it with its own filters and prints what it shows, with
and without JavaScript."""

import contextlib
import datetime
from itertools import pairwise

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import axe_in_own_context, school_site, wait_for_htmx
from tests.factories import ActorFactory, EventFactory, UserFactory
from timeline import shares
from timeline.models import Category, Event, SharedTimeline

SINGAPORE = "Trump and Kim meet in Singapore"
HANOI = "Summit in Hanoi ends early"
PANMUNJOM = "Trump steps into North Korea at Panmunjom"
SEARCH = "Search titles, sentences and actors"


def _summits_share() -> SharedTimeline:
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    kim = ActorFactory(name="Kim Jong Un")
    EventFactory(title=SINGAPORE, date_start=datetime.date(2018, 6, 12), category=Category.CONSULT, actors=[kim],
                 sentence="Trump and Kim met in Singapore on 12 June 2018.")
    EventFactory(title=HANOI, date_start=datetime.date(2019, 2, 28), date_text="28 February 2019",
                 category=Category.CONSULT, actors=[kim], sentence="The Hanoi summit ended early on 28 February 2019.")
    EventFactory(title=PANMUNJOM, date_start=datetime.date(2019, 6, 30), date_text="30 June 2019",
                 category=Category.COOPERATE, sentence="Trump crossed the line at Panmunjom on 30 June 2019.")
    EventFactory(title="Agreed Framework signed", date_start=datetime.date(1994, 10, 21), date_text="21 October 1994",
                 sentence="The Agreed Framework was signed in Geneva on 21 October 1994.")
    return SharedTimeline.objects.create(owner=teacher, title="Summits since 2018", query="from=2018")


def _class_page(embed_url: str) -> str:
    # The embed code the share page hands teachers, in a frame as narrow as a phone's or a sidebar's.
    return ('<!doctype html><html lang="en"><head><title>Class 9B</title></head><body><h1>Class 9B</h1>'
            f'<iframe id="frame" src="{embed_url}" title="Summits since 2018" width="360" height="640"></iframe></body></html>')


def _collect_errors(page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return errors


def _titles(frame) -> list[str]:
    return frame.locator("#results .event-title").all_inner_texts()


@contextlib.contextmanager
def _embed_on_a_class_page(live_server, browser, **context_options):
    """The summits share's embed in a 360 px frame on a school's page from another origin, loaded: yields the page,
    the frame, a locator into it, the embed's and the school page's URLs and the console errors collected."""
    share = _summits_share()
    embed_url = f"{live_server.url}/s/{share.token}/embed/"
    context = browser.new_context(viewport={"width": 400, "height": 760}, **context_options)
    page = context.new_page()
    errors = _collect_errors(page)
    try:
        with school_site({"/class": _class_page(embed_url)}) as school_url:
            page.goto(school_url + "class")
            frame = page.locator("#frame").element_handle().content_frame()
            embed = page.frame_locator("#frame")
            expect(embed.get_by_text(SINGAPORE)).to_be_visible(timeout=20000)
            yield page, frame, embed, embed_url, school_url, errors
    finally:
        context.close()


@pytest.mark.django_db(transaction=True)
def test_a_pupil_narrows_the_embed_in_a_360px_frame_without_leaving_it(live_server, browser, artifacts_dir):
    with _embed_on_a_class_page(live_server, browser) as (page, frame, embed, embed_url, school_url, errors):
        wait_for_htmx(frame)
        assert _titles(frame) == [SINGAPORE, HANOI, PANMUNJOM]
        expect(embed.locator("#result-count")).to_have_text("3 events.")
        # Compact: the search is in view, the rest folded; nothing is wider than the frame.
        expect(embed.get_by_label(SEARCH)).to_be_visible()
        expect(embed.get_by_label("From")).to_be_hidden()
        assert frame.evaluate("document.documentElement.scrollWidth") <= 360
        history = page.evaluate("history.length")

        # Typing narrows the list in place; the search box keeps focus and every character.
        embed.get_by_label(SEARCH).press_sequentially("Hanoi", delay=30)
        expect(embed.get_by_text(SINGAPORE)).to_have_count(0)
        wait_for_htmx(frame)
        assert _titles(frame) == [HANOI]
        expect(embed.locator("#result-count")).to_have_text("1 event matches these filters.")
        assert frame.evaluate("document.activeElement.id") == "f-q"
        # The frame's URL says what the reader chose, and only that (the teacher's "from 2018" is not in the form);
        # the school's page and its Back button are untouched.
        assert frame.url == embed_url + "?q=Hanoi"
        assert page.url == school_url + "class" and page.evaluate("history.length") == history

        # By keyboard: Tab past "Skip to the events" to "More filters", open it, tick a category with the space bar.
        embed.get_by_label(SEARCH).fill("")
        wait_for_htmx(frame)
        # With the search emptied the reader has no filter left: the whole share, at its plain URL.
        expect(embed.locator("#result-count")).to_have_text("3 events.")
        assert frame.url == embed_url
        embed.get_by_label(SEARCH).focus()
        page.keyboard.press("Tab")
        assert frame.evaluate("document.activeElement.textContent") == "Skip to the events"
        page.keyboard.press("Tab")
        assert frame.evaluate("document.activeElement.textContent") == "More filters"
        page.keyboard.press("Enter")
        expect(embed.get_by_label("From")).to_be_visible()
        embed.locator("#f-category-material-cooperation").focus()
        page.keyboard.press("Space")
        expect(embed.get_by_text(HANOI)).to_have_count(0)
        wait_for_htmx(frame)
        assert _titles(frame) == [PANMUNJOM]
        expect(embed.locator("#result-count")).to_have_text("1 event matches these filters.")
        # Only the results were swapped: the folded part stays open and the checkbox keeps focus.
        expect(embed.get_by_label("From")).to_be_visible()
        assert frame.evaluate("document.activeElement.id") == "f-category-material-cooperation"
        assert frame.url == embed_url + "?category=material-cooperation"
        # A reader's filter cannot reach past the teacher's: an earlier start still shows nothing before 2018.
        # (One change at a time: a change made while the last is in flight cancels it, which htmx logs as an error.)
        embed.locator("#f-category-material-cooperation").uncheck()
        expect(embed.locator("#result-count")).to_have_text("3 events.")
        wait_for_htmx(frame)
        embed.get_by_label("From").fill("1990")
        embed.get_by_label("From").press("Tab")  # the form filters on change
        expect(frame.locator("#f-from")).to_have_value("1990")
        wait_for_htmx(frame)
        assert frame.url == embed_url + "?from=1990"
        expect(embed.locator("#result-count")).to_have_text("3 events match these filters.")
        expect(embed.get_by_text("Agreed Framework signed")).to_have_count(0)
        embed.get_by_label("From").fill("2018")
        embed.get_by_label("From").press("Tab")
        wait_for_htmx(frame)
        assert frame.url == embed_url + "?from=2018"
        embed.get_by_text("More filters", exact=True).click()
        embed.get_by_label(SEARCH).press_sequentially("Trump", delay=30)
        wait_for_htmx(frame)
        expect(embed.locator("#result-count")).to_have_text("2 events match these filters.")
        assert page.url == school_url + "class" and page.evaluate("history.length") == history

        # Screenshots last: Playwright's capture leaves style attributes that a later htmx swap would copy.
        page.locator("#frame").screenshot(path=str(artifacts_dir / "share-embed-360.png"))
        assert errors == []
    assert axe_in_own_context(browser, embed_url + "?q=summit&category=verbal-cooperation",
                              viewport={"width": 360, "height": 640}) == []


@pytest.mark.django_db(transaction=True)
def test_without_javascript_the_embeds_form_reloads_the_embed_inside_the_frame(live_server, browser):
    with _embed_on_a_class_page(live_server, browser, java_script_enabled=False) as (
            page, frame, embed, embed_url, school_url, errors):
        embed.get_by_label(SEARCH).fill("Hanoi")
        embed.get_by_role("button", name="Apply filters").click()
        expect(embed.get_by_text(SINGAPORE)).to_have_count(0)
        assert _titles(frame) == [HANOI]
        expect(embed.locator("#result-count")).to_have_text("1 event matches these filters.")
        # The frame reloaded the embed with the filters in its URL, redirected to the clean one (not every empty
        # field the form sent); the school's page stayed where it was.
        assert frame.url == embed_url + "?q=Hanoi"
        assert page.url == school_url + "class"
        expect(embed.get_by_label(SEARCH)).to_have_value("Hanoi")
        expect(embed.get_by_label("From")).to_be_hidden()  # only the search was changed: the rest stays folded
        embed.get_by_role("link", name="Clear all").click()
        expect(embed.get_by_text(SINGAPORE)).to_be_visible()
        assert frame.url == embed_url and _titles(frame) == [SINGAPORE, HANOI, PANMUNJOM]
        assert errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("javascript", [True, False])
def test_a_pupils_search_finds_the_event_the_teacher_pinned_in_before_the_shares_dates(live_server, browser, javascript):
    # Saved "from 2018", with the 1994 Agreed Framework pinned in by hand: it is part of the share, so a search
    # that matches it finds it, on the share page and in the embed, with or without JavaScript.
    share = _summits_share()
    framework = Event.objects.get(title="Agreed Framework signed")
    shares.save_share(share=share, notes={}, excluded=[], pinned=[framework.pk], freeze=False)
    context = browser.new_context(java_script_enabled=javascript, viewport={"width": 400, "height": 760})
    page = context.new_page()
    errors = _collect_errors(page)
    for path in ("", "embed/"):
        url = f"{live_server.url}/s/{share.token}/{path}"
        page.goto(url)
        assert _titles(page) == ["Agreed Framework signed", SINGAPORE, HANOI, PANMUNJOM]
        # The teacher's "from 2018" is said above the form, not held in it.
        expect(page.locator(".share-scope")).to_contain_text("from 2018 on, plus 1 event added by your teacher")
        expect(page.locator("#f-from")).to_have_value("")
        if javascript:
            if not path:  # 400px wide: the share page starts with its filters folded, as the timeline does
                page.locator(".filters-panel > summary").click()
            page.get_by_label(SEARCH).press_sequentially("Framework", delay=30)
            expect(page.get_by_text(SINGAPORE)).to_have_count(0)
            wait_for_htmx(page)
            assert page.url == url + "?q=Framework"
        else:
            page.get_by_label(SEARCH).fill("Framework")
            page.get_by_role("button", name="Apply filters").click()
            expect(page.get_by_text(SINGAPORE)).to_have_count(0)
            assert "q=Framework" in page.url and "from=2018" not in page.url
        assert _titles(page) == ["Agreed Framework signed"]
        expect(page.locator(".result-count")).to_contain_text("1 event match")
        page.goto(url + "?q=Hanoi")
        assert _titles(page) == [HANOI]  # a pinned event the search does not match is hidden like the rest
    assert errors == []
    context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("javascript", [True, False])
def test_a_pupil_prints_the_embed_as_narrowed_in_a_tab_of_its_own(live_server, browser, javascript):
    with _embed_on_a_class_page(live_server, browser, java_script_enabled=javascript) as (
            page, frame, embed, embed_url, school_url, errors):
        share_url = embed_url.removesuffix("embed/")
        print_link = embed.get_by_role("link", name="Print handout")
        expect(print_link).to_have_attribute("href", share_url.removeprefix(live_server.url) + "print/")
        if javascript:  # typing swaps the results, and the print link with them, out of band
            embed.get_by_label(SEARCH).press_sequentially("Hanoi", delay=30)
            expect(embed.get_by_text(SINGAPORE)).to_have_count(0)
            wait_for_htmx(frame)
        else:
            embed.get_by_label(SEARCH).fill("Hanoi")
            embed.get_by_role("button", name="Apply filters").click()
            expect(embed.get_by_text(SINGAPORE)).to_have_count(0)
        expect(print_link).to_have_attribute("href", share_url.removeprefix(live_server.url) + "print/?q=Hanoi")
        narrowed = frame.url

        with page.context.expect_page() as opened:
            print_link.click()
        handout = opened.value
        handout.wait_for_load_state()
        assert handout.url == share_url + "print/?q=Hanoi"
        assert handout.locator(".handout-event strong").all_inner_texts() == [HANOI]
        expect(handout.locator(".handout-narrowing")).to_have_text("Filtered: events matching “Hanoi”.")
        expect(handout.locator(".handout-link")).to_have_text(f"Online: {share_url}?q=Hanoi")
        # The class page and its frame stay as the pupil left them, and the handout has no hold on them.
        assert page.url == school_url + "class" and frame.url == narrowed and _titles(frame) == [HANOI]
        if javascript:
            assert handout.evaluate("window.opener") is None
        assert errors == []


# Each drawn label of the chart: its text, its box on screen and its font size in CSS pixels.
_CHART_LABELS = """() => [...document.querySelectorAll('.chart svg text')]
    .filter(t => { for (let e = t; e.tagName !== 'svg'; e = e.parentElement) if (getComputedStyle(e).display === 'none') return false; return true; })
    .map(t => ({text: t.textContent, left: t.getBoundingClientRect().left, right: t.getBoundingClientRect().right,
                px: parseFloat(getComputedStyle(t).fontSize), era: t.classList.contains('era-label')}))"""


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [320, 390])
def test_on_a_phone_the_embed_shows_its_chart_within_the_screen_and_a_bar_narrows_the_embed(live_server, browser,
                                                                                           artifacts_dir, width):
    share = _summits_share()
    embed_url = f"{live_server.url}/s/{share.token}/embed/"
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    errors = _collect_errors(page)
    try:
        page.goto(embed_url)
        expect(page.locator(".chart svg")).to_be_visible()
        page.locator(".chart").screenshot(path=str(artifacts_dir / f"share-embed-chart-{width}.png"))
        # Nothing reaches past the screen's edge, so the embed never scrolls sideways.
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        labels = page.evaluate(_CHART_LABELS)
        axis = [label for label in labels if not label["era"]]
        assert [label["text"] for label in axis][:2] == ["Jan 2018", "Jul 2018"]
        for label in labels:
            assert label["px"] >= 11 and 0 <= label["left"] and label["right"] <= width, label
        for left, right in pairwise(axis):
            assert left["right"] <= right["left"], (left, right)
        # Each bar is a link named for a screen reader, 24px wide or more: two years of months are drawn by quarter
        # on a phone. Choosing one narrows the embed to its months.
        bars = page.evaluate("""() => [...document.querySelectorAll('.chart a.chart-bar')].filter(a => getComputedStyle(a.parentElement).display !== 'none')
            .map(a => a.getBoundingClientRect().width)""")
        assert bars and min(bars) >= 24, bars
        page.get_by_role("link", name="Jan–Mar 2019: 1 event").click()
        expect(page).to_have_url(embed_url + "?from=2019-01&to=2019-03&starting=1")
        assert _titles(page) == [HANOI]
        assert errors == []
    finally:
        context.close()
