"""Every Dutch and English text a user reads is spelled right: the msgstr and msgid of every
catalogue and the prose of the coach's knowledge files, through Hunspell (nl_NL; en_US with en_GB,
because the product writes British English: organise, practise). The project word lists beside this
file hold real terms the dictionaries lack (cao, STARR, bijtelling ...); keep them short."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polib
import pytest

HERE = Path(__file__).parent
PACKAGE = HERE.parent
CATALOGUES = sorted(PACKAGE.glob("**/locale/nl/LC_MESSAGES/django.po"))
KNOWLEDGE = PACKAGE / "coach" / "knowledge"
# Keys that hold what the coach matches in an answer (regular expressions, word stems), not prose.
MATCHING = frozenset(
    {"patterns", "terms", "ignore", "_syntax", "_about", "pitch_markers"}
    | {"relevance_stopwords", "relevance_yes_no", "relevance_topics", "relevance_generic"}
    | {"heard_habit", "heard_unknown"}
)
DICTIONARIES = {"nl": "nl_NL", "en": "en_US,en_GB"}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _knowledge(value: Any, lang: str) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == lang or (lang == "nl" and key == "nl_u"):  # nl_u: the same said with "u"
                yield from _strings(item)
            elif key not in MATCHING:
                yield from _knowledge(item, lang)
    elif isinstance(value, list):
        for item in value:
            yield from _knowledge(item, lang)


def texts(lang: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every text in `lang`: catalogues first, then the knowledge files."""
    for path in CATALOGUES:
        for entry in polib.pofile(str(path)):
            if entry.obsolete:
                continue
            if lang == "nl":
                found = [entry.msgstr, *entry.msgstr_plural.values()]
            else:
                found = [entry.msgid, entry.msgid_plural]
            yield from ((entry.msgid, text) for text in found if text)
    for path in sorted(KNOWLEDGE.glob("**/*.json")):
        if not path.name.startswith("analysis"):  # marker lists for the analysis, not prose
            yield from (
                (path.name, text) for text in _knowledge(json.loads(path.read_text()), lang)
            )


def words(text: str) -> str:
    """The words of a text, without placeholders, markup, addresses and quotes around words."""
    text = re.sub(
        r"%\(\w+\)[sd]|\{\w*\}|<[^>]+>|https?://\S+|\S+@\S+|\S+\.(?:toml|json|ics)\b", " ", text
    )
    text = re.sub(r'"\w+"|\b\w+_\w+\b', " ", text)  # names from a file: "month", their_min
    text = re.sub(r"\S*\d\S*|\b\w+\.(?:cpp|py)\b", " ", text)  # versions and models: llama3.1
    text = re.sub(r"(?<=\w)’(?=\w)", "'", text)  # month’s, collega’s: the dictionaries spell '
    text = re.sub(r"\b([A-Z]{2,})-(?=\w)", r"\1 ", text)  # STARR-voorbeeld: STARR and voorbeeld
    return re.sub(r"(?<!\w)['‘’-]|['‘’-](?!\w)|[/+]", " ", text)  # 'ik', hoofd- en, heer/mevrouw


def unknown_words(lang: str, lines: list[str]) -> list[str]:
    result = subprocess.run(
        ["hunspell", "-d", DICTIONARIES[lang], "-p", str(HERE / f"words-{lang}.txt"), "-l"],
        input="\n".join(words(line) for line in lines),
        capture_output=True,
        text=True,
        check=True,
    )
    return sorted(set(result.stdout.split()))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_text_is_spelled_right(lang: str) -> None:
    found = list(texts(lang))
    assert len(found) > 2000
    assert unknown_words(lang, [text for _, text in found]) == []


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        (
            "nl",
            "Je hebt je best gedaan: geen cao nodig, wel een STARR-voorbeelt per bewering.",
            ["voorbeelt"],
        ),
        ("en", "You practise your pitch and organise your STARR exampels.", ["exampels"]),
    ],
)
def test_a_spelling_mistake_is_found_and_a_project_term_is_not(lang, text, wrong) -> None:
    assert unknown_words(lang, [text]) == wrong


def test_the_word_lists_stay_short_and_sorted() -> None:
    for lang in ("nl", "en"):
        entries = (HERE / f"words-{lang}.txt").read_text(encoding="utf-8").split()
        assert entries == sorted(set(entries), key=str.lower) and len(entries) <= 60
