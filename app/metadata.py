"""What a metadata record says about an article (NAME.json, a manifest row, a JSONL line), checked.

Each field that is wrong is dropped with a warning; the others are kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from app.extract.types import ArticleMeta
from app.fetch import is_web_url

FIELDS = ("title", "outlet", "url", "published")
# The widths of the articles table's columns: longer titles and outlets are cut, longer URLs dropped.
MAX_LENGTH = {"title": 500, "outlet": 200, "url": 2000}


def clean_fields(data: Mapping[str, Any], where: str) -> tuple[dict[str, Any], list[str]]:
    """The usable fields of `data` (only those given), and a warning for each one that is not usable."""
    fields: dict[str, Any] = {}
    warnings: list[str] = []
    for name in ("title", "outlet", "url"):
        value = data.get(name)
        text = str(value).strip() if value is not None else ""
        if text:
            fields[name] = text
    url = fields.get("url")
    if url and not is_web_url(url):
        warnings.append(f"{where}: url {url[:60]!r} is not an http(s) address, ignored")
        del fields["url"]
    raw = data.get("published")
    if raw:
        try:
            fields["published"] = dt.date.fromisoformat(str(raw).strip()[:10])
        except ValueError:
            warnings.append(f"{where}: published date {raw!r} is not YYYY-MM-DD, ignored")
    return fields, warnings


def merged(meta: ArticleMeta, *layers: Mapping[str, Any] | None) -> ArticleMeta:
    """`meta` with each layer's fields laid over it in turn (the last layer wins), within the columns."""
    for layer in layers:
        if layer:
            meta = replace(meta, **{k: v for k, v in layer.items() if k in FIELDS})
    return bounded(meta)


def bounded(meta: ArticleMeta) -> ArticleMeta:
    """`meta` cut to fit the articles table: a page's title can be any length, a column cannot."""
    title, outlet, url = meta.title, meta.outlet, meta.url
    if title and len(title) > MAX_LENGTH["title"]:
        title = title[: MAX_LENGTH["title"] - 1].rstrip() + "…"
    if outlet and len(outlet) > MAX_LENGTH["outlet"]:
        outlet = outlet[: MAX_LENGTH["outlet"] - 1].rstrip() + "…"
    if url and len(url) > MAX_LENGTH["url"]:
        url = None
    return replace(meta, title=title, outlet=outlet, url=url)
