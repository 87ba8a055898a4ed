"""Argument types shared by the management commands."""

import argparse
import datetime


def iso_date(value: str) -> datetime.date:
    """A --published style option: a calendar date written YYYY-MM-DD."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        # argparse turns this into its usage error (exit status 2); a CommandError raised while the options are read
        # is outside the command's own handling, and escaped as a traceback.
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None
