"""The overview above the list: events per year (or per month) as a server-rendered SVG bar chart.

Computed and drawn here, framed by templates/timeline/_chart.html: bar geometry is plain numbers in SVG attributes,
so the chart needs neither JavaScript nor inline styles, and prints. The bars are drawn in Python rather than in
the template because a 76-year chart is some 900 template lookups, a fifth of a page's server time.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import yaml
from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from timeline.chart_bars import Bar, not_drawn_in
from timeline.counting import FilterResult
from timeline.filters import EXACT_PRECISIONS
from timeline.models import Precision
from timeline.querystring import canonical_query

# The chart is drawn without a viewBox, so nothing is scaled: across, every position is a percentage of the chart's
# width; down, in pixels. A label is therefore its CSS size (12px) on a phone as on a desktop, where a viewBox 800
# wide shrank it to some 5px in a phone's 358. What changes with the width is how many labels fit: see TIERS.
WIDTH = 100  # percent
HEIGHT = 120  # px: the bars
LABEL_SPACE = 18
MAX_LABELS = 12
MAX_BAR_WIDTH = WIDTH / 16
GAP = 0.25  # percent between bars: 2px of an 800px chart
ERA_ROW = 16
SVG_HEIGHT = HEIGHT + LABEL_SPACE + 4 + 2 * ERA_ROW  # the svg's height in templates/timeline/_chart.html
# Chart widths in px (a desktop's column, a tablet's, a 320px phone's less the page's margins), widest first: the
# labels and the bars' grouping are chosen for each, and CSS container queries (site.css) show each width's from it up
# to the next. 768: a 1280px screen's column (808px) still draws 32 years a bar a year.
TIERS = (768, 440, 280)
# WCAG 2.2 (2.5.8): each bar's link is at least 24px wide at its tier's narrowest (a phone's 280px: 11 bars at most),
# so a chart too dense for its width groups its bars by the first of these (months to a bar) that is few enough.
MIN_TARGET_PX = 24
GROUPINGS = {1: "month", 3: "quarter", 6: "half-year", 12: "year", 24: "two years", 60: "five years", 120: "decade",
             240: "twenty years", 600: "fifty years", 1200: "century"}
LABEL_CHAR_PX = 7.5  # the widest a character of a 12px axis label runs ("Jan 2018" is some 55px)
LABEL_PAD_PX = 8
# Label every how many months: each January, each fifth year ... (a bar of a year is 12 months).
LABEL_STEPS = (1, 2, 3, 4, 6, 12, 24, 60, 120, 240, 600)
ERA_CHAR_PX = 7  # of an 11px era label
ERAS_FILE = Path(settings.BASE_DIR) / "seeds" / "eras.yaml"


@dataclass(frozen=True)
class Era:
    title: str
    side: str  # "us" or "dprk": each side has its own row of bands
    start: datetime.date
    end: datetime.date | None  # None: to this day

    @property
    def years(self) -> str:
        """ "1993–2001", or "since 2011" for an era that runs to this day."""
        return f"{self.start.year}–{self.end.year}" if self.end else f"since {self.start.year}"


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


def tier_class(shown: set[int]) -> str | None:
    """The classes of something drawn only at the chart widths of TIERS in ``shown``: "hide-<px>" for each other
    width (site.css hides it there), "" when shown at every width, None when at none (it is not drawn)."""
    if not shown & set(TIERS):
        return None
    return " ".join(f"hide-{width}" for width in TIERS if width not in shown)


@dataclass
class PlacedBar:
    bar: Bar
    # Strings, not floats: the template would localise a float ("12,5" in some languages) and that costs time.
    # Across in percent of the chart's width, down in px.
    x: str
    width: str
    y: str
    height: str
    label: str | None  # its axis label's tier_class; None: no label (the bar is still named to assistive technology)
    slot_x: str = ""  # its whole slot, gaps and all: where a tap chooses it, however narrow the bar; at least
    slot_width: str = ""  # MIN_TARGET_PX wide at the widths that draw it (see densities)


@dataclass
class Density:
    """The chart's bars grouped for some of the widths of TIERS: a bar a year on a desktop, five years on a phone."""
    bars: list[Bar]
    unit: str  # what a bar counts: "year", "five years"
    tiers: str  # tier_class: hidden at the other widths
    note: str = ""  # for the caption: "the narrower bar counts only 2025" (see narrower_note)
    not_drawn: str = ""  # for the caption: the events too coarsely dated for these bars (see not_drawn_note)
    not_drawn_query: str = ""  # the canonical query that lists just those events (see not_drawn_link)
    not_drawn_link: str = ""  # the words of its link: "List the 2 events not drawn"


def narrower_note(bars: list[Bar]) -> str:
    """ "the narrower bars count only 1994 and 2025": the groups the range cuts short, which layout draws narrower,
    named in the caption so that a reader comparing bars by eye, who cannot hover on a phone, knows what they hold.
    Only the first and the last group can be cut short; one with no events has no bar to explain."""
    cut = [bar.span or bar.label for bar in bars if bar.count and bar.part_of_group() != (0.0, 1.0)]
    if not cut:
        return ""
    return f"the narrower {'bar counts' if len(cut) == 1 else 'bars count'} only {' and '.join(cut)}"


# Coarsest first, as a reader would scan "known only to the decade (1) or the year (3)".
COARSE_PRECISIONS = EXACT_PRECISIONS[:EXACT_PRECISIONS.index("month")]


def not_drawn_note(bars: list[Bar], unit: str) -> str:
    """ "3 of these 15 events are not drawn: they are known only to the year, and each bar is a month."

    An event known only to its year, drawn in January's bar, would tell a reader it happened in January; it is left
    out of these bars instead (Bar.not_drawn) and counted here, so that the bars and this add up to the result count,
    and the reader knows to look for it in the list, or at a width whose bars are years."""
    left_out = not_drawn_in(bars)
    if not left_out:
        return ""
    n = sum(left_out.values())
    total = n + sum(bar.count for bar in bars)
    kinds = [p for p in COARSE_PRECISIONS if p in left_out] + sorted(set(left_out) - set(COARSE_PRECISIONS))
    if len(kinds) == 1:
        known = f"the {Precision(kinds[0]).label}"
    else:
        named = [f"the {Precision(p).label} ({left_out[p]})" for p in kinds]
        known = f"{', '.join(named[:-1])} or {named[-1]}"
    bar = unit if unit.endswith("s") else f"a {unit}"
    if n == total:
        who = f"None of these {total} events is drawn" if total > 1 else "This event is not drawn"
    else:
        who = f"{n} of these {total} events {'is' if n == 1 else 'are'} not drawn"
    return f"{who}: {'it is' if n == 1 else 'they are'} known only to {known}, and each bar is {bar}."


def not_drawn_link(result: FilterResult, bars: list[Bar]) -> tuple[str, str]:
    """The query and the words of the link that lists the events these bars leave out, within the page's filters:
    those known only to the precisions left out ("known_only_to=year"). Every event of such a precision that the
    filters keep is left out of every bar, so the list holds exactly as many as not_drawn_note counts.

    ("", "") when there is none, or when no bar draws any event: the list on screen is then those very events."""
    left_out = not_drawn_in(bars)
    n = sum(left_out.values())
    if not n or not any(bar.count for bar in bars):
        return "", ""
    query = canonical_query(result.filters, default_sort=result.default_sort,
                            known_only_to=[p for p in EXACT_PRECISIONS if p in left_out])
    return query, "List the event not drawn" if n == 1 else f"List the {n} events not drawn"


def densities(result: FilterResult) -> list[Density]:
    """The bars at each width of TIERS: the finest grouping (GROUPINGS) whose bars are each MIN_TARGET_PX wide there.

    The server cannot know the reader's width, so each grouping a width needs is drawn, and CSS shows one."""
    if not result.chart:
        return []
    grouped: dict[int, list[Bar]] = {}
    shown: dict[int, set[int]] = {}
    for chart_px in TIERS:
        for months in (m for m in GROUPINGS if m >= result.fewest_months_per_bar):
            if months not in grouped:
                grouped[months] = result.chart_by(months)
            if chart_px / len(grouped[months]) >= MIN_TARGET_PX:
                break
        shown.setdefault(months, set()).add(chart_px)
    return [Density(grouped[months], GROUPINGS[months], tier_class(tiers), narrower_note(grouped[months]),
                    not_drawn_note(grouped[months], GROUPINGS[months]), *not_drawn_link(result, grouped[months]))
            for months, tiers in sorted(shown.items())]


def _labelled(bars: list[Bar], xs: list[float], label_px: float, chart_px: int) -> set[int]:
    """Which bars are labelled on a chart ``chart_px`` wide: those at a round step (every 5 years, every January),
    the smallest step whose labels are ``label_px`` apart, at most MAX_LABELS, each ending inside the chart."""
    ordinals = [bar.start.year * 12 + bar.start.month - 1 for bar in bars]
    # Grouped bars (five years ...) start at round dates but the first and last may be cut short by the range.
    months_per_bar = max((b - a for a, b in pairwise(ordinals)), default=1)
    for step in LABEL_STEPS:
        if step % months_per_bar:
            continue  # every fourth month of quarters would be each January only, labels a year apart
        chosen = {i for i, ordinal in enumerate(ordinals)
                  if ordinal % step == 0 and (WIDTH - xs[i]) / WIDTH * chart_px >= label_px}
        apart = step / months_per_bar * chart_px / len(bars)
        if apart >= label_px and len(chosen) <= MAX_LABELS:
            return chosen
    return set()


def layout(bars: list[Bar]) -> list[PlacedBar]:
    if not bars:
        return []
    step = WIDTH / len(bars)
    gap = min(GAP, step * 0.2)
    highest = max(bar.count for bar in bars) or 1
    # A few bars (one year found, two years shared) would each be a slab hundreds of pixels wide: they are drawn no
    # wider than a bar of a 16-bar chart, in the middle of their slot, so a count still reads as a bar.
    width = min(step - gap, MAX_BAR_WIDTH)
    lefts = [index * step + gap / 2 for index in range(len(bars))]
    # Groups start at round dates (1995, 2000 ...), so the range can cut the first and the last short: 2025 alone of
    # 2025-2029 is drawn across only its fifth of where the whole group's bar would be, lest its count be compared
    # with five years'. Its slot stays whole, and with it its link's target (at least MIN_TARGET_PX: see densities).
    parts = [bar.part_of_group() for bar in bars]
    xs = [left + (step - gap - width) / 2 + width * start for left, (start, _) in zip(lefts, parts)]
    widths = [width * (end - start) for start, end in parts]
    label_px = max(len(bar.label) for bar in bars) * LABEL_CHAR_PX + LABEL_PAD_PX
    labelled = {chart_px: _labelled(bars, xs, label_px, chart_px) for chart_px in TIERS}
    placed = []
    for index, bar in enumerate(bars):
        height = 0 if bar.count == 0 else max(2.0, HEIGHT * bar.count / highest)
        label = tier_class({chart_px for chart_px in TIERS if index in labelled[chart_px]})
        placed.append(PlacedBar(bar, f"{xs[index]:.2f}", f"{widths[index]:.2f}", f"{HEIGHT - height:.2f}", f"{height:.2f}", label,
                                f"{index * step:.2f}", f"{step:.2f}"))
    return placed


def bars_svg(bars: list[Bar], base_url: str) -> SafeString:
    """The bars (each a link that lists the events it counts, named for assistive technology) and their labels."""
    parts = []
    for placed in layout(bars):
        bar = placed.bar
        if bar.count:
            href = f"{base_url}?{bar.query}"
            parts.append(format_html(
                '<a href="{}" hx-get="{}" hx-target="#browse" hx-swap="outerHTML" hx-push-url="true" aria-label="{}: {} event{}" '
                'class="chart-bar"><rect class="hit" x="{}%" y="0" width="{}%" height="{}"></rect>'
                '<rect class="bar" x="{}%" y="{}" width="{}%" height="{}"></rect></a>',
                href, href, bar.span or bar.label, bar.count, "" if bar.count == 1 else "s", placed.slot_x, placed.slot_width, HEIGHT,
                placed.x, placed.y, placed.width, placed.height,
            ))
        if placed.label is not None:
            parts.append(format_html('<text x="{}%" y="{}" class="chart-label{}" aria-hidden="true">{}</text>',
                                     placed.x, HEIGHT + LABEL_SPACE - 4, f" {placed.label}" if placed.label else "",
                                     bar.label))
    return format_html_join("", "{}", ((part,) for part in parts))


def eras_in_chart(bars: list[Bar], eras: tuple[Era, ...]) -> list[tuple[Era, str]]:
    """The eras the chart's bands show, each with its band's classes, for the legend under the chart: a band too
    narrow for its title is named there, as are all of them to assistive technology and touch screens."""
    if not bars:
        return []
    first, last = bars[0].start, bars[-1].end
    return [(era, f"era-{era.side} era-{index % 2}") for index, era in enumerate(eras)
            if era.start <= last and (era.end is None or era.end > first)]


def era_bands_svg(bars: list[Bar], eras: tuple[Era, ...]) -> SafeString:
    """Shaded bands under the axis, one row per side, each labelled at the widths where its title fits in it.

    Hidden from assistive technology: the legend under the chart (eras_in_chart) names every band."""
    if not bars or not eras:
        return SafeString("")
    step = WIDTH / len(bars)

    def x(day: datetime.date) -> float:
        # Across each bar's slot in proportion to the days the bar counts: a group cut short by the range (2025 alone)
        # has a slot as wide as the others (its bar is drawn narrower in it, see layout), and 2025 spans that slot.
        for index, bar in enumerate(bars):
            if day <= bar.end:
                days = (bar.end - bar.start).days + 1
                return max(0.0, index + (day - bar.start).days / days) * step
        return WIDTH

    parts = []
    rows = {"us": 0, "dprk": 1}
    for index, era in enumerate(eras):
        left, right = x(era.start), x(era.end or datetime.date.today())
        if right - left < 0.125:
            continue
        y = HEIGHT + LABEL_SPACE + 4 + rows.get(era.side, 0) * ERA_ROW
        parts.append(format_html('<rect class="era era-{} era-{}" x="{}%" y="{}" width="{}%" height="{}"><title>{}</title></rect>',
                                 era.side, index % 2, f"{left:.2f}", y, f"{right - left:.2f}", ERA_ROW - 2, era.title))
        title_px = ERA_CHAR_PX * len(era.title) + 6
        label = tier_class({chart_px for chart_px in TIERS if (right - left) / WIDTH * chart_px >= title_px})
        if label is not None:
            parts.append(format_html('<text class="era-label{}" x="{}%" dx="3" y="{}">{}</text>', f" {label}" if label else "",
                                     f"{left:.2f}", y + ERA_ROW - 4, era.title))
    return format_html('<g aria-hidden="true">{}</g>', format_html_join("", "{}", ((part,) for part in parts)))
