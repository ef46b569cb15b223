"""``python -m quickreply`` runs the command line."""

import sys

from quickreply.launcher import main

sys.exit(main())
