"""A note created by code that names no visibility stays with its author: the model's default is the narrowest."""

import pytest
from django.contrib.auth.models import AnonymousUser

from tests.factories import EventFactory, UserFactory
from timeline.models import Annotation

pytestmark = pytest.mark.django_db


def test_a_note_created_without_a_visibility_is_private_to_its_author():
    author, other = UserFactory(username="ann"), UserFactory(username="bob", groups=["Editors"])
    note = Annotation.objects.create(author=author, body="Check the date", event=EventFactory())
    note.refresh_from_db()
    assert note.visibility == Annotation.Visibility.PRIVATE
    assert list(Annotation.objects.visible_to(author)) == [note]
    assert not Annotation.objects.visible_to(other).exists()
    assert not Annotation.objects.visible_to(AnonymousUser()).exists()
