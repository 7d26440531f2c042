"""Absolute URLs for links that leave the site: feeds, canonical links, API `next` links."""

from __future__ import annotations

from fastapi import Request

from app.config import get_settings


def site_root(request: Request) -> str:
    return (get_settings().base_url or str(request.base_url)).rstrip("/")


def absolute(request: Request, path: str) -> str:
    return site_root(request) + path
