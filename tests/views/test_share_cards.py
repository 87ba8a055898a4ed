"""A share's cards say what the timeline's rows say about each event: its category, whether it only was planned
(or is hypothetical, or denied), and how sure its date is, on the share page, its embed and the printed handout,
live or frozen. A pupil must never read a plan as something that happened, nor a teacher choosing what to pin in
or leave out on the share's form.
"""

import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from tests.views.saved_shares import saved_share
from timeline import shares
from timeline.models import Category, DateMod, Modality, Precision, SharedTimeline, SharedTimelineItem

MODES = [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN]
PAGES = ["share_detail", "share_embed", "share_print"]


@pytest.fixture
def events(db):
    return {
        "summit": EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12),
                               category=Category.CONSULT),
        "plan": EventFactory(title="Working talks in Stockholm", date_start=datetime.date(2019, 10, 1),
                             date_end=datetime.date(2019, 10, 31), precision=Precision.MONTH, date_text="October",
                             modality=Modality.PLANNED, category=Category.CONSULT),
        "maybe": EventFactory(title="A second summit in Vietnam", date_start=datetime.date(2019, 2, 1),
                              date_end=datetime.date(2019, 2, 28), precision=Precision.MONTH,
                              modality=Modality.HYPOTHETICAL),
        "denied": EventFactory(title="Secret talks in Sweden", date_start=datetime.date(2019, 1, 1),
                               date_end=datetime.date(2019, 12, 31), precision=Precision.YEAR,
                               modality=Modality.NEGATED),
        "about": EventFactory(title="Hotline reopened", date_start=datetime.date(2020, 1, 1),
                              date_end=datetime.date(2020, 12, 31), precision=Precision.YEAR, date_mod=DateMod.APPROX),
    }


def _share(teacher, mode) -> SharedTimeline:
    # Saved with the plans shown, as a teacher does to discuss what was announced.
    return saved_share(teacher, mode, title="Talks", query="from=2018&plans=1")


def _card(body: str, event) -> str:
    """The card (or the handout's entry) of one event."""
    match = re.search(rf'<li class="[^"]*" data-event-id="{event.pk}">.*?</li>', body, re.DOTALL)
    assert match, f"no card for {event.title}"
    return match.group(0)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", PAGES)
def test_a_plan_a_hypothesis_and_a_denial_are_marked_as_the_timeline_marks_them(client, teacher, events, mode, name):
    share = _share(teacher, mode)
    body = client.get(reverse(f"timeline:{name}", args=[share.token])).content.decode()
    assert 'class="badge modality">Planned or announced</span>' in _card(body, events["plan"])
    assert 'class="badge modality">Hypothetical</span>' in _card(body, events["maybe"])
    assert 'class="badge modality">Did not happen</span>' in _card(body, events["denied"])
    assert "badge modality" not in _card(body, events["summit"]) + _card(body, events["about"])
    # A date known only roughly says so, in the timeline's words.
    assert "about 2020" in _card(body, events["about"])


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", ["share_detail", "share_embed"])
def test_a_shares_cards_carry_the_timelines_category_badge_and_italic_title_for_what_did_not_happen(
        client, teacher, events, mode, name):
    share = _share(teacher, mode)
    body = client.get(reverse(f"timeline:{name}", args=[share.token])).content.decode()
    summit, plan = _card(body, events["summit"]), _card(body, events["plan"])
    assert '<span class="badge cat cat-verbal-cooperation"><span class="badge-key">Category:</span> Consult</span>' in summit
    assert 'class="event event-unasserted"' in plan and 'class="event"' in summit
    # The timeline's own row of the plan shows the same badges.
    row = client.get(reverse("timeline:event_list"), {"plans": "1", "q": "stockholm"}).content.decode()
    for badge in re.findall(r'<span class="badge[^"]*">(?:<span[^>]*>[^<]*</span>)?[^<]*</span>', plan):
        assert badge in row


def test_a_frozen_card_keeps_the_plan_it_was_when_frozen(client, teacher, events):
    share = _share(teacher, SharedTimeline.Mode.FROZEN)
    events["plan"].modality = Modality.ASSERTED  # the talks took place; the class studies what was known then
    events["plan"].save()
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "Planned or announced" in _card(body, events["plan"])


def test_a_snapshot_frozen_without_modality_or_category_still_shows_as_an_event_that_happened(client, teacher, events):
    share = SharedTimeline.objects.create(owner=teacher, title="Old copy", query="", mode=SharedTimeline.Mode.FROZEN,
                                          frozen_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    # A snapshot as an older version might have written it: no modality, no category.
    SharedTimelineItem.objects.create(share=share, event=events["summit"], snapshot={
        "id": events["summit"].pk, "title": "Singapore summit", "date_start": "2018-06-12", "date_end": "2018-06-12",
        "precision": "day"})
    for name in PAGES:
        response = client.get(reverse(f"timeline:{name}", args=[share.token]))
        assert response.status_code == 200, name
        card = _card(response.content.decode(), events["summit"])
        assert "Singapore summit" in card and "badge" not in card and "event-unasserted" not in card, name


@pytest.mark.parametrize("page", ["new", "edit live", "edit frozen"])
def test_the_teachers_form_marks_the_plans_it_lists_as_the_timeline_does(client, teacher, events, page):
    client.force_login(teacher)
    if page == "new":
        body = client.get(reverse("timeline:share_new"), {"from": "2018", "plans": "1"}).content.decode()
    else:
        share = _share(teacher, SharedTimeline.Mode.FROZEN if page == "edit frozen" else SharedTimeline.Mode.LIVE)
        body = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    plan, summit = _card(body, events["plan"]), _card(body, events["summit"])
    assert 'class="event event-unasserted"' in plan and 'class="badge modality">Planned or announced</span>' in plan
    assert 'class="badge modality">Hypothetical</span>' in _card(body, events["maybe"])
    assert 'class="badge modality">Did not happen</span>' in _card(body, events["denied"])
    assert 'class="event"' in summit and "badge modality" not in summit
    assert '<span class="badge cat cat-verbal-cooperation"><span class="badge-key">Category:</span> Consult</span>' in summit
    # Each is still a row the teacher can annotate or leave out.
    assert f'name="exclude-{events["plan"].pk}"' in plan and f'name="note-{events["plan"].pk}"' in plan


def test_a_plan_pinned_into_a_share_saved_without_plans_is_marked_on_its_form(client, teacher, events):
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018")
    shares.save_share(share=share, notes={}, excluded=[], pinned=[events["plan"].pk], freeze=False)
    client.force_login(teacher)
    body = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert "Planned or announced" in _card(body, events["plan"])
    assert events["maybe"].title not in body  # the saved filters leave the other plans out
