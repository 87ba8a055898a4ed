"""The chart's geometry: a few bars are not drawn as slabs as wide as the chart; labels that fit the chart's width."""

import datetime

import pytest
from django.conf import settings

from timeline.chart_bars import Bar
from timeline.charts import (GAP, MIN_TARGET_PX, SVG_HEIGHT, TIERS, WIDTH, Era, bars_svg, densities, era_bands_svg,
                             eras_in_chart, layout)
from timeline.counting import FilterResult
from timeline.filters import EventFilterForm


def _year(year: int, n: int = 1) -> Bar:
    return Bar(str(year), n, f"from={year}&to={year}", datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def _bars(*counts):
    return [_year(2018 + i, n) for i, n in enumerate(counts)]


def test_a_single_year_is_a_bar_of_ordinary_width_in_the_middle_of_its_slot():
    (placed,) = layout(_bars(7))
    x, width = float(placed.x), float(placed.width)
    assert width <= WIDTH / 12
    assert abs((x + width / 2) - WIDTH / 2) < 1


def test_a_narrow_bar_can_still_be_chosen_anywhere_in_its_slot():
    svg = bars_svg(_bars(7, 3), "/")
    # The hit area spans the year's whole slot, gaps and all; only the drawn bar is narrow.
    assert '<rect class="hit" x="0.00%" y="0" width="50.00%"' in svg
    assert '<rect class="hit" x="50.00%" y="0" width="50.00%"' in svg


def test_many_bars_fill_their_slots_as_before():
    placed = layout(_bars(*range(1, 33)))
    assert float(placed[0].width) == round(WIDTH / 32 - GAP, 2)


def _months(first: datetime.date, count: int):
    bars = []
    for i in range(count):
        month = first.month - 1 + i
        start = datetime.date(first.year + month // 12, month % 12 + 1, 1)
        end = datetime.date(start.year + start.month // 12, start.month % 12 + 1, 1) - datetime.timedelta(days=1)
        bars.append(Bar(f"{start:%b %Y}", 1, f"from={start:%Y-%m}&to={start:%Y-%m}", start, end))
    return bars


def _labels(bars) -> dict[str, str]:
    return {placed.bar.label: placed.label for placed in layout(bars) if placed.label is not None}


def test_the_svg_is_not_scaled_so_its_labels_keep_their_css_size_at_any_width():
    # Across in percent of the chart's width, with no viewBox to shrink a 12px label to 5px on a phone.
    svg = bars_svg(_bars(7, 3), "/")
    assert '<rect class="bar" x="' in svg and 'width="6.25%"' in svg
    assert '<text x="' in svg and '%" y="' in svg


def test_a_phone_shows_each_january_of_three_years_and_a_desktop_more_months():
    labels = _labels(_months(datetime.date(2017, 1, 1), 36))
    # No class: shown at every width; hide-280 and hide-440: hidden on a phone and a tablet, shown on a desktop.
    assert [label for label, tier in labels.items() if "hide-280" not in tier] == ["Jan 2017", "Jan 2018", "Jan 2019"]
    assert [label for label, tier in labels.items() if "hide-768" not in tier] == [
        "Jan 2017", "May 2017", "Sep 2017", "Jan 2018", "May 2018", "Sep 2018", "Jan 2019", "May 2019", "Sep 2019"]


def test_years_are_labelled_at_round_years_that_fit_and_none_runs_off_the_right_edge():
    labels = _labels([_year(year) for year in range(1994, 2026)])
    on_a_phone = [label for label, tier in labels.items() if "hide-280" not in tier]
    assert on_a_phone == ["1995", "2000", "2005", "2010", "2015", "2020"]  # 2025 would end past the chart's edge


def test_a_few_bars_are_each_labelled_at_every_width():
    assert _labels(_bars(7, 3, 5)) == {"2018": "", "2019": "", "2020": ""}


def test_an_era_is_labelled_only_at_the_widths_where_its_title_fits_in_its_band():
    bars = [_year(year) for year in range(1994, 2026)]
    eras = (Era("Kim Jong Un (North Korea)", "dprk", datetime.date(2011, 12, 17), None),
            Era("Joe Biden (US)", "us", datetime.date(2021, 1, 20), datetime.date(2025, 1, 20)))
    svg = era_bands_svg(bars, eras)
    assert '<text class="era-label hide-280" x="56.12%" dx="3"' in svg  # too long for a phone's chart
    assert "Joe Biden (US)</title></rect>" in svg and ">Joe Biden (US)</text>" not in svg  # four years: too narrow


def test_the_template_gives_the_svg_the_height_of_its_rows():
    template = (settings.BASE_DIR / "templates" / "timeline" / "_chart.html").read_text()
    assert f'<svg width="100%" height="{SVG_HEIGHT}"' in template and "viewBox" not in template.split("<svg", 1)[1]


def _result(bars: list[Bar], unit: str = "year") -> FilterResult:
    form = EventFilterForm({})
    return FilterResult(events=None, form=form, notices=[], query="", total=0, filters=form.filters, chart=bars,
                        chart_unit=unit)


def _shown_at(chart_px: int, drawn) -> list[Bar]:
    (density,) = [d for d in drawn if f"hide-{chart_px}" not in d.tiers.split()]
    return density.bars


def test_a_phones_chart_of_32_years_draws_a_bar_per_five_years_so_each_link_is_24px_wide():
    drawn = densities(_result([_year(year) for year in range(1994, 2026)]))
    assert [(d.unit, d.tiers) for d in drawn] == [("year", "hide-440 hide-280"), ("two years", "hide-768 hide-280"),
                                                  ("five years", "hide-768 hide-440")]
    for chart_px in TIERS:
        assert chart_px / len(_shown_at(chart_px, drawn)) >= MIN_TARGET_PX
    on_a_phone = _shown_at(280, drawn)
    # Grouped at round years: 1994 alone (the range starts there), then 1995-1999 ... and 2025 alone.
    assert [(bar.label, bar.span, bar.count) for bar in on_a_phone[:3]] == [("1994", "", 1), ("1995", "1995–1999", 5),
                                                                          ("2000", "2000–2004", 5)]
    assert on_a_phone[1].query == "from=1995&to=1999&starting=1"
    assert on_a_phone[-1].query == "from=2025&to=2025&starting=1"
    assert sum(bar.count for bar in on_a_phone) == 32


def test_a_grouped_bar_is_named_for_every_year_it_counts():
    (phone,) = [d for d in densities(_result([_year(year) for year in range(1994, 2026)])) if d.unit == "five years"]
    assert 'aria-label="1995–1999: 5 events"' in bars_svg(phone.bars, "/")


def test_three_years_of_months_are_drawn_by_quarter_and_on_a_phone_by_half_year():
    drawn = densities(_result(_months(datetime.date(2017, 1, 1), 36), "month"))
    assert [d.unit for d in drawn] == ["quarter", "half-year"]
    quarters = _shown_at(768, drawn)
    assert (quarters[0].span, quarters[0].query, quarters[0].count) == ("Jan–Mar 2017", "from=2017-01&to=2017-03&starting=1", 3)
    assert len(_shown_at(440, drawn)) == 12 and len(_shown_at(280, drawn)) == 6


def test_a_chart_that_fits_every_width_is_drawn_once():
    (density,) = densities(_result(_bars(7, 3, 5)))
    assert (density.unit, density.tiers) == ("year", "")


def test_era_bands_follow_the_grouped_bars_dates():
    bars = [d for d in densities(_result([_year(year) for year in range(1994, 2026)])) if d.unit == "five years"][0].bars
    svg = era_bands_svg(bars, (Era("Barack Obama (US)", "us", datetime.date(2009, 1, 20), datetime.date(2017, 1, 20)),))
    # 20 Jan 2009 is 81% into the fourth bar (2005-2009), 20 Jan 2017 41% into the sixth (2015-2019): 8 bars of 12.5%.
    assert 'x="47.63%"' in svg and 'width="20.00%"' in svg


def test_every_era_the_bands_show_is_listed_by_name_also_those_too_narrow_to_label():
    bars = [_year(year) for year in range(2012, 2026)]
    eras = (Era("Bill Clinton (US)", "us", datetime.date(1993, 1, 20), datetime.date(2001, 1, 20)),
            Era("Joe Biden (US)", "us", datetime.date(2021, 1, 20), datetime.date(2025, 1, 20)),
            Era("Kim Jong Un (North Korea)", "dprk", datetime.date(2011, 12, 17), None))
    listed = eras_in_chart(bars, eras)
    assert [(era.title, era.years, classes) for era, classes in listed] == [
        ("Joe Biden (US)", "2021–2025", "era-us era-1"), ("Kim Jong Un (North Korea)", "since 2011", "era-dprk era-0")]
    # The bands themselves are drawn for sight only: assistive technology reads the list.
    assert era_bands_svg(bars, eras).startswith('<g aria-hidden="true">')


def test_a_five_year_group_cut_short_by_the_range_counts_names_and_links_only_its_own_years():
    groups = _result([_year(year) for year in range(2017, 2026)]).chart_by(60)
    # Grouped at round years, 2015-2019 and 2020-2024, the range's first group holds 2017-2019 and its last 2025 alone.
    assert [(bar.label, bar.span, bar.query, bar.count) for bar in groups] == [
        ("2017", "2017–2019", "from=2017&to=2019&starting=1", 3), ("2020", "2020–2024", "from=2020&to=2024&starting=1", 5),
        ("2025", "", "from=2025&to=2025&starting=1", 1)]
    assert [bar.group for bar in groups] == [
        (datetime.date(2015, 1, 1), datetime.date(2019, 12, 31)), (datetime.date(2020, 1, 1), datetime.date(2024, 12, 31)),
        (datetime.date(2025, 1, 1), datetime.date(2029, 12, 31))]
    assert [bar.part_of_group() for bar in groups] == [(0.4, 1.0), (0.0, 1.0), (0.0, 0.2)]
    svg = bars_svg(groups, "/")
    assert 'aria-label="2017–2019: 3 events"' in svg and 'aria-label="2025: 1 event"' in svg
    assert 'href="/?from=2025&amp;to=2025&amp;starting=1"' in svg and "2025–2029" not in svg


def test_a_group_cut_short_by_the_range_is_drawn_as_wide_as_its_years_where_they_fall_but_chosen_by_its_whole_slot():
    first, full, last = layout(_result([_year(year) for year in range(2017, 2026)]).chart_by(60))
    step, width = WIDTH / 3, float(full.width)
    # 2017-2019 is the right three fifths of where 2015-2019 would be drawn; 2025 the left fifth of 2025-2029's.
    assert float(first.width) == pytest.approx(width * 3 / 5, abs=0.01)
    assert float(first.x) == pytest.approx(float(full.x) - step + width * 2 / 5, abs=0.01)
    assert float(last.width) == pytest.approx(width / 5, abs=0.01)
    assert float(last.x) == pytest.approx(float(full.x) + step, abs=0.01)
    # Its link is still its whole slot, as wide as a full group's (densities keeps that MIN_TARGET_PX wide).
    assert {placed.slot_width for placed in (first, full, last)} == {f"{step:.2f}"}
    svg = bars_svg([first.bar, full.bar, last.bar], "/")
    assert f'<rect class="hit" x="{2 * step:.2f}%" y="0" width="{step:.2f}%"' in svg
    assert f'<rect class="bar" x="{last.x}%" y="{last.y}" width="{last.width}%"' in svg


def test_the_caption_names_the_years_of_the_narrower_bars_at_the_widths_that_draw_them():
    drawn = densities(_result([_year(year) for year in range(1994, 2026)]))
    # A bar a year and two-year groups from 1994 fit the range; five-year groups leave 1994 and 2025 alone.
    assert [(d.unit, d.note) for d in drawn] == [("year", ""), ("two years", ""),
                                                 ("five years", "the narrower bars count only 1994 and 2025")]
    # Two-year groups from 2006 on a tablet and a phone: 2007 alone is narrower, named unless it has no events to draw.
    drawn = densities(_result([_year(year) for year in range(2007, 2026)]))
    assert [(d.unit, d.note) for d in drawn] == [("year", ""), ("two years", "the narrower bar counts only 2007")]
    drawn = densities(_result([_year(year, n=0 if year == 2007 else 1) for year in range(2007, 2026)]))
    assert [(d.unit, d.note) for d in drawn] == [("year", ""), ("two years", "")]


def test_groups_at_the_ends_of_the_calendar_keep_to_the_dates_python_can_hold():
    first = _result([_year(year) for year in range(1, 31)]).chart_by(60)[0]
    assert (first.span, first.group) == ("1–4", (datetime.date(1, 1, 1), datetime.date(4, 12, 31)))
    last = _result([_year(year) for year in range(9980, 10000)]).chart_by(24)[-1]
    assert (last.span, last.group) == ("9998–9999", (datetime.date(9998, 1, 1), datetime.date(9999, 12, 31)))
