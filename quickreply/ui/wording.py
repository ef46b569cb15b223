"""Filling translated text: ``fill(self.tr("Moved %1 replies to %2."), 3, "售后/退款")``."""

from __future__ import annotations


def fill(text: str, *values: object) -> str:
    """Replace %1, %2, … in a translated string (Qt's placeholders, which the .ts files keep)."""
    for number, value in reversed(list(enumerate(values, start=1))):  # %10 before %1
        text = text.replace(f"%{number}", str(value))
    return text
