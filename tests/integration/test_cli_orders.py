"""``merchant-app import orders`` and ``demo --orders N``, as subprocesses."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from merchant_app.config import DATABASE_FILE
from tests.integration.test_cli_products import run_cli

PRODUCTS = (
    "sku,name,category,price,stock\r\n"
    "ORD-TEA,Green tea 绿茶,Tea,12.50,10\r\n"
    "ORD-MUG,Mug,Home,39.00,5\r\n"
)
ORDERS = (
    "order_ref,date,customer_name,customer_phone,ship_address,delivery_method,sku,quantity,"
    "payment_method,paid\r\n"
    "SHOP-1,2026-01-02 10:00,李雷,13800138000,上海市南京东路 1 号,own,ORD-TEA,2,card,30.00\r\n"
    "SHOP-1,2026-01-02 10:00,李雷,,,,ORD-MUG,1,,\r\n"
    "SHOP-2,2026-01-03,Walk-in,,,pickup,ORD-MUG,1,,\r\n"
)


def _orders(shop: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(shop / DATABASE_FILE) as conn:
        return conn.execute(
            "SELECT external_ref, state, source FROM sales_order ORDER BY number"
        ).fetchall()


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    shop = tmp_path / "shop"
    made = run_cli("demo", "--orders", "0", "--data-dir", str(shop))
    assert made.returncode == 0, made.stderr
    products = tmp_path / "products.csv"
    products.write_bytes(PRODUCTS.encode())
    done = run_cli("import", "products", str(products), "--data-dir", str(shop))
    assert done.returncode == 0, done.stderr
    return shop


def test_import_orders_dry_run_then_import_then_again(shop: Path, tmp_path: Path) -> None:
    src = tmp_path / "orders.csv"
    src.write_bytes(ORDERS.encode("utf-8-sig"))
    dry = run_cli("import", "orders", str(src), "--dry-run", "--data-dir", str(shop))
    assert dry.returncode == 0, dry.stderr
    assert "would import 2 orders, 3 lines (app format) as owner" in dry.stdout
    assert _orders(shop) == []
    done = run_cli("import", "orders", str(src), "--format", "app", "--data-dir", str(shop))
    assert done.returncode == 0, done.stderr
    assert "imported 2 orders, 3 lines" in done.stdout
    assert _orders(shop) == [
        ("SHOP-1", "pending_review", "import"),
        ("SHOP-2", "pending_review", "import"),
    ]
    again = run_cli("import", "orders", str(src), "--data-dir", str(shop))
    assert again.returncode == 0, again.stderr
    assert "imported 0 orders" in again.stdout and "2 already imported" in again.stdout
    assert len(_orders(shop)) == 2


def test_bad_order_file_exits_1_naming_rows(shop: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(
        b"order_ref,sku,quantity\r\nA-1,ORD-TEA,1\r\nA-2,NO-SUCH,1\r\nA-3,ORD-MUG,99\r\n"
    )
    result = run_cli("import", "orders", str(bad), "--data-dir", str(shop))
    assert result.returncode == 1
    assert "row 3" in result.stderr and "NO-SUCH" in result.stderr
    assert "row 4" in result.stderr and "Not enough stock of ORD-MUG" in result.stderr
    assert "nothing was imported" in result.stderr
    assert _orders(shop) == []


def test_demo_with_orders(tmp_path: Path) -> None:
    shop = tmp_path / "shop"
    made = run_cli("demo", "--orders", "40", "--data-dir", str(shop))
    assert made.returncode == 0, made.stderr
    found = _orders(shop)
    assert 30 <= len(found) <= 40
    assert len({state for _, state, _ in found}) == 8  # every state


_LOOK_UP_A_MEMBER = """
import sys
from merchant_app.bootstrap import open_app
from merchant_app.config import load_settings
from merchant_app.services import auth, member_keys, members
opened = open_app(load_settings(sys.argv[1]))
ctx = opened.ctx
owner = auth.authenticate(ctx, "owner", "owner-demo")
row = members.list_members(ctx, owner)[0]
phone = members.get_member(ctx, owner, row.id, reveal=True).phone
found = members.search_members(ctx, owner, phone)
print(ctx.keys.kind, member_keys.key_status(ctx), members.count_members(ctx, owner))
print("found" if [r.id for r in found] == [row.id] else "not found")
"""


def test_demo_members_are_read_again_by_a_new_process(tmp_path: Path) -> None:
    """The demo on a machine with no OS keyring (the keyring's fail backend): a new
    process finds the public demo data key and looks a member up by phone."""
    shop = tmp_path / "shop"
    env = {k: v for k, v in os.environ.items() if k != "MERCHANT_APP_KEYRING"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args], capture_output=True, text=True, timeout=180, env=env
        )

    made = run("-m", "merchant_app", "demo", "--orders", "40", "--data-dir", str(shop))
    assert made.returncode == 0, made.stderr
    assert "keyring: demo-memory" in made.stdout
    with sqlite3.connect(shop / DATABASE_FILE) as db:
        assert db.execute("SELECT count(*) FROM member").fetchone() == (120,)
        linked = "SELECT count(*) FROM sales_order WHERE member_id IS NOT NULL"
        assert db.execute(linked).fetchone()[0] > 5
    looked = run("-c", _LOOK_UP_A_MEMBER, str(shop))
    assert looked.returncode == 0, looked.stderr
    assert looked.stdout.split() == ["demo-memory", "ready", "120", "found"]
