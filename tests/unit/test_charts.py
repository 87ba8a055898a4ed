"""The chart's geometry: a few bars are not drawn as slabs as wide as the chart; labels that fit the chart's width."""

import datetime

from django.conf import settings

from timeline.charts import GAP, SVG_HEIGHT, WIDTH, Era, bars_svg, era_bands_svg, layout
from timeline.filters import Bar


def _bars(*counts):
    return [Bar(str(2018 + i), n, f"from={2018 + i}&to={2018 + i}", datetime.date(2018 + i, 1, 1)) for i, n in enumerate(counts)]


def test_a_single_year_is_a_bar_of_ordinary_width_in_the_middle_of_its_slot():
    (placed,) = layout(_bars(7))
    x, width = float(placed.x), float(placed.width)
    assert width <= WIDTH / 12
    assert abs((x + width / 2) - WIDTH / 2) < 1


def test_a_narrow_bar_can_still_be_chosen_anywhere_in_its_slot():
    svg = bars_svg(_bars(7, 3), "/")
    # The hit area spans the year's whole slot; only the drawn bar is narrow.
    assert '<rect class="hit" x="0.12%" y="0" width="49.75%"' in svg
    assert '<rect class="hit" x="50.12%" y="0" width="49.75%"' in svg


def test_many_bars_fill_their_slots_as_before():
    placed = layout(_bars(*range(1, 33)))
    assert float(placed[0].width) == round(WIDTH / 32 - GAP, 2)


def _months(first: datetime.date, count: int):
    bars = []
    for i in range(count):
        month = first.month - 1 + i
        start = datetime.date(first.year + month // 12, month % 12 + 1, 1)
        bars.append(Bar(f"{start:%b %Y}", 1, f"from={start:%Y-%m}&to={start:%Y-%m}", start))
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
    assert [label for label, tier in labels.items() if "hide-720" not in tier] == [
        "Jan 2017", "May 2017", "Sep 2017", "Jan 2018", "May 2018", "Sep 2018", "Jan 2019", "May 2019", "Sep 2019"]


def test_years_are_labelled_at_round_years_that_fit_and_none_runs_off_the_right_edge():
    bars = [Bar(str(year), 1, f"from={year}&to={year}", datetime.date(year, 1, 1)) for year in range(1994, 2026)]
    labels = _labels(bars)
    on_a_phone = [label for label, tier in labels.items() if "hide-280" not in tier]
    assert on_a_phone == ["1995", "2000", "2005", "2010", "2015", "2020"]  # 2025 would end past the chart's edge


def test_a_few_bars_are_each_labelled_at_every_width():
    assert _labels(_bars(7, 3, 5)) == {"2018": "", "2019": "", "2020": ""}


def test_an_era_is_labelled_only_at_the_widths_where_its_title_fits_in_its_band():
    bars = [Bar(str(year), 1, f"from={year}&to={year}", datetime.date(year, 1, 1)) for year in range(1994, 2026)]
    eras = (Era("Kim Jong Un (North Korea)", "dprk", datetime.date(2011, 12, 17), None),
            Era("Joe Biden (US)", "us", datetime.date(2021, 1, 20), datetime.date(2025, 1, 20)))
    svg = era_bands_svg(bars, "year", eras)
    assert '<text class="era-label hide-280" x="56.11%" dx="3"' in svg  # too long for a phone's chart
    assert "Joe Biden (US)</title></rect>" in svg and ">Joe Biden (US)</text>" not in svg  # four years: too narrow


def test_the_template_gives_the_svg_the_height_of_its_rows():
    template = (settings.BASE_DIR / "templates" / "timeline" / "_chart.html").read_text()
    assert f'<svg width="100%" height="{SVG_HEIGHT}"' in template and "viewBox" not in template.split("<svg", 1)[1]
