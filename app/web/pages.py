"""HTML routes: the whole page, or only its fragment when htmx asks (HX-Request)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app import queries
from app.web.deps import DbSession
from app.web.filters import parse_filter
from app.web.templating import render

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, session: DbSession) -> HTMLResponse:
    f = parse_filter(request.query_params)
    result = queries.page(session, f)
    total = queries.count(session, f)
    return render(request, "index.html", {"filter": f, "page": result, "total": total}, block="results")
