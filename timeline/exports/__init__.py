"""Exports of a set of events, one module per format, each a pure function from records to text or bytes.

Views turn events (live, from the database) or a frozen share's snapshots into ``EventRecord`` values with
``records.from_events`` / ``records.from_snapshots``; the format modules never touch the database, so what a
frozen share exports is exactly what it shows.
"""

from timeline.exports.records import EventRecord, SourceRecord, from_events, from_snapshots

__all__ = ["EventRecord", "SourceRecord", "from_events", "from_snapshots"]
