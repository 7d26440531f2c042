"""Extraction quality on the in-repo eval data (seeds, dev set, written and unseen sets), scored with
tests/eval/score.py.

The issue's targets, on the seeds AND on the dev set: direct-quote F1 >= 0.95, speaker accuracy
>= 0.95, stance accuracy >= 0.90, stance-triple F1 >= 0.85, country-triple F1 >= 0.90.

TODO(extraction targets): not all targets are met yet. The thresholds below are regression floors
set slightly under the figures reached on 2026-11-24 (see docs/extraction.md, "Known limits").
Raise them towards the targets as the rules improve; never lower them to make a change pass (the
written set's follow it down only when articles with misses left join it).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
_spec = importlib.util.spec_from_file_location(
    "stancewatch_run_eval", ROOT / "tests" / "eval" / "run_eval.py"
)
_run_eval = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_run_eval)
evaluate = _run_eval.evaluate

TARGETS = {"direct_f1": 0.95, "speaker": 0.95, "stance": 0.90, "triples_f1": 0.85, "countries_f1": 0.90}
# dev stance 0.69 -> 0.68 and triples 0.75 -> 0.74 once, on purpose: readiness for a post-ceasefire
# force is read as support, as GUIDELINE.md ("Support or open") says, which changed one label.
FLOORS = {
    "seeds": {"direct_f1": 0.98, "speaker": 0.95, "stance": 0.86, "triples_f1": 0.94, "countries_f1": 0.94},
    # (raised at the fifth session's end: dev 0.977 / 0.934 / 0.768 / 0.810 / 0.865; at the sixth's:
    # 0.977 / 0.938 / 0.768 / 0.821 / 0.868; at the seventh's: 0.981 / 0.954 / 0.789 / 0.829 / 0.870; at the
    # eighth's: 0.981 / 0.954 / 0.789 / 0.833 / 0.874; at the eleventh's: 0.979 / 0.962 / 0.792 / 0.852 /
    # 0.893, the stance-triple target of 0.85 met)
    "dev": {"direct_f1": 0.97, "speaker": 0.95, "stance": 0.78, "triples_f1": 0.85, "countries_f1": 0.88},
    # articles written here (tests/eval/written: 264 articles in many house styles), labelled by the
    # same guideline; each fresh article joins with the misses it still has, so these floors follow the set
    # (stance 0.93 -> 0.92 when a 47th article joined with three readings no rule makes: an opponent's
    # view called "dangerously short-sighted", "cannot do this alone", a forecast after a skeptic's line;
    # 0.92 -> 0.91 with the 50th: backing "the principle" while asking for numbers, and a capability
    # "if the mission is properly defined"; raised again to 0.93 at the fourth session's end, and at the
    # fifth's, with 87 articles, to what they hold: 0.991 / 0.995 / 0.954 / 0.956 / 0.983; in the sixth, 33
    # articles written by helpers who never saw the rules joined: 16 of them after their misses were fixed, 11
    # of the second batch with misses left, so the set holds 120 and the floors follow it down to
    # 0.981 / 0.980 / 0.912 / 0.907 / 0.952; in the seventh, a third batch of 16 (w121-w136: a wire
    # roundup, an op-ed, anonymous sources, machine translation, a committee report, a podcast, posts on X,
    # a newsletter, …) joined with what is left of its misses: 0.974 / 0.972 / 0.886 / 0.889 / 0.948; then a
    # fourth (w137-w152: ordinary daily coverage, wire, BBC-, AP-, TASS- and Politico-style, a talk show, a
    # joint declaration, a brief): 0.972 / 0.967 / 0.859 / 0.868 / 0.939; in the eighth, a fifth (w153-w168:
    # a think-tank write-up, a TV talk show, a Q&A, a translated piece, a garrison town's paper, …; stance
    # 0.543 before any fix) with what is left of its misses: 0.975 / 0.960 / 0.837 / 0.839 / 0.908; then a
    # sixth (w169-w184: a press release quoted at length, a radio transcript, a fact-check, TASS style, an
    # op-ed, …; stance 0.596 before any fix): 0.964 / 0.956 / 0.809 / 0.827 / 0.903; then a seventh
    # (w185-w200: ordinary wires from many capitals, an explainer, a business piece, a local US paper, …;
    # stance 0.542 before any fix, and its labeller writes quoted fragments as reported clauses): 0.954 /
    # 0.957 / 0.795 / 0.806 / 0.895; in the ninth, an eighth (w201-w216: a press conference, a Q&A, a
    # machine-translated Czech piece, a talk show, a think-tank report, a profile, …; stance 0.466 before
    # any fix): 0.956 / 0.966 / 0.761 / 0.800 / 0.889; then a ninth (w217-w232: ordinary wires in six
    # agencies' styles, a broadsheet, a French daily in translation, a radio bulletin, a live blog, an
    # editorial, a roundup, Kyiv and Moscow pieces; stance 0.620 before any fix): 0.958 / 0.961 / 0.759 /
    # 0.787 / 0.887; in the tenth, a tenth batch (w233-w248: a Senate hearing, a European Parliament
    # debate, a podcast transcript, a fact-check, posts on X and Telegram, an op-ed, a summit day, a German
    # regional paper in translation, …; stance 0.685 before any fix): 0.958 / 0.959 / 0.778 / 0.792 / 0.890;
    # in the eleventh, an eleventh batch (w249-w264: Greek, Croatian, Slovenian and Swiss papers, a press
    # review of editorials, a court challenge, a reader Q&A, an obituary, a ministry readout, a sanctions
    # story with one troop line, …; stance 0.662 before any fix): 0.960 / 0.958 / 0.777 / 0.789 / 0.889;
    # in the eighteenth, an eighteenth batch (w361-w376: a constitutional court ruling, a memoir review, a
    # sports page, a markets story, election night, a magazine narrative, a leaked memo, a Senate question on
    # notice, a youth parliament, an archbishop's sermon, a joint statement, a bilingual Quebec story, …;
    # stance 0.730 before any fix) joined with its misses: 0.961 / 0.952 / 0.765 / 0.779 / 0.884; in the
    # twentieth, a nineteenth (w377-w392: a radio phone-in, a fact-check, a letters page, an obituary, podcast
    # notes, Turkish, Greek and Hungarian briefings, a Portuguese story in translation, a Commons committee, a
    # poll, a summit sidebar, a newsletter, …; stance 0.641 before any fix): 0.962 / 0.947 / 0.757 / 0.772 /
    # 0.881, and after its fixes 0.962 / 0.953 / 0.757 / 0.776 / 0.886, the speaker floor back at 0.95; in
    # the twenty-first, a twentieth (w393-w408: a factbox, a think-tank launch, a town hall, a TV debate
    # transcript, a cable-style note, Bundestag heckles, a Kremlin readout, a notebook, an earnings call, a
    # rally, an editorial, …; stance 0.545 before any fix): 0.962 / 0.952 / 0.749 / 0.772 / 0.883, and
    # after its fixes 0.963 / 0.953 / 0.752 / 0.775 / 0.886, the stance floor back at 0.75; in the
    # twenty-second, a twenty-first (w409-w424: a council motion, a student debate, a Dáil written answer, a
    # TV news script, a summit doorstep, a morning papers review, unnamed sources, …; stance 0.608 before any
    # fix): 0.962 / 0.952 / 0.747 / 0.770 / 0.884, and after its fixes 0.963 / 0.953 / 0.749 / 0.774 / 0.885;
    # in the twenty-fourth, a twenty-third (w441-w456: a resignation letter, a state House resolution, a
    # week-in-quotes gallery, a football club's statement, a pensioners' conference, …; stance 0.699 before
    # any fix): 0.960 / 0.950 / 0.745 / 0.769 / 0.881, and after its fixes 0.961 / 0.953 / 0.746 / 0.771 /
    # 0.885, the speaker and triples floors back at 0.95 and 0.77; in the twenty-fifth, a twenty-fourth
    # (w457-w472: a Commons committee's "in their words" box, podcast notes, a leaked cable, a live-tweet
    # thread, a radio phone-in, a position timeline, …; stance 0.655 before any fix): 0.959 / 0.949 / 0.742 /
    # 0.764 / 0.879, and after its fixes 0.960 / 0.951 / 0.743 / 0.765 / 0.880, the speaker floor back at
    # 0.95; in the twenty-sixth, a twenty-fifth (w473-w488: a European Parliament sketch, a Q&A interview, a
    # letters page, a Telegram digest, Security Council excerpts, …; stance 0.617 before any fix): 0.956 /
    # 0.948 / 0.739 / 0.758 / 0.871); in the twenty-seventh, a twenty-sixth (w489-w504: an Alberta Hansard
    # extract, a forum AMA recap, Mexico's morning press conference, a Nuuk weekly, …; stance 0.667 before any
    # fix): 0.957 / 0.945 / 0.735 / 0.755 / 0.865, the countries floor down to 0.86; in the twenty-eighth, a
    # twenty-seventh (w505-w520: a Polish MEP's op-ed, a Serbian daily with dash-quoted speech, a US
    # Sunday-shows roundup, a Welsh broadcaster, …; stance 0.600 before any fix): 0.958 / 0.945 / 0.730 /
    # 0.751 / 0.868, the stance floor down to 0.72; in the twenty-ninth, a twenty-eighth (w521-w536: a NATO
    # press-conference transcript, a Montana voter guide's questionnaire, an Åland paper with dash speech,
    # a UK petition with the government's response, a Prague weekly's pro and contra columns, …; stance 0.602
    # before any fix): 0.953 / 0.944 / 0.729 / 0.747 / 0.866, the triples floor down to 0.74; in the
    # thirtieth, a twenty-ninth (w537-w552: an EP written question and answer, a Chatham House round table,
    # a Split vox-pop page, an Ankara TV debate transcript, Irish council minutes, a Rome wire's teleprinter
    # sequence, …; stance 0.612 before any fix): 0.953 / 0.941 / 0.728 / 0.742 / 0.866); in the thirty-first,
    # a thirtieth (w553-w568: a Canberra doorstop transcript, a Dutch Article 100 letter, a Brussels liveblog,
    # an encyclopedia's reactions page, a readers' comments roundup, a ministry FAQ, …; stance 0.616 before
    # any fix): 0.950 / 0.940 / 0.727 / 0.740 / 0.863, every floor held at its edge; in the thirty-second,
    # a thirty-first (w569-w584: White House pool reports, EP explanations of vote, a Romanian bill page, MPs
    # answering citizens online, a news quiz, notes verbales, …; stance 0.653 before any fix): 0.944 / 0.939 /
    # 0.728 / 0.733 / 0.858, the speaker floor down to 0.93, triples to 0.73 and countries to 0.85; in the
    # thirty-third, a thirty-second (w585-w600: a "who said what" table, teletext pages, a tabloid front page,
    # a corrections column, a law firm's client alert, …; stance 0.685 before any fix): 0.944 / 0.935 / 0.727
    # / 0.729 / 0.853, the triples floor down to 0.72; in the thirty-fourth, a thirty-third (w601-w616: a
    # political weather map, a synod motion, a subtitle file, a speech with applause markers, …; stance 0.488
    # before any fix): 0.939 / 0.936 / 0.725 / 0.724 / 0.849, the direct floor down to 0.93 and countries to
    # 0.84, and after its fixes 0.942 / 0.936 / 0.725 / 0.725 / 0.851, both back at 0.94 and 0.85; in the
    # thirty-fifth, a thirty-fourth (w617-w632: a promise tracker, a hot-mic transcript, a state-TV digest, a
    # push-alert log, …; stance 0.549 before any fix): 0.939 / 0.933 / 0.721 / 0.719 / 0.845, the direct floor
    # down to 0.93, triples to 0.71 and countries to 0.84, and after its fixes 0.939 / 0.934 / 0.722 / 0.721 /
    # 0.846, triples back at 0.72; in the thirty-sixth, a thirty-fifth (w633-w648: a bookmakers' odds story,
    # easy-read news, FOI emails, a talk page, …; stance 0.600 before any fix): 0.934 / 0.931 / 0.720 /
    # 0.714 / 0.842, triples down to 0.71; in the thirty-seventh, a thirty-sixth (w649-w664: a dictionary's
    # word of the year, community notes, a slide deck with speaker notes, a LinkedIn thread, …; stance 0.596
    # before any fix): 0.927 / 0.929 / 0.723 / 0.710 / 0.837, the direct and speaker floors down to 0.92 and
    # countries to 0.83; in the thirty-eighth, a thirty-seventh (w665-w680: a travel advice page, an almanac,
    # a wargame after-action report, a visitors' book, a voting advice app, …; stance 0.636 before any fix):
    # 0.923 / 0.930 / 0.725 / 0.708 / 0.833, triples down to 0.70; in the thirty-ninth, a thirty-eighth
    # (w681-w696: banquet toasts, a recipe column, a credentials ceremony, a king's Christmas message, …;
    # stance 0.567 before any fix): 0.921 / 0.927 / 0.724 / 0.703 / 0.831, no floor lowered; in the fortieth,
    # a thirty-ninth (w697-w712: a minehunter's voyage log, an exam paper, a chess column, a matchday
    # programme, …; stance 0.655 before any fix): 0.921 / 0.926 / 0.725 / 0.703 / 0.830, no floor lowered;
    # in the forty-first, a fortieth (w713-w728: a live text commentary, a knitting column, a ploughing
    # championships, a video game review, …; stance 0.602 before any fix): 0.923 / 0.924 / 0.724 / 0.703 /
    # 0.830, no floor lowered; in the forty-second, a forty-first (w729-w744: a theatre review, a wine
    # column, a bus-route consultation, a tattoo convention, …; stance 0.687 before any fix): 0.925 / 0.923 /
    # 0.726 / 0.703 / 0.831, no floor lowered)
    "written": {"direct_f1": 0.92, "speaker": 0.92, "stance": 0.72, "triples_f1": 0.70, "countries_f1": 0.83},
    # twelve articles no rule was tuned on (tests/eval/unseen/README.md): a floor against regressions only,
    # a little under what they scored (0.977 / 0.922 / 0.496 / 0.606 / 0.810; at the eighth session's end
    # 0.989 / 0.924 / 0.508 / 0.620 / 0.821; at the ninth's 0.989 / 0.924 / 0.515 / 0.624 / 0.840; at the
    # tenth's 0.989 / 0.924 / 0.523 / 0.627 / 0.840)
    "unseen": {"direct_f1": 0.96, "speaker": 0.91, "stance": 0.51, "triples_f1": 0.61, "countries_f1": 0.83},
}


def _figures(report: dict) -> dict[str, float]:
    return {
        "direct_f1": report["direct"]["f1"],
        "speaker": report["direct_speaker"],
        "stance": report["direct_stance"],
        "triples_f1": report["triples"]["f1"],
        "countries_f1": report["countries"]["f1"],
    }


@pytest.mark.parametrize("which", ["seeds", "dev", "written", "unseen"])
def test_extraction_scores(which):
    figures = _figures(evaluate(which))
    floors = FLOORS[which]
    below = {k: (v, floors[k]) for k, v in figures.items() if v < floors[k]}
    assert not below, f"{which}: below regression floor (got, floor): {below}; targets {TARGETS}"
