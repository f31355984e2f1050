"""The German and Spanish catalogues cover every text of the window, each finished, and
the shipped .qm files are compiled from them (tools/translations.py keeps them so)."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations", ROOT / "tools" / "translations.py")
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)

LANGUAGES = translations.LANGUAGES
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
ACCELERATOR = re.compile(r"&(?!#?[a-zA-Z0-9]+;)[^&\s]")  # "&Open", not "&amp;" or "& "


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory):
    """The catalogues as lupdate leaves them after reading today's code."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for code in LANGUAGES:
        copies[code] = folder / translations.catalogue(code).name
        shutil.copy(translations.catalogue(code), copies[code])
    translations.lupdate(list(copies.values()))
    return copies


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_text_of_the_code_has_a_finished_translation(refreshed, code):
    missing = translations.unfinished(refreshed[code])
    shown = "\n".join(f"[{c}] {s[:80]!r}" for c, s in missing[:30])
    assert not missing, f"{len(missing)} texts lack a {code} translation " + (
        f"(run tools/translations.py update, translate, release):\n{shown}"
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_catalogue_holds_no_text_the_code_no_longer_has(refreshed, code):
    committed = set(translations.messages(translations.catalogue(code)))
    current = set(translations.messages(refreshed[code]))
    assert committed == current, sorted(committed ^ current)[:20]
    assert len(current) > 600  # the window's texts, not a handful


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_shipped_qm_is_compiled_from_the_catalogue(tmp_path, code):
    fresh = tmp_path / f"gdviz_{code}.qm"
    translations.lrelease(translations.catalogue(code), fresh)
    shipped = translations.catalogue(code).with_suffix(".qm")
    assert shipped.read_bytes() == fresh.read_bytes(), "run tools/translations.py release"


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_placeholders_markup_and_one_accelerator(code):
    problems = []
    for (context, source), tr in translations.messages(translations.catalogue(code)).items():
        text = tr.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(("placeholders", context, source, text))
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            problems.append(("markup", context, source, text))
        accelerators = ACCELERATOR.findall(source.replace("&&", ""))
        if len(ACCELERATOR.findall(text.replace("&&", ""))) != len(accelerators):
            problems.append(("accelerator", context, source, text))
        if text.strip() == "" or (text == source and len(source) > 30 and " " in source):
            problems.append(("untranslated", context, source, text))
    assert not problems, "\n".join(map(repr, problems[:20]))


def test_the_two_languages_say_different_things(tmp_path):
    german = translations.messages(translations.catalogue("de"))
    spanish = translations.messages(translations.catalogue("es"))
    same = [key for key in german if german[key].text == spanish[key].text]
    assert len(same) < len(german) // 10, same[:20]
