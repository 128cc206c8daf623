"""Translations: installing a language, and the .ts/.qm files kept in step with the code."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from merchant_app.errors import ERRORS_CONTEXT, KnownError, NotPermitted
from merchant_app.gui import i18n, translations_tool
from merchant_app.gui.i18n import LANGUAGES, TRANSLATIONS_DIR, install_language
from merchant_app.gui.translations_tool import find_tool, read_catalogue

needs_lupdate = pytest.mark.skipif(
    find_tool("pyside6-lupdate") is None or find_tool("pyside6-lrelease") is None,
    reason="pyside6-lupdate/pyside6-lrelease are not installed beside Python or on PATH",
)


@pytest.fixture
def app(qapp) -> Iterator[QApplication]:
    """The application, back in English afterwards."""
    yield qapp
    install_language(qapp, "en")


def test_languages_are_named_in_their_own_language() -> None:
    assert LANGUAGES == {"en": "English", "zh_CN": "简体中文"}


def test_translations_live_beside_the_package() -> None:
    repo_root = Path(__file__).resolve().parents[2]
    assert repo_root / "resources" / "translations" == TRANSLATIONS_DIR
    assert (TRANSLATIONS_DIR / "merchant_app_zh_CN.ts").is_file()
    assert (TRANSLATIONS_DIR / "merchant_app_zh_CN.qm").is_file()


def test_translations_inside_a_pyinstaller_bundle(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert i18n.translations_dir() == tmp_path / "resources" / "translations"


def test_chinese_then_english_again(app: QApplication) -> None:
    def cannot() -> str:
        return QCoreApplication.translate("Errors", "Cannot do that")

    assert install_language(app, "zh_CN") is True
    assert cannot() == "无法执行此操作"

    assert install_language(app, "en") is True
    assert cannot() == "Cannot do that"
    assert i18n.installed_catalogs() == []


def test_qt_standard_buttons_follow_the_language(app: QApplication) -> None:
    install_language(app, "zh_CN")
    catalogs = [Path(p).name for p in i18n.installed_catalogs()]
    assert "merchant_app_zh_CN.qm" in catalogs
    if "qtbase_zh_CN.qm" not in catalogs:
        pytest.skip("this Qt installation ships no qtbase_zh_CN.qm")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_switching_twice_does_not_stack_translators(app: QApplication) -> None:
    install_language(app, "zh_CN")
    first = i18n.installed_catalogs()
    install_language(app, "zh_CN")
    assert i18n.installed_catalogs() == first


def test_unknown_language_stays_english(app: QApplication) -> None:
    install_language(app, "zh_CN")
    assert install_language(app, "tlh") is False
    assert i18n.installed_catalogs() == []
    assert QCoreApplication.translate("Errors", "Cannot do that") == "Cannot do that"


@needs_lupdate
def test_lupdate_extracts_the_services_marked_strings(tmp_path) -> None:
    from merchant_app.services.permissions import PERMISSIONS

    fresh = tmp_path / "fresh.ts"
    translations_tool.run_lupdate("zh_CN", fresh, silent=True, no_obsolete=True)
    found = read_catalogue(fresh).active

    assert (ERRORS_CONTEXT, KnownError.template, "") in found
    assert (ERRORS_CONTEXT, NotPermitted.template, "") in found
    assert {("Permissions", text, "") for text in PERMISSIONS.values()} <= found
    assert ("CrashDialog", "Something went wrong", "") in found


@needs_lupdate
def test_committed_translations_are_up_to_date() -> None:
    # Every string is translated: an unfinished or missing one, or a .qm that does not
    # match the .ts, fails.
    assert translations_tool.main(["--check"]) == 0


@needs_lupdate
def test_check_finds_a_missing_string(tmp_path, monkeypatch, capsys) -> None:
    ts_text = (TRANSLATIONS_DIR / "merchant_app_zh_CN.ts").read_text("utf-8")
    message = "        <source>Cannot do that</source>\n        <translation>无法执行此操作"
    assert message in ts_text
    start = ts_text.rindex("    <message>", 0, ts_text.index(message))
    end = ts_text.index("</message>\n", start) + len("</message>\n")
    (tmp_path / "merchant_app_zh_CN.ts").write_text(ts_text[:start] + ts_text[end:], "utf-8")
    monkeypatch.setattr(translations_tool, "TS_DIR", tmp_path)

    assert translations_tool.main(["--check", "--allow-unfinished"]) == 1
    err = capsys.readouterr().err
    assert "missing from merchant_app_zh_CN.ts: [Errors] 'Cannot do that'" in err
    assert "merchant_app_zh_CN.qm does not match" in err


@needs_lupdate
def test_strict_check_fails_on_unfinished_strings(tmp_path, monkeypatch, capsys) -> None:
    ts_text = (TRANSLATIONS_DIR / "merchant_app_zh_CN.ts").read_text("utf-8")
    finished = "<translation>无法执行此操作</translation>"
    assert finished in ts_text
    draft = ts_text.replace(finished, '<translation type="unfinished">无法执行此操作</translation>')
    (tmp_path / "merchant_app_zh_CN.ts").write_text(draft, "utf-8")
    monkeypatch.setattr(translations_tool, "TS_DIR", tmp_path)

    assert translations_tool.main(["--check"]) == 1
    err = capsys.readouterr().err
    assert "not translated in merchant_app_zh_CN.ts: [Errors] 'Cannot do that'" in err


@needs_lupdate
def test_refresh_keeps_existing_translations(tmp_path, monkeypatch) -> None:
    shutil.copy(TRANSLATIONS_DIR / "merchant_app_zh_CN.ts", tmp_path / "merchant_app_zh_CN.ts")
    monkeypatch.setattr(translations_tool, "TS_DIR", tmp_path)

    assert translations_tool.main([]) == 0

    refreshed = read_catalogue(tmp_path / "merchant_app_zh_CN.ts")
    assert ("Errors", "Cannot do that", "") in refreshed.finished
    assert (tmp_path / "merchant_app_zh_CN.qm").is_file()


def test_no_module_hides_translate_behind_an_alias() -> None:
    # lupdate finds translate("Context", "text") and self.tr("text") only; a string passed
    # through an alias (t = QCoreApplication.translate) never reaches the .ts, so it is
    # never translated, and no other check notices (the main navigation once was).
    import re
    from pathlib import Path

    alias = re.compile(r"^\s*\w+\s*=\s*(QCoreApplication|QApplication)\.translate\s*$")
    package = Path(__file__).resolve().parents[2] / "merchant_app"
    found = [
        f"{path.relative_to(package.parent)}:{number}"
        for path in sorted(package.rglob("*.py"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if alias.match(line)
    ]
    assert found == []
