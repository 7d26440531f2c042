"""Settings, read once from the environment (or a `.env` file)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = "sqlite:///data/stancewatch.db"
    host: str = "127.0.0.1"
    port: int = 8000
    # The public address of the site, for canonical URLs and feeds when it sits behind a proxy.
    base_url: str | None = None
    # Articles larger than this are refused by `ingest`, with a message.
    max_article_bytes: int = 2_000_000
    # Whole responses are kept in memory until the next ingest changes the data (0 turns it off).
    response_cache_mb: int = 32
    # How often (seconds) each server process asks the database whether an ingest changed it.
    cache_check_seconds: float = 1.0


@lru_cache
def get_settings() -> Settings:
    return Settings()
