"""The chart's geometry: a few bars are not drawn as slabs as wide as the chart."""

import datetime

from timeline.charts import WIDTH, bars_svg, layout
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
    assert '<rect class="hit" x="1.00" y="0" width="398.00"' in svg
    assert '<rect class="hit" x="401.00" y="0" width="398.00"' in svg


def test_many_bars_fill_their_slots_as_before():
    placed = layout(_bars(*range(1, 33)))
    assert float(placed[0].width) == WIDTH / 32 - 2
