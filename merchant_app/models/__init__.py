"""SQLAlchemy models: the schema.  Importing this package registers every table."""

from merchant_app.models.audit import ApprovalRequest, AuditEntry, AuditHead
from merchant_app.models.auth import EnrolmentCode, Permission, Role, User, role_permission
from merchant_app.models.base import Base
from merchant_app.models.shop import Desk, DeskSequence, Shop, ShopSetting

__all__ = [
    "ApprovalRequest",
    "AuditEntry",
    "AuditHead",
    "Base",
    "Desk",
    "DeskSequence",
    "EnrolmentCode",
    "Permission",
    "Role",
    "Shop",
    "ShopSetting",
    "User",
    "role_permission",
]
