"""Refresh the translation sources and compile them; or check that they are up to date.

Run from anywhere::

    python -m merchant_app.gui.translations_tool            # refresh .ts, compile .qm
    python -m merchant_app.gui.translations_tool --check    # CI: fail if out of date

Refreshing runs ``pyside6-lupdate`` over every ``.py`` file of the package (services mark
their messages with ``QT_TRANSLATE_NOOP("Errors", …)`` and ``QT_TRANSLATE_NOOP(
"Permissions", …)``, the GUI uses ``tr``/``translate``) into
``resources/translations/merchant_app_<language>.ts``, keeping every translation already
made, then ``pyside6-lrelease`` into the ``.qm`` the app loads.  lupdate does not pick
``.py`` files out of a directory by itself, so the files are passed to it explicitly.

``--check`` changes nothing: it extracts the strings afresh into a temporary file and
compares them with the committed ``.ts``.  It fails when a string is missing from the
``.ts`` or when the committed ``.qm`` is not what the ``.ts`` compiles to, and (unless
``--allow-unfinished`` is given) when a string has no finished translation.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from merchant_app.gui.i18n import APP_CATALOG, LANGUAGES, SOURCE_LANGUAGE

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = REPO_ROOT / "merchant_app"
TS_DIR = REPO_ROOT / "resources" / "translations"
TARGET_LANGUAGES = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)

MessageKey = tuple[str, str, str]  # context, source text, disambiguation comment


def find_tool(name: str) -> Path | None:
    """``name`` (e.g. ``pyside6-lupdate``) beside the running interpreter, else on PATH."""
    suffix = ".exe" if os.name == "nt" else ""
    beside = Path(sys.executable).parent / f"{name}{suffix}"
    if beside.is_file():
        return beside
    found = shutil.which(name)
    return Path(found) if found else None


def source_files() -> list[Path]:
    """Every ``.py`` file of the package, relative to the repository root, sorted."""
    return sorted(
        path.relative_to(REPO_ROOT)
        for path in PACKAGE_DIR.rglob("*.py")
        if "__pycache__" not in path.parts
    )


def ts_path(language: str) -> Path:
    """The translation source file of ``language``."""
    return TS_DIR / f"{APP_CATALOG}_{language}.ts"


def qm_path(language: str) -> Path:
    """The compiled translation file of ``language``."""
    return TS_DIR / f"{APP_CATALOG}_{language}.qm"


class ToolMissing(RuntimeError):
    """pyside6-lupdate or pyside6-lrelease cannot be found."""


def _tool(name: str) -> Path:
    path = find_tool(name)
    if path is None:
        raise ToolMissing(f"{name} not found beside {sys.executable} or on PATH")
    return path


def run_lupdate(language: str, ts_file: Path, *, silent: bool, no_obsolete: bool) -> None:
    """Extract the package's strings into ``ts_file`` (created, or merged into)."""
    with tempfile.TemporaryDirectory() as tmp:
        # A list file keeps the command line short whatever the number of sources.
        list_file = Path(tmp) / "sources.lst"
        list_file.write_text("\n".join(str(p) for p in source_files()) + "\n", "utf-8")
        command = [
            str(_tool("pyside6-lupdate")),
            "-locations",
            "absolute",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            f"@{list_file}",
            "-ts",
            str(ts_file),
        ]
        if silent:
            command.insert(1, "-silent")
        if no_obsolete:
            command.insert(1, "-no-obsolete")
        subprocess.run(command, cwd=REPO_ROOT, check=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file``; unfinished translations are left out."""
    command = [str(_tool("pyside6-lrelease")), "-silent", "-nounfinished", str(ts_file)]
    subprocess.run([*command, "-qm", str(qm_file)], cwd=REPO_ROOT, check=True)


@dataclass
class Catalogue:
    """The messages of a ``.ts`` file, sorted by state."""

    finished: set[MessageKey] = field(default_factory=set)
    unfinished: set[MessageKey] = field(default_factory=set)
    unused: set[MessageKey] = field(default_factory=set)

    @property
    def active(self) -> set[MessageKey]:
        """Messages the sources still use."""
        return self.finished | self.unfinished


def read_catalogue(ts_file: Path) -> Catalogue:
    """Parse ``ts_file``; obsolete and vanished messages count as unused."""
    catalogue = Catalogue()
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            translation = message.find("translation")
            state = "" if translation is None else translation.get("type", "")
            if state in ("obsolete", "vanished"):
                catalogue.unused.add(key)
            elif state == "unfinished" or not _translated(translation):
                catalogue.unfinished.add(key)
            else:
                catalogue.finished.add(key)
    return catalogue


def _translated(translation: ET.Element | None) -> bool:
    if translation is None:
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def refresh(language: str, *, no_obsolete: bool = False) -> None:
    """Bring ``language``'s ``.ts`` up to date with the sources and compile its ``.qm``."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    run_lupdate(language, ts_path(language), silent=False, no_obsolete=no_obsolete)
    run_lrelease(ts_path(language), qm_path(language))


def check(language: str, *, allow_unfinished: bool) -> list[str]:
    """Problems with ``language``'s committed files; an empty list means all is well."""
    ts_file = ts_path(language)
    if not ts_file.is_file():
        return [f"{ts_file} is missing: run python -m merchant_app.gui.translations_tool"]
    committed = read_catalogue(ts_file)
    with tempfile.TemporaryDirectory() as tmp:
        fresh_ts = Path(tmp) / f"{APP_CATALOG}_{language}.ts"
        run_lupdate(language, fresh_ts, silent=True, no_obsolete=True)
        wanted = read_catalogue(fresh_ts).active
        compiled = Path(tmp) / f"{APP_CATALOG}_{language}.qm"
        run_lrelease(ts_file, compiled)
        qm_file = qm_path(language)
        qm_stale = not qm_file.is_file() or qm_file.read_bytes() != compiled.read_bytes()

    missing = sorted(wanted - committed.active)
    unfinished = sorted(wanted & committed.unfinished)
    unused = committed.active - wanted
    print(
        f"{ts_file.name}: {len(wanted)} strings in the sources, "
        f"{len(wanted & committed.finished)} translated, {len(unfinished)} unfinished, "
        f"{len(missing)} missing from the .ts, {len(unused)} no longer used"
    )
    problems = [f"missing from {ts_file.name}: [{c}] {s!r}" for c, s, _ in missing]
    # lupdate recognises self.tr(...) and translate("Context", ...) only; an alias such as
    # `tr = QCoreApplication.translate` or a local `def tr` loses the context, and the
    # string can then never be found at run time: it would show in English.
    problems += [
        f"no context for {text!r}: call translate() directly"
        for _, text, _ in sorted(key for key in wanted if not key[0])
    ]
    if qm_stale:
        problems.append(f"{qm_file.name} does not match {ts_file.name}: compile it again")
    if unfinished and not allow_unfinished:
        problems += [f"not translated in {ts_file.name}: [{c}] {s!r}" for c, s, _ in unfinished]
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the process exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m merchant_app.gui.translations_tool",
        description="Refresh the .ts translation sources from the code and compile .qm files.",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 if a .ts or .qm file is out of date",
    )
    parser.add_argument(
        "--allow-unfinished",
        action="store_true",
        help="with --check: strings not translated yet are reported but not an error",
    )
    parser.add_argument(
        "--no-obsolete", action="store_true", help="drop strings the code no longer uses"
    )
    parser.add_argument(
        "--language",
        action="append",
        choices=TARGET_LANGUAGES,
        help="only this language (repeatable); default: all",
    )
    args = parser.parse_args(argv)
    languages = args.language or list(TARGET_LANGUAGES)
    try:
        if not args.check:
            for language in languages:
                refresh(language, no_obsolete=args.no_obsolete)
            return 0
        problems = [
            p for lang in languages for p in check(lang, allow_unfinished=args.allow_unfinished)
        ]
    except ToolMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(
            "Refresh with `python -m merchant_app.gui.translations_tool`, translate what is "
            "unfinished (pyside6-linguist), refresh again and commit the .ts and .qm files.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
