"""Renderer fuzz (SAFE-5 for labels): whatever the label data, every shipped layout, as PDF
and as ZPL, either refuses it with a named :class:`KnownError` or makes a label whose ink
stays inside its field boxes (PDF, rasterised with poppler) and whose ZPL is well formed
with every field origin on the label — never another exception.

Data: names and addresses of 0–5000 characters mixing Latin, Chinese, emoji, Arabic and
Hebrew (right to left), combining marks and control characters; prices formatted from
negative and huge amounts; weights from negative to huge; tracking numbers, QR payloads
and product barcodes that are valid, too long, of illegal characters or with wrong check
digits; empty and blank SKUs.  Bounded: a fixed number of examples per layout family.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageDraw

from merchant_app.barcodes import Symbology, gs1_check_digit, in_store_ean13
from merchant_app.errors import KnownError
from merchant_app.money import format_with_symbol
from merchant_app.printing.data import LabelData, ProductLabelData, ShippingLabelData
from merchant_app.printing.layouts import Layout, LayoutKind, StockKind, shipped_layouts
from merchant_app.printing.pdf import render_label_pdf, render_pdf
from merchant_app.printing.zpl import render_zpl

pytestmark = pytest.mark.skipif(
    not shutil.which("pdftoppm"), reason="needs poppler-utils (pdftoppm)"
)

DPI = 100
LAYOUTS = shipped_layouts()
SHIPPING = sorted(n for n, lay in LAYOUTS.items() if lay.kind is LayoutKind.SHIPPING)
PRODUCT = sorted(n for n, lay in LAYOUTS.items() if lay.kind is LayoutKind.PRODUCT)

# --- data ------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Wang Xiaoming",
        "王小明",
        "广东省深圳市南山区科技园南区深南大道 9988 号",
        "😀👍🏽🇨🇳",
        "مرحبا بالعالم",  # Arabic (right to left)
        "שלום עולם",  # Hebrew (right to left)
        "e\u0301\u0308",  # combining marks
        "\u202e\u200f\u200b",  # bidi override, RLM, zero-width space
        "\ud83d",  # a lone surrogate (half an emoji from a damaged file)
        "\n",
        "\r\n",
        "\t",
        "^XZ~JR_5E",  # ZPL command characters
        "\\&()",  # PDF string delimiters and ZPL's line break
        " " * 40,
        "Straße 12",
        "W" * 60,
    ]
)
_CONTROL = st.characters(min_codepoint=0, max_codepoint=31) | st.sampled_from("\x7f\x85\u2028")


@st.composite
def texts(draw: st.DrawFn, max_size: int = 5000) -> str:
    """Text of 0–``max_size`` characters from any script, with control characters."""
    kind = draw(st.integers(0, 5))
    if kind in (0, 4):
        return draw(st.text(max_size=60))
    if kind in (1, 5):
        parts = draw(st.lists(_PIECES | st.text(max_size=8) | _CONTROL, max_size=30))
        return "".join(parts)[:max_size]
    if kind == 2:  # long: a piece repeated up to the limit
        piece = draw(_PIECES.filter(lambda p: p.strip()))
        return (piece * (max_size // len(piece) + 1))[: draw(st.integers(max_size // 2, max_size))]
    return draw(st.sampled_from(["", " ", "\n\n", "\x00", "…"]))


def _ean13(body: int, wrong: bool) -> str:
    digits = f"{body % 10**12:012d}"
    check = gs1_check_digit(digits)
    return digits + str((check + 1) % 10 if wrong else check)


@st.composite
def codes(draw: st.DrawFn) -> str:
    """Barcodes, half of them valid (EAN-13, UPC-A, Code 128), the rest with wrong check
    digits, characters Code 128 cannot carry, blank, or too long for any label."""
    kind = draw(st.integers(0, 9))
    n = draw(st.integers(0, 10**12))
    if kind in (0, 1):
        return in_store_ean13(n % 10**10)
    if kind == 2:
        upc = f"{n % 10**11:011d}"
        return upc + str(gs1_check_digit(upc))
    if kind in (3, 4):
        return draw(st.text(alphabet="ABCXYZ0123456789-./", min_size=1, max_size=30))
    if kind == 5:
        return _ean13(n, wrong=True)
    if kind == 6:
        upc = f"{n % 10**11:011d}"
        return upc + str((gs1_check_digit(upc) + 1) % 10)
    if kind == 7:
        return draw(st.text(min_size=1, max_size=20))
    if kind == 8:
        return draw(st.text(alphabet="ABC123 ", min_size=31, max_size=80))
    return draw(texts(max_size=300))


_SKUS = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", min_size=1, max_size=20)


@st.composite
def shipping_labels(draw: st.DrawFn) -> ShippingLabelData:
    """A shipping label from anything a shop might type or import (the address blank
    one time in ten: a label without one is refused when made)."""
    address = draw(texts())
    if draw(st.integers(0, 9)) and not address.strip():
        address += "深圳市南山区 9988 号"
    return ShippingLabelData(
        sender=draw(texts()),
        recipient_name=draw(texts()),
        recipient_phone=draw(texts(max_size=80)),
        recipient_address=address,
        order_number=draw(texts(max_size=40)),
        weight_g=draw(st.integers(0, 10**15) if draw(st.integers(0, 9)) else st.just(-1)),
        tracking_number=draw(codes()),
        qr_payload=draw(
            st.one_of(st.just(""), texts(max_size=200), texts(max_size=200), texts(max_size=3000))
        ),
        delivery_method=draw(texts(max_size=200)),
    )


@st.composite
def product_labels(draw: st.DrawFn) -> ProductLabelData:
    """A product label: prices from negative and huge amounts, any barcode and SKU."""
    minor = draw(st.integers(-(10**20), 10**20))
    currency = draw(st.sampled_from(["CNY", "USD", "JPY", "EUR", "KWD"]))
    return ProductLabelData(
        name=draw(texts()),
        price_text=format_with_symbol(minor, currency),
        sku=draw(st.one_of(_SKUS, _SKUS, _SKUS, st.sampled_from(["", "   "]), texts(max_size=60))),
        barcode=draw(codes()),
        symbology=draw(st.none() if draw(st.integers(0, 2)) else st.sampled_from(list(Symbology))),
    )


# --- checks ----------------------------------------------------------------------------


def allowed_ink(layout: Layout, size: tuple[int, int], slots: list[int]) -> Image.Image:
    """White where ink may fall: the field boxes and rules of the labels at ``slots``."""
    px = DPI / 25.4
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    for slot in slots:
        ox, oy = layout.stock.position_mm(slot)
        for f in layout.fields:
            x0, y0 = (ox + f.x_mm) * px - 2, (oy + f.y_mm) * px - 2
            draw.rectangle([x0, y0, x0 + f.w_mm * px + 4, y0 + f.h_mm * px + 4], fill=255)
        for r in layout.rules:
            pad = r.width_mm * px / 2 + 2
            draw.rectangle(
                [
                    (ox + min(r.x1_mm, r.x2_mm)) * px - pad,
                    (oy + min(r.y1_mm, r.y2_mm)) * px - pad,
                    (ox + max(r.x1_mm, r.x2_mm)) * px + pad,
                    (oy + max(r.y1_mm, r.y2_mm)) * px + pad,
                ],
                fill=255,
            )
    return mask


def assert_ink_inside_boxes(layout: Layout, pdf: bytes, tmp: Path, labels: int) -> None:
    """Rasterise every page; no dark pixel outside a field box or rule of a label."""
    src = tmp / "fuzz.pdf"
    src.write_bytes(pdf)
    for old in tmp.glob("fz*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", str(src), str(tmp / "fz")],
        check=True,
        capture_output=True,
    )
    pages = sorted(tmp.glob("fz*.png"))
    per_page = layout.stock.per_page
    assert len(pages) == -(-labels // per_page)
    for number, png in enumerate(pages):
        with Image.open(png) as img:
            ink = img.convert("L").point(lambda v: 255 if v < 160 else 0)
        on_page = min(per_page, labels - number * per_page)
        outside = ImageChops.subtract(ink, allowed_ink(layout, ink.size, list(range(on_page))))
        assert outside.getbbox() is None, (layout.name, number, outside.getbbox())


_FIELD_ORIGIN = re.compile(r"\^FO(-?\d+),(-?\d+)")
_FIELD_DATA = re.compile(r"\^FD(.*?)\^FS", re.S)
_RAW_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def assert_zpl_well_formed(layout: Layout, zpl: bytes, labels: int, dpi: int) -> None:
    """One ``^XA … ^XZ`` per label; every field origin on the label; field data carries
    no raw command or control character (they are hex-escaped)."""
    text = zpl.decode("utf-8")
    formats = re.findall(r"\^XA(.*?)\^XZ", text, re.S)
    assert len(formats) == labels == text.count("^XA") == text.count("^XZ")
    width = round(layout.stock.label_width_mm * dpi / 25.4)
    height = round(layout.stock.label_height_mm * dpi / 25.4)
    for body in formats:
        assert f"^PW{width}" in body and f"^LL{height}" in body
        for x, y in _FIELD_ORIGIN.findall(body):
            assert 0 <= int(x) <= width and 0 <= int(y) <= height, (x, y, width, height)
        for data in _FIELD_DATA.findall(body):
            assert "^" not in data and "~" not in data, data
            assert not _RAW_CONTROL.search(data), data


def render_checked(layout: Layout, labels: list[LabelData], tmp: Path, dpi: int) -> None:
    """Render ``labels`` as PDF (and ZPL on a roll); a KnownError ends a case cleanly."""
    try:
        pdf = render_pdf(layout, labels)
    except KnownError as exc:
        event(f"PDF refused: {type(exc).__name__} {exc.template[:50]}")
    else:
        event("PDF drawn")
        assert pdf.startswith(b"%PDF")
        assert_ink_inside_boxes(layout, pdf, tmp, len(labels))
        render_label_pdf(layout, labels[0])  # the preview draws the same fields
    if layout.stock.kind is StockKind.ROLL:
        try:
            zpl = render_zpl(layout, labels, dpi=dpi)
        except KnownError as exc:
            event(f"ZPL refused: {type(exc).__name__}")
            return
        event("ZPL written")
        assert_zpl_well_formed(layout, zpl, len(labels), dpi)
    else:
        with pytest.raises(KnownError):
            render_zpl(layout, labels, dpi=dpi)


FUZZ = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(data=st.data(), name=st.sampled_from(SHIPPING), dpi=st.sampled_from([203, 300]))
def test_shipping_labels_end_in_a_known_error_or_a_clean_label(
    data: st.DataObject, name: str, dpi: int, tmp_path: Path
) -> None:
    try:
        labels = data.draw(st.lists(shipping_labels(), min_size=1, max_size=2), "labels")
    except KnownError:
        event("label data refused")
        return  # refused when made (an empty tracking number, a negative weight)
    render_checked(LAYOUTS[name], labels, tmp_path, dpi)


@FUZZ
@given(data=st.data(), name=st.sampled_from(PRODUCT), dpi=st.sampled_from([203, 300]))
def test_product_labels_end_in_a_known_error_or_a_clean_label(
    data: st.DataObject, name: str, dpi: int, tmp_path: Path
) -> None:
    try:
        labels = data.draw(st.lists(product_labels(), min_size=1, max_size=3), "labels")
    except KnownError:
        event("label data refused")
        return  # refused when made (an empty SKU or barcode)
    render_checked(LAYOUTS[name], labels, tmp_path, dpi)
