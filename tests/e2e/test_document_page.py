"""A source document in Chromium, opened at a cited sentence as a timeline row's "From …" link opens it."""

import pytest
from django.db.models import Count
from django.db.models.functions import Length
from playwright.sync_api import expect

from timeline.models import EventSource


def _opened_at(browser, live_server, source, height):
    """A new browser page on the document of ``source``, at its sentence's anchor."""
    context = browser.new_context(viewport={"width": 1200, "height": height})
    page = context.new_page()
    page.goto(live_server.url + f"{source.document.get_absolute_url()}#source-{source.pk}")
    return context, page


@pytest.mark.django_db(transaction=True)
def test_a_cited_sentence_opens_a_few_lines_below_the_top_with_its_outline_whole(live_server, browser, seeded):
    # A sentence far into the longest seed document, so the page can scroll it anywhere.
    source = (EventSource.objects.annotate(length=Length("document__text"))
              .filter(sentence_start__gt=1500).order_by("-length", "-sentence_start").first())
    context, page = _opened_at(browser, live_server, source, height=700)
    sentence = page.locator(f"#source-{source.pk}")
    expect(sentence).to_be_in_viewport()
    assert page.evaluate("window.scrollY") > 0
    top = sentence.evaluate("el => el.getBoundingClientRect().top")
    line = sentence.evaluate("el => parseFloat(getComputedStyle(el.parentElement).lineHeight)")
    # At least two lines of the text above it show, and its 3px outline is not cut off at the top.
    assert top >= 2 * line + 3
    context.close()


@pytest.mark.django_db(transaction=True)
def test_the_second_event_of_a_sentence_opens_the_document_at_that_sentence_outlined(live_server, browser, seeded):
    # The seeds hold sentences that give two events; the second's link used to open the document at its top.
    shared = (EventSource.objects.filter(sentence_start__gt=300, stale=False).values("document", "sentence_start")
              .annotate(n=Count("pk")).filter(n__gt=1).order_by("document", "sentence_start").first())
    first, second = EventSource.objects.filter(document=shared["document"], sentence_start=shared["sentence_start"]).order_by("pk")[:2]
    context, page = _opened_at(browser, live_server, second, height=400)
    sentence = page.locator(f"#source-{first.pk}")
    expect(sentence).to_be_in_viewport()
    assert page.evaluate("window.scrollY") > 0
    assert sentence.evaluate("el => getComputedStyle(el).outlineStyle") == "solid"
    context.close()
