"""The Members screen (MEM-1 … MEM-5): list and search, member detail, registration,
promotions and service tickets."""

from merchant_app.gui.screens.members.screen import MembersScreen

__all__ = ["MembersScreen"]
