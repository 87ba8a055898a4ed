"""Every form's hints and error messages are tied to their fields for screen readers, and errors look like errors.

Django adds ``aria-describedby="<id>_helptext <id>_error"`` to a field with help text or errors; the page must hold
elements with those ids, or a screen reader on "Reason" never hears "Required when the date changes", nor why the
save was refused.
"""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import ActorFactory, EventFactory, EventSourceFactory
from tests.views.test_event_edit import form_data

pytestmark = pytest.mark.django_db


def dangling_references(html: str) -> list[str]:
    """The ids that an aria-describedby or aria-labelledby names but no element on the page carries."""
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    named = [ref for refs in re.findall(r'aria-(?:describedby|labelledby)="([^"]+)"', html) for ref in refs.split()]
    return sorted({ref for ref in named if ref not in ids})


@pytest.fixture
def event():
    return EventSourceFactory(event=EventFactory(title="Summit in Singapore", actors=[ActorFactory(name="North Korea")])).event


def test_the_event_form_ties_its_hints_and_a_refused_saves_errors_to_the_fields(client, editor, event):
    client.force_login(editor)
    page = client.get(f"/events/{event.pk}/edit/").content.decode()
    assert dangling_references(page) == []
    refused = client.post(f"/events/{event.pk}/edit/", form_data(event, date_text="13 June 2018"))
    html = refused.content.decode()
    assert "Say why the date changes" in html
    assert dangling_references(html) == []
    # The reason field is described by its hint and by the error that says what to do.
    reason = re.search(r'<textarea[^>]*name="reason"[^>]*>|<input[^>]*name="reason"[^>]*>', html).group(0)
    described = re.search(r'aria-describedby="([^"]+)"', reason).group(1).split()
    error_id = next(ref for ref in described if ref.endswith("_error"))
    assert re.search(rf'id="{error_id}"[^>]*>Say why the date changes', html)


def test_the_document_form_ties_its_hints_to_the_fields(client, editor):
    client.force_login(editor)
    assert dangling_references(client.get("/documents/new/").content.decode()) == []
    refused = client.post("/documents/new/", {"title": "No date", "text": "Talks were held on 3 May 2020."})
    assert refused.status_code == 422 and dangling_references(refused.content.decode()) == []


def test_the_share_form_ties_hints_and_errors_to_fields_marks_errors_and_labels_like_the_other_forms(client, teacher):
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    client.force_login(teacher)
    url = reverse("timeline:share_new") + "?from=2018"
    assert dangling_references(client.get(url).content.decode()) == []
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    html = client.post(url, {"title": "Summits", "mode": "live", "expires_on": yesterday.isoformat()}).content.decode()
    assert dangling_references(html) == []
    # The field with the error is marked (red border, red message) as on the editors' forms.
    assert re.search(r'<div class="field has-error">\s*<label for="id_expires_on">', html)
    # Labels read "Title", as everywhere else on the site, not Django's default "Title:".
    # (The error summary above the form says "Link expires after: …", a sentence, not a label.)
    assert '<label for="id_title">Title</label>' in html and not re.search(r"<label[^>]*>[^<]*:</label>", html)
