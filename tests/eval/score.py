#!/usr/bin/env python3
"""Score an extraction export against a gold file (see GUIDELINE.md).

    python score.py GOLD.jsonl SYSTEM.jsonl [--json] [--details]

Both files hold one statement per line with the fields of GUIDELINE.md.
Gold lines may carry `aliases`; system lines may carry anything else, which
is ignored. Only articles present in the gold file are scored.

Reported figures
  direct.{precision,recall,f1}   direct quotes found, by text overlap
  direct.speaker / country / stance / said_on
                                 accuracy over matched direct quotes
  triples.{precision,recall,f1}  (article, speaker, stance) for stances
                                 support/open/oppose over all statements
                                 of named actors (speaker_type "group" aside)
  countries.{precision,recall,f1} (article, country, stance) likewise
  stance_macro_f1                macro F1 of stance over matched direct quotes
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter

STANCES = ("support", "open", "oppose", "neutral")
POSITIONS = ("support", "open", "oppose")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return text.lower()


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def overlap(a: str, b: str) -> float:
    """Shared tokens over the longer text's token count."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    if not ta or not tb:
        return 0.0
    common = sum((ta & tb).values())
    return common / max(sum(ta.values()), sum(tb.values()))


def norm(text: str) -> str:
    return " ".join(tokens(text))


def speaker_matches(gold: dict, system_speaker: str | None) -> bool:
    """A system speaker names the gold actor when it equals the gold name or
    one of its aliases (case, accents and punctuation aside), or, for a person,
    when it contains the person's surname."""
    if not system_speaker:
        return False
    said = norm(system_speaker)
    if not said:
        return False
    names = [gold.get("speaker") or ""] + list(gold.get("aliases") or [])
    if any(said == norm(name) for name in names if norm(name)):
        return True
    if gold.get("speaker_type") == "person":
        surname = tokens(gold.get("speaker") or "")[-1:]
        if surname and surname[0] in said.split():
            return True
    return False


def load(path: str) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                sys.exit(f"{path}:{number}: not JSON: {error}")
    return rows


def prf(tp: int, n_sys: int, n_gold: int) -> dict:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "tp": tp,
        "system": n_sys,
        "gold": n_gold,
    }


def match_direct(gold: list[dict], system: list[dict], threshold: float = 0.5):
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if g["article"] == s.get("article"):
                score = overlap(g["text"], s.get("text") or "")
                if score >= threshold:
                    pairs.append((score, gi, si))
    pairs.sort(reverse=True)
    used_g, used_s, matched = set(), set(), []
    for _, gi, si in pairs:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            matched.append((gold[gi], system[si]))
    return matched


def triples(gold: list[dict], system: list[dict]) -> dict:
    """(article, speaker, stance) sets, speakers matched by alias."""
    gold_set = {}
    for g in gold:
        if g.get("stance") in POSITIONS and g.get("speaker_type") != "group":
            key = (g["article"], fold(g["speaker"]), g["stance"])
            gold_set.setdefault(key, g)
    sys_set = {
        (s.get("article"), s.get("speaker") or "", s.get("stance"))
        for s in system
        if s.get("stance") in POSITIONS and s.get("speaker_type") != "group"
    }
    found_gold, correct_sys = set(), set()
    for article, speaker, stance in sys_set:
        for key, g in gold_set.items():
            if key[0] == article and key[2] == stance and speaker_matches(g, speaker):
                found_gold.add(key)
                correct_sys.add((article, speaker, stance))
    result = prf(len(correct_sys), len(sys_set), len(gold_set))
    result["recall"] = round(len(found_gold) / len(gold_set), 3) if gold_set else 0.0
    p, r = result["precision"], result["recall"]
    result["f1"] = round(2 * p * r / (p + r), 3) if p + r else 0.0
    result["missed"] = sorted(
        f"{a} | {gold_set[(a, s, st)]['speaker']} | {st}"
        for (a, s, st) in gold_set
        if (a, s, st) not in found_gold
    )
    result["spurious"] = sorted(
        f"{a} | {s} | {st}" for (a, s, st) in sys_set if (a, s, st) not in correct_sys
    )
    return result


def country_triples(gold: list[dict], system: list[dict]) -> dict:
    g = {
        (x["article"], x["country"], x["stance"])
        for x in gold
        if x.get("stance") in POSITIONS and x.get("country")
    }
    s = {
        (x.get("article"), x.get("country"), x.get("stance"))
        for x in system
        if x.get("stance") in POSITIONS and x.get("country")
    }
    result = prf(len(g & s), len(s), len(g))
    result["missed"] = sorted(" | ".join(t) for t in g - s)
    result["spurious"] = sorted(" | ".join(map(str, t)) for t in s - g)
    return result


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    scores = []
    for label in STANCES:
        tp = sum(1 for g, s in pairs if g == label and s == label)
        n_s = sum(1 for _, s in pairs if s == label)
        n_g = sum(1 for g, _ in pairs if g == label)
        if n_g == 0 and n_s == 0:
            continue
        p = tp / n_s if n_s else 0.0
        r = tp / n_g if n_g else 0.0
        scores.append(2 * p * r / (p + r) if p + r else 0.0)
    return round(sum(scores) / len(scores), 3) if scores else 0.0


def score(gold_rows: list[dict], system_rows: list[dict]) -> dict:
    articles = {g["article"] for g in gold_rows}
    system_rows = [s for s in system_rows if s.get("article") in articles]
    gold_direct = [g for g in gold_rows if g.get("kind") == "direct"]
    sys_direct = [s for s in system_rows if s.get("kind") == "direct"]
    matched = match_direct(gold_direct, sys_direct)
    n = len(matched) or 1
    report = {
        "articles": len(articles),
        "direct": prf(len(matched), len(sys_direct), len(gold_direct)),
        "direct_speaker": round(sum(speaker_matches(g, s.get("speaker")) for g, s in matched) / n, 3),
        "direct_country": round(
            sum((g.get("country") or None) == (s.get("country") or None) for g, s in matched) / n, 3
        ),
        "direct_stance": round(sum(g.get("stance") == s.get("stance") for g, s in matched) / n, 3),
        "direct_said_on": round(
            sum((g.get("said_on") or None) == (s.get("said_on") or None) for g, s in matched) / n, 3
        ),
        "stance_macro_f1": macro_f1([(g.get("stance"), s.get("stance")) for g, s in matched]),
        "triples": triples(gold_rows, system_rows),
        "countries": country_triples(gold_rows, system_rows),
    }
    matched_ids = {id(g) for g, _ in matched}
    matched_sys = {id(s) for _, s in matched}
    report["direct_missed"] = [
        f"{g['article']} | {g['speaker']} | {g['text'][:80]}" for g in gold_direct if id(g) not in matched_ids
    ]
    report["direct_spurious"] = [
        f"{s.get('article')} | {s.get('speaker')} | {(s.get('text') or '')[:80]}"
        for s in sys_direct
        if id(s) not in matched_sys
    ]
    report["direct_wrong"] = [
        f"{g['article']} | gold {g['speaker']}/{g.get('country')}/{g.get('stance')}/{g.get('said_on')}"
        f" | system {s.get('speaker')}/{s.get('country')}/{s.get('stance')}/{s.get('said_on')}"
        f" | {g['text'][:60]}"
        for g, s in matched
        if not speaker_matches(g, s.get("speaker"))
        or (g.get("country") or None) != (s.get("country") or None)
        or g.get("stance") != s.get("stance")
        or (g.get("said_on") or None) != (s.get("said_on") or None)
    ]
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("system")
    parser.add_argument("--json", action="store_true", help="print the whole report as JSON")
    parser.add_argument("--details", action="store_true", help="list misses and errors")
    args = parser.parse_args()
    report = score(load(args.gold), load(args.system))
    if args.json:
        print(json.dumps(report, indent=2))
        return
    d, t, c = report["direct"], report["triples"], report["countries"]
    print(f"articles scored: {report['articles']}")
    print(
        f"direct quotes  P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}"
        f"  ({d['tp']} matched, {d['system']} found, {d['gold']} gold)"
    )
    print(
        f"  on matched:  speaker {report['direct_speaker']:.3f}  country {report['direct_country']:.3f}"
        f"  stance {report['direct_stance']:.3f}  said_on {report['direct_said_on']:.3f}"
        f"  stance macro-F1 {report['stance_macro_f1']:.3f}"
    )
    print(f"stance triples P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}")
    print(f"country stance P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}")
    if args.details:
        for key in ("direct_missed", "direct_spurious", "direct_wrong"):
            print(f"\n{key}:")
            for line in report[key]:
                print("  " + line)
        for key in ("triples", "countries"):
            for part in ("missed", "spurious"):
                print(f"\n{key} {part}:")
                for line in report[key][part]:
                    print("  " + line)
    print(
        f"summary: direct_f1={d['f1']:.3f} speaker={report['direct_speaker']:.3f}"
        f" stance={report['direct_stance']:.3f} triples_f1={t['f1']:.3f} countries_f1={c['f1']:.3f}"
    )


if __name__ == "__main__":
    main()
