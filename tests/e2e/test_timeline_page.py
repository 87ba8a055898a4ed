import pytest
from playwright.sync_api import expect


@pytest.mark.django_db(transaction=True)
def test_the_timeline_shows_the_seed_articles_events_in_chromium(live_server, page, seeded, console_errors):
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("timeline")
    speech = page.locator('[data-event-id] time[datetime="2025-09-21"]')
    expect(speech.first).to_be_visible()
    assert page.locator("[data-event-id]").count() >= 7
    assert console_errors == []
