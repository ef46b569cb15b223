"""Bit signatures: the part of the search index that is computed when a template is written.

Each template gets a fixed-size bit signature per field group: every character and every pair of adjacent
characters of the group's texts sets one hashed bit. A term can only match a text whose signature has all of
the term's bits set, so a query first keeps the templates whose bits fit (a few vectorised numpy operations over
all templates) and then checks those few exactly. The signatures are stored with the template, so opening a
library of 100,000 templates only joins bytes — no text is hashed at start-up or per keystroke.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

#: Bump when the hashing, the layout or anything else ``search_columns`` stores changes: stored search columns are
#: then recomputed on open. 2: the meaning search's weighted grams. 4: a 【product title】 left out of them. 5: "A not
#: A" questions read as the plain word, and lengths of time as one number. 6: pinyin read as words first (银行 yin
#: hang), with every everyday reading; the letter pairs of initials mixed with syllables; buyer phrasings searched.
VERSION = 6

_MUL = 0x9E3779B1
_PAIR = 0x85EBCA6B
_CHAR_SALT = 0x27D4EB2F
_PAIR_SALT = 0x165667B1
_U32 = 0xFFFFFFFF


@dataclass(frozen=True)
class Region:
    """Where one field group's bits live inside a template's signature."""

    name: str
    offset: int  # in bytes
    bits: int  # a power of two

    @property
    def shift(self) -> int:
        return 32 - (self.bits.bit_length() - 1)


PREFIX = Region("prefix", 0, 256)  # first character and pair of each title form
TITLE = Region("title", 32, 512)  # title, its pinyin forms and their joins (spelling.joins), shortcut
META = Region("meta", 96, 256)  # tags and their pinyin forms
BODY = Region("body", 128, 1024)  # body text and buyer phrasings
REGIONS = (PREFIX, TITLE, META, BODY)
SIZE = 256  # bytes per template


def _char_bits(codes: np.ndarray, region: Region) -> np.ndarray:
    x = (codes ^ np.uint32(_CHAR_SALT)) * np.uint32(_MUL)
    hashed: np.ndarray = x >> np.uint32(region.shift)
    return hashed


def _pair_bits(first: np.ndarray, second: np.ndarray, region: Region) -> np.ndarray:
    x = ((first * np.uint32(_PAIR)) ^ second ^ np.uint32(_PAIR_SALT)) * np.uint32(_MUL)
    hashed: np.ndarray = x >> np.uint32(region.shift)
    return hashed


def compute(groups: Sequence[Sequence[Sequence[str]]]) -> list[bytes]:
    """Signatures of many templates at once.

    Args:
        groups: one entry per template; each entry holds, for every region in ``REGIONS`` order, the texts whose
            characters and pairs go into that region.

    Returns:
        One ``SIZE``-byte signature per template.
    """
    count = len(groups)
    bits = np.zeros(count * SIZE * 8, dtype=bool)  # one flag per bit, packed at the end
    first_bit = np.arange(count, dtype=np.int64) * (SIZE * 8)
    for index, region in enumerate(REGIONS):
        # One string per template and one for all, with a NUL between texts: pairs that straddle a NUL are dropped.
        texts = ["\0".join(fields[index]) for fields in groups]
        codes = np.frombuffer("\0".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=count) + 1
        base = np.repeat(first_bit + region.offset * 8, lengths)[: len(codes)]
        real = codes != 0
        bits[base[real] + _char_bits(codes[real], region).astype(np.int64)] = True
        both = real[:-1] & real[1:]
        pairs = _pair_bits(codes[:-1][both], codes[1:][both], region)
        bits[base[:-1][both] + pairs.astype(np.int64)] = True
    raw = np.packbits(bits, bitorder="little").tobytes()
    return [raw[i * SIZE : (i + 1) * SIZE] for i in range(count)]


def _hash(x: int, region: Region) -> int:
    return ((x * _MUL) & _U32) >> region.shift


def term_bits(term: str, region: Region, limit: int = 12) -> list[int]:
    """Bit numbers (within ``region``) that every text containing ``term`` has set.

    Pairs are preferred to single characters because they are rarer; ``limit`` caps the work for a 5,000-character
    query, which is safe because fewer bits only let more templates through to the exact check.
    """
    codes = [ord(c) for c in term]
    pairs = [_hash((((a * _PAIR) & _U32) ^ b ^ _PAIR_SALT) & _U32, region) for a, b in itertools.pairwise(codes)]
    chars = [_hash((c ^ _CHAR_SALT) & _U32, region) for c in codes]
    return list(dict.fromkeys(pairs + chars))[:limit]


def prefix_bits(term: str) -> list[int]:
    """Bits of the ``PREFIX`` region that a title form starting with ``term`` has set."""
    return term_bits(term[:2], PREFIX, limit=3)
