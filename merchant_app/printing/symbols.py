"""Barcode and QR geometry: which rectangles to fill, computed once per value.

Linear symbols (Code 128, EAN-13, UPC-A) are turned into filled rectangles (runs of
adjacent dark modules merged) in millimetres from the top-left of the field box, plus the
human-readable text under them; a QR code into its module matrix (encoded by zxing-cpp,
error correction M) placed in the box.  Module widths are whole printer dots
(203 dpi by default) and never below :data:`MIN_MODULE_MM`; a symbol that cannot fit its
box at that width is refused with :class:`BarcodeDoesNotFit` rather than drawn unreadable.

Quiet zones: 10 modules either side of Code 128; 11 left / 7 right of EAN-13; 9 either
side of UPC-A; 4 modules around a QR code.  Every value is validated with
:func:`merchant_app.barcodes.validate` first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import zxingcpp
from reportlab.graphics.barcode.code128 import Code128

from merchant_app.barcodes import Symbology, validate
from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.printing.fonts import LABEL_FONT
from merchant_app.printing.layouts import LINE_HEIGHT, Align
from merchant_app.printing.textfit import text_width

MIN_MODULE_MM = 0.25
MAX_MODULE_MM = 0.5
MIN_BAR_HEIGHT_MM = 4.0
QR_QUIET_MODULES = 4
PT_PER_MM = 72 / 25.4
QR_MASK = 4
"""QR codes use a fixed mask: choosing the best of eight is three quarters of the
encoding time, and every mask is valid (our tests decode every printed code)."""
QR_MAX_BYTES = 2331
"""The most a QR code at error correction M carries (version 40, bytes mode)."""


class QrPayloadTooLong(InvalidInput):
    """A QR payload longer than any QR code (at error correction M) can carry."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The text for the QR code in the field “{field}” is too long: {length} bytes, "
        "at most {limit} fit in a QR code.",
    )


class QrPayloadNotText(InvalidInput):
    """A QR payload with characters that are not valid Unicode (lone surrogates)."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The text for the QR code in the field “{field}” has a character that is not "
        "valid text (at position {position}).",
    )


class NotALinearSymbology(InvalidInput):
    """A barcode field asked to draw a code as something that is not a bar code."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The code “{code}” cannot be drawn as “{symbology}” in the barcode field “{field}”: "
        "it draws EAN-13, UPC-A or Code 128.",
    )


class BarcodeDoesNotFit(InvalidInput):
    """A code is too long for its field's box at the smallest readable module width."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The code “{code}” does not fit the field “{field}”: it needs {needed} mm at the "
        "smallest readable bar width but the box is {available} mm.",
    )


@dataclass(frozen=True)
class TextRun:
    """Human-readable text: ``anchor`` is where ``x_mm`` is (left, center or right)."""

    text: str
    x_mm: float
    baseline_mm: float
    size_pt: float
    anchor: Align


@dataclass(frozen=True)
class SymbolGeometry:
    """A symbol laid out in its box: rectangles ``(x, y, w, h)`` in mm from the box's
    top-left (y down), texts, the module width and the symbol's extent including its
    quiet zones (``x_mm``, ``width_mm``).  A QR code gives its module matrix instead
    (``grid``: one ``bytes`` per row, 1 for dark; its top-left at ``grid_origin_mm``)."""

    rects: tuple[tuple[float, float, float, float], ...]
    texts: tuple[TextRun, ...]
    module_mm: float
    x_mm: float
    width_mm: float
    height_mm: float
    value: str
    grid: tuple[bytes, ...] = ()
    grid_origin_mm: tuple[float, float] = (0.0, 0.0)


# --- encoders --------------------------------------------------------------------------

_L = ("0001101", "0011001", "0010011", "0111101", "0100011",
      "0110001", "0101111", "0111011", "0110111", "0001011")  # fmt: skip
_R = tuple("".join("1" if b == "0" else "0" for b in code) for code in _L)
_G = tuple(code[::-1] for code in _R)
_PARITY = ("LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
           "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL")  # fmt: skip


def ean13_modules(code: str) -> str:
    """The 95 modules ("1" dark) of a valid EAN-13, guards included."""
    first, left, right = int(code[0]), code[1:7], code[7:13]
    out = ["101"]
    for parity, digit in zip(_PARITY[first], left, strict=True):
        out.append((_L if parity == "L" else _G)[int(digit)])
    out.append("01010")
    out.extend(_R[int(d)] for d in right)
    out.append("101")
    return "".join(out)


def code128_modules(value: str) -> str:
    """The modules ("1" dark) of ``value`` in Code 128 (start, data, check, stop)."""
    symbol = Code128(value)
    symbol.validate()
    symbol.encode()
    pattern = symbol.decompose()
    out: list[str] = []
    for i, ch in enumerate(pattern):
        out.append(("1" if i % 2 == 0 else "0") * (ord(ch.upper()) - 64))
    return "".join(out)


def _runs(modules: str) -> list[tuple[int, int]]:
    """Dark runs as ``(start, length)``."""
    runs: list[tuple[int, int]] = []
    start = -1
    for i, bit in enumerate(modules + "0"):
        if bit == "1" and start < 0:
            start = i
        elif bit != "1" and start >= 0:
            runs.append((start, i - start))
            start = -1
    return runs


def dot_mm(dpi: int) -> float:
    """One printer dot in mm."""
    return 25.4 / dpi


def _module_width(total_modules: int, width_mm: float, dpi: int) -> float:
    """The widest whole-dot module ≤ MAX_MODULE_MM that fits, or 0 if below the minimum."""
    dot = dot_mm(dpi)
    module = min(width_mm / total_modules, MAX_MODULE_MM)
    module = int(module / dot + 1e-9) * dot
    return module if module >= MIN_MODULE_MM - 1e-9 else 0.0


def _min_dots_module(dpi: int) -> float:
    dot = dot_mm(dpi)
    dots = -(-MIN_MODULE_MM // dot)
    return dots * dot


def _x_for(align: Align, box_w: float, width: float) -> float:
    if align is Align.LEFT:
        return 0.0
    if align is Align.RIGHT:
        return box_w - width
    return (box_w - width) / 2


@lru_cache(maxsize=4096)
def linear_symbol(
    value: str,
    symbology: Symbology,
    box_w_mm: float,
    box_h_mm: float,
    *,
    field_name: str = "barcode",
    align: Align = Align.CENTER,
    human_readable: bool = True,
    font: str = LABEL_FONT,
    max_text_pt: float = 9.0,
    dpi: int = 203,
) -> SymbolGeometry:
    """Lay out a Code 128, EAN-13 or UPC-A symbol in a box (validating ``value`` first);
    any other symbology is refused with :class:`NotALinearSymbology`."""
    if symbology not in (Symbology.CODE128, Symbology.EAN13, Symbology.UPCA):
        raise NotALinearSymbology(code=value[:30], field=field_name, symbology=symbology)
    code = validate(value, symbology)
    if symbology is Symbology.CODE128:
        modules, quiet_l, quiet_r = code128_modules(code), 10, 10
    elif symbology is Symbology.EAN13:
        modules, quiet_l, quiet_r = ean13_modules(code), 11, 7
    else:
        modules, quiet_l, quiet_r = ean13_modules("0" + code), 9, 9
    total = quiet_l + len(modules) + quiet_r
    module = _module_width(total, box_w_mm, dpi)
    if not module:
        needed = total * _min_dots_module(dpi)
        raise BarcodeDoesNotFit(
            code=code, field=field_name, needed=f"{needed:.1f}", available=f"{box_w_mm:.1f}"
        )
    width = total * module
    x0 = _x_for(align, box_w_mm, width)
    text_pt = 0.0
    if human_readable:
        if symbology is Symbology.CODE128:
            text_pt = min(
                max_text_pt, 0.95 * width * PT_PER_MM / max(1e-6, text_width(code, font, 1))
            )
        else:  # six digits under each 42-module half
            text_pt = min(
                max_text_pt, 0.9 * 42 * module * PT_PER_MM / text_width("000000", font, 1)
            )
        text_pt = max(4.0, int(text_pt * 2) / 2)
    text_h = text_pt * LINE_HEIGHT / PT_PER_MM
    bar_h = box_h_mm - text_h
    if bar_h < MIN_BAR_HEIGHT_MM:
        raise BarcodeDoesNotFit(
            code=code,
            field=field_name,
            needed=f"{MIN_BAR_HEIGHT_MM + text_h:.1f}",
            available=f"{box_h_mm:.1f}",
        )
    guards: set[int] = set()
    if symbology is not Symbology.CODE128:
        guards = {0, 2, 46, 48, 92, 94}
        if symbology is Symbology.UPCA:
            guards |= set(range(3, 10)) | set(range(85, 92))
    long_h = bar_h + (text_h * 0.5 if human_readable and guards else 0.0)
    rects: list[tuple[float, float, float, float]] = []
    for start, length in _runs(modules):
        h = long_h if start in guards else bar_h
        rects.append((x0 + (quiet_l + start) * module, 0.0, length * module, h))
    texts: list[TextRun] = []
    if human_readable:
        base = box_h_mm - text_h + (text_pt / PT_PER_MM) * 0.95
        left = x0 + quiet_l * module
        if symbology is Symbology.CODE128:
            texts.append(TextRun(code, x0 + width / 2, base, text_pt, Align.CENTER))
        elif symbology is Symbology.EAN13:
            texts.append(TextRun(code[0], left - module, base, text_pt, Align.RIGHT))
            texts.append(TextRun(code[1:7], left + 24 * module, base, text_pt, Align.CENTER))
            texts.append(TextRun(code[7:], left + 71 * module, base, text_pt, Align.CENTER))
        else:
            small = max(4.0, text_pt * 0.75)
            texts.append(TextRun(code[0], left - module, base, small, Align.RIGHT))
            texts.append(TextRun(code[1:6], left + 27.5 * module, base, text_pt, Align.CENTER))
            texts.append(TextRun(code[6:11], left + 67.5 * module, base, text_pt, Align.CENTER))
            texts.append(TextRun(code[11], left + 96 * module, base, small, Align.LEFT))
    return SymbolGeometry(tuple(rects), tuple(texts), module, x0, width, box_h_mm, code)


def qr_matrix(payload: str, *, field_name: str = "qr") -> tuple[bytes, ...]:
    """The QR modules of ``payload`` (error correction M), one row per ``bytes`` with 1
    for a dark module.  Encoded by zxing-cpp (C++, ~0.1 ms; segno in pure Python took
    1–2 ms per code).  A payload too long for any QR code raises :class:`QrPayloadTooLong`."""
    try:
        size = len(payload.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise QrPayloadNotText(field=field_name, position=exc.start + 1) from None
    if size > QR_MAX_BYTES:
        raise QrPayloadTooLong(field=field_name, length=size, limit=QR_MAX_BYTES)
    try:
        symbol = zxingcpp.create_barcode(
            payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M", data_mask=QR_MASK
        )
    except ValueError:  # zxing-cpp: "Input too long for ECC level M" (multi-byte text)
        raise QrPayloadTooLong(field=field_name, length=size, limit=QR_MAX_BYTES) from None
    image: Any = symbol.to_image(scale=1, add_quiet_zones=False)  # a buffer, 0 dark 255 light
    n = image.shape[1]
    dark = bytes(memoryview(image)).translate(_DARK_IS_ONE)
    return tuple(dark[i : i + n] for i in range(0, len(dark), n))


_DARK_IS_ONE = bytes([1] + [0] * 255)


@lru_cache(maxsize=256)
def qr_symbol(
    payload: str,
    box_w_mm: float,
    box_h_mm: float,
    *,
    field_name: str = "qr",
    align: Align = Align.CENTER,
    dpi: int = 203,
) -> SymbolGeometry:
    """Lay out a QR code (square, whole-dot modules, 4-module quiet zone) in a box."""
    value = validate(payload, Symbology.QR)
    matrix = qr_matrix(value, field_name=field_name)
    n = len(matrix)
    total = n + 2 * QR_QUIET_MODULES
    dot = dot_mm(dpi)
    module = int(min(box_w_mm, box_h_mm) / total / dot + 1e-9) * dot
    if module < MIN_MODULE_MM - 1e-9:
        raise BarcodeDoesNotFit(
            code=value[:30],
            field=field_name,
            needed=f"{total * _min_dots_module(dpi):.1f}",
            available=f"{min(box_w_mm, box_h_mm):.1f}",
        )
    side = total * module
    x0 = _x_for(align, box_w_mm, side)
    y0 = (box_h_mm - side) / 2
    q = QR_QUIET_MODULES
    return SymbolGeometry(
        (),
        (),
        module,
        x0,
        side,
        side,
        value,
        grid=matrix,
        grid_origin_mm=(x0 + q * module, y0 + q * module),
    )
