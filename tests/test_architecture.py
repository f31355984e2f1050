"""The house rules of shared/style.md, checked on the source: no import cycles in gdviz/
(TYPE_CHECKING imports included), nobody reaches into another object's private members,
only app.py builds the main window, and every declared dependency is used."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "gdviz"


def modules() -> dict[str, ast.Module]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        found[name] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return found


def imports(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


def test_no_import_cycles():
    mods = modules()
    graph = {m: {i for i in imports(t) if i in mods and i != m} for m, t in mods.items()}
    cycles = []

    def visit(node, path, done):
        for nxt in graph[node]:
            if nxt in path:
                cycles.append(" -> ".join([*path[path.index(nxt) :], nxt]))
            elif nxt not in done:
                done.add(nxt)
                visit(nxt, [*path, nxt], done)

    done: set[str] = set()
    for m in graph:
        if m not in done:
            done.add(m)
            visit(m, [m], done)
    assert cycles == []


# The standard library's own names that start with an underscore.
# Underscored names of other libraries used on purpose: the standard library's fast exit
# and signal module, and PySide6's feature-check hook that gdviz.app replaces (pinned
# PySide6 range; a test below checks the replacement still answers the same question).
OUTSIDE_UNDERSCORED = {
    "os._exit",
    "_signal.signal",
    "_signal.SIGINT",
    "_signal.SIGTERM",
    "feature._mod_uses_pyside",
}


def test_no_access_to_other_objects_private_members():
    found = []
    for name, tree in modules().items():
        own = {
            n.attr
            for n in ast.walk(tree)
            if isinstance(n, ast.Attribute)
            and isinstance(n.value, ast.Name)
            and n.value.id in ("self", "cls")
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and node.attr not in own
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
                and ast.unparse(node) not in OUTSIDE_UNDERSCORED
            ):
                found.append(f"{name}:{node.lineno}: {ast.unparse(node)}")
    assert found == []


def test_only_app_builds_the_main_window():
    users = [
        name
        for name, tree in modules().items()
        if "gdviz.ui.main_window" in imports(tree) and name != "gdviz.ui.main_window"
    ]
    assert users == ["gdviz.app"]


def test_every_declared_dependency_is_imported():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    used = set().union(*(imports(t) for t in modules().values()))
    roots = {name.split(".")[0].lower() for name in used}
    for requirement in project["dependencies"]:
        assert import_name(requirement) in roots, requirement


def test_every_test_dependency_is_used():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in (ROOT / "tests").rglob("*.py")]
    used = {name.split(".")[0].lower() for tree in trees for name in imports(tree)}
    tools = {"ruff", "mypy", "pytestqt"}  # run by .ci/run / a pytest plugin, not imported
    for requirement in project["optional-dependencies"]["test"]:
        name = import_name(requirement)
        assert name in used or name in tools, requirement


def import_name(requirement: str) -> str:
    package = requirement.split(">")[0].split("<")[0].split("=")[0].split("[")[0].strip().lower()
    special = {"pyside6-essentials": "pyside6", "pytest-qt": "pytestqt", "pillow": "pil"}
    return special.get(package, package.replace("-", "_"))


def test_old_module_names_are_aliases_only():
    """The names from before the rooms import the moved modules; gdviz never uses them."""
    import importlib

    from gdviz._moved import MOVED

    used = sorted(
        f"{name} imports {i}"
        for name, tree in modules().items()
        for i in imports(tree)
        if i in MOVED or i.rpartition(".")[0] in MOVED
    )
    assert used == []
    for old, new in MOVED.items():
        assert importlib.import_module(old) is importlib.import_module(new)
        assert importlib.import_module(new).__spec__.name == new


def test_no_module_name_twice():
    names = [p.stem for p in PACKAGE.rglob("*.py") if p.stem != "__init__"]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []


def test_a_session_stores_speeds_the_window_has():
    from gdviz.core.io.session_view import VIEW_SPEED_MAX
    from gdviz.ui.models import SPEED_STEPS

    assert VIEW_SPEED_MAX == SPEED_STEPS


def test_no_file_over_500_lines():
    long = {
        str(path.relative_to(ROOT)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert long == {}


def test_core_never_imports_qt_or_the_ui():
    wrong = {
        (name, i)
        for name, tree in modules().items()
        if name.startswith("gdviz.core")
        for i in imports(tree)
        if i.split(".")[0] in {"PySide6", "pyqtgraph", "shiboken6"} or i.startswith("gdviz.ui")
    }
    assert wrong == set()


# A view may show a list model that lives with the controllers (the Runs tab shows
# KeptRuns); it may not drive a controller.
VIEWED_MODELS = {("gdviz.ui.views.runs_tab", "gdviz.ui.controllers.kept_runs")}


def test_views_do_not_import_controllers_or_the_window():
    """The rooms' order: views show, controllers decide, the window wires them."""
    wrong = {
        (name, i)
        for name, tree in modules().items()
        if name.startswith(("gdviz.ui.views", "gdviz.ui.threads"))
        for i in imports(tree)
        if i.startswith(("gdviz.ui.controllers", "gdviz.ui.main_window", "gdviz.app"))
        and (name, i.removesuffix(".KeptRuns")) not in VIEWED_MODELS
    }
    assert wrong == set()
