"""The precision an editor picks over the typed date: never one that makes the timeline name a wrong period."""

import datetime
import re

import pytest

from tests.views.edit_posts import event, save_date  # noqa: F401  (event: a fixture)
from timeline.dates import format_event_date

pytestmark = pytest.mark.django_db


def test_a_season_over_a_whole_year_is_refused_naming_the_typed_date_rather_than_shown_as_winter(client, editor, event):
    # Stored, "late 2019" at season precision read "late winter 2019" on the timeline: a season nobody typed.
    client.force_login(editor)
    response = save_date(client, event, "late 2019", "season")
    assert response.status_code == 422
    assert (
        "“late 2019” runs from 1 January to 31 December 2019, longer than one season: type the season itself "
        "(“autumn 2019”) or choose another precision."
    ) in response.content.decode()
    event.refresh_from_db()
    assert (event.date_start, event.version) == (datetime.date(2018, 6, 12), 1)


def test_a_season_across_two_seasons_is_refused(client, editor, event):
    client.force_login(editor)
    response = save_date(client, event, "November 2019 to January 2020", "season")
    assert response.status_code == 422
    html = response.content.decode()
    assert "“November 2019 to January 2020” runs from 1 November 2019 to 31 January 2020" in html


def test_a_month_inside_one_season_may_be_made_that_season(client, editor, event):
    client.force_login(editor)
    assert save_date(client, event, "December 2019", "season").status_code == 302
    event.refresh_from_db()
    assert event.precision == "season"
    assert format_event_date(event.date_start, event.date_end, event.precision) == "winter 2019–20"


HTMX = {"HX-Request": "true"}


def live_preview(client, event, date_text: str, precision: str | None = None) -> str:
    query = {"date_text": date_text} | ({"precision": precision} if precision is not None else {})
    return client.get(f"/events/{event.pk}/edit/date-preview/", query, headers=HTMX).content.decode()


def test_the_live_preview_says_the_precision_chosen_in_the_dropdown_as_save_stores_it(client, editor, event):
    client.force_login(editor)
    html = live_preview(client, event, "December 2019", "season")
    assert "Earliest <strong>1 December 2019</strong>" in html and "precision <strong>season</strong>" in html
    assert save_date(client, event, "December 2019", "season").status_code == 302
    event.refresh_from_db()
    assert event.precision == "season"


def test_left_at_its_automatic_choice_the_live_preview_says_the_precision_the_date_gives(client, editor, event):
    client.force_login(editor)
    assert "precision <strong>month</strong>" in live_preview(client, event, "December 2019", "")
    assert "precision <strong>month</strong>" in live_preview(client, event, "December 2019")
    # A choice the dropdown does not offer (an old page, a hand-made address) is no choice.
    assert "precision <strong>month</strong>" in live_preview(client, event, "December 2019", "fortnight")


def test_the_live_preview_refuses_a_season_longer_than_one_as_save_does(client, editor, event):
    client.force_login(editor)
    html = live_preview(client, event, "late 2019", "season")
    assert "Earliest" not in html
    assert "“late 2019” runs from 1 January to 31 December 2019, longer than one season" in html


def test_previewing_without_javascript_uses_the_chosen_precision(client, editor, event):
    client.force_login(editor)
    data = {"date_text": "12 June 2018", "precision": "year", "title": event.title, "version": event.version,
            "preview": "1"}
    html = client.post(f"/events/{event.pk}/edit/", data).content.decode()
    assert "precision <strong>year</strong>" in html
    event.refresh_from_db()
    assert (event.precision, event.version) == ("day", 1)


def test_the_date_box_asks_for_its_preview_with_the_precision_and_again_when_the_precision_changes(
    client, editor, event
):
    client.force_login(editor)
    page = client.get(f"/events/{event.pk}/edit/").content.decode()
    date_box = re.search(r'<input type="text" name="date_text"[^>]*>', page)[0]
    assert f'hx-include="#event-{event.pk}-precision"' in date_box
    assert f"change from:#event-{event.pk}-precision" in date_box
    assert re.search(rf'<select name="precision"[^>]* id="event-{event.pk}-precision"', page)
