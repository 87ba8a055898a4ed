"""Template filters for the timeline: an event's date at its precision, and its <time datetime> value."""

from django import template
from django.utils.html import format_html

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


@register.simple_tag
def source_sentence(source) -> str:
    """A source's sentence with its date expression in <mark>, everything escaped."""
    quote = source.quote
    if source.date_start_offset is None or source.date_end_offset is None:
        return format_html("{}", quote)
    start = source.date_start_offset - source.sentence_start
    end = source.date_end_offset - source.sentence_start
    if not 0 <= start < end <= len(quote):
        return format_html("{}", quote)
    return format_html("{}<mark>{}</mark>{}", quote[:start], quote[start:end], quote[end:])


@register.filter
def chart_layout(bars) -> list:
    """``{% for placed in result.chart|chart_layout %}``: bars with their SVG geometry (see charts.py)."""
    from timeline.charts import layout

    return layout(bars)


@register.filter
def category_group(category: str) -> str:
    """The quad group a PLOVER category belongs to ("verbal-conflict" …), for the badge's colour class."""
    from timeline.models import CATEGORY_GROUPS

    return next((key for key, (_label, types) in CATEGORY_GROUPS.items() if category in types), "")
