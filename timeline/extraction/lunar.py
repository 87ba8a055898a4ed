"""Days of the Korean lunar calendar on the Gregorian one, for the holidays Korean news dates by the moon
(Seollal, Chuseok, Buddha's Birthday).

The conversion comes from korean-lunar-calendar, which carries the Korea Astronomy and Space Science Institute's
tables (1000-2050).  Outside them there is no honest answer, so None.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from korean_lunar_calendar import KoreanLunarCalendar

# (lunar month, lunar day, days to add): the eve of the new year is the day before the first day of the first month
HOLIDAYS = {
    "new year": (1, 1, 0),
    "new year's eve": (1, 1, -1),
    "chuseok": (8, 15, 0),
    "buddha's birthday": (4, 8, 0),
}


@lru_cache(maxsize=512)
def holiday_date(name: str, year: int) -> dt.date | None:
    """The Gregorian day of lunar holiday ``name`` (a key of HOLIDAYS) in Gregorian ``year``."""
    month, day, offset = HOLIDAYS[name]
    calendar = KoreanLunarCalendar()
    if not calendar.setLunarDate(year, month, day, False):
        return None
    return dt.date.fromisoformat(calendar.SolarIsoFormat()) + dt.timedelta(days=offset)
