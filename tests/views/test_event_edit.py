"""Editing an event: the inline form, the date read from text, reasons, actors, and no lost updates."""

import datetime
import re

import pytest
from django.test import Client

from tests.factories import ActorFactory, EventFactory, EventSourceFactory
from tests.views.test_event_edit_no_change import shown_form
from timeline.models import Event, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def event():
    return EventSourceFactory(
        event=EventFactory(title="Summit in Singapore", actors=[ActorFactory(name="North Korea")])
    ).event


def form_data(event, **changes):
    data = {
        "title": event.title,
        "date_text": event.date_text,
        "precision": "",
        "summary": event.summary,
        "category": event.category,
        "modality": event.modality,
        "actors": [a.name for a in event.actors.all()],
        "status": event.status,
        "reason": "",
        "version": event.version,
    }
    data.update(changes)
    return data


def test_the_form_is_a_full_page_without_javascript_and_a_fragment_with_htmx(client, editor, event):
    client.force_login(editor)
    page = client.get(f"/events/{event.pk}/edit/").content.decode()
    assert "<html" in page and 'name="version" value="1"' in page
    fragment = client.get(f"/events/{event.pk}/edit/?in=queue", headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in fragment and fragment.lstrip().startswith(f'<div id="event-form-{event.pk}"')
    assert 'name="in" value="queue"' in fragment


def test_cancel_in_the_queue_goes_back_to_the_queue_with_its_filters(client, editor, event):
    client.force_login(editor)
    queue = "/review/?category=CONSULT&sort=newest"
    fragment = client.get(f"/events/{event.pk}/edit/", {"in": "queue", "next": queue}, headers={"HX-Request": "true"}).content.decode()
    # Without JavaScript the link reloads the queue; editor.js asks for the item as it stands now instead.
    assert (
        '<a href="/review/?category=CONSULT&amp;sort=newest" class="button button-secondary" '
        f'data-in-place-cancel="/review/{event.pk}/?next=/review/%3Fcategory%3DCONSULT%26sort%3Dnewest">Cancel</a>'
    ) in fragment


def test_saving_a_new_title_marks_the_event_curated_and_bumps_its_version(client, editor, event):
    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/edit/", form_data(event, title="Trump–Kim summit"))
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.curated, event.version) == ("Trump–Kim summit", True, 2)


def test_a_typed_date_is_read_into_earliest_latest_and_precision(client, editor, event):
    client.force_login(editor)
    client.post(
        f"/events/{event.pk}/edit/", form_data(event, date_text="late June 2018", reason="The brief says late June")
    )
    event.refresh_from_db()
    assert (event.date_start, event.date_end, event.precision, event.date_mod) == (
        datetime.date(2018, 6, 1),
        datetime.date(2018, 6, 30),
        "month",
        "END",
    )
    assert event.history.first().history_change_reason == "The brief says late June"


def test_a_date_range_can_be_typed(client, editor, event):
    client.force_login(editor)
    client.post(f"/events/{event.pk}/edit/", form_data(event, date_text="2019-02-27 to 2019-02-28", reason="Hanoi"))
    event.refresh_from_db()
    assert (event.date_start, event.date_end, event.precision) == (
        datetime.date(2019, 2, 27),
        datetime.date(2019, 2, 28),
        "day",
    )


def test_changing_the_date_without_a_reason_is_refused_next_to_the_field(client, editor, event):
    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/edit/", form_data(event, date_text="June 2018"))
    assert response.status_code == 422
    assert "Say why the date changes" in response.content.decode()
    event.refresh_from_db()
    assert event.date_start == datetime.date(2018, 6, 12) and event.version == 1


def test_an_unreadable_date_is_an_error_next_to_the_field(client, editor, event):
    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/edit/", form_data(event, date_text="sometime soonish", reason="x"))
    assert response.status_code == 422
    assert "This date cannot be read" in response.content.decode()


def test_the_date_preview_shows_earliest_latest_and_precision(client, editor, event):
    client.force_login(editor)
    html = client.get(
        f"/events/{event.pk}/edit/date-preview/", {"date_text": "summer 2019"}, headers={"HX-Request": "true"}
    ).content.decode()
    assert "1 June 2019" in html and "31 August 2019" in html and "season" in html
    assert f'id="date-preview-{event.pk}"' in html
    unreadable = client.get(
        f"/events/{event.pk}/edit/date-preview/", {"date_text": "blah"}, headers={"HX-Request": "true"}
    ).content.decode()
    assert "cannot be read" in unreadable
    # Opened directly (not by the form), the fragment's URL leads to the form.
    assert (
        client.get(f"/events/{event.pk}/edit/date-preview/", {"date_text": "blah"})["Location"]
        == f"/events/{event.pk}/edit/"
    )


def test_previewing_without_javascript_shows_the_reading_and_saves_nothing(client, editor, event):
    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/edit/", form_data(event, date_text="May 2018", preview="1"))
    assert response.status_code == 200
    assert "31 May 2018" in response.content.decode()
    event.refresh_from_db()
    assert event.version == 1


def test_a_relative_date_says_which_day_it_was_counted_from(client, editor, event):
    # The source was published on Monday 22 September 2025: "next Tuesday" means nothing on its own.
    client.force_login(editor)
    counted = "counted from 22 September 2025, the date of the event’s first source"
    preview = client.get(
        f"/events/{event.pk}/edit/date-preview/", {"date_text": "next Tuesday"}, headers={"HX-Request": "true"}
    ).content.decode()
    assert "<strong>30 September 2025</strong>" in preview and counted in " ".join(preview.split())
    no_js = client.post(f"/events/{event.pk}/edit/", form_data(event, date_text="next Tuesday", preview="1"))
    assert counted in " ".join(no_js.content.decode().split())
    # A date that names its year is not counted from anything, and says nothing of it.
    written = client.get(
        f"/events/{event.pk}/edit/date-preview/", {"date_text": "12 June 2018"}, headers={"HX-Request": "true"}
    ).content.decode()
    assert "counted from" not in written


def test_actors_are_added_and_removed_by_name(client, editor, event):
    ActorFactory(name="United States")
    client.force_login(editor)
    client.post(f"/events/{event.pk}/edit/", form_data(event, actors=["united states"]))
    event.refresh_from_db()
    assert [a.name for a in event.actors.all()] == ["United States"]
    record = event.history.first()
    assert [row.actor.name for row in record.actors.all()] == ["United States"]


def test_an_unknown_actor_is_an_error_and_the_form_offers_known_names(client, editor, event):
    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/edit/", form_data(event, actors=["North Korea", "Atlantis"]))
    assert response.status_code == 422
    html = response.content.decode()
    assert "Unknown actor(s): Atlantis" in html
    assert '<option value="North Korea">' in html


def _saved_in_queue(client, editor, event, **fields):
    """An editor's save of a proposed event from its review-queue item (htmx)."""
    event.status = Status.PROPOSED
    event.save()
    client.force_login(editor)
    return client.post(f"/events/{event.pk}/edit/", form_data(event, **{"in": "queue", **fields}),
                       headers={"HX-Request": "true"})


def test_saving_from_the_queue_with_htmx_returns_the_queue_item(client, editor, event):
    response = _saved_in_queue(client, editor, event, title="Fixed", status="published")
    assert response.status_code == 200
    assert f'id="queue-item-{event.pk}"' in response.content.decode()
    assert response["HX-Retarget"] == f"#queue-item-{event.pk}"


def test_an_event_corrected_in_the_queue_can_then_be_published_there(client, editor, event):
    html = _saved_in_queue(client, editor, event, title="Fixed", next="/review/?sort=newest").content.decode()
    assert "Saved “Fixed”; still proposed." in html
    # Correcting a proposal comes before publishing it: the item keeps its buttons, which return to the same queue.
    assert f'hx-post="/review/{event.pk}/publish/"' in html and f'hx-post="/review/{event.pk}/reject/"' in html
    assert f'form="bulk-form"' in html
    assert '<input type="hidden" name="next" value="/review/?sort=newest">' in html
    assert f"/events/{event.pk}/edit/?in=queue&amp;next=/review/%3Fsort%3Dnewest" in html


def test_an_event_published_from_the_queue_form_leaves_the_queue_saying_so(client, editor, event):
    html = _saved_in_queue(client, editor, event, title="Fixed", status="published", next="/review/").content.decode()
    assert "Saved “Fixed”; now published." in html and f'/review/{event.pk}/publish/' not in html


def test_a_save_from_an_older_version_is_refused_with_a_409_showing_both_versions(event, editor):
    other_editor = type(editor).objects.create_user("other-ed")
    other_editor.groups.set(editor.groups.all())
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(other_editor)
    # Both open the form at version 1.
    assert 'value="1"' in first.get(f"/events/{event.pk}/edit/").content.decode()
    assert 'value="1"' in second.get(f"/events/{event.pk}/edit/").content.decode()

    assert second.post(f"/events/{event.pk}/edit/", form_data(event, title="Their title")).status_code == 302
    response = first.post(f"/events/{event.pk}/edit/", form_data(event, title="My title"))

    assert response.status_code == 409
    html = response.content.decode()
    assert "Someone else saved this event" in html and "other-ed" in html
    assert "Their title" in html and "My title" in html
    event.refresh_from_db()
    assert (event.title, event.version) == ("Their title", 2)
    # The form now carries version 2: saving again re-applies the first editor's change on top.
    assert 'name="version" value="2"' in html
    again = first.post(f"/events/{event.pk}/edit/", form_data(event, title="My title", version=2))
    assert again.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.version) == ("My title", 3)


def test_the_conflict_is_swapped_in_place_for_htmx(client, editor, event):
    client.force_login(editor)
    Event.objects.filter(pk=event.pk).update(version=5)
    response = client.post(f"/events/{event.pk}/edit/", form_data(event, title="Late"), headers={"HX-Request": "true"})
    assert response.status_code == 409
    assert "<html" not in response.content.decode()


def test_a_missing_event_is_a_404(client, editor):
    client.force_login(editor)
    assert client.get("/events/999999/edit/").status_code == 404


def test_after_a_conflict_the_form_keeps_only_this_editors_changes_on_top_of_the_saved_version(client, editor, event):
    ActorFactory(name="United States")
    client.force_login(editor)
    loaded = form_data(event)
    # Someone else changes the title and the actors.
    other = Client()
    other.force_login(editor)
    assert (
        other.post(
            f"/events/{event.pk}/edit/", form_data(event, title="Their title", actors=["United States"])
        ).status_code
        == 302
    )

    response = client.post(f"/events/{event.pk}/edit/", {**loaded, "summary": "My summary"})
    assert response.status_code == 409
    form = response.context["form"]
    assert form.data["title"] == "Their title" and form.data.getlist("actors") == ["United States"]
    assert form.data["summary"] == "My summary" and form.data["version"] == "2"
    assert [row["label"] for row in response.context["compare"]] == ["Summary"]
    again = client.post(f"/events/{event.pk}/edit/", form.data)
    assert again.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.summary, [a.name for a in event.actors.all()], event.version) == (
        "Their title",
        "My summary",
        ["United States"],
        3,
    )


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("31 Feb 2020", "“31 Feb 2020” names day 31, but February 2020 has 29 days"),
        ("February 30, 2019", "“February 30, 2019” names day 30, but February 2019 has 28 days"),
        ("2019-02-30", "“2019-02-30” names day 30, but February 2019 has 28 days"),
        ("2019-13-01", "“2019-13-01” names month 13; months run from 1 to 12"),
        # Numbers alone: whichever of the two is the month (one past 12 cannot be), the day is past its end.
        ("31/02/2019", "“31/02/2019” names day 31, but February 2019 has 28 days"),
        ("02/31/2019", "“02/31/2019” names day 31, but February 2019 has 28 days"),
        ("30.02.2020", "“30.02.2020” names day 30, but February 2020 has 29 days"),
        ("13/13/2019", "“13/13/2019” names no month: neither 13 nor 13 is from 1 to 12"),
        ("0 June 2018", "“0 June 2018” names day 0; days start at 1"),
        ("sometime soonish", "“sometime soonish” is not in a form the date reader knows"),
    ],
)
def test_an_unreadable_date_is_refused_naming_the_input_and_the_problem_and_nothing_is_saved(
    client, editor, event, typed, problem
):
    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/edit/", form_data(event, date_text=typed, title="Kept title", reason="x"))
    assert response.status_code == 422
    html = response.content.decode()
    assert problem in html
    # What the editor typed stays in the form to be corrected, and nothing was stored.
    assert f'value="{typed}"' in html and re.search(r'<textarea name="title"[^>]*>\s*Kept title</textarea>', html)
    event.refresh_from_db()
    assert (event.version, event.date_start) == (1, datetime.date(2018, 6, 12))
    # The live preview gives the same explanation while typing.
    preview = client.get(
        f"/events/{event.pk}/edit/date-preview/", {"date_text": typed}, headers={"HX-Request": "true"}
    ).content.decode()
    assert problem in preview


def test_the_form_shows_what_each_source_says_with_its_date_marked_in_the_queue_too(client, editor, event):
    # Correcting a date means reading the sentence it came from; opened in the queue the form replaces the item
    # that showed it, so the form itself must show it.
    client.force_login(editor)
    source = event.sources.get()
    for html in (
        client.get(f"/events/{event.pk}/edit/").content.decode(),
        client.get(f"/events/{event.pk}/edit/?in=queue", headers={"HX-Request": "true"}).content.decode(),
    ):
        assert "North Korea and the United States met in Singapore on <mark>12 June 2018</mark>." in html
        assert f'<a href="{source.document.get_absolute_url()}">{source.document.title}</a>' in html


def test_an_events_other_sources_are_folded_away_under_the_first(client, editor, event):
    other = EventSourceFactory(event=event, document__title="Second wire report")
    client.force_login(editor)
    html = client.get(f"/events/{event.pk}/edit/").content.decode()
    folded = html[html.index("<details><summary>What its other 1 source says</summary>") :]
    assert f'<a href="{other.document.get_absolute_url()}">Second wire report</a>' in folded.split("</details>")[0]


@pytest.fixture
def keeper(event):
    """An event that `event` can be merged into, reported by another document."""
    return EventSourceFactory(event=EventFactory(title="Singapore summit (kept)")).event


def test_saving_an_event_someone_merged_away_says_where_it_went_and_shows_what_was_typed(client, editor, event, keeper):
    other_editor = type(editor).objects.create_user("other-ed")
    other_editor.groups.set(editor.groups.all())
    loaded = form_data(event, title="My better title", summary="Typed before the merge")
    merger = Client()
    merger.force_login(other_editor)
    assert merger.post(f"/events/{keeper.pk}/merge/", {"other": event.pk}).status_code == 302

    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/edit/", loaded)
    assert response.status_code == 409
    html = response.content.decode()
    assert f"merged into #{keeper.pk}" in html and "other-ed" in html
    assert f'href="/events/{keeper.pk}/edit/"' in html
    assert "My better title" in html and "Typed before the merge" in html
    # Only what this editor changed is listed to re-apply; nothing was written anywhere.
    assert "Summit in Singapore" not in html.split("What you typed")[1]
    keeper.refresh_from_db()
    assert (keeper.title, keeper.summary, keeper.version) == ("Singapore summit (kept)", "", 2)


def test_with_htmx_the_merged_away_message_replaces_the_form(client, editor, event, keeper):
    client.force_login(editor)
    client.post(f"/events/{keeper.pk}/merge/", {"other": event.pk})
    response = client.post(
        f"/events/{event.pk}/edit/", form_data(event, title="Late title"), headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert response.status_code == 409 and "<html" not in html
    assert f'id="event-form-{event.pk}"' in html and "Late title" in html


def test_an_event_merged_away_between_the_check_and_the_save_is_reported_the_same_way(
    client, editor, event, keeper, monkeypatch
):
    from timeline import services

    edit_event = services.edit_event

    def merged_first(**kwargs):
        services.merge_events(keep_id=keeper.pk, other_id=kwargs["event_id"])
        return edit_event(**kwargs)

    monkeypatch.setattr(services, "edit_event", merged_first)
    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/edit/", form_data(event, title="Racing title"))
    assert response.status_code == 409
    assert f"merged into #{keeper.pk}" in response.content.decode()
    keeper.refresh_from_db()
    assert keeper.title == "Singapore summit (kept)"


def _links(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


def _dead_links(html: str, pk: int) -> list[str]:
    """Links into a gone event's pages (its history, its page, its form): each of them answers 404 now."""
    return [href for href in _links(html) if href.startswith(f"/events/{pk}/")]


def test_the_edit_pages_heading_and_links_can_be_replaced_out_of_band(client, editor, event):
    client.force_login(editor)
    html = client.get(f"/events/{event.pk}/edit/").content.decode()
    heading = html[html.index('<header id="edit-heading">') : html.index("</header>", html.index('id="edit-heading"'))]
    assert f"Edit event #{event.pk}" in heading and f'href="/events/{event.pk}/history/"' in heading


def test_with_htmx_the_merged_away_answer_also_points_the_pages_links_at_the_event_it_went_into(
    client, editor, event, keeper
):
    client.force_login(editor)
    client.post(f"/events/{keeper.pk}/merge/", {"other": event.pk})
    response = client.post(
        f"/events/{event.pk}/edit/", form_data(event, title="Late title"), headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    # The edit page's heading and its History / Event page links sit outside the swapped form: they come out of band.
    heading = html[html.index('<header id="edit-heading" hx-swap-oob="true">') :]
    assert f"Event #{event.pk} was merged into #{keeper.pk}" in heading
    assert f'href="/events/{keeper.pk}/history/"' in heading and f'href="{keeper.get_absolute_url()}"' in heading
    assert f"<title>Not saved: event #{event.pk} was merged into #{keeper.pk} · Diplomacy timeline</title>" in html
    assert _dead_links(html, event.pk) == []


def test_without_javascript_the_merged_away_page_links_to_the_surviving_events_history_and_page(
    client, editor, event, keeper
):
    client.force_login(editor)
    client.post(f"/events/{keeper.pk}/merge/", {"other": event.pk})
    html = client.post(f"/events/{event.pk}/edit/", form_data(event, title="Late title")).content.decode()
    assert f'href="/events/{keeper.pk}/history/"' in html and f'href="{keeper.get_absolute_url()}"' in html
    assert "hx-swap-oob" not in html and html.count('id="edit-heading"') == 1
    assert _dead_links(html, event.pk) == []


def test_the_surviving_events_page_is_offered_only_once_it_is_published(client, editor, event, keeper):
    event.status = keeper.status = Status.PROPOSED
    Event.objects.filter(pk__in=[event.pk, keeper.pk]).update(status=Status.PROPOSED)
    client.force_login(editor)
    client.post(f"/events/{keeper.pk}/merge/", {"other": event.pk})
    html = client.post(
        f"/events/{event.pk}/edit/", form_data(event, title="Late title"), headers={"HX-Request": "true"}
    ).content.decode()
    heading = html[html.index('<header id="edit-heading"') :]
    assert f'href="/events/{keeper.pk}/history/"' in heading and "Event page" not in heading


def test_in_the_queue_the_merged_away_answer_sends_no_heading_the_queue_does_not_have(client, editor, event, keeper):
    client.force_login(editor)
    client.post(f"/events/{keeper.pk}/merge/", {"other": event.pk})
    data = form_data(event, title="Late title", **{"in": "queue", "next": "/review/?sort=newest"})
    html = client.post(f"/events/{event.pk}/edit/", data, headers={"HX-Request": "true"}).content.decode()
    # An out-of-band element whose target is missing is an htmx error; the queue item has no such heading.
    assert "hx-swap-oob" not in html and "<title>" not in html
    assert f'href="/events/{keeper.pk}/edit/"' in html and _dead_links(html, event.pk) == []


def test_with_htmx_a_deleted_events_answer_takes_its_dead_links_off_the_page(client, editor, event):
    client.force_login(editor)
    Event.objects.filter(pk=event.pk).delete()
    html = client.post(
        f"/events/{event.pk}/edit/", form_data(event, title="Typed for nothing"), headers={"HX-Request": "true"}
    ).content.decode()
    heading = html[html.index('<header id="edit-heading" hx-swap-oob="true">') :]
    assert f"Event #{event.pk} no longer exists" in heading
    assert _dead_links(html, event.pk) == []


def test_saving_an_event_that_was_deleted_keeps_what_was_typed(client, editor, event):
    client.force_login(editor)
    Event.objects.filter(pk=event.pk).delete()
    response = client.post(f"/events/{event.pk}/edit/", form_data(event, title="Typed for nothing"))
    assert response.status_code == 409
    html = response.content.decode()
    assert "no longer exists" in html and "Typed for nothing" in html


def test_a_preview_without_javascript_shows_only_the_date_reading_and_keeps_what_was_typed(client, editor, event):
    client.force_login(editor)
    typed = form_data(event, date_text="May 2018", title="", summary="Half-written summary", preview="1")
    response = client.post(f"/events/{event.pk}/edit/", typed)
    html = response.content.decode()
    assert response.status_code == 200
    assert "31 May 2018" in html and "Half-written summary" in html
    # Errors belong to saving: the reason a date change needs, a title left empty for now.
    assert "Say why the date changes" not in html and "This field is required" not in html
    assert 'class="error"' not in html and "has-error" not in html
    assert f'name="version" value="{event.version}"' in html
    unreadable = client.post(f"/events/{event.pk}/edit/", form_data(event, date_text="31 Feb 2020", preview="1"))
    assert "February 2020 has 29 days" in unreadable.content.decode()
    event.refresh_from_db()
    assert event.version == 1


@pytest.mark.parametrize("htmx", [False, True])
def test_rejecting_an_event_from_its_own_page_does_not_lead_back_to_a_page_that_is_now_not_found(client, editor, event, htmx):
    client.force_login(editor)
    # The form was loaded from the event's page while it was published: its "next" is that page.
    data = form_data(event, status=Status.REJECTED, reason="Not an event", next=event.get_absolute_url())
    response = client.post(f"/events/{event.pk}/edit/", data, headers={"HX-Request": "true"} if htmx else {})
    where = response.headers["HX-Redirect"] if htmx else response.headers["Location"]
    assert where == "/review/?status=rejected"
    assert client.get(where).status_code == 200


def test_sending_an_event_back_to_the_queue_from_its_own_page_leads_to_the_queues_canonical_address(client, editor,
                                                                                                    event):
    # "proposed" is the queue's default status: its address names none, and there is no second redirect to it.
    client.force_login(editor)
    data = form_data(event, status=Status.PROPOSED, reason="Needs a second look", next=event.get_absolute_url())
    where = client.post(f"/events/{event.pk}/edit/", data).headers["Location"]
    assert where == "/review/"
    assert client.get(where).status_code == 200


def test_a_published_event_still_leads_back_to_the_page_it_was_edited_from(client, editor, event):
    client.force_login(editor)
    data = form_data(event, title="Trump–Kim summit", next=event.get_absolute_url())
    assert client.post(f"/events/{event.pk}/edit/", data).headers["Location"] == event.get_absolute_url()


def test_the_title_is_a_textarea_so_a_long_title_shows_whole(client, editor, event):
    client.force_login(editor)
    page = client.get(f"/events/{event.pk}/edit/").content.decode()
    field = re.search(rf'<textarea name="title"[^>]*id="event-{event.pk}-title"[^>]*>\s*Summit in Singapore</textarea>', page)
    assert field and 'maxlength="200"' in field.group(0) and 'rows="' in field.group(0)
    assert f'<input type="text" name="title"' not in page


def test_a_title_typed_over_several_lines_is_saved_as_one_line(client, editor, event):
    client.force_login(editor)
    title = "Trump and Kim meet\r\nin Singapore \n\n for their first summit "
    assert client.post(f"/events/{event.pk}/edit/", form_data(event, title=title)).status_code == 302
    event.refresh_from_db()
    assert event.title == "Trump and Kim meet in Singapore for their first summit"


def test_save_and_cancel_stand_apart_in_a_row_of_their_own(client, editor, event):
    client.force_login(editor)
    page = client.get(f"/events/{event.pk}/edit/").content.decode()
    assert re.search(r'<p class="form-actions"><button type="submit" class="button">Save</button>\s*<a [^>]*>Cancel</a>', page)


def test_an_editor_reads_and_adds_notes_on_a_proposed_events_edit_page(client, editor, event):
    # A proposed event has no public page yet: the edit page the review queue's Edit leads to is where its notes are
    # read and written ("check the day against the wire copy"), before anyone publishes it.
    from timeline.models import Annotation

    Event.objects.filter(pk=event.pk).update(status=Status.PROPOSED)
    client.force_login(editor)
    edit = f"/events/{event.pk}/edit/?next=/review/"
    page = client.get(edit).content.decode()
    assert 'name="add_note"' in page
    # The note box belongs to the event form (so that neither button loses what was typed for the other).
    data = {**shown_form(client, edit), "body": ["Check the day against the wire copy."], "visibility": ["editors"],
            "add_note": ["1"]}
    response = client.post(f"/events/{event.pk}/edit/", data)
    note = Annotation.objects.get()
    assert response["Location"] == f"{edit}#note-{note.pk}"
    page = client.get(edit).content.decode()
    assert f'id="note-{note.pk}"' in page and "Check the day against the wire copy." in page
    # My notes leads to the note there, not to the top of the form.
    assert f'href="/events/{event.pk}/edit/#note-{note.pk}"' in client.get("/notes/mine/").content.decode()
