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


def _mover_before(text: str, paras: list[Paragraph], pi: int, stop: int) -> tuple[int, int, int] | None:
    """The paragraph before `pi` (not before `stop`) that says who tabled it: (paragraph, name at, end)."""
    for pj in range(pi - 1, max(stop, pi - _LOOK_BACK) - 1, -1):
        p = paras[pj]
        found = list(_MOVER_BEFORE.finditer(text, p.start, p.end))
        if found:
            return pj, found[-1].end(), p.end
    return None


def find_motions(text: str, paras: list[Paragraph], quotes: list[Quote]) -> list[Motion]:
    """The motions and amendments of an order paper or a motions page, each with its mover's place."""
    found: list[Motion] = []
    last = -1  # the last paragraph of the motion before: no line of it tells who tabled the next
    for pi, p in enumerate(paras):
        if _MOTION.match(text, p.start, p.end):
            before = _mover_before(text, paras, pi, last + 1)
            if before is not None:
                pj, at, end = before
            else:
                after = next(
                    (
                        (pj, m.end(), paras[pj].end)
                        for pj in range(pi + 1, min(len(paras), pi + 1 + _LOOK_AHEAD))
                        if (m := _MOVER_AFTER.match(text, paras[pj].start, paras[pj].end))
                    ),
                    None,
                )
                if after is None:
                    continue
                pj, at, end = after
            head = paras[max(last + 1, pi - _LOOK_BACK)].start
            found.append(Motion(at, end, p.start, len(text[: p.end].rstrip()), pi, (head, p.start)))
            last = pi
            continue
        # an amendment's words: "At end add 'and further believes …'", under "An amendment tabled by X"
        amending = [
            q
            for q in quotes
            if q.paragraph == pi
            and _AMENDING.search(text, p.start, q.open_at)
            and len(text[q.start : q.end].split()) > 3
        ]
        if not amending:
            continue
        before = _mover_before(text, paras, pi, last + 1)
        if before is None:
            continue
        pj, at, end = before
        head = paras[max(last + 1, pi - _LOOK_BACK)].start
        for q in amending:
            found.append(Motion(at, end, q.start, q.end, pi, (head, p.start), q))
        last = pi
    return found
