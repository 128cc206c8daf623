"""The recovery kit as a printed A4 sheet (SAFE-2): data in, PDF bytes out.

The sheet shows the shop (name in the bundled Chinese-capable font, id), when and by
whom the kit was made, which Owner sign-ins it carries, the kit's text as a QR code
(error correction M, drawn as one path of whole modules, large enough for a phone or a
2D scanner) and as grouped monospace text with grey line numbers for typing it in, and
what to do with it.  The passphrase is never part of the data, so it cannot be printed.

Fonts: WenQuanYi Micro Hei for the text and its monospace face (the same bundled file,
second face) for the kit's characters; both embedded as subsets.  Captions are English
templates in the ``Documents`` context; pass ``tr`` to print them translated.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from merchant_app.errors import QT_TRANSLATE_NOOP
from merchant_app.printing.fonts import font_path, register_font
from merchant_app.printing.symbols import QR_QUIET_MODULES, qr_matrix

Translate = Callable[[str], str]
MONO_FONT = "WenQuanYi Micro Hei Mono"
_MONO_FACE = 1  # the second face of wqy-microhei.ttc
_MARGIN = 15 * mm
_DARK_RUN = re.compile(b"\x01+")
_FRAME_PADDING = 6  # points: SimpleDocTemplate's frame keeps this inside the margins
QR_SIDE_MM = 80.0
"""The QR code's side with its quiet zone; ~1 mm modules for a typical kit."""


@dataclass(frozen=True)
class RecoveryKitSheet:
    """What the sheet shows, already formatted: ``text`` is the sealed kit (for the QR
    code), ``lines`` the same text as it is to be typed (first line the armour)."""

    shop_name: str
    shop_id: str
    created: str
    made_by: str
    owner_logins: tuple[str, ...]
    text: str
    lines: tuple[str, ...]


@cache
def register_mono_font() -> str:
    """Register the bundled monospace face with ReportLab once; returns its name."""
    if MONO_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(MONO_FONT, str(font_path()), subfontIndex=_MONO_FACE))
    return MONO_FONT


def _same(text: str) -> str:
    return text


class QrFlowable(Flowable):
    """A QR code of ``payload`` in a square of ``side_mm`` (quiet zone included), its
    dark modules filled as one path in module coordinates."""

    def __init__(self, payload: str, side_mm: float) -> None:
        super().__init__()
        self.matrix = qr_matrix(payload)
        self.side = side_mm * mm
        self.width = self.height = self.side

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The flowable's fixed size."""
        return self.side, self.side

    def draw(self) -> None:
        """White square, then the dark runs, bottom-left at the origin."""
        n = len(self.matrix)
        module = self.side / (n + 2 * QR_QUIET_MODULES)
        q = QR_QUIET_MODULES * module
        c = self.canv
        c.saveState()
        c.setFillColor(colors.white)
        c.rect(0, 0, self.side, self.side, stroke=0, fill=1)
        c.restoreState()
        ops = [f"q 0 g {module:.5f} 0 0 {-module:.5f} {q:.3f} {self.side - q:.3f} cm"]
        for row, line in enumerate(self.matrix):
            ops.extend(
                f"{m.start()} {row} {m.end() - m.start()} 1 re" for m in _DARK_RUN.finditer(line)
            )
        ops.append("f Q")
        c.addLiteral("\n".join(ops))


def _styles() -> dict[str, ParagraphStyle]:
    font = register_font()
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=12.5, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "fact": ParagraphStyle("fact", parent=base, fontSize=8.5, leading=11),
        "title": ParagraphStyle("title", parent=base, fontSize=20, leading=25, spaceAfter=2),
        "shop": ParagraphStyle("shop", parent=base, fontSize=14, leading=18, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11.5, leading=15, spaceBefore=8),
        "warn": ParagraphStyle("warn", parent=base, fontSize=10, leading=13),
        "step": ParagraphStyle(
            "step", parent=base, leftIndent=10, firstLineIndent=-10, spaceAfter=2
        ),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _text_block(lines: tuple[str, ...]) -> Table:
    """The kit's lines in monospace, each body line with its number in grey."""
    mono = register_mono_font()
    rows: list[list[Any]] = [["", lines[0]]]
    rows.extend([str(i), line] for i, line in enumerate(lines[1:], start=1))
    table = Table(rows, colWidths=[10 * mm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), register_font(), 7),
                ("TEXTCOLOR", (0, 0), (0, -1), colors.grey),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                ("FONT", (1, 0), (1, -1), mono, 10.5),
                ("LEADING", (1, 0), (1, -1), 13),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
            ]
        )
    )
    return table


def render_recovery_kit(sheet: RecoveryKitSheet, *, tr: Translate = _same) -> bytes:
    """The kit sheet as A4 PDF bytes (one page for a typical kit; the text flows on to a
    second page only for a kit carrying several Owners with a long shop name)."""
    st = _styles()
    width = A4[0] - 2 * _MARGIN - 2 * _FRAME_PADDING
    title = tr(QT_TRANSLATE_NOOP("Documents", "Recovery kit"))
    facts = [
        [tr(QT_TRANSLATE_NOOP("Documents", "Shop id")), sheet.shop_id],
        [tr(QT_TRANSLATE_NOOP("Documents", "Made")), sheet.created],
        [tr(QT_TRANSLATE_NOOP("Documents", "Made by")), sheet.made_by],
        [
            tr(QT_TRANSLATE_NOOP("Documents", "Owner sign-ins in this kit")),
            ", ".join(sheet.owner_logins) or tr(QT_TRANSLATE_NOOP("Documents", "none")),
        ],
    ]
    facts_table = Table(
        [[_p(k, st["small"]), _p(v, st["fact"])] for k, v in facts],
        colWidths=[30 * mm, width - QR_SIDE_MM * mm - 34 * mm],
        hAlign="LEFT",
    )
    facts_table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), register_font(), 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.lightgrey),
            ]
        )
    )
    keep_apart = tr(
        QT_TRANSLATE_NOOP(
            "Documents",
            "Keep this sheet somewhere safe, and keep the passphrase apart from it (the "
            "passphrase is not printed here). Anyone who has both can read the shop's "
            "member records. Without the passphrase this kit cannot be opened by anyone, "
            "including us.",
        )
    )
    header = Table(
        [
            [
                [
                    _p(title, st["title"]),
                    _p(sheet.shop_name, st["shop"]),
                    facts_table,
                    Spacer(1, 4 * mm),
                    _p(keep_apart, st["warn"]),
                ],
                QrFlowable(sheet.text, QR_SIDE_MM),
            ]
        ],
        colWidths=[width - QR_SIDE_MM * mm, QR_SIDE_MM * mm],
    )
    header.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), register_font(), 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    steps = [
        QT_TRANSLATE_NOOP(
            "Documents",
            "Install the app on the new computer and restore the shop's latest backup "
            "(Settings → Backups, or: merchant-app backup restore FILE).",
        ),
        QT_TRANSLATE_NOOP(
            "Documents",
            "Start the app. At the sign-in window choose “Import recovery kit” (the app "
            "offers it when this computer has none of the shop's keys).",
        ),
        QT_TRANSLATE_NOOP(
            "Documents",
            "Scan the QR code above, or type the text below: only the letters and digits, "
            "not the small grey line numbers. Spaces and line breaks do not matter.",
        ),
        QT_TRANSLATE_NOOP(
            "Documents",
            "Enter the kit's passphrase. The member records can be read again, and the "
            "Owners listed above sign in with the password they had when this kit was made.",
        ),
        QT_TRANSLATE_NOOP(
            "Documents",
            "Other staff enrol on the new computer with codes the Owner issues there.",
        ),
    ]
    story: list[Flowable] = [header, Spacer(1, 5 * mm)]
    story.append(_p(tr(QT_TRANSLATE_NOOP("Documents", "To restore on a new computer")), st["h2"]))
    for number, step in enumerate(steps, start=1):
        story.append(_p(f"{number}. {tr(step)}", st["step"]))
    story.append(
        _p(
            tr(
                QT_TRANSLATE_NOOP(
                    "Documents",
                    "Make a new kit when an Owner changes their password or a new Owner is "
                    "added; destroy the old sheet.",
                )
            ),
            st["small"],
        )
    )
    story.append(Spacer(1, 4 * mm))
    story.append(
        KeepTogether(
            [
                _p(tr(QT_TRANSLATE_NOOP("Documents", "The kit as text")), st["h2"]),
                Spacer(1, 1.5 * mm),
                _text_block(sheet.lines),
            ]
        )
    )
    return _build(story, title, sheet.shop_name, tr)


def _build(story: list[Flowable], title: str, shop_name: str, tr: Translate) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        title=f"{title} — {shop_name}",
        creator="merchant-app",
        invariant=1,
    )
    page_label = tr(QT_TRANSLATE_NOOP("Documents", "Page {page}"))

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(register_font(), 8)
        canvas.drawRightString(A4[0] - _MARGIN, _MARGIN / 2, page_label.format(page=document.page))
        canvas.drawString(_MARGIN, _MARGIN / 2, f"{title} — {shop_name}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
