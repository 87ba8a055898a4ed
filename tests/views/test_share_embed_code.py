"""The embed code a teacher copies from the share's page: an <iframe> snippet that a school site can paste as is."""

import html
import re
from html.parser import HTMLParser

from django.urls import reverse

from timeline.models import SharedTimeline


class _Iframes(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "iframe":
            self.found.append(dict(attrs))


def _copied_snippet(body: str) -> str:
    """What the teacher copies: the embed box's text, as the browser reads it from the page."""
    match = re.search(r'<textarea id="embed-code"[^>]*>(.*?)</textarea>', body, re.DOTALL)
    assert match, "the page has no embed code"
    return html.unescape(match.group(1))


def test_a_title_with_quotes_and_an_ampersand_gives_a_snippet_whose_frame_title_is_the_whole_title(client, teacher):
    title = 'The "maximum pressure" years & <after>'
    share = SharedTimeline.objects.create(owner=teacher, title=title, query="from=2018")
    client.force_login(teacher)

    snippet = _copied_snippet(client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode())

    # The title's quotes used to end the snippet's title="…" early: pasted on a school site, the frame was named
    # "The " for a screen reader, followed by stray attributes.
    parser = _Iframes()
    parser.feed(snippet)
    assert len(parser.found) == 1
    frame = parser.found[0]
    assert frame["title"] == title
    assert frame["src"].endswith(reverse("timeline:share_embed", args=[share.token]))
    assert set(frame) == {"src", "title", "width", "height", "loading"}
