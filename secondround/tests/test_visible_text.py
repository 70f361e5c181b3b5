"""What a person reads and hears on every page of a full demo account, in Dutch and English.

Method codes (G1, P2, R3, S4 ...) trace the method for maintainers: they live in templates' comments,
in code and in docs/method.md, never on screen, in the PDF, the calendar file or an e-mail draft.
"""

from __future__ import annotations

import re

import pytest

from secondround import portability
from secondround.coach.drills import drills
from secondround.coach.lang import as_lang
from secondround.demo import demo_create
from secondround.testing.crawl import Page, crawl, links
from secondround.testing.urls import all_routes

pytestmark = pytest.mark.django_db

METHOD_CODE = re.compile(r"\b[GPRDSA][1-7]\b")


@pytest.fixture
def demo_pages(client):
    def read(language: str) -> dict[str, Page]:
        demo = demo_create(email="demo@example.com", password="demo-secret-42", language=language)
        ids = set()
        for model in portability.exported_models():
            ids.update(model.objects.for_user(demo).values_list("pk", flat=True))  # type: ignore[attr-defined]  # OwnedQuerySet
        client.force_login(demo)
        words = {"drill_id": [drill.id for drill in drills(as_lang(language))]}
        return {page.url: page for page in crawl(client, sorted(ids), words)}

    return read


def _method_codes(pages: dict[str, Page]) -> list[str]:
    return [
        f"{url}: …{page.text[max(0, m.start() - 40) : m.end() + 10]}…"
        for url, page in pages.items()
        for m in METHOD_CODE.finditer(page.text)
    ]


def _links_alike_to_different_places(pages: dict[str, Page]) -> list[str]:
    """A screen-reader user hears a list of links by name: two names alike must mean one place."""
    found = []
    for url, page in pages.items():
        targets: dict[str, set[str]] = {}
        for name, href in links(page.html):
            targets.setdefault(name, set()).add(href.split("#")[0])
        found += [f"{url}: {name!r} → {sorted(t)}" for name, t in targets.items() if len(t) > 1]
    return found


def _reached(pages: dict[str, Page]) -> set[str]:
    return {re.sub(r"/\d+/", "/<id>/", url) for url in pages}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_of_a_full_account_reads_clean(demo_pages, language) -> None:
    """One crawl per language (building the demo and reading ~90 pages is the slow part)."""
    pages = demo_pages(language)
    # The crawl is honest: every kind of page answers, PDF and .ics too; the rest answer POST only.
    assert len(_reached(pages)) >= 60 and len(all_routes()) - len(_reached(pages)) < 30
    assert any(url.endswith("sheet.pdf") and "Stroomlijn" in p.text for url, p in pages.items())
    assert any(url.endswith(".ics") and "BEGIN:VCALENDAR" in p.text for url, p in pages.items())
    assert any("/practice/drills/" in url and url.count("/") == 4 for url in pages)
    assert _method_codes(pages) == []
    assert _links_alike_to_different_places(pages) == []


def test_a_method_code_in_a_heading_would_be_found() -> None:
    from secondround.testing.crawl import visible_text

    html = (
        '<h2>Doel <span class="point">G1</span></h2><p title="R3">x</p>{# S3 #}<script>P1</script>'
    )
    assert METHOD_CODE.findall(visible_text(html)) == ["G1", "R3", "S3"]


def test_two_links_alike_to_different_places_would_be_found() -> None:
    html = (
        '<a href="/a/">Plan</a> <a href="/b/"> Plan </a> <a href="/c/" aria-label="Other">Plan</a>'
    )
    pages = {"/": Page("/", "", html)}
    assert _links_alike_to_different_places(pages) == ["/: 'Plan' → ['/a/', '/b/']"]
