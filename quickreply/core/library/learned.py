"""What the library learns from the agent: the buyer's words before each pick.

After a search with a pasted buyer message, the reply the agent copies gets that message — cleaned of order,
tracking and phone numbers, names and addresses (``buyer_text.clean_message``) — as a learned phrasing, and the next
similar message ranks it first. A message after which nothing was copied, or after which the agent searched for
something else, is kept (cleaned) as a buyer question for the lead, who can attach it to a reply with one click.

Nothing of this leaves the machine unless the lead exports it (``export_pack(learned=True)``); the setting
``learn_from_buyers`` (off) and ``quickreply questions --forget`` delete all of it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Final

from ..errors import InvalidInput, NotFound, QuickReplyError, why_not_written
from ..search.buyer_text import clean_message, key_of, read
from ..spreadsheet_files import safe_cell, write_whole
from .field_limits import MAX_PHRASING
from .settings import LEARN_FROM_BUYERS
from .template_rows import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .store import Library

#: Learned phrasings kept per reply: the most recent win, so a reply learns the shop's current questions.
MAX_PER_TEMPLATE: Final = 60
#: Buyer questions kept: the most recent.
MAX_QUESTIONS: Final = 5000


@dataclass(frozen=True)
class LearnedPhrasing:
    """A buyer's message (cleaned) after which the agent copied this reply; ``times`` counts the picks."""

    id: int
    template_id: int
    text: str
    times: int
    first_seen: str
    last_seen: str

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "template_id": self.template_id, "text": self.text, "times": self.times,
                "first_seen": self.first_seen, "last_seen": self.last_seen}  # fmt: skip


@dataclass(frozen=True)
class BuyerQuestion:
    """A buyer's message (cleaned) after which no reply was copied: a question the library does not answer yet."""

    id: int
    text: str
    times: int
    first_seen: str
    last_seen: str

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "text": self.text, "times": self.times, "first_seen": self.first_seen,
                "last_seen": self.last_seen}  # fmt: skip


def worth_keeping(message: str) -> tuple[str, str] | None:
    """``(cleaned text, key)`` of a message worth learning from; None for one with nothing left to match (only
    numbers, emoji or punctuation), or one that is not a buyer's message but a code typed by the agent."""
    # A lone surrogate (a broken paste, undecodable bytes in argv) cannot be stored: left out, not kept pending.
    message = message.encode("utf-8", "ignore").decode("utf-8")
    text = clean_message(message)[:MAX_PHRASING]
    key = key_of(message)
    if not key or not read(message).meaningful or (message.strip().isascii() and " " not in message.strip()):
        return None
    return text, key


def learn(db: Database, template_id: int, message: str, when: str | None = None) -> bool:
    """Keep ``message`` as a learned phrasing of a template (inside the caller's write). True when kept."""
    kept = worth_keeping(message)
    if kept is None:
        return False
    text, key = kept
    stamp = when or now_iso()
    db.execute(
        "INSERT INTO learned_phrasings (template_id, text, key, times, first_seen, last_seen) "
        "VALUES (?, ?, ?, 1, ?, ?) "
        "ON CONFLICT (template_id, key) DO UPDATE SET times = times + 1, last_seen = excluded.last_seen, "
        "text = excluded.text",
        (template_id, text, key, stamp, stamp),
    )
    db.execute("DELETE FROM buyer_questions WHERE key = ?", (key,))  # answered now
    db.execute(
        "DELETE FROM learned_phrasings WHERE template_id = ? AND id NOT IN (SELECT id FROM learned_phrasings "
        "WHERE template_id = ? ORDER BY last_seen DESC, id DESC LIMIT ?)",
        (template_id, template_id, MAX_PER_TEMPLATE),
    )
    return True


def note_question(lib: Library, message: str) -> bool:
    """Keep a message nothing was copied for as a buyer question for the lead. True when kept (learning on, a
    message worth keeping, not already learned for a reply)."""
    if not lib.settings.get(LEARN_FROM_BUYERS):
        return False
    kept = worth_keeping(message)
    if kept is None:
        return False
    text, key = kept
    stamp = now_iso()
    with lib.change() as change:
        if change.db.execute("SELECT 1 FROM learned_phrasings WHERE key = ?", (key,)).fetchone():
            return False
        change.db.execute(
            "INSERT INTO buyer_questions (text, key, times, first_seen, last_seen) VALUES (?, ?, 1, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET times = times + 1, last_seen = excluded.last_seen, text = excluded.text",
            (text, key, stamp, stamp),
        )
        change.db.execute(
            "DELETE FROM buyer_questions WHERE id NOT IN (SELECT id FROM buyer_questions ORDER BY last_seen DESC "
            "LIMIT ?)",
            (MAX_QUESTIONS,),
        )
    return True


def learned_for(lib: Library, template_id: int) -> list[LearnedPhrasing]:
    """The phrasings learned for one reply, most picked first."""
    rows = lib.db.execute(
        "SELECT id, template_id, text, times, first_seen, last_seen FROM learned_phrasings WHERE template_id = ? "
        "ORDER BY times DESC, last_seen DESC, id DESC",
        (template_id,),
    ).fetchall()
    return [LearnedPhrasing(*row) for row in rows]


def all_learned(db: Database) -> dict[int, tuple[str, ...]]:
    """Every live template's learned phrasings, most picked first: what the meaning search and an export read."""
    learned: dict[int, list[str]] = {}
    for template_id, text in db.execute(
        "SELECT l.template_id, l.text FROM learned_phrasings l JOIN templates t ON t.id = l.template_id "
        "WHERE t.deleted_at IS NULL ORDER BY l.template_id, l.times DESC, l.last_seen DESC"
    ):
        learned.setdefault(template_id, []).append(text)
    return {k: tuple(v) for k, v in learned.items()}


def _learned(lib: Library, phrasing_id: int) -> LearnedPhrasing:
    row = lib.db.execute(
        "SELECT id, template_id, text, times, first_seen, last_seen FROM learned_phrasings WHERE id = ?",
        (phrasing_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"找不到编号 {phrasing_id} 的学到的问法：可能已经删掉了。")
    return LearnedPhrasing(*row)


def remove_learned(lib: Library, phrasing_id: int) -> None:
    """Forget one learned phrasing."""
    found = _learned(lib, phrasing_id)
    with lib.change() as change:
        change.db.execute("DELETE FROM learned_phrasings WHERE id = ?", (phrasing_id,))
        change.learned_changed(found.template_id)


def edit_learned(lib: Library, phrasing_id: int, text: str) -> LearnedPhrasing:
    """Reword one learned phrasing (the lead tidies a buyer's words)."""
    found = _learned(lib, phrasing_id)
    words = " ".join(text.split())
    if not words:
        raise InvalidInput("学到的问法不能是空的：不要它的话请删除。")
    if len(words) > MAX_PHRASING:
        raise InvalidInput(f"学到的问法有 {len(words)} 个字，最多 {MAX_PHRASING} 个字。")
    key = key_of(words) or words
    same = lib.db.execute(
        "SELECT id FROM learned_phrasings WHERE template_id = ? AND key = ? AND id != ?",
        (found.template_id, key, phrasing_id),
    ).fetchone()
    if same is not None:  # one reply learns each way of asking once
        raise InvalidInput(f"这条回复已经学到了这个问法（编号 {same[0]}）：不要这条的话请删除。")
    with lib.change() as change:
        change.db.execute("UPDATE learned_phrasings SET text = ?, key = ? WHERE id = ?", (words, key, phrasing_id))
        change.learned_changed(found.template_id)
    return _learned(lib, phrasing_id)


def promote_learned(lib: Library, phrasing_id: int) -> None:
    """Make a learned phrasing one of the reply's own buyer phrasings (which packs and sheets carry)."""
    found = _learned(lib, phrasing_id)
    template = lib.get(found.template_id)
    with lib.change() as change:
        if found.text not in template.phrasings:
            lib.update(template.id, phrasings=(*template.phrasings, found.text))
        change.db.execute("DELETE FROM learned_phrasings WHERE id = ?", (phrasing_id,))
        change.learned_changed(found.template_id)


def questions(lib: Library, days: int | None = None) -> list[BuyerQuestion]:
    """Buyer questions no reply was copied for, most asked first (within the last ``days`` when given)."""
    if days is not None and days < 0:
        raise InvalidInput(f"天数不能是负数（{days}）。")
    since = "" if days is None else (datetime.now().astimezone() - timedelta(days=days)).isoformat(timespec="seconds")
    rows = lib.db.execute(
        "SELECT id, text, times, first_seen, last_seen FROM buyer_questions WHERE last_seen >= ? "
        "ORDER BY times DESC, last_seen DESC, id DESC",
        (since,),
    ).fetchall()
    return [BuyerQuestion(*row) for row in rows]


def attach_question(lib: Library, question_id: int, ref: str | int) -> LearnedPhrasing:
    """Attach a buyer question to a reply: it becomes a learned phrasing of it, and leaves the questions."""
    row = lib.db.execute("SELECT text, key FROM buyer_questions WHERE id = ?", (question_id,)).fetchone()
    if row is None:
        raise NotFound(f"找不到编号 {question_id} 的买家问题：可能已经处理过了。")
    template = lib.get(ref)
    text, key = row
    stamp = now_iso()
    with lib.change() as change:
        change.db.execute(
            "INSERT INTO learned_phrasings (template_id, text, key, times, first_seen, last_seen) "
            "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (template_id, key) DO UPDATE SET last_seen = excluded.last_seen",
            (template.id, text, key, stamp, stamp),
        )
        change.db.execute("DELETE FROM buyer_questions WHERE id = ?", (question_id,))
        change.learned_changed(template.id)
    return next(p for p in learned_for(lib, template.id) if p.text == text)


QUESTION_HEADERS: Final = ("编号", "买家的话", "次数", "第一次", "最近一次")


def write_questions_csv(found: Sequence[BuyerQuestion], path: Path) -> None:
    """The questions for the lead's spreadsheet: UTF-8 with a BOM (Excel shows the Chinese), whole or not at all.

    Raises:
        QuickReplyError: the file cannot be written (the message says why).
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(QUESTION_HEADERS)
    for q in found:
        writer.writerow([q.id, safe_cell(q.text), q.times, q.first_seen, q.last_seen])
    try:
        write_whole(path, buffer.getvalue().encode("utf-8-sig"))
    except OSError as error:
        raise QuickReplyError(f"问题表 {path.name} 写不进去：{why_not_written(path, error)}。") from None


def remove_question(lib: Library, question_id: int) -> None:
    """Delete one buyer question (nothing to answer there, or spam)."""
    with lib.change() as change:
        if not change.db.execute("DELETE FROM buyer_questions WHERE id = ?", (question_id,)).rowcount:
            raise NotFound(f"找不到编号 {question_id} 的买家问题：可能已经处理过了。")


def forget(lib: Library) -> tuple[int, int]:
    """Delete everything learned from buyers: ``(learned phrasings, buyer questions)`` deleted."""
    with lib.change() as change:
        phrasings = change.db.execute("SELECT count(*) FROM learned_phrasings").fetchone()[0]
        asked = change.db.execute("SELECT count(*) FROM buyer_questions").fetchone()[0]
        change.db.execute("DELETE FROM learned_phrasings")
        change.db.execute("DELETE FROM buyer_questions")
        change.learned_changed(None)
    return int(phrasings), int(asked)
