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


def test_an_answer_to_another_question_does_not_inherit_the_position() -> None:
    stances = _stances(
        'Foreign Minister Anders Holt said Denmark would not send troops. "That is our line," Holt said.\n\n'
        "Asked when the cabinet would meet, Holt said only that "
        '"everything is being discussed with our allies."\n'
    )
    assert stances["everything is being discussed with our allies."] == "neutral"


def test_a_fragments_help_set_against_troops_is_the_refusals() -> None:
    stances = _stances(
        'Prime Minister Giulia Ferrante said Italy would "not send soldiers" but would "do its part" in '
        "other ways.\n"
    )
    assert stances == {"not send soldiers": "oppose", "do its part": "oppose"}


def test_the_same_speakers_next_words_in_the_next_paragraph_continue_the_position() -> None:
    stances = _stances(
        '"Estonian soldiers will not go to Ukraine," Defence Minister Kaarel Tamm said.\n\n'
        '"Nothing in the talks this week has changed that view, and nothing will change it soon," '
        "Tamm said.\n"
    )
    assert stances == {
        "Estonian soldiers will not go to Ukraine,": "oppose",
        "Nothing in the talks this week has changed that view, and nothing will change it soon,": "oppose",
    }


def test_next_words_that_bring_a_subject_of_their_own_keep_their_own_reading() -> None:
    stances = _stances(
        '"Nothing should be excluded," President Marie Laurent said.\n\n'
        '"We are convinced that the defeat of Moscow in this war is indispensable to the security of '
        'Europe as a whole," Laurent said.\n'
    )
    assert stances["Nothing should be excluded,"] == "open"
    assert (
        stances[
            "We are convinced that the defeat of Moscow in this war is indispensable to the security of "
            "Europe as a whole,"
        ]
        == "neutral"
    )


def test_a_quote_takes_the_position_its_paragraph_reports_just_after_it() -> None:
    stances = _stances(
        '"That is our answer to everyone who asks," Defence Minister Anna Kowal said on Monday. She said '
        "Poland would send a brigade to Ukraine once a ceasefire was signed.\n"
    )
    assert stances == {"That is our answer to everyone who asks,": "support"}


def test_a_refusal_word_reads_as_one_when_troops_were_named_two_paragraphs_before() -> None:
    stances = _stances(
        "MADRID — Spain's parties argued on Tuesday over sending troops to Ukraine.\n\n"
        'In Madrid, Defence Minister Carmen Ortiz said Spain was "studying all scenarios" with its '
        "partners.\n\n"
        'Deputy Luis Navarro called the discussion "a dangerous escalation that Spain must reject".\n'
    )
    assert stances["a dangerous escalation that Spain must reject"] == "oppose"


def test_a_deliberation_elsewhere_in_the_sentence_does_not_make_a_support_conditional() -> None:
    stances = _stances(
        'Foreign Minister Petr Dvorak called training inside Ukraine "a logical next step" and said Prague '
        "was ready to discuss it.\n"
    )
    assert stances == {"a logical next step": "support"}


def test_the_words_before_the_cue_take_the_stance_of_the_words_after_it() -> None:
    stances = _stances(
        "Ministers met in Brussels on Thursday to discuss the force for Ukraine.\n\n"
        '"We have heard these threats before, many times," Latvia\'s defence minister, Ilze Ozola, said. '
        '"Latvian engineers will be in Ukraine when the force deploys."\n'
    )
    assert stances == {
        "We have heard these threats before, many times,": "support",
        "Latvian engineers will be in Ukraine when the force deploys.": "support",
    }


def test_words_before_the_cue_keep_their_reading_when_another_speaker_goes_on() -> None:
    stances = _stances(
        "Ministers met in Brussels on Thursday to discuss the force for Ukraine.\n\n"
        '"We have heard these threats before, many times," Latvia\'s defence minister, Ilze Ozola, said. '
        '"Latvian engineers will be in Ukraine when the force deploys," said General Janis Berzins, the '
        "army's chief.\n"
    )
    assert stances == {
        "We have heard these threats before, many times,": "neutral",
        "Latvian engineers will be in Ukraine when the force deploys,": "support",
    }


def test_words_after_a_sentence_that_puts_another_question_are_not_a_follow_on() -> None:
    stances = _stances(
        "Defence Minister Nuno Reis was less guarded in Brussels on Thursday. “If there is a ceasefire and a "
        "mission, Portuguese engineers will be there,” he told reporters. Asked whether the modules were "
        "meant for Ukraine, he smiled. “They are meant for the cold.”\n"
    )
    assert stances == {
        "If there is a ceasefire and a mission, Portuguese engineers will be there,": "support",
        "They are meant for the cold.": "neutral",
    }


def test_a_quoted_title_beside_a_fragment_gives_it_no_stance() -> None:
    stances = _stances(
        '"My clients read that sentence, as any citizen could," Mr Jens Holm said, adding that the pamphlet, '
        'titled "No Danish Boots in Ukraine", had been "a legitimate contribution to a public debate".\n'
    )
    assert stances == {
        "My clients read that sentence, as any citizen could,": "neutral",
        "a legitimate contribution to a public debate": "neutral",
    }


def test_people_who_disagree_are_others_not_the_speakers_refusal() -> None:
    stances = _stances(
        "A debate on British troops for Ukraine.\n\n"
        '"We have invited people who disagree, on purpose," says Sunil Mehta, who chairs the debate.\n'
    )
    assert stances == {"We have invited people who disagree, on purpose,": "neutral"}


def test_a_state_that_will_not_wait_for_others_to_guard_the_peace_supports() -> None:
    stances = _stances(
        "The government has committed 250 personnel to the multinational force in Ukraine.\n\n"
        'Prime Minister Kaja Tamm said on 30 April that "Estonia will not wait for others to guard a peace '
        'that protects us too".\n'
    )
    assert stances == {"Estonia will not wait for others to guard a peace that protects us too": "support"}


def test_a_threat_waved_away_by_a_minister_is_hers_and_supports() -> None:
    stances = _stances(
        "New Zealand will send 100 soldiers to Ukraine. The Minister of Defence, Judith Harcourt, spoke.\n\n"
        "The Russian embassy said on Friday that any soldiers in Ukraine would be 'a legitimate target', a "
        "warning the Minister of Defence called 'tired and predictable'.\n"
    )
    assert stances == {"a legitimate target": "oppose", "tired and predictable": "support"}


def test_a_fragment_whose_refusal_limits_what_the_clause_backs_supports() -> None:
    stances = _stances(
        "New Zealand will send soldiers to Ukraine. ‘Our people will be ready to deploy,’ the Minister of "
        "Defence, Judith Harcourt, said.\n\n"
        "NZ First said in a statement that it backed ‘trainers and medics, not combat troops’.\n"
    )
    assert stances["trainers and medics, not combat troops"] == "support"


def test_words_after_a_refusal_to_say_more_do_not_inherit_the_position() -> None:
    text = (
        "DUBLIN - Ireland and the force.\n\n"
        "Asked whether Irish soldiers would be part of the force, the Taoiseach told reporters that Ireland "
        'would "look at what we can do once there is a ceasefire, within our laws". {gap}"I came here to see '
        'ploughing," he said, "and I am seeing a robot opening a biscuit tin, so the day is going well."\n'
    )
    stances = _stances(text.format(gap="He would not say what that might mean. "))
    assert stances["I came here to see ploughing,"] == "neutral"
    stances = _stances(text.format(gap=""))
    assert stances["I came here to see ploughing,"] == "open"
