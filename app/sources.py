"""Where articles come from: paths on disk -> (key, raw text, metadata), with clear reasons on failure."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.extract.types import ArticleMeta

ARTICLE_SUFFIXES = (".txt",)


class SourceError(Exception):
    """An article that cannot be read; the message says why, for the ingest summary."""


@dataclass(frozen=True)
class Source:
    path: Path
    key: str
    text: str
    meta: ArticleMeta
    warnings: tuple[str, ...] = ()


def find_article_files(paths: Iterable[str | Path]) -> Iterator[Path | SourceError]:
    """Article files under the given files and folders, in name order; a missing path is an error."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES)
        elif path.is_file():
            yield path
        else:
            yield SourceError(f"{path}: no such file or folder")


def decode(data: bytes, path: Path) -> tuple[str, tuple[str, ...]]:
    if not data.strip():
        raise SourceError(f"{path}: empty file")
    if b"\x00" in data[:8192]:
        raise SourceError(f"{path}: binary file, not a text article")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), (f"{path}: not UTF-8, read as cp1252",)
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; latin-1 reads any byte
        return data.decode("latin-1"), (f"{path}: not UTF-8, read as latin-1",)


def read_meta(path: Path, key: str) -> tuple[ArticleMeta, tuple[str, ...]]:
    """The optional `NAME.json` beside an article: published (YYYY-MM-DD), outlet, url, title."""
    meta_path = path.with_suffix(".json")
    if not meta_path.is_file():
        return ArticleMeta(key=key), ()
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as error:
        return ArticleMeta(key=key), (f"{meta_path}: metadata ignored ({error})",)
    warnings: list[str] = []
    published = None
    if data.get("published"):
        try:
            published = dt.date.fromisoformat(str(data["published"])[:10])
        except ValueError:
            warnings.append(f"{meta_path}: published date {data['published']!r} is not YYYY-MM-DD, ignored")

    def text_field(name: str) -> str | None:
        value = data.get(name)
        return str(value).strip() or None if value is not None else None

    url = text_field("url")
    if url and not re.match(r"https?://[^\s/]+", url, re.IGNORECASE):
        warnings.append(f"{meta_path}: url {url[:60]!r} is not an http(s) address, ignored")
        url = None
    meta = ArticleMeta(key=key, title=text_field("title"), outlet=text_field("outlet"),
                       url=url, published=published)
    return meta, tuple(warnings)


def read_source(path: Path, max_bytes: int) -> Source:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit for one article")
        data = path.read_bytes()
    except PermissionError as error:
        raise SourceError(f"{path}: cannot be read ({error.strerror})") from error
    except OSError as error:
        raise SourceError(f"{path}: cannot be read ({error.strerror or error})") from error
    text, decode_warnings = decode(data, path)
    key = path.stem
    meta, meta_warnings = read_meta(path, key)
    return Source(path=path, key=key, text=text, meta=meta, warnings=decode_warnings + meta_warnings)
