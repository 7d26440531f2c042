"""Positions in the writer's words ("Italy remains opposed to any deployment"): found as reported
statements of the state or person that holds them, with the stance they state. Sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest

from app.extract import extract
from app.extract.types import ArticleMeta

LEAD = "Leaders debated sending troops to Ukraine on Monday.\n\n"

POSITIONS = [
    ("Government of Poland", "oppose", "Poland is among the countries that have ruled out sending troops."),
    (
        "Government of Lithuania",
        "support",
        "Lithuania has signalled its willingness to send soldiers to Ukraine.",
    ),
    ("Government of Germany", "oppose", "Germany has distanced itself from the proposal to send troops."),
    (
        "Government of the United Kingdom",
        "support",
        "Britain has offered to lead a reassurance force in Ukraine.",
    ),
    ("Government of Sweden", "open", "Sweden has not ruled out joining a peacekeeping mission."),
    ("Government of Hungary", "oppose", "Hungary and Slovakia have flatly refused to send soldiers."),
    (
        "Government of France",
        "support",
        "France is pushing for a European force to be deployed after a ceasefire.",
    ),
    ("Government of Italy", "oppose", "Italy remains opposed to any deployment of troops."),
    ("Government of the Netherlands", "open", "The Netherlands is weighing whether to contribute troops."),
    ("Government of Finland", "support", "Finland joined calls for a Western military presence in Ukraine."),
    ("Government of Canada", "open", "Canada is open to sending troops under a UN mandate."),
    # the members of a group named in an aside, with the group's relative clause after them
    (
        "Government of Austria",
        "oppose",
        "Greece joins a handful of states, among them Austria and Ireland, that have said they will not send "
        "troops.",
    ),
    (
        "Government of Ireland",
        "oppose",
        "Greece joins a handful of states, among them Austria and Ireland, that have said they will not send "
        "troops.",
    ),
]

PEOPLE = (
    "Polish Prime Minister Jan Tuskow, German Chancellor Olaf Scholtz, Italian Prime Minister Giorgia "
    "Melani, "
    "British Prime Minister Keir Starman, Slovak Prime Minister Robert Ficon and Ukrainian President "
    "Volodymyr Zelenskyy attended.\n\n"
)
PERSONAL_POSITIONS = [
    ("Jan Tuskow", "oppose", "Tuskow has been one of the loudest voices against sending troops."),
    ("Olaf Scholtz", "oppose", "Scholtz has repeatedly ruled it out."),
    ("Giorgia Melani", "oppose", "Melani has kept her distance from the plan to send troops."),
    ("Keir Starman", "support", "Starman has led the push for a reassurance force."),
    ("Robert Ficon", "oppose", "Ficon is a vocal opponent of any deployment."),
    ("Volodymyr Zelenskyy", "support", "Zelenskyy urged allies to send troops."),
]


@pytest.mark.parametrize("speaker,stance,sentence", PERSONAL_POSITIONS)
def test_a_persons_position_in_the_writers_words(speaker: str, stance: str, sentence: str) -> None:
    found = extract(LEAD + PEOPLE + sentence + "\n", ArticleMeta(key="t")).statements
    assert (speaker, stance) in {(st.speaker.name, st.stance) for st in found if st.kind == "reported"}


@pytest.mark.parametrize("speaker,stance,sentence", POSITIONS)
def test_a_position_in_the_writers_words_is_its_holders(speaker: str, stance: str, sentence: str) -> None:
    found = extract(LEAD + sentence + "\n", ArticleMeta(key="t")).statements
    assert (speaker, stance) in {(st.speaker.name, st.stance) for st in found if st.kind == "reported"}


def test_two_parties_that_reject_it_together_each_take_the_position() -> None:
    result = extract(
        "Berlin. The federal government is reacting cautiously to the proposal.\n\n"
        "The AfD and the BSW reject any deployment.\n",
        ArticleMeta(key="t"),
    )
    found = [(st.speaker.name, st.speaker.type, st.stance) for st in result.statements]
    assert found == [("AfD", "organization", "oppose"), ("BSW", "organization", "oppose")]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "The Communist Party and the Left Bloc have both come out against any deployment.",
            [("Communist Party", "oppose"), ("Left Bloc", "oppose")],
        ),
        ("The AfD has come out strongly against sending German troops to Ukraine.", [("AfD", "oppose")]),
        ("Chega came out in favour of sending troops to Ukraine.", [("Chega", "support")]),
    ],
)
def test_parties_that_come_out_against_or_for_it_take_that_position(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    result = extract(
        "LISBON, 2 April 2026 – The opposition was divided.\n\n" + sentence + "\n", ArticleMeta(key="t")
    )
    assert [(st.speaker.name, st.stance) for st in result.statements if st.kind == "reported"] == expected


def test_a_proposal_and_the_coordinated_refusals_an_analysis_summarises() -> None:
    result = extract(
        "Portuguese Prime Minister Rui Matos has suggested that European countries could send military "
        "instructors to western Ukraine.\n\n"
        "Leaders such as Austrian Chancellor Felix Gruber and Czech Prime Minister Pavel Novy have distanced "
        "themselves from the idea. Gruber said Austria would not take part in any such mission, while Novy "
        "stressed that the Czech Republic was focused on supplying ammunition.\n",
        ArticleMeta(key="t"),
    )
    found = [(st.speaker.name, st.stance) for st in result.statements]
    assert found == [
        ("Rui Matos", "support"),  # a proposal, not a doubt ("could send")
        ("Felix Gruber", "oppose"),
        ("Pavel Novy", "oppose"),  # the second subject, with its role before its name
        ("Felix Gruber", "oppose"),
        ("Pavel Novy", "oppose"),  # ammunition in place of troops
    ]


def test_positions_an_analysis_gives_capitals_in_its_own_words() -> None:
    result = extract(
        "Rome remains lukewarm, preferring to talk about security guarantees rather than soldiers. Warsaw "
        "prefers to keep its forces at home, arguing that Poland's job is to defend NATO's eastern flank.\n",
        ArticleMeta(key="t"),
    )
    found = [(st.speaker.name, st.stance) for st in result.statements]
    assert ("Government of Italy", "oppose") in found and ("Government of Poland", "oppose") in found


def test_two_leaders_in_one_sentence_each_keep_their_clause() -> None:
    result = extract(
        "OTTAWA/CANBERRA, March 16 (Reuters) - Canada's prime minister said on Sunday his country was "
        '"open to" joining a European-led security force in Ukraine, while Australia\'s defence minister '
        'said Canberra would consider any request "on its merits".\n\n'
        '"We will be there if we are needed," Prime Minister Marc Tremblay told reporters in Ottawa.\n\n'
        "Conservative leader Jason Reid questioned whether Canada's stretched armed forces could take on "
        "another mission.\n",
        ArticleMeta(key="t"),
    )
    found = [(st.kind, st.speaker.name, st.stance) for st in result.statements if st.speaker.country == "CA"]
    assert found == [
        ("reported", "Marc Tremblay", "open"),  # the role in the lead is the prime minister named after
        ("direct", "Marc Tremblay", "support"),
        ("reported", "Jason Reid", "oppose"),
    ]


def _reported(text: str) -> list[tuple[str, str, str, str]]:
    """(kind, speaker, stance, text) of each statement of the article."""
    out = extract(text, ArticleMeta("t")).statements
    return [(s.kind, s.speaker.name, s.stance, s.text) for s in out]


def _said(text: str) -> list[tuple[str, str, str, str]]:
    """The same, after a lead paragraph that sets the topic."""
    return _reported(LEAD + text)


def test_what_a_speaker_goes_on_to_say_after_a_position_is_a_statement_of_its_own() -> None:
    said = _said(
        "Spanish Prime Minister Andrés Ferrer on Tuesday ruled out sending Spanish troops to Ukraine, "
        "saying any decision would depend on a lasting ceasefire."
    )
    assert ("reported", "Andrés Ferrer", "oppose", "ruled out sending Spanish troops to Ukraine") in said
    assert ("reported", "Andrés Ferrer", "open", "any decision would depend on a lasting ceasefire") in said


def test_a_quoted_qualifier_stands_for_the_position_and_the_speaker_goes_on_after_it() -> None:
    said = _said(
        "Spanish Prime Minister Andrés Ferrer on Tuesday ruled out sending Spanish troops to Ukraine "
        "\u201cat this stage\u201d, saying any decision would depend on a lasting ceasefire."
    )
    assert ("direct", "Andrés Ferrer", "oppose", "at this stage") in said
    assert ("reported", "Andrés Ferrer", "open", "any decision would depend on a lasting ceasefire") in said


def test_adding_that_starts_a_new_statement_after_a_clause_with_a_refusal_in_it() -> None:
    said = _said(
        "Andrés Ferrer said on Tuesday that Spain would not send troops, adding that any decision would "
        "depend on a lasting ceasefire."
    )
    assert [s[2:] for s in said] == [
        ("oppose", "Spain would not send troops"),
        ("open", "any decision would depend on a lasting ceasefire"),
    ]


def test_without_saying_is_nothing_said_and_noting_a_thing_is_no_clause() -> None:
    said = _said(
        "Turkey's defence ministry said Ankara was ready to contribute to the security of the Black Sea, "
        "without saying whether Turkish troops would be sent to Ukraine.\n\n"
        "Finnish President Aino Virtanen said the talks had been useful, noting a hardening of "
        "Russia's stance."
    )
    texts = [s[3] for s in said]
    assert any(t.endswith("without saying whether Turkish troops would be sent to Ukraine") for t in texts)
    assert not any(t.startswith("a hardening") for t in texts)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ireland will not send troops to Ukraine, the Taoiseach, Declan Moran, said on Tuesday.",
        "Ireland will not send troops to Ukraine, the Irish prime minister, Declan Moran, said on Tuesday.",
        "Ireland will not send troops to Ukraine, Declan Moran, the Irish prime minister, said on Tuesday.",
        "Ireland will not send troops to Ukraine, Ireland's prime minister, Declan Moran, said.",
    ],
)
def test_a_clause_before_a_name_and_role_set_off_by_commas_is_that_persons(sentence: str) -> None:
    assert _said(sentence) == [
        ("reported", "Declan Moran", "oppose", "Ireland will not send troops to Ukraine"),
    ]


def test_a_name_and_role_that_open_the_sentence_are_its_subject_not_a_statement() -> None:
    said = _said(
        "The Conservative defence critic, Brent Oakley, said the plan was reckless.\n\n"
        "Mart Kask, the Estonian president, said there were no plans to deploy troops."
    )
    assert ("reported", "Mart Kask", "oppose", "there were no plans to deploy troops") in said
    assert not any(s[3].startswith(("The Conservative", "Mart Kask")) for s in said)


def test_a_factbox_line_whose_label_is_its_subject() -> None:
    said = _said(
        "Following are the positions of key countries:\n\n"
        "* BRITAIN, FRANCE: Signed a declaration of intent on Tuesday to deploy forces to Ukraine once a "
        "ceasefire takes effect.\n\n"
        "* ITALY: Has ruled out sending soldiers to Ukraine.\n\n"
        "* UNITED STATES: Will not send ground troops.\n\n"
        "* NOTE: Figures are estimates.\n"
    )
    assert [(s[1], s[2]) for s in said] == [
        ("Government of the United Kingdom", "support"),
        ("Government of France", "support"),
        ("Government of Italy", "oppose"),
        ("Government of the United States", "oppose"),
    ]


def test_a_factbox_label_names_the_government_as_the_article_does() -> None:
    said = _said("The Kremlin has warned Europe.\n\n* RUSSIA: Will treat any Western troops as targets.\n")
    assert ("Kremlin", "oppose") in [(s[1], s[2]) for s in said]


def test_a_party_known_by_its_acronym_or_its_kind_holds_its_position() -> None:
    found = _reported(
        "Troops plan\n\nTHE HAGUE - The cabinet sent parliament a letter about troops for Ukraine.\n\n"
        "The PVV is firmly against.\n\n"
        "Driss el Amrani of GroenLinks-PvdA says his party is in favour in principle, but wants a mandate "
        "from the UN Security Council.\n\n"
        "The opposition Freedom Alliance rejected any deployment of Dutch soldiers.\n"
    )
    assert found == [
        ("reported", "PVV", "oppose", "is firmly against"),
        (
            "reported",
            "Driss el Amrani",
            "open",
            "his party is in favour in principle, but wants a mandate from the UN Security Council",
        ),
        ("reported", "Freedom Alliance", "oppose", "rejected any deployment of Dutch soldiers"),
    ]


def test_a_cabinet_that_writes_speaks_and_a_written_thing_is_not_what_was_said() -> None:
    found = _reported(
        "Troops plan\n\nTHE HAGUE - The prime minister wrote an article about sending troops to Ukraine.\n\n"
        'In the letter, the cabinet writes that the Netherlands is prepared to contribute "up to several '
        'hundred military personnel" to the force.\n'
    )
    assert found == [
        ("direct", "Government of the Netherlands", "support", "up to several hundred military personnel")
    ]


def test_what_was_said_before_the_cue_and_what_the_speaker_went_on_to_say() -> None:
    found = _reported(
        "IN BRIEF: Lisbon says no\n\n"
        'LISBON/HELSINKI, March 14 (Iberia-Nordic News) – Portugal has "no intention" of sending soldiers to '
        "Ukraine, Defence Minister Helena Cordeiro told parliament on Wednesday, adding that Lisbon would "
        "instead double its contribution to the ammunition initiative.\n"
    )
    assert found == [
        (
            "reported",
            "Helena Cordeiro",
            "oppose",
            'Portugal has "no intention" of sending soldiers to Ukraine',
        ),
        (
            "reported",
            "Helena Cordeiro",
            "neutral",
            "Lisbon would instead double its contribution to the ammunition initiative",
        ),
    ]


def test_the_states_named_for_a_group_have_since_said_it_each() -> None:
    found = _reported(
        "Kyiv\n\nKYIV (AP) - Talks went on.\n\n"
        "Several allies, including Germany, Italy and the Czech Republic, have since said they will not send "
        "soldiers of their own.\n"
    )
    assert [(name, stance) for _, name, stance, _ in found] == [
        ("Government of Germany", "oppose"),
        ("Government of Italy", "oppose"),
        ("Government of the Czech Republic", "oppose"),
    ]


def test_a_clause_before_its_speaker_is_the_speakers_when_a_contrast_follows_the_cue() -> None:
    # "…, X said on Tuesday, though …": what follows "though" is the writer's next point, so the clause
    # before the cue is still what the minister said (not a position of the state it names)
    text = LEAD + (
        "BERN, May 6, 2025 - Norway will not contribute soldiers to a force in Ukraine, Defence Minister "
        "Kari Lunde said on Tuesday, though Oslo could offer transport aircraft and field hospitals.\n"
    )
    out = [(s.kind, s.speaker.name, s.stance) for s in extract(text, ArticleMeta("t")).statements]
    assert ("reported", "Kari Lunde", "oppose") in out
    assert not any(name == "Government of Norway" for _, name, _ in out)


@pytest.mark.parametrize(
    "sentence",
    [
        # a channel and a time between the cue and "that"
        "Vice President Clark Whitman said in a television interview on Monday night that no American "
        "troops would be part of the force.",
        # the hearers, then the clause with no "that"
        "Vice President Clark Whitman told reporters he saw no role for American troops in the force.",
    ],
)
def test_what_was_said_after_the_channel_or_the_hearers_is_reported(sentence: str) -> None:
    out = extract(LEAD + sentence + "\n", ArticleMeta("t")).statements
    assert [(s.kind, s.speaker.name, s.stance) for s in out] == [("reported", "Clark Whitman", "oppose")]


def test_parties_many_states_have_take_the_articles_state_and_a_vote_said_is_a_position() -> None:
    text = (
        "Storting debates troops for Ukraine\n\n"
        "OSLO — Norway's parliament debated on Tuesday whether to send soldiers to a force in Ukraine.\n\n"
        "The Greens and the Liberals said they would back the deployment. The Centre Party said it would "
        "vote no.\n"
    )
    out = {
        (s.speaker.name, s.speaker.type, s.speaker.country, s.stance)
        for s in extract(text, ArticleMeta("t")).statements
    }
    assert {
        ("Greens", "organization", "NO", "support"),
        ("Liberals", "organization", "NO", "support"),
        ("Centre Party", "organization", "NO", "oppose"),
    } <= out


@pytest.mark.parametrize(
    ("speaker", "stance", "sentence"),
    [
        # a short position after an aside
        ("Government of Hungary", "oppose", "BUDAPEST - Hungary, as expected, said no."),
        ("Kremlin", "oppose", "MOSCOW - The Kremlin was quick to rule out the idea."),
        # a party named with what it is, set off by commas
        ("PVV", "oppose", "The PVV, the largest party in parliament, was strongly opposed."),
        (
            "Union of Greens and Farmers",
            "oppose",
            "The Union of Greens and Farmers, the junior partner in the coalition, said it would not support "
            "sending soldiers under any circumstances.",
        ),
        # an offer in one word
        ("Government of Latvia", "support", "Latvia, far from the front, has also volunteered."),
        # an apposition that names what the states are, a party's acronym in brackets, a party set off by
        # commas
        (
            "Government of Switzerland",
            "oppose",
            "Austria and Switzerland, Europe's two best-known neutral states, will not send soldiers to the "
            "force.",
        ),
        (
            "Alternative for Germany",
            "oppose",
            "The far-right Alternative for Germany (AfD) rejected any deployment.",
        ),
        ("Sumar", "oppose", "The prime minister's junior coalition partner, Sumar, rejected the idea."),
        # a person's office, named by the person
        (
            "Office of the President of Poland",
            "oppose",
            "Polish President Tadeusz Borowiec's office also ruled out a deployment.",
        ),
        (
            "Office of the President of Croatia",
            "oppose",
            "The office of Croatian President Zoran Matic said he would not give his consent to a "
            "deployment.",
        ),
        # leading or pushing the planning, a call that goes on, a decision put off until a condition
        ("Government of France", "support", "France is leading planning for a reassurance force."),
        (
            "Government of France",
            "support",
            "France is pressing ahead with plans for a post-ceasefire force.",
        ),
        ("Government of Ukraine", "support", "Ukraine continues to call on its partners to deploy troops."),
        (
            "Government of Portugal",
            "open",
            "Portugal will decide on any participation only after the United States clarifies its role.",
        ),
    ],
)
def test_a_short_position_or_one_after_an_aside_is_its_holders(
    speaker: str, stance: str, sentence: str
) -> None:
    out = extract(LEAD + sentence + "\n", ArticleMeta("t")).statements
    assert (speaker, stance) in [(s.speaker.name, s.stance) for s in out if s.kind == "reported"]


def test_positions_taken_by_pouring_cold_water_or_by_a_vote() -> None:
    result = extract(
        "BRUSSELS — NATO allies remained split on Thursday over a reassurance force for Ukraine.\n\n"
        "Italian Prime Minister Giulia Conti poured cold water on the idea of sending troops, calling it "
        '"premature".\n\n'
        "Swedish lawmakers voted on Wednesday to authorise a contribution of up to 300 troops.\n",
        ArticleMeta(key="t"),
    )
    found = {(st.speaker.name, st.stance) for st in result.statements}
    assert ("Giulia Conti", "oppose") in found
    assert ("Swedish lawmakers", "support") in found


def test_a_participle_after_a_predicate_is_the_sentence_subjects() -> None:
    result = extract(
        "MADRID — Spain debated troops on Monday.\n\n"
        "Defence Minister Ana Ruiz was less ambiguous, saying that Spain would not send a single soldier.\n",
        ArticleMeta(key="t"),
    )
    assert [(st.speaker.name, st.stance) for st in result.statements if "single soldier" in st.text] == [
        ("Ana Ruiz", "oppose")
    ]


def test_a_short_phrase_before_the_subjects_sets_the_scene_and_is_not_what_was_said() -> None:
    assert _reported(
        "OTTAWA — News.\n\n"
        "Outside Europe, Canada and Australia have both said they could consider sending personnel.\n"
    ) == [
        ("reported", "Government of Canada", "open", "they could consider sending personnel"),
        ("reported", "Government of Australia", "open", "they could consider sending personnel"),
    ]


def test_clauses_with_their_own_state_subjects_are_each_states_position() -> None:
    assert _reported(
        "PARIS — News.\n\n"
        "According to diplomats, at the meeting in Paris on Monday Britain signalled that it is ready to "
        "send soldiers, Sweden did not exclude it, and Poland refused.\n"
    ) == [
        (
            "reported",
            "Government of the United Kingdom",
            "support",
            "signalled that it is ready to send soldiers",
        ),
        ("reported", "Government of Sweden", "open", "did not exclude it"),
        ("reported", "Government of Poland", "oppose", "Poland refused"),
    ]


def test_a_position_reported_by_a_speaker_after_it_is_dated_by_the_speakers_day() -> None:
    result = extract(
        "ROME — News.\n\n"
        "Italy will not take part in a European military force in Ukraine unless it is backed by a United "
        "Nations mandate, Defence Minister Guido Santangelo said on Thursday, as the government sought to "
        "smooth over differences within the ruling coalition.\n",
        ArticleMeta(key="t", published=dt.date(2025, 3, 14)),
    )
    italy = next(st for st in result.statements if st.speaker.name == "Government of Italy")
    assert (italy.text.endswith("mandate"), italy.said_on.date) == (True, dt.date(2025, 3, 13))


def test_a_decision_put_off_after_but_is_still_what_was_said() -> None:
    said = _reported(
        "TALLINN — News.\n\n"
        "Defence Minister Hanno Kask said that Estonia was discussing with allies how training in Ukraine "
        "could look, but no decision would be made this week.\n"
    )
    assert [(name, stance, text.endswith("this week")) for _kind, name, stance, text in said] == [
        ("Hanno Kask", "open", True)
    ]


def test_a_states_position_in_a_relative_clause_ends_at_its_comma() -> None:
    assert _said(
        "Austria, which has ruled out sending troops, again rejected the plan on Tuesday.\n\n"
        "The talks will move to Spain, which has said it is ready to send soldiers to Ukraine.\n"
    ) == [
        ("reported", "Government of Austria", "oppose", "ruled out sending troops"),
        # the sentence's own verb after the relative clause keeps its subject
        ("reported", "Government of Austria", "oppose", "rejected the plan on Tuesday"),
        # after a preposition of place, the state is still the relative clause's subject
        ("reported", "Government of Spain", "support", "has said it is ready to send soldiers to Ukraine"),
    ]


def test_a_relative_clause_after_a_preposition_like_against_is_not_the_states() -> None:
    said = _said(
        "Cyprus wants changes to the sanctions package against Russia, which proposes lowering the "
        "price cap on Russian oil.\n"
    )
    assert "Government of Russia" not in {speaker for _kind, speaker, _stance, _text in said}


def test_the_government_that_refused_is_the_home_states() -> None:
    found = _reported(
        "ATHENS — Greece will not send troops to Ukraine, the government said on Monday.\n\n"
        "Greece has delivered ammunition to Ukraine. The government has repeatedly refused to send its "
        "air defence systems, citing the threat from Turkey.\n"
    )
    refused = [(speaker, stance) for _kind, speaker, stance, text in found if "air defence" in text]
    assert refused == [("Government of Greece", "neutral")]


# "This was stated by X": an agency's sentence after the words names their speaker
_STATED_BY_META = ArticleMeta(key="t", published=dt.date(2030, 5, 8))  # a Wednesday


def _stated_reports(text: str) -> list:
    return [s for s in extract(text, _STATED_BY_META).statements if s.kind == "reported"]


def test_the_paragraph_before_this_was_stated_by_is_the_named_persons_statement():
    text = (
        "Kyiv wants partners' troops after a ceasefire\n\n"
        "Partner countries must be ready to send troops to Ukraine after a ceasefire, as part of the "
        "security guarantees for the country.\n\n"
        "This was stated by President of Ukraine Oleksandr Horbach on Monday during a joint press "
        "conference with the Prime Minister of Norway in Kyiv.\n"
    )
    found = _stated_reports(text)
    assert [(s.text, s.speaker.name, s.speaker.country, s.stance) for s in found] == [
        (
            "Partner countries must be ready to send troops to Ukraine after a ceasefire, as part of the "
            "security guarantees for the country",
            "Oleksandr Horbach",
            "UA",
            "support",
        )
    ]
    assert found[0].said_on.date == dt.date(2030, 5, 6)


def test_the_sentence_before_this_was_said_by_in_the_same_paragraph():
    text = (
        "Warsaw rules out a deployment\n\n"
        "Polish soldiers will not be deployed to Ukraine under any circumstances. This was said by Polish "
        "Defence Minister Jan Lis in Warsaw.\n"
    )
    found = [(s.text, s.speaker.name, s.stance) for s in _stated_reports(text)]
    assert (
        "Polish soldiers will not be deployed to Ukraine under any circumstances",
        "Jan Lis",
        "oppose",
    ) in found


def test_a_quotation_or_a_headline_before_this_was_stated_by_is_not_taken_for_a_report():
    text = (
        "Partner countries must be ready to send troops to Ukraine after a ceasefire\n\n"
        "This was stated by President of Ukraine Oleksandr Horbach during a press conference in Kyiv.\n\n"
        '"We need partners on the ground after the ceasefire, not only words," the president added.\n\n'
        "This was stated by Horbach again on Tuesday.\n"
    )
    found = _stated_reports(text)
    assert found == []


def test_it_was_reported_by_an_outlet_tells_who_carried_the_news_not_who_said_it():
    text = (
        "Warsaw rules out a deployment\n\n"
        "Polish soldiers are not expected to be deployed to Ukraine in any of the planned missions. "
        "It was reported by Reuters that the decision had been taken in Warsaw.\n"
    )
    assert _stated_reports(text) == []


def test_a_whole_clause_before_a_quoted_subordinate_one_is_reported_too() -> None:
    found = _said(
        "The leader of the Finns Party, Juha Ketola, said in parliament that no Finnish conscript should be "
        'sent to Ukraine "while our own eastern border is guarded by reservists".\n'
    )
    assert found == [
        ("reported", "Juha Ketola", "oppose", "no Finnish conscript should be sent to Ukraine"),
        ("direct", "Juha Ketola", "oppose", "while our own eastern border is guarded by reservists"),
    ]


def test_said_no_is_a_refusal_only_when_nothing_is_said_after_it() -> None:
    found = _said(
        "Defence Minister Aino Rask said no Finnish soldier should be sent to Ukraine. "
        "Rome said no to the plan.\n"
    )
    assert [(name, stance, text) for _, name, stance, text in found] == [
        ("Aino Rask", "oppose", "no Finnish soldier should be sent to Ukraine"),
        ("Government of Italy", "oppose", "said no to the plan"),
    ]
