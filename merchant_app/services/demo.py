"""The demo shop: public sample data for trying the app and for benchmarks.

Its passwords are documented in the README and are public; a demo shop may therefore run
on a machine with no OS keyring (in memory, named in the window title).
"""

from __future__ import annotations

from merchant_app.services import auth, demo_orders, locations, product_import, staff
from merchant_app.services.context import AppContext
from merchant_app.services.demo_catalog import DEMO_WAREHOUSE, demo_product_rows
from merchant_app.services.permissions import (
    CUSTOMER_SERVICE,
    FINANCE,
    MANAGER,
    OWNER,
    SALES_CLERK,
    WAREHOUSE,
)
from merchant_app.services.shop import DeskInfo, ShopInfo, create_shop

# login, display name, role, password (public: documented in the README)
DEMO_USERS: tuple[tuple[str, str, str, str], ...] = (
    ("owner", "Olivia Owner 王老板", OWNER, "owner-demo"),
    ("manager", "Max Manager 李经理", MANAGER, "manager-demo"),
    ("clerk", "Clara Clerk 张店员", SALES_CLERK, "clerk-demo"),
    ("service", "Sam Service 赵客服", CUSTOMER_SERVICE, "service-demo"),
    ("warehouse", "Wang Warehouse 王仓管", WAREHOUSE, "warehouse-demo"),
    ("finance", "Fiona Finance 陈会计", FINANCE, "finance-demo"),
)
DEMO_PASSWORDS = {login: password for login, _, _, password in DEMO_USERS}


def create_demo_shop(
    ctx: AppContext, products: int = 200, orders: int = demo_orders.LIFELIKE
) -> tuple[ShopInfo, DeskInfo]:
    """Create the demo shop in an empty database: the shop, this desk, one user per
    default role with the passwords in :data:`DEMO_USERS`, a warehouse beside the shop
    floor, a catalog of about ``products`` products with stock (written through the
    ordinary product import), about 120 members (:mod:`demo_members`, with the public
    demo data key), ``orders`` orders (see :func:`demo_orders.populate`: a few hundred
    in every state through the real services, a share of them by members, the rest
    historic), then promotions, coupons, service tickets and members' tiers."""
    login, name, _, password = DEMO_USERS[0]
    shop, desk = create_shop(
        ctx,
        name="Demo Shop 演示小店",
        address="88 Market Street, 上海市黄浦区南京东路 88 号",
        currency="CNY",
        locale="zh_CN",
        owner_login=login,
        owner_name=name,
        owner_password=password,
        is_demo=True,
    )
    owner = auth.authenticate(ctx, login, password)
    roles = {r.name: r.id for r in staff.list_roles(ctx, owner)}
    for login, name, role, password in DEMO_USERS[1:]:
        staff.create_user(
            ctx, owner, login=login, display_name=name, role_id=roles[role], password=password
        )
    from merchant_app.services import demo_members  # not on the app's start-up path

    people = demo_members.add_demo_members(ctx, owner)  # before the orders they place
    if products > 0:
        product_import.import_products(ctx, owner, demo_product_rows(products), dry_run=False)
        locations.create_location(ctx, owner, DEMO_WAREHOUSE, "Warehouse 仓库", "warehouse")
        if orders > 0:
            demo_orders.populate(ctx, owner, orders, member_for=people.choose)
    demo_members.finish_demo_members(ctx, owner, people)
    return shop, desk
