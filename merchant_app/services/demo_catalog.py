"""The demo shop's catalog: categories, about 200 products (some with size variants),
in-store EAN-13 barcodes, a warehouse beside the shop floor, and stock.

Generated deterministically (the same shop every time) as :class:`ProductRow` values
and written through the ordinary product import, so the demo exercises the real path.
"""

from __future__ import annotations

import random

from merchant_app.barcodes import in_store_ean13
from merchant_app.imports.product_rows import ProductRow

# (category path, English name stem, Chinese name, price range in yuan, weight in grams)
_FAMILIES: tuple[tuple[tuple[str, ...], str, str, tuple[int, int], int], ...] = (
    (("Tea 茶", "Green tea 绿茶"), "Longjing green tea", "西湖龙井", (38, 268), 250),
    (("Tea 茶", "Oolong 乌龙茶"), "Tieguanyin oolong", "安溪铁观音", (45, 320), 250),
    (("Tea 茶", "Black tea 红茶"), "Keemun black tea", "祁门红茶", (32, 188), 250),
    (("Snacks 零食",), "Sesame crackers", "芝麻薄脆", (6, 28), 180),
    (("Snacks 零食",), "Dried mango", "芒果干", (9, 35), 120),
    (("Stationery 文具",), "Gel pen 0.5 mm", "中性笔", (2, 12), 15),
    (("Stationery 文具",), "A5 notebook", "A5 笔记本", (8, 45), 220),
    (("Home 家居", "Kitchen 厨房"), "Ceramic mug", "陶瓷马克杯", (19, 89), 380),
    (("Home 家居", "Kitchen 厨房"), "Bamboo chopsticks (10 pairs)", "竹筷十双装", (9, 29), 160),
)
_VARIANT_FAMILIES: tuple[tuple[tuple[str, ...], str, str, int, int], ...] = (
    (("Clothing 服装", "Hoodies 卫衣"), "Hoodie", "连帽卫衣", 199, 520),
    (("Clothing 服装", "T-shirts T恤"), "Cotton T-shirt", "纯棉T恤", 79, 200),
)
_COLOURS = (("Black", "黑色"), ("Grey", "灰色"), ("Navy", "藏青"), ("Red", "红色"))
_SIZES = ("S", "M", "L", "XL")
DEMO_WAREHOUSE = "WH1"


def demo_product_rows(count: int = 200, seed: int = 7) -> list[ProductRow]:
    """About ``count`` products and variants with barcodes, prices, costs and stock."""
    rng = random.Random(seed)
    rows: list[ProductRow] = []
    serial = 0

    def barcode() -> tuple[str, ...]:
        nonlocal serial
        serial += 1
        return (in_store_ean13(1_000_000 + serial),)

    line = 2
    for path, stem, zh, base_price, weight in _VARIANT_FAMILIES:
        for colour, colour_zh in _COLOURS:
            parent_sku = f"{stem[:3].upper()}-{colour[:3].upper()}"
            rows.append(
                ProductRow(
                    row=line,
                    sku=parent_sku,
                    name=f"{stem} {colour} {zh}{colour_zh}",
                    is_parent=True,
                    category_path=path,
                    price_minor=base_price * 100,
                    status="listed",
                )
            )
            line += 1
            for size in _SIZES:
                rows.append(
                    ProductRow(
                        row=line,
                        sku=f"{parent_sku}-{size}",
                        name=f"{stem} {colour} {size} {zh}{colour_zh}",
                        parent_sku=parent_sku,
                        options=(("Colour", colour), ("Size", size)),
                        category_path=path,
                        barcodes=barcode(),
                        price_minor=base_price * 100,
                        cost_minor=base_price * 45,
                        tax_rate_bp=1300,
                        weight_g=weight,
                        status="listed",
                        reorder_point=3,
                        reorder_qty=12,
                        stock=rng.randint(0, 25),
                    )
                )
                line += 1
    n = 0
    while len(rows) < count:
        path, stem, zh, (low, high), weight = _FAMILIES[n % len(_FAMILIES)]
        n += 1
        number = n // len(_FAMILIES) + 1
        price = rng.randint(low, high) * 100 + rng.choice((0, 50, 90))
        stock = rng.choice((0, 2, 5, 8, 12, 20, 40, 60, 120))
        rows.append(
            ProductRow(
                row=line,
                sku=f"P{n:04d}",
                name=f"{stem} No.{number} {zh} {number}号",
                description=f"{zh}: demo product",
                category_path=path,
                barcodes=barcode(),
                price_minor=price,
                cost_minor=price * rng.randint(35, 65) // 100,
                tax_rate_bp=1300 if "Tea" not in path[0] else 900,
                weight_g=weight,
                length_mm=120,
                width_mm=80,
                height_mm=60,
                supplier=(
                    "Hangzhou Tea Co. 杭州茶业" if "Tea" in path[0] else "Yiwu Goods 义乌百货"
                ),
                status="listed" if n % 17 else "draft",
                reorder_point=5,
                reorder_qty=24,
                stock=stock,
            )
        )
        line += 1
    return rows
