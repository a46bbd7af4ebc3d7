"""Set operations over the data: which states, bodies or organisations took part in both, either, only
one or none of the meetings named, all of them or outside them; the groups a question names, excludes
or misspells; counts and sums of such sets, and a grouping the sources do not record said so.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from bot.answers import compare, entry_choice, list_answers, pair_sides
from bot.answers.computed import entry_sources, marked_answered
from bot.answers.cues import cued
from bot.answers.facts import answer_attribute, caveats_for, participant_groups
from bot.answers.intent import participants_said
from bot.answers.meeting_names import derived_for, named_meetings, numbered_meeting
from bot.answers.verdict import Verdict
from bot.kb.base import KnowledgeBase
from bot.kb.schema import Body, Meeting, Organisation
from bot.search.text import has_cyrillic, is_stop, word_token
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.search.index import AnalysedQuery


# A verdict over all meetings names and cites at most this many of them.
MAX_MEETINGS = 40

# Set operations between the participant lists of meetings.
_DIFFERENCE = re.compile(
    r"\bbut (?:were |was |did |have |has )?(?:not|n't)\b|\bbut didn't\b|\bwithout (?:attending|being)\b"
    r"|\bно не\b|\bа не\b|\bno ne\b|\ba ne\b"
    # "only in St Petersburg and not at the XVIII meeting", "был в Питере и не был на XVIII"
    r"|\band (?:were |was |did )?(?:not|n't) (?:at|in|on|attend\w*)\b|\bи не (?:был\w* )?(?:на|в|во)\b|\bi ne (?:byl\w* )?(?:na|v)\b"
    # "named at A missing from B", "на A, но отсутствующих на B": the second list is named after the cue
    r"|\b(?:missing|absent) (?:from|at|in)\b|\bnot (?:among|on the list of)\b"
    r"|\bотсутств\w*|\bнет (?:на|в|среди)\b|\botsutstv\w*"
)
_BOTH = re.compile(
    r"\bboth\b|\bin common\b|\bcommon to\b|\bas well as\b|\band\b|\bи\b|\bоб[ао]их\b|\bобеих\b|\bi\b|\boboikh\b"
    # "how many of the states at A also sent delegations to B": those at A that were at B too
    r"|\balso\b|\btoo\b|\bтоже\b|\bтакже\b|\btozhe\b|\btakzhe\b"
)
# "both" or "и на A, и на B" names two lists at once ("who" asks of every kind of participant: WHO below).
_BOTH_NAMED = re.compile(r"\bboth\b|\bin common\b|\bоб[ао]их\b|\bобеих\b|\boboikh\b|\bи (?:на|в)\b.*\bи (?:на|в)\b|\bi (?:na|v)\b.*\bi (?:na|v)\b")
# Attended one of two meetings and not the other, whichever it was.
_ONLY_ONE = re.compile(
    r"\b(?:only|just|exactly) (?:at |in )?one of\b|\bone but not (?:both|the other)\b|\bnot both\b"
    r"|\b(?:только|лишь) (?:в |на )?одн\w+ из\b|\btol'?ko (?:v |na )?odn\w+ iz\b"
)
# "Exactly two of the three meetings", "только на одной из трёх встреч": on that many lists, no more.
_EXACTLY = re.compile(
    r"\b(?:exactly|only|just|ровно|только|лишь|rovno|tol'?ko)\s+(?:at\s+|in\s+|в\s+|на\s+|v\s+|na\s+)?"
    r"(?P<n>#\d+|one|two|three|одн\w*|дв\w*|тр[её]\w*|odn\w*|dv\w*|tr[eyo]\w*)\s+(?:of|из|iz)\b"
)
_EXACTLY_NUMBERS = (("one", 1), ("одн", 1), ("odn", 1), ("two", 2), ("дв", 2), ("dv", 2), ("thr", 3), ("тр", 3), ("tr", 3))
# Outside the categories named ("neither sectoral nor specialised", "не входят ни в ... ни в").
_NEITHER = re.compile(
    r"\bneither\b|\bnot (?:among|in|part of|one of)\b|\bне вход\w*|\bне относ\w*|\bни в\b|\bne vkhod\w*"
)
# On neither of two lists: "at neither A nor B", "ни на A, ни на B", "not at either of them".
_NEITHER_NOR = re.compile(
    r"\bneither\b.*\bnor\b|\bnot (?:at |in )?either\b|\bни (?:на|в)\b.*\bни (?:на|в)\b|\bni (?:na|v)\b.*\bni (?:na|v)\b"
)
_ANY_OF = re.compile(r"\beither\b|\bany of\b|\bat least one\b|\bor\b|\bили\b|\bili\b|\bхотя бы\b")
_ALL_MEETINGS = re.compile(
    r"\b(?:all|every|each|at least one|any)\b(?: \w+){0,3} (?:meetings?|lists?|events?)\b|\bхотя бы (?:в |на )?одн\w*"
    r"|\bвсе[хм]?\b(?: \w+){0,3} (?:заседани|встреч|совещани|мероприяти|списк)\w*"
    r"|\bvse(?:kh|h|m)?\b(?: \w+){0,3} (?:zasedani|vstrech|soveshchani|meropriyati|spisk)\w*"
)
MEETINGS_PLURAL = re.compile(
    r"\bmeetings\b|\bзаседани(?:й|ях|ям|ями)\b|\bвстреч(?:ах|ам|ами)?\b|\bсовещани(?:й|ях|ям)\b|\bzasedaniy\b"
)
_UNION = re.compile(
    r"\btogether\b|\bin total\b|\baltogether\b|\bcombined\b|\bdifferent\b|\bdistinct\b|\bunique\b"
    r"|\bвместе\b|\bразных\b|\bразличных\b|\bвсего\b|\bв сумме\b|\bсуммарно\b|\bvmeste\b|\braznykh\b|\bvsego\b"
)
# Two named lists taken together, whatever joins the names: "different", "в сумме", "хотя бы в одной".
_TAKEN_TOGETHER = re.compile(
    r"\btogether\b|\baltogether\b|\bcombined\b|\bdifferent\b|\bdistinct\b|\bunique\b|\bat least one\b|\beither\b"
    # "how many states in total attended A and B", "counting each once": the total is of the two lists
    # together (the common part is asked with "both", which the caller checks first)
    r"|\bin total\b|\bin all\b|\b(?:counting|counted) (?:each|every) (?:\w+ )?once\b|\beach (?:\w+ )?(?:counted )?once\b"
    r"|\bdouble[- ]counting\b|\bбез повтор\w*|\bbez povtor\w*"
    r"|\bвместе\b|\bразных\b|\bразличных\b|\bв сумме\b|\bсуммарно\b|\bхотя бы\b"
    r"|\bvmeste\b|\braznykh\b|\braznyh\b|\bv summe\b|\bkhotya by\b|\bhotya by\b"
)
# What "how many" counts is the noun after it: "сколько всего встреч провели органы" counts meetings.
_COUNTS_MEETINGS = re.compile(
    r"\b(?:how\s+many|сколько|skolko)\s+(?:(?:всего|vsego|in\s+total|total|of\s+the)\s+)?"
    r"(?:meetings|заседани\w*|встреч\w*|совещани\w*|zasedani\w*|vstrech\w*|soveshchani\w*)",
    re.IGNORECASE,
)
_SUM = re.compile(
    r"\btogether\b|\bin total\b|\bin all\b(?! (?:the|of|three|two|four|#|meetings|these|those))|\baltogether\b|\bcombined\b|\bcounting\b|\badding\b"
    r"|\bвместе\b|\bвсего\b|\bв сумме\b|\bсуммарно\b|\bвключая\b|\bvmeste\b|\bvsego\b"
)
# Who is on a list: the groups of participants a question can ask for.
_GROUPS: list[tuple[str, re.Pattern[str]]] = [
    (
        "basic_organisations",
        # Adjectives joined before one noun count for each: "basic and international organisations".
        re.compile(
            r"\bbasic (?:(?:and|or) \w+ )?organi[sz]ations?\b|\bбазов\w* (?:(?:и|или) \w+ )?организац\w*"
            r"|\bbazov\w* (?:(?:i|ili) \w+ )?organiza(?:ts|c)\w*"
        ),
    ),
    (
        "organisations",
        re.compile(
            r"\binternational (?:(?:and|or) \w+ )?organi[sz]ations?\b|\bмеждународн\w* (?:(?:и|или) \w+ )?организац\w*"
            r"|\bmezhdunarodn\w* (?:(?:i|ili) \w+ )?organiza(?:ts|c)\w*"
        ),
    ),
    ("bodies", re.compile(r"\bbod(?:y|ies)\b|\bорган(?:ы|ов|ам|ами)\b|\borgan(?:y|ov)\b|\bstructures\b|\bструктур\w*")),
    (
        "states",
        re.compile(r"\bstates\b|\bcountries\b|\bcountry\b|\bnations\b|\bгосударств\w*|\bстран\w*|\bgosudarstv\w*|\bstran\w*"),
    ),
    ("people", re.compile(r"\bpeople\b|\bpersons\b|\bofficials\b|\bлиц\b|\bлюд\w*")),
]
_ORGANISATIONS = re.compile(r"\borgani[sz]ations?\b|\bорганизац\w*|\borganiza(?:ts|c)\w*")
# "International" or "basic" organisations are a group of their own, not every participant besides states.
_QUALIFIED_ORGANISATIONS = re.compile(r"\b(?:international|basic|международн\w*|базов\w*|mezhdunarodn\w*|bazov\w*) ")
_INTERNATIONAL_GENERIC = re.compile(
    r"\binternational (?:bod(?:y|ies)|structures?)\b|\bмеждународн\w* (?:структур\w*|орган(?:ы|ов|ам|ами)?)\b"
    r"|\bmezhdunarodn\w* (?:struktur\w*|organ(?:y|ov)?)\b"
)
_MEMBER_STATES = re.compile(
    r"\bmember[ -]states\b|\bгосударств\w* ?[–-]? ?участник\w*|\bстран\w* ?[–-]? ?участниц\w*|\bgosudarstv\w* ?-? ?uchastnik\w*"
)
# The states' delegations are the states too: "besides the national delegations", "кроме делегаций стран".
_EXCLUDE_STATES = re.compile(
    r"\b(?:apart from|except|other than|besides|excluding|not counting|beyond|aside from) (?:the )?(?:cis )?(?:member[ -])?"
    r"(?:(?:states'?|countries'?|state|country|national) (?:delegations|representatives)|states|countries|delegations)\b"
    r"|\b(?:кроме|помимо|не считая|за исключением) (?:самих )?(?:национальных )?(?:(?:делегаци\w*|представител\w*)(?: от)? )?"
    r"(?:государств|стран|делегаци)\w*"
    r"|\b(?:krome|pomimo) (?:(?:delegac|delegats|predstavitel)\w* )?(?:gosudarstv|stran|delegac|delegats)\w*"
)
# Not there: "which countries were not at", "did not attend", "не участвовали", "отсутствовали".
ABSENT_FROM = cued(re.compile(
    r"\b(?:were|was|did|have|has)\s*(?:not|n't)\s+(?:at|in|there|present|represented|attend\w*|participat\w*|take\s+part|come|send)\b"
    r"|\bnot\s+(?:present|represented|on\s+the\s+list)\b|\b(?:missed|skipped|absent|stayed\s+away|missing(?:\s+from)?)\b"
    r"|(?<!\w)не\s+(?:был[иао]?|участвова\w*|приехал\w*|присутствова\w*|представлен\w*|прислал\w*)"
    r"|\bотсутствова\w*|\bne\s+(?:byl[iao]?|uchastvova\w*|priehal\w*)\b"
))
_PARTICIPATION = re.compile(
    r"\battend\w*|\bparticipa\w*|\btook part\b|\btake part\b|\bpresent\b|\brepresented\b|\bappear\w*|\bwere at\b|\b(?:states|countries|who) (?:were|was) (?:in|at)\b|\b(?:was|were) (?:both|also|only) (?:in|at)\b"
    r"|\bwas at\b|\bon the lists?\b|\blists?\b|\bперечисл\w*|\bperechisl\w*|\bname the\b|\bназови\w*|\bnazovi\w*|\bdelegations?\b|\bучаств\w*|\bучастник\w*|\bприсутств\w*|\bпредставлен\w*"
    r"|\bбыл[аи]?\b|\bвстречает\w*|\bсписк\w*|\bсписок\b|\bspisok\b|\bделегаци\w*|\buchastv\w*|\buchastnik\w*|\bbyl[ai]?\b|\bspisk\w*|\bprisutstv\w*|\bpredstavlen\w*|\bdelegac\w*|\bdelegats\w*"
    # Named on a meeting's list: "is named at the June meeting", "названа среди участников", "sent delegates".
    r"|\b(?:named|mentioned|listed) (?:at|in|among|for)\b|\bназван\w*|\bупомянут\w*|\bnazvan\w*"
    r"|\bsent\b|\bприслал\w*|\bнаправил\w*|\bprislal\w*"
    # "what were the 4 basic organisations at the XVIII meeting": a group at a meeting is who was there
    r"|\b(?:what|which) (?:were|are) (?:the )?(?:#?\d+ )?(?:[\w-]+ ){1,3}?at (?:the|that|this)\b"
)

WHO = re.compile(
    r"\bwho\b|\bwhich (?:officials|people|persons)\b|\bкто\b|\bkto\b|\bкаки\w+ (?:официальн\w+ )?лиц"
    r"|\bкого\b|\bkogo\b|\bwhose\b|\bчьи\b|\bчьё\b|\bчье\b"
)


def asked_groups(text: str) -> tuple[list[str], bool]:
    """The participant groups asked for and whether the question sums several of them."""
    # "international structures" are the international organisations: no CIS body is international.
    without_members = _INTERNATIONAL_GENERIC.sub("international organisations", _MEMBER_STATES.sub(" ", text))
    found = [(match.start(), name) for name, pattern in _GROUPS if (match := pattern.search(without_members))]
    groups = [name for _, name in sorted(found)]
    if groups and "organisations" not in groups and _ORGANISATIONS.search(_GROUPS[0][1].sub(" ", without_members)):
        # "bodies and organisations": every kind of organisation is meant.
        groups += ["organisations", "basic_organisations"] if "basic_organisations" not in groups else ["organisations"]
        if "states" in groups and "bodies" not in groups:
            # "states and organisations in all": every participant, the CIS bodies (organisations
            # of the CIS) too, not the international and basic ones alone.
            groups.append("bodies")
    excluded = _excluded_groups(without_members)
    if excluded and len(excluded) < len(groups):
        # "organisations that are not CIS bodies, basic and international": the group a negation
        # names is the one left out, whatever else the question names.
        groups = [g for g in groups if g not in excluded]
    if _EXCLUDE_STATES.search(text):
        groups = [g for g in groups if g != "states"] or ["bodies", "organisations", "basic_organisations"]
        if "bodies" not in groups and not _QUALIFIED_ORGANISATIONS.search(without_members):
            # "сколько организаций, помимо государств": every participant that is no state, the
            # CIS bodies too ("the ATC and the Bureau" at a meeting that lists no other kind).
            groups = ["bodies", *groups]
    elif not groups and _ORGANISATIONS.search(without_members):
        groups = ["organisations", "basic_organisations"]
    elif not groups and _MEMBER_STATES.search(text):
        groups = ["states"]
    if not groups:
        groups = _misspelt_groups(without_members)
    return groups, len(groups) >= 2 and bool(_SUM.search(text))


# A word that leaves out the group named right after it ("not being CIS bodies", "кроме органов").
_EXCLUDING = re.compile(
    r"(?:\b(?:apart from|except|other than|besides|excluding|not counting|beyond|not|aren't|isn't)"
    r"|\b(?:кроме|помимо|не считая|за исключением|не являющ\w*|не|krome|pomimo|ne)) (?:the )?(?:cis |снг |sng )?$"
)


def _excluded_groups(text: str) -> set[str]:
    """The participant groups a question names only to leave them out."""
    excluded: set[str] = set()
    for name, pattern in _GROUPS:
        for match in pattern.finditer(text):
            if _EXCLUDING.search(text[max(0, match.start() - 40) : match.start()]):
                excluded.add(name)
    return excluded


# Group words as a question may misspell them ("staets", "gosudarstvа"): one edit or swap away.
_GROUP_SPELLINGS: dict[str, str] = {
    "states": "states",
    "countries": "states",
    "государства": "states",
    "государств": "states",
    "страны": "states",
    "gosudarstva": "states",
    "strany": "states",
    "bodies": "bodies",
    "органы": "bodies",
    "organisations": "organisations",
    "organizations": "organisations",
    "организации": "organisations",
}


def _misspelt_groups(text: str) -> list[str]:
    found: list[str] = []
    for word in re.findall(r"\w{5,}", text):
        for known, group in _GROUP_SPELLINGS.items():
            if abs(len(word) - len(known)) <= 1 and OSA.distance(word, known, score_cutoff=1) <= 1:
                if group not in found:
                    found.append(group)
                break
    if "organisations" in found:
        found.append("basic_organisations")
    return found


def _members(kb: KnowledgeBase, meeting: Meeting, groups: list[str], categories: list[str]) -> list[str]:
    lists = participant_groups(kb, meeting)
    ids = [i for group in groups for i in lists.get(group, [])]
    wanted = [c for c in categories if c in ("sectoral", "specialised", "international", "basic_organisation")]
    if wanted:
        ids = [
            i
            for i in ids
            if getattr(kb.get(i), "category", None) in wanted or not isinstance(kb.get(i), Body | Organisation)
        ]
    return ids


# Every group a meeting's list may hold.
_EVERY_GROUP = ["states", "bodies", "organisations", "basic_organisations"]
# "in total", "всего": a count over every group of a list.
_IN_TOTAL = re.compile(r"\bin total\b|\baltogether\b|\ball together\b|\bвсего\b|\bв общей сложности\b|\bvsego\b")


def set_operation(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Who was at both meetings, at one but not the other, at all of them or at any; and group
    counts summed over one meeting."""
    kb = engine.kb
    absent = ABSENT_FROM.search(text) is not None
    # Who took part must be asked before the groups are read (their patterns cost more).
    if not (
        _PARTICIPATION.search(text)
        or _NEITHER.search(text)
        or absent
        or parsed.intent.question in ("participants", "count")
        or (parsed.intent.list_cue and _PART_OF_LIST.search(text) and TYPE_WORD.search(text))
        or _ROLE_OF.search(text)
    ):
        return None
    groups, summed = asked_groups(text)
    sessions = SESSIONS.search(text) if groups else None
    if sessions is not None and not _PARTICIPANT_NOUN.search(text[: sessions.start()]):
        # "сколько там было специализированных сессий": sessions, not specialised bodies (a follow-up
        # carries the meeting's name after them, "участников" and all)
        return None
    # "Besides states, what kinds of participants were there": the groups with their sizes, not
    # every name on the lists.
    kinds = _KINDS_OF.search(text) is not None
    if kinds and not groups and _PARTICIPANT_NOUN.search(text):
        groups = list(_EVERY_GROUP)
    if not groups and parsed.intent.question == "count" and _IN_TOTAL.search(text) and _PARTICIPANT_NOUN.search(text):
        # "Сколько всего участников было на заседании СМВД?", "how many participants in total": every
        # group the list holds, summed (not its states alone).
        groups, summed = list(_EVERY_GROUP), True
    # "Who was at X but not at Y": no group named, every kind of participant is asked (one
    # meeting's whole list would be a wrong answer).
    set_cue = _DIFFERENCE.search(text) or _ONLY_ONE.search(text) or _BOTH_NAMED.search(text) or absent
    if not groups and set_cue and (WHO.search(text) or _PARTICIPANT_NOUN.search(text)) and len(named_meetings(engine, parsed)) >= 2:
        groups = list(_EVERY_GROUP)
    if not groups:
        return None
    if participants_said(text):
        return None  # "whom did the participants propose to involve": what they said is asked
    if _IN_CONNECTION.search(text):
        return None  # "were religious organisations mentioned in connection with deradicalisation": a topic of the record
    categories = [c for c in parsed.intent.categories if c in ("sectoral", "specialised")]
    counting = parsed.intent.question == "count"
    if counting and _COUNTS_MEETINGS.search(text):
        return None  # "how many meetings in total did the bodies hold": meetings are counted, not who attended
    exactly = _EXACTLY.search(text)
    if exactly and len(named_meetings(engine, parsed)) != 2:
        word = exactly.group("n")
        times = int(word[1:]) if word.startswith("#") else next(n for stem, n in _EXACTLY_NUMBERS if word.startswith(stem))
        return _over_all(kb, base, groups, categories, "exactly", counting, times)
    every = _ALL_MEETINGS.search(text) or (_UNION.search(text) and MEETINGS_PLURAL.search(text))
    if every and not named_meetings(engine, parsed)[:1]:
        op = "any" if (_UNION.search(text) or _ANY_OF.search(text)) else "all"
        return _over_all(kb, base, groups, categories, op, counting)
    meetings = _beside_city(engine, parsed, named_meetings(engine, parsed))
    if len(meetings) >= 2 and _BOTH.search(text):
        # "и на июньском совещании в Москве, и на заседании в Петербурге": each side named by its own words
        meetings = pair_sides.both(engine, parsed, today) or meetings
    if len(meetings) == 1:
        # "какие государства были на встрече в Москве": a meeting named only by a city of several
        # is the one the engine would choose for the question (one that lists them).
        meetings = [entry_choice.meeting_meant(engine, parsed, meetings[0])]
    if kinds and len(meetings) == 1:
        return _by_kind(kb, base, kb.entities[meetings[0]], groups)  # type: ignore[arg-type]
    asks_part = (counting or parsed.intent.list_cue) and meetings and _PART_OF_LIST.search(text)
    typed = TYPE_WORD.search(text) if asks_part else None
    if typed is not None:
        # "Of the 13 CIS bodies at X, how many are councils": the part of the list whose names say
        # so. The kind word and the list's size name no meeting ("из 13 органов ... советами" is
        # not the 13th meeting of the Security Secretaries Council).
        kind_token = word_token(typed.group("word"))
        tokens = parsed.query.tokens
        meant = [
            m
            for m, positions in named_meetings(engine, parsed)
            if any(
                tokens[i] != kind_token
                and tokens[i] not in _GROUP_TOKENS
                and (tokens[i][:1] != "#" or numbered_meeting(parsed.text, {tokens[i]}))
                for i in positions
            )
        ]
        if len(meant) == 1:
            found = _named_as(kb, base, kb.entities[meant[0]], groups, text, typed, counting)  # type: ignore[arg-type]
            if found is not None:
                return found
    if summed and counting and meetings:
        return _summed(kb, base, kb.entities[meetings[0]], groups)  # type: ignore[arg-type]
    if len(meetings) >= 3 and (every or _UNION.search(text) or (_BOTH.search(text) and not _DIFFERENCE.search(text))):
        # "named at all three meetings (A, B, C)": the lists of the meetings named, not of every meeting.
        op = "any" if (_UNION.search(text) or _ANY_OF.search(text)) else "all"
        verdict = _combined(kb, base, meetings[:MAX_MEETINGS], groups, categories, op, counting)
        if verdict is not None and verdict.kind != "not_recorded":
            verdict.filters["named"] = True
        return verdict
    if len(meetings) >= 2:
        if _NEITHER_NOR.search(text):
            return _neither(kb, base, meetings[:2], groups, counting)
        if _ONLY_ONE.search(text):
            return _combined(kb, base, meetings[:2], groups, categories, "only_one", counting)
        # "Кто из участников СМВД не был на встрече спецслужб": the first named, less the one it was not at.
        not_at = absent and not _NEITHER.search(text) and not _BOTH_NAMED.search(text)
        if _DIFFERENCE.search(text) or not_at:
            order = _mention_order(parsed, named_meetings(engine, parsed), text)
            if order is None:
                return None
            return _combined(kb, base, order[:2], groups, categories, "only_first", counting)
        if _ANY_OF.search(text) and not _BOTH.search(text.replace(" or ", " ")):
            return _combined(kb, base, meetings[:2], groups, categories, "any", counting)
        if _TAKEN_TOGETHER.search(text) and not _BOTH_NAMED.search(text):
            # "how many different states in total at A and B", "хотя бы на одной из встреч: A и B":
            # the two lists taken together; the "and" joins the meetings, not the lists' common part.
            return _combined(kb, base, meetings[:2], groups, categories, "any", counting)
        if _BOTH.search(text):
            return _combined(kb, base, meetings[:2], groups, categories, "both", counting)
        return None
    if len(meetings) == 1 and groups == ["states"] and absent:
        # "Which CIS countries were not at the St Petersburg meeting": the member states off its list.
        return absent_states(kb, base, meetings[0], counting)
    if len(meetings) == 1 and absent and not _NEITHER.search(text):
        # "which organisations were not at the XVIII meeting?": no list of those that might have come
        return absence_unsaid(kb, base, meetings[0])
    if len(meetings) == 1 and _EXCLUDE_STATES.search(text):
        # "Who other than the states took part": the meeting's other lists together.
        return _combined(kb, base, meetings, groups, categories, "filter", counting)
    if len(meetings) == 1 and categories and _NEITHER.search(text):
        # "Which bodies at X are neither sectoral nor specialised": the meeting's list outside them.
        return _outside(kb, base, meetings[0], groups, categories, counting)
    named_by_other = bool(parsed.hits) and kb.kind(parsed.hits[0].entity) != "meeting"
    if len(meetings) == 1 and not counting and parsed.intent.question == "participants" and named_by_other:
        # "Which states took part in the СМВД meeting": the meeting is named through its body or
        # place, which the question itself does not ask about.
        return _combined(kb, base, meetings, groups, categories, "filter", counting)
    # "How many international organisations came to ...": the group its own word names, as specific
    # as a category.
    qualified = bool(categories) or any(c in ("international", "basic_organisation") for c in parsed.intent.categories)
    if len(meetings) == 1 and counting and qualified and not categories and len(groups) == 1:
        # Counted as the meeting's own figures are ("4 basic organisations"), the stated count first.
        counted = answer_attribute(kb, base, kb.entities[meetings[0]], "count", groups[0], parsed.text)
        if counted is not None:
            return counted
    if len(meetings) == 1 and counting and qualified:
        # "How many specialised bodies were at ...": the meeting's list of that category, counted.
        return _combined(kb, base, meetings, groups, categories, "filter", counting)
    basic = "basic_organisation" in parsed.intent.categories
    if len(meetings) == 1 and not counting and (categories or basic or parsed.intent.question == "card"):
        # "Of the sixteen sectoral bodies, which were represented at ...": one list, by category;
        # "which bodies were at ..." (no word of attending for the attribute answer to take);
        # "какие базовые организации участвовали в XVIII совещании": that group of its list, not
        # every basic organisation of the sources (the turn keeps the meeting for "там" next).
        return _combined(kb, base, meetings, groups, categories, "filter", counting)
    return None


def _beside_city(engine: Engine, parsed: Parsed, named: list[tuple[str, set[int]]]) -> list[str]:
    """The meetings named; of one named by its own words in a city ("the XVIII meeting in Moscow"),
    that one: the city's other meetings are named by the city alone."""
    kb = engine.kb
    city_words = {i for h in parsed.hits if kb.kind(h.entity) in ("place", "state") for i in h.name_tokens}
    own = [m for m, positions in named if positions - city_words]
    if len(own) != 1 or len(named) < 2:
        return [m for m, _ in named]
    # only the city's other meetings go: "the XVIII and the St Petersburg meeting" names two cities' meetings
    city = getattr(kb.get(own[0]), "place", None)
    return [m for m, positions in named if m == own[0] or not (positions <= city_words and getattr(kb.get(m), "place", None) == city)]


def comparison(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Where were more states, at A or at B?": two named meetings, in the order named."""
    named = named_meetings(engine, parsed)
    categories = parsed.intent.categories
    if len(named) != 2 and len(categories) == 2 and parsed.intent.list_kind == "body":
        # "Каких органов больше — отраслевых или специализированных?": the sources' two figures.
        figures = list_answers.category_figures(engine)
        if all(category in figures for category in categories):
            return compare.categories(base, text, categories, [figures[category] for category in categories])
    if len(named) != 2:
        return None
    ordered = [meeting for meeting, positions in sorted(named, key=lambda pair: min(pair[1], default=0))]
    return compare.compare(engine, parsed, base, text, ordered, asked_groups(text)[0])


def unrecorded_grouping(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "How many Central Asian states attended ...": a word before the group that the knowledge base
    does not know names a grouping the sources do not make. Counting every state would be a
    confident wrong answer: say so, and give the meeting's list for the reader to judge."""
    if parsed.intent.question not in ("count", "participants"):
        return None
    query = parsed.query
    excluded = _excluded_groups(text)
    for name, pattern in _GROUPS:
        match = pattern.search(text)
        if match is None or name in excluded:
            continue
        counting = _COUNT_WORD.search(text, 0, match.start())
        between = re.findall(r"[^\W\d_]+", text[counting.end() : match.start()]) if counting is not None else []
        far = len(between) > _QUALIFIER_WORDS
        if far or (counting is not None and _TO_PLACE.search(text, 0, match.start())):
            # "сколько боевиков вернулось в страны СНГ": what is counted comes before the group,
            # which only says where; the group is no qualified group of participants.
            return None
        before = re.findall(r"[^\W\d_]{4,}", text[: match.start()])[-2:]
        strange = [w for w in before if not is_stop(w) and _unknown_token(query, word_token(w))]
        if not strange or strange[-1] != before[-1]:
            return None  # the unknown word must stand right before the group it qualifies
        # "Central Asian": the qualifier is the words before the group, known ones included.
        strange = [w for w in before if not is_stop(w) and w not in _COUNTING_WORDS]
        meetings = [m for m, _ in named_meetings(engine, parsed)]
        verdict = marked_answered(base, "not_recorded", "list:participants:grouping")
        verdict.reason = "grouping"
        verdict.value = {"word": " ".join(strange), "group": name, "meeting": meetings[0] if meetings else None}
        if meetings:
            meeting = engine.kb.entities[meetings[0]]
            if isinstance(meeting, Meeting):
                verdict.items = participant_groups(engine.kb, meeting).get(name, [])
            verdict.focus = [meetings[0]]
            verdict.sources = entry_sources(engine.kb, meetings[:1])
        return verdict
    return None


# A meeting's sessions ("specialised sessions") are no group of its participants.
SESSIONS = re.compile(r"\b(?:sessions?|сесси\w*|секци\w*|sessi\w*|sekci\w*|sektsi\w*)", re.I)

# A group named in connection with a topic is a topic of the meeting's record, not a list of who came.
_IN_CONNECTION = re.compile(
    r"\b(?:in\s+connection\s+with|in\s+relation\s+to|in\s+the\s+context\s+of|v\s+svyazi\s+s|v\s+kontekste)\b"
    r"|(?<!\w)(?:в\s+связи\s+с|в\s+контексте|применительно\s+к)(?!\w)",
    re.I,
)
_COUNTING_WORDS = frozenset({"many", "much", "сколько", "skolko", "number", "число", "количество"})
_COUNT_WORD = re.compile(r"\bhow many\b|\bnumber of\b|\bсколько\b|\bskol'?ko\b")
_QUALIFIER_WORDS = 3  # "how many Central Asian states", "сколько стран Центральной Азии" ("of" aside)
# A group after a preposition of place ("вернулось в страны СНГ", "returned to CIS countries") says where.
_TO_PLACE = re.compile(r"\b(?:в|во|из|to|into|from|v|iz)\s+(?:the\s+)?(?:cis\s+|снг\s+|sng\s+)?$")


def _unknown_token(query: AnalysedQuery, token: str | None) -> bool:
    """Whether the question's word is one the knowledge base does not know, even misspelt."""
    if token is None:
        return False
    return any(t == token and unknown for t, unknown in zip(query.tokens, query.unknown, strict=True))


def participants_of(
    kb: KnowledgeBase, base: Verdict, meeting_id: str, groups: list[str], categories: list[str], counting: bool
) -> Verdict | None:
    """One meeting's participants of some groups and categories, listed or counted."""
    return _combined(kb, base, [meeting_id], groups, categories, "filter", counting)


def members_of(kb: KnowledgeBase, meeting_id: str, groups: list[str]) -> list[str]:
    """Who of the groups is on a meeting's lists (empty for an entry that is no meeting)."""
    meeting = kb.entities.get(meeting_id)
    return _members(kb, meeting, groups, []) if isinstance(meeting, Meeting) else []


def union_of(kb: KnowledgeBase, base: Verdict, meeting_ids: list[str], groups: list[str], counting: bool) -> Verdict | None:
    """The lists of the meetings given, taken together (one meeting: its list)."""
    if len(meeting_ids) == 1:
        return _combined(kb, base, meeting_ids, groups, [], "filter", counting)
    verdict = _combined(kb, base, meeting_ids, groups, [], "any", counting)
    if verdict is not None:
        verdict.filters["named"] = True
    return verdict


def absence_unsaid(kb: KnowledgeBase, base: Verdict, meeting_id: str) -> Verdict:
    """ "Not recorded": who of a group other than the member states was absent is said nowhere (the
    sources list who came; there is no list of who might have)."""
    verdict = marked_answered(base, "not_recorded", "list:participants:absent")
    verdict.reason, verdict.value = "absent_unlisted", {"meeting": meeting_id}
    verdict.focus = [meeting_id]
    verdict.sources = entry_sources(kb, [meeting_id])
    return verdict


def absent_states(kb: KnowledgeBase, base: Verdict, meeting_id: str, counting: bool) -> Verdict:
    """The CIS member states not on a meeting's list of states; "not recorded" when it has no such
    list, or names fewer states than it gives ("9 states", eight named: who was missing is unknown)."""
    meeting = kb.entities[meeting_id]
    assert isinstance(meeting, Meeting)
    listed = set(meeting.participants.states)
    stated = meeting.stated_counts.states
    if not listed or (stated is not None and stated > len(listed)):
        verdict = marked_answered(base, "not_recorded", "list:participants:absent")
        verdict.focus = [meeting_id]
        verdict.sources = entry_sources(kb, [meeting_id])
        verdict.filters = {"op": "absent", "meetings": [meeting_id], "groups": ["states"]}
        if not listed:
            verdict.reason, verdict.filters["no_list"] = "no_list", [meeting_id]
        else:
            verdict.reason, verdict.value = "absent_unknown", {"meeting": meeting_id, "stated": stated}
            verdict.items = list(meeting.participants.states)
        return verdict
    items = [s.id for s in kb.of_kind("state") if getattr(s, "cis_member", False) and s.id not in listed]
    verdict = marked_answered(base, "count" if counting else "list", "list:participants:absent")
    verdict.attribute = "participant"
    verdict.items = items
    verdict.value = len(items) if counting else None
    verdict.focus = [meeting_id]
    verdict.filters = {"op": "absent", "meetings": [meeting_id], "groups": ["states"]}
    verdict.sources = entry_sources(kb, [meeting_id])
    return verdict


def _neither(kb: KnowledgeBase, base: Verdict, meeting_ids: list[str], groups: list[str], counting: bool) -> Verdict | None:
    """The CIS member states on neither meeting's list of states. A list naming fewer states than
    its source gives leaves the answer open only when some member state is off both lists (the
    note of the stated count goes with it); other groups have no list of who might have come."""
    if groups != ["states"]:
        return absence_unsaid(kb, base, meeting_ids[0]) if "states" not in groups else None
    lists = [set(_members(kb, kb.entities[m], ["states"], [])) for m in meeting_ids]  # type: ignore[arg-type]
    if not all(lists):
        verdict = marked_answered(base, "not_recorded", "list:participants")
        verdict.reason = "no_list"
        verdict.focus = list(meeting_ids)
        unlisted = [m for m, listed in zip(meeting_ids, lists, strict=True) if not listed]
        verdict.filters = {"op": "neither", "meetings": list(meeting_ids), "groups": groups, "no_list": unlisted}
        verdict.sources = entry_sources(kb, meeting_ids)
        return verdict
    listed = set().union(*lists)
    items = [s.id for s in kb.of_kind("state") if getattr(s, "cis_member", False) and s.id not in listed]
    verdict = marked_answered(base, "count" if counting else "list", "list:participants:neither")
    verdict.attribute = "participant"
    verdict.items = items
    verdict.value = len(items) if counting else None
    verdict.focus = list(meeting_ids)
    verdict.filters = {"op": "neither", "meetings": list(meeting_ids), "groups": groups}
    verdict.sources = entry_sources(kb, meeting_ids)
    return verdict


def _outside(
    kb: KnowledgeBase, base: Verdict, meeting_id: str, groups: list[str], categories: list[str], counting: bool
) -> Verdict | None:
    members = _members(kb, kb.entities[meeting_id], groups, [])  # type: ignore[arg-type]
    if not members:
        return None
    items = [i for i in members if getattr(kb.get(i), "category", None) not in categories]
    verdict = marked_answered(base, "count" if counting else "list", "list:participants:outside")
    verdict.attribute = "participant"
    verdict.items = items
    verdict.value = len(items) if counting else None
    verdict.focus = [meeting_id]
    verdict.filters = {"op": "outside", "meetings": [meeting_id], "groups": groups, "outside": categories}
    verdict.sources = entry_sources(kb, [meeting_id])
    return verdict


def _over_all(
    kb: KnowledgeBase,
    base: Verdict,
    groups: list[str],
    categories: list[str],
    op: str,
    counting: bool,
    times: int = 0,
) -> Verdict | None:
    """Who is on the lists of all meetings that have lists, of any, or of exactly ``times`` of
    them: one scan of every meeting per knowledge base and question shape, kept for the next."""
    derived = derived_for(kb)
    key = (tuple(groups), tuple(categories), f"{op}{times or ''}")
    if key not in derived.combined:
        listed: list[str] = []
        common: set[str] | None = None
        union: dict[str, int] = {}
        for meeting in kb.of_kind("meeting"):
            members = _members(kb, meeting, groups, categories) if isinstance(meeting, Meeting) else []
            if not members:
                continue
            listed.append(meeting.id)
            common = set(members) if common is None else common & set(members)
            for member in dict.fromkeys(members):
                union[member] = union.get(member, 0) + 1
        if op == "exactly":
            items = [i for i, lists in union.items() if lists == times]
        else:
            items = [i for i in union if common is not None and i in common] if op == "all" else list(union)
        derived.combined[key] = (listed, items)
    listed, items = derived.combined[key]
    if not listed:
        return None
    verdict = marked_answered(base, "count" if counting else "list", f"list:participants:{op}")
    verdict.attribute = "participant"
    verdict.items = list(items)
    verdict.value = len(items) if counting else None
    verdict.focus = listed[:MAX_MEETINGS]
    verdict.filters = {"op": op, "meetings": listed[:MAX_MEETINGS], "groups": groups, "of_meetings": len(listed)}
    if times:
        verdict.filters["times"] = times
    if categories:
        verdict.filters["categories"] = categories
    verdict.sources = entry_sources(kb, listed[:MAX_MEETINGS])
    return verdict


def _mention_order(parsed: Parsed, meetings: list[tuple[str, set[int]]], text: str) -> list[str] | None:
    """The two meetings in the order "in the first, but not in the second"."""
    # "but not" or, without one, the verb of absence ("кто из участников A не был на B")
    cue = _DIFFERENCE.search(parsed.intent.search_text) or _DIFFERENCE.search(text) or ABSENT_FROM.search(text)
    if cue is None:
        return None
    search_text = parsed.intent.search_text
    for word in parsed.intent.kind_words:
        search_text = re.sub(rf"\b{re.escape(word)}\b", " ", search_text)
    cue = _DIFFERENCE.search(search_text) or ABSENT_FROM.search(search_text)
    if cue is None:
        return None
    boundary = len(text_tokens(search_text[: cue.start()]))
    before = [m for m, positions in meetings[:2] if positions and min(positions) < boundary]
    after = [m for m, positions in meetings[:2] if positions and min(positions) >= boundary]
    if len(before) != 1 or len(after) != 1:
        return None
    return [before[0], after[0]]


def _combined(
    kb: KnowledgeBase,
    base: Verdict,
    meeting_ids: list[str],
    groups: list[str],
    categories: list[str],
    op: str,
    counting: bool,
) -> Verdict | None:
    if len(groups) > 1 and op in ("both", "only_first", "only_one"):
        # Every kind of participant asked: only the kinds both lists record compare ("the CIS bodies
        # at the XVIII meeting" were not "absent" from a meeting whose source lists states alone).
        shared = [g for g in groups if all(_members(kb, kb.entities[m], [g], []) for m in meeting_ids)]  # type: ignore[arg-type]
        groups = shared or groups
    lists = [_members(kb, kb.entities[m], groups, categories) for m in meeting_ids]  # type: ignore[arg-type]
    # A meeting without a list for this group: nothing can be said about "both" or "not".
    missing = [m for m in meeting_ids if not _members(kb, kb.entities[m], groups, [])]  # type: ignore[arg-type]
    if op in ("both", "only_first", "only_one", "all", "filter") and missing:
        verdict = marked_answered(base, "not_recorded", "list:participants")
        verdict.reason = "no_list"
        verdict.focus = meeting_ids
        verdict.filters = {"op": op, "meetings": meeting_ids, "groups": groups, "no_list": missing}
        verdict.sources = entry_sources(kb, meeting_ids)
        return verdict
    if op == "both" or op == "all":
        common = set(lists[0]).intersection(*lists[1:])
        items = [i for i in lists[0] if i in common]
    elif op == "only_first":
        items = [i for i in lists[0] if i not in set(lists[1])]
    elif op == "only_one":
        items = [i for i in lists[0] if i not in set(lists[1])] + [i for i in lists[1] if i not in set(lists[0])]
    else:
        items = list(dict.fromkeys(i for ids in lists for i in ids))
    verdict = marked_answered(base, "count" if counting else "list", f"list:participants:{op}")
    verdict.attribute = "participant"
    verdict.items = items
    verdict.value = len(items) if counting else None
    verdict.focus = list(meeting_ids)
    verdict.filters = {"op": op, "meetings": list(meeting_ids), "groups": groups}
    if categories:
        verdict.filters["categories"] = categories
    verdict.sources = entry_sources(kb, meeting_ids)
    return verdict


# A kind of institution named in the participants' own names ("council", "committee"), asked as a
# part of a meeting's list ("of the 13 bodies", "из них", "which of the bodies").
TYPE_WORD = re.compile(
    r"(?:\b(?:are|were)(?P<not>\s+not|n't)?|(?P<ne>\bне\s+|\bne\s+)?\b(?:являются|являлись|yavlyayutsya)|\s[—–-])\s+"
    r"(?P<word>council|committee|cent(?:re|er)|conference|bureau|commission|assembl"
    r"|совет|комитет|центр|конференц|бюро|комисси|ассамбле|sovet|komitet|tsentr|centr|byuro|komissi)\w*"
)
# What a meeting's participants of one group are for: their names say it ("for training personnel ...").
_ROLE_OF = re.compile(r"\bresponsible for\b|\bчем занима\w*|\bза что отвеча\w*|\bchem zanima\w*")
# The group's own words name the list, not a meeting ("органов" is in "supreme bodies").
_GROUP_TOKENS = frozenset(
    text_tokens(
        "bodies органов органы organov organy states государств gosudarstv countries стран organisations"
        " organizations организаций organizaciy participants участников uchastnikov"
    )
)
_PART_OF_LIST = re.compile(
    r"\b(?:of|among) (?:the|these|those|them)\b|\bwhich of\b|\b(?:сколько|какие|которые) из\b"
    r"|\bиз (?:них|этих|тех|числа|#?\d+)|\bсреди\b|\b(?:skol'?ko|kakie|kotorye) iz\b|\biz (?:nikh|nih|etih|#?\d+)|\bsredi\b"
)


def _named_as(
    kb: KnowledgeBase,
    base: Verdict,
    meeting: Meeting,
    groups: list[str],
    text: str,
    typed: re.Match[str],
    counting: bool,
) -> Verdict | None:
    """The members of a meeting's lists whose names carry the kind word asked ("councils"), or
    those whose names do not; None when the word is the meeting's own name's or names no member."""
    token = word_token(typed.group("word"))
    if token is None:
        return None
    names = [meeting.name.en, meeting.name.ru, *meeting.short.en, *meeting.short.ru]
    if any(token in text_tokens(name) for name in names):
        return None  # "the Interior Ministers Council meeting": the word names the meeting
    members = _members(kb, meeting, [g for g in groups if g != "states"], [])
    if not members:
        return None
    shown: dict[str, str] = {}  # the word as the names write it, per language ("Council", "Совет")
    matching: list[str] = []
    for member in members:
        entity = kb.entities[member]
        for lang, name in (("en", entity.name.en), ("ru", entity.name.ru)):
            hit = next((word for word in name.split() if word_token(word) == token), None)
            if hit is None:
                continue
            if member not in matching:
                matching.append(member)
            shown.setdefault(lang, hit.strip("«»\"(),").lower())
    if not matching:
        return None
    shown.setdefault("en" if not has_cyrillic(typed.group("word")) else "ru", typed.group("word").lower())
    negated = typed.group("not") is not None or typed.group("ne") is not None
    items = [m for m in members if (m in matching) != negated]
    verdict = marked_answered(base, "count" if counting else "list", "list:participants:named_as")
    verdict.attribute = "participant"
    verdict.items = items
    verdict.value = len(items) if counting else None
    verdict.focus = [meeting.id]
    verdict.filters = {
        "op": "named_as",
        "meetings": [meeting.id],
        "groups": [g for g in groups if g != "states"],
        "word": shown,
        "negated": negated,
        "of": len(members),
    }
    verdict.sources = list(meeting.sources)
    return verdict


# "What kinds of participants", "какие категории участников": the groups, not their names.
_KINDS_OF = re.compile(
    r"\b(?:kinds?|types?|sorts?|categories|groups) of\b|\b(?:каки\w*|что за) (?:виды|видов|типы|типов|категори\w*|групп\w*)\b"
    r"|\bкакого (?:рода|типа)\b|\bkaki\w* (?:vidy|tipy|kategori\w*|grupp\w*)\b"
    # "назови группы участников", "name the groups": the groups asked without a question word
    r"|\b(?:groups|kinds|categories) of (?:participants|attendees)\b|\b(?:name|list) the (?:groups|kinds|categories)\b"
    r"|\b(?:групп[ыа]|категори[ия]|виды) (?:участник\w*|присутствующ\w*)|\b(?:grupp[ya]|kategori[iy]a?|vidy) uchastnik\w*"
)
_PARTICIPANT_NOUN = re.compile(r"\bparticipa\w*|\battendees\b|\bучастник\w*|\buchastnik\w*")


def _by_kind(kb: KnowledgeBase, base: Verdict, meeting: Meeting, groups: list[str]) -> Verdict | None:
    """A meeting's participants by group, each with its size (the source's figure where it states
    one, else the names listed); the groups it lists none of are left out."""
    lists = participant_groups(kb, meeting)
    stated = meeting.stated_counts.model_dump(exclude_none=True)
    order = [g for g in ("states", "bodies", "basic_organisations", "organisations", "people") if g in groups]
    parts = {group: stated.get(group, len(lists.get(group, []))) for group in order if lists.get(group)}
    if not parts:
        return None
    verdict = marked_answered(base, "list", "list:participants:kinds")
    verdict.attribute = "participant"
    verdict.items = [i for group in parts for i in lists.get(group, [])]
    verdict.focus = [meeting.id]
    verdict.filters = {"op": "kinds", "meetings": [meeting.id], "groups": groups, "parts": parts}
    international = lists.get("organisations", [])
    if international and all(getattr(kb.get(i), "category", None) == "international" for i in international):
        verdict.filters["international"] = True
    verdict.sources = list(meeting.sources)
    return verdict


def _summed(kb: KnowledgeBase, base: Verdict, meeting: Meeting, groups: list[str]) -> Verdict | None:
    """Several groups of one meeting counted together, each by the number its source states
    where it states one, else by the names it lists."""
    lists = participant_groups(kb, meeting)
    stated = meeting.stated_counts.model_dump(exclude_none=True)
    parts: dict[str, int] = {}
    for group in groups:
        number = stated.get(group) if group != "people" else None
        if number is None:
            number = len(lists.get(group, []))
        parts[group] = number
    if groups == _EVERY_GROUP:
        # every group asked ("how many participants in total"): those the list holds
        parts = {group: number for group, number in parts.items() if number}
        groups = list(parts)
    if not any(parts.values()):
        return None
    verdict = marked_answered(base, "count", "count:sum")
    verdict.attribute = "participant"
    verdict.value = sum(parts.values())
    verdict.items = [i for group in groups for i in lists.get(group, [])]
    verdict.focus = [meeting.id]
    verdict.filters = {"op": "sum", "meetings": [meeting.id], "groups": groups, "parts": parts}
    verdict.sources = list(meeting.sources)
    verdict.caveats = caveats_for(meeting, "count")
    return verdict
