"""``python -m merchant_app``: the same as the ``merchant-app`` command."""

import sys

from merchant_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
