"""The library: one agent's replies in SQLite — categories, templates, the trash, undo, settings, backups — with the
search index kept in step with every write (``Library.change``)."""
