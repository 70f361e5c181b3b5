"""Every page of a filled-in account, opened in Chromium: no error in the console (a CSP violation
such as an inline style or an eval counts), no serious axe-core finding, and htmx forms that post
without one either. The `site` fixture fails the test on any console error."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlparse

from playwright.sync_api import Page, expect

from e2e.conftest import checked

SKIP = ("/accounts/logout/", "/delete/", "/export/", ".pdf", ".ics", "/admin/", "/static/")
MOST_PAGES = 90


def _log_in(page: Page, site: str) -> None:
    from secondround.demo import demo_create

    demo_create(email="demo@example.com", password="demo-tweede-ronde")
    page.goto(f"{site}/accounts/login/")
    checked(page)
    page.get_by_label("E-mailadres").fill("demo@example.com")
    page.get_by_label("Wachtwoord").fill("demo-tweede-ronde")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(f"{site}/")
    checked(page)


def _links(page: Page, site: str) -> list[str]:
    found: Any = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    local = [urljoin(site, h).split("#")[0] for h in found if urljoin(site, h).startswith(site)]
    return [h for h in local if not any(part in urlparse(h).path for part in SKIP)]


def test_no_page_of_a_full_account_logs_an_error(site: str, page: Page) -> None:
    _log_in(page, site)
    seen: set[str] = set()
    queue = [f"{site}/"]
    while queue and len(seen) < MOST_PAGES:
        url = queue.pop(0)
        path = urlparse(url).path
        if path in seen:
            continue
        seen.add(path)
        page.goto(url)
        checked(page)
        queue += [link for link in _links(page, site) if urlparse(link).path not in seen]
    assert len(seen) >= 30, sorted(seen)


def test_htmx_posts_log_no_error(site: str, page: Page) -> None:
    """The drill and the questions to ask answer htmx posts with a fragment: no eval, no style."""
    _log_in(page, site)
    page.goto(f"{site}/practice/drills/drill-structure-starr/")
    checked(page)
    page.get_by_role("textbox").first.fill("Ik maakte een plan, voerde het uit en het werkte.")
    page.get_by_role("button", name="Bekijk mijn reactie").click()
    expect(page.locator("#drill-feedback")).not_to_be_empty()
    from secondround.applications.models import Round

    rounds_two = Round.objects.filter(application__user__email="demo@example.com", number=2)
    round_two = rounds_two.order_by("pk").first()
    assert round_two is not None
    page.goto(f"{site}/practice/rounds/{round_two.pk}/questions/")
    checked(page)
    page.get_by_label("Jouw vraag").fill("Hoe meet u succes in deze functie?")
    page.get_by_role("button", name="Op mijn lijst zetten").click()
    expect(page.get_by_text("Hoe meet u succes in deze functie?").first).to_be_visible()
    page.get_by_role("button", name=re.compile("^Toevoegen")).first.click()
    page.wait_for_load_state("networkidle")
