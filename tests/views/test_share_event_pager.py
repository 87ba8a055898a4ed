"""An event page opened from a shared timeline's card steps through that share's events, in the share's order.

``/events/<id>/?share=<token>``, when the token opens a share (not revoked, not expired) that shows the event: its
"Previous event" and "Next event" are the share's cards either side (a live share's events now, a frozen share's
copies, in the order the teacher saved), and each step carries the same ``?share=<token>``, so a pupil pages through
the share without JavaScript. Any other token leaves the steps walking the timeline, as without one.
"""

import datetime
import re

import pytest
from django.http import QueryDict

from tests.factories import EventFactory
from tests.views.saved_shares import saved_share
from timeline import shares
from timeline.models import SharedTimeline, Status

MODES = [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN]


@pytest.fixture
def summits(db):
    return {
        "framework": EventFactory(title="Agreed Framework", date_start=datetime.date(1994, 10, 21), category="CONSULT"),
        "singapore": EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), category="CONSULT"),
        "outside": EventFactory(title="Olympic delegation", date_start=datetime.date(2018, 8, 1), category="ACCUSE"),
        "hanoi": EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), category="CONSULT"),
        "dmz": EventFactory(title="DMZ meeting", date_start=datetime.date(2019, 6, 30), category="CONSULT"),
        "pinned": EventFactory(title="Pompeo visits Pyongyang", date_start=datetime.date(2017, 5, 1), category="CONSULT"),
    }


def _share(teacher, mode, query="from=2018&category=CONSULT", **choices) -> SharedTimeline:
    return saved_share(teacher, mode, title="Summits for Monday", query=query, **choices)


def _pager(client, event, **params) -> dict[str, tuple[str, str]]:
    body = client.get(event.get_absolute_url(), params).content.decode()
    nav = re.search(r'<nav class="event-pager".*?</nav>', body, re.DOTALL)
    if not nav:
        return {}
    return {rel: (href, title) for rel, href, title in
            re.findall(r'<a rel="(prev|next)" href="([^"]*)">.*?<span class="event-pager-title">([^<]*)</span>', nav.group(0), re.DOTALL)}


def _step(event, share) -> tuple[str, str]:
    return f"/events/{event.pk}/?share={share.token}", event.title


@pytest.mark.parametrize("mode", MODES)
def test_the_steps_walk_the_shares_events_and_carry_its_token(client, teacher, summits, mode):
    share = _share(teacher, mode, pinned=[summits["pinned"].pk])
    assert [r.title for r in shares.share_view(share, QueryDict()).records] == [
        "Pompeo visits Pyongyang", "Singapore summit", "Hanoi summit", "DMZ meeting"]
    # The Olympic delegation, between Singapore and Hanoi on the timeline, is not in the share: never a step.
    assert _pager(client, summits["singapore"], share=share.token) == {
        "prev": _step(summits["pinned"], share), "next": _step(summits["hanoi"], share)}
    assert _pager(client, summits["hanoi"], share=share.token) == {
        "prev": _step(summits["singapore"], share), "next": _step(summits["dmz"], share)}


@pytest.mark.parametrize("mode", MODES)
def test_the_shares_first_and_last_events_have_no_previous_and_no_next(client, teacher, summits, mode):
    share = _share(teacher, mode, pinned=[summits["pinned"].pk])
    # On the timeline the pinned visit has the Agreed Framework before it and the DMZ meeting has nothing after it;
    # in the share the visit is first and the DMZ meeting last.
    assert _pager(client, summits["pinned"], share=share.token) == {"next": _step(summits["singapore"], share)}
    assert _pager(client, summits["dmz"], share=share.token) == {"prev": _step(summits["hanoi"], share)}
    # A share of one event: no steps at all.
    alone = _share(teacher, mode, query="q=Hanoi")
    assert _pager(client, summits["hanoi"], share=alone.token) == {}


@pytest.mark.parametrize("mode", MODES)
def test_the_steps_follow_the_shares_saved_order_and_leave_out_what_it_leaves_out(client, teacher, summits, mode):
    share = _share(teacher, mode, query="from=2018&category=CONSULT&sort=newest", excluded=[summits["hanoi"].pk])
    assert _pager(client, summits["dmz"], share=share.token) == {"next": _step(summits["singapore"], share)}
    assert _pager(client, summits["singapore"], share=share.token) == {"prev": _step(summits["dmz"], share)}


def test_a_live_share_steps_to_an_event_published_since(client, teacher, summits):
    share = _share(teacher, SharedTimeline.Mode.LIVE)
    later = EventFactory(title="Stockholm meeting", date_start=datetime.date(2019, 10, 5), category="CONSULT")
    assert _pager(client, summits["dmz"], share=share.token) == {
        "prev": _step(summits["hanoi"], share), "next": _step(later, share)}


def test_a_frozen_share_steps_through_its_copies_only(client, teacher, summits):
    share = _share(teacher, SharedTimeline.Mode.FROZEN)
    EventFactory(title="Stockholm meeting", date_start=datetime.date(2019, 10, 5), category="CONSULT")
    # Published after the freeze: not a step. Hanoi, taken off the timeline since, keeps its card but not its link,
    # so the steps go over it, as a pupil clicking through the share's titles would.
    summits["hanoi"].status = Status.REJECTED
    summits["hanoi"].save()
    assert _pager(client, summits["dmz"], share=share.token) == {"prev": _step(summits["singapore"], share)}
    assert _pager(client, summits["singapore"], share=share.token) == {"next": _step(summits["dmz"], share)}


@pytest.mark.parametrize("mode", MODES)
def test_a_token_that_does_not_open_a_share_holding_the_event_leaves_the_timelines_steps(client, teacher, summits, mode):
    hanoi = summits["hanoi"]
    timeline_steps = {"prev": (f"/events/{summits['outside'].pk}/", "Olympic delegation"),
                      "next": (f"/events/{summits['dmz'].pk}/", "DMZ meeting")}
    assert _pager(client, hanoi) == timeline_steps
    left_out = _share(teacher, mode, excluded=[hanoi.pk])
    revoked = _share(teacher, mode)
    revoked.revoked_at = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    revoked.save()
    expired = _share(teacher, mode)
    expired.expires_on = datetime.date(2020, 1, 1)
    expired.save()
    open_share = _share(teacher, mode)
    for token in ["x", open_share.token[:-1], "y" * 500, left_out.token, revoked.token, expired.token]:
        assert _pager(client, hanoi, share=token) == timeline_steps, token
    # With the timeline's filters as well, an invalid token keeps them in the steps exactly as before.
    assert _pager(client, hanoi, share="x", q="summit") == _pager(client, hanoi, q="summit") == {
        "prev": (f"/events/{summits['singapore'].pk}/?q=summit", "Singapore summit")}
    # An event the open share does not hold (outside its filters): the timeline's steps too.
    assert _pager(client, summits["framework"], share=open_share.token) == {
        "next": (f"/events/{summits['pinned'].pk}/", "Pompeo visits Pyongyang")}


@pytest.mark.parametrize("mode", MODES)
def test_the_steps_walk_what_the_pupil_filtered_the_share_to_and_keep_those_filters(client, teacher, summits, mode):
    share = _share(teacher, mode, pinned=[summits["pinned"].pk])
    # Narrowed to 2019 on the share's page, the Singapore summit and the pinned visit are not listed: never a step.
    step = lambda event: (f"/events/{event.pk}/?share={share.token}&amp;from=2019", event.title)  # noqa: E731
    assert _pager(client, summits["hanoi"], share=share.token, **{"from": "2019"}) == {"next": step(summits["dmz"])}
    assert _pager(client, summits["dmz"], share=share.token, **{"from": "2019"}) == {"prev": step(summits["hanoi"])}
    # An event the pupil's filters do not list (a link typed by hand) steps through the whole share, as saved.
    assert _pager(client, summits["singapore"], share=share.token, **{"from": "2019"}) == {
        "prev": _step(summits["pinned"], share), "next": _step(summits["hanoi"], share)}
