"""The admin's list of actors (Django's own view; its search is ours)."""

import pytest
from django.contrib.auth.models import User

from tests.factories import ActorFactory

URL = "/admin/timeline/actor/"


@pytest.fixture
def staff(client, db):
    client.force_login(User.objects.create_user("staff", is_staff=True, is_superuser=True))
    ActorFactory(name="Sergueï Lavrov", slug="sergei-lavrov", aliases=["Лавров", "Sergey Lavrov"])
    ActorFactory(name="North Korea", slug="north-korea", aliases=["DPRK", "평양"])
    ActorFactory(name="Russia", slug="russia")
    return client


def listed(client, q: str) -> list[str]:
    response = client.get(URL, {"q": q})
    assert response.status_code == 200
    return sorted(str(actor) for actor in response.context["cl"].result_list)


@pytest.mark.parametrize(("q", "expected"), [
    ("Лавров", ["Sergueï Lavrov"]),  # an alias in Cyrillic (SQLite's JSON text held it as \u041b...)
    ("평양", ["North Korea"]),
    ("serguei", ["Sergueï Lavrov"]),  # a name's accents do not matter, as in the timeline's search
    ("Sergueï", ["Sergueï Lavrov"]),
    ("dprk", ["North Korea"]),
    ("orea", ["North Korea"]),  # the admin still finds a name by any part of it
])
def test_the_admin_finds_an_actor_by_an_accented_or_non_latin_name_or_alias(staff, q, expected):
    assert listed(staff, q) == expected
