"""Argument types shared by the management commands."""

import datetime

from django.core.management.base import CommandError


def iso_date(value: str) -> datetime.date:
    """A --published style option: a calendar date written YYYY-MM-DD."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published {value!r} is not a date in the form YYYY-MM-DD") from None
