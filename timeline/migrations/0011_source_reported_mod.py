# Sources keep their own date modifier ("early 2019" is the year 2019 with START), so two sources' dates can be
# compared as each told them, and choosing one's date gives the event its modifier too.

import re

from django.db import migrations, models

MOD_CHOICES = [('', 'exact'), ('START', 'early'), ('MID', 'mid'), ('END', 'late'), ('APPROX', 'about'),
               ('BEFORE', 'before'), ('AFTER', 'after')]

# The part of a span a source's own phrase names as the extractor writes it ("early 2019", "mid-November 2019",
# "the end of 2019"); "before" and "about" never reach date_text, so only the event can tell those.
PART_WORDS = re.compile(r"^(?:the\s+)?(early|beginning|start|mid|middle|late|end)\b", re.IGNORECASE)
PART_MODS = {"early": "START", "beginning": "START", "start": "START", "mid": "MID", "middle": "MID",
             "late": "END", "end": "END"}


def stored_mod(source, event) -> str:
    """The modifier a stored source most likely reported: its own phrase's word for a part of its span, else its
    event's modifier when the source gives the event's very date and phrase (the event was made from such a report;
    an editor who changed only the event's modifier since is the one case this reads wrong)."""
    if source.reported_precision not in ("", "day"):
        match = PART_WORDS.match(source.date_text.strip())
        if match:
            return PART_MODS[match.group(1).casefold()]
    same_date = (source.reported_start, source.reported_end, source.reported_precision, source.date_text) == (
        event.date_start, event.date_end, event.precision, event.date_text)
    return event.date_mod if same_date else ""


def fill_reported_mod(apps, schema_editor):
    EventSource = apps.get_model("timeline", "EventSource")
    sources = (
        EventSource.objects.filter(reported_start__isnull=False)
        .select_related("event")
        .only("pk", "date_text", "reported_start", "reported_end", "reported_precision", "event__date_start",
              "event__date_end", "event__precision", "event__date_text", "event__date_mod")
        .order_by("pk")
    )
    batch = []
    for source in sources.iterator(chunk_size=500):
        mod = stored_mod(source, source.event)
        if mod:
            source.reported_mod = mod
            batch.append(source)
        if len(batch) == 500:
            EventSource.objects.bulk_update(batch, ["reported_mod"])
            batch = []
    EventSource.objects.bulk_update(batch, ["reported_mod"])


class Migration(migrations.Migration):

    dependencies = [
        ('timeline', '0010_upload_hash_queue_time_private_notes'),
    ]

    # Schema first, data after, as in 0010 (PostgreSQL and pending trigger events).
    operations = [
        migrations.AddField(
            model_name='eventsource',
            name='reported_mod',
            field=models.CharField(blank=True, choices=MOD_CHOICES, default='', max_length=10),
        ),
        migrations.AddField(
            model_name='historicaleventsource',
            name='reported_mod',
            field=models.CharField(blank=True, choices=MOD_CHOICES, default='', max_length=10),
        ),
        # Going back drops the column, and what it held with it.
        migrations.RunPython(fill_reported_mod, migrations.RunPython.noop),
    ]
