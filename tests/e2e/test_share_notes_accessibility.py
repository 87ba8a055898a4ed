"""A shared timeline with several class notes and public notes, checked by axe-core on its page and its embed."""

import datetime

import pytest

from tests.e2e.conftest import axe_in_own_context
from tests.factories import EventFactory, UserFactory
from tests.views.saved_shares import saved_share
from timeline.models import Annotation, SharedTimeline


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
@pytest.mark.parametrize("suffix", ["", "embed/"])
def test_a_share_with_several_notes_passes_axe(live_server, browser, suffix):
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    singapore = EventFactory(title="Trump and Kim meet in Singapore", date_start=datetime.date(2018, 6, 12))
    hanoi = EventFactory(title="Summit in Hanoi ends early", date_start=datetime.date(2019, 2, 28))
    for event in (singapore, hanoi):
        Annotation.objects.create(author=teacher, event=event, body=f"Read more on {event.title}.", visibility="public")
    # A teacher notes most events of a share: each note was a landmark of the same name, a screen reader's list of
    # landmarks a column of "Teacher's note" (axe-core: landmark-unique).
    share = saved_share(teacher, SharedTimeline.Mode.LIVE, notes={singapore.pk: "Who asked for this meeting?",
                                                                   hanoi.pk: "Why did it end early?"})
    assert axe_in_own_context(browser, f"{live_server.url}/s/{share.token}/{suffix}") == []
