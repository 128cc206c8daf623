"""The label layouts a shop can choose (LBL-6): the shipped ones, read-only, and the
shop's own copies of them, adjusted in the layout editor and stored in the database.

A shop layout is always valid: it is stored only after
:func:`~merchant_app.printing.layouts.layout_from_dict` accepted it, so a box off the
label or an unknown setting is refused with a message naming the field, and nothing is
saved.  Layout names are unique across shipped and shop layouts (and the shipped files'
short names, such as ``product-50x30mm``).  Reading needs ``label.print``; copying,
saving and deleting need ``settings.manage`` and are audited.

A layout is found by name wherever one is chosen (the Print tab, the command line, the
packing desk).  The shop's default shipping layout (the one the packing desk prints) is
the setting ``shipping_label_layout`` (:func:`set_default_shipping_layout`); renaming
that layout keeps it the default, deleting it returns to the automatic choice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, InvalidInput, NotFound
from merchant_app.models import Shop, ShopLabelLayout
from merchant_app.printing.data import LabelData, ProductLabelData, ShippingLabelData
from merchant_app.printing.layouts import (
    Layout,
    LayoutKind,
    layout_from_dict,
    layout_from_json,
    layout_to_dict,
    layout_to_json,
    layouts_dir,
    load_layout,
    shipped_layouts,
)
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize
from merchant_app.services.shop import get_setting, set_setting

MAX_NAME = 120
READ = "label.print"
MANAGE = "settings.manage"
SHIPPING_LAYOUT_SETTING = "shipping_label_layout"
LAYOUT_4X6 = "Shipping 4×6 in"
LAYOUT_100X150 = "Shipping 100×150 mm"


@dataclass(frozen=True)
class LayoutInfo:
    """A layout as the pickers list it.  ``shipped`` layouts cannot be changed, only
    copied; ``short_name`` is a shipped layout's file name (what the command line takes)."""

    name: str
    kind: str
    stock_kind: str
    description: str
    shipped: bool
    short_name: str
    based_on: str
    label_width_mm: float
    label_height_mm: float
    per_page: int


@cache
def _short_pairs() -> tuple[tuple[str, str], ...]:
    return tuple((p.stem, load_layout(p).name) for p in sorted(layouts_dir().glob("*.json")))


def _short_names() -> dict[str, str]:
    """Shipped layouts' short names (file stems) → their names."""
    return dict(_short_pairs())


def _info(layout: Layout, shipped: bool, short: str = "", based_on: str = "") -> LayoutInfo:
    stock = layout.stock
    return LayoutInfo(
        name=layout.name,
        kind=layout.kind.value,
        stock_kind=stock.kind.value,
        description=layout.description,
        shipped=shipped,
        short_name=short,
        based_on=based_on,
        label_width_mm=stock.label_width_mm,
        label_height_mm=stock.label_height_mm,
        per_page=stock.per_page,
    )


def _shop_rows(session: Session) -> list[ShopLabelLayout]:
    return list(session.scalars(select(ShopLabelLayout).order_by(ShopLabelLayout.name)))


def _shop_row(session: Session, name: str) -> ShopLabelLayout | None:
    return session.scalar(select(ShopLabelLayout).where(ShopLabelLayout.name == name))


def find_layout(session: Session, name: str, kind: str | None = None) -> Layout:
    """The layout called ``name`` (a shop layout, a shipped layout or a shipped layout's
    short name); :class:`NotFound` listing what exists, :class:`InvalidInput` when it is
    not for ``kind`` labels."""
    shipped = shipped_layouts()
    layout = shipped.get(name) or shipped.get(_short_names().get(name, ""))
    if layout is None:
        row = _shop_row(session, name)
        if row is not None:
            layout = layout_from_json(row.layout_json, row.name)
    if layout is None:
        known = sorted(shipped) + [r.name for r in _shop_rows(session)]
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "No label layout is called “{name}”. Known: {known}."),
            name=name,
            known=", ".join(known),
        )
    if kind is not None and layout.kind.value != kind:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The layout “{name}” is not for this kind of label."),
            name=name,
            field="layout",
        )
    return layout


def list_layouts(ctx: AppContext, actor: Actor, kind: str | None = None) -> list[LayoutInfo]:
    """Every layout (shipped first, then the shop's, each by name), only ``kind`` ones
    when given."""
    shorts = {name: stem for stem, name in _short_names().items()}
    with ctx.db.transaction() as s:
        authorize(s, actor, READ)
        out = [
            _info(layout, True, shorts.get(name, ""))
            for name, layout in sorted(shipped_layouts().items())
        ]
        for row in _shop_rows(s):
            out.append(_info(layout_from_json(row.layout_json, row.name), False, "", row.based_on))
    return [i for i in out if kind is None or i.kind == kind]


def get_layout(ctx: AppContext, actor: Actor, name: str) -> Layout:
    """The layout called ``name`` (see :func:`find_layout`)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, READ)
        return find_layout(s, name)


def _check_new_name(session: Session, name: str, keep: str = "") -> str:
    clean = name.strip()
    if not clean or len(clean) > MAX_NAME:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A layout name must have 1 to {max} characters."),
            max=MAX_NAME,
            field="name",
        )
    if clean == keep:
        return clean
    if clean in shipped_layouts() or clean in _short_names() or _shop_row(session, clean):
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors", "There is already a label layout called “{name}”; choose another name."
            ),
            name=clean,
            field="name",
        )
    return clean


def copy_layout(ctx: AppContext, actor: Actor, name: str, new_name: str) -> Layout:
    """Copy the layout ``name`` (shipped or the shop's) as a new shop layout called
    ``new_name``, which must be unused; returns the copy."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, MANAGE)
        source = find_layout(s, name)
        clean = _check_new_name(s, new_name)
        data = layout_to_dict(source)
        data["name"] = clean
        copy = layout_from_dict(data, clean)
        s.add(
            ShopLabelLayout(
                name=clean,
                kind=copy.kind.value,
                based_on=source.name,
                layout_json=layout_to_json(copy),
                updated_at=ctx.clock(),
                updated_by=actor.user_id,
            )
        )
        s.flush()
        audit.record(s, ctx, current, "label.layout.copy", clean, {"from": source.name})
        return copy


def save_layout(ctx: AppContext, actor: Actor, name: str, data: Mapping[str, Any]) -> Layout:
    """Replace the shop layout ``name`` with ``data`` (a layout's JSON object; its
    ``name`` may rename it).  Shipped layouts cannot be changed (copy one first); the
    kind (shipping or product) stays.  Any problem raises :class:`InvalidInput` naming
    the field and setting, and nothing is saved."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, MANAGE)
        row = _shop_row(s, name)
        if row is None:
            if name in shipped_layouts() or name in _short_names():
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{name}” comes with the app and cannot be changed; copy it and "
                        "change the copy.",
                    ),
                    name=name,
                    field="layout",
                )
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "No label layout is called “{name}”."), name=name
            )
        layout = layout_from_dict(dict(data), name)
        new_name = _check_new_name(s, layout.name, keep=row.name)
        if layout.kind.value != row.kind:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The layout “{name}” is for {kind} labels; that cannot change."
                ),
                name=name,
                kind=row.kind,
                field="kind",
            )
        row.name = new_name
        row.layout_json = layout_to_json(layout)
        row.updated_at = ctx.clock()
        row.updated_by = actor.user_id
        if new_name != name and get_setting(s, SHIPPING_LAYOUT_SETTING) == name:
            set_setting(s, SHIPPING_LAYOUT_SETTING, new_name)  # renamed: still the default
        audit.record(s, ctx, current, "label.layout.save", new_name, {"was": name})
        return layout


def delete_layout(ctx: AppContext, actor: Actor, name: str) -> None:
    """Delete the shop layout ``name`` (shipped layouts cannot be deleted).  Jobs in the
    reprint log that used it can no longer be reprinted (their reprint says so)."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, MANAGE)
        row = _shop_row(s, name)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "The shop has no label layout called “{name}”."),
                name=name,
            )
        s.delete(row)
        details: dict[str, str] = {}
        if get_setting(s, SHIPPING_LAYOUT_SETTING) == name:
            set_setting(s, SHIPPING_LAYOUT_SETTING, "")  # back to the automatic choice
            details["was_default"] = "shipping"
        audit.record(s, ctx, current, "label.layout.delete", name, details or None)


# ---------------------------------------------------------------- the shipping default


def automatic_shipping_layout(session: Session) -> str:
    """The shipping layout used when the shop chose none: 4×6 in for US shops, 100×150 mm
    elsewhere."""
    locale = session.scalar(select(Shop.locale).limit(1))
    return LAYOUT_4X6 if (locale or "").endswith("_US") else LAYOUT_100X150


def shipping_layout(session: Session, layout_name: str | None = None) -> Layout:
    """The layout shipping labels are printed on: ``layout_name`` (shipped or the shop's,
    by name or short name), else the shop's default shipping layout, else the automatic
    choice.  :class:`InvalidInput` naming it when there is no such shipping layout."""
    name = (
        layout_name
        or get_setting(session, SHIPPING_LAYOUT_SETTING)
        or automatic_shipping_layout(session)
    )
    try:
        return find_layout(session, name, LayoutKind.SHIPPING.value)
    except (NotFound, InvalidInput):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is no shipping label layout “{layout}”."),
            layout=name,
            field="layout",
        ) from None


@dataclass(frozen=True)
class ShippingDefault:
    """Which layout the packing desk prints shipping labels on: ``name``, and whether
    the shop chose it (``chosen``) or it is the automatic choice for its country."""

    name: str
    chosen: bool


def default_shipping_layout(ctx: AppContext, actor: Actor) -> ShippingDefault:
    """The layout the packing desk (and ``labels shipping`` without ``--layout``) uses."""
    with ctx.db.transaction() as s:
        authorize(s, actor, READ)
        chosen = get_setting(s, SHIPPING_LAYOUT_SETTING)
        return ShippingDefault(shipping_layout(s).name, bool(chosen))


def set_default_shipping_layout(ctx: AppContext, actor: Actor, name: str) -> ShippingDefault:
    """Make ``name`` (a shipping layout, shipped or the shop's) the one the packing desk
    prints on; an empty ``name`` returns to the automatic choice.  Needs
    ``settings.manage``; audited.  :class:`InvalidInput` when ``name`` is not a shipping
    layout (nothing changes then)."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, MANAGE)
        was = get_setting(s, SHIPPING_LAYOUT_SETTING)
        value = shipping_layout(s, name.strip()).name if name.strip() else ""
        set_setting(s, SHIPPING_LAYOUT_SETTING, value)
        audit.record(
            s,
            ctx,
            current,
            "label.layout.default_shipping",
            value or "(automatic)",
            {"was": was or "(automatic)"},
        )
        return ShippingDefault(shipping_layout(s).name, bool(value))


def sample_label(kind: LayoutKind | str) -> LabelData:
    """Made-up label data for previews and test prints (a Chinese address included, so
    a preview shows the font works)."""
    if LayoutKind(kind) is LayoutKind.SHIPPING:
        return ShippingLabelData(
            sender="Sample Shop\n1 High Street, Springfield",
            recipient_name="王小明 Wang Xiaoming",
            recipient_phone="+86 138 0013 8000",
            recipient_address="广东省深圳市南山区科技园南区 深南大道 9988 号",
            order_number="A-000123",
            weight_g=1250,
            tracking_number="SF1234567890",
            delivery_method="Carrier",
        )
    return ProductLabelData("Green tea 绿茶 250 g", "¥12.50", "TEA-250", "2000000000015")


__all__ = [
    "LayoutInfo",
    "ShippingDefault",
    "automatic_shipping_layout",
    "copy_layout",
    "default_shipping_layout",
    "delete_layout",
    "find_layout",
    "get_layout",
    "list_layouts",
    "sample_label",
    "save_layout",
    "set_default_shipping_layout",
    "shipping_layout",
]
