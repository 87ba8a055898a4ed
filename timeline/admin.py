"""The editors' back office until the editor pages exist, and the staff's user management after."""

from django.contrib import admin
from django.contrib.admin.options import EMPTY_VALUE_STRING
from django.contrib.admin.utils import NestedObjects, display_for_value, quote
from django.contrib.admin.widgets import ForeignKeyRawIdWidget
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import router
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin

from timeline.filters import search_terms
from timeline.models import Actor, Annotation, Document, Event, EventSource, SharedTimeline, SharedTimelineItem


# A note's text in the admin goes by the rule of every other page (Annotation.objects.visible_to): public notes, the
# editors' ones to editors, and a private note to its author alone. A superuser is an editor, not the author of
# every note: another person's "only me" note is neither listed, opened, searched, bulk-deleted nor quoted here.


def deleted_objects(objs, request, admin_site):
    """Django's ``admin.utils.get_deleted_objects`` (what deleting ``objs`` takes with it, for the confirmation
    page), except that a note the user may not read is counted and named as such, never quoted or linked.

    Deleting an event, a document, a user or a note still deletes the notes that hang on it, private ones included:
    the page says how many there are, so whoever deletes knows that someone's notes go too.
    """
    try:
        obj = objs[0]
    except IndexError:
        return [], {}, set(), []
    collector = NestedObjects(using=router.db_for_write(obj._meta.model), origin=objs)
    collector.collect(objs)
    readable = set(Annotation.objects.visible_to(request.user).filter(
        pk__in=[note.pk for note in collector.model_objs.get(Annotation, ())]).values_list("pk", flat=True))
    perms_needed = set()

    def format_callback(obj):
        opts = obj._meta
        if isinstance(obj, Annotation) and obj.pk not in readable:
            private = obj.visibility == Annotation.Visibility.PRIVATE
            display = f"({'another person’s private note' if private else 'a note for editors'}, not shown)"
        else:
            display = display_for_value(str(obj), EMPTY_VALUE_STRING)
        no_edit_link = f"{capfirst(opts.verbose_name)}: {display}"
        if not admin_site.is_registered(obj.__class__):
            return no_edit_link
        if not admin_site.get_model_admin(obj.__class__).has_delete_permission(request, obj):
            perms_needed.add(opts.verbose_name)
        if isinstance(obj, Annotation) and obj.pk not in readable:
            return no_edit_link
        try:
            admin_url = reverse(f"{admin_site.name}:{opts.app_label}_{opts.model_name}_change", args=(quote(obj.pk),))
        except NoReverseMatch:
            return no_edit_link
        return format_html('{}: <a href="{}">{}</a>', capfirst(opts.verbose_name), admin_url, display)

    to_delete = collector.nested(format_callback)
    protected = [format_callback(obj) for obj in collector.protected]
    model_count = {model._meta.verbose_name_plural: len(found) for model, found in collector.model_objs.items()}
    return to_delete, model_count, perms_needed, protected


class NotesNotQuoted:
    """For the admin of any model whose deletion takes notes with it: its confirmation page quotes only the notes
    the user may read (see ``deleted_objects``)."""

    def get_deleted_objects(self, objs, request):
        return deleted_objects(objs, request, self.admin_site)


class ReadableNoteRawIdWidget(ForeignKeyRawIdWidget):
    """The "parent" box of a note: Django's raw-id box names the note whose number it holds, by its text; this one
    names only a note the user may read (another's private note typed in, or a reply's parent made private since,
    shows as a bare number)."""

    def __init__(self, rel, admin_site, attrs=None, using=None, *, reader):
        super().__init__(rel, admin_site, attrs, using)
        self.reader = reader

    def label_and_url_for_value(self, value):
        try:
            readable = Annotation.objects.visible_to(self.reader).filter(pk=value).exists()
        except (ValueError, TypeError, ValidationError):
            readable = False
        return super().label_and_url_for_value(value) if readable else ("", "")


class EventSourceInline(admin.TabularInline):
    model = EventSource
    extra = 0
    fields = ["document", "quote", "date_text", "reported_start", "reported_end", "reported_precision", "stale"]
    raw_id_fields = ["document"]


@admin.register(Event)
class EventAdmin(NotesNotQuoted, SimpleHistoryAdmin):
    list_display = ["title", "date_start", "date_end", "precision", "category", "modality", "status", "confidence"]
    list_filter = ["status", "precision", "category", "modality", "curated"]
    search_fields = ["title", "sentence", "date_text", "actors__name"]
    date_hierarchy = "date_start"
    filter_horizontal = ["actors"]
    inlines = [EventSourceInline]
    readonly_fields = ["version", "created_at", "updated_at"]


@admin.register(Document)
class DocumentAdmin(NotesNotQuoted, admin.ModelAdmin):
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
class AnnotationAdmin(NotesNotQuoted, admin.ModelAdmin):
    list_display = ["__str__", "author", "visibility", "event", "document", "needs_review", "created_at"]
    list_filter = ["visibility", "needs_review"]
    search_fields = ["body", "quote_exact"]
    raw_id_fields = ["event", "document", "parent"]

    def get_queryset(self, request):
        # Everything Django's admin does with notes starts here: the list, its search and filters, the change,
        # delete and history pages (another's private note is "not found": Django redirects to the index, saying
        # so), the bulk actions (only listed notes can be selected) and the "parent" lookup.
        return super().get_queryset(request).visible_to(request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "parent":
            kwargs["widget"] = ReadableNoteRawIdWidget(
                db_field.remote_field, self.admin_site, using=kwargs.get("using"), reader=request.user
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if "parent" in form.base_fields:
            # A reply answers a note its author may read, as on the event page (annotations.note_create); a reply
            # whose parent was made private since keeps it (a new form class each time: nothing leaks to the next).
            kept = Q(pk=obj.parent_id) if obj is not None and obj.parent_id else Q(pk__in=[])
            readable = Annotation.objects.visible_to(request.user).values("pk")
            form.base_fields["parent"].queryset = Annotation.objects.filter(Q(pk__in=readable) | kept)
        return form


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


# Deleting a user deletes their notes: the confirmation page counts another person's private notes without quoting them.
admin.site.unregister(User)


@admin.register(User)
class TimelineUserAdmin(NotesNotQuoted, UserAdmin):
    pass
