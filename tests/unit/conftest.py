from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.factories import ShopWorld, make_shop


@pytest.fixture
def world(db_url: str) -> Iterator[ShopWorld]:
    w = make_shop(db_url)
    yield w
    w.ctx.db.dispose()
