"""What an analysis reports: plain frozen dataclasses that turn into JSON-ready dicts."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..lang import Lang

STARR_PARTS: tuple[str, ...] = ("situation", "task", "action", "result", "reflection")


@dataclass(frozen=True)
class PartEvidence:
    """One STARR part: is it there, and which sentences show it (indices into
    `Analysis.sentences`)."""

    part: str
    present: bool
    evidence: tuple[int, ...]


@dataclass(frozen=True)
class Claim:
    """A sentence that claims a quality ("ik ben flexibel"). `backed` is False when the text
    gives no example behind it (METHOD R3)."""

    sentence: int
    text: str
    quality: str
    backed: bool


@dataclass(frozen=True)
class FillerCount:
    word: str
    count: int


@dataclass(frozen=True)
class ResultMarker:
    """Something concrete in a result sentence. kind: "money", "percent", "duration", "number" or
    "phrase" (a result phrase such as "daardoor" or "as a result")."""

    sentence: int
    text: str
    kind: str


@dataclass(frozen=True)
class Observation:
    """One thing the coach saw, with the METHOD point it comes from, in the user's language."""

    code: str
    point: str
    text: str


@dataclass(frozen=True)
class Analysis:
    lang: Lang
    ui_lang: Lang
    words: int
    sentences: tuple[str, ...]
    wpm: int
    speaking_seconds: int
    target_seconds: int | None
    parts: tuple[PartEvidence, ...]
    claims: tuple[Claim, ...]
    fillers: tuple[FillerCount, ...]
    filler_total: int
    i_count: int
    we_count: int
    result_markers: tuple[ResultMarker, ...]
    observations: tuple[Observation, ...]

    def part(self, name: str) -> PartEvidence:
        return self.parts[STARR_PARTS.index(name)]

    @property
    def missing(self) -> tuple[str, ...]:
        """The STARR parts not found, in STARR order."""
        return tuple(p.part for p in self.parts if not p.present)

    @property
    def unbacked_claims(self) -> tuple[Claim, ...]:
        return tuple(claim for claim in self.claims if not claim.backed)

    def sentence_parts(self, index: int) -> tuple[str, ...]:
        """The STARR parts sentence `index` is evidence for, in STARR order."""
        return tuple(p.part for p in self.parts if index in p.evidence)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(o.code for o in self.observations)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "lang": self.lang,
            "ui_lang": self.ui_lang,
            "words": self.words,
            "sentences": list(self.sentences),
            "wpm": self.wpm,
            "speaking_seconds": self.speaking_seconds,
            "target_seconds": self.target_seconds,
        }
        for part in self.parts:
            data[part.part] = {
                "present": part.present,
                "evidence": list(part.evidence),
                "sentences": [self.sentences[i] for i in part.evidence],
            }
        data["missing"] = list(self.missing)
        data["claims"] = [asdict(claim) for claim in self.claims]
        data["claims_without_evidence"] = [asdict(claim) for claim in self.unbacked_claims]
        data["fillers"] = {f.word: f.count for f in self.fillers}
        data["filler_total"] = self.filler_total
        data["i_count"] = self.i_count
        data["we_count"] = self.we_count
        data["result_markers"] = [asdict(marker) for marker in self.result_markers]
        data["observations"] = [asdict(obs) for obs in self.observations]
        return data
