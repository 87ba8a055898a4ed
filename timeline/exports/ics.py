"""iCalendar (RFC 5545) with the icalendar package: a day is an all-day event, a vaguer date is a span."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable

import icalendar

from timeline.exports.records import EventRecord, display_date
from timeline.models import Precision

PRODID = "-//Diplomacy timeline//Events export//EN"


def _vevent(record: EventRecord, stamp: datetime.datetime, site_url: str, domain: str) -> icalendar.Event:
    vevent = icalendar.Event()
    key = str(record.id) if record.id else hashlib.sha256(f"{record.date_start}{record.title}".encode()).hexdigest()[:16]
    vevent.add("uid", f"event-{key}@{domain}")
    vevent.add("dtstamp", stamp)
    if record.precision == "day" and record.date_start == record.date_end and not record.date_mod:
        summary = record.title
    else:
        # Calendars have no "sometime in June": the span covers every day it may be, and the summary says so.
        summary = f"{record.title} ({Precision(record.precision).label}: {display_date(record)})"
    modality = record.modality_label
    vevent.add("summary", f"{modality}: {summary}" if modality else summary)
    # DATE values make all-day entries; DTEND is exclusive, so the last possible day is included.
    vevent.add("dtstart", record.date_start)
    vevent.add("dtend", record.date_end + datetime.timedelta(days=1))
    description = ([f"{modality}."] if modality else []) + ([record.sentence] if record.sentence else [])
    if record.note:
        description.append(f"Note: {record.note}")
    description += [f"Source: {s.title}" + (f" {s.url}" if s.url else "") for s in record.sources]
    if description:
        vevent.add("description", "\n\n".join(description))
    if record.path and site_url:
        vevent.add("url", site_url + record.path)
    if record.category:
        vevent.add("categories", [record.category])
    return vevent


def to_ics(records: Iterable[EventRecord], *, name: str = "Diplomacy timeline", site_url: str = "", stamp: datetime.datetime | None = None) -> bytes:
    """The events as an iCalendar file. ``stamp`` is the DTSTAMP of every entry (now, unless given)."""
    stamp = stamp or datetime.datetime.now(datetime.UTC)
    domain = site_url.split("://", 1)[-1].split("/", 1)[0] or "diplomacy-timeline.invalid"
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for record in records:
        calendar.add_component(_vevent(record, stamp, site_url, domain))
    return calendar.to_ical()
