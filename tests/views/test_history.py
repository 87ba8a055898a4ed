"""An event's history: who changed what, when and why, as a readable diff; reverting is itself recorded."""

import datetime

import pytest

from tests.factories import ActorFactory, EventFactory, EventSourceFactory
from timeline import services
from timeline.loading import DocumentInput
from timeline.models import Event
from timeline.views.editing import _loaded_values

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(editor):
    event = EventSourceFactory(
        event=EventFactory(title="Singapore summit", actors=[ActorFactory(name="North Korea")])
    ).event
    services.edit_event(
        event_id=event.pk,
        loaded_version=1,
        changes={
            "date_start": datetime.date(2018, 6, 1),
            "date_end": datetime.date(2018, 6, 30),
            "precision": "month",
            "date_text": "June 2018",
        },
        actors=[ActorFactory(name="United States")],
        user=editor,
        reason="Only the month is certain",
    )
    return Event.objects.get(pk=event.pk)


def test_it_shows_who_changed_what_and_why(client, editor, event):
    client.force_login(editor)
    html = client.get(f"/events/{event.pk}/history/").content.decode()
    assert "Only the month is certain" in html
    assert ">ed<" in html or " ed\n" in html or "ed\n" in html
    assert "<del>day</del>" in html and "<ins>month</ins>" in html
    assert "<del>North Korea</del>" in html and "<ins>United States</ins>" in html
    assert "<del>June 12, 2018</del>" in html or "<del>12 June 2018</del>" in html


def test_reverting_restores_the_old_fields_and_actors_and_is_recorded(client, editor, event):
    client.force_login(editor)
    # The row before the edit: created, then its actors set (the factory, like ingest, does it in two steps).
    before = event.history.all()[1]
    assert before.version == 1
    response = client.post(f"/events/{event.pk}/history/{before.history_id}/revert/", {"version": event.version})
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.date_start, event.date_end, event.precision) == (
        datetime.date(2018, 6, 12),
        datetime.date(2018, 6, 12),
        "day",
    )
    assert [a.name for a in event.actors.all()] == ["North Korea"]
    assert event.version == 3
    latest = event.history.first()
    assert latest.history_change_reason.startswith("Reverted to version 1")
    assert latest.history_user == editor
    assert "Reverted to version 1" in client.get(f"/events/{event.pk}/history/").content.decode()


def test_a_revert_from_a_stale_history_page_is_refused(client, editor, event):
    client.force_login(editor)
    first = event.history.earliest("history_date")
    response = client.post(f"/events/{event.pk}/history/{first.history_id}/revert/", {"version": 1}, follow=True)
    assert "Not reverted" in response.content.decode()
    event.refresh_from_db()
    assert event.precision == "month"


def test_a_revert_needs_the_loaded_version_and_a_history_row_of_this_event(client, editor, event):
    other = EventFactory()
    client.force_login(editor)
    first = event.history.earliest("history_date")
    assert client.post(f"/events/{event.pk}/history/{first.history_id}/revert/").status_code == 400
    other_row = other.history.first()
    assert (
        client.post(
            f"/events/{event.pk}/history/{other_row.history_id}/revert/", {"version": event.version}
        ).status_code
        == 404
    )


def test_publishing_from_the_queue_appears_in_the_history(client, editor, event):
    client.force_login(editor)
    client.post(f"/review/{event.pk}/reject/")
    html = client.get(f"/events/{event.pk}/history/").content.decode()
    assert "Marked rejected in the review queue" in html
    assert "<del>published</del>" in html and "<ins>rejected</ins>" in html


def test_an_extracted_event_starts_with_one_version_1_that_has_its_actors(client, editor):
    ActorFactory(name="North Korea")
    ActorFactory(name="United States")
    document = services.ingest_document(
        DocumentInput(
            key="summit.txt",
            title="Summit",
            published=datetime.date(2018, 6, 13),
            text="North Korea and the United States held a summit in Singapore on 12 June 2018.",
        )
    ).document
    event = Event.objects.get(sources__document=document)
    assert {a.name for a in event.actors.all()} == {"North Korea", "United States"}
    # One history row for the extraction, holding the actors: before, the event was saved and then its actors set,
    # which showed "Version 1" twice, and reverting to the first of them silently dropped every actor.
    [created] = event.history.all()
    assert (created.version, created.history_type) == (1, "+")
    assert {row.actor.name for row in created.actors.all()} == {"North Korea", "United States"}
    client.force_login(editor)
    assert client.get(f"/events/{event.pk}/history/").content.decode().count("<strong>Version 1</strong>") == 1

    services.edit_event(event_id=event.pk, loaded_version=1, changes={"title": "Renamed"}, actors=[], user=editor)
    client.post(f"/events/{event.pk}/history/{created.history_id}/revert/", {"version": 2})
    event.refresh_from_db()
    assert event.title != "Renamed"
    assert {a.name for a in event.actors.all()} == {"North Korea", "United States"}



def test_each_revert_button_names_the_version_it_goes_back_to(client, editor, event):
    import re

    from django.utils import timezone

    services.edit_event(event_id=event.pk, loaded_version=2, changes={"title": "Summit"}, user=editor, reason="Shorter")
    client.force_login(editor)
    html = client.get(f"/events/{event.pk}/history/").content.decode()
    names = [
        " ".join(re.sub(r"<[^>]+>", "", button).split())
        for button in re.findall(r"<button[^>]*>(.*?)</button>", html, re.DOTALL)
        if "Revert to this version" in button
    ]
    when = timezone.localtime(event.history.get(version=2).history_date)
    # A screen reader listing the page's buttons hears which version each one restores, not the same words each time.
    assert f"Revert to this version: version 2 of 3, {when:%-d %B %Y, %H:%M} by ed" in names
    # The factory writes several rows of version 1 (as ingest did for a corroborating document): they are numbered.
    firsts = [name for name in names if name.startswith("Revert to this version: version 1 of 3,")]
    assert firsts and all("by extraction (entry " in name for name in firsts)
    assert len(names) == len(set(names))


def test_an_event_corroborated_before_the_fix_keeps_every_version_1_row_and_each_can_be_restored(client, editor):
    """Old data is left as it is (no renumbering migration): its repeated version-1 rows must stay usable."""
    korea, usa = ActorFactory(name="North Korea"), ActorFactory(name="United States")
    event = EventFactory(title="Summit in Singapore", actors=[korea])
    Event.history.filter(id=event.pk).delete()
    services._create_with_actors(event, [korea])  # one creation row, as ingest writes today
    # What ingest did for a corroborating document before the fix: the actors, then the wording, each a row of its
    # own, and no version bump.
    event.actors.add(usa)
    event.title = "Trump and Kim meet in Singapore"
    event.save()
    rows = list(event.history.order_by("history_date", "history_id"))
    assert [(r.version, r.history_type) for r in rows] == [(1, "+"), (1, "~"), (1, "~")]

    client.force_login(editor)
    html = client.get(f"/events/{event.pk}/history/").content.decode()
    assert html.count("<strong>Version 1</strong>") == 3 and "(entry 2 of 3 for version 1)" in html
    # A form loaded at version 1 shows the newest of them: a conflict's rebase and a gone event's typed changes
    # compare with it (renumbering the rows would make "version 1" the creation row instead).
    assert _loaded_values(event.pk, 1)["title"] == "Trump and Kim meet in Singapore"
    # Each row is a state of its own (the second has both actors and the first wording): none is a copy to drop.
    assert client.post(f"/events/{event.pk}/history/{rows[1].history_id}/revert/", {"version": 1}).status_code == 302
    event.refresh_from_db()
    assert (event.title, event.version) == ("Summit in Singapore", 2)
    assert {a.name for a in event.actors.all()} == {"North Korea", "United States"}


def test_the_first_version_gives_its_date_as_the_timeline_writes_it_not_as_a_range_of_one_day(client, editor, event):
    client.force_login(editor)
    html = client.get(f"/events/{event.pk}/history/").content.decode()
    assert "Created: Singapore summit, Tuesday 12 June 2018 (day), published." in html
    assert "12 June 2018 – 12 June 2018" not in html


def test_the_changes_name_each_field_as_the_edit_form_does_not_by_its_column(client, editor, event):
    import re

    client.force_login(editor)
    html = client.get(f"/events/{event.pk}/history/").content.decode()
    edit = html.split('<table class="diff">')[1].split("</table>")[0]  # the newest entry comes first
    fields = re.findall(r'<tr><th scope="row">([^<]*)</th>', edit)
    # The edit's row: the date typed in the form's "Date" box, what it was read as, and the editor's marks.
    assert sorted(fields) == ["Actors", "Curated by an editor", "Date", "Earliest day", "Latest day", "Precision"]


def test_an_event_stored_without_history_rows_shows_its_page_saying_so(client, editor, event):
    # bench_timeline's bulk_create, or rows written before history was kept, leave an event with none: that was a 500.
    event.history.all().delete()
    client.force_login(editor)
    response = client.get(f"/events/{event.pk}/history/")
    assert response.status_code == 200
    assert "No earlier versions were recorded for this event." in response.content.decode()
