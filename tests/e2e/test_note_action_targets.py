"""A note's Edit and Delete links, under the event form, are touch targets a finger can hit: axe-core's
target-size rule (WCAG 2.2 AA) passes on the event edit page, on a desktop and on a phone."""

import pytest

from tests.e2e.conftest import axe_in_own_context, sign_in
from tests.factories import EventFactory, UserFactory
from timeline.models import Annotation


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
@pytest.mark.parametrize("width", [1280, 390])
def test_a_notes_edit_and_delete_links_are_big_enough_to_tap(live_server, browser, page, width):
    editor = UserFactory(username="editor", groups=["Editors"])
    event = EventFactory(title="Leaders meet in Singapore")
    Annotation.objects.create(author=editor, event=event, body="Check the date against the joint statement.")
    sign_in(page, live_server, editor)
    page.set_viewport_size({"width": width, "height": 900})
    url = f"{live_server.url}/events/{event.pk}/edit/"
    page.goto(url)
    links = page.locator(".note-actions a")
    assert links.count() == 2
    boxes = [links.nth(n).bounding_box() for n in range(2)]
    assert all(box["width"] >= 24 and box["height"] >= 24 for box in boxes), boxes
    violations = axe_in_own_context(browser, url, storage_state=page.context.storage_state(),
                                    viewport={"width": width, "height": 900})
    assert violations == []
