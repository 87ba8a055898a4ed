"""A form sent after the session ran out (the review queue left open over lunch): signing in comes back to the page
the form was on, never to the form's POST-only address (a blank 405), and the user is told the action was not done.
With htmx, the whole window goes to the sign-in page instead of the page's fragment turning into it.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
MERGE = "/events/7/merge/"
SIGN_IN = "/accounts/login/"


def _next(location: str) -> str:
    url = urlsplit(location)
    assert url.path == SIGN_IN
    return parse_qs(url.query)["next"][0]


def test_signing_in_after_a_form_sent_signed_out_comes_back_to_the_page_the_form_was_on(editor):
    client = Client()
    response = client.post(MERGE, {"other": "8", "next": "/review/?sort=date"})

    back = _next(response["Location"])
    assert back == "/review/?sort=date"
    client.force_login(editor)
    assert client.get(back).status_code == 200


def test_a_form_without_a_next_comes_back_to_the_page_it_was_sent_from():
    response = Client().post("/events/7/notes/", {"text": "Compare with Hanoi."},
                             headers={"Referer": "http://testserver/events/7/?q=summit"})

    assert _next(response["Location"]) == "/events/7/?q=summit"


def test_a_referer_from_another_site_is_not_followed_after_signing_in():
    response = Client().post(MERGE, {"other": "8"}, headers={"Referer": "https://elsewhere.example/phish/"})

    assert _next(response["Location"]) == "/"


def test_the_sign_in_page_says_the_action_was_not_done():
    page = Client().post(MERGE, {"other": "8", "next": "/review/"}, follow=True).content.decode()

    assert "You were signed out, so that was not done. Sign in, then try again." in page


def test_an_htmx_action_sent_signed_out_takes_the_whole_window_to_sign_in():
    response = Client().post("/review/7/publish/", {"next": "/review/"},
                             headers={"HX-Request": "true", "HX-Current-URL": "http://testserver/review/?page=2"})

    assert response.status_code == 200
    assert _next(response["HX-Redirect"]) == "/review/?page=2"


def test_a_page_opened_signed_out_still_comes_back_to_itself():
    response = Client().get("/review/?sort=date")

    assert _next(response["Location"]) == "/review/?sort=date"


@pytest.mark.parametrize("url, fields", [
    ("/events/7/notes/", {"body": "Compare with Hanoi.", "next": "/events/7/"}),
    ("/documents/3/highlights/", {"highlight-quote_exact": "the envoys met", "highlight-body": ""}),
])
def test_the_sign_in_page_says_a_note_sent_signed_out_was_not_saved(url, fields):
    page = Client().post(url, fields, follow=True).content.decode()

    assert "your note was not saved. Sign in, then send it again." in page
    assert "Hanoi" not in page and "envoys" not in page
