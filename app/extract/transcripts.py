"""Interview transcripts: "Q: … / A: …" or "De Smet: … / Verhaegen: …" paragraphs.

An answer in a transcript is the interviewee's own words, as verbatim as a quotation, though no
quotation marks surround it. This stage finds the labelled turns; the pipeline decides whose turns are
the answers (the person the introduction is about for "A:", the person a name label names otherwise).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.extract import gazetteer as gz
from app.extract.quotes import OPENERS, SENTENCE_END, Paragraph, is_heading

# "Q:", "Q.", "Question:", "A –", "Answer:", "Verhaegen:", "Jan Verhaegen:", "LOTTE DE SMET:"
# (a press conference's "QUESTION (Sky News):" or "QUESTION [Ukrainian Radio]:": the asker's outlet in
# brackets after the label; a
# briefing's "Shri Arvind Menon, Official Spokesperson:": an honorific before the name, the office after)
# (a video transcript's time code may come first: "[00:01:22] ERKAN YAVUZ (AK Party, Istanbul MP): …", and
# a rank in capitals before the name: "RET. ADM. CEM ORHON-BALCI (former …):"; a chat export's date and
# time: "[11-05-2026 21:04] Ineke Haverkamp-Zijl: …", "11/05/2026, 21:04 - Ineke: …")
TURN_LABEL = re.compile(
    r"(?:[\[(]?(?:(?P<stamp>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}),?\s+)?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:\s+[-–])?\s+)?"
    r"(?:(?:(?:" + gz.TITLE_RE + "|" + "|".join(gz.HONORIFICS) + r"|Sir|Dame)\.? (?=[A-Z]))|"
    r"(?P<rank>(?:RET|ADM|GEN|COL|LT|MAJ|CAPT|CDR|SGT|DR|PROF)\. ){1,3}(?=[A-Z]))?"
    r"(?P<label>Q|A|Question|Answer|QUESTION|ANSWER|"
    # (capitals with their accents: "NAZLI ÖZGÜR-ERDEM")
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+(?: (?:de |van |von |da |di |le |la |Ó |Ní |Mac )?[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+){0,2})"
    r"(?:\s*\((?P<aside>[^()\n]{1,80})\)(?:, in writing)?|\s*\[[^\[\]\n]{1,40}\]|"
    r", (?:[A-Z][\w'’-]*)(?: [A-Za-z][\w'’-]*){0,3}"
    r"(?=\s*:))?"
    # (a verbatim report's "Aino Kettunen-Rask (PPE). - Madam President, …": a full stop and a dash)
    r"(?:\s*(?::|–|—)|(?:(?<=\))|(?<=, in writing))\.\s+[-–—]|(?<=^Q)\.|(?<=^A)\.)\s+(?=\S)"
)
_QA = {"Question": "Q", "Answer": "A", "QUESTION": "Q", "ANSWER": "A"}
_MIN_TURNS = 2  # a transcript has at least two turns of each of two voices
_MIN_MEMBERS = 3  # … or is a record of at least three members' statements, one each
_COURTESY = re.compile(gz.COURTESY_RE + r"\.? [A-Z]")


@dataclass(frozen=True)
class Turn:
    paragraph: int  # index of the turn's paragraph
    label: str  # "Q", "A", or a name label as written
    start: int  # where the words begin, after the label
    end: int
    aside: str | None = None  # what the brackets after the label say: "(Rear Admiral Zeki X)"
    stamp: str | None = None  # the date a chat export stamps the message with: "11-05-2026"


def find_turns(text: str, paras: list[Paragraph]) -> list[Turn]:
    """The labelled turns of an interview transcript, in order; [] when the article is none. Turns are
    paragraphs that open with a label used at least twice, by at least two voices; once there are two,
    a debate record's member who speaks once ("Mr. Kozak:") is a voice too."""
    turns = []
    titled: set[str] = set()  # labels written with a courtesy title: "Mr. Kozak:"
    for pi, p in enumerate(paras):
        m = TURN_LABEL.match(text[p.start : min(p.end, p.start + 140)])  # a label opens the paragraph
        if m:
            label = _QA.get(m["label"], m["label"])
            aside = m["aside"] if m["label"] == label else None
            turns.append(Turn(pi, label, p.start + m.end(), p.end, aside, m["stamp"]))
            if _COURTESY.match(m.group()) or (m["aside"] and label != "Q"):
                # (a guest introduced once by party or office: "HÜSEYİN KARACA (New Welfare Party, Konya
                # MP):", "RET. ADM. CEM ORHON-BALCI (former Deputy Commander …):")
                titled.add(label)
    # a voice first named in full, then by surname: "EDGARS KALNIŅŠ:" … "KALNIŅŠ:"
    short = {t.label.split()[-1].casefold(): t.label for t in turns if " " not in t.label}
    turns = [
        Turn(
            t.paragraph, short.get(t.label.split()[-1].casefold(), t.label), t.start, t.end, t.aside, t.stamp
        )
        if " " in t.label
        else t
        for t in turns
    ]
    counts: dict[str, int] = {}
    for t in turns:
        counts[t.label] = counts.get(t.label, 0) + 1
    voices = {label for label, n in counts.items() if n >= _MIN_TURNS}
    if len(voices) == 1:
        # a briefing: one voice answers many who ask once each ("Sidhant: Sir, … would India consider
        # sending troops?")
        askers = {
            t.label for t in turns if t.label not in voices and text[t.start : t.end].rstrip()[-1:] == "?"
        }
        if len(askers) >= _MIN_TURNS:
            voices |= askers
    if sum(1 for t in turns if t.stamp) >= _MIN_MEMBERS:
        # a chat export: every dated message is its sender's, whoever sends one ("[12-05-2026 07:02] Wim: …")
        voices |= {t.label for t in turns if t.stamp}
    if len(voices) < 2 and len(titled) >= _MIN_MEMBERS:
        # a record where each member speaks once, each given with a party or group: explanations of vote,
        # a round of statements ("Aino Kettunen-Rask (PPE). - Madam President, I voted in favour …")
        voices = set(titled)
    if len(voices) < 2:
        return []
    # a debate's record: a member who speaks once is a voice too ("Mr. Kozak: Mr. Speaker, I …")
    voices |= titled
    turns = [t for t in turns if t.label in voices]
    return _with_continuations(text, paras, turns)


_MAX_RUN_ON = 3  # paragraphs an answer may run on over before the next turn
_DASHED_LABEL = re.compile(r"[A-Z][^.\n]{0,60}\.\s+[-–—]\s")
_QUOTE_MARK = re.compile(r"[\"“”„«»]")
# a topic the speaker turns to, not another voice's label: "On Article 5: it applies to …"
_TOPIC_LEAD = re.compile(r"(?:On|As for|As to|Regarding) [^:\n]{1,30}: ")


def _with_continuations(text: str, paras: list[Paragraph], turns: list[Turn]) -> list[Turn]:
    """An answer that runs on over unlabelled paragraphs ("As for your specific question, …") before the
    next turn: each of them a turn of the same voice."""
    out: list[Turn] = []
    for t, nxt in zip(turns, [*turns[1:], None], strict=True):
        out.append(t)
        if nxt is None or text[t.start : t.end].rstrip().endswith("?"):
            continue
        between = [paras[pi] for pi in range(t.paragraph + 1, nxt.paragraph)]
        said = [text[p.start : p.end].strip() for p in between]
        # (a few paragraphs of the speaker's own words: none quotes anyone or introduces what follows, nor
        # is another voice's turn, "An Hon. Member: Send your own kids", or the record's note, "[The voice
        # vote …]", "For the motion: 51.")
        if (
            len(between) <= _MAX_RUN_ON
            and all(
                len(words.split()) > 3
                and not _QUOTE_MARK.search(words)
                and not words.endswith(":")
                and not words.startswith(("[", "("))
                # (nor a heading, "Written explanations of vote", nor the chair's turn, "President. - That …")
                and not is_heading(words)
                and not _DASHED_LABEL.match(words)
                and (":" not in words[:40] or _TOPIC_LEAD.match(words))
                for words in said
            )
        ):
            out.extend(Turn(pi, t.label, p.start, p.end) for pi, p in enumerate(between, t.paragraph + 1))
    return out


def answers(turns: list[Turn], answer_labels: set[str]) -> list[tuple[Turn, Turn | None]]:
    """Each turn of an answering voice with the question it answers: the last turn of an asking voice
    before it (two ministers at one press conference may answer the same question in turn)."""
    out: list[tuple[Turn, Turn | None]] = []
    asked: Turn | None = None
    for t in turns:
        if t.label in answer_labels:
            out.append((t, asked))
        else:
            asked = t
    return out


def answering_after_questions(turns: list[Turn]) -> set[str]:
    """The voices that speak right after a labelled question ("QUESTION [Ukrainian Radio]: …"): those who
    answer, unlike the moderator who gives the floor ("NATO SPOKESPERSON: We'll take the first question.")."""
    return {t.label for q, t in zip(turns, turns[1:], strict=False) if q.label == "Q" and t.label != "Q"}


def _asked(words: str) -> bool:
    """Whether a turn asks: it ends on a question mark, and is no answer of three sentences or more that
    ends on a rhetorical question ("… A mediator does not send soldiers. Why should our Mehmetçik be that
    target?")."""
    return words.endswith("?") and len(SENTENCE_END.findall(words)) < 2


def asks(text: str, turns: list[Turn], label: str) -> bool:
    """Whether a voice mostly asks: at least half its turns end on a question mark (an interviewer
    labelled by name, "Reporter:" or "De Smet:"). In a chat export no one is the interviewer."""
    own = [t for t in turns if t.label == label]
    if all(t.stamp for t in own):
        return False
    questions = sum(1 for t in own if _asked(text[t.start : t.end].rstrip()))
    return bool(own) and 2 * questions >= len(own)


# a speaker's label in capitals before a colon and quotation marks, as broadcast scripts and debate
# transcripts write it: 'SOT — PRIME MINISTER MATTHEW HOLLOWAY: "…"', 'SILJE BREKKESTAD (Progress
# Party): “…”', 'VOX POP — KAREN DOYLE, BRISBANE: "…"' (a tag in capitals before a dash may open it)
_CAPS_LABEL = re.compile(
    # (the tag's dash a dash, not a name's hyphen: "JEAN-MARC AYRAULT:" is all label)
    r"(?:[A-Z][A-Z/ ]{1,12}(?:\s+[—–-]|\s*[—–])\s*)?"
    # (letters of any script: "ZOLTÁN BERÉNYI"; how many are lower case is counted after)
    r"(?P<label>[^\W\d_][\w'’.-]+(?:,? [^\W\d_][\w'’.-]*){1,7})"
    r"(?:\s*\([^()\n]{1,40}\))?\s*:\s*[\"“„«]"
)
# a title in capitals ("DR", "GEN", "LT", "RET") is a word to write as one, not an acronym
_TITLES_IN_CAPS = frozenset(t.upper() for t in gz.TITLES) | {"RET", "ADM", "MAJ", "CDR"}
# a short first name in capitals, consonant, vowel, consonant ("CEM", "JAN", "TOM"), unless a party's or
# a body's initials the gazetteer knows ("DUP", "PVV")
_SHORT_NAME = re.compile(r"[^\W\d_AEIOUY][AEIOUÄÖÜÉÈ][^\W\d_AEIOUY]")
_KNOWN_INITIALS = frozenset(
    re.findall(r"\b[A-Z]{3}\b", " ".join([*gz.PARTIES, *gz.ORGANIZATIONS, *gz.INSTITUTIONS]))
)


def _short_name(word: str) -> bool:
    return bool(_SHORT_NAME.fullmatch(word)) and word not in _KNOWN_INITIALS


def _title_word(word: str) -> str:
    """A word of a label in capitals as a name or role is written: "HOLLOWAY" → "Holloway", "O’BRIEN" →
    "O’Brien"; an acronym ("MP", "UN") and a word already mixed ("McALISTER") stay as they are."""
    bare = word.strip(",.")
    if not word.isupper() or (len(bare) <= 3 and bare not in _TITLES_IN_CAPS and not _short_name(bare)):
        return word
    titled = word.title()
    if len(titled) == len(word):
        return titled
    # (letter by letter, so the length holds: Turkish "İ" is "i", not "i̇", in "HÜSEYİN" → "Hüseyin")
    out = []
    for k, c in enumerate(word):
        lower = c.lower()
        out.append(lower[0] if k and word[k - 1].isalpha() else c)
    return "".join(out)


def title_label(label: str) -> str:
    """A label in capitals as a name or role is written: "PRIME MINISTER MATTHEW HOLLOWAY" → "Prime Minister
    Matthew Holloway"."""
    return " ".join(_title_word(w) for w in label.split(" "))


# the chair's and the programme's own voices, and a broadcast's tags: no office whose holder speaks
_NO_HOLDER = re.compile(
    r"(?i)\b(?:speaker|chair\w*|cathaoirleach|moderator|host|presenter|anchor|interviewer|reporter|"
    r"correspondent|soundbite|sot|clip|recording|voice-?over|vo)\b"
)


def label_asides(turns: list[Turn]) -> dict[str, str]:
    """What the brackets after an office's label say, the same each time: "MINISTRY SPOKESPERSON (Rear
    Admiral Zeki X):" → "Rear Admiral Zeki X", the person the office's label stands for (not a chair's,
    "The Acting Speaker (Mr. Hallworth):", nor a tag's that brackets a new voice each time, "SOUNDBITE
    (Ruud X, Dutch Defence Minister):")."""
    seen: dict[str, set[str]] = {}
    for t in turns:
        if t.aside and not _NO_HOLDER.search(t.label):
            seen.setdefault(t.label, set()).add(t.aside)
    return {label: asides.pop() for label, asides in seen.items() if len(asides) == 1}


# a person's name in capitals alone on its line: two to four words, none of them a title's abbreviation
_CAPS_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
_CAPS_NAME_LINE = re.compile(_CAPS_WORD + r"(?: " + _CAPS_WORD + r"){1,3}")
# a heading's words, no name's: "THE AWAY END", "WHAT THEY SAID", "FOR AND AGAINST"
_HEADING_WORDS = frozenset(
    {"THE", "OF", "AND", "FOR", "ON", "IN", "TO", "A", "AN", "AT", "BY", "WITH", "WHAT", "WHO", "HOW", "WHY",
     "THEY", "WE", "SAID", "SAY", "VIEW", "NEWS", "REPORT", "INTERVIEWS", "UPDATE", "LATEST", "ELSE"}
)  # fmt: skip


def _caps_name_line(line: str) -> bool:
    """A person's name in capitals alone on its line ("JUHA LEHTIMÄKI-RANTA"), not a heading's words or a
    state's name."""
    if not line.isupper() or not _CAPS_NAME_LINE.fullmatch(line):
        return False
    words = line.split(" ")
    if gz.country_of_word(line.title()):
        return False
    return not any(w in _HEADING_WORDS or gz.country_of_word(w.title()) for w in words)


# a panel's lines between the name heading and the answer (title, affiliation, summary), and their length
PANEL_TITLE_LINES = 3
PANEL_TITLE_WORDS = 14


def _quotation_under_heading(text: str, paras: list[Paragraph], pi: int) -> bool:
    """Whether a paragraph that opens with a quotation mark follows paragraph `pi` after at most a few
    short lines (a title, an affiliation), none of them quoting."""
    for below in paras[pi + 1 : pi + 2 + PANEL_TITLE_LINES]:
        line = text[below.start : below.end].strip()
        if line[:1] in OPENERS:
            return True
        if len(line.split()) > PANEL_TITLE_WORDS or any(mark in line for mark in OPENERS):
            return False
    return False


def titled_labels(text: str, paras: list[Paragraph], turns: Sequence[Turn] = ()) -> str:
    """The text with each speaker's label in capitals written as names are (the same length, so every
    offset holds), for the reader of names: it takes a name in capitals for a heading's shouting. The
    labels are those before a quotation ('SILJE BREKKESTAD (Progress Party): “…”') and a transcript's
    turns ("ERKAN YAVUZ-KORKMAZ (AK Party, Istanbul MP): It means what it says.")."""
    out = text
    turn_paras = {t.paragraph for t in turns}
    for pi, p in enumerate(paras):
        if _caps_name_line(text[p.start : p.end]) and _quotation_under_heading(text, paras, pi):
            # a panel's name heading in capitals, over its title lines and the answer in quotation marks
            # ("AGNIESZKA WRÓBEL-SIKORA" / "Director of studies, Warsaw Institute …" / "“Yes, and …”")
            titled = title_label(text[p.start : p.end])
            if len(titled) == p.end - p.start:
                out = out[: p.start] + titled + out[p.end :]
            continue
        m = _CAPS_LABEL.match(text, p.start, p.end)
        if m is None and pi in turn_paras:
            m = TURN_LABEL.match(text, p.start, min(p.end, p.start + 140))
            if m is not None and " " not in m["label"]:
                continue  # ("HOST:", "MODERATOR:": a role's single word, no name)
        if m is None or sum(c.islower() for c in m["label"]) > 2:
            continue
        s, e = m.span("label")
        if "rank" in m.re.groupindex and m["rank"]:
            s = m.start("rank")  # "RET. ADM. CEM ORHON-BALCI" → "Ret. Adm. Cem Orhon-Balci"
        titled = title_label(text[s:e])
        if len(titled) == e - s:  # (a letter whose title case is longer, "ß" -> "Ss", is left as it is)
            out = out[:s] + titled + out[e:]
    return out
