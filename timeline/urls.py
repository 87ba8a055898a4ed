from django.contrib import admin
from django.contrib.auth.views import LogoutView
from django.urls import include, path

from timeline.views import (
    annotations,
    browse,
    documents_new,
    editing,
    exports,
    imports,
    review,
    share_filters,
    shares,
    site,
)

app_patterns = [
    # Teachers (issue 6): shared timelines by link, exports and imports.
    path("shared/", shares.share_list, name="share_list"),
    path("shared/new/", shares.share_new, name="share_new"),
    path("shared/<int:pk>/", shares.share_edit, name="share_edit"),
    path("shared/<int:pk>/filters/", share_filters.share_filters, name="share_filters"),
    path("shared/<int:pk>/revoke/", shares.share_revoke, name="share_revoke"),
    path("shared/<int:pk>/delete/", shares.share_delete, name="share_delete"),
    path("s/<str:token>/", shares.share_detail, name="share_detail"),
    path("s/<str:token>/embed/", shares.share_embed, name="share_embed"),
    path("s/<str:token>/print/", shares.share_print, name="share_print"),
    path("s/<str:token>/qr.svg", shares.share_qr, name="share_qr"),
    path("s/<str:token>/export/<str:filename>", exports.share_export, name="share_export"),
    path("export/<str:filename>", exports.export_events, name="export"),
    path("import/", imports.import_events, name="import_events"),
    path("", browse.event_list, name="event_list"),
    path("events/<int:pk>/", browse.event_detail, name="event_detail"),
    path("documents/", browse.document_list, name="document_list"),
    path("documents/<int:pk>/", browse.document_detail, name="document_detail"),
    # Editors (issue 5): the review queue, editing with history, merge/split, notes and highlights, uploads.
    path("review/", review.review_queue, name="review_queue"),
    path("review/bulk/", review.review_bulk, name="review_bulk"),
    path("review/highlights/", review.highlights_to_review, name="highlights_to_review"),
    path("review/<int:pk>/", review.review_item, name="review_item"),
    path("review/<int:pk>/publish/", review.review_publish, name="review_publish"),
    path("review/<int:pk>/reject/", review.review_reject, name="review_reject"),
    path("events/<int:pk>/edit/", editing.event_edit, name="event_edit"),
    path("events/<int:pk>/edit/date-preview/", editing.date_preview, name="date_preview"),
    path("events/<int:pk>/history/", editing.event_history, name="event_history"),
    path("events/<int:pk>/history/<int:history_id>/revert/", editing.event_revert, name="event_revert"),
    path("events/<int:pk>/choose-date/", editing.choose_date, name="choose_date"),
    path("events/<int:pk>/merge/", editing.event_merge, name="event_merge"),
    path("sources/<int:pk>/split/", editing.source_split, name="source_split"),
    path("events/<int:pk>/notes/", annotations.note_create, name="note_create"),
    path("notes/mine/", annotations.my_notes, name="my_notes"),
    path("notes/<int:pk>/edit/", annotations.note_edit, name="note_edit"),
    path("notes/<int:pk>/delete/", annotations.note_delete, name="note_delete"),
    path("documents/<int:pk>/highlights/", annotations.highlight_create, name="highlight_create"),
    path("documents/new/", documents_new.document_new, name="document_new"),
    path("documents/<int:pk>/retry/", documents_new.document_retry, name="document_retry"),
    path("documents/<int:pk>/delete/", documents_new.document_delete, name="document_delete"),
]

urlpatterns = [
    # Browsers ask for /favicon.ico on pages that name no icon (error pages, files); answer with ours.
    path("favicon.ico", site.favicon),
    path("admin/", admin.site.urls),
    # Signing out is the header's form on every page: opened as an address, the site's 405 page, not a blank one.
    path("accounts/logout/", site.post_only()(LogoutView.as_view()), name="logout"),
    path("accounts/login/", site.SignInView.as_view(), name="login"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include((app_patterns, "timeline"))),
]

# Debug off: a missing page is the site's own page saying what was not found (templates/404.html, 500.html).
handler404 = site.page_not_found
