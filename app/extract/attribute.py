"""Who said a quotation: speech-verb cues before / after it, pronouns, carried speakers, posts."""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.extract import gazetteer as gz
from app.extract.actors import ROLE_FIELD, Actor, Mention, _sentence_start, actor_named
from app.extract.clean import DATELINE_PREFIX, ITEM_START
from app.extract.cues import (
    AFTER_QUOTE_RE,
    POLICY,
    SPEECH_LOWER,
    has_speech_cue,
    lower_same_length,
    speech_cues,
)
from app.extract.gate import WordStartPattern
from app.extract.quotes import Paragraph, Quote
from app.extract.transcripts import PANEL_TITLE_LINES, PANEL_TITLE_WORDS

_GAP_OK = re.compile(
    # (an acronym in brackets after a name: "Alternative for Germany (AfD) rejected …")
    r"^(?:[\s,]|\([A-Z][A-Za-z0-9]{1,6}\)|\b(?:also|again|once|has|have|had|was|were|is|are|all|both|then|later|previously|repeatedly|"
    r"quickly|on|in|at|this|last|earlier|meanwhile|not|never|already|clearly|would|will|did|does|do|could|"
    r"may|might|himself|herself|only|further|too|however|instead|today|yesterday|morning|evening|afternoon|"
    r"night|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|a|an|the|statement|"
    r"interview|briefing|post|separately|publicly|privately|first|and|then|too|\w+ly|\d+|january|february|"
    r"march|april|may|june|july|august|september|october|november|december|winding|up|debate|speech|"
    r"address|televised|written|short|press|conference|since|for (?:his|her|its|their) part|"
    # "The far-right Vox party said": the word after a party's name
    r"party|faction|"
    # "The Kremlin was quick to rule out the idea"
    r"(?:quick|swift|keen|eager|careful|slow|happy|glad) to)\b)*$",
    re.IGNORECASE,
)
# (", criticised for his remarks," is an aside; ", criticised the government's approach" is the verb)
_ASIDE = re.compile(r",\s*(?:who|whose|which|where|a|an|the|now|then|himself|herself|speaking|asked|"
                    # "Austria and Switzerland, Europe's two best-known neutral states, will not …"
                    r"[A-Z][\w-]+['’]s(?=(?:\s+[a-z][\w-]*)+\s*,)|"

                    r"as (?:expected|usual|always|before|predicted)|predictably|far from|despite|unlike|"
                    r"arriving|winding|opening|poised|answering|responding|replying|appearing|testifying|"
                    r"visiting|meeting|flanked|accompanied|hosting|addressing|attending|travelling|traveling|"
                    r"critici[sz]ed(?= (?:by|for|as|over|at)\b)|"
                    r"according|by contrast|in contrast|for (?:its|their|his|her) part|in turn|meanwhile|however|"  # noqa: E501
                    r"too|also|likewise|instead|on the other hand|\d{1,3}(?=,))\b[^,]*,|"
                    # a town and its county: "X, 34, from Catterick, North Yorks, said"
                    r",\s*from\b[^,]*,(?:\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s*,)?")  # fmt: skip
_PAREN = re.compile(r"\([^)]*\)")


def _aside_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The asides set off by commas between two positions. A relative clause's closing comma may open
    another ("X, whose husband is a sergeant with the Royal 22nd Regiment, the Van Doos, said"); any other
    aside's may not ("the chairman, the ND MP Dimitris Anagnostou, noted": the name is the subject)."""
    spans: list[tuple[int, int]] = []
    for m in _ASIDE.finditer(text, lo, hi):
        rest = _NAME_LIST_REST.match(text, m.end(), hi)
        # "X, the councillor in charge of the Federal Department of Defence, Civil Protection and Sport,
        # said": the rest of a name its own commas cut
        spans.append((m.start(), rest.end() if rest else m.end()))
        if _RELATIVE_ASIDE.match(text, m.start()):
            chained = _ASIDE.match(text, m.end() - 1, hi)
            if chained:
                spans.append((chained.start(), chained.end()))
    return spans


_CAPITALISED_WORDS = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
_NAME_LIST_REST = re.compile(
    r"\s*"
    + _CAPITALISED_WORDS
    + r"(?:,\s*"
    + _CAPITALISED_WORDS
    + r")*\s+and\s+"
    + _CAPITALISED_WORDS
    + r"\s*,"
)
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|whose|which|where)\b")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\b")
# (German news in translation: "…“, so the CDU politician." is "according to the CDU politician")
_ACCORDING_TO_AFTER = re.compile(
    r"[\s,]*(?:according to\b|so (?=(?:the )?[A-Z][\w'’-]*(?: [\w'’-]+){0,3}\s*[.;]))", re.IGNORECASE
)
_SENTENCE_MARK = re.compile(r"[.!?]")
# between a speech verb and an "according to" set into its sentence: "stated[ on Wednesday in Moscow, ]"
_CUE_THEN_SOURCE = re.compile(r"(?:\s+(?:on|in|at|last|this)\s+[^,;:.]{1,40}?)*\s*,\s*")
# the full stop of a title or initial is not a sentence's end: "Mr. Smith", "Sen. Doe", "John F. Kerry"
_TITLE_DOT = re.compile(r"\b(?:" + gz.TITLE_RE + r"|Jr|Sr|" + gz.INITIAL_RE + r")\.")
_ANAPHOR = re.compile(
    r"\b(?:the|his|her|its|a)\s+(?P<w>embassy|ministry|office|government|alliance|palace|statement|readout|post|"
    r"presidency|department)\b(?!['’]s)(?:\s+spokes(?:man|woman|person))?",
    re.IGNORECASE,
)
# a role between a body and the name of the one who holds it: "Foreign Ministry spokeswoman Yelena Rudakova"
_ROLE_GAP = re.compile(r"['’]?s?\s+(?:[a-z][\w-]*\s+){0,2}(?:" + gz.ROLE_RE + r")\s+", re.IGNORECASE)
_COORDINATED_VERB_GAP = re.compile(
    r"[\s,]*(?:\w+ly\s+)?[a-z]+(?:ed|s)\b[^,.;:\"“”]{0,60}?\s+and\s+(?:then\s+|also\s+|\w+ly\s+)?"
)
_POST_RE = re.compile(r"\s*[—–-]{1,2}\s*(?P<name>[^()\n]{2,60}?)\s*\((?P<handle>@\w+)\)\s*(?P<date>.*)$")
# a post's header line above its text: "Kasper Feldborg (@KFeldborg), Danish foreign minister · Mon 17 Feb,
# 20:41"
_POST_HEADER_RE = re.compile(
    r"\s*(?P<name>[^()\n]{2,60}?)\s*\((?P<handle>@\w+)\)(?P<role>[^·•|\n]{0,80}?)\s*[·•|]\s*(?P<date>[^\n]*)$"
)


_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|inside|outside)\s+(?:the\s+)?$", re.IGNORECASE)
_INTRO_WORDS = r"(?:In|At|From|Across|Inside|Outside|Over in|Back in)"
_INTRO_PLACE = re.compile(r"\s*" + _INTRO_WORDS + r"\s+(?:the\s+)?")
# a scene before the subject, however many phrases it runs to, and at most a rank or title after it
_INTRO_SCENE = re.compile(
    r"\s*(?:" + _INTRO_WORDS + r"|Back at)\s[^.;!?]{0,160}?,\s*(?:[A-Z][\w-]*\.?\s+){0,3}"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|from|to|with|by|of|for|on|into|about|against|than|like|near|toward|towards|outside|beyond|"
    r"across|throughout|within|besides|unlike)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "a spokesman for the Defence Ministry said": the institution speaks through its spokesman
_SPOKESMAN_OF = re.compile(
    r"\b(?:spokes(?:man|woman|person)|speaker|official|representative|source|spokespeople)\s+(?:of|for|from|at)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# matched on lower-cased text (`lower_same_length`), as if with IGNORECASE
# tried only where one of its first words starts a word (the position verbs make a long alternation)
_SUBJECT_CUE = WordStartPattern(re.compile(r"\b(?:" + SPEECH_LOWER + r"|" + POLICY + r")"))


# verbs that can stand before their subject: '..., said X, "..."'
_INVERTING = re.compile(r"said|says|added|adds|wrote|writes|asked|continued|explained", re.IGNORECASE)


@dataclass
class Attribution:
    quote: Quote
    actor: int
    cue: str | None
    cue_at: int  # position of the cue (for dates); the quote start when carried
    how: str  # after / before / colon / carried / post / split / caption
    post_date: str | None = None
    co: tuple[int, ...] = ()  # the others who say it with the actor: "X and Y wrote", "the senators wrote"


_LOCAL = threading.local()  # per thread: the last (text, quotes, masked text)


def _mask(text: str, start: int, end: int, quotes: list[Quote]) -> str:
    """The span with quotations blanked out (same length), so cues inside quotes are not seen."""
    last = getattr(_LOCAL, "masked", None)
    if last is None or last[0] is not text or last[1] is not quotes:
        chars = list(text)
        for q in quotes:
            stop = min(q.outer_end, len(text))
            chars[q.open_at : stop] = " " * (stop - q.open_at)
        last = _LOCAL.masked = (text, quotes, "".join(chars))
    return last[2][start:end]


@lru_cache(maxsize=1024)  # the same stretch after a mention is cleaned again for each question asked of it
def _gap_clean(gap: str) -> str:
    prev = None
    while prev != gap and "," in gap:  # an aside starts with a comma
        prev = gap
        gap = _ASIDE.sub(",", gap)
    return _PAREN.sub(" ", gap) if "(" in gap else gap


# a mention that opens its sentence after at most a short phrase and an article is its subject
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n")
# (a longer title of capitalised words in apposition: "The government's representative on the panel,
# Secretary of State for Defence X")
_SENTENCE_OPENING = re.compile(
    # (not the object of an opening phrase: "Turning to Miralles, he added")
    # (two opening phrases: "Up the road from the Co-op, in a pub with a plaque over the fireplace, X")
    # (or three: "At the NATO base at Cincu, in central Romania, where a battlegroup is stationed, X")
    # (not the object of a relative clause after the name: "Councillor X, who represents Catterick Garrison")
    r"\s*(?:[A-Z][^,]{0,70},\s*(?:[a-z][^,]{0,70},\s*){0,2})?(?:[Tt]he\s+|[Aa]n?\s+)?(?!(?:who|which|whose)\s)"
    # (a rank's aside among the words: "Colonel (retired) X"; not the agent of a passive opening: "Pressed by
    # moderator X on whether …, Maitland paused")
    r"(?:(?:(?![Bb]y\s)[\w'’-]+|\([\w .'’-]{1,20}\))\s+){0,3}"
    r"(?<![Tt]o )(?<![Ww]ith )(?<![Aa]t )(?<![Ff]rom )(?<![Aa]bout )(?<![Bb]y )(?<![Oo]f )|"
    r"\s*[A-Z][^,]{0,70},\s*(?:(?:[A-Z][\w'’-]*|of|for|the|and)\s+){4,6}"
)
_AFTER_INVERTED_CUE = re.compile(r"\b(?:said|says|added|wrote)\s*(?:the\s+)?$")
# what follows the subject of a clause said, not the speaker of an inverted cue: its words or its verb
_SAID_ABOUT = re.compile(
    r"\s*(?:[“\"]|(?:would|will|was|is|were|had|has|should|could|must|might|can|did|does|needed|wanted)\b)"
)
# "…», said the Minister of Foreign Affairs, Maria Lenko": the name after the role speaks
_AFTER_INVERTED_ROLE = re.compile(r"\b(?:said|says|added|wrote)\s+(?:the\s+)?[^.;:!?\"“”«»,]{2,70},\s*$")


_POSSESSIVE = re.compile(r"['’]s\b")
# 'rejected “…”', 'ruled out sending troops to Ukraine “at this stage”': the quotation carries the
# position the verb takes, in the subject's own words
_POSITION_VERB_BEFORE = re.compile(
    r"\b(?P<v>rejected|rejects|dismissed|dismisses|ruled out|rules out|opposed|opposes|backed|backs|"
    r"welcomed|welcomes|defended|defends)(?:\s+[\w'’-]+){0,10}?\s*$"
)
# a name's appositive that names an office it holds: "X, head of the …", "X, a spokeswoman for the …"
_INSIDE_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b[^,.;:!?\"“”]*$")
_GIVES_NAME = re.compile(r"\b(?:name|called|named|identified|calls? (?:himself|herself))\b")
_ASKED_BY = re.compile(r"[Aa]sked\s+by\b")
_OFFICE_OF_BEFORE = re.compile(
    # (the body's kind may stand before its name: "defence spokesman for the conservative Partido Popular")
    r"\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){1,3}?(?:of|for|at|in)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}"
)
# (or a network's name opening the line: a roundup's section heading, 'CBS' "Face the Nation"')
_SHOW_BEFORE = re.compile(
    r"(?:\b(?:on|told|to|appeared on|appearing on|interview with)\s+|^|\n)(?:[A-Z]{2,6}['’]s?\s+|"
    r"the\s+(?:programme|program|show|podcast)\s+)$"
)
_ON_BEFORE = re.compile(r"\b(?:on|told)\s+$")
_TITLE_WORD = r"(?:[A-Z][\w'’-]*|of|the|and|in|at|on)"
_TITLE_CASE = re.compile(_TITLE_WORD + r"(?:\s+" + _TITLE_WORD + r"){0,6}")
_SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.IGNORECASE)
_AND_BEFORE_CUE = re.compile(r"\band\s+$")
# where a post was said to be made: "… welcomed the clarification in a post on its Facebook page"
_IN_A_POST = re.compile(r"\b(?:in|with) (?:a|an|its|his|her|their) (?:[\w-]+ )?post\b|\bposted\b")
_ITS_READOUT = re.compile(r"\b(?:its|their) (?:own )?(?:readout|account|statement|communiqué)\b")
# ranks and degrees written short before a name: "Col. (ret.)", "Ing.", "Dr. Ing.", "Prof. Dr."
_SHORT_TITLES = re.compile(r"(?:[A-Z][a-z]{0,4}\.\s+(?:\((?:ret|retd|Ret)\.?\)\s+)?){1,3}(?=[A-Z])")
_DASH_BYLINE = re.compile(r"[ \t]*[—–][ \t]*(?=\S)")
# '„…“\nWHO: Janez Kovačič, president of the SDS': a fact-check's claim, its speaker on a labelled line
_WHO_LABEL = re.compile(r"[ \t]*(?:WHO|Who|(?i:who said it|said by|speaker))[ \t]*:[ \t]*(?=\S)")
_HEAD_OF = re.compile(r"\b(?:head|chief|boss)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_MINISTRY_FIELD = re.compile(r"\b(?:defen[cs]e|foreign|interior|finance|justice|economy)", re.IGNORECASE)
_IMPERSONAL_CUE = re.compile(r",?\s+it\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?")
_NEGATION_BEFORE = re.compile(r"\b(?:neither|nor|not|than)\s+$", re.IGNORECASE)
_APPOSITIVE_GAP = re.compile(r"\s*,[^,]{1,80},\s*")
# a name and its long appositive between a quotation and its cue: '“…,” Miha Kastelic, a Left deputy and the
# petition's lead signatory, said'
_NAME_AND_APPOSITIVE = re.compile(r"[\s,]*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s*,[^,.;:]{1,90},\s*")
_ONE_OF = re.compile(r"\b[Oo]ne of\s+$")
_PLURAL_SOURCES = re.compile(
    r"(?:[Oo]fficials|[Dd]iplomats|[Ll]eaders|[Ss]ources)\b"
)  # "Officials in Berlin"
_ONE_OF_THEM = re.compile(r"[\s,]*[Oo]ne of (?:them|those)\s*")
# "X, a Republican from Kansas, and Sen. Y": two people joined as one subject (asides already removed)
_PAIR_JOIN = re.compile(r"\s*,?\s*and\s+(?:(?:[A-Z][\w'’-]*\.?|[a-z]+)\s+){0,4}?")
# what refers back to the pair: "they wrote", "the senators wrote", "both said", "the two leaders said"
_PAIR_NOUNS = (
    r"(?:senators|leaders|ministers|lawmakers|presidents|prime ministers|chancellors|officials|politicians|"
    r"men|women|MPs|MEPs|authors)"
)
# after the quotation, up to its cue, or before the cue that introduces it
_PAIR_ANAPHOR = re.compile(
    r"\s*,?\s*(?:they|both(?: of them| men| women)?|the (?:two )?" + _PAIR_NOUNS + r")\s*"
)
_PAIR_ANAPHOR_END = re.compile(
    r"(?:^|[.,;]\s+|\s)(?:they|both(?: of them)?|[Tt]he (?:two )?" + _PAIR_NOUNS + r")\s+(?:\w+\s+)?$"
)
# a roundup item's label: "— Rome: Deputy Prime Minister X …", "**Paris.** Armed Forces Minister X …"
_ITEM_LABEL = re.compile(r"\s*(?:[•*–—-]\s*)?(?:\*\*)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?:\.\*\*|\*\*|:)\s+")
# a text several governments put their names to, and what quoting it looks like
_SIGNING = re.compile(
    r"\b(?:signed|issued|adopted|agreed|released|published)\s+(?:a\s+|the\s+|their\s+)?(?:joint\s+)?(?:declaration|"
    r"communiqu[ée]|statement|letter)\b"
)
_JOINT_TEXT = re.compile(
    r"[\s,]*(?:the|their)\s+(?:joint\s+)?(?:declaration|communiqu[ée]|statement|letter|text)\s+(?:also\s+)?"
)
_ASKED_CLAUSE = re.compile(r"\s*(?:When |Once )?[Aa]sked\b[^,:;.]{0,160},")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|am)\s+$")
_PASSIVE_BY = re.compile(r"\s+(?P<by>by)\s")
_FIRST_PERSON_BEFORE = re.compile(r"(?:^|[\s,])I\s+(?:have\s+|had\s+|also\s+|once\s+)?$")
# an opinion piece's author: "…, argues Fionnuala Brennock" under the headline, or "Fionnuala Brennock is an
# Independent MEP …" closing it
_AUTHOR_STANDFIRST = re.compile(
    r"[,—–-]\s*(?:argues|writes|says)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*\.?\s*$"
)
_AUTHOR_BIO = re.compile(r"\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}) is (?:an?|the) ")
# "I" then a word, at the start or after a space or "(": the letter first and the check before it as a
# lookbehind, so the regex engine skips ahead to capital I's fast (as many matches as
# `(?:^|[\s(])I\s+[a-z]+\b`, which it tried at every position of the text)
_FIRST_PERSON = re.compile(r"I(?<![^\s(]I)\s+(?:[a-z]+)\b")


def opinion_author(text: str, paras: list[Paragraph], quotes: list[Quote], actors: list[Actor]) -> int | None:
    """The author of an opinion piece (one written in the first person, outside its quotations), named under
    its headline or in the note that closes it; added to the actors when the text names them nowhere else."""
    masked = _mask(text, 0, len(text), quotes)
    if len(_FIRST_PERSON.findall(masked)) < 3:
        return None
    found = None
    for p in paras[1:4]:
        found = found or _AUTHOR_STANDFIRST.search(text, p.start, p.end)
    for p in paras[-2:]:
        found = found or _AUTHOR_BIO.match(text, p.start, p.end)
    if found is None:
        return None
    known = actor_named(actors, found["name"])
    if known is not None:
        return known
    actors.append(Actor(found["name"], "person", None, None, {found["name"]}))
    return len(actors) - 1


_THROUGH_OFFICIAL = re.compile(r"\s+(?:diplomats?|officials?|sources?|aides?|insiders?|negotiators?)\b")
_FOR_PERSON = re.compile(r"\s*For (?P<who>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}),")


_SUBJECTLESS_CUE = re.compile(r"\s*,?\s*(?:has|had|have|also)?\s*")
_MODIFIER_CHAIN = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}")


def _co_speakers(res: Resolver, subject: list[int], actor: int) -> tuple[int, ...]:
    """The other people of a subject that names several ("Sen. X and Sen. Y wrote"): each says the words.
    Only people: "Germany, France and Macron" in a cue's reach is a list of topics as often as of speakers."""
    others = tuple(dict.fromkeys(a for a in subject if a != actor))
    return others if others and all(res.actors[a].type == "person" for a in (*others, actor)) else ()


def _in_title(text: str, mentions: list[Mention], k: int) -> bool:
    """ "retired U.S. Navy Adm. Thomas Keegan": a state or body that is part of the title of the name
    after it."""
    m = mentions[k]
    if k + 1 >= len(mentions) or mentions[k + 1].kind not in ("name", "surname"):
        return False
    if m.kind == "role":
        # "Ukraine's deputy foreign minister, Iryna Shevchyk, welcomed …": the role names the person after it
        return _ROLE_THEN_NAME.fullmatch(text, m.end, mentions[k + 1].start) is not None
    return (
        m.kind in ("country", "institution", "organization")
        and _MODIFIER_CHAIN.fullmatch(text, m.end, mentions[k + 1].start) is not None
    )


_ROLE_THEN_NAME = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*,?\s*")
_OF_PARTY_GAP = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,4}")
# "X of Vox, who said": the party a person belongs to is no subject
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_WHO_SAID = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})?\s*,\s*who\s+(?:has\s+|had\s+)?"
)
_RELATIVE_WHO = re.compile(r"\s*,\s*who\s+(?:[a-z]+\s+){0,2}")
# (not "which it noted": the pronoun is the subject)
RELATIVE_WHICH = re.compile(r"\s*,\s*which\s+(?!(?:it|they|he|she|we)\b)(?:[a-z]+\s+){0,2}")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]rom)\s+(?:the\s+)?$")
# the members of a group named in an aside: "allies, among them Hungary and Slovakia, that have said …"
_MEMBERS_BEFORE = re.compile(
    r",\s+(?:including|among them|among whom|such as|starting with|notably|led by)\s+(?:[\w'’-]+(?:,\s+|"
    r"\s+))*$"
)
# the clause a group's members share: "… that have already said", "… who had"
_GROUP_RELATIVE = r"(?:that|who|which)\s+(?:have\s+|has\s+|had\s+)?(?:already\s+)?"
_MEMBERS_RELATIVE = re.compile(r"\s*,\s*" + _GROUP_RELATIVE)
# "X and Czech Prime Minister Y": the second subject may have its role before its name
_COORDINATION = re.compile(
    r"\s*(?:,|,?\s*and|,?\s*as well as)\s*(?:the\s+)?(?:(?:[A-Z][\w'’-]+|of|the)\s+){0,4}?"
)
_SHORT_LEAD = re.compile(r"[\s,]*(?:the\s+|by\s+)?(?:[a-z][\w'’-]*\s+){0,4}")
# a common noun in apposition before the name: '"…," said the society's chair, Gwen X', 'said a neighbour,
# Y', 'said its treasurer, Z'
_NOUN_APPOSITION_LEAD = re.compile(
    r"\s*(?:the|a|an|its|his|her|their|our)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*,\s*"
)
_THAT_WORD = re.compile(r"\bthat\b")
# what may stand before a sentence's subject: "In Paris, the", "Its co-leader"
_SUBJECT_LEAD = re.compile(
    # (a state agency's "It should be noted that the Ministry … stated": a phrase of the writer's first)
    r"\s*(?:It (?:should be|must be|is worth) not(?:ed|ing) that\s+)?"
    # (a vox pop's picture marker before the name line: "[Photo] Ante X (67), retired shipyard worker:")
    r"(?:\[(?:Photo|Picture|Image|Video|Foto)\]\s*)?"
    r"(?:[A-Z][^,]{0,100},\s*)?(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?:[\w-]+\s+)?"
)
_OPENING_PHRASE = re.compile(r"^\s*[A-Z][^,]{0,70},\s*")


def _is_cue_subject(text: str, m: Mention) -> bool:
    """Whether a mention is the subject of a speech or policy verb: it opens its sentence (after at most
    a short phrase), follows an inverted cue ("said X"), or a cue follows it with only auxiliaries,
    adverbs and asides in between. The tests of the few words before it come first: they decide most
    mentions, and the search for a cue ahead is the slow one."""
    if m.kind in ("name", "surname", "role", "group") and _SENTENCE_OPENING.fullmatch(
        _SENTENCE_BREAK.split(text[max(0, m.start - 160) : m.start])[-1]
    ):
        return True
    if _AFTER_INVERTED_CUE.search(text[max(0, m.start - 12) : m.start]):
        # "said X", but not "said X's pledge was …" (the owner of the thing said about) nor 'said the
        # First Minister “should stop …”' (the subject of what was said)
        return not text.startswith(("'s", "’s"), m.end) and not _SAID_ABOUT.match(text, m.end)
    if m.kind == "name" and _AFTER_INVERTED_ROLE.search(text[max(0, m.start - 90) : m.start]):
        return True
    relative = _INSIDE_RELATIVE.search(text, max(0, m.start - 120), m.start)
    if relative and not _GIVES_NAME.search(relative.group()):
        # "X, who visited the base with Kaczmarczyk, said": the cue is X's (but "The man, who gave his
        # name only as Pavel, said": the clause names the subject)
        return False
    ahead = _gap_clean(text[m.end : m.end + 160])
    cue = _SUBJECT_CUE.search(lower_same_length(ahead), 0, 80)
    if cue and _GAP_OK.match(ahead[: cue.start()]):
        return True
    # "Gonzalo Ibarra of Vox, who said …": the subject of a relative clause's cue
    raw = text[m.end : m.end + 120]
    who = (
        _WHO_SAID.match(raw)
        if m.kind in ("name", "surname") and not _OF_BEFORE.search(text, max(0, m.start - 8), m.start)
        else None
    )
    if who is None:
        return False
    cue = _SUBJECT_CUE.search(lower_same_length(raw), who.end(), who.end() + 40)
    return bool(cue and cue.start() == who.end())


# how many pronouns back one pronoun's resolution may follow "the same he"
_MAX_PRONOUN_CHAIN = 60


class Resolver:
    """Resolves mentions, pronouns and anaphors to actors."""

    def __init__(self, text: str, actors: list[Actor], mentions: list[Mention], quotes: Sequence[Quote] = ()):
        self.text = text
        # where each quotation opens and ends: a sentence that ends inside one began before it
        self.quote_spans = [(q.open_at, q.outer_end) for q in quotes]
        self.actors = actors
        self.mentions = [m for m in mentions if not m.in_quote]
        self.starts = [m.start for m in self.mentions]
        # an opinion piece's author, whom its first person outside quotations means
        self.author: int | None = None
        # whether a mention is the subject of a speech or policy verb, by index: worked out when asked, as
        # only the mentions before a pronoun are
        self._subject: dict[int, bool] = {}
        self._pronouns: dict[int, int | None] = {}  # whom the pronoun at a position stood for
        self._chain = 0  # how many pronouns deep the current resolution is

    def is_subject(self, i: int) -> bool:
        """Whether mention `i` is the subject of a speech or policy verb: whom "he" / "she" usually means."""
        subject = self._subject.get(i)
        if subject is None:
            subject = self._subject[i] = _is_cue_subject(self.text, self.mentions[i])
        return subject

    def signatories(self, pos: int) -> list[int]:
        """The states that signed the joint text quoted at `pos`: those named in the last sentence before it
        that has them sign, issue or adopt a declaration ("The defence ministers of Denmark, Finland, Norway
        and Sweden on Wednesday signed a joint declaration …")."""
        lo = max(0, pos - 1500)
        signing = list(_SIGNING.finditer(self.text, lo, pos))
        if not signing:
            return []
        s = signing[-1]
        start = max(self.text.rfind(". ", lo, s.start()), self.text.rfind("\n", lo, s.start())) + 1
        dateline = DATELINE_PREFIX.match(self.text, start, s.start())
        start = dateline.end() if dateline else start  # "BODØ, Norway, 16 September 2026 (…) –": the place
        states = []
        for mn in self.in_range(start, s.start()):
            a = self.resolve(mn)
            if a is not None and mn.kind == "country" and a not in states:
                states.append(a)
        return states if len(states) >= 2 else []

    def named_pair_before(self, pos: int) -> list[int]:
        """The people named together as a sentence's subject shortly before `pos` ("Sen. X, a Republican,
        and Sen. Y, a Democrat, asked …"): what "they", "the senators" or "both" say later refers to."""
        window = self.in_range(max(0, pos - 700), pos)
        for k in range(len(window) - 1, 0, -1):
            a, b = window[k - 1], window[k]
            if a.kind not in ("name", "surname") or b.kind not in ("name", "surname"):
                continue
            between = _gap_clean(self.text[a.end : b.start])
            if not _PAIR_JOIN.fullmatch(between):
                continue
            ia, ib = self.resolve(a), self.resolve(b)
            if ia is not None and ib is not None and ia != ib:
                return [ia, ib]
        return []

    def in_range(self, lo: int, hi: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return [m for m in self.mentions[i:j] if m.end <= hi]

    def resolve(self, m: Mention) -> int | None:
        if m.actor is not None:
            return m.actor
        if m.kind == "pronoun" and m.text.lower() in ("they", "it"):
            # "they" (and a body's "it") speaks for the last state or organisation that was a subject, if
            # recent
            for i in range(len(self.mentions) - 1, -1, -1):
                other = self.mentions[i]
                if other.start >= m.start:
                    continue
                if other.start < m.start - 400:
                    break
                if (
                    other.actor is not None
                    and self.actors[other.actor].type != "person"
                    and self.is_subject(i)
                ):
                    return other.actor
            return None
        if m.kind == "pronoun":
            word = m.text.lower()
            # (an epithet, "the 54-year-old", tells no gender)
            gender = "f" if word == "she" else "m" if word in ("he", "him", "his") else None
            return self.last_person(m.start, subjects_first=True, gender=gender)
        return None

    def _person(self, m: Mention, gender: str | None) -> bool:
        if m.actor is None or not (self.actors[m.actor].type == "person" or self.actors[m.actor].one_person):
            return False
        known = self.actors[m.actor].gender
        return gender is None or known is None or known == gender

    def last_person(
        self, pos: int, floor: int = 0, subjects_first: bool = False, gender: str | None = None
    ) -> int | None:
        if subjects_first and self._chain < _MAX_PRONOUN_CHAIN:
            # (each step back along "he said … he said" recurses: an article of hundreds of them must not
            # exhaust the stack, so the chain is followed so far back only)
            self._chain += 1
            try:
                subject = self._last_subject(pos, floor, gender)
            finally:
                self._chain -= 1
            if subject is not None:
                return subject
        for m in reversed(self.mentions):
            if m.start >= pos or m.start < floor:
                continue
            if self._person(m, gender):
                return m.actor
        return None

    def _last_subject(self, pos: int, floor: int, gender: str | None) -> int | None:
        """The person a pronoun at `pos` most likely means: the one person of the sentence before, else the
        last person (or the last "he" / "she") who was a subject of a speech or policy verb."""
        lone = self._lone_person_before(pos, gender)
        if lone is not None:
            return lone
        word = {"f": "she", "m": "he"}.get(gender or "")
        for i in range(len(self.mentions) - 1, -1, -1):
            m = self.mentions[i]
            if m.start >= pos or m.start < max(floor, pos - 700):
                continue
            if self._person(m, gender) and self.is_subject(i):
                return m.actor
            if word and m.kind == "pronoun" and m.text.lower() == word and self.is_subject(i):
                # "“I told him …,” he says. … She thinks …, he says": the same "he" goes on, not the
                # ambassador named in between as the subject of what he told
                same = self._pronoun_actor(m, gender)
                if same is not None:
                    return same
        return None

    def _pronoun_actor(self, m: Mention, gender: str | None) -> int | None:
        """Whom an earlier pronoun of `gender` stood for (worked out once)."""
        if m.actor is not None:
            return m.actor
        if m.start not in self._pronouns:
            self._pronouns[m.start] = None  # (no chain through itself)
            self._pronouns[m.start] = self.last_person(m.start, subjects_first=True, gender=gender)
        return self._pronouns[m.start]

    def _lone_person_before(self, pos: int, gender: str | None) -> int | None:
        """'The most sober voice belonged to General Hans-Peter Mohr. A brigade, he said, …': the one person
        the sentence before names, when the pronoun's own sentence names no one before it and the sentence
        before has no pronoun of its own (whose chain the subjects decide)."""
        # (one past the pronoun: a sentence start is found by the capital after its full stop)
        start = _sentence_start(self.text, max(0, pos - 400), pos + 1)
        # ('“… in the Congo. If the UN asks us, I would be proud,” he said': the sentence holds the quotation)
        opened = next((a for a, b in self.quote_spans if a < start < b), None)
        if opened is not None:
            start = _sentence_start(self.text, max(0, opened - 400), opened + 1)
        if start == max(0, pos - 400):
            return None
        lo = _sentence_start(self.text, max(0, start - 400), max(0, start - 2))
        word = {"f": "she", "m": "he"}.get(gender or "", "")
        people: set[int] = set()
        before = [m for m in self.in_range(lo, pos) if not m.in_quote]
        if any(m.start >= start and (m.kind == "pronoun" or self._person(m, None)) for m in before):
            return None  # "Merz, asked about it, said he …": the sentence names its own
        for m in before:
            if m.kind == "pronoun":
                # "… he said, could be deployed. “…,” he added": the same "he" goes on
                return self._pronoun_actor(m, gender) if m.text.lower() == word and not people else None
            # (of the pronoun's gender, where known: "X said the Tánaiste was … . “…,” she said")
            if self._person(m, gender) and self.actors[m.actor].type == "person":  # type: ignore[index]
                people.add(m.actor)  # type: ignore[arg-type]
        return people.pop() if len(people) == 1 else None

    def first_person(self) -> int | None:
        """The first person the writer names (outside quotations): an interview's subject."""
        return next((m.actor for m in self.mentions if m.kind == "name" and self._person(m, None)), None)

    def subject_between(self, lo: int, hi: int) -> int | None:
        """The last person who is a sentence subject between two positions (outside quotes)."""
        for i in range(len(self.mentions) - 1, -1, -1):
            m = self.mentions[i]
            if m.start >= hi:
                continue
            if m.start < lo:
                break
            if m.kind in ("name", "surname", "role") and self._person(m, None) and self.is_subject(i):
                return m.actor
        return None

    def asides(self, lo: int, hi: int) -> list[tuple[int, int]]:
        return _aside_spans(self.text, lo, hi) + [
            (a.start(), a.end()) for a in _PAREN.finditer(self.text, lo, hi)
        ]

    def sentence_subject(self, s0: int, cue_at: int) -> int | None:
        """The subject of the sentence: its first actor, after at most a short introductory phrase."""
        dateline = DATELINE_PREFIX.match(self.text, s0, cue_at) or _ITEM_LABEL.match(self.text, s0, cue_at)
        if dateline:
            s0 = dateline.end()  # "PARIS (Europe Info) - France's minister on Sunday …", "— Rome: …"
        skip = self.asides(s0, cue_at)
        place = None  # "In Lithuania, opposition lawmaker X criticised …": the place sets the scene,
        cands = self.in_range(s0, cue_at)  # and speaks only when no one else is named
        if _INTRO_PLACE.match(self.text, s0):
            # a long scene before the name, whatever it names: "At the NATO base at Cincu, in central
            # Romania, where a French-led battlegroup is stationed, Lieutenant-Colonel X was careful …"
            for m in cands:
                if m.kind == "name" and _INTRO_SCENE.fullmatch(self.text, s0, m.start):
                    return self.resolve(m)
        for k, m in enumerate(cands):
            if any(a <= m.start < b for a, b in skip):
                continue
            if _in_title(self.text, cands, k):
                continue
            if (
                place is None
                and _INTRO_PLACE.fullmatch(self.text, s0, m.start)
                and self.text.startswith(",", m.end)
            ):
                place = m
                continue
            lead = self.text[s0 : m.start]
            if _SUBJECT_LEAD.fullmatch(lead):
                nxt = cands[k + 1] if k + 1 < len(cands) else None
                if (
                    m.kind in ("institution", "organization", "country")
                    and nxt is not None
                    and nxt.kind == "name"
                    and _ROLE_GAP.fullmatch(self.text, m.end, nxt.start)
                ):
                    return self.resolve(nxt)  # "Foreign Ministry spokeswoman Yelena Rudakova went further, …"
                return self.resolve(m)
            if m.kind in ("name", "surname") and _descriptive_lead(lead):
                return self.resolve(m)
            if m.kind in ("institution", "organization", "country") and _OFFICE_OF_LEAD.fullmatch(lead):
                # "The head of the EU Monitoring Mission in Armenia, Markus X, declined …": the name the
                # office is set beside, not the body it is in
                name = next((x for x in cands[k + 1 :] if x.kind == "name"), None)
                if (
                    name is not None
                    and _BODY_THEN_NAME.fullmatch(self.text, m.end, name.start)
                    and self.text.startswith(",", name.end)
                ):
                    return self.resolve(name)
            break
        return self.resolve(place) if place is not None else None

    def anaphor(self, lo: int, hi: int) -> int | None:
        m = _ANAPHOR.search(self.text, lo, hi)
        if not m:
            return None
        word = m["w"].lower()
        for mn in reversed(self.mentions):
            if mn.start >= m.start() or mn.actor is None:
                continue
            a = self.actors[mn.actor]
            if a.type in ("government", "organization") and (
                word in gz.fold(a.name) or any(word in gz.fold(x) for x in a.aliases)
            ):
                return mn.actor
        if word == "readout":
            # "The Kremlin … in its readout of a call …. “…,” the readout said": the body named as issuing it
            issued = _ITS_READOUT.search(self.text, max(0, m.start() - 600), m.start())
            if issued is not None:
                for mn in reversed(self.mentions):
                    if mn.start >= issued.start() or mn.actor is None:
                        continue
                    if mn.start < issued.start() - 300:
                        break
                    if self.actors[mn.actor].type in ("government", "organization"):
                        return mn.actor
            # "the readout said": the record of a call kept by the office of the leader who made it, the
            # person last the subject of a sentence; it speaks for that person's government
            person = self.last_person(m.start(), subjects_first=True)
            leader = self.actors[person] if person is not None else None
            if leader is None or not leader.country or not leader.role:
                return None
            return self._office_of(leader.role, leader.country)
        if word == "post":
            # "X welcomed it in a post on Facebook. “…,” the post said": the subject of the sentence that
            # told of the post
            told_of = list(_IN_A_POST.finditer(self.text, max(0, m.start() - 600), m.start()))
            if not told_of:
                return None
            posted = told_of[-1]
            s0 = _sentence_start(self.text, max(0, posted.start() - 400), posted.start())
            told = [x for x in self.in_range(s0, posted.start()) if not x.in_quote]
            return self.resolve(told[0]) if told else None
        if word in ("government", "alliance", "statement"):
            for mn in reversed(self.mentions):
                if mn.start < m.start() and mn.actor is not None and self.actors[mn.actor].type != "person":
                    return mn.actor
        return None

    def _minister_of(self, ministry: Mention) -> int:
        """The person the article names as the minister of a ministry ("Ministry of National Defence" ->
        the "Defence Minister"), else the ministry itself."""
        field = _MINISTRY_FIELD.search(ministry.text)
        if field:
            for i, a in enumerate(self.actors):
                role = (a.role or "").lower()
                if a.type == "person" and "minister" in role and field.group().lower() in role:
                    return i
        return ministry.actor if ministry.actor is not None else -1

    def _office_of(self, role: str, country: str) -> int:
        """The office of a state's office holder as an actor ("Office of the Prime Minister of Canada"),
        the one the article already has or a new one."""
        name = gz.office_name(f"Office of the {role}", country)
        for i, a in enumerate(self.actors):
            if a.name == name:
                return i
        self.actors.append(Actor(name, "government", country, None, {name}))
        return len(self.actors) - 1

    def subject_before(self, lo: int, cue_at: int) -> list[int]:
        """The actor(s) that are the subject of a cue at `cue_at`: the closest mention before it
        with only auxiliaries, adverbs and asides in between; coordinated subjects expand."""
        cands = self.in_range(lo, cue_at)
        if self.text.find(",", lo, cue_at) >= 0:  # an aside is set off by commas
            asides = _aside_spans(self.text, lo, cue_at)
            cands = [c for c in cands if not any(a < c.start < b for a, b in asides)]
        for k in range(len(cands) - 1, -1, -1):
            m = cands[k]
            if k > 0 and cands[k - 1].start <= m.start < cands[k - 1].end and m.end <= cands[k - 1].end:
                continue  # "GroenLinks-PvdA": a part of the name before it ("X's office" goes past it)
            if (
                m.kind in ("institution", "organization", "country")
                and k > 0
                and cands[k - 1].kind in ("name", "surname")
                and _OFFICE_OF_BEFORE.fullmatch(self.text, cands[k - 1].end, m.start)
                and self.text.startswith(",", m.end)
            ):
                continue  # "Andriy Kovalenko, head of the presidential office, said": the head speaks
            voice = _VOICE_OF.fullmatch(self.text, m.end, cue_at)
            if voice and self.resolve(m) is not None and self.actors[self.resolve(m)].type == "person":
                return [self.resolve(m)]  # '“…,” Kowal's spokesman said': her spokesman speaks for her
            gap = _gap_clean(self.text[m.end : cue_at])
            if (
                m.kind == "institution"
                and _HEAD_OF.search(self.text, max(0, m.start - 30), m.start)
                and _GAP_OK.match(gap)
            ):
                # '"…" - the head of the Ministry of National Defence said': its minister, if named
                return [self._minister_of(m)]
            if m.kind == "group" and _IMPERSONAL_CUE.fullmatch(self.text, m.end, cue_at):
                return [m.actor]  # "In government circles it was said that …": the circles speak
            # "Italy, which has ruled out sending troops, …", "held in Poland, which has said …": the state
            # is the subject of its relative clause, after a preposition too
            which = m.kind in ("country", "institution", "organization") and RELATIVE_WHICH.fullmatch(gap)
            if (
                _PREPOSITION_BEFORE.search(self.text, max(0, m.start - 20), m.start)
                # (not "the sanctions package against Russia, which proposes …": the package proposes)
                and not (which and _PLACE_PREPOSITION_BEFORE.search(self.text, max(0, m.start - 10), m.start))
                and not _SPOKESMAN_OF.search(self.text, max(0, m.start - 40), m.start)
                # "one of them said": one of the group speaks for it
                and not (m.kind == "pronoun" and _ONE_OF.search(self.text, max(0, m.start - 8), m.start))
                # ("Early on she tells …": "she" is never a preposition's object)
                and not (m.kind == "pronoun" and m.text.lower() in ("he", "she", "they"))
            ) or _POSSESSIVE.match(self.text, m.end, m.end + 3):
                continue  # the object of a preposition or a possessive is not the subject
            if _NEGATION_BEFORE.search(self.text[max(0, m.start - 10) : m.start]):
                continue
            # an appositive role after a name is allowed: "X, Poland's president, said"
            appositive = _APPOSITIVE_GAP.fullmatch(gap) and m.kind in ("name", "surname")
            # the subject of a relative clause: "Marco Bellini, who wrote on social networks: …"
            relative = (_RELATIVE_WHO.fullmatch(gap) and m.kind in ("name", "surname", "role")) or which
            among = _AMONG_GAP.fullmatch(gap)  # "Poland is among the countries that have ruled out …"
            # "a small group of allies, among them Hungary and Slovakia, that have said": the members named
            among = among or (
                _MEMBERS_RELATIVE.fullmatch(gap)
                and _MEMBERS_BEFORE.search(self.text, max(0, m.start - 60), m.start) is not None
            )
            # "X welcomed the report and said …": the subject of the first verb says it too
            coordinated = _COORDINATED_VERB_GAP.fullmatch(gap)
            # "Mary Byrne of the Labour Party said": the party a person belongs to
            party = _OF_PARTY_GAP.match(gap) if m.kind in ("name", "surname") else None
            party = party if party and _GAP_OK.match(gap[party.end() :]) else None
            # "a senior EU diplomat said": the body speaks through its unnamed official
            through = _THROUGH_OFFICIAL.match(gap) if m.kind in ("organization", "institution") else None
            party = party or (through if through and _GAP_OK.match(gap[through.end() :]) else None)
            # "the Minister for Foreign Affairs said": the field of the role before the verb
            field = m.kind == "role" and _MINISTER_END.search(m.text) and _ROLE_FIELD_GAP.fullmatch(gap)
            if not (_GAP_OK.match(gap) or appositive or relative or among or coordinated or party or field):
                continue
            actor = self.resolve(m)
            if actor is None:
                continue
            # a name inside an appositive ("Kremlin spokesman X") beats the institution before it
            out = [actor]
            j = k - 1
            while j >= 0:
                prev = cands[j]
                between = self.text[prev.end : cands[j + 1].start]
                if (
                    _COORDINATION.fullmatch(between)
                    and prev.kind in ("country", "institution", "organization", m.kind)
                    # "At a meeting in Paris, Macron said": the place is no second subject
                    and not _PLACE_BEFORE.search(self.text, max(0, prev.start - 20), prev.start)
                    # "The leader of the Finns Party, Juha Ketola, said": the body the person's role is in
                    and not (
                        m.kind in ("name", "surname")
                        and between.strip() == ","
                        and _OF_BEFORE.search(self.text, max(0, prev.start - 8), prev.start)
                    )
                ):
                    a = self.resolve(prev)
                    if a is not None and a not in out:
                        out.insert(0, a)
                    j -= 1
                    continue
                break
            return out
        if _ONE_OF_THEM.fullmatch(self.text, lo, cue_at):
            # "“…,” one of them said": one of the group named last speaks for it
            groups = [
                mn
                for mn in self.mentions
                if mn.start < lo and (mn.kind == "group" or _PLURAL_SOURCES.match(self.text, mn.start))
            ]
            group = next(
                (
                    g
                    for g in reversed(groups)
                    if not any(o.start <= g.start and g.end <= o.end and o != g for o in groups)
                ),
                None,
            )
            actor = self.resolve(group) if group is not None else None
            if actor is not None and not self.actors[actor].one_person:
                return [actor]
        a = self.anaphor(max(lo, cue_at - 40), cue_at)
        return [a] if a is not None else []

    def subject_after(self, cue_end: int, hi: int) -> int | None:
        mentions = self.in_range(cue_end, min(hi, cue_end + 120))
        for i, m in enumerate(mentions):
            if _POSSESSIVE.match(self.text, m.end, m.end + 3):
                continue  # "the Kremlin's spokesman, X": the spokesman speaks
            gap = self.text[cue_end : m.start]
            if (
                m.kind in ("institution", "country")
                and i + 1 < len(mentions)
                and mentions[i + 1].kind in ("name", "surname")
                and self.text[m.end : mentions[i + 1].start] == " "
                and _MEMBER_OF_LEAD.fullmatch(gap)
            ):
                # "said the CDU member of the Bundestag Markus Feldhoff": the member, not the chamber
                return self.resolve(mentions[i + 1])
            if (
                m.kind in ("institution", "country")
                and i + 1 < len(mentions)
                and mentions[i + 1].kind == "name"
                and _PARTY_SEAT.fullmatch(self.text, m.end, mentions[i + 1].start)
                and _PARTY_LEAD.fullmatch(gap)
            ):
                # "fumed Reform UK MP Barry Nolan": the member, not the state in the party's name
                return self.resolve(mentions[i + 1])
            if m.kind == "name" and _NOUN_APPOSITION_LEAD.fullmatch(gap):
                return self.resolve(m)
            short = _SHORT_LEAD.fullmatch(gap)
            if (
                short or _descriptive_lead(gap.strip(" ,")) or _role_in_apposition(gap)
            ) and not _THAT_WORD.search(gap):
                named = self._named_in_apposition(m, mentions[i + 1 :])
                return named if named is not None else self.resolve(m)
            break
        return None

    def _named_in_apposition(self, role: Mention, later: list[Mention]) -> int | None:
        """'said the Minister of the Armed Forces, Claire Dumont,': the name the role introduces."""
        if role.kind not in ("role", "institution", "country") or not later:
            return None
        name = later[0]
        if name.kind not in ("name", "surname") or name.actor is None:
            return None
        return name.actor if _APPOSITION_GAP.fullmatch(self.text, role.end, name.start) else None


# a seat in a body, before the body's name: "the CDU member of the ", "Labour's member of parliament for "
# a seat in a body or a party, or an office in it
_SEAT = (
    r"(?:member|deputy|MP|MEP|[Ss]enator|representative|delegate|lawmaker|[Cc]ongress(?:man|woman)|"
    r"chairman|chairwoman|chair|head|leader|spokesperson|spokesman|spokeswoman|president|speaker)"
)
_MEMBER_OF_LEAD = re.compile(r"\s*(?:the |a |an )?(?:[\w'’-]+ ){0,3}?" + _SEAT + r" (?:of|in|for) (?:the )?")
# a party's seat between its name and the holder's: "Reform UK[ MP ]Barry Nolan", "[ leader ]"
_PARTY_SEAT = re.compile(" " + _SEAT + " ")
_PARTY_LEAD = re.compile(r"\s*(?:the )?(?:[A-Z][\w'’-]* ){0,2}")
# between a role and the name it introduces: "the Minister[ of the Armed Forces, ]Claire Dumont"
_APPOSITION_GAP = re.compile(r"(?:" + ROLE_FIELD + r")?, ")
# an office in a body before the body's name: "The head of the ", "A spokesperson for the "
_OFFICE_OF_LEAD = re.compile(
    r"(?:[Tt]he |[Aa] |[Aa]n )?(?:[\w-]+ ){0,2}?(?:head|chief|director|"
    + gz.ROLE_RE
    + r") (?:of|at|for|in) (?:the )?",
    re.IGNORECASE,
)
# the rest of the body's name, then the comma before the name: " Monitoring Mission in Armenia, "
_BODY_THEN_NAME = re.compile(r"[^,.;:\"“”]{0,60}, ")
_MINISTER_END = re.compile(r"(?:[Mm]inister|[Ss]ecretary)$")
_ROLE_FIELD_GAP = re.compile(ROLE_FIELD + r"\s?")
_AS_BEFORE_PARTICIPLE = re.compile(r"\s+as\s+$")
_NEW_SENTENCE_AFTER = re.compile(r"\s+[A-Z]")
_NEXT_CLAUSE_AFTER = re.compile(
    r"[\s,;]*(?:while|whereas|but|although)\s+(?:the\s+)?[A-Z\w]|"
    # '… only “if the Americans stand behind it”, and Liberal Alliance said …': a clause of another subject
    r"\s*,\s*and\s+(?:the\s+)?[A-Z]"
)
# a source line above a quotation, naming what it is taken from and whose it is: "From a speech by",
# "A letter to a regional newspaper, March 2026, from", "From an interview with"
_SOURCE_LINE = re.compile(
    r"\s*(?:from |extracts? from |taken from )?(?:an? |the )?(?:[\w-]+ ){0,3}?(?:speech|statement|letter|"
    r"post|interview|article|op-ed|column|editorial|message|address|conclusion|report|declaration|tweet|"
    r"press release|communiqu\w+|note|testimony|diary|memoir|book)\b[^:]{0,120}?\b(?:by|from|with|of)\s+"
    r"(?=[^:]*:\s*$)",
    re.IGNORECASE,
)
# a state's name as a topic's first word before a colon: "Ukraine force: “…”", "Ukraine veterans: “…”"
_TOPIC_BEFORE_COLON = re.compile(r" (?:[a-z][\w-]*)(?: [a-z][\w-]*)?:\s*")
_TOPIC_HEADING = re.compile(r"[A-Z][A-Z0-9 ,'’&/-]{2,60}:")  # "ON THE BLACK SEA:"
_WHOSE_REMARKS = re.compile(
    r"\b(?:(?P<pronoun>his|her)|[A-Z][\w'’-]+(?:'s|’s)) (?:remarks|comments|statement|speech|answers)\b"
)
_MAX_HIGHLIGHTS = 30  # paragraphs of topics and bullets a highlights file's introduction may head


def _highlight(text: str, para) -> bool:
    """A paragraph of a wire's highlights under their introduction: a topic in capitals or a quoted
    bullet."""
    line = text[para.start : para.end].strip()
    if _TOPIC_HEADING.fullmatch(line):
        return True
    m = ITEM_START.match(line)  # a bullet's marker before its quotation: '- "…"', '• “…”'
    return m is not None and line[m.end() : m.end() + 1] in ('"', "“", "„", "«")


# an active "asked whether" (not "was asked", not a sentence-opening "Asked …") before the quotation
_ASKED_WHETHER = re.compile(
    r"(?<!was )(?<!were )(?<!been )(?<!being )(?<![.!?] )(?<!^)\basked (?:whether|if|why|how|what|when)\b"
    r"[^.;:]*$"
)
_AMONG_GAP = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:one of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:countries|states|nations|"
    r"allies|governments|capitals|members|leaders)\s+" + _GROUP_RELATIVE
)
_DASH_SIGNATURE = re.compile(r"[,.]?\s*[—–]\s*")
_IN_WORDS = re.compile(r"\b[Ii]n (?P<who>[^,.;:\"“”]{2,60}?)['’]s? (?:own )?words,?\s*$")
# 'X's remark last Monday that the dispatch of troops “could not be ruled out”': the owner of the remark
_OWNED_REMARK = re.compile(
    r"(?P<who>\b[A-Z][\w-]+)['’]s\s+(?:[a-z]+\s+)?(?:remarks?|comments?|statement|warning|claim|suggestion|"
    r"assertion|insistence|pledge|promise|announcement)\s+(?:[\w-]+\s+){0,3}?that\s+[^.;:\"“”]{0,120}$"
)
_VOICE_OF = re.compile(r"['’]s\s+(?:spokes(?:man|woman|person)|press secretary|office)\s+(?:has\s+|had\s+)?")
_AND_VERB = re.compile(r"\s*,?\s*and\s+(?:also\s+)?[a-z]+(?:ed|ld|aid|ote|old)\b")
_ABSOLUTE_WITH = re.compile(r",\s*with\b[^;:]*$")
_LEAD_WORD = re.compile(
    r"[A-Z][\w’'.-]*|\([A-Z]+\)|the|a|an|of|for|and|[\w’'-]+['’]s|"
    r"retired|former|acting|outgoing|interim|veteran|senior|top"  # "said retired Colonel Igor Matveyev"
)
_LEAD_ROLE = re.compile(r"(?:" + gz.ROLE_RE + r")$", re.IGNORECASE)
_LEAD_ROLE_AT_END = re.compile(r"(?<![\w-])(?:" + gz.ROLE_RE + r")$", re.IGNORECASE)


def _descriptive_lead(lead: str) -> bool:
    """'A few days later, Russia's Foreign Intelligence Service (SVR) Director ': an optional opening
    phrase, then only capitalised words, articles and role nouns before the name."""
    lead = _OPENING_PHRASE.sub("", lead).strip()
    words = lead.split()
    if 1 < len(words) <= 4 and _LEAD_ROLE_AT_END.search(lead):
        return True  # "opposition lawmaker", "senior Labour backbencher": words that qualify a role
    return len(words) <= 9 and all(_LEAD_WORD.fullmatch(w) or _LEAD_ROLE.match(w) for w in words)


def _role_in_apposition(gap: str) -> bool:
    """'said the Chief of Defence of the Armed Forces, Lieutenant General ': a role, a comma, then the
    rank or title before the name, each part descriptive on its own."""
    head, comma, tail = gap.strip(" ,").rpartition(", ")
    return bool(comma) and head.startswith("the ") and _descriptive_lead(head) and _descriptive_lead(tail)


def _sentence_of(sents: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in sents:
        if s <= pos < e:
            return s, e
    return (pos, pos)


# the speaker named in the sentence after the words: "“…” With these words the premier closed the
# debate", "“…” These were the words of Defence Minister X"
_COORDINATOR_ONLY = re.compile(r"[\s,]*(?:but|and|yet)(?:\s+(?:also|then|later))?\s*")
_MODAL_BEFORE = re.compile(r"\b(?:would|will|could|might|should|shall)\s+(?:[a-z]+ly\s+)?(?:not\s+)?$")
_WORDS_OF_NEXT = re.compile(
    r"[\s.]*(?P<cue>(?:With|In) (?:these|those) words,?|(?:These|Those) (?:were|are) the words of)\s+"
)


def attribute_quotes(
    text: str,
    paras: list[Paragraph],
    sents: list[list[tuple[int, int]]],
    quotes: list[Quote],
    res: Resolver,
) -> list[Attribution]:
    out: list[Attribution | None] = []
    # names in quotation marks, not words said: 'the so-called "coalition of the willing"', 'said on NBC's
    # "Meet the Press"' (a programme's title); the quotations around them see past them
    titles = {
        qi
        for qi, q in enumerate(quotes)
        if _SO_CALLED.search(text, max(0, q.open_at - 12), q.open_at)
        or _SHOW_BEFORE.search(text, max(0, q.open_at - 40), q.open_at)
        or (
            _ON_BEFORE.search(text, max(0, q.open_at - 6), q.open_at)
            # 'said on "Fox News Sunday"', 'told "Face the Nation" that'
            and _TITLE_CASE.fullmatch(text, q.start, q.end)
        )
    }
    said = [q for qi, q in enumerate(quotes) if qi not in titles]
    # quotations no later pass may give a speaker to: the titles, and words whose speaker is named but not
    # found ("I was told by one colleague that '…'")
    no_speaker = set(titles)
    said_at = {q.open_at: i for i, q in enumerate(said)}
    for qi, q in enumerate(quotes):
        para = paras[q.paragraph]
        if qi in titles:
            out.append(None)
            continue
        si = said_at[q.open_at]
        s0, s1 = _sentence_of(sents[q.paragraph], q.open_at)
        nxt = said[si + 1] if si + 1 < len(said) and said[si + 1].paragraph == q.paragraph else None
        prv = said[si - 1] if si > 0 and said[si - 1].paragraph == q.paragraph else None
        found: Attribution | None = None
        # 1. after the quote: ', he said' / ', said X' / '" Kremlin spokesman X told reporters'
        hi = min(nxt.open_at if nxt else para.end, max(s1, q.outer_end + 1) if s1 > q.outer_end else para.end)
        after = _mask(text, q.outer_end, hi, quotes)
        m = AFTER_QUOTE_RE.search(after)
        acc_after = _ACCORDING_TO_AFTER.match(after)
        if acc_after and has_speech_cue(_mask(text, s0, q.open_at, quotes), 0, q.open_at - s0):
            # 'X told the other leaders that Japan would contribute “…”, according to the Foreign Ministry':
            # the source of the account, not the speaker, who is named before
            acc_after = None
        if acc_after:
            actor = res.subject_after(q.outer_end + acc_after.end(), hi)
            if actor is not None:
                found = Attribution(q, actor, "according to", q.outer_end + acc_after.start(), "after")
                m = None
        dash = _DASH_BYLINE.match(text, q.outer_end, para.end) if found is None and not m else None
        if dash:
            # a quotation signed with a dash, as a "quote of the day": '“…” — Estonian Defence Minister X'
            actor = res.subject_after(dash.end(), para.end)
            if actor is not None:
                found = Attribution(q, actor, "said", dash.start(), "after")
        elif (
            found is None
            and not m
            and q.paragraph + 1 < len(paras)
            and q.open_at == para.start
            and not text[q.outer_end : para.end].strip()
        ):
            # … or signed on the line below it, as a "what they said" list: '“…”\n— Kadri Vaher, Estonian
            # foreign minister'
            below = paras[q.paragraph + 1]
            dash = _DASH_BYLINE.match(text, below.start, below.end) or _WHO_LABEL.match(
                text, below.start, below.end
            )
            actor = res.subject_after(dash.end(), below.end) if dash else None
            if actor is not None:
                found = Attribution(q, actor, "said", dash.start(), "after")
        until_next = nxt.open_at if nxt else para.end
        words_of = _WORDS_OF_NEXT.match(text, q.outer_end, until_next) if found is None and not m else None
        if words_of:
            # '“…” With these words the premier closed the debate': the next sentence names the speaker
            _, ns1 = _sentence_of(sents[q.paragraph], words_of.end())
            actor = res.subject_after(words_of.end(), min(ns1, until_next))
            if actor is not None:
                found = Attribution(q, actor, "with these words", words_of.start("cue"), "after")
        if (
            m
            and (len(after[: m.start()].split()) <= 9 or _NAME_AND_APPOSITIVE.fullmatch(after, 0, m.start()))
            and not _SENTENCE_MARK.search(_TITLE_DOT.sub("", after[: m.start()]))
            # '… called it “a logical step” and said Prague …': a second verb of the same subject
            and not _AND_VERB.match(after)
            # '“…”, while the German insisted that “…”': the cue of the next clause and its own subject
            and not _NEXT_CLAUSE_AFTER.match(after)
            # 'that Hungary “will not send a single soldier” to Ukraine and urged Slovakia …': a second
            # verb of the sentence's own subject, before the quotation
            and not _AND_BEFORE_CUE.search(after, 0, m.start())
            # '“….” Asked by Carvalho whether …, Tóth said': the one who asks is not the one quoted
            and not _ASKED_BY.match(after, m.start())
            # '“…. My party will vote against it.” A BBB member, X, says his party will vote for it “only
            # if …”': a new sentence whose cue leads to the next quotation is that quotation's
            and not (
                nxt is not None
                and hi == nxt.open_at
                and text[q.start : q.end].rstrip(" '‘’\"”").endswith((".", "!", "?"))
                and _NEW_SENTENCE_AFTER.match(after)
                and not _SENTENCE_MARK.search(after, m.end())
            )
        ):
            v, ve = q.outer_end + m.start(), q.outer_end + m.end()
            subj = res.subject_before(q.outer_end, v)
            if _PAIR_ANAPHOR.fullmatch(after, 0, m.start()):
                subj = res.named_pair_before(q.open_at) or subj  # '“…,” the senators wrote'
            joint = _JOINT_TEXT.fullmatch(after, 0, m.start())
            signed = res.signatories(q.open_at) if joint else []
            subj = signed or subj
            actor = subj[-1] if subj else res.subject_after(ve, hi)
            bare = _SUBJECTLESS_CUE.fullmatch(after, 0, m.start()) and not after[m.end() :].strip(" .,")
            if actor is None and bare:
                # '"We will not do nothing behind the back of this Chamber" has added.': a translation that
                # drops the subject; the speaker quoted last goes on
                last = next((a for a in reversed(out) if a is not None), None)
                actor = last.actor if last and q.paragraph - last.quote.paragraph <= 1 else None
            if actor is not None:
                co = tuple(a for a in signed if a != actor) if signed else _co_speakers(res, subj, actor)
                found = Attribution(q, actor, m.group(), v, "after", co=co)
        # 2. before the quote, within the sentence (or since the previous quote)
        if found is None:
            lo = max(s0, prv.outer_end if prv else s0)
            if q.open_at == s0 and prv is None:
                lo = s0
            before = _mask(text, lo, q.open_at, quotes)
            cues = speech_cues(before)
            acc = list(_ACCORDING_TO.finditer(before)) if "ccording to" in before else []
            if acc and cues and _CUE_THEN_SOURCE.fullmatch(before, cues[-1][1], acc[-1].start()):
                # "X stated, according to a press release of the Presidency, that …": the source of the
                # account set into X's own sentence; X speaks
                acc = []
            if acc and (not cues or acc[-1].start() > cues[-1][0]):
                actor = res.subject_after(lo + acc[-1].end(), q.open_at)
                if actor is not None:
                    found = Attribution(q, actor, "according to", lo + acc[-1].start(), "before")
            elif cues:
                c_start, c_end, c_words = cues[-1]
                if len(cues) > 1 and _MODAL_BEFORE.search(before, max(0, c_start - 24), c_start):
                    # 'X said Poland would insist that any force include “…”': a speech still to come is
                    # what X said; the words are X's
                    c_start, c_end, c_words = cues[-2]
                participle = c_words.lower().endswith("ing") and before[:c_start].rstrip().endswith(",")
                subj = res.subject_before(lo, lo + c_start) if not participle else []
                if not subj and (as_cue := _AS_BEFORE_PARTICIPLE.search(before, 0, c_start)):
                    # 'It records the Foreign Minister as saying that …', 'quoted X as saying': the one
                    # recorded speaks
                    subj = res.subject_before(lo, lo + as_cue.start())
                passive = (
                    _PASSIVE_BY.match(before, c_end) if _PASSIVE_BEFORE.search(before, 0, c_start) else None
                )
                if passive:
                    # 'I was told by one colleague that I had "forgotten …"': the one who told speaks
                    agent = res.subject_after(lo + passive.start("by"), q.open_at)
                    if agent is not None:
                        found = Attribution(q, agent, c_words, lo + c_start, "before")
                    else:
                        no_speaker.add(qi)
                    out.append(found)
                    continue
                if _PAIR_ANAPHOR_END.search(before, 0, c_start):
                    subj = res.named_pair_before(lo + c_start) or subj  # "they wrote that allies “…”"
                if participle:
                    a0 = res.sentence_subject(s0, lo + c_start)
                    subj = [a0] if a0 is not None else []
                if (
                    not subj
                    and prv is not None
                    and out
                    and out[-1] is not None
                    and out[-1].quote is prv
                    and _COORDINATOR_ONLY.fullmatch(before, 0, c_start)
                ):
                    # 'called the statement “a step forward” but said Kyiv needed “…”': the same subject's
                    # second verb
                    subj = [out[-1].actor]
                if not subj and prv is not None:
                    subj = res.subject_before(s0, lo + c_start)
                    if not subj and out and out[-1] is not None and out[-1].quote is prv:
                        subj = [out[-1].actor]  # '"A" and accused X of "B"': the same speaker
                actor = subj[-1] if subj else None
                if (
                    actor is None
                    and res.author is not None
                    and _FIRST_PERSON_BEFORE.search(before, 0, c_start)
                ):
                    actor = res.author  # 'When I told the plenary that "…"': the op-ed's author
                if actor is None and _INVERTING.fullmatch(c_words):
                    actor = res.subject_after(lo + c_end, q.open_at)
                if actor is None and not _ABSOLUTE_WITH.search(before, 0, c_start):
                    # not in "…, with some pushing for it and others warning against “…”": that
                    # clause has a subject of its own
                    actor = res.sentence_subject(s0, lo + c_start)
                if actor is not None:
                    found = Attribution(
                        q, actor, c_words, lo + c_start, "before", co=_co_speakers(res, subj, actor)
                    )
            elif (verb := _POSITION_VERB_BEFORE.search(before)) is not None:
                # 'Vox, for its part, rejected “sending our soldiers to a war that is not ours”': the
                # words the subject rejects, in its own terms
                subj = res.subject_before(lo, lo + verb.start())
                if subj:
                    found = Attribution(q, subj[-1], verb["v"], lo + verb.start(), "before")
            elif (asked := _ASKED_WHETHER.search(before)) is not None:
                # 'MP David Ross asked whether the government had “a plan B”': the asker's words
                subj = res.subject_before(lo, lo + asked.start())
                if subj:
                    found = Attribution(q, subj[-1], "asked", lo + asked.start(), "before")
            elif re.search(r":\s*$", before):
                # 'Asked whether soldiers would be safe in Ukraine, she shot back: "…"': the question's
                # words are not who answers
                asked = _ASKED_CLAUSE.match(text, lo, q.open_at)
                ms = res.in_range(asked.end() if asked else lo, q.open_at)
                for k, mm in enumerate(ms):
                    a = res.resolve(mm) if not _in_title(text, ms, k) else None
                    if mm.kind == "country" and _TOPIC_BEFORE_COLON.fullmatch(text, mm.end, q.open_at):
                        a = None  # 'Ukraine force: "…"': a headline's topic, no speaker
                    if a is not None:
                        found = Attribution(q, a, ":", q.open_at, "colon")
                        break
        if found is None:
            # '“…” — Anna Kowal, Polish defence minister.': a signature after a dash
            dash = _DASH_SIGNATURE.match(text, q.outer_end, hi)
            named = res.in_range(dash.end(), min(hi, dash.end() + 60)) if dash else []
            if named and named[0].start == dash.end() and named[0].kind in ("name", "role", "institution"):
                actor = res.resolve(named[0])
                if actor is not None:
                    found = Attribution(q, actor, "—", dash.start(), "after")
        if found is None:
            # 'In Nowak's words, “…”': the owner of the words
            own = _IN_WORDS.search(text, max(s0, q.open_at - 80), q.open_at)
            named = res.in_range(own.start("who"), own.end("who")) if own else []
            if named:
                actor = res.resolve(named[-1])
                if actor is not None:
                    found = Attribution(q, actor, "in the words of", own.start(), "before")
        if found is None:
            # 'For Larrañaga, Spain "must be ready to send troops …"': the view of the person the sentence
            # opens on
            view = _FOR_PERSON.match(text, s0, q.open_at)
            named = res.in_range(view.start("who"), view.end("who")) if view else []
            # (a sentence with a cue of its own says who speaks)
            own_cue = named and has_speech_cue(_mask(text, s0, q.open_at, quotes), 0, q.open_at - s0)
            if len(named) == 1 and named[0].kind in ("name", "surname") and not own_cue:
                actor = res.resolve(named[0])
                if actor is not None:
                    found = Attribution(q, actor, "for", view.start(), "before")
        if found is None:
            owned = _OWNED_REMARK.search(text, max(s0, q.open_at - 200), q.open_at)
            named = res.in_range(max(s0, owned.start() - 40), owned.end("who")) if owned else []
            named = [m for m in named if m.end == owned.end("who") and m.kind in ("name", "surname")]
            if owned and named:
                actor = res.resolve(named[0])
                if actor is not None:
                    found = Attribution(q, actor, "remark", owned.start(), "before")
        bullet = q.open_at != para.start and ITEM_START.fullmatch(text, para.start, q.open_at)
        if found is None and (q.open_at == para.start or bullet) and q.paragraph > 0:
            # 'X told the paper:' closing the paragraph above introduces this one (and a wire's highlights,
            # 'Following are highlights of his remarks:', the bullets under its topics: 'ON PARLIAMENT:')
            intro = q.paragraph - 1
            while (
                bullet
                and intro > 0
                and q.paragraph - intro < _MAX_HIGHLIGHTS
                and _highlight(text, paras[intro])
            ):
                intro -= 1
            prev_para = paras[intro]
            if text[prev_para.start : prev_para.end].rstrip().endswith(":"):
                ls, le = sents[intro][-1]
                masked = _mask(text, ls, le, quotes)
                cues = speech_cues(masked)
                actor = None
                if cues:
                    subj = res.subject_before(ls, ls + cues[-1][0])
                    actor = subj[-1] if subj else res.sentence_subject(ls, ls + cues[-1][0])
                if actor is None:
                    actor = res.sentence_subject(ls, le)
                if actor is None and (source := _SOURCE_LINE.match(masked)):
                    # a source line: "From a post on Facebook by X, a member of the Seimas, 9 March 2026:",
                    # "A letter to a regional newspaper from X:": the one it is by
                    # (a person before the body they speak for: "by the spokeswoman of the Ministry of
                    # Foreign Affairs, Yelena Mikhaleva-Gorn")
                    named = [res.resolve(mn) for mn in res.in_range(ls + source.end(), le) if not mn.in_quote]
                    named = [a for a in named if a is not None]
                    people = [a for a in named if res.actors[a].type == "person"]
                    actor = (people or named or [None])[0]
                if actor is None and bullet and (whose := _WHOSE_REMARKS.search(text, ls, le)):
                    # "Following are highlights of his remarks:": whose remarks
                    owner = res.in_range(whose.start(), whose.end())
                    if owner:
                        actor = res.resolve(owner[0])
                    elif whose["pronoun"]:
                        gender = {"his": "m", "her": "f"}.get(whose["pronoun"])
                        actor = res.last_person(whose.start(), subjects_first=True, gender=gender)
                if actor is not None:
                    found = Attribution(q, actor, cues[-1][2] if cues else ":", ls, "colon")
        out.append(found)
    # 3. an interview: a whole-paragraph answer after a question paragraph ("Even after a ceasefire?")
    # is the interviewee's, the person the article introduces first
    interviewee: int | None = None
    for qi, q in enumerate(quotes):
        if out[qi] is not None or q.paragraph == 0 or q.open_at != paras[q.paragraph].start:
            continue
        # (a question set in italics ends on its marker: "*How many soldiers?*"; a question may quote
        # someone, but not end inside the quotation: '"Who will go?" he asked.' is no question put)
        pp = paras[q.paragraph - 1]
        asked_at = len(text[pp.start : pp.end].rstrip(" *_")) + pp.start - 1
        if text[asked_at] != "?" or any(x.start <= asked_at < x.outer_end for x in quotes):
            continue
        if interviewee is None:
            interviewee = res.first_person()
        if interviewee is not None:
            out[qi] = Attribution(q, interviewee, "answered", q.open_at, "interview")
    # 3. a heading: a paragraph that is all quotation under a short line that ends on its speaker's name,
    # as excerpts under their delegations ("UNITED STATES — Ambassador Rebecca Stanhope")
    for qi, q in enumerate(quotes):
        if (
            out[qi] is not None
            or qi in no_speaker
            or q.paragraph == 0
            or q.open_at != paras[q.paragraph].start
        ):
            continue
        if qi > 0 and quotes[qi - 1].paragraph == q.paragraph - 1:
            continue  # (the line above has a quotation of its own: no heading)
        above = paras[q.paragraph - 1]
        line = text[above.start : above.end].rstrip()
        if len(line.split()) > _MAX_HEADING_WORDS or _BYLINE_OR_CREDIT.match(line):
            continue
        if has_speech_cue(text, above.start, above.end):
            continue
        named = [x for x in res.in_range(above.start, above.end) if x.kind == "name"]
        # (the name may end the line before its party and state, and a short role: "Sen. Dale Whitcombe
        # (R-Utah), lead sponsor")
        if named and (
            named[-1].end == above.start + len(line)
            or _ASIDE_AND_ROLE.fullmatch(text, named[-1].end, above.start + len(line))
        ):
            actor = res.resolve(named[-1])
        else:
            # a panel's answer: the name alone on its line, over a title line or two ("Senior fellow,
            # Centre for …", "Our summary: Sceptical")
            actor = _panel_name_above(text, paras, q.paragraph, quotes, res)
        if actor is not None:
            out[qi] = Attribution(q, actor, None, above.start, "heading")
    # 3. a caption: a paragraph that is all quotation, and under it a line that opens on who said it
    # and where ("Sigrid Aasland, Norway's defence minister, on Tuesday, after …. Photograph: NTB")
    for qi, q in enumerate(quotes):
        if out[qi] is not None or qi in no_speaker or q.paragraph + 1 >= len(paras):
            continue
        para, below = paras[q.paragraph], paras[q.paragraph + 1]
        whole = q.open_at == para.start and not text[q.outer_end : para.end].strip()
        quoted_below = qi + 1 < len(quotes) and quotes[qi + 1].paragraph == q.paragraph + 1
        # (not the last paragraph of a quotation begun above, nor a line that says something itself: "The
        # general, who took command last summer, said …")
        continued = qi > 0 and quotes[qi - 1].paragraph == q.paragraph - 1 and quotes[qi - 1].close_at is None
        if not whole or quoted_below or continued or below.end - below.start > 300:
            continue
        if has_speech_cue(text, below.start, below.end):
            continue
        named = res.in_range(below.start, below.end)
        # (after a rank or a degree written short: "Col. (ret.) Miroslav Hudec", "Ing. Zuzana Kollárová")
        titled = _SHORT_TITLES.match(text, below.start, below.end)
        opener = named[0] if named and named[0].start in (below.start, titled and titled.end()) else None
        if opener and opener.kind in ("name", "role", "institution") and text.startswith(",", opener.end):
            actor = res.resolve(opener)
            if actor is not None:
                out[qi] = Attribution(q, actor, "caption", below.start, "caption")
    # 3. quotations without a cue: a paragraph-long quote continued in the next paragraph takes
    # that speaker; a fully quoted follow-on sentence takes the previous quote's speaker.
    for qi in range(len(quotes) - 1, -1, -1):
        q = quotes[qi]
        if out[qi] is not None or qi + 1 >= len(quotes) or qi in no_speaker:
            continue
        nq, na = quotes[qi + 1], out[qi + 1]
        s0, _ = _sentence_of(sents[q.paragraph], q.open_at)
        if (
            na is not None
            and q.close_at is None
            and q.open_at == s0
            and nq.paragraph == q.paragraph + 1
            and nq.open_at == paras[nq.paragraph].start
        ):
            out[qi] = Attribution(q, na.actor, na.cue, na.cue_at, "carried", co=na.co)
    for qi, q in enumerate(quotes):
        if out[qi] is not None or qi == 0 or qi in no_speaker:
            continue
        pq, pa = quotes[qi - 1], out[qi - 1]
        if pa is None or pa.how == "caption" and pq.paragraph != q.paragraph:
            continue  # (a caption names one slide's speaker: the next slide has its own)
        s0, _ = _sentence_of(sents[q.paragraph], q.open_at)
        ps0, _ = _sentence_of(sents[pq.paragraph], pq.open_at)
        starts_sentence = q.open_at == s0 or not text[s0 : q.open_at].strip(" \t–—-")
        near = q.paragraph - pq.paragraph <= 5 and q.open_at - pq.outer_end < 1500
        same_sentence = ps0 == s0 and pq.paragraph == q.paragraph
        if (same_sentence or starts_sentence and near) and len(q_words(text, q)) >= 3:
            actor = pa.actor
            if not same_sentence:
                # a person who became the subject since the last quote speaks now
                newer = res.subject_between(pq.outer_end, q.open_at)
                if newer is not None:
                    actor = newer
            co = pa.co if actor == pa.actor else ()
            out[qi] = Attribution(q, actor, pa.cue, pa.cue_at, "carried", co=co)
    for qi, q in enumerate(quotes):
        if out[qi] is not None or qi in no_speaker or len(q_words(text, q)) < 3:
            continue
        s0, _ = _sentence_of(sents[q.paragraph], q.open_at)
        if q.open_at != s0 or q.open_at == paras[q.paragraph].start:
            continue
        # "Maëlle, 31, … asked that her surname not be published. « We knew what we signed up for. »": the
        # person the paragraph has just introduced says the words that follow, with no cue of their own
        newer = res.subject_between(paras[q.paragraph].start, q.open_at)
        if newer is not None and res.actors[newer].type == "person":
            out[qi] = Attribution(q, newer, None, q.open_at, "carried")
    return [a for a in out if a is not None]


_WORD = re.compile(r"\w+")
# a heading over an excerpt is a short line, no byline or credit ("By Jane Doe", "Photo: …"); it ends on
# the name it gives, so on no sentence's end
_MAX_HEADING_WORDS = 12


def _panel_name_above(
    text: str, paras: list[Paragraph], pi: int, quotes: list[Quote], res: Resolver
) -> int | None:
    """The person whose name is alone on a line a few short title lines above paragraph `pi`."""
    quoted = {q.paragraph for q in quotes}
    for up in range(pi - 2, max(-1, pi - 2 - PANEL_TITLE_LINES), -1):
        title = paras[up + 1]
        if up + 1 in quoted or len(text[title.start : title.end].split()) > PANEL_TITLE_WORDS:
            return None  # (a title line is short and quotes no one)
        if has_speech_cue(text, title.start, title.end):
            return None
        line = paras[up]
        written = text[line.start : line.end].rstrip()
        named = [x for x in res.in_range(line.start, line.end) if x.kind == "name"]
        if named and named[0].start == line.start and named[0].end == line.start + len(written):
            actor = res.resolve(named[0])
            if actor is not None and res.actors[actor].country is None:
                # the state the title lines give: "Senior fellow, Centre for Strategic Affairs, New Delhi",
                # "Former US Permanent Representative to NATO", "Professor, Ankara University"
                titles = text[paras[up + 1].start : paras[pi - 1].end]
                states = [
                    gz.country_of_word(words)
                    or next(filter(None, map(gz.country_of_word, words.split())), None)
                    for words in _PLACE_WORD.findall(titles)
                ]
                res.actors[actor].country = next((s for s in states if s), None)
            return actor
    return None


_PLACE_WORD = re.compile(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")


_ASIDE_AND_ROLE = re.compile(r"\s*\([^()]{1,40}\)(?:,\s*[^,.;:()]{1,50})?")
_BYLINE_OR_CREDIT = re.compile(r"(?:by|photo|photograph|picture|image|interview|credit)\b", re.IGNORECASE)


def q_words(text: str, q: Quote) -> list[str]:
    return _WORD.findall(text, q.start, q.end)


# "… Nikolai Shestakov, wrote on his Telegram channel:" — the post follows in the next paragraph, unquoted
_POSTED_INTRO = re.compile(
    r"\b(?P<cue>wrote|posted|tweeted|published|said)\b[^.:]{0,40}\b(?:on|in)\s+(?:his|her|its|their|the)?\s*"
    r"(?:[\w-]+\s+){0,2}?(?:Telegram|X|Twitter|Facebook|Instagram|VKontakte|VK|Truth Social|Bluesky|blog|channel|"  # noqa: E501
    r"account|page)\b[^.:]{0,30}:\s*$"
)


def find_introduced_posts(
    text: str, paras: list[Paragraph], quotes: list[Quote], res: Resolver
) -> list[tuple[int, int, int]]:
    """Posts given whole in the paragraph after '… wrote on his Telegram channel:', with no quotation
    marks: (the post's paragraph, its author, where the cue stands)."""
    quoted = {q.paragraph for q in quotes}
    found = []
    for pi in range(len(paras) - 1):
        intro = paras[pi]
        if not text[intro.start : intro.end].rstrip().endswith(":"):
            continue
        m = _POSTED_INTRO.search(text, intro.start, intro.end)
        if m is None or pi + 1 in quoted:
            continue
        subj = res.subject_before(intro.start, m.start("cue"))
        if subj:
            found.append((pi + 1, subj[-1], m.start("cue")))
    return found


def find_posts(text: str, paras: list[Paragraph]) -> list[tuple[int, int, re.Match]]:
    """Embedded posts, as (the post's paragraph, the paragraph that introduces it, its author line): a
    '— Name (@handle) date' line after the post's text, or a 'Name (@handle), role · date' line above it."""
    found = []
    for pi, para in enumerate(paras):
        m = _POST_RE.match(text, para.start, para.end)
        if m and pi > 0:
            found.append((pi - 1, pi - 2, m))
            continue
        m = _POST_HEADER_RE.match(text, para.start, para.end) if "@" in text[para.start : para.end] else None
        if m and pi + 1 < len(paras):
            found.append((pi + 1, pi - 1, m))
    return found
