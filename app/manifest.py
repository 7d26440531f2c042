"""`manifest.csv`: metadata for many article files of a folder at once.

Columns: `file` (a path relative to the manifest's folder) or `key` (the article key: the file name without
extension), and any of `url`, `outlet`, `title`, `published` (YYYY-MM-DD). A `NAME.json` beside an article
wins over its manifest row. A bad row, or a bad field in a row, is reported as a warning and left out.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.metadata import FIELDS, clean_fields

MANIFEST_NAME = "manifest.csv"


@dataclass
class Manifest:
    path: Path
    by_file: dict[Path, dict[str, Any]] = field(default_factory=dict)
    by_key: dict[str, dict[str, Any]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return self.path.parent

    def fields_for(self, article: Path, key: str) -> dict[str, Any] | None:
        found = self.by_file.get(article.resolve())
        if found is None and article.resolve().is_relative_to(self.folder.resolve()):
            found = self.by_key.get(key)
        return found


def read_manifest(path: Path, article_suffixes: tuple[str, ...]) -> Manifest:
    manifest = Manifest(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        manifest.warnings.append(f"{path}: manifest ignored ({error})")
        return manifest
    reader = csv.DictReader(text.splitlines(), skipinitialspace=True)
    header = [(name or "").strip().lower() for name in reader.fieldnames or []]
    if "file" not in header and "key" not in header:
        manifest.warnings.append(f"{path}: manifest ignored (no 'file' or 'key' column)")
        return manifest
    reader.fieldnames = header
    unused = sorted(set(header) - {"file", "key", *FIELDS} - {""})
    if unused:
        manifest.warnings.append(f"{path}: columns not used: {', '.join(unused)}")
    first_line: dict[object, int] = {}
    folder = path.parent.resolve()
    try:
        rows = list(reader)
    except csv.Error as error:
        manifest.warnings.append(f"{path}: manifest ignored (not readable as CSV: {error})")
        return manifest
    for number, row in enumerate(rows, 2):  # line 1 is the header; one row per line
        where = f"{path}:{number}"
        if None in row:
            manifest.warnings.append(f"{where}: more fields than the header has columns, row ignored")
            continue
        values = {name: (value or "").strip() for name, value in row.items() if name}
        if not any(values.values()):
            continue
        fields, warnings = clean_fields(values, where)
        manifest.warnings.extend(warnings)
        name, key = values.get("file", ""), values.get("key", "")
        if name:
            target = (folder / name).resolve()
            if not target.is_relative_to(folder):
                manifest.warnings.append(f"{where}: {name!r} is outside the manifest's folder, row ignored")
                continue
            if not target.is_file():
                manifest.warnings.append(f"{where}: no such file {name!r}, row ignored")
                continue
            if target.suffix not in article_suffixes:
                manifest.warnings.append(f"{where}: {name!r} is not an article file, row ignored")
                continue
            slot: object = target
            table: dict = manifest.by_file
        elif key:
            slot, table = key, manifest.by_key
        else:
            manifest.warnings.append(f"{where}: neither file nor key given, row ignored")
            continue
        if slot in first_line:
            manifest.warnings.append(
                f"{where}: {name or key!r} already given on line {first_line[slot]}, row ignored"
            )
            continue
        first_line[slot] = number
        table[slot] = fields
    return manifest


class Manifests:
    """The manifests that apply to article files, each read (and its warnings given) once."""

    def __init__(self, article_suffixes: tuple[str, ...]) -> None:
        self.article_suffixes = article_suffixes
        self._read: dict[Path, Manifest | None] = {}
        self.warnings: list[str] = []

    def _manifest(self, folder: Path) -> Manifest | None:
        if folder not in self._read:
            candidate = folder / MANIFEST_NAME
            manifest = read_manifest(candidate, self.article_suffixes) if candidate.is_file() else None
            if manifest:
                self.warnings.extend(manifest.warnings)
            self._read[folder] = manifest
        return self._read[folder]

    def fields_for(self, article: Path, key: str, root: Path | None = None) -> dict[str, Any] | None:
        """The row for `article` in the nearest manifest that has one: its own folder's, then the
        folders above it up to `root` (the folder given on the command line)."""
        folder = article.parent
        stop = (root or folder).resolve()
        while True:
            manifest = self._manifest(folder)
            if manifest:
                found = manifest.fields_for(article, key)
                if found is not None:
                    return found
            if folder.resolve() == stop or folder.parent == folder:
                return None
            folder = folder.parent
