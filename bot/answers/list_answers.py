"""Lists computed from the data: which entries a question asks for (meetings, documents, bodies, states,
people) and the filters it names (place, year, body, kind, membership, status, a place excluded, the
first or last few), the entries selected and counted (per year, a stated sum, a category's figures),
and who says what is asked when the sources report it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from bot.answers import meeting_names, said_match
from bot.answers.facts import caveats_for
from bot.answers.held import no_meetings_ahead, unheld_meetings
from bot.answers.intent import Intent
from bot.answers.next_typos import NEXT_TYPOS
from bot.answers.said_match import SPEECH, YEAR_TOKEN
from bot.answers.thresholds import ANSWER_AT, GUESS_AT
from bot.answers.verdict import Statement, Verdict
from bot.kb.base import KnowledgeBase, meeting_date
from bot.kb.schema import Body, Document, Entity, Fact, Meeting, Organisation, PartialDate, Place
from bot.search.index import Hit
from bot.search.text import prepare, russian_reading
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


# A list shows and cites at most this many entries on its first page.
MAX_LISTED = 40

# Words that ask for what comes next, not merely in the future tense ("will").
NEXT = re.compile(
    r"\b(?:next|upcoming|forthcoming|future)\b|\b(?:следующ|ближайш|предстоящ|sleduyushch|blizhaysh|predstoyashch)\w*|"
    + NEXT_TYPOS
)

# Words of taking part or hosting: "which meetings did Azerbaijan take part in / Russia host", "на
# скольких заседаниях были представители Туркменистана"; who and how, not what the list is about.
TAKING_PART_WORDS = (
    " participate participated participation part attend attended go went come came represented representatives"
    " delegation delegations host hosted hosts"
    " участие участвовал участвовала участвовали принимал принимала принимали представители представлен"
    " представлена представлены делегации делегация присутствовал присутствовали"
    " uchastie uchastvoval prinimal predstaviteli delegatsii"
)
# Words of a question's frame that name nothing the sources could hold: how the asker came to ask
# ("I keep reading in the news", "the belta piece"), coming and sending ("skolko prishlo",
# "prislali svoi struktury"), quantity and emphasis ("a bunch of", "exactly", "every
# year"), the month a "when" asks for. Left unexplained by the one entry that explains every other
# word, they are no reason to ask back (``_sole_explainer``).
# Membership of the CIS asked of its states ("how many countries are CIS members").
_MEMBERS_ASKED = re.compile(r"\bmembers?\b|\bmember[- ]states?\b|\bчлен\w*|\bучастник\w*|\bвход\w*|\bchlen\w*|\bv(?:k)?hod\w*")
_NO_MEMBER_TOTAL = (
    "The sources give no total of the CIS member states; these are the member states they name.",
    "Общего числа государств – участников СНГ источники не приводят; это государства-участники, которых они называют.",
)

# Words that say which of a list (its category, a plan to sign) or whose word it is ("по словам")
# rather than what it is about; they do not count against a list, but still pick statements elsewhere.
_LIST_STATUS_WORDS = (
    " sectoral specialised specialized signature signing подписание подписания подписать подписи"
    " планировалось планируется планировали словам slovam"
    # "сколько заседаний провели органы в 2024 году": holding them is what a meeting list counts
    " провели проведено проводили proveli provedeno"
)
# Words of belonging to a group ("which councils are among the 16 sectoral bodies"): they say the
# list is a part of the group, not what it is about.
# Words of order: a list is already chronological ("in chronological order", "по порядку"), and
# "the last two" picks from its end.
_ORDER_WORDS = (
    " chronological chronologically order ordered sequence sorted date dates first last latest earliest"
    " two three four five хронологическом хронологии хронологически порядку порядке порядок очереди"
    " первые первых последние последних два две двух три трех четыре пять poryadku poslednie pervye"
)
# "the last two meetings", "первые три заседания", "the 3 most recent": how many from which end.
_FIRST_OR_LAST = re.compile(
    r"\b(?:(?P<first>first|earliest|перв\w+|pervy\w*)|(?P<last>last|latest|most recent|последн\w+|poslednie|poslednih))\s+"
    r"(?P<count>#\d+|two|three|four|five|два|две|двух|три|трех|четыре|пять|dva|dve|tri)\b"
    r"|(?:^|\s)(?P<count_before>#\d+|two|three|four|five)\s+(?:(?P<first_after>first|earliest)|(?P<last_after>last|latest|most recent))\b"
)
# A kind word that names one kind of meeting narrows the list to it ("which summits", "какие учения").
_MEETING_KIND_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("summit", re.compile(r"^(?:summits?|саммит\w*|sammit\w*)$")),
    ("exercise", re.compile(r"^(?:exercises?|учени[яейи]\w*|ucheni\w*)$")),
    ("conference", re.compile(r"^(?:conferences?|конференци\w*|konferentsi\w*)$")),
]
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3,
                  "четыре": 4, "пять": 5, "dva": 2, "dve": 2, "tri": 3}
# "in the security sphere", "в сфере безопасности": where every category of the sources lies.
_SPHERE = frozenset(text_tokens("sphere field area сфере области sfere oblasti"))
_SECURITY = frozenset(text_tokens("security безопасности bezopasnosti"))
# "если сложить отраслевые и специализированные", "add up the sectoral and the specialised ones":
# adding two categories' counts is what a count of both does; the words narrow nothing.
_SUM_WORDS = (
    " add adding added sum total totals together altogether combined plus overall"
    " сложить сложив сложение сумма сумме суммарно вместе итого всего плюс"
    " slozhit slojit slozhiv summa summe vmeste itogo vsego pljus plyus"
    # the condition the sum is asked in: "if you add the ... ones", "если сложить"
    " if one ones если esli"
)
_AMONG_WORDS = (
    " among include includes included входят входит входящих среди числе vhodyat sredi"
    # "officials who are mentioned by name": naming them is what a list does.
    " которые которых kotorye имени imeni"
    # "how many of them are called councils", "в списке отчёта": naming and the list that names them
    " called named называются называется именуются nazyvayutsya nazyvaetsya list списке spiske report отчете"
    # "how many meetings are recorded in total", "сколько всего заседаний известно": the whole record
    " total recorded всего итого известно записано vsego"
)
# A number in a list question about bodies is the group's stated size ("the 16 sectoral bodies").
_NUMBER_TOKEN = re.compile(r"^#\d+$")
# Lists of these kinds can be narrowed by words of their entries' names ("interstate councils").
_NAMED_BY_WORDS = frozenset({"body", "organisation"})
# The sources' own words for the group a part is counted among ("среди 16 органов отраслевого
# сотрудничества в сфере безопасности"): they say which group, not which names.
_GROUP_NOUNS = {
    "body": "bodies body органы органов орган organy organov",
    "organisation": "organisations organizations организации организаций organizatsiy",
}
_SPHERE_PHRASE = re.compile(
    r"\b(?:в|in)\s+(?:the\s+)?(?:сфере|области|sphere|field|sfere|oblasti)\s+(?:of\s+)?(?:безопасности|security|bezopasnosti)\b"
    r"|\bsecurity\s+(?:sphere|field)\b"
)
_SPHERE_WORDS = " sphere field security сфере области безопасности sfere oblasti bezopasnosti"
YEAR_WORDS = "year году года год godu goda god"
# Being among a group's parts ("which councils are part of the CIS", "какие органы входят в состав
# СНГ", "какие советы есть"): the verb names no body. Not stop words, as the holding words below.
_MEMBER_WORDS = " member members члены членами участники участниками chleny uchastniki"
MEMBERSHIP_WORDS = (
    " part parts belong belongs exist exists existing входят входит входящих составе состав относятся"
    " имеются существуют действуют есть vkhodyat sostav sostave otnosyatsya"
)
# The kind words of bodies' names, by their tokens, and the label a list of bodies so named is
# given ("list the councils" -> "Councils: 20"; wording in bot.present).
_BODY_KIND_LABELS = {
    token: label
    for label, words in (
        ("councils", "council councils совет советы sovet"),
        ("committees", "committee committees комитет комитеты komitet"),
        ("commissions", "commission commissions комиссия комиссии komissiya"),
        ("centres", "centre centres center centers центр центры tsentr"),
        ("conferences", "conference conferences конференция конференции"),
        ("bureaus", "bureau bureaus бюро"),
        ("departments", "department departments департамент департаменты"),
    )
    for token in text_tokens(words)
}
# Holding a meeting ("сколько заседаний провели"): the verb names no meeting. Not stop words: their
# stems must stay in the index, or other forms of the verb would be "corrected" to unrelated words.
HOLDING_WORDS = (
    " held hold holding провели провёл провела проведено проведены проводились проводилось проводили проводит проводят"
    " состоялось состоялись proveli provedeno provodilis"
    # what is still to come: "где пройдёт следующая встреча", "когда состоится"
    " пройдет пройдёт пройдут состоится состоятся projdet proydet sostoitsya"
)
# A speaking verb: a person it names attributes a list ("documents Klemez said were planned").
_SAYS = re.compile(
    r"\bsaid\b|\bsays?\b|\baccording to\b|\bmention(?:ed)?\b|\bсказал\w*|\bзаявил\w*|\bпо словам\b|\bупомянул\w*"
    r"|\bskazal\w*|\bzayavil\w*|\bpo slovam\b"
    # Naming and listing are saying too ("which documents did Trefilov name / list", "какие договоры
    # упоминал Клемез", "какие документы он перечислил"): the documents of the record of his words.
    r"|\b(?:named?|names|list(?:ed|s)?|cited?|cites|mentions|referred to)\b|\bупомина\w*|\bназва\w*|\bназыва\w*"
    r"|\bперечисл\w*|\bговорил\w*|\bрассказ\w*|\bupomina\w*|\bupomyan\w*|\bnazva\w*|\bnazyva\w*|\bperechisl\w*"
    r"|\bgovoril\w*|\brasskaz\w*"
)
# Each headline figure added into such a total must match the question at least this well.
STATED_PART_AT = 0.35
# A state named after one of these is where meetings were held ("в России", "in Kazakhstan");
# otherwise it is who took part ("на каких мероприятиях был Кыргызстан", "meetings Russia went to").
PLACE_PREPOSITIONS = frozenset({"in", "at", "inside", "within", "в", "во", "v", "vo"})
# Verbs of hosting: "which meetings did Russia host / hold / organise".
HOSTED = re.compile(
    r"\bhost\w*|\bhold\b|\bheld by\b|\borgani[sz]\w*|\bterritor\w*|\bпровел\w*|\bпровод(?:ил|ит)\w*|\bорганизова\w*"
    r"|\bтерритори\w*|\bprovel\w*|\bprovodil\w*"
    # "какие встречи принимала Россия": to receive a meeting is to host it ("принимала участие" is
    # taking part)
    r"|\bпринима(?:л|ла|ло|ли|ет|ют)\b(?!\s+участи)|\bпринимающ\w*|\bprinima(?:l|la|li|et)\b(?!\s+uchasti)"
)
WORD = re.compile(r"\w+")
# Verbs of holding a meeting of one's own: "which meetings did the council hold", "какие заседания
# провёл / проводил совет".
_HELD_BY = re.compile(
    r"\b(?:hold|held|holds|convene[ds]?|organi[sz]e[ds]?)\b|\bпров[её]л\w*|\bпроводил\w*|\bорганизова\w*"
    r"|\bprov[eo]l\w*|\bprovodil\w*"
)
# Words that leave out the place named right after them: "outside Moscow", "кроме Москвы", "не в Москве".
_EXCLUDING_PREPOSITIONS = frozenset(
    {"outside", "except", "excluding", "besides", "beyond", "кроме", "помимо", "вне", "пределами", "krome", "vne"}
)
# "не в Москве", "not in Russia": a preposition of place after a negation leaves the place out too.
_IN_PREPOSITIONS = frozenset({"в", "во", "in", "v"})
_NEGATIONS = frozenset({"не", "not", "ne"})


# Kinds of document a question may name ("programmes", "concept").
DOCUMENT_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("programme", re.compile(r"\bprogram\w*|\bпрограмм\w*")),
    ("concept", re.compile(r"\bconcepts?\b|\bконцепци\w*|\bkontseptsi\w*")),
    ("treaty", re.compile(r"\btreat(?:y|ies)\b|\bagreements?\b|\bдоговор\w*|\bсоглашени\w*|\bdogovor\w*")),
    ("statement", re.compile(r"\bstatements?\b|\bзаявлени\w*|\bzayavleni\w*")),
    ("decision", re.compile(r"\bdecisions?\b|\bрешени[йяе]\b")),
    ("protocol", re.compile(r"\bprotocols?\b|\bпротокол\w*")),
    ("report", re.compile(r"\breports?\b|\bотчет\w*|\bдоклад\w*|\botchet\w*")),
]


def _meeting_kind(intent: Intent) -> str | None:
    """The one kind of meeting a list question's kind words name ("summits"), or None ("meetings",
    or "meetings and summits": every kind is asked for)."""
    if intent.list_kind != "meeting" or not intent.kind_words:
        return None
    kinds = {kind for word in intent.kind_words for kind, pattern in _MEETING_KIND_WORDS if pattern.match(word)}
    if len(kinds) != 1 or len(intent.kind_words) != 1:
        return None
    return kinds.pop()


# Which named entities can narrow which kind of list.
_FILTERS_FOR: dict[str, set[str]] = {
    "meeting": {"place", "state", "body", "organisation", "person"},
    "document": {"place", "state", "body"},
}

_CATEGORY_KIND: dict[type, set[str]] = {
    Body: {"sectoral", "specialised"},
    Organisation: {"international", "basic_organisation"},
}


def _keep_meeting(
    kb: KnowledgeBase, m: Meeting, intent: Intent, filters: dict[str, list[str]], today: date, attended: bool = False
) -> bool:
    d = meeting_date(m)
    if intent.years and (d is None or d.year not in intent.years):
        return False
    if intent.upcoming and not _is_upcoming(m, today):
        return False
    if filters["place"]:
        country = kb.country_of_place(m.place) if m.place else None
        if m.place not in filters["place"] and country not in filters["place"]:
            return False
    for state in filters["state"]:
        # "Which meetings did Azerbaijan attend" asks who took part; "meetings held in
        # Kazakhstan" where they were held (nearly every meeting has most states taking part).
        if attended:
            if state not in m.participants.states:
                return False
        elif m.place is None or kb.country_of_place(m.place) != state:
            return False
    for body in filters["body"]:
        if m.body != body and body not in m.participants.bodies:
            return False
    for org in filters["organisation"]:
        if org not in m.participants.organisations:
            return False
    return all(any(p.person == person for p in m.participants.people) for person in filters["person"])


def _is_upcoming(m: Meeting, today: date) -> bool:
    """Not yet past at the precision the date is known (a meeting "in October" is upcoming all October)."""
    d = meeting_date(m)
    if d is None:
        return m.status == "planned"
    known = (d.year, d.month or 12, d.day or 31)
    return known >= (today.year, today.month, today.day)


def _document_in_years(doc: Document, years: list[int], adopted: bool = False) -> bool:
    d = meeting_date(doc)
    if d is not None and d.year in years:
        return True
    if adopted and d is not None:
        return False
    start, end = doc.period_start, doc.period_end
    return any((start or end or 0) <= y <= (end or start or 0) for y in years if start or end)


def list_verdict(engine: Engine, parsed: Parsed, base: Verdict, today: date) -> Verdict | None:
    intent = parsed.intent
    kind = intent.list_kind
    if kind is None:
        return None
    if not (intent.list_cue or intent.question == "count" or intent.upcoming) and SPEECH.search(parsed.text.lower()):
        # "О чём рассказал Трефилов участникам заседания": what was said, asked of a meeting
        # whose genitive reads like a plural; no list word asks for a list.
        return None
    top = parsed.hits[0] if parsed.hits else None
    if (
        not (intent.list_cue or intent.question == "count" or intent.upcoming)
        and top is not None
        and engine.kb.kind(top.entity) == "meeting"
        and top.score >= ANSWER_AT
        and top.name_cover >= 0.8
    ):
        # "Где проходили учения «Содружество-Антитеррор-2025»": one event named in full, its
        # kind word part of the name; no list word asks for a list.
        return None
    if (
        intent.question in ("when", "where")
        and not intent.list_cue
        and top is not None
        and engine.kb.kind(top.entity) == "meeting"
        and top.score >= ANSWER_AT
        and (top.name_cover >= 0.8 or (top.name_cover >= 0.6 and not NEXT.search(parsed.text.lower())))
    ):
        # "Where will the Commonwealth-Antiterror 2025 exercises take place?": the future tense
        # of one event named asks its place, not the meetings still to come ("the next one" does).
        return None
    if kind == "document" and (intent.list_cue or intent.question in ("count", "outcomes")):
        adopted = documents_of_meeting(engine, parsed, base)
        if adopted is not None:
            return adopted
    filters = asked_filters(engine, parsed)
    if filters is None:
        return None
    # A headline figure from the sources beats our own count ("20 meetings were held in 2025").
    # A figure counts the whole group, not the part its names single out.
    # Nor does a figure of all meetings count the summits or the exercises among them.
    stated_ok = "name_words" not in filters and _meeting_kind(intent) is None
    if stated_ok and intent.question == "count" and len(intent.categories) >= 2:
        # "How many bodies, sectoral and specialised": one headline figure per category, added
        # (the answer shows each part, so "how many of each" is answered too).
        figures = [
            fact
            for hit in parsed.hits[:4]
            if hit.score >= STATED_PART_AT
            and isinstance(fact := engine.kb.entities[hit.entity], Fact)
            and fact.number is not None
        ]
        if len(figures) != len(intent.categories) and kind == "body":
            # "if you add up the sectoral and the specialised ones": the words of adding push
            # the figures' own scores down; each category's headline figure is still its count.
            by_category = category_figures(engine)
            figures = [by_category[c] for c in intent.categories if c in by_category]
        if len(figures) == len(intent.categories):
            return _stated_sum(engine, base, figures)
    if stated_ok and intent.question == "count" and kind == "body" and not intent.categories:
        # "Сколько органов безопасности в СНГ": the sources count the bodies of the sphere by
        # category (16 sectoral, 3 specialised); their sum, not every body the knowledge base knows.
        figures = list(category_figures(engine).values()) if not any(filters.values()) and not intent.years else []
        if len(figures) >= 2:
            return _stated_sum(engine, base, figures)
    if stated_ok and intent.question == "count":
        yearly = _yearly_counts(engine, kind) if kind == "meeting" and intent.years and not any(filters.values()) else []
        asked = [fact for fact in yearly if fact.year in intent.years]
        if len(asked) == 1:
            # "сколько заседаний провели органы СНГ в 2025": the sources' figure for that year,
            # however low the year's other facts push it in the search.
            base.kind, base.answered, base.focus = "count", True, [asked[0].id]
            base.attribute, base.value, base.sources = "stated", asked[0].number, list(asked[0].sources)
            base.caveats = caveats_for(asked[0], "count")
            return base
        if len(yearly) == 1 and not asked and len(intent.years) == 1:
            # "… в 2024 году": the sources count only another year; that figure is the nearest
            # record, not a count of zero.
            base.kind, base.answered, base.intent = "not_recorded", True, "not_recorded"
            base.reason = "year"
            base.value = {"year": intent.years[0], "nearest": yearly[0].id, "figure": True}
            base.filters = {"years": list(intent.years)}
            base.alternatives = [yearly[0].id]  # the nearest record, not the answer: no focus
            base.sources = list(yearly[0].sources)
            return base
        for hit in parsed.hits[:3]:
            fact = engine.kb.entities[hit.entity]
            # A figure for another year than the one asked is no answer ("в 2024 году": the 2025 figure).
            other_year = bool(intent.years) and isinstance(fact, Fact) and fact.year not in (None, *intent.years)
            # A year's count of meetings is no count of documents or bodies ("сколько документов
            # приняли в прошлом году": not "20 meetings were held").
            other_kind = kind not in (None, "meeting") and isinstance(fact, Fact) and fact in _yearly_counts(engine, "meeting")
            if isinstance(fact, Fact) and fact.number is not None and hit.score >= ANSWER_AT and not other_year and not other_kind:
                base.kind, base.answered, base.focus = "count", True, [fact.id]
                base.attribute, base.value, base.sources = "stated", fact.number, list(fact.sources)
                base.caveats = caveats_for(fact, "count")
                return base
    if (
        kind == "body"
        and intent.question != "count"
        and not intent.categories
        and not filters["body"]
        and "name_words" not in filters
        and _SPHERE_PHRASE.search(parsed.text.lower())
    ):
        # "какие органы входят в состав СНГ в сфере безопасности": the sources' bodies of that
        # sphere are the sectoral and the specialised ones, not every body they name.
        intent = replace(intent, categories=["sectoral", "specialised"])
    absent = _absent_states(engine, parsed, filters) if kind == "meeting" and len(filters["state"]) >= 2 else []
    excluded = excluded_places(engine, parsed, filters) if kind == "meeting" else []
    attended = kind == "meeting" and (intent.question == "participants" or _attended(engine, parsed, filters))
    ids = _select(engine, kind, intent, filters, today, attended)
    if absent:
        # "Which meetings did Azerbaijan attend but not Turkmenistan?": of the meetings with a list of
        # states, those that list the first and not the other (a meeting with no list says neither).
        meetings = [engine.kb.entities[i] for i in ids]
        ids = [
            m.id
            for m in meetings
            if isinstance(m, Meeting)
            and m.participants.states
            and not set(absent) & set(m.participants.states)
            # the host of a meeting is never listed among the delegations that came to it
            and not (m.place and engine.kb.country_of_place(m.place) in absent)
        ]
        filters["absent_state"] = absent
    if excluded:
        ids = [i for i in ids if getattr(engine.kb.entities[i], "place", None) not in excluded]
    ids = _first_or_last(engine, parsed, _of_meeting_kind(engine, intent, ids))
    if kind == "document" and ids and _SAYS.search(parsed.text.lower()):
        # "which programmes did Trefilov mention?": the documents of the record of his words, not
        # every document of the knowledge base.
        speakers = [h.entity for h in parsed.hits[:3] if says_who(engine, parsed, h)]
        own = set(engine.kb.entities[speakers[0]].sources) if len(speakers) == 1 else set()
        ids = [i for i in ids if own & set(engine.kb.entities[i].sources)] or ids
    said = said_match.said_instead(engine, parsed, base) if not ids else None
    if said is not None:
        return said
    if kind == "meeting" and len(filters["body"]) == 1 and not attended:
        unheld = unheld_meetings(engine.kb, parsed.text, base, filters["body"][0], ids)
        if unheld is not None:
            return unheld
        if _HELD_BY.search(parsed.text.lower()):
            # "Какие заседания проводил СМВД?": its own meetings, not those where its working
            # structures only took part (the XVIII counter-terrorism meeting).
            body = filters["body"][0]
            ids = [i for i in ids if getattr(engine.kb.entities[i], "body", None) == body] or ids
    base.answered = True
    base.intent = f"list:{kind}"
    base.kind = "count" if intent.question == "count" else "list"
    base.attribute = kind
    base.items = ids
    base.value = len(ids) if base.kind == "count" else None
    base.filters = {key: value for key, value in filters.items() if value}
    if intent.years:
        base.filters["years"] = list(intent.years)
    if intent.until:
        base.filters["until"] = intent.until
    if intent.upcoming:
        base.filters["upcoming"] = today.isoformat()
    if intent.categories:
        base.filters["categories"] = list(intent.categories)
    base.sources = list(dict.fromkeys(s for i in ids[:MAX_LISTED] for s in engine.kb.entities[i].sources))
    if kind == "state" and not base.filters and ids and (
        _MEMBERS_ASKED.search(parsed.text.lower()) or not engine._cis_words.isdisjoint(parsed.query.tokens)
    ):
        # "How many countries are CIS members?": the states the sources name, not a total they give.
        base.caveats = [Statement(*_NO_MEMBER_TOTAL, "cis")]
    if not ids and intent.upcoming and kind == "meeting":
        silent = no_meetings_ahead(engine.kb, base, filters["body"][0]) if len(filters["body"]) == 1 else None
        if silent is not None:
            return silent
        base.reason = "none_upcoming"
        wanted = _meeting_kind(intent)
        dated = [
            m
            for m in engine.kb.of_kind("meeting")
            if isinstance(m, Meeting) and m.date and (wanted is None or m.kind == wanted)
        ]
        if dated:
            latest = max(dated, key=lambda m: PartialDate.parse(m.date or "").sort_key())
            base.alternatives = [latest.id]
            base.sources = list(latest.sources)
    elif not ids and intent.years and kind == "meeting":
        # Nothing in the year asked ("в 2026 году"): the latest meeting before it says how far
        # the sources reach.
        start = (min(intent.years), 0, 0)
        earlier = [i for i, key in engine.kb.date_key.items() if key < start and engine.kb.kind(i) == "meeting"]
        if earlier:
            latest_id = max(earlier, key=lambda i: engine.kb.date_key[i])
            base.alternatives = [latest_id]
            base.sources = list(engine.kb.entities[latest_id].sources)
        if intent.question == "count":
            # "How many meetings in 2024" (the sources count only 2025's): their figure for
            # another year is what is recorded, given beside the "none".
            figures = [
                fact
                for hit in parsed.hits[:3]
                if isinstance(fact := engine.kb.entities[hit.entity], Fact)
                and fact.number is not None
                and fact.year is not None
                and hit.score >= GUESS_AT
            ]
            if figures:
                base.alternatives = [figures[0].id]
                base.sources = list(figures[0].sources)
    return base


def _yearly_counts(engine: Engine, kind: str) -> list[Fact]:
    """The figures the sources give of ``kind`` in a year ("In 2025, 20 meetings were held"):
    facts with a number and a year whose name holds the kind's word."""
    return [
        fact
        for fact in engine.kb.of_kind("fact")
        if isinstance(fact, Fact)
        and fact.number is not None
        and fact.year is not None
        and f"~{kind}" in engine.index.fold_synonyms(text_tokens(fact.name.get("en")))
    ]


def _stated_sum(engine: Engine, base: Verdict, figures: list[Fact]) -> Verdict:
    """One headline figure per category, added; the answer shows each part."""
    base.kind, base.answered, base.focus = "count", True, [fact.id for fact in figures]
    base.attribute, base.value = "stated_sum", sum(fact.number or 0 for fact in figures)
    base.filters = {"parts": {fact.id: fact.number for fact in figures}}
    base.sources = list(dict.fromkeys(s for fact in figures for s in fact.sources))
    base.intent = "count:stated_sum"
    return base


def category_figures(engine: Engine) -> dict[str, Fact]:
    """Headline figures that count one category of bodies and name each of them (the 16
    sectoral bodies, the 3 specialised ones), by category."""
    figures: dict[str, Fact] = {}
    for fact in engine.kb.of_kind("fact"):
        if not isinstance(fact, Fact) or not fact.number:
            continue
        bodies = [engine.kb.entities[i] for i in fact.related if isinstance(engine.kb.entities.get(i), Body)]
        categories = {getattr(body, "category", None) for body in bodies}
        if len(bodies) == fact.number and len(categories) == 1:
            figures[str(categories.pop())] = fact
    return figures


def documents_of_meeting(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "Which documents were approved at the Dushanbe summit": the documents recorded as adopted
    at the one meeting the question names (those of one kind are listed by timeline)."""
    meetings = meeting_names.named_meetings(engine, parsed)
    if len(meetings) != 1:
        return None
    meeting_id = meetings[0][0]
    ids = list(engine.kb.documents_by.get(meeting_id, []))
    text = prepare(parsed.text)
    # "Какие программы и концепции одобрили": every kind the question names.
    asked = {kind for kind, pattern in DOCUMENT_KINDS if pattern.search(text)}
    if asked:
        ids = [i for i in ids if getattr(engine.kb.entities[i], "kind", None) in asked]
    if not ids:
        return None
    base.answered = True
    base.intent = "list:document"
    base.kind = "count" if parsed.intent.question == "count" else "list"
    base.attribute = "document"
    base.items = ids
    base.value = len(ids) if base.kind == "count" else None
    base.focus = [meeting_id]
    base.filters = {"meeting": [meeting_id]}
    base.sources = list(dict.fromkeys(s for i in [meeting_id, *ids] for s in engine.kb.entities[i].sources))
    return base


def says_who(engine: Engine, parsed: Parsed, hit: Hit) -> bool:
    """Whether ``hit`` is the person a list is attributed to: named, or named by his post alone
    ("which programmes did the deputy secretary-general mention?": the one person found, first,
    his alias only partly covered)."""
    if engine.kb.kind(hit.entity) != "person":
        return False
    if hit.name_cover >= 0.85:
        return True
    people = [h for h in parsed.hits[:5] if engine.kb.kind(h.entity) == "person" and h.score >= GUESS_AT]
    return hit is parsed.hits[0] and people == [hit] and hit.name_cover >= 0.5 and hit.score >= ANSWER_AT - 0.1


def asked_filters(engine: Engine, parsed: Parsed) -> dict[str, list[str]] | None:
    """Entities that narrow a list (a place, a state, a body...) or None if the question is
    about something more specific than a list."""
    query, intent = parsed.query, parsed.intent
    filters: dict[str, list[str]] = {
        "place": [],
        "state": [],
        "body": [],
        "organisation": [],
        "person": [],
    }
    covered: set[int] = set()
    chosen: dict[str, set[int]] = {}  # each filter taken and the query positions its name covers
    usable = _FILTERS_FOR.get(intent.list_kind or "", set())
    for hit in parsed.hits:
        kind = engine.kb.kind(hit.entity)
        # A filter must be named by the question, not merely resemble it, and must be one
        # that narrows this kind of list ("countries at the St Petersburg meeting" is not a
        # list of states filtered by a city: it is a question about that meeting).
        named = all(query.matches[i] and query.matches[i][0][1] >= 0.8 for i in hit.name_tokens)
        if kind in usable and hit.name_cover >= 0.85 and hit.name_tokens and named:
            # "RATS SCO": the SCO's name inside a longer name the question gives is no second filter.
            if any(hit.name_tokens < positions for positions in chosen.values()):
                continue
            for entity_id, positions in list(chosen.items()):
                if positions < hit.name_tokens:
                    filters[engine.kb.kind(entity_id)].remove(entity_id)
                    del chosen[entity_id]
            filters[kind].append(hit.entity)
            chosen[hit.entity] = set(hit.name_tokens)
            covered |= hit.name_tokens
        elif kind == "person" and says_who(engine, parsed, hit) and named and _SAYS.search(parsed.text.lower()):
            # "documents Klemez said were planned": who said it attributes the list, it does not narrow it.
            covered |= hit.name_tokens
    # Only a state's part in meetings makes these words "who and how": elsewhere they may be the subject.
    taking_part = TAKING_PART_WORDS if intent.list_kind == "meeting" and filters["state"] else ""
    if intent.list_kind == "meeting" and len(filters["state"]) >= 2:
        # "attended by Azerbaijan but not Turkmenistan", "посетил Туркменистан без Азербайджана": a state left out
        taking_part += " but without без bez посетил посетила посетили посещал posetil posetila posetili visited"
    if intent.list_kind == "meeting" and (filters["place"] or filters["state"]):
        # "outside Moscow", "outside Russia" narrows, it asks nothing else
        taking_part += " " + " ".join(_EXCLUDING_PREPOSITIONS)
    category_tokens = set(
        text_tokens(" ".join(intent.categories) + _LIST_STATUS_WORDS + _AMONG_WORDS + _ORDER_WORDS + taking_part)
    ) | {
        "otrasl",
        "specializirovan",
    }
    if len(intent.categories) >= 2 and intent.question == "count":
        category_tokens |= set(text_tokens(_SUM_WORDS))
    if {"sectoral", "specialised"} & set(intent.categories):
        # "sectoral cooperation bodies" is the sources' name of the category, not a word of names
        # (and "а специализированных?" after it is asked in its words)
        category_tokens |= set(text_tokens("cooperation сотрудничества sotrudnichestva"))
    if intent.categories and not _SPHERE.isdisjoint(query.tokens) and not _SECURITY.isdisjoint(query.tokens):
        # "sectoral bodies in the security sphere": the sources' categories are of that sphere,
        # its words name no entry ("Sphere of Forensic Expert Activity" is not what is asked)
        category_tokens |= (_SPHERE | _SECURITY) & set(query.tokens)
    elif {"sectoral", "specialised"} & set(intent.categories) and not _SECURITY.isdisjoint(query.tokens):
        # "sectoral bodies in security", "specialised security bodies": every body of the two
        # categories is one of the security sphere, the word narrows none of them by name.
        category_tokens |= _SECURITY & set(query.tokens)
    if intent.categories and intent.list_kind in _GROUP_NOUNS and (intent.list_cue or intent.question == "count"):
        # "among the 16 bodies in the security sphere": the group's own words, its size apart
        category_tokens |= set(text_tokens(_GROUP_NOUNS[intent.list_kind]))
        if _SPHERE_PHRASE.search(parsed.text.lower()):
            category_tokens |= set(text_tokens(_SPHERE_WORDS))
    if intent.list_kind == "meeting" and not filters["body"]:
        # "заседания органов СНГ в сфере безопасности": the bodies as a whole held them all;
        # no body's name is asked.
        category_tokens |= set(text_tokens(_GROUP_NOUNS["body"] + _SPHERE_WORDS + HOLDING_WORDS))
    if intent.list_kind == "body" and intent.list_cue and not filters["body"] and not intent.categories:
        # "какие органы входят в состав СНГ в сфере безопасности": every body is of the CIS and
        # of that sphere; being part of it narrows none.
        category_tokens |= set(text_tokens(_GROUP_NOUNS["body"] + _SPHERE_WORDS + MEMBERSHIP_WORDS))
        category_tokens |= engine._cis_words
    if intent.list_kind == "state" and not any(filters.values()):
        # "How many states are in the CIS?", "сколько стран входит в СНГ": every state the
        # sources name is a CIS member state, so being in the CIS narrows none of them.
        category_tokens |= engine._cis_words | set(text_tokens(MEMBERSHIP_WORDS + _MEMBER_WORDS))
    if intent.until or any(YEAR_TOKEN.match(token) for token in query.tokens):
        category_tokens |= set(text_tokens(YEAR_WORDS))  # "в 2025 году": the year's own word
    if (
        intent.list_kind == "meeting"
        and intent.kind_words
        and intent.question in ("when", "where")
        and sum(h.name_query_cover >= 0.9 and engine.kb.kind(h.entity) == "meeting" for h in parsed.hits[:4]) >= 2
    ):
        # "when were the meetings in Moscow": the plural kind word asks for the list, it is no
        # name left unexplained ("meetings" is the synonym group "~meeting" once searched), when
        # several meetings answer the question alike; one named ("the Commonwealth-Antiterror
        # exercises") is asked alone.
        kind_tokens = text_tokens(" ".join(intent.kind_words))
        category_tokens |= set(kind_tokens) | set(engine.index.fold_synonyms(kind_tokens))
    total = sum(query.weights) or 1.0
    residual = 0.0
    # Only a part of a category asked for as a list or a count ("which coordination councils are
    # among the sectoral bodies"): elsewhere "council" is part of one entry's name.
    by_name = (
        intent.list_kind in _NAMED_BY_WORDS
        and bool(intent.categories)
        and (intent.list_cue or intent.question == "count")
    )
    rest: list[int] = []
    generic_rest: list[int] = []
    numbers = 0.0
    for i, tok in enumerate(query.tokens):
        if i in covered or YEAR_TOKEN.match(tok) or tok in category_tokens:
            continue
        if by_name and _NUMBER_TOKEN.match(tok):
            numbers += query.weights[i]  # the group's size, if its names narrow it; else a residue
            continue
        if by_name and tok in engine._generic and _names_entries(engine, intent.list_kind or "", tok):
            generic_rest.append(i)  # "interstate councils": a generic word that narrows by name
            continue
        # a category word typed short ("specialsed" -> "special") is still the category
        if tok in engine._generic or any(
            tok.startswith(c) or (len(tok) > 5 and c.startswith(tok)) for c in category_tokens if len(c) > 5
        ):
            continue
        rest.append(i)
        residual += query.weights[i]
    if by_name and (rest or generic_rest):
        # "in this sphere", "в этой сфере": a word after a demonstrative points back at the
        # domain the question is about, not at a word of some entries' names.
        pointed = _after_demonstrative(parsed)
        rest = [i for i in rest if query.tokens[i] not in pointed]
        generic_rest = [i for i in generic_rest if query.tokens[i] not in pointed]
    if by_name and (rest or generic_rest):
        # A generic word names entries only when nothing else in the question does.
        # A synonym group ("~meeting", "~cis") is no word of a name.
        own = [i for i in rest if not query.tokens[i].startswith("~")]
        if rest and not own:
            # Beside a synonym group ("~cis") a generic word names entries only as the word
            # right before the kind word ("межгосударственных советов"), not in a phrase
            # about the group ("in security", "в сфере безопасности").
            qualifiers = _kind_qualifiers(engine, parsed)
            generic_rest = [i for i in generic_rest if query.tokens[i] in qualifiers]
        if intent.categories and own:
            # "в списке Исполкома ... межгосударственными советами": a word that names no entry
            # of the category asked names the list's keeper, not a part of the list.
            by_category: dict[bool, list[frozenset[str]]] = {True: [], False: []}
            for entity_id, named_by in _name_words(engine, intent.list_kind or "").items():
                by_category[getattr(engine.kb.entities[entity_id], "category", None) in intent.categories].append(named_by)
            own = [
                i
                for i in own
                if any(query.tokens[i] in named_by for named_by in by_category[True])
                or not any(query.tokens[i] in named_by for named_by in by_category[False])
            ]
        words = [query.tokens[i] for i in own or generic_rest if not query.tokens[i].startswith("~")]
        if words and all(_names_entries(engine, intent.list_kind or "", word) for word in words):
            # "Which coordination councils are among the sectoral bodies": the words of their names.
            filters["name_words"] = words
            return filters
    if not by_name and intent.list_kind == "body" and intent.kind_words and (intent.list_cue or intent.question == "count"):
        # "How many interstate councils are there", "какие координационные советы есть": the word
        # right before the kind word narrows by name (not "CIS councils": every name has it),
        # when it is all the question says besides.
        every_body = set(text_tokens(_GROUP_NOUNS["body"]))
        named_kinds = {word.lower(): token for word in intent.kind_words if (token := _names_body(engine, word)) and token not in every_body}
        kind_names = list(dict.fromkeys(named_kinds.values()))
        words = WORD.findall(parsed.text.lower().replace("ё", "е"))
        qualifiers = {
            token
            for before, word in pairwise(words)
            if word in named_kinds
            for token in text_tokens(before)
            if token not in engine._cis_words and _names_entries(engine, "body", token)
        }
        if qualifiers and kind_names and all(query.tokens[i] in qualifiers for i in rest):
            filters["name_words"] = sorted(qualifiers) + kind_names
            filters["asked_as"] = [_BODY_KIND_LABELS[token] for token in kind_names if token in _BODY_KIND_LABELS]
            return filters
    residual += numbers
    if residual / total > 0.3:
        return None
    if not by_name and intent.list_kind == "body" and intent.list_cue and intent.kind_words:
        # "list the councils", "какие советы есть в СНГ": the kind word is a word of some bodies'
        # names, not every body ("bodies", "органы" are every body).
        every = set(text_tokens(_GROUP_NOUNS["body"]))
        name_tokens = [token for word in intent.kind_words if (token := _names_body(engine, word)) and token not in every]
        if name_tokens:
            filters["name_words"] = name_tokens
            # The list is labelled as asked ("Councils: 20"), not "Bodies".
            filters["asked_as"] = [_BODY_KIND_LABELS[token] for token in name_tokens if token in _BODY_KIND_LABELS]
    return filters


# "that" is left out: it is far more often a conjunction ("the bodies that deal with ...").
_DEMONSTRATIVES = frozenset(
    {"this", "these", "those", "этой", "этом", "эта", "этот", "эти", "этих", "данной", "данном", "данная", "данный"}
    | {"etoy", "etoi", "etom", "eta", "etot", "eti", "etih", "etikh", "dannoy", "dannoi", "dannom"}
)


def _after_demonstrative(parsed: Parsed) -> set[str]:
    """The tokens of the words written right after a demonstrative ("this sphere", "этой сфере")."""
    words = WORD.findall(parsed.text.lower().replace("ё", "е"))
    if not _DEMONSTRATIVES.intersection(words):
        return set()
    return {token for before, word in pairwise(words) if before in _DEMONSTRATIVES for token in text_tokens(word)}


def _names_body(engine: Engine, word: str) -> str | None:
    """The token of a kind word that is a word of some bodies' names ("councils", "sovetov" typed
    in Latin letters), or None."""
    for token in (*text_tokens(word), russian_reading(word.lower())):
        if token and _names_entries(engine, "body", token):
            return token
    return None


def _kind_qualifiers(engine: Engine, parsed: Parsed) -> set[str]:
    """The tokens of the words written right before a kind word ("interstate councils")."""
    kinds = {word.lower() for word in parsed.intent.kind_words}
    words = WORD.findall(parsed.text.lower().replace("ё", "е"))
    return {token for before, word in pairwise(words) if word in kinds for token in text_tokens(before)}


def _names_entries(engine: Engine, kind: str, token: str) -> bool:
    """Whether some but not all entries of ``kind`` have ``token`` among the words of their names
    (remembered per kind and word: a list question asks it of few words)."""
    key = (kind, token)
    known = engine._names_entries_cache.get(key)
    if known is None:
        if len(engine._names_entries_cache) > 100_000:  # words of questions: bounded
            engine._names_entries_cache.clear()
        named = _name_words(engine, kind)
        having = sum(1 for words in named.values() if token in words)
        known = engine._names_entries_cache[key] = 0 < having < len(named)
    return known


def _name_words(engine: Engine, kind: str) -> dict[str, frozenset[str]]:
    """The words of each entry's names (full, short, aliases) as the index analysed them, per kind."""
    cached = engine._name_cache.get(kind)
    if cached is None:
        index = engine.index
        cached = {
            entity_id: words
            for entity_id, words in zip(index.entities, index.entity_name_tokens, strict=True)
            if engine.kb.kind(entity_id) == kind
        }
        engine._name_cache[kind] = cached
    return cached


def _of_meeting_kind(engine: Engine, intent: Intent, ids: list[str]) -> list[str]:
    """Meetings of the one kind the question's kind word names (summits, exercises), else all."""
    wanted = _meeting_kind(intent)
    if wanted is None:
        return ids
    return [i for i in ids if getattr(engine.kb.entities[i], "kind", None) == wanted]


def _first_or_last(engine: Engine, parsed: Parsed, ids: list[str]) -> list[str]:
    """The first or last few of a chronological list ("the last two meetings"); dated entries
    only, since undated ones cannot be placed (the whole list when it asks for no such part)."""
    asked = _FIRST_OR_LAST.search(prepare(parsed.text))
    if asked is None:
        return ids
    word = asked["count"] or asked["count_before"]
    size = int(word[1:]) if word.startswith("#") else _SMALL_NUMBERS[word]
    dated = sorted((i for i in ids if engine.kb.date_key.get(i)), key=lambda i: engine.kb.date_key[i])
    if size <= 0 or size >= len(dated):
        return dated
    first = bool(asked["first"] or asked["first_after"])
    # Entries dated alike at the cut (both "October 2025") are all kept: neither is earlier.
    edge = engine.kb.date_key[dated[size - 1] if first else dated[-size]]
    if first:
        return [i for i in dated if engine.kb.date_key[i] <= edge]
    return [i for i in dated if engine.kb.date_key[i] >= edge]


def _attended(engine: Engine, parsed: Parsed, filters: dict[str, list[str]]) -> bool:
    """Whether the states a list of meetings names took part rather than hosted: no place
    preposition before the state's name and no verb of hosting."""
    if not filters["state"] or HOSTED.search(parsed.text.lower()):
        return False
    return not _named_after(engine, parsed, filters["state"], PLACE_PREPOSITIONS)


def _named_after(
    engine: Engine, parsed: Parsed, entity_ids: list[str], before: frozenset[str], negated: bool = False
) -> bool:
    """Whether one of the entities' names comes right after one of the words ``before`` (and,
    when ``negated``, that word right after a negation: "не в Москве")."""
    query = parsed.query
    names = {
        query.tokens[i]
        for hit in parsed.hits
        if hit.entity in entity_ids
        for i in hit.name_tokens
        if len(query.tokens[i]) >= 3
    }
    words = WORD.findall(parsed.text.lower())
    for position, word in enumerate(words[1:], start=1):
        if words[position - 1] not in before:
            continue
        # "not in", "not held in", "не в", "не проходили в"
        if negated and not _NEGATIONS.intersection(words[max(0, position - 3) : position - 1]):
            continue
        for token in text_tokens(word):
            # A stem of the name, however the case ending cut it ("России" -> "rosi", "ros").
            if any(token.startswith(name[:3]) and (token.startswith(name) or name.startswith(token)) for name in names):
                return True
    return False


# "… but not Turkmenistan", "но не было Туркменистана", "без Туркменистана": a state said absent
_ABSENT_BEFORE = frozenset({"not", "without", "без", "bez"})
_WAS = frozenset({"было", "был", "была", "были", "bylo", "byl", "byla", "byli"})


def _absent_states(engine: Engine, parsed: Parsed, filters: dict[str, list[str]]) -> list[str]:
    """States a list of meetings asks to be absent from them, taken out of the filters (the others
    must have taken part); none when every state named would be left out."""
    absent = [
        state
        for state in filters["state"]
        if _named_after(engine, parsed, [state], _ABSENT_BEFORE) or _named_after(engine, parsed, [state], _WAS, negated=True)
    ]
    if not absent or len(absent) == len(filters["state"]):
        return []
    filters["state"] = [state for state in filters["state"] if state not in absent]
    return absent


def excluded_places(engine: Engine, parsed: Parsed, filters: dict[str, list[str]]) -> list[str]:
    """Places a list of meetings leaves out ("outside Moscow", "кроме Москвы", "не в Москве"),
    taken out of the filters (the rest still narrows the list)."""
    def left_out(entity_id: str) -> bool:
        return _named_after(engine, parsed, [entity_id], _EXCLUDING_PREPOSITIONS) or _named_after(engine, parsed, [entity_id], _IN_PREPOSITIONS, negated=True
        )

    excluded = [place for place in filters["place"] if left_out(place)]
    filters["place"] = [place for place in filters["place"] if place not in excluded]
    # "не в России", "outside Russia": a state leaves out itself and its cities.
    states = [state for state in filters["state"] if left_out(state)]
    if states:
        filters["state"] = [state for state in filters["state"] if state not in states]
        excluded += states + [
            place.id for place in engine.kb.of_kind("place") if isinstance(place, Place) and place.country in states
        ]
    return excluded


def _select(
    engine: Engine, kind: str, intent: Intent, filters: dict[str, list[str]], today: date, attended: bool = False
) -> list[str]:
    kb = engine.kb
    out: list[tuple[Any, int, str]] = []
    # Meetings named by a place, state, body, organisation or person are found through the
    # derived links instead of a scan of every meeting.
    linked = (
        [set(_meetings_for(engine, key, i, attended)) for key in filters for i in filters[key]]
        if kind == "meeting"
        else []
    )
    allowed = set.intersection(*linked) if linked else None
    if kind == "meeting" and intent.years:
        in_years = set().union(*(kb.meetings_in_year.get(y, ()) for y in intent.years))
        allowed = in_years if allowed is None else allowed & in_years
    candidates = kb.of_kind(kind) if allowed is None else [kb.entities[i] for i in allowed]
    if kind == "document" and filters["body"]:
        # A body's documents through a table made once, not a scan of every document (the
        # other filters are still checked one by one below).
        candidates = [kb.entities[i] for i in documents_of_bodies(engine, filters["body"])]
    # The links already hold every filter but two: upcoming, and taking part (a state is
    # linked to the meetings it hosted too).
    implied = (
        allowed is not None and not intent.upcoming and not (filters["state"] and attended)
    )
    # Dated entries chronologically, undated ones last in the order the files give them.
    for entity in candidates:
        if not implied and not _keep(engine, entity, intent, filters, today, attended):
            continue
        out.append((kb.date_key.get(entity.id) or (9999, 0, 0), kb.position[entity.id], entity.id))
    out.sort()
    return [i for _, _, i in out]


def documents_of_bodies(engine: Engine, bodies: list[str]) -> list[str]:
    """The documents whose own body, or the body of the meeting that adopted them, is one of
    `bodies`: exactly those a body filter keeps (see `_keep`)."""
    table = engine.documents_by_body
    if table is None:
        kb = engine.kb
        table = {}
        for document in kb.of_kind("document"):
            meeting = kb.get(document.meeting) if isinstance(document, Document) and document.meeting else None
            owners = {getattr(document, "body", None), meeting.body if isinstance(meeting, Meeting) else None}
            for body in owners - {None}:
                table.setdefault(str(body), []).append(document.id)
        engine.documents_by_body = table
    return list(dict.fromkeys(i for body in bodies for i in table.get(body, ())))


def _meetings_for(engine: Engine, key: str, entity_id: str, attended: bool) -> list[str]:
    """The meetings a filter can keep: those held there for a place (or a state, unless the
    question asks who took part), those linked to it otherwise."""
    if key == "place" or (key == "state" and not attended):
        return engine.kb.meetings_held_in.get(entity_id, [])
    linked = engine.kb.meetings_by.get(entity_id, [])
    if key == "body" and not attended:
        # "повестка заседания СМВД": the council's own meeting, not one it only attended
        own = [m for m in linked if getattr(engine.kb.get(m), "body", None) == entity_id]
        return own or linked
    return linked


def _keep(
    engine: Engine, entity: Entity, intent: Intent, filters: dict[str, list[str]], today: date, attended: bool = False
) -> bool:
    kb = engine.kb
    if isinstance(entity, Meeting):
        return _keep_meeting(kb, entity, intent, filters, today, attended)
    if isinstance(entity, Document):
        if intent.until and entity.period_end != intent.until:
            return False
        if intent.upcoming and entity.status not in ("planned", "in_preparation"):
            return False  # "documents planned for signature": not those already adopted
        # Adopted in a year ("outcomes"): the year it was adopted, not the years its period covers.
        if intent.years and not _document_in_years(entity, intent.years, adopted=intent.question == "outcomes"):
            return False
        meeting = kb.get(entity.meeting) if entity.meeting else None
        if filters["place"] or filters["state"]:
            # Documents adopted at a meeting held there.
            where = (
                {meeting.place, kb.country_of_place(meeting.place)}
                if isinstance(meeting, Meeting) and meeting.place
                else set()
            )
            if not where & set(filters["place"] + filters["state"]):
                return False
        bodies = {entity.body, meeting.body if isinstance(meeting, Meeting) else None}
        return not filters["body"] or bool(bodies & set(filters["body"]))
    if isinstance(entity, Body | Organisation):
        cats = [c for c in intent.categories if c in _CATEGORY_KIND[type(entity)]]
        words = filters.get("name_words", [])
        if words and not set(words) <= _name_words(engine, engine.kb.kind(entity.id)).get(entity.id, frozenset()):
            return False
        return not cats or entity.category in cats
    return True
