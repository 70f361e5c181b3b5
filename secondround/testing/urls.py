"""The project's URL patterns, found by walking the URL configuration (for tests that must cover
every view, including the ones added later)."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, get_resolver


def all_routes(
    resolver: URLResolver | None = None, prefix: str = "", namespace: str = ""
) -> list[tuple[str, str]]:
    """Every (namespaced name, route) outside the admin: ("offers:edit", "offers/<int:pk>/edit/")."""
    found = []
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            space = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            found += all_routes(entry, prefix + str(entry.pattern), space)
        elif isinstance(entry, URLPattern):
            route = prefix + str(entry.pattern)
            if not route.startswith("admin/"):
                found.append((f"{namespace}{entry.name}", route))
    return found
