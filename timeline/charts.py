"""The overview above the list: events per year (or per month) as a server-rendered SVG bar chart.

Computed and drawn here, framed by templates/timeline/_chart.html: bar geometry is plain numbers in SVG attributes,
so the chart needs neither JavaScript nor inline styles, and prints. The bars are drawn in Python rather than in
the template because a 76-year chart is some 900 template lookups, a fifth of a page's server time.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from django.conf import settings

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from timeline.filters import Bar

WIDTH = 800
HEIGHT = 120
LABEL_SPACE = 18
MAX_LABELS = 12
MAX_BAR_WIDTH = WIDTH / 16
ERA_ROW = 14
ERAS_FILE = Path(settings.BASE_DIR) / "seeds" / "eras.yaml"


@dataclass(frozen=True)
class Era:
    title: str
    side: str  # "us" or "dprk": each side has its own row of bands
    start: datetime.date
    end: datetime.date | None  # None: to this day


@lru_cache(maxsize=4)
def _read_eras(path: Path, modified: float) -> tuple[Era, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return tuple(Era(str(e["title"]), str(e.get("side", "us")), e["start"], e.get("end")) for e in data.get("eras", []))


def load_eras(path: Path = ERAS_FILE) -> tuple[Era, ...]:
    """The leaders' eras from seeds/eras.yaml (none if the file is missing), re-read when the file changes."""
    return _read_eras(path, path.stat().st_mtime) if path.exists() else ()


def eras_in_year(year: int, eras: tuple[Era, ...]) -> list[str]:
    """Titles of the eras that cover part of ``year``, for the list's year headings."""
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return [e.title for e in eras if e.start <= last and (e.end is None or e.end >= first)]


@dataclass
class PlacedBar:
    bar: Bar
    # Strings, not floats: the template would localise a float ("12,5" in some languages) and that costs time.
    x: str
    width: str
    y: str
    height: str
    label: bool  # whether its axis label is drawn (the others are still named to assistive technology)
    slot_x: str = ""  # the whole slot of its year or month: where a click chooses it, however narrow the bar
    slot_width: str = ""


def layout(bars: list[Bar]) -> list[PlacedBar]:
    if not bars:
        return []
    step = WIDTH / len(bars)
    gap = min(2.0, step * 0.2)
    highest = max(bar.count for bar in bars) or 1
    every = max(1, -(-len(bars) // MAX_LABELS))
    # A few bars (one year found, two years shared) would each be a slab hundreds of pixels wide: they are drawn no
    # wider than a bar of a 16-bar chart, in the middle of their slot, so a count still reads as a bar.
    width = min(step - gap, MAX_BAR_WIDTH)
    placed = []
    for index, bar in enumerate(bars):
        height = 0 if bar.count == 0 else max(2.0, HEIGHT * bar.count / highest)
        left = index * step + gap / 2
        placed.append(PlacedBar(bar, f"{left + (step - gap - width) / 2:.2f}", f"{width:.2f}", f"{HEIGHT - height:.2f}",
                                f"{height:.2f}", index % every == 0, f"{left:.2f}", f"{step - gap:.2f}"))
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
                href, href, bar.label, bar.count, "" if bar.count == 1 else "s", placed.slot_x, placed.slot_width, HEIGHT,
                placed.x, placed.y, placed.width, placed.height,
            ))
        if placed.label:
            parts.append(format_html('<text x="{}" y="{}" class="chart-label" aria-hidden="true">{}</text>',
                                     placed.x, HEIGHT + LABEL_SPACE - 2, bar.label))
    return format_html_join("", "{}", ((part,) for part in parts))


def era_bands_svg(bars: list[Bar], unit: str, eras: tuple[Era, ...]) -> SafeString:
    """Shaded bands under the axis, one row per side, each labelled where it is wide enough to read."""
    if not bars or not eras:
        return SafeString("")
    step = WIDTH / len(bars)
    first = bars[0].start

    def x(day: datetime.date) -> float:
        if unit == "month":
            months = (day.year - first.year) * 12 + day.month - first.month + (day.day - 1) / 31
            return min(WIDTH, max(0.0, months * step))
        years = day.year - first.year + (day.timetuple().tm_yday - 1) / 366
        return min(WIDTH, max(0.0, years * step))

    parts = []
    rows = {"us": 0, "dprk": 1}
    for index, era in enumerate(eras):
        left, right = x(era.start), x(era.end or datetime.date.today())
        if right - left < 1:
            continue
        y = HEIGHT + LABEL_SPACE + 4 + rows.get(era.side, 0) * ERA_ROW
        parts.append(format_html('<rect class="era era-{} era-{}" x="{}" y="{}" width="{}" height="{}"><title>{}</title></rect>',
                                 era.side, index % 2, f"{left:.2f}", y, f"{right - left:.2f}", ERA_ROW - 2, era.title))
        if right - left > 6 * len(era.title):
            parts.append(format_html('<text class="era-label" x="{}" y="{}">{}</text>', f"{left + 3:.2f}", y + ERA_ROW - 4,
                                     era.title))
    return format_html_join("", "{}", ((part,) for part in parts))
