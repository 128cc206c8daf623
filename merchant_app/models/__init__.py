"""SQLAlchemy models: the schema.  Importing this package registers every table."""

from merchant_app.models.audit import ApprovalRequest, AuditEntry, AuditHead
from merchant_app.models.auth import EnrolmentCode, Permission, Role, User, role_permission
from merchant_app.models.base import Base
from merchant_app.models.catalog import Category, PriceChange, Product, ProductBarcode, Supplier
from merchant_app.models.labels import LabelPrinter, LabelPrintLog, ShopLabelLayout
from merchant_app.models.members import (
    CouponUse,
    Member,
    MemberNameKey,
    MemberPoints,
    PointsEntry,
    Promotion,
    ServiceTicket,
)
from merchant_app.models.orders import (
    AfterSalesCase,
    AfterSalesLine,
    OrderEvent,
    OrderLine,
    Payment,
    SalesOrder,
    Settlement,
    Waybill,
)
from merchant_app.models.shop import Desk, DeskSequence, Shop, ShopSetting
from merchant_app.models.stock import (
    Location,
    PurchaseOrder,
    PurchaseOrderLine,
    StockCount,
    StockCountLine,
    StockCountUnknownScan,
    StockLevel,
    StockMove,
)
from merchant_app.models.sync import SyncConflict, SyncOutbox, SyncReceipt

__all__ = [
    "AfterSalesCase",
    "AfterSalesLine",
    "ApprovalRequest",
    "AuditEntry",
    "AuditHead",
    "Base",
    "Category",
    "CouponUse",
    "Desk",
    "DeskSequence",
    "EnrolmentCode",
    "LabelPrintLog",
    "LabelPrinter",
    "Location",
    "Member",
    "MemberNameKey",
    "MemberPoints",
    "OrderEvent",
    "OrderLine",
    "Payment",
    "Permission",
    "PointsEntry",
    "PriceChange",
    "Product",
    "ProductBarcode",
    "Promotion",
    "PurchaseOrder",
    "PurchaseOrderLine",
    "Role",
    "SalesOrder",
    "ServiceTicket",
    "Settlement",
    "Shop",
    "ShopLabelLayout",
    "ShopSetting",
    "StockCount",
    "StockCountLine",
    "StockCountUnknownScan",
    "StockLevel",
    "StockMove",
    "Supplier",
    "SyncConflict",
    "SyncOutbox",
    "SyncReceipt",
    "User",
    "Waybill",
    "role_permission",
]
