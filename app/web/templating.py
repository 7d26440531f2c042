"""The Jinja2 environment (autoescaping, block rendering for htmx fragments) and its helpers."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2_fragments.fastapi import Jinja2Blocks

from app.config import PROJECT_ROOT
from app.web.filters import query_string

templates = Jinja2Blocks(directory=str(PROJECT_ROOT / "templates"))
templates.env.autoescape = True
templates.env.globals["query_string"] = query_string

STANCE_LABELS = {"support": "Supports", "open": "Open to it", "oppose": "Opposes", "neutral": "Neutral"}
templates.env.globals["STANCE_LABELS"] = STANCE_LABELS


def is_htmx(request: Request) -> bool:
    headers = request.headers
    return headers.get("HX-Request") == "true" and headers.get("HX-History-Restore-Request") != "true"


def render(
    request: Request, template: str, context: dict[str, Any], block: str | None = None, status_code: int = 200
) -> HTMLResponse:
    """The whole page, or only `block` of it when htmx asks; the same template either way."""
    fragment = block if block and is_htmx(request) else None
    response = templates.TemplateResponse(
        request, template, context, status_code=status_code, block_name=fragment
    )
    response.headers["Vary"] = "HX-Request"
    return response
