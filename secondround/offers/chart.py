"""The geometry of the bar chart of yearly value by component, drawn as SVG by the template.

One stacked horizontal bar per package. Each component has its own pattern as well as its own
colour, so the chart reads without colour; every part has a <title> and the numbers are also in a
table next to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from secondround.coach.lang import Lang
from secondround.coach.pay import Comparison, format_eur

WIDTH = 360  # viewBox units: at 375 px wide the chart is drawn about 1:1, so the text stays legible
BAR_LEFT = 4
BAR_MAX = 250
ROW = 54
BAR_HEIGHT = 22
# (pattern id, colour): a solid fill, then stripes, dots, cross-hatch, lines: tell apart in greyscale.
PATTERNS: tuple[tuple[str, str], ...] = (
    ("solid", "#1d4e89"),
    ("diagonal", "#1e6b3a"),
    ("dots", "#8a4b00"),
    ("cross", "#a4262c"),
    ("horizontal", "#5b3a8c"),
    ("vertical", "#0f6b74"),
    ("back-diagonal", "#4a5360"),
)


@dataclass(frozen=True)
class Segment:
    x: float
    width: float
    pattern: str
    colour: str
    title: str


@dataclass(frozen=True)
class Bar:
    name: str
    name_y: float
    bar_y: float
    segments: list[Segment]
    total: str
    total_x: float
    total_y: float


@dataclass(frozen=True)
class LegendItem:
    label: str
    pattern: str
    colour: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    legend: list[LegendItem]
    patterns: tuple[tuple[str, str], ...]


def build_chart(found: Comparison, lang: Lang) -> Chart:
    totals = [sum(max(0.0, amount) for _label, amount in parts) for parts in found.components]
    scale = BAR_MAX / max(max(totals), 1.0)
    bars = []
    for index, (name, parts) in enumerate(zip(found.names, found.components, strict=True)):
        top = index * ROW
        x = float(BAR_LEFT)
        segments = []
        for (label, amount), (pattern, colour) in zip(parts, PATTERNS, strict=True):
            width = max(0.0, amount) * scale
            if width > 0:
                title = f"{name}, {label}: {format_eur(amount, lang)}"
                segments.append(Segment(round(x, 2), round(width, 2), pattern, colour, title))
                x += width
        bars.append(
            Bar(
                name=name,
                name_y=top + 16,
                bar_y=top + 22,
                segments=segments,
                total=format_eur(found.valuations[index].total_value, lang),
                total_x=round(x + 6, 2),
                total_y=top + 38,
            )
        )
    legend = [
        LegendItem(label, p, c)
        for (label, _a), (p, c) in zip(found.components[0], PATTERNS, strict=True)
    ]
    return Chart(WIDTH, len(bars) * ROW + 6, bars, legend, PATTERNS)
