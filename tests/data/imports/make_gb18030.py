"""Writes app_gb18030.csv: an app-format product file as Chinese Excel/WPS saves "CSV"
(GB18030, no byte-order mark, "\\r\\n" line ends).  Run it to regenerate the file:
    python tests/data/imports/make_gb18030.py
"""

from __future__ import annotations

from pathlib import Path

TEXT = (
    "sku,parent_sku,name,options,category,barcodes,unit,price,cost,tax_rate,weight_g,"
    "length_mm,width_mm,height_mm,supplier,status,reorder_point,reorder_qty,stock,location,"
    "description\r\n"
    "CUP-01,,青花瓷茶杯,,家居 > 茶具,6901234567892,个,38.00,12.5,13,180,80,80,65,"
    "景德镇瓷厂,listed,10,50,120,A-01-03,手工绘制，容量 200 毫升\r\n"
    "SHIRT,,真丝衬衫,,服装 > 衬衫,,件,,,13,,,,,杭州丝绸,listed,,,,,\r\n"
    "SHIRT-M-WHT,SHIRT,真丝衬衫 M 白色,尺码=M;颜色=白色,服装 > 衬衫,6931111111115,件,"
    '"299,00",120,13,210,,,,杭州丝绸,listed,3,10,15,B-02-01,\r\n'
    "SHIRT-L-WHT,SHIRT,真丝衬衫 L 白色,尺码=L;颜色=白色,服装 > 衬衫,,件,299,120,13,220,,,,"
    '杭州丝绸,draft,3,10,0,B-02-01,"“经典款”\r\n第二行"\r\n'
)


def main() -> None:
    """Write the file next to this script."""
    Path(__file__).with_name("app_gb18030.csv").write_bytes(TEXT.encode("gb18030"))


if __name__ == "__main__":
    main()
