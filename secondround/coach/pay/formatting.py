"""Numbers, money and dates written the Dutch way (EUR 4.250) or the English way (EUR4,250)."""

from __future__ import annotations

from ..lang import Lang


def format_number(value: float, lang: Lang, decimals: int = 0) -> str:
    """1234.5 -> "1.234,5" (nl) or "1,234.5" (en)."""
    text = f"{abs(value):,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return f"-{text}" if value < 0 and text.strip("0.,") else text


def format_count(value: float, lang: Lang) -> str:
    """Hours or days: one decimal only when needed, "7,5" (nl) / "7.5" (en), "20" not "20,0"."""
    return format_number(value, lang, 1).removesuffix(",0").removesuffix(".0")


def format_eur(amount: float, lang: Lang, decimals: int = 0) -> str:
    """Money: "€ 4.250" in Dutch, "€4,250" in English; a minus sign goes before the euro sign."""
    number = format_number(abs(amount), lang, decimals)
    sign = "-" if amount < 0 and number.strip("0.,") else ""
    return f"{sign}€ {number}" if lang == "nl" else f"{sign}€{number}"


def format_pct(value: float, lang: Lang) -> str:
    """8 -> "8%", 8.5 -> "8,5%" (nl) / "8.5%" (en); at most three decimals, no trailing zeros."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return (text.replace(".", ",") if lang == "nl" else text) + "%"
