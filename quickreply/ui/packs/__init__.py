"""Packs and spreadsheets in the GUI: the File menu, import preview, export, installed packs, subscription, and the
worker thread that does their long work off the GUI thread."""
