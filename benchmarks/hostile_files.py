"""Hostile files within the size limits: what each costs the real reader before it is refused.

Builds every case of issue 18 in a temporary folder — packs of ``[{},{},…]`` (204 KB and 398 KB of zip), a
1-million item templates.json, an .xlsx of 60 million shared strings, an .xlsx declaring ``A1:XFD200001``, CSVs of
one 25-million-cell row and of 51 million empty lines, /dev/zero named ``x.csv``, a FIFO — and reads each with
``read_incoming`` (what ``quickreply import`` does) in a child process, then prints the child's peak memory
(``ru_maxrss``), the wall time of the read and the message. The goal: every refusal under 200 MB and 2 s. The child
runs under a 4 GB address-space limit and a 120 s timeout, so an old version that did not bound the reading fails
its case instead of the machine.

    python benchmarks/hostile_files.py            # all cases
    python benchmarks/hostile_files.py fifo xfd   # the cases whose names contain these words
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_MB, GOAL_S = 200, 2.0
MEMORY_CAP = 4 * 1024**3
TIMEOUT = 120

CHILD = """
import resource, sys, time
from pathlib import Path
from quickreply.core.errors import QuickReplyError
from quickreply.core.packs.import_source import read_incoming

started = time.perf_counter()
try:
    incoming = read_incoming(Path(sys.argv[1]))
    outcome = f"读入 {len(incoming.templates)} 条模板"
except QuickReplyError as error:
    outcome = f"拒绝：{error}"
except MemoryError:
    outcome = "MemoryError（超过 4 GB 地址空间）"
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
print(f"{peak:.1f} {seconds:.3f}")
print(outcome)
"""

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# --- building the cases ------------------------------------------------------------------------------------------


def _stream_member(archive: zipfile.ZipFile, name: str, parts: Callable[[], object]) -> str:
    """Write member ``name`` from the chunks ``parts()`` yields; return its sha256."""
    digest = hashlib.sha256()
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    info._compresslevel = 9  # type: ignore[attr-defined]  # deflate's best: what makes 200 MB into 200 KB
    with archive.open(info, "w", force_zip64=True) as stream:
        for chunk in parts():  # type: ignore[attr-defined]
            digest.update(chunk)
            stream.write(chunk)
    return digest.hexdigest()


def _empty_objects(count: int) -> Callable[[], object]:
    def parts() -> object:
        yield b"["
        block = b"{}," * 100_000
        left = count - 1
        while left >= 100_000:
            yield block
            left -= 100_000
        yield b"{}," * left + b"{}]"

    return parts


def _pack(path: Path, members: dict[str, int]) -> Path:
    """A pack whose members (name → number of ``{}``) hold nothing but empty objects, sealed with their sha256."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        files = {name: _stream_member(archive, name, _empty_objects(count)) for name, count in members.items()}
        if "categories.json" not in files:
            archive.writestr("categories.json", b"[]")
            files["categories.json"] = hashlib.sha256(b"[]").hexdigest()
        manifest = {
            "format": "quickreply-pack",
            "format_version": 2,
            "id": "hostile",
            "name": "恶意",
            "version": "1",
            "author": "",
            "created": "",
            "description": "",
            "counts": dict.fromkeys(("categories", "templates", "couriers", "rate_rows", "lint_rules"), 0),
            "files": files,
        }
        archive.writestr("manifest.json", json.dumps(manifest).encode())
    return path


def _workbook(path: Path, sheet: Callable[[], object], strings: Callable[[], object]) -> Path:
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml"'
        ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
        '<sheet name="模板" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode())
        _stream_member(archive, "xl/worksheets/sheet1.xml", sheet)
        _stream_member(archive, "xl/sharedStrings.xml", strings)
    return path


def _header_rows(dimension: str, last: bytes = b"") -> Callable[[], object]:
    def parts() -> object:
        yield f'<worksheet xmlns="{MAIN}"><dimension ref="{dimension}"/><sheetData>'.encode()
        yield b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        yield b'<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>'
        yield last + b"</sheetData></worksheet>"

    return parts


def _strings(extra: int) -> Callable[[], object]:
    def parts() -> object:
        yield f'<sst xmlns="{MAIN}">'.encode()
        yield "<si><t>标题</t></si><si><t>内容</t></si><si><t>退款</t></si><si><t>亲，退款三天到账。</t></si>".encode()
        block = b"<si><t>a</t></si>" * 100_000
        for _ in range(extra // 100_000):
            yield block
        yield b"</sst>"

    return parts


def build_cases(folder: Path) -> dict[str, Path]:
    """Every case, by name: built here, read in a child."""
    cases: dict[str, Path] = {}
    small = folder / "ok.csv"
    small.write_text("标题,内容\n退款,亲，退款三天到账。\n", encoding="utf-8")
    cases["baseline: a 2-row CSV that imports"] = small
    cases["pack 204 KB: templates.json [{},{},…] to 200 MB"] = _pack(
        folder / "p204.qrpack", {"templates.json": 69_900_000}
    )
    cases["pack 398 KB: two members [{},{},…] to 200 MB each"] = _pack(
        folder / "p398.qrpack", {"templates.json": 69_900_000, "categories.json": 69_900_000}
    )
    cases["pack: templates.json of 1M empty objects"] = _pack(folder / "m1.qrpack", {"templates.json": 1_000_000})
    cases["xlsx: 60 million shared strings"] = _workbook(
        folder / "strings.xlsx", _header_rows("A1:B2"), _strings(60_000_000)
    )
    cases["xlsx: declares A1:XFD200001"] = _workbook(
        folder / "xfd.xlsx",
        _header_rows("A1:XFD200001", b'<row r="200001"><c r="XFD200001" s="0"/></row>'),
        _strings(0),
    )
    commas = folder / "commas.csv"
    with commas.open("wb") as file:
        file.write("标题,内容\n".encode())
        for _ in range(24):
            file.write(b"a," * (1024 * 1024))
    cases["CSV 48 MB: one row of 25 million cells"] = commas
    lines = folder / "lines.csv"
    with lines.open("wb") as file:
        file.write("标题,内容\n".encode())
        for _ in range(49):
            file.write(b"\n" * (1024 * 1024))
    cases["CSV 49 MB: 51 million empty lines"] = lines
    if Path("/dev/zero").exists():
        link = folder / "x.csv"
        link.symlink_to("/dev/zero")
        cases["/dev/zero named x.csv"] = link
        link = folder / "x.xlsx"
        link.symlink_to("/dev/zero")
        cases["/dev/zero named x.xlsx"] = link
    if hasattr(os, "mkfifo"):
        fifo = folder / "fifo.qrpack"
        os.mkfifo(fifo)
        cases["FIFO named fifo.qrpack"] = fifo
    return cases


# --- running a case ---------------------------------------------------------------------------------------------


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_case(path: Path) -> tuple[float, float, str]:
    """(peak memory in MB, seconds the read took, what it said) of ``read_incoming(path)`` in a child process.

    The peak is the child's own ``ru_maxrss`` (interpreter and imports included: see the baseline case).
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        preexec_fn=_cap_memory,
    )
    try:
        out, _ = child.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        return float("nan"), time.monotonic() - started, f"超时（{TIMEOUT} s 还没读完）"
    lines = out.decode("utf-8", "replace").strip().splitlines()
    try:
        peak, seconds = map(float, lines[0].split())
    except (ValueError, IndexError):
        return float("nan"), time.monotonic() - started, " ".join(lines[-3:])
    return peak, seconds, " ".join(lines[1:])


def main(words: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="hostile-") as folder:
        print("building the cases …", flush=True)
        cases = build_cases(Path(folder))
        print(f"goal: every refusal under {GOAL_MB} MB peak and {GOAL_S:g} s\n")
        print(f"{'case':<52} {'file':>9} {'peak MB':>8} {'read s':>7}  goal  message")
        missed = 0
        for name, path in cases.items():
            if words and not any(w.lower() in name.lower() for w in words):
                continue
            size = path.lstat().st_size if path.is_symlink() or not path.is_file() else path.stat().st_size
            peak, seconds, message = run_case(path)
            refused = message.startswith("拒绝")
            met = peak < GOAL_MB and seconds < GOAL_S
            missed += refused and not met
            mark = ("ok" if met else "MISS") if refused else "—"
            shown = f"{size / 1024:,.0f} KB" if path.is_file() else "-"
            print(f"{name:<52} {shown:>9} {peak:8.0f} {seconds:7.2f}  {mark:<4}  {message[:160]}", flush=True)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
