"""Pay: value a whole job offer, estimate Dutch net pay, compare offers, draft a reply (S2-S4)."""

from .compare import CompareRow, Comparison, Finding, changed_keys, compare_packages
from .drafts import draft_replies
from .formatting import format_count, format_date, format_eur, format_number, format_pct
from .netpay import SUPPORTED_YEARS, TaxYear, UnsupportedYear, annual_wage_tax, tax_year
from .numbers import check_against_numbers, range_findings, range_text
from .package import LIMITS, Package, Problem, validate_package_values
from .tomlfile import FileProblem, OfferFileError, parse_offer_text, read_offer_file
from .vacancy import SalaryRange, read_salary
from .valuation import Line, Notice, Valuation, value_package

__all__ = [
    "LIMITS",
    "SUPPORTED_YEARS",
    "CompareRow",
    "Comparison",
    "FileProblem",
    "Finding",
    "Line",
    "Notice",
    "OfferFileError",
    "Package",
    "Problem",
    "SalaryRange",
    "TaxYear",
    "UnsupportedYear",
    "Valuation",
    "annual_wage_tax",
    "changed_keys",
    "check_against_numbers",
    "compare_packages",
    "draft_replies",
    "format_count",
    "format_date",
    "format_eur",
    "format_number",
    "format_pct",
    "parse_offer_text",
    "range_findings",
    "range_text",
    "read_salary",
    "read_offer_file",
    "tax_year",
    "validate_package_values",
    "value_package",
]
