"""Shared timelines: saving, editing, the token link, revoking and expiry, frozen copies, embed, QR and print."""

import datetime
import io
import re

import pytest
import segno
from django.urls import reverse
from django.utils import timezone

from tests.factories import ActorFactory, DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from tests.views.clean_urls import assert_form_lands_on_the_clean_url_and_counts_one_opening
from timeline.models import Annotation, SharedTimeline, SharedTimelineItem, Status


@pytest.fixture
def summits(db):
    singapore = EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), actors=[ActorFactory(name="Kim Jong Un")])
    hanoi = EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), date_text="27 February 2019")
    older = EventFactory(title="Agreed Framework", date_start=datetime.date(1994, 10, 21))
    proposed = EventFactory(title="Unreviewed proposal", date_start=datetime.date(2018, 7, 1), status=Status.PROPOSED)
    EventSourceFactory(event=singapore, document=DocumentFactory(title="Singapore report", url="https://example.org/sg"))
    return {"singapore": singapore, "hanoi": hanoi, "older": older, "proposed": proposed}


def _share(owner, **kwargs) -> SharedTimeline:
    defaults = {"title": "Summits since 2018", "query": "from=2018"}
    return SharedTimeline.objects.create(owner=owner, **{**defaults, **kwargs})


def test_a_teacher_saves_the_filtered_view_with_a_class_note_and_gets_a_link(client, teacher, summits):
    client.force_login(teacher)
    url = reverse("timeline:share_new") + "?from=2018"
    page = client.get(url)
    assert page.status_code == 200
    body = page.content.decode()
    assert "Singapore summit" in body and "Hanoi summit" in body
    assert "Agreed Framework" not in body and "Unreviewed proposal" not in body
    singapore, hanoi = summits["singapore"], summits["hanoi"]
    response = client.post(url, {
        "title": "Summits since 2018", "introduction": "Read these before Monday.", "mode": "live",
        f"note-{singapore.pk}": "The first meeting of sitting leaders.", f"exclude-{hanoi.pk}": "1",
    })
    share = SharedTimeline.objects.get()
    assert response.status_code == 302 and response.url == reverse("timeline:share_edit", args=[share.pk])
    assert share.owner == teacher and share.query == "from=2018"
    assert share.items.get(event=singapore).class_note == "The first meeting of sitting leaders."
    assert share.items.get(event=hanoi).excluded
    edit = client.get(response.url).content.decode()
    assert f"/s/{share.token}/" in edit and "Copy link" in edit and "&lt;iframe" in edit
    assert f'name="exclude-{hanoi.pk}" value="1" checked' in edit
    assert f'name="note-{singapore.pk}" rows="2">The first meeting of sitting leaders.</textarea>' in edit


def test_the_token_is_long_enough_that_it_cannot_be_guessed(teacher):
    share = _share(teacher)
    # token_urlsafe(32): 43 characters of base64 carry 256 bits; the issue asks for at least 128.
    assert len(share.token) >= 43
    assert _share(teacher).token != share.token


def test_a_student_cannot_create_or_edit_a_share_and_a_visitor_is_sent_to_sign_in(client, student, teacher, summits):
    share = _share(teacher)
    client.force_login(student)
    assert client.get(reverse("timeline:share_new")).status_code == 403
    assert client.post(reverse("timeline:share_new"), {"title": "x", "mode": "live"}).status_code == 403
    assert client.post(reverse("timeline:share_edit", args=[share.pk]), {"title": "Hijacked", "mode": "live"}).status_code == 403
    assert client.post(reverse("timeline:share_revoke", args=[share.pk])).status_code == 403
    assert client.get(reverse("timeline:share_list")).status_code == 403
    client.logout()
    response = client.get(reverse("timeline:share_new"))
    assert response.status_code == 302 and reverse("login") in response.url
    share.refresh_from_db()
    assert share.title == "Summits since 2018" and share.revoked_at is None
    assert SharedTimeline.objects.count() == 1


def test_a_teacher_cannot_see_or_change_another_teachers_share(client, teacher, summits):
    share = _share(teacher)
    other = UserFactory(username="other-teacher", groups=["Teachers"])
    client.force_login(other)
    assert client.get(reverse("timeline:share_edit", args=[share.pk])).status_code == 404
    assert client.post(reverse("timeline:share_revoke", args=[share.pk])).status_code == 404
    assert "Summits since 2018" not in client.get(reverse("timeline:share_list")).content.decode()


def test_the_link_opens_signed_out_with_only_published_events_and_the_notes_meant_for_it(client, teacher, editor, summits):
    singapore = summits["singapore"]
    share = _share(teacher, introduction="Look at who met whom.")
    SharedTimelineItem.objects.create(share=share, event=singapore, class_note="Compare with Hanoi.")
    Annotation.objects.create(author=editor, event=singapore, body="Public context note", visibility=Annotation.Visibility.PUBLIC)
    Annotation.objects.create(author=editor, event=singapore, body="Editors only: check the date", visibility=Annotation.Visibility.EDITORS)
    Annotation.objects.create(author=teacher, event=singapore, body="My private reminder", visibility=Annotation.Visibility.PRIVATE)
    other = _share(teacher, title="Another class")
    SharedTimelineItem.objects.create(share=other, event=singapore, class_note="Note for another class")

    response = client.get(reverse("timeline:share_detail", args=[share.token]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Look at who met whom." in body
    assert "Singapore summit" in body and "Hanoi summit" in body
    assert "Agreed Framework" not in body and "Unreviewed proposal" not in body
    # The same chart as the timeline, its bars narrowing within the share.
    assert f'href="/s/{share.token}/?from=2018-06&amp;to=2018-06&amp;starting=1"' in body
    assert "Compare with Hanoi." in body and "Public context note" in body
    assert "Editors only" not in body and "My private reminder" not in body and "Note for another class" not in body
    assert reverse("timeline:document_detail", args=[singapore.sources.get().document_id]) in body
    assert reverse("timeline:share_edit", args=[share.pk]) not in body and "Revoke" not in body
    assert client.get("/s/not-a-real-token/").status_code == 404


def test_readers_can_narrow_a_share_but_never_widen_it(client, teacher, summits):
    share = _share(teacher)
    narrowed = client.get(reverse("timeline:share_detail", args=[share.token]), {"from": "2019"}).content.decode()
    assert "Hanoi summit" in narrowed and "Singapore summit" not in narrowed
    widened = client.get(reverse("timeline:share_detail", args=[share.token]), {"from": "1990"}).content.decode()
    assert "Agreed Framework" not in widened and "Singapore summit" in widened


def test_an_htmx_filter_request_gets_the_event_list_partial_and_a_history_restore_the_full_page(client, teacher, summits):
    share = _share(teacher)
    url = reverse("timeline:share_detail", args=[share.token])
    partial = client.get(url, {"from": "2019"}, headers={"HX-Request": "true"}).content.decode()
    assert partial.lstrip().startswith('<div id="browse"') and "<html" not in partial
    assert "Hanoi summit" in partial and "Singapore summit" not in partial
    assert 'id="f-from" name="from" value="2019"' in partial  # the timeline's own filter form, holding the reader's filter
    typing = client.get(url, {"q": "hanoi"},
                        headers={"HX-Request": "true", "HX-Target": "results", "HX-Trigger-Name": "q"})
    assert typing.content.decode().lstrip().startswith('<section id="results"')
    assert 'id="facets" class="facets" hx-swap-oob="true"' in typing.content.decode()
    # Typing replaces the address, as on the timeline (test_typing_replaces_the_address_and_other_filters_add_an_entry).
    assert typing["HX-Replace-Url"] == f"/s/{share.token}/?q=hanoi" and "HX-Push-Url" not in typing
    full = client.get(url, {"from": "2019"}, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}).content.decode()
    assert "<html" in full


@pytest.mark.parametrize("page", ["timeline", "share"])
def test_typing_replaces_the_address_and_other_filters_add_an_entry_as_on_the_timeline(client, teacher, summits, page):
    # Each pause in typing is a request: were each pushed, Back would step through "h", "ha", "han"... before it
    # left the page. A filter chosen is one step, which Back undoes.
    url = reverse("timeline:share_detail", args=[_share(teacher).token]) if page == "share" else "/"
    htmx = {"HX-Request": "true"}
    typing = client.get(url, {"q": "hanoi"},
                        headers={**htmx, "HX-Target": "results", "HX-Trigger": "f-q", "HX-Trigger-Name": "q"})
    assert typing["HX-Replace-Url"] == f"{url}?q=hanoi" and "HX-Push-Url" not in typing
    # Another filter changed (the form sends it, and has no name): a new entry.
    chosen = client.get(url, {"q": "hanoi", "sort": "newest"},
                        headers={**htmx, "HX-Target": "browse", "HX-Trigger": "filters"})
    assert chosen["HX-Push-Url"] == f"{url}?q=hanoi&sort=newest"
    assert "HX-Replace-Url" not in chosen


def test_the_share_pages_form_submitted_without_javascript_redirects_to_its_clean_url_and_counts_one_opening(client, teacher, summits):
    share = _share(teacher, query="from=2018&sort=newest")
    assert_form_lands_on_the_clean_url_and_counts_one_opening(
        client, share, reverse("timeline:share_detail", args=[share.token]))


def test_the_share_page_keeps_a_clean_url_a_bad_value_with_its_notice_and_htmx_requests_as_asked(client, teacher, summits):
    share = _share(teacher)
    url = reverse("timeline:share_detail", args=[share.token])
    assert client.get(url, {"q": "hanoi"}).status_code == 200
    bad = client.get(url, {"q": "", "from": "someday"})
    assert bad.status_code == 200 and "was not understood" in bad.content.decode()
    partial = client.get(url, {"q": "hanoi", "from": "", "sort": "oldest"}, headers={"HX-Request": "true", "HX-Target": "browse"})
    assert partial.status_code == 200 and partial["HX-Push-Url"] == f"{url}?q=hanoi"


def test_the_share_pages_count_is_a_live_region_that_filtering_updates_in_place(client, teacher, summits):
    # A screen reader announces a live region's new text, not a region swapped in with the results: the count stays
    # outside #results and each htmx response rewrites its text out of band, as on the timeline.
    share = _share(teacher)
    url = reverse("timeline:share_detail", args=[share.token])
    page = client.get(url).content.decode()
    assert page.index('<p id="result-count" class="result-count" role="status">') < page.index('<section id="results"')
    for target in ("browse", "results"):
        partial = client.get(url, {"from": "2019"}, headers={"HX-Request": "true", "HX-Target": target}).content.decode()
        assert partial.count('id="result-count"') == 1
        assert ('<p id="result-count" class="result-count" role="status" hx-swap-oob="innerHTML">'
                "1 event matches these filters.</p>") in partial


def test_a_revoked_link_answers_410_gone_with_a_polite_page(client, teacher, summits):
    share = _share(teacher)
    client.force_login(teacher)
    client.post(reverse("timeline:share_revoke", args=[share.pk]))
    client.logout()
    for name in ("share_detail", "share_embed", "share_print", "share_qr"):
        response = client.get(reverse(f"timeline:{name}", args=[share.token]))
        assert response.status_code == 410, name
    page = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "no longer shared" in page and "Singapore summit" not in page
    assert client.get(reverse("timeline:share_export", args=[share.token, "events.csv"])).status_code == 410


def test_an_expired_link_answers_410_but_works_through_its_last_day(client, teacher, summits):
    today = timezone.localdate()
    share = _share(teacher, expires_on=today)
    assert client.get(reverse("timeline:share_detail", args=[share.token])).status_code == 200
    share.expires_on = today - datetime.timedelta(days=1)
    share.save()
    response = client.get(reverse("timeline:share_detail", args=[share.token]))
    assert response.status_code == 410 and "expired" in response.content.decode()


def test_the_teacher_can_rename_set_an_expiry_and_revoke_and_restore(client, teacher, summits):
    share = _share(teacher)
    client.force_login(teacher)
    response = client.post(reverse("timeline:share_edit", args=[share.pk]), {"title": "Summitry", "mode": "live", "expires_on": "2026-12-20"})
    assert response.status_code == 302
    share.refresh_from_db()
    assert share.title == "Summitry" and share.expires_on == datetime.date(2026, 12, 20)
    client.post(reverse("timeline:share_revoke", args=[share.pk]))
    share.refresh_from_db()
    assert share.revoked_at is not None
    client.post(reverse("timeline:share_revoke", args=[share.pk]), {"undo": "1"})
    share.refresh_from_db()
    assert share.revoked_at is None


def test_a_frozen_share_does_not_change_after_an_editor_edits_an_event(client, teacher, summits):
    client.force_login(teacher)
    client.post(reverse("timeline:share_new") + "?from=2018", {"title": "Frozen summits", "mode": "frozen"})
    share = SharedTimeline.objects.get()
    assert share.frozen_at is not None
    singapore = summits["singapore"]
    singapore.title = "Renamed by an editor"
    singapore.sentence = "A corrected sentence."
    singapore.save()
    EventFactory(title="Newly published summit", date_start=datetime.date(2020, 1, 1))
    client.logout()
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "Singapore summit" in body and "Renamed by an editor" not in body
    assert "Newly published summit" not in body
    assert f"Frozen on {share.frozen_at:%-d %B %Y}" in body
    csv_text = client.get(reverse("timeline:share_export", args=[share.token, "events.csv"])).content.decode()
    assert "Singapore summit" in csv_text and "Renamed by an editor" not in csv_text


def test_a_live_share_shows_newly_published_events_and_pinned_ones(client, teacher, summits):
    share = _share(teacher)
    SharedTimelineItem.objects.create(share=share, event=summits["older"], pinned=True)
    EventFactory(title="Newly published summit", date_start=datetime.date(2020, 1, 1))
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "Newly published summit" in body and "Agreed Framework" in body


def test_pinning_an_unknown_event_is_refused_with_a_message(client, teacher, summits):
    client.force_login(teacher)
    response = client.post(reverse("timeline:share_new") + "?from=2018", {"title": "x", "mode": "live", "pin": "999999"})
    assert response.status_code == 422 and "No published event numbered 999999" in response.content.decode()
    assert not SharedTimeline.objects.exists()


def test_only_the_embed_route_may_be_framed_by_other_sites(client, teacher, summits):
    share = _share(teacher)
    embed = client.get(reverse("timeline:share_embed", args=[share.token]))
    assert embed.status_code == 200
    assert "frame-ancestors *" in embed.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in embed.headers
    # Everything but framing stays as strict as the rest of the site (its only scripts are the site's own files).
    assert "script-src 'self'" in embed.headers["Content-Security-Policy"] and "unsafe" not in embed.headers["Content-Security-Policy"]
    assert "Singapore summit" in embed.content.decode()
    for url in (reverse("timeline:share_detail", args=[share.token]), reverse("timeline:share_print", args=[share.token]), reverse("login")):
        response = client.get(url)
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"], url
        assert response.headers["X-Frame-Options"] == "DENY", url


def test_the_qr_code_is_an_svg_image_served_by_the_site(client, teacher, summits):
    share = _share(teacher)
    response = client.get(reverse("timeline:share_qr", args=[share.token]))
    assert response.status_code == 200 and response["Content-Type"] == "image/svg+xml"
    svg = response.content.decode()
    assert "<svg" in svg and 'xmlns="http://www.w3.org/2000/svg"' in svg and "<script" not in svg
    # It encodes the share's own link: the same symbol segno draws for that URL.
    expected = io.BytesIO()
    segno.make(f"http://testserver/s/{share.token}/", error="m").save(expected, kind="svg", scale=8, border=4, dark="#000", light="#fff", title=share.title)
    assert response.content == expected.getvalue()


def test_opening_the_link_is_counted_and_shown_on_my_shared_timelines(client, teacher, summits):
    share = _share(teacher)
    url = reverse("timeline:share_detail", args=[share.token])
    client.get(url)
    client.get(url)
    client.get(url, {"from": "2019"}, headers={"HX-Request": "true"})  # filtering within the page is not an opening
    share.refresh_from_db()
    assert share.open_count == 2 and share.last_opened_at is not None
    client.force_login(teacher)
    listing = client.get(reverse("timeline:share_list")).content.decode()
    assert "Summits since 2018" in listing and "2 times" in listing


@pytest.mark.parametrize("view_name", ["timeline:share_detail", "timeline:share_embed"])
def test_the_teachers_own_look_at_the_link_is_not_counted_as_an_opening(client, teacher, summits, view_name):
    share = _share(teacher)
    url = reverse(view_name, args=[share.token])
    # The teacher checks what the class will see, from the share's own page: "Opened 3 times" would then be wrong.
    client.force_login(teacher)
    client.get(url)
    share.refresh_from_db()
    assert share.open_count == 0 and share.last_opened_at is None
    # Anyone else's opening still counts, signed in or not.
    client.force_login(UserFactory(username="colleague", groups=["Teachers"]))
    client.get(url)
    client.logout()
    client.get(url)
    share.refresh_from_db()
    assert share.open_count == 2


def test_a_teachers_save_keeps_the_openings_counted_while_the_form_was_open(teacher, summits):
    from timeline import shares

    share = _share(teacher)
    loaded = SharedTimeline.objects.get(pk=share.pk)  # as the edit form holds it
    shares.record_open(share)
    shares.record_open(share)
    loaded.title = "Summitry"
    shares.save_share(share=loaded, notes={}, excluded=(), pinned=(), freeze=False)
    share.refresh_from_db()
    assert (share.title, share.open_count) == ("Summitry", 2) and share.last_opened_at is not None


def test_the_print_view_is_a_handout_with_introduction_notes_and_numbered_sources(client, teacher, summits):
    share = _share(teacher, introduction="Homework for Monday.")
    SharedTimelineItem.objects.create(share=share, event=summits["singapore"], class_note="Who proposed the meeting?")
    body = client.get(reverse("timeline:share_print", args=[share.token])).content.decode()
    assert "Homework for Monday." in body and "Who proposed the meeting?" in body
    assert '<a href="#ref-1">[1]</a>' in body and 'id="ref-1"' in body and "Singapore report" in body and "https://example.org/sg" in body
    assert "22 September 2025" in body  # the document's date, as people write it


def test_the_timeline_page_links_teachers_to_save_a_share(client, teacher, student, summits):
    client.force_login(teacher)
    body = client.get(reverse("timeline:event_list"), {"from": "2018"}).content.decode()
    assert reverse("timeline:share_new") + "?from=2018" in body
    client.force_login(student)
    assert reverse("timeline:share_new") not in client.get(reverse("timeline:event_list")).content.decode()


def test_teachers_find_their_shared_timelines_in_the_navigation_and_students_do_not(client, teacher, student, db):
    client.force_login(teacher)
    assert f'href="{reverse("timeline:share_list")}"' in client.get(reverse("timeline:document_list")).content.decode()
    client.force_login(student)
    assert f'href="{reverse("timeline:share_list")}"' not in client.get(reverse("timeline:document_list")).content.decode()


def test_a_frozen_share_keeps_an_event_an_editor_later_rejected_or_deleted(client, teacher, summits):
    client.force_login(teacher)
    client.post(reverse("timeline:share_new") + "?from=2018", {"title": "Frozen", "mode": "frozen"})
    share = SharedTimeline.objects.get()
    summits["singapore"].status = Status.REJECTED
    summits["singapore"].save()
    summits["hanoi"].delete()
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "Singapore summit" in body and "Hanoi summit" in body


def test_editing_a_frozen_shares_notes_keeps_its_copy_until_the_teacher_asks_for_a_fresh_one(client, teacher, summits):
    client.force_login(teacher)
    client.post(reverse("timeline:share_new") + "?from=2018", {"title": "Frozen", "mode": "frozen"})
    share = SharedTimeline.objects.get()
    singapore = summits["singapore"]
    singapore.title = "Singapore summit, corrected"
    singapore.save()
    edit_url = reverse("timeline:share_edit", args=[share.pk])
    client.post(edit_url, {"title": "Frozen", "mode": "frozen", f"note-{singapore.pk}": "Read the declaration."})
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "Read the declaration." in body and "Singapore summit, corrected" not in body
    client.post(edit_url, {"title": "Frozen", "mode": "frozen", f"note-{singapore.pk}": "Read the declaration.", "refreeze": "1"})
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "Singapore summit, corrected" in body and "Read the declaration." in body


def test_a_teacher_pins_in_an_event_the_filters_do_not_match(client, teacher, summits):
    client.force_login(teacher)
    older = summits["older"]
    client.post(reverse("timeline:share_new") + "?from=2018", {"title": "With background", "mode": "live", "pin": f"/events/{older.pk}/"})
    share = SharedTimeline.objects.get()
    assert share.items.get(event=older).pinned
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "Agreed Framework" in body and "Singapore summit" in body


def test_an_htmx_filter_change_brings_the_save_and_export_links_up_to_date(client, teacher, summits):
    client.force_login(teacher)
    swap = client.get(reverse("timeline:event_list"), {"from": "2019", "q": ""}, headers={"HX-Request": "true", "HX-Target": "browse"})
    body = swap.content.decode()
    # In the swapped #browse itself, after the filters (typing, which swaps #results only, brings them out of band).
    assert '<div id="page-actions" class="page-actions">' in body and 'hx-swap-oob="true"' not in body
    assert reverse("timeline:share_new") + "?from=2019" in body and "/export/events.csv?from=2019" in body
    share = _share(teacher)
    typing = client.get(reverse("timeline:share_detail", args=[share.token]), {"q": "hanoi"}, headers={"HX-Request": "true", "HX-Target": "results"})
    body = typing.content.decode()
    assert f"/s/{share.token}/export/events.csv?q=hanoi" in body and reverse("timeline:share_new") not in body


def test_the_new_share_page_says_which_filters_it_could_not_use_and_the_edit_page_names_the_saved_ones(client, teacher, summits):
    client.force_login(teacher)
    page = client.get(reverse("timeline:share_new"), {"from": "2018", "to": "someday"}).content.decode()
    assert "“someday” was not understood" in page
    share = _share(teacher)
    edit = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert f'href="{reverse("timeline:event_list")}?from=2018"' in edit and "re-applied on every visit" in edit


def test_an_expiry_date_already_past_is_refused_with_the_date_named(client, teacher, summits):
    client.force_login(teacher)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    response = client.post(reverse("timeline:share_new") + "?from=2018", {"title": "Summits", "mode": "live", "expires_on": yesterday.isoformat()})
    assert response.status_code == 422 and not SharedTimeline.objects.exists()
    assert f"{yesterday:%-d %B %Y} has passed: the link would never open. Choose today or a later day, or leave it empty." in response.content.decode()


def test_an_expiry_date_of_today_is_accepted(client, teacher, summits):
    client.force_login(teacher)
    today = timezone.localdate().isoformat()
    client.post(reverse("timeline:share_new") + "?from=2018", {"title": "Summits", "mode": "live", "expires_on": today})
    assert SharedTimeline.objects.get().expires_on.isoformat() == today


def test_an_expired_share_can_still_be_renamed_without_touching_its_date(client, teacher, summits):
    share = _share(teacher, expires_on=timezone.localdate() - datetime.timedelta(days=30))
    client.force_login(teacher)
    response = client.post(reverse("timeline:share_edit", args=[share.pk]),
                           {"title": "Renamed", "mode": "live", "expires_on": share.expires_on.isoformat()})
    assert response.status_code == 302
    share.refresh_from_db()
    assert share.title == "Renamed"


def test_the_share_forms_name_the_filters_in_words_with_a_phrase_as_typed(client, teacher, summits):
    client.force_login(teacher)
    page = client.get(reverse("timeline:share_new"), {"q": '"Singapore summit"'}).content.decode()
    assert "Singapore summit" in page and "Hanoi summit" not in page
    assert "as you filtered it (events matching ‘&quot;Singapore summit&quot;’)" in page
    share = _share(teacher, query="q=%22Singapore+summit%22&sort=newest")
    edit = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert "events matching ‘&quot;Singapore summit&quot;’, newest first</a>" in edit


def test_the_save_form_says_filtered_only_when_a_filter_is_set(client, teacher, summits):
    client.force_login(teacher)
    filtered = client.get(reverse("timeline:share_new"), {"from": "2018"}).content.decode()
    assert "The 2 events of the timeline as you filtered it (events from 2018 on)." in filtered
    # The whole timeline is not "as you filtered it": it says so, ordered newest first or not.
    whole = client.get(reverse("timeline:share_new")).content.decode()
    assert "as you filtered it" not in whole
    assert "The 3 events of the whole timeline, as no filter is set (all published events)." in whole
    newest = client.get(reverse("timeline:share_new"), {"sort": "newest"}).content.decode()
    assert "The 3 events of the whole timeline, as no filter is set (all published events, newest first)." in newest


def test_the_form_says_what_live_and_frozen_mean_for_the_class_and_live_stays_the_default(client, teacher, summits):
    client.force_login(teacher)
    body = client.get(reverse("timeline:share_new") + "?from=2018").content.decode()
    assert "<legend>When the timeline changes later</legend>" in body
    live = re.search(r'<label[^>]*><input type="radio" name="mode" value="live"[^>]*>(.*?)</label>', body, re.DOTALL)
    frozen = re.search(r'<label[^>]*><input type="radio" name="mode" value="frozen"[^>]*>(.*?)</label>', body, re.DOTALL)
    # Each says what happens to the class's page when the timeline grows or an editor corrects an event.
    assert "Events published later that match your filters appear in it" in live.group(1)
    assert "editors&#x27; corrections show in it" in live.group(1)
    assert "later events and corrections do not change it" in frozen.group(1)
    assert "take a fresh copy" in frozen.group(1)
    assert re.search(r'value="live"[^>]*checked', body) and not re.search(r'value="frozen"[^>]*checked', body)
