"""Interview transcripts: the answers are the interviewee's words, quoted or not. Texts written here."""

from __future__ import annotations

import datetime as dt

from app.extract import extract
from app.extract.quotes import paragraphs
from app.extract.transcripts import answers, find_turns
from app.extract.types import ArticleMeta

QA = """Minister on troops: 'We will look at what is asked of us'

Defence Minister Jan Verhaegen was the guest on Sunday of the talk show Het Zondagsgesprek, presented
by Lotte De Smet. Below is an edited transcript.

Q: Will there be Belgian soldiers in a European force in Ukraine?

A: Belgium will not stand aside. When there is a ceasefire, we will look at what is asked of us.

Q: Moscow says any European soldier would be a legitimate target.

A: Moscow says a lot of things. I want an American backstop before I send anyone.

Q: And the F-16s?

A: The first jets will go before the summer, as promised.
"""

NAMED = """Interview: the Lithuanian defence minister

Lithuanian Defence Minister Rasa Kairienė spoke to our reporter on Tuesday.

Reporter: Would Lithuania send instructors to Ukraine?

Kairienė: Yes. We are ready to send instructors as soon as Kyiv asks.

Reporter: Even without the Americans?

Kairienė: Even then. Training in Ukraine saves weeks.
"""


def test_q_and_a_turns_are_found_and_each_answer_has_its_question() -> None:
    paras = paragraphs(QA)
    pairs = answers(find_turns(QA, paras), {"A"})
    assert [QA[t.start : t.end].split(".")[0] for t, _q in pairs] == [
        "A: Belgium will not stand aside"[3:],
        "Moscow says a lot of things",
        "The first jets will go before the summer, as promised",
    ]
    assert all(q is not None and QA[q.start : q.end].endswith((".", "?")) for _t, q in pairs)


def test_labels_used_once_or_by_one_voice_are_no_transcript() -> None:
    text = "Headline\n\nPhoto: a minister.\n\nUpdate: the vote is delayed.\n\nPhoto: the chamber.\n"
    assert find_turns(text, paragraphs(text)) == []


def test_each_answer_is_a_direct_statement_of_the_interviewee_on_the_interview_day() -> None:
    out = extract(QA, ArticleMeta("qa", published=dt.date(2025, 3, 17))).statements
    said = [(s.kind, s.speaker.name, s.stance, s.said_on.date) for s in out if s.cue == "answered"]
    sunday = dt.date(2025, 3, 16)
    assert said == [
        ("direct", "Jan Verhaegen", "open", sunday),
        ("direct", "Jan Verhaegen", "open", sunday),
        ("direct", "Jan Verhaegen", "neutral", sunday),
    ]
    # what the interviewee says others say is part of the answer, not a report of its own
    assert not any(s.kind == "reported" and s.text.startswith("a lot of things") for s in out)


def test_name_labels_give_the_named_person_the_answers() -> None:
    out = extract(NAMED, ArticleMeta("named", published=dt.date(2025, 3, 20))).statements
    said = [(s.speaker.name, s.stance, s.text.split(".")[0]) for s in out if s.cue == "answered"]
    assert said == [
        ("Rasa Kairienė", "support", "Yes"),
        ("Rasa Kairienė", "support", "Even then"),
    ]


PRESS_CONFERENCE = """Transcript: two ministers on the force

An excerpt from the joint press conference of Dutch Defence Minister Pieter de Graaf and Belgian
Defence Minister Anne Wouters in The Hague on Tuesday.

QUESTION (NOS): Will Dutch soldiers go to Ukraine?

DE GRAAF: Yes. The day a ceasefire is signed, our engineers will move.

WOUTERS: Belgium will decide when the force's mandate is clear.

QUESTION (De Standaard): And if Russia says no?

DE GRAAF: Moscow does not decide who guards the peace.

WOUTERS: We will not be deterred by words.
"""


def test_a_press_conference_gives_each_minister_their_own_answers() -> None:
    result = extract(PRESS_CONFERENCE, ArticleMeta(key="t", published=dt.date(2026, 3, 25)))
    answers_of = {(st.speaker.name, st.text.split(".")[0]) for st in result.statements if st.kind == "direct"}
    assert answers_of == {
        ("Pieter de Graaf", "Yes"),
        ("Anne Wouters", "Belgium will decide when the force's mandate is clear"),
        ("Pieter de Graaf", "Moscow does not decide who guards the peace"),
        ("Anne Wouters", "We will not be deterred by words"),
    }
    assert all(st.said_on.date == dt.date(2026, 3, 24) for st in result.statements if st.kind == "direct")


def test_the_interview_day_is_the_day_of_the_sentence_that_sets_the_interview() -> None:
    text = (
        "Interview: the Finnish defence minister\n\n"
        "Defence Minister Antti Rautio has become an outspoken voice. Last month he told parliament that "
        "Finland would carry its share. We spoke with him in Helsinki on Monday.\n\n"
        "Reporter: Will Finland send soldiers?\n\n"
        "Rautio: Finland is ready to contribute once there is a ceasefire.\n\n"
        "Reporter: How many?\n\n"
        "Rautio: Hundreds, not thousands.\n"
    )
    result = extract(text, ArticleMeta(key="t", published=dt.date(2026, 4, 22)))
    days = {st.said_on.date for st in result.statements if st.kind == "direct"}
    assert days == {dt.date(2026, 4, 20)}


PODCAST = """Transcript: Estonia's defence minister on a European force

The Baltic Hour | Episode 12
Published March 14, 2026

This week, host Mark Ellison sits down with Estonia's defence minister, Kadri Pärnpuu, in Tallinn.
The conversation was recorded on March 10, 2026, and has been edited for length.

MARK ELLISON: Minister, welcome. Would Estonia send soldiers to Ukraine after a ceasefire?

KADRI PÄRNPUU: Estonia is ready to send a company of engineers. That has been agreed in the government.

ELLISON: And if Washington stays out?

PÄRNPUU: Then Europe has to do more, not less. We will be there either way.

ELLISON: Minister, thank you.

PÄRNPUU: Thank you, Mark.
"""


def test_a_voice_named_in_full_then_by_surname_is_one_and_a_courtesy_is_no_statement() -> None:
    result = extract(PODCAST, ArticleMeta(key="t", published=dt.date(2026, 3, 14)))
    said = [(st.speaker.name, st.text.split(".")[0]) for st in result.statements if st.kind == "direct"]
    assert said == [
        ("Kadri Pärnpuu", "Estonia is ready to send a company of engineers"),
        ("Kadri Pärnpuu", "Then Europe has to do more, not less"),
    ]
    # the day it was recorded, not the day the episode went out
    assert all(st.said_on.date == dt.date(2026, 3, 10) for st in result.statements if st.kind == "direct")


BRIEFING = """Transcript of the Weekly Media Briefing by the Official Spokesperson (March 07, 2025)

Shri Ravi Kumar, Official Spokesperson: Good afternoon, friends. I have one announcement to begin with.

Ankit: Sir, Europeans are talking about troops in Ukraine after a ceasefire. Would India send troops?

Shri Ravi Kumar, Official Spokesperson: Ankit, our position has been consistent: dialogue and diplomacy.

As for your specific question, there is no proposal before the Government to send Indian troops to Ukraine.

Meera: Sir, and a mission with a UN mandate, would New Delhi be open to that?

Shri Ravi Kumar, Official Spokesperson: If the Security Council mandates a mission, we will consider it.

(Concludes)
"""


def test_a_briefing_answers_each_asker_and_its_answers_run_on_over_paragraphs() -> None:
    result = extract(BRIEFING, ArticleMeta(key="t", published=dt.date(2025, 3, 7)))
    found = [(st.speaker.name, st.stance, st.text[:30]) for st in result.statements]
    assert found == [
        ("Ravi Kumar", "neutral", "Good afternoon, friends. I hav"),
        ("Ravi Kumar", "neutral", "Ankit, our position has been c"),
        ("Ravi Kumar", "oppose", "As for your specific question,"),
        ("Ravi Kumar", "open", "If the Security Council mandat"),
    ]


def test_the_writers_paragraphs_between_a_headline_and_an_exchange_are_no_ones_answer() -> None:
    text = (
        'Governor Reyes: state Guard "not going into Ukraine"\n\n'
        "SACRAMENTO — Gov. Daniel Reyes said Wednesday he would oppose sending Guard soldiers to Ukraine.\n\n"
        "The governor's comments came in an interview with a local station.\n\n"
        "The Guard has been paired with Ukraine since 1993 under a partnership program.\n\n"
        "Republicans were quick to criticize the governor for the remarks.\n\n"
        "Part of the exchange, as it aired Wednesday night:\n\n"
        "MORALES: Governor, isn't this the natural next step?\n\n"
        "REYES: There is a difference between training a partner and putting our people between armies.\n\n"
        "MORALES: So with a vote of Congress, you'd accept it?\n\n"
        "REYES: If Congress votes for it, I'll follow the law.\n"
    )
    said = [st.text for st in extract(text, ArticleMeta(key="t")).statements if st.kind == "direct"]
    assert not any(s.startswith(("The governor's", "The Guard", "Republicans", "Part of")) for s in said)
    assert any(s.startswith("There is a difference") for s in said)


TV_SCRIPT = """SLUG: UKRAINE TROOPS
PROGRAM: 6PM NEWS

ANCHOR: Soldiers could be on the ground in Ukraine within months. Our reporter has the story.

REPORTER (V/O): It's the question the Prime Minister has been side-stepping for a year.

SOT — PRIME MINISTER MATTHEW HOLLOWAY: "If there is a ceasefire that holds, we will look at it seriously."

SOT — OPPOSITION DEFENCE SPOKESMAN GRANT McALISTER: "Every soldier we send is one not in our region."

VOX POP — KAREN DOYLE, BRISBANE: "If the Europeans are going, we should be there too."

SILJE BREKKESTAD (Progress Party): “Our soldiers are needed in Finnmark, not in Ukraine.”

SOT — DEFENCE MINISTER ZOLTÁN BERÉNYI: "Hungary will not send a single soldier."

JEAN-MARC DUVAL, RETIRED GENERAL: "A brigade would be enough to keep the peace."
"""


def test_a_label_in_capitals_before_a_quotation_names_its_speaker() -> None:
    result = extract(TV_SCRIPT, ArticleMeta(key="t"))
    speakers = {st.text[:20]: st.speaker.name for st in result.statements if st.kind == "direct"}
    assert speakers == {
        "If there is a ceasef": "Matthew Holloway",
        "Every soldier we sen": "Grant McALISTER",
        "If the Europeans are": "Karen Doyle",
        "Our soldiers are nee": "Silje Brekkestad",
        "Hungary will not sen": "Zoltán Berényi",
        "A brigade would be e": "Jean-Marc Duval",
    }


DEBATE_RECORD = """House of Representatives of New Zealand

Hansard (draft transcript)

Wednesday, 14 October 2026

General Debate

Mr. Whitcombe: Madam Speaker, this country has sent its people to keep the peace before, in Bougainville
and in Timor-Leste. When the guns stop in Ukraine, New Zealand soldiers should be part of the force that
keeps them stopped. The Ukrainian ambassador told me yesterday, "Every flag on that line makes it safer."

An Hon. Member: Not our war.

The Deputy Speaker (Ms. Ruawai): Order. The member has the call.

Mr. Whitcombe: I will say it again: our engineers and medics should go.

[The sitting was suspended at 3.05 p.m.]

Ms. Tahana: Madam Speaker, I will not support sending a single New Zealand soldier to Ukraine.

The Deputy Speaker (Ms. Ruawai): The member for Tāmaki.

Mrs. Pilkington-Rowe: Madam Speaker, we should send a medical team and engineers once a ceasefire
holds, and I will vote for that.
"""


def test_a_debate_record_gives_each_member_who_speaks_once_their_speech() -> None:
    out = extract(DEBATE_RECORD, ArticleMeta("nz", published=dt.date(2026, 10, 15))).statements
    speeches = [(s.speaker.name, s.text.split(",")[0]) for s in out if s.cue == "answered"]
    assert speeches == [
        ("Whitcombe", "Madam Speaker"),
        ("Whitcombe", "I will say it again: our engineers and medics should go."),
        ("Tahana", "Madam Speaker"),
        ("Pilkington-Rowe", "Madam Speaker"),
    ]
    # the interjection and the record's note are nobody's continuation of the speech before them
    assert not any(s.text.startswith(("Not our war", "[The sitting")) for s in out)
    # "Madam Speaker" is an office addressed, no one's name
    assert "Speaker" not in {s.speaker.name for s in out}


def test_a_quotation_inside_a_speech_or_an_answer_is_its_own_speakers() -> None:
    out = extract(DEBATE_RECORD, ArticleMeta("nz", published=dt.date(2026, 10, 15))).statements
    quoted = [s for s in out if s.text == "Every flag on that line makes it safer."]
    assert [(s.kind, s.speaker.country) for s in quoted] == [("direct", "UA")]
    text = NAMED.replace(
        "Kairienė: Even then.",
        'Kairienė: Even then. Polish Defence Minister Tomasz Wrona told me, "We will send engineers too."',
    )
    out = extract(text, ArticleMeta("named", published=dt.date(2025, 3, 20))).statements
    quoted = [s for s in out if s.text == "We will send engineers too."]
    assert [(s.kind, s.speaker.name) for s in quoted] == [("direct", "Tomasz Wrona")]


PRESS_POINT = """Joint press point
by OSCE Secretary General Tomás Ferreira-Lund following the Ministerial Council in Valletta

(As delivered)

OSCE SPOKESPERSON: Good morning. The Secretary General will make a short statement and then take questions.

SECRETARY GENERAL: Good morning. Ministers spent two days on the situation in and around Ukraine.

Our monitors could return to Ukraine once a ceasefire holds, and several States send observers.

OSCE SPOKESPERSON: First question, Maltese television, third row.

QUESTION [Maltese television]: Would the observers be armed?

SECRETARY GENERAL: No. Our observers have never carried weapons.

On the mandate: it needs the consensus of all participating States, and we do not have it yet.

QUESTION [Italian news agency]: Is Moscow blocking it?

SECRETARY GENERAL: I will not speak for any delegation. Every State decides for itself.

OSCE SPOKESPERSON: Thank you. This ends the press point.
"""


def test_a_press_conference_gives_the_answers_to_who_answers_not_to_the_moderator() -> None:
    out = extract(PRESS_POINT, ArticleMeta("osce")).statements
    answered = [(s.speaker.name, s.text.split(".")[0]) for s in out if s.cue == "answered"]
    # the byline with a hyphenated name is the speaker's introduction, his role the label's; questions in
    # brackets after "QUESTION" are asked, the moderator who gives the floor says nothing to label; "On
    # the mandate:" is a topic the answer turns to, no other voice
    assert answered == [
        ("Tomás Ferreira-Lund", "Good morning"),
        (
            "Tomás Ferreira-Lund",
            "Our monitors could return to Ukraine once a ceasefire holds, and several States send observers",
        ),
        ("Tomás Ferreira-Lund", "No"),
        (
            "Tomás Ferreira-Lund",
            "On the mandate: it needs the consensus of all participating States, and we do not have it yet",
        ),
        ("Tomás Ferreira-Lund", "I will not speak for any delegation"),
    ]


# an invented time-coded transcript of a Greek television debate: office labels with their holder in
# brackets, guests introduced once by party, a rank in capitals, accented capitals, a recording in marks
TIME_CODED_DEBATE = (
    "ERT Open | Transcripts\n\n"
    "Politiki Agora, episode 88. Aired live on Thursday evening. Time codes refer to the video.\n\n"
    "[00:00:12] [music]\n\n"
    "[00:00:20] HOST (Eleni Markopoulou): Good evening. Will Greek soldiers be part of a force in "
    "Ukraine?\n\n"
    "[00:00:41] MINISTRY SPOKESPERSON (Colonel Petros Anagnostou): Greece is ready to contribute "
    "engineers to a mission after a ceasefire, in coordination with our allies.\n\n"
    "[00:01:05] HOST: Mr Vlachos, what does your party say?\n\n"
    "[00:01:09] GIORGOS VLACHOS (New Democracy, Larissa MP): We support the offer. Greek engineers have "
    "cleared mines in Bosnia and in Lebanon, and they can do it in Ukraine once the guns are silent. Why "
    "should Greece be the only ally that watches from the stands?\n\n"
    "[00:01:50] HOST: Ms Zacharíou, and your party?\n\n"
    "[00:01:54] ÁNGELA ZACHARÍOU (KKE, Piraeus MP): No soldier of ours will go to Ukraine.\n\n"
    "[00:02:10] GIORGOS VLACHOS: Then say so to the Ukrainians.\n\n"
    "[00:02:14] RET. GEN. NIKOS THEODOROU (former Chief of the Hellenic Army General Staff): The capacity is "
    "there. The question is political.\n\n"
    "[00:02:40] ÁNGELA ZACHARÍOU: “Not one soldier, not one euro for this war.”\n\n"
    "[00:02:52] HOST: Thank you all.\n"
)


def test_a_time_coded_debate_gives_each_guest_and_the_office_holder_their_turns() -> None:
    out = extract(TIME_CODED_DEBATE, ArticleMeta("ert")).statements
    answered = [(s.speaker.name, s.text.split(".")[0]) for s in out if s.cue == "answered"]
    # the spokesperson's office label is the colonel's; a guest's long answer that ends on a rhetorical
    # question still answers; the host asks; a turn in quotation marks is the words inside them
    assert answered == [
        (
            "Petros Anagnostou",
            "Greece is ready to contribute engineers to a mission after a ceasefire, in "
            "coordination with our allies",
        ),
        ("Giorgos Vlachos", "We support the offer"),
        ("Ángela Zacharíou", "No soldier of ours will go to Ukraine"),
        ("Giorgos Vlachos", "Then say so to the Ukrainians"),
        ("Nikos Theodorou", "The capacity is there"),
        ("Ángela Zacharíou", "Not one soldier, not one euro for this war"),
    ]
    assert not any(s.text.startswith("“") for s in out)


EXPLANATIONS_OF_VOTE = """Parliamentary Assembly of the Council of Europe
Verbatim record, Wednesday, 7 October 2026 - Strasbourg

Explanations of vote

Tomas Lindqvist-Berg (EPP/CD). - Mr President, I voted for the resolution. Our sappers should go.

Ana Ní Bhriain-Walsh (SOC). - Mr President, I abstained. Any Irish role needs a United Nations mandate first.

President. - That concludes the explanations of vote.

Written explanations

Pavel Horák-Novotný (EC/DA), in writing. - I voted against. Not one Czech soldier belongs on that line.

(Explanation of vote shortened in accordance with Rule 36)
"""


def test_a_record_of_explanations_of_vote_gives_each_member_their_words() -> None:
    out = extract(EXPLANATIONS_OF_VOTE, ArticleMeta("pace")).statements
    speeches = [(s.speaker.name, s.text.split(".")[0], s.said_on.date) for s in out if s.cue == "answered"]
    day = dt.date(2026, 10, 7)
    assert speeches == [
        ("Tomas Lindqvist-Berg", "Mr President, I voted for the resolution", day),
        ("Ana Ní Bhriain-Walsh", "Mr President, I abstained", day),
        ("Pavel Horák-Novotný", "I voted against", day),
    ]
    # the chair's words, a heading and the record's note are no member's
    assert not any(
        s.text.startswith(("President.", "That concludes", "Written", "(Explanation")) for s in out
    )


CHAT_EXPORT = """Inside the Left Bloc's group chat on troops for Ukraine

Translated from Portuguese. The Daily Courier has seen messages from the group's chat of 3 and 4 June,
published on 9 June.

[03-06-2026 22:10] Marta Sequeira-Lobo: The government's request comes this week. I think we should back it.

[03-06-2026 22:14] Rui Falcão-Mendes: Our voters will never accept soldiers on Russia's border.

[03-06-2026 22:20] Marta Sequeira-Lobo: 👍 Let's decide in the morning.

[04-06-2026 08:05] Joana Brito-Caldas: Can someone call the radio about the fishing quotas?

[04-06-2026 09:40] Marta Sequeira-Lobo: Decision: we back the request. Thanks all.
"""


def test_a_chat_export_gives_every_sender_their_messages_on_the_day_stamped() -> None:
    out = extract(CHAT_EXPORT, ArticleMeta("chat", published=dt.date(2026, 6, 9))).statements
    messages = [(s.speaker.name, s.text.split(".")[0], s.said_on.date) for s in out if s.cue == "answered"]
    june3, june4 = dt.date(2026, 6, 3), dt.date(2026, 6, 4)
    assert messages == [
        ("Marta Sequeira-Lobo", "The government's request comes this week", june3),
        ("Rui Falcão-Mendes", "Our voters will never accept soldiers on Russia's border", june3),
        ("Marta Sequeira-Lobo", "Let's decide in the morning", june3),  # (the emoji is no word of hers)
        # one message, a question: a member who sends it is no interviewer
        ("Joana Brito-Caldas", "Can someone call the radio about the fishing quotas?", june4),
        ("Marta Sequeira-Lobo", "Decision: we back the request", june4),
    ]
