"""Interview transcripts: "Q: … / A: …" or "De Smet: … / Verhaegen: …" paragraphs.

An answer in a transcript is the interviewee's own words, as verbatim as a quotation, though no
quotation marks surround it. This stage finds the labelled turns; the pipeline decides whose turns are
the answers (the person the introduction is about for "A:", the person a name label names otherwise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract import gazetteer as gz
from app.extract.quotes import Paragraph

# "Q:", "Q.", "Question:", "A –", "Answer:", "Verhaegen:", "Jan Verhaegen:", "LOTTE DE SMET:"
# (a press conference's "QUESTION (Sky News):" or "QUESTION [Ukrainian Radio]:": the asker's outlet in
# brackets after the label; a
# briefing's "Shri Arvind Menon, Official Spokesperson:": an honorific before the name, the office after)
TURN_LABEL = re.compile(
    r"(?:(?:" + gz.TITLE_RE + "|" + "|".join(gz.HONORIFICS) + r"|Sir|Dame)\.? (?=[A-Z]))?"
    r"(?P<label>Q|A|Question|Answer|QUESTION|ANSWER|"
    r"[A-Z][\w'’-]+(?: (?:de |van |von |da |di |le |la )?[A-Z][\w'’-]+){0,2})"
    r"(?:\s*\([^()\n]{1,40}\)|\s*\[[^\[\]\n]{1,40}\]|, (?:[A-Z][\w'’-]*)(?: [A-Za-z][\w'’-]*){0,3}(?=\s*:))?"
    r"(?:\s*(?::|–|—)|(?<=^Q)\.|(?<=^A)\.)\s+(?=\S)"
)
_QA = {"Question": "Q", "Answer": "A", "QUESTION": "Q", "ANSWER": "A"}
_MIN_TURNS = 2  # a transcript has at least two turns of each of two voices
_COURTESY = re.compile(gz.COURTESY_RE + r"\.? [A-Z]")


@dataclass(frozen=True)
class Turn:
    paragraph: int  # index of the turn's paragraph
    label: str  # "Q", "A", or a name label as written
    start: int  # where the words begin, after the label
    end: int


def find_turns(text: str, paras: list[Paragraph]) -> list[Turn]:
    """The labelled turns of an interview transcript, in order; [] when the article is none. Turns are
    paragraphs that open with a label used at least twice, by at least two voices; once there are two,
    a debate record's member who speaks once ("Mr. Kozak:") is a voice too."""
    turns = []
    titled: set[str] = set()  # labels written with a courtesy title: "Mr. Kozak:"
    for pi, p in enumerate(paras):
        m = TURN_LABEL.match(text[p.start : min(p.end, p.start + 80)])  # a label opens the paragraph
        if m:
            label = _QA.get(m["label"], m["label"])
            turns.append(Turn(pi, label, p.start + m.end(), p.end))
            if _COURTESY.match(m.group()):
                titled.add(label)
    # a voice first named in full, then by surname: "EDGARS KALNIŅŠ:" … "KALNIŅŠ:"
    short = {t.label.split()[-1].casefold(): t.label for t in turns if " " not in t.label}
    turns = [
        Turn(t.paragraph, short.get(t.label.split()[-1].casefold(), t.label), t.start, t.end)
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
    if len(voices) < 2:
        return []
    # a debate's record: a member who speaks once is a voice too ("Mr. Kozak: Mr. Speaker, I …")
    voices |= titled
    turns = [t for t in turns if t.label in voices]
    return _with_continuations(text, paras, turns)


_MAX_RUN_ON = 3  # paragraphs an answer may run on over before the next turn
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
        if len(between) <= _MAX_RUN_ON and all(
            len(words.split()) > 3
            and not _QUOTE_MARK.search(words)
            and not words.endswith(":")
            and not words.startswith("[")
            and (":" not in words[:40] or _TOPIC_LEAD.match(words))
            for words in said
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


def asks(text: str, turns: list[Turn], label: str) -> bool:
    """Whether a voice mostly asks: at least half its turns end on a question mark (an interviewer
    labelled by name, "Reporter:" or "De Smet:")."""
    own = [t for t in turns if t.label == label]
    questions = sum(1 for t in own if text[t.start : t.end].rstrip().endswith("?"))
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
# a title in capitals ("DR", "GEN", "LT") is a word to write as one, not an acronym
_TITLES_IN_CAPS = frozenset(t.upper() for t in gz.TITLES)


def _title_word(word: str) -> str:
    """A word of a label in capitals as a name or role is written: "HOLLOWAY" → "Holloway", "O’BRIEN" →
    "O’Brien"; an acronym ("MP", "UN") and a word already mixed ("McALISTER") stay as they are."""
    if not word.isupper() or (len(word.strip(",.")) <= 3 and word.strip(",.") not in _TITLES_IN_CAPS):
        return word
    return word.title()


def title_label(label: str) -> str:
    """A label in capitals as a name or role is written: "PRIME MINISTER MATTHEW HOLLOWAY" → "Prime Minister
    Matthew Holloway"."""
    return " ".join(_title_word(w) for w in label.split(" "))


def titled_labels(text: str, paras: list[Paragraph]) -> str:
    """The text with each speaker's label in capitals written as names are (the same length, so every
    offset holds), for the reader of names: it takes a name in capitals for a heading's shouting."""
    out = text
    for p in paras:
        m = _CAPS_LABEL.match(text, p.start, p.end)
        if m is None or sum(c.islower() for c in m["label"]) > 2:
            continue
        s, e = m.span("label")
        titled = title_label(m["label"])
        if len(titled) == e - s:  # (a letter whose title case is longer, "ß" -> "Ss", is left as it is)
            out = out[:s] + titled + out[e:]
    return out
