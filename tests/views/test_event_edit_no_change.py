"""Saving the event form as it was shown: nothing is written, and other editors' open forms stay valid."""

import datetime
from html.parser import HTMLParser

import pytest
from django.test import Client

from tests.factories import ActorFactory, EventFactory, EventSourceFactory
from timeline.models import Event, Status

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


class _FormValues(HTMLParser):
    """What a browser would post for the event form as a page shows it (ticked boxes, chosen options, text), with
    the fields elsewhere on the page that name it in their ``form`` attribute (the edit page's note box)."""

    def __init__(self):
        super().__init__()
        self.pairs: list[tuple[str, str]] = []
        self._in_form = False
        self._form_id = None
        self._in_field = False
        self._select = self._textarea = None
        self._first_option = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "/edit/" in (a.get("action") or ""):
            self._in_form, self._form_id = True, a.get("id")
        self._in_field = bool(self._form_id) and a.get("form") == self._form_id
        if not (self._in_form or self._in_field):
            return
        if tag == "input" and a.get("name") and a.get("type") not in ("submit",):
            if a.get("type") not in ("checkbox", "radio") or "checked" in a:
                self.pairs.append((a["name"], a.get("value") or ""))
        elif tag == "select":
            self._select, self._first_option = a["name"], None
        elif tag == "option" and self._select:
            if self._first_option is None:
                self._first_option = a.get("value", "")
            if "selected" in a:
                self.pairs.append((self._select, a.get("value", "")))
                self._select = "(chosen)"
        elif tag == "textarea":
            self._textarea = [a["name"], ""]

    def handle_data(self, data):
        if self._textarea:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "select" and self._select:
            if self._select != "(chosen)":
                self.pairs.append((self._select, self._first_option or ""))
            self._select = None
        elif tag == "textarea" and self._textarea:
            # A browser drops the newline right after <textarea> and posts line breaks as CR LF.
            name, text = self._textarea
            self.pairs.append((name, text.removeprefix("\n").replace("\n", "\r\n")))
            self._textarea = None


def shown_form(client, url: str, **headers) -> dict[str, list[str]]:
    parser = _FormValues()
    parser.feed(client.get(url, headers=headers).content.decode())
    data: dict[str, list[str]] = {}
    for name, value in parser.pairs:
        data.setdefault(name, []).append(value)
    assert "title" in data and "version" in data, "the event form was not found on the page"
    return data


@pytest.fixture
def event():
    return EventSourceFactory(
        event=EventFactory(
            title="Summit in Singapore",
            summary="The leaders met.\nThey signed a statement.",
            actors=[ActorFactory(name="North Korea"), ActorFactory(name="United States")],
        )
    ).event


def history_count(event) -> int:
    return Event.history.filter(id=event.pk).count()


def test_saving_the_form_as_shown_writes_no_version_and_says_nothing_changed(client, editor, event):
    client.force_login(editor)
    before = (history_count(event), Event.objects.get(pk=event.pk).updated_at)
    response = client.post(f"/events/{event.pk}/edit/", shown_form(client, f"/events/{event.pk}/edit/"), follow=True)
    assert response.status_code == 200
    event.refresh_from_db()
    assert (event.version, event.curated) == (1, False)
    assert (history_count(event), event.updated_at) == before
    assert "Nothing changed: “Summit in Singapore” is as it was (version 1)." in response.content.decode()


def test_another_editors_open_form_still_saves_after_a_save_without_change(client, editor, event):
    other = Client()
    other.force_login(editor)
    theirs = shown_form(other, f"/events/{event.pk}/edit/")
    client.force_login(editor)
    client.post(f"/events/{event.pk}/edit/", shown_form(client, f"/events/{event.pk}/edit/"))
    theirs["title"] = ["Trump–Kim summit"]
    response = other.post(f"/events/{event.pk}/edit/", theirs)
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.version) == ("Trump–Kim summit", 2)


def test_a_real_concurrent_change_is_still_refused(client, editor, event):
    other = Client()
    other.force_login(editor)
    theirs = shown_form(other, f"/events/{event.pk}/edit/")
    client.force_login(editor)
    mine = shown_form(client, f"/events/{event.pk}/edit/")
    mine["title"] = ["Singapore summit"]
    assert client.post(f"/events/{event.pk}/edit/", mine).status_code == 302
    theirs["title"] = ["Trump–Kim summit"]
    assert other.post(f"/events/{event.pk}/edit/", theirs).status_code == 409
    event.refresh_from_db()
    assert (event.title, event.version) == ("Singapore summit", 2)


def test_a_save_that_changes_one_field_is_still_versioned(client, editor, event):
    client.force_login(editor)
    data = shown_form(client, f"/events/{event.pk}/edit/")
    data["summary"] = ["The leaders met again."]
    before = history_count(event)
    assert client.post(f"/events/{event.pk}/edit/", data).status_code == 302
    event.refresh_from_db()
    assert (event.summary, event.version, history_count(event)) == ("The leaders met again.", 2, before + 1)


def test_a_reason_typed_with_no_change_is_not_a_change(client, editor, event):
    client.force_login(editor)
    data = shown_form(client, f"/events/{event.pk}/edit/")
    data["reason"] = ["Checked against the brief"]
    before = history_count(event)
    client.post(f"/events/{event.pk}/edit/", data)
    assert (Event.objects.get(pk=event.pk).version, history_count(event)) == (1, before)


def test_actors_ticked_in_another_order_or_case_are_no_change(client, editor, event):
    client.force_login(editor)
    data = shown_form(client, f"/events/{event.pk}/edit/")
    data["actors"] = ["united states", "North Korea", ""]
    before = history_count(event)
    client.post(f"/events/{event.pk}/edit/", data)
    assert (Event.objects.get(pk=event.pk).version, history_count(event)) == (1, before)


def test_an_event_whose_stored_date_its_text_no_longer_gives_is_saved_as_shown_without_change(client, editor):
    # Its date was read against another day ("the same year" of an earlier sentence) or set with a precision of its
    # own: the form shows the text, and saving it unchanged must neither move the date nor ask why it moved.
    event = EventSourceFactory(
        event=EventFactory(date_text="the same year", date_start=datetime.date(2002, 1, 1),
                           date_end=datetime.date(2002, 12, 31), precision="year")
    ).event
    client.force_login(editor)
    before = history_count(event)
    response = client.post(f"/events/{event.pk}/edit/", shown_form(client, f"/events/{event.pk}/edit/"))
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.date_start, event.version, history_count(event)) == (datetime.date(2002, 1, 1), 1, before)


def test_with_htmx_the_edit_page_is_told_nothing_changed(client, editor, event):
    client.force_login(editor)
    data = shown_form(client, f"/events/{event.pk}/edit/")
    response = client.post(f"/events/{event.pk}/edit/", data, headers=HTMX)
    assert response.status_code == 200
    assert response["HX-Redirect"] == event.get_absolute_url()
    assert "Nothing changed" in response.content.decode()
    assert Event.objects.get(pk=event.pk).version == 1


def test_in_the_queue_a_save_without_change_puts_the_item_back_as_it_was(client, editor):
    event = EventSourceFactory(event=EventFactory(status=Status.PROPOSED, title="Leaders meet in Singapore")).event
    client.force_login(editor)
    queue = "/review/?sort=newest"
    data = shown_form(client, f"/events/{event.pk}/edit/?in=queue&next=%2Freview%2F%3Fsort%3Dnewest", **HTMX)
    assert data["in"] == ["queue"] and data["next"] == [queue]
    before = history_count(event)
    response = client.post(f"/events/{event.pk}/edit/", data, headers=HTMX)
    html = response.content.decode()
    assert response.status_code == 200 and response["HX-Retarget"] == f"#queue-item-{event.pk}"
    assert html.lstrip().startswith(f'<li id="queue-item-{event.pk}"')
    assert "Nothing changed: “Leaders meet in Singapore” is as it was." in html
    assert "Saved" not in html
    # Still waiting in the queue, with its controls and the count beside it.
    assert 'data-key="p"' in html and 'data-key="e"' in html and 'name="events"' in html
    assert 'id="queue-summary"' in html
    event.refresh_from_db()
    assert (event.status, event.version, event.curated, history_count(event)) == (Status.PROPOSED, 1, False, before)


def test_choosing_the_precision_the_date_already_has_is_no_change(client, editor, event):
    client.force_login(editor)
    data = shown_form(client, f"/events/{event.pk}/edit/")
    assert data["precision"] == [""] and event.precision == "day"
    data["precision"] = ["day"]
    before = history_count(event)
    client.post(f"/events/{event.pk}/edit/", data)
    assert (Event.objects.get(pk=event.pk).version, history_count(event)) == (1, before)
