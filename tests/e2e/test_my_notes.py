"""A teacher in Chromium notices, from the header, a highlight of theirs whose passage left its document, and follows
"My notes" to the document to highlight the passage again."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import axe_in_own_context, sign_in
from tests.factories import DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline.models import Annotation


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_teacher_follows_the_header_count_to_a_highlight_needing_review(live_server, browser, page,
                                                                          console_errors):
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    source = EventSourceFactory(event=EventFactory(title="Geneva talks"),
                                document=DocumentFactory(title="Geneva wire"))
    lost = Annotation.objects.create(
        author=teacher, event=source.event, document=source.document, visibility="private", needs_review=True,
        body="Compare with the 1954 conference", quote_exact="the envoys met", position_start=0, position_end=14,
    )
    Annotation.objects.create(author=teacher, event=source.event, body="Ask the class who called the talks")
    sign_in(page, live_server, teacher)

    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My notes 1 to review").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My notes")
    review = page.get_by_role("region", name="Highlights that need your review")
    expect(review.get_by_role("listitem")).to_have_count(1)
    expect(review).to_contain_text("Compare with the 1954 conference")
    expect(page.get_by_role("region", name="Other notes and highlights")).to_contain_text(
        "Ask the class who called the talks")
    assert axe_in_own_context(browser, page.url, page.context.storage_state()) == []

    review.get_by_role("link", name="Open “Geneva wire”").click()
    expect(page).to_have_url(re.compile(rf"{source.document.get_absolute_url()}#note-{lost.pk}$"))
    expect(page.locator(f"#note-{lost.pk}")).to_contain_text("needs review: the passage changed")
    assert console_errors == []
