"""An editor types a week or a half-year, in words or as TimeML writes it, and the event keeps that precision."""

import datetime

import pytest

from tests.views.edit_posts import event, save_date  # noqa: F401  (event: a fixture)

pytestmark = pytest.mark.django_db


def _preview(client, event, text: str, precision: str = "") -> str:
    response = client.get(f"/events/{event.pk}/edit/date-preview/", {"date_text": text, "precision": precision},
                          headers={"HX-Request": "true"})
    return " ".join(response.content.decode().split())


@pytest.mark.parametrize("text", ["the week of 3 March 2025", "2025-W10", "2025-w10"])
def test_a_typed_week_is_previewed_and_saved_as_a_week(client, editor, event, text):
    client.force_login(editor)
    assert ("Earliest <strong>3 March 2025</strong>, latest <strong>9 March 2025</strong>, precision "
            "<strong>week</strong>") in _preview(client, event, text)
    assert save_date(client, event, text).status_code == 302
    event.refresh_from_db()
    assert (event.date_start, event.date_end, event.precision) == (
        datetime.date(2025, 3, 3), datetime.date(2025, 3, 9), "week")


@pytest.mark.parametrize("text", ["first half of 2024", "the first half of 2024", "2024-H1"])
def test_a_typed_half_year_is_previewed_and_saved_as_a_half_year(client, editor, event, text):
    client.force_login(editor)
    assert ("Earliest <strong>1 January 2024</strong>, latest <strong>30 June 2024</strong>, precision "
            "<strong>half-year</strong>") in _preview(client, event, text)
    assert save_date(client, event, text).status_code == 302
    event.refresh_from_db()
    assert (event.date_start, event.date_end, event.precision) == (
        datetime.date(2024, 1, 1), datetime.date(2024, 6, 30), "half")


def test_an_iso_week_that_no_year_has_is_refused(client, editor, event):
    client.force_login(editor)
    assert save_date(client, event, "2025-W53").status_code == 422
    event.refresh_from_db()
    assert event.version == 1
