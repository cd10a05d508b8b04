"""Read raw article files: bytes -> decoded text, a content-derived id, or a reject reason.

`raw_text` is the text as Python reads a file in text mode: decoded, with "\r\n" and "\r"
turned into "\n" (a UTF-8 byte-order mark is kept as U+FEFF, as the `utf-8` codec does).
Claim offsets index into it, and any Python reader reproduces it.
"""

import hashlib
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from pipeline.batches import Mapper, batched, pipelined
from pipeline.text.cleaning import title_of

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
    title: str | None = None


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


class Listing(NamedTuple):
    """Every file under a raw folder as parallel lists (a million files are three lists, not a
    million objects); names are relative to the folder, with "/". Size and time are those
    `lstat` gives, or None for a link or a file `lstat` fails on: such a file is read again
    every run (a link may point elsewhere now)."""

    names: list[str]
    sizes: list[int | None]
    mtimes: list[int | None]


def list_raw_dir(raw_dir: Path) -> Listing:
    """The files under `raw_dir`, each with its size and time: one `scandir` a folder and one
    `lstat` a file, nothing read. Hidden files and folders are skipped, and linked folders
    are not walked. The files come in the order their folders store them, in which `lstat`
    is fastest (at a million files, 3.5 s against 5.6 s in name order); `walk_order` sorts."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist (set CLAIMS_RAW_DIR)")
    names: list[str] = []
    sizes: list[int | None] = []
    mtimes: list[int | None] = []
    folders = [(os.fspath(raw_dir), "")]
    while folders:
        folder, prefix = folders.pop()
        try:
            found = os.scandir(folder)
        except OSError:
            continue  # as os.walk: a folder that cannot be listed is passed over
        with found:
            for entry in found:
                name = entry.name
                if name.startswith("."):
                    continue
                if entry.is_dir():  # a linked folder is not walked, as os.walk does not
                    if not entry.is_symlink():
                        folders.append((entry.path, f"{prefix}{name}/"))
                    continue
                size = mtime = None
                if not entry.is_symlink():
                    try:
                        st = entry.stat(follow_symlinks=False)
                        size, mtime = st.st_size, st.st_mtime_ns
                    except OSError:
                        pass
                names.append(prefix + name)
                sizes.append(size)
                mtimes.append(mtime)
    return Listing(names, sizes, mtimes)


def walk_order(name: str) -> tuple:
    """Sort key of a name of `list_raw_dir`: names sorted within a folder, and a folder's
    files before its subfolders' (the order of a walk, and of reading new files)."""
    *folders, file = name.split("/")
    return (*((1, folder) for folder in folders), (0, file))


# article ids -> the file each is already the article of
ExistingIds = Callable[[list[str]], dict[str, str]]


def read_files(
    raw_dir: Path,
    names: list[str],
    max_bytes: int = MAX_BYTES,
    existing: ExistingIds | None = None,
    on_batch: Callable[[list[RawArticle]], None] | None = None,
    batch_size: int | None = None,
    mapper: Mapper = map,
    sizes: list[int | None] | None = None,
) -> tuple[list[RawArticle], list[RejectedDocument], list[FileState]]:
    """(articles, rejects, the state of every file read) of the files `names` of `raw_dir`.

    Two files with the same normalised text are one article: the one that is already an
    article (`existing`, asked once a batch), else the first read, stays; the others are
    rejected as `duplicate_content`, naming it. With `on_batch`, articles are handed over
    `batch_size` (`BATCH`) at a time and not kept, so a large folder never sits in memory.
    `mapper` reads a batch's files; with worker processes (`stages.Runner.map`) the next
    batch is being read while this one is handed over. With `sizes` (each file's, as
    listed), a batch also holds at most `BATCH_BYTES` (`batches.batched`)."""
    root = Path(raw_dir).resolve()
    articles: list[RawArticle] = []
    rejects: list[RejectedDocument] = []
    states: list[FileState] = []
    by_id: dict[str, str] = {}  # the articles read this time

    def load(batch: list[str]) -> list[tuple]:
        return [(raw_dir, name, root, max_bytes) for name in batch]

    for _, done in pipelined(mapper, _read_file, batched(names, batch_size, sizes), load):
        read: list[tuple[RawArticle, FileState]] = []
        for outcome, state in done:
            if isinstance(outcome, RejectedDocument):
                rejects.append(outcome)
                states.append(state)
            else:
                read.append((outcome, state))
        before = existing([a.article_id for a, _ in read]) if existing and read else {}
        batch = []
        for article, state in read:
            kept = before.get(article.article_id) or by_id.get(article.article_id)
            if kept is not None:
                rejects.append(RejectedDocument(article.source_file, "duplicate_content",
                                                f"same text as {kept}", article.n_bytes,
                                                article.article_id))  # fmt: skip
                states.append(state)
                continue
            by_id[article.article_id] = article.source_file
            batch.append(article)
            states.append(FileState(state.source_file, state.n_bytes, state.mtime_ns,
                                    article.article_id))  # fmt: skip
        if on_batch is not None:
            if batch:
                on_batch(batch)
        else:
            articles.extend(batch)
    return articles, rejects, states


def _read_file(
    item: tuple[Path, str, Path, int],
) -> tuple[RawArticle | RejectedDocument, FileState]:
    """(the article or the reject row, the file's state) of one file of `read_files`."""
    raw_dir, name, root, max_bytes = item
    path = Path(raw_dir, name)
    state = _state(path, name)
    try:
        return read_one(path, name, root, max_bytes), state
    except UndecodableError as exc:
        size = state.n_bytes if state.n_bytes >= 0 else None  # as `lstat` saw it
        return RejectedDocument(name, exc.reason, exc.detail, size), state


def read_raw_dir(
    raw_dir: Path,
    max_bytes: int = MAX_BYTES,
    known: dict[str, FileState] | None = None,
    on_batch: Callable[[list[RawArticle]], None] | None = None,
    batch_size: int | None = None,
) -> RawScan:
    """Every readable article of `raw_dir`, and a reject row for every other file.

    A file in `known` with the same size and modification time as then is not read again
    (it keeps its earlier outcome, and its article stays the one of its text). The pipeline
    does this comparison in DuckDB instead (`ingest_articles`), for a million files."""
    known = known or {}
    unchanged: list[FileState] = []
    to_read: list[str] = []
    listing = list_raw_dir(raw_dir)
    for name, size, mtime in sorted(zip(*listing, strict=True), key=lambda f: walk_order(f[0])):
        before = known.get(name)
        if (
            before is not None
            and size is not None
            and (before.n_bytes, before.mtime_ns)
            == (
                size,
                mtime,
            )
        ):
            unchanged.append(before)
        else:
            to_read.append(name)
    kept: dict[str, str] = {}
    for f in unchanged:
        if f.article_id:
            kept.setdefault(f.article_id, f.source_file)

    def existing(ids: list[str]) -> dict[str, str]:
        return {i: kept[i] for i in ids if i in kept}

    articles, rejects, states = read_files(raw_dir, to_read, max_bytes, existing, on_batch,
                                           batch_size)  # fmt: skip
    return RawScan(articles, rejects, unchanged, unchanged + states)


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
    try:
        size = real.stat().st_size
    except OSError as exc:  # gone since it was resolved
        raise UndecodableError("unreadable", str(exc)) from exc
    if size > max_bytes:
        raise UndecodableError(
            "too_large", f"{size} bytes; the limit is {max_bytes} (CLAIMS_MAX_DOC_BYTES)"
        )
    try:
        data = real.read_bytes()
    except OSError as exc:
        raise UndecodableError("unreadable", str(exc)) from exc
    text, encoding = decode(data)
    return RawArticle(article_id_for(text), name, text, encoding, len(data), title_of(text))
