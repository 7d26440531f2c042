"""Unnamed speakers: "a senior German official", "Western diplomats", "sources familiar with the talks",
"Many European leaders". News quotes them as often as it quotes names; the guideline labels them as
groups, named as the article words them, with the state their words give ("German" -> DE)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract import gazetteer as gz
from app.extract.cues import lower_same_length
from app.extract.gate import matches_at, occurrences, shortest_words

_SINGULAR_HEADS = (
    "official",
    "diplomat",
    "source",
    "aide",
    "lawmaker",
    "legislator",
    "officer",
    "adviser",
    "advisor",
    "insider",
    # soldiers quoted in a feature: "a Lithuanian captain", "one sergeant"
    "captain",
    "colonel",
    "lieutenant",
    "sergeant",
    "commander",
    "soldier",
    # only with what they know: "a person familiar with the discussions"
    "person",
    # "One Labour backbencher, who asked not to be named", "a Tory MP"
    "backbencher",
    "MP",
    # a family member who asked not to be named: "Another spouse, who asked not to be named, said"
    "spouse",
    # only when unnamed by their wish: "A woman who asked not to be named told the photographer"
    "woman",
    "man",
)
# the words that make "a woman" a source: her wish not to be named
_UNNAMED_BY_WISH = ("woman", "man")
_PLURAL_HEADS = (
    "officials", "diplomats", "sources", "aides", "lawmakers", "legislators", "officers", "advisers",
    "advisors", "insiders", "ministers", "leaders", "generals", "commanders", "allies", "governments",
    "countries", "capitals", "members", "analysts", "experts", "observers", "critics", "MPs",
    "parliamentarians", "politicians", "people", "circles", "deputies", "senators", "MEPs", "congressmen",
    "backbenchers",
)  # fmt: skip
_DETERMINER = (
    r"(?P<det>(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|"
    r"[Aa] few|[Aa] number of|[Aa] handful of|[Oo]ne of the)\s+)?"
)
_MODIFIER_WORDS = (
    r"senior|top|high-ranking|high-level|junior|former|serving|western|eastern|northern|southern|central|"
    r"european|allied|government|military|army|Army|navy|Navy|defen[cs]e|security|foreign|intelligence|"
    r"administration|ministry|"
    r"opposition|ruling|coalition|party|congressional|parliamentary|Democratic|Republican|Conservative|Labour|"
    r"Tory|Liberal|Socialist|Green|GOP|Western|Eastern|Northern|Southern|Central|European|Baltic|Nordic|"
    r"Scandinavian|Balkan|NATO|EU|U\.S\.|UN|G7|Ukrainian|Russian|American|British"
)
# "Kremlin sources", "Moncloa sources": the seat of a government as a modifier
_MODIFIERS = (
    r"(?P<mod>(?:(?:" + _MODIFIER_WORDS + r"|" + gz.DEMONYM_RE + r"|" + gz.INSTITUTION_RE + r")"
    r"(?:\s+and\s+|\s+|-))*)"
)
_TAIL = (
    r"(?P<tail>,?\s+who (?:(?:asked|preferred|wished) not to|(?:declined|refused|did not want) to) be "
    r"(?:named|identified)|"
    r"\s+(?:familiar with|close to|briefed on|involved in|with (?:direct )?knowledge of)\s+"
    r"(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]+)*|\s+(?:in|from|at)\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    r"(?:\s+(?:countries|states|capitals|governments))?|"
    r"\s+from\s+(?:an?|one)\s+"
    r"(?:[\w-]+\s+)?(?:country|state|government|capital|member state|ally))?"
)


# the head noun first (one fast pass over the text), then the words before and after it. The pass is
# over the lower-cased text, where the heads are plain words (twice as fast as "[Oo]fficials|…"); a head
# counts only as written in one of its spellings: "officials" or "Officials", "MPs"
_HEAD = re.compile(
    r"(?<![\w’'-])(?P<head>" + "|".join(h.lower() for h in _PLURAL_HEADS + _SINGULAR_HEADS) + r")\b(?![’'-])"
)
# a head starts with one of these (found by substring search: far faster than _HEAD tried everywhere)
_HEAD_STARTS = shortest_words(h.lower() for h in _PLURAL_HEADS + _SINGULAR_HEADS)
_HEAD_SPELLINGS = frozenset(
    spelling
    for h in _PLURAL_HEADS + _SINGULAR_HEADS
    for spelling in ((h, h[0].upper() + h[1:]) if h[0].islower() else (h,))
)
# \Z, not "$": "$" also matches before a final newline, and a group opening a paragraph would take it in
_PREFIX = re.compile(r"(?<![\w’'-])" + _DETERMINER + _MODIFIERS + r"\Z")
_TAIL_AT = re.compile(_TAIL)
_PREFIX_REACH = 60  # characters before the head word that its determiner and modifiers may take
# "the official, who spoke on condition of anonymity": the unnamed speaker named just before
# (the letter first and the check before it as a lookbehind, so the regex engine can skip ahead to t's fast)
_BACK_REFERENCE = re.compile(r"[Tt](?<![\w-].)he (?P<head>" + "|".join(_SINGULAR_HEADS) + r")\b(?![’'-])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;][\"”’»]?\s+|\n\s*|[\"“«]\s*)$")
_LEADING = re.compile(r"^(?:[Aa]n?|[Oo]ne|[Aa]nother|[Oo]ne of the)\s+")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+")
_SOURCE_TAILS = ("familiar", "close", "briefed", "involved", "with")
_VAGUE_PLACES = {"Brussels", "Europe", "Washington"}  # the EU's seat, a continent, a city of many bodies


@dataclass(frozen=True)
class GroupMention:
    start: int
    end: int
    name: str  # as the article words it, without a leading "a"/"one": "Senior German official"
    country: str | None
    singular: bool
    place_at: int | None = None  # where the place in "sources at Palazzo Chigi" starts
    institution: str | None = None  # "Kremlin sources": the seat of government they speak for, as written


def find_groups(text: str, lower: str | None = None) -> list[GroupMention]:
    """Unnamed speakers in `text`, and "the official" / "the diplomat" that refers back to one. `lower`:
    `lower_same_length(text)`, when the caller has it."""
    out: list[GroupMention] = []
    lower = lower_same_length(text) if lower is None else lower
    head_starts = occurrences(lower, _HEAD_STARTS)
    for h in matches_at(_HEAD, lower, head_starts):
        written = text[h.start() : h.end()]
        if written not in _HEAD_SPELLINGS:
            continue  # "OFFICIALS", "Mps"
        head = written if written in ("MPs", "MP") else written.lower()
        if written != head and not _SENTENCE_START.search(text, max(0, h.start() - 4), h.start()):
            continue  # part of a name: "the Senior Officials Meeting"
        lo = max(0, h.start() - _PREFIX_REACH)
        pre = _PREFIX.search(text, lo, h.start())
        t = _TAIL_AT.match(text, h.end())
        start = pre.start() if pre else h.start()
        det, mod = (pre["det"] or "", pre["mod"] or "") if pre else ("", "")
        tail = (t["tail"] or "") if t else ""
        if tail.lstrip(" ,").startswith("who") and head not in _UNNAMED_BY_WISH:
            tail = ""  # ("a Baltic diplomat, who asked not to be named": the diplomat is source enough)
        end = t.end() if tail else h.end()
        place = t["place"] if t else None
        if head in ("people", "person") and not tail.strip().startswith(_SOURCE_TAILS):
            continue  # "many people" is the public, not a source
        if head in _UNNAMED_BY_WISH and not tail.lstrip(" ,").startswith("who"):
            continue  # "a man was seen": no source
        bare = not det and not mod.strip() and not tail
        if bare and not (head in _PLURAL_HEADS and _SENTENCE_START.search(text, max(0, start - 4), start)):
            continue  # a plain noun mid-sentence; "Officials said" opening a sentence speaks
        if head in _SINGULAR_HEADS and not det:
            continue  # "senior official Anna Berg": a role before a name
        if not tail and _NAME_AFTER.match(text, h.end()):
            continue  # "diplomat Anna Berg": a name follows
        if det and _PREDICATE_BEFORE.search(text, max(0, start - 12), start):
            continue  # "When X was an opposition backbencher, he …": what someone was, not who speaks
        if head in _SINGULAR_HEADS and _DESCRIBES_PRONOUN.match(text, end):
            continue  # "A former Army officer who served twice with UNIFIL, she has called …"
        name = _LEADING.sub("", _SPACES.sub(" ", text[start:end]).strip()).replace(", who ", " who ")
        seat = _INSTITUTION_IN.search(mod)
        out.append(GroupMention(start, end, name[0].upper() + name[1:], _country(mod, place),
                                head in _SINGULAR_HEADS, t.start("place") if place else None,
                                seat.group() if seat else None))  # fmt: skip
    # "the official" is "the " before a singular head, each of which starts with one of _HEAD_STARTS
    back_starts = [at - 4 for at in head_starts if at >= 4 and lower.startswith("the ", at - 4)]
    for m in matches_at(_BACK_REFERENCE, text, back_starts):
        # "the official" after "a senior official" or "an official familiar with the talks"
        earlier = [
            g for g in out if g.singular and g.end <= m.start() and m["head"] in g.name.lower().split()
        ]
        if earlier:
            last = earlier[-1]
            out.append(GroupMention(m.start(), m.end(), last.name, last.country, True))
    return sorted(out, key=lambda g: g.start)


_SPACES = re.compile(r"\s+")
_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|being|became|becomes|become|remains|remained|as)\s+$"
)
_DESCRIBES_PRONOUN = re.compile(r"\s+who\b[^.;:“”\"]{0,120}?,\s+(?:he|she)\b")
_CAPITALISED = re.compile(r"[A-Z][\w.]+")
_INSTITUTION_IN = re.compile(r"(?<![\w-])(?:" + gz.INSTITUTION_RE + r")(?![\w-])")


def _country(modifiers: str, place: str | None) -> str | None:
    """The one state the words name: "German officials" -> DE, "officials in Warsaw" -> PL."""
    words = _CAPITALISED.findall(modifiers)
    codes = {gz.country_of_word(w) for w in words} - {None}
    # a party of one state: "a Labour backbencher" -> GB
    codes |= {gz.PARTIES[w][0] for w in words if len(gz.PARTIES.get(w, ())) == 1}
    if place and place not in _VAGUE_PLACES:
        codes |= {gz.country_of_word(place)} - {None}
    return codes.pop() if len(codes) == 1 else None
