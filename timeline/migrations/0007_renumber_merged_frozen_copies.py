"""Frozen copies of events merged away before merges renumbered them: give each the number of its item's event.

Before, a merge moved a frozen share's item to the event it went into but left the copy with the merged-away
event's number, so the card's class note, its "leave out" tick and its link no longer found their item (and saving
the share's form failed). A copy whose number differs from its item's event can only come from such a merge (a copy
is always taken of its item's own event), and each share has one item per event, so renumbering is safe. The cards
and notes the old merges deleted outright cannot be brought back.
"""

from django.db import migrations


def renumber(apps, schema_editor):
    Item = apps.get_model("timeline", "SharedTimelineItem")
    changed = []
    for item in Item.objects.filter(snapshot__isnull=False, event__isnull=False).iterator(chunk_size=500):
        if isinstance(item.snapshot, dict) and item.snapshot.get("id") != item.event_id:
            item.snapshot = {**item.snapshot, "id": item.event_id}
            changed.append(item)
    Item.objects.bulk_update(changed, ["snapshot"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0006_search_reads_phrases"),
    ]

    operations = [
        migrations.RunPython(renumber, migrations.RunPython.noop),
    ]
