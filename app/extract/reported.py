"""Reported speech and positions in the writer's words: "X said (that) ...", "A and B rejected ..."."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from app.extract import gazetteer as gz
from app.extract.attribute import RELATIVE_WHICH, Resolver, _mask
from app.extract.clean import DATELINE_PREFIX
from app.extract.cues import HEARERS, POLICY, SPEECH_LOWER, has_speech_cue, policy_cues, speech_cues
from app.extract.quotes import Paragraph, Quote

# a finite verb between the cue and "that" means "that" belongs to a later clause
_FINITE = re.compile(
    r"\b(?:had|has|have|is|are|was|were|would|will|could|should|must|did|does|do|can|may)\b", re.I
)
# "said on Monday (that) ...": time and channel phrases before the clause belong to the cue
_TIME_LEAD = re.compile(
    r"(?:\s*(?:on \w+(?: (?:morning|afternoon|evening|night))?|yesterday|today|last \w+|"
    r"this (?:week|weekend|month|year|morning|afternoon|evening|spring|summer|autumn|fall|winter)|earlier|"
    r"later|in (?:a|an|his|her|its|their) (?:[\w-]+ )?(?:statement|interview|speech|post|briefing|address|"
    r"letter|op-ed|article)|"
    r"on (?:X|Twitter|Telegram|television|radio))\b,?)+"
    r"\s*(?:that\b)?",
    re.IGNORECASE,
)
# whom words were told, then a clause with no "that": "told reporters he could imagine …"
_HEARERS = re.compile(
    r"\s+(?:"
    + HEARERS
    + r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:\s+(?:in|at|on|after)\s+[^,;.]{0,40}?)?\s+(?=(?:he|she|"
    r"they|it|we|I|the|his|her|their|its)\s+(?:\w+\s+)?(?:would|will|could|had|has|was|were|is|are|did|"
    r"does|might|may|should|must|can|saw|sees|expected|expects|wanted|wants)\b)"
)
_AUX_BEFORE = re.compile(
    r"\b(?:was|were|is|are|has been|have been|had been|has|have|had|remains?|remained|stays?|stayed)\s+"
    r"(?:\w+ly\s+|also\s+|already\s+)?$"
)
# "…, Sweden did not exclude it, and Poland refused.": a capitalised subject just before a position verb
# that ends its clause
_NAMED_SUBJECT_BEFORE = re.compile(r"(?:^|,\s+(?:and\s+|but\s+|while\s+)?)(?P<s>[A-Z][\w’'-]+\s+)$")
_INTRO_PHRASE = re.compile(
    r"\s*(?:In|At|On|During|After|Before|Speaking|Asked|According|From|For|With|Following|Opening|Closing)\b"
)
# a sentence's opening adverbial, not a clause said: "Later, X said her party …", "Two days later, X said"
_ADVERBIAL_LEAD = re.compile(
    r"\s*(?:[A-Z][a-z]+ly|Later|Earlier|Meanwhile|Afterwards|Afterward|Elsewhere|However|Still|Yet|Instead|"
    r"Also|Then|Now|Today|Yesterday|Tonight|Nevertheless|Nonetheless|Moreover|Furthermore|Likewise|Again|"
    r"Once again|In turn|By contrast|In contrast|Too|So|Indeed|Overnight|(?:Last|This|Next) \w+|"
    r"(?:\w+ )?(?:days?|weeks?|hours?|months?|minutes?|years?) (?:later|earlier|ago))\s*"
)
POLICY_HEAD_FREE = re.compile(
    r"\b(?:said|says|told|ruled out|rejected|denied|warned|announced)\b", re.IGNORECASE
)
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\b")
# a cue in a state's relative clause: "Italy, which has ruled out …" (the subject_before reading, at the end)
_WHICH_BEFORE = re.compile(r"[A-Z][\w’'-]*" + RELATIVE_WHICH.pattern + r"$")
_WORD = re.compile(r"\w+")
_THAT = re.compile(r"\bthat\b|:")
_NOT_CLAUSE = re.compile(
    r"^\s*(?:the\s+|this\s+|that\s+|his\s+|her\s+|its\s+|an?\s+)?(?:[\w-]+\s+)?(?:statement|interview|briefing|"
    r"post|speech|line|message|point|remarks?|comments?|words|view|warning|call|video|clip|photo|picture|image|"
    r"link|thread)\b",
    re.IGNORECASE,
)
# a clause that cannot be the one the cue's subject says: "…, but", "…, a day after X told Congress that"
_SUBORDINATE_START = re.compile(
    r"\s*(?:and|but|or|while|as|(?:a (?:day|week) |days |hours |shortly )?after|before|since|when|because|"
    r"until|although|though)\b"
)
# a quotation that opens on a subordinating word: a clause that hangs on the one before it
_SUBORDINATE_QUOTE = re.compile(
    r"(?:while|because|as long as|unless|until|since|so long as|given that|even if|even though|although|"
    r"though|whereas)\b",
    re.IGNORECASE,
)
_AS_LEAD = re.compile(r"\s*(?:And |But )?As\b")
_AS_CUE_ADJUNCT = re.compile(r"(?:\s+(?:in|at|on|to|during|before|last|this)\b[^,.;:\"“”]{0,60})?,\s*")
_ASKED_BEFORE = re.compile(r"\b[Aa]sked (?:whether|if|why|how|when)\b[^,.;:]*$")
# "will the Minister confirm that families will be briefed?", "Does the Prime Minister accept that …?": a
# question put to the speaker, who has not said it (the verb in its bare form after an inverted auxiliary)
_PUT_AS_QUESTION = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|so)\s+)(?:[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Dd]oes|[Dd]id|[Dd]o|[Ss]hall|[Ss]hould)"
    r"\s+(?:the|my|his|her|he|she|they|[A-Z][\w'’-]+)\b[^,.;:?]*$"
)
_NON_SPEECH_AFTER = re.compile(
    r"^\s*(?:by|of|in the|in an?|for the|as|at|during|outside|inside|ahead of|on the sidelines)\b|"
    # "He stated this during a press conference", "the Prime Minister said so without hesitation": what was
    # said is the statement before
    r"^\s*(?:this|so|it)\s*(?:[.,;]|(?:during|at|in|on|after|while|when|before|to|without|with|openly|"
    r"publicly|plainly|clearly|explicitly|bluntly|repeatedly|again|too|himself|herself|themselves|last)\b)|"
    # "…, President X said after the meeting."
    r"^\s*(?:after|following|before)\s+(?:the|a|his|her|its|their|talks|meeting)\b[^,;]{0,40}[.]\s*$|"
    # "did not respond to a request for comment"
    r"^\s*to (?:a |an |our |the |repeated |several )?(?:requests?|inquir\w+|questions?|emails?|calls?|"
    r"messages?)\b|"
    # "The Kremlin has responded to the London talks": what it answered, not what it said
    r"^\s*to (?:the |a |an |these |those |his |her |its |their )?(?:[\w'’-]+ ){0,3}?(?:talks|summit|meeting|"
    r"proposals?|remarks|comments|statements?|plans?|idea|news|reports?|criticism|announcement)\b|"
    # "The prime minister wrote an article about …": the thing written, not what it says
    r"^\s*(?:an?|the|his|her|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:article|letter|op-ed|column|essay|book|"
    r"note|piece|tweet|message|memo|open letter)\b",
    re.IGNORECASE,
)
_WITH_CLAUSE = re.compile(r",\s+with\s+(?:[A-Z]|the\s|his\s|her\s|its\s|their\s)")
_OBJECT_VERB = re.compile(
    r"(?:clarif|explain|describ|repeat|cite|mention|highlight|underline|underscore|criticis|criticiz|condemn|"
    r"denounc|decr|lament|recall|comment)\w*$"
)
# what a speaker goes on to say with: "…, adding that …", "…, saying …"
_SPEECH_PARTICIPLE = r"(?:adding|noting|saying|insisting|stressing|warning|arguing)"
_GOES_ON = re.compile(r",\s+" + _SPEECH_PARTICIPLE + r"\b")
_PARTICIPLE_TAIL = re.compile(
    r",\s+(?:(?!" + _SPEECH_PARTICIPLE + r"\b)[a-z]+ing|but|while|whereas|though|although|even though|yet)\b"
)


# ", and Hungary's government said ...": a new subject and cue start a clause of their own
_NEXT_CLAUSE = re.compile(
    r"(?:,\s+(?=(?-i:[A-Z])[\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:\w+\s+){0,2}?(?:"
    + SPEECH_LOWER
    + "|"
    + POLICY
    + r"))|(?:,\s+(?:and|but|while|whereas|after|before|as|when|since|"
    r"(?:a|one|two|three|several|\w+) (?:days?|hours?|weeks?) (?:after|before))|;)\s+(?=[^,;]{0,60}?\b(?:"
    + SPEECH_LOWER
    + "|"
    + POLICY
    + r")))",
    re.IGNORECASE,
)


@dataclass
class Reported:
    actors: list[int]
    start: int
    end: int
    cue: str
    cue_at: int
    policy: bool


# position verbs that report speech as "said" does: "…, Swiss soldiers will not go, the minister made clear"
_SAID_LIKE_POLICY = re.compile(
    r"(?:(?:has|have)\s+)?(?:made|makes) (?:it\s+)?clear|signall?ed|(?:has|have)\s+said"
)
_SAME_SUBJECT_VERB = (
    r"(?:(?:also|still) )?(?:wants|wanted|insists|insisted|demands|demanded|requires|required|needs|needed|"
    r"expects|expected|would|will|could|should|must)\b"
)
# what a speaker adds about the decision: "…, but decisions will not be made this week"
_DECISION_PUT_OFF = r"(?:no |any |the |a )?decisions?\s+(?:will|would|has|have|had|is|was)\b"
_WRITERS_NEXT_POINT = re.compile(
    r",\s*but\s+(?!that\b|only\b|not\b|" + _SAME_SUBJECT_VERB + "|" + _DECISION_PUT_OFF + r")"
)
_ACCORDING_TAIL = re.compile(r",?\s*according to\b.*$")
_PREPOSITION_END = re.compile(r"\b(?:of|in|on|at|for|with|by|from|about|like|than)\s*$")
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?$")
_PLACE_PHRASE = re.compile(r"(?:in|on|at|during|after|before|from|to|via|over|through)\s", re.IGNORECASE)
_PREPOSITION_LEAD = re.compile(r"(?:Without|With|After|Before|Under|Despite|Given|Absent|Unlike|Like)\b")
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+$", re.IGNORECASE)
_PARTICIPLE_CUE = re.compile(_SPEECH_PARTICIPLE + r"\b", re.IGNORECASE)
# the end of a clause where the next cue's subject begins: ", and", ", he", ", senior officials"
# "…, officials said", "…, and the minister said", "…, while Australia's defence minister said"
_NEXT_SPEAKER = re.compile(
    r",\s*(?:(?:and|while|whereas)\s+(?:[\w’'-]+\s+){0,3}?|(?:[\w’'-]+\s+){0,2}?)[\w’'-]*\s*$"
)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " ,;:–—-\t":
        s += 1
    while e > s and text[e - 1] in " ,;:.–—-\t":
        e -= 1
    return s, e


_ROLE_SET_OFF = re.compile(r"\s*(?:the|[A-Z][\w'’-]+(?:'s|’s))\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*")


def _set_off_subject(masked: str, s0: int, comma: int, res: Resolver) -> tuple[list[int], int]:
    """The subject of a cue right after `comma` when it is a name or role between commas ("…, Declan
    Moran, said"), with its role or name before it ("…, the Taoiseach, Declan Moran, said"), and the
    comma where the clause before them ends."""
    c2 = masked.rfind(",", 0, comma)
    if c2 <= 0 or len(masked[c2 + 1 : comma].split()) > 4:
        return [], comma
    subj = res.subject_before(s0 + c2 + 1, s0 + comma)
    if not subj:
        return [], comma
    c3 = masked.rfind(",", 0, c2)
    start = c3 + 1 if c3 > 0 else 0
    if _ROLE_SET_OFF.fullmatch(masked, start, c2) or (
        # "…, Declan Moran, the Irish prime minister, said": the name before its role
        len(masked[start:c2].split()) <= 4 and res.subject_before(s0 + start, s0 + c2) == subj
    ):
        # the role (or name) before it is the same subject's: the clause ends before that
        return (subj, c3) if c3 > 0 and _is_clause(masked[:c3]) else ([], comma)
    lead_end = s0 + len(masked[:c2].rstrip())
    if any(m.end == lead_end and res.resolve(m) in subj for m in res.in_range(s0, lead_end)):
        return [], comma  # "… since the French president, Julien Delorme, told …": no clause of its own
    return (subj, c2) if _is_clause(masked[:c2]) else ([], comma)


_PARTICIPLE_OPENING = re.compile(r"\s*[A-Z][a-z]+ing\b")


def _is_clause(lead: str) -> bool:
    """Whether the words before a set-off subject say something ("Ireland will not send troops", "Britain
    ruled out troops"), rather than name someone ("The Conservative defence critic")."""
    return len(lead.split()) >= 4 and bool(_FINITE.search(lead) or policy_cues(lead))


# a factbox line whose label is its subject: "* ITALY: Has ruled out sending soldiers to Ukraine.",
# "* BRITAIN, FRANCE: Signed a declaration of intent …", "- United States: Will not send ground troops."
_LABELLED_POSITION = re.compile(
    r"[ \t]*(?:[*•▪-][ \t]*)?(?P<labels>[A-Z][A-Za-z .'’-]{1,30}?(?:\s*(?:,|and|&)\s*[A-Z][A-Za-z .'’-]{1,30}?)*)"  # noqa: E501
    r"\s*:\s+(?P<body>(?:Has|Have|Had|Will|Would|Is|Are|Was|Were|Signed|Ruled|Rejected|Offered|Pledged|Backs|"
    r"Backed|Supports|Opposes|Refuses|Refused|Says|Said|Wants|Plans|Remains|Favours|Favors)\b[^.!?\n]*)"
)


def labelled_positions(text: str, paras: list[Paragraph]) -> list[tuple[list[str], int, int]]:
    """Positions a factbox gives its labels with no subject of their own: (the state codes of the
    label, the start and end of the position's first sentence)."""
    out = []
    for para in paras:
        if text.find(":", para.start, para.end) < 0:
            continue  # no label: a paragraph without a colon (most), not tried against the pattern
        m = _LABELLED_POSITION.match(text, para.start, para.end)
        if m is None:
            continue
        codes = [gz.country_of_word(w.strip().title()) for w in re.split(r",|\band\b|&", m["labels"])]
        if codes and all(codes):
            out.append((codes, m.start("body"), m.end("body")))
    return out


_COORDINATED_CUE = re.compile(r"\b(?:but|and|yet)\s*$")


def find_reported(
    text: str,
    paras: list[Paragraph],
    sents: list[list[tuple[int, int]]],
    quotes: list[Quote],
    res: Resolver,
) -> list[Reported]:
    out: list[Reported] = []
    for pi, para in enumerate(paras):
        line = text[para.start : para.end].rstrip()
        if not line or line[-1] not in ".!?\"”»“'’)":
            continue  # headlines, headings, bylines
        if pi == 0 and not re.search(r"[.!?][\"”»“'’)]*$", line):
            continue  # a headline that ends on a quotation: "Elysee says troops 'would not …'"
        for s0, s1 in sents[pi]:
            masked = _mask(text, s0, s1, quotes)
            cues = [(a, b, words, True) for a, b, words in policy_cues(masked)]
            for start, end, words in speech_cues(masked):
                if _WITHOUT_BEFORE.search(masked, 0, start):
                    continue  # "…, without saying whether troops would be sent": nothing was said
                if not any(a <= start < b for a, b, _, _ in cues):
                    cues.append((start, end, words, False))
            if "ccording to" in masked:
                for m in _ACCORDING_TO.finditer(masked):
                    cues.append((m.start(), m.end(), m.group(), False))
            cues.sort()
            lo = s0
            # the previous cue's speaker, where the cue ended and where what it carried ended
            last: tuple[list[int], int, int] | None = None
            covered = -1  # end of the last statement's content: a position verb inside it is reported speech
            for k, (cs, ce, cue, policy) in enumerate(cues):
                c_at, c_end = s0 + cs, s0 + ce
                if policy and c_at < covered:
                    continue
                if policy and _ASKED_BEFORE.search(masked, 0, cs):
                    continue  # "Asked whether the two countries disagreed, …": the question, not a position
                if _PUT_AS_QUESTION.search(masked, 0, cs) and text[s0:s1].rstrip(" \"”’'»)").endswith("?"):
                    continue  # "Will the Minister confirm that …?": asked, not said
                if policy and masked.startswith(" by ", ce):
                    continue  # "a move opposed by several opposition parties": a passive, its agent after
                # the next speech cue (a position verb inside the content is part of it)
                nxt_cue = next((s0 + c[0] for c in cues[k + 1 :] if not c[3]), s1)
                if cue.lower() == "according to":
                    actor = res.subject_after(c_end, s1)
                    comma = masked.find(",", ce)
                    if actor is None:
                        continue
                    subj = [actor]
                    if comma < 0 and masked[:cs].rstrip().endswith(","):
                        # "X would be stationed far from the front, according to a statement from Y."
                        lead_s, lead_e = _trim(text, s0, s0 + masked[:cs].rstrip().rfind(","))
                        dateline = DATELINE_PREFIX.match(text, lead_s, lead_e)
                        lead_s = dateline.end() if dateline else lead_s
                        if len(re.findall(r"\w+", text[lead_s:lead_e])) >= 4:
                            out.append(Reported(subj, lead_s, lead_e, cue, c_at, False))
                        continue
                    if comma < 0:
                        continue
                    cstart = s0 + comma + 1
                else:
                    # "Poland will not send troops, the prime minister said.": the clause comes first
                    comma = masked.rfind(",", 0, cs)
                    if (
                        (not policy or _SAID_LIKE_POLICY.fullmatch(cue.lower()))
                        and comma > 0
                        and re.fullmatch(r"[^,;:]*", masked[comma + 1 : cs])
                        # "X, who attended …, called it “…” but said …": the second verb of the subject
                        and not _COORDINATED_CUE.search(masked, comma + 1, cs)
                        # "…, a day after the secretary told Congress that …": a subordinate clause
                        and not _SUBORDINATE_START.match(masked, comma + 1, cs)
                        and not has_speech_cue(masked, 0, comma)
                        and not POLICY_HEAD_FREE.search(masked[:comma])
                        and not masked[ce:].lstrip().startswith(":")
                        and not _INTRO_PHRASE.match(masked)
                        and not _ADVERBIAL_LEAD.fullmatch(masked, 0, comma)
                        # "Presenting the platform on Tuesday, the Prime Minister said …": a participle's
                        # phrase sets the scene
                        # (not "Waiting for the Council, where Russia holds a veto, meant …": a clause)
                        and not (
                            _PARTICIPLE_OPENING.match(masked)
                            and "," not in masked[:comma]
                            and not _is_clause(masked[:comma])
                        )
                        # "Outside Europe, Canada and Australia have said …": a phrase too short to be
                        # what was said sets the scene
                        and len(_WORD.findall(masked, 0, comma)) >= 4
                    ):
                        # "…, the government said on Thursday, becoming the latest member to …" (or "…,
                        # but …"): the clause after the cue is the writer's next point
                        tail = _PARTICIPLE_TAIL.split(masked[ce:], 1)[0].strip(" .")
                        subj = res.subject_before(s0 + comma + 1, c_at)
                        if not subj and not masked[comma + 1 : cs].strip() and not _THAT.search(tail):
                            # "…, the Taoiseach, Declan Moran, said": a name set off by commas, its role
                            # before it
                            subj, comma = _set_off_subject(masked, s0, comma, res)
                        if (
                            not subj
                            and not re.sub(
                                r"\b(?:on|in|at|to|reporters|journalists|the|a)\b", "", tail
                            ).strip()
                        ):
                            a1 = res.subject_after(c_end, s1)
                            subj = [a1] if a1 is not None else []
                        lead_s, lead_e = _trim(text, s0, s0 + comma)
                        if _PREPOSITION_LEAD.match(text, lead_s, lead_e) and not _is_clause(
                            text[lead_s:lead_e]
                        ):  # noqa: E501
                            continue  # "Without such a backstop, she warned, …": a phrase, not what was said
                        dateline = DATELINE_PREFIX.match(text, lead_s, lead_e)
                        if dateline:
                            lead_s = (
                                dateline.end()
                            )  # "OSLO — Norway is prepared …": the place line is not said
                        if (
                            subj
                            # a quotation in the clause is its own statement; a scare quote is not
                            and not any(
                                lead_s <= q.open_at < lead_e and len(_WORD.findall(text, q.start, q.end)) > 2
                                for q in quotes
                            )
                            # "…, the minister said on Monday." / "…, X told Ukrainian President Y in a phone
                            # call on Tuesday, according to a readout": the cue's own short tail
                            # (what it goes on to say, "…, adding that …", is a statement of its own)
                            and len(_ACCORDING_TAIL.sub("", _GOES_ON.split(tail, 1)[0]).split())
                            <= (14 if cue.lower() == "told" else 8)
                            # "…, saying Ukraine would insist that …": the cue's clause follows it
                            and not tail.startswith("that ")
                        ):
                            if len(_WORD.findall(text, lead_s, lead_e)) >= 4:
                                # the whole clause is this speaker's: drop a position read inside it
                                out[:] = [r for r in out if not (r.policy and lead_s <= r.start < lead_e)]
                                out.append(Reported(subj, lead_s, lead_e, cue, c_at, False))
                            lo = c_end
                            # "…, X told parliament on Wednesday, adding that …": the cue's own tail ends
                            # where what X goes on to say starts
                            goes_on = _GOES_ON.search(masked, ce)
                            last = (subj, c_end, s0 + goes_on.start() if goes_on else c_end)
                            continue
                    subj = res.subject_before(lo, c_at)
                    if not subj and _AND_BEFORE.search(masked, 0, cs):
                        # "X described the debate as … and said …": the sentence's subject says it too
                        a0 = res.sentence_subject(s0, c_at)
                        subj = [a0] if a0 is not None else []
                    if (
                        not subj
                        and last
                        and _PARTICIPLE_CUE.match(cue)
                        and not (
                            masked[last[1] - s0 : cs].strip(" ,") and masked[last[2] - s0 : cs].strip(" ,")
                        )
                    ):
                        # "…, she said, adding that …", "X ruled out sending troops, saying …": the same
                        # speaker goes on
                        subj = last[0]
                    if not subj and _PARTICIPLE_CUE.match(cue) and masked[:cs].rstrip().endswith(","):
                        # "Sumar was less ambiguous, saying in a statement that …": the sentence's subject
                        a0 = res.sentence_subject(s0, c_at)
                        subj = [a0] if a0 is not None else []
                    if not subj:
                        continue
                    cstart = c_at if policy else c_end
                    if (
                        policy
                        and len(_WORD.findall(masked, ce, s1 - s0)) < 2
                        and (aux := _AUX_BEFORE.search(masked, 0, cs))
                    ):
                        # "The PVV, the largest party, was strongly opposed.": the position with its verb
                        cstart = s0 + aux.start()
                    elif (
                        policy
                        and not _WORD.search(masked, ce, s1 - s0)
                        and (named := _NAMED_SUBJECT_BEFORE.search(masked, 0, cs))
                    ):
                        cstart = s0 + named.start("s")  # "and Poland refused.": the subject and its verb
                    if not policy and (adj := _AS_CUE_ADJUNCT.match(masked, ce)) and _AS_LEAD.match(masked):
                        # "As the minister stated in Brussels on 5 March, Portugal is available …": the main
                        # clause after the cue's own place and time is what was stated
                        cstart = s0 + adj.end()
                    elif not policy:
                        window = masked[ce : ce + 70]
                        t = _THAT.search(window)
                        gap = window[: t.start()] if t else ""
                        if (
                            t
                            and not re.search(r"[.;]", gap)
                            # "told coalition leaders on a video call yesterday that": the hearers named
                            # (a time or channel phrase aside: "said in a television interview on Monday
                            # night that")
                            and len(_TIME_LEAD.sub(" ", gap, count=1).split())
                            <= (10 if cue.lower().startswith("told") else 6)
                            and not _FINITE.search(gap)
                            # "said a force of that size …": "that" after a preposition is no conjunction
                            and not _PREPOSITION_END.search(gap)
                        ):
                            cstart = c_end + t.end()
                        elif cue.lower().startswith("told") and (hearers := _HEARERS.match(masked, ce)):
                            # "told reporters he could imagine Czech specialists …": the clause after them
                            cstart = s0 + hearers.end()
                        else:
                            lead = _TIME_LEAD.match(masked, ce)
                            if lead and lead.end() > ce:
                                cstart = s0 + lead.end()
                                window = masked[lead.end() : lead.end() + 70]
                            if (
                                _NON_SPEECH_AFTER.match(window)
                                or re.match(r"\s*[,:]?\s*$", window[:3] or " ")
                                or cue.lower().startswith(("told", "tell"))
                                # "clarifies its role", "repeated the line": these verbs take what was
                                # said with "that", and a plain object otherwise
                                or _OBJECT_VERB.match(cue.lower())
                                # "…, noting a hardening of Russia's stance": a thing noted, not a clause
                                or (
                                    cue.lower() in ("noting", "stressing")
                                    and not _FINITE.search(window.split(",")[0])
                                )
                            ):
                                continue
                cend = s1
                absolute = _WITH_CLAUSE.search(text, cstart, cend)
                if absolute:
                    cend = (
                        absolute.start()
                    )  # "…, with Hungary's prime minister calling the idea “…”": its own clause
                if nxt_cue < cend:
                    # "..., he said, adding that ...", "Poland will not send troops, officials said":
                    # the next cue's subject and the cue are not this clause's content (nor its quotation:
                    # "X said A, while Y said B “…”")
                    tail = _NEXT_SPEAKER.search(text, cstart, nxt_cue)
                    if tail:
                        cend = min(cend, tail.start())
                # a quotation in the content: the writer's words before it stand alone only when
                # they make a clause of their own; a scare quote (one or two words) stays inside
                for q in quotes:
                    if cstart <= q.open_at < cend and len(_WORD.findall(text, q.start, q.end)) > 2:
                        lead = text[cstart : q.open_at].rstrip()
                        # "… said no Finnish soldier should be sent to Ukraine “while our own border is
                        # …”": a whole clause before a quoted subordinate one stands alone as well
                        whole = (
                            len(lead.split()) >= 5
                            and _SUBORDINATE_QUOTE.match(text, q.start)
                            and _FINITE.search(lead)
                        )
                        if not whole and (not lead.endswith((",", "—", "–", ";")) or len(lead.split()) < 5):
                            cend = cstart
                            # the quotation stands for the clause: "ruled out troops “at this stage”,
                            # saying …" goes on after it
                            last = (subj, c_end, q.outer_end)
                        else:
                            cend = q.open_at
                        break
                relative = "which" in masked and _WHICH_BEFORE.search(masked, 0, cs) is not None
                if relative:
                    # "Italy, which has ruled out sending troops, will host …": the relative clause ends at
                    # its comma
                    comma_at = text.find(",", cstart, cend)
                    cend = comma_at if comma_at > 0 else cend
                nxt = _NEXT_CLAUSE.search(text, cstart, cend)
                if nxt:
                    cend = nxt.start()
                cstart, cend = _trim(text, cstart, cend)
                body = text[cstart:cend]
                if (
                    len(_WORD.findall(body)) < (2 if policy else 3)
                    or _NOT_CLAUSE.match(body)
                    # "… said in his nightly video address": where it was said, with no verb of its own
                    or (_PLACE_PHRASE.match(body) and not _FINITE.search(body) and not policy_cues(body))
                ):
                    lo = c_end if cend == cstart and last and last[1] == c_end else lo
                    continue
                if not policy and re.search(r"\bthat$", text[max(s0, cend - 6) : cend]):
                    continue
                # "…, but …" is the writer's next point, unless it limits what was said: "but only if …",
                # goes on with the same subject's wish: "is in favour in principle, but wants a mandate", or
                # adds when it will be decided: "said that A, but no decision would be made this week"
                cut = _WRITERS_NEXT_POINT.search(body)
                if cut:
                    body = body[: cut.start()]
                parts = re.split(r",?\s+(?:and|but)\s+that\s+", body)
                pos = cstart
                for part in parts:
                    ps = text.find(part, pos)
                    if ps < 0:
                        continue
                    pe = ps + len(part)
                    pos = pe
                    ps, pe = _trim(text, ps, pe)
                    if len(_WORD.findall(text, ps, pe)) >= 2:
                        out.append(Reported(subj, ps, pe, cue, c_at, policy))
                        covered = max(covered, pe)
                if relative:
                    continue  # the sentence's own verb comes after: "…, again rejected the plan"
                lo = c_end
                last = (subj, c_end, pos)
    out.extend(_stated_by_next(text, paras, sents, quotes, res))
    return out


# "This was stated by President X during a press conference": the speaker named in the sentence after
# the words, the house style of Ukrainian and Russian agencies' English services (not "It was reported by
# Reuters that …", which tells who carried the news)
_STATED_BY = re.compile(
    r"\b(?:This|That) (?:was|has been|is) (?P<cue>stated|said|announced|declared|noted|emphasi[sz]ed) by\s"
)


def _stated_by_next(
    text: str, paras: list[Paragraph], sents: list[list[tuple[int, int]]], quotes: list[Quote], res: Resolver
) -> list[Reported]:
    """The sentence before "This was stated by X" (or, when that sentence opens its paragraph, the whole
    paragraph before) as X's reported statement, unless it is quoted or has a speaker of its own."""
    out: list[Reported] = []
    para_starts = [p.start for p in paras]
    for m in _STATED_BY.finditer(text):
        pi = bisect.bisect_right(para_starts, m.start()) - 1
        k = next((k for k, (s0, _) in enumerate(sents[pi]) if s0 == m.start()), None)
        if k is None:
            continue  # not where a sentence starts
        s1 = sents[pi][k][1]
        # the person the sentence names ("by President of Ukraine Oleksandr Horbach": not Ukraine)
        named = [n for n in res.in_range(m.end(), s1) if n.kind in ("name", "surname")]
        actor = res.resolve(named[0]) if named else res.subject_after(m.end(), s1)
        if actor is None:
            continue
        if k > 0:
            ws, we = sents[pi][k - 1]
        elif pi > 1:  # (the paragraph before, unless it is the headline)
            ws, we = paras[pi - 1].start, paras[pi - 1].end
        else:
            continue
        ws, we = _trim(text, ws, we)
        while we > ws and text[we - 1] in ".!?":
            we -= 1
        masked = _mask(text, ws, we, quotes)
        if (
            len(_WORD.findall(masked)) < 6
            or masked.strip() != text[ws:we].strip()
            or has_speech_cue(masked, 0, len(masked))
        ):
            continue  # a quotation, a fragment, or words that name their own speaker
        out.append(Reported([actor], ws, we, m["cue"], m.start("cue"), False))
    return out
