"""Turning the bytes of a spreadsheet export into text, whatever program wrote it.

UTF-8 with or without a byte-order mark (Excel "CSV UTF-8", WooCommerce, Shopify),
UTF-16 with a byte-order mark (Excel "Unicode text", tab-separated), and GB18030, the
superset of GBK/GB2312 that Chinese Excel and WPS write when saving "CSV".
"""

from __future__ import annotations

import codecs

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput

#: The encodings tried, in order, for a file without a byte-order mark.
FALLBACK_ENCODINGS = ("UTF-8", "GB18030")


class UndecodableFile(InvalidInput):
    """The file is not text in any encoding the app reads; says which were tried."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file could not be read as text: it is not valid in any of the encodings "
        "tried ({encodings}). Save it from the spreadsheet as “CSV UTF-8”.",
    )


def decode_csv_bytes(data: bytes) -> str:
    """The text of ``data``; never loses or replaces a character.

    A UTF-8 or UTF-16 byte-order mark decides the encoding (and is removed); otherwise
    UTF-8 is tried, then GB18030.  Raises :class:`UndecodableFile` (a known error naming
    the encodings tried) when none fits.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError:
            raise UndecodableFile(encodings="UTF-8 (the file starts with its mark)") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")  # the codec reads and drops the mark
        except UnicodeDecodeError:
            raise UndecodableFile(encodings="UTF-16 (the file starts with its mark)") from None
    for encoding in FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UndecodableFile(encodings=", ".join(FALLBACK_ENCODINGS))


def sniff_delimiter(text: str) -> str:
    """The field separator of a CSV: the most frequent of comma, semicolon (European
    Excel) and tab (Excel "Unicode text") in the header line; comma when none occurs."""
    end = text.find("\n")
    header = text if end < 0 else text[:end]
    best, best_count = ",", 0
    for candidate in (",", ";", "\t"):
        count = header.count(candidate)
        if count > best_count:
            best, best_count = candidate, count
    return best
