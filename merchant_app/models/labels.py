"""Label printing (LBL-5, LBL-6): the shop's label printers, its own copies of label
layouts, and the reprint log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import Base, UTCDateTime, id_column


class LabelPrinter(Base):
    """A printer labels go to.  ``kind`` is ``system`` (an installed printer, by its Qt
    name in ``system_name``), ``zpl_network`` (raw ZPL to ``host``:``port``) or
    ``zpl_file`` (ZPL files written into ``folder``).  Offsets are in micrometres (so
    they stay integers), the scale in percent; ``darkness`` 0–30 or ``None`` for the
    printer's own setting.  At most one printer is the default for each job kind."""

    __tablename__ = "label_printer"

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    system_name: Mapped[str] = mapped_column(String(200), default="")
    host: Mapped[str] = mapped_column(String(200), default="")
    port: Mapped[int] = mapped_column(Integer, default=9100)
    folder: Mapped[str] = mapped_column(Text, default="")
    dpi: Mapped[int] = mapped_column(Integer, default=203)
    offset_x_um: Mapped[int] = mapped_column(Integer, default=0)
    offset_y_um: Mapped[int] = mapped_column(Integer, default=0)
    scale_pct: Mapped[int] = mapped_column(Integer, default=100)
    darkness: Mapped[int | None] = mapped_column(Integer, nullable=True)
    default_shipping: Mapped[bool] = mapped_column(Boolean, default=False)
    default_product: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ShopLabelLayout(Base):
    """A label layout the shop made by copying a shipped one and adjusting it; the
    layout itself is its JSON (``printing.layouts.layout_to_json``), always valid."""

    __tablename__ = "shop_label_layout"

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    based_on: Mapped[str] = mapped_column(String(120), default="")
    layout_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)


class LabelPrintLog(Base):
    """One label job that was printed, saved or sent: enough to make it again
    (``request_json``: the SKUs and copies, or the order ids, the layout and skipped
    positions), never the printed bytes.  ``refs`` is a short text for the list
    (order numbers or SKUs); ``reprint_of`` links a reprint to the job it repeated."""

    __tablename__ = "label_print_log"
    __table_args__ = (Index("ix_label_print_log_printed", "printed_at", "id"),)

    id: Mapped[str] = id_column()
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    job_kind: Mapped[str] = mapped_column(String(16))
    layout_name: Mapped[str] = mapped_column(String(120))
    output: Mapped[str] = mapped_column(String(16))
    printer_name: Mapped[str] = mapped_column(String(80), default="")
    label_count: Mapped[int] = mapped_column(Integer)
    refs: Mapped[str] = mapped_column(Text, default="")
    request_json: Mapped[str] = mapped_column(Text)
    reprint_of: Mapped[str | None] = mapped_column(String(36), nullable=True)
