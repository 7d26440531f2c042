"""Motions: "That this House welcomes …" paragraphs, and an amendment's words, tabled in a member's name.

A motion's text is its mover's words, as verbatim as a quotation, though no quotation marks surround it
(an order paper, an early day motions page, a council's agenda); so are the words an amendment would add
("At end add 'and further believes …'"). This stage finds them and where the name of the member who
tabled or moved each stands; the pipeline makes each a statement of that member's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.quotes import Paragraph, Quote

# a motion's opening words: "That this House …", "'That this Council: (a) …"
_MOTION = re.compile(
    r"[\"'“‘]?That this (?:House|Synod|Council|Assembly|Conference|Chamber|Parliament|Senate|Congress|"
    r"Committee|Board|Convention|Meeting|Executive)\b"
)
# the member it is tabled by, in a line before it: "A motion tabled by Diane X (Labour, …)", "Moved by
# Cllr Y", "An amendment in the name of Z"
_MOVER_BEFORE = re.compile(
    r"\b(?:[Tt]abled|[Mm]oved|[Pp]roposed|[Bb]rought|[Ss]ubmitted|[Ll]odged|[Pp]ut down) by (?:the )?"
    r"|\bin the name of (?:the )?"
)
# … or in a line after it: "Primary sponsor: Diane X", "Proposer: Cllr Y"
_MOVER_AFTER = re.compile(r"(?:Primary sponsor|Sponsor|Proposer|Mover|Moved by|Proposed by|Tabled by)\s*:\s*")
# the words an amendment would put in, quoted after the instruction: "leave out … and add '…'", "insert '…'"
_AMENDING = re.compile(r"\b(?:add|insert|substitute|replace (?:it|them) with)\s*$", re.IGNORECASE)
_LOOK_BACK = 3  # paragraphs: the motion's number, its title, its date and who tabled it
_LOOK_AHEAD = 2  # paragraphs: its sponsor line


@dataclass(frozen=True)
class Motion:
    mover_at: int  # where the mover's name begins
    mover_end: int  # the end of the line that names them
    start: int  # the words: a motion's paragraph, or an amendment's quotation
    end: int
    paragraph: int
    dated: tuple[int, int]  # the lines its date is read from ("Tabled 16 June 2026")
    quote: Quote | None = None  # an amendment's quotation


def _mover_before(text: str, paras: list[Paragraph], pi: int, stop: int) -> tuple[int, int] | None:
    """Where the name stands in the paragraph before `pi` (not before `stop`) that says who tabled it, and
    that paragraph's end."""
    for pj in range(pi - 1, max(stop, pi - _LOOK_BACK) - 1, -1):
        p = paras[pj]
        found = list(_MOVER_BEFORE.finditer(text, p.start, p.end))
        if found:
            return found[-1].end(), p.end
    return None


def _mover_after(text: str, paras: list[Paragraph], pi: int) -> tuple[int, int] | None:
    """Where the name stands in a sponsor line after paragraph `pi` ("Primary sponsor: X"), and its end."""
    for pj in range(pi + 1, min(len(paras), pi + 1 + _LOOK_AHEAD)):
        m = _MOVER_AFTER.match(text, paras[pj].start, paras[pj].end)
        if m:
            return m.end(), paras[pj].end
    return None


def find_motions(text: str, paras: list[Paragraph], quotes: list[Quote]) -> list[Motion]:
    """The motions and amendments of an order paper or a motions page, each with its mover's place."""
    # the quotations an amendment may put in, by paragraph (a word or two is the place it amends: 'peace;')
    quoted: dict[int, list[Quote]] = {}
    for q in quotes:
        if len(text[q.start : q.end].split()) > 3:
            quoted.setdefault(q.paragraph, []).append(q)
    found: list[Motion] = []
    last = -1  # the last paragraph of the motion before: no line of it tells who tabled the next
    for pi, p in enumerate(paras):
        head = paras[max(last + 1, pi - _LOOK_BACK)].start  # where its own lines may begin
        if _MOTION.match(text, p.start, p.end):
            mover = _mover_before(text, paras, pi, last + 1) or _mover_after(text, paras, pi)
            if mover is None:
                continue
            found.append(Motion(*mover, p.start, len(text[: p.end].rstrip()), pi, (head, p.start)))
            last = pi
            continue
        # an amendment's words: "At end add 'and further believes …'", under "An amendment tabled by X"
        amending = [q for q in quoted.get(pi, ()) if _AMENDING.search(text, p.start, q.open_at)]
        mover = _mover_before(text, paras, pi, last + 1) if amending else None
        if mover is None:
            continue
        found.extend(Motion(*mover, q.start, q.end, pi, (head, p.start), q) for q in amending)
        last = pi
    return found
