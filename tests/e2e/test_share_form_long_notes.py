"""The share form's class-note boxes show the whole of a note saved earlier, not its first two lines."""

import datetime

import pytest

from tests.e2e.conftest import sign_in
from tests.factories import EventFactory, UserFactory
from timeline import shares
from timeline.models import SharedTimeline


@pytest.mark.django_db(transaction=True)
def test_a_class_note_of_two_paragraphs_is_shown_whole_in_its_box(live_server, page, console_errors):
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    event = EventFactory(title="Kim and Moon meet at Panmunjom", date_start=datetime.date(2018, 4, 27))
    quiet = EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    # What an editor's merge leaves on the surviving card: both events' class notes, as two paragraphs.
    joined = "Who proposed this meeting, and why then?\n\nCompare with the Singapore statement."
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018")
    shares.save_share(share=share, notes={event.pk: joined}, excluded=[], pinned=[], freeze=True)
    sign_in(page, live_server, teacher)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server.url}/shared/{share.pk}/")

    box = page.locator(f"#note-{event.pk}")
    # A box of two rows showed the first paragraph and a blank line: the second note, the merged-in one, was out of
    # sight, and a teacher who did not scroll inside the box did not know it was there.
    assert box.evaluate("b => b.scrollHeight <= b.clientHeight"), "the note is cut off in its box"
    # An empty box still offers room for a sentence or two.
    empty = page.locator(f"#note-{quiet.pk}")
    assert empty.evaluate("b => b.clientHeight") >= 40
    assert console_errors == []
