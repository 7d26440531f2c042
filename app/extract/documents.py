"""Documents printed whole: a speech, an order of the day or a statement the article gives in full.

"Below is the Ukraine section of the speech as delivered", "We print it in full": after such a note the
paragraphs, up to the next heading or the signature, are the words of the person the note is about,
as verbatim as a quotation though no quotation marks surround them. This stage finds the note, the
document's paragraphs (leaving out the headings above it, its place-and-date line, the hall's reactions
in brackets) and its signature line, if any; the pipeline makes each paragraph a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.extract.quotes import SALUTATION_LINE, SIGN_OFF, Paragraph, is_heading

# the note that announces it: "We print it in full.", "Below is the text of her speech", "The full text
# follows", "Here is the statement as delivered"
_PRINTED_WHOLE = re.compile(
    r"\b(?:[Ww]e (?:print|publish|reproduce) (?:it|them|both|them both|the (?:full )?text|"
    r"(?:his|her|their) \w+) in full"
    r"|(?:[Bb]elow|[Hh]ere) (?:is|are|follows?) (?:the|an?|his|her|their) (?:[\w'’-]+ ){0,5}?"
    r"(?:text|speech|address|statement|order|letter|message|extract|section|remarks)\b"
    r"|[Tt]he (?:full )?text (?:follows|is below|reads as follows)"
    r"|\bas (?:delivered|prepared for delivery)\b)"
)
# a line the document opens on that is no part of its words: "Oslo, 5 June 2026", "From the Chief of …"
_PLACE_DATE_LINE = re.compile(r"[A-Z][\w'’ -]{1,40},\s+\d{1,2}\s+\w+\s+\d{4}\s*$")
_FROM_TO_LINE = re.compile(r"(?:From|To) the\b[^.]*$")
# the hall's reaction or a note in brackets: "(Applause)", "(Interjection from the floor: …)"
_BRACKETED = re.compile(r"[(\[].*[)\]]\s*$")
# the word over the signature: "Signed:", "Signed,", "Sincerely,", "Yours,"
_SIGNED = re.compile(SIGN_OFF + r"\s*[:,]?\s*$")
_SIGNATURE_WORDS = 4  # a signature line: a name of at most this many words, no sentence
_MAX_PARAGRAPHS = 30


@dataclass(frozen=True)
class Document:
    note: int  # the announcing paragraph
    paragraphs: tuple[tuple[int, int, int], ...]  # (paragraph, start, end) of its words
    signature: int | None  # the signature's paragraph
    dated: int | None = None  # its place-and-date line's paragraph: "Prague, 14 October 2026"


def _is_signature(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _SIGNATURE_WORDS
        and all(w[:1].isupper() for w in words)
        and not line.rstrip().endswith((".", ":", "?", "!"))
    )


def _read(text: str, paras: list[Paragraph], pj: int) -> tuple[Document | None, int, bool]:
    """The document whose lines start at paragraph `pj` (its note left to the caller), the paragraph
    after it, and whether a letter's place-and-date line or salutation heads it."""
    words: list[tuple[int, int, int]] = []
    signature = dated = None
    headed = False
    # the headings, the place-and-date line and the salutation above its words
    while pj < len(paras) and (
        is_heading(line := text[paras[pj].start : paras[pj].end])
        or line.isupper()  # ("THE SPEECH (EXTRACT)")
        or _PLACE_DATE_LINE.match(line)
        or _FROM_TO_LINE.match(line)
    ):
        if _PLACE_DATE_LINE.match(line):
            dated = pj
        headed = headed or dated is not None or bool(SALUTATION_LINE.match(line))
        pj += 1
    while pj < len(paras) and len(words) < _MAX_PARAGRAPHS:
        line = text[paras[pj].start : paras[pj].end].strip()
        if _SIGNED.match(line):
            signature = pj + 1 if pj + 1 < len(paras) else None
            pj += 2
            break
        if _BRACKETED.match(line):
            pj += 1
            continue
        if is_heading(line) or line.isupper():
            if _is_signature(line):
                signature = pj
                pj += 1
            break
        s = paras[pj].start
        words.append((pj, s, s + len(text[s : paras[pj].end].rstrip())))
        pj += 1
    return (Document(-1, tuple(words), signature, dated) if words else None), pj, headed


def find_documents(text: str, paras: list[Paragraph]) -> list[Document]:
    """The documents an article prints whole after a note that says so; after a signed letter, the letter
    that follows it under a place-and-date line or a salutation of its own (a letter and its reply)."""
    found: list[Document] = []
    after = 0  # (the paragraphs of a document found are no note of another)
    for pi, p in enumerate(paras):
        if pi < after or not _PRINTED_WHOLE.search(text, p.start, p.end):
            continue
        doc, pj, _headed = _read(text, paras, pi + 1)
        while doc is not None:
            found.append(replace(doc, note=pi))
            after = pj
            if doc.signature is None:
                break
            doc, pj, headed = _read(text, paras, pj)
            if not headed:
                break
    return found
