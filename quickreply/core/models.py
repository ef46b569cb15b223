"""The things an agent works with: categories of replies and the reply templates themselves."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

#: [start, end) in characters of a text, for highlighting.
Span = tuple[int, int]


@dataclass(frozen=True)
class Category:
    """A category; ``path`` is how people write it (``售后/退款``). Two levels at most."""

    id: int
    name: str
    parent_id: int | None
    position: int
    path: str
    count: int = 0


@dataclass(frozen=True)
class Template:
    """One reply template as stored in the library."""

    id: int
    category_id: int
    category: str  # path, e.g. 售后/退款时效
    title: str
    body: str
    shortcut: str | None = None
    tags: tuple[str, ...] = ()
    favorite: bool = False
    use_count: int = 0
    last_used: str | None = None
    created: str = ""
    updated: str = ""
    pack_id: str | None = None
    pack_item_id: str | None = None
    #: Its place in its category (the lead's order); trashed templates keep theirs.
    position: int = 0
    #: Buyer phrasings (买家问法): what buyers write that this reply answers; the meaning search reads them.
    phrasings: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        """The fields scripts see (``--json``)."""
        return {
            "id": self.id,
            "category": self.category,
            "title": self.title,
            "shortcut": self.shortcut,
            "tags": list(self.tags),
            "phrasings": list(self.phrasings),
            "body": self.body,
            "favorite": self.favorite,
            "use_count": self.use_count,
            "last_used": self.last_used,
            "pack": self.pack_id,
        }


@dataclass(frozen=True)
class TrashedTemplate:
    """A template in the trash, as it was: ``template.category`` is the path it had, even if that category is gone."""

    template: Template
    #: When it was deleted: ISO time, local with its offset, to the second.
    deleted_at: str


@dataclass(frozen=True)
class Hit:
    """A search result: the template and how well it matched (higher ``score`` is better)."""

    template: Template
    score: float
    tier: int = field(default=4)
    #: The title's matched characters (see ``title_spans``), or how to find them: the popup paints a dozen rows of
    #: the fifty found, so the search leaves finding them to the rows shown.
    spans: tuple[Span, ...] | Callable[[], Sequence[Span]] = field(default=(), compare=False, repr=False)
    #: Why it matched, in the agent's words (``快捷码``, ``标题``, ``买家问法「…」相近：退款、时效``).
    reason: str = ""
    #: True when it was found by what a buyer's message means rather than by the letters typed.
    by_meaning: bool = False
    #: Values of its variables the query already gave (the tracking number in a buyer's message).
    values: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def title_spans(self) -> tuple[Span, ...]:
        """Characters of the title the query matched, as [start, end) spans, for highlighting (pinyin hits too)."""
        spans = self.spans
        if callable(spans):
            spans = tuple(spans())
            object.__setattr__(self, "spans", spans)  # found once, when first painted
        return spans
