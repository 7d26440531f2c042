"""Article text -> statements. Pure functions over the plain dataclasses in `types`."""

from app.extract.pipeline import extract

__all__ = ["extract"]
