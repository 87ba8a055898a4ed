"""The overview above the list: events per year (or per month) as a server-rendered SVG bar chart.

Computed here, drawn by templates/timeline/_chart.html: bar geometry is plain numbers in SVG attributes, so the
chart needs neither JavaScript nor inline styles, and prints.
"""

from __future__ import annotations

from dataclasses import dataclass

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
