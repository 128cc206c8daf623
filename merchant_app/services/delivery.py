"""Delivery methods and their fees (ORD-7): own delivery, carriers and pickup, with fees
by chargeable weight (the greater of actual and volumetric weight) and zone, packaging
and insurance fees, and free shipping above an amount.

The shop's methods are stored as one shop setting (JSON); a shop that has set none gets
:data:`DEFAULT_METHODS`.  Amounts are minor units of the shop's currency.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize, load_actor
from merchant_app.services.shop import get_settings, set_setting

SETTING = "delivery_methods"
KINDS = ("pickup", "own", "carrier")
KIND_LABELS = {
    "pickup": QT_TRANSLATE_NOOP("Delivery", "Pickup"),
    "own": QT_TRANSLATE_NOOP("Delivery", "Own delivery"),
    "carrier": QT_TRANSLATE_NOOP("Delivery", "Carrier"),
}
VOLUMETRIC_DIVISOR = 5000  # cm³ per kg, the carriers' usual figure
MAX_FEE = 10**9


@dataclass(frozen=True)
class DeliveryMethod:
    """One way of getting an order to the customer and how its fee is worked out:
    ``base_fee`` covers the first kilogram, ``per_kg`` each further started kilogram,
    ``zone_fees`` adds a surcharge per zone, ``free_over`` (0: never) waives the
    shipping fee for goods worth at least that, ``packaging_fee`` is added per order
    and ``insurance_bp`` (basis points of the goods' value) when the order is insured."""

    code: str
    name: str
    kind: str
    base_fee: int = 0
    per_kg: int = 0
    zone_fees: dict[str, int] = field(default_factory=dict)
    free_over: int = 0
    packaging_fee: int = 0
    insurance_bp: int = 0


@dataclass(frozen=True)
class FeeQuote:
    """What an order pays for delivery, and why."""

    shipping: int
    packaging: int
    insurance: int
    chargeable_weight_g: int
    free_shipping: bool

    @property
    def extras(self) -> int:
        """Packaging and insurance together."""
        return self.packaging + self.insurance


@dataclass(frozen=True)
class Parcel:
    """One line's physical size: per unit weight (g) and dimensions (mm), and units."""

    weight_g: int
    length_mm: int
    width_mm: int
    height_mm: int
    quantity: int


DEFAULT_METHODS: tuple[DeliveryMethod, ...] = (
    DeliveryMethod("pickup", "Pickup at the counter", "pickup"),
    DeliveryMethod("own", "Own delivery", "own", base_fee=500, free_over=20000),
    DeliveryMethod(
        "carrier",
        "Carrier",
        "carrier",
        base_fee=800,
        per_kg=300,
        zone_fees={"remote": 1500},
        free_over=30000,
        packaging_fee=100,
        insurance_bp=50,
    ),
)


def _method_from(data: dict[str, object]) -> DeliveryMethod:
    zones = data.get("zone_fees") or {}
    if not isinstance(zones, dict):
        zones = {}
    return DeliveryMethod(
        code=str(data["code"]),
        name=str(data.get("name", data["code"])),
        kind=str(data.get("kind", "carrier")),
        base_fee=int(str(data.get("base_fee", 0))),
        per_kg=int(str(data.get("per_kg", 0))),
        zone_fees={str(k): int(str(v)) for k, v in zones.items()},
        free_over=int(str(data.get("free_over", 0))),
        packaging_fee=int(str(data.get("packaging_fee", 0))),
        insurance_bp=int(str(data.get("insurance_bp", 0))),
    )


def methods_in(session: Session) -> tuple[DeliveryMethod, ...]:
    """The shop's delivery methods (the defaults when none are set)."""
    return _parsed(get_settings(session, (SETTING,)).get(SETTING, ""))


@functools.lru_cache(maxsize=8)
def _parsed(raw: str) -> tuple[DeliveryMethod, ...]:
    if not raw:
        return DEFAULT_METHODS
    try:
        return tuple(_method_from(item) for item in json.loads(raw))
    except (ValueError, KeyError, TypeError, AttributeError):
        return DEFAULT_METHODS


def method_in(session: Session, code: str) -> DeliveryMethod:
    """The method ``code``; :class:`InvalidInput` naming the field when unknown."""
    for method in methods_in(session):
        if method.code == code:
            return method
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "Unknown delivery method “{method}”."),
        method=code,
        field="delivery_method",
    )


def list_methods(ctx: AppContext, actor: Actor) -> tuple[DeliveryMethod, ...]:
    """The shop's delivery methods; any signed-in user may read them."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        return methods_in(s)


def _check(method: DeliveryMethod) -> None:
    amounts = [
        method.base_fee,
        method.per_kg,
        method.free_over,
        method.packaging_fee,
        *method.zone_fees.values(),
    ]
    if not method.code.strip() or len(method.code) > 24:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A delivery method needs a code of 1 to 24 characters."),
            field="code",
        )
    if method.kind not in KINDS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of delivery “{kind}”."),
            kind=method.kind,
            field="kind",
        )
    if any(a < 0 or a > MAX_FEE for a in amounts) or not 0 <= method.insurance_bp <= 10000:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The fees of delivery method “{method}” must be between 0 and {max}."
            ),
            method=method.code,
            max=MAX_FEE,
            field="fees",
        )


def set_methods(
    ctx: AppContext, actor: Actor, methods: Iterable[DeliveryMethod]
) -> tuple[DeliveryMethod, ...]:
    """Replace the shop's delivery methods (``settings.manage``; audited).  Codes must be
    unique; every fee between 0 and :data:`MAX_FEE`."""
    items = tuple(methods)
    for method in items:
        _check(method)
    codes = [m.code for m in items]
    if not items or len(set(codes)) != len(codes):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Delivery method codes must be present and unique."),
            field="code",
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "settings.manage")
        set_setting(s, SETTING, json.dumps([asdict(m) for m in items], sort_keys=True))
        audit.record(s, ctx, current, "delivery.methods", "", {"codes": codes})
    return items


def chargeable_weight_g(parcels: Iterable[Parcel]) -> int:
    """The greater of actual and volumetric weight (cm³ / 5000 per kg), in grams."""
    actual = 0
    volumetric = 0.0
    for p in parcels:
        actual += p.weight_g * p.quantity
        volume_cm3 = p.length_mm * p.width_mm * p.height_mm * p.quantity / 1000
        volumetric += volume_cm3 * 1000 / VOLUMETRIC_DIVISOR
    return max(actual, round(volumetric))


def quote(
    method: DeliveryMethod,
    parcels: Iterable[Parcel],
    goods_minor: int,
    zone: str = "",
    insured: bool = False,
) -> FeeQuote:
    """The delivery fees for goods worth ``goods_minor`` going by ``method`` to ``zone``.

    Shipping is the base fee (first kilogram) plus ``per_kg`` per further started
    kilogram plus the zone's surcharge, or 0 above ``free_over``; packaging and
    insurance are added whatever the shipping fee."""
    weight = chargeable_weight_g(parcels)
    extra_kg = max(0, -(-weight // 1000) - 1)
    shipping = method.base_fee + extra_kg * method.per_kg + method.zone_fees.get(zone, 0)
    free = method.free_over > 0 and goods_minor >= method.free_over
    if free or method.kind == "pickup":
        shipping = 0
    insurance = goods_minor * method.insurance_bp // 10000 if insured else 0
    return FeeQuote(shipping, method.packaging_fee, insurance, weight, free)
