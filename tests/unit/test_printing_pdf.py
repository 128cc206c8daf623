"""PDF labels on real files: every shipped layout rendered, rasterised (pdftoppm) and every
barcode decoded (zbarimg); ink stays inside field boxes; Chinese embedded and extractable."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw

from merchant_app.barcodes import Symbology, in_store_ean13
from merchant_app.errors import InvalidInput
from merchant_app.printing.data import ProductLabelData, ShippingLabelData
from merchant_app.printing.fonts import LABEL_FONT, register_font
from merchant_app.printing.layouts import (
    Align,
    Field,
    FieldKind,
    Layout,
    LayoutKind,
    StockKind,
    picture_text,
    shipped_layouts,
)
from merchant_app.printing.pdf import render_label_pdf, render_pdf
from merchant_app.printing.symbols import BarcodeDoesNotFit
from merchant_app.printing.textfit import fit_text

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg") and shutil.which("pdffonts")),
    reason="needs poppler-utils and zbar-tools",
)

LONG_ADDRESS = (
    "中国广东省深圳市南山区粤海街道科技园社区科苑路 15 号科兴科学园 B 栋 4 单元 1703 室，"
    "请放在前台（周一至周五 9:00–18:00），如无人签收请致电收件人或放入丰巢快递柜 "
    + "Building B, Kexing Science Park, 15 Keyuan Road, Nanshan District, Shenzhen "
    * 3
)[:300]

SHIPPING = [
    ShippingLabelData(
        sender="小店 Little Shop\n上海市徐汇区漕溪北路 88 号 2F, 200030\n021-5555 0100",
        recipient_name="王小明",
        recipient_phone="+86 138 0013 8000",
        recipient_address="广东省深圳市南山区科技园南区\n深南大道 9988 号 12 楼 1203 室\n518057",
        order_number="A-1001",
        weight_g=1250,
        tracking_number="SF1234567890123",
        qr_payload="https://track.example.com/SF1234567890123?o=A-1001",
        delivery_method="SF Express 顺丰标快",
    ),
    ShippingLabelData(
        sender="Little Shop, 12 Market Street, Springfield",
        recipient_name="Maximilian Alexander Featherstonehaugh-Whitfield III",
        recipient_phone="+44 20 7946 0958",
        recipient_address=LONG_ADDRESS,
        order_number="A-1002",
        weight_g=850,
        tracking_number="1Z999AA10123456784",
        qr_payload="https://track.example.com/1Z999AA10123456784",
        delivery_method="UPS Standard",
    ),
]
assert len(LONG_ADDRESS) == 300

ZBAR_SYMBOLOGIES = ["-Sdisable", "-Sean13.enable", "-Supca.enable", "-Scode128.enable"]
ZBAR_SYMBOLOGIES += ["-Sqrcode.enable"]


def products(count: int, offset: int = 0) -> list[ProductLabelData]:
    """Distinct product labels: EAN-13 mostly, one UPC-A and one Code 128 among them."""
    out = []
    for i in range(count):
        n = offset + i
        code, symbology = in_store_ean13(1000 + n), None
        if i == 1:
            code, symbology = "036000291452", Symbology.UPCA
        elif i == 2:
            code, symbology = f"TEA-GRN-{n:03d}", Symbology.CODE128
        name = "有机绿茶 Organic Green Tea, loose leaf, 250 g tin" if i % 2 else f"乌龙茶 {n}"
        out.append(ProductLabelData(name, f"¥{60 + n}.00", f"SKU-{n:04d}", code, symbology))
    return out


def expected_codes(labels: list[ShippingLabelData] | list[ProductLabelData]) -> list[str]:
    codes: list[str] = []
    for label in labels:
        if isinstance(label, ShippingLabelData):
            codes += [label.tracking_number, label.qr_payload]
        else:
            codes.append(label.barcode)
    return codes


def rasterise(pdf: bytes, tmp_path: Path, dpi: int) -> list[Path]:
    src = tmp_path / f"labels-{dpi}.pdf"
    src.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(src), str(tmp_path / f"p{dpi}")], check=True
    )
    return sorted(tmp_path.glob(f"p{dpi}*.png"))


def decode(png: Path) -> list[str]:
    result = subprocess.run(
        ["zbarimg", "--raw", "-q", *ZBAR_SYMBOLOGIES, str(png)], capture_output=True, text=True
    )
    assert result.returncode in (0, 4), result.stderr  # 4: nothing found
    return [line for line in result.stdout.split("\n") if line]


def allowed_ink(layout: Layout, dpi: int, slots: list[int], size: tuple[int, int]) -> Image.Image:
    """White where ink may fall: field boxes and rules of the labels at ``slots``."""
    px = dpi / 25.4
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


def ink_outside(png: Path, allowed: Image.Image) -> tuple[int, int, int, int] | None:
    ink = Image.open(png).convert("L").point(lambda v: 255 if v < 160 else 0)
    return ImageChops.subtract(ink, allowed).getbbox()


def labels_for(layout: Layout) -> list[ShippingLabelData] | list[ProductLabelData]:
    if layout.kind is LayoutKind.SHIPPING:
        return SHIPPING
    return products(7 if layout.stock.kind is StockKind.SHEET else 3)


@pytest.mark.parametrize("name", sorted(shipped_layouts()))
@pytest.mark.parametrize("dpi", [300, 203])
def test_every_layout_decodes_exactly_and_keeps_ink_inside_boxes(
    name: str, dpi: int, tmp_path: Path
) -> None:
    layout = shipped_layouts()[name]
    labels = labels_for(layout)
    skip = 2 if layout.stock.kind is StockKind.SHEET else 0
    pages = rasterise(render_pdf(layout, labels, skip=skip), tmp_path, dpi)
    per_page = layout.stock.per_page
    expected_pages = 1 if layout.stock.kind is StockKind.SHEET else len(labels)
    assert len(pages) == expected_pages

    decoded: list[str] = []
    for page_no, png in enumerate(pages):
        decoded += decode(png)
        if layout.stock.kind is StockKind.SHEET:
            slots = list(range(skip, skip + len(labels)))
        else:
            slots = [0]
        with Image.open(png) as img:
            size = img.size
        assert ink_outside(png, allowed_ink(layout, dpi, slots, size)) is None, (page_no, name)
    assert sorted(decoded) == sorted(expected_codes(labels))
    assert per_page >= 1


def test_chinese_text_is_embedded_and_extracts(tmp_path: Path) -> None:
    layout = shipped_layouts()["Shipping 4×6 in"]
    path = tmp_path / "ship.pdf"
    path.write_bytes(render_pdf(layout, SHIPPING[:1]))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = [line for line in fonts.stdout.splitlines() if "WenQuanYi" in line]
    assert rows, fonts.stdout
    for row in rows:  # name type encoding emb sub uni object ID
        cols = row.split()
        assert cols[-5:-3] == ["yes", "yes"], row  # embedded, as a subset
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "王小明" in text
    assert "广东省深圳市南山区科技园南区" in text
    assert "顺丰标快" in text


def test_skip_puts_the_first_label_at_position_skip_plus_one(tmp_path: Path) -> None:
    layout = shipped_layouts()["Sheet A4 3×8 (70×37 mm)"]
    label = products(1, offset=40)
    pages = rasterise(render_pdf(layout, label, skip=7), tmp_path, 150)
    assert len(pages) == 1
    with Image.open(pages[0]) as img:
        size = img.size
    # all ink in position 8 (row 3, column 2), none anywhere else
    assert ink_outside(pages[0], allowed_ink(layout, 150, [7], size)) is None
    ink = Image.open(pages[0]).convert("L").point(lambda v: 255 if v < 160 else 0)
    assert ink.getbbox() is not None
    x, y = layout.stock.position_mm(7)
    assert (x, y) == (70.0, 74.5)
    left, top, _, _ = ink.getbbox()  # type: ignore[misc]
    assert left >= x * 150 / 25.4 and top >= y * 150 / 25.4
    assert decode(pages[0]) == [label[0].barcode]


def test_skip_overflows_onto_a_second_sheet_in_order(tmp_path: Path) -> None:
    layout = shipped_layouts()["Sheet Letter 30-up (Avery 5160)"]
    labels = products(5, offset=100)
    pages = rasterise(render_pdf(layout, labels, skip=28), tmp_path, 300)
    assert len(pages) == 2
    assert sorted(decode(pages[0])) == sorted(expected_codes(labels[:2]))
    assert sorted(decode(pages[1])) == sorted(expected_codes(labels[2:]))


def test_bad_skip_and_copies_are_refused() -> None:
    sheet = shipped_layouts()["Sheet A4 3×8 (70×37 mm)"]
    roll = shipped_layouts()["Product 50×30 mm"]
    with pytest.raises(InvalidInput, match="24 positions"):
        render_pdf(sheet, products(1), skip=24)
    with pytest.raises(InvalidInput):
        render_pdf(roll, products(1), skip=1)
    with pytest.raises(InvalidInput, match="at least 1"):
        render_pdf(roll, products(1), copies=0)


def test_copies_are_one_form_placed_n_times(tmp_path: Path) -> None:
    layout = shipped_layouts()["Sheet A4 3×8 (70×37 mm)"]
    label = products(1, offset=7)
    one = render_pdf(layout, label)
    many = render_pdf(layout, label, copies=24)
    assert many.count(b"/Subtype /Form") == 1
    assert len(many) < len(one) * 1.5
    pages = rasterise(many, tmp_path, 150)
    with Image.open(pages[0]) as img:
        size = img.size
    assert ink_outside(pages[0], allowed_ink(layout, 150, list(range(24)), size)) is None


def test_wrong_ean13_check_digit_is_refused() -> None:
    layout = shipped_layouts()["Product 50×30 mm"]
    bad = ProductLabelData("Tea", "¥1.00", "SKU-1", "2000000012342", Symbology.EAN13)
    with pytest.raises(InvalidInput, match="check digit"):
        render_pdf(layout, [bad])
    with pytest.raises(InvalidInput, match="check digit"):
        ProductLabelData("Tea", "¥1.00", "SKU-1", "2000000012342").values()


def test_empty_sku_is_refused() -> None:
    with pytest.raises(InvalidInput, match="SKU"):
        ProductLabelData("Tea", "¥1.00", "  ", "2000000012346")


def test_a_code_too_long_for_its_box_is_refused_not_drawn_thin() -> None:
    layout = shipped_layouts()["Product 50×30 mm"]
    label = ProductLabelData("Tea", "¥1.00", "SKU-1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ-abcdefgh")
    with pytest.raises(BarcodeDoesNotFit) as info:
        render_pdf(layout, [label])
    assert "“barcode”" in info.value.message and "46.0 mm" in info.value.message


def test_300_character_address_is_shrunk_wrapped_and_ellipsised_inside_its_box() -> None:
    layout = shipped_layouts()["Shipping 100×150 mm"]
    box = layout.field("recipient_address")
    w, h = box.w_mm * 72 / 25.4, box.h_mm * 72 / 25.4
    fitted = fit_text(
        LONG_ADDRESS, register_font(LABEL_FONT), w, h, box.max_font_pt, box.min_font_pt
    )
    assert fitted.size < box.max_font_pt
    assert len(fitted.lines) > 1
    assert len(fitted.lines) * fitted.leading <= h
    # and a box too small for it even at the smallest size ends in an ellipsis
    small = fit_text(
        LONG_ADDRESS, register_font(LABEL_FONT), w, h / 3, box.max_font_pt, box.min_font_pt
    )
    assert small.shortened and small.lines[-1].endswith("…")
    assert len(small.lines) * small.leading <= h / 3


def test_text_that_does_not_wrap_is_ellipsised_on_one_line() -> None:
    font = register_font(LABEL_FONT)
    fitted = fit_text(
        "Maximilian Alexander Featherstonehaugh-Whitfield", font, 60, 12, 10, 8, False
    )
    assert fitted.lines[-1].endswith("…") and len(fitted.lines) == 1
    assert fitted.size == 8


def test_wrong_label_kind_is_refused() -> None:
    with pytest.raises(InvalidInput, match="shipping labels"):
        render_pdf(shipped_layouts()["Shipping 4×6 in"], products(1))


def test_preview_is_one_label_sized_page(tmp_path: Path) -> None:
    layout = shipped_layouts()["Product 57×32 mm"]
    pages = rasterise(render_label_pdf(layout, products(1)[0]), tmp_path, 203)
    with Image.open(pages[0]) as img:
        assert img.size == (round(57 / 25.4 * 203), round(32 / 25.4 * 203))
    assert decode(pages[0]) == [products(1)[0].barcode]


def test_layout_adjusted_in_code_renders(tmp_path: Path) -> None:
    base = shipped_layouts()["Product 62 mm continuous"]
    adjusted = dataclasses.replace(
        base,
        fields=tuple(
            dataclasses.replace(f, symbology=Symbology.CODE128, source="sku")
            if f.kind is FieldKind.BARCODE
            else f
            for f in base.fields
        ),
    )
    label = products(1)[0]
    pages = rasterise(render_pdf(adjusted, [label]), tmp_path, 300)
    assert decode(pages[0]) == [label.sku]


def _png(size: tuple[int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("L", size, 0).save(buf, "PNG")
    return buf.getvalue()


def test_an_image_field_draws_its_picture_inside_its_box(tmp_path: Path) -> None:
    base = shipped_layouts()["Shipping 100×150 mm"]
    logo = Field(
        "logo",
        FieldKind.IMAGE,
        60.0,
        139.0,
        36.0,
        10.0,
        source="logo",
        align=Align.RIGHT,
        image=picture_text(_png((40, 40))),
    )
    layout = dataclasses.replace(base, fields=(*base.fields, logo))
    own = dataclasses.replace(SHIPPING[0], logo_png=_png((90, 30)))
    pages = rasterise(render_pdf(layout, [SHIPPING[0], own]), tmp_path, 150)
    for png in pages:
        with Image.open(png) as img:
            size = img.size
        assert ink_outside(png, allowed_ink(layout, 150, [0], size)) is None
    px = 150 / 25.4

    def dark_box(png: Path) -> tuple[int, int, int, int]:
        with Image.open(png) as img:
            box = (round(60 * px), round(139 * px), round(96 * px), round(149 * px))
            ink = img.crop(box).convert("L").point(lambda v: 255 if v < 100 else 0)
            found = ink.getbbox()
            assert found is not None
            return found

    # the layout's square picture, kept square at the right of the box …
    left, top, right, bottom = dark_box(pages[0])
    assert abs((right - left) - (bottom - top)) <= 2 and right >= round(36 * px) - 2
    # … and the label's own 3:1 logo instead when the label brings one
    left, top, right, bottom = dark_box(pages[1])
    assert right - left >= 2.5 * (bottom - top)


def test_a_logo_that_is_not_a_picture_is_refused_naming_the_field() -> None:
    base = shipped_layouts()["Shipping 4×6 in"]
    logo = Field("logo", FieldKind.IMAGE, 70.0, 131.0, 26.0, 13.0, source="logo")
    layout = dataclasses.replace(base, fields=(*base.fields, logo))
    bad = dataclasses.replace(SHIPPING[0], logo_png=b"<html>not a logo</html>")
    with pytest.raises(InvalidInput, match="“logo”"):
        render_pdf(layout, [bad])
