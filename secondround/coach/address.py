"""Je or u: how the candidate addresses a person in Dutch, and how that person addresses them.

The candidate can choose per interviewer and per employer (for letters). Left on automatic, a director
or partner and any government employer get "u"; everyone else "je", as is usual in Dutch workplaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

Address = Literal["je", "u"]
ADDRESSES: tuple[Address, ...] = ("je", "u")
FORMAL_KINDS = frozenset({"director"})
FORMAL_SECTORS = frozenset({"government"})


def address_for(choice: str = "", *, kind: str = "", sector: str = "") -> Address:
    """The form to use: the person's own choice when made, else the sensible default."""
    if choice in ("je", "u"):
        return choice  # type: ignore[return-value]  # narrowed by the membership test above
    return "u" if kind in FORMAL_KINDS or sector in FORMAL_SECTORS else "je"


# Words that address the other person informally.
INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jullie|jezelf|jijzelf)\b", re.IGNORECASE)


def for_everyone(addresses: Iterable[Address]) -> Address:
    """One form for a group (a thank-you mail, questions for the whole table): "u" as soon as one
    person gets "u", because a formal word to a colleague is fine and an informal one to a director
    is not."""
    return "u" if "u" in set(addresses) else "je"


def address_problems(where: str, informal: str, formal: str) -> list[str]:
    """A Dutch text said to the other person needs a "u" version when it says "je" or "jullie"; the
    "u" version says none of those words. The data tests run this over every such text."""
    if not INFORMAL.search(informal):
        return [f"{where}: the 'u' version is not needed"] if formal else []
    if not formal:
        return [f"{where}: addresses the other person with 'je'; add the 'u' version (nl_u)"]
    mixed = INFORMAL.search(formal)
    return [f"{where}: the 'u' version still says '{mixed.group(0)}'"] if mixed else []
