"""The timeline's data: documents, the events extracted from them, their sources, actors, notes and shares.

Query logic about sets of rows lives in QuerySets (``Event.objects.published().between(...)``); logic about one
row lives on the model. Writes that touch several models live in ``timeline.services``.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import secrets
import unicodedata

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from timeline.permissions import is_editor
from timeline.spelling_variants import other_spellings


class Precision(models.TextChoices):
    DAY = "day", "day"
    WEEK = "week", "week"
    MONTH = "month", "month"
    SEASON = "season", "season"
    QUARTER = "quarter", "quarter"
    HALF = "half", "half-year"
    YEAR = "year", "year"
    DECADE = "decade", "decade"


class DateMod(models.TextChoices):
    NONE = "", "exact"
    START = "START", "early"
    MID = "MID", "mid"
    END = "END", "late"
    APPROX = "APPROX", "about"
    BEFORE = "BEFORE", "before"
    AFTER = "AFTER", "after"
    # TimeML's name: "must dismantle the site by August 5" is on that day or any day before it
    ON_OR_BEFORE = "ON_OR_BEFORE", "by"


class Category(models.TextChoices):
    """PLOVER event types (Halterman et al.), grouped below by the classic quad categories."""

    AGREE = "AGREE", "Agree"
    CONSULT = "CONSULT", "Consult"
    SUPPORT = "SUPPORT", "Support"
    CONCEDE = "CONCEDE", "Concede"
    COOPERATE = "COOPERATE", "Cooperate"
    AID = "AID", "Aid"
    RETREAT = "RETREAT", "Retreat"
    REQUEST = "REQUEST", "Request"
    ACCUSE = "ACCUSE", "Accuse"
    REJECT = "REJECT", "Reject"
    THREATEN = "THREATEN", "Threaten"
    PROTEST = "PROTEST", "Protest"
    SANCTION = "SANCTION", "Sanction"
    MOBILIZE = "MOBILIZE", "Mobilize"
    COERCE = "COERCE", "Coerce"
    ASSAULT = "ASSAULT", "Assault"


CATEGORY_GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "verbal-cooperation": ("Verbal cooperation", ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST")),
    "material-cooperation": ("Material cooperation", ("COOPERATE", "AID", "RETREAT")),
    "verbal-conflict": ("Verbal conflict", ("ACCUSE", "REJECT", "THREATEN", "PROTEST")),
    "material-conflict": ("Material conflict", ("SANCTION", "MOBILIZE", "COERCE", "ASSAULT")),
}


class Modality(models.TextChoices):
    ASSERTED = "asserted", "happened"
    PLANNED = "planned", "planned or announced"
    HYPOTHETICAL = "hypothetical", "hypothetical"
    NEGATED = "negated", "did not happen"


class Status(models.TextChoices):
    PROPOSED = "proposed", "proposed"
    PUBLISHED = "published", "published"
    REJECTED = "rejected", "rejected"


class Anchor(models.TextChoices):
    EXPLICIT = "explicit", "explicit in the text"
    PUBLISHED = "published", "relative to the publication date"
    PREVIOUS = "previous", "relative to an earlier date in the text"


def fold(text: str) -> str:
    """Lower case without accents, as the full-text index folds text (unicode61 remove_diacritics, unaccent)."""
    if text.isascii():  # most names and texts: nothing to take apart
        return text.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def name_words(name: str) -> list[str]:
    """The folded words of an actor's name or alias, as a search reads them: "Sergueï Lavrov" is "serguei", "lavrov"."""
    return re.findall(r"\w+", fold(name))


# A word of a search and whether a word of the text must be it whole (True) or only start with it (False).
Piece = tuple[str, bool]


def word_forms(word: str) -> list[tuple[Piece, ...]]:
    """The ways a search word may be written in a text or a name: its start, or that of its other British or
    American spelling ("defence", "defense"); or for an abbreviation as the search reads it ("u.s" for "U.S.") its
    letters as whole words ("U.S.", "U. S."), or, from three letters, joined as one ("DPRK" for "D.P.R.K.").

    An abbreviation's pieces are one or two letters, which as word starts would match nearly anything: "U.S." found
    "UN Security Council", "Kim Jong Un's rule" and "under sanctions". Two letters joined are no safer: "un" is
    Kim Jong Un's name and "us" a pronoun, so "U.N." and "U.S." find the dotted letters and the actors named so
    ("U.S." is an alias of the United States, whose events "US" finds as well).
    """
    if "." not in word:
        return [((spelling, False),) for spelling in [word, *other_spellings(word)]]
    letters = word.split(".")
    joined = "".join(letters)
    return [tuple((letter, True) for letter in letters)] + ([((joined, True),)] if len(joined) > 2 else [])


def piece_pattern(word: str) -> str:
    """A regular expression for ``word_forms(word)`` in a folded name: each form's pieces, whole or as a start."""
    forms = [r"\W+".join(re.escape(fold(w) or w) + (r"(?!\w)" if whole else "") for w, whole in form)
             for form in word_forms(word)]
    return forms[0] if len(forms) == 1 else "(?:" + "|".join(forms) + ")"


def follows(words: list[str], form: tuple[Piece, ...]) -> bool:
    """Whether some run of consecutive ``words`` is ``form``, each word whole or started by its piece."""
    n = len(form)
    return any(all(w == p if whole else w.startswith(p) for w, (p, whole) in zip(words[i:i + n], form))
               for i in range(len(words) - n + 1))


class ActorQuerySet(models.QuerySet):
    def named(self, terms: list[tuple[str, ...]]) -> list[list[int]]:
        """For each term (a word, or a phrase's words), the ids of the actors a word of whose name or of one of whose
        aliases starts with it, a phrase's words one after another within that name or alias.

        Matched in Python over the actor table (a few hundred rows, read once for all the terms) rather than in SQL:
        SQLite keeps the aliases as JSON text, which writes "Лавров" as "\\u041b\\u0430...", so no pattern over it
        met a letter outside ASCII; and neither database folds a name's accents ("serguei" for "Sergueï") as the
        full-text index folds the text's. Frozen shares match the names of their snapshots' actors the same way.
        """
        spellings = [(pk, fold(str(text))) for pk, name, aliases in self.order_by().values_list("pk", "name", "aliases")
                     for text in [name, *(aliases or [])]]
        named = []
        for term in terms:
            # What follows() tests on the words (name_words) of each spelling, as one regular expression over it.
            pattern = re.compile(r"(?<!\w)" + r"\w*\W+".join(piece_pattern(word) for word in term))
            named.append(list(dict.fromkeys(pk for pk, text in spellings if pattern.search(text))))
        return named


class Actor(models.Model):
    class Kind(models.TextChoices):
        COUNTRY = "country", "country"
        PERSON = "person", "person"
        ORGANISATION = "organisation", "organisation"

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    aliases = models.JSONField(default=list, blank=True)
    # The state a person acts for: their events count for that country too, so a dyad filter finds leaders' summits.
    country = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="people")

    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Extraction(models.TextChoices):
    """Where a document's events stand: uploads are extracted by the task worker (timeline.tasks), which can fail."""

    PENDING = "pending", "being extracted"
    FAILED = "failed", "extraction failed"
    DONE = "done", "extracted"


class ExtractionState(models.TextChoices):
    """Where a document's extraction stands as editors are told it (Document.extraction_state): its Extraction, with
    an upload pending for longer than settings.EXTRACTION_STALLED_AFTER told apart as stuck (Document.stalled).

    The label is the short form a badge shows (the document list); ``sentence`` the clause every notice builds on,
    as in "“Two summits” cannot take highlights yet: its extraction seems stuck."
    """

    PENDING = "pending", "being extracted"
    STUCK = "stuck", "extraction seems stuck"
    FAILED = "failed", "extraction failed"
    DONE = "done", "extracted"

    @property
    def sentence(self) -> str:
        return _EXTRACTION_SENTENCES[self]

    @property
    def needs_an_editor(self) -> bool:
        """Whether it will not be extracted unless an editor tries again or deletes it: the rows of
        DocumentQuerySet.needing_an_editor."""
        return self in (ExtractionState.FAILED, ExtractionState.STUCK)


_EXTRACTION_SENTENCES = {
    ExtractionState.PENDING: "its events are still being extracted",
    ExtractionState.STUCK: "its extraction seems stuck",
    ExtractionState.FAILED: "its extraction failed",
    ExtractionState.DONE: "its events are extracted",
}


class DocumentQuerySet(models.QuerySet):
    def extracted(self) -> DocumentQuerySet:
        """The documents whose events are extracted: the only ones readers see (an upload's text is not yet theirs)."""
        return self.filter(extraction=Extraction.DONE)

    def visible_to(self, user) -> DocumentQuerySet:
        """Editors see every document, uploads still being extracted or failed included; everyone else, extracted()."""
        return self if is_editor(user) else self.extracted()

    def needing_an_editor(self) -> DocumentQuerySet:
        """Uploads that will not be extracted unless an editor tries again (or deletes them): failed, or pending for
        longer than settings.EXTRACTION_STALLED_AFTER, their task seemingly lost (see Document.stalled)."""
        cutoff = timezone.now() - settings.EXTRACTION_STALLED_AFTER
        stalled = Q(extraction=Extraction.PENDING, pending_since__lte=cutoff)
        # Counted from Document.pending_since: when the extraction was last queued, not the row's last change.
        since = Coalesce("extraction_queued_at", "updated_at")
        return self.alias(pending_since=since).filter(Q(extraction=Extraction.FAILED) | stalled)

    def with_event_counts(self) -> DocumentQuerySet:
        return self.annotate(
            published_event_count=models.Count("sources__event", filter=Q(sources__event__status=Status.PUBLISHED), distinct=True)
        )


class Document(models.Model):
    # A stable identity across re-ingests: the file name for files, a generated key for uploads.
    key = models.CharField(max_length=255, unique=True)
    title = models.CharField(max_length=300)
    source = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=500, blank=True)
    published = models.DateField(help_text="Reference date for relative expressions such as 'Sunday' or 'last month'.")
    language = models.CharField(max_length=10, default="en")
    text = models.TextField()
    text_hash = models.CharField(max_length=64, db_index=True)
    ingested_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    extraction = models.CharField(max_length=10, choices=Extraction.choices, default=Extraction.DONE)
    # Why the last extraction failed, in one line an editor can read (the traceback is in the task's result).
    extraction_error = models.CharField(max_length=300, blank=True)
    # When its extraction was last queued for the task worker (services.add_document, retry_extraction); null for a
    # document the ingest command extracted in place. Not updated_at: any save (an editor retitling a pending
    # upload) moves that on, and would restart the clock that tells a lost task (Document.stalled).
    extraction_queued_at = models.DateTimeField(null=True, blank=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("timeline:document_detail", args=[self.pk])

    @staticmethod
    def hash_text(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def stalled(self) -> bool:
        """Whether this upload has been pending too long for its task to be still on its way.

        Nothing tells a slow extraction from a lost one: a worker killed mid-run leaves its task "running" for ever
        (django-tasks-db has no heartbeat), and with no worker started a task waits for ever. So the test is time
        since the extraction was last queued (pending_since).
        """
        waited = timezone.now() - self.pending_since
        return self.extraction == Extraction.PENDING and waited >= settings.EXTRACTION_STALLED_AFTER

    @property
    def extraction_state(self) -> ExtractionState:
        """Where its extraction stands, a stalled upload's as stuck: what the document page, the review queue and a
        refused highlight say of it. Worked out anew on each read (the stuck threshold passes with time): a page
        that asks more than once reads it once into a variable, so its parts cannot disagree."""
        return ExtractionState.STUCK if self.stalled() else ExtractionState(self.extraction)

    @property
    def pending_since(self) -> datetime.datetime:
        """When the extraction was last queued (add_document, retry_extraction): what Document.stalled counts from.

        A document never queued (the ingest command extracts in place) falls back on its last change.
        """
        return self.extraction_queued_at or self.updated_at

    @property
    def takes_highlights(self) -> bool:
        """Whether notes may be highlighted in its text: only once extracted. Until then there is nothing to annotate
        (no events), its text may yet be replaced by another try or a new upload, and an editor deleting a failed
        upload must not take someone's notes with it (documents_new.document_delete)."""
        return self.extraction == Extraction.DONE

    def extraction_task(self):
        """What the task queue knows of this upload's latest extraction: see timeline.tasks.latest_extraction_task."""
        from timeline.tasks import latest_extraction_task

        return latest_extraction_task(self.pk)

    def events_also_reported_elsewhere(self) -> models.QuerySet:
        """Events past review that this document reports along with other documents.

        Ingest joins a clear report of a known happening to its event as one more source instead of proposing it
        anew, so these never reach the review queue; the queue names them so an editor can check each join.
        """
        return (
            Event.objects.filter(sources__document=self)
            .filter(sources__in=EventSource.objects.exclude(document=self))
            .exclude(status=Status.PROPOSED)
            .distinct()
            .order_by(*TIMELINE_ORDER)
        )


# The timeline's order: by first day, and among events that begin on the same day the longest first, so the year
# "2002" (1 January to 31 December) comes before January 2002, and that month before 1 January: a year's or a
# month's events then each sit under one heading. Newest first is its exact reverse. The id settles the rest, so
# every order is total and a page (or a step from one event to the next) neither skips nor repeats an event.
TIMELINE_ORDER = ("date_start", "-date_end", "pk")
NEWEST_FIRST_ORDER = ("-date_start", "date_end", "-pk")


class EventQuerySet(models.QuerySet):
    def published(self) -> EventQuerySet:
        return self.filter(status=Status.PUBLISHED)

    def chronological(self, newest_first: bool = False) -> EventQuerySet:
        return self.order_by(*(NEWEST_FIRST_ORDER if newest_first else TIMELINE_ORDER))

    def around(self, event: Event, newest_first: bool = False) -> tuple[Event | None, Event | None]:
        """The events just before and just after ``event`` in this set listed as chronological() lists it.

        ``event`` need not be in the set (a reader may arrive from a link with other filters): its place in the
        order is found by its dates and id, two indexed queries of one row each whatever the set's size.
        """
        start, end, pk = event.date_start, event.date_end, event.pk
        # On the same first day, a later last day comes earlier in the list (TIMELINE_ORDER).
        same_day = Q(date_start=start)
        earlier = Q(date_start__lt=start) | same_day & (Q(date_end__gt=end) | Q(date_end=end, pk__lt=pk))
        later = Q(date_start__gt=start) | same_day & (Q(date_end__lt=end) | Q(date_end=end, pk__gt=pk))
        before = self.filter(earlier).chronological(newest_first=True).only("pk", "title").first()
        after = self.filter(later).chronological().only("pk", "title").first()
        return (after, before) if newest_first else (before, after)

    def between(self, start: datetime.date | None, end: datetime.date | None) -> EventQuerySet:
        """Events whose span overlaps [start, end]; either bound may be open."""
        qs = self
        if start is not None:
            qs = qs.filter(date_end__gte=start)
        if end is not None:
            qs = qs.filter(date_start__lte=end)
        return qs


    def holding_sources_of(self, event_id: int) -> Event | None:
        """The one event that now holds every remaining source a deleted event had: the event it was merged into.

        A merge moves the other event's sources and deletes it; the sources' history still names the old event.
        None if the sources went too (the event was deleted with its document's text) or went different ways.
        """
        ever = EventSource.history.filter(event_id=event_id).values("id")
        holders = set(EventSource.objects.filter(pk__in=ever).values_list("event_id", flat=True))
        return self.filter(pk=holders.pop()).first() if len(holders) == 1 else None


class Event(models.Model):
    title = models.CharField(max_length=200)
    summary = models.TextField(blank=True)
    date_start = models.DateField(help_text="Earliest day the event can be on.")
    date_end = models.DateField(help_text="Latest day the event can be on.")
    precision = models.CharField(max_length=10, choices=Precision.choices)
    date_mod = models.CharField(max_length=12, choices=DateMod.choices, blank=True, default="")
    date_text = models.CharField(max_length=200, blank=True, help_text="The date as written in the source.")
    sentence = models.TextField(blank=True)
    category = models.CharField(max_length=12, choices=Category.choices, blank=True, default="")
    modality = models.CharField(max_length=12, choices=Modality.choices, default=Modality.ASSERTED)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PROPOSED)
    confidence = models.FloatField(default=0.5)
    actors = models.ManyToManyField(Actor, blank=True, related_name="events")
    # An editor touched it: re-ingesting its document must keep it as the editor left it.
    curated = models.BooleanField(default=False)
    # Optimistic locking: a save names the version it was loaded from and is refused if it moved on.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=[actors])
    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = list(TIMELINE_ORDER)
        indexes = [
            # (its last day descending, as TIMELINE_ORDER lists a day's events: the list reads straight off it)
            models.Index(fields=["status", "date_start", "-date_end"], name="event_status_dates"),
            models.Index(fields=["status", "category", "date_start"], name="event_status_category"),
            models.Index(fields=["status", "modality", "date_start"], name="event_status_modality"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(date_start__lte=models.F("date_end")), name="event_dates_in_order"),
        ]

    def __str__(self) -> str:
        return f"{self.date_start.isoformat()} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("timeline:event_detail", args=[self.pk])

    def date_retyped(self) -> bool:
        """Whether an editor typed the event's date: it is none of the phrases its sources wrote."""
        written = {source.date_text for source in self.sources.all() if source.date_text}
        return bool(written) and self.date_text not in written

    def source_date_text(self) -> str:
        """The date as a source wrote it: the event's own phrase, or once an editor retyped that, its first source's."""
        if not self.date_retyped():
            return self.date_text
        return next(source.date_text for source in self.sources.all() if source.date_text)


class EventSource(models.Model):
    """One document's report of an event: where the sentence and its date expression sit in that document."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sources")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="sources")
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    date_start_offset = models.PositiveIntegerField(null=True, blank=True)
    date_end_offset = models.PositiveIntegerField(null=True, blank=True)
    quote = models.TextField(help_text="The sentence as it stood in the document.")
    date_text = models.CharField(max_length=200, blank=True)
    # What this source on its own says about the date: sources of one event can disagree.
    reported_start = models.DateField(null=True, blank=True)
    reported_end = models.DateField(null=True, blank=True)
    reported_precision = models.CharField(max_length=10, choices=Precision.choices, blank=True)
    # "early 2019" is the year 2019 told with START: without it, the source's span says more than the source did.
    reported_mod = models.CharField(max_length=12, choices=DateMod.choices, blank=True, default="")
    anchor = models.CharField(max_length=10, choices=Anchor.choices, blank=True)
    # Identifies the extraction across re-ingests even when the sentence moved within the text.
    fingerprint = models.CharField(max_length=64, db_index=True)
    # The document's text changed and this sentence is no longer in it; kept because an editor's work hangs on it.
    stale = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    history = HistoricalRecords()

    class Meta:
        ordering = ["document__published", "sentence_start"]
        indexes = [models.Index(fields=["document", "sentence_start"], name="source_document_offset")]

    def __str__(self) -> str:
        return f"{self.document} [{self.sentence_start}:{self.sentence_end}]"


# Highlights needing review, for AnnotationQuerySet's filter and its ordering alike: only a highlight (a note with a
# document) has a passage to lose.
NEEDING_REVIEW = Q(needs_review=True, document__isnull=False)


class AnnotationQuerySet(models.QuerySet):
    def public(self) -> AnnotationQuerySet:
        """Notes everyone may read: what visitors, students, share pages and exports see (never editors' or private)."""
        return self.filter(visibility=Annotation.Visibility.PUBLIC)

    def visible_to(self, user) -> AnnotationQuerySet:
        """Public notes for everyone; 'editors' notes for editors; private ones for their author (who sees all theirs)."""
        from timeline.permissions import is_editor

        if not user.is_authenticated:
            return self.public()
        shown = Q(visibility=Annotation.Visibility.PUBLIC) | Q(author=user)
        if is_editor(user):
            shown |= Q(visibility=Annotation.Visibility.EDITORS)
        return self.filter(shown)

    def needing_review(self) -> AnnotationQuerySet:
        """Highlights whose passage could not be found again after their document's text changed."""
        return self.filter(NEEDING_REVIEW)

    def written_by(self, user) -> AnnotationQuerySet:
        """A user's own notes and highlights, of every visibility: what their "My notes" page lists."""
        return self.filter(author=user) if user.is_authenticated else self.none()

    def needing_review_first(self) -> AnnotationQuerySet:
        """Highlights needing review first (their author should act on them), then the newest first; each note's
        ``to_review`` says which it is, so a page can head the two apart."""
        to_review = models.ExpressionWrapper(NEEDING_REVIEW, output_field=models.BooleanField())
        return self.annotate(to_review=to_review).order_by("-to_review", "-created_at", "-pk")


class Annotation(models.Model):
    """A note by an editor or teacher on an event, or a highlight on a passage of a document (or both).

    Highlights keep their target the W3C Web Annotation way: a TextQuoteSelector (exact, prefix, suffix) and a
    TextPositionSelector (start, end), so a changed text can be re-anchored only where the quote still matches.
    """

    class Visibility(models.TextChoices):
        PRIVATE = "private", "only me"
        EDITORS = "editors", "editors"
        PUBLIC = "public", "everyone"

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="annotations")
    # Empty only on a highlight, a passage marked without a note (NoteForm still asks a note on an event for one).
    body = models.TextField(blank=True)
    # The narrowest by default: code that forgets to choose keeps a note to its author rather than publishing it.
    visibility = models.CharField(max_length=10, choices=Visibility.choices, default=Visibility.PRIVATE)
    event = models.ForeignKey(Event, null=True, blank=True, on_delete=models.CASCADE, related_name="annotations")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies")
    document = models.ForeignKey(Document, null=True, blank=True, on_delete=models.CASCADE, related_name="highlights")
    quote_exact = models.TextField(blank=True)
    quote_prefix = models.CharField(max_length=64, blank=True)
    quote_suffix = models.CharField(max_length=64, blank=True)
    position_start = models.PositiveIntegerField(null=True, blank=True)
    position_end = models.PositiveIntegerField(null=True, blank=True)
    needs_review = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AnnotationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return (self.body or self.quote_exact)[:60]

    # Narrowest first: a reply starts no wider than the note it answers.
    WIDTH = (Visibility.PRIVATE, Visibility.EDITORS, Visibility.PUBLIC)

    @classmethod
    def default_visibility(cls, user, parent: Annotation | None = None) -> str:
        """Where "Who can see it" starts on a new note: never "everyone", so a note typed in haste is not published.

        Editors annotate while reviewing, for each other: "editors". A teacher's note on an event is preparation
        (what a class reads goes in a share's class notes, and a public note also shows on every share page):
        "only me". Publishing to students is always a deliberate choice. (The model field's own default is the
        narrowest, "only me", for code that names no visibility; every form and the CSV import name one.)
        """
        from timeline.permissions import is_editor

        default = cls.Visibility.EDITORS if is_editor(user) else cls.Visibility.PRIVATE
        if parent is not None and cls.WIDTH.index(parent.visibility) < cls.WIDTH.index(default):
            return parent.visibility
        return default


def new_share_token() -> str:
    # 32 random bytes: 256 bits, far past guessing.
    return secrets.token_urlsafe(32)


class SharedTimeline(models.Model):
    class Mode(models.TextChoices):
        LIVE = "live", "live: new matching events appear"
        FROZEN = "frozen", "frozen: exactly these events, as they are now"

    token = models.CharField(max_length=64, unique=True, default=new_share_token)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shared_timelines")
    title = models.CharField(max_length=200)
    introduction = models.TextField(blank=True)
    query = models.CharField(max_length=2000, blank=True, help_text="The normalised filter querystring.")
    mode = models.CharField(max_length=10, choices=Mode.choices, default=Mode.LIVE)
    frozen_at = models.DateTimeField(null=True, blank=True)
    expires_on = models.DateField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_opened_at = models.DateTimeField(null=True, blank=True)
    open_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title


class SharedTimelineItem(models.Model):
    """One event's place in a share: pinned in or left out by hand, a class note, and its frozen text."""

    share = models.ForeignKey(SharedTimeline, on_delete=models.CASCADE, related_name="items")
    event = models.ForeignKey(Event, null=True, on_delete=models.SET_NULL, related_name="share_items")
    pinned = models.BooleanField(default=False)
    excluded = models.BooleanField(default=False)
    class_note = models.TextField(blank=True)
    snapshot = models.JSONField(null=True, blank=True, help_text="The event as published when a frozen share was saved.")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["share", "event"], name="share_item_unique_event")]


class ShareMerge(models.Model):
    """What merging one event into another did to one share's items, kept so that splitting the merged-away
    event's source back out can undo it for the share (``shares.unfold_split_items``).

    Items have no history of their own, and the merge deletes the merged-away event's item: without this record a
    split could not tell which class note, choices and frozen copy were that event's. Deleted once undone.
    """

    share = models.ForeignKey(SharedTimeline, on_delete=models.CASCADE, related_name="merges")
    # Plain numbers, not foreign keys: the merged-away event is deleted by the merge that writes this row.
    kept_event_id = models.PositiveIntegerField()
    merged_event_id = models.PositiveIntegerField(db_index=True)
    # Each event's item as it stood before the merge ({class_note, pinned, excluded, snapshot}); null: it had none.
    kept = models.JSONField(null=True, blank=True)
    merged = models.JSONField(null=True, blank=True)
    # Whether the class saw each event in the share before the merge.
    kept_shown = models.BooleanField(default=False)
    merged_shown = models.BooleanField(default=False)
    # The survivor's item as the merge left it: a split compares it with the item then, to see what the teacher changed.
    folded = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)


class EventTally(models.Model):
    """How many published events fall in one bucket (a start year, a category, a precision or an actor).

    Kept up to date by database triggers on every write (see ``timeline.search_index``), so the unfiltered
    timeline reads its counts, chart and facets from a few hundred rows whatever the number of events.
    """

    dimension = models.CharField(max_length=10)
    bucket = models.CharField(max_length=64, blank=True)
    year = models.IntegerField(default=0)
    asserted = models.BooleanField()
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["dimension", "bucket", "year", "asserted"], name="event_tally_unique_bucket")
        ]
