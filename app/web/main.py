"""The FastAPI app: security headers, static files, error pages, and the routers."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.orm import sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException

from app import queries
from app.config import PROJECT_ROOT, get_settings
from app.db import engine_for
from app.web.filters import FilterError
from app.web.middleware import ResponseCache, SecurityHeaders
from app.web.templating import render

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path.endswith(".json")


def error_response(request: Request, status: int, title: str, message: str) -> Response:
    if wants_json(request):
        return JSONResponse({"error": title, "detail": message}, status_code=status)
    return render(
        request, "error.html", {"status": status, "title": title, "message": message}, status_code=status
    )


def create_app(database_url: str | None = None) -> FastAPI:
    app = FastAPI(
        title="stancewatch",
        description="Statements on sending NATO / Western troops to Ukraine, each with its source.",
        docs_url=None,  # served below from /static, so that the strict CSP holds
        redoc_url=None,
    )
    settings = get_settings()
    sessions = sessionmaker(bind=engine_for(database_url or settings.database_url))
    app.state.sessions = sessions

    def data_version() -> object:
        with sessions() as session:
            return queries.data_version(session)

    app.add_middleware(
        ResponseCache,
        data_version=data_version,
        max_bytes=settings.response_cache_mb << 20,
        check_every=settings.cache_check_seconds,
    )
    app.add_middleware(SecurityHeaders, headers=SECURITY_HEADERS)

    @app.exception_handler(FilterError)
    async def bad_filter(request: Request, error: FilterError) -> Response:
        if wants_json(request):
            return error_response(request, 400, "Bad parameter", str(error))
        return error_response(request, 400, f"Bad value for “{error.parameter}”", error.message)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, error: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in error.errors())
        return error_response(request, 422, "Bad request", problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        titles = {404: "Not found", 405: "Method not allowed"}
        return error_response(
            request, error.status_code, titles.get(error.status_code, "Error"), str(error.detail)
        )

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> Response:
        return render(request, "docs.html", {})

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> PlainTextResponse:
        return PlainTextResponse("ok")

    app.mount("/static", StaticFiles(directory=PROJECT_ROOT / "static"), name="static")

    from app.web import api, exports, pages

    app.include_router(api.router)
    app.include_router(exports.router)
    app.include_router(pages.router, include_in_schema=False)
    return app


app = create_app()
