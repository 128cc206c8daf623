"""The Sync screen and the offline banner/status of a desk on a server (GROW-2)."""

from merchant_app.gui.screens.sync.panel import SyncScreen

__all__ = ["SyncScreen"]
