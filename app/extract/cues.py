"""Speech verbs and policy verbs, by lemma, as regular expressions."""

from __future__ import annotations

import re
from functools import lru_cache

from app.extract.gate import WordStartPattern
from app.extract.gazetteer import _alternation


def _forms(lemma: str) -> list[str]:
    """say -> say, says, said, saying; warn -> warn, warns, warned, warning."""
    irregular = {
        "say": ["say", "says", "said", "saying"],
        "tell": ["tell", "tells", "told", "telling"],
        "write": ["write", "writes", "wrote", "written", "writing"],
        "deny": ["deny", "denies", "denied", "denying"],
        "reply": ["reply", "replies", "replied", "replying"],
        "signal": ["signal", "signals", "signalled", "signaled", "signalling", "signaling"],
        "put": ["put it"],
        "rule out": ["rule out", "rules out", "ruled out", "ruling out"],
        "call for": ["call for", "calls for", "called for", "calling for"],
        "point out": ["point out", "points out", "pointed out", "pointing out"],
        "speak": ["speak", "speaks", "spoke"],
        "quip": ["quipped", "quips"],
        "snap": ["snapped", "snaps"],
        "plead": ["pleaded", "pleads", "pleading"],
        # the tabloid's verbs of speech, in the forms no noun or other sense shares ("a blast", "a sneer")
        "fume": ["fumed", "fumes", "fuming"],
        "sneer": ["sneered", "sneering"],
        "thunder": ["thundered"],
        "blast": ["blasted"],
        "gush": ["gushed"],
        "hiss": ["hissed"],
        "rant": ["ranted"],
        "taunt": ["taunted"],
        # "state" and "states" are nouns far more often ("the Baltic states"): only the unambiguous forms
        "state": ["stated", "stating"],
        # "consider" is a speech verb only with its clause: "considered that 'it is premature'" (translation)
        "consider that": ["considered that", "considers that"],
        "question whether": ["questioned whether", "questions whether", "questioning whether"],
    }
    if lemma in irregular:
        return irregular[lemma]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith(("ss", "sh")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


SPEECH_LEMMAS = [
    "say", "tell", "state", "warn", "add", "stress", "insist", "write", "declare", "announce",
    "emphasize", "emphasise", "argue", "note", "reply", "respond", "explain", "claim", "assert",
    "acknowledge", "caution", "remind", "indicate", "suggest", "believe", "urge", "hope", "promise",
    "post", "tweet", "recall", "repeat", "confirm", "predict", "put", "threaten", "maintain", "comment",
    "observe", "admit", "concede", "contend", "underscore", "underline", "reiterate", "affirm", "clarify",
    "complain", "accuse", "describe", "vow", "pledge", "deny", "signal", "propose", "call for", "mention", "call",  # noqa: E501
    "specify", "highlight", "point out", "assure", "communicate", "answer", "reaffirm", "announce",
    "cite", "underscore", "denounce", "condemn", "criticise", "criticize", "decry", "retort", "counter",
    "lament", "consider that", "demand", "question whether", "mutter", "quip", "grumble", "joke", "snap",
    "boast", "plead", "fume", "sneer", "thunder", "blast", "gush", "hiss", "rant", "taunt",
]  # fmt: skip
# (not "muse": beside "mutter" the trie gives "mu(?:se|tter)…", whose first words the gate cannot read)
_SPEECH_FORMS = sorted({f for lemma in SPEECH_LEMMAS for f in _forms(lemma)}, key=len, reverse=True)


def _lower_or_capitalised(words: list[str]) -> str:
    """An alternation of lower-case words, each also with a capital first letter ("said", "Said"):
    the first letter as a class of both cases, then the rest as one trie (compiles in half the time
    of a trie of both spellings)."""
    rests: dict[str, list[str]] = {}
    for w in words:
        rests.setdefault(w[0], []).append(w[1:])
    branches = [f"[{c.upper()}{c}]" + _alternation(rest) for c, rest in sorted(rests.items())]
    return "(?:" + "|".join(branches) + ")"


SPEECH = _lower_or_capitalised(_SPEECH_FORMS)
# The forms in lower case only: what patterns with IGNORECASE use (they compile in half the time), and
# what lower-cased text is searched with (see `lower_same_length`: several times faster).
SPEECH_LOWER = r"(?:" + _alternation(_SPEECH_FORMS) + r")"
# a speech word used as a noun is no cue: "making promises", "the claims", "after a call with"
_NOUN_BEFORE = (
    "a", "an", "the", "this", "his", "her", "its", "their", "our",
    "making", "made", "make", "empty", "broken",
)  # fmt: skip
# the words alone; their noun uses are filtered after each match (`_verb_use`: as lookbehinds, tried at
# every position of every text, they cost a sixth of the extractor's time)
SPEECH_RE = re.compile(r"\b" + SPEECH_LOWER + r"\b", re.IGNORECASE)
_SPEECH_LOWER_RE = re.compile(r"\b" + SPEECH_LOWER + r"\b")
_NOUN_BEFORE_RE = re.compile(r"\b(?:" + "|".join(_NOUN_BEFORE) + r") $")


# what was not said: "X said the government should have said yes “a long time ago”"
_UNSAID_BEFORE_RE = re.compile(r"\b(?:should|could|would|might|must)(?: not)? have $")


def _verb_use(lower: str, start: int) -> bool:
    """Whether the speech word at `start` of lower-cased text is a verb, not a noun after "the", "a" …,
    and tells of words said, not of words that should have been"""
    return _NOUN_BEFORE_RE.search(lower, max(0, start - 8), start) is None and not (
        lower.endswith("have ", 0, start) and _UNSAID_BEFORE_RE.search(lower, max(0, start - 17), start)
    )


# lemmas whose past and present forms after a quotation would rather start the writer's next clause
_NOT_AFTER_QUOTE = {
    "call", "call for", "put", "believe", "hope", "describe", "cite", "consider that", "question whether",
    "communicate", "signal", "propose", "demand", "accuse", "deny",
}  # fmt: skip
# the finite forms of the other lemmas: "…,” he affirmed", "…” has added" (not a fixed list of a few)
_AFTER_QUOTE_FORMS = sorted(
    {
        f
        for lemma in SPEECH_LEMMAS
        if lemma not in _NOT_AFTER_QUOTE
        for f in _forms(lemma)
        if f != lemma and f.endswith(("s", "d"))
    },
    key=len,
    reverse=True,
)
# Verbs that, after a quotation, name its speaker ("..., he said", "..., said X").
AFTER_QUOTE_RE = re.compile(
    # (and the cues of no lemma above, or irregular: "wrote", "…,” she continued", "…,” the letter reads")
    r"\b(?:" + _alternation(_AFTER_QUOTE_FORMS) + r"|"
    r"wrote|asked|continued|concluded|remarked|admitted|quoted as saying|saying|put it|reads)\b",
    re.IGNORECASE,
)
# A position taken in public, in lower case: "came out strongly against", "have come out in favour of"
CAME_OUT = (
    r"(?:come|came|comes)\s+out\s+(?:(?:strongly|firmly|publicly|openly)\s+)?"
    r"(?:against|in\s+favou?r(?:\s+of)?)"
)
# Positions in the writer's words: the verb phrase itself carries the stance.
POLICY = (
    r"(?:refused to rule out|refuses to rule out|rul(?:ed|es) (?:it|this|that|them) out|"
    r"(?:kept|keeps|keeping) (?:his|her|its|their) distance from|"
    r"(?:has |have )?(?:led|leads|leading) the (?:push|calls?) for|"
    # nominal positions: "one of the loudest voices against sending troops", "a vocal opponent of any
    # deployment"
    r"(?:is|are|was|were|has been|have been)\s+(?:one of\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:voices?|opponents?|critics?|advocates?|proponents?|champions?|supporters?|backers?)\s+"
    r"(?:against|of|for)|"
    r"(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?"
    r"(?:ruled? out|excluded?)|would not rule out|will not rule out|ruled out|rules out|rule out|"
    r"rejected|rejects|dismissed|dismisses|derided|derides|mocked|mocks|ridiculed|ridicules|scoffed at|"
    # the plural present: "The AfD and the BSW reject any deployment" (not "urged them to reject")
    r"(?<!to )(?:reject|oppose)(?= (?:any|the|a|an|sending|deploying|this|such|plans?|calls?|proposals?|"
    r"idea)\b)|"
    r"distanced (?:themselves|himself|herself|itself)|"
    r"(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:firmly\s+|strongly\s+|flatly\s+|resolutely\s+|"
    r"categorically\s+|adamantly\s+|also\s+|still\s+)?(?:against|opposed to)|"
    r"opposed|opposes|"
    # "The Communist Party and the Left Bloc have both come out against any deployment"
    r"(?:(?:has|have|had)\s+(?:both\s+|all\s+|also\s+|now\s+|already\s+)?)?" + CAME_OUT + r"|"
    r"disagreed|disagrees|downplayed|refused|refuses|denied|denies|"
    r"(?:has|have)\s+(?:not\s+)?backed down|did not back down|"
    r"(?:is|are|was|were)\s+(?:ready|prepared|willing|open)\s+to|signalled|signaled|"
    r"(?:has|have)\s+said|"
    r"does not close the door|did not close the door|left the door (?:ajar|open)|"
    r"(?:has|have)\s+(?:once again\s+)?raised the prospect|mentioned the possibility|"
    r"cited|believes|suggested|proposed|called for|called on|calls on|hoped|vowed|pledged|threatened|"
    r"welcomed|backed|supported|endorsed|defended|defends|volunteered|"
    # "poured cold water on the idea", "balked at the cost", "voted to authorise a contribution"
    r"(?:poured|pours|pouring) cold water on|balked at|balks at|"
    r"vot(?:ed|es) (?:(?:on )?\w+ )?(?:to|for|against)\b|"
    # "France and Britain are leading planning for a force", "pressing ahead with plans for"
    r"(?:is|are|was|were)\s+(?:leading|spearheading|driving|coordinating)(?=\s+(?:the\s+)?(?:planning|"
    r"plans|efforts?|push|work|preparations)\b)|(?:is|are|was|were)\s+pressing ahead with|press(?:es|"
    r"ed)? ahead with|continues? to call (?:on|for)|continued to call (?:on|for)|(?:will|"
    r"would)\s+(?:only\s+)?decide(?=\s+(?:on|whether))|backs? (?=(?:the|a|an|any|this|such|sending|"
    r"deploying|plans?|calls?|proposals?|idea)\b)|"
    r"(?:is|are|was|were|has been|have been)\s+pushing for|push(?:es|ed)? for|joined calls for|joins calls for|"  # noqa: E501
    r"(?:has|have)\s+made (?:it\s+)?clear|excluded|excludes|"
    r"(?:is|are|was|were)\s+(?:not\s+)?(?:considering|planning|preparing|contemplating|weighing|studying|mulling|"
    r"examining|assessing)|"
    r"(?:has|have|had)\s+no\s+(?:such\s+)?(?:plans?|intention)|"
    r"(?:will|would|shall)\s+(?:not\s+|never\s+)?(?:send|deploy|contribute|put|take part|participate)|"
    r"(?:does|do|did)\s+not\s+(?:intend|plan|want)\s+to|"
    # "Rome said no to the plan", "Warsaw said no." (not "said no Finnish soldier should go": a clause said)
    r"said no(?=\s+to\b|\s*[.,;]|\s+(?:again|once more|outright|firmly)\b)|"
    r"(?:wants?|wanted|offered|offers|agreed|agrees|plans|planned|intends?|intended|declined|declines)\s+to|"
    r"made (?:it\s+)?clear|makes (?:it\s+)?clear|(?:left|leaves|leaving) open|floated|"
    r"(?:is|are)\s+(?:already\s+)?(?:sending|deploying)|"
    r"(?:is|are|was|were|has been|have been|remains?|remained)\s+"
    r"(?:(?:very|more|most|deeply|openly|rather)\s+)?"
    r"(?:cautious|reluctant|sceptical|skeptical|hesitant|keen|eager|willing|lukewarm|wary|unenthusiastic)|"
    # "Warsaw prefers to keep its forces at home"
    r"prefers to|preferred to|preferring to)\b"
)
# every literal of POLICY is lower case: matched on lower-cased text, as if with IGNORECASE
_POLICY_LOWER_RE = re.compile(r"\b" + POLICY)
_POLICY_LOWER = WordStartPattern(_POLICY_LOWER_RE)  # tried only where one of its first words stands

# Lower-casing keeps every position except for these letters, which IGNORECASE matches to i and s.
_CASE_ODDITIES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def lower_same_length(text: str) -> str:
    """`text` lower-cased, position for position: a lower-case pattern matched on it without
    re.IGNORECASE finds what the IGNORECASE pattern finds in `text`, and the regex engine scans
    the case-sensitive pattern several times faster."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_CASE_ODDITIES)
    return text.lower()


def _spans(lower_pattern: re.Pattern | WordStartPattern, text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(
        (m.start(), m.end(), text[m.start() : m.end()])
        for m in lower_pattern.finditer(lower_same_length(text))
    )


def speech_cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of every speech verb in `text`: `SPEECH_RE.finditer(text)`, faster."""
    return list(_speech_cues(text))


def has_speech_cue(text: str, start: int, end: int) -> bool:
    """Whether `SPEECH_RE.search(text, start, end)` finds a speech verb."""
    lower = lower_same_length(text)
    return any(_verb_use(lower, m.start()) for m in _SPEECH_LOWER_RE.finditer(lower, start, end))


def policy_cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of every position verb phrase (POLICY, in any case) in `text`."""
    return list(_policy_cues(text))


# Cached (as tuples, which no caller can change): the stages search the same sentence for cues again
# (reported speech, quotations, dates), and its text is all the answer depends on. The pipeline empties
# the caches for each article (`clear_caches`).
@lru_cache(maxsize=1024)
def _speech_cues(text: str) -> tuple[tuple[int, int, str], ...]:
    lower = lower_same_length(text)
    return tuple(
        (m.start(), m.end(), text[m.start() : m.end()])
        for m in _SPEECH_LOWER_RE.finditer(lower)
        if _verb_use(lower, m.start())
    )


@lru_cache(maxsize=1024)
def _policy_cues(text: str) -> tuple[tuple[int, int, str], ...]:
    return _spans(_POLICY_LOWER, text)


def clear_caches() -> None:
    _speech_cues.cache_clear()
    _policy_cues.cache_clear()


# whom words are told, named by what they are: "told reporters", "told lawmakers on Tuesday"
HEARERS = (
    r"(?:reporters|journalists|lawmakers|legislators|MPs|senators|parliament|deputies|the (?:press|committee|"
    r"house|chamber|senate|BBC|AP|AFP))"
)
