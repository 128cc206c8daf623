"""Label layouts as data: shipped layouts, JSON round trip, validation messages."""

from __future__ import annotations

import base64
import dataclasses
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from merchant_app.errors import InvalidInput
from merchant_app.printing.layouts import (
    IMAGE_SOURCES,
    LABEL_SOURCES,
    Field,
    FieldKind,
    LayoutKind,
    StockKind,
    layout_from_json,
    layout_to_dict,
    layout_to_json,
    layouts_dir,
    load_layout,
    picture_data,
    save_layout,
    shipped_layouts,
)


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("L", (40, 20), 0).save(buf, "PNG")
    return buf.getvalue()


PNG = _png()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _image_field(**settings: str) -> dict[str, object]:
    return {
        "name": "logo",
        "kind": "image",
        "x_mm": 1,
        "y_mm": 1,
        "w_mm": 10,
        "h_mm": 5,
        **settings,
    }


EXPECTED = {
    "Shipping 4×6 in": (LayoutKind.SHIPPING, StockKind.ROLL, 101.6, 152.4),
    "Shipping 100×150 mm": (LayoutKind.SHIPPING, StockKind.ROLL, 100.0, 150.0),
    "Product 50×30 mm": (LayoutKind.PRODUCT, StockKind.ROLL, 50.0, 30.0),
    "Product 57×32 mm": (LayoutKind.PRODUCT, StockKind.ROLL, 57.0, 32.0),
    "Product 62 mm continuous": (LayoutKind.PRODUCT, StockKind.ROLL, 62.0, 29.0),
    "Sheet A4 3×8 (70×37 mm)": (LayoutKind.PRODUCT, StockKind.SHEET, 70.0, 37.0),
    "Sheet Letter 30-up (Avery 5160)": (LayoutKind.PRODUCT, StockKind.SHEET, 66.675, 25.4),
}


def test_every_expected_layout_is_shipped_with_its_stock() -> None:
    layouts = shipped_layouts()
    assert set(layouts) == set(EXPECTED)
    for name, (kind, stock_kind, w, h) in EXPECTED.items():
        layout = layouts[name]
        assert layout.kind is kind
        assert layout.stock.kind is stock_kind
        assert (layout.stock.label_width_mm, layout.stock.label_height_mm) == (w, h)
    a4 = layouts["Sheet A4 3×8 (70×37 mm)"].stock
    assert (a4.page_width_mm, a4.page_height_mm, a4.columns, a4.rows) == (210, 297, 3, 8)
    letter = layouts["Sheet Letter 30-up (Avery 5160)"].stock
    assert (letter.page_width_mm, letter.page_height_mm) == (215.9, 279.4)
    assert letter.per_page == 30


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_geometry_every_box_inside_its_label_and_every_label_on_its_page(name: str) -> None:
    layout = shipped_layouts()[name]
    stock = layout.stock
    for f in layout.fields:
        assert f.x_mm >= 0 and f.y_mm >= 0, f.name
        assert f.x_mm + f.w_mm <= stock.label_width_mm + 1e-9, f.name
        assert f.y_mm + f.h_mm <= stock.label_height_mm + 1e-9, f.name
    page_w, page_h = stock.page_size_mm
    corners = [stock.position_mm(i) for i in range(stock.per_page)]
    for x, y in corners:
        assert x >= 0 and y >= 0
        assert x + stock.label_width_mm <= page_w + 1e-9
        assert y + stock.label_height_mm <= page_h + 1e-9
    # labels on a sheet never overlap
    for i, (x1, y1) in enumerate(corners):
        for x2, y2 in corners[i + 1 :]:
            apart_x = abs(x1 - x2) >= stock.label_width_mm - 1e-9
            apart_y = abs(y1 - y2) >= stock.label_height_mm - 1e-9
            assert apart_x or apart_y


def test_shipping_layouts_have_the_lbl1_fields() -> None:
    for name in ("Shipping 4×6 in", "Shipping 100×150 mm"):
        layout = shipped_layouts()[name]
        sources = {f.source for f in layout.fields}
        assert {
            "sender",
            "recipient_name",
            "recipient_address",
            "order_number",
            "weight",
        } <= sources
        assert any(
            f.kind is FieldKind.BARCODE and f.source == "tracking_number" for f in layout.fields
        )
        assert any(f.kind is FieldKind.QR for f in layout.fields)


def test_json_round_trip_and_adjusting_a_copy(tmp_path: Path) -> None:
    original = shipped_layouts()["Product 50×30 mm"]
    assert layout_from_json(layout_to_json(original)) == original
    name_field = original.field("name")
    adjusted = dataclasses.replace(
        original,
        name="My 50×30",
        fields=tuple(
            dataclasses.replace(f, max_font_pt=11) if f is name_field else f
            for f in original.fields
        ),
    )
    path = tmp_path / "mine.json"
    save_layout(adjusted, path)
    loaded = load_layout(path)
    assert loaded == adjusted
    assert loaded.field("name").max_font_pt == 11
    assert json.loads(path.read_text(encoding="utf-8"))["name"] == "My 50×30"


def test_shipped_json_files_are_exactly_what_the_loader_writes_back() -> None:
    for path in sorted(layouts_dir().glob("*.json")):
        assert layout_to_json(load_layout(path)) == path.read_text(encoding="utf-8"), path.name


def test_box_outside_the_label_is_refused_naming_layout_and_field() -> None:
    layout = shipped_layouts()["Product 50×30 mm"]
    data = layout_to_dict(layout)
    data["fields"][0]["w_mm"] = 60
    with pytest.raises(InvalidInput) as info:
        layout_from_json(json.dumps(data))
    message = info.value.message
    assert "Product 50×30 mm" in message and "“name”" in message and "50 × 30 mm" in message
    # the same rule holds for a layout edited in code
    bad = Field("price2", FieldKind.PRICE, 45, 1, 10, 5, source="price")
    with pytest.raises(InvalidInput, match="price2"):
        dataclasses.replace(layout, fields=(*layout.fields, bad))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["fields"][1].update(kind="sparkles"), "“kind” cannot be “sparkles”"),
        (lambda d: d["fields"][1].update(max_font_pt="big"), "“max_font_pt” cannot be “big”"),
        (lambda d: d["fields"][1].update(colour="red"), "no setting called “colour”"),
        (lambda d: d["fields"][1].pop("x_mm"), "“x_mm” is missing"),
        (lambda d: d["fields"][1].update(font="Comic Sans"), "font “Comic Sans”"),
        (lambda d: d["fields"][1].update(min_font_pt=20), "smallest font size"),
        (lambda d: d["fields"][1].update(h_mm=0.5, min_font_pt=7), "too low"),
        (lambda d: d["stock"].update(columns=4), "do not fit"),
        (lambda d: d["fields"].append(dict(d["fields"][0])), "two fields called “name”"),
        (lambda d: d["fields"][1].update(w_mm=0), "must have a width and a height"),
        (lambda d: d["fields"][3].update(h_mm=-2), "must have a width and a height"),
        (lambda d: d["fields"][1].update(source="recipient_name"), "no value “recipient_name”"),
        (lambda d: d["fields"][3].update(source="weight"), "they have: name, price, sku"),
        (lambda d: d["fields"].append(_image_field(source="logo")), "no value “logo”"),
        (lambda d: d["fields"].append(_image_field()), "choose a picture"),
        (lambda d: d["fields"].append(_image_field(image="!!")), "not stored as base64"),
        (lambda d: d["fields"].append(_image_field(image=_b64(b"GIF89a"))), "not a PNG or JPEG"),
        (lambda d: d["fields"].append(_image_field(image=_b64(PNG[:40]))), "damaged"),
        (lambda d: d["fields"][0].update(image=_b64(PNG)), "only an image field"),
        (
            lambda d: d["fields"].append(_image_field(image=_b64(PNG + bytes(300_000)))),
            "at most 256 KB",
        ),
    ],
)
def test_bad_settings_are_refused_with_a_clear_message(change: object, expected: str) -> None:
    data = layout_to_dict(shipped_layouts()["Sheet A4 3×8 (70×37 mm)"])
    change(data)  # type: ignore[operator]
    with pytest.raises(InvalidInput) as info:
        layout_from_json(json.dumps(data))
    assert expected in info.value.message
    assert "Sheet A4 3×8 (70×37 mm)" in info.value.message


def test_invalid_json_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"name": "x", ', encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"“broken”.*not valid JSON"):
        load_layout(path)


def test_every_source_a_layout_offers_is_a_value_of_its_label_data() -> None:
    from merchant_app.printing.data import ProductLabelData, ShippingLabelData

    shipping = ShippingLabelData("s", "n", "p", "a", "A-1", 1, "T1", logo_png=PNG)
    product = ProductLabelData("Tea", "¥1", "SKU", "2000000000015")
    assert set(LABEL_SOURCES[LayoutKind.SHIPPING]) == set(shipping.values())
    assert set(LABEL_SOURCES[LayoutKind.PRODUCT]) == set(product.values()) - {"symbology"}
    assert set(IMAGE_SOURCES[LayoutKind.SHIPPING]) == set(shipping.images())
    assert not IMAGE_SOURCES[LayoutKind.PRODUCT] and not product.images()


def test_a_picture_round_trips_through_json() -> None:
    data = layout_to_dict(shipped_layouts()["Product 50×30 mm"])
    data["fields"].append(_image_field(image=_b64(PNG)))
    layout = layout_from_json(json.dumps(data))
    assert picture_data(layout.field("logo").image) == PNG
    assert layout_from_json(layout_to_json(layout)) == layout
