"""Browser tests: Playwright driving Debian's Chromium against Django's live server."""

import contextlib
import datetime
import http.server
import os
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.factories import EventFactory

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
NODE_MODULES = Path(__file__).resolve().parents[2] / "node_modules"


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Never skip silently: without the browser the suite fails and says how to install it.
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"Browser tests need Debian's Chromium at {CHROMIUM}: run 'apt-get install chromium' (make test does this as root).")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    }


# Playwright's screenshots hide the text caret and leave an empty style="" on every text box. htmx, swapping in a
# box with the same id, copies its attributes over, and the CSP (style-src 'self') blocks that empty inline style:
# one error per box and swap, the site's doing none of it. Only this message, with the hash of the empty value.
PLAYWRIGHT_EMPTY_STYLE = ("Applying inline style violates the following Content Security Policy directive "
                          "'style-src 'self''. Either the 'unsafe-inline' keyword, a hash "
                          "('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='), ")


@pytest.fixture
def console_errors(page):
    """Collects console errors and page errors; tests assert it stays empty."""
    errors: list[str] = []

    def on_console(msg) -> None:
        if msg.type == "error" and not msg.text.startswith(PLAYWRIGHT_EMPTY_STYLE):
            errors.append(msg.text)

    page.on("console", on_console)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return errors


@pytest.fixture
def two_summits(db):
    """Singapore (12 June 2018) and Hanoi (27 February 2019): a timeline with something to search and filter."""
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), date_text="27 February 2019")


@pytest.fixture
def _events_deleted_before_flush():
    """Delete this test's events itself: the database triggers that keep the timeline's tallies (timeline.search_index)
    then bring them back to zero, whatever order the end-of-test flush empties the tables in."""
    yield
    from timeline.models import Event

    Event.objects.all().delete()


def sign_in(page, live_server, user) -> None:
    """Give the page's browser context the session of ``user``, signed in on the live server."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "url": live_server.url,
                               "value": client.cookies[settings.SESSION_COOKIE_NAME].value}])


@pytest.fixture
def artifacts_dir():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def dismissed_dialogs(page) -> list[str]:
    """The type of each dialog the page opens from now on ("beforeunload" for the leave-page prompt); each is
    dismissed, as a user who chooses to stay."""
    seen: list[str] = []

    def dismiss(dialog) -> None:
        seen.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", dismiss)
    return seen


def wait_for_htmx(page) -> None:
    """Wait until htmx has finished every request, swap and settle on the page."""
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping, .htmx-added')")


# What a screen reader is told of a live region is what is added to it: record each line added to #filter-notices,
# and mark the region, so a test can tell it is the one that was in the page before the swap, not a new copy.
WATCH_NOTICES = """() => {
  const region = document.getElementById('filter-notices');
  region.dataset.watched = 'yes';
  window.announced = [];
  new MutationObserver(records => records.forEach(record => record.addedNodes.forEach(node => {
    node.querySelectorAll && node.querySelectorAll('li').forEach(li => window.announced.push(li.textContent));
    if (node.nodeName === 'LI') window.announced.push(node.textContent);
  }))).observe(region, {childList: true, subtree: true});
}"""



def htmx_requests(page) -> list[str]:
    """The URLs of the htmx requests the page sends from now on, filled in as they go."""
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url) if request.headers.get("hx-request") else None)
    return urls


def press_enter_and_settle(page, box, url) -> None:
    """Enter in a filter box, then wait for the address it leads to and for htmx to finish (a little longer first,
    so that a second request, if the page sends one, is sent before counting)."""
    box.press("Enter")
    expect(page).to_have_url(url)
    page.wait_for_timeout(600)
    wait_for_htmx(page)


def run_axe(page) -> list[dict]:
    """Inject axe-core from node_modules and return its violations (an empty list is a pass)."""
    page.add_script_tag(path=str(NODE_MODULES / "axe-core" / "axe.min.js"))
    return page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")


def axe_in_own_context(browser, url: str, storage_state=None, viewport=None) -> list[dict]:
    """axe-core's violations for a page, in a context of its own: injecting axe needs the CSP bypassed,
    and the journey's own pages must keep theirs so a CSP violation there still fails the test."""
    context = browser.new_context(bypass_csp=True, storage_state=storage_state, viewport=viewport)
    try:
        page = context.new_page()
        page.goto(url)
        return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]]} for v in run_axe(page)]
    finally:
        context.close()


@contextlib.contextmanager
def school_site(pages: dict[str, str]):
    """Serve a few pages from a second local web server, a different origin from the live server."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path, "not found").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def select_text(page, quote: str) -> None:
    """Select ``quote`` in the document reader's text (in one text node) as a reader dragging over it would."""
    page.evaluate("""(quote) => {
        const container = document.querySelector('.document-text');
        const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
        let node;
        while ((node = walker.nextNode())) {
            const at = node.data.indexOf(quote);
            if (at >= 0) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + quote.length);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(range);
                container.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                return;
            }
        }
        throw new Error('quote not found');
    }""", quote)
