"""extract(raw text, metadata) -> Extraction: the stages in order."""

from __future__ import annotations

import bisect
import datetime as dt
import os
import re
import unicodedata
from dataclasses import replace

from app.extract import gazetteer as gz
from app.extract.actors import (
    CIVIC_BODY_NOUNS,
    Actor,
    _sentence_start,
    actor_named,
    find_mentions,
    government_of,
)
from app.extract.attribute import (
    Attribution,
    Resolver,
    _mask,
    attribute_quotes,
    find_introduced_posts,
    find_posts,
    opinion_author,
    q_words,
)
from app.extract.clean import DATELINE_PREFIX, clean
from app.extract.cues import HEARERS, SPEECH_LOWER, clear_caches, speech_cues
from app.extract.dates import WEEKDAY_RE, day_shift, numeric_date, said_on, shifted
from app.extract.documents import Document, find_documents
from app.extract.letters import find_letters, find_notes
from app.extract.motions import find_motions
from app.extract.questionnaire import find_answers, respondent_headings
from app.extract.quotes import Paragraph, Quote, find_quotes, is_heading, paragraphs, sentences
from app.extract.reported import find_reported, labelled_positions
from app.extract.stance import TOPIC_RE, classify, opening_condition
from app.extract.subtitles import find_captioned_cues
from app.extract.transcripts import (
    Turn,
    answering_after_questions,
    answers,
    asks,
    find_turns,
    label_asides,
    title_label,
    titled_labels,
)
from app.extract.types import Article, ArticleMeta, Extraction, SaidOn, Span, Statement

_ORG_HINT = re.compile(
    r"\b(?:Post|Times|News|Press|Agency|Frontline|Media|TV|Channel|Daily|Herald|Journal|Desk)\b"
)
# words that open by pointing back at what was just said: "That is why …", "It would be …"
_GOVERNMENT_HINT = re.compile(r"\b(?:Embassy|Ministry|Government|Mission|MFA|Chancellery|Kremlin)\b")
_POINTS_BACK = re.compile(r"(?:This|That|It|These|Those|Such|Our position|We have (?:said|been clear))\b")
# a name after the first word: the words bring a subject of their own ("the defeat of Russia is …")
_NAMES_ANOTHER = re.compile(r"(?<!^)(?<![.!?] )\b(?!I\b)[A-Z][a-z]")
# what makes a readiness conditional (not "ready to discuss it", a deliberation of its own)
_CONDITION_WORD = re.compile(
    r"\b(?:if|provided|unless|only|conditions?|conditional|as long as|mandate|approv\w*|vote|backstop|"
    r"guarantees?|request\w*|until|once)\b",
    re.IGNORECASE,
)
# a live blog's entry: "18:41 - ...", or a developing story's "Update, 11:05 CET"
_TIMESTAMP = re.compile(r"(?:(?:BREAKING\s*\|\s*)?Update[sd]?,?\s+(?:at\s+)?)?\d{1,2}[:.]\d{2}\b")
_POST_FOOTER = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·•|]\s*[A-Z][a-z]{2,8}\.? \d{1,2}\b")
_NON_WORDS = re.compile(r"\W+")
# "He would not say what that might mean. “I came here to see ploughing,” he said": the words after a
# refusal to say more change the subject, and carry no stance from the words before it
_WOULD_NOT_SAY = re.compile(
    r"\b(?:would not|wouldn't|did not|didn't|refused to|declined to|could not|couldn't)\s+"
    r"(?:say|elaborate|specify|be drawn|go into|comment|give details)\b"
)
_CONTINUES = re.compile(r"^(?:and|but|or|so|because|which|about|as|adding|while)\b|^[a-z]")


# the speaker and verb that report a position, right after it: "Italy will not take part …, Defence
# Minister X said on Thursday" (not "…, and the envoy repeated that warning last month")
_SAID_BY_AFTER = re.compile(
    r",\s+(?!and\b|but\b|while\b|which\b|a position\b)(?:[\w’'.-]+\s+){1,6}?" + SPEECH_LOWER + r"\b"
)


def extract(raw_text: str, meta: ArticleMeta) -> Extraction:
    try:
        return _extract(raw_text, meta)
    except Exception:
        if os.environ.get("STANCEWATCH_EXTRACT_RAISE"):
            raise  # never fail an article: keep its cleaned text, no statements
        text = raw_text.strip() if isinstance(raw_text, str) else ""
        article = Article(meta.key, text, meta.title, meta.outlet, meta.url, meta.published)
        return Extraction(article=article, statements=[])


_CLAUSE_AFTER = re.compile(
    r"[,;]\s*(?:a (?:day|week)|the day|\w+ (?:days|weeks)|hours|shortly|just)\s+after\b"
)


# a contrast, or the next thing said: "ruled out troops “at this stage”, saying …"
_CLAUSE_BREAK = re.compile(
    r"[,;]\s+(?:although|though|even though|but|while|whereas|yet|saying|adding|arguing|insisting)\b|;\s"
)


# the words of another named as the thing a fragment judges: "…, a warning the Minister called “tired and
# predictable”" (what comes before the comma is the warning's author's, not the fragment's speaker's)
_JUDGED_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:warning|threat|claim|charge|remark|accusation|suggestion|"
    r"statement|comment|message)\s+(?:that\s+|which\s+)?[^,;“”\"]{0,80}$"
)


def _clause_around(text: str, s0: int, s1: int, q: Quote) -> tuple[int, int]:
    """A sentence up to the contrast that follows a quoted fragment (what comes before it stays: in "open
    to a discussion, but only “on the basis of international law”" the fragment qualifies it), from the
    apposition that names the thing it judges, if any."""
    after = _CLAUSE_BREAK.search(text, q.outer_end, s1)
    judged = _JUDGED_APPOSITION.search(text, s0, q.open_at)
    return (judged.start() + 1 if judged else s0), (after.start() if after else s1)


def _sentence_at(sents: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in sents:
        if s <= pos < e:
            return s, e
    return (pos, pos)


# caches of functions of an article's own stretches of text (sentences, clauses, quotations), which the
# stages ask about again and again: emptied for each article, which shares few such strings with another
def _clear_article_caches() -> None:
    classify.cache_clear()
    said_on.cache_clear()
    clear_caches()


def _extract(raw_text: str, meta: ArticleMeta) -> Extraction:
    _clear_article_caches()
    cleaned = clean(raw_text)
    text = cleaned.text
    published = meta.published or cleaned.published
    article = Article(meta.key, text, meta.title, meta.outlet, meta.url, published)
    paras = paragraphs(text)
    quotes = find_quotes(text, paras)
    sents = [sentences(text, p, quotes) for p in paras]
    # (a speaker's label in capitals read as the name it is: 'SOT — PRIME MINISTER X: "…"', and so is a
    # questionnaire's respondent set as a heading: "DALE HARWICK")
    questionnaire = find_answers(text, paras)
    turns = find_turns(text, paras)
    names_text = titled_labels(text, paras, turns)
    if questionnaire:
        names_text = respondent_headings(names_text, paras, questionnaire)
    actors, mentions = find_mentions(names_text, paras, quotes)
    res = Resolver(text, actors, mentions, quotes)
    res.author = opinion_author(text, paras, quotes, actors)

    attributions = attribute_quotes(text, paras, sents, quotes, res)
    _states_from_own_words(text, attributions, actors)
    by_quote: dict[int, Attribution] = {a.quote.open_at: a for a in attributions}
    statements: list[Statement] = []
    post_statements: list[tuple[Statement, int]] = []
    verbatim: set[int] = set()  # paragraphs that are someone's own words whole: interview answers

    # Embedded posts: the paragraph above '— Name (@handle) date' (or below 'Name (@handle) · date') is
    # Name's.
    posts = find_posts(text, paras)
    for bi, ii, m in posts:
        author = _post_author(actors, m["name"].strip(), m["handle"])
        if "role" in m.groupdict():
            _described_author(actors[author], m["name"] + " " + m["role"])
        intro = paras[ii] if ii >= 0 else None
        if intro is not None and text[intro.start : intro.end].rstrip().endswith(":"):
            for mn in res.in_range(intro.start, intro.end):
                a = res.resolve(mn)
                if a is not None and a != author:
                    src = actors[a]
                    tgt = actors[author]
                    tgt.country = src.country or tgt.country
                    tgt.role = tgt.role or src.role
                    if src.type == "person":
                        tgt.type = "person"
                    break
        day = said_on(m["date"], published)
        body = paras[bi]
        # (a scare quote inside the post is not what it quotes: the post is its author's words whole)
        inner = [q for q in quotes if q.paragraph == bi and len(q_words(text, q)) > 2]
        if inner:
            for q in inner:
                by_quote[q.open_at] = Attribution(q, author, "posted", q.open_at, "post", m["date"])
        else:
            s, e = body.start, body.end
            st = Statement("direct", text[s:e], Span(s, e), actors[author].ref(), "posted", said_on=day)
            post_statements.append((st, author))

    # An interview transcript: each answer is the interviewee's words, as a quotation would be.
    interviewees = _interviewees(text, turns, actors, res, paras) if turns else {}
    answered: list[tuple[Turn, Turn | None]] = answers(turns, set(interviewees)) if interviewees else []
    verbatim |= {t.paragraph for t, _q in answered}
    if answered:
        intro_end = paras[turns[0].paragraph].start
        day = _interview_day(_mask(text, 0, intro_end, quotes), published)
        before: dict[str, tuple[str, str | None]] = {}
        for t, asked in answered:
            start = _after_symbols(text, t.start, t.end)  # (a chat message's "👍 Let's sleep on it.")
            body = text[start : t.end].rstrip()
            if _PLEASANTRY.fullmatch(body):
                continue  # "Thank you, Rachel.": a courtesy, no statement
            context = text[asked.start : asked.end] if asked else ""
            stance, reason = _answer_stance(body, context)
            if stance == "neutral" and _SAME_ANSWER.match(body):
                stance, reason = before.get(
                    t.label, (stance, reason)
                )  # "Even then.": the answer before holds
            before[t.label] = (stance, reason)
            speaker = actors[interviewees[t.label]].ref()
            span = Span(start, start + len(body))
            if (quoted := _WHOLLY_QUOTED.fullmatch(body)) is not None:
                # ('X (recording): «…»': the words inside the marks)
                body, span = quoted["words"], Span(start + 1, start + len(body) - 1)
            when = numeric_date(t.stamp, published) if t.stamp else day
            statements.append(Statement("direct", body, span, speaker, "answered", stance, reason, when))

    # A questionnaire: each answer printed under a respondent's name is the respondent's words.
    for answer in questionnaire:
        if answer.paragraph in verbatim:
            continue
        p = paras[answer.paragraph]
        name = answer.name or names_text[paras[answer.heading].start : paras[answer.heading].end]
        respondent = next((a for a in actors if a.type == "person" and a.name == name), None)
        if respondent is None:
            continue
        verbatim.add(answer.paragraph)
        body = text[p.start : p.end].rstrip()
        question = text[paras[answer.question].start : paras[answer.question].end]
        stance, reason = _answer_stance(body, question)
        span = Span(p.start, p.start + len(body))
        statements.append(Statement("direct", body, span, respondent.ref(), "answered", stance, reason))

    # A factbox line whose label is its subject: "* ITALY: Has ruled out sending soldiers to Ukraine."
    for codes, s, e in labelled_positions(text, paras):
        body = text[s:e].strip()
        stance, reason = classify(body[0].lower() + body[1:], "", "", True)
        day = said_on(body, published)
        for code in codes:
            speaker = _government_of(actors, code, text)
            span = Span(s, s + len(body))
            statements.append(Statement("reported", body, span, speaker, "factbox", stance, reason, day))

    # a parliamentary debate the opening sets on a day: what is said in it is said that day
    sitting = _sitting(text, paras, quotes, published)

    # A post given whole after "… wrote on his Telegram channel:", without quotation marks.
    for pi, author, cue_at in find_introduced_posts(text, paras, quotes, res):
        if pi in verbatim or any(pi == b for b, _i, _m in posts):
            continue
        s, e = paras[pi].start, len(text[: paras[pi].end].rstrip())
        cs, ce = _sentence_at(sents[pi - 1], cue_at)
        day = said_on(_mask(text, cs, ce, quotes), published)
        st = Statement("direct", text[s:e], Span(s, e), actors[author].ref(), "wrote", said_on=day)
        post_statements.append((st, author))
        verbatim.add(pi)

    # A note verbale given in full: each of its paragraphs is the sending ministry's words.
    for note in find_notes(text, paras):
        opening = paras[note.opening]
        # the sender is named before its compliments: "The Ministry for Foreign Affairs of Sweden presents …"
        sender = next(
            (m for m in res.in_range(opening.start, note.sender_end) if m.kind in ("institution", "country")),
            None,
        )
        actor = res.resolve(sender) if sender is not None else None
        if actor is None or any(pi in verbatim for pi, _s, _e in note.paragraphs):
            continue
        day = _line_day(text, paras, note.dated, published)
        for pi, s, e in note.paragraphs:
            statements.append(_words_of(text, s, e, actors[actor], "wrote", day))
            verbatim.add(pi)

    # A letters page: each paragraph of a letter is its signer's words ("Sir, – …" over "Name, Town").
    for letter in find_letters(text, paras):
        sig = paras[letter.signature]
        # ("From Mia, 9, Darwin": a child's first name)
        writer = _person_named_at(res, actors, sig.start, sig.end, lone=text.startswith("From ", sig.start))
        if writer is None or any(pi in verbatim for pi, _s, _e in letter.paragraphs):
            continue
        # (a letter on another subject says nothing on troops: "… accept neither coins nor cards")
        on_topic = any(TOPIC_RE.search(text, s, e) for _pi, s, e in letter.paragraphs)
        # ("Stephen Ord-Harrington" over "Canberra, 10 April")
        day = _line_day(text, paras, letter.dated, published)
        for pi, s, e in letter.paragraphs:
            statements.append(_words_of(text, s, e, actors[writer], "wrote", day, judged=on_topic))
            verbatim.add(pi)

    # A motion's text, or the words an amendment would add: the words of the member who tabled it.
    for motion in find_motions(text, paras, quotes):
        mover = _person_named_at(res, actors, motion.mover_at, motion.mover_end)
        if mover is None or motion.paragraph in verbatim:
            continue
        if motion.quote is not None:
            by_quote.pop(motion.quote.open_at, None)
        else:
            verbatim.add(motion.paragraph)
            for q in quotes:  # (a phrase it quotes is the motion's, not a quotation of its own)
                if q.paragraph == motion.paragraph:
                    by_quote.pop(q.open_at, None)
        day = said_on(_mask(text, *motion.dated, quotes), published)
        statements.append(_words_of(text, motion.start, motion.end, actors[mover], "tabled", day))

    # A document printed whole after a note that says so ("We print it in full."): its signer's words, or
    # those of the person the note is about.
    for doc in find_documents(text, paras):
        author = _document_author(doc, paras, res, actors)
        if author is None:
            continue
        note = paras[doc.note]
        day = _line_day(text, paras, doc.dated, published)  # a letter's own "Prague, 15 October 2026"
        if day.precision is None:
            day = said_on(_mask(text, note.start, note.end, quotes), published)
        if day.precision is None and doc.note > 0:  # ("…, read the statement on Thursday. / Below is …:")
            before = paras[doc.note - 1]
            day = said_on(_mask(text, before.start, before.end, quotes), published)
        for pi, s, e in doc.paragraphs:
            inner = [q for q in quotes if q.paragraph == pi]
            if pi in verbatim or any(q.open_at <= s + 1 for q in inner):
                continue  # (a paragraph in quotation marks is quoted, and attributed, already)
            for q in inner:
                if (att := by_quote.get(q.open_at)) is not None and att.actor == author:
                    del by_quote[q.open_at]  # (a phrase of its own it sets off is part of the paragraph)
            verbatim.add(pi)
            statements.append(_words_of(text, s, e, actors[author], "printed", day, context_from=note.start))

    # A subtitle file: the cue after an on-screen name caption is the words of the person it names.
    captioned = find_captioned_cues(text, paras)
    broadcast_day = said_on(text[: paras[0].end], published) if captioned else SaidOn()
    for cue in captioned:
        speaker = _person_named_at(res, actors, cue.name_at, cue.name_end)
        if speaker is None:
            continue
        for pi, s, e in cue.lines:
            if pi in verbatim:
                continue
            verbatim.add(pi)
            day = said_on(text[s:e], published)
            day = day if day.precision is not None else broadcast_day
            # (judged with the cues before it, where the story's subject was named: "Dutch troops in Ukraine")
            context_from = paras[max(0, cue.caption - _CUES_BEFORE)].start
            statements.append(
                _words_of(text, s, e, actors[speaker], "captioned", day, context_from=context_from)
            )

    # a live blog: timestamped entries ("18:41 - ...") all of the published day
    # (not an embedded post's footer, "3:12 PM · Dec 3, 2025": the post's own time and day)
    live_blog = (
        sum(
            1
            for p in paras
            if _TIMESTAMP.match(text, p.start, p.end) and not _POST_FOOTER.match(text, p.start, p.end)
        )
        >= 3
    )
    positions: list[tuple[int, int, int, str, str | None]] = []  # start, paragraph, actor, stance, reason
    # Reported statements and positions.
    seen: set[tuple[int, int, int]] = set()
    para_starts = [p.start for p in paras]  # in order: the paragraph a statement is in, by bisection
    for r in find_reported(text, paras, sents, quotes, res):
        pi = bisect.bisect_right(para_starts, r.start) - 1
        pi = pi if pi >= 0 and r.start < paras[pi].end else 0
        if pi in verbatim:
            continue  # an answer is a statement whole: "Moscow says …" in it is no report
        ctx = _mask(text, paras[pi].start, paras[pi].end, quotes)
        body = text[r.start : r.end]
        stance, reason = classify(body, ctx, "" if r.policy else r.cue, r.policy)
        # (the cue may open the next paragraph: "This was stated by X on Monday …")
        cue_pi = pi if r.cue_at < paras[pi].end else bisect.bisect_right(para_starts, r.cue_at) - 1
        cs, ce = _sentence_at(sents[cue_pi], r.cue_at)
        lo_d, hi_d = (r.end, ce) if r.cue_at >= r.end else (cs, r.start if not r.policy else r.end)
        if r.cue_at < r.end:
            # "Lawmakers clashed Wednesday …, a day after the secretary told Congress that …": the main
            # clause's day is not the cue's
            later = [m.end() for m in _CLAUSE_AFTER.finditer(text, lo_d, r.cue_at)]
            lo_d = later[-1] if later else lo_d
        day = said_on(_mask(text, lo_d, hi_d, quotes), published)
        if day.precision is None and r.cue_at >= r.end:
            # "The government on Tuesday approved the plan, the minister announced": the clause's day
            day = said_on(_mask(text, r.start, r.end, quotes), published)
        elif day.precision is None and r.policy and _SAID_BY_AFTER.match(text, r.end, ce):
            # "Italy will not take part …, Defence Minister X said on Thursday": the position was said
            # on the day the rest of its sentence gives
            day = said_on(_mask(text, r.end, ce, quotes), published)
        if day.precision is None and live_blog and published:
            day = SaidOn(published, "day", "article_date", None)
        if day.precision is None and sitting and sitting[1] <= pi < sitting[2]:
            day = sitting[0]
        for a in r.actors:
            key = (a, r.start, r.end)
            if key in seen:
                continue
            seen.add(key)
            statements.append(
                Statement("reported", body, Span(r.start, r.end), actors[a].ref(), r.cue, stance, reason, day)
            )
            if stance != "neutral":
                positions.append((r.start, pi, a, stance, reason))
    previous: tuple[int, str, str | None, SaidOn, int] | None = None  # actor, stance, reason, date, para
    previous_end = 0  # where the previous quotation ended
    # the previous quotation's statements, its speaker and paragraph, while it has no stance of its own
    opening: tuple[list[int], int, int] | None = None
    story_day = _story_day(text, paras, quotes, published)
    # the text as its stances are read: a title quoted in it is named, not said ('the pamphlet, titled "No
    # Danish Boots in Ukraine", had been "a legitimate contribution"')
    works = {q.open_at for q in quotes if _names_a_work(text[q.start : q.end])}
    named = _without_works(text, [q for q in quotes if q.open_at in works])
    for q in quotes:
        att = by_quote.get(q.open_at)
        if att is None:
            continue
        words = q_words(text, q)
        if len(words) <= 2 or q.open_at in works:
            continue
        if att.how == "carried" and _titles_its_line(text, paras[q.paragraph], q):
            continue  # an event's or a chapter's title on its own line, carried to no one
        if q.paragraph == 0 and is_heading(text[paras[0].start : paras[0].end]):
            continue  # a headline's quotation is labelled where the body gives it in full
        s0, s1 = _sentence_at(sents[q.paragraph], q.open_at)
        if _SCRIPT_LINE.search(text, s0, q.open_at):
            continue  # a character's line quoted from a play, a film or a song: written, not said
        # the quotation's paragraph and the two before: where the subject it answers was last named
        context = named[paras[max(0, q.paragraph - 2)].start : paras[q.paragraph].end]
        qtext = text[q.start : q.end]
        stance, reason = classify(qtext, context)
        if stance == "neutral" and s1 - s0 > (q.end - q.start) + 12:
            # a quoted fragment is judged with the clause that carries it: 'Portugal "is not available" to
            # send troops, although it does not exclude a mission later' is the first clause's refusal
            c0, c1 = _clause_around(text, s0, s1, q)
            stance, reason = classify(named[c0:c1], context)
        elif stance == "oppose" and (cond := opening_condition(text[s0 : q.open_at])) is not None:
            # "Without such a backstop, she warned, European troops could become “hostages to Russian
            # escalation”": a warning the sentence makes depend on a condition
            stance, reason = "open", cond
        elif (
            stance == "oppose"
            and s1 - s0 > (q.end - q.start) + 12
            and (reason or "").lstrip(",;—– ").startswith(("not ", "but not "))
        ):
            # 'it backed “trainers and medics, not combat troops”': the refusal within the fragment is the
            # limit of what the clause backs, read across the quotation mark
            c0, c1 = _clause_around(text, s0, s1, q)
            in_clause = classify(named[c0:c1], context)
            across = (in_clause[1] or "").lower()
            lead_in = re.findall(r"\w+", text[c0 : q.open_at])
            if (
                in_clause[0] == "support"
                and lead_in
                and re.search(rf"\b{re.escape(lead_in[-1].lower())}\W+{re.escape(words[0].lower())}", across)
            ):
                stance, reason = in_clause
        elif stance == "support" and s1 - s0 > (q.end - q.start) + 12:
            # a readiness the writer's sentence makes conditional ("…, provided that …") is open
            in_sentence = classify(text[s0:s1], context)
            refusal = in_sentence[0] == "oppose" and re.search(r"\b(?:not|no|never)\b", in_sentence[1] or "")
            conditional = in_sentence[0] == "open" and _CONDITION_WORD.search(in_sentence[1] or "")
            if conditional or (refusal and len(words) <= 4):
                # … and a fragment's help the sentence sets against troops ("would “not send
                # soldiers” but would “do its part” in other ways") is that refusal's
                stance, reason = in_sentence
        continues = (
            att.how in ("carried", "post")
            or bool(_CONTINUES.match(qtext))
            or (att.cue or "").lower() in ("added", "adding", "continued")
            # the same speaker's next words, in the next paragraph, with nothing of their own on troops
            or (
                previous is not None
                and previous[4] in (q.paragraph, q.paragraph - 1)
                and not TOPIC_RE.search(qtext)
                and not _WOULD_NOT_SAY.search(text, previous_end, q.open_at)
                and (
                    len(words) <= 12
                    or _POINTS_BACK.match(qtext) is not None
                    or not _NAMES_ANOTHER.search(qtext)
                )
            )
        )
        if att.how == "carried" and previous is not None and previous[0] == att.actor:
            day = previous[3]
        elif att.how == "post" and att.post_date:
            day = said_on(att.post_date, published)
        else:
            # (a quotation signed on the line below has its cue, and the day of its signature, there)
            cue_para = q.paragraph + 1 if att.cue_at >= paras[q.paragraph].end else q.paragraph
            cs, ce = _sentence_at(sents[cue_para], att.cue_at)
            cue_sentence = _mask(text, cs, ce, quotes)
            day = said_on(cue_sentence, published)
            # "Two days earlier, the minister had told reporters …": a day told against the scene's
            shift = day_shift(cue_sentence) if day.precision is None else None
            if day.precision is None and att.how == "heading" and q.paragraph + 1 < len(paras):
                # words under their speaker's name, over the line that sources them: "Floor speech, Sept. 22"
                below = paras[q.paragraph + 1]
                if len(text[below.start : below.end].split()) <= _MAX_SOURCE_LINE_WORDS:
                    day = said_on(_mask(text, below.start, below.end, quotes), published)
            if day.precision is None and previous is not None and previous[0] == att.actor:
                # the same speaker's next words, same occasion, unless a day set between them starts
                # another ("… on February 14. On Wednesday, her message was different.")
                between = said_on(_mask(text, previous_end, min(cs, q.open_at), quotes), published, last=True)
                day = between if between.precision == "day" else previous[3]
            elif (
                day.precision is None
                and previous is not None
                and (
                    _SAME_OCCASION.search(text, paras[q.paragraph].start, paras[q.paragraph].end)
                    or _LATER_THAT_DAY.match(text, paras[q.paragraph].start)
                    or _LATER_THAT_DAY.match(text, cs)
                )
            ):
                day = previous[3]  # "speaking alongside him": the previous speaker's occasion
            elif day.precision is None:
                day = (
                    _scene_date(text, paras, sents, quotes, q.paragraph, cs, published, res, att.actor) or day
                )
            if day.precision is None and story_day is not None and _TIME_OF_DAY.search(text, cs, ce):
                day = story_day  # "The row began in the morning, when …": the hours of the story's day
            if day.precision is None and live_blog and published:
                day = SaidOn(published, "day", "article_date", None)
            if day.precision is None and sitting and sitting[1] <= q.paragraph < sitting[2]:
                day = sitting[0]
            if shift and day.precision is None and previous is not None:
                # against the previous words' day when the scene gives none: "On Monday night the minister
                # wrote … Vox's spokesman replied the next morning that …"
                day = previous[3]
            if shift:
                day = shifted(day, shift)
        own_cue = reason is not None  # a neutral reading with a cue of its own is not a follow-on
        # "Asked whether …, X said only that “…”": an answer to another question, not a follow-on
        answers_another_question = _ASKED.match(text, s0) is not None or any(
            # '“…,” he said. Asked whether the modules were for Ukraine, he smiled. “They are meant for the
            # cold.”': the sentence before puts the question
            e <= s0 and s >= previous_end and _ASKED.match(text, s) is not None and not text[e:s0].strip()
            for s, e in sents[q.paragraph]
        )
        if (
            stance == "neutral"
            and not own_cue
            and not answers_another_question
            and continues
            and previous is not None
            and previous[0] == att.actor
        ):
            stance, reason = previous[1], previous[2]
        if stance == "neutral" and not own_cue and not answers_another_question:
            # a quotation that backs a position the article has just reported for the same speaker
            for p_start, p_para, p_actor, p_stance, p_reason in reversed(positions):
                if p_actor == att.actor and (
                    p_start < q.start
                    and p_para >= q.paragraph - 1
                    # '"We are ready," she said, adding that Poland would send a brigade': the same
                    # paragraph's position, told after the words
                    or p_para == q.paragraph
                ):
                    stance, reason = p_stance, p_reason
                    break
        if (
            stance != "neutral"
            and opening is not None
            and opening[1] == att.actor
            and opening[2] == q.paragraph
            and att.how == "carried"
        ):
            # '“We have heard that before,” X said. “Estonian engineers will be there.”': the words before
            # the cue open the statement the rest makes, and take its stance
            for i in opening[0]:
                statements[i] = replace(statements[i], stance=stance, stance_reason=reason)
        plain = stance == "neutral" and not own_cue and not answers_another_question
        opening = ([], att.actor, q.paragraph) if plain else None
        # "X and Y wrote": the words are each of theirs, in the text's order
        for speaker in (*att.co, att.actor):
            if opening is not None:
                opening[0].append(len(statements))
            statements.append(
                Statement(
                    "direct", qtext, Span(q.start, q.end), actors[speaker].ref(), att.cue, stance, reason, day
                )
            )
        previous = (att.actor, stance, reason, day, q.paragraph)
        # the rest of its sentence tells of the same occasion ("…,” X told host Y in an interview recorded
        # Friday and airing Saturday): a day there starts no new one
        previous_end = max(q.outer_end, _sentence_at(sents[q.paragraph], max(q.outer_end - 1, q.start))[1])
    for st, _author in post_statements:
        stance, reason = classify(st.text)
        statements.append(
            Statement(st.kind, st.text, st.span, st.speaker, st.cue, stance, reason, st.said_on)
        )

    statements = _drop_repeated_quotes(text, statements)
    statements.sort(key=lambda s: (s.span.start, s.kind))
    return Extraction(article=article, statements=statements)


# a state as the one that sends, in the speaker's own words: "Italy will not send soldiers", "the French
# army is ready to deploy a division"
_SENDER_STATE = re.compile(
    r"\b(?:(?P<c>" + gz.COUNTRY_NAME_RE + r")|(?P<d>" + gz.DEMONYM_RE + r") (?:army|armed forces|"
    r"soldiers|"
    r"troops|forces|military|contingent|government))\b (?:will|would|shall|does|do|is|are|has|have|must|"
    r"should|cannot|can|could|stands)\b(?: not| never| no longer)? (?:\w+ )?(?:send|deploy|contribute|commit|"
    r"put|participate|take part|go|be sent|be deployed|ready|prepared|plan|intend|consider|rule out|exclude|"
    r"be part|be there|be among)"
)


# a turn given in quotation marks, a recording or a clip: 'RYBALKIN (recording): «…»'
_WHOLLY_QUOTED = re.compile(r"[\"“„«](?P<words>[^\"“”„«»]+)[\"”“»]")


# an answer that keeps the one before: "Even then.", "Yes, even without them.", "Still yes."
_SAME_ANSWER = re.compile(
    r"(?:(?:yes|no),?\s+)?(?:even (?:then|so|without|with|after|before)|still)\b", re.IGNORECASE
)


def _government_of(actors: list[Actor], code: str, text: str):
    """The government actor of a state (`government_of`), the article's own if it names it."""
    own = government_of(code, text)
    same = (a for a in actors if a.type == "government" and a.country == code and a.name == own.name)
    return next(same, own).ref()


# the sentence of an introduction that tells when the interview took place: "Defense News spoke with him
# in Helsinki on Monday", "… told reporters at a press conference on Tuesday"
_INTERVIEW_SCENE = re.compile(
    r"\b(?:(?:spoke|spoken|talked|sat down|sits down) (?:with|to)|interview(?:ed)?|press conference|"
    # the recording told apart from the publication: "The conversation was recorded on January 20"
    r"(?:was|were) (?:recorded|taped|filmed|conducted))\b",
    re.IGNORECASE,
)


# an answer that is only a courtesy
_PLEASANTRY = re.compile(
    r"(?:(?:thank you|thanks|my pleasure|a pleasure|good (?:morning|afternoon|evening)|you're welcome|hello)"
    r"(?: (?:very much|so much|for having me|again))?[,.!]?\s*(?:[A-Z][\w-]+)?[.!]?\s*)+",
    re.IGNORECASE,
)


def _words_of(
    text: str,
    s: int,
    e: int,
    actor: Actor,
    how: str,
    day: SaidOn | None = None,
    context_from: int | None = None,
    judged: bool = True,
) -> Statement:
    """Text printed as someone's own words without quotation marks (a letter's paragraph, a motion, a
    document, a subtitle cue): a direct statement of theirs, its stance judged with the text from
    `context_from` up to it (or alone), or neutral when not `judged` (a letter on another subject)."""
    context = text[context_from:e] if context_from is not None else ""
    stance, reason = classify(text[s:e], context) if judged else ("neutral", None)
    return Statement("direct", text[s:e], Span(s, e), actor.ref(), how, stance, reason, day or SaidOn())


def _line_day(text: str, paras: list[Paragraph], line: int | None, published) -> SaidOn:
    """The day a place-and-date line gives (a letter's "Canberra, 10 April", a note's "Moscow, 18
    August"); none when there is no such line."""
    return SaidOn() if line is None else said_on(text[paras[line].start : paras[line].end], published)


def _person_named_at(
    res: Resolver, actors: list[Actor], start: int, end: int, lone: bool = False
) -> int | None:
    """The person whose name a line gives at `start` (a title before it allowed: "Sir ", "Lt Col "), as a
    motion's "tabled by" line or an on-screen caption does; None when it names no person there. `lone`: a
    name of one word counts too."""
    kinds = ("name", "surname") if lone else ("name",)
    named = [m for m in res.in_range(start, end) if m.kind in kinds]
    if not named or named[0].start - start > _TITLE_ROOM:
        return None
    a = res.resolve(named[0])
    return a if a is not None and actors[a].type == "person" else None


def _document_author(doc: Document, paras: list[Paragraph], res: Resolver, actors: list[Actor]) -> int | None:
    """Who a document printed whole is by: the body it is issued on behalf of ("read the statement on
    behalf of the Minority Caucus", "For and on behalf of …" under the signature), else the person its
    signature names, else the first the note that announces it (or the paragraph before) names."""
    sig = doc.signature
    signed = range(sig, min(len(paras), sig + _SIGNATURE_LINES)) if sig is not None else range(0)
    noted = [pi for pi in (doc.note, doc.note - 1) if pi >= 0]
    named = (
        a
        for pi in ([sig] if sig is not None else []) + noted
        for m in res.in_range(paras[pi].start, paras[pi].end)
        # (an office that signs: "Yours, / Prime Minister of the Czech Republic")
        if (m.kind in ("name", "surname") or (m.kind == "role" and pi == sig))
        and (a := res.resolve(m)) is not None
        and actors[a].type == "person"
    )
    person = next(named, None)
    office = (
        _STATE_OFFICE_SIGNS.fullmatch(res.text[paras[sig].start : paras[sig].end].strip()) if signed else None
    )
    if office is not None and (country := gz.country_of_word(office["state"])):
        # an office that signs, its holder unnamed: "Yours, / Prime Minister of the Czech Republic"
        name = gz.office_name(office["office"], country)
        person = next((i for i, a in enumerate(actors) if a.type == "person" and a.name == name), None)
        if person is None:
            actors.append(Actor(name, "person", country, office["office"], {name}))
            person = len(actors) - 1
    for pi in (*signed, *noted):
        behalf = _ON_BEHALF.search(res.text, paras[pi].start, paras[pi].end)
        if behalf is None:
            continue
        for m in res.in_range(behalf.end(), paras[pi].end):
            a = res.resolve(m)
            if a is not None and actors[a].type != "person":
                return a
        body = _BODY_NAME.match(res.text, behalf.end(), paras[pi].end)
        if body is not None:
            # a body the text names only here: "For and on behalf of the Minority Caucus"
            country = actors[person].country if person is not None else None
            actors.append(Actor(body.group(), "organization", country, None, {body.group()}))
            return len(actors) - 1
    return person


_ON_BEHALF = re.compile(r"\bon behalf of (?:the )?")
# a signature that is a state's office: "Prime Minister of the Czech Republic", "President of Finland"
_STATE_OFFICE_SIGNS = re.compile(
    r"(?P<office>" + "|".join(gz.STATE_HEAD_TITLES) + r"|Minister of [A-Z][\w ]{2,30}?) of "
    r"(?:the )?(?P<state>[A-Z][\w ]{2,40})"
)
# a body's name, by the noun that ends it: "Minority Caucus", "Parliamentary Group of the Left"
_BODY_NAME = re.compile(
    r"(?:[A-Z][\w'’-]+ ){0,4}(?:"
    + "|".join((*CIVIC_BODY_NOUNS, "Caucus", "Group", "Committee", "Council", "Party", "Bloc", "Union",
                "Faction", "Board", "Delegation", "Conference"))
    + r")\b"
)  # fmt: skip
_SIGNATURE_LINES = 3  # a signature's name, title and "For and on behalf of …" lines


_CUES_BEFORE = 9  # paragraphs of a subtitle file: three cues of number, time codes and words
_TITLE_ROOM = 8  # characters: "Sir ", "Cllr ", "Dame " before the name a mover line gives


def _after_symbols(text: str, start: int, end: int) -> int:
    """Where the words begin past the emoji and other symbols that open a message ("👍 ", "😡 ")."""
    while start < end and (text[start].isspace() or unicodedata.category(text[start]) in _SYMBOL_CATEGORIES):
        start += 1
    return start


_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Cf", "Mn"})  # (a variation selector or joiner is Mn or Cf)


def _interview_day(intro: str, published: dt.date | None) -> SaidOn:
    """The interview's day, told before it: in the sentence that sets the interview if that one dates it
    ("Last month he told parliament …. We spoke with him on Monday"), else the first the introduction
    gives."""
    for scene in _INTERVIEW_SCENE.finditer(intro):
        # the sentence around the words that set the scene (found from them, not by a scan of every start)
        # (a line ends a sentence too: "Published January 22, 2026" above "This week, host X sits down …")
        start = max(intro.rfind(mark, 0, scene.start()) for mark in ".!?\n") + 1
        end = min(
            (at for at in (intro.find(mark, scene.end()) for mark in ".!?\n") if at >= 0), default=len(intro)
        )
        day = said_on(intro[start:end], published)
        if day.precision == "day":
            return day
    return said_on(intro, published)


# a flat "no" to a question whether to send ("Would you support sending them to Ukraine in any role?" /
# "No. Our Guard members have jobs …"), not to one whether to rule it out
_NO_ANSWER = re.compile(r"(?:No|Never|Absolutely not|Certainly not)[.!,]")
_SENDING_ASKED = re.compile(
    r"\b(?:send|sending|deploy|deploying|take part|troops|soldiers)\b[^?.!]*\?", re.IGNORECASE
)
_REFUSAL_ASKED = re.compile(
    r"\b(?:rule|ruling|ruled) (?:\w+ )?out\b|\b(?:oppose|against|refuse|exclude)", re.IGNORECASE
)


def _answer_stance(body: str, question: str) -> tuple[str, str | None]:
    """An answer's stance, judged with the question it answers."""
    stance, reason = classify(body, question)
    if (
        stance == "neutral"
        and (no := _NO_ANSWER.match(body))
        and _SENDING_ASKED.search(question)
        and not _REFUSAL_ASKED.search(question)
    ):
        return "oppose", no.group()
    return stance, reason


def _interviewees(text: str, turns: list[Turn], actors: list[Actor], res: Resolver, paras) -> dict[str, int]:
    """Who answers in a transcript, by the label of their turns: for "Q:/A:", the person the introduction
    names most; for name labels, each person a label names who does not mostly ask (the ministers of a
    press conference), or else the one the introduction names most."""
    intro = res.in_range(0, paras[turns[0].paragraph].start)
    introduced: dict[int, int] = {}
    for m in intro:
        a = res.resolve(m)
        if a is not None and actors[a].type == "person":
            introduced[a] = introduced.get(a, 0) + 1
    labels = {t.label for t in turns}
    if "A" in labels:
        best = max(introduced, key=lambda a: introduced[a], default=None)
        return {"A": best} if best is not None else {}
    named = []
    asides = label_asides(turns)
    for label in sorted(labels):
        folded = title_label(label).casefold()  # ("HÜSEYİN" is "Hüseyin", not "hüseyi̇n")
        for i, actor in enumerate(actors):
            # (a surname with its particle: "DE GRAAF:" for Pieter de Graaf)
            forms = {actor.name.casefold(), actor.name.split()[-1].casefold()}
            forms.add(actor.name.casefold().partition(" ")[2])
            forms |= {a.casefold() for a in actor.aliases}
            if actor.type == "person" and folded in forms:
                named.append((introduced.get(i, 0), i, label))
                break
        else:
            # an office's label with its holder's name in brackets: "MINISTRY SPOKESPERSON (Rear Admiral
            # Zeki X):" is Zeki X's turn
            aside = asides.get(label, "")
            holder = next((i for i, a in enumerate(actors) if a.type == "person" and a.name in aside), None)
            if holder is not None:
                named.append((introduced.get(holder, 0), holder, label))
    if "Q" in labels and (after_questions := answering_after_questions(turns)):
        # (a voice the introduction does not name who never speaks right after a question gives the floor:
        # "NATO SPOKESPERSON: We'll take the first question."; a second minister answers after the first)
        named = [(n, i, label) for n, i, label in named if label in after_questions or n > 0]
    answering = {label: i for _n, i, label in named if not asks(text, turns, label)}
    if answering:
        return answering
    if not named:
        return {}
    _n, best, label = max(named)
    return {label: best}


def _states_from_own_words(text: str, attributions: list[Attribution], actors: list[Actor]) -> None:
    """A person the article gives no state speaks for the state their quotation makes the sender, when
    their quotations name only one: "Italy will not send soldiers to Ukraine," said Defence Minister X."""
    named: dict[int, set[str]] = {}
    for att in attributions:
        a = actors[att.actor]
        if a.type != "person" or a.country is not None or (a.role or "").lower() in gz.ANALYST_ROLES:
            continue
        for m in _SENDER_STATE.finditer(text, att.quote.start, att.quote.end):
            code = gz.country_of_word(m["c"] or m["d"])
            if code:
                named.setdefault(att.actor, set()).add(code)
    for i, codes in named.items():
        if len(codes) == 1:
            actors[i].country = codes.pop()


def _same_state_body(speaker, actor) -> bool:
    """A government, ministry or office of the actor's own state: its announcement is its officials'
    (not a member of parliament's, who speaks for no office: "The Office of the Prime Minister said
    yesterday …" does not date the opposition MP in the studio)."""
    return (
        speaker.type != "person"
        and speaker.country is not None
        and speaker.country == actor.country
        and (actor.role or "").lower() not in _LEGISLATORS
    )


_LEGISLATORS = {
    "mp",
    "mep",
    "senator",
    "lawmaker",
    "deputy",
    "member of parliament",
    "congressman",
    "congresswoman",
}


_SAME_DAY_LEAD = re.compile(
    r"\s*(?:On |And on |Later on |That )?(?:the |that )?same (?:day|evening|morning)\b", re.I
)
_SAME_OCCASION = re.compile(r"\b(?:speaking|standing|appearing) (?:alongside|next to|beside) (?:him|her)\b")
# a reply within the same day, opening its paragraph or its sentence: "Hours later, the Belém palace
# responded.", "Moments later an SP member answers him from the floor"
_LATER_THAT_DAY = re.compile(
    r"(?:(?:Only |Just |A few |Two |Three )?(?:[Hh]ours|[Mm]inutes|[Mm]oments) later|"
    r"Within (?:hours|the hour|minutes)|Later (?:that|the same) (?:day|morning|afternoon|evening|night))\b"
)
_INVERTED_CUE_BEFORE = re.compile(r"[\"”»“’,]\s*$")
# a title in quotation marks: 'Kate Bush: "Running Up That Hill"', '"The Lark Ascending"' (a song's, a
# book's, a film's: every word of four letters or more capitalised, and no sentence in it)
_TITLE_WORD = re.compile(r"[\w'’-]{4,}")
_MAX_TITLE_WORDS = 8


def _without_works(text: str, works: list[Quote]) -> str:
    """The text with the titles quoted in it blanked out (same length)."""
    if not works:
        return text
    chars = list(text)
    for q in works:
        chars[q.start : q.end] = " " * (q.end - q.start)
    return "".join(chars)


def _names_a_work(quoted: str) -> bool:
    long_words = _TITLE_WORD.findall(quoted)
    return (
        quoted[:1].isupper()
        and len(quoted.split()) <= _MAX_TITLE_WORDS
        and len(long_words) >= 2
        and not re.search(r"[.,;:!?]", quoted)
        and all(w[0].isupper() for w in long_words)
    )


# a line that is one quotation, with at most a note in brackets after it ('"A UN flag or no flag" (public)')
_NOTE_AFTER = re.compile(r"\s*(?:\([^()\n]{0,40}\))?\s*")
# a title's ending: no sentence's end, or a question after a colon ("Standing with Ukraine: what does the
# force need from Britain?")
_ENDS_NO_SENTENCE = re.compile(r".*[^.!?,;:…'’\"”]|[^,.:;]{1,50}: [^:]+\?", re.S)


def _titles_its_line(text: str, para: Paragraph, q: Quote) -> bool:
    """A quotation that is its line, ending on no sentence: a title ("Whose boots? Unions, Reservists and
    the deployment", "Reassurance or entanglement? A debate"), not words said."""
    return (
        not text[para.start : q.open_at].strip()
        and _NOTE_AFTER.fullmatch(text, q.outer_end, para.end) is not None
        and _ENDS_NO_SENTENCE.fullmatch(text[q.start : q.end].rstrip()) is not None
    )


_ASKED = re.compile(r"\s*(?:When |After being |Pressed |Questioned )?[Aa]sked\b")
# a line of a play, a film or a song set before its quotation: "The mother … gets the best line of the first
# act: “…”", "answers her with the line that silenced the house: “…”", "the chorus of the second song: “…”"
# (a government's "official line: …" names no play, film or song: a statement still)
_SCRIPT_LINE = re.compile(
    r"\b(?:the|a|her|his|its|their) (?:\w+ ){0,2}?(?:lines?|lyrics?|chorus|refrain)\b"
    r"(?=[^.!?:“”\"]{0,60}\b(?:act|scene|play|film|episode|series|novel|song|stage|script|audience|house)\b)"
    r"[^.!?“”\"]{0,80}:\s*$"
)


def _drop_repeated_quotes(text: str, statements: list[Statement]) -> list[Statement]:
    """A quotation repeated in the article (a heading, a recap) is labelled once, where it is fullest:
    the longer text, or for the same text the one in the longer paragraph (the body, not an entry's
    title line), or else the first. A quotation inside another speaker's answer or speech is no repeat."""

    def paragraph_length(st: Statement) -> int:
        return text.find("\n", st.span.end) % (len(text) + 1) - text.rfind("\n", 0, st.span.start)

    direct = [(gz.fold(_NON_WORDS.sub(" ", st.text)).strip(), st) for st in statements if st.kind == "direct"]
    drop = set()
    for key, st in direct:
        if len(key.split()) < 3:
            continue
        for other_key, other in direct:
            if other is st or key not in other_key:
                continue
            if (
                other.span.start <= st.span.start < st.span.end <= other.span.end
                and other.speaker != st.speaker
            ):
                continue  # a speech that quotes someone else: "… told me this morning, and I quote, "…""
            if len(other_key) > len(key) or (
                (paragraph_length(other), -other.span.start) > (paragraph_length(st), -st.span.start)
            ):
                drop.add(id(st))
                break
    return [st for st in statements if id(st) not in drop]


# a sitting of a parliament: "a four-hour debate in the National Assembly on Tuesday", "faced questions
# in the Commons on Wednesday", "a hearing of the Senate Armed Services Committee on Wednesday"
# a parliament's chamber by its name, or by its name or kind
_WEEKDAY = WEEKDAY_RE
_CHAMBER_NAME = (
    r"(?:Commons|Bundestag|Assembly|Senate|Sejm|Congress|Riksdag|Storting|Folketing|Eduskunta|Cortes|Camera|Dáil|"
    r"Dail|Saeima|Seimas|Riigikogu|Rada|Duma|Knesset|Chamber of (?:Representatives|Deputies)|Tweede Kamer|"
    r"Nationalrat|Bundesrat)"
)
_CHAMBER = r"(?:" + _CHAMBER_NAME + r"|Parliament|parliament|chamber|House|committee|Committee)"
# the rest of a scene's sentence up to its day: "… in the function room on Saturday"
_ON_DAY = r"[^.;]{0,60}?\bon " + _WEEKDAY + r"\b"
# a scene the opening paragraphs put on a day: a sitting, a hearing, a broadcast, a meeting, each an
# alternative of its own
_SCENES = (
    # "a four-hour debate in the National Assembly", "faced questions in the Commons"
    r"\b(?:[Dd]ebate|exchanges|session|sitting|[Hh]earing|question time|questions)\b (?:\w+ ){0,4}?"
    r"(?:in|of|before) (?:the |a )?(?:\w+ )?" + _CHAMBER + r"\b",
    # "At a Senate Armed Services Committee hearing on Wednesday", "The European Parliament's debate on …"
    r"\b(?:" + _CHAMBER + r"|parliamentary|Congressional|congressional)(?:['’]s)? (?:[A-Z][\w-]+ |plenary |"
    r"special |emergency |urgent |heated |closed-door |public ){0,3}?(?:debate|session|sitting|hearing)\b",
    # a hearing told by its questions: "Senators from both parties pressed a top Pentagon official … on
    # Tuesday"
    r"\b(?:[Ss]enators|[Ll]awmakers|MPs|MEPs|[Dd]eputies|[Cc]ommittee members|"
    r"[Mm]embers of the (?:[A-Z][\w-]+ ){1,4}(?:Committee|Parliament|House|"
    r"Senate))\b[^.;]{0,40}?\b(?:pressed|questioned|grilled|quizzed|challenged)\b(?:[^.;]|"
    r"\b[A-Z]\.){0,120}?\bon " + _WEEKDAY + r"\b",
    # "The Dáil on Wednesday night passed the second stage of the bill"
    # (by its name: "parliament on Thursday passed a resolution" is the vote, not a debate quoted after it)
    r"\b" + _CHAMBER_NAME + r" on \w+(?: \w+)? (?:passed|voted|approved|rejected|debated|backed)\b",
    # "On Wednesday, March 26, the National Assembly held a debate on …"
    # ("The Verkhovna Rada on Wednesday held a heated three-hour debate")
    r"\b(?:"
    + _CHAMBER_NAME
    + r"|Parliament|parliament) (?:on "
    + _WEEKDAY
    + r" )?(?:held|hosted|opened|began) "
    r"(?:a |its )?(?:[\w-]+ ){0,3}?(?:debate|session|sitting|hearing)\b",
    # a minister before a committee: "speaking on Wednesday to the Standing Committee on National Defence"
    r"\b(?:[Ss]peaking|[Tt]estifying|[Aa]ppearing) (?:on "
    + _WEEKDAY
    + r" )?(?:to|before) the (?:[\w-]+ ){0,5}?"
    r"(?:[Cc]ommittee|" + _CHAMBER_NAME + r")\b",
    # a televised debate between candidates: "sparred … on Tuesday night, in the only televised debate"
    r"\b(?:televised|TV|television) debates?\b",
    # "exposed deep divisions in the House of Commons on Monday": the chamber and its day ("told the
    # Storting on Wednesday": a minister's answers to it)
    r"\b(?:in|of|told|addressed) the " + _CHAMBER_NAME + r"\b[^.;]{0,12}\bon " + _WEEKDAY + r"\b",
    r"\bin the House of (?:Commons|Representatives|Lords)\b[^.;]{0,12}\bon " + _WEEKDAY + r"\b",
    # a committee by its name, however long: "told Parliament's Standing Committee on National Defence and
    # Foreign Affairs on Wednesday"
    # ("told a Commons committee on Tuesday")
    r"\b(?:told|addressed) (?:the |a )?(?:[A-Z][\w-]+['’]s )?(?:[A-Z][\w-]+ ){0,4}[Cc]ommittee\b"
    r"[^.;]{0,50}?\bon " + _WEEKDAY + r"\b",
    # the guests of one day's broadcasts: "Sunday's talk shows were dominated by …"
    r"\b(?:Sunday|Saturday)['’]s (?:political |talk |news |morning )?shows\b",
    # a programme the review puts on a day: 'On Thursday night's "Klartext", five guests argued …' (not one
    # the words answer: "the question we raised in last Saturday's edition")
    r"\b(?<!last )(?<!previous )" + _WEEKDAY + r"(?: night| evening| morning)?['’]s\s+(?:\s*,|(?:[\w-]+\s+)?"
    r"(?:show|programme|program|edition|episode|broadcast|talk show|debate)\b)",
    # a briefing the opening puts on a day by its possessive: "said at Thursday's Government Info press
    # conference in Budapest"
    # (or by the night before: "Here is what each of them said in last night's debate", "The title of
    # yesterday's panel promised an answer")
    r"\b(?:[Aa]t|[Dd]uring|[Ii]n|of) (?:"
    + _WEEKDAY
    + r"(?: night| evening| morning| afternoon)?|last night|yesterday)['’]s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:press conference|news conference|briefing|session|sitting|hearing|summit|meeting|rally|debate|"
    r"panel|forum|conference)\b",
    # an event the opening puts on a day: "a report launched on Wednesday", "at a conference in Riga on
    # Friday"
    r"\b(?:launched|presented|unveiled) " + _ON_DAY,
    # an interview told from its recording: "The episode was recorded on Monday", "recorded Friday"
    # ("Recorded in London and Tallinn on Tuesday, this week's episode asks …")
    r"\b(?:[Rr]ecorded|[Tt]aped|[Ff]ilmed|conducted)(?: (?:in|at) [^.;]{0,40}?)? (?:on )?" + _WEEKDAY + r"\b",
    # the arrivals the opening puts on a day, each asked at the door: "NATO leaders arrived at the World Forum
    # on Wednesday morning" (not "ministers met in Tromsø on Wednesday": a roundup may only set out from it)
    r"\b(?:leaders|ministers|heads of (?:state|government)|delegates|delegations)\b arrived (?:at|in|for) "
    + _ON_DAY,
    r"\b(?:[Aa]t|during) (?:a|the) (?:[\w'’-]+ ){0,3}?(?:conference|summit|forum|panel|briefing|rally|"
    r"ceremony|festival|convention|congress|launch|open day|commemoration|parade|vigil|fair|exhibition)\b"
    + _ON_DAY,
    # a local event the opening puts on the day of the paper: "won the dads' race … at St Barbara's Primary
    # School sports day on the field behind the barracks this afternoon"
    r"\b(?:[Aa]t|during) (?:a |the |[A-Z][\w'’.-]* )(?:[\w'’-]+ ){0,4}?(?:sports day|open day|fête|fete|gala|"
    r"fair|festival|show|parade|ceremony|party|reception)\b[^.;]{0,80}?\b"
    r"(?:this (?:morning|afternoon|evening)|yesterday|on " + _WEEKDAY + r")\b",
    # a meeting the opening puts on a day: "told a packed town-hall meeting here yesterday", "About sixty
    # members gathered on Saturday in the function room"
    r"\b(?:told|addressed) (?:a|an|the) (?:[\w-]+ ){0,3}?(?:meeting|rally|gathering|audience|crowd)\b"
    r"[^.;]{0,40}?\b(?:yesterday|on " + _WEEKDAY + r")\b",
    r"\b(?:members|residents|veterans|supporters|villagers|parents|families|people|locals|farmers|students)"
    r" gathered\b" + _ON_DAY,
    # "about 400 people filled the hall of the St. Vladimir Institute on Sunday afternoon", "Delegates at
    # the congress of the union, meeting at the barracks in Evere on Thursday, adopted …"
    r"\b(?:filled|packed|crowded into|squeezed into|crammed into) (?:the|a) (?:[\w'’-]+ ){0,2}?"
    r"(?:hall|room|church|square|auditorium|"
    r"theatre|theater|gym|chamber|stadium)\b(?:[^.;]|\b(?:St|Mt|[A-Z])\.){0,60}?\bon " + _WEEKDAY + r"\b",
    r"\b(?:[Dd]elegates|[Mm]embers|[Aa]ctivists)\b[^.;]{0,60}?, meeting (?:at|in)\b" + _ON_DAY,
    # a conference's vote the opening puts on a day: "By 212 votes to 140, delegates yesterday passed an
    # amended motion" (its debate's words were said that day)
    r"\b(?:[Dd]elegates|[Cc]onference)\b (?:yesterday|on " + _WEEKDAY + r")(?: \w+)? (?:passed|adopted|"
    r"approved|backed|rejected|voted)\b",
    # a protest the opening puts on a day: "Some 600 tractors blocked the road outside the Parliament this
    # morning"
    r"\b(?:protesters|demonstrators|farmers|tractors|marchers|crowds)\b (?:\w+ )?(?:blocked|marched|rallied|"
    r"protested|massed|converged)\b[^.;]{0,80}?\b(?:this morning|yesterday|on " + _WEEKDAY + r")\b",
    # a trial the opening puts on a day: "were each fined 6,000 kroner by Holstebro District Court yesterday
    # at the end of a one-day trial" (a trial's words, not the reactions to a ruling: "The Constitutional
    # Court on Tuesday accepted the petition")
    r"\b(?=[^.;]{0,100}\btrial\b)(?:[Cc]ourt|trial)\b[^.;]{0,40}?\b(?:yesterday|on " + _WEEKDAY + r")\b",
    # a parliament's plenary: "A plenary debate on security guarantees for Ukraine turned rowdy on Thursday"
    r"\b[Pp]lenary (?:debate|session|sitting)\b",
    # speakers one after another on a day's stage: "party leaders took turns on the stage in the ruins of
    # St. Hans on Tuesday"
    r"\btook (?:turns (?:on|at) |to )?the (?:[\w-]+ ){0,2}?(?:stage|podium|rostrum|lectern)\b"
    r"(?:[^.;]|\b(?:St|Mt|[A-Z])\.){0,60}?\bon " + _WEEKDAY + r"\b",
    # a broadcast the opening puts on a day: 'On the ARD talk show "hart aber fair" on Monday evening'
    r"\b(?:[Oo]n|[Ii]n) (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:talk show|talkshow|programme|program|TV debate|"
    r"televised debate|debate show)\b" + _ON_DAY,
)
_SITTING = re.compile("|".join(_SCENES))

# a paragraph set elsewhere or at another time ends the sitting's scene
_OTHER_SCENE = re.compile(
    r"\b(?:[Oo]utside the (?:chamber|building|parliament|court|courthouse|courtroom)|"
    r"[Ee]arlier (?:in the day|on|this|that)|"
    r"[Ll]ater (?:in the day|on|that)|[Ss]eparately|[Mm]eanwhile|in a statement|[Aa]fter the (?:debate|"
    r"session|hearing|vote)|last week|on (?:X|Twitter|Telegram|Facebook|social media)|in an interview)\b"
)


# what a scene recalls of another time: "The host opened by reminding viewers that X told reporters
# last week"
_RECALLED = re.compile(r"\b(?:remind\w*|recall\w*|recount\w*|quot(?:ed|ing)|pointing to|referr\w+ to)\b")


def _sets_other_scene(text: str, para) -> bool:
    """Whether a paragraph is set elsewhere or at another time, not only recalling another time."""
    return any(
        not _RECALLED.search(text, _sentence_start(text, para.start, m.start()), m.start())
        for m in _OTHER_SCENE.finditer(text, para.start, para.end)
    )


# the hours of one day, told without the day: "in the morning", "less than two hours later", "at midday"
_TIME_OF_DAY = re.compile(
    r"\b(?:[Ii]n the (?:morning|afternoon|evening)|[Aa]t (?:midday|noon|lunchtime)|(?:hours?|minutes?) later|"
    r"[Ww]ithin (?:hours|minutes|the hour)|"
    r"[Ll]ater (?:that|in the) (?:day|morning|afternoon|evening)|[Tt]hat (?:morning|afternoon|evening))\b"
)


def _story_day(text, paras, quotes, published) -> SaidOn | None:
    """The day the opening paragraph puts the story on ("… contradicted each other on Friday"), if any."""
    for pi in range(1, min(4, len(paras))):
        line = _mask(text, paras[pi].start, paras[pi].end, quotes)
        if len(line.split()) < 12:
            continue  # a subheading or a byline
        day = said_on(line, published)
        return day if day.precision == "day" and day.date is not None else None
    return None


def _sitting(text, paras, quotes, published) -> tuple[SaidOn, int, int] | None:
    """The day of a parliamentary sitting the opening paragraphs report (the headline aside), and the
    paragraphs its scene runs over: from there to the first paragraph set elsewhere or at another time."""
    seen = 0
    for pi in range(1, min(8, len(paras))):
        line = _mask(text, paras[pi].start, paras[pi].end, quotes)
        if len(line.split()) < 12:
            continue  # a byline or a note ("This article is a translation …") opens no scene
        seen += 1
        if seen > 3:
            break
        sitting = _SITTING.search(line)
        if not sitting:
            continue
        day = said_on(line, published)
        if day.precision != "day" or day.date is None:
            # "in this week's episode … The episode was recorded on Monday": the sitting's own day
            day = said_on(line[sitting.start() :], published)
        # a subheading names the hearing, the lead (after a byline) dates its words: "Hearing of General
        # X before the defence committee" / "… told lawmakers on Tuesday that …"; or the lead dates them
        # before the hearing is named: "… the minister told MPs on Thursday. / Appearing before the
        # Standing Committee on National Defence, …"
        for nxt in (*range(pi + 1, min(pi + 3, len(paras))), *((pi - 1,) if seen > 1 else ())):
            if day.precision == "day" and day.date is not None:
                break
            day = _cued_day(_mask(text, paras[nxt].start, paras[nxt].end, quotes), published) or day
        if day.precision != "day" or day.date is None:
            continue
        end, told_past = len(paras), False
        for k in range(pi, len(paras)):
            scene_line = _mask(text, paras[k].start, paras[k].end, quotes)
            cues = speech_cues(scene_line)
            # a scene told in the past ("said", "told MPs") ends where the writer's present begins: "Not
            # everyone is convinced. Gen X, who retired last year, believes …" (show notes told in the
            # present, "she says", run on)
            if k > pi and (
                _sets_other_scene(text, paras[k]) or told_past and cues and _PRESENT.fullmatch(cues[0][2])
            ):
                end = k
                break
            # (a narrative past: "has not said whether" is not one)
            told_past = told_past or any(
                c[2] in _PAST_CUES and not _PERFECT_BEFORE.search(scene_line, 0, c[0]) for c in cues
            )
        return day, pi, end
    return None


# the longest line under words set beneath their speaker's name that says where and when they were
# said, not more of them: "Floor speech, Sept. 22", "To reporters, Tuesday"
_MAX_SOURCE_LINE_WORDS = 8


# a speech verb in the present tense: "believes", "says", "argues"
_PRESENT = re.compile(r"[a-z]+[^s]s")
_PAST_CUES = ("said", "told", "added", "wrote", "replied")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|not|never)\s+$")


# the day recorded words went out, not the day they were said: "released on Wednesday morning", "airing
# Saturday" (an article's words are written for the day it is published: that one stays)
_PUBLICATION_DAY = re.compile(r"\b(?:released|aired|airing|airs|broadcast)\s+(?:on\s+)?" + _WEEKDAY + r"\b")
_PUBLICATION_WORDS = ("released", "air", "broadcast")  # one of which each of its matches holds
# "X's remark last Monday", "Y's speech on Tuesday": a day that belongs to the event a person owns
_OWNED_DAY = re.compile(
    r"\b[A-Z][\w-]+['’]s\s+(?:[a-z]+\s+){0,2}?(?:remarks?|comments?|speech|statement|call|visit|proposal|"
    r"announcement|interview|suggestion|words)\s+(?:on\s+|last\s+)?$"
)


def _cued_day(masked: str, published) -> SaidOn | None:
    """The day a speech cue is dated by ("The Kremlin warned on Tuesday that the deployment, announced
    last week, …"): the occasion of the words, whatever vaguer span the words themselves hold. The
    last such cue of `masked`."""
    for _start, end, _ in reversed(speech_cues(masked)):
        after = masked[end : end + 36]
        day = said_on(after, published)
        at = after.find(day.expression or "\0")
        # right after the cue, or after its hearers: "told lawmakers on Tuesday that"
        if day.precision == "day" and at >= 0 and (at <= 4 or _HEARERS_THEN.fullmatch(after, 0, at)):
            return day
    return None


_HEARERS_THEN = re.compile(r"\s+" + HEARERS + r"\s+")


def _scene_date(text, paras, sents, quotes, pi: int, upto: int, published, res, actor: int) -> SaidOn | None:
    """A day set earlier in the paragraph, or in the paragraph before, that the words belong to: the
    nearest one, unless a vaguer span nearer still ("asked this week") says the occasion is another,
    or the day is another speaker's ("Officials in Riga said on Monday ...")."""
    for p, lo, hi in (
        (pi, paras[pi].start, upto),
        (pi - 1, paras[pi - 1].start, paras[pi - 1].end) if pi > 0 else (0, 0, 0),
    ):
        if hi <= lo:
            continue
        masked = _mask(text, lo, hi, quotes)
        if any(word in masked for word in _PUBLICATION_WORDS):
            masked = _PUBLICATION_DAY.sub(lambda m: " " * len(m.group()), masked)
        d = _cued_day(masked, published) or said_on(masked, published, last=True)
        if d.precision is None:
            continue
        if d.precision != "day" or d.date is None or d.expression is None:
            return None
        at = lo + masked.rfind(d.expression)
        s0, s1 = _sentence_at(sents[p], at)
        cues = speech_cues(text[s0:s1])
        if cues and not DATELINE_PREFIX.match(text, s0, s1):  # a dated lead sets the story's day
            # the day's speaker: the subject before the cue, or after it ("“…”, said Weidner on Wednesday")
            cue_start, cue_end = s0 + cues[0][0], s0 + cues[0][1]
            near = res.subject_before(s0, cue_start)
            speaker = near[-1] if near else res.sentence_subject(s0, cue_start)
            if speaker is None and _INVERTED_CUE_BEFORE.search(text, s0, cue_start):
                speaker = res.subject_after(cue_end, s1)
            if (
                speaker not in (None, actor)
                and not _same_state_body(res.actors[speaker], res.actors[actor])
                and not _SAME_DAY_LEAD.match(text, upto)
            ):
                # another speaker's day, unless it is the speaker's own government's, or the sentence
                # says it is the same day ("On Thursday the Defence Secretary told … The same day, X said")
                return None
        owner = _OWNED_DAY.search(text, max(s0, at - 60), at)
        if owner and not cues:
            # "French President X's remark last Monday that …": the day of another person's remark
            inside = res.in_range(max(s0, owner.start() - 40), owner.end())
            named = [
                res.resolve(m) for m in inside if m.kind in ("name", "surname") and m.end >= owner.start()
            ]
            if named and named[-1] not in (None, actor):
                return None
        if "@" in text[s0:s1]:
            # the date line of an embedded post: its author's day
            authors = [res.resolve(m) for m in res.in_range(s0, s1)]
            if actor not in authors:
                return None
        return d
    return None


def _described_author(author: Actor, described: str) -> None:
    """What a post's header says of its author: ', Danish foreign minister', 'Russian Embassy, UK'."""
    said = next((c for w in re.findall(r"[A-Z][\w-]+", described) if (c := gz.country_of_word(w))), None)
    author.country = said or author.country


def _post_author(actors: list[Actor], name: str, handle: str) -> int:
    known = actor_named(actors, name)
    if known is not None:
        actors[known].aliases.add(handle)
        return known
    kind = "organization" if _ORG_HINT.search(name) else "person"
    kind = "government" if _GOVERNMENT_HINT.search(name) else kind
    actors.append(Actor(name, kind, None, None, {name, handle}))
    return len(actors) - 1
