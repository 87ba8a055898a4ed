"""Migration 0007: a frozen copy left with a merged-away event's number by an old merge takes its item's event's."""

import datetime
from importlib import import_module

import pytest
from django.apps import apps
from django.http import QueryDict

from tests.factories import EventFactory, UserFactory
from timeline import shares
from timeline.models import SharedTimeline

migration = import_module("timeline.migrations.0007_renumber_merged_frozen_copies")


@pytest.mark.django_db
def test_a_copy_an_old_merge_left_with_the_merged_away_number_finds_its_card_and_note_again():
    teacher = UserFactory(username="tess", groups=["Teachers"])
    kept, visit = EventFactory(title="Singapore summit"), EventFactory(title="Visit", date_start=datetime.date(2017, 5, 1))
    gone = EventFactory(title="Trump and Kim meet on Sentosa")
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018", mode="frozen")
    shares.save_share(share=share, notes={gone.pk: "Look at the handshake."}, excluded=[], pinned=[], freeze=True)
    # As a merge before the fix left it: the item moved to the visit, its copy still numbered as the deleted event.
    share.items.filter(event=gone).update(event=visit)
    gone.delete()
    untouched = {i.pk: i.snapshot for i in share.items.exclude(event=visit)}

    migration.renumber(apps, None)

    item = share.items.get(event=visit)
    assert item.snapshot["id"] == visit.pk and item.snapshot["title"] == "Trump and Kim meet on Sentosa"
    assert {i.pk: i.snapshot for i in share.items.exclude(event=visit)} == untouched
    assert shares.share_view(share, QueryDict()).class_notes == {visit.pk: "Look at the handshake."}
    assert {r.id for r in shares.share_view(share, QueryDict()).records} == {kept.pk, visit.pk}
