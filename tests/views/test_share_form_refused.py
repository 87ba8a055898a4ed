"""A share form refused for one field (a past expiry date, an unknown pin) keeps every class note and "Leave out" tick
as typed: the teacher fixes the one field and saves, rather than writing the notes again."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import EventFactory
from timeline.models import SharedTimeline


@pytest.fixture
def summits(db):
    return {
        "singapore": EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12)),
        "hanoi": EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27)),
    }


def test_a_new_share_refused_for_its_expiry_date_keeps_the_class_notes_and_leave_outs(client, teacher, summits):
    client.force_login(teacher)
    singapore, hanoi = summits["singapore"], summits["hanoi"]
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    response = client.post(reverse("timeline:share_new") + "?from=2018", {
        "title": "Summits", "mode": "live", "expires_on": yesterday.isoformat(),
        f"note-{singapore.pk}": "Compare with Panmunjom.", f"exclude-{hanoi.pk}": "1",
    })
    assert response.status_code == 422 and not SharedTimeline.objects.exists()
    body = response.content.decode()
    assert "has passed" in body
    assert f'name="note-{singapore.pk}" rows="2">Compare with Panmunjom.</textarea>' in body
    assert f'name="exclude-{hanoi.pk}" value="1" checked' in body


def test_an_edit_refused_for_an_unknown_pin_keeps_what_was_typed_not_what_was_saved(client, teacher, summits):
    client.force_login(teacher)
    singapore, hanoi = summits["singapore"], summits["hanoi"]
    client.post(reverse("timeline:share_new") + "?from=2018", {
        "title": "Summits", "mode": "live", f"note-{singapore.pk}": "Saved note.", f"exclude-{hanoi.pk}": "1",
    })
    share = SharedTimeline.objects.get()
    response = client.post(reverse("timeline:share_edit", args=[share.pk]), {
        "title": "Summits", "mode": "live", "pin": "999999",
        f"note-{singapore.pk}": "Rewritten note.", f"note-{hanoi.pk}": "A new note.",  # Hanoi put back: no exclude
    })
    assert response.status_code == 422
    body = response.content.decode()
    assert "No published event numbered 999999" in body
    assert f'name="note-{singapore.pk}" rows="2">Rewritten note.</textarea>' in body
    assert f'name="note-{hanoi.pk}" rows="2">A new note.</textarea>' in body
    assert f'name="exclude-{hanoi.pk}" value="1" checked' not in body
    # Nothing was saved: the share is as it was.
    assert share.items.get(event=singapore).class_note == "Saved note." and share.items.get(event=hanoi).excluded


def _summary(body: str) -> str:
    match = re.search(r'<div class="error-summary"[^>]*>.*?</div>', body, re.S)
    assert match, "no error summary on the refused form"
    return match.group(0)


def test_a_refused_share_form_lists_its_errors_at_the_top_linked_to_their_fields_in_field_order(
        client, teacher, summits):
    client.force_login(teacher)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    body = client.post(reverse("timeline:share_new") + "?from=2018", {
        "title": "", "mode": "sometimes", "expires_on": yesterday.isoformat(), "pin": "999999",
    }).content.decode()
    summary = _summary(body)
    # Focused as the page opens (a screen reader starts there), and above the first field.
    assert 'tabindex="-1"' in summary and "autofocus" in summary
    assert "The timeline was not saved" in summary
    assert body.index("error-summary") < body.index('name="title"')
    links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', summary)
    assert [target for target, _ in links] == ["id_title", "id_mode_0", "id_expires_on", "id_pin"]
    # Each link leads to an element that is on the page, and says which field and what is wrong.
    assert all(f'id="{target}"' in body for target, _ in links)
    assert links[0][1].startswith("Title: ") and "has passed" in links[2][1] and "999999" in links[3][1]


def test_an_edit_refused_lists_its_error_at_the_top_and_a_form_that_saves_shows_no_summary(client, teacher, summits):
    client.force_login(teacher)
    page = client.get(reverse("timeline:share_new") + "?from=2018").content.decode()
    assert "error-summary" not in page
    client.post(reverse("timeline:share_new") + "?from=2018", {"title": "Summits", "mode": "live"})
    share = SharedTimeline.objects.get()
    body = client.post(reverse("timeline:share_edit", args=[share.pk]),
                       {"title": "Summits", "mode": "live", "pin": "999999"}).content.decode()
    assert re.findall(r'<a href="#([^"]+)">', _summary(body)) == ["id_pin"]


def test_the_title_box_says_its_limit_and_a_longer_title_is_refused_saying_how_long_it_was(client, teacher, summits):
    client.force_login(teacher)
    url = reverse("timeline:share_new") + "?from=2018"
    page = client.get(url).content.decode()
    title_box = re.search(r'<input[^>]*name="title"[^>]*>', page).group(0)
    assert 'maxlength="200"' in title_box
    # The hint is read with the box, so a teacher knows a pasted title longer than this is cut.
    described = re.search(r'aria-describedby="([^"]+)"', title_box).group(1).split()
    assert any(re.search(rf'id="{ref}"[^>]*>Up to 200 characters', page) for ref in described)
    # Posted past the box's maxlength (a script, an old browser): refused, with the limit and the length typed.
    body = client.post(url, {"title": "x" * 300, "mode": "live"}).content.decode()
    assert not SharedTimeline.objects.exists()
    assert "The title is 300 characters long: it can be up to 200." in body


def test_a_class_note_over_the_limit_is_refused_naming_its_event_and_kept_whole_as_typed(client, teacher, summits):
    client.force_login(teacher)
    singapore, hanoi = summits["singapore"], summits["hanoi"]
    long_note = "Compare the two statements. " + "x" * 2312
    response = client.post(reverse("timeline:share_new") + "?from=2018", {
        "title": "Summits", "mode": "live", f"note-{singapore.pk}": long_note, f"note-{hanoi.pk}": "Short.",
    })
    assert response.status_code == 422 and not SharedTimeline.objects.exists()
    body = response.content.decode()
    message = "The note on “Singapore summit” is 2,340 characters long: it can be up to 2,000."
    # In the summary at the top, linked to the note's box, and again beside the box, which the box names.
    assert re.findall(r'<a href="#([^"]+)">([^<]+)</a>', _summary(body)) == [(f"note-{singapore.pk}", message)]
    box = re.search(rf'<textarea id="note-{singapore.pk}"[^>]*>', body).group(0)
    assert 'aria-invalid="true"' in box and f"note-{singapore.pk}-error" in box
    assert re.search(rf'id="note-{singapore.pk}-error"><li>{message}</li>', body)
    # Nothing the teacher typed is lost, and only the long note is marked.
    assert f">{long_note}</textarea>" in body and ">Short.</textarea>" in body
    assert 'aria-invalid' not in re.search(rf'<textarea id="note-{hanoi.pk}"[^>]*>', body).group(0)


def test_a_class_note_of_exactly_the_limit_is_saved_whole(client, teacher, summits):
    client.force_login(teacher)
    singapore = summits["singapore"]
    client.post(reverse("timeline:share_new") + "?from=2018", {
        "title": "Summits", "mode": "live", f"note-{singapore.pk}": "y" * 2000,
    })
    assert SharedTimeline.objects.get().items.get(event=singapore).class_note == "y" * 2000


def test_an_edit_with_a_class_note_over_the_limit_changes_nothing(client, teacher, summits):
    client.force_login(teacher)
    singapore = summits["singapore"]
    client.post(reverse("timeline:share_new") + "?from=2018", {
        "title": "Summits", "mode": "live", f"note-{singapore.pk}": "Saved note.",
    })
    share = SharedTimeline.objects.get()
    body = client.post(reverse("timeline:share_edit", args=[share.pk]), {
        "title": "Summits for Monday", "mode": "live", f"note-{singapore.pk}": "z" * 2001,
    }).content.decode()
    assert "is 2,001 characters long: it can be up to 2,000." in _summary(body)
    share.refresh_from_db()
    assert share.title == "Summits" and share.items.get(event=singapore).class_note == "Saved note."


def test_each_note_box_says_its_limit(client, teacher, summits):
    client.force_login(teacher)
    page = client.get(reverse("timeline:share_new") + "?from=2018").content.decode()
    boxes = re.findall(r'<textarea id="note-\d+"[^>]*>', page)
    assert len(boxes) == 2 and all('maxlength="2000"' in box and "note-help" in box for box in boxes)
    assert re.search(r'id="note-help">A class note can be up to 2,000 characters', page)


def test_the_form_opened_and_the_form_saved_answer_as_usual(client, teacher, summits):
    client.force_login(teacher)
    url = reverse("timeline:share_new") + "?from=2018"
    assert client.get(url).status_code == 200
    saved = client.post(url, {"title": "Summits", "mode": "live"})
    assert saved.status_code == 302
    edit_url = reverse("timeline:share_edit", args=[SharedTimeline.objects.get().pk])
    assert client.get(edit_url).status_code == 200
    assert client.post(edit_url, {"title": "Summits", "mode": "live"}).status_code == 302
    assert client.post(edit_url, {"title": "", "mode": "live"}).status_code == 422
