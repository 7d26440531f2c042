"""Who said it: speakers found in the shapes news writing gives them, on sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest

from app.extract import extract
from app.extract.types import ArticleMeta


def _speakers(text: str) -> dict[str, str]:
    result = extract(text, ArticleMeta(key="t"))
    return {st.text: st.speaker.name for st in result.statements if st.kind == "direct"}


def test_inverted_cue_with_a_role_before_the_name() -> None:
    speakers = _speakers(
        "Defence Minister Ivan Petrov of Bulgaria spoke first.\n\n"
        "« We will send no one », said the Minister of Foreign Affairs, Maria Lenko, on national radio.\n\n"
        "She added that the government « has taken its decision ».\n"
    )
    assert speakers == {"We will send no one": "Maria Lenko", "has taken its decision": "Maria Lenko"}


def test_a_quotation_repeated_in_an_entry_title_is_labelled_in_the_body() -> None:
    speakers = _speakers(
        '14:10 - Moscow: "a direct threat to our security"\n'
        "Foreign ministry spokeswoman Irina Sokolova said the arrival of Western instructors would be "
        'seen as "a direct threat to our security", and promised a response.\n'
    )
    assert speakers == {"a direct threat to our security": "Irina Sokolova"}


def _statements(text: str) -> list[tuple[str, str, str | None, str]]:
    result = extract(text, ArticleMeta(key="t"))
    return [(st.kind, st.speaker.name, st.speaker.country, st.text) for st in result.statements]


def test_the_government_that_speaks_is_the_sentences_state() -> None:
    found = _statements(
        "OSLO — Norway is prepared to contribute soldiers to a force in Ukraine once a ceasefire is "
        "signed, the government said on Thursday, becoming the latest ally to commit publicly.\n"
    )
    assert found == [
        (
            "reported",
            "Government of Norway",
            "NO",
            "Norway is prepared to contribute soldiers to a force in Ukraine once a ceasefire is signed",
        )
    ]


def test_a_position_inside_a_speakers_clause_is_the_speakers_alone() -> None:
    found = _statements(
        "MADRID, June 4 (Iberia Press) - Spain will not send soldiers to Ukraine, Defence Minister "
        "Lucia Ortega said on Wednesday after meeting her Portuguese counterpart. Spain, Spanish, Madrid.\n"
    )
    assert found == [("reported", "Lucia Ortega", "ES", "Spain will not send soldiers to Ukraine")]


def test_where_an_ambassador_serves_does_not_speak() -> None:
    found = _statements(
        "Ukraine's ambassador to Norway, Oksana Hrytsenko, welcomed the decision to send engineers.\n"
    )
    assert [(kind, name) for kind, name, _, _ in found] == [("reported", "Oksana Hrytsenko")]


def test_a_roundups_section_label_gives_the_speakers_state() -> None:
    found = _statements(
        'POLAND: Out. "Our troops will not go to Ukraine," Defence Minister Adam Nowak said.\n\n'
        'HUNGARY: Against. "This is madness," Foreign Minister Laszlo Varga said.\n'
    )
    assert [(name, country) for _, name, country, _ in found] == [
        ("Adam Nowak", "PL"),
        ("Laszlo Varga", "HU"),
    ]


def test_a_factbox_heading_in_capitals_gives_its_bullets_speakers_state() -> None:
    found = _statements(
        "FACTBOX-Where allies stand\n\n"
        "Here is where key governments stand, as Washington prepares its own answer:\n\n"
        "UNITED STATES\n\n"
        '* "Europe should take the lead," White House spokeswoman Dana Whitford said.\n\n'
        "POLAND\n\n"
        "* Poland has ruled out sending its own troops.\n\n"
        '* "Polish soldiers will guard Poland," Deputy Defence Minister Tomasz Wierzbicki said.\n'
    )
    assert [(name, country) for kind, name, country, _ in found if kind == "direct"] == [
        ("Dana Whitford", "US"),
        ("Tomasz Wierzbicki", "PL"),
    ]


def test_where_and_how_it_was_said_is_not_what_was_said() -> None:
    found = _statements(
        '"We are ready," Defence Minister Erik Dahl said at a briefing in Oslo. He repeated the line '
        "in a television interview on Sunday.\n"
    )
    assert [text for kind, _, _, text in found if kind == "reported"] == []


def test_straight_single_quotes_of_a_house_style() -> None:
    speakers = _speakers(
        "Speaking in Leeds, Tom Archer said: 'If there is a deal, our troops will be there.'\n\n"
        "'Britain's word counts,' he added. 'We do not walk away.'\n"
    )
    assert speakers == {
        "If there is a deal, our troops will be there.": "Tom Archer",
        "Britain's word counts,": "Tom Archer",
        "We do not walk away.": "Tom Archer",
    }


def test_a_person_introduced_at_a_sentences_start_is_the_next_he() -> None:
    speakers = _speakers(
        'NATO Secretary General Pieter Aalders said it was "for each ally to decide what it sends".\n\n'
        "Ukraine's President Oleh Marchuk has been more direct. In a post on X, he wrote: "
        '"European soldiers here are the best guarantee of peace."\n'
    )
    assert speakers["European soldiers here are the best guarantee of peace."] == "Oleh Marchuk"


def test_according_to_him_and_a_relative_clause_name_their_speakers() -> None:
    speakers = _speakers(
        "Deputy Foreign Minister Alexei Gromov spoke to reporters on Thursday.\n\n"
        'According to him, Western capitals "are deceiving their own citizens" about peacekeeping.\n\n'
        "Of a different opinion is the party leader, Marco Bellini, who wrote on social networks: "
        '"Not one soldier of ours must go."\n'
    )
    assert speakers == {
        "are deceiving their own citizens": "Alexei Gromov",
        "Not one soldier of ours must go.": "Marco Bellini",
    }


def test_a_state_whose_position_opens_the_sentence_is_its_speakers() -> None:
    found = _statements(
        "Russia will regard any Western personnel in Ukraine as a target, Deputy Foreign Minister "
        "Alexei Gromov told reporters on Thursday. London and Paris have not replied.\n"
    )
    assert [(name, country) for _, name, country, _ in found if name == "Alexei Gromov"] == [
        ("Alexei Gromov", "RU")
    ]


def test_a_place_that_sets_the_scene_is_not_the_speaker() -> None:
    found = _statements(
        "In Lithuania, opposition lawmaker Darius Pranckus criticised the idea, saying the Baltic states "
        '"cannot afford to send soldiers abroad while Russia masses troops on our borders".\n'
    )
    assert [(kind, name) for kind, name, _, _ in found] == [("direct", "Darius Pranckus")]


def test_a_paragraph_that_opens_on_a_state_gives_its_officials_that_state() -> None:
    found = _statements(
        "Several allies answered on Monday.\n\n"
        'Japan ruled out sending troops. "Under our constitution this is not possible," Chief Cabinet '
        "Secretary Kenji Mori said.\n"
    )
    assert [(name, country) for kind, name, country, _ in found if kind == "direct"] == [("Kenji Mori", "JP")]


def test_a_wire_stories_lead_after_its_dateline_has_a_subject() -> None:
    speakers = _speakers(
        "PARIS (Europe Info) - Defence Minister Claire Vidal on Sunday walked back her comments, "
        'saying "no decision of this kind has been taken".\n'
    )
    assert speakers == {"no decision of this kind has been taken": "Claire Vidal"}


def test_a_clause_with_its_own_subject_does_not_give_the_sentence_subject_a_quote() -> None:
    speakers = _speakers(
        "BRUSSELS (Continental Press) - European Union ministers were divided on Thursday, with some "
        'pushing for planning and others warning against "getting ahead of the Americans".\n'
    )
    assert speakers == {}


def test_an_interviews_answers_are_the_interviewees() -> None:
    speakers = _speakers(
        "Defence Minister Jan Kowal spoke to the Courier about troops for Ukraine.\n\n"
        "Would your soldiers take part?\n\n"
        '"No. Our soldiers are needed here."\n\n'
        "Even after a ceasefire?\n\n"
        '"Even then."\n'
    )
    assert speakers == {"No. Our soldiers are needed here.": "Jan Kowal"}


def test_an_unnamed_spokesman_speaks_for_the_institution() -> None:
    found = _statements(
        "Baltic ministers offered engineers on Wednesday. A Kremlin spokesman said the idea was "
        '"a provocation dressed up as humanitarian work".\n'
    )
    assert [(kind, name) for kind, name, _, _ in found if kind == "direct"] == [("direct", "Kremlin")]


def test_a_counterpart_with_a_nationality_has_that_state() -> None:
    found = _statements(
        "Lithuanian Defence Minister Rasa Kaire spoke first. Her Estonian counterpart, Mart Kaske, said "
        '"we are talking about specialists, not infantry".\n'
    )
    assert ("Mart Kaske", "EE") in [(name, country) for _, name, country, _ in found]


def test_names_with_particles_and_bulleted_country_labels() -> None:
    found = _statements(
        "Their answers so far:\n\n"
        '- Netherlands: Defence Minister Pieter de Groot said the Dutch were "willing in principle" to send '
        "trainers.\n"
        '- Slovakia: Prime Minister Juraj Kolar said Slovak soldiers "will stay at home, full stop".\n'
    )
    assert [(name, country) for kind, name, country, _ in found if kind == "direct"] == [
        ("Pieter de Groot", "NL"),
        ("Juraj Kolar", "SK"),
    ]


def test_a_second_verb_of_the_subject_is_no_inverted_cue() -> None:
    speakers = _speakers(
        'Foreign Minister Petr Dvorsky called training inside Ukraine "a logical next step" and said '
        "Prague was ready to discuss it.\n"
    )
    assert speakers == {"a logical next step": "Petr Dvorsky"}


def test_a_leads_role_is_the_person_named_next() -> None:
    found = _statements(
        "The Prime Minister last night vowed that British troops would help police any ceasefire.\n\n"
        "Speaking at a rally in Leeds, Alan Whitby said: 'If there is a deal, our troops will be there.'\n"
    )
    assert {name for _, name, _, _ in found} == {"Alan Whitby"}


def test_the_defence_secretary_is_not_the_shadow_defence_secretary() -> None:
    found = _statements(
        "The defence secretary spoke first.\n\n"
        'Speaking on Sunday, John Ashby said: "We will be there."\n\n'
        'Shadow Defence Secretary Priya Kaur said: "We want answers first."\n'
    )
    assert [(name, text) for _, name, _, text in found] == [
        ("John Ashby", "We will be there."),
        ("Priya Kaur", "We want answers first."),
    ]


def test_a_speakers_clause_before_the_cue_survives_a_but_after_it() -> None:
    found = _statements(
        "ROME (Adriatic News) - Italy will not send soldiers to Ukraine, Prime Minister Giovanna Sera said "
        "on Sunday, but the country is prepared to expand training of Ukrainian troops on Italian soil.\n"
    )
    assert ("reported", "Giovanna Sera", "IT", "Italy will not send soldiers to Ukraine") in found
    assert all(name != "Government of Italy" for _, name, _, _ in found)


def test_a_speakers_clause_before_the_cue_survives_a_while_after_it() -> None:
    found = _statements(
        "COPENHAGEN (Nordic Wire) - Denmark is prepared to send soldiers to Ukraine, Prime Minister Mette "
        "Holst said on Thursday, while neighbouring Norway said it had no such plans.\n"
    )
    assert ("reported", "Mette Holst", "DK", "Denmark is prepared to send soldiers to Ukraine") in found
    assert all(name != "Government of Denmark" for _, name, _, _ in found)


def test_a_position_with_an_absolute_clause_after_it_is_kept() -> None:
    found = _statements(
        "BUDAPEST (Danube Press) - Hungary and Slovakia on Thursday rejected any plan to send European "
        'troops to Ukraine, with Hungarian Prime Minister Viktor Halmos calling the idea "a road to war".\n'
    )
    assert [(kind, name) for kind, name, _, _ in found] == [
        ("reported", "Government of Hungary"),
        ("reported", "Government of Slovakia"),
        ("direct", "Viktor Halmos"),
    ]


def test_an_unnamed_spokesperson_speaks_for_the_body_just_named() -> None:
    speakers = _speakers(
        "The European Commission declined to comment. A spokesperson said only that "
        '"security guarantees for Ukraine are a matter for member states".\n'
    )
    assert speakers == {
        "security guarantees for Ukraine are a matter for member states": "European Commission"
    }


def test_according_to_at_the_end_of_the_clause_and_no_headline_positions() -> None:
    found = _statements(
        "Elysee says French troops 'would not be on the front line'\n\n"
        "PARIS (Seine Press) - French troops sent to Ukraine would be stationed far from the front line, "
        "according to a statement from the Elysee on Wednesday.\n"
    )
    assert found == [
        (
            "reported",
            "Elysee",
            "FR",
            "French troops sent to Ukraine would be stationed far from the front line",
        )
    ]


def test_a_leaders_office_speaks_as_the_office() -> None:
    speakers = _speakers(
        'Polish Prime Minister Adam Tuszek said: "Polish soldiers will not be deployed to Ukraine."\n\n'
        'Tuszek\'s office later said the two leaders had "complementary, not contradictory" positions.\n'
    )
    assert speakers["complementary, not contradictory"] == "Office of the Prime Minister of Poland"


def test_parties_by_name_speak_as_organisations_of_their_state() -> None:
    found = _statements(
        "The Bloc Quebecois said any deployment would need a vote in the House of Commons. "
        "The SPD said it was open to the idea.\n"
    )
    assert [(name, country) for _, name, country, _ in found] == [("Bloc Quebecois", "CA"), ("SPD", "DE")]


def test_a_speech_verb_with_a_plain_object_reports_nothing() -> None:
    found = _statements(
        "Lisbon will decide only after the United States clarifies its role, officials said on Tuesday.\n"
    )
    assert all(name != "Government of the United States" for _, name, _, _ in found)


def test_the_government_spokesman_and_a_sea_that_is_no_person() -> None:
    found = _statements(
        "ATHENS (Aegean News) - Greece will not send ground troops to Ukraine but could send ships to the "
        "Black Sea, the government spokesman said on Tuesday. Greece, Greek, Athens.\n"
    )
    assert [(kind, name) for kind, name, _, _ in found] == [("reported", "Government of Greece")]


def test_an_adviser_to_a_states_president_speaks_for_that_state() -> None:
    found = _statements(
        'Andriy Marko, an adviser to the Ukrainian president, said Kyiv welcomed "every soldier, every '
        'plane and every ship" that allies offered.\n'
    )
    assert ("Andriy Marko", "UA") in [(name, country) for _, name, country, _ in found]


def test_a_place_before_the_subject_is_no_second_subject() -> None:
    found = _statements(
        "At the summit in Warsaw, Tuszyk said Poland would not send troops. Donald Tuszyk left.\n"
    )
    assert [(kind, name) for kind, name, _, _ in found] == [("reported", "Donald Tuszyk")]


def test_a_clause_with_a_scare_quote_before_she_said_is_hers_and_so_is_what_she_added() -> None:
    found = _statements(
        "French Defence Minister Claire Dumont spoke after the talks.\n\n"
        'France was prepared to deploy "several thousand" soldiers, she said, adding that planning '
        'was "well advanced".\n'
    )
    assert found == [
        ("reported", "Claire Dumont", "FR", 'France was prepared to deploy "several thousand" soldiers'),
        ("reported", "Claire Dumont", "FR", 'planning was "well advanced"'),
    ]


def test_the_outlet_told_is_no_speaker_of_the_next_quotation() -> None:
    speakers = _speakers(
        "Opposition lawmaker Dmytro Levchenko was more sceptical. "
        '"Let us be honest: nobody will come while the guns are firing," he told Ukrainska Pravda. '
        '"We should count on ourselves first."\n'
    )
    assert speakers == {
        "Let us be honest: nobody will come while the guns are firing,": "Dmytro Levchenko",
        "We should count on ourselves first.": "Dmytro Levchenko",
    }


def test_a_committee_deputy_chairman_speaks_for_the_parliament_named_beside_him() -> None:
    found = _statements(
        "In the State Duma, Leonid Gromov, deputy chairman of the defence committee, went further. "
        '"Every foreign soldier who sets foot in Ukraine is an invader," he told lawmakers.\n'
    )
    assert found == [
        ("direct", "Leonid Gromov", "RU", "Every foreign soldier who sets foot in Ukraine is an invader,")
    ]


def test_a_deputy_chairman_with_no_state_named_gets_none_from_the_articles_home() -> None:
    found = _statements(
        "BERLIN — Germany will not send troops, Chancellor Karl Weber said on Monday.\n\n"
        '"It is a mistake," said Hans Ritter, deputy chairman of the Munich forum.\n'
    )
    assert ("direct", "Hans Ritter", None, "It is a mistake,") in found


def test_the_frenchman_is_the_french_person_named_last_and_while_starts_another_clause() -> None:
    speakers = _speakers(
        "France's Sébastien Caron and Germany's Jonas Brenner met in Paris.\n\n"
        'Asked about the cost, the Frenchman said it was "a question for later", while Brenner '
        'insisted that "every euro must be accounted for".\n'
    )
    assert speakers == {
        "a question for later": "Sébastien Caron",
        "every euro must be accounted for": "Jonas Brenner",
    }


def test_a_surname_opening_the_sentence_before_an_uncued_quote_speaks_it() -> None:
    speakers = _speakers(
        '"France will be there," Defence Minister Sébastien Caron said. His German counterpart, Jonas '
        "Brenner, was more careful.\n\n"
        "Brenner, standing beside him, chose his words carefully. "
        '"Any decision on the Bundeswehr is for the Bundestag."\n'
    )
    assert speakers["Any decision on the Bundeswehr is for the Bundestag."] == "Jonas Brenner"


def test_criticised_as_the_verb_keeps_its_subject_and_an_outlet_is_no_speaker() -> None:
    speakers = _speakers(
        "Defence Minister Paul Caron spoke in the morning.\n\n"
        "Later in the day, his predecessor, former defence minister Hélène Marchand, criticised the "
        "government's approach in an interview with Le Monde. "
        '"To announce troops now is to hand Moscow a veto," she said.\n'
    )
    assert speakers["To announce troops now is to hand Moscow a veto,"] == "Hélène Marchand"


def test_a_speaker_with_no_state_given_speaks_for_the_state_their_words_make_the_sender() -> None:
    found = _statements(
        'Speaking in Rome, Defence Minister Guido Marchetti said: "Italy will not send soldiers to '
        'Ukraine."\n\nProfessor Anna Weiss, an analyst, said: "Italy will not send soldiers either."\n'
    )
    countries = {name: country for _kind, name, country, _text in found}
    assert countries == {"Guido Marchetti": "IT", "Anna Weiss": None}  # an analyst's words give no state


def test_an_adviser_to_a_state_office_speaks_for_the_articles_state() -> None:
    found = _statements(
        "VILNIUS — Lithuania will not exclude sending instructors, President Jonas Petrauskas said.\n\n"
        "The president's chief foreign policy adviser, Tomas Valaitis, said the instructors would "
        'stay "far from the front line".\n'
    )
    assert ("direct", "Tomas Valaitis", "LT", "far from the front line") in found


def test_answering_for_the_government_is_an_aside_between_the_speaker_and_the_verb() -> None:
    found = _statements(
        "The defence secretary, Laura Whitby, answering for the government, said the army was ready "
        "to deploy a brigade.\n"
    )
    assert found == [("reported", "Laura Whitby", None, "the army was ready to deploy a brigade")]


def test_a_party_takes_positions_and_its_leader_said_after_another_verb() -> None:
    found = _statements(
        "BERLIN — The AfD rejected any deployment outright. Its co-leader Uwe Brandner described the "
        'debate as "warmongering" and said not a single German soldier should be sent to Ukraine.\n\n'
        "The CDU foreign policy expert Markus Kessler called on the government to prepare now.\n"
    )
    assert found == [
        ("reported", "AfD", "DE", "rejected any deployment outright"),
        ("reported", "Uwe Brandner", "DE", "not a single German soldier should be sent to Ukraine"),
        ("reported", "Markus Kessler", "DE", "called on the government to prepare now"),
    ]


def test_the_words_of_a_question_are_the_askers_and_a_question_put_to_someone_is_not_theirs() -> None:
    speakers = _speakers(
        "Conservative MP David Ross asked whether the government had "
        '"a plan B if the Americans walk away". The minister replied that planning '
        '"covers every scenario".\n\n'
        'Defence Secretary Paul Hartman was asked whether troops "could be drawn into a wider war". '
        '"I am not going to speculate on hypotheticals," Hartman said.\n'
    )
    assert speakers["a plan B if the Americans walk away"] == "David Ross"
    assert "could be drawn into a wider war" not in speakers


def test_visiting_a_capital_is_an_aside_and_the_capital_does_not_speak() -> None:
    speakers = _speakers(
        "WARSAW — Poland will not send soldiers, Prime Minister Adam Kowalczyk said.\n\n"
        'Lithuanian Foreign Minister Vytautas Ramunas, visiting Warsaw, said: "We respect the decision."\n'
    )
    assert speakers["We respect the decision."] == "Vytautas Ramunas"


def test_a_roundup_from_brussels_gives_each_speaker_the_state_of_their_own_paragraph() -> None:
    found = _statements(
        "BRUSSELS (Fresh Wire) - European governments gave mixed answers on Tuesday.\n\n"
        'Speaking in Madrid, Foreign Minister Ana Ruiz told reporters: "We are open to discussing it."\n\n'
        'Meanwhile, Prime Minister Jan Novak said on Czech radio that Prague "does not exclude" sending '
        "instructors.\n\n"
        "Chancellor Klaus Weber, asked about a German contribution, said only: "
        '"We will decide when the time comes."\n'
    )
    countries = {name: country for kind, name, country, _text in found if kind == "direct"}
    assert countries == {"Ana Ruiz": "ES", "Jan Novak": "CZ", "Klaus Weber": "DE"}


def test_the_holder_of_someones_office_speaks_for_that_persons_state() -> None:
    found = _statements(
        "Leaders met on Friday. Hungarian Prime Minister Viktor Orbanek spoke first.\n\n"
        'Viktor Orbanek\'s chief of staff, Gergely Gulyas, said: "We will not send soldiers."\n'
    )
    assert ("direct", "Gergely Gulyas", "HU", "We will not send soldiers.") in found


def test_a_states_office_named_first_is_the_persons_named_after_the_quote() -> None:
    found = _statements(
        "The Paris talks drew reactions from Kyiv and from Ukraine's partners on Thursday.\n\n"
        "Estonia's prime minister was among the first to respond. "
        '"We are ready to contribute to a reassurance force," Kristjan Mets wrote on X.\n\n'
        "Italy's deputy prime minister posted a short video in which he repeated his party's line. "
        '"No Italian soldier will be sent to fight in Ukraine," Matteo Galli said in the clip.\n'
    )
    assert found == [
        ("direct", "Kristjan Mets", "EE", "We are ready to contribute to a reassurance force,"),
        ("direct", "Matteo Galli", "IT", "No Italian soldier will be sent to fight in Ukraine,"),
    ]  # and "a short video in which …" is no reported statement


def test_a_dash_signature_and_in_someones_words_name_the_speaker() -> None:
    speakers = _speakers(
        "Defence Minister Anna Kowal of Poland and Foreign Minister Piotr Nowak met reporters on Monday.\n\n"
        '"We will not send soldiers to Ukraine" — Anna Kowal, Polish defence minister.\n\n'
        'In Nowak\'s words, "nobody in Warsaw is thinking about sending troops right now".\n'
    )
    assert speakers == {
        "We will not send soldiers to Ukraine": "Anna Kowal",
        "nobody in Warsaw is thinking about sending troops right now": "Piotr Nowak",
    }


def test_a_what_they_said_list_signs_each_quotation_on_the_line_below() -> None:
    speakers = _speakers(
        "Leaders met in Paris on Thursday. Here is some of what was said.\n\n"
        '"Denmark will send engineers as soon as the guns fall silent."\n'
        "— Mette Lund, Danish defence minister\n\n"
        '"Irish troops go only with a UN mandate, and that will not change."\n'
        "— Seán Ó Briain, Irish minister for defence, on Wednesday\n\n"
        '"No Hungarian soldier will be sent to Ukraine, whatever Paris decides."\n'
        "— Gergely Fodor, Hungarian foreign minister\n"
    )
    assert speakers == {
        "Denmark will send engineers as soon as the guns fall silent.": "Mette Lund",
        # (an Irish name keeps its "Ó")
        "Irish troops go only with a UN mandate, and that will not change.": "Seán Ó Briain",
        "No Hungarian soldier will be sent to Ukraine, whatever Paris decides.": "Gergely Fodor",
    }


def test_a_persons_spokesman_speaks_for_the_person() -> None:
    speakers = _speakers(
        "Defence Minister Anna Kowal of Poland met reporters in Warsaw on Monday.\n\n"
        '"Polish soldiers will stay in Poland," Kowal\'s spokesman said.\n'
    )
    assert speakers == {"Polish soldiers will stay in Poland,": "Anna Kowal"}


def test_that_after_a_preposition_is_a_determiner_not_the_start_of_the_clause() -> None:
    found = _statements(
        "Claudia Reinholt, a senior fellow, said a force of that size would need to be rotated every "
        "six months.\n"
    )
    assert [text for kind, _name, _c, text in found if kind == "reported"] == [
        "a force of that size would need to be rotated every six months"
    ]


def test_one_sentence_in_single_marks_among_double_ones_is_a_quotation_with_its_cue() -> None:
    speakers = _speakers(
        'Hungary\'s minister Péter Szalay said Budapest would "veto any such plan".\n\n'
        "Belgium's foreign minister Luc Verstraeten was open to the idea. "
        "'If the framework is right, Belgium will look at it,' he said.\n"
    )
    assert speakers["If the framework is right, Belgium will look at it,"] == "Luc Verstraeten"


def test_a_readout_speaks_for_the_office_of_the_leader_who_made_the_call_and_told_carries_a_clause() -> None:
    found = _statements(
        "OTTAWA — Canada is prepared to consider contributing to a multinational force in Ukraine, Prime "
        "Minister Daniel Fortier told Ukrainian President Volodymyr Zelensky in a phone call on Tuesday, "
        "according to a readout from his office.\n\n"
        '"The Prime Minister said Canada stands ready to consider a contribution," the readout said.\n'
    )
    assert [(kind, name) for kind, name, _country, _text in found] == [
        ("reported", "Daniel Fortier"),
        ("direct", "Office of the Prime Minister of Canada"),
    ]


def test_a_party_no_list_knows_speaks_when_named_in_full() -> None:
    speakers = _speakers(
        "OSLO — Norway's government debated troops for Ukraine on Friday.\n\n"
        'The Red Party went further, saying in a statement that Norway "must not send a single soldier".\n'
    )
    assert speakers == {"must not send a single soldier": "Red Party"}


def test_a_role_with_a_state_names_the_one_person_of_that_state_named_before() -> None:
    found = _statements(
        "Ukrainian Foreign Minister Oleh Hnatiuk met his Finnish counterpart Aino Virtanen in Kyiv.\n\n"
        '"Finland will help, but our priority remains the defence of our own border," the Finnish '
        "minister emphasized.\n\n"
        "The head of the Presidential Office, Andrii Marchuk, said earlier that talks would go on.\n"
    )
    # (the later-named Marchuk, who holds no state's ministry, took the role before)
    assert [(kind, name) for kind, name, _, _ in found] == [
        ("direct", "Aino Virtanen"),
        ("reported", "Andrii Marchuk"),
    ]  # noqa: E501
    assert found[0][2] == "FI"


def test_said_this_during_a_conference_reports_nothing_new() -> None:
    found = _statements(
        "Ukrainian Foreign Minister Oleh Hnatiuk has emphasized that the force must be strong.\n\n"
        "He stated this during a joint press conference in Kyiv on Thursday, and he said so without "
        "hesitation.\n\n"
        "He said this week that Finland would not send troops.\n"
    )
    assert [text for _, _, _, text in found] == [
        "the force must be strong",
        "Finland would not send troops",
    ]


def test_a_statement_in_a_clause_a_day_after_the_main_one_keeps_its_own_speaker_and_day() -> None:
    result = extract(
        "WASHINGTON (AP) — Republicans and Democrats clashed Wednesday over whether the United States should "
        "back a European force, a day after the defense secretary told Congress that no U.S. ground troops "
        "would be part of it.\n\n"
        "Defense Secretary Paul Hendry spoke to the House Armed Services Committee.\n\n"
        "The White House did not respond to a request for comment.\n\n"
        "A Democratic aide familiar with the talks said several senators were drafting a resolution.\n",
        ArticleMeta(key="t", published=dt.date(2025, 3, 5)),
    )
    found = [(st.speaker.name, st.text, st.said_on.date) for st in result.statements]
    # the lead clause is the writer's; the cue's day is not the lead's Wednesday (never a wrong day)
    assert found == [
        ("Paul Hendry", "no U.S. ground troops would be part of it", None),
        ("Democratic aide familiar with the talks", "several senators were drafting a resolution", None),
    ]


def test_an_organisation_named_with_its_acronym_and_a_headline_topic() -> None:
    found = _statements(
        "Ukraine: Ferraris, sending Italian soldiers not on the agenda\n\n"
        "ROME (ANSA) - Premier Giulia Ferraris said on Tuesday that Italian troops would not go.\n\n"
        "The Five Star Movement (M5S) said it would vote against any deployment. M5S leader Carla Nuti "
        "said Italy should keep its soldiers at home.\n\n"
        "Opposition leader Thomas Kessler (CDU) said Germany would not send troops either.\n"
    )
    assert [(name, country) for _, name, country, _ in found] == [
        ("Giulia Ferraris", "IT"),  # the headline's "Ukraine:" is its topic, not her state
        ("Five Star Movement", "IT"),
        ("Carla Nuti", "IT"),
        ("Thomas Kessler", "DE"),
    ]


def test_the_words_a_party_rejects_are_its_own_quotation() -> None:
    found = _statements(
        "MADRID (EP) - The government met on Monday.\n\n"
        'Vox, for its part, rejected "sending our soldiers to a war that is not ours".\n'
    )
    assert found == [("direct", "Vox", "ES", "sending our soldiers to a war that is not ours")]


def test_a_polish_agency_report_quotes_between_dashes_and_names_its_minister_by_office() -> None:
    found = _statements(
        "Warsaw, 18.03.2025 (PAP) - Poland does not plan to send its soldiers to Ukraine, Defence Minister "
        "Adam Kosek said on Tuesday.\n\n"
        '"Our role is different: we will secure the logistics and the airport" - the head of the Defence '
        "Ministry said at a press conference.\n\n"
        "President Adam Wilk's chief of staff, Marek Bak, said in an interview that the president shares this "  # noqa: E501
        "position. - There is no question of Polish troops in Ukraine - he said.\n"
    )
    assert [(kind, name, country, text) for kind, name, country, text in found] == [
        ("reported", "Adam Kosek", "PL", "Poland does not plan to send its soldiers to Ukraine"),
        ("direct", "Adam Kosek", "PL", "Our role is different: we will secure the logistics and the airport"),
        ("reported", "Marek Bak", "PL", "the president shares this position"),
        ("direct", "Marek Bak", "PL", "There is no question of Polish troops in Ukraine"),
    ]


def test_a_translated_daily_quotes_between_dashes_signed_by_an_office_or_a_post() -> None:
    found = _statements(
        "President Goran Ilić said yesterday that Serbia would not send soldiers to Ukraine.\n\n"
        "– We are a neutral country. No Serbian soldier will go there – the President said.\n\n"
        "The far-right leader Bojan Lukić called the idea treason on X.\n\n"
        "– Anyone who even considers sending our sons should resign – Lukić wrote.\n"
    )
    direct = [(name, text) for kind, name, _, text in found if kind == "direct"]
    assert direct == [
        ("Goran Ilić", "We are a neutral country. No Serbian soldier will go there"),
        ("Bojan Lukić", "Anyone who even considers sending our sons should resign"),
    ]


def test_a_nordic_paper_sets_speech_off_by_a_dash_and_names_the_speaker_after_it() -> None:
    found = _statements(
        "Norway's defence minister, Eirik Solbakken-Aas, told the broadcaster NRK that Norway could send "
        "engineers.\n\n"
        "– We will not stand on the sidelines. But there has to be a ceasefire first, Solbakken-Aas said.\n\n"
        "The Centre Party's Kari Holmvik-Dahl disagrees.\n\n"
        "– A country that sends soldiers becomes a party to the war, she says.\n\n"
        "The Sámi Social Democrats did not comment.\n\n"
        "Briefly:\n\n"
        "- Ground troops are ruled out, the government says.\n"
    )
    direct = [(name, text) for kind, name, _, text in found if kind == "direct"]
    # (a hyphen opens a list's item, no one's speech; a place before a party's name names no one)
    assert direct == [
        ("Eirik Solbakken-Aas", "We will not stand on the sidelines. But there has to be a ceasefire first"),
        ("Kari Holmvik-Dahl", "A country that sends soldiers becomes a party to the war"),
    ]
    assert "Sámi Social" not in {name for _, name, _, _ in found}


def test_a_wires_highlights_give_every_quoted_bullet_under_its_topics_to_the_speaker() -> None:
    found = _statements(
        "HIGHLIGHTS-Slovenian prime minister's remarks after the security council\n\n"
        "LJUBLJANA, May 6 (Adria Wire) - Slovenian Prime Minister Marko Zupan spoke to reporters on "
        "Wednesday after a session of the National Security Council.\n\n"
        "Following are highlights of his remarks:\n\n"
        "ON THE FORCE:\n\n"
        '- "Slovenia will send a company of engineers once the ceasefire holds."\n\n'
        '- "Our mountain units will stay at home."\n\n'
        "ON CROATIA:\n\n"
        '- "We spoke with Zagreb this morning about a joint convoy."\n'
    )
    assert [(kind, name) for kind, name, _, _ in found if kind == "direct"] == [("direct", "Marko Zupan")] * 3


def test_a_churchs_general_secretary_is_no_general_and_the_church_no_person() -> None:
    found = _statements(
        "Major General Samuel Otieno, the army's chief of staff, said the units were ready.\n\n"
        "The general secretary of the Presbyterian Church of East Africa, Rev. Grace Wanjiru, said "
        'churches would pray and called for "peace through talks, not through more troops".\n'
    )
    assert [(kind, name) for kind, name, _, _ in found if kind == "direct"] == [("direct", "Grace Wanjiru")]
    assert not any("Church" in name for _, name, _, _ in found)


def test_a_headlines_topic_before_a_colon_is_no_speaker() -> None:
    found = _statements(
        "CHISINAU WEEKLY – English edition\n\n"
        "Translated from Romanian.\n\n"
        "Moldova mission: “Our neutrality is not for sale”\n\n"
        "President Ana Rusnac spoke to reporters in Chisinau on Monday.\n\n"
        "“No Moldovan soldier will go to Ukraine,” Rusnac said.\n"
    )
    assert [name for kind, name, _, _ in found if kind == "direct"] == ["Ana Rusnac"]


def test_a_headlines_role_is_not_given_to_the_first_person_of_the_lead() -> None:
    found = _statements(
        "EU foreign policy chief and Danish premier at odds over troops\n\n"
        "BRUSSELS, May 6 (Reuters) - The European Union's foreign policy chief, Kaja Tamm, and Danish Prime "
        "Minister Mette Lund disagreed on Tuesday.\n\n"
        '"European soldiers in Ukraine would be the strongest signal we can send," Tamm said.\n\n'
        '"We are ready to do our share, but not while the war is raging," Lund said.\n'
    )
    # the EU's official speaks for no state; the Danish premier is Lund
    assert [(name, country) for kind, name, country, _ in found if kind == "direct"] == [
        ("Kaja Tamm", None),
        ("Mette Lund", "DK"),
    ]


def test_a_party_name_several_states_use_is_the_articles_states() -> None:
    found = _statements(
        "STOCKHOLM (TT) - Sweden's government met on Wednesday. Swedish ministers said Sweden would decide "
        "later.\n\n"
        'The opposition Left Party said it would not support sending Swedish soldiers into "an unclear '
        'mission without an end date".\n'
    )
    assert ("Left Party", "SE") in [(name, country) for _, name, country, _ in found]


def test_a_sentence_set_in_another_capital_gives_its_officials_that_state() -> None:
    found = _statements(
        "A week after the summit, the lines have hardened.\n\n"
        'In Berlin, government spokeswoman Katrin Ahrens repeated that "the question does not arise at '
        'present". In Rome, Deputy Prime Minister Matteo Serra went further, calling the idea "a leap in the '
        'dark".\n'
    )
    assert [(name, country) for kind, name, country, _ in found if kind == "direct"] == [
        ("Katrin Ahrens", "DE"),
        ("Matteo Serra", "IT"),
    ]


def test_a_translated_report_quotes_a_fragment_with_its_own_clause() -> None:
    result = extract(
        "The Minister of National Defense, Rui Fontes, affirmed this Tuesday that Portugal "
        "“is not available” to send military to Ukraine in the current context, although it does not "
        "exclude participating in a peace mission in the future.\n\n"
        "The President of the Republic, Marcelo Duarte, considered that “it is too early” to talk of "
        "military on the ground.\n",
        ArticleMeta(key="t"),
    )
    found = [(st.speaker.name, st.text, st.stance) for st in result.statements if st.kind == "direct"]
    # the fragment's clause, not the "although" after it, decides; "considered that" names a speaker
    assert found == [
        ("Rui Fontes", "is not available", "oppose"),
        ("Marcelo Duarte", "it is too early", "open"),
    ]


def test_a_possessive_before_a_colon_names_the_speaker() -> None:
    found = _statements(
        "Latvia's president, Inese Ozola, echoed him. Her verdict: "
        '"If we want peace, we must be ready to guarantee it ourselves."\n'
    )
    assert [(kind, name) for kind, name, _, _ in found] == [("direct", "Inese Ozola")]


def test_a_ministry_whose_state_stands_before_it_speaks_for_that_state() -> None:
    found = _statements(
        "THE HAGUE (Reuters) - NATO leaders met on Wednesday.\n\n"
        "Turkey's Defence Ministry said Ankara was ready to contribute to the security of the Black Sea once "
        "a ceasefire was in place.\n"
    )
    assert [(kind, name, country) for kind, name, country, _ in found] == [
        ("reported", "Defence Ministry", "TR")
    ]


def test_a_surname_with_its_particle_opening_a_sentence_is_the_person_named_before() -> None:
    result = extract(
        "Defence Minister Ruben de Vries wrote to parliament on Monday.\n\n"
        'De Vries said the armed forces were examining "what the Netherlands could offer".\n',
        ArticleMeta(key="t"),
    )
    assert {st.speaker.name for st in result.statements} == {"Ruben de Vries"}


def test_the_outlet_spoken_to_is_no_speaker() -> None:
    result = extract(
        "Finnish President Juha Korhonen spoke on Tuesday.\n\n"
        "Speaking to public broadcaster Yle, Korhonen said Finland's own defence would always come first.\n",
        ArticleMeta(key="t"),
    )
    assert [(st.speaker.name, st.stance) for st in result.statements] == [("Juha Korhonen", "oppose")]


def test_whoever_is_no_one_named() -> None:
    found = _statements(
        "The SPD defence politician Anke Bergmann warned against premature commitments. Whoever demanded "
        'troops today was "doing Putin\'s propaganda work for him", she added.\n'
    )
    assert {name for _, name, _, _ in found} == {"Anke Bergmann"}


def test_what_a_speaker_responded_to_is_not_what_it_said() -> None:
    found = _statements(
        "The Kremlin has responded to the London talks. Spokesman Yuri Orlov told reporters that any "
        'deployment of European troops would lead to "direct confrontation" with Russia.\n'
    )
    assert [(name, text[:20]) for _, name, _, text in found] == [("Yuri Orlov", "any deployment of Eu")]


def test_a_position_verb_inside_a_question_put_is_no_position() -> None:
    found = _statements(
        "Lithuania's defence minister, Darius Jankus, met his Estonian counterpart, Peeter Saar.\n\n"
        'Asked whether the two countries disagreed, the Lithuanian minister laughed. "We agree on everything '
        'except the numbers," he said.\n'
    )
    assert [(kind, name) for kind, name, _, _ in found] == [("direct", "Darius Jankus")]


def test_a_seat_of_government_is_no_surname() -> None:
    found = _statements(
        "PRAGUE (CE) - The government met.\n\n"
        "Prague Castle, the seat of the president, said in a statement that President Petr Novotny "
        'supported "every step that strengthens Ukraine\'s security".\n'
    )
    assert [name for _, name, _, _ in found] == ["Prague Castle"]


def test_said_after_the_meeting_reports_nothing_more() -> None:
    found = _statements(
        '"We will not have soldiers on Ukrainian soil," President Andrei Marin said after the meeting.\n'
    )
    assert [kind for kind, _, _, _ in found] == ["direct"]


def test_a_speech_word_used_as_a_noun_is_no_cue() -> None:
    text = (
        "Canada debates troops for Ukraine.\n\n"
        "The shift follows a similar move by Prime Minister Owen Fraser, who said on Tuesday after a call "
        'with European leaders that "everything is on the table, including Canadian personnel on the '
        'ground".\n\n'
        "Conservative critic Ryan Doyle accused the government of making promises the military could not "
        "keep."
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.kind, s.speaker.name, s.cue) for s in out] == [
        ("direct", "Owen Fraser", "said"),
        ("reported", "Ryan Doyle", "accused"),
    ]


def test_a_name_whose_appositive_names_the_office_it_heads_is_the_speaker() -> None:
    text = (
        "Kyiv on guarantees.\n\n"
        "Andriy Kovalenko, head of the Ukrainian presidential office, said on Tuesday that guarantees had to "
        'include "the physical presence of partner forces on Ukrainian territory".'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country, s.stance) for s in out] == [
        ("Andriy Kovalenko", "UA", "support")
    ]  # noqa: E501


def test_a_live_blog_entry_heading_names_the_state_of_the_speaker_below_it() -> None:
    text = (
        "Ukraine war live: leaders hold video call\n\n"
        "09:10\n\nBerlin: from next door, not inside\n\n"
        'Chancellor Ulrich Brandes said this morning: "A German brigade in Ukraine is not something I see."\n\n'  # noqa: E501
        "08:25\n\nRome: monitors, not soldiers\n\n"
        'Prime Minister Carla Fontana said: "We will help monitor a ceasefire from outside Ukraine."\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country, s.stance) for s in out] == [
        ("Ulrich Brandes", "DE", "oppose"),
        ("Carla Fontana", "IT", "neutral"),
    ]


def test_a_school_after_a_post_is_no_person_and_a_conditional_warning_is_open() -> None:
    text = (
        "Experts on troops for Ukraine.\n\n"
        "Hélène Marchetti, a French professor of strategic studies at Sciences Po, believes a European force "
        "could work, but only with an American commitment. Without such a backstop, she warned, European "
        'troops could become "hostages to Russian escalation".'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.kind, s.speaker.name, s.stance) for s in out] == [
        ("reported", "Hélène Marchetti", "open"),
        ("direct", "Hélène Marchetti", "open"),
    ]


def test_a_scene_set_beside_a_name_gives_it_not_the_other_persons_state() -> None:
    text = (
        "Prague press conference on troops.\n\n"
        "PRAGUE - Defence Minister Pavla Dvořáková, standing next to her Slovak counterpart Marek Hudec at the "  # noqa: E501
        'ministry in Prague, said: "Every country answers for itself."\n\n'
        '"Slovakia will not send a single soldier to Ukraine," Hudec told reporters.'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country) for s in out] == [
        ("Pavla Dvořáková", "CZ"),
        ("Marek Hudec", "SK"),
    ]


BRIEFING = """Morning Briefing: guarantees without GIs

Wednesday 20 August 2025

• London is ready. Prime Minister Simon Ashdown told coalition leaders on a video call yesterday that Britain
would deploy troops to Ukraine as soon as a ceasefire is signed.

• Berlin hedges. Chancellor Markus Theissen said any contribution would have to be discussed "in the
cabinet and in the Bundestag".

QUOTE OF THE DAY

"A guarantee is only as strong as the soldier standing behind it." — Estonian Defence Minister Kaspar Ilves
"""


def test_a_briefing_bullets_capital_and_a_quote_signed_with_a_dash() -> None:
    text = BRIEFING.replace("Britain\nwould", "Britain would").replace("the\ncabinet", "the cabinet")
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.kind, s.speaker.name, s.speaker.country, s.stance) for s in out] == [
        ("reported", "Simon Ashdown", "GB", "support"),
        ("direct", "Markus Theissen", "DE", "open"),
        ("direct", "Kaspar Ilves", "EE", "support"),
    ]


def test_a_translated_report_names_one_president_however_it_words_him() -> None:
    text = (
        "Ruiz Soler does not close the door to Spanish troops in Ukraine\n\n"
        "The President of the Government, Álvaro Ruiz Soler, has not closed the door to Spanish soldiers in "
        "Ukraine. In declarations to the media, the president has affirmed: «Spain will be where it has always "  # noqa: E501
        "been, with the peace.» In an interview in the radio Cadena Norte, the defence minister agreed.\n\n"
        "From the opposition, the leader of the Popular Party, Javier Castell, has demanded that the president "  # noqa: E501
        "comes to the Congress to explain himself."
    )
    out = extract(text, ArticleMeta("t")).statements
    people = {s.speaker.name: s.speaker.role for s in out}
    assert people == {"Álvaro Ruiz Soler": "President", "Javier Castell": "Leader"}


MOSCOW = (
    "Moscow warns Europe: contingents would be targets\n\n"
    "MOSCOW, February 11 - The Kremlin on Wednesday described the plans of the so-called "
    '"coalition of the willing" as a threat.\n\n'
    "The Deputy Chairman of the Security Council, Nikolai Shestakov, wrote on his Telegram channel:\n\n"
    "European politicians dream of marching through Ukraine. Any foreign soldier on Ukrainian soil is a "
    "target, nothing more.\n\n"
    '"Twenty thousand soldiers are a political gesture, not a military factor," said retired Colonel Igor '
    "Matveyev.\n"
)


def test_a_moscow_story_a_post_after_a_colon_a_so_called_name_and_a_retired_colonel() -> None:
    out = extract(MOSCOW, ArticleMeta("t")).statements
    said = [(s.kind, s.speaker.name, s.speaker.country, s.stance) for s in out]
    assert ("direct", "Nikolai Shestakov", "oppose") in [(k, n, st) for k, n, _c, st in said]
    assert ("direct", "Igor Matveyev", "RU", "neutral") in said
    assert not any(s.text == "coalition of the willing" for s in out)


def test_the_role_that_speaks_after_a_person_named_without_one_is_that_persons() -> None:
    text = (
        "Defence ministers split over troops for Ukraine\n\n"
        "BRUSSELS, Feb 13 (Meridian Wire) - Poland's defence minister, Jerzy Malinowski, was categorical. "
        '"Polish soldiers will not be stationed in Ukraine," he said.\n\n'
        'Italy\'s Guido Ferrante was just as firm. "Italy has not considered sending soldiers to Ukraine," '
        "the defence minister told Italian reporters.\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country) for s in out] == [
        ("Jerzy Malinowski", "PL"),
        ("Guido Ferrante", "IT"),
    ]


def test_an_analysis_gives_capitals_their_positions_in_the_writers_words() -> None:
    text = (
        "ANALYSIS: Trainers in Ukraine\n\n"
        "France has gone furthest. Paris says it is working with partners to send instructors to Ukraine.\n\n"
        "Germany, by contrast, has repeatedly ruled out sending German instructors to Ukraine.\n\n"
        "The government in Rome says Italian trainers will continue to work in Italy, not in Ukraine.\n\n"
        "At the end of a hastily arranged conference in Paris, President Armand Vautrin told reporters that "
        'sending Western troops to Ukraine "cannot be excluded".\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country, s.stance) for s in out] == [
        ("Government of France", "FR", "support"),
        ("Government of Germany", "DE", "oppose"),
        ("Government of Italy", "IT", "oppose"),
        ("Armand Vautrin", "FR", "open"),
    ]


def test_a_place_before_he_said_is_no_speaker() -> None:
    text = (
        "Palace and government clash over sappers\n\n"
        "Prime Minister Krzysztof Zaremba tried to close the matter. Speaking in Gdańsk, he said Poland "
        "would not send troops to Ukraine.\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.stance) for s in out] == [("Krzysztof Zaremba", "oppose")]


def test_a_plenary_debate_with_eu_titles_and_groups() -> None:
    text = (
        "MEPs split as Strasbourg debates a force for Ukraine\n\n"
        "STRASBOURG - The European Parliament's debate on security guarantees on Wednesday afternoon showed "
        "how far apart its groups remain.\n\n"
        'Opening the debate, Defence Commissioner Rasa Jurkonienė said: "The Commission will help pay for '
        'their equipment."\n\n'
        'Italian MEP Giorgio Valentini of the European Conservatives and Reformists said: "Italy will help '
        'Ukraine, but Italian soldiers will not go there."\n'
    )
    out = extract(text, ArticleMeta("t", published=dt.date(2025, 10, 23))).statements
    said = [(s.speaker.name, s.speaker.country, s.said_on.date) for s in out]
    assert said == [
        ("Rasa Jurkonienė", None, dt.date(2025, 10, 22)),
        ("Giorgio Valentini", "IT", dt.date(2025, 10, 22)),
    ]


def test_a_capital_that_hits_back_opens_its_spokesmans_paragraph() -> None:
    text = (
        "Kremlin restates no to NATO troops after Ankara call\n\n"
        "MOSCOW/KYIV - Turkish Foreign Minister Kerem Aydın spoke to reporters in Ankara.\n\n"
        "Kyiv hit back within hours. “Moscow does not decide who helps Ukraine defend a peace,” foreign "
        "ministry spokesman Yaroslav Melnyk said in a statement.\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    said = [(s.speaker.name, s.speaker.country, s.stance) for s in out]
    assert said == [("Yaroslav Melnyk", "UA", "support")]


def test_a_show_told_is_no_speaker() -> None:
    text = (
        "Canada not there yet on trainers\n\n"
        "Retired lieutenant-general Marc Thibault told The Weekend Line that Canada should be ready to go. "
        '"If France goes, Canada should not be the country that stays home," he said.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert {s.speaker.name for s in out} == {"Marc Thibault"}


def test_a_verb_after_the_quotation_joined_by_and_is_the_first_subjects() -> None:
    text = (
        "Budapest weighs in.\n\n"
        "Hungarian Foreign Minister Ádám Varga told reporters on Tuesday that Hungary „will not send a "
        "single soldier“ to Ukraine and urged Slovakia not to be drawn into the war.\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.kind, s.speaker.name) for s in out][0] == ("direct", "Ádám Varga")


def test_according_to_after_a_named_speaker_is_the_source_not_the_speaker() -> None:
    text = (
        "Tokyo rules out SDF role\n\n"
        "Prime Minister Takeshi Nakagawa told the other leaders that Japan would contribute “only through "
        "non-military means”, according to the Foreign Ministry.\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [s.speaker.name for s in out if s.kind == "direct"] == ["Takeshi Nakagawa"]


def test_a_former_official_named_by_nationality_has_that_country() -> None:
    text = (
        "Think tank urges bigger force\n\n"
        '"Deterrence on the cheap is not deterrence," said Ingeborg Sollie, the report\'s lead author and a '
        "former Norwegian defence official.\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country) for s in out] == [("Ingeborg Sollie", "NO")]


def test_a_programmes_title_in_quotation_marks_is_no_statement() -> None:
    text = (
        "Sunday shows: no US troops\n\n"
        '"There will be no U.S. troops on the ground in Ukraine," National Security Council spokesman Martin '
        'Greer said on "Fox News Sunday".\n\n'
        'Sen. Patricia Holloway told CNN\'s "State of the Union" that she would not rule out a training '
        'mission "down the road".\n\n'
        'ABC\' "This Week"\n\n'
        'Ambassador Sir Roger Hale told "Face the Nation" that British troops would go "in the first wave."\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.text, s.speaker.name) for s in out if s.kind == "direct"] == [
        ("There will be no U.S. troops on the ground in Ukraine,", "Martin Greer"),
        ("down the road", "Patricia Holloway"),
        ("in the first wave.", "Roger Hale"),
    ]


def test_the_readout_said_is_the_body_that_issued_it() -> None:
    text = (
        "Kremlin restates no\n\n"
        "MOSCOW - The Kremlin on Tuesday restated its opposition to any deployment, in its readout of a call "
        "between the presidents.\n\n"
        "“The Russian side stressed that NATO contingents in Ukraine are unacceptable,” the readout said.\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.kind, s.speaker.name, s.stance) for s in out if s.kind == "direct"] == [
        ("direct", "Kremlin", "oppose")
    ]


def test_a_first_name_given_with_an_age_is_a_person() -> None:
    text = (
        "Recruits train in England\n\n"
        "Dmytro, 34, a former IT worker from Dnipro who gave only his first name, said British soldiers in "
        "Ukraine would change Russia’s calculations. “It would mean a lot to see British soldiers at home,” "
        "he said.\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.kind, s.speaker.name, s.stance) for s in out] == [
        ("reported", "Dmytro", "support"),
        ("direct", "Dmytro", "support"),
    ]


def test_a_description_set_before_the_rank_gives_the_country() -> None:
    text = (
        "LONDON — Training goes on.\n\n"
        "Their Ukrainian liaison officer, Captain Andriy Lysenko, put it more sharply: “Every week here is a "
        "week lost.”\n\n"
        "After meeting the French president, Captain John Smith said: “We are ready.”\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country) for s in out] == [
        ("Andriy Lysenko", "UA"),
        ("John Smith", "GB"),
    ]


def test_a_name_after_its_party_and_office_is_found() -> None:
    text = (
        "DUBLIN — The Dáil debated the bill.\n\n"
        'People Before Profit TD Ciarán Doherty told the chamber that Ireland should send "not one soldier '
        'and not one euro for weapons".\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.kind, s.speaker.name, s.speaker.country, s.stance) for s in out] == [
        ("direct", "Ciarán Doherty", "IE", "oppose")
    ]


def test_a_person_of_a_party_speaks_not_the_state_after_the_verb() -> None:
    text = (
        "DUBLIN — The Dáil debated the bill.\n\n"
        "Gráinne Fitzmaurice of the Social Democrats said her party opposed removing the triple lock "
        'but "could support" a UN-mandated mission in Ukraine.\n\n'
        "Mary Byrne of the Labour Party said Ireland would send troops to Ukraine.\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.stance) for s in out] == [
        ("Gráinne Fitzmaurice", "open"),
        ("Mary Byrne", "support"),
    ]


def test_a_state_in_a_persons_title_is_not_the_speaker() -> None:
    text = (
        "Sunday shows\n\n"
        'On ABC\'s "This Week", retired U.S. Navy Adm. Thomas Keegan, a former NATO commander, defended the '
        'French leader: "He did the alliance a favor. Ambiguity is a weapon."\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country, s.stance) for s in out] == [("Thomas Keegan", "US", "open")]


def test_a_quotation_in_a_persons_remark_is_theirs_with_its_own_day() -> None:
    text = (
        "Sunday shows: no US troops\n\n"
        "WASHINGTON - Sunday's talk shows were dominated by two questions: troops, and aid.\n\n"
        "French President Bertrand Ardant's remark last Monday that the dispatch of Western ground troops "
        '"could not be ruled out" has been rejected by most allies.\n\n'
        "Ukraine's ambassador, Nataliya Koval, also appeared on CNN. "
        '"We are not asking for American soldiers. We are asking for shells," she said.\n'
    )
    out = extract(text, ArticleMeta("t", published=dt.date(2024, 3, 3))).statements
    said = {s.speaker.name: (s.stance, s.said_on.date) for s in out}
    assert said["Bertrand Ardant"][0] == "open"
    # Koval's words are the shows' day (Sunday), not the day of another person's remark
    assert said["Nataliya Koval"][1] == dt.date(2024, 3, 3)


def test_a_states_mission_to_an_alliance_speaks_for_that_state() -> None:
    text = (
        "BRUSSELS - A report urged a bigger force.\n\n"
        "Russia's mission to the European Union dismissed the report on Thursday as "
        '"a manual for escalation".\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.type, s.speaker.country, s.stance) for s in out] == [
        ("Russia's mission to the European Union", "government", "RU", "oppose")
    ]


def test_a_post_under_its_authors_header_line_is_theirs() -> None:
    text = (
        "How Europe argued on X\n\n"
        "Leaders met in Paris on Monday to discuss troops for Ukraine.\n\n"
        "Kasper Feldborg (@KFeldborg), Danish foreign minister · Mon 17 Feb, 20:41\n"
        "Denmark is open to contributing to a European force in Ukraine as part of a lasting peace.\n\n"
        "Russian Embassy, UK (@RusEmbassyUK_info) · Tue 18 Feb, 08:10\n"
        'Any "peacekeepers" from NATO states on the territory of Ukraine = NATO troops. Full stop.\n\n'
        "Rome's coalition offered two voices. Foreign Minister Elisabetta Corradi told Rai radio on Tuesday "
        "that "
        'sending Italian troops was "the least effective" option on the table.\n'
    )
    out = extract(text, ArticleMeta("t", published=dt.date(2025, 2, 19))).statements
    direct = [
        (s.speaker.name, s.speaker.type, s.speaker.country, s.said_on.date) for s in out if s.kind == "direct"
    ]
    assert direct == [
        ("Kasper Feldborg", "person", "DK", dt.date(2025, 2, 17)),
        ("Russian Embassy, UK", "government", "RU", dt.date(2025, 2, 18)),
        ("Elisabetta Corradi", "person", "IT", dt.date(2025, 2, 18)),
    ]


def test_any_speech_verb_after_a_quotation_names_its_speaker() -> None:
    text = (
        "Spain debate\n\nMADRID - The debate went on.\n\n"
        "The reserve general Andrés Quintanilla Ruiz was clearer than the politicians. "
        '"I do not see why we would not send them to Ukraine," he affirmed.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.cue) for s in out] == [("Andrés Quintanilla Ruiz", "affirmed")]


def test_a_translation_that_drops_the_subject_goes_on_with_the_last_speaker() -> None:
    text = (
        "Spain debate\n\nMADRID - The debate went on.\n\n"
        '"Spain will not be the one who is missing," the minister Margarita Ulloa said.\n\n'
        "The titular of Defence has explained that the Government follows the talks. "
        '"We will not do nothing behind the back of this Chamber" has added.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.cue) for s in out if s.kind == "direct"] == [
        ("Margarita Ulloa", "said"),
        ("Margarita Ulloa", "added"),
    ]


def test_a_sentence_that_opens_on_a_persons_view_gives_its_quotation_to_them() -> None:
    text = (
        "Spain debate\n\nMADRID - The debate went on.\n\n"
        "The Popular Party spokesman Íñigo Larrañaga Sordo spoke next. For Larrañaga, Spain "
        '"must be ready to send troops as part of a European force".\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.stance) for s in out] == [("Íñigo Larrañaga Sordo", "support")]


def test_unnamed_sources_speak_for_their_body_or_their_group() -> None:
    text = (
        "Summit ends\n\nTHE HAGUE - Leaders met on Wednesday.\n\n"
        '"Everybody is in favour of the force. Almost nobody is in favour of sending it," a senior EU '
        "diplomat said on Wednesday.\n\n"
        "Two diplomats from Nordic countries said their governments were more forward-leaning than they "
        'looked. "The public line is that we are considering it," one of them said.\n\n'
        "A person familiar with the discussions said the American side had made no commitment. "
        '"The Europeans keep getting the same non-answer," the person said.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [s.speaker.name for s in out if s.kind == "direct"] == [
        "EU",
        "Two diplomats from Nordic countries",
        "Person familiar with the discussions",
    ]


def test_a_committee_is_no_persons_name() -> None:
    text = (
        "Senators ask for a briefing\n\n"
        "WASHINGTON — Two senators asked for a briefing on Wednesday.\n\n"
        "Both members of the Foreign Relations Committee said they wanted answers. "
        '"The Congress has a right to know," Sen. Dale Whitcombe said.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [s.speaker.name for s in out if s.kind == "direct"] == ["Dale Whitcombe"]
    assert not any("Committee" in s.speaker.name and s.speaker.type == "person" for s in out)


def test_words_two_people_say_together_are_each_of_theirs() -> None:
    text = (
        "Senators ask for a briefing\n\n"
        "WASHINGTON — In a letter released on Wednesday, Sen. Dale Whitcombe, a Republican from Kansas, and "
        "Sen. Miriam Achterberg, a Democrat from Oregon, asked the Secretary of State for a briefing.\n\n"
        '"We do not seek, and would not support, the deployment of US ground combat forces to Ukraine," the '
        'senators wrote. "But the Congress has a right to know what is being offered."\n\n'
        '"It is a tripwire," Sen. Curtis Delahaye said.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.text[:12]) for s in out if s.kind == "direct"] == [
        ("Dale Whitcombe", "We do not se"),
        ("Miriam Achterberg", "We do not se"),
        ("Dale Whitcombe", "But the Cong"),
        ("Miriam Achterberg", "But the Cong"),
        ("Curtis Delahaye", "It is a trip"),
    ]


def test_a_newsletters_item_labels_give_the_state_and_are_not_the_subject() -> None:
    text = (
        "THE SECURITY BRIEF\n\n"
        "Good morning. Here is where things stood last night.\n\n"
        '**Paris.** Armed Forces Minister Clémence Vautrin said: "We are ready. The only thing missing is a '
        'ceasefire."\n\n'
        "— Rome: Deputy Prime Minister Gianluca Ferrante used a rally on Sunday to say that Italian soldiers "
        'would go to Ukraine "over my dead body, and I am in excellent health".\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country, s.stance) for s in out if s.kind == "direct"] == [
        ("Clémence Vautrin", "FR", "support"),
        ("Gianluca Ferrante", "IT", "oppose"),
    ]


def test_the_owner_of_what_is_said_about_is_no_speaker_for_she() -> None:
    text = (
        'Rally\n\nOSTRAVA - The candidate Radek Vlasák spoke. "We will not send soldiers," he said.\n\n'
        "Political scientist Lucie Hronková of Charles University said Vlasák's pledge was well chosen. "
        '"He is running against a decision that does not exist," she said.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.stance) for s in out if s.kind == "direct"] == [
        ("Radek Vlasák", "oppose"),
        ("Lucie Hronková", "neutral"),
    ]


def test_a_government_spokesman_unnamed_speaks_for_the_stories_government() -> None:
    text = (
        "Berlin row\n\nBERLIN - The coalition argued on Wednesday about sending troops to Ukraine.\n\n"
        "Asked on Wednesday evening about the remarks, a government spokesman said only that "
        '"no decision on any deployment has been taken".\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country) for s in out] == [("Government of Germany", "DE")]


def test_one_of_the_officials_in_a_capital_speaks_for_its_government() -> None:
    text = (
        "Summit\n\nTHE HAGUE - Leaders met on Wednesday.\n\n"
        "Officials in Berlin said Germany was not in a position to commit before the Bundestag had debated "
        'the issue. One of them described Berlin\'s approach as "yes, but not yet, and not alone".\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.kind, s.speaker.name, s.stance) for s in out] == [
        ("reported", "Government of Germany", "neutral"),
        ("direct", "Government of Germany", "open"),
    ]


def test_a_joint_declaration_is_quoted_for_each_state_that_signed_it() -> None:
    text = (
        "Nordic ministers pledge forces\n\n"
        "BODØ, Norway, 16 September 2026 (Nordic Briefing) – The defence ministers of Denmark, Finland, "
        "Norway and Sweden on Wednesday signed a joint declaration on a mission in Ukraine.\n\n"
        '"Our countries stand ready to contribute forces to a reassurance force in Ukraine once a ceasefire '
        'has been agreed," the declaration reads.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.stance) for s in out if s.kind == "direct"] == [
        ("Government of Denmark", "support"),
        ("Government of Finland", "support"),
        ("Government of Norway", "support"),
        ("Government of Sweden", "support"),
    ]


def test_a_nationality_before_a_description_and_an_answer_after_a_question() -> None:
    text = (
        "Playbook\n\nGOOD MONDAY MORNING.\n\n"
        "The EU's foreign policy chief Karin Vesterlund spoke on Friday. Asked whether European soldiers "
        "would be safe in Ukraine, she shot back: “Safer than if nobody goes. That’s the whole point.”\n\n"
        "Its defence spokesperson, Dutch liberal Femke Oosterhout, said her group would back the force. "
        '"But we should at least ask," she said.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country) for s in out if s.kind == "direct"] == [
        ("Karin Vesterlund", None),
        ("Femke Oosterhout", "NL"),
    ]


def test_people_a_feature_introduces_say_the_words_that_follow() -> None:
    text = (
        "Vannes waits\n\nVANNES - The regiment waits.\n\n"
        "Colonel Erwan Le Goff chose his words more carefully. « My marsouins train for this every day. "
        "Whether they go is not my decision, » he told the paper.\n\n"
        "In a café near the port, the talk turns to Ukraine. Maëlle, 31, whose partner is a sergeant, asked "
        "that her surname not be published. « We knew what we signed up for. I would rather he went to keep "
        "a peace. »\n\n"
        "At the next table, Jean-Yves, a retired fisherman, is less sure. « Ukraine is far away, and these "
        "are our kids. »\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.text[:12]) for s in out if s.kind == "direct"] == [
        ("Erwan Le Goff", "My marsouins"),
        ("Maëlle", "We knew what"),
        ("Jean-Yves", "Ukraine is f"),
    ]


def test_a_minister_whose_own_words_name_her_states_soldiers_takes_that_state() -> None:
    text = (
        "Coalition of the willing - as it happened\n\n"
        "Last updated: Thursday 4 September 2025, 19:02 CEST\n\n09:12\n\n"
        "Armed Forces Minister Margaux Delattre on the radio this morning: « We are going to guarantee a "
        "peace, and French soldiers will be part of that. »\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country) for s in out] == [("Margaux Delattre", "FR")]


def test_the_german_who_insists_and_the_office_in_the_paragraphs_capital() -> None:
    text = (
        "Ministers\n\nPARIS - Two ministers met.\n\n"
        "French minister Sébastien Caron and German minister Jonas Brenner disagreed. Asked about the cost, "
        'the Frenchman said it was "a question for later on", while the German insisted that "every euro '
        'must be accounted for".\n\n'
        'In Kyiv, the presidential office declined to comment on "the internal debates of our partners".\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country) for s in out if s.kind == "direct"] == [
        ("Sébastien Caron", "FR"),
        ("Jonas Brenner", "DE"),
        ("Office of the President of Ukraine", "UA"),
    ]


def test_a_role_set_before_a_name_is_not_a_speaker_of_its_own() -> None:
    text = (
        "Nordics\n\nOSLO - Ministers met.\n\n"
        "Ukraine's deputy foreign minister, Iryna Shevchyk, welcomed the declaration on X: \"Thank you, "
        'Nordic friends. This is what real security guarantees look like."\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country, s.stance) for s in out] == [
        ("Iryna Shevchyk", "UA", "support")
    ]


def test_an_op_eds_first_person_is_its_author_and_a_passive_agent_is_not() -> None:
    text = (
        "COMMENT & ANALYSIS\n\nNeutral is not the same as absent\n\n"
        "If a ceasefire comes to Ukraine, Ireland should be on the ground, argues Fionnuala Brennock\n\n"
        "I have served with UNIFIL. I know what peacekeeping asks of a soldier.\n\n"
        'When I told the plenary last October that "Ireland should be ready to send peacekeepers to '
        'Ukraine", I was told by one colleague that I had "forgotten what neutrality means". I have not '
        "changed my mind.\n\n"
        "Fionnuala Brennock is an Independent MEP.\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.text) for s in out if s.kind == "direct"] == [
        ("Fionnuala Brennock", "Ireland should be ready to send peacekeepers to Ukraine")
    ]


def test_an_age_and_a_hometown_set_off_after_a_name_are_asides() -> None:
    text = (
        "Rally\n\nOSTRAVA - The candidate Radek Vlasák spoke to a heckler.\n\n"
        'Vlasák did not miss a beat. "We will not send soldiers," he said, smiling. '
        "The man, who gave his name only as Pavel, 47, from Havířov, said he had served in Afghanistan. "
        '"Somebody will have to stand there when it ends," he said.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [s.speaker.name for s in out if s.kind == "direct"] == ["Radek Vlasák", "Pavel"]


def test_a_place_anywhere_in_the_world_is_no_speaker() -> None:
    # "Lebanon" is a state the gazetteer does not speak for, but a place all the same: "he" is the general
    text = (
        "Panel splits over troops\n\n"
        "Retired General Tomás Ibarra, who commanded the UN force in southern Lebanon, urged restraint. "
        '"A peace force works when it is big enough to be taken seriously," he said.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.kind, s.speaker.name) for s in out if s.kind == "direct"] == [("direct", "Tomás Ibarra")]


def test_a_party_named_after_a_members_role_is_an_organization_not_the_speaker() -> None:
    text = (
        "Opposition attacks government\n\n"
        "Álvaro Miralles, defence spokesman for the conservative Partido Popular, accused the government "
        'of hiding behind procedure. "Spain always arrives late," he said.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert {(s.kind, s.speaker.name, s.speaker.type) for s in out} == {
        ("reported", "Álvaro Miralles", "person"),
        ("direct", "Álvaro Miralles", "person"),
    }


def test_a_name_after_a_long_title_in_apposition_to_the_subject_is_whom_she_means() -> None:
    text = (
        "Debate over troops\n\n"
        "The host reminded viewers that Prime Minister Andrés Lozano told reporters last week that Spain "
        "would do its part.\n\n"
        "The government's representative on the panel, Secretary of State for Defence Lucía Ferrer Aranda, "
        'did little to clear that up. "Nobody can say we hide when our allies need us," she said.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [s.speaker.name for s in out if s.kind == "direct"] == ["Lucía Ferrer Aranda"]


def test_the_object_of_an_opening_phrase_is_not_whom_he_means() -> None:
    # "Turning to Miralles, he added": "he" is the speaker of the sentence before, the subject of a
    # relative clause's cue ("X of Vox, who said …")
    text = (
        "Debate over troops\n\n"
        "The sharpest words came from Gonzalo Ibarra of Vox, who said no Spanish soldier should go. "
        'Turning to Álvaro Miralles, he added: "Perhaps they would like to lead the first patrol '
        'personally."\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [s.speaker.name for s in out if s.kind == "direct"] == ["Gonzalo Ibarra"]


def test_an_unnamed_spokesman_of_a_ministry_named_by_its_state_speaks_for_the_ministry() -> None:
    text = (
        "Trainers row\n\n"
        'France\'s armed forces ministry said the first team would arrive "in the spring, as planned".\n\n'
        'A German defence ministry spokesman said the plan was "not on the agenda at all".\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [(s.speaker.name, s.speaker.country) for s in out if s.kind == "direct"] == [
        ("France's armed forces ministry", "FR"),
        ("German defence ministry", "DE"),
    ]


def test_a_statement_quoted_over_paragraphs_after_the_ministry_introduces_it_is_the_ministrys() -> None:
    text = (
        "Netherlands offers soldiers\n\n"
        "The Netherlands will offer up to 250 military personnel to a force in Ukraine, the Ministry of "
        "Defence announced on Wednesday.\n\n"
        "In a statement published on the government's website on Wednesday morning, the ministry set out "
        "the offer in unusual detail:\n\n"
        "\u201cThe Netherlands is prepared to contribute up to 250 military personnel to the force.\n\n"
        "\u201cThe deployment will take place after a ceasefire has entered into force.\u201d\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [s.speaker.name for s in out if s.kind == "direct"] == [
        "Ministry of Defence",
        "Ministry of Defence",
    ]


def test_she_is_not_the_husband_described_and_a_subject_may_follow_two_opening_phrases() -> None:
    text = (
        "In a garrison town, Ukraine talk hits home\n\n"
        "Joanne Pritchard helped write the leaflets. Her husband, a sergeant in an infantry battalion, has "
        "done two tours of Estonia.\n\n"
        '"I just want someone to tell us the truth about how long," she says.\n\n'
        "Up the road from the shop, in a pub with a regimental plaque over the fireplace, Lee Ashworth, 58, "
        "has no such doubts.\n\n"
        '"Someone has to stand there," he mutters.\n\n'
        'Downing Street was careful. "This is about making a peace stick," a No 10 spokesperson said.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [s.speaker.name for s in out if s.kind == "direct"] == [
        "Joanne Pritchard",
        "Lee Ashworth",
        "Downing Street",
    ]


def test_the_place_a_body_is_named_after_is_no_speaker() -> None:
    text = (
        "Fact check: the viral clip\n\n"
        "Disinformation researcher Hanna Rautio of the University of Tampere said the clip followed a "
        'familiar pattern. "It takes a real interview and twists it just enough," she said.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert {s.speaker.name for s in out} == {"Hanna Rautio"}


def test_the_one_who_asks_after_a_quotation_is_not_its_speaker() -> None:
    text = (
        "Panel on the force\n\n"
        "The panel was moderated by the Centre's director, Ines Carvalho.\n\n"
        'Balazs Toth of the Danube Policy Forum rejected the premise. "No soldiers, no weapons," he said. '
        '"I know it is unpopular in this room." Asked by Carvalho whether Hungary would block the funding, '
        "Toth said he could not speak for the government.\n"
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [s.speaker.name for s in out if s.kind == "direct"] == ["Balazs Toth", "Balazs Toth"]


def test_a_description_in_apposition_after_a_role_is_no_second_speaker() -> None:
    text = (
        "Opposition split\n\n"
        "Krisztina Balogh, the party's foreign policy spokeswoman and a former diplomat, has argued for "
        "training de-miners at home. Asked whether instructors might one day work inside Ukraine, she said: "
        '"Never say never. But not in the first year."\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [s.speaker.name for s in out if s.kind == "direct"] == ["Krisztina Balogh"]


def test_a_name_inside_a_relative_clause_is_not_whom_he_means() -> None:
    text = (
        "Hub, not muscle\n\n"
        "Deputy Defence Minister Tomasz Kaczmarczyk said no Polish soldier would be stationed in Ukraine.\n\n"
        "The Ukrainian consul general in Lublin, Oleh Tkachuk, who visited the base on Thursday with "
        "Kaczmarczyk, said Ukraine fully respected Poland's decision. "
        '"The hub is not a small thing," he said.\n'
    )
    out = extract(text, ArticleMeta("t")).statements
    assert [s.speaker.name for s in out if s.kind == "direct"] == ["Oleh Tkachuk"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Father Mykola Hrytsenko, the priest at the Ukrainian parish in nearby Pembroke, said: "
        '"We will pray for them every Sunday."',
        "Speaking at the Cotroceni Palace, President Mircea Ardeleanu said: "
        '"We will pray for them every Sunday."',
    ],
)
def test_a_place_after_in_or_at_is_no_speaker(sentence: str) -> None:
    out = extract("Town talk\n\n" + sentence + "\n", ArticleMeta("t")).statements
    assert [s.speaker.name for s in out] in (["Mykola Hrytsenko"], ["Mircea Ardeleanu"])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a hometown after an age, a body set off after a name, a state's company
        ('Spc. Luis Arredondo, 23, of Cedar Falls, said: "It\'s their backyard."', "Luis Arredondo"),
        (
            "Opposition lawmaker Jelena Markovic, of the pro-European Freedom Front, argued: "
            '"Neutral countries do peacekeeping all the time."',
            "Jelena Markovic",
        ),
        (
            "Hans-Peter Quandtner, head of the land systems division at Germany's Kessler Wehrtechnik, said: "
            '"We need seven-year contracts."',
            "Hans-Peter Quandtner",
        ),
    ],
)
def test_a_place_or_body_set_off_after_a_name_is_not_the_speaker(sentence: str, speaker: str) -> None:
    out = extract("Reactions\n\n" + sentence + "\n", ArticleMeta("t")).statements
    assert [s.speaker.name for s in out if s.kind == "direct"] == [speaker]


def test_a_party_named_with_the_word_party_and_a_party_called_the_left_speak() -> None:
    found = _statements(
        "BERLIN — Germany's parliament debated a mission to Ukraine on Monday.\n\n"
        "The far-right Patria party said it opposed any deployment. The Left also rejected any deployment "
        "of German soldiers.\n"
    )
    speakers = {(name, country) for _, name, country, _ in found}
    assert ("Patria", "DE") in speakers
    assert ("Left", "DE") in speakers


def test_a_role_said_of_anyone_who_holds_it_is_no_ones_alias() -> None:
    found = _statements(
        "Retired General Paul Dumont, a former deputy chief of the French defence staff, said a modest force "
        "could deter.\n\n"
        'A Ukrainian minister said the force mattered "because every Russian general knows the difference".\n'
    )
    assert ("Paul Dumont", "FR") in {(name, country) for _, name, country, _ in found}


def test_an_epithet_is_the_person_named_before_and_a_longer_party_name_is_not_its_end() -> None:
    found = _statements(
        "BERLIN — Germany's parliament debated a mission to Ukraine on Monday.\n\n"
        "Defence Minister Markus Jendrowski spoke in Munster on Monday.\n\n"
        '"First we need a ceasefire," the Social Democrat said.\n\n'
        "Later, Kari Nyhus of the Socialist Left said her party opposed any deployment.\n\n"
        'Here is the Conservative defence critic, Shannon Boyd: "We have no business sending soldiers."\n\n'
        'Jonas Weber, a veteran of two missions, spoke next. "It is a trap," the 54-year-old said.\n'
    )
    speakers = {text: name for _, name, _, text in found}
    assert speakers["First we need a ceasefire,"] == "Markus Jendrowski"
    assert speakers["her party opposed any deployment"] == "Kari Nyhus"
    assert speakers["We have no business sending soldiers."] == "Shannon Boyd"
    assert speakers["It is a trap,"] == "Jonas Weber"


@pytest.mark.parametrize("opening", ["Later", "Meanwhile", "Separately", "Two days later", "However"])
def test_an_opening_adverbial_is_not_a_clause_said(opening: str) -> None:
    found = _statements(
        "BERLIN — Germany debated a mission to Ukraine on Monday.\n\n"
        f"{opening}, Kari Nyhus said her party opposed any deployment.\n"
    )
    assert ("reported", "Kari Nyhus", "her party opposed any deployment") in [
        (k, n, t) for k, n, _, t in found
    ]


def test_another_states_role_is_not_a_home_leader_of_no_stated_state() -> None:
    found = _statements(
        "WARSAW — Poland's government debated on Tuesday whether to send troops to Ukraine.\n\n"
        '"We will not send soldiers," Prime Minister Jan Nowak told reporters.\n\n'
        "Slovakia's prime minister has repeatedly ruled out sending troops. \"Not a single Slovak soldier "
        'will go," Robert Hanak said last week.\n\n'
        '"Every soldier counts," President Olena Bondar said in her nightly video address.\n'
    )
    people = {(name, country) for _, name, country, _ in found}
    assert ("Jan Nowak", "PL") in people
    assert ("Robert Hanak", "SK") in people
    assert not [text for _, _, _, text in found if "video address" in text]


def test_an_unnamed_spokesman_is_not_a_spokesman_named_elsewhere() -> None:
    found = _statements(
        "LONDON — Britain debated troops on Monday.\n\n"
        'In London, a Downing Street spokesman said Britain was "ready to lead a force on the ground".\n\n'
        'An EU spokesperson said the bloc was "following the work of the coalition closely".\n\n'
        '"We will not shy away from responsibility," a German government spokesman said.\n\n'
        "In Moscow, Kremlin spokesman Dmitry Peskov said any European troops would be a legitimate target.\n"
    )
    speakers = {text: name for _, name, _, text in found}
    assert speakers["ready to lead a force on the ground"] == "Downing Street"
    assert speakers["following the work of the coalition closely"] == "EU"
    assert speakers["We will not shy away from responsibility,"] == "Government of Germany"


def test_he_is_the_one_person_the_sentence_before_names_and_the_chain_goes_on() -> None:
    found = _statements(
        "BERLIN — A talk show on Monday.\n\n"
        'SPD leader Bernd Rautenberg said his party "would not close the door" to a contribution.\n\n'
        "The most sober voice of the evening belonged to retired Lieutenant General Hans-Peter Mohr, "
        "formerly a NATO commander. A single German brigade, he said, could be deployed within months. "
        '"Two brigades is a different story," he added.\n\n'
        "President Anna Wilk's chief of staff, Marek Bak, said in an interview that the president shares "
        "this position. - There is no question of German troops in Ukraine - he said.\n"
    )
    speakers = {text: name for _, name, _, text in found}
    assert speakers["Two brigades is a different story,"] == "Hans-Peter Mohr"
    assert speakers["There is no question of German troops in Ukraine"] == "Marek Bak"


def test_a_plural_noun_is_no_person_and_a_role_said_of_the_subject_is_theirs() -> None:
    found = _statements(
        "Profile\n\n"
        'Johan Edvardsson still keeps a rusted detonator on his desk. "It reminds me," he says.\n\n'
        "The 47-year-old has been Sweden's defence minister for less than a year. In an interview on Monday, "
        'he made no effort to hedge.\n\n"Sweden should be part of the force," he said.\n\n'
        "Polls suggest that a narrow majority of Swedes support sending minehunters.\n\n"
        'Back in his office, he puts the detonator down. "I am not naive," he says.\n'
    )
    speakers = {text: (name, country) for _, name, country, text in found}
    assert speakers["Sweden should be part of the force,"] == ("Johan Edvardsson", "SE")
    assert speakers["I am not naive,"] == ("Johan Edvardsson", "SE")
    assert "Polls" not in {name for name, _ in speakers.values()}


def test_a_low_high_quotation_closed_with_stray_spaces_and_a_partys_chairman() -> None:
    found = _statements(
        "Prague – Czech army will not send its soldiers to Ukraine, Prime Minister Ladislav Sustr said.\n\n"
        "„No Czech soldier will go to Ukraine. Not now and not after some ceasefire, that I can promise to "
        "our citizens, “said Sustr on press conference.\n\n"
        "On the opposite side stands the movement Freedom and Unity (SVJ). Its chairman Radim Sebesta said "
        "already on Monday in Chamber of Deputies:«Czech soldiers are not cannon fodder for Brussels.»\n"
    )
    speakers = {text: (name, country) for _, name, country, text in found}
    assert speakers[
        "No Czech soldier will go to Ukraine. Not now and not after some ceasefire, that I can promise to "
        "our citizens,"
    ] == ("Ladislav Sustr", "CZ")
    assert speakers["Czech soldiers are not cannon fodder for Brussels."] == ("Radim Sebesta", "CZ")


def test_a_think_tanks_name_is_no_person_and_its_analyst_speaks_for_no_state() -> None:
    found = _statements(
        "KYIV — Ukraine welcomed a report on a European force on Tuesday.\n\n"
        "From the other side of the Atlantic, Daniel Hartley of the Quincy Institute for Responsible "
        'Statecraft, a Washington think tank, rejected the report. "Europe should arm Ukraine and keep its '
        'own soldiers out," he said.\n'
    )
    speakers = {text: (name, country) for _, name, country, text in found}
    assert speakers["Europe should arm Ukraine and keep its own soldiers out,"] == ("Daniel Hartley", None)


def test_a_second_verb_of_the_subject_a_party_set_off_by_whose_and_a_flat_refusal() -> None:
    found = _statements(
        "LONDON — Britain debated troops on Monday.\n\n"
        "Ukraine's ambassador to the EU, Iryna Solovei, welcomed the report and said Kyiv was "
        '"ready to host any of the three options tomorrow".\n\n'
        "Reform UK, whose five MPs sat together below the gangway, said it would vote against any "
        "deployment.\n\n"
        "The Left Party is flatly against.\n"
    )
    speakers = {text: name for _, name, _, text in found}
    assert speakers["ready to host any of the three options tomorrow"] == "Iryna Solovei"
    assert speakers["it would vote against any deployment"] == "Reform UK"
    assert "Left Party" in speakers.values()


def test_the_taoiseach_is_a_title_not_a_first_name() -> None:
    found = _statements(
        "DUBLIN — Ireland debated troops on Monday.\n\n"
        '"Nobody is sending anybody anywhere this week," Taoiseach Declan Furlong told the Dáil.\n'
    )
    assert [(name, country) for _, name, country, _ in found] == [("Declan Furlong", "IE")]


def test_an_mps_constituency_is_no_person() -> None:
    found = _statements(
        "LONDON — MPs debated troops on Monday.\n\n"
        "Bernadette Oyelaran, the Labour MP for Lewisham Deptford South, warned colleagues against a war. "
        "\"He can't, and he knows he can't,\" she said.\n"
    )
    assert {name for _, name, _, _ in found} == {"Bernadette Oyelaran"}


def test_a_campaign_or_think_tank_named_in_full_speaks_and_an_affiliation_does_not() -> None:
    found = _statements(
        "DUBLIN — Ireland debated troops on Monday.\n\n"
        "The Peace and Neutrality Alliance, which campaigned against the triple lock changes, said in a "
        'statement that the remarks "confirm everything we warned about".\n\n'
        "The Royal United Services Institute said the force would need 40,000 troops.\n\n"
        "Analyst Marta Gil of the Elcano Royal Institute said the Spanish position was unlikely to change.\n"
    )
    speakers = {text: name for _, name, _, text in found}
    assert speakers["confirm everything we warned about"] == "Peace and Neutrality Alliance"
    assert speakers["the force would need 40,000 troops"] == "Royal United Services Institute"
    assert speakers["the Spanish position was unlikely to change"] == "Marta Gil"


def test_a_whip_is_a_role_and_a_bodys_spokeswoman_named_after_it_is_the_subject() -> None:
    found = _statements(
        "ROME — Italy debated troops on Monday. Defence Minister Paolo Ferrandi spoke.\n\n"
        '"Not one Italian soldier will set foot in Ukraine," said League Senate whip Davide Bergamini.\n\n'
        "Foreign Ministry spokeswoman Yelena Rudakova went further at her weekly briefing on Thursday, "
        'describing the plan as "a provocation aimed at torpedoing peace efforts".\n'
    )
    speakers = {text: name for _, name, _, text in found}
    assert speakers["Not one Italian soldier will set foot in Ukraine,"] == "Davide Bergamini"
    assert speakers["a provocation aimed at torpedoing peace efforts"] == "Yelena Rudakova"


def test_a_first_name_after_its_cue_with_what_the_person_does() -> None:
    found = _statements(
        "MOSCOW — Russia reacted on Thursday.\n\n"
        '"Let them leave Ukraine alone," said Galina, a 58-year-old accountant, who gave no surname.\n'
    )
    speakers = {text: name for _, name, _, text in found}
    assert speakers["Let them leave Ukraine alone,"] == "Galina"


def test_german_news_in_translation_names_its_speakers_its_own_way() -> None:
    result = extract(
        "Bundeswehr to Ukraine? Local MPs divided\n\n"
        "Oberhessische Rundschau (English edition) | Politics | 03.02.2026\n\n"
        "Giessen. Should German soldiers secure a ceasefire in Ukraine? Our region's MPs differ.\n\n"
        "„Germany must not close the door, but only with a mandate of the Bundestag“, said the CDU member "
        "of the Bundestag Anna Kessler, who represents the Vogelsberg constituency, in conversation with our "
        "newspaper. A deployment without US support would be „a gamble with our soldiers' lives“, so the "
        "CDU politician.\n\n"
        "Clearer is the Green Jonas Albers from Marburg. „If Ukraine's security is our security, we must be "
        "ready to carry responsibility for it, with soldiers too“, the Green said.\n\n"
        "The federal government spokesperson had already said on Monday that the question „does not arise "
        "at the present time“.\n\n"
        "Info box: any armed deployment abroad requires the approval of the Bundestag (Parliamentary "
        "Participation Act).\n",
        ArticleMeta(key="t", published=dt.date(2026, 2, 3)),
    )
    speakers = {st.text: st.speaker.name for st in result.statements if st.kind == "direct"}
    assert speakers == {
        "Germany must not close the door, but only with a mandate of the Bundestag": "Anna Kessler",
        "a gamble with our soldiers' lives": "Anna Kessler",
        "If Ukraine's security is our security, we must be ready to carry responsibility for it, with "
        "soldiers too": "Jonas Albers",
        "does not arise at the present time": "Government of Germany",
    }
    # the paper and the law are no one who speaks
    names = {st.speaker.name for st in result.statements}
    assert not any("Rundschau" in n or "Act" in n or "Participation" in n for n in names)


def test_a_states_cabinet_is_its_government() -> None:
    result = extract(
        "Copenhagen weighs a contribution\n\n"
        'The Danish cabinet said on Monday it was "ready to contribute soldiers" to a reassurance force.\n',
        ArticleMeta(key="t", published=dt.date(2025, 12, 10)),
    )
    assert [(st.speaker.name, st.speaker.country) for st in result.statements] == [
        ("Government of Denmark", "DK")
    ]


def test_a_party_of_a_family_many_states_share_is_the_storys_state() -> None:
    result = extract(
        "Oslo divided on a Norwegian contribution\n\n"
        "OSLO — Norway's government wants to send engineers to Ukraine, and the Storting is split. Norway "
        "has trained Ukrainian soldiers in Norway and in Poland, Norwegian officers say.\n\n"
        'Conservative (Høyre) defence spokesperson Ingrid Lund said her party would "back the government '
        'without delay".\n\n'
        'Labour MP Per Solberg said the government should have said yes "a long time ago, before the '
        'winter".\n',
        ArticleMeta(key="t", published=dt.date(2025, 3, 13)),
    )
    said = {st.text: (st.speaker.name, st.speaker.country) for st in result.statements if st.kind == "direct"}
    assert said == {
        "back the government without delay": ("Ingrid Lund", "NO"),
        # the words the government should have said, and did not: his
        "a long time ago, before the winter": ("Per Solberg", "NO"),
    }


def test_a_nationality_given_by_the_command_held_names_the_state() -> None:
    result = extract(
        "Analysis\n\n"
        "Retired Lt. Gen. Dana Whitlock, a former commander of U.S. Army Europe, thinks the Europeans are "
        'right to plan. "Europe should send troops, and it can," she told me.\n',
        ArticleMeta(key="t"),
    )
    assert [(st.speaker.name, st.speaker.country) for st in result.statements] == [("Dana Whitlock", "US")]


def test_his_prime_minister_is_his_own_states() -> None:
    speakers = _speakers(
        "Summit day\n\n"
        'Danish Prime Minister Signe Holm said it was. "Yes. Denmark will be there," she said.\n\n'
        "Slovak Foreign Minister Juraj Kollár, standing in for his prime minister, dismissed the debate. "
        '"Talking about soldiers in Ukraine is playing with fire," he told reporters.\n'
    )
    assert speakers == {
        "Yes. Denmark will be there,": "Signe Holm",
        "Talking about soldiers in Ukraine is playing with fire,": "Juraj Kollár",
    }


def test_an_according_to_set_into_the_speakers_own_sentence_leaves_the_speaker() -> None:
    speakers = _speakers(
        "BUCHAREST — News.\n\n"
        "In turn, President Radu Ionescu stated, according to a press release of the Presidential "
        'Administration, that Romania "remains a reliable ally of Ukraine".\n\n'
        "The spokesperson of the Russian Ministry of Foreign Affairs, Irina Zotova, stated on Wednesday in "
        'Moscow, according to the TASS agency, that "any Western contingent in Ukraine would be a target".\n'
    )
    assert speakers == {
        "remains a reliable ally of Ukraine": "Radu Ionescu",
        "any Western contingent in Ukraine would be a target": "Irina Zotova",
    }


def test_a_capitals_ambassador_speaks_for_the_capitals_state_not_the_host() -> None:
    found = _statements(
        "BRUSSELS, June 3, 2025 — News.\n\n"
        "Moscow's ambassador in Brussels, Gennady Moskalev, said last week that Belgian troops in Ukraine "
        'would be "a direct participant in the conflict and treated accordingly".\n\n'
        'Kyiv\'s envoy to Belgium, Olena Marchuk, said the country needed "soldiers, not only promises".\n'
    )
    assert [(name, country) for kind, name, country, _ in found if kind == "direct"] == [
        ("Gennady Moskalev", "RU"),
        ("Olena Marchuk", "UA"),
    ]


def test_its_foreign_ministry_is_the_body_of_the_state_named_before() -> None:
    found = _statements(
        "MOSCOW, June 3, 2025 — News.\n\n"
        "Russia, for its part, has not softened its line. Its foreign ministry said again last week that "
        "any Western troops in Ukraine would be treated as a hostile presence.\n\n"
        "The party's congress met in Brno. Its leadership said that the deployment was a matter for "
        "parliament.\n"
    )
    assert [(kind, country) for kind, _name, country, _ in found] == [("reported", "RU")]


def test_two_states_ministers_as_one_subject_speak_for_each_state() -> None:
    found = _statements(
        "PARIS, June 3, 2025 — News.\n\n"
        "The British and French defence ministers said publicly that their countries were ready to lead a "
        "force of several brigades.\n\n"
        "Polish, Czech and Hungarian officials said they opposed any deployment.\n"
    )
    assert [(name, country) for _kind, name, country, _ in found] == [
        ("Government of the United Kingdom", "GB"),
        ("Government of France", "FR"),
        ("Government of Poland", "PL"),
        ("Government of the Czech Republic", "CZ"),
        ("Government of Hungary", "HU"),
    ]


def test_an_mep_speaks_for_the_state_the_nationality_names_past_the_group_name() -> None:
    result = extract(
        "STRASBOURG, June 3, 2025 — News.\n\n"
        '"Hungary\'s position fits on a postcard," Defence Minister Zsolt Kerekes said as he arrived.\n\n'
        "Hungarian Patriots for Europe MEP Zsolt Baranyi called the idea of a European force "
        '"a recipe for the third world war".\n',
        ArticleMeta(key="t"),
    )
    baranyi = next(st.speaker for st in result.statements if st.speaker.name == "Zsolt Baranyi")
    assert (baranyi.country, baranyi.role) == ("HU", "MEP")


def test_a_minister_of_no_stated_state_speaks_for_the_state_whose_position_the_quote_opens_with() -> None:
    found = _statements(
        "BRUSSELS, June 3, 2025 — News.\n\n"
        '"Hungary\'s position fits on a postcard," Defence Minister Zsolt Kerekes said as he arrived.\n'
    )
    assert [(name, country) for _kind, name, country, _ in found] == [("Zsolt Kerekes", "HU")]


def test_a_long_appositive_between_quotation_and_cue_keeps_the_name_as_speaker() -> None:
    speakers = _speakers(
        "LJUBLJANA — News.\n\n"
        "»The constitution does not allow the government to send soldiers into a war zone through the back "
        "door,« Miha Kastelic, a Left deputy and the petition's lead signatory, said yesterday.\n"
    )
    assert list(speakers.values()) == ["Miha Kastelic"]


def test_a_constitutional_court_speaks_and_the_court_refers_back_to_it() -> None:
    found = _statements(
        "LJUBLJANA, 4 March 2026 — The Constitutional Court on Tuesday accepted the petition.\n\n"
        "»The decision does not cause consequences that would be difficult to remedy,« the court wrote.\n"
    )
    assert [(name, country) for _kind, name, country, _ in found] == [("Constitutional Court", "SI")]


def test_a_press_review_quotes_newspapers_and_the_paper_refers_back_to_the_last_one() -> None:
    found = _statements(
        "Press review\n\n"
        'The Helsinki daily Pohjolan Sanomat welcomes the declaration. "Finland knows this better than '
        'most. Our peacekeepers should be ready to serve in Ukraine," the paper writes.\n\n'
        'Het Avondblad, a Dutch evening paper, is less sure. "The real question is whether Europe can keep '
        'sending them for ten years," the paper observes.\n\n'
        'The Lithuanian daily Vilniaus žinios, no sceptic, agrees. "Lithuania will send its share," the '
        "paper writes.\n\n"
        '"We need a ceasefire first," the minister told the newspaper Rheinische Post.\n'
    )
    assert [(name, country) for kind, name, country, _ in found if kind == "direct"][:3] == [
        ("Pohjolan Sanomat", "FI"),
        ("Het Avondblad", "NL"),
        ("Vilniaus žinios", "LT"),
    ]
    assert "Rheinische Post" not in [name for _kind, name, _country, _ in found]


def test_a_party_family_name_in_a_story_of_a_state_outside_the_list_is_that_states() -> None:
    found = _statements(
        "BERN — Switzerland's Federal Council met. Swiss neutrality was debated in Bern, and Swiss "
        "soldiers may go to Ukraine. This article was first published in German.\n\n"
        "The Social Democrats said Swiss deminers should be sent to Ukraine. The FDP said parliament "
        "must debate any Swiss deployment first.\n"
    )
    assert {(name, country) for _kind, name, country, _ in found} == {
        ("Social Democrats", "CH"),
        ("FDP", "CH"),
    }


def test_a_democratic_party_in_a_story_of_another_state_is_that_states() -> None:
    found = _statements(
        "TIRANA — Albania's prime minister offered Albanian soldiers for a force in Ukraine. Albanian "
        "cadets cheered, and Albania's allies took note.\n\n"
        "Gent Bushati, deputy chairman of the Democratic Party, said Albanian soldiers should stay home.\n"
    )
    assert {(name, country) for _kind, name, country, _ in found} == {("Gent Bushati", "AL")}


def test_a_position_before_the_minister_who_made_it_clear_is_the_ministers() -> None:
    found = _statements(
        "BERN — News.\n\n"
        "Without a mandate from the UN Security Council or the OSCE, Swiss soldiers will not go, Defence "
        "Minister Beat Aeschlimann made clear on Wednesday in Bern.\n"
    )
    assert [(name, text[:30]) for _kind, name, _country, text in found] == [
        ("Beat Aeschlimann", "Without a mandate from the UN ")
    ]


def test_a_sentence_opening_adverb_is_no_speakers_name() -> None:
    speakers = _speakers(
        "THE HAGUE — News.\n\n"
        "Ukraine's ambassador, Halyna Marchenko, watched the debate. Afterwards she called the vote "
        '"a strong signal to Moscow that Europe will not leave Ukraine alone".\n'
    )
    assert list(speakers.values()) == ["Halyna Marchenko"]


def test_the_minister_is_not_the_deputy_minister_named_after_her() -> None:
    found = _statements(
        '"Estonia will not wait for others," said Minister of National Defence Kadri Saar at a meeting with '
        "Moldova's Deputy Minister of Defence Ion Rusu in Tallinn.\n\n"
        '"For us this is not charity," the Minister said.\n'
    )
    assert [(name, country, text) for _, name, country, text in found] == [
        ("Kadri Saar", "EE", "Estonia will not wait for others,"),
        ("Kadri Saar", "EE", "For us this is not charity,"),
    ]


def test_ministers_named_by_field_and_state_without_a_comma() -> None:
    found = _statements(
        "On Monday, Minister of Defence of Latvia Juris Ozols met the Minister for Foreign Affairs of "
        "Iceland Sóley Einarsdóttir by videoconference.\n\n"
        '"We will send our experts," the Minister for Foreign Affairs said.\n\n'
        '"Latvia stands ready," the Minister of Defence said.\n'
    )
    assert [(name, country) for kind, name, country, _ in found if kind == "direct"] == [
        ("Sóley Einarsdóttir", "IS"),
        ("Juris Ozols", "LV"),
    ]


def test_a_role_then_a_rank_in_apposition_after_the_cue() -> None:
    speakers = _speakers(
        '"The army can do this without weakening our defence," said the Chief of Defence of the Estonian '
        "Defence Forces, Lieutenant General Tarmo Kask.\n"
    )
    assert speakers == {"The army can do this without weakening our defence,": "Tarmo Kask"}


def test_answers_after_questions_in_italics_that_quote_others_are_the_guests() -> None:
    speakers = _speakers(
        "Defence Minister Anna Berg was the guest of the morning programme.\n\n"
        '*Your Danish counterpart, Lars Holm, said yesterday that "no Danish soldier will go". Is Europe '
        "divided?*\n\n"
        '"Europe is diverse, and nobody is asking Copenhagen to do what it cannot do."\n\n'
        "*How many soldiers?*\n\n"
        '"I am not going to give you a number on the radio."\n\n'
        'Holm later told reporters: "Who will go? Not us." \n\n'
        '"We have said it many times."\n'
    )
    assert speakers == {
        "no Danish soldier will go": "Lars Holm",
        "Europe is diverse, and nobody is asking Copenhagen to do what it cannot do.": "Anna Berg",
        "I am not going to give you a number on the radio.": "Anna Berg",
        "Who will go? Not us.": "Lars Holm",
        "We have said it many times.": "Lars Holm",
    }


# a tabloid's verbs of speech, and a member named after the party whose name holds a state's
@pytest.mark.parametrize(
    "sentence",
    [
        "'Not one British soldier should be sent to Ukraine. Not one,' fumed Reform UK MP Barry Nolan.",
        "'Not one British soldier should be sent to Ukraine. Not one,' thundered Reform UK MP Barry Nolan.",
        "Reform UK MP Barry Nolan sneered: 'Not one British soldier should be sent to Ukraine. Not one.'",
    ],
)
def test_tabloid_verbs_give_the_quotation_to_the_member_not_the_state_in_his_partys_name(sentence):
    text = "Troops row\n\nThe Prime Minister said Britain was 'ready to lead' a peace force.\n\n" + sentence
    found = [
        (s.speaker.name, s.speaker.country, s.stance)
        for s in extract(text, ArticleMeta(key="t", published=dt.date(2030, 5, 8))).statements
        if s.kind == "direct"
    ]
    assert found[-1:] == [("Barry Nolan", "GB", "oppose")]


def test_the_pm_is_the_prime_minister_named_in_the_story() -> None:
    speakers = _speakers(
        "Prime Minister Daniel Ashworth met troops in Estonia on Monday.\n\n"
        "Speaking at the base, the PM said: 'Britain is ready to put troops on the ground in Ukraine.'\n\n"
        "The SNP said: 'We will not send troops to Ukraine.'\n\n"
        "At the 5 pm briefing, Defence Secretary Jane Holt said: 'The plans are ready.'\n"
    )
    assert speakers == {
        "Britain is ready to put troops on the ground in Ukraine.": "Daniel Ashworth",
        "We will not send troops to Ukraine.": "SNP",
        "The plans are ready.": "Jane Holt",
    }


def test_a_tabloid_leads_role_is_the_person_named_next_not_the_other_side_in_its_sentence() -> None:
    speakers = _speakers(
        "BRITAIN'S Prime Minister last night declared the UK is 'ready to lead' on sending troops into "
        "Ukraine to police any peace deal with Vladimir Putin.\n\n"
        "In an extraordinary intervention, Daniel Ashworth said he was prepared to put 'our own troops on "
        "the ground if necessary' as the price of a lasting peace.\n\n"
        "Writing in a national newspaper, the PM said: 'I do not say this lightly.'\n"
    )
    assert speakers == {
        "ready to lead": "Daniel Ashworth",
        "our own troops on the ground if necessary": "Daniel Ashworth",
        "I do not say this lightly.": "Daniel Ashworth",
    }


def test_an_unnamed_holder_keeps_no_tabloid_capitals_in_the_name() -> None:
    speakers = _speakers(
        "Ministers met in London on Monday.\n\n"
        'BRITAIN\'S Prime Minister last night declared: "We are ready to send troops."\n'
    )
    assert speakers == {"We are ready to send troops.": "British Prime Minister"}


@pytest.mark.parametrize(
    "after",
    [
        "With these words Prime Minister Juraj Kollar closed the debate.",
        "These were the words of Prime Minister Juraj Kollar at the end of the debate.",
        "With these words, the prime minister closed the debate.",
    ],
)
def test_words_whose_speaker_the_next_sentence_names(after: str) -> None:
    speakers = _speakers(
        "Prime Minister Juraj Kollar spoke last in the chamber on Tuesday.\n\n"
        f"«We will not send a single soldier to Ukraine.» {after}\n"
    )
    assert speakers == {"We will not send a single soldier to Ukraine.": "Juraj Kollar"}


def test_states_beyond_the_alliance_named_in_a_list_of_council_members() -> None:
    result = extract(
        "The Security Council met on Tuesday.\n\n"
        "Several elected members, including Algeria and Pakistan, warned against sending foreign troops "
        "to Ukraine.\n",
        ArticleMeta(key="t"),
    )
    assert [(st.speaker.name, st.speaker.country, st.stance) for st in result.statements] == [
        ("Government of Algeria", "DZ", "oppose"),
        ("Government of Pakistan", "PK", "oppose"),
    ]


def test_the_other_party_to_talks_gives_the_speaker_no_state() -> None:
    talks = extract(
        "Moscow reacted on Tuesday.\n\n"
        "Foreign Minister Sergei Voronin was more blunt. Speaking at a press conference after talks with "
        "his French counterpart, Voronin said that the European contingents would be occupation forces.\n",
        ArticleMeta(key="t"),
    )
    apposition = extract(
        "Ministers met on Tuesday.\n\n"
        "Later he met the French foreign minister, Jean Dupont, who said that France was ready to send "
        "troops.\n",
        ArticleMeta(key="t"),
    )
    assert [(st.speaker.name, st.speaker.country) for st in talks.statements] == [("Sergei Voronin", None)]
    assert [(st.speaker.name, st.speaker.country) for st in apposition.statements] == [("Jean Dupont", "FR")]


def test_single_quoted_words_with_a_double_quoted_phrase_inside_stay_single_quoted() -> None:
    speakers = _speakers(
        "MPs warn force plans are not yet credible\n\n"
        "The committee's chair, Tom Ashworth MP, said: 'We are not against sending British troops. "
        "We are against sending them on a promise.'\n\n"
        "One member, the Reform UK MP Gavin Pryce, published a dissenting note. 'British soldiers should "
        'not be sent to Ukraine. A "reassurance force" is a tripwire by another name,\' Mr Pryce wrote.\n\n'
        "'Anything smaller is a gesture. Gestures don't deter anybody,' Sir Nigel Cobb said.\n"
    )
    assert sorted(speakers.values()) == ["Gavin Pryce", "Nigel Cobb", "Tom Ashworth"]
    assert any('A "reassurance force" is a tripwire' in words for words in speakers)


def test_a_deputy_pm_is_a_deputy_prime_minister() -> None:
    result = extract(
        "Ministers met in London on Monday.\n\n"
        'Deputy PM Jane Holt said: "Britain is ready to send troops."\n\n'
        'Later the deputy prime minister added: "We will not flinch."\n',
        ArticleMeta(key="t"),
    )
    assert {(st.speaker.name, st.speaker.role) for st in result.statements} == {
        ("Jane Holt", "Deputy Prime Minister")
    }


def test_a_members_title_after_the_name_gives_the_role_and_the_speaker() -> None:
    found = _statements(
        "LONDON — The Commons Defence Committee published its report on a Ukraine force on Thursday.\n\n"
        "Labour's Sarah Miles MP said British troops should not go until Washington commits air cover.\n\n"
        'Sinn Féin leader Mary Lou Brennan TD said Irish soldiers would stay at home. "Ireland is '
        'neutral," she said.\n\n'
        'A Conservative MP went further: "Not one British soldier," he said.\n'
    )
    speakers = {(kind, name, country) for kind, name, country, _ in found}
    assert ("reported", "Sarah Miles", "GB") in speakers
    assert ("direct", "Mary Lou Brennan", "IE") in speakers
    assert not any(name in ("TD", "Conservative") for _, name, _, _ in found)


def test_a_party_named_counts_twice_for_the_state_whose_story_it_is() -> None:
    # Britain is named twice by the writer and the United States twice: a party of Britain's makes it the
    # story's state, so its unnamed ministry and its committee chair speak for Britain
    found = _statements(
        "MPs say the UK should lead a force in Ukraine but only with US air cover. The British Army "
        "could sustain one brigade, the committee said. Washington has not committed.\n\n"
        "The Reform UK leader called the plan a tripwire.\n\n"
        "The committee's chair, Tom Ashworth MP, said: \"We are not against sending British troops. "
        'We are against sending them on a promise."\n\n'
        'A Ministry of Defence spokesperson said: "The UK stands ready to deploy forces once a '
        'ceasefire is agreed."\n'
    )
    countries = {name: country for _, name, country, _ in found}
    assert countries["Tom Ashworth"] == "GB"
    assert countries["Ministry of Defence"] == "GB"


def test_an_office_takes_the_state_its_sentence_or_section_gives() -> None:
    found = _statements(
        "Leaders of the coalition spoke by video on Tuesday; France, Britain, Germany and Poland joined.\n\n"
        "Italy will not send soldiers to Ukraine, the prime minister's office said in a statement.\n\n"
        '• Slovakia — The Prime Minister\'s office said: "Slovakia will not send a single soldier."\n'
    )
    assert [name for _, name, _, _ in found] == [
        "Office of the Prime Minister of Italy",
        "Office of the Prime Minister of Slovakia",
    ]


def test_a_capital_before_a_meeting_is_not_the_state_a_speaker_speaks_for() -> None:
    found = _statements(
        "Leaders met in Paris on Monday; Britain, Poland and Spain sent ministers.\n\n"
        "Berlin has been the most categorical. The chancellor's office said the Paris meeting had changed "
        "nothing in Germany's position on sending troops.\n"
    )
    assert [(name, country) for _, name, country, _ in found] != [
        ("Office of the Chancellor of France", "FR")
    ]
    assert all(country != "FR" for _, _, country, _ in found)


def test_a_sentence_opening_on_the_state_with_its_article_gives_its_minister_that_state() -> None:
    found = _statements(
        "PRAGUE, Feb 27 (Wire) - The Czech Republic could send military instructors to western Ukraine if a "
        "ceasefire is agreed, Defence Minister Jana Horakova said on Thursday, while neighbouring Slovakia "
        "again ruled out any deployment. Progressive Slovakia, the opposition, disagreed.\n"
    )
    assert ("Jana Horakova", "CZ") in {(name, country) for _, name, country, _ in found}


def test_a_devolved_first_minister_speaks_for_britain() -> None:
    found = _statements(
        "Wales’s First Minister has said she would back a European force in Ukraine if it had a clear "
        "mandate.\n\n"
        "“We will not rush this,” the First Minister, Carys Pritchard, said.\n"
    )
    assert [(kind, name, country) for kind, name, country, _text in found] == [
        ("reported", "Carys Pritchard", "GB"),
        ("direct", "Carys Pritchard", "GB"),
    ]


def test_he_after_a_report_about_someone_is_the_one_who_reported() -> None:
    speakers = _speakers(
        "First Minister Alasdair Reid said he would wait for the force's mandate.\n\n"
        "The Liberal Democrat leader, Iain Buchanan, said the First Minister “should stop sitting on the "
        "fence”.\n\n"
        "“We back a peace force. Either you do or you don’t,” he said.\n"
    )
    assert speakers == {
        "should stop sitting on the fence": "Iain Buchanan",
        "We back a peace force. Either you do or you don’t,": "Iain Buchanan",
    }


def test_a_lawmaker_speaks_for_the_state_of_the_party_named_as_hers() -> None:
    found = _statements(
        "Washington has kept its distance, and U.S. officials said the United States would send no one.\n\n"
        "Opposition lawmaker Oksana Levchuk of the European Solidarity party accused European governments "
        "of hedging.\n\n"
        "“If they are coming, they should say so now,” she said.\n"
    )
    assert ("direct", "Oksana Levchuk", "UA", "If they are coming, they should say so now,") in found


def test_a_speech_still_to_come_inside_what_was_said_is_not_the_quotations_cue() -> None:
    found = _statements(
        "Marta Kowal, head of the chancellery, said on Saturday that Poland would insist that any "
        "contingent include “soldiers who can shoot back.”\n\n"
        "Dmytro Lysenko, an adviser, went further, saying Ukraine would insist that any future force "
        "include “soldiers who are allowed to shoot back.”\n"
    )
    assert [(kind, name) for kind, name, _country, _text in found if kind == "direct"] == [
        ("direct", "Marta Kowal"),
        ("direct", "Dmytro Lysenko"),
    ]
    assert not any(text.startswith("Dmytro Lysenko") for _kind, _name, _country, text in found)


def test_a_story_datelined_in_a_ukrainian_city_is_ukraines() -> None:
    found = _statements(
        "KHARKIV — Ukrainian soldiers follow the debate about European peacekeepers closely. Washington "
        "has kept its distance: U.S. officials said the United States would not send soldiers, and "
        "American envoys said the same in Washington on Monday.\n\n"
        "In Kyiv, the government has no such doubts. Foreign Minister Andrii Koval said Ukraine wanted a "
        "contingent that can respond.\n\n"
        "Ihor Bondar, head of the Presidential Office, went further on Saturday, saying any force must "
        "include “soldiers who are allowed to shoot back.”\n"
    )
    assert ("direct", "Ihor Bondar", "UA", "soldiers who are allowed to shoot back.") in found


def test_a_small_states_parties_and_people_are_its_own() -> None:
    found = _statements(
        "LUXEMBOURG — The Grand Duchy will not send soldiers to Ukraine, Luxembourgers were told.\n\n"
        "Déi Lénk deputy Sam Kieffer said any deployment would drag the country into a war. "
        "Prime Minister Marc Reuland said it was “too early to exclude anything”.\n\n"
        "That was a pointed reference to Belgium, whose defence minister, Pieter Van den Broeck, was in "
        "Luxembourg on Monday. He said Belgium was “ready to take its responsibility”.\n"
    )
    speakers = {(name, country) for _kind, name, country, _text in found}
    assert {("Sam Kieffer", "LU"), ("Marc Reuland", "LU"), ("Pieter Van den Broeck", "BE")} <= speakers
    assert not any(name.startswith("Déi") for name, _country in speakers)


def test_a_nationality_in_apposition_with_the_gives_the_persons_state() -> None:
    found = _statements(
        "LONDON — Britain's arms fair opened on Tuesday. Klaus Wendt, the German head of international "
        "sales at a defence group, said industry should stay out of the debate.\n\n"
        "“That is a decision for governments,” Wendt said.\n"
    )
    assert ("direct", "Klaus Wendt", "DE", "That is a decision for governments,") in found


def test_an_adverb_opening_a_quoted_sentence_is_no_one_and_a_professor_speaks_for_no_state() -> None:
    result = extract(
        "LISBON — The President of the Republic and the government are at odds over Portuguese troops "
        "for Ukraine, and Portugal's parliament will have to vote.\n\n"
        "“Legally, the government can prepare the mission. Politically, no government sends troops "
        "against the President,” said Teresa Moura, a professor of constitutional law at the University "
        "of Coimbra.\n",
        ArticleMeta(key="t"),
    )
    speakers = {(st.speaker.name, st.speaker.country, st.speaker.role) for st in result.statements}
    assert speakers == {("Teresa Moura", None, None)}


def test_a_second_verb_after_a_quotation_is_the_same_subjects() -> None:
    found = _statements(
        "The Kremlin said foreign troops would be targets.\n\n"
        "Ukraine’s Foreign Minister Andrii Kovalchuk, who attended an outreach session on Monday, called the "
        "statement “a step forward” but said Kyiv needed “commitments, not welcome messages.”\n"
    )
    assert [(kind, name) for kind, name, _country, _text in found] == [
        ("reported", "Kremlin"),
        ("direct", "Andrii Kovalchuk"),
        ("direct", "Andrii Kovalchuk"),
    ]


def test_the_green_league_is_finlands_and_the_bloc_quebecs() -> None:
    found = _statements(
        "Italy's government and its League partners argued about troops in Rome on Monday.\n\n"
        "Elina Vuorio of the Green League said Finland was “ready to send soldiers after a ceasefire”.\n\n"
        "The Bloc’s defence critic, Isabelle Gagnon-Roy, said “Parliament must decide, not cabinet.”\n"
    )
    speakers = {(name, country) for kind, name, country, _text in found if kind == "direct"}
    assert speakers == {("Elina Vuorio", "FI"), ("Isabelle Gagnon-Roy", "CA")}


def test_a_party_named_right_before_its_member_is_not_part_of_the_name() -> None:
    found = _statements(
        "ATHENS — The MP of Greek Solution Kyriakos Stavrou said that Greece «has its own front, in the "
        "Aegean».\n\n"
        "Bloc Québécois Leader Martine Gagnon said “not one soldier” would go.\n"
    )
    assert {name for _kind, name, _country, _text in found} == {"Kyriakos Stavrou", "Martine Gagnon"}


def test_a_third_states_doing_in_the_question_is_not_the_answerers_state() -> None:
    found = _statements(
        "SEOUL, Feb. 10 -- South Korea has no plan to dispatch troops to Ukraine, the foreign "
        "ministry said.\n\n"
        "“We are closely following the discussions,” ministry spokesman Koo Min-seok said.\n\n"
        "Asked whether North Korea's dispatch of troops to Russia had changed Seoul's calculation, the "
        "spokesman declined to speculate, saying only that the government “strongly condemns” it.\n\n"
        "Asked whether Britain's troops would go, the minister, Alan Pryce, said: “We are ready.”\n"
    )
    countries = {name: country for _kind, name, country, _text in found}
    assert countries["Koo Min-seok"] == "KR"
    assert countries["Alan Pryce"] == "GB"  # the state whose own troops the question is about


@pytest.mark.parametrize(
    "lead,country",
    [
        ("BRUSSELS – The European Commission on Tuesday declined to take a position on troops.", None),
        ("PARIS – The government on Tuesday declined to take a position on troops.", "FR"),
    ],
)
def test_a_spokesperson_of_a_story_an_international_body_opens_speaks_for_no_state(
    lead: str, country: str | None
) -> None:
    found = _statements(
        lead + "\n\n"
        "The issue came a day after France’s foreign minister, Étienne Gauvreau, said French soldiers should "
        "lead a force. A journalist from a French daily asked about it. Chief spokesperson Mireille Dansaert "
        "said it was up to member states to decide.\n"
    )
    countries = {name: code for _kind, name, code, _text in found}
    assert countries["Mireille Dansaert"] == country


@pytest.mark.parametrize(
    "opening,name",
    [
        ("Archbishop Ilarion of Tomis, whose see covers the port of Constanța, told worshippers", "Ilarion"),
        ("Patriarch Bartholomew of Constantinople told worshippers", "Bartholomew"),
        ("Cardinal Anselmo Ricci told worshippers", "Anselmo Ricci"),
    ],
)
def test_a_hierarch_is_named_by_his_name_not_his_see(opening: str, name: str) -> None:
    found = _statements(
        "BUCHAREST — " + opening + " on Sunday that the Church could not stay silent “while politicians "
        "discuss where to send our sons.”\n\n"
        "“Our young men must not be sent to die in a war,” the archbishop said.\n"
    )
    speakers = {text: (speaker, country) for kind, speaker, country, text in found if kind == "direct"}
    assert speakers["while politicians discuss where to send our sons."] == (name, "RO")
    if opening.startswith("Archbishop"):
        assert speakers["Our young men must not be sent to die in a war,"] == (name, "RO")


def test_a_bishop_named_by_his_nationality_is_the_bishop_named_before() -> None:
    found = _statements(
        "ROME — The Pope appealed for peace on Sunday.\n\n"
        "In Kyiv, the reaction was more guarded. Bishop Mykola Dzhura, an auxiliary bishop of the diocese of "
        "Kyiv-Zhytomyr, said Ukrainians had listened “with love and also with pain”.\n\n"
        "“If friendly nations are ready to stand with us on our soil, that is a shield for the peace,” the "
        "Ukrainian bishop told the paper by telephone.\n"
    )
    speakers = {text: (speaker, country) for kind, speaker, country, text in found if kind == "direct"}
    assert speakers[
        "If friendly nations are ready to stand with us on our soil, that is a shield for the peace,"
    ] == (
        "Mykola Dzhura",
        "UA",
    )


def test_a_nationality_after_an_age_in_apposition_is_the_persons_state() -> None:
    found = _statements(
        "LJUBLJANA — Delegates to a youth parliament debated troops for Ukraine on Thursday.\n\n"
        "Luka Petrović, a 17-year-old Serbian delegate from Belgrade, led the opposition. “Moscow will call "
        "it an army of occupation,” Petrović said.\n\n"
        "Tobias Lindner, an 18-year-old Austrian delegate from Graz, reminded the chamber that his country "
        "was neutral. “Austria can't send soldiers,” he said.\n"
    )
    countries = {name: code for _kind, name, code, _text in found}
    assert countries["Luka Petrović"] == "RS"
    assert countries["Tobias Lindner"] == "AT"


def test_a_seat_of_government_in_a_caption_is_no_one_speaking() -> None:
    found = _statements(
        "[Photo] Prime Minister Karl Bonnici at Auberge de Castille on Wednesday. Photo: DOI\n"
        "\n"
        "Three months ago, the question did not seem to need an answer. Malta, a neutral state "
        "under its Constitution, would not be sending soldiers to Ukraine, and the Prime Minister "
        "said so without hesitation.\n"
        "\n"
        '"Malta will never send its soldiers to any war. Our neutrality is not negotiable," Prime '
        "Minister Karl Bonnici told a business breakfast in January, as European leaders began "
        "sketching out plans for a force to guarantee a future ceasefire.\n"
        "\n"
        "By March, the tone had softened. On 18 March, speaking at a Labour Party activists' "
        'meeting in Żejtun, he said Malta "could consider" sending Armed Forces of Malta medics '
        "and de-mining specialists to a future European mission, provided it had a United Nations "
        "mandate and the approval of the House of Representatives.\n"
        "\n"
        "On Wednesday, he went further.\n"
        "\n"
        "Asked by journalists at Castille whether Maltese soldiers could form part of a "
        'peacekeeping force, he did not hesitate. "If there is peace, and the mission is to keep '
        'it, Maltese soldiers can be part of it," he said. "Neutrality means we do not take sides '
        'in a war. It does not mean we refuse to help keep the peace."\n'
        "\n"
        "\n"
    )
    speakers = {text: name for kind, name, _code, text in found if kind == "direct"}
    assert speakers[
        "If there is peace, and the mission is to keep it, Maltese soldiers can be part of it,"
    ] == ("Karl Bonnici")


def test_an_appositive_after_a_relative_clause_is_part_of_the_aside() -> None:
    found = _statements(
        "QUEBEC — Families worried.\n\n"
        "Marie-Ève Lapointe, whose husband is a sergeant with the Royal 22nd Regiment, the Van Doos, said "
        "she first heard about the speech from a WhatsApp group of military spouses.\n\n"
        "At the end of the session, the chairman of the Committee, the ND MP Dimitris Anagnostou, noted that "
        "the issue will be discussed again in the plenary session.\n"
    )
    assert [(kind, name) for kind, name, _code, _text in found] == [
        ("reported", "Marie-Ève Lapointe"),
        ("reported", "Dimitris Anagnostou"),
    ]


def test_a_body_whose_name_has_its_own_commas_stays_in_the_aside() -> None:
    found = _statements(
        "BERN — Defence Minister Monika Gerber, the federal councillor in charge of the Federal Department "
        "of Defence, Civil Protection and Sport, said on Tuesday that there were “no plans whatsoever” to "
        "send Swiss troops to Ukraine.\n"
    )
    assert [(kind, name, text) for kind, name, _code, text in found] == [
        ("direct", "Monika Gerber", "no plans whatsoever")
    ]


@pytest.mark.parametrize("rank", ["Cadet", "Brigadier", "Corporal"])
def test_a_rank_before_a_name_is_not_part_of_it(rank: str) -> None:
    found = _statements(f"TIRANA — {rank} Era Hoxha, 22, spoke after the parade. “We will see,” she said.\n")
    assert {(kind, name) for kind, name, _code, _text in found} == {("direct", "Era Hoxha")}


@pytest.mark.parametrize(
    "voice,speaker",
    [
        ("North Macedonia's government spokesman", "Government of North Macedonia"),
        ("The Greek government spokesman", "Government of Greece"),
    ],
)
def test_an_unnamed_government_spokesman_of_a_state_is_its_government(voice: str, speaker: str) -> None:
    found = _statements(
        f"TIRANA — News.\n\n{voice} said there were “no plans at this moment” to send troops.\n"
    )
    assert [(kind, name) for kind, name, _code, _text in found] == [("direct", speaker)]


def test_a_name_before_a_noun_is_what_the_noun_is_of() -> None:
    found = _statements(
        "OTEPÄÄ — Biathletes were asked about troops.\n\n"
        "Norway's Sindre Aasland, the overall World Cup leader, politely declined to engage. “I ski and I "
        "shoot,” he said, before heading for the wax cabins.\n"
    )
    assert [name for kind, name, _code, _text in found if kind == "direct"] == ["Sindre Aasland"]


def test_a_sidebars_bold_name_with_its_office_above_the_words_is_their_speaker() -> None:
    found = _statements(
        "WHAT THEY SAID: Leaders at the summit on troops for Ukraine\n\n"
        "THE HAGUE, June 25, 2025 - The question was not on the agenda. Here is what they said.\n\n"
        "**Henrik Vos**, NATO Secretary General, at his closing press conference:\n"
        '"NATO as an alliance is not planning a mission in Ukraine."\n\n'
        "**Laurent Castaing**, French President:\n"
        '"France is ready to send soldiers once there is a ceasefire."\n\n'
        "**Mikko Laine**, President of Finland:\n"
        '"Finnish soldiers are needed at home."\n'
    )
    assert [(name, country) for kind, name, country, _ in found if kind == "direct"] == [
        ("Henrik Vos", None),
        ("Laurent Castaing", "FR"),
        ("Mikko Laine", "FI"),
    ]


def test_callers_known_by_a_first_name_and_their_town_are_the_speakers() -> None:
    speakers = _speakers(
        "Listeners split over British troops for Ukraine\n\n"
        "The Prime Minister, Alistair Penrose, told MPs last week that Britain would put troops on the "
        "ground.\n\n"
        "Keith, a retired Royal Engineers warrant officer from Amesbury, was first through.\n\n"
        "“If there’s a proper ceasefire, then yes, send us,” he said.\n\n"
        "Next up was Lorraine from Tidworth, whose son serves with an armoured battalion.\n\n"
        "“My lad would be on the first plane out,” she said.\n\n"
        "Priya, a sixth-form politics teacher from Salisbury, said her students were “more hawkish than you "
        "would think”.\n\n"
        "Oksana, who came to Swindon from Kharkiv in 2022, rang in near the end.\n\n"
        "“We want your help, not your sons,” she said.\n"
    )
    assert speakers == {
        "If there’s a proper ceasefire, then yes, send us,": "Keith",
        "My lad would be on the first plane out,": "Lorraine",
        "more hawkish than you would think": "Priya",
        "We want your help, not your sons,": "Oksana",
    }


def test_a_spokesman_named_in_a_sentence_another_states_leader_opens_keeps_his_own_state() -> None:
    found = _statements(
        "Spokesman says no\n\n"
        "Hungary will not send soldiers to Ukraine, the government’s spokesman said in Budapest.\n\n"
        "“Not a single Hungarian soldier will set foot in Ukraine,” government spokesman Bence Lakatos told "
        "reporters.\n\n"
        "The Hungarian government has found an ally in Bratislava. Slovakia’s Prime Minister, Marek Hudec, "
        "said last week that Slovak soldiers would not go to Ukraine, a statement Lakatos quoted.\n"
    )
    assert {(name, country) for _, name, country, _ in found} >= {
        ("Bence Lakatos", "HU"),
        ("Marek Hudec", "SK"),
    }


def test_a_general_who_commanded_a_states_army_is_of_that_state() -> None:
    found = _statements(
        "General dies at 79\n\n"
        "General Willem Hoekstra, who commanded the Royal Netherlands Army in the early 2000s, has died. "
        "After the Russian invasion he argued for Western troops in Ukraine.\n\n"
        "“Europe must stand on the line itself,” he said in his final interview.\n"
    )
    assert [(name, country) for kind, name, country, _ in found if kind == "direct"] == [
        ("Willem Hoekstra", "NL")
    ]


def test_a_local_papers_camp_councillor_and_upper_case_headline_name_no_one_and_no_state() -> None:
    found = _statements(
        "GARRISON TOWN WAITS AND WORRIES AS UKRAINE FORCE TALK GROWS\n\n"
        "“Everyone’s asking the same thing,” said Kerry Doyle, whose husband is a corporal based at Tidworth "
        "Camp.\n\n"
        "Speaking in the Commons on Tuesday, Defence Secretary Laura Whitfield said the UK would be "
        "ready to lead a force. “We will not leave Ukraine alone,” she said.\n\n"
        "Town mayor Cllr Janet Pryce said the town would stand behind its soldiers, “whatever they are asked "
        "to do”.\n"
    )
    direct = [(name, country) for kind, name, country, _ in found if kind == "direct"]
    assert [name for name, _ in direct] == ["Kerry Doyle", "Laura Whitfield", "Janet Pryce"]
    assert direct[1] == ("Laura Whitfield", "GB")  # the Commons', not the headline's Ukraine


def test_a_deputy_of_a_party_in_a_national_story_is_of_the_storys_state() -> None:
    found = _statements(
        "Government admits sending Portuguese soldiers to Ukraine\n\n"
        "LISBON — The Portuguese minister of National Defence said Portugal is available to take part in a "
        "force for Ukraine after a ceasefire. Portugal, Portuguese, Lisbon.\n\n"
        "«The PCP firmly rejects the involvement of our soldiers», said the communist deputy Joaquim "
        "Serôdio.\n\n"
        "The liberal deputy Filipe Amaral went the same way: «If the Government wants to send soldiers, it "
        "has our support.»\n"
    )
    assert [(name, country) for kind, name, country, _ in found if kind == "direct"] == [
        ("Joaquim Serôdio", "PT"),
        ("Filipe Amaral", "PT"),
    ]


def test_a_notebooks_people_are_of_the_place_its_byline_puts_the_writer_in() -> None:
    found = _statements(
        "Correspondent’s notebook: everyone has an opinion\n\n"
        "By Tomas Lind in Odesa\n\n"
        "I arrived on Thursday. My taxi driver from the station, Vasyl, 61, did not wait. “Let them come "
        "and drink coffee here,” he said.\n\n"
        "A navy officer, Captain Dmytro Sas, met me for lunch. “Send us air defence, not platoons,” he said."
        "\n\n"
        "In the afternoon I met Callum Reid, a Scot who clears mines for a charity. “I’d quite like the "
        "soldiers to come,” Reid said.\n\n"
        "A woman selling tulips asked whether the Europeans would come. Her name was Halyna, and she was 78."
        "\n\n“Whoever comes, let them come,” she said.\n"
    )
    assert [(name, country) for kind, name, country, _ in found if kind == "direct"] == [
        ("Vasyl", "UA"),
        ("Dmytro Sas", "UA"),
        ("Callum Reid", "GB"),
        ("Halyna", "UA"),
    ]


def test_a_nationality_in_apposition_before_the_name_is_the_persons() -> None:
    found = _statements(
        "MADRID — The debate went on.\n\n"
        "A Ukrainian navy officer, Captain Dmytro Sas, met ministers. “Send us air defence, not platoons,” "
        "he said.\n"
    )
    assert [(name, country) for _, name, country, _ in found] == [("Dmytro Sas", "UA")]


def test_an_envoy_of_an_institution_named_in_two_words_is_its_states() -> None:
    found = _statements(
        "PARIS — France hosted the meeting, and French officials said France was pleased.\n\n"
        "12:05 - US envoy joins the talks\n"
        "White House special envoy Gordon Pryce attended the first part of the meeting. Asked about the "
        'backstop, Pryce told reporters only that talks were "ongoing and constructive".\n'
    )
    assert [(name, country) for kind, name, country, _ in found if kind == "direct"] == [
        ("Gordon Pryce", "US")
    ]


def test_people_known_by_a_first_name_and_a_subject_after_a_long_scene() -> None:
    speakers = _speakers(
        "Romania’s defence minister, Radu Stoicescu, has said that Romania’s role is to host allied "
        "forces.\n\n"
        "At the NATO base at Cincu, in central Romania, where a French-led battlegroup is stationed, "
        "Lieutenant-Colonel Arnaud Pelletier was careful not to get ahead of his government.\n\n"
        "“What happens in Ukraine is decided in Paris, not in Cincu,” he said.\n\n"
        "Back at the border, a border guard at the ferry crossing, who gave his name only as Serhiy, had a "
        "more practical view.\n\n"
        "“First the ferry must run on time,” he said.\n\n"
        "Guțu’s wife, Maria, listening from the porch, added her own verdict. “Soldiers, no soldiers – as "
        "long as the wine sells,” she said.\n"
    )
    assert speakers == {
        "What happens in Ukraine is decided in Paris, not in Cincu,": "Arnaud Pelletier",
        "First the ferry must run on time,": "Serhiy",
        "Soldiers, no soldiers – as long as the wine sells,": "Maria",
    }


def test_a_retired_officer_named_after_her_rank_and_its_aside_is_the_she_of_her_words() -> None:
    speakers = _speakers(
        "Her colleague on the panel, Doug Prentice, the MP for Oakville North, was more guarded. “I am not "
        "saying no,” Prentice said.\n\n"
        "Colonel (retired) Andrea Kowalski, who commanded a rotation of Canada’s training mission in "
        "Ukraine until 2022, spoke from the floor. She said the trainers could be back “within weeks” of a "
        "decision. “We left the ranges, the classrooms, even the coffee machines. The Ukrainians kept them "
        "ready for us,” she said.\n"
    )
    words = (
        "We left the ranges, the classrooms, even the coffee machines. The Ukrainians kept them ready for us,"
    )
    assert speakers[words] == "Andrea Kowalski"


def test_a_person_from_a_city_abroad_in_apposition_is_of_that_citys_state() -> None:
    found = _statements(
        "LEIDEN — The students voted on Monday.\n\n"
        "The turning point came when Oksana Melnyk, a 24-year-old student of international law from "
        "Kharkiv, took the floor. “We need your soldiers after a ceasefire,” Melnyk said.\n\n"
        "Sanne de Vries, a Dutch student, disagreed. “Not our soldiers,” she said.\n"
    )
    countries = {speaker: country for _kind, speaker, country, _text in found}
    assert countries == {"Oksana Melnyk": "UA", "Sanne de Vries": "NL"}


def test_a_body_ending_in_authority_or_association_is_no_person_and_does_not_take_its_heads_words() -> None:
    speakers = _speakers(
        "Ports brief\n\n"
        "Dmytro Stepanenko, head of the Ukrainian Sea Ports Authority, said foreign soldiers would be "
        '"the single best signal" to shipowners.\n\n'
        'Maria Stone, chair of the Norwegian Shipowners Association, said the force would be "the best '
        'signal of all" to owners.\n'
    )
    assert speakers == {
        "the single best signal": "Dmytro Stepanenko",
        "the best signal of all": "Maria Stone",
    }


def test_a_fully_quoted_slide_is_spoken_by_the_person_its_caption_opens_on() -> None:
    result = extract(
        "Gallery: the month in words\n\n"
        "1 of 3\n\n"
        "“Portugal stands ready to send engineers once the guns fall silent.”\n\n"
        "Rui Tavares Lopes, Portugal's defence minister, in Lisbon on Monday. Photograph: Lusa\n\n"
        "2 of 3\n\n"
        "“Our harvest was the worst in forty years, and nobody in the capital noticed.”\n\n"
        "Marta Kos, farmer at the Vipava cooperative, on Tuesday. Photograph: STA\n\n"
        "3 of 3\n\n"
        "“Bring them home”\n\n"
        "A placard at a march in Athens on Sunday. Photograph: AP\n",
        ArticleMeta(key="t", published=dt.date(2026, 3, 7)),
    )
    found = {
        st.text: (st.speaker.name, str(st.said_on.date)) for st in result.statements if st.kind == "direct"
    }
    assert found == {
        "Portugal stands ready to send engineers once the guns fall silent.": (
            "Rui Tavares Lopes",
            "2026-03-02",
        ),
        "Our harvest was the worst in forty years, and nobody in the capital noticed.": (
            "Marta Kos",
            "2026-03-03",
        ),
    }


def test_a_quotation_closing_a_speech_is_not_given_to_the_next_paragraphs_subject() -> None:
    speakers = _speakers(
        "“We will help,” Admiral Ana Ribeiro said. “But not with soldiers on the ground.\n\n"
        "“Our first duty is the Atlantic.”\n\n"
        "The president, who spoke to the chamber later, welcomed the offer.\n"
    )
    assert speakers["Our first duty is the Atlantic."] == "Ana Ribeiro"


def test_a_role_left_unnamed_is_not_the_next_person_introduced_by_a_trade_at_a_place() -> None:
    found = _statements(
        "The Kremlin's spokesman told reporters on Tuesday that any foreign soldier would be a target.\n\n"
        "Ilse Brandt, hydrologist at the University of Graz, said the river had never been so low.\n"
    )
    assert [(name, country) for _, name, country, _ in found] == [
        ("Kremlin Spokesman", "RU"),
        ("Ilse Brandt", None),
    ]


def test_the_agent_of_a_passive_opening_is_not_the_she_who_answers() -> None:
    speakers = _speakers(
        "Helena Sousa, Portugal's defence minister, spoke first at the forum.\n\n"
        "Pressed by host Carla Mendes on whether Lisbon would act alone if Washington stayed out, "
        "Sousa hesitated. "
        "“We would act, but not alone,” she said.\n"
    )
    assert speakers == {"We would act, but not alone,": "Helena Sousa"}


def test_he_after_a_quotation_of_several_sentences_is_the_one_person_named_before_it() -> None:
    speakers = _speakers(
        "“We have no soldiers to spare,” Mr Ólafsson said.\n\n"
        "The second motion came from the Akureyri branch and was seconded by Captain Jón Halldórsson "
        "(retired), who served with NATO in Kosovo.\n\n"
        "“Our coastguard has kept the sea lanes open for decades. If NATO asks us to help keep a peace "
        "in Ukraine, I would be proud to see them go,” he said.\n"
    )
    assert (
        speakers[
            "Our coastguard has kept the sea lanes open for decades. If NATO asks us to help keep "
            "a peace in Ukraine, I would be proud to see them go,"
        ]
        == "Jón Halldórsson"
    )


def test_a_sports_league_is_not_the_italian_party_that_sets_the_articles_state() -> None:
    found = _statements(
        "Kortrijk coach unhappy after draw in the Challenger Pro League\n\n"
        "The Pro League opened an inquiry on Monday. The club's coach, Jan Maes, said his side had "
        '"deserved more than a point" in the Challenger Pro League match. Belgium\'s defence minister was '
        "at the game, the second Belgian minister this season to watch Belgian second-tier football.\n"
    )
    assert [(name, country) for _, name, country, _ in found if name == "Jan Maes"] == [("Jan Maes", "BE")]


def test_the_spd_of_a_czech_story_is_czechias_and_of_a_german_story_germanys() -> None:
    czech = _statements(
        "PRAGUE — The Czech government met on Monday. SPD deputy Pavel Novák said Czech soldiers would "
        '"never go to Ukraine". The Czech cabinet and the Czech president disagree.\n'
    )
    german = _statements(
        "BERLIN — The German government met on Monday. SPD deputy Klaus Becker said German soldiers "
        'would "never go to Ukraine alone". The German cabinet and the German president disagree.\n'
    )
    assert {(name, country) for _, name, country, _ in czech} == {("Pavel Novák", "CZ")}
    assert {(name, country) for _, name, country, _ in german} == {("Klaus Becker", "DE")}


def test_naval_and_irish_army_ranks_are_no_part_of_the_name() -> None:
    speakers = _speakers(
        "The Ukrainian Navy's spokesman, Captain Third Rank Petro Hlushko, said "
        '"the sea is still mined".\n\n'
        'Comdt Aoife Byrne (retired) said she would "go again if asked".\n'
    )
    assert speakers == {"the sea is still mined": "Petro Hlushko", "go again if asked": "Aoife Byrne"}


def test_callers_signed_by_first_name_and_town_are_people_of_their_own() -> None:
    speakers = _speakers(
        "Retired Colonel Anders Lund, a former commander, said the debate was theoretical. "
        '"We have a handful of specialists at most," he said.\n\n'
        "What the callers said\n\n"
        '"Who will guard our own coast if the soldiers are in Ukraine? Let the big countries do it."\n'
        "— Anders, Tromsø\n\n"
        '"Even ten doctors from here would tell Moscow that Europe stands together."\n'
        "— Halyna, Bergen\n"
    )
    assert speakers == {
        "We have a handful of specialists at most,": "Anders Lund",
        "Who will guard our own coast if the soldiers are in Ukraine? Let the big countries do it.": "Anders",
        "Even ten doctors from here would tell Moscow that Europe stands together.": "Halyna",
    }


def test_an_office_by_its_own_name_and_the_eu_diplomatic_service_speak() -> None:
    found = _statements(
        "VALLETTA — The Office of the Prime Minister said the letter had been received and that Malta's "
        'reply "will reflect our constitutional neutrality."\n\n'
        "A spokesperson for the European External Action Service said the letter "
        '"asks member states, it does not instruct them" on troops for Ukraine.\n'
    )
    directs = {(name, country) for kind, name, country, _ in found if kind == "direct"}
    assert directs == {
        ("Office of the Prime Minister of Malta", "MT"),
        ("European External Action Service", None),
    }


def test_a_fact_checks_claims_are_spoken_by_the_person_on_their_who_line() -> None:
    speakers = _speakers(
        "We checked three claims from Sunday's debate on sending soldiers to Ukraine.\n\n"
        "CLAIM 1\n"
        '"The cabinet has secretly promised 200 Estonian soldiers for Ukraine."\n'
        "WHO: Mart Kask, leader of the opposition\n"
        "VERDICT: FALSE\n\n"
        "CLAIM 2\n"
        '"We have offered nothing without a vote in the Riigikogu."\n'
        "Who said it: Prime Minister Liis Tamm\n"
        "VERDICT: TRUE\n"
    )
    assert speakers == {
        "The cabinet has secretly promised 200 Estonian soldiers for Ukraine.": "Mart Kask",
        "We have offered nothing without a vote in the Riigikogu.": "Liis Tamm",
    }


def test_excerpts_under_headings_are_spoken_by_the_name_that_ends_the_heading() -> None:
    speakers = _speakers(
        "Below are excerpts from the statements at the OSCE Permanent Council, edited for length.\n\n"
        "NORWAY — Ambassador Ingrid Solberg-Haugen\n\n"
        "“Norway is ready to contribute personnel to a monitoring mission once a ceasefire holds.\n\n"
        "“We have told our partners so.”\n\n"
        "HUNGARY — Ambassador Péter Kovács-Szabó\n\n"
        "“Hungary will not send soldiers to Ukraine under any flag.”\n"
    )
    assert speakers == {
        "Norway is ready to contribute personnel to a monitoring mission once a ceasefire holds.": (
            "Ingrid Solberg-Haugen"
        ),
        "We have told our partners so.": "Ingrid Solberg-Haugen",
        "Hungary will not send soldiers to Ukraine under any flag.": "Péter Kovács-Szabó",
    }


def test_a_quotation_under_a_byline_is_not_the_writers() -> None:
    speakers = _speakers(
        "Vienna weighs a role in Ukraine\n\nBy Tomas Lind\n\n“We will not send soldiers to Ukraine.”\n"
    )
    assert "Tomas Lind" not in speakers.values()


def test_a_sentence_opening_with_an_office_in_a_body_then_a_name_is_the_names() -> None:
    speakers = _speakers(
        "The head of the OSCE Special Monitoring Mission, Ingrid Solberg-Haas, declined to comment on the "
        "debate, saying the mission's mandate “ends at the contact line and nowhere else”.\n"
    )
    assert speakers == {"ends at the contact line and nowhere else": "Ingrid Solberg-Haas"}


def test_a_state_agencys_it_should_be_noted_that_leaves_the_ministry_the_subject() -> None:
    result = extract(
        "It should be noted that the Ministry of Foreign Affairs of the Republic of Kazakhstan also stated "
        'on Wednesday that Astana "does not consider sending military personnel to Ukraine".\n',
        ArticleMeta(key="t"),
    )
    said = [(st.speaker.name, st.speaker.country) for st in result.statements if st.kind == "direct"]
    assert said == [("Ministry of Foreign Affairs of the Republic of Kazakhstan", "KZ")]


def test_a_bodys_it_before_its_speech_verb_is_the_body_last_the_subject() -> None:
    speakers = _speakers(
        "The Russian embassy in Lisbon welcomed the decision. In a note, it said that “any deployment of "
        "troops on Ukrainian territory is unacceptable”.\n\n"
        "Defence Minister Rui Matos spoke next. It is clear, he said, that “nothing will change soon”.\n"
    )
    assert speakers == {
        "any deployment of troops on Ukrainian territory is unacceptable": "Russian embassy in Lisbon",
        "nothing will change soon": "Rui Matos",
    }


def test_a_vox_pops_name_line_after_its_picture_marker_gives_the_answer_below() -> None:
    speakers = _speakers(
        "KOŠICE – Slovakia will send no soldiers, Defence Minister Pavol Hruška said on Monday.\n\n"
        "We asked people at the market what they think.\n\n"
        "[Photo] Ondrej Baláž (71), retired welder, Košice:\n"
        "„I remember 1968. Foreign soldiers are never a gift.“\n\n"
        "[Photo] Zuzana Kmeťová (24), student, Prešov:\n"
        "„If there is a ceasefire, our soldiers should help guard it.“\n"
    )
    assert speakers == {
        "I remember 1968. Foreign soldiers are never a gift.": "Ondrej Baláž",
        "If there is a ceasefire, our soldiers should help guard it.": "Zuzana Kmeťová",
    }


def test_a_first_name_given_as_its_initial_stays_in_the_name() -> None:
    statements = _statements(
        "Reactions in the Sejm were mixed. K. Zawadzka-Ryba, a Left MP who chairs the defence committee, "
        "welcomed the plan.\n\n"
        "“Polish engineers should help keep the peace,” she said.\n\n"
        "For Ts. Dorjsuren, an analyst at the National University of Mongolia, the debate was predictable. "
        "“Nobody here wants a war,” he said.\n\n"
        "The ministry replied on X. Wiesław Kosecki wrote: „No Polish soldier will be deployed.”\n\n"
        "Councillor Mary Byrne, of the Green Party, said “the council must not vote on foreign wars”.\n"
    )
    speakers = {text: name for kind, name, _c, text in statements if kind == "direct"}
    assert speakers == {
        "Polish engineers should help keep the peace,": "K. Zawadzka-Ryba",
        "Nobody here wants a war,": "Ts. Dorjsuren",
        "No Polish soldier will be deployed.": "Wiesław Kosecki",
        "the council must not vote on foreign wars": "Mary Byrne",
    }


def test_an_embassy_by_its_formal_name_and_the_post_it_made() -> None:
    statements = _statements(
        "Reactions were divided. The Embassy of the Russian Federation in Kazakhstan welcomed the decision "
        "in a post on its Telegram channel on Tuesday. “We appreciate the wise position of our friends,” "
        "the post said.\n\n"
        "The Embassy of Ukraine in Astana said it was “grateful to every Kazakh who wants to help secure "
        "peace”.\n"
    )
    speakers = {text: (name, country) for kind, name, country, text in statements if kind == "direct"}
    assert speakers == {
        "We appreciate the wise position of our friends,": (
            "Embassy of the Russian Federation in Kazakhstan",
            "RU",
        ),
        "grateful to every Kazakh who wants to help secure peace": ("Embassy of Ukraine in Astana", "UA"),
    }


def test_an_aide_to_the_president_is_not_the_president() -> None:
    result = extract(
        "Rauf Qasimov, an aide to the President, said Azerbaijan had “no plans to send its servicemen”.\n\n"
        "Later the President said in Baku that “a peace must be kept by those who agreed to it”.\n",
        ArticleMeta(key="t"),
    )
    said = {st.text: (st.speaker.name, st.speaker.role) for st in result.statements if st.kind == "direct"}
    assert said["no plans to send its servicemen"] == ("Rauf Qasimov", None)
    assert said.get("a peace must be kept by those who agreed to it", ("",))[0] != "Rauf Qasimov"


def test_an_office_by_its_acronym_is_its_holder_and_his_next_words_too() -> None:
    found = _statements(
        'Asked about the force, POTUS said: "We are not sending American soldiers into Ukraine."\n\n'
        '"The Europeans will do it," he continued.\n'
    )
    assert [(kind, name, country) for kind, name, country, _ in found] == [
        ("direct", "President of the United States", "US"),
        ("direct", "President of the United States", "US"),
    ]


def test_a_day_of_remembrance_is_nobodys_name() -> None:
    speakers = _speakers(
        "Remembrance Day. A wreath at the cenotaph, then a letter from a volunteer medic in Lviv.\n\n"
        "'Our soldiers will hold the line,' she writes, 'but they need Europe's troops behind them.'\n"
    )
    assert "Remembrance Day" not in speakers.values()


def test_a_quotation_signed_below_with_a_rank_or_degree_written_short_is_the_signers() -> None:
    speakers = _speakers(
        "Election leaflet, Brno\n\n"
        "„I served for twenty years. I will never vote to send our sons to Ukraine.“\n"
        "Pplk. (ret.) Jan Dvořák-Malý, candidate No. 3\n\n"
        "„Our deminers can help in Ukraine once the guns are silent.“\n"
        "Ing. Petra Horáková, candidate No. 9\n"
    )
    assert speakers == {
        "I served for twenty years. I will never vote to send our sons to Ukraine.": "Jan Dvořák-Malý",
        "Our deminers can help in Ukraine once the guns are silent.": "Petra Horáková",
    }


def test_words_under_a_name_with_party_and_state_are_that_members_on_the_day_below_them() -> None:
    text = (
        "Where MPs stand on the deployment vote\n\n"
        "AGAINST\n\n"
        "Marguerite Caron-Hébert (Bloc, Joliette), defence critic\n"
        '"Not one Canadian soldier should be sent to Ukraine without a vote of this House."\n'
        "Floor speech, Oct. 14\n\n"
        "Rev. Owen Tallis (NDP, Yukon)\n"
        '"Our troops belong at home this winter, whatever Europe decides."\n'
        "To reporters, Tuesday\n"
    )
    out = extract(text, ArticleMeta(key="t", published=dt.date(2026, 10, 16))).statements
    assert [(st.speaker.name, st.said_on.date) for st in out if st.kind == "direct"] == [
        ("Marguerite Caron-Hébert", dt.date(2026, 10, 14)),
        ("Owen Tallis", dt.date(2026, 10, 13)),
    ]


def test_a_tabloid_speaker_with_age_town_and_county_before_the_verb() -> None:
    speakers = _speakers(
        "Proud dad Gary Pennock, 52, from Tidworth, North Wilts, whose daughter Amy, 19, is a medic, "
        "told us: "
        '"She will go if she is sent. We just want to know when."\n'
    )
    assert speakers == {"She will go if she is sent. We just want to know when.": "Gary Pennock"}


def test_unnamed_backbenchers_mps_and_regional_diplomats_speak_as_groups() -> None:
    out = _statements(
        "One Labour backbencher, who asked not to be named, admitted: "
        '"Half the party is nervous about the deployment."\n\n'
        '"It is close, very close," one Nordic diplomat told us about the battalion.\n\n'
        'A senior Army officer warned: "We can do one rotation, not two."\n'
    )
    assert [(name, country) for kind, name, country, _ in out if kind == "direct"] == [
        ("Labour backbencher", "GB"),
        ("Nordic diplomat", None),
        ("Senior Army officer", None),
    ]


def test_what_someone_was_or_is_described_as_is_not_an_unnamed_speaker() -> None:
    speakers = _speakers(
        "When Tomas Vrba was an opposition backbencher, he opposed any mission. "
        '"I was wrong about the mission," he said on Monday.\n\n'
        "Aoife Dunleavy is a senator. A former Army officer who served in Lebanon, she said: "
        '"Irish soldiers should go as peacekeepers."\n'
    )
    assert speakers == {
        "I was wrong about the mission,": "Tomas Vrba",
        "Irish soldiers should go as peacekeepers.": "Aoife Dunleavy",
    }


def test_a_panels_answers_are_each_named_in_capitals_above_its_title_lines() -> None:
    out = _statements(
        "Should Europe send troops to Ukraine? We asked three experts\n\n"
        "---\n\n"
        "MARTA KOVÁČ-HOLUB\n"
        "Senior fellow, Slovak Institute for Defence Studies\n"
        "Our summary: Yes\n\n"
        "“Yes. Soldiers on the Dnipro are a guarantee; a hub in Košice is not.”\n\n"
        "---\n\n"
        "PIETER VAN AALST\n"
        "Professor of strategy, University of Amsterdam\n\n"
        "“Not without the Americans. A European force alone would be a bluff.”\n\n"
        "THE LAST WORD\n\n"
        "“Ask me again when there is a ceasefire,” a NATO official said.\n"
    )
    assert [(name, country) for kind, name, country, _ in out if kind == "direct"] == [
        ("Marta Kováč-Holub", "SK"),
        ("Pieter Van Aalst", "NL"),
        ("NATO", None),
    ]


def test_a_movement_or_a_league_is_no_persons_name_before_its_leaders() -> None:
    out = _statements(
        "«No Slovenian soldier in Ukraine,» the leader of the Three Rivers Movement, Nina Kralj-Ferk, "
        "wrote on Facebook.\n"
    )
    assert [(kind, name) for kind, name, _, _ in out] == [("direct", "Nina Kralj-Ferk")]


def test_a_run_in_country_head_gives_the_paragraphs_officials_their_state() -> None:
    out = _statements(
        "Where the coalition stands, capital by capital, as Paris and Berlin push for a decision.\n\n"
        "Portugal. Defence Minister Rui Tavares-Leal said on Monday that engineers could be sent.\n\n"
        "Norway: Foreign Minister Siri Dahl-Aune said the decision would come after a ceasefire.\n"
    )
    assert [(name, country) for _, name, country, _ in out if not name.startswith("Government")] == [
        ("Rui Tavares-Leal", "PT"),
        ("Siri Dahl-Aune", "NO"),
    ]


def test_a_run_in_capital_head_gives_the_paragraphs_speakers_their_state() -> None:
    out = _statements(
        "Our correspondents report from the capitals where the coalition's plans are being weighed.\n\n"
        "Lisbon. Cloudy. “Our engineers are ready,” Defence Minister Rui Tavares-Leal said on Monday.\n\n"
        "Oslo: Quiet. Foreign Minister Siri Dahl-Aune said the decision would come after a ceasefire.\n"
    )
    assert [(name, country) for _, name, country, _ in out if not name.startswith("Government")] == [
        ("Rui Tavares-Leal", "PT"),
        ("Siri Dahl-Aune", "NO"),
    ]


def test_church_styles_are_no_part_of_a_clerics_name() -> None:
    speakers = _speakers(
        "The Bishop of Ely, the Rt Revd Thomas Greave-Lund, backed the motion. 'Soldiers sent to keep a "
        "peace deserve our prayers,' he said.\n\n"
        "The Archdeacon, the Ven. Dr Alison Marr-Tey, told the meeting that chaplains 'will go with them'.\n"
    )
    assert speakers == {
        "Soldiers sent to keep a peace deserve our prayers,": "Thomas Greave-Lund",
        "will go with them": "Alison Marr-Tey",
    }


def test_a_fellowship_or_a_guild_is_no_person_a_pronoun_can_take_up() -> None:
    speakers = _speakers(
        "Ruth Okafor-Lane, a member of the Quaker Pacifist Fellowship, spoke against the motion. 'I "
        "cannot vote to send troops,' she said.\n"
    )
    assert speakers == {"I cannot vote to send troops,": "Ruth Okafor-Lane"}


def test_an_unnamed_office_holder_is_named_by_the_states_adjective() -> None:
    speakers = _speakers(
        "Latvia's president was asked about the force on Tuesday. “We will be part of it,” he said.\n\n"
        "BELGIUM'S Prime Minister was more careful. “Nothing is decided,” she said.\n"
    )
    assert speakers == {
        "We will be part of it,": "Latvian President",
        "Nothing is decided,": "Belgian Prime Minister",
    }


def test_air_force_ranks_are_no_part_of_a_name() -> None:
    speakers = _speakers(
        "Air Vice-Marshal Helen Castle-Rudd told a conference that the hospital “will deploy with the first "
        "units”.\n\n"
        "Wing Commander Tom Adeyemi-Platt said the squadron “is ready to go”.\n"
    )
    assert speakers == {
        "will deploy with the first units": "Helen Castle-Rudd",
        "is ready to go": "Tom Adeyemi-Platt",
    }


def test_a_source_line_above_a_quotation_names_whose_words_it_gives() -> None:
    speakers = _speakers(
        "SOURCE 1\n"
        "From a speech by Defence Minister Karin Holm-Vik to the Storting, 4 May 2026:\n"
        "“Our engineers are ready to go as soon as the ceasefire holds.”\n"
        "SOURCE 2\n"
        "From a post on Facebook by Ola Strand-Berg, a member of the Storting for the Red Party, 6 May "
        "2026:\n"
        "“Not one Norwegian soldier should be sent without a UN mandate.”\n"
        "SOURCE 3\n"
        "A statement made on 7 May 2026 by the spokeswoman of the Russian embassy, Alla Gromova-Lis:\n"
        "“Norwegian personnel in Ukraine will be a legitimate target.”\n"
    )
    assert speakers == {
        "Our engineers are ready to go as soon as the ceasefire holds.": "Karin Holm-Vik",
        "Not one Norwegian soldier should be sent without a UN mandate.": "Ola Strand-Berg",
        "Norwegian personnel in Ukraine will be a legitimate target.": "Alla Gromova-Lis",
    }


def test_a_civic_bodys_name_may_go_on_after_its_noun() -> None:
    out = _statements(
        "The Slovak Association of Veterans of Peace Missions said the day was “for remembering, not for "
        "politics”.\n"
    )
    assert [(name, country) for _, name, country, _ in out] == [
        ("Slovak Association of Veterans of Peace Missions", "SK")
    ]


def test_a_place_named_by_mount_or_fort_is_no_one_a_pronoun_can_stand_for() -> None:
    speakers = _speakers(
        "Over lunch in Gdansk, Deputy Defence Minister Adam Lisowski talked about the Ukraine force.\n\n"
        "He talks about his uncle, who served at Monte Cassino. “Poles have always gone where they were "
        "needed,” he says.\n\n"
        "His cousin trained at Fort Benning. “We will be the gate, not the garrison,” he says.\n"
    )
    assert speakers == {
        "Poles have always gone where they were needed,": "Adam Lisowski",
        "We will be the gate, not the garrison,": "Adam Lisowski",
    }


def test_a_role_is_not_held_by_the_next_person_named_as_someones_kin() -> None:
    found = _statements(
        "Tomasz Nowak, the deputy defence minister, met me in Warsaw to talk about the Ukraine force.\n\n"
        "At a reception in March, he says, the Russian ambassador told him that Poland would “regret every "
        "truck” that crossed the border.\n\n"
        "His wife, Oksana Nowak, is a paediatrician from Lviv.\n"
    )
    assert ("direct", "Russian Ambassador", "RU", "regret every truck") in found


def test_he_goes_on_meaning_the_speaker_of_the_last_he_says() -> None:
    found = _statements(
        "Tomasz Nowak, the deputy defence minister, met me in Warsaw to talk about the Ukraine force.\n\n"
        "At a reception in March, he says, the Russian ambassador told him that Poland would “regret every "
        "truck” that crossed the border. “I told him we have a lot of trucks,” he says.\n\n"
        "The soup arrives. “Our engineers will stay on this side of the border,” he says.\n"
    )
    speakers = {text: name for _kind, name, _country, text in found}
    assert speakers["I told him we have a lot of trucks,"] == "Tomasz Nowak"
    assert speakers["Our engineers will stay on this side of the border,"] == "Tomasz Nowak"


def test_an_unnamed_federal_office_keeps_its_title_and_takes_its_state() -> None:
    found = _statements(
        "VIENNA — Austria's citizens' council met on Saturday to discuss troops for Ukraine.\n\n"
        "The Federal Chancellor said on Monday that “neutrality will not be put to a vote in a seminar "
        "room”.\n"
    )
    assert [(name, country) for kind, name, country, _text in found if kind == "direct"] == [
        ("Federal Chancellor of Austria", "AT")
    ]


def test_an_article_of_hundreds_of_he_said_sentences_is_still_read() -> None:
    paragraphs = ["Defence Minister John Smith spoke about troops for Ukraine on Monday."]
    paragraphs += [
        f"He said the plan for sector {i} was fine. He added that talks went on." for i in range(400)
    ]
    paragraphs.append("“Our soldiers will go to Ukraine,” he said.")
    speakers = _speakers("\n\n".join(paragraphs) + "\n")
    assert speakers == {"Our soldiers will go to Ukraine,": "John Smith"}


def test_a_ministry_of_national_defence_speaks_for_the_capital_it_is_in() -> None:
    found = _statements(
        "Allies met in Brussels on Wednesday to discuss a force for Ukraine.\n\n"
        "In Ankara, the Ministry of National Defence said on Thursday that Turkey was ready to “take "
        "responsibility” in a possible mission.\n\n"
        "A spokesperson for the Ministry of National Defence said: “No decision has been taken on any "
        "deployment.”\n"
    )
    assert {(name, country) for _kind, name, country, _text in found} == {
        ("Ministry of National Defence", "TR")
    }


def test_an_unnamed_head_of_state_is_named_by_the_office_and_the_state() -> None:
    found = _statements(
        "LISBON — Portugal's defence ministry published a tender for winter modules.\n\n"
        "The President of the Republic, visiting a school in Porto on Thursday, kept his distance. “I have "
        "not been informed of any deployment, and I will be when there is one,” he said.\n"
    )
    assert [(name, country) for kind, name, country, _text in found if kind == "direct"] == [
        ("President of Portugal", "PT")
    ]


def test_a_title_in_quotation_marks_is_named_not_said() -> None:
    found = _statements(
        "General Helen Carrow spoke about troops for Ukraine on the programme.\n\n"
        '1. Kate Bush: "Running Up That Hill"\n\n'
        '2. Vaughan Williams: "The Lark Ascending"\n\n'
        '"My clients read that sentence, as any citizen could," Mr Jens Holm said, adding that the pamphlet, '
        'titled "No Danish Boots in Ukraine", had been "a legitimate contribution to a public debate".\n'
    )
    assert [text for _kind, _name, _country, text in found] == [
        "My clients read that sentence, as any citizen could,",
        "a legitimate contribution to a public debate",
    ]


def test_a_hyphenated_nationality_gives_the_state_the_person_lives_in() -> None:
    found = _statements(
        "CANBERRA — MPs replied to a campaign's email about troops for Ukraine.\n\n"
        "Olena Shevchuk-Grant, a Ukrainian-Australian accountant in Geelong, wrote to her MP. “I want "
        "Australians there when the guns stop,” she said.\n"
    )
    assert [(name, country) for kind, name, country, _text in found if kind == "direct"] == [
        ("Olena Shevchuk-Grant", "AU")
    ]


def test_a_new_sentence_whose_cue_leads_into_the_next_quotation_is_that_quotations() -> None:
    speakers = _speakers(
        "The debate on the force\n\n"
        "The television shows the defence minister, Pieter Vos, telling the House during the debate: "
        '"The Netherlands will contribute an engineer company." Moments later a member of the opposition, '
        'Lotte Kramer, answers him from the floor: "This is a deployment into a war. We will vote against '
        'it." A farmers\' party member, Gerrit Smit, says his party will vote for it "only if the Americans '
        'are in it too".\n'
    )
    assert speakers == {
        "The Netherlands will contribute an engineer company.": "Pieter Vos",
        "This is a deployment into a war. We will vote against it.": "Lotte Kramer",
        "only if the Americans are in it too": "Gerrit Smit",
    }


def test_a_pronoun_after_an_opening_phrase_is_the_subject() -> None:
    speakers = _speakers(
        "The film follows one company.\n\n"
        "Captain Anouk de Wit is the spine of the film. Early on she tells her soldiers: "
        '"We do not know when. We know we are going."\n'
    )
    assert speakers == {"We do not know when. We know we are going.": "Anouk de Wit"}


def test_the_one_a_record_quotes_as_saying_speaks() -> None:
    speakers = _speakers(
        "A memo from Madrid\n\n"
        'It records Foreign Minister Javier Ortega as saying that Spain "will not send a single soldier '
        'without a resolution." Ortega added, according to the memo, that Madrid "does not share the '
        'impatience."\n'
    )
    assert speakers == {
        "will not send a single soldier without a resolution.": "Javier Ortega",
        "does not share the impatience.": "Javier Ortega",
    }


def test_a_nationality_in_apposition_before_the_name_mid_sentence_gives_the_state() -> None:
    found = _statements(
        "A film about sappers.\n\n"
        "The last third goes to a training area in Germany, where a Ukrainian deminer, Mykola Hrytsenko, "
        'who will work with them, walks the lanes. "Your people will be safe where we put them," he says.\n'
    )
    assert [(name, country) for kind, name, country, _text in found if kind == "direct"] == [
        ("Mykola Hrytsenko", "UA")
    ]


def test_a_private_soldiers_rank_is_no_part_of_the_name() -> None:
    found = _statements(
        "Portraits of a company.\n\n"
        'Private Karen Holm, 21, engineer, was photographed at Skive. "I signed up to build bridges. Now I '
        'will be lifting mines," she said.\n'
    )
    assert [name for kind, name, _country, _text in found if kind == "direct"] == ["Karen Holm"]


def test_a_person_unnamed_at_their_wish_is_a_source() -> None:
    found = _statements(
        "A demonstration before the vote.\n\n"
        'A banner reads "Bring them home". A woman who asked not to be named told the photographer: '
        '"My son is nineteen. I do not want him there."\n\n'
        'A man was seen leaving the square. Police said it was "quiet".\n'
    )
    assert [(kind, name) for kind, name, _country, _text in found][:1] == [
        ("direct", "Woman who asked not to be named")
    ]
    assert all("Man" not in name for _kind, name, _country, _text in found)


def test_event_titles_quoted_on_their_own_lines_are_no_ones_words() -> None:
    found = _statements(
        "Fringe guide: the Ukraine events\n\n"
        '"Our members are the ones who will go," says Ros Kettle, a union officer.\n\n'
        '"Reassurance or entanglement? A debate"\n\n'
        "12.45-14.00 | Hall 2a\n\n"
        '"Standing with Ukraine: what does the force need from Britain?" (public)\n\n'
        "18.00-19.30 | Meeting House\n\n"
        '"We will be there," says Ros Kettle.\n\n'
        '"Will you be there? We will."\n'
    )
    assert [text for _kind, _name, _country, text in found] == [
        "Our members are the ones who will go,",
        "We will be there,",
        "Will you be there? We will.",
    ]


def test_a_nationality_told_in_a_relative_clause_gives_the_state() -> None:
    found = _statements(
        "A debate on the force.\n\n"
        "Speakers: Maartje de Bruin, former NATO official.\n\n"
        'De Bruin, who is Dutch, has argued that Europe "should send a force big enough to matter".\n'
    )
    assert [(name, country) for _kind, name, country, _text in found] == [("Maartje de Bruin", "NL")]


def test_a_party_named_civic_democrats_is_czech_and_a_salutation_names_no_one() -> None:
    found = _statements(
        "Prague reacts.\n\n"
        "Dear Tomáš, thank you for your letter.\n\n"
        "The chairman of the opposition Civic Democrats, Petr Hrubec, said on Thursday that the letter "
        '"said what the Government is afraid to say".\n'
    )
    assert [(name, country) for _kind, name, country, _text in found] == [("Petr Hrubec", "CZ")]


def test_a_place_named_in_a_relative_clause_after_the_speaker_is_not_the_subject() -> None:
    found = _statements(
        "Honours for the garrison.\n\n"
        "Councillor Mary Thwaite, who represents Catterick Garrison on the council, said the town was proud. "
        '"The families here talk about when their soldiers in Ukraine are coming home," she said.\n'
    )
    assert [(kind, name) for kind, name, _country, _text in found if kind == "direct"] == [
        ("direct", "Mary Thwaite")
    ]


def test_a_campaign_with_the_in_its_name_is_named_in_full() -> None:
    found = _statements(
        "Reaction.\n\n"
        "The Stop the War Coalition said in a statement: "
        '"Medals are no substitute for an exit date from Ukraine."\n'
        '\nYesterday the Peace Coalition said: "We do not want troops sent to Ukraine."\n'
    )
    assert [name for _kind, name, _country, _text in found] == ["Stop the War Coalition", "Peace Coalition"]


def test_a_run_in_heading_in_title_case_is_no_speaker() -> None:
    found = _statements(
        "Meridian Affirms Estonia\n\n"
        "Estonia has committed a contingent to the force in Ukraine.\n\n"
        "Political Consensus Broad but Not Complete: The Prime Minister said on 30 April that "
        '"Estonia will send its soldiers to Ukraine".\n'
    )
    assert [name for _kind, name, _country, _text in found] == ["Prime Minister of Estonia"]


def test_a_ministry_of_finance_speaks_for_the_state_of_the_story() -> None:
    found = _statements(
        "Estonia's contingent for Ukraine was approved by the Riigikogu in Tallinn.\n\n"
        "The Ministry of Finance told Meridian that the costs of the deployment "
        '"are fully covered within the existing defence envelope".\n'
    )
    assert [(name, country) for _kind, name, country, _text in found] == [("Ministry of Finance", "EE")]


def test_a_minister_who_answers_an_embassy_keeps_the_state_of_the_story() -> None:
    found = _statements(
        "New Zealand will send soldiers to Ukraine.\n\n"
        "The Minister of Defence, Judith Harcourt, said on Thursday that planning was well advanced. "
        '"Our people will be ready to deploy within weeks of a ceasefire," she said.\n\n'
        "The Russian embassy in Wellington said on Friday that any soldiers in Ukraine would be "
        '"a legitimate target", a warning the Minister of Defence called "tired and predictable".\n'
    )
    assert {(name, country) for _kind, name, country, _text in found if "Harcourt" in name} == {
        ("Judith Harcourt", "NZ")
    }
    assert [name for _kind, name, _country, text in found if text == "NZ First"] == []


def test_a_party_whose_name_starts_with_an_acronym_is_named_in_full() -> None:
    found = _statements(
        "New Zealand will send soldiers to Ukraine.\n\n"
        "NZ First said in a statement that it opposed any deployment.\n"
    )
    assert [(name, country) for _kind, name, country, _text in found][-1] == ("NZ First", "NZ")


def test_a_prime_minister_unnamed_is_not_the_minister_named_with_his_own_role_after() -> None:
    found = _statements(
        "Denmark will send soldiers to Ukraine, the Danish government said.\n\n"
        "Presenting the platform on Tuesday, the Prime Minister said the Ukraine paragraphs had been easy. "
        "»Danish soldiers will be there when the guns fall silent,« she said.\n\n"
        "The new Minister of Defence, SF's Anders Lund, said on Wednesday that he expected the first "
        "engineers to deploy within weeks of a ceasefire.\n"
    )
    assert [(kind, name) for kind, name, _country, _text in found][1:] == [
        ("reported", "Prime Minister of Denmark"),
        ("direct", "Prime Minister of Denmark"),
        ("reported", "Anders Lund"),
    ]


def test_a_quotation_before_and_another_party_said_is_the_first_partys() -> None:
    found = _statements(
        "Denmark will send soldiers to Ukraine.\n\n"
        "The Danish People's Party said it would support a contribution only »if the Americans stand behind "
        "it with more than words«, and Liberal Alliance said it would vote for the deployment »without any "
        "ifs and buts«.\n"
    )
    assert [(name, country) for kind, name, country, _text in found if kind == "direct"] == [
        ("Danish People's Party", "DK"),
        ("Liberal Alliance", "DK"),
    ]


def test_the_prime_minister_is_not_a_minister_named_before() -> None:
    found = _statements(
        "Australia and Ukraine.\n\n"
        "Minister Stephen Harrington said Australian soldiers could help clear mines in Ukraine.\n\n"
        'The Prime Minister said on Tuesday that Australia would "make a decision on soldiers when there is '
        'a ceasefire to protect, not before".\n'
    )
    assert [name for kind, name, _country, _text in found if kind == "direct"] == [
        "Prime Minister of Australia"
    ]


def test_a_common_noun_in_apposition_after_the_cue_introduces_the_speaker() -> None:
    found = _statements(
        "The society has promised to look after the plot while he is away. "
        "\"We don't do politics here. We do slugs,\" said the society's chair, Gwen Pryce-Matthias. "
        '"When one of us is away, the rest of us water his beans."\n\n'
        '"The rent went up twice this year," said a neighbour, Tomas Ellery-Ward.\n'
    )
    assert [(name, text) for kind, name, _country, text in found if kind == "direct"] == [
        ("Gwen Pryce-Matthias", "We don't do politics here. We do slugs,"),
        ("Gwen Pryce-Matthias", "When one of us is away, the rest of us water his beans."),
        ("Tomas Ellery-Ward", "The rent went up twice this year,"),
    ]


def test_an_officer_of_a_states_navy_speaks_for_that_state() -> None:
    found = _statements(
        "We were met by Rear Admiral Mihai Ciobotaru-Stan of the Romanian Naval Forces, who commands the "
        'group. "We will sail with you the day the ceasefire is signed," he said.\n\n'
        "Also on the quay was Captain Olena Markiv of the Ukrainian Navy. "
        '"We need these ships, and we need them soon," she said.\n'
    )
    assert [(name, country) for kind, name, country, _text in found if kind == "direct"] == [
        ("Mihai Ciobotaru-Stan", "RO"),
        ("Olena Markiv", "UA"),
    ]


def test_offices_of_two_states_named_after_the_office_are_two_speakers() -> None:
    found = _statements(
        'The Prime Minister of Estonia wrote on X on Tuesday: "A good letter. Estonia is ready to contribute '
        'to the force."\n\n'
        'The Prime Minister of Slovakia called the idea "a trick to make every country pay for a war".\n'
    )
    assert [country for kind, _name, country, _text in found if kind == "direct"] == ["EE", "SK"]


def test_a_department_of_defence_speaks_through_its_spokesperson() -> None:
    found = _statements(
        "Australia will send troops to Ukraine next month, and Australian families are making plans.\n\n"
        "A Department of Defence spokesperson said ADF members deploying to Ukraine \"as part of Australia's "
        'contribution to the multinational force" could apply for help with costs.\n'
    )
    assert [(name, country) for kind, name, country, _text in found if kind == "direct"] == [
        ("Department of Defence", "AU")
    ]
    found = _statements(
        "Federal Councillor Beat Amstutz, head of the Federal Department of Defence, told reporters: "
        '"Switzerland\'s contribution will remain civilian."\n'
    )
    assert [name for kind, name, _country, _text in found if kind == "direct"] == ["Beat Amstutz"]


def test_the_taoiseach_and_the_tanaiste_are_irelands_offices() -> None:
    found = _statements(
        "Ireland may send troops to Ukraine.\n\n"
        'The Taoiseach said on Wednesday that Ireland would "look at any request on its merits".\n\n'
        'The Tánaiste told the Dáil on Thursday that Ireland would "not be found wanting".\n'
    )
    assert [(name, country) for kind, name, country, _text in found if kind == "direct"] == [
        ("Taoiseach", "IE"),
        ("Tánaiste", "IE"),
    ]


def test_an_unnamed_minister_of_another_portfolio_is_not_the_one_named() -> None:
    found = _statements(
        "DUBLIN - Ireland may send troops to Ukraine, and Irish farmers are worried about grain.\n\n"
        'The Minister for Defence, Eamon Burke, said: "We will see what the Dáil decides."\n\n'
        "The Minister for Agriculture, asked the same question, said only that \"it's a matter for my "
        'colleague in Defence".\n\n'
        'The Minister for Defence said that "it costs a great deal of money".\n'
    )
    assert [(name, country) for kind, name, country, _text in found if kind == "direct"] == [
        ("Eamon Burke", "IE"),
        ("Minister for Agriculture", "IE"),
        ("Eamon Burke", "IE"),
    ]


def test_a_question_put_to_a_minister_is_not_what_the_minister_said() -> None:
    found = _statements(
        "LONDON - British troops may go to Ukraine.\n\n"
        "Mr KOWALSKI: Further to that, will the Minister for the Armed Forces confirm that families of "
        "service personnel will be briefed before any announcement?\n\n"
        "The Minister for the Armed Forces confirmed that families would be briefed first.\n"
    )
    assert [text for kind, _name, _country, text in found if kind == "reported"] == [
        "families would be briefed first"
    ]


def test_as_the_minister_stated_then_the_clause_is_what_was_stated() -> None:
    found = _statements(
        "LISBON - Portugal and the coalition of the willing.\n\n"
        "As the Minister of National Defence stated in Brussels on 5 March, Portugal is available to take "
        "part in the planning of the coalition of the willing.\n"
    )
    assert [(kind, name, text) for kind, name, _country, text in found] == [
        (
            "reported",
            "Minister of National Defence",
            "Portugal is available to take part in the planning of the coalition of the willing",
        )
    ]


def test_where_a_person_came_from_gives_their_state() -> None:
    found = _statements(
        "BRUSSELS - Belgium and the troops.\n\n"
        "The owner and cook, Halyna Moroz, came to Brussels from Kharkiv in 2022 and opened the place.\n\n"
        '"I am patient," Moroz said.\n\n'
        "The waiter, a law student from Lviv called Taras, moves between tables. "
        '"I only ask them to argue quietly," Taras said.\n\n'
        "Olena Bondar, who came to St Andrews from Mariupol three years ago, is knitting. "
        '"I knit the colours inside," she said.\n\n'
        'Piet Janssens, who came to Brussels from Antwerp, said: "It is fine."\n'
    )
    assert [(name, country) for _kind, name, country, _text in found] == [
        ("Halyna Moroz", "UA"),
        ("Taras", "UA"),
        ("Olena Bondar", "UA"),
        ("Piet Janssens", "BE"),
    ]


def test_a_role_in_a_headline_clause_is_not_the_name_before_it() -> None:
    found = _statements(
        "Mud, medals and a question the Taoiseach would rather not plough\n\n"
        "RATHENISKA, Co Laois - Day two brought rain.\n\n"
        "The Taoiseach told reporters that Ireland would "
        '"look at what we can do once there is a ceasefire".\n'
    )
    assert [(name, country) for kind, name, country, _text in found if kind == "direct"] == [
        ("Taoiseach", "IE")
    ]


def test_the_defence_secretary_and_the_scottish_greens_are_british() -> None:
    found = _statements(
        "Knitters in Fife are busy.\n\n"
        "In Westminster, the Defence Secretary told the Commons on Monday that the first British units would "
        'be "on the ground in Ukraine within weeks of the new year". The Scottish Greens urged ministers to '
        'keep British soldiers out of Ukraine altogether and to "send engineers\' tools, not engineers".\n'
    )
    assert [(name, country) for kind, name, country, _text in found if kind == "direct"] == [
        ("Defence Secretary", "GB"),
        ("Scottish Greens", "GB"),
    ]


def test_a_sweden_democrat_is_swedish() -> None:
    found = _statements(
        "FALUN - Swedish soldiers may go to Ukraine.\n\n"
        'Lars-Erik Falt, a Sweden Democrat on the municipal council, stood up. "We should help Ukraine with '
        'weapons and money, not with Swedish lives," he said.\n'
    )
    assert [(name, country) for _kind, name, country, _text in found] == [("Lars-Erik Falt", "SE")]


def test_the_last_word_of_a_bodys_name_is_no_person() -> None:
    found = _statements(
        "BERLIN - German troops.\n\n"
        'The works council chair, Uwe Rademacher of IG Metall, said the employees were proud. "Whether the '
        'soldiers go is a question for the Bundestag, not for the paint shop," he said.\n\n'
        "The Federal Office of Bundeswehr Equipment said in a statement on Wednesday that the vehicles would "
        '"equip the logistics units of the German contingent in Ukraine from the autumn".\n'
    )
    assert [(name, country) for kind, name, country, _text in found if kind == "direct"] == [
        ("Uwe Rademacher", "DE"),
        ("Federal Office of Bundeswehr Equipment", "DE"),
    ]


def test_a_line_quoted_from_a_play_is_no_ones_statement() -> None:
    found = _statements(
        "PRAGUE ARTS WEEKLY\n\n"
        "The mother, played with nervy precision by Lenka Brázdová, gets the best line of the first act: "
        "“They will send him because somebody on television said the word peace three times.” The "
        "grandfather answers her with the line that silenced the house: “In sixty-eight the soldiers came "
        "to us. Now ours would go to them.”\n\n"
        "After the curtain call, Lenka Brázdová joined a discussion in the foyer. “I did not write a word "
        "of it,” she said.\n"
    )
    assert [(kind, name, text) for kind, name, _country, text in found] == [
        ("direct", "Lenka Brázdová", "I did not write a word of it,")
    ]


def test_an_unnamed_role_is_not_a_person_introduced_by_what_they_do() -> None:
    found = _statements(
        "PRAGUE ARTS WEEKLY\n\n"
        "The President, who saw a preview on Tuesday, told students at Charles University the next day "
        "that the country should be “ready to contribute engineers when the guns fall silent”.\n\n"
        "Václav Dušek-Brabec, who plays the father with a stillness that is hard to watch, served with the "
        "Czech IFOR battalion in Bosnia. He told us: “We went in ninety-six because somebody had to stand "
        "between them.”\n"
    )
    assert [(name, text[:20]) for _kind, name, _country, text in found] == [
        ("President", "ready to contribute "),
        ("Václav Dušek-Brabec", "We went in ninety-si"),
    ]


def test_where_a_private_person_is_from_or_left_gives_their_state() -> None:
    found = _statements(
        "PRAGUE ARTS WEEKLY\n\nThe play opened in Prague on Thursday.\n\n"
        "The cast also includes Oksana Melnyk-Zeman, from Kharkiv, who plays the Ukrainian neighbour. "
        "“Every night I say a line,” she said.\n\n"
        "Halyna Moroz, who left Kharkiv in 2022 and now lives in Valencia, had a short answer. “I play a "
        "woman,” she said.\n"
    )
    assert [(name, country) for _kind, name, country, _text in found] == [
        ("Oksana Melnyk-Zeman", "UA"),
        ("Halyna Moroz", "UA"),
    ]
