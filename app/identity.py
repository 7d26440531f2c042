"""Names that stay the same across re-ingests and rebuilds: actor slugs and statement ids."""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata


def slugify(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return slug[:120] or "unnamed"


def statement_public_id(article_key: str, speaker: str, kind: str, text: str, repeat: int = 0) -> str:
    """Twelve characters derived from what the statement is, never from when it was stored.

    `repeat` tells apart the same words by the same speaker twice in one article.
    """
    material = "\x1f".join([article_key, slugify(speaker), kind, " ".join(text.split()), str(repeat)])
    digest = hashlib.sha256(material.encode("utf-8")).digest()
    return base64.b32encode(digest).decode("ascii")[:12].lower()
