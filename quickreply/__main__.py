"""``python -m quickreply`` runs the command line."""

import sys

from quickreply.launcher import main

if __name__ == "__main__":
    # In the release build a worker process (a big import computes search forms in parallel) starts this same
    # program: freeze_support() turns it into that worker instead of a second app.
    if getattr(sys, "frozen", False):  # only there: importing multiprocessing costs every start 10 ms
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
