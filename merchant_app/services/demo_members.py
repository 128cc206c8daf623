"""Demo members: about 120 made-up members with their points, tiers and segments, a few
promotions and coupons, and a few service tickets (public sample data, like the demo
catalog and orders), all written through the real services.

:func:`add_demo_members` registers the members at their own times (some long ago, some
this month) before the demo orders are placed; :meth:`DemoMembers.choose` tells
``demo_orders.add_demo_orders`` which member (if any) places an order at a given time,
so a share of the orders carry a member and earn points on payment, as at the counter.
:func:`finish_demo_members` then adds the promotions, turns a few members' points into
coupons, opens the tickets and recomputes every member's tier and segment.

The demo shop's member data key is public, like its passwords: derived from the shop id
(:func:`demo_data_key`), put into this desk's key store before the first member is
sealed, and given out by ``DemoKeyStore`` (a demo shop on a machine with no OS keyring),
so a demo shop opened again in another process can still read its members.

Deterministic for a given seed (ids and the real clock aside).
"""

from __future__ import annotations

import base64
import hashlib
import random
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import select

from merchant_app.clock import ManualClock
from merchant_app.models import Product, SalesOrder, User
from merchant_app.security.member_crypto import DATA_KEY_NAME
from merchant_app.services import member_points, member_tiers, members, promotions
from merchant_app.services import service_tickets as tickets
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import load_actor

MEMBERS = 120  # members in the demo shop
ORDER_SHARE = 0.45  # of the lifelike orders placed by a member
_KEY_LABEL = b"merchant-app public demo member data key\x00"

# surname (hanzi, pinyin), given names (hanzi, pinyin)
_SURNAMES = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
    ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"),
    ("何", "he"), ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"),
)  # fmt: skip
_GIVEN = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
    ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"),
    ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"),
    ("欣", "xin"), ("婷", "ting"), ("浩", "hao"), ("宇", "yu"),
)  # fmt: skip
_FIRST = (
    ("Anna", "female"), ("Ben", "male"), ("Chloe", "female"), ("David", "male"),
    ("Emma", "female"), ("Felix", "male"), ("Grace", "female"), ("Henry", "male"),
    ("Iris", "female"), ("Jack", "male"), ("Lucy", "female"), ("Oliver", "male"),
    ("Sophie", "female"), ("Tom", "male"),
)  # fmt: skip
_LAST = ("Smith", "Brown", "Lee", "Martin", "Wong", "Garcia", "Müller", "Rossi", "Chan", "Taylor")
_MAIL_DOMAINS = ("example.com", "example.cn", "example.net")
_PREFIXES = ("138", "139", "137", "136", "135", "150", "151", "158", "186", "187", "188", "199")
_CITIES = (
    ("上海市", "黄浦区南京东路"),
    ("上海市", "徐汇区淮海中路"),
    ("北京市", "朝阳区建国路"),
    ("杭州市", "西湖区文三路"),
    ("苏州市", "姑苏区观前街"),
)
_TAGS = ("tea lover", "wholesale", "online", "walk-in", "gift buyer", "office")
_NOTES = ("", "", "", "Prefers WeChat Pay 喜欢微信支付", "Call before delivery 送货前请来电")

# (kind, category, subject, description, outcome): outcome "resolved", "waiting" (follow-up
# due already), "in_progress" (follow-up in a few days) or "open"
_TICKETS = (
    ("complaint", "delivery", "Parcel arrived late 快递延误",
     "Customer says the parcel came three days late.", "resolved"),
    ("after_sales", "product", "Mug chipped on arrival 杯子有缺口",
     "Photo received; customer wants a replacement.", "waiting"),
    ("enquiry", "account", "How do points expire? 积分怎么过期",
     "Asked when this year's points expire.", "resolved"),
    ("enquiry", "product", "Restock of Longjing tea 龙井补货",
     "Wants to be told when the 250 g tins are back.", "in_progress"),
    ("complaint", "payment", "Charged twice 重复扣款",
     "Bank statement shows two card payments for one order.", "waiting"),
    ("after_sales", "delivery", "Wrong size sent 尺码发错",
     "Ordered L, received M; exchange requested.", "open"),
    ("enquiry", "service", "Invoice for company 公司发票",
     "Needs a VAT invoice with the company name.", "resolved"),
    ("complaint", "service", "Rude phone call 电话态度",
     "Unhappy with a call about a held order.", "in_progress"),
)  # fmt: skip
_RESOLUTIONS = (
    "Apologised and gave a 20-yuan coupon 已致歉并赠送优惠券",
    "Explained; customer satisfied 已解释，客户满意",
    "Invoice sent by email 发票已发送",
)


def demo_data_key(shop_id: str) -> str:
    """The demo shop's member data key as key-store text: public (derived from the shop
    id, as the demo passwords are documented), so any desk opening the demo shop, with
    or without an OS keyring, reads its members."""
    return base64.b64encode(hashlib.sha256(_KEY_LABEL + shop_id.encode()).digest()).decode()


def public_demo_secret(shop_id: str, name: str) -> str | None:
    """What ``DemoKeyStore`` gives for a secret it does not hold: the demo data key for
    the member data key's name, nothing for any other name."""
    return demo_data_key(shop_id) if name == DATA_KEY_NAME and shop_id else None


@dataclass(frozen=True)
class DemoMember:
    """A demo member as the orders and tickets use it."""

    id: str
    card_number: str
    name: str
    phone: str
    registered_at: datetime
    weight: float  # how often they come back (a few loyal members place many orders)


@dataclass
class DemoMembers:
    """The members :func:`add_demo_members` registered, and the chooser that lets a
    share of the demo orders be placed by them."""

    members: list[DemoMember]
    share: float = ORDER_SHARE
    seed: int = 29
    _rng: random.Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def choose(self, at: datetime) -> tuple[str, str, str] | None:
        """``(member id, name, phone)`` of the member placing an order at ``at``, or
        ``None`` for a walk-in customer; only members registered by then are chosen,
        the loyal ones far more often."""
        if not self.members or self._rng.random() >= self.share:
            return None
        known = [m for m in self.members if m.registered_at <= at]
        if not known:
            return None
        m = self._rng.choices(known, [m.weight for m in known])[0]
        return m.id, m.name, m.phone


def _person(rng: random.Random, n: int) -> tuple[str, str, str]:
    """(name, email or "", gender) of a made-up person; ``n`` keeps emails unique."""
    if rng.random() < 0.75:
        sur, sur_py = rng.choice(_SURNAMES)
        given = rng.sample(_GIVEN, rng.choice((1, 2)))
        name = sur + "".join(g for g, _ in given)
        local = f"{sur_py}.{''.join(p for _, p in given)}{n}"
        gender = rng.choice(("", "female", "male"))
    else:
        first, gender = rng.choice(_FIRST)
        last = rng.choice(_LAST)
        name = f"{first} {last}"
        local = f"{first.lower()}.{last.lower().replace('ü', 'ue')}{n}"
    email = f"{local}@{rng.choice(_MAIL_DOMAINS)}" if rng.random() < 0.4 else ""
    return name, email, gender


def _actor(ctx: AppContext, login: str, fallback: Actor) -> Actor:
    """The demo user ``login`` when the shop has them (active), else ``fallback``."""
    with ctx.db.transaction() as s:
        user_id = s.scalar(select(User.id).where(User.login == login, User.active.is_(True)))
        return load_actor(s, user_id) if user_id is not None else fallback


def _at(ctx: AppContext, at: datetime) -> AppContext:
    return replace(ctx, clock=ManualClock(at))


def install_demo_key(ctx: AppContext) -> None:
    """Put the public demo data key into this desk's key store unless a key is there."""
    if ctx.keys.get(ctx.shop_id, DATA_KEY_NAME) is None:
        ctx.keys.set(ctx.shop_id, DATA_KEY_NAME, demo_data_key(ctx.shop_id))


def add_demo_members(
    ctx: AppContext, actor: Actor, count: int = MEMBERS, seed: int = 23
) -> DemoMembers:
    """Register ``count`` members through :func:`members.register_member` (by the demo
    clerk when the shop has one, else ``actor``), each at their own time over the last
    two years (a sixth of them this month): Chinese and English names, unique mobile
    numbers, emails for about 40 %, some birthdays, addresses, tags and consents.  The
    public demo data key is installed first (see the module docstring)."""
    rng = random.Random(seed)
    now = ctx.clock()
    install_demo_key(ctx)
    clerk = _actor(ctx, "clerk", actor)
    phones: set[str] = set()
    people = []
    for n in range(count):
        name, email, gender = _person(rng, n + 1)
        phone = rng.choice(_PREFIXES) + f"{rng.randrange(10**8):08d}"
        while phone in phones:
            phone = rng.choice(_PREFIXES) + f"{rng.randrange(10**8):08d}"
        phones.add(phone)
        days = rng.uniform(0, 30) if n % 6 == 0 else rng.uniform(45, 720)
        birthday = ""
        if rng.random() < 0.5:
            born = datetime(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))
            birthday = born.date().isoformat()
        city, street = rng.choice(_CITIES)
        data = members.MemberInput(
            name=name,
            phone=phone,
            email=email,
            gender=gender,
            birthday=birthday,
            addresses=(f"{city}{street}{rng.randint(1, 999)}号",) if rng.random() < 0.5 else (),
            notes=rng.choice(_NOTES),
            tags=tuple(rng.sample(_TAGS, rng.choice((0, 0, 1, 1, 2)))),
            consent_marketing=rng.random() < 0.6,
            consent_sms=rng.random() < 0.5,
            consent_email=bool(email) and rng.random() < 0.7,
        )
        # a few loyal regulars place most member orders (tiers and segments need them)
        weight = 12.0 if n % 17 == 3 else (3.0 if n % 5 == 1 else 1.0)
        people.append((now - timedelta(days=days, hours=rng.uniform(0, 10)), data, weight))
    people.sort(key=lambda p: p[0])
    registered = []
    for at, data, weight in people:
        info = members.register_member(_at(ctx, at), clerk, data)
        registered.append(DemoMember(info.id, info.card_number, data.name, data.phone, at, weight))
    return DemoMembers(registered)


def _promotions(ctx: AppContext, actor: Actor, now: datetime) -> None:
    """A sale on one product, spend-and-save, a member price, and three coupons (one of
    them expired), by ``actor`` (who needs ``price.change``)."""
    listed = (Product.is_parent.is_(False), Product.status == "listed")
    with ctx.db.transaction() as s:
        rows = s.execute(
            select(Product.id, Product.price_minor).where(*listed).order_by(Product.sku).limit(40)
        ).all()
        tea = s.scalar(
            select(Product.id)
            .where(*listed, Product.name.like("%tea%"))
            .order_by(Product.sku)
            .limit(1)
        )
    start = now - timedelta(days=40)
    promo = promotions.PromotionInput
    made = [
        promo("Spend 300 save 30 满300减30", "spend_save", amount_minor=3000, threshold_minor=30000,
          repeat=True, starts_at=start),
        promo("Welcome coupon 新客立减10元", "fixed", code="WELCOME10", amount_minor=1000,
          min_spend_minor=10000, usage_limit=500, starts_at=start),
        promo("VIP coupon 会员立减50元", "fixed", code="VIP50", amount_minor=5000,
          min_spend_minor=50000, members_only=True, usage_limit=100, starts_at=start),
        promo("Spring sale 春季九折", "percent", code="SPRING10", percent_bp=1000,
          starts_at=now - timedelta(days=120), ends_at=now - timedelta(days=60)),
    ]  # fmt: skip
    if tea:
        made.append(promo("Tea week 本周特惠 8.5折", "percent", product_id=tea, percent_bp=1500))
    if rows:
        pid, price = rows[-1]
        made.append(
            promo(
                "Member price 会员价", "member_price", product_id=pid, price_minor=price * 9 // 10
            )
        )
    for data in made:
        promotions.create_promotion(_at(ctx, start), actor, data)


def _tickets(ctx: AppContext, service: Actor, demo: DemoMembers, rng: random.Random) -> None:
    """The tickets of :data:`_TICKETS` by ``service``: most about a member's recent
    order (when there are member orders), the others about a member only."""
    now = ctx.clock()
    with ctx.db.transaction() as s:
        linked = s.execute(
            select(SalesOrder.id, SalesOrder.member_id, SalesOrder.created_at)
            .where(SalesOrder.member_id.is_not(None))
            .order_by(SalesOrder.created_at.desc(), SalesOrder.id)
            .limit(len(_TICKETS) * 7)
        ).all()
    for i, (kind, category, subject, text, outcome) in enumerate(_TICKETS):
        order_id: str | None = None
        if linked and i % 4 != 2:
            order_id, member_id, placed = linked[i * 7 % len(linked)]
            placed = placed if placed.tzinfo else placed.replace(tzinfo=now.tzinfo)
            opened = placed + timedelta(hours=rng.uniform(1, 40))
            opened = min(opened, now - timedelta(hours=rng.uniform(0.5, 3)))
        elif demo.members:
            member = demo.members[(i * 7) % len(demo.members)]
            member_id = member.id
            opened = max(member.registered_at, now - timedelta(days=rng.uniform(1, 20)))
        else:
            continue
        ticket = tickets.open_ticket(
            _at(ctx, opened),
            service,
            kind=kind,
            category=category,
            subject=subject,
            description=text,
            member_id=member_id,
            order_id=order_id,
        )
        later = _at(ctx, min(now, opened + timedelta(hours=rng.uniform(1, 30))))
        if outcome == "resolved":
            tickets.resolve_ticket(later, service, ticket.id, _RESOLUTIONS[i % len(_RESOLUTIONS)])
        elif outcome == "waiting":  # the follow-up is due already
            tickets.update_ticket(
                later,
                service,
                ticket.id,
                status="waiting",
                follow_up_at=later.clock() + (now - later.clock()) * rng.uniform(0.3, 0.9),
                note="Asked the customer for photos 已请客户补充照片",
            )
        elif outcome == "in_progress":
            tickets.update_ticket(
                later,
                service,
                ticket.id,
                status="in_progress",
                follow_up_at=now + timedelta(days=rng.uniform(1, 5)),
            )


def finish_demo_members(
    ctx: AppContext, actor: Actor, demo: DemoMembers, seed: int = 31
) -> dict[str, int]:
    """After the demo orders: promotions and coupons (by ``actor``, who needs
    ``price.change``), points turned into coupons by the members with the most points,
    service tickets (by the demo service user), then every member's tier and segment
    recomputed now.  Returns the members per tier."""
    rng = random.Random(seed)
    now = ctx.clock()
    _promotions(ctx, actor, now)
    service = _actor(ctx, "service", actor)
    with ctx.db.transaction() as s:
        ids = [m.id for m in demo.members]
        points = members.points_of(s, ids) if ids else {}
    value = member_points.get_rules(ctx, actor).value_minor
    for member_id, balance in sorted(points.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
        amount = balance // 2 * value // 100 * 100  # about half the points, whole yuan
        if amount > 0:
            member_points.redeem_for_coupon(ctx, service, member_id, amount)
    _tickets(ctx, service, demo, rng)
    member_tiers.recompute(ctx, actor)
    return member_tiers.tier_counts(ctx, actor)
