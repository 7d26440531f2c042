"""A regex with a cheap first test: the literal words one of its matches must begin with, or rarer
words every match must contain further on.

Most cue patterns start with a word or a choice of words (`\\b(?:refus\\w+|reject\\w*) ...`). Python's
regex engine tries such a pattern at every position of the text; a substring test for each of its
possible first words (`"refus" in text`) runs in C over the whole text at once and rules most texts
out. When the first words are common ("is", "are"), a word the match needs later ("option") rules out
more. The words are read from the pattern itself, so a pattern and its gate never disagree.

`WordStartPattern` uses the first words the other way round: to find where in a long text a pattern
that starts at a word is worth trying at all.
"""

from __future__ import annotations

import re
import re._constants as sre_c  # the parser's opcodes (Python 3.11+)
import re._parser as sre_parse
from collections.abc import Iterable, Iterator

_MIN_LITERAL = 2  # a one-letter first word would let nearly every text through


def _literal_run(items: list, i: int) -> tuple[str, int]:
    """The run of literal characters that starts at `items[i]`, and the index after it."""
    word = ""
    while i < len(items) and items[i][0] is sre_c.LITERAL:
        word += chr(items[i][1])
        i += 1
    return word, i


def _first_words(items: list, start: int = 0) -> set[str] | None:
    """The literal strings a match of `items[start:]` must start with, or None if it may start with
    anything (a character class, `\\w+`, an optional part that can be skipped to such a thing)."""
    i = start
    while i < len(items) and items[i][0] in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        i += 1  # zero-width: \b, lookarounds
    if i == len(items):
        return {""}  # the match may end here: what came before is all it must start with
    op, av = items[i]
    if op is sre_c.LITERAL:
        word, i = _literal_run(items, i)
        if len(word) >= _MIN_LITERAL:
            return {word}
        # a short common prefix the parser took out of an alternation: "w" + (ill|ould), "n" + (o|ot)
        rest = _first_words(items, i)
        return None if rest is None else {word + r for r in rest}
    if op is sre_c.SUBPATTERN:
        return _first_words(list(av[3].data))
    if op is sre_c.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            found = _first_words(list(branch.data))
            if found is None:
                return None
            words |= found
        return words
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
        low, _high, sub = av
        inner = _first_words(list(sub.data))
        if inner is None:
            return None
        if low >= 1:
            return inner
        rest = _first_words(items, i + 1)  # the optional part may be skipped
        return None if rest is None else inner | rest
    return None


def literal_gate(pattern: str) -> tuple[str, ...] | None:
    """The first words of `pattern` (compiled without flags), shortest first, or None when some match
    may start with a word shorter than two letters or with no literal at all."""
    return _literal_gate(_first_words(list(sre_parse.parse(pattern).data)))


def _literal_gate(words: set[str] | None) -> tuple[str, ...] | None:
    """`literal_gate` from the pattern's first words (`_first_words`)."""
    if not words or any(len(w) < _MIN_LITERAL for w in words):
        return None
    return _minimal({w for w in words if w})


def _minimal(words: set[str]) -> tuple[str, ...]:
    """`words`, shortest first, without those that contain a shorter one: they add nothing to a
    substring test."""
    minimal: list[str] = []
    for w in sorted(words, key=len):
        if not any(m in w for m in minimal):
            minimal.append(w)
    return tuple(minimal)


def _selectivity(words: tuple[str, ...]) -> tuple[int, int]:
    """How rarely a text holds one of `words`, roughly: the longer the shortest word, and then the
    fewer the words, the rarer ("option" is rarer than "is" or "are")."""
    return min(len(w) for w in words), -len(words)


def _required(items: list) -> set[str] | None:
    """Literal strings of which every match of the sequence `items` contains one, or None if none are
    known. Each part of the sequence that must match gives such a set (a run of literals, a group, a
    choice of branches that each give one, a part repeated at least once); the rarest set is kept."""
    best: set[str] | None = None

    def consider(words: set[str] | None) -> None:
        nonlocal best
        if not words or any(len(w) < _MIN_LITERAL for w in words):
            return
        if best is None or _selectivity(_minimal(words)) > _selectivity(_minimal(best)):
            best = words

    i = 0
    while i < len(items):
        op, av = items[i]
        if op is sre_c.LITERAL:
            run, i = _literal_run(items, i)
            consider({run})
            continue
        if op is sre_c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not add_flags and not del_flags:  # (?i:...) would match other cases than its literals
                consider(_required(list(sub.data)))
        elif op is sre_c.BRANCH:
            branches = [_required(list(branch.data)) for branch in av[1]]
            if all(branches):
                consider(set().union(*branches))
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
            consider(_required(list(av[2].data)))
        # anything else (a class, \w, an optional part, a lookaround) requires no literal of its own
        i += 1
    return best


def required_words(pattern: str) -> tuple[str, ...] | None:
    """Words of which every match of `pattern` (compiled without flags) contains one, shortest first:
    not only its first words (`\\b(?:is|are) (?:a |the )?(?:real )?option` must contain "option"), or
    None when no such words of two letters or more are known."""
    return _required_words(sre_parse.parse(pattern))


def _required_words(parsed: sre_parse.SubPattern) -> tuple[str, ...] | None:
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    words = _required(list(parsed.data))
    return _minimal(words) if words else None


def start_words(pattern: str) -> tuple[str, ...] | None:
    """Words every match of `pattern` (compiled without flags) starts with, none the start of another,
    or None when some match may start with a word shorter than two letters or with no literal at all."""
    return _start_words(pattern, _first_words(list(sre_parse.parse(pattern).data)))


def _start_words(pattern: str, words: set[str] | None) -> tuple[str, ...] | None:
    """`start_words` from the pattern's first words (`_first_words`)."""
    if _INLINE_FLAGS.search(pattern):
        return None  # "(?i:...)": its literals stand for other cases too
    if not words or any(len(w) < _MIN_LITERAL for w in words):
        return None
    return tuple(shortest_words(words))


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")


class GatedPattern:
    """`search` as re.Pattern.search, after a substring test for words one of which any match contains:
    its possible first words, or rarer words it must contain further on (`required_words`).

    The search itself (`first_match`) tries the pattern only where one of its first words stands, when
    it has such words: the regex engine would try it at every position of the text, and a pattern that
    starts with "\\b" or a choice of words gives it no letter to skip ahead to."""

    __slots__ = ("regex", "gate", "_starts")

    def __init__(self, pattern: str, gate: tuple[str, ...] | None = None) -> None:
        """`gate`: words of which a match must contain one, for when the pattern's own words are
        fewer or more common."""
        self.regex = re.compile(pattern)
        parsed = sre_parse.parse(pattern)  # once, for the readings of its words
        first = _first_words(list(parsed.data))  # once, for its gate and where it is tried
        gates = [g for g in (_literal_gate(first), _required_words(parsed), gate) if g]
        self.gate = frozenset(max(gates, key=_selectivity)) if gates else None
        self._starts = _start_words(pattern, first)

    def first_match(self, text: str) -> re.Match[str] | None:
        """`self.regex.search(text)`: the match that starts first."""
        if self._starts is None:
            return self.regex.search(text)
        # (a plain loop, not `matches_at`: the first match is all that is wanted, and most texts have none)
        match = self.regex.match
        for start in occurrences(text, self._starts):
            m = match(text, start)
            if m:
                return m
        return None

    def search(self, text: str, present: frozenset[str] | None = None) -> re.Match[str] | None:
        """`present`: the gate words found in `text` beforehand (`words_in`), for many patterns at once."""
        if self.gate is not None:
            if present is None:
                if not any(word in text for word in self.gate):
                    return None
            elif self.gate.isdisjoint(present):
                return None
        return self.first_match(text)

    @property
    def pattern(self) -> str:
        return self.regex.pattern


class WordStartPattern:
    """`finditer` as re.Pattern.finditer, for a pattern that starts with `\\b` and then one of a set of
    literal first words (see `literal_gate`): the pattern is tried only where one of those words
    starts a word.

    Python's regex engine tries a pattern like POLICY (`\\b(?:refused to rule out|(?:has |have )?led
    the push for|…)`) at every word start, each try walking a long alternation; one pass of a trie of its
    first words finds the few places worth a try, and the pattern is matched there alone."""

    __slots__ = ("regex", "_starts")

    def __init__(self, regex: re.Pattern[str]) -> None:
        words = None
        if regex.pattern.startswith(r"\b") and not regex.flags & (re.IGNORECASE | re.VERBOSE):
            words = _first_words(list(sre_parse.parse(regex.pattern).data))
        if not words or not all(w[:1].isalnum() for w in words):
            raise ValueError(f"no literal first words after a leading \\b: {regex.pattern[:60]}")
        self.regex = regex
        # all the first words (not only `literal_gate`'s shortest, which may stand inside a longer one):
        # every match starts at a word boundary with one of them, so no match start is missed
        # "(?<!\w)", not "\b", before a first word's letter: the same test, which the regex engine runs faster
        self._starts = re.compile(r"(?<!\w)(?=" + _trie(tuple(shortest_words(words))) + ")")

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The match `self.regex.search(text, pos, endpos)` gives: the first that starts at a first word."""
        endpos = len(text) if endpos is None else endpos
        for start in self._starts.finditer(text, pos, endpos):
            m = self.regex.match(text, start.start(), endpos)
            if m:
                return m
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches `self.regex.finditer(text)` gives, in order: leftmost first, none overlapping."""
        last_end = -1
        for start in self._starts.finditer(text):
            if start.start() < last_end:
                continue
            m = self.regex.match(text, start.start())
            if m:
                last_end = m.end()
                yield m


def occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Every position where one of `words` stands in `text`, in order. A substring search runs in C over
    the whole text, far faster than the regex engine trying a pattern at every position: where a pattern
    that must start with one of the words is worth a try (`matches_at`)."""
    found = []
    find = text.find
    for word in words:
        if word not in text:
            continue  # most are not there: `in` tells so faster than a call of `find`
        at = find(word)
        while at >= 0:
            found.append(at)
            at = find(word, at + 1)
    found.sort()
    return found


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives, for a pattern whose every match starts at one of
    `starts` (in ascending order): it is tried there alone, leftmost first, none overlapping."""
    last_end = -1
    for start in starts:
        if start < last_end:
            continue
        m = pattern.match(text, start)
        if m:
            last_end = m.end()
            yield m


def shortest_words(words: Iterable[str]) -> list[str]:
    """`words` without those that start with another of them: each of `words` starts with one of these."""
    words = set(words)
    return sorted(w for w in words if not any(w.startswith(v) and v != w for v in words))


class GatedList:
    """Patterns in their order of precedence, indexed by gate word: `among(present)` gives, still in
    that order, only those a text holding the gate words `present` can match (and the ungated ones),
    so that a statement is not tested against hundreds of patterns one by one."""

    def __init__(self, patterns: list[GatedPattern]) -> None:
        self.patterns = patterns
        self._always = frozenset(i for i, p in enumerate(patterns) if p.gate is None)
        by_word: dict[str, set[int]] = {}
        for i, p in enumerate(patterns):
            for word in p.gate or ():
                by_word.setdefault(word, set()).add(i)
        self._by_word = {w: frozenset(v) for w, v in by_word.items()}
        self._words = frozenset(self._by_word)
        # what a text holding each combination of gate words is offered: texts hold few combinations of
        # one list's words (a few dozen over hundreds of articles), so each is worked out once
        self._offered: dict[frozenset[str], tuple[GatedPattern, ...]] = {}

    def __iter__(self):
        return iter(self.patterns)

    def __len__(self) -> int:
        return len(self.patterns)

    def among(self, present: frozenset[str]) -> list[GatedPattern]:
        words = present & self._words  # only the words of this list's gates
        offered = self._offered.get(words)
        if offered is None:
            if len(self._offered) >= _MAX_COMBINATIONS:
                self._offered.clear()
            chosen = set(self._always)
            for word in words:
                chosen |= self._by_word[word]
            offered = self._offered[words] = tuple(self.patterns[i] for i in sorted(chosen))
        return list(offered)


_MAX_COMBINATIONS = 4096  # of one list's gate words kept with what they are offered


class GateWords:
    """Every gate word of a list of patterns, found in a text in one regex pass.

    The pass looks, at every position, for the longest gate word that starts there (a trie of the
    words, as a regex); the shorter gate words that are prefixes of a word found are added to it, so
    the set is exactly the gate words that occur in the text, as `word in text` would find them."""

    def __init__(self, patterns: list[GatedPattern]) -> None:
        self.words = tuple(sorted({word for p in patterns if p.gate for word in p.gate}))
        # the trie alone, not in a lookahead: the regex engine then skips ahead in C to the characters
        # a word can start with
        self._finder = re.compile(_trie(self.words), re.DOTALL)
        known = frozenset(self.words)
        self._prefixes = {
            w: frozenset(w[:n] for n in range(1, len(w) + 1) if w[:n] in known) for w in self.words
        }

    def words_in(self, text: str) -> frozenset[str]:
        found: set[str] = set()
        m = self._finder.search(text)
        while m:
            found |= self._prefixes[m.group()]
            m = self._finder.search(text, m.start() + 1)  # the next start, inside this word or not
        return frozenset(found)


def _trie(words: tuple[str, ...]) -> str:
    """A regex for `words` that prefers the longest word at a position: a trie, longest branch first."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return render(tree)
