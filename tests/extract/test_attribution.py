"""Who said it: speakers found in the shapes news writing gives them, on sentences written here."""

from __future__ import annotations

from app.extract import extract
from app.extract.types import ArticleMeta


def _speakers(text: str) -> dict[str, str]:
    result = extract(text, ArticleMeta(key="t"))
    return {st.text: st.speaker.name for st in result.statements if st.kind == "direct"}


def test_inverted_cue_with_a_role_before_the_name() -> None:
    speakers = _speakers(
        "Defence Minister Ivan Petrov of Bulgaria spoke first.\n\n"
        "« We will send no one », said the Minister of Foreign Affairs, Maria Lenko, on national radio.\n\n"
        "She added that the government « has taken its decision ».\n"
    )
    assert speakers == {"We will send no one": "Maria Lenko", "has taken its decision": "Maria Lenko"}


def test_a_quotation_repeated_in_an_entry_title_is_labelled_in_the_body() -> None:
    speakers = _speakers(
        '14:10 - Moscow: "a direct threat to our security"\n'
        "Foreign ministry spokeswoman Irina Sokolova said the arrival of Western instructors would be "
        'seen as "a direct threat to our security", and promised a response.\n'
    )
    assert speakers == {"a direct threat to our security": "Irina Sokolova"}
