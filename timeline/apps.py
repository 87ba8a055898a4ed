from django.apps import AppConfig


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = "Diplomacy timeline"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        post_migrate.connect(_reinstall_search_index, sender=self)


def _reinstall_search_index(sender, using: str = "default", plan=None, **kwargs) -> None:
    # SQLite rebuilds a table to alter it and loses its triggers, and flush (which also ends in post_migrate) can
    # leave the tallies counted down below zero: put the triggers back and recount (search_index.py).
    from django.db import connections

    from timeline import search_index

    connection = connections[using]
    if "timeline_eventtally" in connection.introspection.table_names():
        search_index.install(connection, recount=True)
