"""Unnamed speakers ("a senior German official", "Western diplomats"): found, named as the article
words them, given the state their words name, and kept apart from the state's government, except one
official, source or spokesperson of one state, who speaks for its government (as the guideline's
"group" is a collective)."""

from __future__ import annotations

import datetime as dt

from app.extract import extract
from app.extract.groups import find_groups
from app.extract.types import ArticleMeta


def _directs(text: str) -> dict[str, tuple[str, str, str | None]]:
    result = extract(text, ArticleMeta(key="t"))
    return {
        st.text: (st.speaker.name, st.speaker.type, st.speaker.country)
        for st in result.statements
        if st.kind == "direct"
    }


def test_an_unnamed_source_after_an_inverted_cue_speaks() -> None:
    found = _directs(
        "Ministers met in Brussels on Thursday to discuss a force for Ukraine.\n\n"
        '"We are running out of time to agree on a contribution," said a French diplomat.\n'
    )
    assert found == {
        "We are running out of time to agree on a contribution,": ("French diplomat", "group", "FR")
    }


def test_the_official_refers_back_to_the_unnamed_source_who_speaks_for_the_government() -> None:
    found = _directs(
        "A senior Polish official said the talks had been difficult.\n\n"
        "The official, who spoke on condition of anonymity, added: "
        '"Warsaw will not send soldiers across the border."\n'
    )
    assert found == {
        "Warsaw will not send soldiers across the border.": ("Government of Poland", "government", "PL")
    }


def test_an_aside_between_the_source_and_the_verb_keeps_the_attribution() -> None:
    found = _directs(
        "One Baltic diplomat, who asked not to be named, said the coalition risked "
        '"talking itself to death over numbers".\n'
    )
    assert found == {"talking itself to death over numbers": ("Baltic diplomat", "group", None)}


def test_an_unnamed_soldier_is_one_person_whom_he_can_refer_to() -> None:
    found = _directs(
        "In a hangar outside Rukla, a Lithuanian captain watches a platoon rehearse. Hungary's foreign "
        "minister, Peter Szabados, disagrees.\n\n"
        '"Hungarian soldiers will not set foot in Ukraine," Szabados said.\n\n'
        "Back in Rukla, the captain shrugs at the politics. Asked whether his men would be ready, he only "
        'smiles. "That is above my pay grade," he says.\n\n'
        '"We train every day," the captain said.\n'
    )
    assert found == {
        "Hungarian soldiers will not set foot in Ukraine,": ("Peter Szabados", "person", "HU"),
        "That is above my pay grade,": ("Lithuanian captain", "group", "LT"),
        "We train every day,": ("Lithuanian captain", "group", "LT"),
    }


def test_demonym_officials_are_a_group_of_that_state_not_its_government() -> None:
    result = extract(
        "Russian officials said any European troops in Ukraine would be legitimate targets.\n",
        ArticleMeta(key="t"),
    )
    speakers = {(st.speaker.name, st.speaker.type, st.speaker.country, st.stance) for st in result.statements}
    assert speakers == {("Russian officials", "group", "RU", "oppose")}


def test_what_is_and_is_not_an_unnamed_speaker() -> None:
    text = (
        "Officials said the meeting had been useful. Western diplomats expect a decision soon. "
        "Sources familiar with the talks said the plan was ready. Many people marched in Rome. "
        "The Senior Officials Meeting ended early. Senior official Anna Berg spoke first. "
        "Diplomats in Brussels were cautious."
    )
    names = [(g.name, g.country) for g in find_groups(text)]
    assert names == [
        ("Officials", None),
        ("Western diplomats", None),
        ("Sources familiar with the talks", None),
        ("Diplomats in Brussels", None),
    ]


def test_a_place_or_a_demonym_gives_the_groups_state() -> None:
    names = [(g.name, g.country) for g in find_groups("He met diplomats in Warsaw and German officials.")]
    assert names == [("Diplomats in Warsaw", "PL"), ("German officials", "DE")]


def test_unnamed_sources_opening_a_later_paragraph_speak_for_the_seat_they_are_at() -> None:
    result = extract(
        "Premier Giulia Ferraris spoke in Rome on Tuesday.\n\n"
        "Sources at Palazzo Chigi said the government preferred to work on guarantees rather than on a "
        "European contingent.\n",
        ArticleMeta(key="t"),
    )
    found = [(st.speaker.name, st.speaker.type, st.speaker.country, st.stance) for st in result.statements]
    assert found == [("Sources at Palazzo Chigi", "group", "IT", "oppose")]


def test_circles_that_speak_impersonally_are_a_group_of_the_storys_government() -> None:
    result = extract(
        "Berlin. The federal government is reacting cautiously to the proposal for a force in Ukraine. "
        'In government circles it was said on Monday that a German participation was "currently not up '
        'for debate".\n\n'
        "Germany's defence minister spoke later.\n",
        ArticleMeta(key="t", published=dt.date(2025, 2, 24)),
    )
    found = [(st.kind, st.speaker.name, st.speaker.country, st.stance) for st in result.statements]
    assert found == [("direct", "Government circles", "DE", "oppose")]


def test_sources_of_a_seat_of_government_speak_for_it() -> None:
    result = extract(
        "MADRID (Reuters) - Spain's government met on Monday.\n\n"
        "Kremlin sources said that Moscow would not accept any troops in Ukraine.\n\n"
        "Moncloa sources indicated that the Executive will wait for the outcome of the negotiations "
        "before taking any decision.\n",
        ArticleMeta(key="t"),
    )
    found = [(st.speaker.name, st.speaker.type, st.speaker.country, st.stance) for st in result.statements]
    assert found == [("Kremlin", "government", "RU", "oppose"), ("Moncloa", "government", "ES", "open")]


def test_one_official_or_source_of_a_state_speaks_for_its_government_a_diplomat_or_many_do_not() -> None:
    found = _directs(
        "Talks on a force\n\n"
        '"We are ready to send a company," an Estonian official familiar with the discussions said.\n\n'
        '"No decision has been taken," a government source in Rome said.\n\n'
        '"We are running out of time," said a French diplomat.\n\n'
        '"It is not on our agenda," German officials said.\n'
    )
    assert found == {
        "We are ready to send a company,": ("Government of Estonia", "government", "EE"),
        "No decision has been taken,": ("Government of Italy", "government", "IT"),
        "We are running out of time,": ("French diplomat", "group", "FR"),
        "It is not on our agenda,": ("German officials", "group", "DE"),
    }
