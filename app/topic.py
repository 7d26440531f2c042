"""The topic rule for feeds: an article is on topic when it names troops (or soldiers, forces) AND Ukraine.

A deliberately small word rule, easy to explain and to check by hand: both kinds of word must appear
somewhere in the title or the text, as whole words, in English, German, French or Polish.
"""

from __future__ import annotations

import re

TROOP_WORDS = re.compile(
    r"\b(troops?|soldiers?|forces?|peacekeep\w*|boots on the ground"
    r"|truppen|bodentruppen|soldat\w*|streitkr\w+"
    r"|troupes?|soldats?"
    r"|żołnierz\w*|wojsk\w*)\b",
    re.IGNORECASE,
)
UKRAINE_WORDS = re.compile(r"\b(ukrain\w*|kyiv|kiev|kiew|kijów)\b", re.IGNORECASE)


def on_topic(*texts: str | None) -> bool:
    """True when the texts together mention troops/soldiers/forces and Ukraine."""
    joined = "\n".join(t for t in texts if t)
    return bool(TROOP_WORDS.search(joined)) and bool(UKRAINE_WORDS.search(joined))
