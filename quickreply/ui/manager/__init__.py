"""The manager window: categories, the reply list and editor, the reply check, the trash, fee tables, statistics."""
