"""The seams between the apps, read from the source: each app reaches another only through that app's
`selectors.py` (reads) and `services.py` (writes); no app imports one that imports it back; no import
hides inside a function; no model is looked up by name at run time. And no test skips itself on a
condition, except when a system tool is missing.

Models may name another app's model as a string in a relation ("applications.Round"); migrations and
tests may import anything; `coach/` and the project-level modules (web.py, owned.py, forms_common.py,
portability.py …) are shared by all.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "secondround"
APPS = ("accounts", "applications", "preparation", "practice", "offers", "interviewday", "talk")
PUBLIC = ("selectors", "services")


def _app_modules(app: str, root: Path) -> Iterator[Path]:
    folder = root / "secondround" / app
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(folder).parts
        if "migrations" not in parts and "tests" not in parts:
            yield path


def _module_name(path: Path) -> str:
    """secondround/practice/views.py -> secondround.practice.views (from the package's own name)."""
    parts = list(path.with_suffix("").parts)
    start = len(parts) - 1 - parts[::-1].index("secondround")
    parts = parts[start:]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _base(path: Path, node: ast.ImportFrom) -> str:
    """The absolute module of a `from … import` (relative imports resolved against `path`)."""
    if not node.level:
        return node.module or ""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    package = package[: len(package) - node.level + 1]
    return ".".join([*package, node.module] if node.module else package)


def _imported(path: Path, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The module names an import statement reaches (`from a import b` may reach `a.b`)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = _base(path, node)
    return [base] + [f"{base}.{alias.name}" for alias in node.names]


def _other_app(module: str, app: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] == "secondround" and parts[1] in APPS and parts[1] != app:
        return parts[1]
    return None


def _public(module: str) -> bool:
    parts = module.split(".")
    return len(parts) == 3 and parts[2] in PUBLIC


def _breach(path: Path, node: ast.Import | ast.ImportFrom, app: str) -> bool:
    if isinstance(node, ast.Import):
        return any(_other_app(alias.name, app) and not _public(alias.name) for alias in node.names)
    base = _base(path, node)
    if not _other_app(base, app):
        return False
    if len(base.split(".")) == 2:  # from secondround.practice import selectors
        return any(alias.name not in PUBLIC for alias in node.names)
    return not _public(base)


def _imports(path: Path) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node


def contract_breaches(root: Path = ROOT) -> list[str]:
    return [
        f"{path.relative_to(root)}:{node.lineno} imports {_imported(path, node)[0]}"
        for app in APPS
        for path in _app_modules(app, root)
        for node in _imports(path)
        if _breach(path, node, app)
    ]


def app_edges(root: Path = ROOT) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {app: set() for app in APPS}
    for app in APPS:
        for path in _app_modules(app, root):
            for node in _imports(path):
                for module in _imported(path, node):
                    if other := _other_app(module, app):
                        edges[app].add(other)
    return edges


def _cycle(edges: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, str] = {}

    def visit(app: str, trail: list[str]) -> list[str] | None:
        state[app] = "open"
        for other in sorted(edges[app]):
            if state.get(other) == "open":
                return [*trail, app, other]
            if other not in state and (loop := visit(other, [*trail, app])):
                return loop
        state[app] = "done"
        return None

    for app in APPS:
        if app not in state and (loop := visit(app, [])):
            return loop
    return None


def imports_in_functions(root: Path = ROOT) -> list[str]:
    """Imports of the project's own modules inside a function. `apps.py` is exempt: Django loads it
    before any model, so an AppConfig may only import services from its methods."""
    found = []
    for app in APPS:
        for path in _app_modules(app, root):
            if path.name == "apps.py":
                continue
            for func in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                for node in ast.walk(func):
                    if isinstance(node, ast.Import | ast.ImportFrom) and any(
                        m.startswith("secondround") for m in _imported(path, node)
                    ):
                        found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def runtime_model_lookups(root: Path = ROOT) -> list[str]:
    found = []
    for app in APPS:
        for path in _app_modules(app, root):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and node.attr == "get_model":
                    found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_apps_reach_each_other_only_through_selectors_and_services() -> None:
    assert contract_breaches() == []


def test_every_app_has_one_read_surface() -> None:
    assert [app for app in APPS if not (PACKAGE / app / "selectors.py").is_file()] == []


def test_no_app_depends_on_an_app_that_depends_on_it() -> None:
    assert _cycle(app_edges()) is None


def test_no_import_hides_inside_a_function() -> None:
    assert imports_in_functions() == []


def test_no_model_is_looked_up_by_name() -> None:
    assert runtime_model_lookups() == []


# The checks themselves, on made-up source


def _breaches_in(tmp_path: Path, app: str, source: str) -> list[str]:
    folder = tmp_path / "secondround" / app
    folder.mkdir(parents=True)
    (folder / "views.py").write_text(source, encoding="utf-8")
    return (
        contract_breaches(tmp_path)
        + imports_in_functions(tmp_path)
        + runtime_model_lookups(tmp_path)
    )


@pytest.mark.parametrize(
    ("source", "breaks"),
    [
        ("from secondround.applications.selectors import Round\n", False),
        ("from secondround.applications import selectors, services\n", False),
        ("import secondround.applications.services\n", False),
        ("from secondround.coach import plan\n", False),
        ("from secondround.web import render_page\n", False),
        ("from .models import Example\n", False),
        ("from secondround.applications.models import Round\n", True),
        ("from secondround.applications import models\n", True),
        ("import secondround.applications.models\n", True),
        ("from ..applications.models import Round\n", True),
        ("from secondround.interviewday.tests.factories import make_assignment\n", True),
        ("def f():\n    from secondround.applications.selectors import Round\n", True),
        ("def f():\n    from .services import save\n", True),
        ("from django.apps import apps\nM = apps.get_model('preparation', 'Pitch')\n", True),
    ],
)
def test_the_contract_check_catches_what_it_should(
    tmp_path: Path, source: str, breaks: bool
) -> None:
    assert bool(_breaches_in(tmp_path, "practice", source)) is breaks


def test_the_cycle_check_finds_a_loop() -> None:
    edges: dict[str, set[str]] = {app: set() for app in APPS} | {
        "practice": {"interviewday"},
        "interviewday": {"practice"},
    }
    assert _cycle(edges) is not None
    assert _cycle({app: set() for app in APPS} | {"practice": {"applications"}}) is None


# No test skips itself on a condition (a missing system tool excepted)

SKIPS = {"skip", "skipif", "importorskip"}


def _test_files() -> Iterator[Path]:
    for folder in (PACKAGE, ROOT / "e2e"):
        for path in sorted(folder.rglob("*.py")):
            if path.name.startswith(("test_", "conftest")) or "tests" in path.parts:
                yield path
    yield ROOT / "conftest.py"


def _about_a_system_tool(node: ast.AST) -> bool:
    """A condition that asks whether a program is installed: `shutil.which(...)`."""
    return any(
        isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute | ast.Name)
        and (n.func.attr if isinstance(n.func, ast.Attribute) else n.func.id) == "which"
        for n in ast.walk(node)
    )


def conditional_skips(source: str, where: str = "") -> list[str]:
    tree = ast.parse(source)
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else ""
        if name not in SKIPS or name == "skip" and _is_decorator(node, parents):
            continue
        guard = _enclosing_condition(node, parents)
        condition = node.args[0] if name == "skipif" and node.args else guard
        if name == "importorskip" or condition is None or not _about_a_system_tool(condition):
            found.append(f"{where}:{node.lineno} {name}")
    return found


def _is_decorator(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """`@pytest.mark.skip(...)` is no condition: it is visible and always on (and a smell of its own)."""
    return isinstance(parents.get(node), ast.FunctionDef | ast.ClassDef)


def _enclosing_condition(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.AST | None:
    while (node := parents.get(node)) is not None:  # type: ignore[assignment]  # a parent or None
        if isinstance(node, ast.If):
            return node.test
        if isinstance(node, ast.ExceptHandler | ast.Try):
            return node if isinstance(node, ast.ExceptHandler) else None
        if isinstance(node, ast.FunctionDef):
            return None
    return None


def test_no_test_skips_itself() -> None:
    found = []
    for path in _test_files():
        found += conditional_skips(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == []


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ("import pytest\ndef test_a():\n    if not data:\n        pytest.skip('not yet')\n", True),
        ("import pytest\nx = pytest.importorskip('secondround.preparation.models')\n", True),
        ("import pytest\n@pytest.mark.skipif(sys.version_info < (3, 12), reason='x')\n"
         "def test_a(): ...\n", True),
        ("import pytest\ndef test_a():\n    try:\n        import x\n    except ImportError:\n"
         "        pytest.skip('x')\n", True),
        ("import pytest, shutil\ndef test_a():\n    if not shutil.which('espeak-ng'):\n"
         "        pytest.skip('espeak-ng is not installed')\n", False),
        ("import pytest, shutil\n@pytest.mark.skipif(not shutil.which('java'), reason='no java')\n"
         "def test_a(): ...\n", False),
        ("def test_a():\n    assert shutil.which('java')\n", False),
    ],
)  # fmt: skip
def test_the_skip_check_tells_a_condition_from_a_missing_tool(source: str, flagged: bool) -> None:
    assert bool(conditional_skips(source)) is flagged
