"""Browser tests: Debian's Chromium driven by Playwright against Django's live server.

Every page a test visits is checked with axe-core: no violation at all, whatever its impact.
A test calls `checked(page)` after each navigation; at the end, a test fails if it loaded a page it
never checked. A test also fails on any error in the browser console (a Content-Security-Policy
violation, a script error, a failed request).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from django.core.cache import cache

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("SECONDROUND_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).parent / "screenshots"
INVALID_FORM = "the server responded with a status of 422 (Unprocessable Entity)"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    # A Dutch browser: Dutch is the product's first language.
    return {
        **browser_context_args,
        "locale": "nl-NL",
        "timezone_id": "Europe/Amsterdam",
        "viewport": {"width": 1280, "height": 900},
    }


class A11y:
    def __init__(self) -> None:
        from axe_playwright_python.sync_playwright import Axe

        self.axe = Axe()
        self.loaded: set[str] = set()
        self.checked: set[str] = set()

    def check(self, page: Any) -> None:
        page.wait_for_load_state("domcontentloaded")
        result = self.axe.run(page)
        bad = result.response["violations"]
        details = [
            f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
            for v in bad
        ]
        assert not bad, f"axe-core on {page.url}:\n" + "\n".join(details)
        self.checked.add(urlparse(page.url).path)


_A11Y: A11y | None = None


def checked(page: Any) -> None:
    """Check the page that is on screen now with axe-core."""
    assert _A11Y is not None
    _A11Y.check(page)


def screenshot(page: Any, name: str) -> None:
    """Save the page at 1280 px and at 375 px wide, to look at by eye (e2e/screenshots/)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    size = page.viewport_size
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size(size)


@pytest.fixture
def site(live_server: Any, transactional_db: Any, page: Any) -> Any:
    """The live server's URL, with every main-frame navigation recorded for the axe-core check."""
    # The cache table is no model, so the flush between browser tests leaves it: start each test
    # with an empty cache, as a fresh server has (sign-ups per client are counted there).
    cache.clear()
    global _A11Y
    _A11Y = A11y()
    tracker = _A11Y

    def on_nav(frame: Any) -> None:
        if frame == page.main_frame and frame.url.startswith(live_server.url):
            tracker.loaded.add(urlparse(frame.url).path)

    console: list[str] = []

    def on_console(message: Any) -> None:
        # A form that did not validate answers 422 by design (its page shows the messages);
        # Chromium logs that status like any other, so only that one is let through.
        if message.type == "error" and not message.text.endswith(INVALID_FORM):
            console.append(f"{urlparse(page.url).path}: {message.text}")

    page.on("framenavigated", on_nav)
    page.on("console", on_console)
    page.on("pageerror", lambda error: console.append(f"{urlparse(page.url).path}: {error}"))
    page.set_default_timeout(10_000)
    yield live_server.url
    unchecked = tracker.loaded - tracker.checked
    assert not unchecked, f"pages visited without an axe-core check: {sorted(unchecked)}"
    assert not console, "errors in the browser console:\n" + "\n".join(console)


def sign_up(page: Any, base: str, email: str = "nina@example.com") -> None:
    """Sign up through the form, as a new user would (in Dutch)."""
    page.goto(f"{base}/accounts/signup/")
    checked(page)
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill("een-lang-wachtwoord-42")
    page.get_by_role("button", name="Account aanmaken").click()
    # Signing up never says whether the address was taken: it sends everyone to the login form.
    page.wait_for_url(re.compile(r".*/accounts/login/\?email="))
    checked(page)
    page.get_by_label("Wachtwoord").fill("een-lang-wachtwoord-42")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(f"{base}/")
    checked(page)
