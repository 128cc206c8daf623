"""``merchant-app import products`` and ``export products`` on a demo shop, as subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.catalog_factories import ean13

GOOD = (
    "sku,parent_sku,name,options,category,barcodes,price,stock\r\n"
    "HOOD,,Hoodie 卫衣,,Clothing > Hoodies,,59.00,\r\n"
    "HOOD-M,HOOD,Hoodie M,Size=M,Clothing > Hoodies,,59.00,4\r\n"
    f"TEA,,Green tea,,Tea,{ean13(1)},12.50,7\r\n"
)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MERCHANT_APP_KEYRING="memory")
    return subprocess.run(
        [sys.executable, "-m", "merchant_app", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    shop = tmp_path / "shop"
    made = run_cli("demo", "--orders", "0", "--data-dir", str(shop))
    assert made.returncode == 0, made.stderr
    return shop


def test_import_export_round_trip(demo_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "products.csv"
    src.write_bytes(GOOD.encode("utf-8"))
    dry = run_cli("import", "products", str(src), "--dry-run", "--data-dir", str(demo_dir))
    assert dry.returncode == 0, dry.stderr
    assert "would import 3 rows" in dry.stdout
    done = run_cli("import", "products", str(src), "--data-dir", str(demo_dir))
    assert done.returncode == 0, done.stderr
    assert "3 new" in done.stdout and "as owner" in done.stdout
    out1, out2 = tmp_path / "out1.csv", tmp_path / "out2.csv"
    assert (
        run_cli("export", "products", "--out", str(out1), "--data-dir", str(demo_dir)).returncode
        == 0
    )
    text = out1.read_bytes().decode("utf-8-sig")
    assert "HOOD-M,HOOD,Hoodie M,Size=M,Clothing > Hoodies" in text
    assert f"TEA,,Green tea,,Tea,{ean13(1)},pcs,12.50" in text
    # importing the export changes nothing, and exporting again gives the same bytes
    again = run_cli("import", "products", str(out1), "--data-dir", str(demo_dir))
    assert again.returncode == 0, again.stderr
    assert "0 new, 0 updated," in again.stdout and "0 stock moves" in again.stdout
    assert (
        run_cli("export", "products", "--out", str(out2), "--data-dir", str(demo_dir)).returncode
        == 0
    )
    assert out1.read_bytes() == out2.read_bytes()


def test_bad_file_exits_non_zero_naming_the_row(demo_dir: Path, tmp_path: Path) -> None:
    before = tmp_path / "before.csv"
    args = ("export", "products", "--data-dir", str(demo_dir), "--out")
    assert run_cli(*args, str(before)).returncode == 0
    bad = tmp_path / "bad.csv"
    wrong = ean13(2)[:-1] + str((int(ean13(2)[-1]) + 1) % 10)
    bad.write_bytes(
        (
            "sku,name,price,barcodes,parent_sku\r\n"
            "OK-1,Fine,1.00,,\r\n"
            f"BAD-1,Broken,2.00,{wrong},\r\n"
            "BAD-2,Orphan,3.00,,NO-SUCH-PARENT\r\n"
        ).encode()
    )
    result = run_cli("import", "products", str(bad), "--data-dir", str(demo_dir))
    assert result.returncode == 1
    assert "row 3" in result.stderr and "check digit" in result.stderr
    assert "row 4" in result.stderr and "NO-SUCH-PARENT" in result.stderr
    assert "nothing was imported" in result.stderr
    after = tmp_path / "after.csv"
    assert run_cli(*args, str(after)).returncode == 0
    assert after.read_bytes() == before.read_bytes()  # nothing was written
    assert b"OK-1" not in after.read_bytes()


def test_missing_file_gives_one_line_reason(demo_dir: Path, tmp_path: Path) -> None:
    result = run_cli("import", "products", str(tmp_path / "nope.csv"), "--data-dir", str(demo_dir))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
