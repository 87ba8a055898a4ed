"""The editors' back office until the editor pages exist, and the staff's user management after."""

from django.contrib import admin
from django.db.models import Q
from simple_history.admin import SimpleHistoryAdmin

from timeline.filters import search_terms
from timeline.models import Actor, Annotation, Document, Event, EventSource, SharedTimeline, SharedTimelineItem


class EventSourceInline(admin.TabularInline):
    model = EventSource
    extra = 0
    fields = ["document", "quote", "date_text", "reported_start", "reported_end", "reported_precision", "stale"]
    raw_id_fields = ["document"]


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = ["title", "date_start", "date_end", "precision", "category", "modality", "status", "confidence"]
    list_filter = ["status", "precision", "category", "modality", "curated"]
    search_fields = ["title", "sentence", "date_text", "actors__name"]
    date_hierarchy = "date_start"
    filter_horizontal = ["actors"]
    inlines = [EventSourceInline]
    readonly_fields = ["version", "created_at", "updated_at"]


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "source", "published", "language", "extraction", "ingested_at"]
    list_filter = ["extraction", "source", "language"]
    search_fields = ["title", "text", "key"]
    date_hierarchy = "published"
    # Written by the extraction task only: retrying or deleting a failed upload is done from the review queue.
    readonly_fields = ["text_hash", "extraction", "extraction_error", "ingested_at", "updated_at"]


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "slug"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases"]
    prepopulated_fields = {"slug": ["name"]}

    def get_search_results(self, request, queryset, search_term):
        # Django's search (any part of the name or of the aliases' JSON text) plus the actors the timeline's search
        # names: on SQLite the JSON text writes "Лавров" as "\u041b...", and neither database folds accents there.
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if not (terms := search_terms(search_term)):
            return found, may_have_duplicates
        named = set.intersection(*(set(ids) for ids in Actor.objects.named(terms)))
        return queryset.filter(Q(pk__in=found.values("pk")) | Q(pk__in=named)), may_have_duplicates


@admin.register(EventSource)
class EventSourceAdmin(SimpleHistoryAdmin):
    list_display = ["event", "document", "date_text", "reported_precision", "stale"]
    list_filter = ["stale", "reported_precision", "anchor"]
    search_fields = ["quote", "date_text", "document__title"]
    raw_id_fields = ["event", "document"]


@admin.register(Annotation)
class AnnotationAdmin(admin.ModelAdmin):
    list_display = ["__str__", "author", "visibility", "event", "document", "needs_review", "created_at"]
    list_filter = ["visibility", "needs_review"]
    search_fields = ["body", "quote_exact"]
    raw_id_fields = ["event", "document", "parent"]


class SharedTimelineItemInline(admin.TabularInline):
    model = SharedTimelineItem
    extra = 0
    raw_id_fields = ["event"]


@admin.register(SharedTimeline)
class SharedTimelineAdmin(admin.ModelAdmin):
    list_display = ["title", "owner", "mode", "created_at", "expires_on", "revoked_at", "open_count"]
    list_filter = ["mode"]
    search_fields = ["title", "introduction"]
    inlines = [SharedTimelineItemInline]
    readonly_fields = ["token", "last_opened_at", "open_count"]
