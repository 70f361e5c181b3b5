"""Every page a user can reach, rendered as text a person sees (for tests that read the whole UI).

The routes come from the URL configuration (`all_routes`), so a page added later is read too. A route
with an object id is tried with every id of the account, and each page that answers is read; the
visible text is the text of the page plus what a person sees or hears in its attributes (title, alt,
aria-label, placeholder, a typed value, the value of a button). A PDF is read with pypdf, a calendar
file as it is; an export (JSON) is data, not text, and reads as empty.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from pypdf import PdfReader

from secondround.testing.urls import all_routes

HEARD = frozenset({"title", "alt", "aria-label", "placeholder", "aria-description"})
HIDDEN = frozenset({"script", "style", "template"})
INLINE = frozenset({"a", "abbr", "b", "code", "em", "i", "kbd", "mark", "q", "s", "small", "span",
                    "strong", "sub", "sup", "time", "u"})  # fmt: skip
TYPED = frozenset({"text", "email", "number", "search", "tel", "url", "date", "datetime-local"})


@dataclass(frozen=True)
class Page:
    url: str
    text: str
    html: str = ""  # the page itself, for an HTML page


class _Links(HTMLParser):
    """(accessible name, href) of every link: its aria-label, else its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str, list[str]]] = []
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            values = dict(attrs)
            self.open.append((values.get("href") or "", values.get("aria-label") or "", []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.open:
            href, label, parts = self.open.pop()
            self.links.append((label or " ".join("".join(parts).split()), href))

    def handle_data(self, data: str) -> None:
        for _, _, parts in self.open:
            parts.append(data)


def links(html: str) -> list[tuple[str, str]]:
    parser = _Links()
    parser.feed(html)
    return parser.links


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        values = dict(attrs)
        self.parts += [f" {value} " for name, value in attrs if name in HEARD and value]
        if tag not in INLINE:
            self.parts.append(" ")
        if tag == "input" and values.get("type") in ("submit", "button") and values.get("value"):
            self.parts.append(f" {values['value']} ")
        if tag == "input" and values.get("type", "text") in TYPED:
            self.parts.append(f" {values.get('value') or ''} ")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN and self.hidden:
            self.hidden -= 1
        if tag not in INLINE:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Visible()
    parser.feed(html)
    return re.sub(r"\s+", " ", "".join(parser.parts)).strip()


def _is_html(response: Any) -> bool:
    return str(response.get("Content-Type", "")).startswith("text/html")


def _as_text(response: Any) -> str:
    kind = response.get("Content-Type", "")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if kind.startswith("application/pdf"):
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)
    if kind.startswith("application/json"):
        return ""  # an export is data for the import, not a text a person reads
    if kind.startswith("text/html"):
        return visible_text(body.decode())
    if kind.startswith(("text/", "application/ics")):
        return body.decode()
    return ""  # a recording or another file that holds no words to read


def _urls(route: str, ids: list[int], words: dict[str, list[str]]) -> Iterator[str]:
    slot = re.search(r"<(?:(\w+):)?(\w+)>", route)
    if not slot:
        yield "/" + route
        return
    values = (
        [str(value) for value in ids] if slot.group(1) == "int" else words.get(slot.group(2), [])
    )
    for value in values:
        yield from _urls(route[: slot.start()] + value + route[slot.end() :], ids, words)


def crawl(client: Any, ids: list[int], words: dict[str, list[str]] | None = None) -> Iterator[Page]:
    """Each GET page the signed-in client reaches: every route, with every id that answers.

    `words` gives the values of a text slot by its name ({"drill_id": [...]}); a text slot without
    values is skipped, so give one for every such route (the caller's test can check that).
    """
    for _, route in all_routes():
        for url in _urls(route, ids, words or {}):
            response = client.get(url)
            if response.status_code == 200:
                html = response.content.decode() if _is_html(response) else ""
                yield Page(url, _as_text(response), html)
