"""What a setting can hold — the agent's text, a key combination, a yes/no flag, one of a few choices, some of a few
options, a number, the program's own text or JSON — and, for each kind, how a value is checked, read from the agent's
words, stored as text and read back.

The settings table holds text only; the kinds turn it into the values the code works with (a flag is a ``bool``),
so no caller compares stored strings.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Final, Generic, TypeVar

from ..errors import InvalidInput

T = TypeVar("T")


def _require(value: object, wanted: type) -> None:
    # The UI is not type-checked: a string slipping into a flag must fail loudly, not be stored as some text.
    if type(value) is not wanted:
        raise TypeError(f"a {wanted.__name__} setting was given {value!r}")


class Kind(ABC, Generic[T]):
    """How the values of one kind of setting are checked, typed by the agent, stored and shown."""

    @abstractmethod
    def check(self, value: T) -> T:
        """``value`` as it is stored (text stripped, for one).

        Raises:
            InvalidInput: a value this setting does not take (too long, not one of the choices).
            TypeError: a value of another type: a bug, not the agent's doing.
        """

    @abstractmethod
    def parse(self, words: str) -> T:
        """The value the agent typed (``quickreply settings KEY VALUE``), checked.

        Raises:
            InvalidInput: the words are no value of this setting; the message says what would be.
        """

    @abstractmethod
    def encode(self, value: T) -> str:
        """The text stored in the settings table."""

    @abstractmethod
    def decode(self, stored: str) -> T | None:
        """The stored text read back; None when it is no value of this kind (the setting's default is used then)."""

    def shown(self, value: T) -> str:
        """The value as the command line prints it."""
        return str(value)

    def hint(self) -> str:
        """What the agent may write, for help texts (``开/关``); empty when the label says enough."""
        return ""


@dataclass(frozen=True)
class Text(Kind[str]):
    """Text the agent writes, such as the shop's name: stripped, at most ``limit`` characters."""

    limit: int = 60

    def check(self, value: str) -> str:
        _require(value, str)
        value = value.strip()
        if len(value) > self.limit:
            raise InvalidInput(f"设置值太长（{len(value)} 个字），最多 {self.limit} 个字。")
        return value

    def parse(self, words: str) -> str:
        return self.check(words)

    def encode(self, value: str) -> str:
        return value

    def decode(self, stored: str) -> str:
        return stored


@dataclass(frozen=True)
class KeyCombination(Text):
    """A key combination in Qt's portable text (``Ctrl+Alt+Q``); the settings dialog records it by the keys pressed."""

    limit: int = 40


#: The words the command line takes for a flag, as (yes, no): Chinese first, then what scripts and habits write.
FLAG_WORDS: Final = (("开", "关"), ("on", "off"), ("true", "false"), ("1", "0"))
_FLAG_VALUES: Final = {word: yes for pair in FLAG_WORDS for word, yes in zip(pair, (True, False), strict=True)}


def flag_words() -> str:
    """How to write a flag, for help and messages: ``开 或 关（也可以写 on/off、true/false、1/0）``."""
    (yes, no), *others = FLAG_WORDS
    return f"{yes} 或 {no}（也可以写 {'、'.join('/'.join(pair) for pair in others)}）"


@dataclass(frozen=True)
class Flag(Kind[bool]):
    """Yes or no. Stored as ``1``/``0`` (migration 6 rewrote the ``on``/``off`` of older versions)."""

    def check(self, value: bool) -> bool:
        _require(value, bool)
        return value

    def parse(self, words: str) -> bool:
        value = _FLAG_VALUES.get(words.strip().lower())
        if value is None:
            raise InvalidInput(f"设置值「{words}」无效：请写 {flag_words()}。")
        return value

    def encode(self, value: bool) -> str:
        return "1" if value else "0"

    def decode(self, stored: str) -> bool | None:
        return {"1": True, "0": False}.get(stored)

    def shown(self, value: bool) -> str:
        return "开" if value else "关"

    def hint(self) -> str:
        return "开/关"


@dataclass(frozen=True)
class Option:
    """One value of a choice.

    Args:
        value: what is stored and what scripts write (``center``).
        label: its name for the agent in Chinese, for the command line (``屏幕中央``); a language by its own name.
        title: the settings dialog's English text, which Qt translates; None shows ``label`` in every language (the
            name of a language is written in that language).
    """

    value: str
    label: str
    title: str | None = None


@dataclass(frozen=True)
class Choice(Kind[str]):
    """One of a few options."""

    options: tuple[Option, ...]

    def _listed(self) -> str:
        return "、".join(f"{o.value}（{o.label}）" for o in self.options)

    def check(self, value: str) -> str:
        _require(value, str)
        if value not in {o.value for o in self.options}:
            raise InvalidInput(f"设置值「{value}」无效，可选：{self._listed()}。")
        return value

    def parse(self, words: str) -> str:
        words = words.strip()
        # The agent may name an option the way the help does: 屏幕中央 as well as center.
        named = next((o.value for o in self.options if words in (o.value, o.label)), words)
        return self.check(named)

    def encode(self, value: str) -> str:
        return value

    def decode(self, stored: str) -> str | None:
        return stored if stored in {o.value for o in self.options} else None

    def hint(self) -> str:
        return " / ".join(f"{o.value} {o.label}" for o in self.options)


@dataclass(frozen=True)
class SomeOf(Kind[tuple[str, ...]]):
    """Any of a few options, none to all (the fuzzy sounds an agent hears as one): stored comma-separated in the
    options' order; a flag's words switch all of them on or off."""

    options: tuple[str, ...]

    def _listed(self) -> str:
        return " ".join(self.options)

    def check(self, value: tuple[str, ...]) -> tuple[str, ...]:
        _require(value, tuple)
        unknown = [v for v in value if v not in self.options]
        if unknown:
            raise InvalidInput(f"设置值「{unknown[0]}」无效，可选：{self._listed()}。")
        return tuple(o for o in self.options if o in value)

    def parse(self, words: str) -> tuple[str, ...]:
        words = words.strip()
        flag = _FLAG_VALUES.get(words.lower())
        if flag is not None or words in ("全部", "all", "无", "none", ""):
            return self.options if flag or words in ("全部", "all") else ()
        chosen = []
        for word in words.replace("，", ",").replace("、", ",").replace(",", " ").split():
            # one side of a pair names it too: ``zh`` for z/zh
            named = next((o for o in self.options if word == o or word in o.split("/")), word)
            chosen.append(named)
        return self.check(tuple(chosen))

    def encode(self, value: tuple[str, ...]) -> str:
        return ",".join(value)

    def decode(self, stored: str) -> tuple[str, ...] | None:
        value = tuple(v for v in stored.split(",") if v)
        return value if all(v in self.options for v in value) else None

    def shown(self, value: tuple[str, ...]) -> str:
        if not value:
            return "关"
        return "开（全部）" if value == self.options else "、".join(value)

    def hint(self) -> str:
        return f"开、关，或其中几个：{self._listed()}"


@dataclass(frozen=True)
class Number(Kind[int]):
    """A whole number, at least ``minimum``."""

    minimum: int = 0

    def check(self, value: int) -> int:
        _require(value, int)
        if value < self.minimum:
            raise InvalidInput(f"设置值 {value} 太小，最小是 {self.minimum}。")
        return value

    def parse(self, words: str) -> int:
        try:
            number = int(words.strip())
        except ValueError:
            raise InvalidInput(f"设置值「{words}」不是整数。") from None
        return self.check(number)

    def encode(self, value: int) -> str:
        return str(value)

    def decode(self, stored: str) -> int | None:
        try:
            number = int(stored)
        except ValueError:
            return None
        return number if number >= self.minimum else None


@dataclass(frozen=True)
class Raw(Kind[str]):
    """Text the program keeps for itself exactly as given (a path, a date, a size); empty when there is none."""

    def check(self, value: str) -> str:
        _require(value, str)
        return value

    def parse(self, words: str) -> str:
        return self.check(words)

    def encode(self, value: str) -> str:
        return value

    def decode(self, stored: str) -> str:
        return stored


@dataclass(frozen=True)
class Json(Raw):
    """A JSON document the owning module writes and reads back into its own objects (the shop's freight policy, the
    last import); empty when there is none. Only a document is stored: what it means is the owner's to check, with
    a message that names it.
    """

    def check(self, value: str) -> str:
        _require(value, str)
        if value:
            try:
                json.loads(value)
            except ValueError as exc:
                raise ValueError(f"not a JSON document: {value[:40]!r} ({exc})") from None
        return value
