"""The document page's way back: to the timeline list the reader came from, and to the documents at this one."""

import pytest
from django.urls import reverse

from tests.factories import DocumentFactory, EventFactory, EventSourceFactory
from tests.views.saved_shares import saved_share

pytestmark = pytest.mark.django_db


@pytest.fixture
def document():
    document = DocumentFactory(title="Two summits", text="The leaders met in Singapore on 12 June 2018.")
    EventSourceFactory(document=document, event=EventFactory(title="Singapore summit"))
    return document


def _breadcrumb(client, url: str) -> str:
    body = client.get(url).content.decode()
    return body[body.index('<p class="breadcrumb">'):].split("</p>", 1)[0]


def test_a_reader_who_came_from_a_filtered_timeline_has_a_link_back_to_it(client, document):
    crumb = _breadcrumb(client, document.get_absolute_url() + "?q=singapore&from=2018&page=2")
    assert '<a href="/?q=singapore&amp;from=2018&amp;page=2">Timeline</a>' in crumb


def test_documents_leads_to_the_list_at_this_document(client, document):
    crumb = _breadcrumb(client, document.get_absolute_url())
    assert f'<a href="/documents/#document-{document.pk}">Documents</a>' in crumb
    listed = client.get(reverse("timeline:document_list")).content.decode()
    assert f'id="document-{document.pk}"' in listed


def test_from_a_share_the_timeline_link_is_not_offered_beside_the_way_back_to_it(client, teacher, document):
    share = saved_share(teacher, "live", query="")
    crumb = _breadcrumb(client, document.get_absolute_url() + f"?share={share.token}&q=singapore")
    assert "Back to" in crumb and ">Timeline</a>" not in crumb
