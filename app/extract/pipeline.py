"""extract(raw text, metadata) -> Extraction: the stages in order."""

from __future__ import annotations

from app.extract.types import Article, ArticleMeta, Extraction


def extract(raw_text: str, meta: ArticleMeta) -> Extraction:
    article = Article(key=meta.key, text=raw_text.strip(), title=meta.title, outlet=meta.outlet,
                      url=meta.url, published=meta.published)
    return Extraction(article=article, statements=[])
