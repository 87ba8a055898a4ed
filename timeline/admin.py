"""The editors' back office until the editor pages exist, and the staff's user management after."""

import re

from django.contrib import admin
from django.contrib.admin.widgets import ForeignKeyRawIdWidget
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.urls import reverse
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin

from timeline.models import Actor, Annotation, Document, Event, EventSource, SharedTimeline, SharedTimelineItem
from timeline.text_search import search_terms


# A note's text in the admin goes by the rule of every other page (Annotation.objects.visible_to): public notes, the
# editors' ones to editors, and a private note to its author alone. A superuser is an editor, not the author of
# every note: another person's "only me" note is neither listed, opened, searched, bulk-deleted nor quoted here.


class NotesNotQuoted:
    """For the admin of any model whose deletion takes notes with it: its confirmation page (Django's list of what
    goes too, whose note entries quote and link each note) names a note the user may not read only as such.

    Deleting an event, a document, a user or a note still deletes the notes that hang on it, private ones included:
    the page still counts them, so whoever deletes knows that someone's notes go too.
    """

    def get_deleted_objects(self, objs, request):
        to_delete, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        link = re.escape(reverse(f"{self.admin_site.name}:timeline_annotation_change", args=("PK",))).replace(
            "PK", r"(\d+)")
        entry = re.compile(rf'href="{link}"')
        linked = {int(pk) for item in _flat(to_delete + protected) for pk in entry.findall(str(item))}
        unreadable = dict(Annotation.objects.filter(pk__in=linked).exclude(
            pk__in=Annotation.objects.visible_to(request.user).values("pk")).values_list("pk", "visibility"))

        def unquoted(items):
            out = []
            for item in items:
                if isinstance(item, list):
                    out.append(unquoted(item))
                elif (found := entry.search(str(item))) and int(found[1]) in unreadable:
                    private = unreadable[int(found[1])] == Annotation.Visibility.PRIVATE
                    out.append(f"{capfirst(Annotation._meta.verbose_name)}: "
                               f"({'another person’s private note' if private else 'a note for editors'}, not shown)")
                else:
                    out.append(item)
            return out

        return unquoted(to_delete), model_count, perms_needed, unquoted(protected)


def _flat(items):
    for item in items:
        if isinstance(item, list):
            yield from _flat(item)
        else:
            yield item


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
    fields = ["document", "quote", "date_text", "reported_start", "reported_end", "reported_precision", "reported_mod",
              "stale"]
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
    list_display = ["event", "document", "date_text", "reported_precision", "reported_mod", "stale"]
    list_filter = ["stale", "reported_precision", "reported_mod", "anchor"]
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

    # A note is shown under its author's name: its words (the note and the passage it quotes) and who may read them
    # are theirs to change alone, as on the site (annotations._own_note, which lets no one else change either).
    # Widening an editors-only note to everyone would publish its words in the author's name; nor does the site let
    # anyone else narrow it (a note that must not be read can still be deleted here). Nor does a note change author:
    # that would put its words in another's name (or, made one's own, open them to rewording). Nor does it move to
    # another event, even its author's: a teacher's note would silently leave the event they wrote it about (and
    # the shares that show it there), which the site never does either. Moderating stays: deletion, and the links
    # to a document and a parent.
    AUTHORS_ALONE = ["body", "quote_exact", "quote_prefix", "quote_suffix", "position_start", "position_end",
                     "visibility"]

    def get_readonly_fields(self, request, obj=None):
        # Adding stays allowed (staff leaving a note, or a reply, while tidying up), with its event chosen then, as
        # on the site. Its author is never chosen, on add either: a note added in a teacher's name would put words in
        # their mouth. It is whoever adds it (save_model).
        fixed = [*super().get_readonly_fields(request, obj), "author"]
        if obj is not None:
            fixed.append("event")
            if obj.author_id != request.user.pk:
                fixed += self.AUTHORS_ALONE
        return fixed

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        super().save_model(request, obj, form, change)

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
