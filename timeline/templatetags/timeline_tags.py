"""Template filters for the timeline: an event's date at its precision, and its <time datetime> value."""

from django import template

from timeline.dates import format_event_date, iso_event_date

register = template.Library()


@register.filter
def event_date(event) -> str:
    """``{{ event|event_date }}`` → "Sunday 21 September 2025", "July 2025", "early 2025" …"""
    return format_event_date(event.date_start, event.date_end, event.precision, event.date_mod)


@register.filter
def event_iso(event) -> str:
    """``<time datetime="{{ event|event_iso }}">`` → "2025-09-21", "2025-07" or "2018"."""
    return iso_event_date(event.date_start, event.date_end, event.precision, event.date_mod)
