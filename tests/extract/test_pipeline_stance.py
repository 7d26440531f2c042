"""Stance read at the level of the article: a quotation judged with the sentence that carries it."""

from __future__ import annotations

from app.extract import extract
from app.extract.types import ArticleMeta


def _stances(text: str) -> dict[str, str]:
    result = extract(text, ArticleMeta(key="t"))
    return {st.text: st.stance for st in result.statements if st.kind == "direct"}


def test_readiness_made_conditional_by_the_writers_sentence_is_open() -> None:
    stances = _stances(
        'Prime Minister Jonas Berg said Norway was "ready to send soldiers to Ukraine" provided that the '
        "United States stayed engaged.\n"
    )
    assert stances == {"ready to send soldiers to Ukraine": "open"}


def test_readiness_without_a_condition_stays_support() -> None:
    stances = _stances(
        'Prime Minister Jonas Berg said Norway was "ready to send soldiers to Ukraine" next year.\n'
    )
    assert stances == {"ready to send soldiers to Ukraine": "support"}
