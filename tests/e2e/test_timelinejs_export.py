"""Our TimelineJS export, loaded into the real TimelineJS 3 library (from node_modules) in Chromium."""

import datetime
import json
import mimetypes
import urllib.request

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import NODE_MODULES
from tests.factories import EventFactory
from timeline.models import Event, Status

DIST = (NODE_MODULES / "@knight-lab" / "timelinejs" / "dist").resolve()
ORIGIN = "http://timelinejs.test"
# A page of our own, served only to this test, that hands the downloaded export to TimelineJS.
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>TimelineJS check</title>
<link rel="stylesheet" href="/dist/css/timeline.css"><script src="/dist/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 1000px; height: 600px"></div>
<script>
fetch("/export.json").then(r => r.json()).then(data => {
  window.timeline = new TL.Timeline("timeline-embed", data, {script_path: location.origin + "/dist/js/"});
});
</script></body></html>"""


def _serve(page, export: bytes) -> None:
    def handle(route):
        path = route.request.url[len(ORIGIN) :].split("?")[0]
        if path in ("/", "/index.html"):
            return route.fulfill(status=200, content_type="text/html", body=PAGE)
        if path == "/export.json":
            return route.fulfill(status=200, content_type="application/json", body=export)
        if path.startswith("/dist/"):
            file = (DIST / path[len("/dist/") :]).resolve()
            if file.is_file() and DIST in file.parents:
                return route.fulfill(status=200, path=str(file), content_type=mimetypes.guess_type(file.name)[0] or "application/octet-stream")
        return route.fulfill(status=404, body="not found")

    page.route(f"{ORIGIN}/**", handle)


@pytest.mark.django_db(transaction=True)
def test_the_timelinejs_export_loads_in_the_real_library_with_one_slide_per_event(live_server, page, artifacts_dir):
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), category="CONSULT")
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), date_end=datetime.date(2019, 2, 28))
    EventFactory(title="Talks in Stockholm", date_start=datetime.date(2019, 10, 1), date_end=datetime.date(2019, 10, 31), precision="month")
    EventFactory(title="A year of letters", date_start=datetime.date(2018, 1, 1), date_end=datetime.date(2018, 12, 31), precision="year", date_mod="APPROX")
    EventFactory(title="A decade of sanctions", date_start=datetime.date(2010, 1, 1), date_end=datetime.date(2019, 12, 31), precision="decade")
    EventFactory(title="Not published", status=Status.PROPOSED)
    with urllib.request.urlopen(live_server.url + "/export/timelinejs.json") as response:
        export = response.read()
    headlines = sorted(e["text"]["headline"] for e in json.loads(export)["events"])
    assert len(headlines) == 5

    _serve(page, export)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # TimelineJS's stylesheet asks a font host for its typefaces; only failures of our own files count.
    page.on("requestfailed", lambda request: errors.append(request.url) if request.url.startswith(ORIGIN) else None)
    page.goto(ORIGIN + "/")
    page.wait_for_selector(".tl-timemarker", timeout=20000)
    slides = page.locator(".tl-slide:not(.tl-slide-titleslide)")
    expect(slides).to_have_count(5)
    expect(page.locator(".tl-timemarker")).to_have_count(5)
    shown = sorted(page.locator(".tl-slide:not(.tl-slide-titleslide) .tl-headline").all_inner_texts())
    assert [h.strip().lower() for h in shown] == [h.lower() for h in headlines]
    page.screenshot(path=str(artifacts_dir / "timelinejs-export.png"))
    assert errors == []


@pytest.mark.django_db(transaction=True)
def test_the_seed_timeline_loads_in_timelinejs_with_a_slide_per_event_and_its_groups(live_server, page, seeded):
    with urllib.request.urlopen(live_server.url + "/export/timelinejs.json?plans=1") as response:
        export = response.read()
    slides = json.loads(export)["events"]
    assert len(slides) == Event.objects.published().count() > 100
    _serve(page, export)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(ORIGIN + "/")
    page.wait_for_selector(".tl-timemarker", state="attached", timeout=30000)
    expect(page.locator(".tl-slide:not(.tl-slide-titleslide)")).to_have_count(len(slides))
    expect(page.locator(".tl-timemarker")).to_have_count(len(slides))
    # Category groups become TimelineJS rows, each labelled.
    groups = {s["group"] for s in slides if "group" in s}
    # (events without a category share one unlabelled row)
    shown = {text.strip().lower() for text in page.locator(".tl-timegroup-message").all_text_contents()} - {""}
    assert groups and shown == {g.lower() for g in groups}
    assert errors == []


@pytest.mark.django_db(transaction=True)
def test_the_timelinejs_link_downloads_a_named_file_and_the_page_says_what_to_do_with_it(live_server, page):
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    page.goto(live_server.url + "/?q=singapore")
    # Clicking it used to open the raw JSON in the tab, leaving the reader a wall of text and no file.
    with page.expect_download(timeout=5000) as download:
        page.get_by_role("link", name="TimelineJS").click()
    assert download.value.suggested_filename == "diplomacy-timeline-singapore-timelinejs.json"
    assert json.loads(open(download.value.path(), encoding="utf-8").read())["events"]
    expect(page).to_have_url(live_server.url + "/?q=singapore")
    expect(page.locator(".export-help")).to_contain_text("new TL.Timeline(")
