"""Product CSV speed: parsing 100,000 app-format rows (the aim: a few seconds), and
writing them, against the csv module merely reading the same bytes (the floor).

Prints one JSON object per line: {"metric": ..., "value": ..., "unit": ...}.
Usage: python bench/csv_parse.py [--rows 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import time

from merchant_app.imports.product_csv import parse_products, write_app_csv
from merchant_app.imports.product_rows import ProductRow


def sample_rows(count: int) -> list[ProductRow]:
    """``count`` realistic rows: every tenth a parent followed by nine variants."""
    rows = []
    for i in range(count):
        group = i // 10
        parent = i % 10 == 0
        rows.append(
            ProductRow(
                row=i + 2,
                sku=f"P{group:06d}" if parent else f"P{group:06d}-{i % 10}",
                name=f"连帽卫衣 Hoodie {group}" + ("" if parent else f" - M, 红色 {i % 10}"),
                parent_sku="" if parent else f"P{group:06d}",
                is_parent=parent,
                options=() if parent else (("Size", "M"), ("Colour", f"红色 {i % 10}")),
                description='Warm fleece, "heavy".\nMachine wash.' if parent else "",
                category_path=("Clothing", "Hoodies"),
                barcodes=() if parent else (f"SKU{i:08d}",),
                price_minor=None if parent else 19900 + i % 100,
                cost_minor=None if parent else 8000,
                tax_rate_bp=1300,
                weight_g=450,
                supplier="杭州丝绸",
                reorder_point=None if parent else 5,
                stock=None if parent else i % 50,
                location_code="" if parent else "A-01-03",
            )
        )
    return rows


def emit(metric: str, value: float, unit: str) -> None:
    print(json.dumps({"metric": metric, "value": round(value, 4), "unit": unit}), flush=True)


def best_of(runs: int, fn: object) -> float:
    assert callable(fn)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = sample_rows(args.rows)
    data = write_app_csv(rows)
    result = parse_products(data)
    if result.issues or len(result.rows) != args.rows:
        raise SystemExit(f"unexpected parse result: {result.issues[:3]}")

    def floor() -> None:
        for _ in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")):
            pass

    parse_s = best_of(args.runs, lambda: parse_products(data))
    floor_s = best_of(args.runs, floor)
    write_s = best_of(args.runs, lambda: write_app_csv(rows))
    suffix = "" if args.rows == 100_000 else f"_{args.rows}"
    emit(f"parse_100k_app_rows{suffix}", parse_s, "s")
    emit(f"write_100k_app_rows{suffix}", write_s, "s")
    emit(f"csv_read_only_100k_rows{suffix}", floor_s, "s")
    emit(f"parse_over_csv_read_only{suffix}", parse_s / floor_s, "x")


if __name__ == "__main__":
    main()
