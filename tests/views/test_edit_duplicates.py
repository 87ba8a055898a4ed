"""Duplicates and disagreements: suggestions, merging two events, splitting a source out, choosing a date."""

import datetime

import pytest

from tests.factories import ActorFactory, DocumentFactory, EventFactory, EventSourceFactory
from timeline.models import Annotation, Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair():
    """Lee's inauguration as the seed (July 2025) and a brief (4 June 2025) report it."""
    korea = ActorFactory(name="South Korea")
    lee = ActorFactory(name="Lee Jae-myung", kind="person")
    seed = EventSourceFactory(
        document=DocumentFactory(
            title="Seed article", text="Lee Jae-myung took office as president of South Korea in July 2025."
        ),
        event=EventFactory(
            title="Lee Jae-myung takes office",
            sentence="Lee Jae-myung took office as president of South Korea in July 2025.",
            date_start=datetime.date(2025, 7, 1),
            date_end=datetime.date(2025, 7, 31),
            precision="month",
            date_text="July 2025",
            actors=[korea, lee],
        ),
    ).event
    brief = EventSourceFactory(
        document=DocumentFactory(
            title="Background brief", text="Lee Jae-myung was sworn in as president of South Korea on 4 June 2025."
        ),
        event=EventFactory(
            title="Lee Jae-myung sworn in",
            sentence="Lee Jae-myung was sworn in as president of South Korea on 4 June 2025.",
            date_start=datetime.date(2025, 6, 4),
            precision="day",
            date_text="4 June 2025",
            actors=[korea, lee],
        ),
    ).event
    return seed, brief


def test_the_event_page_suggests_a_likely_duplicate_to_editors_only(client, editor, student, pair):
    seed, brief = pair
    EventFactory(title="Unrelated talks", sentence="Officials met in Geneva.", date_start=datetime.date(2025, 6, 20))
    client.force_login(editor)
    html = client.get(seed.get_absolute_url()).content.decode()
    assert "Possible duplicates" in html and f"#{brief.pk} Lee Jae-myung sworn in" in html
    # Only the duplicates list is asked about: the page's previous/next links may name any neighbouring event.
    suggested = html[html.index("Possible duplicates") : html.index("</ul>", html.index("Possible duplicates"))]
    assert "shared actors" in suggested and "Unrelated talks" not in suggested
    client.force_login(student)
    assert "Possible duplicates" not in client.get(seed.get_absolute_url()).content.decode()


def test_events_far_apart_in_time_are_not_suggested(client, editor, pair):
    seed, _ = pair
    far = EventFactory(
        title=seed.title, sentence=seed.sentence, date_start=datetime.date(2020, 1, 1), actors=list(seed.actors.all())
    )
    client.force_login(editor)
    assert f"#{far.pk} " not in client.get(seed.get_absolute_url()).content.decode()


def test_merging_keeps_every_source_note_and_actor_and_removes_the_other_event(client, editor, pair):
    seed, brief = pair
    extra = ActorFactory(name="United States")
    brief.actors.add(extra)
    Annotation.objects.create(author=editor, event=brief, body="Note on the brief's event")
    client.force_login(editor)
    response = client.post(f"/events/{seed.pk}/merge/", {"other": brief.pk, "next": seed.get_absolute_url()})
    assert response.status_code == 302
    assert not Event.objects.filter(pk=brief.pk).exists()
    seed.refresh_from_db()
    assert sorted(s.document.title for s in seed.sources.all()) == ["Background brief", "Seed article"]
    assert seed.annotations.get().body == "Note on the brief's event"
    assert "United States" in {a.name for a in seed.actors.all()}
    assert seed.history.first().history_change_reason == f"Merged #{brief.pk} (Lee Jae-myung sworn in)"
    history = client.get(f"/events/{seed.pk}/history/").content.decode()
    assert "changed:\n      Background brief" in history and f"Merged event #{brief.pk} into #{seed.pk}" in history


def test_sources_that_disagree_show_a_badge_with_each_date_and_the_editor_chooses(client, editor, student, pair):
    seed, brief = pair
    client.force_login(editor)
    client.post(f"/events/{seed.pk}/merge/", {"other": brief.pk})
    seed.refresh_from_db()
    html = client.get(seed.get_absolute_url()).content.decode()
    assert "Sources disagree" in html and "July 2025" in html and "4 June 2025" in html
    assert "Use this date" in html
    client.force_login(student)
    student_html = client.get(seed.get_absolute_url()).content.decode()
    assert "Sources disagree" in student_html and "Use this date" not in student_html

    client.force_login(editor)
    brief_source = seed.sources.get(document__title="Background brief")
    client.post(f"/events/{seed.pk}/choose-date/", {"source": brief_source.pk, "version": seed.version})
    seed.refresh_from_db()
    assert (seed.date_start, seed.date_end, seed.precision) == (
        datetime.date(2025, 6, 4),
        datetime.date(2025, 6, 4),
        "day",
    )
    assert seed.history.first().history_change_reason == "Chose the date reported by Background brief"


def test_a_source_saying_only_the_year_of_a_day_the_others_give_does_not_disagree_with_them(client, editor):
    # Three documents date the DMZ meeting to 30 June 2019; an upload says "In 2019, ..." and is merged in from the
    # review queue. 2019 holds 30 June 2019: the upload says the same, less precisely.
    dmz = EventFactory(title="Trump and Kim met at the DMZ", date_start=datetime.date(2019, 6, 30),
                       date_text="30 June 2019")
    for _ in range(3):
        EventSourceFactory(event=dmz, document=DocumentFactory(text="Trump and Kim met at the DMZ on 30 June 2019."))
    upload = EventSourceFactory(
        document=DocumentFactory(title="Upload", text="In 2019, Trump and Kim met at the DMZ."),
        event=EventFactory(status="proposed", title="Trump and Kim met at the DMZ", date_text="2019",
                           date_start=datetime.date(2019, 1, 1), date_end=datetime.date(2019, 12, 31),
                           precision="year", sentence="In 2019, Trump and Kim met at the DMZ."),
    ).event
    client.force_login(editor)
    assert client.post(f"/events/{dmz.pk}/merge/", {"other": upload.pk, "in": "queue"}).status_code == 302
    assert dmz.sources.count() == 4
    html = client.get(dmz.get_absolute_url()).content.decode()
    assert "Sources disagree" not in html and "Use this date" not in html


def test_signed_out_readers_are_told_sources_disagree_and_read_each_one_without_choosing(client, editor, pair):
    seed, brief = pair
    client.force_login(editor)
    client.post(f"/events/{seed.pk}/merge/", {"other": brief.pk})
    client.logout()
    html = client.get(seed.get_absolute_url()).content.decode()
    start = html.index('<section class="sources-disagree"')
    box = html[start : html.index("</section>", start)]
    assert "Sources disagree" in box and "Use this date" not in box
    # Each date leads to the sentence that gives it, as the source's "From …" link does.
    for source in seed.sources.all():
        assert f'href="/documents/{source.document_id}/#source-{source.pk}"' in box


@pytest.fixture
def tests_before_2019():
    """Missile tests dated November 2019 by one report and "before 2019" by another (whose phrase is just "2019")."""
    event = EventFactory(title="Missile tests near Wonsan", date_start=datetime.date(2019, 11, 1),
                         date_end=datetime.date(2019, 11, 30), precision="month", date_text="November 2019")
    EventSourceFactory(event=event, document=DocumentFactory(title="Wire report"))
    EventSourceFactory(event=event, document=DocumentFactory(title="Annual review"), date_text="2019",
                       reported_start=datetime.date(2019, 1, 1), reported_end=datetime.date(2019, 12, 31),
                       reported_precision="year", reported_mod="BEFORE")
    return event


def test_a_sources_modifier_shows_with_its_date_and_choosing_it_gives_the_event_that_modifier(
        client, editor, tests_before_2019):
    event = tests_before_2019
    client.force_login(editor)
    html = client.get(event.get_absolute_url()).content.decode()
    start = html.index('<section class="sources-disagree"')
    box = html[start : html.index("</section>", start)]
    assert "before 2019 (“2019”)" in box and "November 2019" in box

    source = event.sources.get(document__title="Annual review")
    client.post(f"/events/{event.pk}/choose-date/", {"source": source.pk, "version": event.version})
    event.refresh_from_db()
    assert (event.date_start, event.precision, event.date_mod) == (datetime.date(2019, 1, 1), "year", "BEFORE")
    assert "before 2019" in client.get(event.get_absolute_url()).content.decode()


def test_a_source_split_out_keeps_its_modifier(client, editor, tests_before_2019):
    source = tests_before_2019.sources.get(document__title="Annual review")
    client.force_login(editor)
    client.post(f"/sources/{source.pk}/split/")
    new = Event.objects.get(sources=source)
    assert (new.date_start, new.precision, new.date_mod) == (datetime.date(2019, 1, 1), "year", "BEFORE")


def test_a_stale_source_does_not_make_the_sources_disagree_but_is_still_cited(client, editor, pair):
    seed, brief = pair
    client.force_login(editor)
    client.post(f"/events/{seed.pk}/merge/", {"other": brief.pk})
    # The brief was re-ingested and no longer says 4 June 2025.
    seed.sources.filter(document__title="Background brief").update(stale=True)
    html = client.get(seed.get_absolute_url()).content.decode()
    assert "Sources disagree" not in html and "Use this date" not in html
    assert "Background brief" in html


def test_choosing_a_date_from_a_stale_page_changes_nothing(client, editor, pair):
    seed, brief = pair
    client.force_login(editor)
    client.post(f"/events/{seed.pk}/merge/", {"other": brief.pk})
    source = seed.sources.get(document__title="Background brief")
    response = client.post(f"/events/{seed.pk}/choose-date/", {"source": source.pk, "version": 1}, follow=True)
    assert "someone edited this event" in response.content.decode()
    seed.refresh_from_db()
    assert seed.date_start == datetime.date(2025, 7, 1)


def test_a_source_is_split_back_out_into_its_own_event_with_its_own_date(client, editor, pair):
    seed, brief = pair
    client.force_login(editor)
    client.post(f"/events/{seed.pk}/merge/", {"other": brief.pk})
    source = seed.sources.get(document__title="Background brief")
    response = client.post(f"/sources/{source.pk}/split/")
    new = Event.objects.exclude(pk=seed.pk).get()
    assert response.status_code == 302 and response["Location"] == f"/events/{new.pk}/edit/"
    assert [s.pk for s in new.sources.all()] == [source.pk]
    assert (new.date_start, new.precision, new.curated) == (datetime.date(2025, 6, 4), "day", True)
    assert {a.name for a in new.actors.all()} == {"South Korea", "Lee Jae-myung"}
    assert seed.sources.count() == 1


def test_the_only_source_cannot_be_split_and_an_event_cannot_merge_with_itself(client, editor, pair):
    seed, _ = pair
    client.force_login(editor)
    assert client.post(f"/sources/{seed.sources.get().pk}/split/").status_code == 400
    assert client.post(f"/events/{seed.pk}/merge/", {"other": seed.pk}).status_code == 400
    assert client.post(f"/events/{seed.pk}/merge/", {"other": 999999}).status_code == 404


def test_the_queue_suggests_duplicates_too(client, editor, pair):
    seed, brief = pair
    brief.status = "proposed"
    brief.save()
    client.force_login(editor)
    html = client.get("/review/").content.decode()
    assert f'id="queue-item-{brief.pk}"' in html and f"#{seed.pk} Lee Jae-myung takes office" in html


def test_ids_that_are_not_numbers_are_a_404_not_a_crash(client, editor, pair):
    seed, _ = pair
    client.force_login(editor)
    assert client.post(f"/events/{seed.pk}/merge/", {"other": "abc"}).status_code == 404
    assert client.post(f"/events/{seed.pk}/choose-date/", {"source": "abc", "version": 1}).status_code == 404
    assert (
        client.post(f"/events/{seed.pk}/notes/", {"body": "x", "visibility": "public", "parent": "abc"}).status_code
        == 404
    )


def test_an_event_split_back_out_is_again_the_proposal_it_was_before_the_merge(client, editor, pair):
    seed, brief = pair
    brief.status = "proposed"
    brief.summary = "Sworn in a day after the snap election."
    brief.save()
    brief.actors.remove(ActorFactory(name="South Korea"))
    client.force_login(editor)
    client.post(f"/events/{seed.pk}/merge/", {"other": brief.pk})
    source = Event.objects.get(pk=seed.pk).sources.get(document__title="Background brief")
    response = client.post(f"/sources/{source.pk}/split/", follow=True)
    new = Event.objects.exclude(pk=seed.pk).get()
    assert (new.status, new.title) == ("proposed", "Lee Jae-myung sworn in")
    assert new.summary == "Sworn in a day after the snap election."
    assert {a.name for a in new.actors.all()} == {"Lee Jae-myung"}
    assert "It is proposed: publish it" in response.content.decode()
    assert Event.objects.get(pk=seed.pk).status == "published"


def test_a_source_reported_with_its_event_from_the_start_splits_out_as_a_proposal(client, editor, pair):
    seed, _ = pair
    second = EventSourceFactory(event=seed, document=DocumentFactory(title="Corroborating wire"))
    client.force_login(editor)
    client.post(f"/sources/{second.pk}/split/")
    new = Event.objects.get(sources=second)
    # Nobody has reviewed it as an event of its own: it waits in the queue, worded as the event it came out of.
    assert (new.status, new.title) == ("proposed", seed.title)


def test_a_queued_event_is_merged_into_its_duplicate_from_the_queue_without_javascript(client, editor, pair):
    seed, brief = pair
    brief.status = "proposed"
    brief.save()
    client.force_login(editor)
    html = client.get("/review/", {"sort": "date"}).content.decode()
    item = html[html.index(f'id="queue-item-{brief.pk}"') :]
    assert f'action="/events/{seed.pk}/merge/"' in item[: item.index("</li>")]
    response = client.post(
        f"/events/{seed.pk}/merge/", {"other": brief.pk, "next": "/review/?sort=date", "in": "queue"}, follow=True
    )
    assert response.redirect_chain == [("/review/?sort=date", 302)]
    assert f"Merged #{brief.pk} into #{seed.pk}" in response.content.decode()
    assert not Event.objects.filter(pk=brief.pk).exists()
    assert Event.objects.get(pk=seed.pk).sources.count() == 2


def test_with_htmx_the_queue_item_says_where_its_event_went(client, editor, pair):
    seed, brief = pair
    brief.status = "proposed"
    brief.save()
    client.force_login(editor)
    response = client.post(
        f"/events/{seed.pk}/merge/", {"other": brief.pk, "next": "/review/", "in": "queue"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert f'id="queue-item-{brief.pk}"' in html and f'href="{seed.get_absolute_url()}"' in html
    assert f"Merged into #{seed.pk}" in html and 'role="status"' in html


def test_only_editors_merge_from_the_queue(client, teacher, pair):
    seed, brief = pair
    client.force_login(teacher)
    assert client.post(f"/events/{seed.pk}/merge/", {"other": brief.pk, "in": "queue"}).status_code == 403
    assert Event.objects.filter(pk=brief.pk).exists()


def test_each_split_and_merge_button_names_what_it_acts_on_for_screen_readers(client, editor, pair):
    import re

    seed, brief = pair
    client.force_login(editor)
    html = client.get(seed.get_absolute_url()).content.decode()
    merge = re.findall(r'<button type="submit" class="link-button">Merge into this event(.*?)</button>', html)
    assert merge == ['<span class="visually-hidden">: “Lee Jae-myung sworn in” becomes one of its sources</span>']
    client.post(f"/events/{seed.pk}/merge/", {"other": brief.pk})
    html = client.get(seed.get_absolute_url()).content.decode()
    split = re.findall(r'<button type="submit" class="link-button">Split into its own event(.*?)</button>', html)
    assert split == [f'<span class="visually-hidden">: the report in “{title}”</span>'
                     for title in ("Seed article", "Background brief")]
