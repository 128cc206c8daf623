"""Interface language: load and install the app's and Qt's own translations.

Source strings are English.  Translations live in ``resources/translations`` beside the
package (or inside the PyInstaller bundle) as ``merchant_app_<language>.qm``, compiled
from the ``.ts`` files that ``python -m merchant_app.gui.translations_tool`` keeps up to
date.  Qt's own ``qtbase_<language>.qm`` translates the standard dialog buttons.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
"""Language codes the app offers, each with its name written in that language."""

APP_CATALOG = "merchant_app"
QT_CATALOGS = ("qtbase",)


def translations_dir() -> Path:
    """Where the app's ``.ts``/``.qm`` files are: beside the package, or in the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "translations"
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


TRANSLATIONS_DIR = translations_dir()

# The translators installed now; Python owns them, so they must stay referenced here.
_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> bool:
    """Make ``language`` the interface language of ``app``; returns whether it is in use.

    Any previously installed translation is removed first.  English needs no catalogue
    and always succeeds.  For another language the app's catalogue must load (Qt's own
    is added when found); if it does not, the interface stays English and the result
    is ``False``.  Widgets receive a ``LanguageChange`` event and retranslate.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == SOURCE_LANGUAGE:
        return True
    if language not in LANGUAGES:
        log.warning("unknown interface language %r; staying with English", language)
        return False
    own = QTranslator()
    path = TRANSLATIONS_DIR / f"{APP_CATALOG}_{language}.qm"
    if not own.load(str(path)):
        log.warning("no translation for %s at %s; staying with English", language, path)
        return False
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalog in QT_CATALOGS:
        qt_translator = QTranslator()
        if qt_translator.load(f"{catalog}_{language}", qt_dir):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    # Installed last, so it is searched first: the app's own wording wins.
    app.installTranslator(own)
    _installed.append(own)
    return True


def installed_catalogs() -> list[str]:
    """The files of the translations installed now (for diagnostics and tests)."""
    return [translator.filePath() for translator in _installed]
