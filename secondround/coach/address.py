"""Je or u: how the candidate addresses a person in Dutch, and how that person addresses them.

The candidate can choose per interviewer and per employer (for letters). Left on automatic, a director
or partner and any government employer get "u"; everyone else "je", as is usual in Dutch workplaces.
"""

from __future__ import annotations

from typing import Literal

Address = Literal["je", "u"]
FORMAL_KINDS = frozenset({"director"})
FORMAL_SECTORS = frozenset({"government"})


def address_for(choice: str = "", *, kind: str = "", sector: str = "") -> Address:
    """The form to use: the person's own choice when made, else the sensible default."""
    if choice in ("je", "u"):
        return choice  # type: ignore[return-value]  # narrowed by the membership test above
    return "u" if kind in FORMAL_KINDS or sector in FORMAL_SECTORS else "je"
