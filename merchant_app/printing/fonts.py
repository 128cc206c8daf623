"""The bundled label font and where resources are found.

All printed text uses one font, WenQuanYi Micro Hei (Apache 2.0 / GPL-3 with font
exception, bundled in ``resources/fonts/`` with its licence), because it has TrueType
outlines (ReportLab embeds only those) and covers Latin, Chinese and common punctuation in
one file, so no per-run font fallback is needed.  ReportLab embeds it as a subset.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

LABEL_FONT = "WenQuanYi Micro Hei"
"""The one font name layouts may use (``Field.font``)."""

KNOWN_FONTS = frozenset({LABEL_FONT})

_FONT_FILES = {LABEL_FONT: ("wqy-microhei.ttc", 0)}


def resources_dir() -> Path:
    """Where ``resources/`` is: beside the package, or in the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


@cache
def font_path(name: str = LABEL_FONT) -> Path:
    """The file of a bundled font."""
    return resources_dir() / "fonts" / _FONT_FILES[name][0]


@cache
def register_font(name: str = LABEL_FONT) -> str:
    """Register ``name`` with ReportLab once (idempotent) and return the name to draw with.

    The font is embedded as a subset in every PDF that uses it."""
    _file_name, index = _FONT_FILES[name]
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(font_path(name)), subfontIndex=index))
    return name


def has_glyphs(text: str, name: str = LABEL_FONT) -> bool:
    """True if the font has a glyph for every character of ``text`` (line breaks aside)."""
    register_font(name)
    face = pdfmetrics.getFont(name).face
    cmap = face.charToGlyph
    return all(ord(ch) in cmap for ch in text if ch not in "\r\n")
