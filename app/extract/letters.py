"""Letters to the editor: "Sir, – …" paragraphs signed on a line of their own ("Andreas Georgiou,
Strovolos"); and letters printed with their replies: "Dear Minister," over a child's words signed "From Mia,
9, Darwin", "Dear Mia," over the minister's signed with a name over "Canberra, 10 April".

A letter is its writer's own words, as verbatim as a quotation, though no quotation marks surround
it. This stage finds the letters of a letters page and who signed each; the pipeline makes each of
their paragraphs a statement of the writer's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.quotes import SALUTATION_LINE, Paragraph, is_heading

# the salutation that opens a letter, left out of its words: "Sir, –", "Madam, -", "Dear Editor,"
SALUTATION = re.compile(
    r"(?:Dear\s+)?(?:Sir|Madam|Sir\s+or\s+Madam|Sir/Madam|Editor|the\s+Editor)\s*[,:]\s*(?:[–—-]+\s*)?"
)
# a signature line: a name (two to four capitalised words), a comma and where the writer lives, with no
# sentence of its own ("Graham Pettifer, Peyia, Paphos"; "Dr Anna Weiss, Graz, Austria")
_SIGNATURE = re.compile(
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Rev|Fr)\.?\s+)?"
    r"[A-Z][\w'’.-]+(?:\s+(?:de|van|von|da|di|del|le|la|O['’])?\s*[A-Z][\w'’-]+){1,3}"
    r",\s+[A-Z][\w'’.-]*(?:[ ,]+[A-Za-z][\w'’.-]*){0,4}\s*"
)
# … or a signature with the writer's age, as a children's page prints it: "From Mia, 9, Darwin"
_SIGNATURE_WITH_AGE = re.compile(
    r"From\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+\d{1,2},\s+[A-Z][\w'’ .,-]*"
)
# … or a name on its own line over where and when the letter was written: "Stephen Ord-Harrington" over
# "Canberra, 10 April"
_NAME_LINE = re.compile(r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Rev|Fr)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+){1,3}")
# a page that says it prints letters, in its first lines: "Letters to the Editor", "LETTERS"
_LETTERS_PAGE = re.compile(r"\bletters?\b", re.IGNORECASE)
_HEAD_PARAGRAPHS = 4
_MAX_SIGNATURE = 80  # characters: a signature is a line, not a sentence


@dataclass(frozen=True)
class Letter:
    signature: int  # index of the signature's paragraph
    paragraphs: tuple[
        tuple[int, int, int], ...
    ]  # (paragraph index, start, end) of the words, salutation left out
    dated: int | None = None  # index of the line under the signature that gives where and when it was written


def _is_signature(text: str, paras: list[Paragraph], i: int) -> bool:
    line = text[paras[i].start : paras[i].end].rstrip()
    if len(line) > _MAX_SIGNATURE:
        return False
    if _SIGNATURE.fullmatch(line) or _SIGNATURE_WITH_AGE.fullmatch(line):
        return True
    below = paras[i + 1] if i + 1 < len(paras) else None
    return (
        below is not None
        and _NAME_LINE.fullmatch(line) is not None
        and _PLACE_AND_DAY.fullmatch(text[below.start : below.end].strip()) is not None
    )


def find_letters(text: str, paras: list[Paragraph]) -> list[Letter]:
    """The signed letters of a letters page, in order; [] when the article is none. A letter runs from
    its salutation, or the paragraph after its headline, down to the signature under it; a page counts
    when a letter opens with a salutation, or it signs two letters and calls itself a letters page."""
    letters: list[Letter] = []
    saluted = False
    floor = 0  # the first paragraph a letter may take: after the last signature
    for si in range(len(paras)):
        if si == 0 or si < floor or not _is_signature(text, paras, si):
            continue
        body: list[tuple[int, int, int]] = []
        for pi in range(si - 1, floor - 1, -1):
            q = paras[pi]
            words = text[q.start : q.end].rstrip()
            # a letter's paragraphs are sentences; a line without one above them is its headline
            if is_heading(words):
                break
            # ("Dear Mia," on a line of its own: no words of the letter)
            opening = SALUTATION.match(words) or SALUTATION_LINE.match(words)
            if not opening or opening.end() < len(words):
                body.append((pi, q.start + (opening.end() if opening else 0), q.start + len(words)))
            if opening:
                saluted = True
                break
        # (a name over a place-and-date line: the letter ends under both, and is dated by the second)
        below = paras[si + 1] if si + 1 < len(paras) else None
        dated = si + 1 if below and _PLACE_AND_DAY.fullmatch(text[below.start : below.end].strip()) else None
        floor = (dated or si) + 1
        if body:
            letters.append(Letter(si, tuple(reversed(body)), dated))
    head = "\n".join(text[p.start : p.end] for p in paras[:_HEAD_PARAGRAPHS])
    if saluted or len(letters) >= 2 and _LETTERS_PAGE.search(head):
        return letters
    return []


# a note verbale, given in full: "The Ministry of … presents its compliments to the Embassy of … and …"
# down to "The Ministry avails itself of this opportunity to renew …", then where and when it was sent
_NOTE_OPENING = re.compile(r"(?P<sender>(?:The |the )?[A-Z][^.]{3,150}?) presents its compliments to\b")
_NOTE_CLOSING = re.compile(r"\bavails itself of (?:this|the) opportunity\b")
_PLACE_AND_DAY = re.compile(
    r"[A-Z][\w .'’-]{1,30}, (?:\d{1,2} [A-Z][a-z]+(?: \d{4})?|[A-Z][a-z]+ \d{1,2}(?:, \d{4})?)"
)
_MAX_NOTE_PARAGRAPHS = 12


@dataclass(frozen=True)
class Note:
    opening: int  # index of the paragraph that opens the note, naming its sender first
    sender_end: int  # where the sender's name ends, before "presents its compliments"
    paragraphs: tuple[tuple[int, int, int], ...]  # (paragraph index, start, end): the note's words
    dated: int | None  # index of the line under the note that gives where and when it was sent


def find_notes(text: str, paras: list[Paragraph]) -> list[Note]:
    """The notes verbales an article gives in full: each paragraph from the opening compliments up to,
    not including, the closing courtesy; [] when it gives none."""
    if "presents its compliments" not in text:
        return []
    notes: list[Note] = []
    for oi, p in enumerate(paras):
        opening = _NOTE_OPENING.match(text, p.start, p.end)
        if not opening:
            continue
        body: list[tuple[int, int, int]] = []
        for pi in range(oi, min(len(paras), oi + _MAX_NOTE_PARAGRAPHS)):
            q = paras[pi]
            if pi > oi and _NOTE_CLOSING.search(text, q.start, q.end):
                below = pi + 1 if pi + 1 < len(paras) else None
                dated = (
                    below
                    if below is not None
                    and _PLACE_AND_DAY.fullmatch(text[paras[below].start : paras[below].end].strip())
                    else None
                )
                notes.append(Note(oi, opening.end("sender"), tuple(body), dated))
                break
            body.append((pi, q.start, len(text[: q.end].rstrip())))
    return notes
