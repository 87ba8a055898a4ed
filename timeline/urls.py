from django.contrib import admin
from django.urls import include, path

from timeline.views import browse

app_patterns = [
    path("", browse.event_list, name="event_list"),
    path("events/<int:pk>/", browse.event_detail, name="event_detail"),
    path("documents/", browse.document_list, name="document_list"),
    path("documents/<int:pk>/", browse.document_detail, name="document_detail"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include((app_patterns, "timeline"))),
]
