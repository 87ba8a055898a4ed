"""The share page's two copy buttons, each saying beside itself that it copied."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tests.factories import UserFactory
from timeline.models import SharedTimeline


@pytest.mark.django_db(transaction=True)
def test_copying_the_embed_code_says_so_beside_its_button(live_server, browser, console_errors, page):
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    share = SharedTimeline.objects.create(owner=teacher, title="Summits since 2018", query="from=2018")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    sign_in(page, live_server, teacher)
    page.goto(f"{live_server.url}/shared/{share.pk}/")

    page.get_by_role("button", name="Copy embed code").click()
    # Without a word of its own the button looked dead, and a screen reader heard nothing: the status the teacher
    # reads is the one in the embed code's paragraph, and the link's stays silent, as its button was not pressed.
    embed_paragraph = page.locator("p").filter(has=page.locator("#embed-code"))
    expect(embed_paragraph.get_by_role("status")).to_have_text("Copied.")
    expect(page.locator("p").filter(has=page.locator("#share-url")).get_by_role("status")).to_have_text("")
    assert page.evaluate("() => navigator.clipboard.readText()").startswith("<iframe src=")
    assert console_errors == []
