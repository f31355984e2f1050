"""The window's catalogues: German and Spanish, in resources/translations/.

    python tools/translations.py update          # lupdate: the code's texts into the .ts
    python tools/translations.py merge PART.ts…  # copy finished translations from parts
    python tools/translations.py release         # lrelease: .ts -> .qm (shipped)
    python tools/translations.py check           # what is missing or unfinished

A translator edits ``gdviz_LANG.ts`` (Qt Linguist: ``pyside6-linguist``), then runs
``update`` and ``release`` and commits both files. tests/test_translations.py fails
when the code has a text the catalogues lack or a catalogue has an unfinished entry.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "es")


def catalogue(code: str) -> Path:
    return FOLDER / f"gdviz_{code}.ts"


def tool(name: str) -> str:
    """A Qt Linguist tool that PySide6 ships (beside this Python, or on PATH)."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gdviz").rglob("*.py"))


def lupdate(targets: list[Path]) -> None:
    """The code's texts into ``targets`` (their translations kept, stale texts dropped)."""
    command = [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", *sources()]
    for target in targets:
        code = target.stem.rsplit("_", 1)[-1]
        language = ["-source-language", "en", "-target-language", code]
        subprocess.run([*command, *language, "-ts", str(target)], cwd=ROOT, check=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run(
        [tool("lrelease"), "-silent", str(source), "-qm", str(target)], cwd=ROOT, check=True
    )


def messages(catalogue: Path | ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> its <translation> element, in a file or a parsed tree."""
    tree = catalogue if isinstance(catalogue, ET.ElementTree) else ET.parse(catalogue)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")
    return found


def unfinished(path: Path) -> list[tuple[str, str]]:
    """The texts of ``path`` with no finished translation."""
    return [
        key
        for key, tr in messages(path).items()
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not tr.text
    ]


def merge(parts: list[Path]) -> None:
    """Finished translations of ``parts`` (named ``…_LANG.ts``) into the catalogues,
    where the catalogue has none yet."""
    for code in LANGUAGES:
        target = catalogue(code)
        tree = ET.parse(target)
        wanted = messages(tree)
        for part in parts:
            if not part.stem.endswith(f"_{code}"):
                continue
            for key, tr in messages(part).items():
                mine = wanted.get(key)
                if tr is None or not tr.text or tr.get("type") == "unfinished" or mine is None:
                    continue
                if mine.get("type") == "unfinished" or not mine.text:
                    mine.text = tr.text
                    mine.attrib.pop("type", None)
        tree.write(target, encoding="utf-8", xml_declaration=True)
    lupdate([catalogue(code) for code in LANGUAGES])  # Qt's own layout again


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    FOLDER.mkdir(parents=True, exist_ok=True)
    if argv[0] == "update":
        lupdate([catalogue(code) for code in LANGUAGES])
    elif argv[0] == "merge":
        merge([Path(p) for p in argv[1:]])
    elif argv[0] == "release":
        for code in LANGUAGES:
            lrelease(catalogue(code), catalogue(code).with_suffix(".qm"))
    elif argv[0] == "check":
        with tempfile.TemporaryDirectory() as tmp:
            copies = [Path(tmp) / catalogue(code).name for code in LANGUAGES]
            for code, copy in zip(LANGUAGES, copies, strict=True):
                shutil.copy(catalogue(code), copy)
            lupdate(copies)
            missing = {copy.name: unfinished(copy) for copy in copies}
        for name, keys in missing.items():
            print(f"{name}: {len(keys)} texts without a finished translation")
            for context, source in keys[:20]:
                print(f"  [{context}] {source[:90]!r}")
        return 1 if any(missing.values()) else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
