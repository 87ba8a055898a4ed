"""The overview above the list: events per year (or per month) as a server-rendered SVG bar chart.

Computed and drawn here, framed by templates/timeline/_chart.html: bar geometry is plain numbers in SVG attributes,
so the chart needs neither JavaScript nor inline styles, and prints. The bars are drawn in Python rather than in
the template because a 76-year chart is some 900 template lookups, a fifth of a page's server time.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from timeline.filters import Bar

WIDTH = 800
HEIGHT = 120
LABEL_SPACE = 18
MAX_LABELS = 12


@dataclass
class PlacedBar:
    bar: Bar
    # Strings, not floats: the template would localise a float ("12,5" in some languages) and that costs time.
    x: str
    width: str
    y: str
    height: str
    label: bool  # whether its axis label is drawn (the others are still named to assistive technology)


def layout(bars: list[Bar]) -> list[PlacedBar]:
    if not bars:
        return []
    step = WIDTH / len(bars)
    gap = min(2.0, step * 0.2)
    highest = max(bar.count for bar in bars) or 1
    every = max(1, -(-len(bars) // MAX_LABELS))
    placed = []
    for index, bar in enumerate(bars):
        height = 0 if bar.count == 0 else max(2.0, HEIGHT * bar.count / highest)
        placed.append(PlacedBar(bar, f"{index * step + gap / 2:.2f}", f"{step - gap:.2f}", f"{HEIGHT - height:.2f}",
                                f"{height:.2f}", index % every == 0))
    return placed


def bars_svg(bars: list[Bar], base_url: str) -> SafeString:
    """The bars (each a link that narrows the range to it, named for assistive technology) and their labels."""
    parts = []
    for placed in layout(bars):
        bar = placed.bar
        if bar.count:
            href = f"{base_url}?{bar.query}"
            parts.append(format_html(
                '<a href="{}" hx-get="{}" hx-target="#browse" hx-swap="outerHTML" hx-push-url="true" aria-label="{}: {} event{}" '
                'class="chart-bar"><rect class="hit" x="{}" y="0" width="{}" height="{}"></rect>'
                '<rect class="bar" x="{}" y="{}" width="{}" height="{}"></rect></a>',
                href, href, bar.label, bar.count, "" if bar.count == 1 else "s", placed.x, placed.width, HEIGHT,
                placed.x, placed.y, placed.width, placed.height,
            ))
        if placed.label:
            parts.append(format_html('<text x="{}" y="{}" class="chart-label" aria-hidden="true">{}</text>',
                                     placed.x, HEIGHT + LABEL_SPACE - 2, bar.label))
    return format_html_join("", "{}", ((part,) for part in parts))
