"""The literal gate in front of a cue pattern: it may let through texts the pattern then rejects,
but it must never keep out a text the pattern would match."""

from __future__ import annotations

import pytest

from app.extract import stance
from app.extract.gate import GatedPattern, literal_gate


def test_first_words_of_a_pattern() -> None:
    assert literal_gate(r"\b(?:will|would) (?:\w+ )?be\b") == ("will", "would")
    assert literal_gate(r"(?<!not )\bon the table\b") == ("on the table",)
    assert literal_gate(r"\b(?:not|no|never)\b.{0,20}keep") == ("no", "never")  # "no" is in "not"
    assert literal_gate(r"\b(?:seriously )?consider\b") == ("consider", "seriously ")


def test_patterns_that_may_start_anywhere_have_no_gate() -> None:
    assert literal_gate(r"\b(?:a|the) decision") is None  # a one-letter first word
    assert literal_gate(r"\w+ said") is None
    assert literal_gate(r"[,;] but not") is None


def test_gated_search_finds_what_the_regex_finds() -> None:
    pattern = GatedPattern(r"\b(?:refus\w+|reject\w*) (?:to )?send\b")
    assert pattern.search("they refused to send troops")
    assert pattern.search("we reject send orders")
    assert pattern.search("they agreed to send troops") is None


SAMPLE = [
    "we will not rule out sending troops, nothing is off the table",
    "poland would provide logistics but not troops",
    "it would be a grave mistake to send soldiers",
    "our soldiers' place is on nato's eastern flank",
    "a european force on the ground is the only credible guarantee",
    "if the americans provide air cover, we could consider it",
    "the summit ended without a statement",
]


@pytest.mark.parametrize("text", SAMPLE)
def test_every_stance_pattern_matches_as_without_its_gate(text: str) -> None:
    for gated in stance._OPEN + stance._SUPPORT + stance._OPPOSE + stance._OPPOSE_FIRST:
        assert bool(gated.search(text)) == bool(gated.regex.search(text)), gated.pattern


@pytest.mark.parametrize(
    "text", SAMPLE + ["nothing, not, no: none of it", "ruled it out, not ruling out", ""]
)
def test_gate_words_found_in_one_pass_are_those_a_substring_test_finds(text: str) -> None:
    gate = stance._GATE_WORDS
    assert gate.words_in(text) == frozenset(word for word in gate.words if word in text)
