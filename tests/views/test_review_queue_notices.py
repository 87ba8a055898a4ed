"""The review queue's filter notices: what the filter bar could not use, in the timeline's live region.

As on the timeline (tests/views/test_timeline_notices.py), the notices are a polite live region, #filter-notices,
that stays in the page outside what htmx swaps (#review-queue); an htmx refresh rewrites its content out of band
(static/js/notices.js adds only the new lines). A value not used stays in its box as typed, marked invalid and
described by its notice; without JavaScript the filter bar is a plain GET form and the page says the same.
"""

import re

import pytest

from tests.factories import EventFactory, EventSourceFactory
from tests.views.notices import region
from timeline.models import Status

pytestmark = pytest.mark.django_db
QUEUE = "/review/"
HTMX = {"HX-Request": "true", "HX-Target": "review-queue"}
CONFIDENCE_NOTICE = ("Confidence at most “lots” was not understood and is ignored "
                     "(try a number from 0 to 1, such as 0.5).")


def field(body: str, name: str) -> str:
    match = re.search(rf'<(?:input|select)[^>]*name="{name}"[^>]*>', body)
    assert match, f"no {name} field"
    return match.group(0)


@pytest.fixture
def queued(client, editor):
    EventSourceFactory(event=EventFactory(title="Still listed", status=Status.PROPOSED, confidence=0.3))
    client.force_login(editor)


@pytest.mark.usefixtures("queued")
@pytest.mark.parametrize("headers", [{}, HTMX], ids=["page", "htmx"])
def test_a_value_not_used_is_named_in_the_live_region_by_the_id_its_box_points_at(client, headers):
    body = client.get(QUEUE, {"max_confidence": "lots"}, headers=headers).content.decode()
    assert "Still listed" in body
    attributes, notices = region(body).groups()
    assert 'aria-live="polite"' in attributes and ("hx-swap-oob" in attributes) == bool(headers)
    # Not an alert inserted anew (read out unreliably), not atomic (each notice added is read alone).
    assert "role=" not in attributes and 'role="alert"' not in body and "queue-filter-errors" not in body
    assert notices == f'<ul class="notices"><li id="id_max_confidence_error">{CONFIDENCE_NOTICE}</li></ul>'
    assert body.count('id="filter-notices"') == 1


@pytest.mark.usefixtures("queued")
def test_the_region_stays_in_place_outside_what_htmx_swaps_and_is_rewritten_out_of_band_before_the_status(client):
    body = client.get(QUEUE, {"max_confidence": "lots"}).content.decode()
    assert body.index('id="filter-notices"') < body.index('<div id="review-queue">')
    partial = client.get(QUEUE, {"max_confidence": "lots"}, headers=HTMX).content.decode()
    assert partial.lstrip().startswith('<div id="review-queue">')
    # Said first, then the queue's status (live regions changed in one swap are read in the order they change).
    assert partial.index('id="filter-notices"') < partial.index('id="queue-status"')
    # Empty, it is there all the same, to be filled by an htmx change; and an htmx change to good values empties it.
    assert re.search(r'<div id="filter-notices" aria-live="polite"></div>', client.get(QUEUE).content.decode())
    cleared = client.get(QUEUE, {"max_confidence": "0.5"}, headers=HTMX).content.decode()
    assert re.search(r'<div id="filter-notices" aria-live="polite" hx-swap-oob="innerHTML"></div>', cleared)


@pytest.mark.usefixtures("queued")
def test_a_number_not_understood_stays_in_its_box_as_typed_marked_invalid_and_pointing_at_its_notice(client):
    # The plain form (no JavaScript) sends every field; the page keeps what was typed to be corrected there.
    query = {"document": "", "category": "", "max_confidence": "0,5 or so", "status": "", "sort": ""}
    body = client.get(QUEUE, query, follow=True).content.decode()
    assert '<form method="get" action="/review/" class="filter-bar"' in body
    box = field(body, "max_confidence")
    # A text box: a number box would show a value it cannot read as empty.
    assert 'type="text"' in box and 'value="0,5 or so"' in box and 'inputmode="decimal"' in box
    assert 'aria-invalid="true"' in box and 'aria-describedby="id_max_confidence_error"' in box
    assert 'data-notice="id_max_confidence_error"' in box
    assert ('<li id="id_max_confidence_error">Confidence at most “0,5 or so” was not understood and is ignored '
            "(try a number from 0 to 1, such as 0.5).</li>") in body
    for other in ("document", "category", "status", "sort"):
        assert "aria-invalid" not in field(body, other) and "aria-describedby" not in field(body, other)


@pytest.mark.usefixtures("queued")
def test_each_value_not_used_has_its_own_notice_in_the_order_of_the_filter_bar(client):
    body = client.get(QUEUE, {"sort": "sideways", "document": "999999", "max_confidence": "2"}).content.decode()
    notices = region(body)[2]
    assert re.findall(r'<li id="id_(\w+)_error">', notices) == ["document", "max_confidence", "sort"]
    assert ('<li id="id_max_confidence_error">Confidence at most “2” is more than 1 and is ignored '
            "(try a number from 0 to 1, such as 0.5).</li>") in notices
    for name in ("document", "sort"):
        assert f'aria-describedby="id_{name}_error"' in field(body, name) and 'aria-invalid="true"' in field(body, name)
    assert 'value="2"' in field(body, "max_confidence")


# A select given a value that is none of its options (an old or mistyped link): the parameter, the value and the
# option used instead, as the timeline says of its Order (tests/views/test_timeline_notices.py).
SELECTS = [
    ("status", "bogus", "proposed", "proposed"),
    ("sort", "sideways", "confidence", "lowest confidence first"),
    ("category", "PARTY", "", "all categories"),
    ("document", "999999", "", "all documents"),
]
SELECT_IDS = [name for name, *_rest in SELECTS]


@pytest.mark.usefixtures("queued")
@pytest.mark.parametrize(("name", "typed", "used", "label"), SELECTS, ids=SELECT_IDS)
@pytest.mark.parametrize("headers", [{}, HTMX], ids=["page", "htmx"])
def test_a_choice_a_select_does_not_know_is_named_with_the_option_used_instead(client, name, typed, used, label,
                                                                               headers):
    body = client.get(QUEUE, {name: typed}, headers=headers).content.decode()
    assert "Still listed" in body
    assert region(body)[2] == \
        f'<ul class="notices"><li id="id_{name}_error">Unknown {name} “{typed}” is ignored; showing {label}.</li></ul>'


@pytest.mark.usefixtures("queued")
@pytest.mark.parametrize(("name", "typed", "used", "label"), SELECTS, ids=SELECT_IDS)
def test_a_select_given_a_choice_it_does_not_know_shows_the_option_used_marked_invalid(client, name, typed, used,
                                                                                       label):
    # The plain form (no JavaScript) sends every field: the select shows, chosen, the option the queue uses, not
    # none (a browser would show its first, whichever that is), and sending the form again sends that one.
    query = {"document": "", "category": "", "max_confidence": "", "status": "", "sort": "", name: typed}
    body = client.get(QUEUE, query, follow=True).content.decode()
    select = re.search(rf'<select name="{name}".*?</select>', body, re.S)[0]
    assert 'aria-invalid="true"' in select and f'aria-describedby="id_{name}_error"' in select
    assert re.findall(r'<option value="([^"]*)"[^>]*selected', select) == [used]
    # Chosen again from the list, it is known: no notice, nothing marked.
    again = client.get(QUEUE, {**query, name: used}, follow=True).content.decode()
    assert region(again)[2] == "" and "aria-invalid" not in again


@pytest.mark.usefixtures("queued")
def test_a_value_not_used_leaves_the_other_filters_in_force(client):
    # The notice names only the confidence: the category given beside it still narrows the queue.
    EventSourceFactory(event=EventFactory(title="An agreement", status=Status.PROPOSED, category="AGREE",
                                          confidence=0.9))
    body = client.get(QUEUE, {"category": "AGREE", "max_confidence": "lots"}).content.decode()
    titles = re.findall(r'class="queue-title"[^>]*>(?:<a [^>]*>)?([^<]+)<', body)
    assert titles == ["An agreement"], titles
    notice = f'<ul class="notices"><li id="id_max_confidence_error">{CONFIDENCE_NOTICE}</li></ul>'
    assert region(body).group(2) == notice
