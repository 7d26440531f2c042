"""When the words were said: which date expression belongs to a quotation, and which does not."""

from __future__ import annotations

import datetime as dt

import pytest

from app.extract import extract
from app.extract.dates import numeric_date, said_on
from app.extract.types import ArticleMeta

TUESDAY = dt.date(2025, 3, 11)


def _days(text: str) -> dict[str, str | None]:
    result = extract(text, ArticleMeta(key="t", published=TUESDAY))
    return {
        st.text: st.said_on.date.isoformat() if st.said_on.precision == "day" and st.said_on.date else None
        for st in result.statements
        if st.kind == "direct"
    }


def _direct_days(text: str, published: dt.date) -> list[dt.date | None]:
    """The day each direct quotation was said, in the text's order, for an article published that day."""
    result = extract(text, ArticleMeta(key="t", published=published))
    return [st.said_on.date for st in result.statements if st.kind == "direct"]


def test_a_day_of_an_event_ahead_is_not_when_it_was_said() -> None:
    assert said_on("and that the two ministers would meet on Wednesday", TUESDAY).date is None
    assert said_on("before the vote, which is scheduled for 14 March", TUESDAY).date is None
    assert said_on("told reporters on Monday", TUESDAY).date == dt.date(2025, 3, 10)


def test_last_takes_the_nearest_expression() -> None:
    text = "At the summit on 3 March he spoke first; on Monday he spoke again"
    assert said_on(text, TUESDAY).date == dt.date(2025, 3, 3)
    assert said_on(text, TUESDAY, last=True).date == dt.date(2025, 3, 10)


def test_scene_day_of_the_same_speaker_is_kept() -> None:
    days = _days(
        "Defence Minister Karin Holm visited the garrison in Tapa on Monday.\n\n"
        '"Our engineers are ready to clear mines once the guns fall silent," Holm said.\n'
    )
    assert days == {"Our engineers are ready to clear mines once the guns fall silent,": "2025-03-10"}


def test_another_speakers_day_is_not_inherited() -> None:
    days = _days(
        "Officials in Riga said on Monday that their government was not considering a deployment.\n\n"
        "Russia's embassy in Vilnius warned that foreign soldiers would be "
        '"legitimate targets for our army".\n'
    )
    assert days == {"legitimate targets for our army": None}


def test_a_vaguer_span_nearer_the_words_wins() -> None:
    days = _days(
        "At a summit in Paris on 27 February 2025, Defence Minister Pieter Smit said the Netherlands would "
        "consider a contribution. Asked this week whether Dutch soldiers would go, he did not hesitate.\n\n"
        '"If there is a ceasefire, yes, the Netherlands is prepared to take part," Smit said.\n'
    )
    assert days == {"If there is a ceasefire, yes, the Netherlands is prepared to take part,": None}


def test_the_date_line_of_anothers_post_is_not_inherited() -> None:
    days = _days(
        "Sending soldiers now would be a mistake, and we will not do it.\n\n"
        "— Anna Berg (@annaberg) March 10, 2025\n\n"
        "Opposition deputy Karl Maier said in a statement that soldiers had "
        '"no business in a war zone at all".\n'
    )
    assert days["no business in a war zone at all"] is None


def test_last_night_is_the_day_before_publication() -> None:
    assert said_on("The Prime Minister last night vowed to act", TUESDAY).date == dt.date(2025, 3, 10)


def test_the_day_of_an_inverted_cue_belongs_to_the_name_after_it() -> None:
    days = _days(
        '"A ground mission is for me not imaginable," said Chancellor Markus Weide on Wednesday.\n\n'
        'The Greens objected. Their defence spokeswoman Lena Hofer declared: "Who excludes everything '
        'today has no influence tomorrow."\n'
    )
    assert days["Who excludes everything today has no influence tomorrow."] is None


def test_a_quote_takes_the_day_of_its_own_governments_announcement() -> None:
    days = _days(
        "OSLO - Norway is ready to send engineers to Ukraine, the government said on Monday.\n\n"
        '"We will take our share of the responsibility," Defence Minister Henrik Dahl said at a briefing.\n'
    )
    assert days == {"We will take our share of the responsibility,": "2025-03-10"}


def test_a_datelines_day_is_not_the_day_in_the_sentence() -> None:
    text = "KYIV, June 3 (Dnipro News) - Ukraine's foreign minister on Monday urged allies to act"
    assert said_on(text, dt.date(2025, 6, 3)).date == dt.date(2025, 6, 2)


def test_a_state_agency_dateline_with_its_outlet_between_slashes_is_no_day_said() -> None:
    text = "MOSCOW, March 12. /TASS/. A deployment would mean direct involvement, the spokesman said."
    assert said_on(text, dt.date(2025, 3, 12)).date is None
    text = "KYIV, June 3. /Ukrinform/. The minister on Monday urged allies to act"
    assert said_on(text, dt.date(2025, 6, 3)).date == dt.date(2025, 6, 2)


def test_speaking_alongside_him_shares_his_day() -> None:
    days = _days(
        "Asked on Monday whether France would send soldiers, President Julien Marc replied: "
        '"Yes, we will."\n\n'
        'Prime Minister Adam Tusz, speaking alongside him, said: "Polish soldiers will not go."\n'
    )
    assert days == {"Yes, we will.": "2025-03-10", "Polish soldiers will not go.": "2025-03-10"}


def test_a_reported_clause_before_its_cue_keeps_its_own_day() -> None:
    result = extract(
        "PRAGUE (Vltava News) - The Czech government on Monday approved a plan to send instructors to "
        "western Ukraine, Defence Minister Jana Nova announced.\n",
        ArticleMeta(key="t", published=TUESDAY),
    )
    days = [st.said_on.date for st in result.statements if st.kind == "reported"]
    assert days == [dt.date(2025, 3, 10)]


SITTING = (
    "Deputies clash over troops for Ukraine\n\n"
    "PARIS - The plan to send French soldiers to Ukraine met fierce resistance during a four-hour debate in "
    "the National Assembly on Monday.\n\n"
    'For the National Rally, deputy Thierry Gauvain said: "Not a single French soldier should set foot in '
    'Ukraine."\n\n'
    '"Peace will not be built with French battalions," said Manon Robert of France Unbowed.\n\n'
    'Outside the chamber, government spokesman Paul Marchal said: "The plan will go to the committees."\n'
)


def test_what_is_said_in_a_parliamentary_debate_is_said_on_its_day_until_the_scene_moves() -> None:
    days = _days(SITTING)
    assert days["Not a single French soldier should set foot in Ukraine."] == "2025-03-10"
    assert days["Peace will not be built with French battalions,"] == "2025-03-10"
    assert days["The plan will go to the committees."] is None


def test_a_debate_about_a_question_is_no_sitting() -> None:
    text = SITTING.replace(
        "during a four-hour debate in the National Assembly on Monday", "on Monday, in the debate about it"
    )
    assert _days(text)["Peace will not be built with French battalions,"] is None


def test_a_day_set_between_two_quotations_of_one_speaker_starts_a_new_occasion() -> None:
    text = (
        "Ottawa shifts on troops for Ukraine\n\n"
        'OTTAWA - "We have no plans to put Canadian troops in Ukraine," Defence Minister Nathalie Gagnon '
        "told reporters on February 14. On Monday, her message was different.\n\n"
        '"If those two conditions are met, Canada will not stand on the sidelines," the minister told the '
        "defence committee.\n"
    )
    days = _days(text)
    assert days["We have no plans to put Canadian troops in Ukraine,"] == "2025-02-14"
    assert days["If those two conditions are met, Canada will not stand on the sidelines,"] == "2025-03-10"


def test_a_committee_hearing_named_before_its_noun_is_a_sitting_too() -> None:
    text = (
        "Senators fight over an air backstop\n\n"
        "By Staff\n\n"
        "WASHINGTON - At a Senate Armed Services Committee hearing on Monday, senators argued over the force.\n\n"  # noqa: E501
        '"Not one American soldier should go to Ukraine," Sen. Tom Brandt said.\n'
    )
    assert _days(text)["Not one American soldier should go to Ukraine,"] == "2025-03-10"


def test_a_chamber_that_passed_a_bill_on_a_day_sat_that_day() -> None:
    text = (
        "Dáil passes triple lock bill\n\n"
        "The Dáil on Monday night passed the second stage of the Defence Bill by 88 votes to 56.\n\n"
        '"Irish soldiers have kept the peace in Lebanon for fifty years," Tánaiste Cathal Brennan said.\n'
    )
    assert _days(text)["Irish soldiers have kept the peace in Lebanon for fifty years,"] == "2025-03-10"


def test_the_rest_of_an_interviews_sentence_starts_no_new_occasion() -> None:
    days = _days(
        "Minister not there yet\n\n"
        '"We are not there yet," Defence Minister Paul Dufresne told host Anne Roy in an interview recorded '
        "Friday and airing Saturday.\n\n"
        'On France\'s plans, he said that was "a sovereign decision for Paris".\n'
    )
    assert days == {"We are not there yet,": "2025-03-07", "a sovereign decision for Paris": "2025-03-07"}


def test_an_event_the_opening_puts_on_a_day_dates_the_words_said_at_it() -> None:
    days = _days(
        "Think tank urges a bigger force\n\n"
        "THE HAGUE - A European force would need 40,000 troops, according to a report launched on Monday on "
        "the sidelines of the summit.\n\n"
        '"Deterrence on the cheap is not deterrence," said Ingrid Solberg, the report\'s lead author.\n\n'
        'Russia\'s mission to the European Union called the report "a manual for escalation" in a statement '
        "on Tuesday.\n"
    )
    assert days == {
        "Deterrence on the cheap is not deterrence,": "2025-03-10",
        "a manual for escalation": "2025-03-11",
    }


def test_the_hours_of_the_storys_day_are_that_day() -> None:
    days = _days(
        "Palace and government clash\n\n"
        "WARSAW - The government and the presidential palace openly contradicted each other on Monday over "
        "whether Polish soldiers might one day work inside Ukraine.\n\n"
        "The row began over an interview the defence minister gave to a radio station.\n\n"
        "In the afternoon, Prime Minister Jan Zarecki told reporters: "
        '"Nobody is sending sappers anywhere."\n\n'
        '"Engineers are not combat troops," Defence Minister Adam Gorski said.\n'
    )
    assert days == {
        "Nobody is sending sappers anywhere.": "2025-03-10",
        "Engineers are not combat troops,": None,
    }


def test_a_developing_storys_updates_are_the_day_it_was_published() -> None:
    days = _days(
        "BREAKING | Updated 14:32 CET\n\n"
        "Norway ready to put troops in Ukraine\n\n"
        "OSLO — Norway is prepared to send a unit to Ukraine, the prime minister said.\n\n"
        "Update, 11:48 CET\n\n"
        'The leader of the Red Party, Marte Solli, said her party would vote against. "This is a decision to '
        'put Norwegian soldiers within range of Russian artillery," she said.\n\n'
        "Update, 12:20 CET\n\n"
        'Kremlin spokesman Yevgeny Saburov said: "Oslo has chosen to become a participant."\n'
    )
    assert set(days.values()) == {"2025-03-11"}


def test_an_interview_told_from_its_recording_is_said_on_the_recording_day() -> None:
    days = _days(
        "The minister on the podcast\n\n"
        "Belgium's defence minister, Jeroen Claeys, was candid in this week's episode of Frontlines. The "
        "episode was recorded on Monday in his office and released on Wednesday morning.\n\n"
        '"Let me answer in two parts. The first part is yes," Claeys said.\n'
    )
    assert days == {"Let me answer in two parts. The first part is yes,": "2025-03-10"}


def test_a_chamber_the_opening_puts_on_a_day_is_a_sitting() -> None:
    days = _days(
        "MPs split over troops\n\n"
        "The government's plan exposed deep divisions in the House of Commons on Monday, with MPs from five "
        "parties clashing over the risks.\n\n"
        "Opening the debate, the Defence Secretary said Britain was ready.\n\n"
        '"Not one British soldier should set foot in Ukraine," said the Labour MP Darren Kettle.\n'
    )
    assert days == {"Not one British soldier should set foot in Ukraine,": "2025-03-10"}


def test_a_programme_reviewed_is_said_on_its_broadcast_day() -> None:
    days = _days(
        "Talk show clash over soldiers\n\n"
        'TV review: On Monday night\'s "Klartext", five guests argued for seventy minutes about the '
        "Bundeswehr in Ukraine.\n\n"
        "The host opened with the question everyone at home was asking.\n\n"
        'Friedrich Obermaier took the question head-on. "My son is a reservist. If he is called, he will '
        'go," he said.\n'
    )
    assert days == {"My son is a reservist. If he is called, he will go,": "2025-03-10"}


def test_a_chamber_of_representatives_that_rejected_a_motion_sat_that_day() -> None:
    days = _days(
        "Chamber rejects motion\n\n"
        "BRUSSELS — The Chamber of Representatives on Monday rejected a motion that would have barred the "
        "government from sending soldiers to Ukraine, after a tense four-hour debate.\n\n"
        "The motion was defeated by 89 votes to 41.\n\n"
        '"No Belgian soldier should go to Ukraine," said Nadia Verstraete of the Workers\' Party.\n'
    )
    assert days == {"No Belgian soldier should go to Ukraine,": "2025-03-10"}


def test_a_lead_cue_dated_by_its_day_dates_its_spokesmans_words_despite_a_vaguer_span_after() -> None:
    # "announced last week" is when the deployment was announced, not when the ministry spoke
    days = _days(
        "Ministry warns over trainers\n\n"
        "ATHENS — The Russian foreign ministry warned on Monday that the deployment of training teams, "
        "announced last week, would harm talks.\n\n"
        '"Such steps only prolong the war," ministry spokeswoman Irina Volkova told reporters.\n'
    )
    assert days == {"Such steps only prolong the war,": "2025-03-10"}


def test_a_programme_that_recalls_last_week_keeps_its_own_day() -> None:
    # the host recalls what was said last week; the guests speak on the show's night
    days = _days(
        "Talk show clash over soldiers\n\n"
        "Sunday night's edition of the weekly debate show was dominated by the question of troops for "
        "Ukraine.\n\n"
        "The host opened by reminding viewers that the prime minister told reporters last week that the "
        "country would do its part.\n\n"
        'The defence secretary did little to clear that up. "Nobody can say we hide," she said.\n'
    )
    assert days == {"Nobody can say we hide,": "2025-03-09"}


def test_a_hearing_a_subheading_names_takes_the_day_the_lead_gives_its_words() -> None:
    days = _days(
        "Army chief tells MPs France can deploy within a month\n\n"
        "Hearing of General Thierry Morvan before the National Assembly's defence committee turns into a "
        "four-hour debate\n\n"
        "By Camille Roussel\n\n"
        "France's chief of the defence staff told lawmakers on Monday that the army could deploy 2,000 "
        "soldiers within a month of a ceasefire.\n\n"
        '"The army will be ready," Morvan said, to applause from the majority benches.\n'
    )
    assert days == {"The army will be ready,": "2025-03-10"}


def test_a_report_launched_with_its_title_on_a_day_dates_its_panel() -> None:
    days = _days(
        "Event report\n\n"
        'The Centre for Transatlantic Security launched its report "Guarding the Peace" on Monday with a '
        "panel of four speakers.\n\n"
        '"A small force invites a probe," said Lena Hartwig of the Centre.\n'
    )
    assert days == {"A small force invites a probe,": "2025-03-10"}


def test_what_a_talk_show_the_opening_dates_hears_is_said_that_day() -> None:
    days = _direct_days(
        "TV clash over German soldiers for Ukraine\n\n"
        'BERLIN (dpa) - On the ARD talk show "hart aber fair" on Monday evening, the question of German '
        "soldiers for Ukraine produced a heated hour.\n\n"
        "Host Frank Ober opened with a snap poll: 54 percent of Germans were against a German part in a "
        "force.\n\n"
        "CDU politician Julia Brandt did not let the numbers put her off. "
        '"Who believes a ceasefire will hold if nobody guards it?" she asked.\n\n'
        '"Kosovo was not next door to a nuclear power," Dietmar Kall shot back.\n',
        dt.date(2026, 2, 10),
    )
    assert set(days) == {dt.date(2026, 2, 9)}


def test_a_chamber_that_held_a_debate_after_a_byline_and_a_note_dates_the_debate() -> None:
    days = _direct_days(
        "In the National Assembly, the government struggles to rally support\n\n"
        "By Camille Rostand\n\n"
        "This article is a translation of an original article in French.\n\n"
        "The benches were full. On Wednesday, March 26, the National Assembly held a debate on the "
        "government's plans for a European force in Ukraine, which allows no vote.\n\n"
        "Opening the session, the minister defended the principle of a French presence once the fighting "
        "stops.\n\n"
        '"You are not building peace, you are building a front line," said MP Mathis Ferrand.\n',
        dt.date(2025, 3, 27),
    )
    assert set(days) == {dt.date(2025, 3, 26)}


def test_a_hearing_told_by_its_questions_and_a_plenary_debate_date_their_words() -> None:
    hearing = extract(
        "Lawmakers question general on Baltic deployment\n\n"
        "WASHINGTON — Members of the House Armed Services Committee questioned the U.S. Army's top "
        "commander in Europe on Wednesday about the forces America could lend a European mission.\n\n"
        "Assistant Secretary of Defense for Strategy Erin Talbot told the committee the plans were ready.\n\n"
        '"We are not going to put American infantry in Ukraine," Talbot said.\n',
        ArticleMeta(key="h", published=dt.date(2025, 3, 14)),
    )
    assert {st.said_on.date for st in hearing.statements if st.kind == "direct"} == {dt.date(2025, 3, 12)}
    assert {st.speaker.name for st in hearing.statements} == {"Erin Talbot"}
    debate_days = _direct_days(
        "Deputies clash over peace force\n\n"
        "The Portuguese parliament's plenary debate on a European mission for Ukraine on Monday evening "
        "showed how far apart the parties remain on the question of sending soldiers.\n\n"
        '"Portugal must be there when the guns fall silent," said Social Democrat MP Rui Pestana.\n',
        dt.date(2025, 3, 14),
    )
    assert set(debate_days) == {dt.date(2025, 3, 10)}


def test_the_arrivals_at_a_summit_date_the_doorstep_words() -> None:
    days = _direct_days(
        "Leaders tiptoe around troops\n\n"
        "VILNIUS — NATO leaders arrived at the conference centre on Wednesday morning for a summit dominated "
        "by spending, but the question of troops for Ukraine was never far away.\n\n"
        'Estonian Prime Minister Kaja Ilves was the most forthcoming. "Estonia is ready to put soldiers on '
        'the ground after a ceasefire," she said as she walked in.\n',
        dt.date(2025, 7, 10),
    )
    assert days == [dt.date(2025, 7, 9)]


def test_a_minister_who_told_the_chamber_on_a_day_dates_the_debates_words() -> None:
    days = _direct_days(
        "Storting clashes over Norwegian role\n\n"
        "OSLO — Norway’s defence minister told the Storting on Wednesday that the government was prepared "
        "to put Norwegian personnel in Ukraine once a ceasefire holds.\n\n"
        "Defence Minister Eirik Lund, answering questions during the weekly question hour, said Norway "
        "would take part in planning.\n\n"
        "“Norway is ready to contribute,” Lund said.\n\n"
        "“It is a gamble with the lives of young people,” said Socialist Left leader Ingrid Dahl.\n",
        dt.date(2025, 3, 13),
    )
    assert set(days) == {dt.date(2025, 3, 12)}


@pytest.mark.parametrize(
    "opening",
    [
        "The two candidates sparred over tariffs and American troops in Ukraine on Tuesday night, in the "
        "only televised debate before early voting begins.",
        "Six candidates, one question. Tuesday evening’s debate on MTV3 showed that the consensus does not "
        "stretch that far.",
        "The Verkhovna Rada on Tuesday held a heated three-hour debate on a resolution welcoming allied "
        "contingents after a ceasefire.",
        "No soldiers will be sent, the defence minister said, speaking on Tuesday to the Standing Committee "
        "on National Defence of the Parliament.",
        "The question proved impossible to avoid in Almedalen, where party leaders took turns on the stage "
        "in the ruins of St. Hans on Tuesday.",
        "Troops dominated the speeches at the party's annual convention in Tampere on Tuesday.",
    ],
)
def test_a_debate_or_hearing_the_opening_puts_on_a_day_dates_its_words(opening: str) -> None:
    days = _direct_days(
        "Candidates split over troops\n\n"
        + opening
        + "\n\n“We are ready to send soldiers after a ceasefire,” said Anna Virtanen, a candidate.\n\n"
        "“Not one soldier,” said Mikko Laine, her rival.\n",
        dt.date(2026, 4, 16),
    )
    assert set(days) == {dt.date(2026, 4, 14)}


@pytest.mark.parametrize(
    "opening",
    [
        # a committee's long name between the verb and the day
        "The defence minister told Parliament’s Standing Committee on National Defence and Foreign Affairs "
        "on Tuesday that no ground troops would be sent.",
        # a briefing dated by its possessive
        "The government will send no soldiers, its spokesman said at Tuesday’s weekly press conference in "
        "the capital.",
        # a recording's place between the verb and the day
        "Recorded in London and Tallinn on Tuesday, this week’s episode asks what has changed since the "
        "summer.",
        # a plenary with no chamber named
        "A plenary debate on security guarantees for Ukraine turned rowdy on Tuesday evening, and the "
        "candidates took sides.",
        # a meeting told by its audience, and one told by its gathering
        "The minister told a packed town-hall meeting in the north of the country on Tuesday that the "
        "candidates would be heard.",
        "About sixty members gathered on Tuesday in the function room of the station hotel to hear the "
        "candidates.",
        # a launch named in a caption
        "[Photo caption: Panellists at the Halvard Institute launch in Westminster on Tuesday. Photograph: "
        "Halvard Institute]",
        # an open day, a hall filled by its audience, a congress's delegates, a protest
        "At the regiment’s open day on Tuesday, which drew some 9,000 visitors, the candidates were asked "
        "about soldiers.",
        "About 300 people filled the hall of St. Olaf’s school on Tuesday evening to hear the two "
        "candidates.",
        "Hundreds of farmers marched through the centre of the capital on Tuesday and the two candidates "
        "came out to meet them.",
    ],
)
def test_a_committee_a_briefing_or_a_recording_the_opening_dates_dates_its_words(opening: str) -> None:
    days = _direct_days(
        "Candidates split over troops\n\n"
        + opening
        + "\n\n“We are ready to send soldiers after a ceasefire,” said Anna Virtanen, a deputy.\n\n"
        "“Not one soldier,” said Mikko Laine, her rival.\n",
        dt.date(2026, 4, 16),
    )
    assert days == [dt.date(2026, 4, 14)] * 2


def test_a_congress_the_opening_puts_on_a_day_dates_words_said_paragraphs_later() -> None:
    days = _direct_days(
        "Union backs mission\n\n"
        # (the congress too far from its day to be the day of "at the congress")
        "Delegates at the congress of the ACMP-CGPM officers’ union, meeting at the Queen Elisabeth barracks "
        "in Evere on Tuesday, adopted a resolution after a long debate.\n\n"
        "The resolution asks for insurance cover and a limit of six months on every rotation abroad.\n\n"
        "The minister promised a bill before the end of the year and listed the units that could go.\n\n"
        "“We are ready to send soldiers after a ceasefire,” said Anna Virtanen, the union’s president.\n",
        dt.date(2026, 4, 16),
    )
    assert days == [dt.date(2026, 4, 14)]


def test_a_hearing_named_after_the_lead_that_dates_it_dates_its_words() -> None:
    days = _direct_days(
        "Minister won't give numbers\n\n"
        "OTTAWA — Canada is prepared to contribute to a force in Ukraine after a ceasefire, Defence "
        "Minister Arjun Sandhu told MPs on Thursday.\n\n"
        "Appearing before the House of Commons Standing Committee on National Defence alongside the chief of "
        "the defence staff, Sandhu said Canada would be part of the solution.\n\n"
        "“We are prepared to contribute,” the minister said.\n",
        dt.date(2025, 2, 28),
    )
    assert days == [dt.date(2025, 2, 27)]


def test_a_hearing_told_in_the_past_ends_where_the_writers_present_begins() -> None:
    days = _direct_days(
        "Can the army do it?\n\n"
        "The government insists it can. Appearing before the Commons defence committee on Tuesday, the "
        "defence secretary, Helen Marsden, said Britain remained ready to deploy troops to Ukraine.\n\n"
        "“We have the headquarters and the plans,” she told MPs.\n\n"
        "Not everyone is convinced. Gen Sir Nicholas Fenwick, who retired as chief of the general staff last "
        "year, believes the army could not keep a brigade in Ukraine for years.\n\n"
        "“Half a brigade is a target, not a deterrent,” Fenwick said.\n",
        dt.date(2025, 11, 20),
    )
    assert days == [dt.date(2025, 11, 18), None]


def test_show_notes_told_in_the_present_run_on_from_their_recording_day() -> None:
    days = _direct_days(
        "Episode 12: one month on\n\n"
        "Recorded in London on Tuesday, this week’s episode asks what has changed. Washington has not said "
        "whether it would provide a backstop.\n\n"
        "[03:15] Alice explains why the name misleads. “It is a hostage situation,” she says.\n\n"
        "[11:40] Tonis argues for going first. “Somebody must go first,” he says.\n",
        dt.date(2026, 4, 16),
    )
    assert days == [dt.date(2026, 4, 14)] * 2


def test_a_reply_hours_later_is_dated_by_the_words_it_answers() -> None:
    text = (
        "President and government at odds\n\n"
        "The President and the government are at odds, after the Prime Minister said on Wednesday that "
        "Portugal was ready to send paratroopers once a ceasefire is agreed.\n\n"
        "“Portugal will not be a spectator,” the Prime Minister told journalists.\n\n"
        "{opening}, the palace responded. The President’s spokesperson, Rita Valadares, said the head of "
        "state “has not been consulted”.\n"
    )
    wednesday = dt.date(2026, 4, 1)
    assert _direct_days(text.format(opening="Hours later"), dt.date(2026, 4, 2)) == [wednesday, wednesday]
    # a reply on another day has no day of its own here
    assert _direct_days(text.format(opening="Days later"), dt.date(2026, 4, 2)) == [wednesday, None]


@pytest.mark.parametrize(
    "when,day",
    [
        ("on Sunday, 2 March,", "2025-03-02"),
        ("on Sunday March 2", "2025-03-02"),
        ("on Sunday", "2025-03-09"),
    ],
)
def test_a_weekday_before_its_date_is_that_date(when: str, day: str) -> None:
    days = _days(f'BUCHAREST — Ion Popescu told worshippers {when} that "we will not send our sons."\n')
    assert days == {"we will not send our sons.": day}


def test_letters_answering_last_weeks_edition_are_not_dated_by_it() -> None:
    days = _direct_days(
        "Postbag: Irish troops in Ukraine – what you told us\n\n"
        "Few subjects have filled our postbag like the one we raised in last Saturday’s edition: should "
        "Irish soldiers serve in a peacekeeping force in Ukraine?\n\n"
        "We received more than 300 letters and emails. Here is a selection, lightly edited.\n\n"
        "Mary Kehoe, a retired teacher from Tralee, wrote in to oppose any deployment. “Our neutrality is "
        "not a hobby,” she wrote.\n",
        dt.date(2025, 3, 8),
    )
    assert days == [None]


@pytest.mark.parametrize(
    "opening",
    [
        # an event dated by the night before's possessive
        "Two candidates, one question that nobody could dodge. Here is what each of them said in last "
        "night’s debate.",
        # a trial's words, dated by the court's day
        "Two peace activists were each fined 6,000 kroner by the district court yesterday at the end of a "
        "one-day trial.",
        # a panel dated by the possessive of the day before
        "The organisers of yesterday's panel at the Lisbon forum had hoped for a clear answer from the "
        "speakers on stage.",
        # a conference's vote
        "By 90 votes to 61, delegates yesterday backed a motion on peacekeeping after a long debate in the "
        "town hall.",
    ],
)
def test_last_nights_debate_or_yesterdays_trial_dates_the_words_told_from_it(opening: str) -> None:
    days = _direct_days(
        "Candidates split over troops\n\n"
        + opening
        + "\n\n“We are ready to send soldiers after a ceasefire,” said Anna Virtanen, a deputy.\n\n"
        "“Not one soldier,” said Mikko Laine, her rival.\n",
        dt.date(2026, 4, 15),
    )
    assert days == [dt.date(2026, 4, 14)] * 2


def test_the_reactions_to_a_courts_ruling_are_not_dated_by_the_ruling() -> None:
    days = _direct_days(
        "Court takes up troops petition\n\n"
        "The Constitutional Court on Tuesday accepted for consideration a petition against the decision to "
        "send soldiers.\n\n"
        "“We are ready to send soldiers after a ceasefire,” said Anna Virtanen, a deputy.\n\n"
        "“Not one soldier,” said Mikko Laine, her rival.\n",
        dt.date(2026, 4, 15),
    )
    # (the first words may be the lead's own news; the scene of a ruling does not run on)
    assert days[1] is None


def test_an_offices_day_is_not_the_day_of_a_member_of_parliament_who_speaks_next() -> None:
    days = _direct_days(
        "The Maltese Prime Minister's Office said yesterday that the letter had been received.\n\n"
        "In the studio, opposition MP Lena Vik argued otherwise. "
        '"Neutrality does not mean indifference. We could send a few medics," she said.\n',
        dt.date(2026, 1, 28),
    )
    assert days == [None]


def test_what_is_said_at_a_committee_the_lead_puts_on_a_day_is_said_that_day() -> None:
    days = _direct_days(
        "Top soldier tells senators the army could go\n\n"
        "CANBERRA — The country's top soldier told a Senate committee on Tuesday that the army could "
        "field a contingent for Ukraine.\n\n"
        'Senator Ruth Mabo pressed him on numbers. "How many, and for how long?" she asked.\n\n'
        '"We will not send anyone without a mandate," said the minister, Tom Reeve.\n',
        dt.date(2026, 2, 12),
    )
    assert days == [dt.date(2026, 2, 10), dt.date(2026, 2, 10)]


def test_embedded_posts_time_footers_do_not_make_a_live_blog() -> None:
    days = _direct_days(
        "Neighbours keep their distance\n\n"
        "BRUSSELS — Ministers from four countries met at a think tank this week.\n\n"
        "Anna Berg @AnnaBergSec\n"
        'Minister Kask: "We will send no soldiers to Ukraine." #event\n'
        "3:12 PM · Dec 3, 2025\n\n"
        "Anna Berg @AnnaBergSec\n"
        "Ambassador Lind asks for time. #event\n"
        "3:26 PM · Dec 3, 2025\n\n"
        "Anna Berg @AnnaBergSec\n"
        "Not much news. #event\n"
        "3:41 PM · Dec 3, 2025\n\n"
        "The delegations then left the building for a long lunch in the old town nearby.\n\n"
        'The ambassador, Eva Lind, said later that "nothing has been decided about troops".\n',
        dt.date(2025, 12, 5),
    )
    assert days[-1] is None  # (not the published day, as a live blog's entries would be)


def test_a_timelines_dates_in_capitals_date_their_entries() -> None:
    assert said_on("KYIV, 3 DECEMBER 2024", TUESDAY).date == dt.date(2024, 12, 3)
    days = _direct_days(
        "How Norway's line shifted\n\n"
        "4 APRIL 2025\n"
        'Prime Minister Eirik Dahl says: "It is not on the table for Norwegian troops at the moment."\n\n'
        "11 SEPTEMBER 2025\n"
        'Defence Minister Siri Haug says Norwegian soldiers "can be part of a force in Ukraine".\n',
        dt.date(2026, 1, 10),
    )
    assert days == [dt.date(2025, 4, 4), dt.date(2025, 9, 11)]


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("11-05-2026", dt.date(2026, 5, 11)),  # 5 November would be after the published day
        ("05/11/2026", dt.date(2026, 5, 11)),  # read the other way round: 11 May
        ("13.05.26", dt.date(2026, 5, 13)),  # a first number over 12 is the day
        ("2026-05-02", dt.date(2026, 5, 2)),
        ("31/02/2026", None),  # no such day either way
    ],
)
def test_a_date_in_figures_is_read_in_the_order_that_can_be(stamp: str, expected: dt.date | None) -> None:
    assert numeric_date(stamp, dt.date(2026, 5, 19)).date == expected


def test_a_sentence_that_opens_moments_later_keeps_the_day_of_the_words_before() -> None:
    text = (
        "The debate\n\n"
        'The defence minister, Pieter Vos, told the House during the debate of 14 April: "We will '
        'contribute an engineer company." Moments later Lotte Kramer answered him: "We will vote against '
        'it." Days later Gerrit Smit said: "We have not decided."\n'
    )
    april_14 = dt.date(2026, 4, 14)
    assert _direct_days(text, dt.date(2026, 9, 25)) == [april_14, april_14, None]


def test_the_same_day_is_the_day_another_speaker_was_given() -> None:
    text = (
        "LONDON - British troops and Ukraine.\n\n"
        "On Thursday the Defence Secretary confirmed to the Commons that a battalion would be among the "
        "first British units to deploy in the spring. {lead}Reform UK's defence spokesman, Darren Price, "
        "said that "
        '"the lesson of Archangel is that you do not send British soldiers to places you cannot leave".\n'
    )
    assert _direct_days(text.format(lead="The same day, "), dt.date(2026, 11, 14)) == [dt.date(2026, 11, 12)]
    assert _direct_days(text.format(lead=""), dt.date(2026, 11, 14)) == [None]


def test_a_day_told_against_another_moves_from_it() -> None:
    # "the next day" after a day set in the same sentence, "two days earlier" against the scene's day,
    # "the next morning" against the previous words' day
    text = (
        "PRAGUE ARTS WEEKLY\n\n"
        "The President, who saw a preview on Tuesday, told students the next day that the country should be "
        "“ready to contribute engineers when the guns fall silent”.\n"
    )
    assert _direct_days(text, dt.date(2026, 2, 14)) == [dt.date(2026, 2, 11)]
    text = (
        "MUNSTER – About 140 people squeezed into the council chamber of the town hall on Thursday evening "
        "for the only public meeting of the consultation on Line 500.\n\n"
        "The mayor, Frank Ostermeyer-Bahr, tried to bring the meeting back to buses. „We decide here "
        "about the 7.14,“ he said.\n\n"
        "Two days earlier, the Federal Minister of Defence, Christoph Wendland-Meier, had told reporters in "
        "Berlin that Germany would carry „its full share of the force, from the first rotation“.\n"
    )
    assert _direct_days(text, dt.date(2026, 4, 18)) == [dt.date(2026, 4, 16), dt.date(2026, 4, 14)]
    text = (
        "MADRID METRO\n\n"
        "Shortly after the episode ended on Monday night, the Minister of Defence, Inés Carrasco-Amado, "
        "wrote on X: “Spanish engineers will help keep the peace in Ukraine.”\n\n"
        "Vox's defence spokesman, Jorge Salcedo-Vidal, replied the next morning that RTVE was using public "
        "money “to get Spaniards used to a war that is not ours”.\n"
    )
    assert _direct_days(text, dt.date(2026, 10, 14)) == [dt.date(2026, 10, 12), dt.date(2026, 10, 13)]


def test_a_weekday_of_a_habit_is_no_day() -> None:
    assert said_on("who has taken the bus every Tuesday for eleven years, said", TUESDAY).date is None
    # (a day told earlier than the sentence's own is another event's: "a meeting the previous evening")
    text = "Leaders distanced themselves on Tuesday from the suggestion, aired the previous evening, that"
    assert said_on(text, TUESDAY).date == TUESDAY


def test_a_local_event_the_opening_dates_is_the_scene_of_the_words_after_it() -> None:
    text = (
        "SALISBURY PLAIN GAZETTE\n\n"
        "Blue House won the cup, and Bombardier Dean Rafferty won the dads’ race by a distance at St "
        "Barbara’s Primary School sports day on the field behind the barracks this afternoon.\n\n"
        "It was a hot, loud and very Army sort of afternoon.\n\n"
        "The headteacher, Sarah Penhaligon-Iqbal, did not pretend otherwise. ‘We have children here whose "
        "mums and dads are going away for six months,’ she said.\n"
    )
    assert _direct_days(text, dt.date(2026, 7, 10)) == [dt.date(2026, 7, 10)]
