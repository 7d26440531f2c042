"""Who is named in an article: people, governments, institutions, organisations.

`find_mentions` scans a cleaned text and returns the article's actors (one per real-world
entity) and every place they are named. Names never seen before are found from their shape
(capitalised words next to roles or speech verbs); countries and institutions come from the
gazetteer.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from app.extract import gazetteer as gz
from app.extract.clean import DATELINE_PREFIX, ITEM_START
from app.extract.cues import CAME_OUT, SPEECH, SPEECH_LOWER, SPEECH_RE, has_speech_cue, lower_same_length
from app.extract.gate import matches_at, occurrences
from app.extract.groups import find_groups
from app.extract.quotes import Paragraph, Quote
from app.extract.types import ActorRef

_WORD_RE = re.compile(r"@\w+|U\.S\.|U\.K\.|[^\W\d_][^\W_]*(?:['’\-][^\W\d_]+)*")

_FUNCTION_WORDS = """
    The A An In On At He She It They We I You But And Or If As After Before While When Asked According
    Speaking For With This That These Those Meanwhile Also Since Within Across Despite Following Afterwards
    Afterward Separately Elsewhere Nevertheless Nonetheless Moreover Furthermore Likewise
    Presenting Opening Some Many Most Other Others Every Any No Not Neither Nor Nobody Our His Her
    Their Its My Your What Who Why How Where Yes Today Yesterday Tomorrow Earlier Later Last Next Mr
    Mrs Ms Dr Sir Dame Lord Lady Dear Diplomatic From To By Of Under Over Between Than Then There Here Such
    Both
    Each All Only Even Still Yet Instead Breaking BREAKING Update Opinion OPINION Analysis Claim
    Verdict Image Photo Source Read Share Comments Several One Two Three Four Five Six Seven Eight
    Nine Ten Ask Let Let's Consider Within Without Nothing Everything Everyone Anyone Russia's
    Ukraine's Europe Europe's Europeans European Western West East Eastern Northern Southern North
    South Central Soldiers Troops Peace Coalition Operation Calm Good Morning Unlike Reactions
    Reaction FRANCE GERMANY NATO MOSCOW KYIV Telegram X Twitter Facebook LinkedIn Bluesky TV Radio
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    God Legion Foreign Affairs Armed Forces Defence Defense Interior Finance Justice Shadow Deputy
    Vice Senior Retired Former Special Envoy Ambassador Consul Minister Ministers Member Members Opposition
    Leader Chief Head President Prime Premier Chancellor Secretary Secretary-General General
    Spokesman Spokeswoman Spokesperson Press Admiral Commander Colonel Major Captain Lieutenant
    Sergeant Marshal King Queen Prince Pope MP MPs Senator Congressman Congresswoman Governor Mayor
    Brigadier Corporal Private Trooper Sapper Gunner Rifleman Cadet Ensign Lieutenant-Colonel
    Lieutenant-General Major-General Brigadier-General
    Lieutenant-Commander Rear-Admiral Vice-Admiral Vice-Marshal Air-Marshal Wing Squadron Flight
    Director Chairman Chairwoman Analyst Professor Fellow Lawmaker Labour Conservative Conservatives
    Liberal Democrat Democrats Republican Republicans Green Greens Left Right Party Ministry
    Institute Council Centre Center Office Department Government Parliament Senate Commons House
    Congress Army Navy Air Force Service Agency Desk News Post Times Union Commission Alliance Group
    Foundation Forum University Court Republic Federation Kingdom States Street Palace Security
    Studies Intelligence Embassy Cabinet Assembly National Federal State Defence Programme Program
    Mission Summit Conference Ceasefire Backstop Force Forces Reform Bloc SNP NDP AfD CDU SPD BBC
    CNN AFP Reuters AP Officials Diplomats Leaders Analysts Critics Sources Experts Observers
    Planners Lawmakers Allies Governments Capitals Voters Residents Citizens Officers Generals
    United Royal Marines Whoever Whatever Whichever Someone Somebody Anybody Everybody
    Commissioner Co-chair Reformists Patriots Socialists Renew MEP MEPs Taoiseach Tánaiste Tanaiste Whip
    Authority Association Comdt Cdr Capt Rank
"""
_FUNCTION = set(_FUNCTION_WORDS.split())
_ORG_WORD_LIST = """
    Party Ministry Institute Council Centre Center Office Department Government Parliament Senate
    Commons Congress Army Navy Service Agency Desk Press News Post Times Union Commission Alliance
    Group Foundation Forum University Court Embassy Cabinet Assembly Studies Frontline Channel
    Network Media Tribune Herald Journal Gazette Review Television Broadcasting Bureau Marines Guard
    Corps Brigade Regiment Battalion Squadron Division Legion Fleet Committee Subcommittee Caucus Secretariat
    Authority Association Church Synod Diocese
    Monde Figaro Libération Welt Spiegel Zeitung Pravda País Repubblica Corriere Stampa Izvestia
    Kommersant Interfax Ukrinform Politico Bloomberg Axios Guardian Telegraph Independent Bild
    Handelsblatt Rzeczpospolita Wyborcza Euronews Novosti Tagblatt Tageblatt Rundschau Anzeiger Kurier
    Nachrichten Abendblatt Morgenpost Presse Tagesspiegel Gazeta Dziennik Courrier Diário Diario Jornal
    Giornale Messaggero Nieuwsblad Standaard Volkskrant Dagblad Aftenposten Sanomat Postimees Kathimerini
"""
_ORG_WORDS = set(_ORG_WORD_LIST.split())
_GOV_ROLES = gz.STATE_ROLES
_ENVOY_ROLE = re.compile(r"(?i)\b(?:ambassador|envoy|charg[ée] d['’]affaires|consul)\b")
# offices that may be a state's or not: a state's when its institution or state is named beside them
_OFFICE_ROLES = {
    "deputy", "chairman", "chairwoman", "official", "governor", "mayor", "adviser", "advisor",
    "chief of staff", "director",
}  # fmt: skip
# a party's office before the name: "Its chairman Radim Šebesta", of the party just named; "the communist
# deputy Joaquim Serôdio", "the deputy of Livre Tomás Vidal": a member of the story's parliament
_PARTYS_OFFICE_BEFORE = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|[Tt]he party['’]s|[Tt]he movement['’]s) (?:\w+ )?(?:deputy|chairman|chairwoman|"
    r"vice-chair\w*|deputy chair\w*)\s*,?\s*$|"
    r"\b(?:[a-z-]+ist|liberal|conservative|green|opposition|ruling|governing|independent)\s+deputy\s+$|"
    r"\bdeputy\s+(?:of|for|from)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+$"
)
# "the president's chief foreign policy adviser, X", "Security Council deputy chairman X": a state's office
_STATE_BODY_BEFORE = re.compile(
    r"(?i:president|prime minister|chancellor|government|minister|ministry|premier|parliament|"
    r"security council|committee|presidential|kremlin|cabinet|duma|senate|congress|national security)"
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,4}?[\w-]+,?\s*$"
)
# Role phrase (with optional country / institution modifier) just before a name or alone, matched
# on lower-cased text (`lower_same_length`) as if with IGNORECASE, where a role is written at all.
_ROLE_TAIL = re.compile(
    r"(?:(?P<mod>(?:[\w’'.-]+\s+){0,4}?))(?P<role>" + gz.ROLE_RE + r")(?:\s+(?:in|to|at)\s+[a-z][\w-]+)?"
    # "The President of the Government, Álvaro Ruiz Soler": the office the role heads
    r"(?:\s+of\s+the\s+(?:government|republic|council of ministers|executive|federation|confederation))?"
    r"\s*,?\s*(?:the\s+)?$"
)
_ANY_ROLE = re.compile(gz.ROLE_RE)
_ROLE_ONLY = re.compile(
    r"(?:\b(?P<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|"
    r"(?:[Tt]he\s+)?(?:"
    + gz.COUNTRY_NAME_RE
    + r"|"
    + gz.CAPITAL_RE
    + r"|"
    + gz.INSTITUTION_RE
    + r")['’]s)\s+|(?=(?:"
    + gz.DEMONYM_RE
    + r"|"
    + gz.INSTITUTION_RE
    + r"|"
    + gz.ORGANIZATION_RE
    + r")\s))"
    r"(?P<mod>(?:(?:"
    + gz.DEMONYM_RE
    + r"|"
    + gz.INSTITUTION_RE
    + r"|"
    + gz.ORGANIZATION_RE
    + r"|[a-z][\w-]*|[A-Z][a-z]+)\s+){0,3}?)"
    r"(?P<role>" + gz.ROLE_RE + r")\b(?!(?-i:\s+[A-Z][^\W\d_]+))",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(r"(?<![\w])(?:[Tt]he\s+)?(?P<inst>" + gz.INSTITUTION_RE + r")(?![\w])")
_ORGANIZATION = re.compile(
    r"(?<![\w@])(?:[Tt]he\s+)?(?:[Aa]n?\s+)?(?P<org>" + gz.ORGANIZATION_RE + r")(?![\w])(?:\s+officials?\b)?"
)
_COUNTRY = re.compile(
    r"(?<![\w])(?:[Tt]he\s+)?(?P<c>"
    + gz.COUNTRY_NAME_RE
    + r"|"
    + gz.CAPITAL_RE
    + r")(?P<poss>['’]s)?(?![\w])"
)
# what a state's government speaks through: "the Russian embassy in The Hague", "Hungary's foreign ministry"
_STATE_BODY = (
    r"(?:government|cabinet|leadership|presidency|foreign ministry|defen[cs]e ministry|armed forces ministry|"
    r"embassy(?:\s+in\s+(?:The\s+)?[A-Z]\w+)?|"
    # "Russia's mission to the European Union", "the Hungarian delegation to NATO"
    r"(?:permanent\s+)?(?:mission|delegation|representation)\s+to\s+(?:the\s+)?(?:EU|European\s+Union|NATO|UN|"
    r"United\s+Nations|OSCE))"
)
_DEMONYM_GOV = re.compile(
    r"(?<![\w])(?:[Tt]he\s+)?(?P<dem>" + gz.DEMONYM_RE + r")\s+(?P<what>" + _STATE_BODY + r")\b",
    re.IGNORECASE,
)
# a state's embassy by its formal name: "the Embassy of the Russian Federation in Mongolia"
_EMBASSY_OF = re.compile(
    r"(?:[Tt]he )?(?P<what>Embassy) of (?:the )?(?:(?:Republic|Kingdom|State) of (?:the )?)?(?P<c>"
    + gz.COUNTRY_NAME_RE
    + r")(?: in (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?(?![\w'’-])"
)
# "the Defence Ministry", "Ministry of Foreign Affairs", "the Constitutional Court": a ministry or a high
# court whose state the article implies
_MINISTRY = re.compile(
    r"(?:(?:Defen[cs]e|Foreign|Interior|Armed Forces|Foreign Affairs|Finance|Economy|Justice|War) Ministry|"
    # "the Department of Defence" (Australia's, Ireland's), "the Department of National Defence" (Canada's)
    r"(?:Federal )?Department of (?:National )?Defen[cs]e|Defen[cs]e Department|"
    r"Ministry (?:of|for) (?:(?:National )?Defen[cs]e|Foreign Affairs|the Armed Forces|the Interior|Finance|"
    r"(?:the )?Economy|Justice)|"
    r"(?:Federal )?(?:Constitutional|Supreme) Court|"
    # a federal agency by its name: "the Federal Office of Bundeswehr Equipment", "the Federal Office for
    # Defence Procurement"
    r"Federal Office (?:of|for) (?:the )?[A-Z][\w-]+(?: (?:and )?[A-Z][\w-]+){0,3})\b"
    # ("of the Republic of Uzbekistan": the state's formal name)
    r"(?:\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|Federation)\s+of\s+(?:the\s+)?)?(?P<of>"
    + gz.COUNTRY_NAME_RE
    + r"))?"
)
# what a party does as a speaker: speaks, or takes a position ("The AfD rejected any deployment outright")
_PARTY_VERB = (
    r"(?:" + SPEECH + r"|rejected|rejects|opposed|opposes|backed|backs|supported|supports|welcomed|welcomes|"
    r"ruled out|rules out|dismissed|dismisses|demanded|demands|voted|votes|wants|wanted|reject|oppose|back|"
    r"support|welcome|rule out|dismiss|demand|vote|want|"
    # "The PVV is firmly against"
    r"(?:(?:firmly|strongly|also|still|flatly) )?(?:against|opposed|in favou?r)|"
    # "The Communist Party and the Left Bloc have both come out against any deployment"
    r"(?:(?:both|all|also|now|already) )?" + CAME_OUT + r")\b"
)
# a party the text introduces by its kind: "The opposition National Alliance welcomed …", "the populist
# Latvia First party called …"
# (the letter first and the check before it as a lookbehind, as "\b[Tt]he", so the regex engine can skip
# ahead to t's fast)
_DESCRIBED_PARTY = re.compile(
    r"[Tt](?<!\w.)he\s+(?:(?:opposition|ruling|governing|populist|nationalist|far-right|far-left|right-wing|left-wing|"
    r"centre-right|centre-left|center-right|center-left|conservative|liberal|green|junior|coalition|small|new)\s+)"
    r"{1,2}(?P<org>[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,3})(?:\s+party)?(?=\s+(?:\w+\s+)?"
    + _PARTY_VERB
    + ")"
)
# … or after a member's role: "defence spokesman for the conservative Partido Popular", "a deputy of
# the far-right Vox"
_PARTY_OF_ROLE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|leader|member|MPs?|deputy|chair(?:man|woman)?|lawmaker|senator|head|whip)"
    r"\s+(?:for|of|from)\s+the\s+(?:(?:opposition|ruling|governing|populist|nationalist|far-right|far-left|"
    r"right-wing|left-wing|centre-right|centre-left|center-right|center-left|conservative|liberal|green|"
    r"socialist|social democratic|christian democratic)\s+){1,2}"
    r"(?P<org>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?:\s+party)?(?=\s*[,.;:(])"
)
# a post's abbreviation, as written: "PM", "MP", "MEP"
_ROLE_ABBREVIATIONS = "|".join(r.upper() for r in gz.ROLES if " " not in r and len(r) <= 3)
# A party known by its acronym speaking: "the AfD parliamentary group declared", "the SNP said" (not
# a post's abbreviation: "the PM said" is the prime minister)
_PARTY = re.compile(
    r"(?<![\w@])(?!(?:"
    + _ROLE_ABBREVIATIONS
    + r")s?\b)(?P<org>(?P<acr>(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,5})"
    r"(?:\s+(?:parliamentary group|party|faction|group|leadership))?)(?=\s+(?:\w+\s+)?"
    + _PARTY_VERB
    # "The AfD and the BSW reject any deployment": the first of two parties
    + r"|\s+and\s+(?:the\s+)?[A-Z][A-Za-z]{1,5}\s+(?:\w+\s+)?"
    + _PARTY_VERB
    + ")"
)
_NEXT_CAPITALISED = re.compile(r" ([A-Z][\w'’-]+)")
_GENERIC_PARTY = re.compile(
    r"(?<![\w@])(?:[Tt]he\s+)?(?P<org>(?:[A-Z][\w'’-]+\s+){1,3}Party)\b(?!['’]s|\s+(?:of|conference|congress|"
    r"leader|leaders|chairman|chair|member|members|spokesman|spokeswoman|MP|MPs|deputy|politician)\b)"
)
# the words that end the name of a campaign, think tank or other civic body ("the Peace and Neutrality
# Alliance", "the Royal United Services Institute")
CIVIC_BODY_NOUNS = (
    "Alliance", "Association", "Campaign", "Coalition", "Movement", "League", "Network", "Federation",
    "Institute", "Foundation", "Forum", "Society", "Initiative", "Fellowship", "Guild",
)  # fmt: skip
# a body's name by the word that ends it, the capitalised words before it, and a verb of its own after
_BODY_KEYWORD = re.compile(r"\b(?:" + "|".join(CIVIC_BODY_NOUNS) + r")\b")
_NAME_WORDS_BEFORE = re.compile(
    r"(?<![\w@'’-])(?:The\s+)?(?P<words>(?:[A-Z][\w'’-]+\s+(?:and\s+|the\s+(?=[A-Z]))?){1,4})$"
)
_BODY_NAME_GOES_ON = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'’-]+){0,4}"
)
# a bare "the" before a body's noun: its name starts at the noun ("The Association of Veterans of …")
_THE_BEFORE = re.compile(r"(?<![\w@'’-])(?:The|the)\s+(?P<words>)$")
_BODY_SPEAKS = re.compile(
    r"\s*,\s+(?:which|who|a|an|the)\s+[^,.;]{3,100},\s+(?:\w+\s+){0,2}"
    + _PARTY_VERB
    + r"|\s+(?:\w+\s+)?"
    + _PARTY_VERB
)
_AFFILIATION_BEFORE = re.compile(r"\b(?:of|at|from|with|for|by) (?:the )?$")
_NAME_WITH_ACRONYM = re.compile(
    r"(?<![\w@])(?:The\s+)?(?P<org>[A-Z][\w'’-]+(?:\s+(?:for|of|and|the)?\s*[A-Z][\w'’-]+){1,5})\s+"
    r"\((?P<acr>[A-Z][A-Za-z0-9]{1,6})\)"
)
# "Labour said", "Vox, for its part, rejected …"
_NAMED_PARTY = re.compile(
    r"(?<![\w@])(?P<org>"
    + gz.PARTY_RE
    + r")(?=\s+(?:\w+\s+)?"
    + _PARTY_VERB
    # "Vox, for its part, rejected …"
    + r"|,\s+(?:for (?:its|their) part|in turn|meanwhile|however|too|also),\s+(?:\w+\s+)?"
    + _PARTY_VERB
    # "The Greens and the Liberals said …": the first of two parties
    + r"|\s+and\s+(?:the\s+)?(?:"
    + gz.PARTY_RE
    + r")\s+(?:\w+\s+)?"
    + _PARTY_VERB
    # "The PVV, the largest party in parliament, was strongly opposed", "Reform UK, whose five MPs sat
    # together, said"
    + r"|,\s+(?:the|a|an|whose|which)\s+[^,.;]{3,80},\s+(?:\w+\s+){0,2}"
    + _PARTY_VERB
    # "The prime minister's junior coalition partner, Sumar, rejected the idea"
    + r"|,\s+(?:\w+\s+)?"
    + _PARTY_VERB
    # "The far-right Alternative for Germany (AfD) rejected any deployment"
    + r"|\s+\([A-Z][A-Za-z0-9]{1,6}\)\s+(?:\w+\s+)?"
    + _PARTY_VERB
    + ")"
)
# a party the text introduces by what it is, set off by commas: "The Union of Greens and Farmers, the junior
# partner in the coalition, said …"
# (looked for as substrings: `in` runs in C over the text faster than a regex alternation)
_PARTY_KIND_WORDS = (
    "opposition", "ruling", "governing", "populist", "nationalist", "far-", "-wing", "centre-", "center-",
    "conservative", "liberal", "green", "socialist", "democratic",
)  # fmt: skip
_PARTY_BY_APPOSITION = re.compile(  # ("[Tt](?<!\w.)he" as "\b[Tt]he", faster: see _DESCRIBED_PARTY)
    r"[Tt](?<!\w.)he\s+(?P<org>[A-Z][\w'’-]+(?:\s+(?:of|and|for|the)?\s*[A-Z][\w'’-]+){0,5}),\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:party|partner|coalition partner|opposition party|faction)\b[^,.;]{0,40},"
)
# "the Italian Prime Minister's office", "the chancellor's office", "the presidential palace"
_OFFICE = re.compile(
    r"\b(?:(?P<role>(?i:prime minister|president|chancellor|premier))['’]s (?i:office)|"
    r"(?P<pal>(?i:presidential) (?:palace|office|administration))|"
    # "The Office of the Prime Minister said yesterday": the office by its own name, its holder unnamed
    r"(?i:office) of the (?P<of>(?i:prime minister|president|chancellor|premier))(?! [A-Z]))\b"
)
# "Borowiec's office", "the office of President Zoran Matić"
_NAME_OFFICE = re.compile(
    r"\b(?P<name>[A-Z][\w-]+)['’]s office\b|\b[Tt]he office of (?:[A-Z][\w-]+ ){0,3}(?P<last>[A-Z][\w-]+)\b"
    r"(?!['’]s| [A-Z])"
)
_OFFICE_LEAD = re.compile(r"(?:(?P<dem>" + gz.DEMONYM_RE + r")|(?P<cn>" + gz.COUNTRY_NAME_RE + r")['’]s)\s+$")
_POSS_GOV = re.compile(
    r"(?<![\w])(?P<c>" + gz.COUNTRY_NAME_RE + r"|" + gz.CAPITAL_RE + r")['’]s\s+"
    r"(?P<what>" + _STATE_BODY + r")\b",
)
_GOV_IN_CAPITAL = re.compile(r"\b(?P<what>[Gg]overnment) in (?P<c>" + gz.CAPITAL_RE + r")\b")
_OFFICIALS_IN = re.compile(
    r"\b(?:[Oo]fficials|[Ll]eaders|[Dd]iplomats)\s+in\s+(?P<list>(?:(?:" + gz.CAPITAL_RE + r"|"
    r"" + gz.COUNTRY_NAME_RE + r")(?:\s*,\s*|\s+and\s+)?)+)"
)
_OFFICIALS_WORDS = ("officials", "leaders", "diplomats")
# what a writer calls a person named before, instead of repeating the name: "the 54-year-old", "the veteran
# politician", "the Social Democrat" (one member of a party: "the Social Democrats" is the party)
_EPITHET = re.compile(
    r"\b[Tt]he\s+(?P<what>\d{2,3}-year-old|(?:(?:veteran|former|retired|outspoken|embattled|seasoned|"
    r"soft-spoken|centrist|conservative|liberal|socialist|populist|nationalist|career|young|elderly|"
    # a party's short name: "the CDU politician", "the PiS lawmaker"
    r"[A-Z][A-Za-z]{1,4}(?<![a-z]))\s+){0,2}"
    r"(?:politician|diplomat|veteran|officer|economist|academic|historian|campaigner|activist|lawmaker)|"
    r"Social Democrat|Christian Democrat|Liberal Democrat|Free Democrat|Conservative|Republican|Democrat|"
    r"Tory|Socialist|Green)\b"
    # the whole noun phrase, a subject: "the 54-year-old said", "the Social Democrat, who …", not "the
    # Conservative defence critic"
    r"(?=\s*[,;:.]|\s+(?:[a-z]+ly\s+)?(?:"
    + SPEECH
    + r"|has|had|have|was|is|who|would|will|could|can|did|does|"
    r"also|then)\b)"
)
# (one of them must be in the text for _EPITHET to match: a fast check before the scan)
_EPITHET_WORDS = (
    "-year-old", "politician", "diplomat", "veteran", "officer", "economist", "academic", "historian",
    "campaigner", "activist", "Democrat", "Conservative", "Republican", "Tory", "Socialist", "Green",
)  # fmt: skip
# "according to him"; "Her verdict: “…”", a possessive before the noun that introduces a quotation
_PRONOUN = re.compile(
    r"\b(?P<p>[Hh]e|[Ss]he|[Tt]hey)\b|(?<=[Aa]ccording to )(?P<obj>him|her|them)\b|"
    r"\b(?P<obj2>[Hh]is|[Hh]er|[Tt]heir)(?= (?:verdict|message|answer|reply|response|words|view|position|"
    r"conclusion|warning|advice|argument|comment|reaction|assessment)s?:)"
)
# a courtesy title before a lone surname ("Mr. Kozak:"), not before an office addressed ("Mr. Speaker") or a
# first name whose surname follows in capitals ("Mr Daniel ASHWORTH")
_COURTESY_BEFORE = re.compile(r"\b" + gz.COURTESY_RE + r"\.? $")
_ADDRESSED = frozenset(gz.ROLES) | {"speaker", "chair", "chairman", "chairwoman", "chairperson", "deputy"}
_CAP_AFTER = re.compile(r" [A-Z]")
_IT_SAID = re.compile(r"t (?:also )?(?:said|stated|added|warned)\b")  # after the "I" of "it"
# where _PRONOUN can match: one of its words (he, him, his, her, she, they, them, their) starting a word.
# The letter first and the checks around it as lookarounds, so the regex engine skips ahead to h, s and
# t fast (_PRONOUN's own leading checks make it try every position)
_PRONOUN_START = re.compile(
    r"[HhSsTt](?<!\w.)(?:(?<=[Hh])(?:e|im|is|er)|(?<=[Ss])he|(?<=[Tt])he(?:y|m|ir))\b"
)
# (with a few words of comment after a dash: "NETHERLANDS - quietly effective")
_HEADING_COUNTRY = re.compile(r"^(?P<caps>[A-Z][A-Z &/,'-]{2,60}?)(?:\s+[-–—|:]\s+[^.!?]{1,60})?$")


_RX_ROLE_IN = re.compile(r"\b(" + gz.ROLE_RE + r")\b", re.IGNORECASE)
# where someone works, named after their post: "a professor … at Sciences Po", "a fellow at Chatham House"
# (after a name or an age: "came, as it often does, from Igor Zavyalov" names him)
_SET_OFF_PLACE_BEFORE = re.compile(
    r"(?:\b[A-Z][\w'’-]*|\d{1,3}),\s*(?:\d{1,3},\s*)?(?:of|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
_POSSESSED_BODY_BEFORE = re.compile(r"\b(?:at|of|for|from|with|by)\s+[A-Z][\w-]+['’]s\s+$")
_WORKPLACE_BEFORE = re.compile(
    r"\b(?:professor|researcher|fellow|lecturer|analyst|expert|scholar|economist|director|head|student|teaches|"
    r"works|studies)\b[^,.;]{0,40}\bat\s+(?:the\s+)?$"
)
# "told The Weekend Line", "on The World at One": a title, not a person
_TITLE_AFTER_VERB = re.compile(r"\b(?:told|on|to|in|from|with|by|for)\s+The\s+$")
_RX_LEAD_PLACE = re.compile(
    r"(?:In|From)\s+(?P<c>" + gz.CAPITAL_RE + "|" + gz.COUNTRY_NAME_RE + r")\s*,"
    # a run-in head: "Austria. The Federal Chancellery has said …", "Poland: The ministry …", "Rome.
    # Showers, possibly clearing later."
    r"|(?P<head>" + gz.COUNTRY_NAME_RE + "|" + gz.CAPITAL_RE + r")[.:]\s+(?=[A-Z])"
)


def _lead_place(m: re.Match) -> str:
    """The place a paragraph's or sentence's opening sets it in: "In Warsaw," or a run-in "Austria."."""
    return m["c"] or m.groupdict().get("head") or ""


def _lead_just_before(text: str, at: int) -> str | None:
    """The place the sentence's opening sets it in, when only "the" stands between it and `at`: "In
    Ankara, the Ministry of National Defence said …"."""
    start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at) + 1) + 1
    lead = _RX_LEAD_PLACE.match(text, start + len(text[start:at]) - len(text[start:at].lstrip()))
    if lead is None or text[lead.end() : at].strip().lower() not in ("", "the"):
        return None
    return _lead_place(lead)


_PLACE_JUST_BEFORE = re.compile(
    r"\b(?:conference|summit|meeting|talks|visit|briefing|gathering|rally|ceremony|speech|event) (?:in|at) "
    r"(?P<c>" + gz.CAPITAL_RE + "|" + gz.COUNTRY_NAME_RE + r"),\s+(?:[A-Z][\w-]*\s+){0,3}$"
)
_RX_ROLE_END = re.compile(r"(" + gz.ROLE_RE + r")$", re.IGNORECASE)
# "Minister of National Defence", "Minister for Foreign Affairs and Trade": a minister of a field the
# gazetteer does not list, by the capitalised words after "of" or "for"
# (and the state, when "of" names it: "Minister of Defence of the Grand Duchy of Luxembourg")
_RX_MINISTER_OF_END = re.compile(
    r"\b((?:[Mm]inister|Secretary) (?:of|for) (?:the )?[A-Z][\w-]+(?: (?:and )?[A-Z][\w-]+){0,3})"
    r"(?P<state> of (?:the )?[A-Z][\w-]+(?: (?:of )?[A-Z][\w-]+){0,3})?$"
)
# an office below or beside the role it names: "Deputy Minister of Defence" is not the minister
_SECOND_OFFICE_BEFORE = re.compile(r"\b(?:[Dd]eputy|[Vv]ice|[Ss]hadow)[ -]$")
_SECOND_OFFICE = re.compile(r"^(?:deputy|vice|shadow)[ -]")


def _state_role(role: str) -> bool:
    """Whether a role's holder speaks for a state: a state role, or one of its fields or seconds
    ("Minister of National Defence", "Deputy Minister of Defence", "Secretary of State for Defence")."""
    role = role.lower()
    head = role.split(" for ")[0]
    return any(r in _GOV_ROLES for r in (role, head, _SECOND_OFFICE.sub("", head.split(" of ")[0])))


def _with_office(text: str, at: int, role: str) -> str:
    """The role with the office that qualifies it, when one stands just before it: "Deputy Minister"."""
    office = _SECOND_OFFICE_BEFORE.search(text, max(0, at - 8), at)
    return (
        text[office.start() : at] + role
        if office and not role.lower().startswith(("deputy", "vice"))
        else role
    )


_RX_THEN_SPEECH = re.compile(r"[,]?\s*(?:\w+\s+)?" + SPEECH + r"\b|\s*:\s*[\"“„«]")
# "Dmytro, 34, a former IT worker …": a first name with an age, or with what the person does, is a person
_AGE = r",\s*\d{1,2},\s"
_AGE_AFTER = re.compile(_AGE)
_RX_THEN_DESCRIBED = re.compile(
    _AGE
    # "Jean-Yves, a retired fisherman, is less sure": a first name and what the person does ("Keith, a
    # retired Royal Engineers warrant officer from Amesbury, was first through": a caller and his town)
    + r"|,\s+(?:a|an)\s+(?:[A-Za-z0-9-]+\s+){0,4}?(?:[a-z]+(?:er|ist|ian|or|man|woman|ant)|mother|father|"
    r"wife|husband|widow|son|daughter|"
    r"nurse|veteran|resident|pensioner|reservist|student)(?:\s+(?:from|in)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s*,"
    # "Lorraine from Tidworth, whose son serves …": a caller by her town; "Oksana, who came to Swindon from
    # Kharkiv in 2022, rang in": a first name and the life the writer tells
    r"|\s+from\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,\s+(?:who|whose)\s"
    r"|,\s+who\s+(?:came|moved|fled|arrived|lives|lived|works|worked|served|serves|grew)\b"
)
# "the Chief of the Defence Staff": the capitalised words before a lone word that ends an office's name
_ACRONYM_WORD = re.compile(r"[A-Z]{2,5}")
_OFFICE_NAME_BEFORE = re.compile(r"\b[A-Z][\w-]+ of the (?:[A-Z][\w-]+ )+$")
# '“…”\n— Joseph, Żejtun': a quotation signed on the line below by a first name and a town, as callers and
# vox-pop voices are: that first name is a person of its own, not a namesake named in full elsewhere
_SIGNATURE_DASH = re.compile(r"[ \t]*[—–][ \t]*")
_SIGNATURE_PLACE = re.compile(r"[ \t]*(?:,[ \t]*[^\W\d_a-z][\w' -]*(?:,[ \t]*[^\W\d_a-z][\w' -]*)?)?[ \t]*$")


def _signed_by_first_name(text: str, start: int, end: int, quotes: list[Quote]) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if _SIGNATURE_DASH.fullmatch(text, line_start, start) is None:
        return False  # (most words: no dash opens their line)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    above = line_start - 1
    while above >= 0 and text[above].isspace():
        above -= 1
    # (the line above ends a quotation the quote finder found)
    return _SIGNATURE_PLACE.fullmatch(text, end, line_end) is not None and any(
        q.outer_end == above + 1 for q in quotes
    )


_RX_INST_MOD = re.compile(r"\s*(?:" + gz.ROLE_RE + r"|official|officials|source|sources|chief)\b", re.I)
_RX_COUNTRY_MOD = re.compile(r"\s*(?:[a-z]+\s+)?(?:" + gz.ROLE_RE + r"|official|officials)\b")
_RX_OF_NON_COUNTRY = re.compile(r"\s+(?:of|for)\s+(?!" + gz.COUNTRY_NAME_RE + r")")
_RX_ORG_MOD = re.compile(
    r"\s*(?:" + gz.ROLE_RE + r"|allies|countries|members|member|troops|soldiers|states)\b", re.I
)


# A letter that can start a capitalised word (any letter but a lower-case Latin one).
_CAP_LETTER = r"[^\W\d_a-zß-ÿ]"
# The same letter where a pattern starts with it: any character but the Latin-1 ones it cannot be, as a
# plain set (what the regex engine skips ahead to fast, where the class above costs a lookup of each
# character's category), then the exact class as a lookbehind on that one character.
_FIRST_CAP_LETTER = (
    "[^"
    + "".join(re.escape(chr(c)) for c in range(256) if not re.fullmatch(_CAP_LETTER, chr(c)))
    + "](?<="
    + _CAP_LETTER
    + ")"
)
# A capitalised word (its first letter not after a letter or digit), as far as its first run of letters
# goes: "U" of "U.S.", "Germany" of "Germany's". Written with the letter first and the check before it
# as a lookbehind, so the regex engine can skip ahead to capitals fast.
_CAPITAL_WORD = re.compile(_FIRST_CAP_LETTER + r"(?<!\w.)[^\W\d_]*")


_LETTERS = re.compile(r"[^\W\d_]+")


class _Capitals:
    """Where an article's capitalised words start, and each one's first run of letters ("U" of "U.S.",
    "Germany" of "Germany's"). The gazetteer patterns all start with a capitalised word: they are tried
    only where it is one of the words they can start with."""

    def __init__(self, text: str) -> None:
        self.text = text
        # the starts of each first run of letters, in order: an article repeats its names, so the words a
        # pattern can start with are looked up once per distinct word
        self.starts_of: dict[str, list[int]] = {}
        for m in _CAPITAL_WORD.finditer(text):
            self.starts_of.setdefault(m.group(), []).append(m.start())
        self.all = sorted(st for starts in self.starts_of.values() for st in starts)
        self.handles = {st for st in self.all if st and text[st - 1] == "@"}  # '@Name'
        self._lowered: dict[str, list[int]] | None = None

    def _lower_starts_of(self) -> dict[str, list[int]]:
        """`starts_of` by the lower-cased word ("The" and "the" together), for patterns that ignore case."""
        if self._lowered is None:
            self._lowered = {}
            for word, word_starts in self.starts_of.items():
                self._lowered.setdefault(lower_same_length(word), []).extend(word_starts)
        return self._lowered

    def matches(
        self,
        pattern: re.Pattern,
        first_words: Container[str] | None = None,
        *,
        handles: bool = False,
        ignore_case: bool = False,
    ) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)` for a pattern whose matches start with a capitalised word (not a
        handle's, unless `handles`) whose first run of letters is one of `first_words` (lower-cased
        when the pattern ignores case)."""
        if first_words is None:
            starts = self.all
        else:
            starts_of = self._lower_starts_of() if ignore_case else self.starts_of
            if isinstance(first_words, frozenset):
                # the words both have, in one pass in C: most of an article's words start no pattern
                words: Iterable[str] = first_words.intersection(starts_of)
            else:
                words = [word for word in starts_of if word in first_words]
            starts = sorted(st for word in words for st in starts_of[word])
        if self.handles and not handles:
            starts = [st for st in starts if st not in self.handles]
        return matches_at(pattern, self.text, starts)


def _first_words(*word_lists: Iterable[str], ignore_case: bool = False) -> frozenset[str]:
    """The first run of letters of each word ("New" of "New Zealand", "U" of "U.S.")."""
    words = frozenset(_LETTERS.match(w).group() for ws in word_lists for w in ws)
    return frozenset(lower_same_length(w) for w in words) if ignore_case else words


class _CapitalInside:
    """The capitalised words with a capital after the first letter, as a party's acronym has ("AfD",
    "SNP"), or at least no lower-case letters after it."""

    def __contains__(self, word: str) -> bool:
        return not word[1:].islower()


# what the gazetteer patterns can start with, at a capital: an optional "The" / "A" / "An", then a word
# of the gazetteer
_NAMES = [n for n in gz.COUNTRY_BY_NAME if not n.startswith("the ")]
_INSTITUTION_FIRST = _first_words(["The"], gz.INSTITUTIONS)
_ORGANIZATION_FIRST = _first_words(["The", "An", "A"], gz.ORGANIZATIONS)
_POSS_GOV_FIRST = _first_words(_NAMES, gz.COUNTRY_BY_CAPITAL)
_COUNTRY_FIRST = _first_words(["The"], _NAMES, gz.COUNTRY_BY_CAPITAL)
_MINISTRY_FIRST = _first_words(
    [
        "Defence",
        "Defense",
        "Foreign",
        "Interior",
        "Armed",
        "Finance",
        "War",
        "Ministry",
        "Department",
        "Federal",
        "Constitutional",
        "Supreme",
    ]
)
_NAMED_PARTY_FIRST = _first_words(gz.PARTIES)
_CIVIC_BODY_FIRST = _first_words(CIVIC_BODY_NOUNS)
_DEMONYM_GOV_FIRST = _first_words(["the"], gz.COUNTRY_BY_DEMONYM, ignore_case=True)
_STATE_WORD_FIRST = _first_words(
    _NAMES, gz.COUNTRY_BY_DEMONYM, gz.COUNTRY_BY_CAPITAL, gz.INSTITUTIONS, gz.PARTIES
)


@dataclass
class Actor:
    name: str
    type: str  # person / government / organization / group
    country: str | None = None
    role: str | None = None
    aliases: set[str] = field(default_factory=set)
    gender: str | None = None  # "f" / "m" when the text shows it (Ms, spokeswoman, "she said")
    one_person: bool = False  # an unnamed speaker who is one person ("a senior official"): "he" may be them

    def ref(self) -> ActorRef:
        aliases = tuple(sorted(a for a in self.aliases if a != self.name))
        return ActorRef(name=self.name, type=self.type, country=self.country, role=self.role, aliases=aliases)


@dataclass
class Mention:
    start: int
    end: int
    actor: int | None  # index into the actor list; None for a pronoun, resolved later
    kind: str  # name / surname / role / institution / country / organization / pronoun
    in_quote: bool = False
    text: str = ""


def _camel_split(word: str, start: int) -> list[tuple[str, int]]:
    """'ScholzSaid' -> 'Scholz', 'Said' (machine-translation glue). Keeps McX / MacX names."""
    if len(word) < 6 or word[1:].islower() or not word[1:].isalpha():
        return [(word, start)]
    for k in range(3, len(word) - 2):
        if word[k - 1].islower() and word[k].isupper() and not word.startswith(("Mc", "Mac", "De", "La")):
            return [(word[:k], start), *_camel_split(word[k:], start + k)]
    return [(word, start)]


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    out = []
    for m in _WORD_RE.finditer(text, start, end):
        word = m.group()
        if len(word) < 6 or word[1:].islower():
            out.append((word, m.start(), m.end()))  # the common case: nothing glued
            continue
        for w, s in _camel_split(word, m.start()):
            out.append((w, s, s + len(w)))
    return out


# a one-letter word of a name, not an initial or an acronym: "Seán Ó Briain"
_NAME_LETTERS = frozenset({"Ó"})


def _is_cap(word: str) -> bool:
    return (
        word[:1].isupper()
        and not word.isupper()
        or (word.isupper() and len(word) > 1 and len(word) <= 4)
        or word in _NAME_LETTERS
    )


def _name_runs(text: str, start: int, end: int) -> list[list[tuple[str, int, int]]]:
    """Runs of capitalised words separated by single spaces."""
    runs: list[list[tuple[str, int, int]]] = []
    for span in _CAP_RUN.finditer(text, start, end):
        word = span.group()
        if word.isalpha() and (len(word) < 6 or word[1:].islower()):
            # the common case, a single word with nothing glued: its own run if it is capitalised
            if _is_cap(word):
                runs.append([(word, span.start(), span.end())])
            continue
        runs.extend(_runs_in(text, span.start(), span.end()))
    return runs


_CAP_WORD_REST = r"[^\W_]*(?:['’\-.][^\W\d_]+)*\.?"
_CAP_WORD = _CAP_LETTER + _CAP_WORD_REST
# the first word's capital comes before the check on what precedes it, so the regex engine can
# skip ahead to capitals fast
# name particles between capitalised words: "Pieter de Groot", "Ursula von der Leyen"
NAME_PARTICLES = frozenset(
    {
        "de",
        "van",
        "von",
        "der",
        "den",
        "du",
        "da",
        "di",
        "del",
        "della",
        "ter",
        "ten",
        "bin",
        "el",
        "al",
        "dos",
    }  # fmt: skip
)
_PARTICLE = r"(?: (?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r")){0,2}"
_CAP_RUN = re.compile(
    _FIRST_CAP_LETTER + r"(?<![\w@].)" + _CAP_WORD_REST + r"(?:" + _PARTICLE + r" " + _CAP_WORD + r")*"
)


# titles written with a full stop in US style ("Mr. Smith", "Sen. Doe") stay in the name's run
# (and the clergy's: "Father Mykola Hrytsenko, the priest at …")
# the clergy's titles before a name: "Archbishop Ilarion", "Metropolitan Teofan", "Rabbi X"
_CLERGY_TITLES = frozenset({role.title() for role in gz.CLERGY_ROLES} | {"Metropolitan"})
_HONORIFICS = (
    frozenset(gz.TITLES)
    | frozenset(gz.HONORIFICS)
    | _CLERGY_TITLES
    # the Church of England's styles: "the Rt Revd Jonathan Hale", "the Ven. Dr Paul Mbeki"
    | {"Father", "Reverend", "Rev", "Revd", "Rt", "Ven", "Venerable", "Pastor"}
)


# a first or middle name given as its initial, before a name word: "S. Battulga-Erdene", "John F. Kerry"
_INITIAL = re.compile(gz.INITIAL_RE)
_NAME_WORD_NEXT = re.compile(r"\. ([A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)")
# (not a platform's letter: "replied on X. Wiesław Kosecki wrote")
_PLACE_WORD_BEFORE = re.compile(r"\b(?:on|via|at|in|from|of)\s$")


def _initial(text: str, w: str, s: int, e: int, end: int) -> bool:
    nxt = _NAME_WORD_NEXT.match(text, e, end) if _INITIAL.fullmatch(w) else None
    return nxt is not None and not _is_stop(nxt[1]) and not _PLACE_WORD_BEFORE.search(text, max(0, s - 6), s)


def _runs_in(text: str, start: int, end: int) -> list[list[tuple[str, int, int]]]:
    runs: list[list[tuple[str, int, int]]] = []
    cur: list[tuple[str, int, int]] = []
    for w, s, e in _tokens(text, start, end):
        if _initial(text, w, s, e, end):
            w, e = w + ".", e + 1  # (the initial's full stop is part of the name)
        if (_is_cap(w) or w.endswith(".")) and not w.startswith("@"):
            if cur and (
                text[cur[-1][2] : s] == " " or (text[cur[-1][2] : s] == ". " and cur[-1][0] in _HONORIFICS)
            ):
                cur.append((w, s, e))
                continue
            if cur:
                runs.append(cur)
            cur = [(w, s, e)]
        elif w in NAME_PARTICLES and cur and text[cur[-1][2] : s] == " ":
            cur.append((w, s, e))  # kept only if a capitalised word follows
        else:
            if cur:
                runs.append(_without_trailing_particles(cur))
            cur = []
    if cur:
        runs.append(_without_trailing_particles(cur))
    return [run for run in runs if run]


def _without_trailing_particles(run: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    while run and run[-1][0] in NAME_PARTICLES:
        run = run[:-1]
    return run


_POSSESSIVE_END = re.compile(r"['’]s$")
# a capitalised adverb by a suffix almost no surname has ("Politically", "Clearly"; "Frankly" is not caught)
_ADVERB_WORD = re.compile(
    r"[A-Z][a-z]+(?:ally|ously|ively|ently|antly|ately|fully|lessly|ably|ibly|edly|ingly|arly)"
)
# an office for a field, before the name of who holds it: "Assistant Secretary of Defense for Strategy …"
_OFFICE_FOR_BEFORE = re.compile(
    r"\b(?:Secretary|Minister|Commissioner|Envoy|Representative|Coordinator|Director|Adviser|Advisor|"
    r"Spokesperson|Ambassador)(?: of(?: [A-Z][\w-]+){1,3})? for $"
)


@lru_cache(maxsize=65536)
def _is_stop(word: str) -> bool:
    w = _POSSESSIVE_END.sub("", word)
    return (
        word in _FUNCTION
        or word in _HONORIFICS
        or SPEECH_RE.fullmatch(word) is not None
        or w in _FUNCTION
        or gz.country_of_word(w) is not None
        or w in gz.INSTITUTIONS
        or w in gz.ORGANIZATIONS
        or (w.isupper() and w not in _NAME_LETTERS and not (w.endswith(".") and _INITIAL.fullmatch(w[:-1])))
        or w in _PLACE_NOUNS
        or w in _PLACE_HEADS
        or w in _DOCUMENT_NOUNS
        or w in _HOLIDAY_WORDS
        or w in gz.WORLD_PLACES
    )


# a region's adjective, no one's name: "one Nordic diplomat told us"
_REGION_WORDS = frozenset(
    {"Nordic", "Baltic", "Scandinavian", "Balkan", "Western", "Eastern", "Transatlantic"}
)


# the last word of a place's name, not a person's: "the Black Sea", "the Dnipro River", "Tidworth Camp"
_PLACE_NOUNS = frozenset(
    {"Sea", "Ocean", "River", "Strait", "Gulf", "Bay", "Lake", "Mountains", "Peninsula", "Island", "Islands",
     "Valley", "Coast", "Basin", "Oblast", "Region", "Square", "Street", "Avenue", "Road", "Airport", "Base",
     "Airfield", "Camp", "Barracks", "Dockyard"}
)  # fmt: skip


# the rest of a run-in heading in title case after its first capitalised words, told from a name by a
# small word: "Political Consensus Broad| but Not Complete: …"
_RUN_IN_HEADING_TAIL = re.compile(
    r"(?: (?:and|but|of|to|the|for|in|on|or|with|at) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)+:\s"
)


# the first word of a place's name, not a person's: "fought at Monte Cassino", "Mount Hermon", "Fort Bragg"
_PLACE_HEADS = frozenset({"Monte", "Mount", "Mont", "Fort", "Cape", "Lake", "Puerto", "Porto"})


# the last word of a law's or a document's name: "the Parliamentary Participation Act", "the Minsk Accords"
_DOCUMENT_NOUNS = frozenset(
    {"Act", "Treaty", "Charter", "Convention", "Directive", "Accord", "Accords", "Protocol", "Memorandum",
     "Doctrine", "Constitution", "Statute", "Resolution", "Communiqué", "Declaration", "Lecture"}
)  # fmt: skip


# the first word of a day of remembrance or a holiday, no person's name: "Armistice Day. Two minutes'
# silence …", "On Victory Day, the ambassador said"
_HOLIDAY_WORDS = frozenset(
    {"Armistice", "Remembrance", "Victory", "Independence", "Memorial", "Veterans", "Thanksgiving",
     "Christmas", "Easter", "Inauguration", "Statehood", "Anzac"}
)  # fmt: skip


# Months that are also first names: "Defence Minister Jan Novak", "Theresa May" stay names.
_NAME_MONTHS = {"Jan", "May", "June", "April", "August"}
_DATE_BEFORE = re.compile(
    r"(?:\b(?:in|on|since|by|until|till|of|last|next|early|late|mid|from|before|after|during|this)|\d)[\s-]*$",
    re.IGNORECASE,
)


def _month_as_name(text: str, run: list[tuple[str, int, int]], i: int) -> bool:
    """A month word that starts a name: followed by a name word, not preceded by a date word."""
    word, start, end = run[i]
    if word not in _NAME_MONTHS or i + 1 >= len(run) or _is_stop(run[i + 1][0]):
        return False
    return (
        not _DATE_BEFORE.search(text[max(0, start - 12) : start])
        and not text[end : end + 3].strip()[:1].isdigit()
    )


_PHRASE_WORD = re.compile(r"[^\W\d_][\w.]*(?:['’]s)?")
_TWO_WORD_COUNTRIES = [(name, code) for name, code in gz.COUNTRY_BY_NAME.items() if " " in name]
_MANY_WORD_INSTITUTIONS = [
    (name, code) for name, (_, code) in gz.INSTITUTIONS.items() if " " in name and code
]


# the words of a posting abroad ("Ambassador to", "embassy in"), and where an envoy is posted, which is not
# the state the envoy speaks for: "the EU's Ambassador to India"
_ENVOY_WORDS = r"(?:[Aa]mbassador|[Ee]nvoy|[Ee]mbassy|[Cc]onsul|[Rr]epresentative)"
_POSTING = re.compile(
    r"\b((?:" + _ENVOY_WORDS + r"|[Dd]elegation)s?)\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?"
    r"[A-Z][\w'’-]*)*"
)


@lru_cache(maxsize=65536)
def _country_in(words: str) -> str | None:
    """The state a phrase names first: an institution, a state's name or demonym (not where an envoy in
    it is posted)."""
    if " to " in words or " in " in words:
        words = _POSTING.sub(r"\1", words)
    for wm in _PHRASE_WORD.finditer(words):
        w = wm.group()
        if words.endswith("New ", 0, wm.start()):
            continue  # "New Mexico Governor": a state of the US (a two-word name, below)
        base = _POSSESSIVE_END.sub("", w)
        if base in gz.INSTITUTIONS:
            return gz.INSTITUTIONS[base][1]
        c = gz.name_country(base) or gz.demonym_country(base)
        if c is None and base != w and base != "Brussels":
            # "Moscow's ambassador in Brussels": the capital that owns the role (a capital not owning it
            # is where the role is held; "Brussels's" may be the EU's)
            c = gz.capital_country(base)
        if c:
            return c
    for name, code in _TWO_WORD_COUNTRIES:
        if name in words:
            return code
    for name, code in _MANY_WORD_INSTITUTIONS:  # "White House special envoy"
        if name in words:
            return code
    return None


_CLAUSE_MARK = re.compile(r"[.;:!?\"“”„«»()]")


def _role_before(text: str, name_start: int, floor: int) -> tuple[str | None, str | None]:
    window = text[max(floor, name_start - 80) : name_start]
    window = _CLAUSE_MARK.split(window)[-1]
    lower = lower_same_length(window)
    m = _ROLE_TAIL.search(lower) if _ANY_ROLE.search(lower) else None
    if not m:
        field = _RX_MINISTER_OF_END.search(window.rstrip(" ,"))
        if field:  # "said Minister of National Defence Rūta Kazlauskienė"
            role = _with_office(window, field.start(1), field[1])
            state = field["state"] or " ".join(window[: field.start(1)].split()[-2:])
            return _norm_role(role), _country_in(state)
        return None, None
    if (
        "," in window[m.end("role") :]
        and _OBJECT_OF_BEFORE.search(window, 0, m.start("role"))
        and not _NAME_THEN_COMMA.match(text, name_start)
    ):
        # "After talks with his French counterpart, Voronin said": the other party to the talks, and a
        # comma that ends the opening phrase, not an apposition ("met the French minister, Jean Dupont,")
        return None, None
    role = window[m.start("role") : m.end("role")]
    mod = window[m.start("mod") : m.end("mod")]
    country = _country_in(mod + " " + role)
    return _norm_role(_with_office(window, m.start("role"), role)), country


# the words before the object of a preposition or of a meeting: "talks with his French counterpart",
# "a peace deal with Vladimir Putin"
_OBJECT_OF = (
    r"\b(?:with|to|by|from|against|for|of|on|at|about|between|met|meeting|visiting|hosted|hosting|called|"
    r"phoned)\s+"
)
_OBJECT_OF_BEFORE = re.compile(_OBJECT_OF + r"(?:his|her|their|its|the|a|an)\s+(?:[\w'’-]+\s+){0,3}$")
_OBJECT_BEFORE = re.compile(_OBJECT_OF + r"$")
_NAME_THEN_COMMA = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*,")


# (after an opening phrase: "For his part, the ambassador of Russia, Nikolai Sokolov-Braun,")
_DESCRIPTION_BEFORE = re.compile(
    r"^\s*(?:[A-Z][^,]{0,30},\s+)?(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur)\s+(?P<d>[^,]{3,50}),\s*$"
)


_DEMONYM_DESCRIBES = re.compile(r"(?<![\w-])(?P<dem>" + gz.DEMONYM_RE + r")\s+(?:[a-z][\w-]*\s+){1,2}$")


def _described_before(text: str, run_start: int, floor: int) -> str | None:
    """The state of a description set before a name: "Their Ukrainian liaison officer, Captain Andriy
    Lysenko", "Dutch liberal Femke Oosterhout" (a nationality, then a word or two)."""
    window = _CLAUSE_MARK.split(text[max(floor, run_start - 70) : run_start])[-1]
    described = _DESCRIPTION_BEFORE.match(window)
    if described:
        return _country_in(described["d"])
    nationality = _DEMONYM_DESCRIBES.search(window)
    return gz.demonym_country(nationality["dem"]) if nationality else None


# short role words as written ("PM" is read as the post it abbreviates: "Deputy PM" is "Deputy Prime
# Minister")
_ROLE_ACRONYMS = {"mp": "MP", "mep": "MEP", "pm": "Prime Minister"}


@lru_cache(maxsize=4096)
def _norm_role(role: str) -> str:
    return " ".join(
        _ROLE_ACRONYMS.get(w) or (w.capitalize() if w not in ("of", "the", "for", "and") else w)
        for w in role.lower().split()
    )


# (a label's line may end on its colon: "**Mikko Laine**, President of Finland:" above the words)
_APPOSITIVE = re.compile(
    r"\s*,\s*(?:the\s+|a\s+|an\s+)?(?P<app>[^,.;:\"“”„«»]{2,90}?)\s*(?=,|\.|;|:\s*(?:\n|$)|$|\s+(?:said|told|says|added|wrote))"
)
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?P<c>" + gz.COUNTRY_NAME_RE + r")\b")


# an appositive that sets a scene rather than naming a post: "standing next to her Slovak counterpart"
_SCENE_APPOSITIVE = re.compile(
    r"(?:standing|speaking|sitting|appearing|flanked|next to|alongside|beside|with|after|before|during|at)\b"
)


_VERB_FIRST = re.compile(r"(?:has|have|had|will|would|could|should|can|did|does|do|said|says|told)\b")
_NEXT_PERSON = re.compile(r"(?:and|or|but|as well as|while)\b")


_HANDLE_AFTER = re.compile(r"\s*\(@\w+\)")


_OF_STATE_BODY = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:of|in|at|with) the (?P<dem>"
    + gz.DEMONYM_RE
    + r")\s+(?:[a-z]+\s+){0,2}?(?:staff|army|navy|air force|armed forces|military|forces|command|government|"
    r"ministry|parliament|embassy|intelligence|cabinet|delegation|mission)\b"
)


# a member's title written after the name in British and Irish copy: "Tom Ashworth MP", "Mary Byrne TD"
# (a Scottish MSP and an Irish TD sit in one state's parliament)
_TITLE_AFTER_NAME = re.compile(r" (?P<t>MP|MEP|MSP|TD)(?![\w-])")
_TITLE_STATES = {"MSP": "GB", "TD": "IE"}


# who serves a role's holder, not the holder: "an aide to the President", "a senior adviser to the premier"
_SERVES_THE_ROLE = re.compile(
    r"\b(?:aide|adviser|advisor|assistant|spokes(?:man|woman|person)|envoy|secretary) to (?:the )?$",
    re.IGNORECASE,
)


def _role_after(text: str, name_end: int, ceiling: int) -> tuple[str | None, str | None]:
    handle = _HANDLE_AFTER.match(text, name_end, ceiling)
    if handle:
        name_end = handle.end()  # "Kasper Feldborg (@KFeldborg), Danish foreign minister"
    m = _OF_COUNTRY.match(text, name_end, ceiling)
    if m:
        return None, gz.name_country(m["c"])
    m = _APPOSITIVE.match(text, name_end, ceiling)
    if not m:
        return None, None
    app = m["app"]
    if _NEXT_PERSON.match(app):
        return None, None  # "Kaja Tamm, and Danish Prime Minister Mette Lund": the next person's role
    if _SCENE_APPOSITIVE.match(app):
        return None, None  # "X, standing next to her Slovak counterpart Y, …": the scene, and Y's role
    if _VERB_FIRST.match(app):
        return None, None  # "X, has demanded that the president comes …": a predicate, not an appositive
    rm = _RX_ROLE_IN.search(app)
    if not rm or _SERVES_THE_ROLE.search(app, 0, rm.start()):
        return None, None  # (not "X, an aide to the President": the aide holds no presidency)
    if _VERB_FIRST.match(app[rm.end() :].lstrip()):
        return None, None  # "Mud, medals and a question the Taoiseach would rather not plough": his verb
    role = _norm_role(rm[1])
    head = app[: rm.end()]
    country = _country_in(head) if role.lower() in _GOV_ROLES else None
    if country is None and role.lower() in _GOV_ROLES:
        country = _country_in(app)
    if country is None:
        inst = next((code for name, (_, code) in gz.INSTITUTIONS.items() if name in app), None)
        country = inst
    if country is None and role.lower() not in _GOV_ROLES:
        # "the report's lead author and a former Norwegian defence official": the nationality the role gives
        country = _country_in(" ".join(head.split()[-4:]))
    if country is None and role.lower() not in _GOV_ROLES:
        # "a former deputy chief of the French defence staff": the state of the body the role is in
        body = _OF_STATE_BODY.match(app, rm.end())
        country = gz.demonym_country(body["dem"]) if body else None
    return role, country


def _fuller_names(person_parts: list) -> dict[str, str]:
    """Multi-word names that are the end of exactly one longer name in the article ("Ruiz Soler" of
    "Álvaro Ruiz Soler"), by folded key, with that longer name."""
    names = {gz.fold(" ".join(p[2])): " ".join(p[2]) for p in person_parts if len(p[2]) >= 2}
    out = {}
    for key in names:
        longer = [k for k in names if k.endswith(" " + key)]
        if len(longer) == 1:
            out[key] = names[longer[0]]
    return out


class _Registry:
    def __init__(self) -> None:
        self.actors: list[Actor] = []
        self.index: dict[tuple[str, str], int] = {}

    def add(self, key: tuple[str, str], actor: Actor) -> int:
        if key in self.index:
            i = self.index[key]
            a = self.actors[i]
            a.aliases |= actor.aliases
            if a.country is None and actor.country:
                a.country = actor.country
            if a.role is None and actor.role:
                a.role = actor.role
            return i
        self.actors.append(actor)
        self.index[key] = len(self.actors) - 1
        return len(self.actors) - 1


class _Spans:
    """(start, end) spans, for the two questions asked of the mentions found so far: whether one covers
    a position, and whether one starts in a range (by bisection, not a pass over them all)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))  # furthest end so far

    def covers(self, pos: int) -> bool:
        """any(start <= pos < end)"""
        i = bisect.bisect_right(self._starts, pos)
        return i > 0 and self._reach[i - 1] > pos

    def starts_within(self, lo: int, hi: int) -> bool:
        """any(lo <= start < hi)"""
        i = bisect.bisect_left(self._starts, lo)
        return i < len(self._starts) and self._starts[i] < hi


_START = operator.attrgetter("start")


def _in_quote(pos: int, quotes: list[Quote]) -> bool:
    i = bisect.bisect_right(quotes, pos, key=_START) - 1
    return i >= 0 and quotes[i].start <= pos < quotes[i].end


def government_of(code: str, text: str, surface: str | None = None) -> Actor:
    """A state as speaker. Russia's government is the Kremlin when the article names it."""
    name = "Kremlin" if code == "RU" and "Kremlin" in text else gz.government_name(code)
    return Actor(name, "government", code, None, {surface} if surface else set())


def actor_named(actors: list[Actor], name: str) -> int | None:
    """The actor a name (as the article writes it, or one of its aliases) already stands for."""
    key = gz.fold(name)
    return next(
        (i for i, a in enumerate(actors) if gz.fold(a.name) == key or key in {gz.fold(x) for x in a.aliases}),
        None,
    )


def _add_party(
    reg: _Registry,
    mentions: list[Mention],
    parties: list[int],
    m: re.Match,
    surface: str,
    code: str | None,
    quotes: list[Quote],
) -> None:
    """A party named at `m`'s "org" group: its actor, and its mention in place of any name found in it."""
    idx = reg.add(("org", gz.fold(surface)), Actor(surface, "organization", code, None, {surface}))
    parties.append(idx)
    span = (m.start("org"), m.end("org"))
    mentions[:] = [
        x for x in mentions if not (x.kind in ("name", "surname") and span[0] <= x.start < span[1])
    ]
    mentions.append(Mention(*span, idx, "organization", _in_quote(m.start(), quotes), surface))


def _government_actor(reg: _Registry, code: str, surface: str, text: str) -> int:
    return reg.add(("gov", code), government_of(code, text, surface))


_POSSESSIVE_S = re.compile(r"['’]s\b")
_TWO_NAME_WORDS = re.compile(r"\s*,?\s*[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)")


def find_mentions(
    text: str, paras: list[Paragraph], quotes: list[Quote]
) -> tuple[list[Actor], list[Mention]]:
    reg = _Registry()
    mentions: list[Mention] = []
    caps = _Capitals(text)
    lower = lower_same_length(text)
    counts = _country_counts(text, quotes, caps)
    heading_country: dict[int, str | None] = {}
    current_heading: str | None = None
    # Pass 1: full names (two or more name words) with their roles.
    person_parts: list[tuple[int, int, list[str], str | None, str | None, int]] = []
    outlet_parts: list[tuple[int, int, str, str | None]] = []  # newspapers: start, end, name, state
    for pi, para in enumerate(paras):
        line = text[para.start : para.end]
        # (an upper-case headline is no section: "GARRISON TOWN WAITS AS UKRAINE FORCE TALK GROWS")
        if pi > 0 and (heading := _HEADING_COUNTRY.match(line.strip())):
            current_heading = _country_in(heading["caps"].title())
        heading_country[pi] = current_heading
        lead = _RX_LEAD_PLACE.match(line)
        para_country = gz.country_of_word(_lead_place(lead)) if lead else current_heading
        for run in _name_runs(text, para.start, para.end):
            if len(run) == 1 and _is_stop(run[0][0]):
                continue  # a capitalised word alone that names no one ("The", "Ukraine"): the most runs
            words = [w for w, _, _ in run]
            if words[-1] in _DOCUMENT_NOUNS or words[-1] in CIVIC_BODY_NOUNS:
                continue  # "the Parliamentary Participation Act", "the Five Star Movement": no one's name
            i = 0
            while i < len(words) and _is_stop(words[i]) and not _month_as_name(text, run, i):
                i += 1
            j = len(words)
            while j > i and _is_stop(words[j - 1]):
                j -= 1
            if j - i >= 3 and _OFFICE_FOR_BEFORE.search(text, max(0, run[i][1] - 60), run[i][1]):
                i += 1  # "Under Secretary of Defense for Policy Daniel Merriweather": the office's field
            core = run[i:j]
            if not core:
                continue
            if (
                len(core) > 1
                and (place := " ".join(w for w, _, _ in core))
                and (place in gz.COUNTRY_BY_CAPITAL or place in gz.DATELINE_CITIES)
            ):
                continue  # "New Delhi:", "in Buenos Aires, …": a city of two words, no one's name
            s, e = core[0][1], core[-1][2]
            if run[0][1] == para.start and _RUN_IN_HEADING_TAIL.match(text, e, para.end):
                continue  # "Political Consensus Broad but Not Complete: The Prime Minister said …": a heading
            before = lower[max(para.start, s - 60) : s]  # (a kind word first: most names have none before)
            outlet = (
                _NEWSPAPER_BEFORE.search(text, max(para.start, s - 60), s)
                if any(kind in before for kind in _NEWSPAPER_KINDS)
                else None
            )
            if outlet and _OUTLET_SPOKEN_TO.search(text, max(para.start, s - 60), s):
                continue  # "told the newspaper Rheinische Zeitung", "in an interview with the daily X"
            tail = _LOWER_NAME_TAIL.match(text, e, para.end) if outlet else None
            e = tail.end("words") if tail else e  # "Vilniaus žinios,", "Pražský večerník": lower-case words
            outlet = outlet or (
                _NEWSPAPER_AFTER.match(text, e, para.end) if text.startswith(",", e) else None
            )
            if outlet:
                # "The Helsinki daily Pohjolan Sanomat", "Het Avondblad, a Dutch evening paper,": a newspaper,
                # which a press review quotes as it quotes a person
                outlet_parts.append((s, e, text[s:e], _country_in_words(outlet["kind"])))
                continue
            # "The MP of Greek Solution Kyriakos Stavrou": a party whose name starts with a state's word, the
            # rest of which would start the name
            party_end = (
                next((k for k in range(j - 2, 0, -1) if " ".join(words[:k]) in gz.PARTIES), 0) if i else 0
            )
            if 0 < i < party_end:
                i = party_end
                while i < j and _is_stop(words[i]):
                    i += 1  # "Bloc Québécois Leader Martine Gagnon": the office after the party
                core = run[i:j]
            # core[0] is a name word, or a month the loop above kept as a first name
            if any(w in _ORG_WORDS for w, _, _ in run[i:]) or any(_is_stop(w) for w, _, _ in core[1:]):
                # "People Before Profit TD Ciarán Doherty", "Labour Party TD Mary Byrne": a name after its
                # body and office, when two name words end the run
                t = max(k for k in range(i, len(words)) if words[k] in _ORG_WORDS or _is_stop(words[k]))
                if j - t - 1 < 2:
                    continue
                i, core = t + 1, run[t + 1 : j]
            if j < len(words) and any(" ".join(words[k:]) in gz.PARTIES for k in range(i + 1, j)):
                continue  # "The Åland Social Democrats": a place before a party's name, no one's
            if " ".join(w for w, _, _ in core) in gz.INSTITUTIONS or " ".join(words) in gz.INSTITUTIONS:
                continue  # "Palazzo Chigi", "Prague Castle": a seat of government, no one's name
            if " ".join(w for w, _, _ in core) in gz.PARTIES:
                continue  # "Déi Lénk deputy Sam Kieffer": a party, before its member
            if _POSSESSIVE_END.search(core[-1][0]):
                w, cs, ce = core[-1]
                core = [*core[:-1], (w[:-2], cs, ce - 2)]
            s, e = core[0][1], core[-1][2]
            prefix = " ".join(words[:i])
            role, country = None, None
            if prefix:
                rm = _RX_ROLE_END.search(prefix) or _RX_MINISTER_OF_END.search(prefix)
                if rm:
                    role = _norm_role(_with_office(prefix, rm.start(1), rm[1]))
                country = _country_in(" ".join(w for w in words[:i] if not gz.capital_country(w)))
            if role is None:
                r2, c2 = _role_before(text, s, para.start)
                role = role or r2
                country = country or c2
            elif country is None:
                _, c2 = _role_before(text, s, para.start)
                country = c2
            # (a first and last name before it: "A Socialist MP went further" names no one)
            title = _TITLE_AFTER_NAME.match(text, e, para.end) if len(core) > 1 else None
            if title:
                role = role or ("MEP" if title["t"] == "MEP" else "MP")
                country = country or _TITLE_STATES.get(title["t"])
                e = title.end()  # "Tom Ashworth MP said": the title is part of the mention
            if role is None or country is None:
                r3, c3 = _role_after(text, e, para.end)
                role = role or r3
                country = country or c3
            if country is None and role and role.lower() in _GOV_ROLES and not _ENVOY_ROLE.search(role):
                # "In Berlin, … In Rome, Deputy Prime Minister X went further": the sentence's scene first
                # (not an envoy's: "the EU's Ambassador to India" speaks for the EU, not where it is posted)
                s_start = _sentence_start(text, para.start, s)
                own = _RX_LEAD_PLACE.match(text, s_start, s) if s_start > para.start else None
                # "… a conference in Paris, President Armand Vautrin told reporters": the place just before
                own = own or _PLACE_JUST_BEFORE.search(text, max(para.start, s - 60), s)
                country = gz.country_of_word(_lead_place(own)) if own else para_country
            if country is None:
                country = _described_before(text, run[0][1], para.start)
            if country is None:
                country = _introduced_country(text, s, e, para.start, para.end, role, counts)
            if (
                _WORKPLACE_BEFORE.search(text, max(para.start, s - 60), s)
                or _OUTLET_BEFORE.search(text, max(para.start, s - 30), s)
                or _TITLE_AFTER_VERB.search(text, max(para.start, s - 12), s)
                or _SET_OFF_PLACE_BEFORE.search(text, max(para.start, s - 40), s)
                or _POSSESSED_BODY_BEFORE.search(text, max(para.start, s - 30), s)
                # "the Quincy Institute for Responsible Statecraft": the end of a body's name
                or _BODY_FOR_BEFORE.search(text, max(para.start, s - 30), s)
            ):
                # "a professor … at Sciences Po": a school; "in the radio Cadena Norte": a medium, named by
                # its kind; "told The Weekend Line": a show; "X, 23, of Cedar Falls, said", "X, of the
                # pro-European Freedom Front,": a hometown or a body set off after a name; "at Germany's
                # Kessler Wehrtechnik": a state's company
                continue
            if (
                _NOUN_AFTER.match(text, e, para.end) or _BODY_NOUN_AFTER.match(text, e, para.end)
            ) and _THE_BEFORE.search(text, max(para.start, s - 30), s):
                # "the overall World Cup leader": a competition's name before its leader, no one's; "the Dún
                # Laoghaire branch": a place's name before the body there
                continue
            person_parts.append((s, e, [w for w, _, _ in core], role, country, pi))
    outlets: list[Mention] = []
    for s, e, name, country in outlet_parts:
        idx = reg.add(("org", gz.fold(name)), Actor(name, "organization", country, None, {name}))
        reg.actors[idx].country = reg.actors[idx].country or country
        outlets.append(Mention(s, e, idx, "organization", _in_quote(s, quotes), name))
    if outlets:
        mentions.extend(outlets)
        _newspaper_anaphors(text, mentions, quotes, outlets)
    # Register multi-word names; single words wait for pass 2.
    full: dict[str, int] = {}
    fuller = _fuller_names(person_parts)
    for s, e, words, role, country, _pi in person_parts:
        if len(words) < 2:
            continue
        name = " ".join(words)
        key = gz.fold(name)
        if key in fuller:
            # "Ruiz Soler does not close the door" (the headline) … "Álvaro Ruiz Soler": one person, known by
            # the fullest name the article gives
            long_name = fuller[key]
            idx = reg.add(("person", gz.fold(long_name)), Actor(long_name, "person", country, role, {name}))
            full[gz.fold(long_name)] = idx
            mentions.append(Mention(s, e, idx, "surname", _in_quote(s, quotes), name))
            continue
        # "Ruben de Vries … De Vries said": a surname with its particle, after the full name, is that person
        particle = words[0].istitle() and words[0].lower() in NAME_PARTICLES
        longer = next((i for k, i in full.items() if k.endswith(" " + key)), None) if particle else None
        if longer is not None:
            reg.actors[longer].aliases.add(name)
            mentions.append(Mention(s, e, longer, "surname", _in_quote(s, quotes), name))
            continue
        # "Probe" then "Anna Probe": same person when the longer name ends with a known one
        idx = reg.add(("person", key), Actor(name, "person", country, role, {name}))
        full[key] = idx
        mentions.append(Mention(s, e, idx, "name", _in_quote(s, quotes), name))
    surname_of: dict[str, list[int]] = {}
    for key, idx in full.items():
        surname_of.setdefault(key.split()[-1], []).append(idx)
    for s, e, words, role, country, _pi in person_parts:
        if len(words) != 1:
            continue
        key = gz.fold(words[0])
        signed = _signed_by_first_name(text, s, e, quotes)
        cands = surname_of.get(key) or ([] if signed else [i for k, i in full.items() if key in k.split()])
        if cands:
            idx = cands[0]
            a = reg.actors[idx]
            if a.country is None and country:
                a.country = country
            if a.role is None and role:
                a.role = role
            a.aliases.add(words[0])
        else:
            # a lone capitalised word counts as a person only next to a role or a speech verb, and not
            # as the outlet spoken to ("Speaking to public broadcaster Yle, Korhonen said")
            after = text[e : e + 40]
            if (
                # "Politically, the President is weak": an adverb opening a sentence, no one's name
                _ADVERB_WORD.fullmatch(words[0])
                or words[0] in _REGION_WORDS
                or not (
                    role
                    or signed
                    or _RX_THEN_SPEECH.match(after)
                    or _RX_THEN_DESCRIBED.match(text, e, e + 120)
                    # "His friend, who asks to be called only Mick, …"
                    or _CALLED_BEFORE.search(text, max(0, s - 30), s)
                    # "Mr. Kozak:", "Ms. Harrington rose": a courtesy title makes a lone surname a person's
                    # ("Mr. Speaker": an office addressed, no one's name; "Mr Daniel ASHWORTH": a first name
                    # before a surname in capitals)
                    or (
                        _COURTESY_BEFORE.search(text, max(0, s - 6), s)
                        and words[0].lower() not in _ADDRESSED
                        and not _CAP_AFTER.match(text, e)
                    )
                )
                or _OUTLET_BEFORE.search(text, max(0, s - 30), s)
                # "Polls suggest", "Critics say": a plural noun takes the verb without -s, a person not
                or (not role and _PLURAL_VERB_AFTER.match(after))
                # "Speaking in Gdańsk, he said": a place (but "From Mia, 9, Darwin", a letter's signature,
                # is a child's name and age)
                or (_AT_PLACE.search(text, max(0, s - 12), s) and not _AGE_AFTER.match(text, e))
                # "Hanna Rautio of the University of Tampere said": the place a body is named after
                or _BODY_OF_BEFORE.search(text, max(0, s - 30), s)
                or _SEE_OF_BEFORE.search(text, max(0, s - 40), s)
                # "Gen. X, the Chief of the Defence Staff, told": the last word of an office's name
                or _OFFICE_NAME_BEFORE.search(text, max(0, s - 60), s)
                # "Uwe Rademacher of IG Metall, said", "the Federal Office of Bundeswehr Equipment said": the
                # last word of a body's name, after an acronym or an institution's name
                or (
                    not role
                    and (before_word := _WORD_BEFORE.search(text, max(0, s - 30), s)) is not None
                    and (
                        _ACRONYM_WORD.fullmatch(before_word[1]) is not None
                        and before_word[1] not in gz.TITLES
                        or before_word[1] in gz.INSTITUTIONS
                    )
                )
            ):
                continue
            idx = reg.add(("person", key), Actor(words[0], "person", country, role, {words[0]}))
        mentions.append(Mention(s, e, idx, "surname", _in_quote(s, quotes), words[0]))
    # Institutions, organisations, states: all start with a capital, so only try there.
    for m in caps.matches(_INSTITUTION, _INSTITUTION_FIRST):
        after = text[m.end() : m.end() + 30]
        if _RX_INST_MOD.match(after):
            continue
        canon, code = gz.INSTITUTIONS[m["inst"]]
        idx = reg.add(("inst", canon), Actor(canon, "government", code, None, {m["inst"]}))
        mentions.append(
            Mention(m.start(), m.end(), idx, "institution", _in_quote(m.start(), quotes), m.group())
        )
    for m in caps.matches(_ORGANIZATION, _ORGANIZATION_FIRST):
        after = text[m.end() : m.end() + 30]
        modifier = _RX_ORG_MOD.match(after)
        if modifier and not re.match(r"\s*officials?\b", after):
            continue
        canon = gz.ORGANIZATIONS[m["org"]]
        idx = reg.add(("org", canon), Actor(canon, "organization", None, None, {m["org"]}))
        mentions.append(
            Mention(m.start(), m.end(), idx, "organization", _in_quote(m.start(), quotes), m.group())
        )
    for m in caps.matches(_POSS_GOV, _POSS_GOV_FIRST):
        code = gz.country_of_word(m["c"])
        if code:
            mentions.append(_gov_mention(reg, code, m, text, quotes))
    if "overnment in " in text:
        # "The government in Rome says …"
        for m in _GOV_IN_CAPITAL.finditer(text):
            code = gz.country_of_word(m["c"])
            if code:
                mentions.append(_gov_mention(reg, code, m, text, quotes))
    for m in caps.matches(_DEMONYM_GOV, _DEMONYM_GOV_FIRST, ignore_case=True):
        code = gz.demonym_country(m["dem"])
        if code:
            mentions.append(_gov_mention(reg, code, m, text, quotes))
    if "Embassy of " in text:
        for m in _EMBASSY_OF.finditer(text):
            code = gz.name_country(m["c"])
            if code:
                mentions.append(_gov_mention(reg, code, m, text, quotes))
    for m in caps.matches(_MINISTRY, _MINISTRY_FIRST):
        if any(
            a <= m.start() < b for a, b in [(x.start, x.end) for x in mentions if x.kind == "institution"]
        ):
            continue
        surface = m.group()
        code = gz.name_country(m["of"]) if m["of"] else None
        owner = _OFFICE_LEAD.search(text, max(0, m.start() - 40), m.start()) if code is None else None
        if owner:
            # "Turkey's Defence Ministry", "the Turkish Defence Ministry": whose ministry it is
            code = gz.demonym_country(owner["dem"]) if owner["dem"] else gz.name_country(owner["cn"])
        elif code is None and (seat := _lead_just_before(text, m.start())):
            # "In Ankara, the Ministry of National Defence said …": the ministry of the place's state
            # (and the ministry named again later is the same one)
            code = gz.country_of_word(seat)
        key = ("inst", gz.fold(surface) + (f" {code}" if owner and code else ""))
        idx = reg.add(key, Actor(surface, "government", code, None, {surface}))
        mentions.append(
            Mention(m.start(), m.end(), idx, "institution", _in_quote(m.start(), quotes), surface)
        )
    parties: list[int] = []
    for m in caps.matches(_PARTY, _CapitalInside()):
        word = m["acr"]
        if word in gz.ORGANIZATIONS or gz.country_of_word(word) or word in gz.INSTITUTIONS:
            continue
        after = _NEXT_CAPITALISED.match(text, m.end("org"))
        if after and f"{word} {after[1]}" in gz.PARTIES:
            continue  # "NZ First said": the first word of a party's name (found by name below)
        surface = m["org"]
        code = _party_country(word, counts) if word in gz.PARTIES else None
        idx = reg.add(("org", gz.fold(surface)), Actor(surface, "organization", code, None, {surface, word}))
        parties.append(idx)
        mentions.append(
            Mention(m.start("org"), m.end("org"), idx, "organization", _in_quote(m.start(), quotes), surface)
        )
    # parties by name as speakers: "Labour said", "The Bloc Quebecois said any deployment …"
    for m in caps.matches(_NAMED_PARTY, _NAMED_PARTY_FIRST):
        if any(x.start <= m.start("org") < x.end and x.kind == "organization" for x in mentions):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start("org") - 30), m.start("org"))
        if before and before[1] not in ("The", "the") and not gz.country_of_word(before[1]):
            continue  # "Kari Nyhus of the Socialist Left said": the end of a longer party name
        the_at = m.start("org") - 4
        if the_at >= 0 and text[the_at : m.start("org")].lower() == "the " and _EPITHET.match(text, the_at):
            continue  # "the Social Democrat said": one of its members, named before
        surface = m["org"]
        code = _party_country(surface, counts) if surface in gz.PARTIES else None
        _add_party(reg, mentions, parties, m, surface, code, quotes)
    # a campaign, think tank or civic body named in full as a speaker: "The Peace and Neutrality Alliance,
    # which campaigned against …, said"; it speaks for no state the text gives
    # (each noun starts with a capital, after no letter or digit: tried only where a capitalised word is
    # one of them, '@Alliance' too)
    for kw in caps.matches(_BODY_KEYWORD, _CIVIC_BODY_FIRST, handles=True):
        named = _NAME_WORDS_BEFORE.search(text, max(0, kw.start() - 80), kw.start())
        # (its name may go on after the noun: "The Czech Association of Veterans of Foreign Missions said")
        rest = _BODY_NAME_GOES_ON.match(text, kw.end())
        kw_end = rest.end() if rest and _BODY_SPEAKS.match(text, rest.end()) else kw.end()
        if named is None and rest is not None and kw_end > kw.end():
            named = _THE_BEFORE.search(text, max(0, kw.start() - 5), kw.start())
        if named is None or not _BODY_SPEAKS.match(text, kw_end):
            continue
        start, end = named.start("words"), kw_end
        inner_the = named["words"].rfind(" the ")
        if inner_the >= 0 and text[max(0, start - 4) : start].lower() != "the ":
            start += inner_the + 5  # "Yesterday the Peace Coalition said": the name starts after "the"
        # (but "The Stop the War Coalition said" is named in full)
        if any(x.start <= start < x.end and x.kind != "name" for x in mentions):
            continue
        if _AFFILIATION_BEFORE.search(text, max(0, start - 12), start):
            continue  # "Marta Gil of the Elcano Royal Institute said": where the speaker works
        surface = text[start:end]
        words = surface.split()
        # (a state's adjective opens a long name of its own: "the Czech Association of Veterans of …")
        code = gz.country_of_word(words[0]) if kw_end > kw.end() and len(words) > 1 else None
        if any(
            w in gz.INSTITUTIONS or w in gz.ORGANIZATIONS or gz.country_of_word(w)
            for w in words[bool(code) :]
        ):
            continue  # "the Security Council", "the Atlantic Council" of a state or alliance: named elsewhere
        idx = reg.add(("org", gz.fold(surface)), Actor(surface, "organization", code, None, {surface}))
        mentions[:] = [x for x in mentions if not (x.kind in ("name", "surname") and start <= x.start < end)]
        mentions.append(Mention(start, end, idx, "organization", _in_quote(start, quotes), surface))
    # any other party named in full as a party: "The Red Party went further, saying …"
    for m in _GENERIC_PARTY.finditer(text) if "Party" in text else ():
        if any(x.start <= m.start("org") < x.end and x.kind == "organization" for x in mentions):
            continue
        # ("the Centre Party": a name many states' parties have, the article's state's)
        code = _party_country(m["org"], counts) if m["org"] in gz.PARTIES else None
        _add_party(reg, mentions, parties, m, m["org"], code, quotes)
    described = (
        [
            *_DESCRIBED_PARTY.finditer(text),
            # (each tried only where a word every match holds is in the text: most articles have none)
            *(_PARTY_OF_ROLE.finditer(text) if any(w in lower for w in _PARTY_KIND_WORDS) else ()),
            *(_PARTY_BY_APPOSITION.finditer(text) if "part" in lower or "faction" in lower else ()),
        ]
        if "he " in text
        else ()
    )
    for m in described:
        if any(x.start <= m.start("org") < x.end and x.kind == "organization" for x in mentions):
            continue
        surface = m["org"]
        known = surface in gz.INSTITUTIONS or surface in gz.ORGANIZATIONS
        if known or gz.country_of_word(surface.split()[0]):
            continue  # "the ruling coalition in Rome", "the opposition Greens" (known): named elsewhere
        _add_party(reg, mentions, parties, m, surface, None, quotes)
    # an organisation's name with its acronym in brackets: "The Five Star Movement (M5S) said", and
    # the acronym alone names it after ("M5S leader X")
    # (a match starts at a capital after no letter, digit or "@": tried at capitalised words alone)
    for m in caps.matches(_NAME_WITH_ACRONYM) if "(" in text else ():
        surface, acr = m["org"], m["acr"]
        span = (m.start("org"), m.end("org"))
        if (
            surface.split()[-1] not in _ORG_WORDS | {"Movement", "Front", "League", "Coalition"}
            or gz.country_of_word(surface.split()[0].rstrip("’'s"))
            or surface in gz.INSTITUTIONS
            or any(x.start <= span[0] < x.end and x.kind != "name" for x in mentions)
        ):
            continue  # "Thomas Kessler (CDU)": a person and his party; "Russia's … Service (SVR)": a body
        idx = reg.add(("org", gz.fold(surface)), Actor(surface, "organization", None, None, {surface, acr}))
        parties.append(idx)
        mentions[:] = [
            x for x in mentions if not (x.kind in ("name", "surname") and span[0] <= x.start < span[1])
        ]
        mentions.append(Mention(*span, idx, "organization", _in_quote(span[0], quotes), surface))
        for a in re.finditer(r"(?<![\w(])" + re.escape(acr) + r"\b(?!\))", text):
            if not any(x.start <= a.start() < x.end for x in mentions):
                inq = _in_quote(a.start(), quotes)
                mentions.append(Mention(a.start(), a.end(), idx, "organization", inq, acr))
    offices: dict[int, str] = {}
    # offices and officials are only looked for where their words are written
    for m in (
        _OFFICE.finditer(text)
        if "s office" in lower or "presidential " in lower or "office of the " in lower
        else ()
    ):
        role = "President" if m["pal"] else _norm_role(m["role"] or m["of"])
        lead = _OFFICE_LEAD.search(text, max(0, m.start() - 40), m.start())
        code = None
        if lead:
            code = gz.demonym_country(lead["dem"]) if lead["dem"] else gz.name_country(lead["cn"])
        holders = [
            a.country for a in reg.actors if a.type == "person" and (a.role or "").lower() == role.lower()
        ]
        if code is None:
            # "In Kyiv, the presidential office declined to comment": the capital the paragraph is set in
            scene = _RX_LEAD_PLACE.match(text, text.rfind("\n", 0, m.start()) + 1, m.start())
            code = gz.country_of_word(_lead_place(scene)) if scene else None
        # "• Slovakia — The Prime Minister's office said", "Italy will not send soldiers, the prime
        # minister's office said": the state its section or sentence gives, as for an official (no one
        # is resolved yet, so only the readers of the words themselves can answer)
        code = code or _state_around(text, [], [], [m.start()])
        code = code or (holders[0] if len(set(holders)) == 1 else None)
        start = lead.start() if lead else m.start()
        idx = reg.add(
            ("office", role, code or ""),
            Actor(f"Office of the {role}", "government", code, None, {m.group()}),
        )
        offices[idx] = role
        mentions.append(
            Mention(start, m.end(), idx, "institution", _in_quote(start, quotes), text[start : m.end()])
        )
    # "Tusk's office later said": the office of the leader the article has named
    for m in _NAME_OFFICE.finditer(text) if "s office" in text or "office of " in text else ():
        surname = m["name"] or m["last"]
        person = next(
            (a for a in reg.actors if a.type == "person" and a.name.split()[-1] == surname and a.role), None
        )
        role = _norm_role(person.role) if person is not None else ""
        if person is None or role.lower() not in _LEADER_ROLES:
            continue
        idx = reg.add(
            ("office", role, person.country or ""),
            Actor(f"Office of the {role}", "government", person.country, None, {m.group()}),
        )
        offices[idx] = role
        mentions.append(
            Mention(m.start(), m.end(), idx, "institution", _in_quote(m.start(), quotes), m.group())
        )
    # (the words in either case: looked for in the lower-cased text)
    for m in matches_at(_OFFICIALS_IN, text, occurrences(lower, _OFFICIALS_WORDS)):
        for part in re.finditer(r"[^,]+?(?=\s*,|\s+and\s+|$)", m["list"]):
            c = re.sub(r"^\s*(?:and\s+)?", "", part.group()).strip()
            code = gz.country_of_word(c) if c else None
            if code:
                idx = _government_actor(reg, code, c, text)
                at = m.start("list") + part.start() + part.group().find(c)
                # the first state's mention starts at "Officials", so that it is the subject
                start = m.start() if not part.start() else at
                mentions.append(Mention(start, at + len(c), idx, "country", _in_quote(m.start(), quotes), c))
    name_ends = {mm.end for mm in mentions if mm.kind in ("name", "surname")}
    before_groups = list(mentions)
    for g in find_groups(text, lower):
        inside = [mm for mm in before_groups if mm.start < g.end and g.start < mm.end]
        place = next((mm for mm in inside if mm.start == g.place_at and mm.kind == "institution"), None)
        if inside and not (place and len(inside) == 1):
            continue  # "NATO officials": the alliance speaks; "Officials in Riga": the state
        if place is not None:
            # "Sources at Palazzo Chigi said": the sources speak, for the institution's state
            g = replace(g, country=g.country or reg.actors[place.actor].country)
        if g.institution:
            # "Kremlin sources said", "a White House official said": the institution speaks through them
            canon, code = gz.INSTITUTIONS[g.institution]
            idx = reg.add(("inst", canon), Actor(canon, "government", code, None, {g.institution, g.name}))
            mentions.append(Mention(g.start, g.end, idx, "institution", _in_quote(g.start, quotes), g.name))
            continue
        # (the group's words start at its last comma: "Polish, Czech and Hungarian officials")
        paired = (
            _PAIRED_STATES.search(text, max(0, g.start - 60), g.end)
            if not g.singular and " and " in text[max(0, g.start - 60) : g.end]
            else None
        )
        if paired and paired.start("dems") <= g.start + 4 and paired.end() == g.end:
            # "the Dutch and Danish ministers confirmed …": each state's government, as "officials in
            # Warsaw and Budapest" are
            for dem in _DEMONYM_WORD.finditer(text, paired.start("dems"), paired.end("dems")):
                code = gz.demonym_country(dem.group())
                if code:
                    idx = _government_actor(reg, code, dem.group(), text)
                    first, last = dem.start() == paired.start("dems"), dem.end() == paired.end("dems")
                    start = min(g.start, paired.start()) if first else dem.start()
                    end = g.end if last else dem.end()
                    in_quote = _in_quote(start, quotes)
                    mentions.append(Mention(start, end, idx, "country", in_quote, dem.group()))
            continue
        if g.singular and g.country and _STATE_VOICE.search(g.name) and not _NOT_STATE_VOICE.search(g.name):
            # "an Estonian official familiar with the discussions said": one unnamed official speaks for
            # the state's government
            idx = _government_actor(reg, g.country, g.name, text)
            mentions.append(Mention(g.start, g.end, idx, "institution", _in_quote(g.start, quotes), g.name))
            continue
        near = [e for e in name_ends if g.start - 80 <= e < g.start]
        # "Bo Madeup, a former diplomat," and "X, the party's spokeswoman and a former diplomat,"
        apposition = any(_APPOSED_GROUP.fullmatch(text, e, g.start) for e in near)
        if g.singular and apposition:
            continue  # "Bo Madeup, a former diplomat, arrived": a description of the person named
        group = Actor(g.name, "group", g.country, None, {g.name}, one_person=g.singular)
        idx = reg.add(("group", gz.fold(g.name)), group)
        mentions.append(Mention(g.start, g.end, idx, "group", _in_quote(g.start, quotes), g.name))
    taken = _Spans((mm.start, mm.end) for mm in mentions)
    for m in caps.matches(_COUNTRY, _COUNTRY_FIRST):
        if taken.covers(m.start()):
            continue
        after = text[m.end() : m.end() + 25]
        if m["poss"] or _RX_COUNTRY_MOD.match(after):
            continue
        if _POSTED_TO.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Ukraine's ambassador to Norway": where the ambassador serves does not speak
        code = gz.country_of_word(m["c"])
        if code:
            idx = _government_actor(reg, code, m["c"], text)
            mentions.append(Mention(m.start(), m.end(), idx, "country", _in_quote(m.start(), quotes), m["c"]))
    _owned_bodies(text, reg, mentions, quotes)
    if any(acronym in text for acronym in gz.OFFICE_ACRONYMS):
        _office_acronyms(text, reg, mentions, quotes)
    taken = _Spans((mm.start, mm.end) for mm in mentions)
    role_matches = _role_only_matches(text, lower)
    for m in role_matches.values():
        if taken.covers(m.start("role")) or taken.starts_within(m.start("role"), m.end()):
            continue
        after = text[m.end() : m.end() + 40]
        if _POSSESSIVE_S.match(after):
            continue  # "the Italian Prime Minister's office": the office speaks
        # a role followed by a name is part of that name's mention
        if _TWO_NAME_WORDS.match(after):
            continue
        if _RX_OF_NON_COUNTRY.match(after) and m["role"].lower() in (
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "official",
        ):
            continue
        mentions.append(Mention(m.start(), m.end(), None, "role", _in_quote(m.start(), quotes), m.group()))
    if "he ministry" in text or "he embassy" in text or "he court" in text:
        _body_anaphors(text, reg, mentions, quotes, taken)
    for m in matches_at(_PRONOUN, text, [st.start() for st in _PRONOUN_START.finditer(text)]):
        # "according to him": the object form stands for the subject it refers to
        word = (
            m["p"]
            or {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}[
                (m["obj"] or m["obj2"]).lower()
            ]
        )
        mentions.append(Mention(m.start(), m.end(), None, "pronoun", _in_quote(m.start(), quotes), word))
    # "In a note, it said that …", "It also warned …": a body's "it", before its speech verb only
    for m in _IT_SAID.finditer(text, 1):
        at = m.start() - 1  # (the "I" of "it", checked here: a regex that starts with a literal runs fast)
        if text[at] in "Ii" and (at == 0 or not text[at - 1].isalnum()):
            mentions.append(Mention(at, at + 2, None, "pronoun", _in_quote(at, quotes), "it"))
    if any(word in text for word in _EPITHET_WORDS):
        for m in _EPITHET.finditer(text):
            if any(
                x.start <= m.start("what") < x.end and x.kind not in ("name", "surname") for x in mentions
            ):
                continue
            # "the 54-year-old said", "the Social Democrat said": the person last named, as "he" is (and
            # no person called "Social")
            mentions[:] = [x for x in mentions if not (m.start() <= x.start < m.end())]
            mentions.append(
                Mention(m.start(), m.end(), None, "pronoun", _in_quote(m.start(), quotes), m.group())
            )
    mentions.sort(key=lambda x: (x.start, -x.end))
    home = _home_country(counts, _dateline_state(text))
    _resolve_roles(text, reg, mentions, role_matches, home)
    _roles_named_later(text, reg, mentions, role_matches)
    _roles_of_the_named(text, reg, mentions, role_matches)
    _genders(text, reg.actors, mentions)
    for a in reg.actors:
        if a.type == "government" and a.country is None:
            a.country = home
        elif a.type == "group" and a.country is None and a.name.split()[0].lower() in _HOME_GROUP_WORDS:
            a.country = home  # "government circles", "coalition sources": the story's government's
    for idx in parties:
        reg.actors[idx].country = reg.actors[idx].country or home
    places: dict[int, list[int]] = {}
    for mn in mentions:
        if mn.actor is not None and not mn.in_quote:
            places.setdefault(mn.actor, []).append(mn.start)
    for i, a in enumerate(reg.actors):
        role = (a.role or "").lower()
        # "deputy chairman of the defence committee": whose, the text says
        official = _SECOND_OFFICE.sub("", role) in _OFFICE_ROLES
        placed = not role or _state_role(role) or official or role in gz.CLERGY_ROLES
        if a.type != "person" or a.country is not None or not placed:
            continue
        at = places.get(i, [0])
        if not role and any(_SCHOLARLY_AFFILIATION.match(text, x.end) for x in mentions if x.actor == i):
            continue  # "Daniel Hartley of the Quincy Institute": an analyst speaks for no state
        a.country = _state_around(text, mentions, reg.actors, at) or (
            None
            # "BRUSSELS – The European Commission on Tuesday declined …. Chief spokesperson X said": a
            # story an international body opens speaks through its spokespeople, whatever its home state
            if role in _VOICE_ROLES
            and _lead_opens_on_body(text, mentions, reg.actors)
            # an envoy the text gives no state is most often another state's than the story's (not a
            # "former ambassador to NATO" who now holds another office)
            or (_ENVOY_ROLE.search(role) and not _former_envoy(text, mentions, i))
            else home
            if not official
            or _STATE_BODY_BEFORE.search(text, max(0, at[0] - 90), at[0])
            # a party's office before the name: a politician of the story's state
            or _PARTYS_OFFICE_BEFORE.search(text, max(0, at[0] - 40), at[0])
            else None
        )
    for idx, role in offices.items():
        a = reg.actors[idx]
        if a.country is None:
            # "the office of President X": the state of the office's holder, once the holder has one
            holders = {
                p.country for p in reg.actors if p.type == "person" and _norm_role(p.role or "") == role
            }
            a.country = holders.pop() if len(holders) == 1 else None
        if a.country:
            a.name = gz.office_name(f"Office of the {role}", a.country)
    for a in reg.actors:
        if a.type == "person" and a.country and a.name in gz.STATE_HEAD_TITLES:
            # "The President of the Republic, visiting a school in Porto, …": unnamed, the holder of the
            # state's office, "President of Portugal"
            a.aliases.add(a.name)
            a.name = gz.office_name(a.name, a.country)
    if _demonym_anaphors(text, reg.actors, mentions, quotes):
        mentions.sort(key=lambda x: (x.start, -x.end))
    _bare_governments(text, reg, mentions, quotes, home)
    return reg.actors, mentions


_LEAD_SUBJECT_GAP = re.compile(r"\s*(?:[Tt]he\s+)?")


def _lead_opens_on_body(text: str, mentions: list[Mention], actors: list[Actor]) -> bool:
    """Whether the story's first sentence after its headline (and dateline) opens on an organisation of
    no state: "BRUSSELS – The European Commission on Tuesday declined …", "NATO said on Monday …"."""
    headline_end = _headline_end(text)
    first = next((mn for mn in mentions if not mn.in_quote and mn.start >= headline_end), None)
    if first is None or first.actor is None:
        return False
    body = actors[first.actor]
    if body.type != "organization" or body.country is not None:
        return False
    para_start = text.rfind("\n", 0, first.start) + 1
    dateline = DATELINE_PREFIX.match(text, para_start, first.start)
    return (
        _LEAD_SUBJECT_GAP.fullmatch(text, dateline.end() if dateline else para_start, first.start) is not None
    )


def _state_around(text: str, mentions: list[Mention], actors: list[Actor], at: list[int]) -> str | None:
    """The state the words around an actor's mentions at `at` give it, for an official or an office
    whose own words name none: its section's label, its paragraph's opening, an institution named just
    before, its sentence, or the one whose office it holds."""
    return (
        next((c for c in (_section_label_state(text, p) for p in at) if c), None)
        or next((c for c in (_paragraph_opening_state(text, p) for p in at) if c), None)
        or next((c for c in (_institution_nearby(text, mentions, actors, p) for p in at) if c), None)
        or next((c for c in (_state_in_sentence(text, p) for p in at) if c), None)
        or next((c for c in (_owner_state(text, mentions, actors, p) for p in at) if c), None)
    )


# "the Frenchman said", "the Briton added", "the German insisted": the person of that state named last
# ("the German" is an adjective as often as a noun: it counts only right before its speech verb, as all
# of these do)
_NATIONAL_NOUNS = {"Frenchman": "FR", "Frenchwoman": "FR", "Englishman": "GB", "Englishwoman": "GB",
                   "Briton": "GB", "Scot": "GB", "Welshman": "GB", "Dutchman": "NL", "Dutchwoman": "NL",
                   "Pole": "PL", "Spaniard": "ES", "Swede": "SE", "Dane": "DK", "Finn": "FI", "Turk": "TR",
                   "Irishman": "IE", "Icelander": "IS"}  # fmt: skip
# demonyms that are nouns too (their state from the gazetteer)
_DEMONYM_NOUNS = ("German", "Italian", "American", "Russian", "Ukrainian", "Canadian", "Norwegian", "Belgian",
                  "Hungarian", "Romanian", "Lithuanian", "Latvian", "Estonian", "Austrian", "Bulgarian",
                  "Slovak", "Czech", "Greek", "Portuguese")  # fmt: skip
# the letter first and the check before it as a lookbehind ("\b[Tt]he", written so the regex engine can
# skip ahead to t's fast)
_NATIONAL_ANAPHOR = re.compile(
    r"[Tt](?<!\w.)he (?P<d>"
    + "|".join([*_NATIONAL_NOUNS, *_DEMONYM_NOUNS])
    + r")(?=,? (?:also |then )?(?:"
    + SPEECH_LOWER
    + r")\b)"
)


def _demonym_anaphors(text: str, actors: list[Actor], mentions: list[Mention], quotes: list[Quote]) -> bool:
    """Adds the mentions; says whether it added any."""
    if "he " not in text:
        return False
    added = False
    taken = [(x.start, x.end) for x in mentions if x.kind not in ("name", "surname")]
    for m in _NATIONAL_ANAPHOR.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        code = _NATIONAL_NOUNS.get(m["d"]) or gz.country_of_word(m["d"])
        earlier = [
            x.actor for x in mentions if x.start < m.start() and x.actor is not None and not x.in_quote
        ]  # noqa: E501
        person = next(
            (i for i in reversed(earlier) if actors[i].type == "person" and actors[i].country == code), None
        )
        if code and person is not None:
            at = _in_quote(m.start(), quotes)
            # the capitalised noun is no name of its own
            mentions[:] = [
                x for x in mentions if not (x.kind in ("name", "surname") and m.start() <= x.start < m.end())
            ]
            mentions.append(Mention(m.start(), m.end(), person, "role", at, m.group()))
            added = True
    return added


_FEMALE = re.compile(
    r"\b(?:Ms|Mrs|Miss|Madam|Dame|Lady|spokeswoman|chairwoman|congresswoman|businesswoman)\b", re.I
)
_MALE = re.compile(r"\b(?:Mr|Sir|Lord|spokesman|chairman|congressman|businessman)\b", re.I)


_GENDER_BEFORE_END = re.compile(r"[.;:!?\"“”]")
_GENDER_AFTER_END = re.compile(r"[.;!?\"“”„«»]")
_SAID_SHE = re.compile(
    r"\s*(?:,[^,]{0,60},\s*)?(?:\w+\s+)?(?:said|says|added|insisted|stressed)\s+(?:that\s+)?(she|he)\b"
)


# the field a role names after it: "the Minister[ for Foreign Affairs]", "the Minister[ of the Armed
# Forces]", "the Minister[ of Defence of the Grand Duchy of Luxembourg]"
ROLE_FIELD = r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|of|the))*"
_ROLE_FIELD_AFTER = re.compile(ROLE_FIELD)
# a role, its optional field, and a comma or a space before the name it introduces
_ROLE_THEN_NAME = re.compile(
    r"(?:" + ROLE_FIELD + r")?(?:,\s*|\s+)"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+))"
)


_POSTED_TO = re.compile(r"\b" + _ENVOY_WORDS + r"\s+(?:to|in)\s+$")
# (the letter first and the check before it as a lookbehind, so the regex engine can skip ahead to t's fast)
_BARE_GOVERNMENT = re.compile(
    r"(?:[Tt](?<!\w.)he|(?<!\w)[Aa](?= government spokes)) (?:federal )?(?:government|cabinet)"
    r"(?: (?:spokesman|spokeswoman|spokesperson))?\b(?!['’]s| of\b)"
)
_GOVERNMENT_SPEAKS = re.compile(
    r"\s+(?:has |have |had |also |again |already |on \w+ |later |\w+ly )*(?:said|says|announced|stated|"
    r"confirmed|declared|insisted|warned|added|told|denied|rejected|ruled out|writes|wrote|argues|argued|"
    r"refused|declined|offered|pledged|promised|signall?ed|agreed|decided|approved|opposed)\b"
)
_SENTENCE_START = re.compile(r"[.!?][\"”’»]?\s+(?=[A-Z\"“‘«])|\n")


def _bare_governments(
    text: str, reg: _Registry, mentions: list[Mention], quotes: list[Quote], home: str | None
) -> None:
    """'…, the government said': the government of the state the sentence opened with, or of the
    article's home state."""
    if "overnment" not in text and "abinet" not in text:
        return
    added = False
    lowered = text.lower()
    # each match is "the" or "a" right before " government" or " cabinet": tried only there
    starts = sorted(
        # ("The federal government spokesperson said": the home state's, in a federal state's news)
        at - k
        for at in occurrences(text, (" government", " cabinet", " federal government"))
        for k in (3, 1)
        if at >= k
    )
    for m in matches_at(_BARE_GOVERNMENT, text, starts):
        overlapping = [x for x in mentions if m.start() <= x.start < m.end() or x.start <= m.start() < x.end]
        if any(x.kind != "role" or x.actor is not None for x in overlapping):
            continue
        mentions[:] = [x for x in mentions if x not in overlapping]  # "the government spokesman": its voice
        if not _GOVERNMENT_SPEAKS.match(lowered, m.end(), m.end() + 40):
            continue  # only as the subject of what it said: "the government said on Thursday"
        starts = [x.end() for x in _SENTENCE_START.finditer(text, max(0, m.start() - 400), m.start())]
        s0 = starts[-1] if starts else max(0, m.start() - 400)
        opening = next(
            (x for x in mentions if s0 <= x.start < m.start() and not x.in_quote and x.actor is not None),
            None,
        )
        code = None
        if (
            opening is not None
            and opening.kind == "country"
            and reg.actors[opening.actor].type == "government"
        ):
            code = reg.actors[opening.actor].country
        code = code or home
        if code is None:
            continue
        idx = _government_actor(reg, code, m.group(), text)
        mentions.append(
            Mention(m.start(), m.end(), idx, "institution", _in_quote(m.start(), quotes), m.group())
        )
        added = True
    if added:
        mentions.sort(key=lambda x: (x.start, -x.end))


_STATE_VOICE = re.compile(r"\b(?:official|source|spokes(?:man|woman|person))\b", re.IGNORECASE)
_NOT_STATE_VOICE = re.compile(r"\b(?:former|opposition|party|military|army|defen[cs]e)\b", re.IGNORECASE)
_APPOSED_GROUP = re.compile(r"\s*,\s*(?:[^,.;:\"“”]{0,60}?\s+and\s+)?")
_BODY_OF_BEFORE = re.compile(
    r"\b(?:University|Institute|College|School|Academy|Centre|Center|Bank|Port|City|Republic|Museum|Library|"
    r"Court|Council|Chamber|Office|Ministry|Department|Mayor|Governor) of (?:the )?$"
)
# a competition's name between "the" and its leader: "the overall World Cup leader" names no one
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?$")
_NOUN_AFTER = re.compile(
    r"\s+(?:leader|winner|champion|title holder|holder|medallist|medalist|runner-up|record holder)\s*[,.;]"
)
_BODY_NOUN_AFTER = re.compile(r"\s+(?:branch|chapter|club|section|constituency|parish|diocese|cooperative)\b")
# a see or a house after a one-word name with its title: "Archbishop Ilarion of Tomis told …", "Patriarch
# Bartholomew of Constantinople": the place is no one's name
_SEE_OF_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted(_CLERGY_TITLES | {"Pope", "Prince", "Princess", "Duke", "Duchess", "King", "Queen"}))
    + r") [A-Z][\w-]+ of $"
)
_BODY_FOR_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(CIVIC_BODY_NOUNS)
    + r"|Centre|Center|Council|Fund|Agency|Committee|Commission|Endowment|Union|Office|School) (?:for|on|of) "
    r"(?:the )?$"
    # "the Labour MP for Lewisham Deptford South": a constituency
    r"|\b(?:MP|MPs|TD|MEP|MSP|member|Member|senator|Senator|deputy|representative) for (?:the )?$"
)
_SCHOLARLY_AFFILIATION = re.compile(
    # ("X, a professor of constitutional law at the University of Coimbra": a scholar described first)
    r"(?:,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:professor|lecturer|researcher|scholar|historian|"
    r"political scientist)\b[^.;,]{0,50}?)?"
    r",?\s+(?:of|at|from) (?:the )?(?:[A-Z][\w'’.-]*\s+){0,5}?(?:Institute|Centre|Center|University|"
    r"Foundation|Endowment|Forum|School|College|Academy|Council on|Council for)\b"
)
_KIN = (
    r"husband|son|father|brother|boyfriend|grandson|grandfather|nephew|uncle|wife|daughter|mother|sister|"
    r"girlfriend|granddaughter|grandmother|niece|aunt|widow"
)
# ("Her name was Halyna, and she was 78.")
_CALLED_BEFORE = re.compile(
    r"\b(?:called|named|known as|goes by|[Nn]ame (?:was|is)|gave (?:his|her) (?:first )?name)\s+"
    r"(?:only\s+|just\s+|simply\s+)?(?:as\s+)?$|"
    # a relative by a first name: "Guțu’s wife, Maria, listening from the porch"
    r"['’]s\s+(?:" + _KIN + r"|neighbou?r|friend),\s+$"
)
_MALE_RELATIVES = {
    "husband",
    "son",
    "father",
    "brother",
    "boyfriend",
    "grandson",
    "grandfather",
    "nephew",
    "uncle",
}
_RELATIVE_BEFORE = re.compile(r"\b(?P<rel>" + _KIN + r")\s*,\s*(?:an?\s+|the\s+)?$", re.IGNORECASE)


def _genders(text: str, actors: list[Actor], mentions: list[Mention]) -> None:
    """What the text shows of a person's gender: an honorific or gendered role next to the name,
    or a 'she'/'he' (or her/his) in the same clause right after the name."""
    for mn in mentions:
        if mn.actor is None or mn.in_quote or actors[mn.actor].gender:
            continue
        a = actors[mn.actor]
        if a.type != "person" and not a.one_person:
            continue  # (an unnamed one, "a sergeant", has a gender too)
        before = _GENDER_BEFORE_END.split(text[max(0, mn.start - 40) : mn.start])[-1]
        relative = _RELATIVE_BEFORE.search(text, max(0, mn.start - 30), mn.start)
        if relative:
            # "Her husband, a sergeant in a Yorkshire battalion": the relation says it
            a.gender = "m" if relative["rel"].lower() in _MALE_RELATIVES else "f"
        elif _FEMALE.search(before + " " + (a.role or "")):
            a.gender = "f"
        elif _MALE.search(before + " " + (a.role or "")):
            a.gender = "m"
        else:
            after = _GENDER_AFTER_END.split(text[mn.end : mn.end + 70])[0]
            m = _SAID_SHE.match(after)
            if m:
                a.gender = "f" if m[1] == "she" else "m"


def _institution_nearby(text: str, mentions: list[Mention], actors: list[Actor], pos: int) -> str | None:
    """A state-role person with no stated country speaks for the institution named just before
    in the paragraph ("Russia's foreign ministry weighed in. ... spokeswoman X said")."""
    para_start = text.rfind("\n", 0, pos) + 1
    lo = max(para_start, pos - 250)
    for mn in reversed(mentions[: bisect.bisect_left(mentions, pos, key=_START)]):
        if mn.start < lo:
            break
        if mn.in_quote:
            continue
        if mn.actor is not None and mn.kind == "institution" and actors[mn.actor].country:
            if has_speech_cue(text, mn.end, pos) and _sentence_start(text, mn.end, pos) == mn.end:
                # "The Russian embassy said …, a warning the Minister of Defence called …": the body's own
                # words, answered by someone else's official
                return None
            return actors[mn.actor].country
    return None


_OWNED_ROLE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,5}?[\w-]+,?\s*$")


def _owner_state(text: str, mentions: list[Mention], actors: list[Actor], pos: int) -> str | None:
    """The state of the one whose office the person holds: "Viktor Orban's chief of staff, Gergely
    Gulyas" speaks for Orban's state, "the Kremlin's spokesman X" for Russia."""
    i = bisect.bisect_left(mentions, pos, key=_START) - 1
    while i >= 0 and mentions[i].end > pos:
        i -= 1
    if i < 0 or mentions[i].actor is None or pos - mentions[i].end > 60:
        return None
    owner = actors[mentions[i].actor]
    if owner.country and _OWNED_ROLE.fullmatch(text, mentions[i].end, pos):
        return owner.country
    return None


def _named_just_before(mentions: list[Mention], pos: int, reach: int) -> int | None:
    """The actor of the last name (full or surname) that ends within `reach` characters before `pos`."""
    for mn in reversed(mentions[: bisect.bisect_left(mentions, pos, key=_START)]):
        if mn.end < pos - reach:
            return None
        if mn.kind in ("name", "surname") and mn.actor is not None and mn.end <= pos:
            return mn.actor
    return None


_QUOTE_MARK = re.compile(r"[\"“”„«»]")


def _inside_quotation(text: str, m: re.Match, pos: int) -> bool:
    """Whether a sentence's opening `m` is a later sentence of a quotation that closes before `pos`: "“The
    Europeans have stepped up. Britain, France, the Nordics are ready …,” X said" (a mark closes that no
    mark opened since; a quotation that starts on the state, "“Moldova will not …,” Rusu told", is not)."""
    return len(_QUOTE_MARK.findall(text, m.end(), pos)) % 2 == 1 and not _QUOTE_MARK.search(m.group())


def _state_in_sentence(text: str, pos: int) -> str | None:
    """Else the state the person speaks about as its voice ("X said Britain was ready") or speaks
    from ("said by video link from London")."""
    m = _STATE_AFTER_CUE.match(text, pos)
    if m:
        code = gz.country_of_word(m["c"] or m["c2"])
        if code and code != "UA":
            return code
    # "Asked whether Britain would contribute, the prime minister replied"
    aside = _ASIDE_AFTER_NAME.match(text, pos)  # "Chancellor X, asked about a German contribution, said"
    m = _ASKED_ABOUT_STATE.search(text, max(0, pos - 120), pos) or (
        _ASKED_ABOUT_STATE.match(text, aside.end()) if aside else None
    )
    if m and not re.search(r"[.!?]\s", text[m.end() : pos]):
        code = gz.country_of_word(m["c"] or m["d"])
        if code and code != "UA":
            return code
    # "Russia will regard …, Deputy Foreign Minister X told reporters": the state whose position
    # the sentence opens with, spoken by the person named after it
    m = _STATE_OPENS_CLAUSE.match(text, _sentence_start(text, max(0, pos - 400), pos), pos)
    if m and "," in text[m.end() : pos] and not _inside_quotation(text, m, pos):
        code = gz.country_of_word(m["c"])
        if code and code != "UA":
            return code
    return None


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding `pos` starts, looking back no further than `lo`."""
    # (the dateline branch of _SENTENCE_STARTS matches at the text's start only: after it, the marks alone
    # are looked for, which the regex engine skips ahead to)
    start = lo
    for x in (_SENTENCE_STARTS if lo == 0 else _SENTENCE_MARK_STARTS).finditer(text, lo, pos):
        start = x.end()
    return start


_SENTENCE_STARTS = re.compile(
    r"[.!?][\"”’»“]?\s+(?=[A-Z\"“‘«„‚])|\n|^[A-Z][A-Z .,/]+\d*\.\s*(?:/[^/\n]+/\.?\s*)?"
)
# _SENTENCE_STARTS without its "^" branch, the mark first
_SENTENCE_MARK_STARTS = re.compile(r"[.!?\n](?:(?<=\n)|[\"”’»“]?\s+(?=[A-Z\"“‘«„‚]))")
# (after the story's dateline, if the sentence opens the story)
_STATE_OPENS_CLAUSE = re.compile(
    r"\s*(?:"
    + DATELINE_PREFIX.pattern
    + r")?[\"“„«]?(?:[Tt]he\s+)?(?P<c>"
    + gz.COUNTRY_NAME_RE
    + r")(?:\s+(?:will|would|is|was|has|had|does|did|cannot|can|could|should|must|plans|wants|intends|"
    r"regards|considers|sees)\b|"
    # "“Hungary's position fits on a postcard,” Defence Minister X said"
    r"['’]s\s+(?:position|stance|view|line|answer|policy|decision|message|contribution)\s+[a-z]+)"
)


# (a demonym only before the sending: "a German contribution" is the speaker's; "the French proposal" is not)
_OWN_PART = (
    r"(?:contribution|participation|role|troops|soldiers|forces|involvement|deployment|presence|contingent|"
    r"part)\b"
)
_ASKED_ABOUT_STATE = re.compile(
    r"\b[Aa]sked (?:whether|if|about|how|when|why) (?:the |a |an )?(?:(?P<c>" + gz.COUNTRY_NAME_RE + r")\b"
    # (not a third state's doing: "Asked whether North Korea's dispatch of troops to Russia had changed
    # Seoul's calculation")
    r"(?!['’]s\s+(?!(?:own\s+)?" + _OWN_PART + r"))|"
    r"(?P<d>" + gz.DEMONYM_RE + r")\s+" + _OWN_PART + r")"
)


_ASIDE_AFTER_NAME = re.compile(r"[\w .'’-]{2,60}?,\s*(?=[Aa]sked\b)")
_NO_STATE_ROLES = gz.ANALYST_ROLES
_STATE_AFTER_CUE = re.compile(
    r"[^.;:!?\"“”„«»]{0,60}?\b(?:said|says|told [\w ]{1,30}?|added|stressed|insisted|argued|announced|warned)"
    r"(?:\s+(?:on|in|to) [\w ]{1,30}?(?= that\b))?(?:\s+(?:that|on \w+))?\s+(?:(?:the\s+)?(?P<c>"
    + gz.COUNTRY_NAME_RE
    + "|"
    + gz.CAPITAL_RE
    # (not a word before a noun: "said the Paris meeting had changed nothing")
    + r")\b(?!['’]s)(?!\s+(?:meeting|talks|summit|conference|format|declaration|process|plan|proposal|"
    r"initiative|coalition|group|agreement|agreements|accords?|communiqu\w+|statement|gathering)\b)"
    r"|[^.]{0,30}\bfrom\s+"
    r"(?P<c2>" + gz.CAPITAL_RE + r")\b)"
)


_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])(?!The\b)[A-Z][\w'’-]* $")


def _country_counts(text: str, quotes: list[Quote], caps: _Capitals) -> dict[str, int]:
    """How often the writer (not the quoted speakers) names each state: its name, demonym, capital,
    institutions and parties (all capitalised: only tried where a capitalised word starts)."""
    counts: dict[str, int] = {}
    for m in caps.matches(_ANY_STATE_WORD, _STATE_WORD_FIRST, handles=True):
        if _in_quote(m.start(), quotes):
            continue
        word = m.group()
        code = gz.country_of_word(word) or (gz.INSTITUTIONS[word][1] if word in gz.INSTITUTIONS else None)
        weight = 1
        if (
            code is None
            and word in gz.PARTIES
            and len(gz.PARTIES[word]) == 1
            and word not in _FAMILY_NAMES
            # (not the end of a longer name: "the Challenger Pro League", "the Swiss Confederation")
            and not _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ):
            # a party is named in its own state's political news, seldom in another's: it counts twice
            code, weight = gz.PARTIES[word][0], 2
        if code:
            counts[code] = counts.get(code, 0) + weight
    code = _dateline_state(text)
    if code:
        counts[code] = counts.get(code, 0) + 3
    return counts


_SECTION_LABEL = re.compile(
    r"(?:[-•*–—]\s*)?(?P<label>[A-Z][A-Z .'’-]{2,30}?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*(?::|\s[–—-])\s"
)


# a briefing's bullet that opens on a capital: "• Berlin hedges. Chancellor X was noncommittal.", or a
# newsletter's item in bold: "**Paris.** Armed Forces Minister X said …"
_BULLET_LEAD = re.compile(r"(?:[•▪◦]\s*|\*\*)(?P<label>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def _section_label_state(text: str, pos: int) -> str | None:
    """A roundup's section label ("POLAND: Out. … Defence Minister X said"): the state of the paragraph."""
    para_start = text.rfind("\n", 0, pos) + 1
    if pos < _headline_end(text):
        return None  # a headline's topic ("Ukraine: Ferraris, sending soldiers not on the agenda")
    m = _SECTION_LABEL.match(text, para_start, pos) or _BULLET_LEAD.match(text, para_start, pos)
    if m is None:
        # a live blog's entry heading on its own line: "Berlin: from next door, not inside"
        before = text[:para_start].rstrip()
        heading_start = before.rfind("\n") + 1
        # a factbox's section in capitals over its bullets: "POLAND / * Poland has ruled out … / * …"
        for _ in range(6):
            if not ITEM_START.match(before, heading_start) or heading_start == 0:
                break
            before = before[:heading_start].rstrip()
            heading_start = before.rfind("\n") + 1
        heading = before[heading_start:]
        if (
            heading_start >= _headline_end(text)
            and heading
            and heading[-1] not in '.!?"”'
            and len(heading.split()) <= 10
        ):
            m = _SECTION_LABEL.match(heading)
            if m is None and heading.isupper() and len(heading.split()) <= 3:
                return gz.country_of_word(heading.title())
    return gz.country_of_word(m["label"].strip().title()) if m else None


_OPENING_STATE = re.compile(
    r"(?:The\s+)?(?P<c>" + gz.COUNTRY_NAME_RE + r")(?:['’]s)?(?:\s|,)(?!\s*(?:and|or)\b)|"
    # "In Madrid, …", "Speaking in Madrid, …", "Back in Rome, …": the scene the paragraph is set in
    r"(?:(?:Speaking|Back|Meanwhile|Later|Separately),?\s+)?(?:in|In|from|From)\s+(?P<p>"
    + gz.CAPITAL_RE
    + "|"  # noqa: E501
    + gz.COUNTRY_NAME_RE
    + r")\s*,"
)


_CAPITAL_ACTS = re.compile(
    r"(?P<k>" + gz.CAPITAL_RE + r")\s+(?:hit back|struck back|responded|replied|reacted|answered|retorted|"
    r"countered|fired back|pushed back|insisted|warned|rejected|dismissed|"
    # "Kyiv has been asking for exactly that.", "Kyiv sees it the other way round:"
    r"(?:has|had) been (?:asking|pressing|pushing|calling|lobbying|arguing|insisting|urging)|"
    r"sees it|saw it|wants|wanted|asks|asked)\b|"
    # "Rome's coalition offered two voices. Foreign Minister X …": the capital's own people
    r"(?P<k2>" + gz.CAPITAL_RE + r")['’]s\s+(?:coalition|government|answer|response|reply|reaction|position|"
    r"line|"
    r"view|leaders?|ministers?|officials?|diplomats|camp)\b"
)


def _paragraph_opening_state(text: str, pos: int) -> str | None:
    """A paragraph that opens on a state ("Japan ruled out …. '…,' Chief Cabinet Secretary X said"):
    the state its officials in that paragraph speak for."""
    para_start = text.rfind("\n", 0, pos) + 1
    # "In Berlin, … said. In Rome, Deputy Prime Minister X went further": the sentence's own scene first
    s_start = _sentence_start(text, para_start, pos)
    m = _OPENING_STATE.match(text, s_start, pos) if s_start > para_start else None
    if m and _inside_quotation(text, m, pos):
        m = None
    if m and has_speech_cue(text, m.end(), pos):
        # "Slovakia's Prime Minister, Marek Hudec, said last week that …, a statement Lakatos quoted": that
        # state's own speaker, not the scene of the person named after
        return None
    m = m or _OPENING_STATE.match(text, para_start, pos)
    code = gz.country_of_word(m["c"] or m["p"]) if m else None
    if code is None:
        # "Kyiv hit back within hours. “…,” foreign ministry spokesman X said": a capital acting as its
        # government opens the paragraph (Kyiv and Moscow too: here they are a side speaking, not a topic)
        acting = _CAPITAL_ACTS.match(text, para_start, pos)
        return gz.country_of_word(acting["k"] or acting["k2"]) if acting else None
    return code if code not in ("UA", "RU") or code is None else None


@lru_cache(maxsize=4)  # asked twice per article (its home state, its counts)
def _dateline_state(text: str) -> str | None:
    """The state of a dateline ("WARSAW (Reuters) -", "Vilnius, March 12 —", or a byline's "By X in
    Odesa"): where the story was written."""
    last_end = 0
    for start in _line_starts(text, 3000):  # a dateline starts a line: only tried there
        m = _DATELINE.match(text, start, 3000) if start >= last_end else None
        m = m or _BYLINE_PLACE.match(text, start, 3000)
        if m:
            last_end = m.end()
            if m["place"].title() == "Brussels":
                return None  # the seat of the EU and NATO: a Brussels story is rarely Belgium's
            code = gz.dateline_country(m["place"])
            if code:
                return code
    return None


def _line_starts(text: str, end: int):
    start = 0
    while start < end:
        yield start
        newline = text.find("\n", start, end)
        if newline < 0:
            return
        start = newline + 1


_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)(?:,[^\n(—–-]{0,30})?\s*(?:\([^)\n]{1,30}\))?\s*[—–-]+\s",
    re.MULTILINE,
)


_BYLINE_PLACE = re.compile(
    r"By [A-Z][^\n,]{2,50}? in (?P<place>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)[ \t]*$", re.MULTILINE
)


_FORMER_ENVOY_AFTER = re.compile(r",\s+(?:a|the|and)\s+(?:former|ex-)\s*(?:ambassador|envoy)", re.IGNORECASE)


def _former_envoy(text: str, mentions: list[Mention], idx: int) -> bool:
    """Whether a person named is described as a former envoy: "X, a former ambassador to NATO,"."""
    return any(mn.actor == idx and _FORMER_ENVOY_AFTER.match(text, mn.end) for mn in mentions)


def _home_country(counts: dict[str, int], dateline: str | None = None) -> str | None:
    """The country an article is mostly about. Ukraine and Russia, the war's parties, are named in
    every article: they count only where no other state is named much. The most-named state is home
    when it dominates, or when the dateline is in it too."""
    # (a story datelined in Moscow or Kyiv is that side's: its state counts from the start)
    for exclude in (tuple(c for c in ("UA", "RU") if c != dateline), ()):
        ranked = sorted(((c, n) for c, n in counts.items() if c not in exclude), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < (2 if len(ranked) == 1 else 3):
            continue  # a short article that names one state twice and no other is about that state
        if ranked[0][0] == dateline and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return dateline
        if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        return ranked[0][0]
    return None


_ANY_STATE_WORD = re.compile(
    r"(?<![\w])(?:"
    + gz.COUNTRY_NAME_RE
    + "|"
    + gz.DEMONYM_RE
    + "|"
    + gz.CAPITAL_RE
    + "|"
    + gz.INSTITUTION_RE
    + "|"
    + gz.PARTY_RE
    + r")(?![\w])(?!\s+(?:Minister|President))"
)
_PARTY_WORD = re.compile(r"(?<![\w])(?:" + gz.PARTY_RE + r")(?![\w])")
# the person's own party right after the name: "X of the European Solidarity party", "X (Greens)"
_OF_PARTY_AFTER = re.compile(
    r"\s*(?:,\s*(?:of|from)\s+|\s+(?:of|from)\s+|\s*\()(?:the\s+)?(?P<p>" + gz.PARTY_RE + r")(?![\w])"
)
_POSS_STATE = re.compile(r"(?<![\w])(?P<c>" + gz.COUNTRY_NAME_RE + r"|" + gz.INSTITUTION_RE + r")['’]s\b")
_NATIONALITY = re.compile(
    r"\s*,\s*(?:who\s+is\s+)?(?:a|an|the)\s+(?:\d{1,3}-year-old\s+)?(?:former\s+|retired\s+)?(?:(?:senior\s+)?(?:adviser|advisor|aide|"
    r"spokesman|spokeswoman|spokesperson|envoy)\s+to\s+the\s+|(?:commander|chief|head|veteran)\s+of\s+(?:the\s+)?)?"
    # ("a Ukrainian-Australian accountant": the second is the state they live in)
    r"(?:(?:"
    + gz.DEMONYM_RE
    + r")-)?(?:(?P<d>"
    + gz.DEMONYM_RE
    + r")|(?P<n>"
    + "|".join(_NATIONAL_NOUNS)
    + r"))(?![\w])"
)  # "X, a former British army officer", "X, an adviser to the Ukrainian president", "X, a former commander
# of U.S. Army Europe", "X, the German head of sales at Rheinmetall", "X, a 17-year-old Serbian delegate",
# or a national noun: "X, a Scot who has spent two years clearing mines"
# "De Bruin, who is Dutch, has argued": the nationality told in a relative clause
_WHO_IS_DEMONYM = re.compile(r"\s*,\s*who\s+(?:is|was)\s+(?P<d>" + gz.DEMONYM_RE + r")\s*[,.;]")
# the place a person comes from, in apposition: "X, a 24-year-old master's student in public international law
# from Kharkiv, took the floor"
_FROM_PLACE = re.compile(
    # ("X, from Kharkiv, who plays …": or bare)
    r"\s*,\s*(?:(?:a|an)\s+[^,;.()]{0,80}?\b)?from\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s*[,.;]"
    # … or told with a verb: "X, who came from the Kharkiv region in 2022", "X, came to Brussels from Kharkiv
    # in 2022 and opened …", "X, who fled Mariupol"
    r"|\s*,\s*(?:who\s+)?(?:(?:first|originally|had|has)\s+)?(?:came|fled|moved|arrived|escaped|left)\s+"
    r"(?:(?:to|here|in)\b[^,;.()\"“”]{0,40}?\s+from\s+|from\s+|(?<=fled\s)|(?<=left\s))(?:the\s+)?"
    r"(?P<came>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:\s+region)?\b"
)
# … before the name: "a law student from Lviv called Taras", "a grandmother from Kherson named Olha"
_FROM_PLACE_BEFORE = re.compile(
    r"\b(?:a|an)\s+[^,;.()]{0,60}?\bfrom\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:called|named)\s+$"
)
# the nationality in apposition before the name: "A Ukrainian navy officer, Captain Dmytro Sas, met me",
# "where a Ukrainian deminer, Serhii Marchenko, walks the lanes"
_NATIONALITY_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n|(?<![\w-])(?=an?\s))(?:A|An|a|an)\s+(?:\d{1,3}-year-old\s+)?(?:former\s+|retired\s+)?(?P<d>"
    + gz.DEMONYM_RE
    + r")\s+[a-z][a-z -]{2,40},\s+(?:[A-Z][a-z]+\.?\s+){0,2}$"
)
# "General X, who commanded the Royal Netherlands Army in the early 2000s": the state whose forces the
# person led or served in
# a state's forces by name: "the Royal Netherlands Army", "the Romanian Naval Forces", "the Ukrainian Navy"
_FORCE_NAME = (
    r"(?:[A-Z][\w-]+\s+){1,3}(?:Army|Navy|Naval\s+Forces|Air\s+Force|Armed\s+Forces|Land\s+Forces|"
    r"Defen[cs]e\s+Forces|Marines|Marine\s+Corps|Coast\s+Guard|National\s+Guard)"
)
_WHO_COMMANDED = re.compile(
    r"\s*,\s*who\s+(?:\w+\s+){0,2}?(?:commanded|led|headed|served\s+(?:in|with))\s+(?:the\s+)?"
    r"(?P<force>" + _FORCE_NAME + r"|[A-Z][\w-]+\s+(?:army|navy|air\s+force|armed\s+forces))\b"
)

# "Rear Admiral X of the Romanian Naval Forces", "Captain Y, of the Ukrainian Navy,": the state whose forces
# the person serves in
_OF_FORCE_AFTER = re.compile(r"\s*,?\s+of\s+the\s+(?P<force>" + _FORCE_NAME + r")\b")


# a US legislator's party and state: "Sen. John Doe (R-Texas)", "Rep. Jane Roe, D-Calif.,"
_US_PARTY_STATE = re.compile(r"\s*(?:\(|,\s*)(?:R|D|I)[-–][A-Z][A-Za-z.]+(?:\s[A-Z][a-z.]+)?(?:\)|,)")


# party names that many states' parties bear in English, though the gazetteer knows them as one state's:
# "Conservative (Høyre) defence spokesperson X" in a story from Oslo is Norway's
_FAMILY_NAMES = frozenset(
    {"Labour", "Labour Party", "Conservative", "Conservatives", "Conservative Party", "Democratic Party"}
)


def _party_country(word: str, counts: dict[str, int]) -> str:
    """A party's state; a name several states' parties share goes to the one the article names most."""
    states = gz.PARTIES[word]
    best = max(states, key=lambda c: (counts.get(c, 0), -states.index(c)))
    # a family's name ("Conservative", "Social Democrats", which every state's parties may bear)
    family = word in _FAMILY_NAMES or len(states) > 5
    # (Ukraine and Russia, named in every story, are no story's state here)
    others = {c: n for c, n in counts.items() if c not in ("UA", "RU")}
    if family and others:
        top = max(others, key=lambda c: others[c])
        if top not in states and counts[top] >= 3 * max(counts.get(best, 0), 1):
            return top  # the story is another state's, whose party of that family this is
    return best


_SENTENCE_MARK = re.compile(r"[.;:!?\"“”„«»]")


# "Belgium, whose defence minister, Pieter Van den Broeck, was in Luxembourg"
_WHOSE_OFFICE_BEFORE = re.compile(
    r"(?<![\w])(?P<c>" + gz.COUNTRY_NAME_RE + r"),\s+whose\s+(?:[\w-]+\s+){0,3}[\w-]+,?\s+$"
)


def _introduced_country(
    text: str, s: int, e: int, lo: int, hi: int, role: str | None, counts: dict[str, int]
) -> str | None:
    """The state a person speaks in, from how the article introduces them when it gives no demonym
    for the role: a party ("For Reform UK, X", "X of the European Solidarity party", "X, the Liberal
    Democrat spokesperson"), a state or
    institution that owns the role ("Russia's Foreign Intelligence Service Director X", "the State
    Duma's defence committee"), or a nationality in apposition ("X, a former British army officer")."""
    handle = _HANDLE_AFTER.match(text, e, hi)
    e = handle.end() if handle else e  # "Clemens Adelung (@c_adelung), CDU leader"
    m = _NATIONALITY.match(text, e, hi)
    if m:
        return gz.demonym_country(m["d"]) if m["d"] else _NATIONAL_NOUNS[m["n"]]
    m = _WHO_IS_DEMONYM.match(text, e, hi)
    if m:
        return gz.demonym_country(m["d"])
    before = text[max(lo, s - 80) : s]
    m = _NATIONALITY_BEFORE.search(before)
    if m:
        return gz.demonym_country(m["d"])
    m = _FROM_PLACE.match(text, e, hi) or _FROM_PLACE_BEFORE.search(before)
    if m and (code := gz.dateline_country(m["place"] or m.groupdict().get("came") or "")):
        return code
    m = _WHO_COMMANDED.match(text, e, hi) or _OF_FORCE_AFTER.match(text, e, hi)
    if m and (code := _country_in(m["force"])):
        return code
    if _US_PARTY_STATE.match(text, e, hi):
        return "US"
    own_party = _OF_PARTY_AFTER.match(text, e, hi)
    if own_party:
        return _party_country(own_party["p"], counts)
    before = _SENTENCE_MARK.split(text[max(lo, s - 90) : s])[-1]
    whose = _WHOSE_OFFICE_BEFORE.search(before)
    if whose:
        return gz.country_of_word(whose["c"])  # "Belgium, whose defence minister, X, …"
    if role and role.lower() in _NO_STATE_ROLES:
        # "the CDU foreign policy expert X": a party's expert is its politician
        party = list(_PARTY_WORD.finditer(before))
        return _party_country(party[-1].group(), counts) if party else None
    after = _APPOSITIVE.match(text, e, hi)
    for window in (before, after["app"] if after else ""):
        party = list(_PARTY_WORD.finditer(window))
        if party:
            return _party_country(party[-1].group(), counts)
        poss = list(_POSS_STATE.finditer(window))
        if poss:
            word = poss[-1]["c"]
            return gz.name_country(word) or gz.INSTITUTIONS[word][1]
    return None


_WORD_START = re.compile(r"\b\w")
# offices only one state has, by their own titles
# (and by the titles and spelling of one state's press: "the Defence Secretary told the Commons" is Britain's,
# "the Defense Secretary" America's; another state's is named with its state)
_OWN_STATE_TITLES = {
    "taoiseach": "IE",
    "tánaiste": "IE",
    "tanaiste": "IE",
    "defence secretary": "GB",
    "foreign secretary": "GB",
    "defense secretary": "US",
}
# the state an office is of, named after it: "The Prime Minister of Estonia", "the President of the United
# States" (not "the Prime Minister of Estonia's neighbour")
_ROLE_OF_COUNTRY = re.compile(_OF_COUNTRY.pattern + r"(?!['’])")
# what a role phrase can start with (_ROLE_ONLY ignores case: lower-cased): a determiner or a state's,
# institution's or organisation's name
_ROLE_ONLY_FIRST = _first_words(
    ["the", "his", "her", "their", "its", "a", "an"],
    _NAMES,
    gz.COUNTRY_BY_CAPITAL,
    gz.INSTITUTIONS,
    gz.COUNTRY_BY_DEMONYM,
    gz.ORGANIZATIONS,
    ignore_case=True,
)
# on lower-cased text: roles are lower case. "(?<!\w)", not "\b", before a role's first letter: the same
# test, and the regex engine runs it faster
_ROLE_WORD = re.compile(r"(?<!\w)(?:" + gz.ROLE_RE + r")\b")


_LONGEST_ROLE = max(len(role) for role in gz.ROLES)
_WORD_END = re.compile(r"\w\b")
_NAME_AFTER = re.compile(r"\s+[A-Z][^\W\d_]+")


def _role_can_stand_alone(text: str, at: int) -> bool:
    """Whether a role covering position `at` can end where no capitalised word follows, as a role
    phrase must ("the minister", not "Minister Jane Doe"): it ends at a word end at most the longest
    role's length after `at`."""
    for end in _WORD_END.finditer(text, at):
        if end.end() > at + _LONGEST_ROLE:
            return False
        if not _NAME_AFTER.match(text, end.end()):
            return True
    return False


# "every Russian general", "any French minister": a role said of anyone who holds it refers to no one
_QUANTIFIER_BEFORE = re.compile(
    r"\b(?:every|any|no|each|another|other|some|all|many|few|several|most|such)\s+$"
)


_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]*) $")


_PLURAL_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|now\s+|still\s+)?(?:say|suggest|warn|argue|believe|claim|insist|fear|expect|point out|"
    r"note|think|worry|show|estimate|predict|contend|caution|agree|disagree|see|want)\b"
)


def _office_acronyms(text: str, reg: _Registry, mentions: list[Mention], quotes: list[Quote]) -> None:
    """An office by its acronym ("POTUS said", "SecDef told the pool"): its holder, in place of any
    organisation or name the acronym was taken for."""
    for m in gz.OFFICE_ACRONYM_RE.finditer(text):
        name, role_name, code, role = gz.OFFICE_ACRONYMS[m.group()]
        # (keyed as the role phrase is, so that "the US President" later is the same person)
        idx = reg.add(("role", gz.fold(role_name)), Actor(name, "person", code, role, {role_name, m.group()}))
        mentions[:] = [x for x in mentions if not (m.start() <= x.start < m.end())]
        mentions.append(Mention(m.start(), m.end(), idx, "name", _in_quote(m.start(), quotes), m.group()))


def _role_only_matches(text: str, lower: str) -> dict[int, re.Match]:
    """Role phrases ("the French president"), by where they start: find the role word (in the
    lower-cased text), then try the few starts before it."""
    out: dict[int, re.Match] = {}
    last_end = -1
    for hit in _ROLE_WORD.finditer(lower):
        if hit.start() < last_end or not _role_can_stand_alone(text, hit.start()):
            continue
        starts = [w.start() for w in _WORD_START.finditer(text, max(0, hit.start() - 60), hit.start() + 1)]
        for k in starts[-6:]:
            first = _LETTERS.match(lower, k)
            if first is None or first.group() not in _ROLE_ONLY_FIRST:
                continue
            m = _ROLE_ONLY.match(text, k)
            if m and m.start("role") <= hit.start() < m.end("role"):
                if _QUANTIFIER_BEFORE.search(lower, max(0, k - 9), k):
                    break  # "every Russian general knows …": anyone who holds the role, not one person
                if _SERVES_THE_ROLE.search(m["mod"]):
                    break  # "an aide to the President": the aide holds no presidency
                out[m.start()] = m
                last_end = m.end()
                break
    return out


_LEADING_THE = re.compile(r"^[Tt]he\s+")


# "the ministry set out the offer": the ministry named last before it
_BODY_ANAPHOR = re.compile(
    r"\b[Tt]he (?P<word>ministry|embassy|court)\b(?!['’]s| of\b| for\b| in\b| to\b| spokes)"
)


def _body_anaphors(text: str, reg: _Registry, mentions: list[Mention], quotes: list[Quote], taken) -> None:
    """ "The ministry", "the embassy", "the court" after a ministry, embassy or court was named: that body."""
    bodies = sorted(
        (x for x in mentions if x.kind == "institution" and x.actor is not None), key=lambda x: x.start
    )
    for m in _BODY_ANAPHOR.finditer(text):
        if taken.covers(m.start()):
            continue
        word = m["word"]
        named = [
            x
            for x in bodies
            if x.end <= m.start() and word in (reg.actors[x.actor].name + " " + x.text).lower()
        ]
        if named:
            mentions.append(
                Mention(
                    m.start(),
                    m.end(),
                    named[-1].actor,
                    "institution",
                    _in_quote(m.start(), quotes),
                    m.group(),
                )
            )


# two or more states' ministers or officials as one subject: "the British and French defence ministers"
_PAIRED_STATES = re.compile(
    r"(?:[Tt]he\s+)?(?P<dems>(?:" + gz.DEMONYM_RE + r")(?:\s*,\s*(?:" + gz.DEMONYM_RE + r"))*"
    r"\s*,?\s+and\s+(?:" + gz.DEMONYM_RE + r"))"
    r"\s+(?:[\w-]+\s+){0,2}?(?:ministers|leaders|governments|officials|diplomats)\b"
)
_DEMONYM_WORD = re.compile(r"(?<![\w-])(?:" + gz.DEMONYM_RE + r")(?![\w-])")


# "Its foreign ministry said …" after a state was named: that state's body
_ITS_BODY = re.compile(r"\b[Ii]ts\s+(?P<what>" + _STATE_BODY + r")\b")


def _owned_bodies(text: str, reg: _Registry, mentions: list[Mention], quotes: list[Quote]) -> None:
    """ "Russia has not softened its line. Its foreign ministry said …": the body of the state named
    last before "its" in the paragraph, when no other actor was named after that state."""
    for m in _ITS_BODY.finditer(text):
        para_start = text.rfind("\n", 0, m.start()) + 1
        before = [x for x in mentions if para_start <= x.start and x.end <= m.start() and not x.in_quote]
        if not before or m.start() - max(x.end for x in before) > 250:
            continue
        last = max(before, key=_START)
        owner = reg.actors[last.actor] if last.actor is not None else None
        if owner is None or owner.type != "government" or last.kind != "country" or not owner.country:
            continue  # "the party and its leadership": not a state's
        head, sep, place = m["what"].partition(" in ")  # "its embassy in Paris": the place keeps its capital
        surface = f"{last.text}'s {head.lower()}{sep}{place}"
        idx = reg.add(
            ("inst", gz.fold(surface)), Actor(surface, "government", owner.country, None, {surface})
        )
        mentions.append(
            Mention(m.start(), m.end(), idx, "institution", _in_quote(m.start(), quotes), m.group())
        )


def _gov_mention(reg: _Registry, code: str, m: re.Match, text: str, quotes: list[Quote]) -> Mention:
    what = m["what"].lower()
    surface = _LEADING_THE.sub("", m.group())
    if what in ("government", "cabinet", "leadership", "official", "officials"):
        idx = _government_actor(reg, code, surface, text)
    else:
        canon = surface[0].upper() + surface[1:]
        idx = reg.add(("inst", gz.fold(canon)), Actor(canon, "government", code, None, {surface}))
    return Mention(m.start(), m.end(), idx, "institution", _in_quote(m.start(), quotes), m.group())


def _body_just_named(text: str, reg: _Registry, mentions: list[Mention], pos: int) -> int | None:
    """The institution or organisation named last before `pos` in its paragraph, if any."""
    para_start = text.rfind("\n", 0, pos) + 1
    for x in reversed(mentions):
        if x.start >= pos or x.actor is None or x.in_quote:
            continue
        if x.start < para_start:
            return None
        if x.kind in ("institution", "organization"):
            return x.actor
    return None


def _roles_named_later(
    text: str, reg: _Registry, mentions: list[Mention], role_matches: dict[int, re.Match]
) -> None:
    """'The defence secretary has said …. Speaking to the BBC, John Ashworth said': a lead's role
    with no holder yet is the first person named without a role in the next lines."""
    headline_end = _headline_end(text)
    for i, mn in enumerate(mentions):
        if (
            mn.kind != "role"
            or mn.in_quote
            or mn.start < headline_end  # "EU chief and Danish premier at odds": whose, the lead says
            or (mn.actor is not None and reg.actors[mn.actor].type != "person")
        ):
            continue
        if mn.actor is not None and not reg.actors[mn.actor].name.endswith(
            _norm_role(role_matches[mn.start]["role"])
        ):
            continue  # already a named holder's ("Estonia Prime Minister" is no name: a role of a state)
        rm = role_matches[mn.start]
        if (rm["det"] or "").lower() in ("a", "an"):
            continue  # "A Downing Street spokesman declined …": someone unnamed, not the next one named
        this_role = _norm_role(rm["role"]).lower()
        # whose role it is, where the phrase says: "Britain's defence secretary" is not Kremlin's spokesman
        role_state = _country_in((rm["det"] or "") + " " + (rm["mod"] or ""))
        later = next(
            (
                x.actor
                for j, x in enumerate(mentions[i + 1 :], i + 1)
                if x.start < mn.end + 400
                # not the holder of another role just before the name: "The new Minister of Defence, SF's
                # Anders Lund"
                and not (
                    j - 1 > i
                    and mentions[j - 1].kind == "role"
                    and _GAP_ROLE_TO_HOLDER.fullmatch(text, mentions[j - 1].end, x.start)
                )
                # not the object of the role's own sentence: "BRITAIN'S Prime Minister last night declared
                # … any peace deal with Vladimir Putin" names the other side, not the holder
                and not (
                    _OBJECT_BEFORE.search(text, max(0, x.start - 12), x.start)
                    and _sentence_start(text, mn.end, x.start) == mn.end
                )
                and x.kind == "name"
                and not x.in_quote
                and x.actor is not None
                and reg.actors[x.actor].type == "person"
                # "Teresa Moura, a professor of constitutional law": someone else, introduced by what she is
                # ("Václav Dušek-Brabec, who plays the father, …": or by what she does)
                and not _INTRODUCED_AS.match(text, x.end)
                # "His wife, Oksana Nowak": someone's kin, introduced as such
                and not _KIN_BEFORE.search(text, max(0, x.start - 40), x.start)
                # no role yet, or this very role ("Canada's prime minister said … Prime Minister Marc
                # Tremblay told reporters")
                and (not reg.actors[x.actor].role or reg.actors[x.actor].role.lower() == this_role)
                and reg.actors[x.actor].country in (None, role_state or reg.actors[x.actor].country)
            ),
            None,
        )
        if later is not None:
            person = reg.actors[later]
            person.role = _norm_role(role_matches[mn.start]["role"])
            placeholder = mn.actor
            if placeholder is not None:
                person.country = person.country or reg.actors[placeholder].country
                # the role's later mentions too ("… the PM said"): the holder, now that they are named
                for other in mentions[i + 1 :]:
                    if other.actor == placeholder:
                        other.actor = later
            mn.actor = later


# between a role and its holder's name: ", ", " ", ", SF's "
_GAP_ROLE_TO_HOLDER = re.compile(r",?\s+(?:[A-Z][\w-]*['’]s\s+)?")
_INTRODUCED_AS = re.compile(
    # (or by a trade at a place: "Regula Amstutz, glaciologist at ETH Zurich", "senior researcher at the …")
    r",\s+(?:(?:(?:is|was)\s+)?(?:a|an)\s+[a-z]|(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?<!ing)(?<!ed)\s+(?:at|of)\s+(?:the\s+)?[A-Z])"
    # (or by what they do: "Václav Dušek-Brabec, who plays the father")
    r"|,\s+who\s+(?!is\b|was\b|has\b|had\b|took\b|became\b)[a-z]+s\b"
)
_KIN_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur) (?:[\w-]+ )?(?:wife|husband|son|daughter|mother|father|"
    r"brother|sister|partner|grandfather|grandmother|grandson|granddaughter|uncle|aunt|cousin|nephew|niece|"
    r"fiancée?),?\s*$"
)
_SPEAKS_AFTER = re.compile(r"\s+(?:then\s+|also\s+|later\s+)?(?:" + SPEECH_LOWER + r")\b")


def _roles_of_the_named(
    text: str, reg: _Registry, mentions: list[Mention], role_matches: dict[int, re.Match]
) -> None:
    """'Italy's Guido Ferrante was just as firm. “…,” the defence minister told reporters': a role that
    speaks, right after a person named without one in its paragraph, is that person's (not another
    defence minister's named before)."""
    for i, mn in enumerate(mentions):
        if mn.kind != "role" or mn.in_quote or not _SPEAKS_AFTER.match(text, mn.end):
            continue
        if not mn.text.lower().startswith("the "):
            continue  # "Canada's prime minister said": a description of its own, not a role looking back
        if mn.actor is not None and reg.actors[mn.actor].type != "person":
            continue
        para_start = text.rfind("\n", 0, mn.start) + 1
        before = next(
            (
                x
                for x in (mentions[j] for j in range(i - 1, -1, -1))
                if not x.in_quote and x.actor is not None and reg.actors[x.actor].type == "person"
            ),
            None,
        )
        if before is None or before.start < para_start or before.actor == mn.actor:
            continue
        if text.startswith("(", before.start - 1):
            continue  # "(Fresh Wire)": an outlet in a dateline
        person = reg.actors[before.actor]
        if person.role is None and before.kind in ("name", "surname"):
            person.role = _norm_role(role_matches[mn.start]["role"])
            mn.actor = before.actor


# "in nearby Pembroke, said", "Speaking at the Cotroceni Palace, he said": a place, not a person
_AT_PLACE = re.compile(
    r"\b(?:in|at|from|near|outside|inside)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|central|northern|southern|"
    r"eastern|western|downtown)\s+)?$",
    re.IGNORECASE,
)
# what a newspaper is called by its kind ("paper" also stands in "newspaper": the cheap test for a kind)
_NEWSPAPER_KINDS = ("daily", "paper", "weekly", "tabloid", "broadsheet")
_NEWSPAPER_KIND = r"(?:daily|newspaper|paper|weekly|tabloid|broadsheet)"
# a newspaper named by its kind, with the words that place it: "The Helsinki daily ", "the Turin paper ",
# "In the Czech weekly "
_NEWSPAPER_BEFORE = re.compile(r"(?P<kind>(?:\b[Tt]he\s+)?(?:[\w-]+\s+){0,3}?" + _NEWSPAPER_KIND + r")\s+$")
_NEWSPAPER_AFTER = re.compile(r",\s+(?P<kind>an?\s+(?:[\w-]+\s+){0,3}?" + _NEWSPAPER_KIND + r")\s*,")
# a newspaper spoken to or printed in, not speaking
_OUTLET_SPOKEN_TO = re.compile(
    r"\b(?:told|tells|telling|to|with|in|from|by|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    + _NEWSPAPER_KIND
    + r"\s+$"
)
# the lower-case words that end a newspaper's name, before a mark: "Vilniaus žinios,"
_LOWER_NAME_TAIL = re.compile(r"(?P<words>(?:\s+[^\W\d_A-Z][\w-]*){1,2})(?=,)")
# "the paper writes": the newspaper named last before ("the broadsheet writes" is rare enough to leave out)
_NEWSPAPER_ANAPHOR = re.compile(r"\b[Tt]he (?:paper|daily|newspaper|weekly|tabloid)\b(?!['’]s)")


def _country_in_words(words: str) -> str | None:
    """The state a newspaper's description places it in: a demonym, a state or a capital ("the Turin
    paper" names no state; "The Helsinki daily" Finland)."""
    for w in _PHRASE_WORD.findall(words):
        code = gz.country_of_word(_POSSESSIVE_END.sub("", w))
        if code:
            return code
    return None


def _newspaper_anaphors(
    text: str, mentions: list[Mention], quotes: list[Quote], outlets: list[Mention]
) -> None:
    """ "…," the paper writes: the newspaper named last before, within a few paragraphs."""
    outlets = sorted((x for x in outlets if not x.in_quote), key=_START)
    for m in _NEWSPAPER_ANAPHOR.finditer(text):
        named = [x for x in outlets if m.start() - 1500 <= x.end <= m.start()]
        if named and not _in_quote(m.start(), quotes):
            mentions.append(Mention(m.start(), m.end(), named[-1].actor, "organization", False, m.group()))


_OUTLET_BEFORE = re.compile(
    r"\b(?:broadcaster|newspaper|daily|weekly|radio|television|TV|channel|station|agency|magazine|outlet|"
    r"website|tabloid)\s+$"
)
_HOME_GROUP_WORDS = {"government", "coalition", "cabinet", "ministry", "administration"}
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’»]?\s*$")


def _headline_end(text: str) -> int:
    """Where the article's first line ends when it is a headline (no sentence ending), else 0."""
    first_line = text.find("\n")
    return first_line if first_line > 0 and not _ENDS_SENTENCE.search(text, 0, first_line) else 0


_LEADER_ROLES = {"president", "prime minister", "chancellor", "premier", "king", "queen"}
_OTHER_OFFICE = {"shadow", "former", "deputy", "vice", "acting", "ex"}
_VOICE_ROLES = {"spokesman", "spokeswoman", "spokesperson", "official", "press secretary"}


_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|his|her)\s+", re.IGNORECASE)


_COPULA_BEFORE = re.compile(
    r"\b(?:is|was|has been|had been|became|becomes|remains|remained|served as|serves as)\s+"
    r"(?:now\s+|also\s+|still\s+|already\s+)?$"
)


def _copular_subject(text: str, mentions: list[Mention], reg: _Registry, mn: Mention) -> int | None:
    """The person a role is said of ("X has been Sweden's defence minister", "The 47-year-old is the
    party's leader"): the sentence's subject, a name, or an epithet for the person named last before."""
    if not _COPULA_BEFORE.search(text, max(0, mn.start - 30), mn.start):
        return None
    start = _sentence_start(text, max(0, mn.start - 300), mn.start)
    in_sentence = [x for x in mentions if start <= x.start < mn.start and not x.in_quote]
    if not in_sentence:
        return None
    first = in_sentence[0]
    if first.start > start + 4 or len(in_sentence) > 1:
        return None  # the subject opens the sentence, and no one else is named before the role
    if first.kind in ("name", "surname") and first.actor is not None:
        return first.actor if reg.actors[first.actor].type == "person" else None
    if first.kind == "pronoun" and first.text.lower() not in ("they", "it"):
        named = [
            x.actor
            for x in mentions
            if x.start < start
            and x.kind in ("name", "surname")
            and not x.in_quote
            and x.actor is not None
            and reg.actors[x.actor].type == "person"
        ]
        return named[-1] if named else None
    return None


# offices whose last word is another office's name, held by someone else: "Prime Minister" is no "Minister"
_OFFICES_OF_THEIR_OWN = frozenset(
    {"prime minister", "first minister", "chief minister", "deputy prime minister", "vice president",
     "vice chancellor", "vice-president", "vice-chancellor"}
)  # fmt: skip


def _other_portfolio(held: str, role: str, full: str) -> bool:
    """Whether an office held ("Minister for Defence", "Defence Minister") is of another portfolio than
    the one a mention names in full ("minister for agriculture "): no word of the held office's own
    field, beyond the role and the state, is in the mention's (compared on five letters, so that
    "Interior" is "Internal Affairs")."""
    own = [
        w for w in re.findall(r"[a-z]+", held.lower()) if w not in role.split() + ["of", "for", "the", "and"]
    ]
    own = [w for w in own if not gz.country_of_word(w.title())]
    said = {w[:5] for w in re.findall(r"[a-z]+", full)}
    return bool(own) and not any(w[:5] in said for w in own)


def _resolve_roles(
    text: str, reg: _Registry, mentions: list[Mention], role_matches: dict[int, re.Match], home: str | None
) -> None:
    """Attach role-only mentions ("the minister", "the French president") to the actor holding the role."""
    starts = {x.start: x for x in mentions if x.kind == "name" and x.actor is not None}
    for mn in mentions:
        if mn.kind != "role":
            continue
        m = role_matches[mn.start]
        named = _ROLE_THEN_NAME.match(text, mn.end, mn.end + 80)
        if named and named.start("name") in starts:
            # "the Minister of the Armed Forces, Claire Dumont": the role is hers
            person = reg.actors[starts[named.start("name")].actor]
            if person.type == "person":
                mn.actor = starts[named.start("name")].actor
                person.role = person.role or _norm_role(m["role"])
                person.country = person.country or _country_in((m["det"] or "") + " " + (m["mod"] or ""))
                continue
        role = _norm_role(m["role"]).lower()
        det = m["det"] or ""
        if not det and not (m["mod"] or "").strip():
            continue
        country = _country_in(det + " " + (m["mod"] or ""))
        country = country or _OWN_STATE_TITLES.get(role)  # "the Taoiseach" is Ireland's
        office_state = _ROLE_OF_COUNTRY.match(text, mn.end)
        if country is None and office_state:
            country = gz.name_country(office_state["c"])  # "The Prime Minister of Estonia wrote"
        if country is None and det.lower() in ("his", "her"):
            # "Foreign Minister X, standing in for his prime minister": the office of X's own state
            owner = _named_just_before(mentions, mn.start, 150)
            if owner is not None:
                country = reg.actors[owner].country
        holder = _copular_subject(text, mentions, reg, mn) if det.lower() not in ("a", "an") else None
        if holder is not None:
            # "The 47-year-old has been Sweden's defence minister since …": the role is the subject's
            person = reg.actors[holder]
            person.role = person.role or _norm_role(m["role"])
            person.country = person.country or country
            mn.actor = holder
            continue
        inst = _country_in(m["mod"] or "") if m["mod"] else None

        party_led = (
            role == "leader" and bool((m["mod"] or "").strip()) and not gz.country_of_word(m["mod"].strip())
        )

        def fits(a: Actor, role=role, country=country, party_led=party_led) -> bool:
            if a.type != "person" or not a.role:
                return False
            r = a.role.lower()
            if role in ("leader", "head of state", "head of government") and r in _LEADER_ROLES:
                # ("The PP leader" is a party's, not the prime minister)
                return not party_led and (country is None or a.country in (None, country))
            if not (
                r == role
                or r.endswith(" " + role)
                # ("the Prime Minister" is not "Minister X", a minister of the cabinet)
                or (role.endswith(" " + r) and role not in _OFFICES_OF_THEIR_OWN)
                or (role in r.split() and role not in _OTHER_OFFICE)
            ):
                return False
            if r.split()[0] in _OTHER_OFFICE and role.split()[0] != r.split()[0]:
                return False  # "the defence secretary" is not the shadow defence secretary
            # (in a story from Warsaw, "Prime Minister Jan Nowak", of no state yet, is not "Slovakia's
            # prime minister")
            # (an office of no state, such as a bishop's, is not taken to be of the story's state either)
            return (
                country is None
                or a.country == country
                or (a.country is None and (home in (None, country) or not _state_role(r)))
            )

        # "A Downing Street spokesman declined …": someone unnamed, not a spokesman named elsewhere
        unnamed = det.lower() in ("a", "an") and role in _VOICE_ROLES
        cands = [i for i, a in enumerate(reg.actors) if a.type == "person" and fits(a)] if not unnamed else []
        field = _ROLE_FIELD_AFTER.match(text, mn.end) if cands or role == "minister" else None
        if field and cands:
            # "the Minister for Foreign Affairs said": of two ministers, the one of that field
            full = role + " " + " ".join(field.group().split()).lower() + " "
            of_field = [
                i
                for i in cands
                if len(r := (reg.actors[i].role or "").lower()) > len(role) and full.startswith(r + " ")
            ]
            if of_field:
                cands = of_field
            elif len(cands) == 1 and _other_portfolio(reg.actors[cands[0]].role or "", role, full):
                cands = []  # "The Minister for Agriculture" is not the one Minister for Defence named
        if len(cands) > 1:
            before = [x for x in mentions if x.actor is not None and x.start < mn.start and x.kind != "role"]
            recent = [x.actor for x in reversed(before) if x.actor in cands]
            cands = recent[:1] or cands[:1]
        if cands:
            mn.actor = cands[0]
            if reg.actors[cands[0]].country is None and country:
                reg.actors[cands[0]].country = country
            reg.actors[cands[0]].aliases.add(_LEADING_DETERMINER.sub("", mn.text))
            continue
        if country and det.lower() == "the":
            # "his Finnish counterpart Aino Virtanen … the Finnish minister emphasized": the one person
            # of that state named before, whose role the article gave in other words
            of_state = {
                x.actor
                for x in mentions
                if x.start < mn.start
                and x.kind in ("name", "surname")
                and x.actor is not None
                and reg.actors[x.actor].country == country
            }
            if len(of_state) == 1:
                mn.actor = of_state.pop()
                person = reg.actors[mn.actor]
                person.role = person.role or _norm_role(m["role"])
                person.aliases.add(_LEADING_DETERMINER.sub("", mn.text))
                continue
        if det.lower() in ("a", "an", "their", "its", "his", "her") and role not in (
            "president",
            "chancellor",
        ):
            # "a Kremlin spokesman said": an unnamed voice of an institution speaks for it; "The
            # Commission declined to comment. A spokesperson said only that …": of the one just named
            inst = _INSTITUTION.search(m["mod"] or "") if role in _VOICE_ROLES else None
            body = (
                next(
                    (x.actor for x in mentions if x.kind == "institution" and mn.start <= x.start < mn.end),
                    None,
                )
                if role in _VOICE_ROLES
                else None
            )
            if inst is not None:
                canon, code = gz.INSTITUTIONS[inst["inst"]]
                mn.actor = reg.add(("inst", canon), Actor(canon, "government", code, None, {inst["inst"]}))
            elif body is not None:
                mn.actor = body  # "a German defence ministry spokesman said": the ministry speaks
            elif role in _VOICE_ROLES and not (m["mod"] or "").strip():
                mn.actor = _body_just_named(text, reg, mentions, mn.start)
            elif unnamed and country is not None:
                # "a German government spokesman said", "a French official said": that state's government
                mn.actor = _government_actor(reg, country, gz.government_name(country), text)
            elif unnamed and (m["mod"] or "").strip() in gz.ORGANIZATIONS:
                # "An EU spokesperson said": the organisation speaks
                canon = gz.ORGANIZATIONS[m["mod"].strip()]
                mn.actor = reg.add(
                    ("org", canon), Actor(canon, "organization", None, None, {m["mod"].strip()})
                )
            elif unnamed and (m["mod"] or "").strip().lower() in ("ministry", "embassy", "department"):
                # "A ministry spokesman would only say …": of the ministry named last
                word = m["mod"].strip().lower()
                named = [
                    x.actor
                    for x in mentions
                    if x.kind == "institution"
                    and x.actor is not None
                    and x.end <= mn.start
                    and word in reg.actors[x.actor].name.lower()
                ]
                mn.actor = named[-1] if named else None
            continue
        if role in _VOICE_ROLES and country and "government" in (m["mod"] or "").lower().split():
            # "North Macedonia's government spokesman said", "the Greek government spokesman": unnamed, the
            # voice of that state's government, as "a German government spokesman" is
            mn.actor = _government_actor(reg, country, gz.government_name(country), text)
            continue
        name = _norm_role(m["role"])
        if "federal" in (m["mod"] or "").lower().split():
            name = f"Federal {name}"  # "The Federal Chancellor said": the office's own title
        dem = [
            w
            for w in re.findall(r"\w+", (m["mod"] or "") + " " + det)
            if gz.country_of_word(w) or w in gz.INSTITUTIONS or w in gz.ORGANIZATIONS
        ]
        if not dem and office_state and country:
            dem = [office_state["c"]]  # "The Prime Minister of Estonia" is the Estonian Prime Minister
        if dem:
            # (a tabloid's capitals are no part of the name: "BRITAIN'S Prime Minister")
            word = dem[0].title() if dem[0].isupper() and len(dem[0]) > 4 else dem[0]
            # (a state's name as its adjective: "Lithuania's president" is the Lithuanian President)
            name = f"{gz.demonym_for_name(word)} {name}"
        org = any(w in gz.ORGANIZATIONS for w in dem)
        if field and not dem and det.lower() == "the" and (country or home not in (None, "UA", "RU")):
            # "The Minister for Agriculture, asked the same question, said": the home state's minister of
            # that portfolio, unnamed (not the Minister for Defence named before)
            name = name + " " + " ".join(field.group().split())
            country = country or home
        if (
            country is None
            and inst is None
            and not org
            and role not in ("president", "chancellor", "prime minister")
        ):
            continue
        mn.actor = reg.add(
            ("role", gz.fold(name)), Actor(name, "person", country or inst, _norm_role(m["role"]), {name})
        )
