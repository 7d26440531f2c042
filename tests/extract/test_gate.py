"""The literal gate in front of a cue pattern: it may let through texts the pattern then rejects,
but it must never keep out a text the pattern would match."""

from __future__ import annotations

import re

import pytest

from app.extract import cues, stance
from app.extract.gate import (
    GatedList,
    GatedPattern,
    GateWords,
    WordStartPattern,
    literal_gate,
    required_words,
    start_words,
)


def test_first_words_of_a_pattern() -> None:
    assert literal_gate(r"\b(?:will|would) (?:\w+ )?be\b") == ("will", "would")
    assert literal_gate(r"(?<!not )\bon the table\b") == ("on the table",)
    assert literal_gate(r"\b(?:not|no|never)\b.{0,20}keep") == ("no", "never")  # "no" is in "not"
    assert literal_gate(r"\b(?:seriously )?consider\b") == ("consider", "seriously ")


def test_words_a_match_must_contain_further_on() -> None:
    assert required_words(r"\b(?:is|are) (?:a |the )?(?:real )?option\b") == ("option",)
    assert required_words(r"\b(?:send|deploy) (?:\w+ )?(?:troops|soldiers)\b") == ("troops", "soldiers")
    assert required_words(r"(?:keep|kept) (?:it|this) (?:open|on the table)") == ("pen", "n the table")
    assert required_words(r"\w+(?: open)? door") == (" door",)
    # an optional part, a part in another case or a one-letter choice requires nothing
    assert required_words(r"\w+(?: option)?") is None
    assert required_words(r"(?i:option)s?") is None
    assert required_words(r"(?i)option") is None
    assert required_words(r"\b(?:a|the) \w+") is None
    # the gate is the rarer of the first words and the words further on
    assert GatedPattern(r"\b(?:is|are) (?:a |the )?(?:real )?option\b").gate == {"option"}
    assert GatedPattern(r"\brefus\w+ (?:a |the )?(?:\w+ )?(?:to|at)\b").gate == {"refus"}


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
    "it would be a mistake not to send troops, and europe must not be afraid to deploy",
]


@pytest.mark.parametrize("text", SAMPLE)
def test_every_stance_pattern_matches_as_without_its_gate(text: str) -> None:
    every = stance._OPEN + stance._SUPPORT + stance._OPPOSE + stance._OPPOSE_FIRST + stance._SUPPORT_FIRST
    for gated in every + stance._SUPPORT_READ_FIRST:
        assert bool(gated.search(text)) == bool(gated.regex.search(text)), gated.pattern


def test_words_every_match_starts_with() -> None:
    # "not" starts with "no": the places of "no" are those of both
    assert start_words(r"\b(?:not|no|never)\b.{0,20}keep") == ("never", "no")
    assert start_words(r"\bbefore(?<!twice before) (?:we|they) send\b") == ("before",)
    assert start_words(r"(?i:option)s? open") is None  # other cases too
    assert start_words(r"\b(?:a|the) decision") is None


@pytest.mark.parametrize("text", SAMPLE + ["no, not now; never before we send them", ""])
def test_a_pattern_tried_at_its_first_words_finds_what_search_finds(text: str) -> None:
    every = stance._OPEN + stance._SUPPORT + stance._OPPOSE + stance._OPPOSE_FIRST + stance._SUPPORT_FIRST
    for gated in every + stance._SUPPORT_READ_FIRST:
        found, expected = gated.first_match(text), gated.regex.search(text)
        assert (found and found.span()) == (expected and expected.span()), gated.pattern


@pytest.mark.parametrize(
    "text", SAMPLE + ["nothing, not, no: none of it", "ruled it out, not ruling out", ""]
)
def test_gate_words_found_in_one_pass_are_those_a_substring_test_finds(text: str) -> None:
    gate = stance._GATE_WORDS
    assert gate.words_in(text) == frozenset(word for word in gate.words if word in text)


def test_a_gated_list_offers_in_order_only_the_patterns_a_text_can_match() -> None:

    patterns = [
        GatedPattern(r"\brule[sd]? out\b"),
        GatedPattern(r"\w+ troops"),  # no gate: always offered
        GatedPattern(r"\b(?:refus\w+|reject\w*) to\b"),
        GatedPattern(r"\bruled out sending\b"),
    ]
    listed = GatedList(patterns)
    text = "the minister ruled out sending troops"
    present = GateWords(patterns).words_in(text)
    offered = listed.among(present)
    assert offered == [patterns[0], patterns[1], patterns[3]]
    # the same first match as trying every pattern in turn
    first = next(p for p in patterns if p.search(text))
    assert next(p for p in offered if p.regex.search(text)) is first


@pytest.mark.parametrize("text", SAMPLE)
def test_each_stance_list_offers_the_pattern_that_matches_first(text: str) -> None:
    present = stance._GATE_WORDS.words_in(text)
    for full, listed in [
        (stance._OPEN, stance._OPEN_LIST),
        (stance._SUPPORT, stance._SUPPORT_LIST),
        (stance._OPPOSE, stance._OPPOSE_LIST),
        (stance._OPPOSE_FIRST, stance._OPPOSE_FIRST_LIST),
        (stance._SUPPORT_FIRST, stance._SUPPORT_FIRST_LIST),
        (stance._SUPPORT_READ_FIRST, stance._READ_FIRST_LIST),
    ]:
        every = [p for p in full if p.regex.search(text)]
        offered = [p for p in listed.among(present) if p.regex.search(text)]
        assert offered == every


@pytest.mark.parametrize(
    "text", SAMPLE + ["he has said no, she has not ruled it out, and they have backed down", ""]
)
def test_a_pattern_tried_at_its_first_words_finds_what_finditer_finds(text: str) -> None:
    scan = WordStartPattern(cues._POLICY_LOWER_RE)
    spans = [m.span() for m in scan.finditer(text)]
    assert spans == [m.span() for m in cues._POLICY_LOWER_RE.finditer(text)]
    first = cues._POLICY_LOWER_RE.search(text, 3, 60)
    assert (m.span() if (m := scan.search(text, 3, 60)) else None) == (first.span() if first else None)
    # a first word inside a longer one ("out" in "rule out") still marks where a match may start
    inner = re.compile(r"\b(?:rule out|out)\b")
    assert [m.span() for m in WordStartPattern(inner).finditer("rule out")] == [(0, 8)]


def test_only_patterns_with_a_leading_boundary_and_first_words_are_tried_at_them() -> None:
    for pattern in (r"(?:said|told)\b", r"\b\w+ said", r"\b(?:a|the)?"):
        with pytest.raises(ValueError):
            WordStartPattern(re.compile(pattern))
