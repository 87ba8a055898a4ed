"""The teacher's pages on a phone: nothing wider than the screen, so no page scrolls sideways."""

import datetime

import pytest
from django.utils import timezone

from tests.e2e.test_editor_phone import _phone_page, _too_wide
from tests.factories import UserFactory
from timeline.models import SharedTimeline


@pytest.mark.django_db(transaction=True)
def test_the_list_of_shared_timelines_fits_a_phone_screen(live_server, browser):
    teacher = UserFactory(username="tess", groups=["Teachers"])
    # The widest a row gets: a frozen share (its date beside the mode), an expiry date, opened, with a long word.
    SharedTimeline.objects.create(
        owner=teacher, title="Denuclearisation negotiations 2018–2019", query="from=2018", mode=SharedTimeline.Mode.FROZEN,
        frozen_at=timezone.now(), expires_on=timezone.localdate() + datetime.timedelta(days=30),
        open_count=12, last_opened_at=timezone.now(),
    )
    page = _phone_page(browser, live_server, teacher)
    page.goto(f"{live_server.url}/shared/")
    assert page.locator("table.share-table").is_visible()
    assert _too_wide(page) == []
    page.context.close()
