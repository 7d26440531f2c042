"""Generate synthetic news-length articles (clearly fake names) for the extraction benchmark.

python bench/make_articles.py [OUT_DIR] [COUNT]
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

FIRST = [
    "Zorblat",
    "Quennick",
    "Mavrel",
    "Tindra",
    "Oskvar",
    "Pellune",
    "Grisha",
    "Yadwin",
    "Lorcan",
    "Fenna",
]
LAST = ["Fakenstein", "Testovich", "Placeholm", "Dummkopf", "Samplewood", "Mockery", "Stubbson", "Fixturo"]
COUNTRIES = [("French", "Paris"), ("German", "Berlin"), ("Polish", "Warsaw"), ("Italian", "Rome"),
             ("Dutch", "The Hague"), ("Estonian", "Tallinn"), ("British", "London"), ("Spanish", "Madrid")]  # fmt: skip  # noqa: E501
ROLES = ["Defence Minister", "Foreign Minister", "Prime Minister", "President", "government spokesman"]
QUOTES = [
    "We will not send our soldiers to Ukraine, and that will not change.",
    "Nothing can be excluded at this stage. We keep every option on the table.",
    "If there is a ceasefire, we are ready to put troops on the ground to help secure it.",
    "Any foreign soldiers in Ukraine will be legitimate targets for our forces.",
    "What Ukraine needs most today is ammunition and air defence.",
    "We are talking about instructors, far from the front line, and only with a mandate.",
]
FILLER = [
    "Talks continued late into the evening as delegations compared notes on logistics and funding.",
    "Analysts said the debate reflected deeper divisions over how the war might end.",
    "The meeting came days after a summit at which leaders discussed long-range missiles and money.",
    "Officials spoke on condition of anonymity because the plans had not been made public.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article(rng: random.Random) -> str:
    paras = [f"Leaders debate troops for Ukraine, part {rng.randint(1, 999)}", ""]
    for _ in range(rng.randint(6, 12)):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        dem, capital = rng.choice(COUNTRIES)
        role = rng.choice(ROLES)
        quote = rng.choice(QUOTES)
        day = rng.choice(WEEKDAYS)
        style = rng.randrange(4)
        if style == 0:
            paras.append(f"“{quote}” {dem} {role} {name} told reporters in {capital} on {day}.")
        elif style == 1:
            paras.append(f'{dem} {role} {name} said on {day}: "{quote}"')
        elif style == 2:
            paras.append(
                f"{name}, the {dem.lower()} {role.lower()}, said there were no plans to deploy troops."
            )
        else:
            paras.append(f"«{quote}» said {name}, {dem} {role.lower()}. {rng.choice(FILLER)}")
        paras.append(" ".join(rng.sample(FILLER, 2)))
    paras.append("Share this article")
    return "\n\n".join(paras)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "bench/articles")
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261123)
    for i in range(count):
        (out / f"synthetic-{i:05d}.txt").write_text(article(rng), encoding="utf-8")
        meta = {"published": f"2030-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", "outlet": "Synthetic Wire"}
        (out / f"synthetic-{i:05d}.json").write_text(json.dumps(meta), encoding="utf-8")
    print(f"wrote {count} articles to {out}")


if __name__ == "__main__":
    main()
