"""Bad input into the service entry points (SAFE-5), on a real shop (SQLite and
PostgreSQL).

Hypothesis feeds members, products, orders, stock adjustments, sign-ins and settings
with what people and files really produce: empty, huge and odd text (NUL and other
control characters, zero-width and right-to-left marks, braces that look like message
fields), negative and enormous numbers (beyond the database's 32-bit columns), values of
the wrong type, and ids that do not exist.  Every call either gives a correct result or
raises a :class:`KnownError`; an :class:`InvalidInput` names the field, and a refused
call leaves every table exactly as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from hypothesis import example, given
from hypothesis import strategies as st

from merchant_app import config
from merchant_app.errors import AuthenticationFailed, InvalidInput, KnownError
from merchant_app.services import auth, catalog, members, orders, stock
from merchant_app.services.orders import MAX_AMOUNT, LineInput, OrderDraft, PaymentInput
from tests.catalog_factories import dump, ean13, product
from tests.factories import OWNER_PASSWORD, ShopWorld
from tests.fuzz_profile import fuzz
from tests.stock_factories import add_location, main_location, put_stock

T = TypeVar("T")

# ---------------------------------------------------------------------------- values

_ODD_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "a\x00b",
        "\t\n\r",
        "\x01\x02\x1b[31m\x7f",
        "\u200b",
        "\ufeff",
        "\u202eevil",
        "{field}",
        "{0} {}",
        "%s %(x)s",
        "'; DROP TABLE product; --",
        "王小明",
        "🙂" * 5,
        "ｆｕｌｌ",
    ]
)
TEXT = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
    _ODD_TEXT,
    st.sampled_from([41, 121, 201, 301, 1001, 2001, 5000]).map(lambda n: "x" * n),
    st.tuples(_ODD_TEXT, st.text(max_size=10), _ODD_TEXT).map("".join),
)
_EDGE_INTS = st.sampled_from(
    [-(2**63), -(2**31), -1, 0, 1, 2**31 - 1, 2**31, 10**12, 10**20, 2**64]
)
_WRONG_TYPES = st.sampled_from([None, 1.5, float("nan"), float("inf"), "12", True, b"1", [1]])
NUMBER: st.SearchStrategy[Any] = st.one_of(
    st.integers(-10, 10_000), _EDGE_INTS, _EDGE_INTS, st.integers(), _WRONG_TYPES
)
# printable ids that are nobody's (a NUL never comes from the app's own ids)
UNKNOWN_ID = st.one_of(
    st.sampled_from(["", "nope", "01a2047a-5868-76c3-a9be-4f437fdf9891", "x" * 300]),
    st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=40),
)


def refused_or_done(world: ShopWorld, action: Callable[[], T]) -> T | KnownError:
    """Run ``action``: its result, or the KnownError it raised, after checking that the
    refusal says which field (for InvalidInput) and changed nothing in the database."""
    before = dump(world.ctx.db)
    try:
        return action()
    except KnownError as exc:
        assert exc.message.strip()
        if isinstance(exc, InvalidInput):
            assert exc.params.get("field"), f"{exc.message!r} names no field"
        assert dump(world.ctx.db) == before, f"refused ({exc.message}) but changed data"
        return exc


# ---------------------------------------------------------------------------- members

_PHONE = st.one_of(st.sampled_from(["13800138000", "+86 139 0013 9000", "(021) 6234-5678"]), TEXT)
_EMAIL = st.one_of(st.sampled_from(["mei@example.com", "A@B.CN", "a@b"]), TEXT)
_BIRTHDAY = st.one_of(
    st.sampled_from(["", "2000-01-31", "1899-12-31", "2101-01-01", "2000-02-30", "20000131"]),
    TEXT,
    _WRONG_TYPES,
)
MemberInput = members.MemberInput
_MEI = MemberInput(name="Mei", phone="13800138000")
member_inputs = st.builds(
    members.MemberInput,
    name=st.one_of(st.sampled_from(["Mei", "王小明", "Anne-Marie O'Neil"]), TEXT, _WRONG_TYPES),
    phone=_PHONE,
    email=_EMAIL,
    gender=st.one_of(st.sampled_from(members.GENDERS), TEXT),
    birthday=_BIRTHDAY,
    addresses=st.lists(TEXT, max_size=7).map(tuple),
    notes=TEXT,
    tags=st.lists(st.one_of(TEXT, _WRONG_TYPES), max_size=4).map(tuple),
    consent_marketing=st.booleans(),
    consent_sms=st.booleans(),
    consent_email=st.booleans(),
)


def test_members_register_and_update_or_refuse_by_field(world: ShopWorld) -> None:
    @fuzz(40, dialect=world.ctx.db.dialect, postgres_default=10)
    @given(first=member_inputs, second=member_inputs, other_id=UNKNOWN_ID)
    # what the fuzzing found (fixed): a NUL in a tag crashed PostgreSQL, a birthday that
    # is not text crashed everywhere, control characters passed as an email address
    @example(MemberInput(name="Mei", phone="13800138001", tags=("a\x00",)), _MEI, "nope")
    @example(MemberInput(name="Mei", phone="13800138002", birthday=5), _MEI, "nope")  # type: ignore[arg-type]
    @example(MemberInput(name="Mei", email="a\x01@b.c"), _MEI, "nope")
    def check(first: members.MemberInput, second: members.MemberInput, other_id: str) -> None:
        made = refused_or_done(
            world,
            lambda: members.register_member(world.ctx, world.owner, first, allow_duplicate=True),
        )
        if isinstance(made, KnownError):
            return
        clean = members.clean_input(first)
        assert (made.name, made.phone, made.email) == (
            clean["name"],
            clean["phone"],
            clean["email"],
        )
        assert made.email.isprintable() and made.phone.isprintable()
        again = members.get_member(world.ctx, world.owner, made.id, reveal=True)
        assert again.addresses == tuple(clean["addresses"]) and again.notes == clean["notes"]
        updated = refused_or_done(
            world, lambda: members.update_member(world.ctx, world.owner, made.id, second)
        )
        if not isinstance(updated, KnownError):
            assert updated.name == members.clean_input(second)["name"]
        unknown = refused_or_done(
            world, lambda: members.update_member(world.ctx, world.owner, other_id, first)
        )
        assert isinstance(unknown, KnownError)

    check()


# ---------------------------------------------------------------------------- catalog


@st.composite
def product_inputs(draw: st.DrawFn) -> tuple[catalog.ProductInput, tuple[Any, ...]]:
    """A new product with weird SKU, name, numbers and barcodes (mostly one at a time,
    so that the rest of the product is fine and the weird value is what is tested)."""
    kw: dict[str, Any] = {
        "sku": draw(st.one_of(st.sampled_from(["NEW-1", "NEW-2", "TEA-1", "new-1"]), TEXT)),
        "name": draw(st.one_of(st.just("A product"), TEXT)),
        "status": draw(st.sampled_from(["draft", "listed", "listed", "delisted", "Listed"])),
    }
    for name in draw(st.lists(st.sampled_from(catalog.NUMBER_FIELDS), max_size=3, unique=True)):
        kw[name] = draw(NUMBER)
    if draw(st.booleans()):
        kw["description"] = draw(TEXT)
    if draw(st.integers(0, 4)) == 0:
        kw["unit"] = draw(TEXT)
    if draw(st.integers(0, 4)) == 0:
        kw["category_id"] = draw(UNKNOWN_ID)
    codes = draw(st.lists(st.one_of(st.sampled_from([ean13(5), ean13(1), "ABC-1"]), TEXT),
                          max_size=3))  # fmt: skip
    return catalog.ProductInput(**kw), tuple(codes)


def test_products_are_created_or_refused_by_field(world: ShopWorld) -> None:
    product(world, "TEA-1", barcodes=(ean13(1),), price_minor=1000)

    @fuzz(50, dialect=world.ctx.db.dialect, postgres_default=12)
    @given(given_input=product_inputs())
    # found (fixed): NUL in a SKU, name or description crashed PostgreSQL
    @example((catalog.ProductInput(sku="X\x002", name="n"), ()))
    @example((catalog.ProductInput(sku="X3", name="a\x00b"), ()))
    @example((catalog.ProductInput(sku="X4", name="n", description="a\x00b"), ()))
    @example((catalog.ProductInput(sku="X5", name="n", price_minor=2**31), ()))
    def check(given_input: tuple[catalog.ProductInput, tuple[Any, ...]]) -> None:
        data, codes = given_input
        made = refused_or_done(
            world, lambda: catalog.create_product(world.ctx, world.owner, data, codes)
        )
        if isinstance(made, KnownError):
            return
        assert made.sku == data.sku and made.name == data.name.strip()
        assert made.price_minor == data.price_minor
        assert 0 <= made.price_minor <= MAX_AMOUNT

    check()


# ---------------------------------------------------------------------------- orders


class _Goods:
    def __init__(self, world: ShopWorld) -> None:
        self.main = main_location(world)
        self.other = add_location(world, "WH2")
        tea = product(world, "TEA-1", price_minor=1000, weight_g=250)
        heavy = product(world, "ANVIL", price_minor=2**31 - 1, weight_g=2**31 - 1)
        draft = product(world, "OLD-1", status="draft")
        for p in (tea, heavy):
            put_stock(world, p.id, self.main, 1000)
        self.ids = [tea.id, heavy.id, draft.id]
        self.member = members.register_member(
            world.ctx, world.owner, members.MemberInput(name="Mei", phone="13800138000")
        ).id


def _orders(goods: _Goods) -> st.SearchStrategy[tuple[OrderDraft, tuple[PaymentInput, ...]]]:
    product_id = st.one_of(st.sampled_from(goods.ids), UNKNOWN_ID)
    lines = st.lists(
        st.builds(
            LineInput,
            product_id=product_id,
            quantity=st.one_of(st.integers(1, 5), NUMBER),
            unit_price_minor=st.one_of(st.none(), st.none(), NUMBER),
            discount_minor=st.one_of(st.just(0), st.just(0), NUMBER),
        ),
        min_size=0,
        max_size=4,
    ).map(tuple)
    maybe_text = st.one_of(st.just(""), st.just(""), TEXT)
    drafts = st.builds(
        OrderDraft,
        lines=lines,
        member_id=st.one_of(st.none(), st.none(), st.just(goods.member), UNKNOWN_ID),
        customer_name=maybe_text,
        customer_phone=maybe_text,
        ship_name=maybe_text,
        ship_phone=maybe_text,
        ship_address=st.one_of(st.just("1 High St"), TEXT),
        ship_zone=st.one_of(st.just(""), st.just("remote"), TEXT),
        delivery_method=st.one_of(st.sampled_from(["pickup", "own", "carrier"]), TEXT),
        shipping_fee_minor=st.one_of(st.none(), st.none(), NUMBER),
        insured=st.booleans(),
        order_discount_minor=st.one_of(st.just(0), st.just(0), NUMBER),
        payment_terms=st.one_of(st.sampled_from(orders.PAYMENT_TERMS), TEXT),
        warehouse_note=maybe_text,
        note=maybe_text,
        location_id=st.one_of(st.none(), st.none(), st.just(goods.other), UNKNOWN_ID),
        external_ref=maybe_text,
    )
    payments = st.lists(
        st.builds(
            PaymentInput,
            method=st.one_of(st.sampled_from(orders.PAYMENT_METHODS), TEXT),
            amount_minor=st.one_of(st.integers(1, 2000), NUMBER),
            tendered_minor=st.one_of(st.just(0), NUMBER),
            reference=maybe_text,
        ),
        max_size=2,
    ).map(tuple)
    return st.tuples(drafts, payments)


def test_orders_are_placed_correctly_or_refused_by_field(world: ShopWorld) -> None:
    goods = _Goods(world)

    @fuzz(60, dialect=world.ctx.db.dialect, postgres_default=15)
    @given(order=_orders(goods))
    # found (fixed): totals beyond the 32-bit columns crashed PostgreSQL; an order could
    # name a member who does not exist
    @example((OrderDraft(lines=(LineInput(goods.ids[0], 2, 2 * 10**9),)), ()))
    @example((OrderDraft(lines=(LineInput(goods.ids[0], 1, 10**12),)), ()))
    @example((OrderDraft(lines=(LineInput(goods.ids[1], 100),), delivery_method="own"), ()))
    @example((OrderDraft(lines=(LineInput(goods.ids[0], 1),), shipping_fee_minor=10**12), ()))
    @example((OrderDraft(lines=(LineInput(goods.ids[0], 1),)), (PaymentInput("cash", 1, 10**12),)))
    @example((OrderDraft(lines=(LineInput(goods.ids[0], 1),), member_id="nobody"), ()))
    def check(order: tuple[OrderDraft, tuple[PaymentInput, ...]]) -> None:
        draft, payments = order
        placed = refused_or_done(
            world, lambda: orders.place_order(world.ctx, world.owner, draft, payments)
        )
        if isinstance(placed, KnownError):
            return
        stored = orders.get_order(world.ctx, world.owner, placed.id)
        assert stored.total_minor == placed.total_minor <= MAX_AMOUNT
        assert stored.total_minor == (
            stored.subtotal_minor
            - stored.discount_minor
            + stored.shipping_fee_minor
            + stored.extra_fees_minor
        )
        assert stored.subtotal_minor == sum(ln.total_minor for ln in stored.lines)
        for ln in stored.lines:
            assert ln.total_minor == ln.quantity * ln.unit_price_minor - ln.discount_minor >= 0
        assert 0 <= stored.paid_minor <= stored.total_minor

    check()


# ---------------------------------------------------------------------------- stock


def test_stock_adjustments_apply_or_are_refused_by_field(world: ShopWorld) -> None:
    goods = _Goods(world)

    @fuzz(40, dialect=world.ctx.db.dialect, postgres_default=10)
    @given(
        product_id=st.one_of(st.sampled_from(goods.ids), UNKNOWN_ID),
        location_id=st.one_of(st.just(goods.main), st.just(goods.other), UNKNOWN_ID),
        qty=st.one_of(st.integers(-5, 5), NUMBER),
        reason=st.one_of(st.sampled_from(stock.ADJUST_REASONS), TEXT),
        note=st.one_of(st.just(""), TEXT, _WRONG_TYPES),
    )
    # found (fixed): 10**20 crashed SQLite and PostgreSQL, 2**31 and a NUL in the note
    # crashed PostgreSQL
    @example(goods.ids[0], goods.main, 10**20, "found", "")
    @example(goods.ids[0], goods.main, 2**31, "found", "")
    @example(goods.ids[0], goods.main, 1, "found", "a\x00")
    def check(product_id: str, location_id: str, qty: Any, reason: str, note: Any) -> None:
        before = {r.location_id: r.on_hand for r in _levels(world, product_id)}
        done = refused_or_done(
            world,
            lambda: stock.adjust(
                world.ctx, world.owner, product_id, location_id, qty, reason, note
            ),
        )
        if isinstance(done, KnownError):
            return
        assert done.applied  # the Owner approves her own adjustments
        after = {r.location_id: r.on_hand for r in _levels(world, product_id)}
        assert after[location_id] == before.get(location_id, 0) + qty

    check()


def _levels(world: ShopWorld, product_id: str) -> list[stock.LevelRow]:
    try:
        return stock.levels(world.ctx, world.owner, product_id)
    except KnownError:
        return []


# ---------------------------------------------------------------------------- sign-in


def test_odd_logins_fail_with_a_message(world: ShopWorld) -> None:
    @fuzz(30, dialect=world.ctx.db.dialect, postgres_default=8)
    @given(
        login=st.one_of(st.sampled_from(["owner", " OWNER ", "owner\x00", "own\x00er"]), TEXT),
        password=st.one_of(st.just(OWNER_PASSWORD), TEXT),
    )
    @example("own\x00er", OWNER_PASSWORD)  # found (fixed): crashed PostgreSQL
    def check(login: str, password: str) -> None:
        try:
            actor = auth.authenticate(world.ctx, login, password)
        except AuthenticationFailed as exc:
            assert exc.message.strip()
            return
        assert login.strip().lower() == "owner" and password == OWNER_PASSWORD
        assert actor.login == "owner"

    check()


# ---------------------------------------------------------------------------- settings

_JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), TEXT),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
_FIELDS = [f for f in config.Settings.__dataclass_fields__ if f != "data_dir"]
_SETTINGS_FILES = st.one_of(
    st.binary(max_size=200),
    _JSON.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(st.sampled_from(_FIELDS), _JSON, max_size=5).map(
        lambda d: json.dumps(d, allow_nan=True).encode()
    ),
    st.just(b"[" * 100_000),
    st.just(b'{"language": "en", "idle_lock_minutes": NaN}'),
)


@fuzz(200)
@given(data=_SETTINGS_FILES)
# found (fixed): a file that is JSON but not an object, or a value of the wrong kind,
# raised AttributeError / TypeError instead of naming the setting
@example(b"[]")
@example(b'{"idle_lock_minutes": "ten"}')
@example(b"[" * 100_000)
def test_garbage_settings_files_are_refused_by_field(tmp_path_factory, data: bytes) -> None:
    folder: Path = tmp_path_factory.mktemp("settings")
    (folder / config.SETTINGS_FILE).write_bytes(data)
    try:
        settings = config.load_settings(folder)
    except InvalidInput as exc:
        assert exc.params.get("field"), exc.message
        return
    settings.validate()
    assert isinstance(settings.idle_lock_minutes, int) and isinstance(settings.language, str)
    config.save_settings(settings)  # what was read can be written back
    assert _same(config.load_settings(folder), settings)


@fuzz(200)
@given(field=st.sampled_from(_FIELDS), value=st.one_of(_JSON, NUMBER))
def test_settings_fields_take_only_their_kind_of_value(
    tmp_path_factory, field: str, value: Any
) -> None:
    base = config.Settings(data_dir=tmp_path_factory.mktemp("desk"))
    try:
        changed = base.with_changes(**{field: value})
    except InvalidInput as exc:
        assert exc.params.get("field") == field, exc.message
        return
    assert getattr(changed, field) == value
    config.save_settings(changed)
    assert _same(config.load_settings(changed.data_dir), changed)


def _same(a: config.Settings, b: config.Settings) -> bool:
    """Equal settings (a password in the database address is not written to the file)."""
    return replace(a, database_url="") == replace(b, database_url="") and (
        a.database_url.split("@")[-1] == b.database_url.split("@")[-1]
    )
