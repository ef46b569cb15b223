"""Frecency: how often and how recently a template was used, as one number that sorts."""

from __future__ import annotations

import math

#: A use counts half as much after this many days.
HALF_LIFE_DAYS = 14.0
_RATE = math.log(2) / (HALF_LIFE_DAYS * 86400)


def frecency_after_use(previous: float | None, when: float) -> float:
    """Frecency after one more use at unix time ``when``.

    Stored as log(Σ e^(λ·t)) over the times of use, so comparing two templates never needs "now": exponential decay
    shrinks every score by the same factor, and the order it gives today is the order it gives tomorrow.
    """
    value = _RATE * when
    if previous is None or previous == -math.inf:
        return value
    high, low = max(previous, value), min(previous, value)
    return high + math.log1p(math.exp(low - high))
