"""Label and document renderers: data in, bytes out (no database, no Qt).

* :mod:`.layouts` — label layouts as data (JSON), the shipped layouts.
* :mod:`.data` — what a label or document shows (frozen dataclasses, text pre-formatted).
* :mod:`.pdf` — labels as PDF (sheets and rolls), one-label preview.
* :mod:`.zpl` — labels as ZPL II for Zebra-compatible thermal printers.
* :mod:`.documents` — packing slips, pick lists, invoices, count sheets, settlement reports.
"""

from reportlab import rl_config

# Write PDF streams as binary (Flate only).  ReportLab's default also wraps every stream in
# ASCII85, which without its optional C accelerator costs ~2.6 ms per label page in pure
# Python and makes files 25 % larger; 7-bit-clean PDFs are not needed anywhere.
rl_config.useA85 = 0
