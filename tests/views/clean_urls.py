"""What the share page and its embed both do with the filter form's submission when JavaScript is off."""


def assert_form_lands_on_the_clean_url_and_counts_one_opening(client, share, url: str) -> None:
    """``share`` saved "from=2018&sort=newest"; ``url`` is its page or its embed."""
    # The saved order is the share's default: sent by the form, it is left out; the other order is kept.
    response = client.get(url, {"q": "hanoi", "from": "", "to": "", "sort": "newest", "precision": ""})
    assert response.status_code == 302 and response["Location"] == f"{url}?q=hanoi"
    assert client.get(url, {"q": "", "sort": "oldest"})["Location"] == f"{url}?sort=oldest"
    page = client.get(response["Location"])
    assert page.status_code == 200 and "Hanoi summit" in page.content.decode()
    share.refresh_from_db()
    assert share.open_count == 1
