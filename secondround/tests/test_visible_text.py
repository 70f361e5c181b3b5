"""What a person reads on every page of a full demo account, in Dutch and English.

Method codes (G1, P2, R3, S4 ...) trace the method for maintainers: they live in templates' comments,
in code and in docs/method.md, never on screen, in the PDF, the calendar file or an e-mail draft.
"""

from __future__ import annotations

import re

import pytest

from secondround import portability
from secondround.coach.drills import drills
from secondround.demo import demo_create
from secondround.testing.crawl import crawl
from secondround.testing.urls import all_routes

pytestmark = pytest.mark.django_db

METHOD_CODE = re.compile(r"\b[GPRDSA][1-7]\b")


@pytest.fixture
def demo_pages(client):
    def read(language: str) -> dict[str, str]:
        demo = demo_create(email="demo@example.com", password="demo-secret-42", language=language)
        ids = set()
        for model in portability.exported_models():
            ids.update(model.objects.for_user(demo).values_list("pk", flat=True))
        client.force_login(demo)
        words = {"drill_id": [drill.id for drill in drills(language)]}
        return {page.url: page.text for page in crawl(client, sorted(ids), words)}

    return read


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_page_shows_a_method_code(demo_pages, language) -> None:
    pages = demo_pages(language)
    found = [
        f"{url}: …{text[max(0, m.start() - 40) : m.end() + 10]}…"
        for url, text in pages.items()
        for m in METHOD_CODE.finditer(text)
    ]
    assert found == []


def test_the_crawl_reads_every_page_of_the_account(demo_pages) -> None:
    """Keeps the test above honest: every route answers for the demo account, PDF and .ics too."""
    pages = demo_pages("nl")
    reached = {re.sub(r"/\d+/", "/<id>/", url) for url in pages}
    assert len(reached) >= 60
    assert any(url.endswith("sheet.pdf") and "Stroomlijn" in text for url, text in pages.items())
    assert any(url.endswith(".ics") and "BEGIN:VCALENDAR" in text for url, text in pages.items())
    assert any("/practice/drills/" in url and url.count("/") == 4 for url in pages)
    assert len(all_routes()) - len(reached) < 30  # the rest answer POST only


def test_a_method_code_in_a_heading_would_be_found() -> None:
    from secondround.testing.crawl import visible_text

    html = (
        '<h2>Doel <span class="point">G1</span></h2><p title="R3">x</p>{# S3 #}<script>P1</script>'
    )
    assert METHOD_CODE.findall(visible_text(html)) == ["G1", "R3", "S3"]
