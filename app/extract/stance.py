"""Stance of a statement on sending troops to Ukraine: support / open / oppose / neutral.

Ordered, negation-aware cue patterns. The first pattern that matches decides, and its match is
returned as `stance_reason`. Open cues come first because most are negated oppose cues
("will not rule out").
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.extract import gazetteer as gz
from app.extract.cues import lower_same_length
from app.extract.gate import GatedList, GatedPattern, GateWords, literal_gate

# "to support" is another's wish ("asked to support the mission") unless the speaker is ready for it:
# "has always been available to support a Portuguese contribution"
_NOT_ASKED_TO = r"(?:(?<=ready to )|(?<=willing to )|(?<=available to )|(?<=prepared to )|(?<!to ))"
_NEG = r"(?:not|never|n't|no|cannot|can't|won't|neither|nor|without)"
# what a rebuttal rejects, which is no refusal of the sending: "rejected the comparison", "dismissed that
# reading"
_REBUTTED = (
    r" (?:the|that|this|his|her|their|such|any|these|those) (?:\w+ )?(?:comparisons?|readings?|"
    r"interpretations?|criticism|accusations?|charges?|claims?|allegations?|characteri[sz]ations?|reports?|"
    r"suggestions?|analog(?:y|ies)|arguments?)\b"
)
# the speaker's own kept home: "Our boys should stay here"
_OUR_OWN_STAY = (
    # (or a nation's: "Hungarian boys stay home")
    r"\b(?:our|"
    + gz.DEMONYM_LOWER_RE
    + r") (?:boys|soldiers|troops|men|sons|sons and daughters)\b[^.;]{0,20}?\b"
    r"(?:(?:should|must|will|would|"
    r"are going to) )?(?:stay|stays|remain|remains) (?:here|at home|home)\b"
)
# Ukraine and the cities where foreign trainers or troops are talked of being sent (lower case).
UKRAINE_PLACES = (
    r"ukraine|western ukraine|kyiv|kiev|lviv|odesa|odessa|kharkiv|dnipro|zaporizhzhia|mykolaiv|vinnytsia|"
    r"lutsk|rivne|ternopil|uzhhorod|chernivtsi|ivano-frankivsk|poltava|sumy|chernihiv|kherson"
)
_TROOPS = (
    r"(?:troops?|soldiers?|conscripts?|boots|ground forces|forces|personnel|instructors?|trainers?|"
    r"contingents?|units?|"
    r"brigades?|battalions?|deploy\w*|deployment|peacekeepers?|reassurance force|force|presence|on the ground|"  # noqa: E501
    r"military (?:presence|mission)|men|combat|mercenar\w+|servicem[ae]n|bundeswehr|army|de-?miners|sappers|"
    r"de-?mining|mine clearance|engineers)"
)
TOPIC_RE = re.compile(r"\b" + _TROOPS + r"\b|\b(?:send(?:ing)?|dispatch\w*)\b|\bmissions?\b", re.IGNORECASE)
_TOPIC_LOWER = re.compile(TOPIC_RE.pattern)  # for the lower-cased statement: no IGNORECASE, faster

# a place kept from, not the sending refused: "will not be stationed along the line of contact"
_NOT_AT_THE_FRONT = (
    r"(?! (?:\w+ )?(?:along|near|close to|on|at|to|into|onto) the (?:line of contact|contact line|"
    r"front ?line|front-line|front)\b)"
)
# the chambers whose say a sending may wait for
_CHAMBERS = (
    r"parliament|house|chamber|bundestag|congress|storting|riksdag|sejm|folketing|sabor|saeima|seimas|"
    r"riigikogu|eduskunta|althing|sobranie|assembly"
)
# who is accused of something, not Russia: "accused the government of …"
_ACCUSED = r"\baccus\w+ (?!russia|moscow|the kremlin|putin)(?:\w+ ){1,4}?of "
# state names as they stand in lower-cased text ("the czech republic"), for cues whose subject must be a state
_STATE_NAMES = "|".join(re.escape(n.lower()) for n in sorted(gz.COUNTRY_BY_NAME, key=len, reverse=True))

# A lookbehind stands after the first letters of the word it guards ("\bbefore(?<!twice before)"), not
# before the word: the regex engine then runs it only where the word is, not at every position of the
# text (five times faster for some of these patterns); a word with alternatives puts it after the "\b".
OPEN = [
    # another case named as another question: "A UN-mandated mission would be a different conversation
    # entirely"
    r"\b(?:would|will) be (?:a )?(?:different|another) (?:conversation|matter|story|question|discussion)\b",
    # a refusal called premature: "To say today \"never\" is a mistake"
    r"\b(?:to say|saying) (?:\w+ ){0,2}?[\"“”'‘’]?never[\"“”'‘’]?,? (?:today |now )?(?:is|would be|"
    r"was) (?:a mistake|an error|wrong|unwise|foolish|premature)\b",
    # a condition asked for before any sending: "it needs an American guarantee first", "Italy wants a United
    # Nations mandate"
    r"\b(?<!not )(?<!n't )(?<!never )needs? (?:an? |the |its )?(?:[\w.-]+ ){0,2}?(?:guarantee|backstop|"
    r"mandate|vote|ceasefire|green light)s? (?:first|before)\b|\bwants? (?:an? |the )?(?:un|"
    r"united nations|security council|clear|international) mandate\b",
    # the American part as a condition: "But the American support has to be there, otherwise …"
    r"\b(?:american|us|u\.s\.|united states'?|washington's) (?:support|backing|backstop|guarantee|air cover|"
    r"involvement|commitment) (?:has to|must|needs to|will have to|would have to) be (?:there|in place|"
    r"guaranteed|secured|clear)\b",
    # ruling out is what the speaker blames: "Whoever rules it out today weakens Europe's hand"
    r"\b(?:whoever|anyone who|anybody who|those who|he who) rules? (?:it|this|that|anything|them) out\b|"
    r"\bit would be (?:a mistake|wrong|foolish|unwise) to rule (?:it|this|that|anything) out\b",
    # a request that would be considered: "would review the matter comprehensively if a formal request is
    # made"
    r"\b(?:review|examin|consider|stud|look)\w* (?:the matter|it|the request|any request|such a request)\b"
    r"[^.;]{0,40}\b(?:if|once|when) (?:a |an |such a |any )?(?:formal |official )?request\b",
    # "will decide on any participation only after the United States clarifies its role"
    r"\bdecide\w* (?:on |whether )?(?:[\w-]+ ){0,6}?only (?:after|once|when|if)\b",
    # a condition put as a bargain: "Show me the American piece and I will show you ours", "Give me those
    # three and I will go to parliament", "show us the mandate, and then we talk"
    r"\bshow (?:me|us)\b[^.;]{0,60}\band (?:i|we)(?:'ll| will) show you\b|\bgive (?:me|"
    r"us)\b[^.;]{0,80}\band (?:i|we)(?:'ll| will| would| can)\b|,? and then we talk\b",
    # "If my government sends me to clear someone else's, I go"
    r"\bif (?:my|our|the) (?:government|parliament|country|politicians|commanders?|generals?|superiors|"
    r"chain of command) (?:\w+ )?(?:sends?|decides?|asks?|orders?)\b[^.;]{0,60}\b(?:i|we) (?:go|will go|"
    r"would go|'ll go)\b",
    # the parliament to decide: "will bring a proposal to Congress", "with the authority of this parliament"
    r"\b(?:bring|put|send|submit|take) (?:it|this|that|a proposal|the proposal|the question|the decision|"
    r"a request|the request|a mandate|the mandate) (?:to|before) (?:the )?(?:parliament|congress|house|"
    r"bundestag|storting|riksdag|sejm|folketing|cortes|assembly|chamber|lawmakers|mps)\b|\b(?:i|"
    r"we) will go to (?:the )?(?:parliament|congress|house|bundestag|storting|riksdag|sejm|folketing|"
    r"cortes)\b",
    r"\bwith the (?:authority|approval|consent|vote|mandate|backing) of (?:this|the|our) (?:parliament|"
    r"house|chamber|congress|bundestag|storting|riksdag|sejm|assembly|cortes|folketing)\b",
    r"\b(?:every|all|any) options? on the (?:[\w'’]+ ){0,2}?desk\b|\b(?:it is|it's|that is|"
    r"that's) not a no\b",
    r"\b(?:not|never|n't) (?:\w+ )?(?:close|shut)\w* (?:the |any |all |that |this )?doors?\b",
    r"\b(?:not|never|cannot|refus\w+ to|declin\w+ to|reluctant to|unwilling to)\s+(?:\w+\s+){0,2}?"
    r"(?:rule[sd]?|ruling)\s+(?:\w+\s+)?out\b|\b(?:refus\w+|declin\w+) to exclude\b",
    r"\b(?:rul\w+|rule) nothing out\b|\bno (?:option|scenario|possibility)s? (?:is|are|can be|should be|will be)"  # noqa: E501
    r" (?:\w+ )?(?:excluded|ruled out|off the table)\b|\bnot off the table\b|\bremains? on the table\b",
    # "I wouldn't take anything off the table"
    r"\b(?:not|never) (?:\w+ )?(?:take|taking) (?:anything|any options?|options?|it|that) off the table\b",
    r"\b(?:is|are|remains?|becomes?) (?:a |an |one )?(?:possible|possibility|real option|option)\b",
    r"\b(?:not|never|n't|cannot|can't)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:exclude[sd]?|excluding)\b",
    r"\bnothing\s+(?:should|can|must|is|will)\s+(?:\w+\s+)?(?:be\s+)?(?:excluded|ruled out)",
    r"\bno option\b.{0,30}\boff the table",
    r"\b(?:all|these|the|every) options? (?:are|is|remain\w*) (?:possible|open|on the table)",
    r"\b(?:keep|keeps|kept|keeping) (?:\w+ ){0,2}?options? open",
    r"\boption(?<!least effective option)(?<!worst option)s? on the table\b",
    r"\bon(?<!not on)(?<!off on)(?<!never been on)(?<!not been on)(?<!option on)(?<!options on) the table\b",
    r"\b(?:left|leaves|leaving|keeps?|kept) open (?:the )?(?:possibility|option|door)\b",
    r"\b(?:no one|nobody|none of us) (?:is |are |was |has |have )?(?:ruling|ruled|rules) (?:\w+ )?out\b",
    r"\bdecision (?:will|would|must|is to) be (?:taken|made) by (?:the )?(?:parliament|bundestag|lawmakers|house|"  # noqa: E501
    r"congress)\b",
    r"\b(?:everything|anything) is possible\b|\bnothing is (?:excluded|ruled out|off the table)\b",
    r"\b(?:ready|willing|open) to (?:discuss|talk about|look at|examine|study)\b",
    r"\b(?:will|would|could) (?:evaluate|assess|examine|study)\b|\bdepend(?:s|ing)? on\b|\bunder (?:certain )?"  # noqa: E501
    r"conditions\b|\b(?:with(?<!not with)|under) (?:a|an) (?:(?:un|united nations|clear|proper|robust|"
    r"international|multilateral|legal|european|nato) )*mandate\b",
    r"\bstudying the (?:proposal|idea|plan|request)\b|\bnot (?:yet )?(?:decided|made a decision)\b|"
    # a decision not yet due: "decisions will not be made this week"
    r"\b(?:decisions? (?:will|would) not|no decisions? (?:will|would)) be (?:made|taken) (?:this week|"
    r"today|yet|now|at this (?:meeting|summit))\b",
    r"\bnot unthinkable\b",
    # "not now; maybe after a ceasefire": a refusal for the present that leaves a later yes
    r"\bnot (?:now|yet|today|at this (?:stage|point|time))\b[^.;]{0,10}[.;,]?\s*(?:but )?(?:maybe|perhaps|possibly|"  # noqa: E501
    r"later|one day)\b|\b(?:maybe|perhaps|possibly) (?:later|one day|after (?:a|the) (?:ceasefire|peace))\b",
    # a refusal with its exception: "will not send troops unless/until …"
    # ("… not send a single soldier before Parliament has voted": a vote still to come)
    r"\bnot (?:\w+ ){0,2}?(?:send|deploy|commit|put|station)\b[^.;]{0,60}\b(?:unless|until|"
    r"before (?:\w+ ){1,3}?(?:has|have) (?:voted|approved|agreed|decided|"
    r"given (?:its|their) (?:consent|approval)))\b",
    # sending made to depend on a request or on an "if"
    r"\b(?:would|could|might|may) (?:\w+ )?(?:be )?(?:send|sent|deploy|deployed|station|stationed|go)\b"
    r"[^.;]{0,40}\b(?:if|when) (?:asked|requested|invited|needed)\b",
    r"\b(?:could|might|may) (?:\w+ )?(?:be )?(?:sent|deployed|stationed)\b[^.;]{0,40}\bif\b",
    r"\bbackstop\b.{0,60}\b(?:essential|necessary|needed|required|a precondition|a condition|indispensable)\b",  # noqa: E501
    # (not "would consider any foreign contingent a legitimate target": a threat)
    r"\bready to consider\b|\b(?:would|will|could|to) (?:seriously )?consider\b(?![^.;]{0,60}\b(?:targets?|"
    r"act of war|aggression|provocation|invaders?|occupiers?|combatants?)\b)|\bseriously consider\b",
    r"\bopen to (?!(?:a |the )?(?:negotiated |political |diplomatic |peace )?(?:settlement|negotiations?|talks|dialogue|compromise|solution)\b)(?:the idea|it|sending|a |the |discuss\w*|consider\w*|talk\w*|look\w* at|explor\w*|joining|"  # noqa: E501
    r"participat\w*|contribut\w*|taking part|all "
    r"(?:options|possibilities|proposals))",
    r"\bdecisions? (?:will|would|must|should|is to|are to) be (?:taken|made) (?:together |jointly |only )?(?:with|by|"  # noqa: E501
    r"in agreement with) (?:the )?(?:nato|allies|our allies|partners|our partners|the alliance|parliament|the eu|"  # noqa: E501
    r"europe|washington|the americans)\b",
    # "it would be a mistake to take anything off the table", "let's first see what a ceasefire says", "only
    # within a clear legal framework"
    r"\b(?:mistake|error|wrong|unwise|foolish)\b[^.;]{0,20}\bto (?:take (?:anything|something|options?|it) "
    r"off the table|rule (?:anything|it|this) out|exclude (?:anything|it|this))\b|"
    r"\b(?:let's|let us) first (?:see|wait)\b|\b(?:let's|let us) wait (?:and see|for)\b|"
    r"\bonly (?:within|under|with) (?:a |an |the )?(?:clear |proper |international |legal )*"
    r"(?:legal framework|framework|mandate)\b",
    r"\b(?:assess\w*|weigh\w*|study\w*|consider\w*|examin\w*|look\w* at) what (?:it|we|they|the \w+) "
    r"(?:could|can|might|would) (?:contribute|offer|send|do|provide)\b",
    r"\b(?:could|might|may) (?!not |never )(?:\w+ )?(?:join|take part|participate)\b",
    r"\bwhen the time comes\b|\bcross that bridge\b|\bplanning is not (?:the same as )?deciding\b",
    # under a flag or mandate not in the speaker's hands: "only under a UN flag"
    # (not "not under a UN flag, not under a NATO flag": every flag refused)
    r"(?<!not )\bunder (?:a |the )?(?:un|united nations|nato|eu|european|international) (?:flag|mandate|banner|command|"  # noqa: E501
    r"umbrella|helmets?)\b",
    # taking part made to depend on others' decision ("if the alliance decides"), not on need
    r"\b(?:would|could|might|may) (?:\w+ )?(?:take part|participate|join|contribute|send|deploy|go|be sent|"
    r"be deployed)\b[^.;]{0,60}\b(?:if|once|when)\b(?! (?:necessary|needed|required|it is necessary|a ceasefire|the "  # noqa: E501
    r"ceasefire|a peace|the peace|there is a (?:ceasefire|peace)))",
    r"\b(?:door|doors) (?:ajar|open)\b|\bnot (?:close|closing|closed|shut|shutting) (?:the|any|a) doors?\b|"
    r"\b(?:is|it's|it is|that's|that is) (?:a |still a |purely )?hypothetical\b|(?:\b(?:will|would|can)|'ll) have (?:that|this|"  # noqa: E501
    r"the|a) (?:conversation|discussion|debate)\b",
    r"\brul(?:e|ing) out\b.{0,80}\b(?:mistake|error)\b",
    r"\b(?:raised|mentioned|floated) the (?:prospect|possibility|idea)\b",
    r"\b(?:would|will|must|need to|needs to) (?:\w+ )?(?:require|need) (?:a |the )?(?:[\w'’-]+ ){0,2}?(?:mandate|"  # noqa: E501
    r"approval|vote|green light|resolution|legal basis|legal framework)\b",
    r"\bonly with (?:a |the )?(?:[\w-]+ )?(?:mandate|approval|vote|majority)\b|\b(?:willing|ready|prepared|open|agreed?) in principle\b|"  # noqa: E501
    r"\bonly (?:with|if|when|after)\b.{0,60}\b(?:americans?|us|"
    r"united states|mandate|parliament|bundestag|request|vote|approval|consent|mps|lawmakers|congress|"
    r"security council|ceasefire holds)\b",
    r"\bif (?:kyiv|ukraine|allies|the allies|partners|parliament|the coalition)\b.{0,30}\b(?:ask|asks|asked|"
    r"request\w*|agree\w*|form\w*|will|approv\w*)\b|\bif (?:nato|the alliance|the eu)(?: as a whole)? (?:decide\w*|agree\w*|"  # noqa: E501
    r"ask\w*)\b|\b(?:would|will) have to (?:discuss|consider|"
    r"look at|think about|revisit) (?:it|this|that|the question) again\b",
    r"\b(?:without|unless) (?:a )?(?:formal )?request\b",
    # a readiness kept vague: "when the moment comes, the Netherlands will not be found wanting"
    r"\bnot be found wanting\b",
    r"\bprovided that\b|(?:^|[,;]\s*|\bonly )provided\b|\bon condition that\b|\bunder the (?:aegis|auspices|umbrella|flag) of the (?:un|united nations)\b|(?<!\bfor )\bas long as\b(?! (?:it takes|it is (?:needed|necessary|required)|necessary|needed|we can|i am|i'm|we are|i remain|i (?:lead|head|run|govern)|no|not|none|nobody|no one|the (?:ceasefire|peace|truce|mission|ukrainians?) (?:needs?|lasts?|requires?))\b)",  # noqa: E501
    r"\b(?:without|with|only with|unless there is) (?:an? |the )?(?:us |american |u\.s\. |washington's )?"
    r"(?:backstop|security guarantees?|air cover)\b|\bwithout (?:us |american |u\.s\. |washington's )(?:support|"  # noqa: E501
    r"involvement|participation|backing|help)\b|\bneed to (?:see|know) (?:[\w-]+ ){0,5}?first\b|"
    # "Without the Yanks behind us, we'd be sending our lads in as sitting ducks"
    r"\bwithout (?:the )?(?:americans|yanks|united states|us|u\.s\.|washington|nato) (?:\w+ )?(?:behind (?:us|them|"  # noqa: E501
    r"it|the force)|at (?:our|their|its) backs?)\b",
    r"\bwithout (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:mandate|approval|vote|request|resolution)\b",
    # the conditions just named, refused only in their absence: "Without both, Italy's answer is no"
    r"^without (?:both|either|them|those|these|that|this|it)\b"
    r"(?=[^.;]{0,40}\b(?:answer is no|no|not|nothing)\b)",
    # "cautioned against any deployment that was not authorized by the Council": the same condition
    r"\b(?:deployment|mission|force|sending|troops|soldiers) (?:that|which) (?:is|was|are|were|has|had) not "
    r"(?:been )?(?:authori[sz]ed|mandated|approved|sanctioned)\b",
    # going tied to the Americans': "We will go when the Americans go, and not one day earlier"
    r"\b(?:will|would|shall) (?:go|send|deploy|be there|contribute|take part|join)\b[^.;]{0,20}?\b(?:when|"
    r"once|if|as soon as) (?:the )?(?:americans?|united states|us|washington|nato|the alliance) (?:go|"
    r"goes|do|does|are|is|will|commit|commits|send|sends|join|joins)\b",
    r"\b(?:parliament|the house|congress|the bundestag|lawmakers|mps) (?:will|must|would|should) (?:decide|vote|"  # noqa: E501
    r"have (?:a|its|the final|the last) (?:say|word))\b|\b(?:parliament|the house|congress|the bundestag|lawmakers|"  # noqa: E501
    r"mps) (?:has|have) to have (?:a|its|their|the final) say\b|\b(?:need|require|requires|needs) (?:the )?(?:approval|consent|vote) of\b",  # noqa: E501
    r"\b(?:is|are|was|were) discussing (?:sending|how|a deployment|the deployment)\b",
    # asking for a debate on it, rather than closing it: "a calm and serious discussion"
    r"\b(?:calm|serious|sober|open|honest|proper|frank)(?: and (?:calm|serious|sober|open|honest|frank))? "
    r"(?:discussion|debate|conversation)\b",
    r"\bnot (?:talking|going) about (?:sending )?combat troops\b(?!.{0,30}\b(?:are|is) talking about)",
    r"\beverything (?:that )?(?:we can|possible)\b|\bwhatever it takes\b|\b(?:do|does|doing) what is "
    r"(?:necessary|needed|required)\b",
    # readiness left unspecified: "ready to contribute …, without saying whether Turkish troops would be sent"
    r"\bwithout (?:saying|specifying|committing to|confirming|indicating|making clear) (?:whether|if)\b",
    # "If there is a UN mandate and a ceasefire, Ireland will play its part": a mandate not in its hands
    r"\bif there (?:is|was|were) (?:a |an )?(?:un |united nations |clear |security council )?mandate\b",
    # "would put troops on the ground if Washington provides a backstop"
    r"\bif\b[^.;]{0,40}\bbackstop\b",
    r"\bstud(?:y|ies|ied|ying) (?:all|the|several|various|different) (?:scenarios|options|possibilities)\b",
    # (options for troops, or options left unsaid; not "options for enabling support such as airlift")
    r"\bprepar\w* (?:the |several |possible |military )?options\b(?=[^.;]{0,40}\b(?:troops|soldiers|"
    r"deploy\w*|contribution|mission|force)\b|,? but\b|\s*[.;]|\s*$)|\b(?:need|needs|would need|will need|"
    r"requires?|would require) (?:a |an )?(?:un |united nations )?(?:security council )?resolution\b",
    r"\b(?:could|can) (?!not\b|never\b)(?:\w+ )?imagine\b(?=[^.;]{0,40}\b(?:contribution|troops|soldiers|"
    r"participat\w*|taking part|sending|deploy\w*|role|mission|sappers|engineers|deminers|instructors)\b)|"
    r"\b(?:decide|decision)\b[^.;]{0,20}\b(?:once|when) (?:the )?(?:conditions|details|terms|mandate|time)\b|"
    r"\bdecision (?:would|will|is to) be (?:taken|made)\b[^.;]{0,40}\b(?:together|jointly|with (?:our )?"
    r"(?:allies|partners))|"
    r"\bin principle\b[^.;]{0,20}\bready\b|\bready in principle\b|\b(?:want|wants|wanted|need|needs|needed) "
    r"to (?:know|see|understand)\b[^.;]{0,40}\bfirst\b|\bdecide\b[^.;]{0,20}\bwhen (?:the )?(?:conditions|"
    r"time|details|terms)\b",
    # hedged help: "supported the mission in principle", "we will contribute what we can"
    r"\b(?:support\w*|back\w*|agree\w*|welcom\w*) (?:\w+ ){0,3}?in principle\b|"
    r"\b(?:contribute|do|offer|give|send) (?:what|whatever) (?:we|it|they) can\b",
    # "would look at the question again if a peace agreement were reached"
    r"\b(?:look at|examine|consider|review|discuss) (?:the question|it|this|the issue|the matter) again\b|"
    r"\b(?:reconsider|revisit)\w* (?:the question|it|this|the issue|the matter|its position)\b",
    # "has begun preparations for a possible military contribution"
    r"\b(?:preparations? for|preparing (?:for )?) a possible (?:military )?(?:contribution|deployment|"
    r"mission|participation|role)\b",
    r"\bno scenario\b.{0,20}\bexclude",
    r"\bnot (?:yet|been) decided\b.{0,40}\b(?:troops|soldiers)",
    r"\b(?:decide|decision) (?:on|about) (?:its|our|their) contribution\b",
    # deliberation: the question is being weighed, not answered
    # conditions to meet before the question is even discussed: "before we talk about German soldiers in
    # Ukraine, we need a ceasefire, a mandate and a clear exit strategy"
    r"\bbefore (?:we|anyone|you|they) (?:even )?(?:talk|speak|think) about\b[^.;]{0,60}, (?:we|you|they) "
    r"(?:need|must have|want)\b",
    # a refusal for now that may change: "at the moment there are no plans, but the situation can change"
    r"\b(?:situation|that|this|things|position|picture)\b (?:can|could|may|might) (?:well )?change\b",
    # a part in a mandated mission: "Ireland could contribute to a UN-mandated mission"
    r"\b(?:could|would|might|may|can|will) (?:(?!"
    + _NEG
    + r"\b)\w+ )?(?:contribute|take part|participate|join|"  # noqa: E501
    r"support)\b[^.;]{0,40}?"
    r"\b(?:un-mandated|mandated|mandate)\b",
    # a decision put off until a condition is met: "when there is a ceasefire and a UN mandate, we will
    # look at it"
    r"\b(?:when|once|if|after)\b[^.;]{0,60}\b(?:mandate|ceasefire|cease-fire|truce|peace (?:deal|agreement)|"
    r"request|resolution|guarantees?)\b[^.;]{0,30},\s*(?:we|i|they|the government)\s+"
    r"(?:will|would|could|can|shall)\s+"
    r"(?:\w+\s+)?(?:look at|consider|examine|study|discuss|decide|assess|review|see)\b",
    # "a European force would need an American backstop"
    r"\b(?:need|needs|would need|will need|require|requires|would require)\b (?:an? |the )?(?:[\w.-]+ ){0,2}?"
    r"(?:backstop|air cover)\b",
    # "any mission would need the backing of the Danish parliament"
    r"\b(?:need|needs|would need|will need|require|requires|would require)\b (?:the )?(?:backing|approval|"
    r"consent|vote|green light|blessing|mandate) (?:of|from) (?:the )?(?:[\w-]+ )?(?:parliament|congress|"
    r"bundestag|house|lawmakers|mps|sejm|storting|riksdag|folketing|eduskunta|un|united nations|security "
    r"council)\b",
    # "we will discuss whether to contribute once …"
    r"\b(?:discuss|decide|consider)\w* whether (?:or not )?(?:to )?(?:contribute|send|deploy|take part|join|"
    r"participate|commit)\b",
    # a condition no one can do without: "without an American guarantee, no European government can send"
    r"\bwithout (?:an? |the |any )?(?:[\w.-]+ ){0,2}?(?:guarantees?|backstop|mandate|cover|support|"
    r"umbrella),? "
    r"(?:no|nobody|no one|none)\b",
    r"\b(?:prepared|ready|willing|happy) to (?:discuss|talk about|consider|examine|look at) (?:\w+ ){0,2}?(?:role|contribution|participation|presence)\b",  # noqa: E501
    r"\b(?:weigh\w*|mull\w*|pondering|assess\w*|evaluat\w*|analy[sz]\w*|studying|examin\w*|reviewing) (?:whether|"  # noqa: E501
    r"if|(?:the |a |any )?(?:[\w-]+ )?(?:ideas?|proposals?|requests?|options?|possibilit(?:y|ies)|plans?|contributions?|deployment)|all "  # noqa: E501
    r"(?:scenarios|options|possibilities))\b|\bnot (?:be )?the first to (?:send|deploy|go|commit)\b|\bnot in a hurry\b|\b(?:not|never) (?:to )?rush\b|\bno rush\b",  # noqa: E501
    r"\b(?:too early|too soon|premature) to (?:say|tell|know|decide|judge) (?:whether|if|how many|"
    r"yes or no)\b|"
    # a refusal that would come too soon: "too early to exclude anything", "too soon to rule it out"
    r"\b(?:too(?<!not too) early|too(?<!not too) soon|premature) to (?:rule|exclude|close|shut)\b|"
    # "That is a question for the day after a ceasefire, and we will answer it then"
    # ("a question for later" puts it off with no answer: neutral)
    r"\b(?:question|decision)s? for (?:the day after|after (?:a|the) (?:ceasefire|truce|peace))\b|"
    # "we are listening to the French proposal with interest"
    r"\b(?:listen\w*|look\w*|follow\w*|stud\w+|read\w*|view\w*|receiv\w+) (?:to |at )?(?:\w+ ){0,3}?"
    r"with (?:great |keen "
    r"|real |close )?interest\b|"
    # ("far too early to discuss timelines" is no answer at all: neutral, see _NEUTRAL_FIRST)
    r"\b(?<!far )(?:too early|too soon|premature) to (?:talk|speak|discuss|debate|decide)\b|"
    # "First we need a ceasefire, after we will see"
    r"\b(?:then|after|afterwards|later) we(?:'ll| will| shall) see\b|"
    r"\bfirst,? we need (?:a |an )?(?:ceasefire|truce|peace|mandate)\b",
    # "questions of a military presence after a ceasefire arise only when there is a ceasefire"
    r"\b(?:arises?|come up|comes up|be answered|be decided|be discussed|be considered) only "
    r"(?:when|once|after|if)\b|"
    r"\bonly (?:arises?|come up|comes up|be answered|be decided|be discussed|be considered) "
    r"(?:when|once|after|if)\b",
    # the question not ripe yet: "called the debate premature", "would first want to know what a ceasefire
    # looks like"
    r"\b(?:debate|discussion|talk|question)s? (?:\w+ ){0,3}?(?:is|are|was|were|as|remains?) "
    r"(?:still |very |far too |too |somewhat )?premature\b|"
    r"\bcall\w* (?:the |this |that |such |any )?(?:debate|discussion|talk|question)s? "
    r"(?:\w+ ){0,3}?premature\b|"
    r"\b(?:want|wants|need|needs) to (?:know|see|understand) first\b|"
    r"\bfirst (?:want|wants|need|needs) to (?:know|see|understand)\b|"
    r"\b(?:want|wants|need|needs) to (?:know|see|understand)\b[^.;]{0,60}"
    r"\b(?:ceasefire|mandate|rules of engagement|command|backstop|exit strategy)\b",
    r"\b(?:look|looks|looking) (?:at|into) (?:\w+ ){0,3}?(?:carefully|closely|seriously)\b|"
    r"\blook\w* at (?:any|each|every|the|a) (?:request|proposal|offer|invitation) (?:on its merits|case by case)\b|"  # noqa: E501
    r"\b(?:could|might|may) (?:\w+ )?(?:help|contribute|assist) with (?:[\w-]+ ){0,2}?(?:security|peacekeeping|"  # noqa: E501
    r"monitoring|patrols?|the mission|the force)\b|"
    r"\b(?:look\w*|consider\w*) (?:very )?(?:seriously|closely|carefully) (?:at )?(?:taking part|joining|sending|"  # noqa: E501
    r"contributing|the (?:idea|proposal|request|option))\b|"
    r"\bbefore (?:we )?(?:decid\w+|making a decision|taking a decision)\b|\bdecide (?:together|jointly|collectively)\b",  # noqa: E501
    r"\b(?:left|leaves|leaving|keep|keeps|kept|keeping) (?:the )?(?:question|matter|issue|it) open\b",
    # a decision left to a cabinet or parliament: "would have to be discussed in the cabinet and in the Bundestag"  # noqa: E501
    r"\b(?:have|has|had) to be (?:discussed|decided|approved|debated|voted on) (?:\w+ ){0,4}?(?:in|by) (?:the )?"  # noqa: E501
    r"(?:cabinet|parliament|bundestag|congress|house|sejm|assembly|senate|riksdag|storting|folketing)\b",
    # "the cabinet will only send troops if the United States stands behind this force"
    r"\b(?:will|would|could|shall) only (?:\w+ )?(?:send|deploy|contribute|take part|participate|join|commit)\b"  # noqa: E501
    r"[^.;]{0,60}\b(?:if|provided|as long as|on condition)\b",
    # "Any deployment would require a clear request from Kyiv … and a decision by cabinet"
    r"\b(?:would|will|must|should) (?:first )?require (?:a |an |the )?(?:clear |formal |explicit |prior |\w+ )?"  # noqa: E501
    r"(?:request|mandate|vote|decision|approval|invitation|resolution)\b",
    # a force backed "under a clear UN or OSCE mandate": the mandate as the condition
    r"\b(?:only )?under (?:a |an |the )?(?:clear |proper |formal |binding |robust )?(?:un|united nations|osce|eu|"  # noqa: E501
    r"security council|international|nato)\b[^.;]{0,20}\bmandate\b",
    # conditions set for it: "if those two conditions are met, Canada will not stand on the sidelines"
    r"\bif (?:those|these|the|our|such|all|both|its|his|her|their|my) (?:\w+ ){0,2}?conditions? (?:are|is|were|was|"  # noqa: E501
    r"have been|has been) (?:met|fulfilled|satisfied|in place)\b",
    # the request awaited: "when there is one, we will look at what is asked of us and what we can bring"
    r"\b(?:we|i) (?:will|would|shall) (?:look at|consider|examine|see|study) what (?:is|will be|would be) "
    r"(?:asked|requested|needed|required) (?:of us|from us)\b",
    # the condition is the point: "not without the Americans", "we will not go alone"
    r"\bnot(?<!and not) without\b|\bnot (?:go|act|do (?:it|this|so)|be (?:the )?(?:first|only)) alone\b|\bnot (?:\w+ )?alone\b"  # noqa: E501
    r"(?=[^.;]{0,40}\b(?:with|together|allies|partners|coalition)\b)",
    r"\bnot (?:\w+ ){0,4}?(?:blindfolded|blind|in the dark)\b",
    # not against it, but with conditions: "we want a mandate", "no blank cheque", "before we send a single soldier"  # noqa: E501
    r"\bnot against (?:it|this|that|the idea|sending|a deployment)\b|"
    r"\b(?:no |not (?:\w+ ){0,3}?(?:a |any )?|without (?:a |any )?)blank (?:cheque|check)\b|"
    r"\b(?:want|wants|need|needs|demand|demands) (?:a |an )?(?:clear |proper |formal |un |parliamentary )?mandate\b|"  # noqa: E501
    r"\b(?:wants?|wanted|needs?|needed|demand\w*) (?:\w+ )?(?:answers|clarity|details|guarantees|assurances)\b|"  # noqa: E501
    r"\bat the (?:request|invitation) of (?:kyiv|ukraine|the ukrainian|the government in kyiv)\b|\bin agreement with "  # noqa: E501
    r"(?:our |its |their )?(?:partners|allies)\b|"
    r"\b(?:deployment|mission|contribution|presence) (?:should|must|would have to|has to) be (?:short|limited|"  # noqa: E501
    r"clear|time-limited|shared)\b|\bno (?:room|appetite|money|budget) for an open-ended\b|"
    r"\bbefore any decision is (?:taken|made)\b|\bbefore(?<!carefully before)(?<!twice before)(?<!hard before) (?:we|they|you|it|she|he|i) (?:send|deploy|commit|put)s?\b|\b(?:deserves?|(?:have|has) (?:a |the )?right) to know (?:what|who|how|where)\b",  # noqa: E501
    # "before it commits a single unit", "before any soldier is sent", "show me the mandate … and then we can
    # talk numbers": conditions to meet first
    r"\bbefore(?<!carefully before)(?<!twice before)(?<!hard before) (?:committing|sending|deploying)\b|"
    r"\bbefore (?:any|a single|one) (?:\w+ )?(?:soldiers?|troops?|units?|personnel) (?:is|are|gets?) "
    r"(?:sent|deployed|committed)\b|\b(?:and )?then (?:we|i) (?:can|could|will) "
    r"(?:talk|discuss|consider|look at) (?:about )?(?:numbers|troops|soldiers|(?:a |our )?contributions?|"
    r"(?:a )?deployment|sending)\b",
    # possibility kept: "never say never", "keeping an open mind", "there could be a role for our soldiers"
    r"\bnever say never\b|\b(?:would not|will not|cannot|do not|did not) say never\b|\bopen mind\b|"
    r"\b(?:is|are|seems?|it's|it is) (?:\w+ )?(?:conceivable|not inconceivable|thinkable|imaginable)\b|"
    r"\bexplor\w+ (?:all |the |every )?(?:options|possibilities|avenues|ways)\b|\bnot there yet\b|"
    r"\b(?:looking at|considering|studying|weighing) (?:a range of|all|the|several|various|different) "
    r"(?:options|possibilities|scenarios)\b",
    r"\b(?:could|might|may) (?:be|have) (?:a )?role for\b|\b(?:might|may|could) (?:\w+ )?consider\b",
    # not telling the enemy in advance: strategic ambiguity
    # (not "would not … under any of the scenarios being discussed": a refusal that holds in all of them)
    r"\bnot (?:a |an )?taboo\b|\b(?<!any of the )(?:options?|possibilities|scenarios) (?:that are |which are )?(?:being )?(?:studied|"  # noqa: E501
    r"examined|considered|discussed|looked at)\b",
    # ruling out judged a mistake: "ruling things out before the Americans have even sat down is not leadership"  # noqa: E501
    r"\b(?:ruling|to rule|excluding|to exclude) (?:\w+ )?(?:out )?[^.;]{0,70}?\b(?:is|was|would be) (?:not leadership|a "  # noqa: E501
    r"mistake|an error|wrong|foolish|unwise|naive|premature|short-sighted|irresponsible)\b",
    r"\b(?:who|whoever|anyone who|those who|he who) (?:excludes|rules out|renounces) (?:\w+ )?(?:everything|anything|"  # noqa: E501
    r"it|options)\b|\b(?:first )?wait (?:for (?:the )?(?:result|outcome|end)s? of (?:the )?(?:negotiations|talks)|"  # noqa: E501
    r"and see)\b",
    r"\b(?:russia|moscow|putin|the kremlin|the enemy|the adversary) (?:must|should) not know\b|\bkeep\w* (?:russia|"  # noqa: E501
    r"moscow|putin|the kremlin|them|the enemy) guessing\b",
    r"\b(?:box|boxes|boxing|tie|ties|tying) (?:ourselves|themselves|itself|our hands|their hands|its hands)\b|"  # noqa: E501
    r"\bstrategic ambiguity\b|\bambiguity (?:is|remains|was|can be) (?:a |an |our |the best )?(?:\w+ )?(?:weapon|"  # noqa: E501
    r"asset|strength|tool|advantage)\b|\b(?:tell\w*|announc\w+|show\w*|reveal\w*) (?:\w+ ){0,5}?(?:what|everything|anything|all) (?:that )?(?:we|they|you|it) "  # noqa: E501
    r"(?:will|would) (?:not|never) do\b",
    # a decision for someone else, or a condition not in the speaker's hands
    r"\b(?:for each|for every|for individual) (?:ally|allies|country|countries|member|members|state|states|nation|"  # noqa: E501
    r"nations|government) to decide\b|\b(?:a decision|a question) for (?:the )?(?:member states|nations|"
    r"national governments|capitals|each (?:country|member state|ally|government)|individual (?:allies|"
    r"nations|countries))\b|\bfor (?:the )?(?:member states|nations|capitals) to decide\b",
    # a condition put as an "if": "If there is a proper mandate, they could work in Ukraine too", "If Europe
    # asks, Spain has the experience to help", "It would have to come to a vote"
    r"\bif there (?:is|were) (?:a |an )?(?:proper |clear |un |united nations |legal |"
    r"international )?mandate\b|\bif (?:europe|the eu|nato|the un|the united nations|brussels) (?:asks?|"
    r"requests?|decides?|calls?)\b|\b(?:would|will) have to (?:come to|go to|be put to) (?:a |"
    r"the )?(?:vote|parliament|congress)\b",
    # a vote or a say for parliament first: "give Parliament a vote before any deployment", "a decision of
    # this magnitude must be taken by this House"
    r"\b(?:give|giving|gives|grant|hold|holding|allow) (?:parliament|mps|lawmakers|the house|congress|the "
    r"bundestag|members) (?:a |the )?(?:vote|say|final say)\b|\bdecision\b[^.;]{0,40}\bmust be (?:taken|made|"
    r"approved|agreed) by (?:this house|parliament|the house|congress|the bundestag|lawmakers|mps)\b",
    # "any decision on the Bundeswehr is for the Bundestag"
    r"\b(?:decision|question|matter|say)\b[^.;]{0,40}?\bis (?:one )?for (?:the )?(?:parliament|congress|"
    r"bundestag|house|lawmakers|mps|sejm|storting|riksdag|folketing|seimas|saeima|riigikogu|eduskunta|"
    r"national assembly)\b",
    r"\b(?:a|the) (?:decision|question|matter) for (?:the )?(?:parliament|congress|the bundestag|the house|lawmakers|"  # noqa: E501
    r"mps|the (?:\w+ )?government|the alliance|allies|nato|kyiv|ukraine)\b|\b(?:would|will) (?:have to|need to|"  # noqa: E501
    r"must) be (?:approved|authori[sz]ed|sanctioned|mandated|agreed)\b",
    r"\bif (?:russia|the russians|moscow|putin|russian forces)\b(?! (?:knows|understands|sees|believes|realises|realizes|is told)\b).{0,40}\b(?:break\w* through|breakthrough|advanc\w+|"  # noqa: E501
    r"overrun\w*|reach\w*|attack\w*|escalat\w+|win\w*|succeed\w*)\b|\bthe question (?:will|would|could|may|might) "  # noqa: E501
    r"(?:arise|come up|be (?:raised|asked))\b|\b(?:question|idea) (?:that )?deserves? (?:to be|a)\b",
    r"\b(?:should|if) (?:kyiv|the ukrainians|ukraine|they|the allies|allies) (?:ask|request|want)\b",
    r"\bif (?:some|several|a few|any) (?:of them|allies|countries|states|members) (?:\w+ )?decide\w*\b|\b(?:allies|members|"  # noqa: E501
    r"countries|states) are sovereign\b",
    r"\bif (?:the )?conditions (?:are|were) (?:right|met|there)\b|\bunder the right conditions\b|"
    r"\b(?:is|are|will be|would be) (?:up to|for) (?:the )?(?:parliament|congress|bundestag|lawmakers|mps|house|"  # noqa: E501
    r"government|allies|alliance|coalition) to (?:decide|judge|say)\b|"
    r"\bonly (?:make sense|work|be possible|be feasible|be conceivable) (?:with|if|under|once|when)\b",
    r"(?:\b(?:conditional|conditioned)|\b(?:is|are|was|were|be|remains?|remained|being|made) (?:\w+ )?contingent) (?:on|upon)\b(?! (?:ukrainian|the ground|ukraine))|\bnot saying (?:yes|no)\b|\bneither yes nor no\b|"  # noqa: E501
    r"\bnot (?:said|say|saying) no\b|\brul\w+ (?:\w+ )?in or out\b",
    r"\b(?:discussion|debate|question|idea|proposal) is (?:\w+ )?(?:legitimate|justified|valid|worth having|"
    r"worth discussing|necessary|needed|a fair one)\b",
    r"\b(?:before|until|unless) (?:the )?(?:united states|americans|us|washington|allies|nato|the alliance|partners) "  # noqa: E501
    r"(?:has|have|had) (?:made|clarified|decided|committed|agreed|given)\b|\b(?:parliament|the house|congress|"  # noqa: E501
    r"the bundestag|lawmakers|mps|the storting|the riksdag|the sejm|the seimas) (?:would|will|must|is to) be asked to "  # noqa: E501
    r"(?:approve|vote on|authori[sz]e|endorse) (?:the |a |any |such a |this )?(?:deployment|mission|sending|dispatch|"  # noqa: E501
    r"contribution|it)\b|"
    r"\bdecide (?:when|once|after|if) (?:(?:we|they|it) (?:know|have|see|receive|get)|there (?:is|are))\b|\b(?:will|would|shall) decide "  # noqa: E501
    r"(?:later|in due course|at the (?:appropriate|right) time|after the (?:summer|summit|elections?|"
    r"holidays|winter|recess)|(?:in|by) (?:the )?(?:autumn|spring|summer|new year))\b",
    # "We will go when we know who is paying and who is shooting"
    r"\b(?:we|i)(?:'ll| will| would| shall) (?:only )?go (?:only )?(?:when|once|if) (?:we|i) "
    r"(?:know|have|see|get|hear)\b",
    # a refusal for today that is not for ever: "not on the table today, which does not mean it never will be"
    r"\b(?:does|do|did) not mean (?:that )?(?:it|this|that|we|they)? ?(?:\w+ )?(?:never|forever|for ever|for good)\b",  # noqa: E501
    # "Türkiye is a guarantor of stability, not a spectator", "does not intend to be a spectator"
    r"\bnot (?:intend to |want to |going to )?(?:be |remain |stand )?(?:a |an |as )?(?:mere |passive )?spectators?\b",  # noqa: E501
    r"\bnot (?:automatically|necessarily|simply) (?:reject|rule out|refuse|exclude|oppose)\b",
    # a force both sides must accept: "if the parties request it", "solutions that both sides accept"
    r"\b(?:both sides|both parties|the parties|all sides|all parties|both kyiv and moscow) (?:\w+ )?(?:accept|agree|"  # noqa: E501
    r"request|consent|ask)\w*\b",
    # ambiguity kept: "I am not going to tell Moscow today what the Bundeswehr will or will not do tomorrow"
    r"\b(?:not|never) (?:going to )?(?:tell|announce|reveal|say)\w* (?:\w+ ){0,4}?what (?:\w+ ){0,3}?(?:will|would|might) "  # noqa: E501
    r"or (?:will|would|might) not (?:do|send)\b",
    # "It's a yes with conditions", "a conditional yes"
    r"\ba (?:yes|\"yes\") with conditions\b|\ba conditional yes\b|\byes, with conditions\b",
    # "If one day there is a United Nations mission, we will look at it"
    r"\b(?:will|would|shall) (?:\w+ )?look at it\b",
    r"\brule (?:\w+ )?in or (?:rule )?(?:\w+ )?out\b",
    # hands kept free: "you do not tie your own hands in a negotiation"
    r"\b(?:tie|tying|ties|bind|binding) (?:our|your|its|their|my) own hands\b",
    r"\bdecided in accordance with (?:national|constitutional|domestic|our|their) (?:procedures|rules|requirements|"  # noqa: E501
    r"law)\b",
    # "Without the Americans, … With them, Norway will be there"
    r"\bwith (?:them|it|that|american support|us support|a mandate|the americans),? (?:\w+ ){0,2}?(?:will|would|can) "  # noqa: E501
    r"(?:be there|contribute|take part|send)\b",
    r"\bin a way that does not weaken\b",
    r"\bclose (?:any )?doors? that (?:may|might|could)\b",
    # readiness is no decision: "Being ready is not the same as being sent"
    r"\b(?:ready|readiness) is not the same as (?:being )?(?:sen[dt]|deployed|a decision|going)\b",
    # "only with a decision of the National Assembly"
    r"\bonly with (?:a|the) (?:\w+ )?decision of\b",
    # what was not said is not a no: "I did not say tomorrow, and I did not say combat"
    r"\b(?:i|we|he|she) (?:did not|didn't|never) say (?:never|no|tomorrow|now|combat|today)\b",
    # a role short of fighting: "None of this means French soldiers fighting Russians"
    r"\b(?:none of this|this does not|that does not|it does not|which does not) means? (?:\w+ ){0,2}?(?:soldiers|"  # noqa: E501
    r"troops|forces) (?:fighting|in combat|at the front|on the front line)\b",
    # a yes put off: "yes, but not yet, and not alone", "yes, but not now"
    r"\byes,? but not (?:yet|now|today|alone|before|until|without)\b",
    # a request as a condition: "If our allies ask us to help guard a ceasefire, …"
    r"\bif (?:our |the )?(?:allies|partners|kyiv|ukraine|the ukrainians|nato|they|the un) (?:formally )?(?:ask|request|"  # noqa: E501
    r"invite)\w*\b",
    # "nobody in this government has said never, and nobody will"
    r"\b(?:nobody|no one)\b[^.;]{0,30}\b(?:has said|says|is saying|will say|said) never\b",
    # Germany's parliament decides each deployment: "The Bundeswehr is a parliamentary army"
    r"\bparliamentary army\b",
    # "If the Americans stand behind it, Swedish soldiers can stand in it", "and the Americans are on board"
    r"\bif (?:\w+ ){0,6}?(?:the americans|the us|the united states|washington|america) (?:stands? behind|(?:is|are) on "  # noqa: E501
    r"board|backs?|(?:is|are) in)\b",
    r"\b(?:will|would|could) (?:\w+ )?look (?:\w+ )?at what (?:it|we|they|the country) (?:can|could) contribute\b",  # noqa: E501
    # a talk kept open: "If they do, and if the ceasefire is real, I'm willing to have that conversation"
    r"\b(?:willing|ready|prepared|happy|open) to (?:have|having|hold|holding|start) (?:that|this|the) (?:conversation|discussion|debate)\b",  # noqa: E501
    # the chamber decides: "The Storting will have the final say"
    r"\b(?:" + _CHAMBERS + r"|lawmakers|mps|the people) (?:will|would|must|should) (?:have|"
    r"get) (?:the (?:final|last) (?:say|word)|its say|a say)\b(?!,? but\b)|\b(?:will|would|"
    r"must) be decided by (?:the )?(?:\w+ ){0,2}?(?:" + _CHAMBERS + r")\b",
    # "to close the door forever is not wise"
    r"\b(?:close|closing|shut|shutting|slam|slamming) the door\b[^.;]{0,20}\b(?:is|would be) (?:not wise|"
    r"unwise|a mistake|wrong|foolish)\b",
    # support bound to terms: "If the mission is clear and the families are told the truth, I'll back it", "We
    # will vote for this the day the Americans put their name to a guarantee"
    r"\bif\b[^.;]{0,80},\s*(?:i|we)(?:'ll| will| would|’ll) (?:\w+ )?(?:back|support|vote for) (?:it|this|"
    r"that|the mission|our people)\b|\b(?:back|support|vote for) (?:it|this|"
    r"that)\b[^.;]{0,20}\b(?:the day|once|when|if) (?:the )?(?:americans|united states|washington|us)\b|"
    # "would vote for a deployment if NATO's military authorities confirm …" (what is needed is no condition:
    # "if necessary")
    r"\b(?:back|support|vote for) (?:the|a|such a|this) (?:deployment|mission)\b[^.;]{0,20}?\b(?:only )?"
    r"(?:the day|once|if|provided|as long as) (?!necessary|needed|need be|required)",
]
# help to a force that is not troops of one's own, though the force's
_ENABLERS = (
    r"(?:intelligence|airlift|air cover|air support|air policing|logistics|surveillance|refuel(?:l)?ing)"
)
# Urgency: the delay, not the sending, is what the speaker calls a mistake ("every week of delay is a
# gift to the Kremlin"); read before the evaluations, which would take the gift for the sending's
SUPPORT_FIRST = [
    # the force backed from outside: "I will support American intelligence, airlift and air cover for a
    # European force, from outside Ukraine"
    r"\b(?:support|provide|offer|give|back)\w* (?:\w+ ){0,2}?"
    + _ENABLERS
    + r"(?:,? (?:and )?"
    + _ENABLERS
    + r")* (?:for|to) (?:a|the) (?:[\w-]+ ){0,2}?force\b",
    # … or with them: "would support the force with intelligence, airlift and air cover"
    r"\b(?:support|back|suppl|provid|equip)\w* (?:a|the|this|that|such a) (?:[\w-]+ ){0,2}?force with "
    r"(?:[\w-]+ ){0,2}?" + _ENABLERS,
    # "Estonia will not wait for others to guard a peace that protects us too": the speaker's state acts
    r"\b(?:will not|won't|shall not|cannot|can't|must not|should not|do not|does not) (?:just |simply )?wait "
    r"for (?:others|other countries|other states|the others|anyone else|someone else|the rest)\b",
    # "I will not hide behind an election poster": the speaker will act
    r"\b(?:will not|won't|shall not|must not|cannot|can't|should not|do not|does not|will never) hide behind\b(?! (?:\w+ )?"  # noqa: E501
    r"(?:ambiguity|vagueness))",
    r"\b(?:delay|delays|waiting|hesitation|hesitating|dithering|inaction|every week of delay)\b[^.;]{0,30}\b(?:is|are|"  # noqa: E501
    r"would be|will be) (?:a |an |only |just )?(?:gift|mistake|danger|luxury|betrayal|disaster)\b",
    r"\b(?:soldiers|troops|boots) on the ground (?:do|does)(?: that)?(?:[.!,]|$)",
    # guarantees worth little without troops: "would mean little without foreign soldiers on Ukrainian
    # territory"
    # (the lookahead keeps "without" out of the match, which would read as its negation)
    r"\b(?:(?:mean|worth|count for|amount to) (?:very )?(?:little|nothing)|worthless|meaningless|empty|hollow|"  # noqa: E501
    r"useless|not credible)\b(?=[^.;]{0,20}\bwithout\b[^.;]{0,40}?\b(?:troops|soldiers|boots|forces|"
    r"contingents?|presence)\b)",
    # where the troops must be: "a contingent of our partners must be on our land, not on paper"
    r"\b(?:troops|soldiers|forces|boots|contingents?|presence)\b[^.;]{0,30}?\b(?:must|should|need to|needs to|"  # noqa: E501
    r"have to|has to) be (?:here|on (?:our|ukrainian) (?:land|soil|territory)|in ukraine)\b",
    # asking others to send: "urged allies to send troops"; a champion of it: "a leading advocate of a force"
    r"\b(?:urg\w+|call\w* on|press\w*|appeal\w* to|encourag\w+) (?:[\w-]+ ){0,3}?to (?:send|deploy|commit|"
    r"station|put)\b",
    # a readiness, an offer or a push for the sending in the writer's words: "signalled its willingness to
    # send soldiers", "is pushing for a European force to be deployed", "joined calls for a presence"
    # (whose readiness it is may stand between: "the readiness of the Government to send")
    r"\b(?:willingness|readiness|offer|pledge|commitment|intention|decision) "
    r"(?:of (?:the )?[\w-]+(?: [\w-]+)? )?to (?:send|deploy|contribute|commit|"
    r"station|put)\b|\b(?:push\w*|calls?|called|calling) for (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:force|presence|"  # noqa: E501
    r"troops|deployment|contingent|boots)\b",
    # troops asked for in the writer's words: "Kyiv wants at least 25,000 foreign troops on the ground",
    # "has asked for European peacekeepers" (not the army's own recruits: the troops are others' or there)
    # ("Ukraine wanted a contingent that is able to respond", "We need European soldiers here")
    r"\b(?:wants?|wanted|asks? for|asked for|asking for|seeks?|sought|requests?|requested|demand(?:s|ed)?|"
    r"needs?|needed) "
    r"(?:(?:at least|up to|some|about|around|as many as|several|tens of|thousands of|a few|[\d,.]+|"
    r"\w+ thousand) ){0,2}(?:(?:foreign|western|european|allied|nato|international|partner|peacekeeping) "
    r"(?:\w+ )?(?:troops|soldiers|forces|peacekeepers|contingents?|boots)|"
    r"(?:troops|soldiers|peacekeepers|boots) on the ground|"
    # ("We are asking for a presence that makes the next war impossible", "asking for a force that can fight")
    r"(?:a|an) (?:[\w-]+ ){0,2}?(?:contingent|(?<!air )force|(?:troop )?presence))\b",
    # "Europe is best placed to provide them on the ground"
    r"\b(?:best|well) placed to (?:provide|deploy|put|send|offer)\b[^.;]{0,30}\bon the ground\b",
    # the speaker's own soldiers in the force: "Our soldiers will serve alongside the Belgians", "When there
    # is a ceasefire, Swedish soldiers will help to guarantee it"
    r"\b(?:our|" + gz.DEMONYM_LOWER_RE + r") (?:soldiers|troops|servicemen|peacekeepers) "
    r"(?:will|would|are ready to) (?:(?:help (?:to )?)?(?:guarantee|guard|keep|secure|police) "
    r"(?:it|the peace|the ceasefire|the truce)|serve alongside)\b",
    # "The Europeans should lead on the ground", "our allies must be on the ground"
    r"\b(?:europeans|europe|(?:our )?allies|(?:our )?partners|we) (?:must|should|will|need to) "
    r"(?:lead|be) on the ground\b",
    # the sending as what the speaker wants: "if we want the Europeans to put their troops on the line, we
    # have to be willing to stand behind them"
    r"\bif (?:we|you|europe|the west|the allies) (?:really )?(?:want|are serious about|mean)\b[^.;]{0,60}?\b(?:troops|"  # noqa: E501
    r"soldiers|boots|forces)\b[^.;]{0,40}, (?:then )?(?:we|you|they|europe) (?:have to|must|need to|should|will "  # noqa: E501
    r"have to)\b",
    # readiness: "if they send us, we go", "a company could be ready within weeks of a ceasefire"
    r"\bif (?:they|you|the government|parliament) sends? us\b[^.]{0,10}\bwe (?:will )?go\b",
    r"\b(?:troops|soldiers|company|battalion|brigade|contingent|units?|forces)\b(?: \w+){0,3}? (?:could|would|will|can) "  # noqa: E501
    r"be (?:ready|deployed|in place|on the ground)\b[^.;]{0,30}\b(?:ceasefire|peace deal|peace agreement|truce)\b",  # noqa: E501
    # the critic of a refusal: "cannot ask others to guarantee a peace … while keeping its own army in the barracks"  # noqa: E501
    r"\bwhile keeping (?:its|their|our|his|her) own (?:army|troops|soldiers|forces) (?:in the barracks|at home)\b|"  # noqa: E501
    r"\b(?:cannot|can not|can't) ask others to\b",
    # solidarity that a pledge of troops carries: "Ukraine will not be left alone", "we will not leave them alone"  # noqa: E501
    r"\b(?:will|would|shall) not be left alone\b|\b(?:will|would|shall) not leave (?:ukraine|the ukrainians|them) alone\b",  # noqa: E501
    # the critic of a refusal: "hiding behind the Aegean", "stand with our partners on land as well as at sea"
    r"\bhid(?:e|es|ing) behind\b(?! (?:\w+ )?(?:ambiguity|vagueness))|\bon (?:land|the ground) as well as (?:at sea|in the air)\b",  # noqa: E501
    # refusing to stand aside: "no excuse to stay on the sidelines", "will not stand aside"
    r"\b(?:no excuse to|cannot|can not|must not|should not|will not|would not) (?:\w+ )?(?:stay|stand|remain) "  # noqa: E501
    r"(?:on the sidelines|aside)\b",  # "debates do not stop missiles. soldiers on the ground do."  # noqa: E501
    r"\b(?:stop|stopped) (?:debating|talking)\b[^.;]{0,20}\b(?:start|begin) (?:deploying|sending|acting)\b|\b(?:start|"  # noqa: E501
    r"begin) (?:deploying|sending (?:troops|soldiers))\b",
    r"\bpresence\b[^.;]{0,20}\b(?:changes?|alters?|shifts?) (?:moscow's|russia's|the kremlin's|putin's) "
    r"(?:calculations?|calculus)\b",
]
# Supports read before every other list, with no negation check of their own: two negations that make a
# yes ("must not be afraid to send troops", "it would be a mistake not to send troops", "I don't see why we
# shouldn't send trainers"), and readings that a deferral or a refusal in the same statement must not
# override (what the force is for, a proposal, a plan made).
_FREE = r"(?:(?!\b" + _NEG + r"\b)[^.;])"  # any character of the clause, but not where a negation starts
SUPPORT_READ_FIRST = [
    # people for the force's non-combat work backed, combat troops not: "it backed “trainers and medics, not
    # combat troops”"
    r"\b(?:back\w*|support\w*|want\w*|favou?r\w*|endors\w*|would send|will send) (?:only )?['‘]?(?:\w+ )?"
    r"(?:trainers|instructors|medics|engineers|deminers|de-miners|sappers)\b[^.;]{0,40}, not (?:\w+ )?combat "
    r"(?:troops|soldiers|units|forces)\b",
    # negations that promise: "will not be the last to arrive and will not be the first to leave"
    r"\b(?:will|would|shall) (?:not|never) be the last to (?:arrive|come|go|deploy|send|commit|contribute)\b|"
    r"\b(?:will|would|shall) (?:not|never) be the first to (?:leave|withdraw|pull out|go home)\b",
    # a refusal refused: "We cannot refuse to help guard a ceasefire in Ukraine"
    r"\b(?:cannot|can not|must not|should not|could not) refuse to (?:help )?(?:guard|secure|keep|protect|"
    r"take part|contribute|send|join)\b",
    # the sending said for what it is, after what it is not: "We will not send anyone into combat. We will
    # send people who clear mines", "We do not send soldiers into war. We send them to prevent the next one."
    r"\bnot send (?:\w+ ){0,2}?(?:into|to) (?:combat|war|battle|fight)\b[^.;]{0,30}[.;] (?:but )?we "
    r"(?:will |would |shall )?send (?:them|people|engineers|de-?miners|medics|doctors|trainers|instructors|"
    r"soldiers)\b",
    # the others' work refused as a role: "We are not going to stand on the sideline and let others do it"
    r"\bnot (?:going to |willing to )?(?:stay|stand|sit|remain|wait) (?:on the sidelines?|aside|"
    r"back) and let (?:others|them|someone else|somebody else|the others)\b",
    # not the one left out: "Bulgaria cannot be the only country in the region that only watches", "Germany
    # cannot be the country that sits by the phone", "must not be the weak link"
    r"\b(?:cannot|can not|must not|should not|will not) be the (?:only |one )?(?:country|state|nation|"
    r"member|ally)\b[^.;]{0,40}?\b(?:that|which|who) (?:only |just |simply )?(?:watches|watch|stands|sits|"
    r"stays|looks|waits|hides|points)\b|\b(?:cannot|can not|must not|"
    r"should not) be the weak(?:est)? link\b",
    # a soldier weighed against words: "Any European soldier on our soil is worth ten statements"; "That is
    # not an argument against going. It is an argument for going with your eyes open."
    r"\b(?:soldiers?|troops|boots|uniforms?)\b[^.;]{0,30}\b(?:is|are) worth (?:more than|ten|a hundred|"
    r"a thousand|\w+ times)\b|\ban argument for (?:going|sending|deploying|a (?:force|deployment|"
    r"mission))\b",
    # someone must be there: "Someone has to stand there", "a ceasefire will hold if nobody is standing there
    # to guard it?", "Safer than if nobody goes"
    r"\b(?:someone|somebody) (?:has|will have|needs|would have) to (?:stand|be|go) (?:there|between)\b|"
    r"\bif (?:nobody|no one|no-one) (?:is )?(?:standing there|stands there|goes|guards it|is there)\b",
    # the answer hoped for: "I hope they say yes", "We hope the answer will be yes"
    r"\b(?:i|we) (?:hope|trust) (?:that )?(?:they|the answer|the government|parliament|"
    r"\w+) (?:will )?(?:say|says|be|is) yes\b|\b(?:i|we) (?:hope|trust) (?:that )?the answer (?:will be|"
    r"is) yes\b",
    # "We will not be deterred by words from sending this force"
    r"\bnot (?:be )?(?:deterred|dissuaded|put off|stopped|scared off) (?:[^.;]{0,40} )?from (?:sending|"
    r"deploying|putting|going)\b",
    # troops as the guarantee: "the presence of partners' soldiers is the only guarantee that Russia will not
    # come back", "The best guarantee wears a uniform", "they must wear uniforms"
    # (and "Dutch soldiers in Ukraine would be the most credible security guarantee Europe can give")
    r"\b(?:presence|soldiers|troops|boots|uniforms?|force|contingent|brigade)\b[^.;]{0,30}\b(?:is|are|"
    r"remains?|would be|will be) (?:the |a |an )?(?:only|most credible|best|strongest|surest|most effective|"
    r"real|only real|ultimate) (?:real |credible |serious |security |peace )?(?:guarantee|deterrent)\b|"
    # "has called a Western presence “the only guarantee that Russia cannot simply ignore”"
    r"\bcall\w* (?:a |the |an )?(?:[\w-]+ ){0,2}?(?:presence|troops|soldiers|force|deployment|"
    r"contingent)\W{1,3}"
    r"(?:the |a |an )?(?:only|best|most credible|strongest|surest|real) (?:real |credible |security |peace )?"
    r"(?:guarantee|deterrent)\b|"
    r"\bguarantees?\b[^.;]{0,30}\bwears? (?:a )?uniforms?\b|\bmust wear uniforms?\b|"
    r"\b(?:\w+ )?uniforms? in ukraine\b|\b(?:only|best) (?:real |credible |serious )?guarantee (?:is|are|"
    r"remains?|would be) (?:the |a |an )?(?:presence|soldiers|troops|boots|force)\b|"
    r"\bonly guarantee\b[^.;]{0,40}\b(?:is|are|was) (?:a |the )?(?:soldiers?|troops|boots|uniforms?|"
    r"presence)\b|"
    # paper promises that failed: "Paper guarantees did not protect us", "deterrence that exists only on paper
    # is not deterrence"
    r"\bpaper (?:guarantees?|promises?|assurances?)\b[^.;]{0,20}\b(?:did not|do not|does not|will not|"
    r"cannot|never|(?:have |has )?(?:already )?cost)\b|\b(?:deterrence|guarantees?|security|"
    r"promises?)\b(?: that exists?| which exists?)? only on paper\b",
    # a welcome: "We would welcome them with open arms"; "we think it is right that they go"
    r"\bwelcome (?:them|you|your \w+|their \w+) with open arms\b|\b(?:it is|it's) right (?:that (?:they|"
    r"we) go|for (?:them|us) to go)\b",
    # sending asked for in person: "We need them here, not in communiqués"; "people, not only equipment"
    r"\b(?:we|ukraine) needs? (?:them|you|your soldiers|your troops|allied troops) here\b|\b(?:people|"
    r"soldiers|troops|boots|units|personnel|instructors|engineers)\b[^.;]{0,40}, not (?:only|just|"
    r"merely) (?:equipment|words|machines|money|weapons|promises|declarations|statements)\b",
    # "Estonia will not wait for the others to go first"
    r"\b(?:will|would|shall|should|must) not wait for (?:the )?(?:others|anyone|allies|americans|"
    r"washington) to (?:go|move|send|decide)\b",
    # deterrence: "a Russian general will think twice before he hits a base with Frenchmen in it"
    r"\b(?:russia|moscow|putin|the kremlin|the russians|a russian \w+|an aggressor|"
    r"any aggressor)\b[^.;]{0,20}\b(?:will|would|must|has to) think twice\b|"
    r"\bmake (?:\w+ ){0,2}(?:aggressor|russia|moscow|putin|the kremlin|the russians) think twice\b",
    # "Ready when Ukraine needs us", "we'll be ready whenever we are called"
    r"(?:^|\b(?:we are|we're|we'll be|we will be|will be|is|are) )ready (?:when|whenever|once)\b",
    # others' troops welcomed: "If our European friends want to put a force together, we think that's
    # terrific"; "If Finland sends deminers to Ukraine, that is a good thing"
    r"\bif\b[^.;]{0,60}\b(?:send|put|deploy)s?\b[^.;]{0,60}\b(?:that's|that is|it's|it is|that would be) "
    r"(?:terrific|great|welcome|fine by us|good news|excellent|wonderful|a good thing|the right thing)\b",
    # "a first echelon of some 2,000 can be in place within a month of the guns falling silent"
    r"\b(?:can|could|will|would) be (?:in place|on the ground|deployed|there) within (?:a |an |\w+ )?"
    r"(?:days?|weeks?|months?|hours?)\b",
    # a wish for the force: "I want this force to exist, and I want our soldiers in it"
    r"\bi want (?:this|the|a|that) (?:[\w-]+ )?(?:force|mission|deployment) to (?:exist|happen|succeed|"
    r"go ahead)\b",
    # "If there is a peace to keep, Canadians should be there keeping it"
    r"\b(?:should|must) be there (?:keeping|guarding|securing|to keep|to guard|to secure) (?:it|the peace)\b",
    # "If there is peace in Ukraine, Croatian soldiers should help guard it"
    r"\b(?:soldiers|troops|forces|army) (?:should|must|will|would) (?:also )?(?:help )?(?:to )?(?:guard|keep|"
    r"secure|police) (?:it|the peace|the ceasefire|the truce)\b",
    # a family's pride in one who goes: "If he goes, he goes, and I'll be proud", "If my brother had to go to
    # keep the peace, I would be scared, but I would be proud"
    r"\bif (?:he|she|they|my \w+|our \w+) (?:goes|go|went|had to go|is sent|are sent|were sent)\b"
    r"[^.;]{0,60}\b(?:i|we)(?:'ll| will| would|'d) be proud\b",
    # others' soldiers welcomed: "I'd be glad to see the French and the British go"
    # (by their demonyms: not "to see the troops go home")
    r"\b(?:i|we)(?:'d| would) (?:be glad|be happy|like|love) to see the (?:"
    + gz.DEMONYM_LOWER_RE
    + r")(?: and the (?:"
    + gz.DEMONYM_LOWER_RE
    + r"))? (?:go|deploy|there)\b(?! home| back| away)",
    # "if there is a ceasefire, I want them in Ukraine clearing fields"
    r"\b(?:i|we) want (?:them|our (?:[\w-]+ ){0,2}?(?:soldiers|troops|experts|deminers|sappers|engineers|"
    r"specialists|instructors|trainers|people)) (?:to be |to go )?(?:in|to) ukraine\b",
    # a refusal refused: "Refusing to go at all is not learning it", "declining to send anyone would be a
    # mistake"
    r"\b(?:refusing|declining|failing|not) to (?:go|send|deploy|take part|contribute|"
    r"participate)\b[^.;,]{0,30}\b(?:is|would be|was|will be) (?:not|no|a mistake|an error|wrong|"
    r"irresponsible|a betrayal|cowardice)\b",
    # "Staying at home is not an option for a country like ours"
    r"\b(?:staying|standing|sitting|keeping) (?:at home|out|away|aside|back|on the sidelines|behind)\b"
    r"[^.;]{0,15}\b(?:is|was|would be|will be) (?:not|no longer|never) an option\b",
    # "When the time comes, Belgium will not be missing"
    r"\b(?:will|would|shall) not be missing\b",
    # "It would be a shame not to use them for peace"
    r"\b(?:would be|it is|it's|it would be) (?:a )?(?:shame|pity|mistake|waste|wrong) not to (?:use|send|deploy|offer)\b",  # noqa: E501
    # matching the others: "If Czechs and Balts send de-miners, so should we"
    r"\bif\b[^.;]{0,60}\b(?:send|sends|go|goes|deploy|deploys)\b[^.;]{0,60},? so (?:should|will|must|"
    r"would|can) (?:we|our|\w+)\b",
    # "Portugal cannot be absent from a European effort to secure peace in Ukraine"
    r"\b(?:cannot|can not|must not|should not|will not) (?:be|stay|remain) absent\b|"
    # "Canada should not be the country that stays home"
    r"\b(?:cannot|can not|must not|should not|will not|would not) be the (?:only )?(?:one|country|nation|ally|"  # noqa: E501
    r"member|state) (?:that|which|who) (?:stays?|remains?|sits?) (?:at )?(?:home|behind|out|on the sidelines)\b|"  # noqa: E501
    # "Canada should be ready to go"
    r"\b(?:should|must|needs? to|has to|have to|ought to) be (?:ready|prepared) to go\b(?! home| back)",
    # threats as no reason to hold back: "It will threaten us over soldiers too. That is not a reason to stay at  # noqa: E501
    # home"
    r"\b(?:is|was|are|were|would be) (?:not|no) (?:a |good )?reason (?:to|for) (?:stay(?:ing)? (?:at )?home|"
    r"stay(?:ing)? out|hold(?:ing)? back|do(?:ing)? nothing|back(?:ing)? down|back(?:ing)? off|shy(?:ing)? away)\b",  # noqa: E501
    # soldiers as what makes a guarantee real: "guarantees without soldiers are worth
    # nothing" (its negation is its point)
    r"\b(?:guarantees?|promises?|security|deterrence|assurances?)\b without (?:\w+ )?(?:soldiers|troops|boots|"  # noqa: E501
    r"forces)\b[^.;]{0,30}\b(?:worth nothing|worthless|meaningless|empty|hollow|not credible|"
    r"(?:a )?paper|an illusion)\b",
    # a proposal verb as the statement's cue, then a sending: "suggested that European countries could send
    # military instructors" (a proposal, not a doubt)
    r"^(?:suggested|suggests|proposed|proposes|floated|floats|urged|urges)\b(?: that)?" + _FREE + r"{0,60}?"
    r"\b(?:could|should|would|might|must) (?:(?!" + _NEG + r"\b)\w+ )?(?:send|deploy|station|dispatch|put)\b",
    # a plan made: "we are planning for a contribution, and will present it when the time comes"; "we support
    # our European partners in planning for a force"
    r"\b(?:we|i) (?:support|back|help|assist) (?:our |the )?(?:(?!" + _NEG + r"\b)\w+ )?(?:partners|allies|"
    r"europeans)\b" + _FREE + r"{0,30}\b(?:planning|preparing|building|forming)\b(?=" + _FREE + r"{0,20}"
    r"\b(?:force|mission|coalition|contingent|deployment)\b)|"
    r"\b(?:we are|we're|we have been|is|are|has been|have been) (?:actively |already )?"
    r"(?:planning|preparing) (?:for )?(?:a |our |its |the )?"
    r"(?:contribution|deployment|participation|contingent)\b",
    # what the force is for: "It is not a force that will fight Russia. It is a force that will make Russia
    # think twice"; "would not be deployed on the front line but in strategic locations"
    r"\b(?:a|the) force (?:that|which) will (?:make|deter|keep)\b|\bmake (?:russia|moscow|putin|the kremlin) "
    r"think twice\b|\bnot (?:be )?(?:deployed|stationed|based|sent) (?:on|to|at|near) the front(?: line)?\b"
    r"[^.;]{0,40}\bbut\b",
    # "it is not a question of if, but of when and how"
    r"\bnot (?:a question|a matter) of (?:if|whether),? but (?:of )?when\b",
    # a rhetorical question with its answer in it: "Who else will guarantee Ukraine's security if not
    # European soldiers?"
    r"\bwho (?:else )?[^?.]{0,60}\bif not (?:european |our |western |allied )?(?:soldiers|troops|us|europe|"
    r"europeans)\b",
    # "we cannot leave the security of Europe to others"
    r"\b(?:cannot|can not|must not|should not|will not) (?:simply )?leave (?:the )?(?:security|defen[cs]e|"
    r"job|task|burden|responsibility)\b[^.;]{0,30}\bto others\b",
    # nothing without soldiers: "deterrence without soldiers is a bluff"
    r"\bwithout (?:soldiers|troops|boots on the ground|forces on the ground)\b[^.;]{0,12}\b"
    r"(?:is|are|would be|will be|remains?) (?:a |an |just |only |merely |little more than (?:a |an )?)?"
    r"(?:bluff|empty|hollow|meaningless|worthless|illusion|fiction|paper tiger|empty promise)\b",
    # no veto for Moscow: "the bloc should not wait for Moscow's permission", "Russia cannot have a veto",
    # "Moscow does not decide who helps Ukraine defend a peace", "where Danish soldiers can be", "The
    # aggressor state has no right to decide which partners may be present"
    r"\b(?:moscow|russia|the kremlin|putin|the aggressor(?: state)?) (?:(?:does|do|will|can|should) not|"
    r"has no right to) (?:decide|get to decide|choose|dictate) (?:who|whether|which|what|where)\b",
    r"\bnot (?:\w+ )?(?:wait|ask) for (?:moscow|russia|the kremlin|putin)['’]?s? "
    r"(?:permission|approval|consent|blessing|green light)\b|"
    r"\b(?:russia|moscow|the kremlin|putin)\b[^.;]{0,20}\b(?:cannot|can not|does not|must not|will not|"
    r"should not) (?:have|get|hold) (?:a |any )?(?:veto|say)\b|\bno (?:russian )?veto\b",
    # defiance of the threats made against the sending: "the threats of the Kremlin will not stop our
    # partners"
    r"\b(?:threats?|intimidation|blackmail)\b[^.;]{0,40}\b(?:will|would|must|should|cannot|can|do|does) "
    r"not (?:stop|deter|scare|frighten|intimidate|dissuade)\b",
    r"\b(?:must|should|need|cannot|can not|will) not (?:be )?(?:afraid|hesitate|shy away|fear|flinch)\w* (?:to |from |of )?"  # noqa: E501
    r"(?:send|deploy|put|commit)\w*\b",
    r"\b(?:mistake|error|wrong|irresponsible|cowardly|shameful|unforgivable)\b[^.;]{0,15}\bnot to (?:send|deploy|put|"  # noqa: E501
    r"commit)\b",
    r"\bno alternative to\b[^.;]{0,40}\b(?:presence|troops|soldiers|force|deployment|boots|contingent)\b",
    r"\b(?:no one|nobody) (?:should|can|could|need) doubt (?:that )?[^.;]{0,50}\b(?:will|would|is ready to|are ready "  # noqa: E501
    r"to) (?:send|put|deploy|commit)\b",
    r"\bdo not see why (?:we|they|\w+) (?:should not|could not|can not|cannot|would not) (?:send|deploy|put|commit|"  # noqa: E501
    r"help)\b",
    r"\bcannot afford not to\b",
    r"\b(?:no |not see (?:a |any |the )?)reason,? why\b[^.;]{0,40}\b(?:could not|cannot|should not|"
    r"can not|would not)\b",
    r"\b(?:should|must) not wait\b[^.;]{0,40}\bbefore (?:we |they )?(?:send|deploy|commit)\w*\b",
    r"\bnot enough to send (?:weapons|arms|money|equipment|shells|ammunition)\b",
    r"\bnot whether\b[^.;]{0,40}\bbut (?:how many|when|how)\b",
    r"\b(?:nobody|no one|none of us)\b[^.;]{0,30}\bis (?:against|opposed to) (?:sending|deploying|the idea)\b",  # noqa: E501
]
# a terse refusal of the troops part: "Soldiers, no.", "Troops? No.", "But our boys to Ukraine? No." (not
# "troops, no more than 200")
_TERSE_REFUSAL = (
    r"\b(?:soldiers|troops|boys)(?: (?:to|in) ukraine)?[,:?]? no\b(?! (?:one|doubt|longer|more|less|matter|"
    r"other)\b)"
)
# Refusals that a support cue in the same sentence must not override: "we will send F-16s, not troops"
# "there will be no decision about sending": none to come
_NO_DECISION_TO_COME = (
    r"\b(?:there will be|there is going to be|there won't be any) (?:no )?decisions? (?:about|on|to) (?:send|"
    r"deploy|dispatch)\w*\b"
)
# "let them come" made a welcome by when: "Let them come soon" (alone, as "let them try", a threat)
_LET_THEM_COME_GLADLY = r" soon| quickly| now| at last"
OPPOSE_FIRST = [
    # no decision to come (see _NO_DECISION_EVER), and a vote refused: "The AfD will never vote for a mandate"
    _NO_DECISION_TO_COME + r"|\b(?:will|would|shall) (?:never|not) vote for (?:a |any |the |"
    r"this |such a )?(?:[\w-]+ )?(?:mandate|deployment|mission|dispatch|sending)\b",
    # "a war they never voted for"
    r"\b(?:war|deployment|mission) (?:that |which )?(?:they|we|you|the people|the public|voters|nobody|"
    r"no one) (?:never|did not|didn't|have not|haven't) vote(?:d)? for\b",
    # resistance promised: "If the government tries to send our soldiers over the border, we will take to the
    # streets"
    r"\b(?:will|would|shall) (?:take to the streets|fill the streets|bring (?:the government down|down the "
    r"government))\b",
    # a threat to whoever sends: "whoever sends Bulgarians to Ukraine will answer to the Bulgarian people"
    r"\b(?:whoever|anyone who|those who) (?:sends?|deploys?|dispatch(?:es)?)\b[^.;]{0,50}\bwill (?:answer|"
    r"pay|be held (?:responsible|accountable)|regret)\b",
    # "Not in our name."; derision of those "so eager to send their soldiers"
    r"\bnot in (?:our|my) name\b|\b(?:so|too) (?:eager|keen|quick|ready) to send\b",
    # those who want the sending sent to the families: "Anyone who proposes sending our boys to Ukraine should
    # first go and explain it to their mothers" (read before the wish it reports)
    r"\b(?:anyone|anybody|whoever|those|everyone) (?:who |that )?(?:wants?|proposes?|calls? for|advocates?|"
    r"dreams? of|talks? about)\b[^.;]{0,60}\b(?:should|must|can|will have to) (?:first |personally )?(?:go|"
    r"explain|tell|look)\b[^.;]{0,40}\b(?:mothers|families|widows|parents|wives|sons)\b",
    # soldiers not wanted or needed: "We don't need soldiers to protect our workshops", "I don't want him
    # anywhere near Ukraine", "I don't want some guy from Portugal dying for my village"
    r"\b(?:we|i|ukraine|they) (?:do not|don't|does not|doesn't) need (?:\w+ ){0,2}?(?:soldiers|troops|boots|"
    r"foreign forces)\b|\b(?:do not|don't) want (?:him|her|them|our \w+|my \w+|(?:\w+ ){1,4}?(?:soldiers?|"
    r"troops|sons?|guys?|kids?|boys?|lads?)(?: from [\w-]+)?) (?:anywhere near|near|in|dying|to die|going)\b",
    # a war talked into: "talking the country into a war it does not want"
    r"\btalk(?:ing|s|ed)? (?:the country|ourselves|us|the public|the people|\w+) into (?:a |the )?(?:war|"
    r"deployment)\b",
    # the capacity questioned: "Where exactly does the minister think these troops are coming from?"
    r"\bwhere (?:exactly )?(?:does|do|will|would|are|is) [^.?!;]{0,50}\b(?:troops|soldiers|forces|personnel) "
    r"(?:are |is )?(?:com(?:e|ing)|to come) from\b",
    # a vote refused to a sending: "I will not vote to send them to Ukraine", "we would never agree to deploy
    # our soldiers there", "would “never vote to send a single Czech soldier to Ukraine”"
    r"\b(?:(?:will|would|shall) (?:not|never)|never) (?:vote|agree) to (?:send|deploy) (?:them (?:to|into|"
    r"there|abroad|over)|our (?:soldiers|troops|boys|sons|forces)|(?:a single|any|one) (?:\w+ )?(?:soldier|"
    r"troops?))\b",
    # the proposer sent first: "Whoever proposes it should go first", "Those who want this war can go
    # themselves"
    r"\b(?:whoever|anyone who|anybody who|those who|everyone who) (?:proposes?|wants?|calls? for|advocates?) "
    r"(?:\w+ ){1,3}?(?:should|must|can|will have to) (?:go|be sent) (?:first|themselves)\b",
    # "Nobody in this country voted for German soldiers on the Dnieper"
    r"\b(?:nobody|no one|no-one) (?:\w+ ){0,4}?voted for (?:\w+ ){0,2}?(?:soldiers|troops|a war|war|this)\b",
    # "Soldiers are a different conversation, and not one we are having right now"
    r"\bnot (?:a conversation|a discussion|a debate|one|something) (?:that )?we(?:'re| are) (?:having|"
    r"holding)\b",
    # the rhetorical question of a refusal: "Why should our sons die for Donbas?"
    r"\bwhy (?:should|would|must) (?:(?:our|my|your|their|any|\w+['’]s) )?(?:\w+ )?(?:sons|daughters|"
    r"soldiers|boys|lads|children|kids|young men|young people|troops|citizens) (?:die|fight|bleed|"
    r"risk their lives)\b",
    r"\bnot (?:a|one) (?:single )?(?:euro|cent|dollar),? (?:and )?not (?:a|one) (?:single )?soldier\b",
    r"\bnot (?:one|a single) (?:\w+ )?(?:boy|son|lad|para|paratrooper|marine|sailor|soldier|troop)s? (?:will|shall|is "  # noqa: E501
    r"going to|belongs|should|must)\b(?![^.;]*\b(?:without|unless|until|before)\b)",
    r"\b(?:will|would|shall) not die for\b",
    r"\b(?:must|should|will|shall) not be (?:dragged|pulled|drawn) into\b",
    r"\bnot (?:be )?(?:a |the )?(?:troop |force )?contributor\b",
    r"\b(?:soldiers|troops|army|boys) (?:are|is) not (?:chess pieces|pieces on a board|toys)\b",
    r"(?<!is not )(?<!was not )(?<!is never )(?<!was never )\b(?:someone|somebody|"
    r"anyone) else['’]s (?:war|ceasefire|borders?|fight|peace|conflict)\b",
    r"\b(?:keep|keeps|keeping) (?:it|them|our (?:army|troops|soldiers|boys)|its (?:army|troops|soldiers)) at home\b",  # noqa: E501
    r"\blet (?:them|him|her|paris|london|macron|\w+) go (?:themselves|himself|herself|alone)\b",
    # the same, sarcastic: "those so eager to send soldiers are welcome to go there themselves"
    r"\b(?:are|is) welcome to (?:go|enlist|volunteer|fight) (?:there )?(?:themselves|himself|herself)\b",
    # a sending refused in the passive: "Swedish soldiers should not be placed in a war zone"
    r"\b(?:soldiers|troops|forces|boys|sons)\b[^.;]{0,20}?\b(?:should|must|will|would|shall) (?:not|"
    r"never) be (?:placed|put|stationed|based|posted|parked)\b",
    # an army with its work at home: "The army has its tasks here, in NATO, on the eastern flank"
    r"\b(?:army|soldiers|troops|forces) (?:has|have) (?:its|their) (?:own )?(?:tasks|task|job|work|"
    r"hands full) (?:here|at home)\b",
    # a rhetorical question about the risk: "Why move it somewhere our guys can get killed?"
    r"\bwhy\b[^.?!;]{0,60}\b(?:get|be|are|is) (?:killed|shot|slaughtered)\b",
    r"\b(?:treated|regarded|considered) (?:like|as) (?:any other )?(?:foreign )?mercenaries\b|\bparticipants? in "  # noqa: E501
    r"(?:the|this) (?:conflict|war)\b",
    # help in kind, not in soldiers: "shells, not Portuguese infantry"
    r"\b(?:shells|ammunition|weapons|money|drones|equipment|aid|funding|air defen[cs]e|artillery|hospitals)\b[^.;]{0,20}, "  # noqa: E501
    r"not (?:\w+ )?(?:infantry|troops|soldiers|(?:boots|people) on the ground|ground troops)\b",
    # "Let them send money, not people." (a sending asked for: not an account of "money and equipment, not
    # people" as a state's answer)
    r"\bsend (?:\w+ )?(?:shells|ammunition|weapons|money|drones|equipment|aid)\b[^.;]{0,20}, not "
    r"(?:people|men|boys|sons)\b(?![-'’])",
    # a sending one cannot picture: "a soldier of ours in Ukraine, I do not see it"
    r"\b(?:soldiers?|troops)\b[^.;]{0,40}, i (?:do not|don't|cannot|can't) (?:see|imagine) (?:it|that|"
    r"this)\b",
    r"\bover my dead body\b",
    # money barred for it: "an amendment barring funds for any US military presence in Ukraine"
    r"\b(?:bar|ban|prohibit|block|forbid|cut off|deny|denying|withhold)\w* (?:any |all )?(?:federal )?(?:funds|funding|"  # noqa: E501
    r"money|spending|appropriations)\b",
    # "sending Italian troops was the least effective option on the table"
    r"\b(?:the )?(?:least (?:effective|useful|sensible|wise|helpful|credible)|worst) (?:option|way|idea|choice)\b",  # noqa: E501
    # "Hungary will not be among them", "will not be among the troop contributors inside Ukraine"
    r"\b(?:will|would|shall) not be (?:among|one of) (?:them|those|the (?:troop |force )?(?:contributors|"
    r"contributing (?:countries|nations)|countries that send|senders))\b",
    r"\beverything (?:but|except|apart from|short of) (?:soldiers|troops|boots on the ground|ground troops)\b",  # noqa: E501
    # "a decision to put Norwegian soldiers within range of Russian artillery"
    r"\b(?:put|puts|putting|place|places|placing) (?:\w+ ){0,2}?(?:soldiers|troops|boys|sons) within (?:range|reach) of\b",  # noqa: E501
    # threats with their sequel: "for us he is a German soldier on Ukrainian soil, with all the consequences"
    r"\bwith all (?:the |its |their )?(?:ensuing |resulting )?consequences\b",
    # a contribution kept at home: "Poland's contribution would be on Polish territory, not Ukrainian"
    r"\b(?:on|in) (?:our|its|their|[\w-]+) (?:own )?(?:territory|soil)\b,? (?:and )?not (?:on |in )?(?:ukrainian|"  # noqa: E501
    r"ukraine|the ukrainian)\b",
    # "his party would fight every single mandate that sends German soldiers towards Russia"
    r"\b(?:fight|oppose|vote against|block|resist|reject)\w* (?:\w+ ){0,3}?(?:mandates?|deployments?|missions?|"  # noqa: E501
    r"decisions?|plans?|bills?|motions?) (?:that|which) (?:sends?|deploys?|would send|would deploy)\b",
    # a challenge to those who want it: "Anyone who wants to send soldiers … should first explain where the
    # second brigade is supposed to come from"
    r"\b(?:anyone|whoever|those|everyone) who (?:wants?|calls? for|demands?|dreams? of) (?:to )?(?:send|deploy)\w*\b"  # noqa: E501
    r"[^.;]{0,80}\b(?:should|must|has to|have to|needs? to) (?:first )?(?:explain|tell|say|answer|ask)\b",
    # keeping away from the plan, whatever the plan says: "kept her distance from the plan to send troops"
    r"\b(?:kept|keeps|keeping|keep) (?:his|her|its|their|our|a) distance from\b|\bdistanc\w+ (?:himself|herself|"  # noqa: E501
    r"itself|themselves|ourselves) from\b",
    # the critic's framing: "the government is sending our soldiers into a war without asking the people"
    r"\bsend\w* (?:our|their|its|his|her) (?:own )?(?:soldiers|sons|boys|troops|young people) (?:into|to) (?:a |the )?"  # noqa: E501
    r"(?:war|slaughter|meat grinder)\b",
    # "We will contribute in the air and at sea. Ground troops are not on our agenda."
    r"\b(?:ground troops|troops|soldiers|boots on the ground|ground forces)\b(?: \w+){0,2} (?:are|is) not on (?:the|our|its|"  # noqa: E501
    r"their) (?:agenda|table|cards)\b",
    # a sending framed as an act of war: "will regard the deployment of … as direct involvement in the conflict"  # noqa: E501
    r"\b(?:regard|consider|treat|view|see)\w* (?:[\w-]+ ){0,10}?as (?:an? |the )?(?:direct |open |an act of )?"  # noqa: E501
    r"(?:involvement|participation|entry|intervention|aggression|escalation|declaration of war|provocation|war|"  # noqa: E501
    r"hostile act|legitimate targets?|targets?|combatants?|occupiers?|invaders?|party to the conflict|"
    r"threat(?! to (?:nobody|no one|anyone)))\b",
    # the soldiers called what the enemy will treat them as: "Spanish soldiers in Ukraine, whatever the slide
    # calls them, will be foreign combatants"
    r"\b(?:soldiers|troops|forces|contingents?)\b[^.;]{0,60}\b(?:will|would) (?:be|become) (?:\w+ )?"
    r"(?:combatants|occupiers|invaders|legitimate targets?)\b",
    # "Send them money, send them equipment, don't send my nephew-in-law"
    r"\b(?:don['’]t|do not|never) send (?:my|our) (?:sons?|daughters?|nephews?(?:-in-law)?|sons?-in-law|"
    r"husbands?|boys|girls|children|kids|grandsons?|brothers?)\b",
    # "I don't want him there, and I don't want anyone's son there"
    r"\b(?:i|we) (?:don['’]t|do not) want (?:my|our|anyone['’]s|any) (?:sons?|daughters?|nephews?|husbands?|"
    r"boys|girls|children|kids|grandsons?|brothers?) (?:to go )?(?:there|over there|in ukraine)\b",
    # the sender made a belligerent: "would make Germany a party to this war"
    # (not "Nothing in what we propose makes France a party to the war")
    r"\b(?:would|will|could|might) (?:\w+ )?(?:make|turn) (?:\w+ ){1,3}?(?:a )?(?:party|parties) to "
    r"(?:this|the) "
    r"(?:war|conflict)\b|"
    r"^(?:a )?party to (?:this|the) war\b",
    # a threat to one soldier there, whatever else is said: "The French want to send “instructors” to Odesa.
    # Fine. … An instructor in uniform on Ukrainian soil is a target, full stop."
    r"\b(?:in uniform|on (?:ukrainian|our) (?:soil|territory|land)|in ukraine) is (?:a |an )?(?:legitimate |"
    r"lawful |priority |military )?target\b",
    # soldiers as a tripwire or fodder, a war not one's own: "should not be used as a tripwire in a war
    # that is not ours to fight"
    r"\b(?:used|serve|act) as (?:a )?(?:tripwire|trip-wire|trip wire|human shields?|cannon fodder)\b|"
    r"\bnot (?:ours|our war|our fight) to fight\b|\bnot our (?:war|fight)\b|"
    r"(?<!sides in )\bother (?:people|nations|countries|men)['’]s wars?\b",
    # the sending called a death: "a suicide mission for Dutch boys"
    r"\ba (?:suicide mission|death trap)\b",
    # "This is not Canada's fight on the ground" (not "not Ukraine's fight alone": a fight shared)
    r"\bnot (?!ukraine)[a-z]+['’]s (?:war|fight)\b(?! alone)",
    # "one of the loudest voices against sending troops", "a vocal opponent of any deployment"
    r"\bvoices? against\b|\bopponents? of\b",
    # "I do not want Norwegian soldiers to be the ones standing between Russia and Ukraine"
    r"\b(?:do not|does not|did not|never) want (?:our |any |\w+ )?(?:soldiers|troops|sons|daughters|boys)\b",
    # a line not to be crossed, a neutral state, borders of one's own, no part in it
    r"\b(?:a |the )?(?:red )?line (?:that )?(?:we|i) (?:will|would|shall) (?:not|never) cross\b|"
    r"\b(?:a |our )?neutral (?:country|state|nation)\b|\bneutrality\b|"
    r"\b(?:our|its|their) own (?:borders?|territory|country|skies|flank) to (?:defend|protect|guard)\b|"
    r"\b(?:ready|prepared|there|needed|here) to (?:defend|protect|guard) (?:our|its|their) own\b|"
    r"\b(?:want|wants|wanted) no part (?:of|in)\b",
    # the soldiers named as enemies: "every foreign soldier who sets foot in Ukraine is an invader"
    r"\b(?:soldiers?|troops|contingents?|forces|units)\b[^.;]{0,40}\b(?:is|are|will be|would be|become|becomes) "  # noqa: E501
    r"(?:an? )?(?:invaders?|occupiers?|(?:legitimate |lawful |military )?targets?|enemy combatants?|"
    r"interventionists?)\b",
    # veiled threats: "let them try; they know what will happen", "would draw the appropriate conclusions",
    # "would change the nature of the conflict"
    # (not "If foreign soldiers help, let them come": a welcome with its condition)
    r"\blet them try\b|(?<![\w,] )let them come\b(?!"
    + _LET_THEM_COME_GLADLY
    + r"| (?:and|to) (?:see|visit|look)(?! what))|\b(?:they|everyone|europe|the west) (?:know|knows) (?:very well )?what (?:will|would) "  # noqa: E501
    r"happen\b|\bdraw (?:the )?(?:appropriate|necessary|relevant) conclusions\b|\bchange the (?:nature|character) "  # noqa: E501
    r"of the (?:conflict|war)\b",
    # a refusal that no scenario changes: "will not send soldiers under any scenario currently on the table"
    # ("… under any of the scenarios being discussed")
    r"\b(?:not|never)\b[^.;]{0,60}\bunder any (?:of the )?(?:scenarios?|circumstances?|conditions?)\b",
    # "happy to welcome an embassy and unhappy to send a battalion"
    r"\b(?:unhappy|loath|loth|not happy) to send\b",
    # ("send engineers' tools, not engineers", "with weapons and money, not with Swedish lives")
    r"(?:(?:,|;|--|—)\s*(?:but |and )?|\bbut )not (?:\w+ ){0,2}?(?:troops|soldiers|boots|personnel|forces|"
    r"engineers|deminers|sappers|lives)\b",
    # "build peace with diplomacy, not with another deployment"
    r"(?:,|;|--|—)\s*(?:but )?not (?:with |by |through )?(?:another|a new|more|a military|military) "
    r"deployments?\b",
    # none of one's own, a quoted fragment: 'would send "not a single Polish battalion" across the border'
    r"^not (?:a single|one) (?:[\w-]+ )?(?:soldiers?|battalions?|brigades?|troops?|platoons?|boots?)\W*$",
    # an army for home: "Estonia's army exists to defend Estonia", "our army stays on our border"
    r"\b(?:army|armed forces|military|soldiers|troops) (?:exists?|is there|are there) (?:only )?to "
    r"(?:defend|protect|guard)\b|"
    r"\b(?:army|soldiers|troops|forces) (?:stays?|remains?|will stay|will remain|belongs?) "
    r"(?:on|at|in|inside|within) (?:our|its|their) (?:own )?(?:borders?|soil|territory|country)\b",
    # "Polish soldiers on Polish soil"
    r"(?:^|[.!:;] )(?!ukrainian )([a-z]+) (?:soldiers|troops|boys) (?:on|in) \1 soil\b",
    # one's soldiers for one's own state: "Polish soldiers will guard Poland"
    r"\b(?:soldiers|troops|army|forces) (?:will|would|should|must|shall) (?:\w+ )?(?:guard|defend|protect) "
    r"(?!ukraine\b)(?i:" + gz.COUNTRY_NAME_RE + r")(?!\w)(?! and ukraine)",
    # the defence of one's own border first: "our priority remains the defence of our own border", "her
    # country has a long border with Russia to protect"
    r"\bpriorit(?:y|ies) (?:is|are|remains?|will remain|will be|must be|stays?) (?:\w+ )?(?:the )?"
    r"(?:defen[cs]e|protection|security) of (?:(?:our|its|their|the country's) own\b|"
    r"(?:the |our |its )?(?:eastern flank|own borders?|borders?|homeland)\b)|"
    r"\b(?:has|have|with) (?:a |its |our |their )?(?:own |long )?(?:border|borders|frontier) "
    r"(?:with russia |of its own )?to (?:defend|protect|guard)\b",
    r"\b(?:is|are|was|were) not available to (?:send|deploy|contribute|take part|participate|join)\b",
    # "preferring to talk about security guarantees rather than soldiers", "keep its forces at home"
    r"\brather than (?:about |on |with )?(?:soldiers|troops|boots)\b|\bkeep (?:its|our|their) (?:forces|"
    r"troops|soldiers|army) (?:at home|home)\b",
    # capacity doubted: "questioned whether Canada's stretched armed forces could take on another mission",
    # "our military can barely meet its commitments"
    r"\bquestion\w* whether\b[^.;]{0,40}\b(?:troops|soldiers|forces|army|military)\b[^.;]{0,30}\b(?:could|"
    r"can|would|should|is able|are able)\b",
    # (the other kind then named: "Our contribution will be different: training, equipment, and diplomacy")
    r"\bcontribution (?:will|would) be (?:different|of another kind|elsewhere|non-military)"
    r"(?=\s*[:—–]|\s*-\s|,? (?:training|equipment|logistics|air|naval|financial|humanitarian))",
    # "Hungary will not allow its territory or its soldiers to be used for this mission"
    r"\b(?:not|never) (?:\w+ )?(?:allow|let|permit) (?:its|our|their) (?:own )?(?:territory (?:or|and) "
    r"(?:its|our|their) )?(?:soldiers|troops|army|forces)\b|\b(?:not|never) (?:\w+ )?(?:allow|let|permit) "
    r"(?:one|a single|any) (?:[\w-]+ ){0,2}?(?:soldiers?|troops?|servicem[ae]n|personnel)\b",
    # others should do it: "Europe has the money and the men. Let them do it."
    r"\blet (?:them|europe|the europeans|the europeans themselves|others|the un|the united nations|"
    r"the americans|someone else|somebody else) (?:do it|do this|handle it|take care of it|do the job|"
    r"do the work|carry the burden|pay for it|keep it|keep the peace|guard it|police it)\b",
    # a help given on the condition of no one on the ground: "as long as no American is on Ukrainian soil"
    r"\b(?:no|not one|not a single) (?:[\w.-]+ ){0,2}?(?:is|are|will be|would be|be|sets? foot) "
    r"(?:on|in|inside) (?:ukrainian soil|ukraine|ukrainian territory|ukrainian ground)\b",
    # another part in place of the sending: "Poland would instead serve as a logistics hub"
    r"\b(?:would|will|could|should|shall) instead (?:\w+ )?(?:serve|act|be|function|focus|help|provide|offer|"
    r"concentrate|contribute)\b",
    # "its own defence would always come first"
    r"\b(?:own )?(?:defen[cs]e|security|borders?)\b[^.;]{0,20}\b(?:comes?|would (?:always )?come|"
    r"will (?:always )?come|must (?:always )?come) first\b",
    # rhetorical questions: "Does anyone seriously believe that sending troops would make us safer?",
    # "Why should Slovak mothers bury their sons for a war that is not ours?"
    r"(?:^|[.!?] )(?:but |so |and )?(?:does|do|did|can|could) (?:anyone|anybody|someone|you|we) "
    r"(?:seriously |really |honestly )?(?:believe|think|imagine|expect)\b[^?]{0,120}\?",
    r"\bbury (?:their|our|its) (?:sons|children|soldiers|boys|daughters)\b|\b(?:war|fight|conflict) (?:that "
    r"is |which is )?not (?:ours|our own)\b",
    # "Not one Romanian will die for Ukraine"; "welcomed the decision but warned against any adventure"
    r"\b(?:not one|no|not a single) [\w-]+ (?:\w+ )?(?:will|would|is going to|shall) die (?:for|"
    r"in ukraine)\b|\bwarn\w* against\b[^.;]{0,40}\b(?:adventure|escalation|deployment|sending|"
    r"involvement|drag)\w*",
    # a terse refusal of the troops part: "If they want a table, Mexico puts the table. Soldiers, no."
    _TERSE_REFUSAL,
    # a task at home in place of the sending: "Polish troops would protect the eastern flank instead"
    r"\b(?:troops|soldiers|forces|army|units|boots)\b (?:\w+ ){0,2}?(?:would|will|should|must|shall) "
    r"(?:\w+ )?(?:protect|defend|guard|secure|stay|remain|serve|focus)\b[^.;]{0,60}\binstead\b",
]
# kept from outside the country: "we will help monitor a ceasefire from outside Ukraine"
_AT_A_DISTANCE = (
    r"(?! (?:\w+ )?(?:from|by) (?:outside|afar|a distance|the air|the sea|space|satellites?|neighbou?ring|"
    r"(?:our|their|its) (?:own )?(?:territory|soil|side)|home|poland|romania))"
)
SUPPORT = [
    # a state's full part in the force: "Germany would carry „its full share of the force, from the first
    # rotation“"
    r"\b(?:carry|do|bear|take|contribute|provide) (?:its|our|their) (?:full |fair )?share (?:of|in) "
    r"(?:the |this )?(?:[\w-]+ )?(?:force|mission|contingent|deployment)\b",
    # a deployment timed from the ceasefire: "a first brigade headquarters could deploy within weeks of a
    # ceasefire being signed"
    r"\b(?:could|can|will|would) (?:deploy|be (?:deployed|on the ground|in ukraine|in place)) (?:within|in) "
    r"(?:\w+ ){0,2}?(?:days|weeks|hours|months) (?:of|after) (?:a|the) (?:ceasefire|truce|peace deal)\b",
    # "I think they'll go, and I think they should"
    # ("I understand why they want to go. And I think they should")
    r"\b(?:they|we)(?:'ll| will| want to) go\b[^.;]{0,20}[.;]?\s*\band (?:i think |i hope )?(?:they|we) "
    r"should(?:[.,!;]|$)",
    # a unit sent, in the present of a plan: "If there is a mission, Estonia sends a company on day one"
    r"\b(?:sends|is sending|are sending) (?:a|an|one|its|our) (?:[\w-]+ )?(?:company|battalion|brigade|"
    r"platoon|contingent)\b",
    # a small force judged enough: "A battalion of Europeans in the port would be enough to change the
    # calculation in Moscow"
    r"\b(?:battalion|brigade|company|contingent|soldiers|troops|presence)\b[^.;]{0,40}\b(?:would|will) be "
    r"enough\b",
    # a terse yes to a kind of troops: "Deminers, yes, immediately.", "Engineers? Yes."
    r"\b(?:de-?miners|sappers|engineers|medics|peacekeepers|soldiers|troops)[,:?]? yes\b(?!,? but\b)",
    # a welcome: "So yes, let them come", "Whoever comes, let them come", "Anyone who wants to help, let them
    # come"
    r"\byes\W+let them come\b|\b(?:whoever|anyone who|everyone who|all who)\b[^.;]{0,30},\s*let them come\b",
    # leading or pushing the planning: "are leading planning for a reassurance force", "pressing ahead with
    # plans for a post-ceasefire force", "the plans would go ahead regardless"
    r"\b(?:leading|spearheading|driving|coordinating) (?:the )?(?:planning|plans|efforts?|push|work|"
    r"preparations) (?:for|on|to)\b|\bpress\w* ahead with\b|\b(?:plans?|deployments?|missions?|"
    r"force) (?:would|will) go ahead\b",
    # "Latvia … has also volunteered", "volunteered a company of engineers"
    r"\b(?:has|have|had)\s+(?:also\s+|already\s+)?volunteered\b|\bvolunteered (?:to|troops|soldiers|"
    r"engineers|a|an)\b",
    r"\b(?:will|would|shall|going to|to) vote (?:yes|in favou?r)\b",
    # troops wanted where the force is: "Ukraine needs Canadian soldiers standing with a European force"
    r"\b(?:ukraine|kyiv|europe|the force|the mission|a ceasefire|"
    r"the peace) needs? (?:\w+ ){0,2}?(?:soldiers|troops|boots)\b(?![^.;]{0,30}\b(?:at home|here|own|"
    r"home)\b)",
    # a place in the force taken: "If there is a force, Lithuanian soldiers will be in it"
    r"\b(?:soldiers|troops|we|our (?:army|navy|engineers|sappers|boys)) will be (?:in it|part of it|"
    r"among them)\b",
    # a vote that lets soldiers go: "voted to authorise a contribution of up to 300 troops"
    r"\bvot\w* (?:\w+ ){0,2}?(?:to|for) (?:authori[sz]e|approve|back|send|deploy)\b|"
    r"\b(?:authori[sz]\w*|approv\w*) (?:the |a |an )?(?:\w+ )?(?:deployment|contribution|dispatch|mission|"
    r"sending)\b",
    # "yes, we should go, and we should go big", "It should be there"
    r"\b(?:we|i|it|they) (?:should|must|have to|need to|will) (?:go|be there)(?=[,.;!]| big\b| in\b|"
    r" now\b| first\b| too\b| as well\b|$)",
    r"\bwould welcome (?:every|any|each|more) (?:\w+ ){0,2}?(?:flags?|soldiers?|troops|contributions?|"
    r"countr(?:y|ies)|contingents?|instructors?|trainers?|engineers?|partners?)\b",
    r"\b(?:will|would|shall) (?:stay|remain) (?:there )?(?:for )?as long as (?:it takes|necessary|needed|"
    r"the (?:peace|ceasefire|mission|ukrainians?) (?:needs?|requires?))\b",
    # a contribution being prepared: "planning for a Finnish contribution … was well under way"
    r"\b(?:planning|preparations?) (?:for|of) (?:a|the|our|its) (?:[\w-]+ ){0,2}?(?:contribution|deployment|"
    r"contingent)\b[^.;]{0,80}?\b(?:is|are|was|were) (?:well |already |now )?(?:under ?way|"
    r"advanced)\b",
    # a threat to the force waved away: "a warning the Minister of Defence called “tired and predictable”"
    r"\b(?:warning|threat|threats|warnings)\b[^.;]{0,50}\b(?:called|calls|dismissed as|dismisses as|"
    r"described as|describes as|branded|brands)\b (?:it |them )?(?:as )?['‘]?(?:tired|predictable|empty|"
    r"hollow|bluster|nothing new|scaremongering|absurd|ridiculous|propaganda)\b",
    # the decision to go approved, or wished sooner: "It is the right decision. … it should have been taken
    # a year ago"; "Now it promises to send soldiers to guard the peace"
    r"^(?:it|this|that) is (?:the|a) (?:right|correct|wise|good|brave) (?:decision|choice|call|step)\b"
    r"(?! not\b)(?! to (?:stay|keep|say no|refuse|stand aside))",
    r"\bshould have been (?:taken|made|sent|deployed|done) (?:a year|months|years|long|weeks) (?:ago|earlier|"
    r"sooner)\b",
    r"\b(?:promises|promised|pledges|pledged) to send (?:\w+ ){0,2}?(?:soldiers|troops|engineers|deminers|"
    r"instructors|medics|a contingent|personnel)\b",
    # "called the contribution “the least we can do”"; "Now they will come, and we will welcome them"
    r"\bthe (?:very )?least (?:we|britain|europe|they|our country|this country) (?:can|could) do\b",
    r"\bwe (?:will|shall|would) welcome them\b",
    # "Finnish engineers in our fields …: that is exactly what we asked for"
    r"\b(?:that|this) is (?:exactly |precisely )?what (?:we|ukraine|kyiv) (?:asked|hoped|wished|"
    r"called) for\b",
    # staying on until the job is done: "we should stay until every field is safe", "We want them to stay"
    r"\b(?:we|they|our (?:\w+ )?(?:soldiers|troops|forces|people|contingent)) (?:should|must|will|need to|"
    r"have to) (?:stay|remain)(?: there| in ukraine)? until\b",
    r"\b(?:want|wants|need|needs|ask|asks) (?:them|you|our (?:\w+ )?(?:soldiers|troops|forces)) to "
    r"(?:stay|remain)(?! (?:at )?home\b| out\b| away\b| back\b| behind\b)\b",
    # "Britain will keep its commitment to the force"
    r"\b(?:keep|keeps|honour|honours|honor|honors) (?:its|our|their|this|that) commitment to the (?:\w+ )?"
    r"(?:force|mission|contingent|coalition)\b",
    # the charge denied by what it is: "This is arithmetic, not escalation"
    r"\w, not (?:an? )?(?:escalation|provocation)\b",
    r"\bevery (?:\w+ )?(?:soldier|instructor|sapper|trainer|engineer|de-?miner|peacekeeper|medic) (?:who|"
    r"that) (?:comes|arrives|goes)\b",
    r"\b(?:nobody|no one) (?:should|will|would) (?:have|need) to ask (?:us|me|them) twice\b",
    # taking part, said of the mission the context is about: "… a peace mission, and we will take part."
    r"\b(?:will|shall|are going to|want to|intend to) (?:also |certainly |gladly |definitely )?(?:take part|"
    r"participate)(?= too\b| as well\b|[.,;!]|$)",
    # "Our soldiers must go", "the brigade goes in March" (not another army's)
    r"\b(?<!russian )(?<!korean )(?<!enemy )(?:soldiers|troops|boys|contingent|brigade|battalion|company|"
    r"engineers|instructors|trainers|de-?miners|sappers|medics|peacekeepers) (?:must|should|will|have to|"
    r"need to|are going to|is going to) (?:go(?! home| back| in (?:body )?bags)|be there|be deployed|"
    r"be sent|be on (?:its|their) way(?! home| back))\b|"
    r"\b(?<!russian )(?<!korean )(?<!enemy )(?:the|our|a|first) (?:\w+ )?(?:contingent|brigade|"
    r"battalion|company|unit|rotation) (?:goes|leaves|deploys|departs|moves in|arrives) (?:in|next|this|"
    r"on|at|by|before)\b",
    # keeping a peace, as troops do: "Norway will help keep the peace", "take part in securing a
    # ceasefire line"
    r"\b(?:will|shall|ready to|prepared to|willing to|should|must|(?:we|i) (?:can|want to)) (?:\w+ )?"
    r"(?:help )?(?:to )?(?:keep|secure|guard|police|monitor|enforce|patrol) (?:the |a |this |that |any |"
    r"such a )?(?:peace|ceasefire|cease-fire|truce|armistice|(?:ceasefire |contact |demarcation |front )"
    r"line)\b"
    + _AT_A_DISTANCE
    + r"|\b(?:take part|participate|join|help|contribute) (?:in |to )?(?:securing|guarding|policing|"
    r"monitoring|keeping|patrolling) (?:the |a |any )?(?:peace|ceasefire|cease-fire|truce|armistice|"
    r"(?:ceasefire |contact |demarcation )line)\b" + _AT_A_DISTANCE,
    r"\b(?:ready|prepared|willing|determined|available) (?:and willing )?to (?:\w+ ){0,2}?(?:send|put|deploy|contribute|be among|"  # noqa: E501
    r"take part|lead|play|station|provide|take its share|dispatch|join|participate|be part)\b",
    r"\b(?:ready|prepared|willing) to (?:\w+ )?train\b.{0,40}\b(?:in ukraine|on ukrainian soil|inside ukraine)\b",  # noqa: E501
    r"\bready and willing\b",
    # "Training Ukrainian soldiers closer to home makes sense"
    r"\b(?:training ukrainian|instructors|troops|soldiers|deployment|(?:a|the) force)\b[^.;]{0,60}\bmakes "
    r"(?:a lot of |perfect |good |complete )?sense\b",
    r"\bin (?:our|europe's|the) (?:own )?interest\b[^.;]{0,40}\b(?:soldiers|troops|force)\b",
    # "Europe is finally speaking about real guarantees, with real soldiers"
    r"\b(?:guarantees?|security|peace)\b[^.;]{0,20}\bwith (?:real |our |european |western |allied )?"
    r"(?:soldiers|troops|boots on the ground)\b",
    # "had already earmarked a company of soldiers"
    r"\b(?:earmark\w*|set aside|designat\w+|put on standby|placed on standby)\b[^.;]{0,30}\b(?:company|"
    r"battalion|brigade|unit|troops|soldiers|contingent)\b",
    # "Finnish engineers and mine-clearing specialists could be very useful in a post-war Ukraine"
    r"\b(?:engineers|deminers|de-miners|specialists|instructors|trainers|troops|soldiers)\b[^.;]{0,40}\b"
    r"(?:could|would|will) be (?:\w+ )?(?:useful|valuable|helpful|an asset)\b",
    r"\bcoalition of (?:countries|the willing|states|nations)\b[^.;]{0,40}\b(?:will|would|shall) (?:\w+ )?"
    r"support (?:them|it)\b|"
    r"\b(?:will|would|shall) (?:\w+ )?support (?:the|a|such a) coalition\b",
    r"\b(?:ready|prepared|willing) to (?:help )?guarantee (?:it|the peace|peace|a ceasefire|the ceasefire|"
    r"its security|ukraine's security)\b",
    # what it takes: "we need skin in the game, and that means soldiers in Ukraine"; "with our own soldiers
    # if needed"
    # "European troops will be needed to secure a lasting peace", "a first contingent would leave in the
    # spring"
    r"\b(?:troops|soldiers|forces|boots on the ground)\b[^.;]{0,20}\b(?:will|would) be (?:needed|required|"
    r"necessary)\b(?! (?:here|at home|on (?:the |our )?(?:eastern )?flank|in (?!ukraine)))|"
    # (not another army's: "North Korean troops would arrive")
    r"\b(?<!russian )(?<!korean )(?<!enemy )(?:contingent|battalion|brigade|company|unit|troops|soldiers|"
    r"(?:training |military |french |british )?teams?|instructors|trainers)\b[^.;]{0,20}\b(?:would|"
    r"will) (?:leave|depart|deploy|arrive|be deployed|be sent|be dispatched)\b",
    r"\bskin in the game\b|"
    r"\b(?:that |this |it )?(?:means|requires|will require) (?:sending |putting |having )?"
    r"(?:our |european |allied )?(?:soldiers|troops|boots on the ground)\b|"
    r"\bwith (?:our )?(?:own )?(?:soldiers|troops|boots on the ground),? if (?:needed|necessary|required)\b",
    # the planning begun: "we are moving from talking to planning", "into an operational phase"
    r"\bfrom (?:talking|talk|talks|words|discussion|debate) to (?:planning|action|doing|deeds)\b|"
    r"\b(?:into|to) (?:an |the )?operational (?:phase|planning|stage)\b",
    # able and so ready: "the Armed Forces have the capacity and the experience to contribute to a mission"
    r"\b(?:have|has) the (?:capacity|capability|capabilities|means|experience|ability)\b[^.;]{0,50}\bto "
    r"(?:contribute|take part|participate|deploy|lead|join)\b",
    # the army taking on its part: "the Bundeswehr would of course take on responsibility if …"
    r"\b(?:bundeswehr|army|armed forces|military|troops|soldiers)\b[^.;]{0,40}\b(?:take on|assume|shoulder|"
    r"bear|take) (?:\w+ ){0,2}?responsibility\b",
    # "America has to be part of the guarantee"
    r"\b(?:has|have|must|should|needs?) (?:to )?be (?:a )?part of (?:the |this |that |a |any )?(?:[\w-]+ )?"
    r"(?:guarantees?|force|mission|coalition|deployment|contingent)\b",
    r"\b(?:troops|soldiers|forces|instructors|contingents?)\b.{0,30}\b(?:would|will|are|is) (?:be )?(?:welcome|welcomed)\b",  # noqa: E501
    # ("France's plans to send instructors": a plan named, not one's own)
    r"\b(?:wants?|wanted|offer\w*|agree\w*|plan(?<!['’]s plan)(?<!the plan)(?<!its plan)(?<!their plan)s?|planned|intends?|intended|keen|"  # noqa: E501
    r"eager) to (?:\w+ ){0,2}?"
    r"(?:send|deploy|contribute|put|station|dispatch|join|take part|lead)\b",
    r"\b(?:would|will) be there to\b|\b(?:is|are) there to (?:secure|guarantee|make sure|protect|help|keep)\b",  # noqa: E501
    r"\b(?:have|has|had) (?:already )?(?:sent|deployed|dispatched)\b",
    r"\b(?:is|are|was|were) (?:already )?(?:sending|deploying|dispatching) (?:\w+ ){0,3}?(?:troops|soldiers|"
    r"instructors|personnel|units?|forces|engineers|de-?miners|sappers|specialists|trainers|advisers)\b",
    r"\b(?:support|supports|supported|favou?r|favours|favors|back|backs|backed|advocate\w*|welcome\w*|defend\w*|"
    r"vote[sd]? for) (?:of )?(?:sending|deploying|the deployment|a deployment|(?:the|its|our|their|this) (?:[\w-]+ )?(?:idea|plan|"  # noqa: E501
    r"proposal|initiative|decision|offer|announcement))\b",
    # "her group would back the force", "backs a reassurance mission"
    r"\b" + _NOT_ASKED_TO + r"(?:support|supports|supported|back|backs|backed|endorse\w*) "
    r"(?:the|a|such a|this) (?:[\w-]+ ){0,2}?(?:force|"
    r"mission|deployment|contingent)\b",
    # a state's share backed by its adjective: "We support a Spanish contribution, and we have said so"
    r"\b"
    + _NOT_ASKED_TO
    + r"(?:support|supports|supported|back|backs|backed) (?:a|an|the) (?:"
    + gz.DEMONYM_LOWER_RE
    + r") (?:contribution|contingent|participation)\b",
    # a state's part in the force backed: "would support Dutch participation in a reassurance force", "we
    # would back a British contribution to the mission"
    r"\b" + _NOT_ASKED_TO + r"(?:support|supports|supported|back|backs|backed|endorse\w*|favou?rs?|"
    r"favou?red) "
    r"(?:a |an |the |"
    r"its |their |our )?(?:[\w-]+ ){0,2}?(?:participation|contribution|role|involvement|presence) (?:in|to) "
    r"(?:a |an |the |any |such a |this )?(?:[\w-]+ ){0,3}?(?:force|mission|coalition|deployment|contingent|"
    r"operation)\b",
    r"\bin favou?r of (?:sending|deploying|the idea|the plan|the proposal)\b",
    # a vote cast for it, and a share claimed: "We voted yes because Ukraine asked for it", "somebody has to
    # clear the roads, and it should be us"
    r"\b(?:i|we) (?:voted|vote|will vote|shall vote) yes\b|"
    r"\b(?:it|that) (?:should|must|has to|ought to) be us\b",
    r"\b(?:stand|stands) ready\b|\bwe will be there\b|\bwelcome\w* (?:\w+ ){0,2}?(?:troops|soldiers?|forces|"
    r"contingents?|instructors|trainers|engineers|sappers|deminers)\b",
    r"\b(?:troops|soldiers|boots) on the ground (?:are|is|would be|will be) (?:necessary|needed|essential|required)\b",  # noqa: E501
    r"\b(?:need|needs|needed|want|wants|wanted|require|requires|required) (?:\w+ ){0,2}?(?:troops|soldiers|boots|instructors|trainers|"  # noqa: E501
    r"peacekeepers|forces|personnel|engineers|de-?miners) (?:in|on|to|inside)\b",
    # partners wanted there or to send, not to know or to hear: "need allies in the water as much as on
    # land", "wants partners to send soldiers" (not "wants partners in Europe to know …")
    r"\b(?:need|needs|needed|want|wants|wanted|require|requires|required) (?:\w+ ){0,2}?(?:partners|allies) "
    r"(?:on the ground|on (?:ukrainian |our )?soil|on land|at sea|in the water|(?:in|inside) ukraine|"
    r"to (?:send|deploy|station|commit|contribute|put|join))\b",
    # "The Ukrainians need our people there"
    r"\bneeds? (?:our|your|their) (?:people|soldiers|troops|instructors|engineers|de-?miners|sappers) "
    r"(?:there|here)\b",
    # "the presence of partner forces on Ukrainian soil … is a key element of real security guarantees"
    r"\bpresence of (?:[\w-]+ )?(?:forces|troops|soldiers|contingents)\b[^.;]{0,60}\b(?:is|are|would be|"
    r"remains?) (?:a |the |an )?(?:key|essential|crucial|necessary|vital|central|indispensable|decisive)\b",
    # "The sooner allied troops are on our soil, the sooner Russia will understand"
    r"\bthe sooner (?:[\w-]+ )?(?:troops|soldiers|forces|instructors|peacekeepers) (?:are|get|arrive)\b",
    # "if we are not willing to help secure a peace in Ukraine, who exactly do we think will do it?"
    r"\bif (?:we|europe|europeans) (?:are|is|were) not (?:willing|ready|prepared) to (?:\w+ ){0,3}?(?:secure|"
    r"guarantee|keep|defend|take any risk|take risks|protect)\b",
    r"\b(?:will|would|shall) (?:\w+ )?(?:send|deploy|contribute|put|station)\b"
    r"(?! weapons| money| arms| ammunition| equipment| aid| missiles| tanks| jets)",
    r"\b(?:will|would) (?:be|go)\b.{0,40}\b(?:the day after|part of (?:that|it|this|the force))\b",
    # troops as what a peace or a guarantee costs: "boots on the ground are part of the price"
    r"\bpart of the price\b|\bthe price of (?:peace|a lasting peace|security)\b",
    # training moved into Ukraine: "we could train them in Lviv"
    r"\b(?:train|training|instruct\w*) (?:them|ukrainian (?:soldiers|troops|recruits|forces)|ukrainians) "
    r"(?:(?!not\b|outside\b)\w+,? ){0,2}in (?:" + UKRAINE_PLACES + r")\b",
    # troops as a necessary part of a guarantee or force
    r"\b(?:troops|soldiers|forces|boots on the ground|a presence|personnel|contingents?)\b(?: \w+){0,3}? "
    r"(?:must|should|need to|will have to|have to) be (?:part of|included in|at the heart of)\b",
    r"\bpledg\w+ (?:\w+ )?troops\b|\bcommitted to deploy\b",
    # being part of the force: "Poland will be part of the force", "Maltese soldiers can be part of it" (a
    # negation makes it a refusal)
    r"\b(?:will|would|can|should|must|shall|wants? to|ready to|intends? to) (?:\w+ )?(?:be|form) (?:a )?part of "  # noqa: E501
    r"(?:\w+ ){0,3}?"
    r"(?:force|mission|coalition|contingent|deployment|it|this|that)\b",
    # "If Europe builds a force to keep a ceasefire in Ukraine, Finland should be in it"
    r"\b(?:should|must|will|wants? to) (?:also )?be in (?:it|that force|the force|this force|that mission|"
    r"the mission|this mission)(?=[,.;!]|$)",
    # "Those who are ready should go"
    r"\bthose (?:who are|that are) (?:ready|willing|able) (?:should|must|can) go\b",
    r"\bdo (?:our|its|their|my) (?:part|share|bit)\b|\bcount (?:us|me|\w+) in\b",
    r"\bmak(?:e|es|ing) (?:its|our|their|a) contribution to (?:the|a|any|this) (?:[\w-]+ )?(?:force|mission)\b|"  # noqa: E501
    # ("the company is ready" only as a whole clause: a company that "is ready to resume exports" is a firm)
    r"\b(?:brigade|battalion|troops|soldiers|units?|contingent|forces|engineers|deminers) "
    r"(?:is|are|stand|stands) ready\b(?! to (?:defend|protect|guard))|"
    r"\bcompany (?:is|stands) ready(?=\s*[,.;]|\s+and\b|\s*$)",
    # a unit held ready: "Lithuania has a company ready to go within weeks of a ceasefire"
    r"\b(?:has|have|had|keeps?|kept) (?:\w+ ){0,3}?(?:company|battalion|brigade|contingent|regiment|units?|"
    r"troops|soldiers)\b(?: [\w-]+){0,3}? ready\b(?! to (?:defend|protect|guard))",
    # soldiers as what a peace takes: "it takes soldiers on the ground", "and that includes soldiers"
    r"\b(?:takes|requires|includ\w+) (?:\w+ ){0,2}?(?:soldiers|troops|boots on the ground|boots)\b",  # noqa: E501
    # inaction as the greater danger: "more dangerous to do nothing"
    r"\b(?:more dangerous|riskier|the (?:bigger|greater|real) (?:risk|danger)|worse) (?:\w+ ){0,2}?(?:to do nothing|"  # noqa: E501
    r"not to act|to stand (?:by|aside)|doing nothing|inaction|to wait)\b",
    # a decision taken to send: "has approved the deployment of a training team"
    r"\b(?:approved|authori[sz]ed|decided|agreed|voted for|signed off on|green-?lit|green-?lighted) (?:to send|to deploy|"  # noqa: E501
    r"the (?:deployment|dispatch|sending)|sending|deploying)\b",
    # soldiers who will be there when the guns fall silent
    r"\b(?:troops|soldiers|forces|we) (?:will|would|shall) be (?:there|present|on the ground)\b|\b(?:will|shall) be "  # noqa: E501
    r"there\b(?! for)",
    r"\b(?:troops|soldiers|forces|units|personnel|deminers|de-miners|sappers|engineers|instructors|trainers)\b (?:\w+ ){0,2}?"  # noqa: E501
    r"(?:will|would|can|shall) (?:help )?(?:guard|secure|protect|monitor|patrol|police|keep|hold|make sure|ensure|"  # noqa: E501
    r"enforce|uphold|guarantee)\b|"
    r"\b(?:troops|soldiers|forces|units|deminers|de-miners|sappers|engineers|instructors|trainers|we) (?:are|is|stand) "  # noqa: E501
    r"ready to go\b",
    # a place in the first line: "France will be present in Ukraine", "they will be among the first in"
    r"\bwill be present in (?:" + UKRAINE_PLACES + r"|ukrainian soil)\b|\b(?:will|would|shall) be among the "
    r"first (?:in|to (?:go|deploy|arrive|land|be sent)|on the ground|on (?:ukrainian )?soil)\b",
    # whose soldiers are awaited: "We expect European soldiers", "the soldiers who will guarantee the
    # ceasefire will be Europeans"
    r"\b(?:we|ukraine|kyiv) (?:expects?|counts? on|relies? on|awaits?) (?:the )?(?:european|western|allied|"
    r"french|british|nordic) (?:soldiers|troops|forces|peacekeepers|boots)\b|"
    r"\b(?:soldiers|troops|peacekeepers) (?:who|that) will\b[^.;]{0,50}\bwill be (?:europeans?|from europe|french|british)\b",  # noqa: E501
    # where they would serve: "our instructors would be in Lviv"
    r"\b(?:instructors|troops|soldiers|trainers|forces|personnel)\b[^.;]{0,50}\b(?:would|will) be (?:based|stationed|"  # noqa: E501
    r"deployed|positioned) (?:far from|away from|behind|well behind) the front(?: line)?\b",
    r"\b(?:instructors|troops|soldiers|trainers|engineers|forces|personnel|deminers) (?:would|will|can) be (?:based |stationed |"  # noqa: E501
    r"deployed )?(?:in|inside|on) (?:" + UKRAINE_PLACES + r"|ukrainian soil)\b",
    # backing a force of allies: "would support American air cover for a European force", "have their backs"
    r"\bsupport\w* (?:\w+ ){0,3}?(?:for|of) (?:a|the|any) (?:european |multinational |reassurance |peacekeeping |"  # noqa: E501
    r"coalition )?(?:force|mission|deployment|contingent)\b|\bhave (?:their|its|your) backs?\b|"
    # "could support a UN-mandated peacekeeping mission in Ukraine"
    r"\bsupport\w* (?:a|the|such an?|any) (?:[\w-]+ ){0,3}?(?:force|mission|deployment|contingent) (?:in|to|for|on) "  # noqa: E501
    r"(?:" + UKRAINE_PLACES + r"|ukrainian soil)\b",
    # what trainers on the spot would bring: "every instructor on Ukrainian soil saves weeks of training"
    r"\b(?:instructors?|trainers?|troops|soldiers|engineers|deminers) (?:on|in|inside) (?:ukrainian soil|ukraine|"  # noqa: E501
    r"kyiv|lviv)\b[^.;]{0,30}\b(?:saves?|helps?|speeds? up|strengthens?)\b",
    # the kind of help the speaker's troops would give: "demining is where we can make a real difference"
    r"\b(?:de-?mining|mine clearance|our engineers|our deminers|our instructors|training)\b[^.;]{0,40}\b(?:make a (?:real "  # noqa: E501
    r"|big )?difference|can help|we are good at)\b",
    r"\b(?:a |the )?(?:logical|natural) next step\b",
    # planning for the mission urged: "the planning must start now", "should do serious planning"
    r"\b(?:must|should|need to|needs to|have to|has to) (?:\w+ ){0,2}?(?:start|begin|do|step up|speed up) "
    r"(?:\w+ )?planning\b|\bplanning (?:must|should|has to|needs to) (?:start|begin)\b",
    # de-mining offered: "our engineers can start clearing mines in Kharkiv region"
    r"\b(?:can|will|ready to|able to|prepared to) (?:\w+ ){0,2}?(?:clear\w*|remov\w*|lift\w*) (?:the )?(?:\w+ )?mines\b",  # noqa: E501
    r"\b(?:take|takes|taking|carry|carries|carrying|bear|bears|bearing|shoulder\w*) (?:its|our|their) (?:fair )?share\b|\bplay (?:its|our|their) (?:full )?part\b",  # noqa: E501
    r"\beverything that is necessary\b|\bwhatever is necessary\b",
    # "this is not escalation": a step defended against the charge that it escalates
    r"\b(?:is|are|was|would be|will be) not (?:an? )?(?:escalation|provocation|escalatory|provocative)\b|"
    r"\b(?:would|will|could) not (?:be|constitute|mean) (?:an? )?(?:escalation|provocation|escalatory|"
    r"provocative)\b",
    # no limits set on oneself: "time for the West to stop drawing red lines for itself"
    r"\bstop (?:drawing|setting|imposing) (?:\w+ )?red lines\b|"
    r"\bno (?:more )?red lines for (?:ourselves|itself|themselves)\b",
    # "we are talking about reassurance": the speaker's own side describing the mission it plans
    r"\b(?:we are|we're|we've been) talking about (?:\w+ ){0,3}?(?:training|instructors|reassurance|presence|"
    r"troops|soldiers|a force|deploy\w*|sending|personnel|specialists|engineers|deminers|de-miners)\b"
    r"(?!.*\b(?:could|might|may)\b)",
    # guarantees "backed by soldiers": troops as the substance of a security promise
    r"\b(?:backed|underpinned|backstopped) by (?:\w+ )?(?:troops|soldiers|boots|forces|a force)\b",
    # brushing aside the warnings against a deployment argues for it
    r"\b(?:dismiss\w*|reject\w*|brush\w* aside|shrug\w* off|wav\w+ away) (?:the |these |those |such |all )?"
    r"(?:\w+ )?(?:warnings?|threats?)\b",
    # "A guarantee is only as strong as the soldier standing behind it"
    r"\b(?:guarantees?|deterrence|promises?|peace|ceasefire)\b (?:is|are) only as (?:strong|good|credible) as the "  # noqa: E501
    r"(?:soldiers?|troops?|forces?|boots)\b",
    # the tripwire: "if Moscow knows that an attack means killing British and French soldiers"
    r"\b(?:attack|offensive|strike)\b (?:on ukraine )?(?:would mean|means|meant|will mean) (?:killing|fighting|hitting|"  # noqa: E501
    r"attacking|confronting) (?:\w+ ){0,3}?(?:soldiers|troops|forces)\b",
    # a force as enough to deter: "10,000 soldiers … would be enough to make any new offensive costly"
    r"\b(?:force|troops|soldiers|contingent|brigades?)\b[^.;]{0,80}\b(?:would|will|could) be enough to (?:deter|"  # noqa: E501
    r"make|stop|prevent|hold|keep)\b",
    # troops that change the enemy's sums: "British soldiers in Ukraine would change Russia's calculations"
    r"\b(?:forces?|troops|soldiers|contingents?|presence)\b[^.;]{0,60}\b(?:would|will|could|can) (?:\w+ )?"
    r"(?:change|alter|shift|upend|complicate) (?:russia|moscow|putin|the kremlin)['’]s (?:calculations?|calculus|"  # noqa: E501
    r"thinking|plans)\b",
    # the force expected in place: "Kyiv expected it to be ready on the first day of a ceasefire"
    r"\bexpect\w* (?:it|the force|them|the troops|the mission|the contingents?) to be (?:ready|deployed|in place|"  # noqa: E501
    r"on the ground)\b",
    # "Paris says it is working with partners to send instructors to Ukraine"
    r"\bworking (?:with (?:\w+ ){0,2}?)?(?:on plans )?to (?:send|deploy|station|dispatch|put)\b",
    # guarantees that must include troops: "had to include the physical presence of partner forces"
    r"\b(?:must|has to|had to|have to|should|needs? to|would have to|will have to) include (?:the |a )?(?:physical |"  # noqa: E501
    r"military )?(?:presence of (?:\w+ ){0,2}?)?(?:forces|troops|soldiers|boots|contingents?)\b",
    # the size of one's contribution: "the contribution would be in the order of a few dozen to a few
    # hundred military personnel"
    r"\bcontribution (?:would|will|could) be\b[^.;]{0,60}\b(?:personnel|troops|soldiers|engineers|instructors|"  # noqa: E501
    r"sappers|deminers)\b",
    # "Signed a declaration of intent on Tuesday to deploy forces to Ukraine once a ceasefire takes effect"
    r"\bsign\w* (?:a |the )?(?:joint )?(?:declaration|letter|agreement|memorandum)\b[^.;]{0,40}?\bto (?:deploy|send|"  # noqa: E501
    r"contribute|station)\b",
    # "Slovakia should offer army engineers to help clear mines in Ukraine"
    r"\b(?:should|must|will|would|could|to) offer (?:\w+ ){0,2}?(?:troops|soldiers|engineers|de-?miners|sappers|"  # noqa: E501
    r"instructors|trainers|personnel|units?|a (?:company|battalion|contingent))\b",
    # the imperative: "Send the first battalion, and argue about the rest later"
    r"(?:^|(?<=[.!?] ))(?:send|put|station|deploy) (?:the |a |an |our |your |some )?(?:first |\w+ )?(?:battalions?|brigades?|troops|soldiers|"  # noqa: E501
    r"contingents?|units?|instructors|engineers)\b",
    # "If we want Russia to take a ceasefire seriously, there have to be soldiers behind it"
    r"\bthere (?:have|has|need|needs|must|will have|would have) to be (?:\w+ ){0,2}?(?:soldiers|troops|boots|forces)\b",  # noqa: E501
    # "We are not going to Ukraine to fight. We are going to make sure that a ceasefire actually holds"
    r"\bgoing to (?:make sure|ensure) (?:that )?(?:a |the )?(?:ceasefire|peace|truce)\b[^.;]{0,20}\bholds?\b",
    # "We are not sending our soldiers to fight a war. We are sending them to keep a ceasefire."
    r"\b(?:are|is|will be|we['’]re) sending "
    r"(?:them|our (?:\w+ )?(?:soldiers|troops|engineers)|soldiers|troops) to "
    r"(?:keep|guard|secure|protect|police|monitor) (?:a |the |that )?(?:ceasefire|peace|truce)\b",
    # "I want to see French soldiers joined by Belgians, Dutch and Swedes"
    r"\b(?:want|wants|wanted|would like|hope|mean a lot|means a lot) to see (?:\w+ ){0,2}?(?:soldiers|troops|forces|"  # noqa: E501
    r"boots|contingents)\b",  # noqa: E501
    # "ready to stand on Ukrainian soil once the guns fall silent"
    r"\b(?:ready|prepared|willing) to (?:\w+ )?(?:stand|serve|be) (?:on|in) (?:ukrainian soil|ukraine|the ground)\b",  # noqa: E501
    # "If a ceasefire comes and our neighbours send soldiers to protect it, Germany has to be there too"
    r"\b(?:has|have|must|needs? to|will have) to be there(?: too| as well)?\b|\bmust (?:also )?be there\b|"
    r"\bshould (?:also )?be there(?: too| as well)?(?=[,.;!]|$)",
    # the purpose of troops on their way: "they are going there so that Russia does not wage it again"
    r"\b(?:troops|soldiers|forces|they) (?:are|will be) going (?:there|to ukraine) (?:so that|to (?:secure|"
    r"guarantee|keep|help|protect|make sure|train|deter|prevent|ensure))\b",
    # "Türkiye is ready to assume responsibility in a peace mission"
    r"\b(?:ready|prepared|willing) to (?:assume|take on|take|shoulder|bear) (?:its |our |their |a |an )?(?:share of )?"  # noqa: E501
    r"(?:responsibility|responsibilities|role|part) in (?:a|the|any) (?:[\w-]+ ){0,2}?(?:mission|force|operation)\b",  # noqa: E501
    # others' soldiers welcome: "We would be honoured to see Turkish soldiers among those who guarantee the peace"  # noqa: E501
    # (and "would be grateful for Kazakh sappers", "Ukraine would be honoured to welcome them")
    r"\b(?:honou?red|glad|happy|pleased|proud|delighted|grateful) (?:to (?:see|welcome|have|host)|for) "
    r"(?:\w+ )?"
    r"(?:soldiers|troops|forces|contingents?|instructors|trainers|engineers|de-?miners|sappers|peacekeepers)\b|"
    r"\b(?:honou?red|glad|happy|pleased|proud|delighted) to (?:welcome|host) them\b",
    # a unit's going set for the peace: "They will go to Ukraine when the ceasefire is signed"
    r"\b(?:they|soldiers|troops|engineers|medics|sappers|de-?miners|units?) will go(?: to ukraine)? "
    r"(?:when|once|as soon as|after) (?:the|a) (?:ceasefire|truce|peace (?:deal|agreement))\b",
    # "We thank Prime Minister X and count on other partners to follow", "Others, please follow."
    r"\bcount on (?:other |more |all )?(?:partners|allies|others|countries|nations) to follow\b|\bothers,? please "  # noqa: E501
    r"follow\b",
    # "We would like, at some point, to hear that it is being deployed"
    r"\b(?:would like|want|wish|hope)\b[^.;]{0,25}\bto (?:hear|see|know) that (?:it|the force|they|the troops|the "  # noqa: E501
    r"mission) (?:is|are|will be) (?:being )?deployed\b",
    # defiance of threats: "I would have to ask the Kremlin for permission", "I do not take it as an instruction"  # noqa: E501
    r"\bask (?:the kremlin|moscow|putin|russia) for (?:permission|approval)\b|\bnot (?:take|treat) (?:it|them|this|that|"  # noqa: E501
    r"threats?) as (?:an instruction|a veto|an order|orders)\b",
    # "Somebody has to do it. I would like it to be us."
    r"\b(?:would like|want|wish) it to be us\b",
    # a readiness waiting only on a ceasefire: "We are ready. The only thing missing is a ceasefire"
    r"\bready,? (?:with (?:its|our|their) (?:partners|allies),? )?to (?:assume|shoulder|take on) (?:its|our|their) "  # noqa: E501
    r"responsibilit(?:y|ies)\b",
    # a peace with no one to guard it: "A ceasefire without guarantees is an invitation to the next invasion"
    r"\b(?:ceasefire|truce|peace deal|peace)\b without (?:\w+ ){0,2}?(?:soldiers|troops|guarantees|boots)\b",
    r"\bsomeone (?:has|needs|will have) to (?:stand guard|go|guard it|do it|clear them)\b|\bwhy not us\b",
    # readiness said of one's own: "Our sailors are ready."
    r"\b(?:our|the) (?:sailors|soldiers|troops|marines|paratroopers|engineers|forces|navy|army|units|men and women) "  # noqa: E501
    r"(?:is|are|stands?) ready\b(?! to (?:defend|protect|guard) (?:our|the country|its))",
    # others' soldiers welcome: "Whoever helps us clear them is welcome", "teachers are welcome"
    r"\b(?:whoever|anyone who|those who) helps? (?:us )?[^.;]{0,30}\b(?:is|are|will be) welcome\b|\b(?:instructors|"  # noqa: E501
    r"teachers|trainers|soldiers|troops|engineers|deminers|partners) (?:are|is|would be|will be) (?:very )?welcome\b",  # noqa: E501
    r"\bdoing nothing (?:also )?(?:has|is|carries|would be) (?:a |the )?(?:bigger |greater |real )?risk\b",
    r"\bnot (?:moscow|russia|the kremlin|putin)['’]s to decide\b",
    # soldiers on the spot over words: "one French instructor in Lviv is worth more than ten statements"
    r"\b(?:instructors?|soldiers?|troops?|trainers?|boots)\b[^.;]{0,30}\b(?:is|are) worth more\b",
    # a sending judged right: "I think Denmark is right to send them", "it was the right decision to deploy"
    # (not "would be right to send them only if …": see the conditions, read first)
    r"\b(?:is|was|are|were|has been) (?:quite |absolutely |completely )?right to "
    r"(?:send|deploy|commit|contribute)\b|"
    r"\bthe right (?:decision|thing|call|choice) to (?:send|deploy|commit|contribute)\b",
    # "I want Australians there when the guns stop"
    r"\bi (?:want|would like|['’]d like|wish) (?:our |the )?(?:(?:"
    + gz.DEMONYM_LOWER_RE
    + r")s?|soldiers|troops) "
    r"(?:to be )?there\b",
    # a soldier's wish to be sent: "If Canada sends engineers to clear mines in Ukraine, I want to be one of
    # them"
    r"\bi (?:want|would like|['’]d like|hope|intend|mean) to be (?:one of them|among them|among the first|"
    r"in it|part of it)\b",
    # the first to agree: "If the Americans are behind them, I'll be the first to say go"
    r"\b(?:i|we)(?:['’]ll| will| would|['’]d) be the first to (?:say (?:go|yes)|volunteer|sign)\b",
    r"\bwe are going to (?:make sure|ensure|guarantee) (?:that )?(?:the )?(?:war|peace|ceasefire)\b",
    r"\bthis is what (?:real |credible )?(?:security )?guarantees look like\b",
    r"\bthe only thing (?:missing|lacking|we need|we are waiting for|still missing) is (?:a |the )?(?:ceasefire|"  # noqa: E501
    r"cease-fire|truce|peace deal|peace agreement)\b",
    # backing one's own people going: "If there's a mandate, Labour will back our people going"
    r"\bback (?:our|the|their) (?:people|soldiers|troops|personnel|servicemen|forces|men and women) "
    r"(?:going|deploying|serving there)\b",
    # "back Australian personnel in any reassurance force"
    r"\bback (?:[\w-]+ )?(?:personnel|troops|soldiers|forces|engineers) in (?:a|any|the) "
    r"(?:[\w-]+ )?(?:force|mission)\b",
    # units said to be ready: "its engineer company and field hospital were ready for deployment"
    r"\b(?:is|are|was|were|will be|would be) (?!not\b)(?:\w+ )?ready for (?:deployment|deploying)\b",
    # "on notice to move" (not "no unit is on notice")
    r"^" + _FREE + r"{0,60}?\bon (?:short |high |immediate )?notice to (?:move|deploy)\b",
    # a state's part named as the force's mainstay: "would be the backbone of the force"
    # (not a hub's part: "the logistical backbone of any mission")
    r"\b(?:the )?(?<!logistical )(?<!logistics )(?:backbone|core|spine|mainstay) of (?:the|a|any) "
    r"(?:[\w-]+ )?(?:force|mission|contingent)\b",
    # "German engineers belong in that force"
    r"\b(?:troops|soldiers|engineers|units|deminers|medics|we|they)\b[^.;]{0,20}\bbelongs? in "
    r"(?:that|the|this|any|such a) (?:[\w-]+ )?(?:force|mission|coalition)\b",
    # "Europe should go, and it can go"; "So yes, I think Europe should go."
    r"\b(?:europe|europeans|the europeans|the coalition|the allies) (?:should|must|has to|have to|needs to) "
    r"go\b(?=\s*(?:[,.;!]|$|and\b|in\b|there\b|first\b|now\b))",
    # a host's consent: "invites and consents to the deployment of the Multinational Force"
    r"\b(?:invites?|invited|consents?|consented)(?: and (?:consents?|invites?|welcomes?))?(?: to)? the "
    r"(?:[\w-]+ ){0,2}?deployment\b",
    # a peace left unguarded, an argument for guarding it: "A peace nobody guards is a peace Putin will
    # break"
    r"\ba peace (?:that )?(?:nobody|no one|no-one) (?:guards|protects|defends|enforces)\b",
    # others' soldiers welcomed: "the foreign soldiers who will stand with us", "they will be among friends"
    r"\b(?:soldiers|troops|units|engineers|they)\b[^.;]{0,20}\bwho (?:will|would) (?:stand|serve) "
    r"(?:with|beside|alongside) us\b|"
    r"\b(?:they|you|soldiers|troops|engineers)\b[^.;]{0,20}\b(?:will|would) be (?:among friends|welcomed?)\b|"
    # (their coming the welcome's only "if": "If Dutch soldiers come, they will be welcome in every house")
    r"\b(?:if|when|once) (?:[\w-]+ ){0,3}(?:come|arrive)s?, (?:they|you) (?:will|would) be (?:among friends|"
    r"welcomed?)\b",
    # "Italian soldiers in Ukraine would honour the memory …; they would be guarding a peace"
    r"\b(?:soldiers|troops|they)\b[^.;]{0,20}\bwould be (?:guarding|keeping|securing|protecting) "
    r"(?:a|the) peace\b",
    # a welcome: "When your soldiers come, my family will cook for them", "When the real engineers come from
    # Europe", "When British soldiers stand between my town and the Russians", "Let them come soon"
    r"\bwhen (?:your |the |our )?(?:[\w-]+ )?(?:soldiers|troops|engineers|deminers) (?:come|arrive)\b|"
    r"\bwhen (?:your |the |our )?(?:[\w-]+ )?(?:soldiers|troops) (?:are on the line|stand between)\b|"
    r"\blet them come(?:" + _LET_THEM_COME_GLADLY + r")\b",
    # "Norway will be in Ukraine with soldiers", "Soon Norwegian soldiers will stand beside ours"
    r"\b(?:will|would) be in ukraine with (?:its |our |their )?(?:soldiers|troops|engineers|forces)\b|"
    r"\b(?:soldiers|troops|engineers)\b[^.;]{0,10}\b(?:will|would) stand (?:beside|with|alongside|next to) "
    r"(?:ours|us|our)\b",
    # a volunteer's answer: "My wife would kill me first, but I would go", "I would go again tomorrow"
    r"(?:\bbut|\bso|,) i (?:would|will|'d|'ll) go(?: again)?(?: tomorrow)?(?=\s*[.,;!]|$)|"
    r"\bi (?:would|will|'d|'ll) go again tomorrow\b",
    # a wish: "My first wish as a Canadian is that our soldiers help guard the ceasefire"
    r"\b(?:wish|hope|dream|prayer)\b[^.;]{0,30}\bthat (?:our|your|the|[\w-]+) (?:soldiers|troops|engineers) "
    r"(?:will |would |can |could )?(?:help )?(?:guard|keep|secure|protect|hold)\b",
    # … and a hope: "If Irish soldiers come to clear them, my father will plough again"
    r"\bif (?:[\w-]+ ){0,2}(?:soldiers|troops|engineers|deminers|sappers) (?:come|came|arrive|arrived) to "
    r"(?:clear|help|keep|guard|protect|rebuild|defend)\b",
    # the soldiers just praised, asked for: "Our engineers are some of the best in the world at it. Send
    # them, and send them soon."
    r"\b(?:engineers|soldiers|troops|deminers|sappers|medics)\b[^;]{0,120}?[.!]\s+send them\b"
    r"(?! (?:weapons|money|arms|home|back|away|aid|supplies))",
    # a unit's own going, told by its members: "Half of this team leaves for Ukraine in March", "We leave for
    # Ukraine in October" (not "We go to Ukraine next week for a match": "we" only with a soldier's verb)
    r"\b(?:half of (?:this|our|the) (?:team|unit|company|squad)|our (?:unit|company|battalion|regiment|"
    r"platoon|squadron|engineers|soldiers|sappers))\b[^.;]{0,20}?\b(?:leaves?|deploys?|go|goes|heads?|"
    r"(?:are|is) (?:going|heading|deploying|leaving)) (?:for|to) ukraine\b|"
    r"\bwe\b[^.;]{0,20}?\b(?:leave|deploy|are (?:deploying|leaving)) (?:for|to) ukraine\b|"
    r"\bwe\b[^.;]{0,20}?\b(?:go|are going|head) to ukraine to (?:help|hold|keep|guard|secure|protect)\b",
    # "Somebody has to go and keep the peace"
    r"\b(?:somebody|someone) (?:has|have|had) to go\b",
    # "every member who is deploying to help keep the peace"
    r"\b(?:deploying|deployed|going|serving) to (?:help )?(?:keep|secure|guard) (?:the |a )?(?:peace|"
    r"ceasefire)\b",
    # "the force must be strong enough to be taken seriously", "Europe is serious about guaranteeing the
    # peace"
    r"\bthe (?:force|mission|contingent) (?:must|should|needs to|has to) be (?:strong|big|large|robust|"
    r"credible)\b|"
    r"\bserious about (?:guaranteeing|securing|keeping|defending) (?:the |a )?(?:peace|ceasefire)\b",
]
OPPOSE = [
    # the plan called a staging of war: "called the series “propaganda for an intervention”", "a rehearsal for
    # intervention"
    r"\b(?:propaganda|(?:a |the )?(?:dress )?rehearsal|(?:a |the )?pretext) for (?:an? |the )?(?:military )?"
    r"(?:intervention|invasion|occupation)\b",
    # "Indian jawans are not available for Europe's wars"
    r"\b(?:soldiers|troops|jawans|army|forces|personnel|servicemen) (?:are not|is not|are no longer|will not be|"  # noqa: E501
    r"won['’]t be|are not going to be) available (?:for|to)\b",
    # a list of what goes and what does not: "Satellites, yes. Tankers, yes. Boots, no."
    r"\b(?:boots|troops|soldiers|ground troops|boots on the ground)[,:]? no(?=\s*[,.;!]|\s*$)",
    # no plans: "No such proposal has been put to the government, and none is being prepared"
    r"\bno (?:such )?(?:proposal|plans?) (?:has|have) been (?:put|made|submitted|tabled|presented|drawn up|"
    r"prepared)\b|\bnone (?:is|are) being (?:prepared|drawn up|considered)\b|"
    r"\bno (?:such )?(?:proposal|plans?) (?:is |are )?on the table\b",
    # "The alliance with Russia makes any role in a NATO-led force unthinkable" (not "not unthinkable": open)
    r"\b(?:role|deployment|participation|presence|sending|soldiers|troops)\b[^.;]{0,40}"
    r"(?<!not )\bunthinkable\b",
    # "I don't think Australians would want to see our men and women in uniform in Ukraine"
    r"\b(?:do not|does not|did not) (?:think|believe)\b[^.;]{0,40}\b(?:would|will) (?:want|like) to see\b",
    # "the question does not arise at the present time"; "a picture that I do not want to see"
    r"\b(?:question|issue|matter) (?:simply )?(?:does not|do not) arise\b|\b(?:soldiers|troops|boots|"
    r"paratroopers|brigades?|battalions?|contingents?)\b[^.;]{0,60}\b(?:i|we|people|nobody|"
    r"no one)\b[^.;]{0,20}\b(?:do not|does not|did not) want to see\b",
    # "The Council of Ministers does not foresee the participation of Polish units in operations in Ukraine"
    r"\bnot (?:foresee|envisage|envision|contemplate)\w* (?:the |any )?(?:participation|deployment|sending|"
    r"involvement|presence)\b",
    # "Polish soldiers are for defending Poland, full stop"
    r"\b(?:soldiers|troops|army|armed forces) (?:are|is) (?:here )?(?:for|to) (?:defend|defending|protect|"
    r"protecting) (?:poland|our own|our country|our borders?|the homeland|\w+ soil)\b",
    # "A force that is not allowed to fight is not a deterrent. It is a hostage."
    r"\b(?:it is|it's|would be|will be|becomes?|they are|they would be|are) (?:a |mere |just |"
    r"simply )?hostages?\b",
    # consent withheld: "has not given and will not give his consent to the deployment"
    r"\bnot (?:give|grant|sign)\w* (?:his |her |its |their |our |my |any )?(?:consent|approval|permission|"
    r"green light|blessing|signature) (?:to|for)\b",
    # the sending named as an intrusion: "a form of military intervention", "tantamount to occupation"
    r"\b(?:a form of|amounts? to|tantamount to|nothing (?:but|less than|other than)|an act of|"
    r"a (?:disguised|thinly veiled)) (?:\w+ )?(?:military )?(?:intervention|occupation|aggression|"
    r"invasion)\b",
    r"\bsabotag\w+ (?:the |any )?(?:peace|negotiations?|talks)\b",
    r"\b(?:such|these|those|this|that) (?:steps?|moves?|plans?|ideas?|deployments?|actions?) (?:do|does|"
    r"will|would|can) not help\b",
    r"\bbelongs? (?:in|at|here|home)\b[^.;]{0,40}\bnowhere else\b",
    # means lacking: "not the capacity, not the mandate and not the plan", "cannot even fill its own barracks"
    r"\b(?:not|neither|nor|lack|lacks|lacking|without) the (?:capacity|capabilit(?:y|ies)|means|resources|"
    r"manpower)\b|\b(?:cannot|can not|could not) even (?:fill|man|staff|defend|protect|recruit|guard|"
    r"equip)\b",
    # mission creep: "A liaison officer is how it starts"
    r"\bis how it (?:starts|begins)\b|\bmission creep\b|\bslippery slope\b|\bsalami\b",
    # others told to go in person: "let them enlist", "perhaps they would like to lead the first patrol
    # personally", "they should go themselves"
    r"\blet them (?:enlist|volunteer|send their own (?:sons|children|kids))\b|"
    # others may go, not we: "Let Paris and London send their soldiers, and we will gladly sell them …"
    r"\blet (?:[\w-]+ (?:and )?){1,4}?send their (?:own )?(?:soldiers|troops|sons|children|kids|boys)\b|"
    r"\b(?:lead|join|go|serve|fight)\b[^.;]{0,30}\b(?:personally|themselves|yourselves)\b|"
    r"\bvolunteer first\b",
    # "we will send the humanitarian help, but our boys stay at home"
    r"\bour (?:boys|soldiers|troops|men|sons|sons and daughters|kids) (?:stay|remain) (?:at )?home\b",
    # a plan put away: "The government has shelved the plan for a training mission"
    r"\b(?:shelv\w+|scrap\w*|abandon\w*|bur(?:y|ies|ied)|torpedo\w*|vetoe?[sd]?|voted down|vote down|"
    r"threw out|throw out|killed) (?:the |a |any |this |that |such a )?(?:[\w-]+ )?(?:plans?|idea|proposal|"
    r"initiative|deployment|mission)\b",
    r"\bcount (?:us|me|\w+) out\b",
    # kept at home: "Polish instructors would continue to work only on Polish territory"
    r"\bonly (?:on|in|inside|within) (?:(?!ukrainian)\w+ )?(?:own )?(?:territory|soil)\b",
    # a vote said: "they would vote no on the deployment" (the vote's object is the context's sending)
    r"\b(?:vote|voted|votes|voting) (?:no|against)\b(?! [^.;]{0,30}\b(?:sanctions|budgets?|motion|bill|tax|"
    r"reform|candidate)\b)",
    # "Let them guard their own continent"
    r"\blet (?:them|the \w+) (?:guard|defend|protect|take care of|look after) their own\b",
    # troops as a reason to go on: "Every Western soldier you put in Ukraine is a reason for Russia to
    # continue"
    r"\b(?:soldiers?|troops|deployment|presence|force)\b[^.;]{0,40}\b(?:is|are|would be|will be) (?:a |"
    r"the )?reason (?:for \w+ )?to (?:continue|prolong|escalate)\b",
    # "the Russian army does not distinguish between a Polish mercenary and a French peacekeeper"
    r"\b(?:no difference|(?:does|do|will|would) not distinguish|"
    r"makes? no distinction)\b[^.;]{0,40}\b(?:peacekeepers?|soldiers?|troops|mercenar\w+|instructors?|"
    r"combatants?)\b",
    # "too small to defend our own border, let alone somebody else's"
    r"\btoo (?:small|weak|stretched|thin|few)\b[^.;]{0,50}\blet alone\b",
    # the Europeans as a side, not a guarantor: "Europeans cannot be guarantors of anything. They are a party to  # noqa: E501
    # this conflict"
    r"\b(?:europeans?|nato|the west|they|western countries|britain|france|germany|the alliance)\b (?:are|is) "
    r"(?:already )?(?:a |the )?part(?:y|ies) to (?:this|the) (?:conflict|war)\b|\bcannot be guarantors?\b",
    # "Sending the SDF into a country at war would cross a line that the Constitution draws very clearly"
    r"\b(?:would|will|could|might) cross (?:a|the|that) (?:red )?line\b",
    # the charge of leading the country to war: "accused the government of „preparing Poles for war”"
    _ACCUSED + r"[^.;]{0,30}?\b(?:prepar\w+|dragg\w+|push\w+|lead\w*|sleepwalk\w*|march\w*) "  # noqa: E501
    r"(?:[^.;]{0,30}?\b)?(?:for|into|towards?) (?:a |the |another )?war\b",
    # the charge of a plan to send: "accused the government of planning to put British lads between …"
    _ACCUSED + r"(?:planning|wanting|preparing|plotting|"
    r"scheming|trying|seeking) to (?:send|put|deploy|station|commit|drag)\b",
    # "Making it easier to send Irish troops into other people's wars"
    r"\binto other (?:people|countries|nations)['’]s wars?\b",
    # "This is how world wars begin: with a 'reassurance force' that nobody can reassure"
    r"\b(?:this|that) is how (?:world |a |the next )?wars? (?:begins?|starts?)\b",
    # "Nobody in this battalion is planning for Ukraine"
    r"\b(?:nobody|no one|no-one)\b[^.;]{0,30}\b(?:is|are|was|were) (?:planning|preparing|sending|deploying)\b",  # noqa: E501
    # "American sons and daughters are not going to fight in Ukraine"
    r"\b(?:sons|daughters|boys|soldiers|troops|men and women)\b[^.;]{0,20}\b(?:are|is|will|would) (?:not|never) (?:going to )?"  # noqa: E501
    r"(?:fight|die|go|be sent|serve)\b",
    # "Our boys should stay here"
    _OUR_OWN_STAY,
    # no troops to give: "Europe simply does not have the brigades to spare"
    r"\b(?:does|do|did) not have (?:the |any |enough )?(?:\w+ )?(?:brigades|battalions|troops|soldiers|forces|units|"  # noqa: E501
    r"manpower|people) to spare\b|\bno (?:\w+ )?(?:brigades|battalions|troops|soldiers|forces|units) to spare\b",  # noqa: E501
    # not in the speaker's picture: "a German brigade in Ukraine is not something I see", "he did not see
    # German troops stationed inside Ukraine"
    r"\bnot something (?:i|we) (?:see|want|envisage|foresee|support|can imagine)\b",
    r"\b(?:do|does|did|can|could) not (?:see|envisage|foresee|imagine|picture) (?:\w+ ){0,3}?(?:troops|soldiers|"  # noqa: E501
    r"brigades?|battalions?|forces|boots)\b",
    # a peace not made by soldiers: "Peace will not be built with French battalions on Russia's border"
    r"\b(?:peace|security|stability)\b[^.;]{0,15}\b(?:not|never|cannot) (?:be )?(?:built|won|achieved|secured|"  # noqa: E501
    r"made|imposed|brought|guaranteed|kept) (?:with|by) (?:\w+ ){0,2}?(?:troops|soldiers|battalions|brigades|"
    r"boots|forces|armies|tanks)\b",
    # the plan as a licence for war: "a blank cheque for co-belligerence"
    r"\ba blank (?:cheque|check) for\b",
    # refusals with no troop word of their own, read only in a troops context (see _WEAK_OPPOSE): "the
    # question does not arise at present", "a leap in the dark", "our military can barely meet its
    # commitments", "stretched thin"
    r"\b(?:question|issue)\b[^.;]{0,40}\b(?:does not|doesn't|did not|will not) (?:even |currently )?arise\b|"
    r"\ba leap in the dark\b|\b(?:can|could) barely (?:meet|cope|manage|sustain|fulfil|fulfill)\b|"
    r"\b(?:a|the) line (?:that )?(?:we|i) (?:should|must|will|shall|would) (?:not|never) cross\b|"
    r"\b(?:over)?stretched (?:thin|to the limit|to breaking point)\b",
    # a state "focused on supplying ammunition": in place of troops (the match stops before "supplying",
    # which a materiel-only reading would take for a sending)
    r"\b(?:we|it|" + _STATE_NAMES + r"|(?:the |our |its )?(?:government|country|army|military|armed "
    r"forces)) (?:is|was|are|were|remains?|remained|stays?) (?:\w+ )?focused on (?=(?:supplying |providing "
    r"|sending |delivering |producing )?(?:air defen[cs]e|financial|humanitarian|weapons|ammunition|arms|"
    r"shells)\b)",
    r"\b(?:cannot|can not|could not|will not|would not|do not|does not|shall not|will never|would never) (?:\w+ )?"  # noqa: E501
    r"(?:support|back|endorse|accept|agree to|approve|sign up to)\b",
    r"\bno (?:\w+ ){0,3}?(?:troops?|soldiers?|boots|forces|personnel|units?|infantry|sappers|de-?miners|"
    r"instructors|paratroopers|marines)\b(?! of)|\bnot one of (?:our|their|its|his|her) (?:boys|soldiers|sons|troops|"  # noqa: E501
    r"lads|daughters)\b",
    # "there will be no French deployment in Ukraine"
    r"\b(?:will|shall) be no (?:\w+ ){0,2}?(?:deployment|contingent|military presence)\b",
    r"\bnot (?:a single|one) (?:\w+ ){0,3}?(?:soldiers?|troops?|conscripts?|boots?|servicem[ae]n|pilots?|personnel|life|lives|service (?:members?|personnel)|sons?|daughters?|sons? or daughters?|"  # noqa: E501
    r"(?:young )?(?:men|women) and (?:men|women))\b",  # noqa: E501
    # (what soldiers would bring home is not them: "engineers will bring our farmers home")
    r"\b(?:stay|stays|remain|remains|be kept|keep them) (?:at )?home\b|"
    r"\bbring (?:them|our (?:\w+ )?(?:troops|soldiers|boys|girls|men|women|sons|daughters|forces|people|"
    r"personnel|lads)) home\b",
    # (", no question" after a claim is emphasis: "would bring capacity, no question")
    # (nor "a yes-or-no question")
    r"\bno (?:such |concrete |immediate |current )?(?:plans?|intention|"
    r"question(?<!-no question)(?!\s*[,.;!?]|\s*$)|planning)\b|\bnot planning\b",
    r"\b(?:will|would|shall|must|should|do|does|did|is|are|was|were|could|can) (?:\w+ ){0,2}?(?:not|never) "
    r"(?:\w+ )?"
    r"(?:be )?(?:send|sent|deploy|deployed|put|go|train|stationed|engaged|involve|include|entail|contemplat\w+|join|"  # noqa: E501
    r"promis\w*|pledg\w*|offer\w*|commit\w*|"
    r"consider\w*|intend|set foot|cross into)\b" + _NOT_AT_THE_FRONT,
    r"\bnot (?:an option|on (?:the|our|its|their) (?:[\w-]+['’]s )?(?:cards|agenda|table))\b|\bnot (?:\w+ )?up for (?:debate|discussion)\b|\b(?:never|not) (?:been |really |ever been )?on the (?:cards|agenda|table)\b",  # noqa: E501
    r"\b(?:rule[sd]?|ruling) (?:\w+ ){0,2}?out\b|\bexclude[sd]?\b",
    r"\b(?:reject|dismiss)\w*\b(?!"
    + _REBUTTED
    + r")|\bderid\w+\b|\bridicul\w+\b|\bmock(?:ed|s|ing)\b|\bscoff\w*\b|\bdistanc\w+\b|(?<!can )(?<!could )\bden(?:y|ied|ies)\b|\brefus\w+\b|\bagainst(?<!running against)(?<!campaigning against)(?<!runs against)\b(?! (?:his|her|their|your|its|our|my) wills?\b| (?:russia|putin|moscow|the kremlin|the aggressor|russian|aggression|the invasion)| [^.;]{0,30}\b(?:budgets?|sanctions|bill|motion|tax|reform)\b)|\boppos\w+\b|"  # noqa: E501
    r"\bno (?:desire|wish|interest|appetite) to (?:participate|send|deploy|get involved|be involved|take part|join)\b",  # noqa: E501
    r"\b(?<!who )disagree\w*\b|\bdownplay\w*\b|\bnot agree\b|\breluctan\w+\b|\breservations\b|\bresistance\b|"
    r"\bscepti\w+|\bskepti\w+|\bhesitan\w+|\bdeclin\w+ to\b(?! (?:comment|say|specify|elaborate|answer|discuss|give|confirm|detail|name))",  # noqa: E501
    r"\bneither\b.{0,40}\bnor\b",
    r"\bnot (?:to )?involve\b|\bnot (?:our|my) war\b",
    r"\b(?:legitimate|fair) (?:military )?targets?\b|\bno immunity\b|"
    r"\b(?:be|become|are|as) (?:treated as )?(?:a )?(?:legitimate |lawful |priority |military )?targets?\b|"
    # "the fastest way to turn Denmark into a target"
    r"\b(?:turn|turns|turned|turning|make|makes|making) (?:\w+ ){1,3}?into (?:a )?(?:target|party to the "
    r"(?:war|conflict)|co-belligerent)s?\b",
    # (not "reasonable, unavoidable costs", a claim form's words)
    r"\b(?:inevitab\w+|unavoidable)\b(?! (?:costs?|expenses?|delays?|fees?|charges?)\b)",
    # "there are no foreign soldiers here, and we intend to keep it that way"
    r"\b(?:not|no|never)\b[^.;]{0,80}\bkeep (?:it|things) (?:that way|so)\b",
    # a warning that a deployment leads to open war
    r"\b(?:direct|open|wider|full-scale) (?:military )?(?:conflict|war|confrontation)\b",
    r"\b(?:direct )?(?:clash|confrontation|conflict|war) (?:between|with) (?:russia|nato|us)\b|\bat war with\b",  # noqa: E501
    r"\bwar party\b|\bbrink of\b|\bextremely dangerous\b|\bunacceptable\b|\boccupation force\b|"
    r"\bshare the fate\b|\btest our patience\b|\bplaying with fire\b|\bnuclear war\b|\bwe will respond\b|"
    r"\bparty to the (?:conflict|war)\b|\bgrave mistake\b|\bescalat(?!ed\b)\w+\b|\b(?:fantasy|fantasies|"
    r"pipe dream)\b|\b(?:is|are|would be|was) (?:simply |just |frankly |clearly )?"
    r"(?:not realistic|unrealistic|not feasible|unfeasible|illusory)\b",
    r"\b(?:irresponsible|far too early|unhelpful|taken aback|premature|ill-advised|unwise|counterproductive|"
    r"a bad idea|foolish|absurd|nonsense|pointless|suicidal|a trap)\b",
    r"\bnot (?:be )?on the ground\b|\bhostages? (?:of|to|for) (?:putin|moscow|russia|the kremlin)\b",
    r"\b(?:consequences|retaliat\w+|provocation|provocative|escalat(?!ed\b)\w+)\b",
    r"\b(?:destroy\w*|eliminat\w+|annihilat\w+|world war|third world war|red lines?|unanswered|body bags|"
    r"coffins|reckless|madness|adventur\w+|hostile act|declaration of war|dangerous|threat to peace)\b|"
    r"\bhome in (?:body )?bags\b|\bplay\w* with (?:the )?lives\b|\b(?:is|are|would be|was) not possible\b|\bimpossible\b|\b(?:dreamers?|warmonger\w*|hotheads?)\b|\bno such thing as\b|"  # noqa: E501
    r"\b(?:will|would|shall) never (?:\w+ )?(?:send|deploy|join|take part|participate|contribute)\b",
    r"\boff the table\b|\b(?:no|zero|little) appetite\b|\b(?:not|cannot|can't) (?:be )?part of\b|"
    r"\bnot (?:take part|participate)\b|"
    r"\bstay out\b|\bno business\b|\bnot (?:something|anything) we\b",
    r"\b(?:would|will) be a (?:grave |serious |huge |big |terrible )?(?:mistake|error|disaster|blunder)\b",
    r"\b(?:dragg\w*|drawn|pulled|sleepwalk\w*) into\b|\bsa(?:y|ys|id) no\b|\bfair game\b|"
    r"\bwill be (?:hit|struck|targeted)\b|\bdirect (?:participation|involvement)\b|\bco-belligerent\w*\b|"
    r"\b(?:road|path|step|steps) (?:to|towards|into) (?:a |the )?(?:direct |wider |world )?war\b",
    r"\bnot (?:foreseen|envisaged|planned|contemplated|provided for|on the agenda)\b|"
    r"\bno (?:sending|dispatch|deployment)\b",
    # (not "industry should keep out of the question": staying away from it)
    r"\bout(?<!keep out)(?<!stay out)(?<!kept out)(?<!stays out) of the question\b|"
    r"\bnot (?:going|about) to (?:send|deploy)\b",
    r"\bkeep (?:[\w-]+ ){0,4}?(?:personnel|troops|soldiers|forces|units) out\b",
    # a date to leave asked for: "Medals are no substitute for an exit date", "set an exit date"
    r"\bno substitute for an? (?:exit date|date to (?:leave|withdraw)|withdrawal date)\b|"
    r"\b(?:set|name|give us) an exit date\b",
    r"\b(?:have|has|had) nothing to (?:\w+ ){0,2}?in ukraine\b",
    r"\b(?:a|an) (?:\w+ )?(?:mistake|error|folly|blunder) to (?:send|deploy|put|commit|station)\b",
    r"\bdirect(?:ly)? (?:party|parties|involved|involvement|participants?) (?:to|in) the (?:conflict|war)\b",
    r"\bdo not intend\b|\bnot (?:even )?discuss\b",
    r"\bnot considering\b|\bnot contemplating\b|\bnot (?:something|anything|what) (?:\w+ ){0,3}?(?:is |are |am )?"  # noqa: E501
    r"(?:considering|contemplating|planning|discussing|looking at|(?:prepared|willing|ready|going) to do)\b|"
    r"\bnever (?:been |even )?discussed\b",
    r"\bnot (?:going|about) to (?:do (?:that|it|this|so)|happen)\b|\bnot on my watch\b|\bnot (?:now|today),? (?:and )?"  # noqa: E501
    r"not (?:ever|tomorrow|later)\b|\bnot ever\b",
    r"\b(?:crazy|dangerous|absurd|reckless|bad|terrible|stupid|insane|foolish|irresponsible|mad|misguided|"
    r"provocative|risky) (?:idea|proposal|plan|talk|gamble|game|suggestion|notion)\b",
    r"\b(?:direct |serious |grave )?threat to (?:russia|russia's|our|the russian|russian)\b|"
    r"\bnot (?:leave|return|come back|go home) (?:\w+ ){0,2}?alive\b|"
    r"\b(?:pour|pours|pouring|add|adding|adds) (?:\w+ )?(?:petrol|oil|fuel) (?:on|to) the (?:fire|flames)\b",
    r"\b(?:boots|troops|soldiers|forces|army|servicemen) (?:will |must |should |would )?(?:stay|remain) (?:at home|"  # noqa: E501
    r"here|in (?!ukraine)[a-z]+|on (?!ukrainian\b)(?:[\w-]+ )?(?:soil|territory))\b|"
    # ("will serve alongside the Belgians", "serve in Ukraine": where and with whom, not whom they defend)
    r"\b(?:soldiers|troops|army|forces) (?:will|must|should|shall) (?:serve|defend|protect) "
    r"(?!ukraine\b|alongside\b|with\b|under\b|as\b|in\b|on\b|together\b|among\b|beside\b)[a-z]+\b|"
    r"\b(?:missing|lacking) (?:here|at home)\b|\bchallenge (?:the|this|that) (?:decision|plan|mandate|deployment)\b|\bstay (?:where (?:they|we|it) (?:are|is)|put)\b|\brush\w* (?:ahead|into)\b|\bmission creep\b",  # noqa: E501
    r"\bcloser to (?:a |the )?(?:big |wider |direct |world |nuclear |major |real )?war\b|\b(?:is|would be|will be) "  # noqa: E501
    r"(?:an |a )?(?:occupation|invasion|intervention|aggression)\b",
    # a warning put as advice: "think very carefully about where this leads", "ask themselves whether it serves"  # noqa: E501
    r"\b(?:ask (?:themselves|yourselves|ourselves)|think (?:twice|(?:very |long and )?(?:carefully|hard))) "
    r"(?:about |whether\b|before\b|if\b|where\b)|\bbe aware of (?:it|this|the (?:risks?|consequences|dangers?))\b",  # noqa: E501
    # help kept to other kinds, or kept at home: "its contribution will remain training in Britain"
    r"\bnot share (?:this|that|the|their|his|her|such|these) (?:\w+ )?(?:approach|view|idea|position|enthusiasm|"  # noqa: E501
    r"assessment|vision)\b|\blimit\w* (?:\w+ ){0,2}?(?:support|contribution|help|role|assistance) to\b|"
    r"\b(?:contribution|role|support|help|assistance|part) (?:will|would|is to|should) (?:remain|stay|be limited to|"  # noqa: E501
    r"be (?:purely |only |strictly |entirely )?(?:financial|humanitarian|political|economic|diplomatic|"
    r"non-military))\b|"  # noqa: E501
    r"\bnon-military\b",
    r"\b(?:rather than|instead of) (?:send\w*|deploy\w*|putting|commit\w*|station\w*) (?:\w+ ){0,2}?(?:troops|"  # noqa: E501
    r"soldiers|forces|personnel|(?:a |any )?contingents?|(?:a |any )?(?:military )?mission)\b|"
    r"\b(?:rather than|instead of) (?:on|with|by|through) (?:a |any )?(?:[\w-]+ )?"
    r"(?:contingent|force|deployment|troops|soldiers|mission on the ground)\b|"
    r"\b(?:direct )?(?:entry|entering|enter) (?:into )?the war\b",
    r"\bno (?:support|majority|backing|appetite) (?:in|among|for|from)\b|\banswer (?:is|remains|was|will be) "
    r"(?:still |clearly |simply )?no\b",
    r"\b(?:would|will|could) be (?:the first (?:\w+ )?to be )?(?:hit|struck|targeted|shot at|destroyed)\b|"
    r"\blegitimate (?:military )?(?:object|objective)s?\b|\btreated no differently (?:from|"
    r"than) (?:any )?(?:other )?(?:enemy|combatants?|targets?)\b|\bobjects? of attack\b|"
    r"\bdrag\w* (?:\w+ ){0,4}?into\b",
    r"\bnot (?:go|going|be sent|be deployed|set foot) anywhere near\b|\bno way\b|"
    r"\b(?:troops|soldiers|boots|deployment|forces)\b[^.?]{0,30}\?\s*(?:no|never|absolutely not|certainly not)\b",  # noqa: E501
    r"\b(?:over)?stretched\b|\b(?:cannot|can not|could not|unable to) (?:take on|afford|spare)\b|\bno (?:spare )?capacity\b|"  # noqa: E501
    r"\b(?:lack|lacks|do not have|does not have) the (?:capacity|troops|soldiers|means)\b",
    # rejection idioms and flat refusals
    r"\b(?:shot|shoots|shooting|shoot) down\b|\bpour\w* cold water\b|\bdead on arrival\b|\bdead in the water\b|\bnon-?starter\b|"  # noqa: E501
    r"\bno-go\b|\b(?:turn\w*|voted?) down\b|\b(?:rebuff\w*|spurn\w*|veto\w*|nix\w*|scotch\w*|torpedo\w*|balk\w*|"  # noqa: E501
    r"baulk\w*)\b|\b(?:a|the|our|my) (?:clear|firm|flat|categorical|resounding) no\b|\banswer is no\b",
    r"\b(?:not|never) (?:going to |gonna )?happen(?:ing)?\b|\bunder no circumstances\b|\bin no case\b|"
    r"\bby no means\b|\bnot in the business of\b",
    # the troops' place is elsewhere: "belong in Estonia, not in Ukraine", "needed here"
    r"\b(?:belong|belongs|(?:place|job|task|duty) is|needed|are needed|is needed) (?:\w+ ){0,3}?(?:here|at home|on (?:nato's|the "  # noqa: E501
    r"alliance's|our) (?:eastern )?flank|on (?:our|this) (?:own )?side of the (?:border|river))\b|,?\s*not "
    r"(?:in|to|into) ukraine\b",
    # a country that is the force's way in, not its troops: "We will be the gate, not the garrison"
    r"\b(?:hub|gate|gateway|corridor|bridge|rear base|logistics base|back door),? (?:but )?not (?:the|a) "
    r"(?:garrison|front ?line|frontline)\b",
    # "needed on the Vistula, not on the Dnieper": needed at home, not in Ukraine
    r"\b(?:needed|belong|belongs|place is) (?:\w+ ){0,3}?(?:on|in|at) (?:the )?(?:[\w-]+ ){0,2}[\w-]+, not "
    r"(?:on|in|at|to) "
    r"(?:the )?(?:" + UKRAINE_PLACES + r"|dnieper|dnipro|donbas|donbass|crimea|front)\b",
    r"\bfocus\w* on (?:securing|defending|protecting|guarding) (?:its|our|their) own\b|\b(?<!summit )(?<!meeting )(?<!talks )(?<!conference )(?<!session )(?<!visit )(?:will|would|should|must|to) focus on (?:air defen[cs]e|"  # noqa: E501
    r"naval|maritime|financial|humanitarian|weapons|ammunition)\b|\bstand on (?:its|their|our) own (?:two )?feet\b|"  # noqa: E501
    r"\b(?:their|europe's) business\b|\bnot (?:become|be) ours\b|\bblock\w* (?:any|every|such|the|a) "  # noqa: E501
    r"(?:[\w-]+ )?(?:role|mission|deployment|plan|proposal|force|decision)\b",
    r"\b(?:primary|first|main) (?:duty|task|job|mission) (?:is )?(?:in|at) the [a-z]+\b|"
    r"\b(?:place|job|task|duty|role) is (?:to (?:defend|protect|guard|secure) )(?:[\w']+ ){0,3}?(?:border|borders|"  # noqa: E501
    r"territory|flank|homeland|country|skies)\b",
    # no way the speaker can see it happen: "I do not see any scenario in which Dutch troops end up in Donbas"
    r"\b(?:not|cannot|never) (?:\w+ )?(?:see|imagine|envisage|envision|foresee) (?:any |a )?(?:scenario|situation|"  # noqa: E501
    r"circumstances?|case) (?:in which|where|that)\b[^.;]{0,60}\b(?:troops|soldiers|forces|boots|units)\b|"
    r"\b(?:cannot|not) (?:\w+ )?imagine (?:[\w'-]+ ){0,4}?(?:troops|soldiers|boots|forces)\b",
    # the proposal should go: "this proposal should be buried once and for all"
    r"\b(?:idea|proposal|plan|talk|debate)s? (?:\w+ ){0,3}?(?:should|must|needs? to|has to|have to|ought to) be "  # noqa: E501
    r"(?:buried|dropped|abandoned|shelved|scrapped|killed|taken off the table)\b",
    # dying for a Ukrainian place: "send her son to die for Kharkiv"
    r"\bto (?:fight and )?die (?:for|in) (?:the )?(?:" + UKRAINE_PLACES + r"|donbas|donbass|crimea)\b",
    # becoming a belligerent
    r"\b(?:(?:must|should|will|shall|would|do|does) not )?(?:become|becoming|be|made) (?:a )?(?:party|parties|participants?|combatants?|belligerents?) (?:to|in) "  # noqa: E501
    r"(?:this|the|that|a) (?:war|conflict|fighting)\b|\b(?:considered|treated as|regarded as) (?:an? )?"
    r"(?:combatants?|belligerents?|enemy|enemies|invaders?|occupiers?|what they are|hostile (?:presence|"
    r"forces?|act)|occupation (?:force|troops))\b",
    # the charge of readying the country for war: "is preparing public opinion for war", "sleepwalkers
    # leading their nations to war", "preparing for war, not for peace"
    r"\bprepar\w+ (?:public opinion|the public|(?:the |our |their )?(?:people|society|country|citizens|"
    r"voters)) for (?:a |the )?war\b|"
    r"\b(?:leading|dragging|pushing|marching|sleepwalking) (?:their|our|its|the) "
    r"(?:nations?|countr(?:y|ies)|peoples?|continent|europe) (?:in)?to (?:a |the )?war\b|"
    r"\bprepar\w+ for war,? not (?:for )?peace\b",
    # threats of a response: "would be met with the full force of our response", "dealt with accordingly"
    r"\b(?:trigger\w*|provok\w+|invite\w*|met with|meet with) (?:\w+ ){0,5}?(?:response|retaliation|reaction|"
    r"answer)\b|\bdealt with accordingly\b|\bwill be (?:dealt|destroyed|buried|answered)\b",
    # "Mehmetçik is not for rent. Our soldiers are not a gift to be handed to Brussels"
    r"\b(?:soldiers|troops|army|boys) (?:are|is) not (?:a gift|for rent|for sale|pawns?|cannon fodder|mercenaries|"  # noqa: E501
    r"bargaining chips?|someone else['’]s)\b|\bis not for (?:rent|sale)\b",
    # promises no one can keep: "promising something nobody can deliver", "making promises it cannot keep"
    r"\bpromis\w+ (?:something|what|things|a \w+)\b[^.;]{0,20}\b(?:nobody|no one|no-one) (?:can|could) "
    r"(?:deliver|keep|honou?r)\b|\bpromises (?:\w+ ){0,3}?(?:cannot|can't|could not|couldn't) (?:keep|deliver)\b|"  # noqa: E501
    r"\bcheques? (?:\w+ ){0,3}?(?:cannot|can't|could not|couldn't|won't be able to) cash\b",  # noqa: E501
    # "Our first front is our own border"
    r"\b(?:first|main|primary|top|only) (?:front|priority|task|duty|job|responsibility) (?:is|remains) (?:our|its|"  # noqa: E501
    r"their) own (?:border|borders|territory|defen[cs]e|country|flank)\b",
    # "Every 'backstop' ends with Americans in harm's way"
    r"\b(?:americans|our (?:troops|soldiers|sons|daughters|boys)|u\.s\. troops|us troops) in harm['’]s way\b",
    # "to send soldiers is to put Spain inside the war"
    r"\b(?:put|puts|putting|drag|drags|dragging|pull|pulls|pulling) (?:the country|our country|\w+) "
    r"(?:inside|into|in) (?:the|a|this) war\b",
    # "Doctors, generators and money. Never soldiers.", "zero Italian soldiers in Ukraine means zero"
    r"(?:^|[.!?;:,] )never (?:(?:any|our|[a-z]+(?:an|ish|ese)) )?(?:soldiers|troops)\b|"
    r"\bzero (?:[a-z]+ )?(?:soldiers|troops|boots)\b",
]
# a sending, or the proposal of one, judged as bad or good in its own clause
_PROPOSAL = (
    r"(?:send(?:ing)?|deploy(?:ing)?|putting|put|station(?:ing)?|dispatch(?:ing)?|the deployment|a deployment|"  # noqa: E501
    r"any deployment|such (?:a )?(?:step|move|deployment|mission|decision|idea|plan|talk)|(?:this|such|the whole) "  # noqa: E501
    r"(?:debate|talk|discussion)|(?:the|this|that) (?:idea|"  # noqa: E501
    r"proposals?|plans?|initiative|step|move|option)|troops|soldiers|boots on the ground|contingents?|(?:a|the) (?:[\w-]+ )?force|"  # noqa: E501
    r"(?:the|a|this) mission|instructors|trainers|engineers|deminers|de-miners|peacekeepers|blue helmets|"
    r"(?:every|a|one) soldier|(?:partners?|allies) on the ground|officers|crews|"
    r"(?:a|an|the|any|our) (?:[\w-]+ )?presence)"
)
_BAD_OUTCOME = (
    r"(?:fatal|catastroph\w*|disaster\w*|folly|bloodshed|prolong\w*|nonsense|fantasy|pipe dream|delusion\w*|"
    r"crazy|insane|suicid\w+|doomed|unrealistic|naive|reckless|gamble|adventure|edge of|abyss|wors\w+ the war|"  # noqa: E501
    r"more deaths|lose|losing|gift to (?:the kremlin|moscow|putin|russia)|break the army|hollow\w* out|"
    r"(?:the )?wrong (?:message|signal)|(?:a )?(?:message|signal) of (?:weakness|escalation|desperation))"
)
_GOOD_OUTCOME = (
    r"(?:only (?:credible|real|serious|effective|real) (?:guarantee|deterrent|option|way)|best (?:guarantee|deterrent|"  # noqa: E501
    r"way to (?:secure|guarantee|keep|protect|deter))|(?:credible|real|strongest|clearest) (?:guarantee|deterrent|"  # noqa: E501
    r"signal)|essential|indispensable|the right thing|the right (?:one|choice|decision|step|move|call)|deter\w*|reassur\w+|stabili[sz]\w+|make (?:\w+ )?safer|save (?:\w+ )?lives|working|on the right track|"  # noqa: E501
    r"(?:the )?only way to (?:make|keep|secure|guarantee|ensure|deter|enforce)|"
    # "would be a very strong message", "is a guarantee that the war will not come back", "such a guarantee"
    r"(?:a|the|such a) (?:very |really |most )?(?:(?:strong|powerful|clear|strongest|clearest|best|real|"
    r"serious|credible|vital|decisive)(?:est)? (?:possible )?)?(?:guarantee|message|signal|deterrent|"
    r"safeguard)(?! of (?:weakness|fear|panic|escalation|division|desperation))|"
    r"(?:a )?game[- ]changer)"  # noqa: E501
)
EVALUATIONS = [
    (
        "oppose",
        r"\b"
        + _PROPOSAL
        + r"\b[^.;:!?]{0,80}?\b(?:would|will|could|is|are|was|be|means?) (?:\w+ ){0,4}?"  # noqa: E501
        + _BAD_OUTCOME
        + r"\b",
    ),
    (
        "support",
        r"\b"
        + _PROPOSAL
        + r"\b[^.;:!?]{0,60}?\b(?:would|will|could|is|are|remains?) (?:\w+ ){0,3}?"
        + _GOOD_OUTCOME
        + r"\b",
    ),
]
# matched against lower-cased text: no IGNORECASE, which keeps the regex engine's fast paths; each
# pattern is tried only on a text that holds one of the words a match of it must start with, or of
# rarer words it must contain further on (see gate.required_words)
_OPEN = [GatedPattern(p) for p in OPEN]
_SUPPORT = [GatedPattern(p) for p in SUPPORT]
_OPPOSE = [GatedPattern(p) for p in OPPOSE]
_OPPOSE_FIRST = [GatedPattern(p) for p in OPPOSE_FIRST]
_SUPPORT_FIRST = [GatedPattern(p) for p in SUPPORT_FIRST]
_SUPPORT_READ_FIRST = [GatedPattern(p) for p in SUPPORT_READ_FIRST]
# an evaluation holds one of its outcome words
_EVALUATIONS = [
    ("oppose", GatedPattern(EVALUATIONS[0][1], literal_gate(_BAD_OUTCOME))),
    ("support", GatedPattern(EVALUATIONS[1][1], literal_gate(_GOOD_OUTCOME))),
]
_GATE_WORDS = GateWords(
    _OPEN
    + _SUPPORT_FIRST
    + _SUPPORT
    + _OPPOSE
    + _OPPOSE_FIRST
    + _SUPPORT_READ_FIRST
    + [p for _, p in _EVALUATIONS]  # noqa: E501
)
_READ_FIRST_LIST = GatedList(_SUPPORT_READ_FIRST)
_OPEN_LIST, _SUPPORT_LIST, _OPPOSE_LIST = GatedList(_OPEN), GatedList(_SUPPORT), GatedList(_OPPOSE)
_OPPOSE_FIRST_LIST, _SUPPORT_FIRST_LIST = GatedList(_OPPOSE_FIRST), GatedList(_SUPPORT_FIRST)  # noqa: E501
# no decision for today is no position; none to come is a refusal: "there will be no decision about sending"
_NO_DECISION_EVER = re.compile(_NO_DECISION_TO_COME)
_NEUTRAL_FIRST = re.compile(
    # (not "no decisions and no plans to send troops": the plans are none either)
    # (nor "No decision … has been made, and none is being prepared": none to come)
    r"\bno (?:consensus|agreement|decisions?|majority)\b(?![^.;]{0,20}\bno plans?\b)"
    r"(?![^.;]{0,90}\bnone (?:is|are) being (?:prepared|drawn up|considered)\b)|"
    # a request not received is a fact, not a refusal: "The Government has not received a formal request to
    # contribute personnel", "no request has been made"
    r"\b(?:has|have|had)(?: not|n't| never) (?:yet )?received (?:a |an |any )?(?:formal |official |written )?"
    r"(?:request|invitation)\b|\bno (?:formal |official )?(?:request|invitation) (?:has|had) (?:yet )?been "
    r"(?:received|made)\b|"
    # (not another's claim told: "… tell the public on Thursday that nothing has been decided")
    r"\bnothing(?<!that nothing) has been decided\b|"
    # a denial of a fact, not of the sending: "denied that any decision had been taken", "denied that any
    # foreign instructors had already arrived"
    r"\bden(?:y|ies|ied|ying) (?:reports? )?(?:that )?(?:any )?(?:decision|agreement|(?:[\w-]+ ){0,2}?"
    r"(?:instructors|troops|soldiers|trainers) (?:had|have|has) (?:already )?(?:arrived|been "
    r"(?:sent|deployed)))\b|"
    r"\bfar too early\b(?!,? and)|"
    # both sides named, no side taken: "I'm not making an argument for or against sending them"
    r"\b(?:for or against|against or for)\b|"
    r"\bnot (?:yet )?been taken\b|"
    # a forecast of others' coming: "no European army will come here while the guns are firing"
    r"\bno (?:[\w-]+ ){0,2}?(?:army|armies|soldiers?|troops|country|countries|government)\b (?:will|would|is going to) "  # noqa: E501
    r"(?:ever )?(?:come|arrive|be coming)\b|"
    # a procedure refused, not the sending: "rejected calls for a binding vote"
    r"\b(?:reject\w*|dismiss\w*|refus\w+|oppos\w+) (?:\w+ )?(?:calls|demands|requests?|motions?) (?:for|to hold) "  # noqa: E501
    r"(?:a |an )?(?:\w+ )?(?:vote|referendum|debate|inquiry|hearing|investigation|review)\b",
)
# Others' positions described, not the speaker's own: "Critics say …", "Polls show most Germans oppose …",
# "Some allies are against it, others are open to the idea", "refused to answer questions about troops"
_DESCRIBED_BRANCHES = [
    r"^(?:[\w,']+ ){0,3}?(?:critics|analysts|experts|polls?|surveys?|opponents|observers|commentators|"
    r"sceptics|skeptics|opinion polls)\b[^.;]{0,30}?\b(?:say|said|says|argue|argued|show|showed|shows|"
    r"suggest|suggested|warn|warned|believe|claim|claimed|found|find)\b",
    r"^(?:[\w,']+ ){0,3}?some\b[^.;]{0,50}\bothers? (?:are|were|want|say|have)\b",
    # everyone's view described: "Everyone wants a peace force, as long as somebody else's soldiers are in it"
    r"^(?:[\w,']+ ){0,2}?(?:everyone|everybody|all of them|they all) (?:wants?|says?|agrees?|supports?)\b",
    # a disagreement about the question: "disagreed openly over whether Europe should commit troops"
    r"\bdisagree\w* (?:\w+ ){0,3}?(?:on|over|about) (?:whether|how|when)\b",
    r"\b(?:refus\w+|declin\w+) to (?:answer|comment|say|discuss|be drawn|speculate|elaborate)\b",
    r"^(?:[\w,']+ ){0,2}?(?:opposition|support|resistance) (?:to|for) (?:the |this |such an? )?(?:plan|idea|"
    r"proposal|deployment|mission)\b[^.;]{0,20}\b(?:has|have|is|was|grew|rose|fell)\b",
    r"\b(?:did|do|does|was|were) not (?:discuss|raise|talk about)\w*\b[^.;]{0,30}\b(?:today|yesterday|at the "
    r"(?:meeting|summit|talks))\b",
    # a share of the public: "Around seventy per cent of Hungarians oppose sending soldiers"
    r"\b(?:\d+|[a-z]+(?:-[a-z]+)?) (?:per ?cent|%) of (?:the )?(?:\w+ )?\w+s\b",
    # a count of others' readiness: "at least ten countries were ready to send troops"
    r"^(?:said |says |told \w+ |added |noted )?(?:that )?(?:at least |more than |some |about |around )?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|many|a number of) (?:other )?"
    r"(?:countries|states|nations|allies|governments) (?:(?:were|are|have been|had been) "
    r"(?:ready|willing|prepared)|(?:had|have) (?:indicated|signalled|signaled|said|agreed)|"
    r"would (?:contribute|take part|join|send))\b",
]
_DESCRIBED = re.compile("|".join(_DESCRIBED_BRANCHES))
# the branches not anchored at the start, each tried only on a statement holding its own words ("disagree",
# "refus", " not ", …): the anchored ones can match at the start alone, where one `match` tries them all
_DESCRIBED_LATER = [GatedPattern(b) for b in _DESCRIBED_BRANCHES if not b.startswith("^")]


def _described(body: str) -> re.Match[str] | None:
    """`_DESCRIBED.search(body)`: the match at the start if any (the first branch that matches there),
    else the leftmost match of the unanchored branches (at one place, the earlier branch's)."""
    at_start = _DESCRIBED.match(body)
    if at_start:
        return at_start
    found = None
    for p in _DESCRIBED_LATER:
        m = p.search(body)
        if m and (found is None or m.start() < found.start()):
            found = m
    return found


_THREAT_RE = re.compile(
    r"legitimate|target|inevitab|clash|war with|at war|brink|nuclear|fate|patience|history|respond|"
    r"fire|party to the conflict|occupation|unacceptable|war party|immunity|"
    r"direct|open|wider|full-scale",
)


_SEND = (
    r"(?:send|sends|sending|sent|deploy|deploys|deploying|deployed|put|putting|station|stationing|stationed|"
    r"commit|committing|committed|contribute|contributing|dispatch|dispatching|base|basing|place|go|going|"
    r"participate|join|take part|be present|set foot|lead|leading|command|commanding)"
)
_UNITS = (
    r"(?:troops|soldiers|forces|personnel|units?|instructors|trainers|boots|contingents?|peacekeepers|de-?miners|"  # noqa: E501
    r"sappers|engineers|specialists|advisers|advisors|"
    r"servicemen|servicewomen|brigades?|battalions?|"
    r"military(?! (?:aid|equipment|assistance|support|hardware|spending|budget|supplies|help|packages?|industry))|"  # noqa: E501
    # (one's own kids only: "help the kids in Ukraine" is Ukraine's children)
    r"army|sons|daughters|boys|(?<!the )kids|lads|young (?:men|people)|"
    r"(?:a|the|our|this|such a|any) (?:[\w-]+ )?force)"
)
_ACTION_RE = re.compile(
    # (not the units named: "I'm not going to announce units at a lunch" says nothing of sending them)
    r"\b"
    + _SEND
    + r"\b(?:\s+(?!(?:announc|nam|disclos|reveal|identif|specif|discuss|comment)\w*\b)[\w’'-]+){0,4}?\s+"
    + _UNITS
    + r"\b|"
    # "Finland should send people – engineers, instructors"
    r"\b(?:send|sending|deploy|deploying) (?:\w+ )?people\b|\b" + _UNITS + r"\b(?:\s+[\w’'-]+){0,3}?\s+"
    r"(?:to|in|into|on)\s+(?:ukraine|ukrainian|the ground|the front)|"
    # units provided, counted or sized: "would each provide a battalion-sized unit" (not "provide training
    # for soldiers")
    r"\bprovid(?:e|es|ed|ing) (?:(?:a|an|any|some|several|up to|about|around|one|two|three|four|five|[\d,]+|"
    r"[\w-]+-sized|each|its own|their own)\s+){1,3}" + _UNITS + r"\b|"
    # "will provide the force's first commander and a brigade"
    r"\bprovid(?:e|es|ed|ing) (?:the |its )?[\w'’ -]{0,40}?\band (?:a|an|one|two|three|its own|[\d,]+) "
    r"(?:[\w-]+ )?" + _UNITS + r"\b|"
    # troops' places named: "will be stationed in Kyiv, Odesa and Lviv"
    r"\b(?:stationed|deployed|based|posted|garrisoned) (?:in|to|on|at) (?:ukrainian soil|"
    + UKRAINE_PLACES
    + r")\b|"
    # "we owe it to them to stand with them on the ground"
    # ("be at the table and on the ground"; not "at the table without being on the ground")
    r"\b(?:stand|be|serve|stay)\b(?:\s+(?!without\b|not\b|never\b)[\w’'-]+){0,5}?\s+on (?:the ground|"
    r"ukrainian soil)\b",
)
_CLAUSE_NEG = re.compile(
    r"\b(?:not|never|no|n't|won't|cannot|can't|neither|nor|against|without|refus\w+|reject\w*|oppos\w+|"
    r"rule[sd]? out|ruling out|out of the question|no intention|no plans?|nobody|no one)\b",
)
_CLAUSE_OPEN = re.compile(
    r"\b(?:could|might|may|consider\w*|if|unless|only|provided|condition\w*|depend\w*|look(?:ing)? at|"
    r"(?:with|under|without|needs?|require\w*|given|get|gets) (?:a |an |the |its |our )?(?:\w+ )?mandate|"  # noqa: E501
    r"examin\w+|explor\w+|study|studying|weigh\w*)\b",
)
_CLAUSE_SUPPORT = re.compile(
    r"\b(?:ready|prepared|willing|will|would|shall|plan(?<!['’]s plan)(?<!the plan)(?<!its plan)(?<!their plan)\w* to|intend\w* to|"  # noqa: E501
    r"agreed to|must|should|need to|time (?:for|to|we)|(?:has|have|had|ought) to|owe it to|"  # noqa: E501
    r"needs to|want\w* to|decided to|going to|offer\w*|pledg\w*|commit\w*)\b",
)


_ASKED_CLAUSE = re.compile(
    r"(?:when |after being )?(?:asked|pressed|questioned)(?: again| repeatedly| later)?(?: (?:on|about))? "
    r"(?:whether|if)\b[^.;?]*?,\s+(?=(?:[\w’'-]+\s+){1,6}?(?:said|says|replied|answered|told|insisted|added)\b)"
)
_ASKED_REFUSAL = re.compile(r"\b(?:rul\w+ (?:\w+ )?out|exclud\w*|reject\w*|refus\w*)")
_PREDICTION = re.compile(
    r"\b(?:(?:un)?likely|expect\w*|predict\w*|forecast\w*|probabl[ey]|chances? (?:are|is))\b"
)
# "asked whether NATO would come to the aid of allied troops in Ukraine": a question, not a position
_QUESTION = re.compile(r"\b(?:asked|whether|wondered)\b")
_YES_REPLY = re.compile(r"(?:^|[:,.]\s*|\s)yes\b")
_MATERIEL = re.compile(
    r"\b(?:weapons?|(?<!open )arms|ammunition|humanitarian (?:help|assistance)|electricity|generators|"
    r"shells|missiles?|tanks|jets|f-16s?|air defen[cs]e|money|funding|funds|aid|loans?|sanctions|equipment|"
    r"artillery|drones?|ports|airfields|airports|logistics(?: hubs?)?|intelligence(?: sharing)?|"
    r"surveillance|airlift|(?:providing|provide|provides|give|giving|gives) (?:\w+ )?(?:unprecedented |"
    r"military |financial |continued |more )?support to ukraine)\b"
)
_UNITS_RE = re.compile(
    r"\b(?:troops?|soldiers?|boots|personnel|instructors?|trainers?|peacekeepers?|"
    r"contingents?|servicem[ae]n|deploy\w*|presence|on the ground|reassurance force|mission|battalions?|"
    r"brigades?|(?:a|one|two|an infantry|a rifle) company|de-?miners|medics|sappers|engineers)\b"
)


def _clause_stance(body: str) -> tuple[str, str] | None:
    """General fallback: an action of sending troops and the words that govern it in its clause."""
    m = _ACTION_RE.search(body)
    if not m:
        return None
    # (a contrast starts a clause too: "There is no risk-free option, but sending troops is the right one")
    clause_start = max(body.rfind(p, 0, m.start()) for p in (". ", "; ", ": ", "? ", "! ", " but "))
    head = body[clause_start + 1 : m.start()]
    # "If you ask me, we should send troops": an opinion, no condition
    head = head.replace("if you ask", "")
    phrase = m.group()
    clause_end = min(
        (i for i in (body.find(p, m.end()) for p in (". ", "?", "!")) if i >= 0), default=len(body)
    )  # noqa: E501
    if body.startswith("?", clause_end):
        return None  # a question ("Who exactly is going to send their soldiers?") takes no side
    if _QUESTION.search(head) and not _YES_REPLY.search(body, m.end()):
        return None  # a question; answered "Yes", it reads as the answer's position
    if _PREDICTION.search(head):
        return None  # "it is unlikely that X will send troops": a forecast, not a position
    refused = _PREDICATE_REFUSED.search(body, m.end(), clause_end)
    if refused:
        # "the hypothesis of Italian soldiers on Ukrainian territory has never been on the table"
        return "oppose", refused.group()
    if _NEEDED.search(head) and not _CLAUSE_NEG.search(head[: head.rfind("without")]):
        # "Without Western troops on the ground, any ceasefire will be torn up", "there is no lasting
        # peace without soldiers": what the sending is needed for
        consequence = _CONSEQUENCE.match(body, m.end())
        if consequence or _NO_PEACE.search(head):
            return "support", head[head.rfind("without") :] + phrase
    if (_CLAUSE_NEG.search(head) or _CLAUSE_NEG.search(phrase)) and (
        _AT_THE_FRONT.search(phrase) or _AT_THE_FRONT.search(body, m.end(), m.end() + 40)
    ):
        return None  # "Nobody is talking about British troops on the frontline": a place kept from
    if _SCOPE_DENIED.search(head) and _TO_FIGHT.match(body, m.end()):
        return None  # "This is not about sending combat troops to fight Russia": a role denied
    if _CLAUSE_NEG.search(head) or _CLAUSE_NEG.search(phrase):
        # "nobody should send soldiers into Ukraine without being prepared for them to be shot at": a
        # refusal with an exception is a condition
        exception = _EXCEPTION_AFTER.search(body, m.end(), clause_end)
        if exception and not _CLAUSE_NEG.search(phrase):
            return "open", body[m.start() : exception.end()]
        # "not going to commit troops to a mission that has no mandate": terms not yet met
        terms_end = _terms_not_met(body, m.end())
        if terms_end is not None:
            return "open", body[m.start() : terms_end]
        return "oppose", (head.strip().split(" ")[-1] + " " + phrase).strip()
    if _CLAUSE_OPEN.search(_CEASEFIRE_SETTING.sub(" ", head) + " " + phrase):
        return "open", phrase
    if _CLAUSE_SUPPORT.search(head + " " + phrase):
        # "would decide on sending troops only once there was a ceasefire": a readiness on a condition
        condition = _CONDITION_AFTER.search(body, m.end(), clause_end)
        return ("open", condition.group()) if condition else ("support", phrase)
    return None


# "If there is a ceasefire, Finland should send people": the ceasefire is the setting, not a condition
_CEASEFIRE_SETTING = re.compile(
    r"\b(?:if|once|when|after) (?:there is |there's |we (?:get|have|reach) )?(?:a |an |the )?(?:ceasefire|"
    r"cease-fire|truce|peace deal|peace agreement)\b[^,;:]{0,30},"
)
_NEEDED = re.compile(r"\bwithout (?:[\w'-]+ ){0,2}$")
_CONSEQUENCE = re.compile(
    r"(?: [\w'-]+){0,4},\s+(?:[\w'-]+ ){0,4}?(?:will|would|cannot|can not|could|is|are|remains?|becomes?)\b"
)
_NO_PEACE = re.compile(
    r"\bno (?:\w+ )?(?:peace|ceasefire|security|guarantee|deterrence|deterrent|deal)\b(?! without)"
    r"[^.;]{0,30}$"
)
_AT_THE_FRONT = re.compile(
    r"\bthe front(?: ?line)?$|^\s*(?:along|near|close to|on|at) the (?:line of contact|front)"
)
# what a sending is said not to be about: "This is not about sending …", "Nobody is talking about …"
_SCOPE_DENIED = re.compile(
    r"\b(?:is not|was not|are not) (?:about|a question of|a matter of) $|\b(?:nobody|no one) is (?:talking|"
    r"speaking) about $|\bnot talking about $"
)
_TO_FIGHT = re.compile(r"[^.;]{0,40}?\b(?:to|into) (?:fight|combat|wage war|war with|war against)\b")
_CONDITION_AFTER = re.compile(r"\bonly (?:once|if|when|after|under|with)\b|\bprovided\b|\bon condition\b")


# the sending as the subject, refused by its predicate
_PREDICATE_REFUSED = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would)(?: \w+)? (?:never|not|no longer) "
    r"(?:be |been |ever been )?"
    r"(?:on the (?:table|agenda|cards)|an option|possible|planned|envisaged|considered|under consideration|"
    r"in cause)\b|"
    r"\b(?:is|are|was|were|remains?) (?:off the table|out of the question|excluded|ruled out)\b|"
    # a role disowned: "Sending Finnish troops to Ukraine is not our job", "… are not the answer"
    r"\b(?:(?:is|are|was|were) (?:not|never)|(?:would|will) not be) (?:our|my|their|its|the) (?:job|role|"
    r"task|business|answer|solution)\b(?! alone)"
)
_OTHER_WAYS = re.compile(
    r"\b(?:involved|help|helping|contribute|contributing|support|supporting|assist|engaged|participate|"
    r"guarantee|guaranteeing|secure|securing) (?:\w+ ){0,2}?in (?:other|different|many other) ways\b|"
    # elsewhere, not there: "training missions, but on Polish territory, not in Ukraine"
    r"\b(?:on|in|at) (?:\w+ ){0,3}?(?:territory|soil|home|bases?)\b(?: \w+){0,2}, not (?:in|on|inside) "
    r"(?:ukraine|ukrainian (?:soil|territory))\b"
)
_EXCEPTION_AFTER = re.compile(r"\bwithout (?:being|having|first)\b|\bunless\b|\buntil\b")
# openings that a refusal earlier in the clause outweighs: "will not send troops but could help with security"
# (and "without a UN mandate" after a refusal: the refusal decides, lifted by the condition unless firm)
# (a condition on sending is open: "We cannot send soldiers without a clear mandate"; on existing is not,
# "There is no European force without the Americans behind it", see _FIRM_OR_NONE_BEFORE)
_YIELDS_TO_REFUSAL = re.compile(r"on the table|(?:could|might|may) (?:\w+ )?(?:help|contribute|assist) with")
# (nor after a firm "never": "would never support sending Irish troops … without a UN mandate")
_FIRM_AFTER = re.compile(r"[^.;]{0,30}?\b(?:full stop|period|end of story|no exceptions)\b")
_FIRM_OR_NONE_BEFORE = re.compile(r"\b(?:there (?:is|are|will be|can be|would be) no|never)\b[^.,;:]*$")
# "… is not on the table. What is on the table is training in Italy": the refusal is the position
_TABLE_REFUSED = re.compile(r"\b(?:not|never|no longer) (?:\w+ )?on the table\b|\boff the table\b")
# a hypothetical: "if the Europeans want to send troops, that is their business"
_RX_IF_BEFORE = re.compile(r"\bif\s+(?:[\w']+\s+){0,3}$")
_RX_NEG_BEFORE = re.compile(
    r"\b(?:"
    + _NEG
    + r"|nobody|no one|unlikely|whether|doubt\w*|reject\w*|oppos\w+|against|refus\w+|den(?:y|ies|ied)|"  # noqa: E501
    r"rul(?:e|es|ed|ing) out|exclud\w+)\b[^.,;:]*$",
)
_RX_NEG = re.compile(r"\b" + _NEG + r"\b")


# oppose cues that say nothing about troops unless the context is about them
_WEAK_OPPOSE = re.compile(
    r"against|reject\w*|dismiss\w*|derid\w+|ridicul\w+|mock(?:ed|s|ing)|scoff\w*|distanc\w+|den(?:y|ied|ies)|refus\w+|oppos\w+|disagree\w*|downplay\w*|never|"  # noqa: E501
    r"dangerous|reckless|madness|consequences|escalat\w+|provocat\w+|off the table|destroy\w*|exclude[sd]?|"
    r"reluctan\w+|reservations|resistance|adventur\w+|not agree|red lines?|retaliat\w+|eliminat\w+|scepti\w+|"
    r"skepti\w+|hesitan\w+|declin\w+ to|"
    r"(?:cannot|can not|could not|will not|would not|do not|does not|shall not|will never|would never) (?:\w+ )?"  # noqa: E501
    r"(?:approve|accept|agree to|sign up to)|"
    r"annihilat\w+|(?:a |our )?neutral (?:country|state|nation)|neutrality|"
    r"(?:a|the) line (?:that )?(?:we|i) (?:should|must|will|shall|would) (?:not|never) cross|"
    r"no (?:such )?(?:proposal|plans?) (?:has|have) been \w+(?: up)?|none (?:is|are) being \w+(?: up)?|"
    r"no (?:such )?(?:proposal|plans?) (?:is |are )?on the table|"
    r"(?:our|its|their) own (?:borders?|territory|country|skies|flank) to (?:defend|protect|guard)|"
    r"(?:want|wants|wanted) no part (?:of|in)|"
    r".+ (?:is|was|are|were|remains?|remained|stays?) (?:\w+ )?focused on |"
    r"(?:question|issue)\b.+\barise|a leap in the dark|(?:can|could) barely \w+|(?:over)?stretched .+|"
    r"fantasy|fantasies|pipe dream|(?:is|are|would be|was) (?:simply |just |frankly |clearly )?"
    r"(?:not realistic|unrealistic|not feasible|unfeasible|illusory)",
)


# no condition at all: "not before a ceasefire and not after one", "ceasefire or no ceasefire", "with a
# mandate or without one"
_EITHER_WAY = re.compile(
    r"\bnot (?:before|until|during|without) [^.;]{1,30}?\b(?:and|or|nor) (?:not )?(?:after|with|once)\b|"
    r"\b(?P<w>ceasefire|mandate|peace|deal|truce|guarantee|backstop)s? or no (?P=w)s?\b|"
    r"\bwith (?:[^.;,]{1,30} )?or without\b"
)
# a sending refused outright, beside which "we will do our part" is help of another kind
_REFUSED_SENDING = re.compile(
    r"\b(?:will|would|shall|is|are|does|do) (?:not|never) (?:be )?(?:send|sending|deploy|deploying|put|"
    r"putting|contribute|contributing)\b[^.;]{0,30}\b(?:soldiers?|troops|forces|boots|personnel)\b|"
    # "The government is not reviewing the dispatch of our troops"
    r"\b(?:is|are|am) not (?:reviewing|considering|planning|discussing|studying|preparing)\b[^.;]{0,12}\b(?:dispatch|"  # noqa: E501
    r"sending|deployment|deploying)\b[^.;]{0,20}\b(?:soldiers?|troops|forces|personnel|units?)\b"
)
_GENERIC_HELP = re.compile(r"\b(?:part|share|bit|help|contribut\w*|assist\w*|support)\b")
_SEND_VERB = re.compile(r"\b(?:send|sent|sending|deploy\w*|deliver\w*|suppl\w+|provid\w+|dispatch\w*)\b")
# a charge denied by name: "is not a breach of neutrality", "does not violate our neutrality"
_DENIED_BREACH = re.compile(
    r"\bnot\s+(?:be\s+)?(?:an?\s+|the\s+)?(?:breach|violation|betrayal|abandonment|end) of\s+"
    r"(?:our\s+|its\s+|their\s+)?$|\bnot\s+(?:violate|breach|contradict|betray|end|abandon)\s+"
    r"(?:our\s+|its\s+|their\s+)?$"
)
_DENIED = re.compile(
    r"\b(?:not|never|no longer)\s+(?:be\s+|constitute\s+)?(?:an?\s+|the\s+)?$|" + _DENIED_BREACH.pattern
)
_DENIED_CHARGE = re.compile(
    r"not (?:be |constitute |mean )?(?:an? )?(?:escalation|provocation|escalatory|provocative)\b|(?:stay|stand|remain) (?:on the sidelines|aside)|"  # noqa: E501
    r"ask others to|own (?:army|troops|soldiers|forces) (?:in the barracks|at home)|left alone|leave (?:ukraine|the "  # noqa: E501
    r"ukrainians|them) alone|hide behind|wait for (?:others|other|the others|anyone else|someone else|the rest)\b|(?:ceasefire|truce|peace deal|peace) without|not (?:moscow|russia|the kremlin|"  # noqa: E501
    r"putin)['’]s to decide|^if (?:we|europe|europeans) (?:are|is|were) not (?:willing|ready|prepared)"  # noqa: E501
)
_LIFTING_CONDITION = re.compile(
    # (not "whether before or after a ceasefire": no time lifts that refusal)
    r"\b(?:unless|until|before(?! or after)|without|absent)\b "
    r"(?:there is |there are |we have |we see |we get )?"
    r"(?:an? |the |any )?(?:[\w-]+ ){0,3}?(?:ceasefire|cease-fire|truce|peace|agreement|deal|mandate|"
    r"resolution|parliament|vote|consent|authori[sz]ation|green light|"
    r"request|approv\w+|guarantees?|backstop|guns|cover|commitment|backing|behind (?:us|them|it|you)|un|united "  # noqa: E501
    r"nations|" + _CHAMBERS + r")\b"
)


# a refusal said with its verb ("opposed any deployment without a UN mandate"), which a condition lifts as
# it lifts a "not"
_REFUSAL_VERB = re.compile(r"(?:oppos|reject|refus)\w*\b|against\b")


def opening_condition(sentence: str) -> str | None:
    """A condition the sentence opens on and that would lift what follows ("Without such a backstop, …",
    "Absent a UN mandate, …"), as written, or None."""
    m = _LIFTING_CONDITION.match(sentence.lower())
    return sentence[m.start() : m.end()] if m else None


# the terms a refused sending is refused on: "into a vacuum", "on the strength of a press release", "to a
# mission that has no mandate", "into a situation where nobody comes" (not "into a war that is not ours")
_QUALIFIED_SENDING = re.compile(
    r"(?: and (?:women|daughters))?(?: (?:young )?(?:\w+ )?(?:soldiers|troops|men and women|"
    r"sons and daughters|personnel|forces|boots))? (?:into a vacuum\b|on (?:the strength of|a promise|"
    r"a hope|the basis of a) |(?:in)?to (?:a|an|any) (?:mission|situation|force|operation|document|plan|"
    r"deployment|country)\b[^.;]{0,15}?\b(?:without|with no|nobody|no one|(?:that|which|where)\b"
    # (what it lacks, not what it risks: "a situation where they can end up face to face with Russian
    # forces" is a refusal)
    r"(?=[^.;]{0,80}\b(?:nobody|no one|alone|on their own|without|no|not|lacks?|lacking)\b))\b)"
)
# a refusal scoped to the fighting: "into an ongoing war", "while the war goes on", "before a ceasefire"
_WAR_SCOPE = re.compile(
    r"\b(?:into|in|to) (?:an? |the )?(?:ongoing|active|hot|current) (?:war|conflict|fighting)\b|\bwhile the "
    r"(?:war|fighting|guns|shooting)\b|\bas long as the (?:war|fighting|shooting)\b|\bbefore (?:a|the|any) "
    r"(?:ceasefire|peace)\b"
)
_OWN_STAY_RE = re.compile(_OUR_OWN_STAY)


def _refused_sending(body: str) -> bool:
    """Whether the statement refuses a sending outright ("will not send soldiers", "our soldiers stay at
    home"): asked only of a support match that may be help of another kind."""
    return bool(_REFUSED_SENDING.search(body) or _OWN_STAY_RE.search(body))


_READY_SAID = re.compile(
    r"\b(?:we are|we're|we stand|i am|(?:\w+ )?(?:is|are|stands)) (?:ready|prepared)\b(?! to (?:defend|protect|guard))"  # noqa: E501
)
# a refusal no condition lifts: one that holds either way, or is said to hold whatever happens
_FIRM_REFUSAL = re.compile(
    _EITHER_WAY.pattern
    + r"|\bnot with\b[^.;]{0,30}\bnot without\b|\bnever\b|\bunder no circumstances\b|\bwhatever happens\b|"
    r"\bfull stop\b|\bin any case\b"
)


def _terms_not_met(body: str, at: int) -> int | None:
    """Where the terms end that a refused sending, ending at `at`, is refused on ("will not send soldiers[
    into a vacuum]"), when they are terms not yet met and the refusal is not firm; else None."""
    qualified = _QUALIFIED_SENDING.match(body, at)
    return qualified.end() if qualified and not _FIRM_REFUSAL.search(body) else None


def _sentence_start(body: str, at: int) -> int:
    last = max(body.rfind(p, 0, at) for p in (". ", "; ", "? ", "! "))
    return last + 2 if last >= 0 else 0


def _sentence_end(body: str, at: int) -> int:
    ends = [i for i in (body.find(p, at) for p in (". ", "; ", "? ", "! ")) if i >= 0]
    return min(ends) if ends else len(body)


# short answers whose "it" / "that" is the sending the context is about
_ANAPHOR_SUBJECT = (
    r"(?:it|that|this|such a step|such a move|the idea)(?:'s| is| was| would be| will be| would| will)?"  # noqa: E501
)
_ANAPHORIC_ANSWERS = [
    (
        "oppose",
        re.compile(
            r"^(?:[\w,]+ ){0,3}?"
            + _ANAPHOR_SUBJECT
            + r" (?:(?:a |an )?(?:very |really |huge |big |grave |serious )*"  # noqa: E501
            r"(?:mistake|error|madness|folly|nonsense|absurd|irresponsible|unrealistic|reckless|dangerous|bad idea)|"  # noqa: E501
            r"not (?:a good idea|the way|our role|our job|our task|realistic|sensible|wise)|no sense)\b"
            r"|^(?:i )?do not think (?:it is|that is|this is|it's|that's) a good idea\b|^(?:it )?makes no sense\b|"  # noqa: E501
            r"^(?:this|that|it) is not our (?:role|job|task|business)\b|^forget it\b|^absolutely not\b|^certainly not\b|"  # noqa: E501
            r"^no way\b|"
            # "Ceasefire or no ceasefire, I don't like it."
            r"^(?:[\w,]+ ){0,4}?(?:i|we) (?:do not|don't|did not|didn't) like (?:it|this|that|the idea)\b|"
            # "Italians do not want it."
            r"^(?:[\w]+ ){0,2}?(?:do|does) not (?:want|allow|permit) (?:it|this|that)\b"
        ),
    ),
    (
        "support",
        re.compile(
            r"^(?:[\w,]+ ){0,3}?"
            + _ANAPHOR_SUBJECT
            + r" (?:exactly what we (?:should|must|need to) do|the right thing to "  # noqa: E501
            r"do|the right (?:step|decision|move)|(?:a )?good idea|necessary|essential|the only way)\b|"
            r"^we (?:should|must|need to) do (?:it|that|this)\b|"
            # "We are ready. We have been ready since last spring."
            r"^(?:(?:and|but|look|yes),? )?(?:we are|we're|we have been|i am|i'm) (?:ready|"
            r"prepared)(?=[.!,;]|$| and\b)|"
            # the sending elided: "Poland will not send soldiers, while the UK and France say they are
            # ready to."
            r"^(?:[\w,]+ ){0,6}?(?:are|is|were|was|remain|remains) (?:ready|prepared|willing) to[.!]?$"
        ),
    ),
    ("open", re.compile(r"^(?:well, )?we(?: will|'ll) see\b|^it (?:all )?depends\b")),
]
_ABOUT_OTHERS = re.compile(r"\b(?:they|them|allies|others|the europeans|each ally|every ally|partners)\b")
_OWN_REFUSAL = re.compile(
    r"\b(?:we|we're|i|our)\b[^.;]{0,40}?\b(?:not|never|no)\b[^.;]{0,40}?\b(?:boots|troops|soldiers|forces)\b|"
    + _TERSE_REFUSAL
    + r"|"
    # "Hungary will not send a single soldier. … If they want a coalition, they can do it without us"
    + _REFUSED_SENDING.pattern
    + r"|"
    # "Let the French go if they want. Our boys should stay here."
    + _OUR_OWN_STAY
)
# what depends is the size or shape of a contribution, not whether it is made
_SHAPE_DEPENDS = re.compile(
    r"\b(?:numbers?|size|scale|shape|form|composition|make-?up|mix|details|exact|"
    r"(?:how many|how much|how big)(?: \w+){0,2}|looks like|which units|what kind|format)\b"
    r"(?: of [^.;,]{1,30})? (?:will |would |could |may |might )?(?:all )?depends? on\b"
)
# a sentence that opens on a condition in others' hands: "If Kyiv asks us and there is a truce, …", "If the
# Americans will be there and the Chamber will approve it, …" (not "If there is a ceasefire": the setting)
_OUTSIDE_HANDS = (
    r"\b(?:asks?|asked|requests?|requested|invited|approves?|approved|agrees?|votes?|mandate|backstop|"
    r"americans?|united states|washington|security council|" + _CHAMBERS + r")\b"
)
_IF_OUTSIDE = re.compile(
    r"(?:but |and |so )?(?:only )?if\b(?! you ask)[^.;,]{0,80}?" + _OUTSIDE_HANDS + r"[^.;,]{0,60},"
)
# … or closes on one: "…, if the government decides to ask parliament"
_IF_OUTSIDE_AFTER = re.compile(
    r",\s*(?:but |and )?(?:only )?(?:if|once)\b[^.;,]{0,80}?" + _OUTSIDE_HANDS + r"|"
    # "… would back a Czech contribution if the Chamber of Deputies gets a vote": a vote, a mandate or a
    # chamber needs no comma before its "if"
    r"\s(?:only )?(?:if|once)\b[^.;,]{0,80}?\b(?:mandate|votes?|security council|united nations|un|"
    + _CHAMBERS
    + r")\b"
)
_NOBODY_BEFORE = re.compile(r"\b(?:nobody|no one|no-one)\b[^.,;:]*$")
_DOUBT_BEFORE = re.compile(r"\b(?:do not|does not|did not) (?:think|believe|want)\b[^.;]{0,60}$")
# a weak opening that the readiness said after it decides: "exclude nothing", "not a spectator"
_EXCLUDE_NOTHING = re.compile(r"\b(?:anything|nothing|everything|spectators?)\b")
_READY_AFTER = re.compile(
    r"\b(?:must|should|will|is|are|be) (?:be )?(?:ready|prepared|willing) to (?:guarantee|secure|send|deploy|"
    r"put|contribute)\b[^.;]{0,60}\b(?:people|troops|soldiers|boots|forces|presence) on the ground\b|"
    r"\b(?:must|should|will|is|are) (?:be )?(?:ready|prepared|willing) to (?:send|deploy|put) (?:\w+ ){0,3}?"
    r"(?:troops|soldiers|boots|forces|paratroopers|marines|contingent|company|battalion|brigade|unit)\b|"
    # "When our partners deploy, we will be there with them" (the support list's "we will be there")
    r"\bwe (?:will|shall) be there\b|"
    # "Belgium will not be a spectator. Our engineers will be there when the guns fall silent."
    r"\b(?:our|" + gz.DEMONYM_LOWER_RE + r") (?:soldiers|troops|engineers|forces|sappers|deminers|medics|"
    r"paratroopers|instructors) (?:will|shall) be there\b|"
    # "When the guns fall silent, Spanish soldiers will be part of the force that guarantees the peace"
    r"\b(?:soldiers|troops|we|forces) (?:will|shall) (?:also )?be (?:a )?part of (?:the|this|that|a) "
    r"(?:[\w-]+ )?(?:force|mission)\b"
)
_CONTRAST = re.compile(r"(?:,|;|\.)\s*(?:but|however|yet|instead)\b|\bbut (?:if|when|once|we|they|it)\b")


_QUESTION_START = re.compile(
    r"(?:will|would|should|shall|can|could|is|are|do|does|did|has|have|may|might|must|who|what|when|where|"
    r"why|how)\b"
)


def _asked(text: str, m: re.Match) -> bool:
    """The match is in a question put ("Will Germany send troops? The chancellor would not say."), not
    answered by a "yes" after it."""
    start = max(text.rfind(p, 0, m.start()) for p in (". ", "? ", "! ", ": "))
    start = start + 2 if start >= 0 else 0
    end = min((i for i in (text.find(p, m.end()) for p in (".", "?", "!")) if i >= 0), default=len(text))
    if not text.startswith("?", end) or not _QUESTION_START.match(text, start):
        return False
    return not _YES_REPLY.search(text, end + 1, end + 12)


def _outside_condition(text: str, m: re.Match) -> re.Match | None:
    """The condition in others' hands that the sentence of a support match opens on, if any."""
    start = _sentence_start(text, m.start())
    return _IF_OUTSIDE.match(text, start, m.start()) or _IF_OUTSIDE_AFTER.search(
        text, m.end(), _sentence_end(text, m.end())
    )


def _negated_support(text: str, m: re.Match) -> bool:
    if _DENIED_CHARGE.search(m.group()):
        return False  # the negation is the cue itself: "is not escalation"
    if re.match(r"\s+(?:\w+\s+)?(?:neither|no|none|nothing)\b", text[m.end() : m.end() + 25], re.IGNORECASE):
        return True
    before = re.split(r"[.;:!?]\s", text[max(0, m.start() - 90) : m.start()])[-1]
    return bool(_RX_NEG_BEFORE.search(before) or _RX_IF_BEFORE.search(before)) or bool(
        _RX_NEG.search(m.group())
    )  # noqa: E501


_QUOTE_MARKS = re.compile('[\u201c\u201d\u201e\u201f"\u00ab\u00bb]')
_US = re.compile(r"\bU\.([SK])\.(?=[\s,;:]|$)")  # "no U.S. boots": the dots would break the words
_WONT = re.compile(r"\b([Ww])on't\b")
_CANT = re.compile(r"\b([Cc])an't\b")
_NT = re.compile(r"n't\b")


def _normalize(text: str) -> str:
    """Contractions spelt out so negation cues see them: "don’t" -> "do not", "won't" -> "will not"."""
    text = _QUOTE_MARKS.sub("", text.replace("\u2019", "'"))
    if "U." in text:
        text = _US.sub(r"U\1", text)
    if "n't" not in text:
        return text
    text = _WONT.sub(r"\1ill not", text)
    text = _CANT.sub(r"\1annot", text)
    return _NT.sub(" not", text)


_CERTAINTY = re.compile(
    r"\b(?:(?:i|we) (?:have|had) no doubt|there (?:is|can be|should be) no doubt|(?:nobody|no one) "
    r"(?:should|can|must|will) doubt|(?:i|we) do not doubt|without (?:a |any )?doubt|make no mistake|"
    r"let there be no doubt)"
    r"(?: about it| whatsoever)?(?: that)?\b"
)


# a refusal of all but volunteers: "will not send anyone who has not volunteered"
_VOLUNTEERS_ONLY = re.compile(
    r"\b(?P<neg>not|never) (?:send|deploy|order|post) (?:anyone|anybody|any soldiers?|soldiers|troops|people|"
    r"a single soldier)(?P<tail> who (?:has|have|had) not volunteered)"
)


# a report denied: what it says someone could do is no one's position
_DENIED_REPORT = re.compile(
    r"\b(?:reports?|claims?|suggestions?|rumou?rs?) (?:that|of)\b[^.;]{0,160}?\b(?:is|are|was|were) "
    r"(?:pure |mere |simply |just |completely |totally |entirely |nothing but )?(?:speculation|groundless|"
    r"baseless|untrue|false|fabricated|fake|rumou?rs?|fiction|nonsense|unfounded|wrong)\b"
)


# cached: a quotation is read again within its clause or sentence, which is often the quotation itself
@lru_cache(maxsize=512)
def classify(text: str, context: str = "", cue: str = "", policy: bool = False) -> tuple[str, str | None]:
    """Stance of `text` (the statement) read with `context` (its sentence) and its `cue` verb.
    `policy`: the statement is a position verb phrase ("rejected the idea"), on topic by itself."""
    original = _normalize(f"{cue} {text}".strip())
    body = original.lower()
    if "doubt" in body or "no mistake" in body:
        # "Nobody should doubt that Danish soldiers will be there": a certainty, whose negation words
        # would read as a refusal; blanked to spaces so the reasons shown keep their places
        body = _CERTAINTY.sub(lambda c: " " * len(c.group()), body)
    if "volunteer" in body:
        # "We will not send anyone who has not volunteered": a sending of volunteers, no refusal (the
        # negation and its restriction blanked, so that "will send" is read)
        body = _VOLUNTEERS_ONLY.sub(
            lambda v: (
                " " * (v.end("neg") - v.start()) + body[v.end("neg") : v.start("tail")] + " " * len(v["tail"])
            ),
            body,
        )
    if "report" in body or "claim" in body or "rumo" in body or "suggestion" in body:
        # "Reports that Chinese peacekeepers could take part … are pure speculation": what a denied report
        # says is no one's position (blanked as the certainty is)
        body = _DENIED_REPORT.sub(lambda c: " " * len(c.group()), body)

    def shown_span(start: int, end: int) -> str:
        """The words at [start, end) as written, where the reading kept the statement's length."""
        return original[start:end] if len(original) == len(body) else body[start:end]

    def shown(m: re.Match) -> str:
        return shown_span(m.start(), m.end())

    def topical() -> bool:
        """Whether the statement or its context is about troops. Worked out only when a cue asks:
        most statements are decided before, and the context (three paragraphs) is long to scan."""
        return policy or bool(
            _TOPIC_LOWER.search(body) or _TOPIC_LOWER.search(lower_same_length(_normalize(context)))
        )

    if body.startswith(("asked", "pressed", "questioned", "when asked", "after being")):
        # "Pressed on whether that also ruled out medics, Koo said the government would review …": the
        # question's words are no position of the one who answers it
        # (its refusal words only: the question still tells what a "yes" answers)
        asked = _ASKED_CLAUSE.match(body)
        if asked:
            body = (
                _ASKED_REFUSAL.sub(lambda r: " " * len(r.group()), body[: asked.end()]) + body[asked.end() :]
            )
    described = _described(body)
    if described:
        return "neutral", shown(described)
    present = _GATE_WORDS.words_in(body)
    if (
        (m := _NEUTRAL_FIRST.search(body))
        and not re.search(r"\bbut\b.{0,40}(?:ruled out|excluded)", body, re.I)
        and not _NO_DECISION_EVER.search(body)
        # "No formal request has been made, and we will not send troops": the refusal beside the fact
        and not _refused_sending(body)
        and not any(p.first_match(body) for p in _OPEN_LIST.among(present))
    ):
        return "neutral", shown(m)
    for p in _READ_FIRST_LIST.among(present):
        m = p.first_match(body)
        if m and (
            _NOBODY_BEFORE.search(body, max(0, m.start() - 40), m.start())
            or _DOUBT_BEFORE.search(body, max(0, m.start() - 80), m.start())
        ):
            # "Nobody is planning a deployment", "I don't think Australians would want to see our men and
            # women in uniform in Ukraine": read below as the refusal it is
            continue
        if m:
            outside = _outside_condition(body, m)
            return ("open", shown(outside)) if outside else ("support", shown(m))
    other_ways = _OTHER_WAYS.search(body)
    if other_ways and (_RX_NEG.search(body) or not (_UNITS_RE.search(body) or _SEND_VERB.search(body))):
        # "We're not going to be sending troops. … But we'll be involved in other ways": another kind of help
        return "oppose", shown(other_ways)
    either_way = _EITHER_WAY.search(body)
    for p in _OPEN_LIST.among(present) if not either_way else ():
        m = p.first_match(body)
        if m and not (
            (
                _YIELDS_TO_REFUSAL.match(m.group())
                or m.group().startswith("without")
                and (_FIRM_OR_NONE_BEFORE.search(body, 0, m.start()) or _FIRM_AFTER.match(body, m.end()))
            )
            # (not "but not without the Americans": a condition said twice over)
            and (
                _RX_NEG_BEFORE.search(body, 0, m.start())
                and not body.endswith("not ", 0, m.start())
                or _TABLE_REFUSED.search(body)
            )
        ):
            own = _OWN_REFUSAL.search(body)
            if own and _ABOUT_OTHERS.search(m.group()):
                # "If they want to send troops, that's up to them. We're not going to have American boots
                # there": others are free, the speaker's own troops stay home
                return "oppose", shown(own)
            if _SHAPE_DEPENDS.search(body, max(0, m.start() - 50), m.end()):
                continue  # "The numbers will depend on what the others bring": how much, not whether
            if _EXCLUDE_NOTHING.search(body, m.start(), m.end() + 12):
                # "We should not exclude anything. If there is a peace agreement, Europe must be ready to
                # guarantee it, with people on the ground", "Portugal will not be a spectator. When there is a
                # ceasefire, we are ready to send a company": the readiness said after it is the position
                ready = _READY_AFTER.search(body, m.end())
                if ready and not _negated_support(body, ready):
                    return "support", shown(ready)
            if body.endswith(", ", 0, m.start()) and "spectator" in m.group():
                # "Slovenia should be part of that force, not a spectator": the contrast's first half
                # is the position
                for q in (*_SUPPORT_FIRST_LIST.among(present), *_SUPPORT_LIST.among(present)):
                    before = q.first_match(body[: m.start()])
                    if before and not _negated_support(body, before):
                        return "support", shown(before)
            return "open", shown(m)
    for p in _OPPOSE_FIRST_LIST.among(present):
        m = p.first_match(body)
        terms_end = _terms_not_met(body, m.end()) if m and _RX_NEG.search(m.group()) else None
        if m and terms_end is not None:
            return "open", shown_span(m.start(), terms_end)  # "not going to send soldiers into a vacuum"
        if m and _DENIED_BREACH.search(body, 0, m.start()):
            continue  # "is not a breach of neutrality": the charge is denied
        if m:
            return "oppose", shown(m)
    for p in _SUPPORT_FIRST_LIST.among(present):
        m = p.first_match(body)
        if m and not _negated_support(body, m) and not _asked(body, m):
            outside = _outside_condition(body, m)
            return ("open", shown(outside)) if outside else ("support", shown(m))
    for stance, p in _EVALUATIONS:
        m = p.search(body, present)
        if (
            m
            and not _RX_NEG_BEFORE.search(body[max(0, m.start() - 60) : m.start()])
            and not _RX_NEG.search(m.group())
        ):  # noqa: E501
            return stance, shown(m)
    # weapons, ammunition or money alone: sending them says nothing about troops
    materiel = _MATERIEL.search(body)
    materiel_only = materiel is not None and not _UNITS_RE.search(body)
    for p in _SUPPORT_LIST.among(present) if not materiel_only else ():
        m = p.first_match(body)
        if (
            m
            and (_GENERIC_HELP.search(m.group()) or _MATERIEL.match(body, m.end() + 1))
            and _refused_sending(body)
        ):
            # "Italy will not send soldiers. We will do our part in the air", "We will send generators, but
            # our soldiers stay at home": other help
            continue
        if m and not _negated_support(body, m) and not _asked(body, m):
            outside = _outside_condition(body, m)
            return ("open", shown(outside)) if outside else ("support", shown(m))
    found = _clause_stance(body)
    for p in _OPPOSE_LIST.among(present):
        m = p.first_match(body)
        if (
            m
            and materiel_only
            and (
                _SEND_VERB.search(m.group())
                or (_REFUSAL_VERB.match(m.group()) and _SEND_VERB.search(body, m.end(), m.end() + 12))
            )
        ):
            m = None  # "we will not send tanks", "has refused to send weapons": about weapons, not troops
        if m and not m.group().startswith(("not ", "no ")) and _DENIED.search(body, 0, m.start()):
            m = None  # "is not a party to the conflict", "not escalation": the charge is denied
        if m and (topical() or _THREAT_RE.search(m.group()) or not _WEAK_OPPOSE.fullmatch(m.group())):
            if found and found[0] == "support" and m.start() > body.find(found[1]):
                return found
            # "Without the UN, we are a party to the conflict": a warning its sentence makes conditional
            opening = _LIFTING_CONDITION.match(body, _sentence_start(body, m.start()))
            if opening:
                return "open", shown(opening)
            # "no Danish troops until there is a ceasefire": a refusal with a condition that would lift it
            lifted = _LIFTING_CONDITION.search(body, m.end(), _sentence_end(body, m.end()))
            if (
                lifted
                and (_RX_NEG.search(m.group()) or _REFUSAL_VERB.match(m.group()))
                and not _FIRM_REFUSAL.search(body)
            ):
                return "open", shown(lifted)
            # "We are not going to send soldiers into a vacuum", "… to a mission that has no mandate": a
            # refusal of a sending on terms not yet met
            terms_end = _terms_not_met(body, m.end()) if _RX_NEG.search(m.group()) else None
            if terms_end is not None:
                return "open", shown_span(m.start(), terms_end)
            # "We are ready. But we will not send soldiers into an ongoing war": ready for the peace, a refusal  # noqa: E501
            # only of the war
            if _RX_NEG.search(m.group()) and _WAR_SCOPE.search(body, m.end(), _sentence_end(body, m.end())):
                ready = _READY_SAID.search(body)
                if ready and not _negated_support(body, ready):
                    return "support", shown(ready)
            # "not X, but Y": what comes after the contrast decides when it takes a position
            contrast = _CONTRAST.search(body, m.end())
            if contrast:
                rest = original[contrast.end() :]
                later = classify(rest, "", "", False) if TOPIC_RE.search(rest) else ("neutral", None)
                if later[0] in ("open", "support"):
                    return later
            return "oppose", shown(m)
    if found:
        return found
    if len(body.split()) <= 14 and topical():
        # a short answer about "it" when the question is the sending: "That would be a big mistake."
        for stance, pattern in _ANAPHORIC_ANSWERS:
            m = pattern.search(body)
            if m:
                return stance, shown(m)
    if materiel_only:
        # weapons, ammunition or money alone: its own (neutral) subject, not a follow-on of a troops line
        return "neutral", shown(materiel)
    return "neutral", None
