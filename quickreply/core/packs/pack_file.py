"""The template pack file (``.qrpack``): how a team lead hands replies, fee tables and wording rules to the team.

A pack is a zip holding ``manifest.json`` and JSON content files; ``docs/pack-format.md`` describes it and
``resources/pack-schema.json`` is its JSON Schema. Reading never extracts anything to disk and checks everything
before returning: a hostile or broken file is refused with a message naming the file and what is wrong. This module
handles the zip and the versions; ``pack_content`` checks and builds the JSON inside.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from ..errors import why_not_written
from ..files import CHUNK, read_regular, shown_name
from ..spreadsheet_files import write_whole
from .json_checks import ASK_LEAD, PackError, Where
from .pack_json import (
    CATEGORIES,
    CONTENT_FILES,
    COUNT_KEYS,
    FEES,
    FORMAT,
    FORMAT_VERSION,
    LINT,
    MAX_ID,
    MAX_NAME,
    MAX_VERSION,
    TEMPLATES,
    Manifest,
    Pack,
    PackTemplate,
    check_pack_id,
    check_version,
    content_data,
    counts,
    manifest_data,
    parse_content,
    parse_manifest,
)

__all__ = [
    "CATEGORIES",
    "CONTENT_FILES",
    "COUNT_KEYS",
    "FEES",
    "FORMAT",
    "FORMAT_VERSION",
    "LINT",
    "MANIFEST",
    "MAX_BYTES",
    "MAX_FIELD",
    "MAX_ID",
    "MAX_MANIFEST",
    "MAX_MEMBER",
    "MAX_NAME",
    "MAX_TEMPLATES",
    "MAX_TOTAL",
    "MAX_VALUES",
    "MAX_VERSION",
    "SUFFIX",
    "TEMPLATES",
    "Manifest",
    "Pack",
    "PackError",
    "PackTemplate",
    "check_pack_id",
    "check_version",
    "compare_versions",
    "pack_id_for",
    "read_manifest",
    "read_pack",
    "write_pack",
]

SUFFIX: Final = ".qrpack"
MAX_BYTES: Final = 50 * 1024 * 1024
MAX_TEMPLATES: Final = 200_000
MAX_FIELD: Final = 100_000
MAX_TOTAL: Final = 8 * MAX_BYTES
"""What all members may decompress to together: a zip bomb is refused before it fills the memory."""
MAX_MEMBER: Final = 4 * MAX_BYTES
MAX_MANIFEST: Final = 1024 * 1024
MAX_VALUES: Final = 20 * MAX_TEMPLATES
"""JSON values one member may hold (each template has about ten): counted before the JSON is parsed."""

MANIFEST: Final = "manifest.json"

# Everything zipfile and zlib raise on a damaged, truncated, encrypted or oddly compressed archive.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    OSError,
    ValueError,
    RuntimeError,
    NotImplementedError,
    zlib.error,
    struct.error,
)


# --- versions and ids ------------------------------------------------------------------------------------------


def _version_key(part: str) -> tuple[int, int, str]:
    digits = re.match(r"[0-9]*", part)
    number = digits.group() if digits else ""
    if number:
        return (0, int(number), part[len(number) :].casefold())
    return (1, 0, part.casefold())  # text sorts after every number


def compare_versions(a: str, b: str) -> int:
    """Return -1, 0 or 1 as pack version ``a`` is older than, the same as or newer than ``b``.

    Versions are compared part by part (split at ``.``, ``-``, ``_``), numbers as numbers (``1.10`` > ``1.9``);
    a missing part counts as 0 (``1.2`` == ``1.2.0``); a leading ``v`` is ignored; text parts come after numbers.
    """

    def parts(version: str) -> list[tuple[int, int, str]]:
        version = re.sub(r"^[vV](?=[0-9])", "", version.strip())
        return [_version_key(p) for p in re.split(r"[._-]", version) if p]

    left, right = parts(a), parts(b)
    zero = _version_key("0")
    width = max(len(left), len(right))
    left += [zero] * (width - len(left))
    right += [zero] * (width - len(right))
    return (left > right) - (left < right)


def pack_id_for(name: str) -> str:
    """The id of a pack whose lead gave none: ``pack-`` and 16 hex digits of the SHA-256 of its name.

    The id is what makes a later file "the same pack, a newer version". It follows the name, so a pack that is
    renamed becomes a new pack unless the lead keeps its id (``--id``) when exporting it under the new name.

    Raises:
        PackError: the name is empty.
    """
    cleaned = unicodedata.normalize("NFKC", name).strip()
    if not cleaned:
        raise PackError("模板包名称是空的：请给模板包起个名字，如 售后话术。")
    return "pack-" + hashlib.sha256(cleaned.encode("utf-8")).hexdigest()[:16]


# --- the zip ---------------------------------------------------------------------------------------------------


def _unsafe(name: str) -> bool:
    parts = name.split("/")
    return (
        not name
        or name.startswith("/")
        or "\\" in name
        or re.match(r"[A-Za-z]:", name) is not None
        or ".." in parts
        or any(ord(c) < 32 for c in name)
    )


# A string in JSON text (escapes included): what is left outside strings holds a , [ or { for every value but one.
_STRING: Final = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)


def _values(data: bytes) -> int:
    """At most how many JSON values ``data`` holds, counted without building any: the , [ and { outside strings."""
    bare = _STRING.sub(b"", data)
    open_string = bare.find(b'"')  # data cut inside a text: what follows its opening quote is not counted
    if open_string >= 0:
        bare = bare[:open_string]
    return bare.count(b",") + bare.count(b"[") + bare.count(b"{")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, where: Where) -> bytes:
    """The member's bytes, read into memory a chunk at a time; refused past ``limit`` bytes whatever its header says,
    and past ``MAX_VALUES`` JSON values before any is built (``[{},{},…]`` inflates 200 MB into 5 GB of objects)."""
    too_big = where.fail(f"解压后超过 {limit:,} 字节，太大了（可能是恶意文件）。{ASK_LEAD}")
    if info.file_size > limit:
        raise too_big
    chunks: list[bytes] = []
    size = rough = 0
    allowed = MAX_VALUES  # checked exactly only when the rough count (commas inside texts too) passes it
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise too_big
                chunks.append(chunk)
                rough += chunk.count(b",") + chunk.count(b"[") + chunk.count(b"{")
                if rough > allowed:
                    exact = _values(b"".join(chunks))
                    if exact > MAX_VALUES:
                        raise where.fail(
                            f"条目太多了（超过 {MAX_VALUES:,} 个值，可能是恶意文件）：一个模板包最多 "
                            f"{MAX_TEMPLATES:,} 条模板，请拆成几个模板包。"
                        )
                    allowed = rough + MAX_VALUES - exact
    except PackError:
        raise
    except _ZIP_ERRORS:
        raise where.fail(f"读不出来：文件不完整或已损坏。{ASK_LEAD}") from None
    return b"".join(chunks)


def _json(data: bytes, where: Where) -> Any:
    def no_constant(name: str) -> Any:
        raise ValueError(name)

    try:
        return json.loads(data.decode("utf-8"), parse_constant=no_constant)
    except UnicodeDecodeError:
        raise where.fail(f"不是 UTF-8 编码的文字。{ASK_LEAD}") from None
    except json.JSONDecodeError as error:
        raise where.fail(_json_mistake(error)) from None
    except (ValueError, RecursionError):  # NaN, a number of thousands of digits, nesting thousands deep
        raise where.fail(f"不是正确的 JSON（有 NaN、过长的数字或嵌套太深）。{ASK_LEAD}") from None


def _json_mistake(error: json.JSONDecodeError) -> str:
    """Names where a JSON file goes wrong, the same on every Python.

    The commonest hand edit mistake is a comma after the last item. Python 3.13 points at that comma ("Illegal trailing
    comma"); older versions point at the ``}`` or ``]`` after it. Both are named at the comma, as a comma.
    """
    doc, pos = error.doc, error.pos
    before = pos - 1
    while before >= 0 and doc[before] in " \t\r\n":
        before -= 1
    trailing = error.msg.startswith("Illegal trailing comma") or (
        pos < len(doc) and doc[pos] in "}]" and before >= 0 and doc[before] == ","
    )
    if trailing and doc[pos : pos + 1] != ",":
        pos = before
    line = doc.count("\n", 0, pos) + 1
    column = pos - doc.rfind("\n", 0, pos)
    if trailing:
        return f"第 {line} 行第 {column} 列多了一个逗号（最后一项后面不能有逗号），不是正确的 JSON。{ASK_LEAD}"
    return f"第 {line} 行第 {column} 列不是正确的 JSON。{ASK_LEAD}"


def _open_archive(path: Path, where: Where) -> zipfile.ZipFile:
    raw = read_regular(path, MAX_BYTES, where.fail, f"文件太大了：模板包最多 {MAX_BYTES // 1024 // 1024} MB。")
    try:
        return zipfile.ZipFile(io.BytesIO(raw))
    except _ZIP_ERRORS:
        if raw.startswith(b"PK\x03\x04"):
            raise where.fail(f"文件不完整或已损坏（可能没有下载完）。{ASK_LEAD}") from None
        raise where.fail("不是快捷回复模板包：请选择组长发来的 .qrpack 文件。") from None


def _manifest_in(archive: zipfile.ZipFile, where: Where) -> tuple[Manifest, dict[str, zipfile.ZipInfo]]:
    """The checked manifest of an open pack, and its members by name (checked to be safe and unique)."""
    infos = archive.infolist()
    names: set[str] = set()
    for info in infos:
        # On Windows zipfile turns a backslash into "/" in ``filename``; ``orig_filename`` is the name as stored.
        if _unsafe(info.filename) or _unsafe(info.orig_filename):
            raise where.fail(f"里面有不安全的文件名「{info.orig_filename[:60]}」，已拒绝（可能是恶意文件）。{ASK_LEAD}")
        if info.filename in names:
            raise where.fail(f"里面有两个「{info.filename[:60]}」：文件已损坏或被改动。{ASK_LEAD}")
        names.add(info.filename)
    if MANIFEST not in names:
        raise where.fail("不是快捷回复模板包（里面没有 manifest.json）：请选择组长发来的 .qrpack 文件。")
    if sum(info.file_size for info in infos) > MAX_TOTAL:
        raise where.fail(f"解压后超过 {MAX_TOTAL // 1024 // 1024} MB，太大了（可能是恶意文件）。{ASK_LEAD}")
    by_name = {info.filename: info for info in infos}
    member = where.part(MANIFEST)
    manifest = parse_manifest(_json(_read_member(archive, by_name[MANIFEST], MAX_MANIFEST, member), member), member)
    return manifest, by_name


def read_manifest(path: Path) -> Manifest:
    """Only what the pack at ``path`` says about itself (id, name, version …): cheap, for "is there a newer version?".

    Raises:
        PackError: as ``read_pack`` for the file and its manifest; the content is not read or checked.
    """
    where = Where(f"模板包 {shown_name(path)}", MAX_TEMPLATES, MAX_FIELD)
    with _open_archive(path, where) as archive:
        return _manifest_in(archive, where)[0]


def read_pack(path: Path) -> Pack:
    """Read and check the pack at ``path``, all of it, in memory; nothing is extracted to disk.

    Raises:
        PackError: the file is missing, too big, not a pack, damaged or changed (sha256), unsafe (member names
            leaving the folder, a zip bomb), made by a newer QuickReply, or its content breaks a rule. The message
            names the file, the member, the item number and the field.
    """
    where = Where(f"模板包 {shown_name(path)}", MAX_TEMPLATES, MAX_FIELD)
    archive = _open_archive(path, where)
    with archive:
        manifest, by_name = _manifest_in(archive, where)
        names = set(by_name)
        unlisted = sorted(names - {MANIFEST} - set(manifest.files))
        if unlisted:
            raise where.fail(f"里面有 manifest.json 没有列出的文件「{unlisted[0][:60]}」：文件已被改动。{ASK_LEAD}")
        budget = MAX_TOTAL
        contents: dict[str, Any] = {}
        for name, digest in manifest.files.items():
            member = where.part(name)
            if name not in by_name:
                raise where.fail(f"缺少 manifest.json 列出的 {name}：文件不完整。{ASK_LEAD}")
            data = _read_member(archive, by_name[name], min(MAX_MEMBER, budget), member)
            budget -= len(data)
            if hashlib.sha256(data).hexdigest() != digest:
                raise member.fail(f"文件已损坏或被改动（sha256 对不上）。{ASK_LEAD}")
            contents[name] = _json(data, member)
    pack = parse_content(contents, where, manifest)
    held = counts(pack)
    for key in COUNT_KEYS:
        if manifest.counts[key] != held[key]:
            shown = f"{key} 有 {manifest.counts[key]} 个，内容里有 {held[key]} 个"
            raise where.fail(f"manifest.json 写着 {shown}：文件不一致。{ASK_LEAD}")
    return pack


def _dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def write_pack(path: Path, pack: Pack) -> Manifest:
    """Write ``pack`` to ``path`` whole or not at all (a temporary file in the same folder, then a rename).

    The pack is checked with the same rules ``read_pack`` applies, so every file written can be read back.

    Returns:
        The manifest written: format version, counts and sha256 of each content file filled in, and ``created``
        set to now (local time with offset) when it was empty.

    Raises:
        PackError: the content breaks a rule (the message names the member, item and field), the pack would be
            too big, or the file cannot be written.
    """
    where = Where(f"模板包 {shown_name(path)}", MAX_TEMPLATES, MAX_FIELD)
    contents = content_data(pack)
    checked = parse_content(contents, where, pack.manifest)
    blobs = {name: _dump(data) for name, data in contents.items()}
    created = pack.manifest.created or datetime.now().astimezone().isoformat(timespec="seconds")
    manifest = replace(
        pack.manifest,
        format_version=FORMAT_VERSION,
        created=created,
        counts=counts(checked),
        files={name: hashlib.sha256(blob).hexdigest() for name, blob in blobs.items()},
    )
    manifest_blob = _dump(manifest_data(manifest))
    manifest = parse_manifest(json.loads(manifest_blob), where.part(MANIFEST))
    for name, blob in blobs.items():
        if len(blob) > MAX_MEMBER:
            raise where.fail(f"{name} 有 {len(blob):,} 字节，最多 {MAX_MEMBER:,} 字节：请拆成几个模板包。")
    if sum(len(b) for b in blobs.values()) > MAX_TOTAL or len(manifest_blob) > MAX_MANIFEST:
        raise where.fail("内容太多了：请拆成几个模板包。")
    moment = datetime.fromisoformat(created)
    stamp = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    if moment.year < 1980:  # the zip format cannot hold an earlier time
        stamp = (1980, 1, 1, 0, 0, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in [(MANIFEST, manifest_blob), *blobs.items()]:
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, blob)
    if buffer.tell() > MAX_BYTES:
        raise where.fail(f"压缩后超过 {MAX_BYTES // 1024 // 1024} MB：请拆成几个模板包。")
    try:
        write_whole(path, buffer.getvalue())
    except OSError as error:
        raise where.fail(f"写不进去：{why_not_written(path, error)}。") from None
    return manifest
