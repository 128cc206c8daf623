"""ZPL output: structure, field data, copies, escaping, printer settings.

No Python package on PyPI rasterises ZPL offline (the ones found call the Labelary web
service), so the ZPL is checked structurally, not decoded."""

from __future__ import annotations

import dataclasses
import re

import pytest

from merchant_app.barcodes import Symbology
from merchant_app.errors import InvalidInput
from merchant_app.printing.data import ProductLabelData, ShippingLabelData
from merchant_app.printing.layouts import shipped_layouts
from merchant_app.printing.zpl import escape_field_data, render_zpl

SHIP = ShippingLabelData(
    sender="小店 Little Shop\n上海市徐汇区漕溪北路 88 号",
    recipient_name="王小明",
    recipient_phone="+86 138 0013 8000",
    recipient_address="广东省深圳市南山区科技园南区\n深南大道 9988 号 12 楼",
    order_number="A-1001",
    weight_g=1250,
    tracking_number="SF1234567890123",
    qr_payload="https://track.example.com/SF1234567890123",
    delivery_method="SF Express ^~_ 顺丰",
)


def formats(zpl: str) -> list[str]:
    return re.findall(r"\^XA.*?\^XZ", zpl, flags=re.S)


def test_each_label_is_one_format_with_its_fields() -> None:
    layout = shipped_layouts()["Shipping 4×6 in"]
    zpl = render_zpl(layout, [SHIP, SHIP], dpi=203).decode("utf-8")
    assert zpl.count("^XA") == zpl.count("^XZ") == 2
    assert len(formats(zpl)) == 2
    one = formats(zpl)[0]
    assert "^CI28" in one and "^PW812" in one and "^LL1218" in one  # 4×6 in at 203 dpi
    assert "^BCN," in one and "^FDSF1234567890123^FS" in one
    assert "^BQN,2," in one and "^FDMA,https://track.example.com/SF1234567890123^FS" in one
    assert "^FD王小明^FS" in one
    assert "广东省深圳市南山区科技园南区\\&深南大道 9988 号 12 楼" in one  # ^FB line break
    assert "^FDSF Express _5E_7E_5F 顺丰^FS" in one
    # every text/barcode field is hex-escapable, every ^FD follows ^FH
    assert one.count("^FD") == one.count("^FH^FD")
    # origins come from the layout boxes: the address box at (15 mm, 48 mm)
    box = layout.field("recipient_address")
    assert f"^FO{round(box.x_mm * 203 / 25.4)},{round(box.y_mm * 203 / 25.4)}^A0N," in one


def test_copies_offset_and_darkness() -> None:
    layout = shipped_layouts()["Product 50×30 mm"]
    label = ProductLabelData("有机绿茶", "¥68.00", "TEA-1", "2000000012346")
    zpl = render_zpl(layout, [label], copies=25, offset_dots=(12, -4), darkness=18).decode()
    assert zpl.startswith("~SD18\n")
    assert "^LH12,-4" in zpl and "^PQ25" in zpl
    assert "^BEN," in zpl and "^FD200000001234^FS" in zpl  # the printer adds the check digit
    assert "^PW400" in zpl and "^LL240" in zpl


def test_300_dpi_and_upca_and_code128() -> None:
    layout = shipped_layouts()["Product 57×32 mm"]
    upc = ProductLabelData("Cola", "$1.00", "COLA", "036000291452", Symbology.UPCA)
    c128 = ProductLabelData("Tea", "$2.00", "TEA", "TEA-GRN-001", Symbology.CODE128)
    zpl = render_zpl(layout, [upc, c128], dpi=300).decode()
    assert "^PW673" in zpl
    assert "^BUN," in zpl and "^FD03600029145^FS" in zpl
    assert "^FDTEA-GRN-001^FS" in zpl
    by_module = re.findall(r"\^BY(\d+),", zpl)
    assert all(int(m) >= 3 for m in by_module)  # ≥ 0.25 mm at 300 dpi


def test_escaping() -> None:
    assert escape_field_data("a^b~c_d") == "a_5Eb_7Ec_5Fd"
    assert escape_field_data("x\\y\nz", block=True) == "x\\\\y\\&z"
    # control characters never reach the printer raw; barcode data keeps its line breaks
    assert escape_field_data("a\x00b\x1fc\x7f", block=True) == "a_00b_1Fc_7F"
    assert escape_field_data("line 1\r\nline 2") == "line 1_0D_0Aline 2"


def test_qr_data_reaches_the_printer_exactly() -> None:
    layout = shipped_layouts()["Shipping 4×6 in"]
    label = dataclasses.replace(SHIP, qr_payload="BEGIN:VCARD\nFN:王小明_^~\nEND:VCARD")
    zpl = render_zpl(layout, [label]).decode("utf-8")
    assert "^FDMA,BEGIN:VCARD_0AFN:王小明_5F_5E_7E_0AEND:VCARD^FS" in zpl


def test_refusals() -> None:
    sheet = shipped_layouts()["Sheet A4 3×8 (70×37 mm)"]
    roll = shipped_layouts()["Product 50×30 mm"]
    label = ProductLabelData("Tea", "¥1", "SKU", "2000000012346")
    with pytest.raises(InvalidInput, match="thermal"):
        render_zpl(sheet, [label])
    with pytest.raises(InvalidInput, match="darkness"):
        render_zpl(roll, [label], darkness=31)
    with pytest.raises(InvalidInput, match="dpi"):
        render_zpl(roll, [label], dpi=600)
    bad = ProductLabelData("Tea", "¥1", "SKU", "2000000012342", Symbology.EAN13)
    with pytest.raises(InvalidInput, match="check digit"):
        render_zpl(roll, [bad])
