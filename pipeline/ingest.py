"""Read raw article files: bytes -> decoded text, a content-derived id, or a reject reason.

`raw_text` is the text as Python reads a file in text mode: decoded, with "\r\n" and "\r"
turned into "\n" (a UTF-8 byte-order mark is kept as U+FEFF, as the `utf-8` codec does).
Claim offsets index into it, and any Python reader reproduces it.
"""

import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

MAX_BYTES = 20 * 1024 * 1024
# Share of characters that may be control characters before a file counts as binary.
MAX_CONTROL_SHARE = 0.02


@dataclass(frozen=True, slots=True)
class RawArticle:
    article_id: str
    source_file: str
    raw_text: str
    encoding: str
    n_bytes: int


@dataclass(frozen=True, slots=True)
class RejectedDocument:
    source_file: str
    reason: str
    detail: str
    n_bytes: int | None
    article_id: str | None = None


class UndecodableError(ValueError):
    """The bytes are not text we can read; `reason` is a short code for the rejects table."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def article_id_for(text: str) -> str:
    """Stable id from normalised content: NFC, white space collapsed, BOM dropped."""
    normal = " ".join(unicodedata.normalize("NFC", text.replace("\ufeff", "")).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


# Unicode category Cc (U+0000-U+001F, U+007F-U+009F) but tab, newline, form feed and return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) of raw bytes, newlines normalised; raises UndecodableError."""
    if not data:
        raise UndecodableError("empty", "the file has no bytes")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise UndecodableError("undecodable", f"UTF-16 byte-order mark but {exc}") from exc
    elif b"\x00" in data[:4096]:
        raise UndecodableError("binary", "NUL bytes and no UTF-16 byte-order mark")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise UndecodableError("binary", "too many control characters for text")
    if not text.strip(" \t\n\u00a0\u202f\ufeff\u200b"):
        raise UndecodableError("blank", "only white space")
    return text, encoding


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Mostly-UTF-8 with a few broken bytes stays UTF-8 (broken bytes become U+FFFD);
    otherwise Windows-1252, then Latin-1, which decodes anything."""
    loose = data.decode("utf-8", errors="replace")
    broken = loose.count("\ufffd")
    multibyte = len(_NON_ASCII.findall(loose)) - broken
    if multibyte > 0 and broken <= max(2, len(loose) // 1000):
        return loose, f"utf-8 ({broken} invalid byte sequences replaced)"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def iter_raw_files(raw_dir: Path) -> Iterator[tuple[str, str]]:
    """(path, name relative to `raw_dir` with "/") of the files under `raw_dir`, sorted,
    hidden files and folders skipped. Plain strings: a folder may hold a million files."""
    top = os.fspath(raw_dir)
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel = os.path.relpath(root, top)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name), prefix + name


class FileState(NamedTuple):
    """A raw file as `stat` saw it; `article_id` is the article it gave, if any."""

    source_file: str
    n_bytes: int
    mtime_ns: int
    article_id: str | None = None


@dataclass(slots=True)
class RawScan:
    articles: list[RawArticle]  # read this time
    rejects: list[RejectedDocument]  # found this time
    unchanged: list[FileState]  # same size and time as last run: not read again
    files: list[FileState]  # every file now in the folder, for the next run


def read_raw_dir(
    raw_dir: Path,
    max_bytes: int = MAX_BYTES,
    known: dict[str, FileState] | None = None,
    on_batch: Callable[[list[RawArticle]], None] | None = None,
    batch_size: int = 500,
    unchanged: set[str] | None = None,
) -> RawScan:
    """Every readable article of `raw_dir`, and a reject row for every other file.

    A file in `known` with the same size and modification time as then is not read again
    (it keeps its earlier outcome). Two files with the same normalised text are one article:
    the one seen first (kept from before, else first by name) stays and the others are
    rejected as `duplicate_content`, naming the kept file.

    With `on_batch`, new articles are handed over `batch_size` at a time and not kept, so a
    large folder never sits in memory at once; `scan.articles` then stays empty.

    `unchanged`, when given, names the files of `known` the caller already found unchanged
    (`unchanged_files`): they are not looked at again, and the other files of `known` are read.
    """
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist (set CLAIMS_RAW_DIR)")
    known = known or {}
    scan = RawScan([], [], [], [])
    by_id: dict[str, str] = {}
    root = raw_dir.resolve()
    files = list(iter_raw_files(raw_dir))
    for where, name in files:
        before = known.get(name)
        if before and (name in unchanged if unchanged is not None else is_unchanged(where, before)):
            scan.unchanged.append(before)
            scan.files.append(before)
            if before.article_id:
                by_id.setdefault(before.article_id, name)
    kept = {f.source_file for f in scan.unchanged}
    for where, name in files:
        if name in kept:
            continue
        path = Path(where)
        state = _state(path, name)
        articles, rejects = scan.articles, scan.rejects
        try:
            article = read_one(path, name, root, max_bytes)
        except UndecodableError as exc:
            size = path.lstat().st_size if path.exists() or path.is_symlink() else None
            rejects.append(RejectedDocument(name, exc.reason, exc.detail, size))
            scan.files.append(state)
            continue
        if article.article_id in by_id:
            rejects.append(
                RejectedDocument(
                    name,
                    "duplicate_content",
                    f"same text as {by_id[article.article_id]}",
                    article.n_bytes,
                    article.article_id,
                )
            )
            scan.files.append(state)
            continue
        by_id[article.article_id] = name
        articles.append(article)
        scan.files.append(FileState(name, state.n_bytes, state.mtime_ns, article.article_id))
        if on_batch is not None and len(articles) >= batch_size:
            on_batch(articles[:])
            articles.clear()
    if on_batch is not None and scan.articles:
        on_batch(scan.articles[:])
        scan.articles.clear()
    return scan


def unchanged_files(raw_dir: Path, known: dict[str, FileState]) -> set[str]:
    """The files of `known` that are still in `raw_dir` with the same size and time."""
    top = os.fspath(raw_dir)
    return {name for name, f in known.items() if is_unchanged(os.path.join(top, name), f)}


def is_unchanged(path: str | Path, before: FileState) -> bool:
    """True when `path` is the same regular file as `before` saw: same size and time."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISLNK(st.st_mode):
        return False  # a link may point elsewhere now: read it again
    return (st.st_size, st.st_mtime_ns) == (before.n_bytes, before.mtime_ns)


def _state(path: Path, name: str) -> FileState:
    try:
        st = path.lstat()
        return FileState(name, st.st_size, st.st_mtime_ns)
    except OSError:
        return FileState(name, -1, -1)


def read_one(path: Path, name: str, root: Path, max_bytes: int = MAX_BYTES) -> RawArticle:
    """Read and decode one file; every failure is an UndecodableError with a reason."""
    try:
        real = path.resolve(strict=True)
    except OSError as exc:
        raise UndecodableError("unreadable", f"cannot resolve path: {exc}") from exc
    if not real.is_relative_to(root):
        raise UndecodableError("outside_raw_dir", f"link points outside the raw folder: {real}")
    if not real.is_file():
        raise UndecodableError("not_a_file", "not a regular file")
    size = real.stat().st_size
    if size > max_bytes:
        raise UndecodableError(
            "too_large", f"{size} bytes; the limit is {max_bytes} (CLAIMS_MAX_DOC_BYTES)"
        )
    try:
        data = real.read_bytes()
    except OSError as exc:
        raise UndecodableError("unreadable", str(exc)) from exc
    text, encoding = decode(data)
    return RawArticle(article_id_for(text), name, text, encoding, len(data))
