"""The coach is the method as plain Python: nothing below coach/ may import Django."""

import ast
from pathlib import Path

COACH = Path(__file__).resolve().parents[1]


def test_nothing_in_coach_imports_django() -> None:
    offenders = []
    for path in COACH.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.split(".")[0] == "django" for name in names):
                offenders.append(str(path.relative_to(COACH)))
    assert offenders == []
