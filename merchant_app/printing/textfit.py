"""Fit text into a box: shrink, then wrap, then ellipsise — never overflow.

Used by the PDF and ZPL renderers with the bundled font's metrics.  Chinese, Japanese and
Korean text may break between any two characters; other text breaks at spaces, and a
word wider than the box is broken between characters.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from merchant_app.printing.fonts import register_font
from merchant_app.printing.layouts import LINE_HEIGHT

ELLIPSIS = "…"
SIZE_STEP_PT = 0.5

_CJK = (
    "\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3130-\u318f"
    "\u31a0-\u31ff\u3200-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f"
    "\uff00-\uffef"
)
_TOKEN = re.compile(rf"[{_CJK}]|[^\S\n]+|[^\s{_CJK}]+")


@dataclass(frozen=True)
class FittedText:
    """Text laid out in a box: font size, lines (top to bottom) and line spacing in points.

    Guarantees: every line is at most the box width wide, and ``len(lines) * leading`` is
    at most the box height.  ``shortened`` says whether text was cut (ellipsised)."""

    size: float
    lines: tuple[str, ...]
    leading: float
    shortened: bool


@lru_cache(maxsize=65536)
def _char_width(font: str, ch: str) -> float:
    return pdfmetrics.stringWidth(ch, font, 1.0)


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points at ``size``."""
    return sum(_char_width(font, ch) for ch in text) * size


def _wrap_paragraph(paragraph: str, font: str, limit: float) -> list[str]:
    """Greedy line breaking of one paragraph to ``limit`` (width at 1 pt)."""
    lines: list[str] = []
    line = ""
    line_w = 0.0
    space_pending = False
    for token in _TOKEN.findall(paragraph):
        if token.isspace():
            space_pending = bool(line)
            continue
        tok_w = sum(_char_width(font, ch) for ch in token)
        sep = " " if space_pending else ""
        sep_w = _char_width(font, " ") if space_pending else 0.0
        space_pending = False
        if line_w + sep_w + tok_w <= limit:
            line += sep + token
            line_w += sep_w + tok_w
            continue
        if line:
            lines.append(line)
            line, line_w = "", 0.0
        if tok_w <= limit:
            line, line_w = token, tok_w
            continue
        for ch in token:  # a word wider than the box: break between characters
            ch_w = _char_width(font, ch)
            if line and line_w + ch_w > limit:
                lines.append(line)
                line, line_w = "", 0.0
            line += ch
            line_w += ch_w
    if line or not lines:
        lines.append(line)
    return lines


def _paragraphs(text: str) -> list[str]:
    paras = [p.strip() for p in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while paras and not paras[-1]:
        paras.pop()
    while paras and not paras[0]:
        paras.pop(0)
    return paras or [""]


def _ellipsise(line: str, font: str, limit: float) -> str:
    """``line`` cut so that it plus an ellipsis fits ``limit`` (width at 1 pt): its
    longest prefix that leaves room for the ellipsis, trailing spaces dropped (one pass,
    so a 5,000-character line costs no more than measuring it)."""
    ell_w = _char_width(font, ELLIPSIS)
    if ell_w > limit:
        return ""
    room = limit - ell_w
    width = 0.0
    cut = 0
    for ch in line:
        width += _char_width(font, ch)
        if width > room:
            break
        cut += 1
    return line[:cut].rstrip() + ELLIPSIS


def _layout(paras: list[str], font: str, width: float, size: float, wrap: bool) -> list[str]:
    limit = width / size
    if wrap:
        lines: list[str] = []
        for para in paras:
            lines.extend(_wrap_paragraph(para, font, limit))
        return lines
    return list(paras)


def _fits(lines: list[str], font: str, width: float, height: float, size: float) -> bool:
    if len(lines) * size * LINE_HEIGHT > height + 1e-9:
        return False
    limit = width / size + 1e-9
    return all(sum(_char_width(font, ch) for ch in line) <= limit for line in lines)


@lru_cache(maxsize=8192)
def fit_text(
    text: str,
    font: str,
    width_pt: float,
    height_pt: float,
    max_pt: float,
    min_pt: float,
    wrap: bool = True,
) -> FittedText:
    """Lay ``text`` out in a ``width_pt`` × ``height_pt`` box: the largest size from
    ``max_pt`` down to ``min_pt`` (in 0.5 pt steps) at which it fits, wrapped if ``wrap``;
    if it does not fit even at ``min_pt``, the lines that fit are kept and the last one is
    ellipsised.  Explicit line breaks in ``text`` are kept."""
    register_font(font)
    paras = _paragraphs(text)
    size = max_pt
    while True:
        lines = _layout(paras, font, width_pt, size, wrap)
        if _fits(lines, font, width_pt, height_pt, size):
            return FittedText(size, tuple(lines), size * LINE_HEIGHT, False)
        if size <= min_pt:
            break
        size = max(min_pt, math.floor((size - SIZE_STEP_PT) / SIZE_STEP_PT) * SIZE_STEP_PT)
    size = min_pt
    limit = width_pt / size
    max_lines = max(1, int((height_pt + 1e-9) // (size * LINE_HEIGHT)))
    lines = _layout(paras, font, width_pt, size, wrap)
    shortened = len(lines) > max_lines
    kept = lines[:max_lines]
    out: list[str] = []
    for i, line in enumerate(kept):
        too_wide = sum(_char_width(font, ch) for ch in line) > limit + 1e-9
        if too_wide or (shortened and i == len(kept) - 1):
            out.append(_ellipsise(line, font, limit))
            shortened = True
        else:
            out.append(line)
    return FittedText(size, tuple(out), size * LINE_HEIGHT, shortened)


def font_metrics(font: str) -> tuple[float, float]:
    """``(ascent, descent)`` of ``font`` as fractions of the font size (descent positive)."""
    register_font(font)
    face = pdfmetrics.getFont(font).face
    return face.ascent / 1000.0, -face.descent / 1000.0
