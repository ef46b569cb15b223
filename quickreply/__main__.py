"""``python -m quickreply`` runs the command line."""

import sys

from quickreply.cli import main

sys.exit(main())
