"""The lower-cased fast paths of the cue patterns find what their IGNORECASE originals find."""

import re

from app.extract.cues import POLICY, SPEECH_RE, lower_same_length, policy_cues, speech_cues

POLICY_RE = re.compile(r"\b" + POLICY, re.IGNORECASE)

SAMPLES = [
    "Prime Minister X SAID on Monday that Poland Ruled Out sending troops.",
    "Mr Kılıç ſaid he had no plans; İstanbul officials Declined To comment, she added.",
    "“We will not send troops,” Tusk told reporters, according to PAP. They Rejected it.",
]


def test_lower_same_length_keeps_positions():
    for text in SAMPLES:
        assert len(lower_same_length(text)) == len(text)


def test_fast_cues_equal_ignorecase_matches():
    for text in SAMPLES:
        assert speech_cues(text) == [(m.start(), m.end(), m.group()) for m in SPEECH_RE.finditer(text)]
        assert policy_cues(text) == [(m.start(), m.end(), m.group()) for m in POLICY_RE.finditer(text)]
