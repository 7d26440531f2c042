"""Countries, demonyms, capitals, institutions and roles: the world knowledge of the extractor.

Nothing here names a person. Everything maps news language to an ISO 3166-1 alpha-2 code
or to an institution.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

# code: (canonical government name, [names], [demonyms], [capitals / seats of government])
_COUNTRIES: dict[str, tuple[str, list[str], list[str], list[str]]] = {
    "AL": ("Government of Albania", ["Albania"], ["Albanian"], ["Tirana"]),
    "AT": ("Government of Austria", ["Austria"], ["Austrian"], ["Vienna"]),
    "AU": ("Government of Australia", ["Australia"], ["Australian"], ["Canberra"]),
    "BE": ("Government of Belgium", ["Belgium"], ["Belgian"], ["Brussels"]),
    "BG": ("Government of Bulgaria", ["Bulgaria"], ["Bulgarian"], ["Sofia"]),
    "BY": ("Government of Belarus", ["Belarus"], ["Belarusian"], ["Minsk"]),
    "CA": ("Government of Canada", ["Canada"], ["Canadian"], ["Ottawa"]),
    "CH": ("Government of Switzerland", ["Switzerland"], ["Swiss"], ["Bern"]),
    "CN": ("Government of China", ["China"], ["Chinese"], ["Beijing"]),
    "CY": ("Government of Cyprus", ["Cyprus"], ["Cypriot"], ["Nicosia"]),
    "CZ": ("Government of the Czech Republic", ["Czech Republic", "Czechia"], ["Czech"], ["Prague"]),
    "DE": ("Government of Germany", ["Germany"], ["German"], ["Berlin"]),
    "DK": ("Government of Denmark", ["Denmark"], ["Danish", "Dane"], ["Copenhagen"]),
    "EE": ("Government of Estonia", ["Estonia"], ["Estonian"], ["Tallinn"]),
    "ES": ("Government of Spain", ["Spain"], ["Spanish", "Spaniard"], ["Madrid"]),
    "FI": ("Government of Finland", ["Finland"], ["Finnish", "Finn"], ["Helsinki"]),
    "FR": ("Government of France", ["France"], ["French"], ["Paris"]),
    "GB": (
        "Government of the United Kingdom",
        # (its nations' governments are devolved: their first ministers speak for no other state)
        ["United Kingdom", "Britain", "Great Britain", "UK", "U.K.", "Scotland", "Wales", "Northern Ireland"],
        ["British", "Briton", "UK", "Scottish", "Welsh"],
        ["London"],
    ),
    "GR": ("Government of Greece", ["Greece"], ["Greek"], ["Athens"]),
    "HR": ("Government of Croatia", ["Croatia"], ["Croatian"], ["Zagreb"]),
    "HU": ("Government of Hungary", ["Hungary"], ["Hungarian"], ["Budapest"]),
    "IE": ("Government of Ireland", ["Ireland"], ["Irish"], ["Dublin"]),
    "IN": ("Government of India", ["India"], ["Indian"], ["New Delhi"]),
    "IR": ("Government of Iran", ["Iran"], ["Iranian"], ["Tehran"]),
    "IS": ("Government of Iceland", ["Iceland"], ["Icelandic"], ["Reykjavik"]),
    "IT": ("Government of Italy", ["Italy"], ["Italian"], ["Rome"]),
    "JP": ("Government of Japan", ["Japan"], ["Japanese"], ["Tokyo"]),
    "KP": ("Government of North Korea", ["North Korea"], ["North Korean"], ["Pyongyang"]),
    "KR": ("Government of South Korea", ["South Korea"], ["South Korean"], ["Seoul"]),
    "LT": ("Government of Lithuania", ["Lithuania"], ["Lithuanian"], ["Vilnius"]),
    "LU": ("Government of Luxembourg", ["Luxembourg", "Grand Duchy"], ["Luxembourgish", "Luxembourger"], []),
    "LV": ("Government of Latvia", ["Latvia"], ["Latvian"], ["Riga"]),
    "MD": ("Government of Moldova", ["Moldova"], ["Moldovan"], ["Chisinau"]),
    "ME": ("Government of Montenegro", ["Montenegro"], ["Montenegrin"], ["Podgorica"]),
    "MK": ("Government of North Macedonia", ["North Macedonia"], ["Macedonian"], ["Skopje"]),
    "NL": (
        "Government of the Netherlands",
        ["Netherlands", "Holland"],
        ["Dutch"],
        ["The Hague", "Amsterdam"],
    ),
    "NO": ("Government of Norway", ["Norway"], ["Norwegian"], ["Oslo"]),
    "NZ": ("Government of New Zealand", ["New Zealand"], ["New Zealander"], ["Wellington"]),
    "PL": ("Government of Poland", ["Poland"], ["Polish", "Pole"], ["Warsaw"]),
    "PT": ("Government of Portugal", ["Portugal"], ["Portuguese"], ["Lisbon"]),
    "RO": ("Government of Romania", ["Romania"], ["Romanian"], ["Bucharest"]),
    "RS": ("Government of Serbia", ["Serbia"], ["Serbian"], ["Belgrade"]),
    "RU": ("Government of Russia", ["Russia", "Russian Federation"], ["Russian"], ["Moscow"]),
    "SE": ("Government of Sweden", ["Sweden"], ["Swedish", "Swede"], ["Stockholm"]),
    "SI": ("Government of Slovenia", ["Slovenia"], ["Slovenian", "Slovene"], ["Ljubljana"]),
    "SK": ("Government of Slovakia", ["Slovakia"], ["Slovak", "Slovakian"], ["Bratislava"]),
    "TR": ("Government of Turkey", ["Turkey", "Türkiye", "Turkiye"], ["Turkish"], ["Ankara"]),
    "UA": ("Government of Ukraine", ["Ukraine"], ["Ukrainian"], ["Kyiv", "Kiev"]),
    "US": (
        "Government of the United States",
        ["United States", "United States of America", "US", "U.S.", "USA", "America"],
        ["American", "US", "U.S."],
        ["Washington"],
    ),
    # states beyond Europe and its allies that speak on the war at the UN, in the G20 or as mediators
    # (Georgia's and Israel's names are also people's: their demonyms and capitals name them)
    "AM": ("Government of Armenia", ["Armenia"], ["Armenian"], ["Yerevan"]),
    "AZ": ("Government of Azerbaijan", ["Azerbaijan"], ["Azerbaijani"], ["Baku"]),
    "GE": ("Government of Georgia", [], ["Georgian"], ["Tbilisi"]),
    "KZ": ("Government of Kazakhstan", ["Kazakhstan"], ["Kazakh"], ["Astana"]),
    "MT": ("Government of Malta", ["Malta"], ["Maltese"], ["Valletta"]),
    "BR": ("Government of Brazil", ["Brazil"], ["Brazilian"], ["Brasília", "Brasilia"]),
    "ZA": ("Government of South Africa", ["South Africa"], ["South African"], ["Pretoria"]),
    "IL": ("Government of Israel", [], ["Israeli"], ["Jerusalem"]),
    "SA": ("Government of Saudi Arabia", ["Saudi Arabia"], ["Saudi"], ["Riyadh"]),
    "AE": (
        "Government of the United Arab Emirates",
        ["United Arab Emirates", "UAE"],
        ["Emirati"],
        ["Abu Dhabi"],
    ),
    "QA": ("Government of Qatar", ["Qatar"], ["Qatari"], ["Doha"]),
    "EG": ("Government of Egypt", ["Egypt"], ["Egyptian"], ["Cairo"]),
    "DZ": ("Government of Algeria", ["Algeria"], ["Algerian"], ["Algiers"]),
    "PK": ("Government of Pakistan", ["Pakistan"], ["Pakistani"], ["Islamabad"]),
    "ID": ("Government of Indonesia", ["Indonesia"], ["Indonesian"], ["Jakarta"]),
    "MX": ("Government of Mexico", ["Mexico"], ["Mexican"], ["Mexico City"]),
    "AR": ("Government of Argentina", ["Argentina"], ["Argentine", "Argentinian"], ["Buenos Aires"]),
    # troop contributors to UN missions and other capitals asked about the force ("Kenya" and "Santiago" are
    # also people's names, "Bosnia" and "Vietnam" the wars a veteran served in: the demonym and the capital
    # name them)
    "KE": ("Government of Kenya", [], ["Kenyan"], ["Nairobi"]),
    "NG": ("Government of Nigeria", ["Nigeria"], ["Nigerian"], ["Abuja"]),
    "BD": ("Government of Bangladesh", ["Bangladesh"], ["Bangladeshi"], ["Dhaka"]),
    "CL": ("Government of Chile", ["Chile"], ["Chilean"], []),
    "CO": ("Government of Colombia", ["Colombia"], ["Colombian"], ["Bogotá", "Bogota"]),
    "UZ": ("Government of Uzbekistan", ["Uzbekistan"], ["Uzbek"], ["Tashkent"]),
    "KG": ("Government of Kyrgyzstan", ["Kyrgyzstan"], ["Kyrgyz"], ["Bishkek"]),
    "MN": ("Government of Mongolia", ["Mongolia"], ["Mongolian"], ["Ulaanbaatar"]),
    "VN": ("Government of Vietnam", [], ["Vietnamese"], ["Hanoi"]),
    "PH": ("Government of the Philippines", ["Philippines"], ["Filipino", "Philippine"], ["Manila"]),
    "ET": ("Government of Ethiopia", ["Ethiopia"], ["Ethiopian"], ["Addis Ababa"]),
    "GH": ("Government of Ghana", ["Ghana"], ["Ghanaian"], ["Accra"]),
    "SN": ("Government of Senegal", ["Senegal"], ["Senegalese"], ["Dakar"]),
    "MA": ("Government of Morocco", ["Morocco"], ["Moroccan"], ["Rabat"]),
    "BA": ("Government of Bosnia and Herzegovina", ["Bosnia and Herzegovina"], ["Bosnian"], ["Sarajevo"]),
    "GL": ("Government of Greenland", ["Greenland"], ["Greenlandic"], ["Nuuk"]),
    # more UN troop contributors and hosts ("Jordan" is also a name, "Iraq" a war veterans served in)
    "LB": ("Government of Lebanon", ["Lebanon"], ["Lebanese"], ["Beirut"]),
    "JO": ("Government of Jordan", [], ["Jordanian"], ["Amman"]),
    "IQ": ("Government of Iraq", [], ["Iraqi"], ["Baghdad"]),
    "TN": ("Government of Tunisia", ["Tunisia"], ["Tunisian"], ["Tunis"]),
    "NP": ("Government of Nepal", ["Nepal"], ["Nepalese", "Nepali"], ["Kathmandu"]),
    "LK": ("Government of Sri Lanka", ["Sri Lanka"], ["Sri Lankan"], []),
    "MY": ("Government of Malaysia", ["Malaysia"], ["Malaysian"], ["Kuala Lumpur"]),
    "TH": ("Government of Thailand", ["Thailand"], ["Thai"], ["Bangkok"]),
    "SG": ("Government of Singapore", ["Singapore"], ["Singaporean"], []),
    "UY": ("Government of Uruguay", ["Uruguay"], ["Uruguayan"], ["Montevideo"]),
    "PE": ("Government of Peru", ["Peru"], ["Peruvian"], ["Lima"]),
    # Pacific states whose soldiers serve in UN missions and in the British Army
    "FJ": ("Government of Fiji", ["Fiji"], ["Fijian"], ["Suva"]),
    "TO": ("Government of Tonga", ["Tonga"], ["Tongan"], ["Nuku'alofa"]),
    "PG": ("Government of Papua New Guinea", ["Papua New Guinea"], [], ["Port Moresby"]),
}

# Institutions that speak for a state: surface form -> (canonical name, country).
INSTITUTIONS: dict[str, tuple[str, str]] = {
    "Kremlin": ("Kremlin", "RU"),
    "White House": ("White House", "US"),
    "Pentagon": ("Pentagon", "US"),
    "State Department": ("State Department", "US"),
    "Downing Street": ("Downing Street", "GB"),
    "Foreign Office": ("Foreign Office", "GB"),
    "Whitehall": ("Downing Street", "GB"),
    "No 10": ("Downing Street", "GB"),
    "No. 10": ("Downing Street", "GB"),
    "Number 10": ("Downing Street", "GB"),
    "Élysée": ("Elysee", "FR"),
    "Elysée": ("Elysee", "FR"),
    "Elysee": ("Elysee", "FR"),
    "Élysée Palace": ("Elysee", "FR"),
    "Elysee Palace": ("Elysee", "FR"),
    "Quai d'Orsay": ("Quai d'Orsay", "FR"),
    "Bundestag": ("Bundestag", "DE"),
    "Bundeswehr": ("Bundeswehr", "DE"),
    "Chancellery": ("Chancellery", "DE"),
    "Zhongnanhai": ("Zhongnanhai", "CN"),
    "Palazzo Chigi": ("Palazzo Chigi", "IT"),
    "State Duma": ("State Duma", "RU"),
    "Duma": ("State Duma", "RU"),
    "Seimas": ("Seimas", "LT"),
    "Sejm": ("Sejm", "PL"),
    "Bankova": ("Office of the President of Ukraine", "UA"),
    "Verkhovna Rada": ("Verkhovna Rada", "UA"),
    "House of Commons": ("House of Commons", "GB"),
    "Westminster": ("Westminster", "GB"),
    "Ministry of Defence of the United Kingdom": ("Ministry of Defence of the United Kingdom", "GB"),
    "Matignon": ("Matignon", "FR"),
    "Assemblée nationale": ("National Assembly of France", "FR"),
    "Farnesina": ("Farnesina", "IT"),
    "Quirinale": ("Quirinale", "IT"),
    "Moncloa": ("Moncloa", "ES"),
    "Capitol Hill": ("Congress", "US"),
    "Riksdag": ("Riksdag", "SE"),
    "Storting": ("Storting", "NO"),
    "Folketing": ("Folketing", "DK"),
    "Eduskunta": ("Eduskunta", "FI"),
    "Saeima": ("Saeima", "LV"),
    "Riigikogu": ("Riigikogu", "EE"),
    "Tweede Kamer": ("Tweede Kamer", "NL"),
    "Prague Castle": ("Prague Castle", "CZ"),
    "Parliament Hill": ("Parliament of Canada", "CA"),
    # seats of government, named for who sits there as "Downing Street" is
    "Auberge de Castille": ("Auberge de Castille", "MT"),
    "Castille": ("Auberge de Castille", "MT"),
    "Rosenbad": ("Rosenbad", "SE"),
    "Marienborg": ("Marienborg", "DK"),
    "Christiansborg": ("Folketing", "DK"),
    "Maximos Mansion": ("Maximos Mansion", "GR"),
    "Binnenhof": ("Binnenhof", "NL"),
    "Catshuis": ("Catshuis", "NL"),
    "Ballhausplatz": ("Ballhausplatz", "AT"),
    "Hofburg": ("Hofburg", "AT"),
    "Cotroceni": ("Cotroceni Palace", "RO"),
    "Cotroceni Palace": ("Cotroceni Palace", "RO"),
    "Victoria Palace": ("Victoria Palace", "RO"),
    "Stenbock House": ("Stenbock House", "EE"),
    "Toompea": ("Riigikogu", "EE"),
    "Leinster House": ("Oireachtas", "IE"),
    "Oireachtas": ("Oireachtas", "IE"),
    "Dáil Éireann": ("Dáil Éireann", "IE"),
    "State Great Khural": ("State Great Khural", "MN"),
    "Great Khural": ("State Great Khural", "MN"),
    "Federal Palace": ("Federal Palace", "CH"),
    # a state's agency that speaks as its government does (North Korea's statements come through it)
    "Korean Central News Agency": ("Korean Central News Agency", "KP"),
    "KCNA": ("Korean Central News Agency", "KP"),
}

# Political parties: surface form -> the states that have a party of that name, likeliest first.
# A party names no speaker by itself; it tells which state a politician speaks in.
PARTIES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        [
            "Labour",
            "Labour Party",
            "Tory",
            "Tories",
            "Liberal Democrat",
            "Liberal Democrats",
            "Lib Dem",
            "Lib Dems",
            "Reform UK",
            "SNP",
            "Scottish National Party",
            "Plaid Cymru",
            "DUP",
            # the Scottish and Welsh parties and branches, by their own names
            "Scottish Greens",
            "Scottish Labour",
            "Scottish Conservatives",
            "Welsh Labour",
            "Welsh Conservatives",
        ],
        ("GB",),
    ),
    **dict.fromkeys(["Conservative", "Conservatives", "Conservative Party"], ("GB", "CA")),
    # (the Bloc alone is Quebec's: Portugal's Left Bloc is named in full)
    **dict.fromkeys(["NDP", "New Democratic Party", "Bloc Québécois", "Bloc Quebecois", "Bloc"], ("CA",)),
    **dict.fromkeys(["NZ First", "New Zealand First", "Te Pāti Māori", "Te Pati Maori"], ("NZ",)),
    **dict.fromkeys(["Republican", "Republicans", "Republican Party", "GOP"], ("US", "FR")),
    **dict.fromkeys(["Democrat", "Democrats", "Democratic Party"], ("US", "IT")),
    **dict.fromkeys(
        [
            "CDU",
            "CSU",
            "AfD",
            "Alternative for Germany",
            "Die Linke",
            "BSW",
            "Christian Democratic Union",
            "Christian Social Union",
        ],
        ("DE",),
    ),
    # (Freedom and Direct Democracy, Czechia's SPD, shares the German Social Democrats' letters)
    "SPD": ("DE", "CZ"),
    # names of a family of parties that many states have: the one the article names most
    **dict.fromkeys(
        [
            "Social Democrats",
            "Social Democratic Party",
            "Social Democrat",
            "Greens",
            "Green Party",
            "Christian Democrats",
            "Liberals",
            "Liberal Party",
            "Socialists",
            "Socialist Party",
            "Centre Party",
            "Center Party",
            # "The Left also rejected any deployment": Die Linke, the Left Party, and their like elsewhere
            "Left",
        ],
        (
            "DE",
            "SE",
            "DK",
            "FI",
            "NL",
            "GB",
            "NO",
            "AT",
            "BE",
            "IS",
            "LU",
            "IE",
            "CZ",
            "SK",
            "PT",
            "ES",
            "IT",
            "FR",
            "EE",
            "LV",
            "LT",
            "PL",
            "HU",
            "RO",
            "BG",
            "HR",
            "SI",
            "GR",
            "CA",
            "AU",
        ),
    ),
    **dict.fromkeys(
        [
            "National Rally",
            "Rassemblement National",
            "La France Insoumise",
            "France Unbowed",
            "LFI",
            "Renaissance",
            "Reconquête",
            "Les Républicains",
            "Horizons",
            "MoDem",
        ],
        ("FR",),
    ),
    **dict.fromkeys(
        [
            "Brothers of Italy",
            "Fratelli d'Italia",
            "Lega",
            "League",
            "Forza Italia",
            "Five Star Movement",
            "M5S",
        ],
        ("IT",),
    ),
    **dict.fromkeys(
        [
            "Law and Justice",
            "PiS",
            "Civic Platform",
            "Civic Coalition",
            "Konfederacja",
            "Confederation",
            "Third Way",
            "PSL",
        ],
        ("PL",),
    ),
    **dict.fromkeys(["Fidesz", "Tisza", "Jobbik"], ("HU",)),
    **dict.fromkeys(["Smer", "Progressive Slovakia", "SaS"], ("SK",)),
    **dict.fromkeys(["ANO", "ODS", "Civic Democrats", "Civic Democratic Party", "STAN", "Pirates"], ("CZ",)),
    **dict.fromkeys(["VVD", "PVV", "D66", "CDA", "NSC", "BBB", "GroenLinks", "PvdA"], ("NL",)),
    **dict.fromkeys(["N-VA", "Vlaams Belang"], ("BE",)),
    **dict.fromkeys(["PSOE", "PP", "Partido Popular", "Vox", "Sumar", "Podemos"], ("ES",)),
    **dict.fromkeys(["Chega"], ("PT",)),
    **dict.fromkeys(["AUR", "PNL", "USR"], ("RO",)),
    **dict.fromkeys(["Sweden Democrats", "Sweden Democrat", "Moderates", "Moderate Party"], ("SE",)),
    **dict.fromkeys(["Left Party"], ("DE", "SE")),
    **dict.fromkeys(
        [
            "Finns Party",
            "True Finns",
            "Left Alliance",
            "Green League",
            "National Coalition",
            "National Coalition Party",
            "Swedish People's Party",
        ],
        ("FI",),
    ),
    **dict.fromkeys(["Left Bloc"], ("PT",)),
    **dict.fromkeys(
        [
            "Danish People's Party",
            "Dansk Folkeparti",
            "Venstre",
            "Liberal Alliance",
            "Red-Green Alliance",
            "Enhedslisten",
            "Socialist People's Party",
            "Social Liberals",
            "Radikale Venstre",
            "Moderaterne",
            "Denmark Democrats",
            "Conservative People's Party",
        ],
        ("DK",),
    ),
    **dict.fromkeys(["Socialist Left", "Socialist Left Party", "Red Party", "Progress Party"], ("NO",)),
    **dict.fromkeys(["Isamaa", "EKRE", "Reform Party"], ("EE",)),
    **dict.fromkeys(["FPÖ", "FPO", "ÖVP", "OVP"], ("AT",)),
    # Germany's and Switzerland's liberals share the name
    **dict.fromkeys(["FDP"], ("DE", "CH")),
    **dict.fromkeys(["SVP", "Swiss People's Party", "Die Mitte"], ("CH",)),
    **dict.fromkeys(
        ["New Democracy", "Syriza", "PASOK", "KKE", "Greek Solution", "Course of Freedom"], ("GR",)
    ),
    **dict.fromkeys(["AKP", "CHP"], ("TR",)),
    **dict.fromkeys(["Servant of the People", "European Solidarity"], ("UA",)),
    **dict.fromkeys(["United Russia", "LDPR"], ("RU",)),
    **dict.fromkeys(["LSAP", "CSV", "ADR", "Déi Lénk", "déi Lénk", "Déi Gréng", "déi gréng"], ("LU",)),
}

# International organisations: surface -> canonical (country None).
ORGANIZATIONS: dict[str, str] = {
    "NATO": "NATO",
    "Nato": "NATO",
    "North Atlantic Treaty Organization": "NATO",
    "EU": "EU",
    "European Union": "EU",
    "European Commission": "European Commission",
    "European Council": "European Council",
    "European Parliament": "European Parliament",
    "European External Action Service": "European External Action Service",
    "EEAS": "European External Action Service",
    "UN": "UN",
    "United Nations": "UN",
    "UN Security Council": "UN Security Council",
    "OSCE": "OSCE",
    "G7": "G7",
    # the European Parliament's political groups: they speak for no state
    "European People's Party": "European People's Party",
    "Socialists and Democrats": "Socialists and Democrats",
    "Renew Europe": "Renew Europe",
    "European Conservatives and Reformists": "European Conservatives and Reformists",
    "Patriots for Europe": "Patriots for Europe",
    "Europe of Sovereign Nations": "Europe of Sovereign Nations",
}

# Roles of people who speak for no state (their nationality is not their country).
ANALYST_ROLES = {
    "analyst",
    "military analyst",
    "expert",
    "researcher",
    "fellow",
    "senior fellow",
    "correspondent",
}

# Roles whose holder speaks for a state (their country is the state's). Lower-case.
STATE_ROLES = {
    "prime minister",
    # the head of a devolved government (Scotland, Wales, Northern Ireland)
    "first minister",
    # its abbreviation in British and Commonwealth copy ("the PM said"); read as "Prime Minister"
    "pm",
    "deputy prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "armed forces minister",
    "minister of foreign affairs",
    "minister of defence",
    "minister of defense",
    "interior minister",
    "finance minister",
    "secretary of state",
    "defence secretary",
    "defense secretary",
    "foreign secretary",
    "president",
    "vice president",
    "chancellor",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press secretary",
    "ambassador",
    "consul",
    "consul general",
    "consul-general",
    "envoy",
    "special envoy",
    "head of state",
    "premier",
    "king",
    "queen",
    "lawmaker",
    "mp",
    "mep",
    "senator",
    "representative",
    "chief cabinet secretary",
    "counterpart",
    "cabinet secretary",
    "congressman",
    "congresswoman",
    "shadow defence secretary",
    "leader",
    # a party's or a church's ("Its general secretary, X"), not a general
    "general secretary",
    "opposition leader",
    "general",
    "chief of the defence staff",
    "commander",
    # Ireland's prime minister and deputy prime minister, by their own titles
    "taoiseach",
    "tánaiste",
    "tanaiste",
}

# The clergy's titles: "Archbishop Ilarion", "the archbishop said". A hierarch speaks from his
# church's state, as a citizen does, not for a government.
CLERGY_ROLES = {"archbishop", "bishop", "patriarch", "cardinal", "imam", "rabbi"}

# Other roles that can stand before or after a name. Lower-case.
OTHER_ROLES = CLERGY_ROLES | {
    "secretary general",
    "secretary-general",
    "admiral",
    "chief of staff",
    "director",
    "official",
    "adviser",
    "advisor",
    "chairman",
    "chairwoman",
    "critic",
    "deputy",
    "mayor",
    "governor",
    # posts of the EU and other bodies, not of a state
    "foreign policy chief",
    "high representative",
    "commissioner",
    "chief diplomat",
    "co-chair",
    # a parliamentary group's disciplinarian: "League Senate whip Davide Bergamini"
    "whip",
    "chief whip",
}

# Every role noun, longest first when matched.
ROLES: list[str] = sorted(STATE_ROLES | ANALYST_ROLES | OTHER_ROLES, key=len, reverse=True)

# Titles written before a name, with a full stop in US style ("Mr. Smith", "Sen. Doe"): the stop
# ends neither the name nor the sentence.
TITLES = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Sen",
    "Rep",
    "Gen",
    "Gov",
    "Lt",
    "Col",
    "Sgt",
    "Adm",
    "Pres",
    "St",
)
TITLE_RE = "|".join(TITLES)
# a first or middle name given as its initial: one capital, or a transliteration's two letters for one sound
# ("S. Battulga-Erdene", "Ts. Oyunchimeg-Bold", "John F. Kerry"); its full stop ends no sentence
INITIAL_RE = r"[A-Z]|Ts|Kh|Sh|Ch|Zh"
# the courtesy titles among them, which name no office: "Mr. Kozak", "Ms Harrington"
COURTESY_RE = r"(?:Mr|Mrs|Ms|Mx|Miss)"
# honorifics before a name that are no office: India's "Shri Arvind Menon", "Smt Meena Rao"; a British
# councillor's "Cllr Janet Pryce" (the office is the role the text gives: "Town mayor Cllr Janet Pryce")
HONORIFICS = ("Shri", "Smt", "Cllr", "Councillor", "Councilor")
# an office known by its acronym, as a pool report or a briefing writes it: (the office's name, the
# name its unnamed holder goes by in a role phrase, "the US President", country, role)
OFFICE_ACRONYMS = {
    "POTUS": ("President of the United States", "US President", "US", "President"),
    "VPOTUS": ("Vice President of the United States", "US Vice President", "US", "Vice President"),
    "SecDef": ("US Secretary of Defense", "US Secretary of Defense", "US", "Secretary of Defense"),
    "SecState": ("US Secretary of State", "US Secretary of State", "US", "Secretary of State"),
}
OFFICE_ACRONYM_RE = re.compile(r"\b(?:" + "|".join(OFFICE_ACRONYMS) + r")\b")

# Pronouns that can stand for a person speaker.


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes (for comparisons only)."""
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():  # (an ASCII text has no accents to strip, nor curly apostrophes)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("\u2019", "'").replace("\u2018", "'")
    return text.lower()


COUNTRY_BY_NAME: dict[str, str] = {}
COUNTRY_BY_DEMONYM: dict[str, str] = {}
COUNTRY_BY_CAPITAL: dict[str, str] = {}
GOVERNMENT_NAME: dict[str, str] = {}
for _code, (_gov, _names, _demonyms, _capitals) in _COUNTRIES.items():
    GOVERNMENT_NAME[_code] = _gov
    for _n in _names:
        COUNTRY_BY_NAME[_n] = _code
    for _d in _demonyms:
        COUNTRY_BY_DEMONYM[_d] = _code
    for _c in _capitals:
        COUNTRY_BY_CAPITAL[_c] = _code
COUNTRY_BY_NAME["the Czech Republic"] = "CZ"
COUNTRY_BY_NAME["the Netherlands"] = "NL"
COUNTRY_BY_NAME["the United States"] = "US"
COUNTRY_BY_NAME["the United Kingdom"] = "GB"
COUNTRY_BY_NAME["the UK"] = "GB"
COUNTRY_BY_NAME["the US"] = "US"
COUNTRY_BY_NAME["the U.S."] = "US"
COUNTRY_BY_NAME["New Mexico"] = "US"  # a state of the US, not Mexico

_FOLDED_DEMONYM = {fold(k): v for k, v in COUNTRY_BY_DEMONYM.items()}
_FOLDED_NAME = {fold(k): v for k, v in COUNTRY_BY_NAME.items()}
_FOLDED_CAPITAL = {fold(k): v for k, v in COUNTRY_BY_CAPITAL.items()}


@lru_cache(maxsize=65536)
def country_of_word(word: str) -> str | None:
    """ISO code for a country name, demonym or capital ("German", "Germany's", "Berlin")."""
    w = fold(word.strip())
    w = re.sub(r"'s$", "", w)
    return _FOLDED_NAME.get(w) or _FOLDED_DEMONYM.get(w) or _FOLDED_CAPITAL.get(w)


def demonym_for_name(word: str) -> str:
    """A country's name as its adjective ("Lithuania" → "Lithuanian", "BRITAIN" → "British"); any
    other word (a demonym already, an institution) as it is."""
    w = re.sub(r"'s$", "", fold(word.strip()))
    code = _FOLDED_NAME.get(w)
    if code is None or w in _FOLDED_DEMONYM:
        return word
    return _COUNTRIES[code][2][0] if code in _COUNTRIES and _COUNTRIES[code][2] else word


# Every state's one-word name (pycountry) and regions in the news of this war: places, never a person's
# name ("who commanded the UN force in southern Lebanon, … he said"). Not speakers' states: those are
# _COUNTRIES above. Names that are also common first names or surnames are left out.
_NAMES_OF_PEOPLE_TOO = {"Chad", "Jordan", "Georgia", "Israel", "India", "Jersey", "Guernsey", "Kenya"}
WORLD_PLACES = frozenset(
    name
    for country in pycountry.countries
    for name in (country.name, getattr(country, "common_name", None))
    if name and " " not in name and "," not in name and name not in _NAMES_OF_PEOPLE_TOO
) | {
    "Kosovo",
    "Sahel",
    "Balkans",
    "Donbas",
    "Donbass",
    "Crimea",
    "Transnistria",
    "Caucasus",
    "Bosnia",
    "Gaza",
}


# Cities other than capitals that datelines name, with their state: where a story was written only
# (never a speaker's state by itself). Regions too ("DONETSK OBLAST —", "the Kharkiv region").
DATELINE_CITIES: dict[str, str] = {
    **dict.fromkeys(
        ["Kharkiv", "Odesa", "Odessa", "Lviv", "Dnipro", "Zaporizhzhia", "Kramatorsk", "Kherson", "Mykolaiv",
         "Sumy", "Chernihiv", "Poltava", "Donetsk", "Luhansk", "Pokrovsk", "Sloviansk", "Vinnytsia",
         "Uzhhorod", "Irpin", "Bucha", "Mariupol", "Izium", "Melitopol", "Berdiansk", "Bakhmut",
         "Kryvyi Rih", "Zhytomyr", "Cherkasy", "Rivne", "Lutsk", "Ternopil", "Ivano-Frankivsk",
         "Chernivtsi", "Khmelnytskyi"],
        "UA",
    ),
    **dict.fromkeys(["St Petersburg", "Saint Petersburg", "Sochi", "Kaliningrad", "Belgorod", "Kursk"], "RU"),
    **dict.fromkeys(["New York", "Chicago", "Los Angeles", "San Francisco", "Boston", "Miami"], "US"),
    **dict.fromkeys(["Edinburgh", "Glasgow", "Cardiff", "Belfast", "Manchester", "Birmingham"], "GB"),
    **dict.fromkeys(["Munich", "Hamburg", "Frankfurt", "Cologne", "Bonn", "Dresden", "Potsdam"], "DE"),
    **dict.fromkeys(["Marseille", "Lyon", "Toulouse", "Bordeaux", "Lille", "Nice"], "FR"),
    **dict.fromkeys(["Krakow", "Kraków", "Gdansk", "Gdańsk", "Rzeszow", "Rzeszów", "Wroclaw", "Poznan"],
                    "PL"),
    **dict.fromkeys(["Milan", "Naples", "Turin", "Florence"], "IT"),
    **dict.fromkeys(["Barcelona", "Seville", "Valencia"], "ES"),
    **dict.fromkeys(["Toronto", "Montreal", "Vancouver"], "CA"),
    **dict.fromkeys(["Sydney", "Melbourne"], "AU"),
    **dict.fromkeys(["Istanbul"], "TR"),
    **dict.fromkeys(["Rotterdam"], "NL"),
    **dict.fromkeys(["Gothenburg", "Malmo", "Malmö"], "SE"),
    **dict.fromkeys(["Constanta", "Constanța", "Cluj"], "RO"),
}  # fmt: skip


def dateline_country(place: str) -> str | None:
    """The state of a dateline's place: a country, a capital or another city ("KHARKIV", "Donetsk Oblast")."""
    place = re.sub(r"(?i)\s+(?:oblast|region|province)$", "", place.strip()).title()
    return country_of_word(place) or DATELINE_CITIES.get(place)


def demonym_country(word: str) -> str | None:
    return _FOLDED_DEMONYM.get(fold(word))


_POSSESSIVE_END = re.compile(r"['’]s$")


def name_country(word: str) -> str | None:
    return _FOLDED_NAME.get(fold(_POSSESSIVE_END.sub("", word)))


def capital_country(word: str) -> str | None:
    return _FOLDED_CAPITAL.get(fold(word))


def government_name(code: str) -> str:
    return GOVERNMENT_NAME.get(code, f"Government of {code}")


def office_name(office: str, code: str) -> str:
    """A state's office named as the guideline names it: ("Prime Minister", "CZ") -> "Prime Minister of the
    Czech Republic", ("Office of the President", "FI") -> "Office of the President of Finland"."""
    return government_name(code).replace("Government of", f"{office} of", 1)


# the offices of a head of state or government, whose holder an article may leave unnamed
STATE_HEAD_TITLES = ("President", "Prime Minister", "Chancellor", "Federal Chancellor")


def _alternation(words) -> str:
    """A regex alternation of literal words, as a trie (much faster than a flat alternation)."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = []
    optional = False
    for ch in sorted(node, key=lambda c: (c == "", c)):
        if ch == "":
            optional = True
            continue
        branches.append(re.escape(ch) + _trie_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body


# Regex fragments built from the tables.
# (not the "Mexico" of "New Mexico", a state of the US, which is a name of its own)
COUNTRY_NAME_RE = r"(?<!New )" + _alternation([k for k in COUNTRY_BY_NAME if not k.startswith("the ")])
DEMONYM_RE = _alternation(COUNTRY_BY_DEMONYM)
DEMONYM_LOWER_RE = _alternation(d.lower() for d in COUNTRY_BY_DEMONYM)  # for text read in lower case
CAPITAL_RE = _alternation(COUNTRY_BY_CAPITAL)
INSTITUTION_RE = _alternation(INSTITUTIONS)
ORGANIZATION_RE = _alternation(ORGANIZATIONS)
ROLE_RE = _alternation(ROLES)
PARTY_RE = _alternation(PARTIES)
