"""Showing and printing label PDFs with Qt: a preview widget that rasterises the first
page (QtPdf's :class:`QPdfDocument`), and :func:`print_pdf`, which prints every page to a
:class:`QPrinter` at the printer's resolution with its offset and scale applied through
the painter's transform (PDF offsets and scale are applied here, not in the PDF)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPaintEvent, QPen
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QSizePolicy, QWidget

MM_PER_INCH = 25.4


class PdfPages:
    """A PDF held in memory and opened with QtPdf (usable in any one thread)."""

    def __init__(self, data: bytes) -> None:
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)

    @property
    def count(self) -> int:
        """Pages in the document (0 when it could not be read)."""
        if self.document.status() != QPdfDocument.Status.Ready:
            return 0
        return self.document.pageCount()

    def size_mm(self, page: int) -> QSizeF:
        """The page's size in millimetres."""
        pt = self.document.pagePointSize(page)
        return QSizeF(pt.width() * MM_PER_INCH / 72, pt.height() * MM_PER_INCH / 72)

    def render(self, page: int, dpi: float, crisp: bool = True) -> QImage:
        """Page ``page`` as an image at ``dpi``; ``crisp`` draws paths (barcode bars)
        without antialiasing so their edges fall on whole dots."""
        mm = self.size_mm(page)
        size = QSize(
            max(1, round(mm.width() / MM_PER_INCH * dpi)),
            max(1, round(mm.height() / MM_PER_INCH * dpi)),
        )
        options = QPdfDocumentRenderOptions()
        if crisp:
            options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.PathAliased)
        image = self.document.render(page, size, options)
        image.setDotsPerMeterX(round(dpi / MM_PER_INCH * 1000))
        image.setDotsPerMeterY(round(dpi / MM_PER_INCH * 1000))
        return image

    def close(self) -> None:
        """Release the document."""
        self.document.close()
        self._buffer.close()


def paint_page(
    painter: QPainter,
    image: QImage,
    dpi: float,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    scale_pct: int = 100,
) -> None:
    """Draw a page image (rendered at ``dpi``) on a device of the same resolution,
    moved by ``offset_mm`` (right and down positive, rounded to whole dots) and scaled
    by ``scale_pct`` around the page's top-left corner."""
    painter.save()
    painter.translate(
        round(offset_mm[0] / MM_PER_INCH * dpi), round(offset_mm[1] / MM_PER_INCH * dpi)
    )
    if scale_pct != 100:
        painter.scale(scale_pct / 100, scale_pct / 100)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawImage(0, 0, image)
    painter.restore()


def print_pdf(
    data: bytes,
    printer: QPrinter,
    settings: Any = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Print every page of the PDF ``data`` to ``printer`` on paper of the page's own
    size with no margins, at ``settings.dpi`` (300 without settings), moved and scaled by
    ``settings`` (a :class:`~merchant_app.services.label_printing.PrinterSettings`).
    ``progress(done, total)`` is called after each page and may raise to cancel (the
    pages printed so far are sent).  Returns the pages printed."""
    pages = PdfPages(data)
    total = pages.count
    dpi = int(getattr(settings, "dpi", 0) or 300)
    offset = (
        float(getattr(settings, "offset_x_mm", 0.0)),
        float(getattr(settings, "offset_y_mm", 0.0)),
    )
    scale = int(getattr(settings, "scale_pct", 100))
    printer.setResolution(dpi)
    printer.setFullPage(True)
    painter = QPainter()
    done = 0
    try:
        for page in range(total):
            layout = QPageLayout(
                QPageSize(pages.size_mm(page), QPageSize.Unit.Millimeter),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
            if page == 0:
                printer.setPageLayout(layout)
                if not painter.begin(printer):
                    raise OSError(f"cannot start printing on {printer.printerName() or 'file'}")
            else:
                printer.setPageLayout(layout)
                printer.newPage()
            paint_page(
                painter,
                pages.render(page, printer.resolution()),
                printer.resolution(),
                offset,
                scale,
            )
            done += 1
            if progress is not None:
                progress(done, total)
    finally:
        if painter.isActive():
            painter.end()
        pages.close()
    return done


class PdfPreview(QWidget):
    """Shows the first page of a PDF, scaled to fit, on a grey desk with the paper's
    edge; :meth:`set_pdf` replaces it, :meth:`set_message` shows a text instead, and
    :meth:`set_highlight` outlines a box on the page (the field being edited)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelPreview")
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.image: QImage | None = None
        self.page_size_mm = QSizeF()
        self.message = ""
        self.highlight_mm: QRectF | None = None

    def set_pdf(self, data: bytes) -> None:
        """Show the first page of ``data`` (rendered once at 300 dpi, scaled when drawn)."""
        pages = PdfPages(data)
        try:
            if pages.count:
                self.page_size_mm = pages.size_mm(0)
                longest = max(self.page_size_mm.width(), self.page_size_mm.height())
                # enough dots for a sharp preview, bounded for big sheets
                dpi = min(300.0, 1600 / (longest / MM_PER_INCH))
                self.image = pages.render(0, dpi, crisp=False)
                self.message = ""
            else:
                self.image = None
        finally:
            pages.close()
        self.update()

    def set_message(self, text: str) -> None:
        """Show ``text`` instead of a page (e.g. why there is no preview)."""
        self.image = None
        self.message = text
        self.update()

    def set_highlight(self, rect_mm: QRectF | None) -> None:
        """Outline ``rect_mm`` (millimetres from the page's top-left), or nothing."""
        self.highlight_mm = rect_mm
        self.update()

    def has_page(self) -> bool:
        """Whether a page is shown."""
        return self.image is not None and not self.image.isNull()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0x9A, 0x9E, 0xA5))
        if self.has_page():
            assert self.image is not None
            area = QRectF(self.rect()).adjusted(16, 16, -16, -16)
            size = QSizeF(self.image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(
                area.left() + (area.width() - size.width()) / 2,
                area.top() + (area.height() - size.height()) / 2,
                size.width(),
                size.height(),
            )
            painter.fillRect(target.translated(3, 3), QColor(0, 0, 0, 60))
            painter.fillRect(target, Qt.GlobalColor.white)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(target, self.image)
            if self.highlight_mm is not None and self.page_size_mm.width() > 0:
                scale = target.width() / self.page_size_mm.width()
                box = self.highlight_mm
                accent = QColor(33, 118, 210)
                pen = QPen(accent, 2, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                accent.setAlpha(40)
                painter.setBrush(accent)
                painter.drawRect(
                    QRectF(
                        target.left() + box.left() * scale,
                        target.top() + box.top() * scale,
                        box.width() * scale,
                        box.height() * scale,
                    )
                )
        elif self.message:
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(
                self.rect().adjusted(20, 20, -20, -20),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.message,
            )
        painter.end()
