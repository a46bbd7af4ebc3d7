"""Claims: a question that asserts something ("the summit was held in Minsk, right?", "the report
says that …") is answered the usual way, then the answer is checked against the claim.

:func:`as_claim` reads the claim out of a source frame; :func:`confirm` puts yes or no first when
the answer confirms or contradicts what was claimed, and says so when the sources do not
(names the sources do not record, things not said).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from bot.answers import actor_asked, claimant, plan_claim, plan_scope, said_elsewhere
from bot.answers.assertions import (
    ALTERNATIVE_ANY,
    ReadText,
    _clauses,
    _opposed,
    alternatives_in,
    clauses_of,
    constraints,
    distinctive,
)
from bot.answers.checks import HELD_IN, list_size_check
from bot.answers.claimedperiod import other_period, period_of_other, ranged_document
from bot.answers.cues import cued, literal_cue
from bot.answers.mentions import MENTION_COVER, MENTION_SCORE, _not_recorded, _verdict
from bot.answers.question_form import (
    LAST_SENTENCE,
    MONTH_NAMES,
    WH_START,
    is_yes_no,
    latin_tone_question,
    months_named,
    tone_question,
)
from bot.answers.said import DONE, PLAN, SENTENCE_END, TOPIC_YES, asked_clause, best_said, filler_tokens, person_said
from bot.answers.unknown_names import unknown_name_in
from bot.answers.verdict import Verdict
from bot.answers.yesno import PRESENCE, SAYING_RU, SOURCE_FRAME, TOOK_PLACE, find_mentions, located_meeting
from bot.kb.schema import Body, Document, Meeting, PartialDate, Person
from bot.search.text import has_cyrillic
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.search.index import SearchIndex

def _month_held_otherwise(engine: Engine, parsed: Parsed, focus: list[str]) -> list[int] | None:
    """[asked, recorded] when the question says a meeting of the focus was held in a month and the
    meeting's recorded date is in another."""
    if not HELD_IN.search(parsed.text):
        return None
    asked = months_named(parsed.text)
    if not asked:
        return None
    for entity_id in focus[:2]:
        meeting = engine.kb.get(entity_id)
        if isinstance(meeting, Meeting) and meeting.date:
            known = PartialDate.parse(meeting.date).month
            if known is not None and known not in asked:
                return [min(asked), known]
    return None


def _only_a_name(engine: Engine, parsed: Parsed) -> bool:
    """ "ОДКБ?", "Клемез?", "SMVD SNG?": the question is one entry's name and nothing else, asked
    for its card; its tone claims nothing to say "Да" to."""
    tokens = parsed.query.tokens
    top = parsed.hits[0] if parsed.hits else None
    # A decision's or a fact's name is a claim itself ("ШОС — наблюдатель при СНГ?" names the decision).
    return (
        top is not None
        and bool(tokens)
        and set(top.name_tokens) >= set(range(len(tokens)))
        and engine.kb.kind(top.entity) in ("body", "organisation", "person", "state", "place")
    )


# --- a yes/no question answered by another path: its constraints checked against the answer -------

# Share of the question's content weight the answer's own text must hold for an explicit "yes".
CONFIRM_COVER = 0.75
# ... and the share a clause giving another number, month or year must hold to contradict it
# (a card's clause on another event of the same state shares far less).
CONTRADICT_COVER = 0.55

_MONTH_NAMES_CUE = literal_cue([MONTH_NAMES.compiled])  # a look-up of its words before the search

# Words that only frame an assertion ("is it true that ... now", "рассчитана до"): no part of it.
_ASSERTION_FILLER = (
    "true really actually indeed now currently still already meant intended designed supposed exist exists existed"
    # "taken back in 2000": the year is the claim, "back" (as "ещё в 2000 году") only stresses it
    " back"
    " существует существуют существовал имеется имеются"
    # months are checked as constraints, not counted as words
    " january february march april may june july august september october november december"
    " январь января январе февраль февраля феврале март марта марте апрель апреля апреле май мая мае"
    " июнь июня июне июль июля июле август августа августе сентябрь сентября сентябре октябрь октября"
    " октябре ноябрь ноября ноябре декабрь декабря декабре"
    " правда верно действительно теперь сейчас уже ещё еще рассчитана рассчитан рассчитано"
    " pravda verno teper seichas uzhe"
    # "dokladyvala chto-nibud …?": an indefinite "anything" asserts nothing ("что-нибуд" once transliterated)
    " нибудь нибуд nibud nibut"
    # "Как правильно: …, правда?", "is it correct that …": a frame, not a word of the fact
    " правильно pravilno correct correctly"
    # "Does CIS Plus cover associations?": the verb of covering relates the two, the object is the claim
    " cover covers covered covering include includes included encompass encompasses"
    " охватывает охватывают охватывал включает включают включал распространяется ohvatyvaet vklyuchaet"
)
# "…, not just single countries": the contrast names what the claim goes beyond, not what it asserts.
_NOT_JUST = re.compile(r"\b(?:not\s+(?:just|only|merely|simply)|rather\s+than)\b.*|(?<!\w)(?:а\s+)?не\s+только(?!\w).*", re.I)
# The frames whose rest is a whole claim (a clause after "что", "say/state/claim that"), which the
# question asks to be true: "Does the annual report say 25 meetings were held?" asks "Is it true that
# 25 meetings were held?" ("Does it mention the CSTO" names a thing, not a claim: not here).
_CLAIM_FRAME = re.compile(
    rf"^\W*(?:{SAYING_RU}\s+(?:ли|li)\s+)?(?:в|во|v|vo)\s+[^,?!.]{{2,90}}?(?:\s+{SAYING_RU})?\s*,?\s*(?:что|chto)\s"
    r"|^\W*(?:does|did|do)\s+(?:the|this|that|a|an)\s+[^,?!.]{2,60}?\s+(?<!of )(?-i:say|state|claim|write)s?\b(?:\s+that)?\s",
    re.I,
)


def as_claim(question: str) -> tuple[str, str] | None:
    """ "В отчёте говорится, что X?" as "Правда ли, что X?" (in the question's letters and language),
    "Does the report say X?" as "Is it true that X?"; None when the question has no such frame
    or too short a claim; with the frame itself. The frame's words (the report, its publisher)
    would otherwise be searched as part of the claim and find the report itself."""
    frame = _CLAIM_FRAME.match(question)
    if frame is None:
        return None
    claim = question[frame.end() :].strip()
    if len(claim.split()) < 3:
        return None
    if has_cyrillic(frame.group()):
        return f"Правда ли, что {claim}", frame.group()
    if frame.group().lstrip(" \t\"'«").lower().startswith(("does", "did", "do")):
        return f"Is it true that {claim}", frame.group()
    return f"Pravda li, chto {claim}", frame.group()


# Per engine: the filler words as its own parse spells them ("рассчитана" is read as it sounds).
_CONFIRM_FILLER: weakref.WeakKeyDictionary[Engine, set[str]] = weakref.WeakKeyDictionary()


_BRITISH_ISE = re.compile(r"(?<=[a-z]{3})is(?=at|$)")


def _us_spelling(token: str) -> str:
    """A folded word with "-ise" spelt "-ize" ("organis" -> "organiz")."""
    return _BRITISH_ISE.sub("iz", token) if "is" in token else token


def _named_elsewhere(
    engine: Engine, parsed: Parsed, verdict: Verdict, shown: list[str], speakers: Collection[str] = ()
) -> bool:
    """Whether the question names a state, body, organisation or person that the answer neither is,
    lists among a meeting's participants, nor names in what it shows: a "yes" would confirm what
    the answer says of something else. The publisher that says the claim (``speakers``) is none."""
    kb = engine.kb
    own = set(verdict.focus) | set(verdict.items) | set(speakers)
    for entity_id in verdict.focus[:2]:
        meeting = kb.get(entity_id)
        # A fact shown is about the entries it relates ("the CIS Council of Prosecutors" of the
        # Prosecutor General's reforms is the prosecutors general council): those are no other entry.
        own |= set(getattr(meeting, "related", None) or ())
        if isinstance(meeting, Meeting):
            taking_part = meeting.participants
            own |= {*taking_part.states, *taking_part.bodies, *taking_part.organisations, *(x.person for x in taking_part.people)}
    folded: list[str] | None = None
    for hit in parsed.hits:
        # Named in full and in several words: a word shared with the answer's names ("центр",
        # "руководителей") is no naming of another entry.
        if hit.entity in own or hit.score < MENTION_SCORE or hit.name_cover < 0.95 or len(hit.name_tokens) < 2:
            continue
        if kb.kind(hit.entity) not in ("state", "body", "organisation", "person"):
            continue
        if folded is None:
            folded = engine.index.fold_synonyms(text_tokens(" ".join(shown)))
        # The question's words for it side by side in the answer, in any order ("Антитеррористического
        # центра"), not apart ("Lead Units … National Structures" is no "United Nations").
        # British and American spellings are one name: "Organisation" is the record's "Organization".
        wanted = sorted(_us_spelling(parsed.query.tokens[i]) for i in hit.name_tokens)
        width = len(wanted)
        if not any(sorted(map(_us_spelling, folded[i : i + width])) == wanted for i in range(len(folded) - width + 1)):
            return True
    return False


def _answer_texts(engine: Engine, verdict: Verdict, people: set[str], facts: bool = False) -> tuple[list[str], list[str]]:
    """What an answer shows: its main entries' names, and its statements (only those of the
    ``people`` asked about, when any is), or else their descriptions and values."""
    kb = engine.kb
    names: list[str] = []
    statements = [s for s in verdict.statements[:6] if not people or s.speaker in people or s.entity in people]
    texts = [text for s in statements for text in (s.en, s.ru)]
    for entity_id in verdict.focus[:2]:
        entity = kb.get(entity_id)
        if entity is None:
            continue
        names += [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]
        place = kb.get(entity.place) if isinstance(entity, Meeting) and entity.place else None
        if place is not None:
            # "EAG dokladyvala … na vstreche v Moskve?": a meeting's city is part of what names it
            # (its quotes never repeat it).
            names += [place.name.en, place.name.ru]
        if not verdict.statements:
            texts += [entity.description.en, entity.description.ru]
            value = getattr(entity, "value", None)
            if value is not None:
                texts += [value.en, value.ru]
    if facts and not verdict.statements and verdict.focus and isinstance(kb.get(verdict.focus[0]), Document | Body):
        # What the sources record of a report or a body is in its facts too ("the text is to be
        # circulated at the UN" may be a fact, not the description); read for outright yes/no
        # questions only, as each clause costs a reading of its constraints.
        texts += [text for fact in kb.facts_of(verdict.focus[0])[:8] for text in (fact.value.en, fact.value.ru)]
    if isinstance(verdict.value, str):
        texts.append(verdict.value)
    return names, texts


# "Exchanged … practices in countering terrorist threats, including A, B, and C": the frame before
# "including" and one item of the list after it.
_FRAME = re.compile(
    r"^(?P<frame>[^.;]{12,}?)\s*(?:,\s*)?(?:\bincluding\b|\bsuch\s+as\b|\bin\s+particular\b|\bnamely\b|:"
    r"|(?<!\w)в\s+том\s+числе(?!\w)|(?<!\w)включая(?!\w)|(?<!\w)в\s+частности(?!\w))\s*(?P<items>[^.;]+)",
    re.I,
)
_ITEM_END = re.compile(r",\s+(?:and\s+|и\s+|as\s+well\s+as\s+|а\s+также\s+)?")


def _framed_items(texts: list[str]) -> list[str]:
    """Each item of a listed "…, including A, B and C" with its frame: "blocking terrorist content"
    is one of the "practices exchanged" only with the words before "including" (the clauses split
    on ", and" separate them)."""
    found = []
    for text in texts:
        for sentence in SENTENCE_END.split(text):
            match = _FRAME.search(sentence)
            if match is None:
                continue
            items = [item for item in _ITEM_END.split(match.group("items")) if len(item.strip()) > 3]
            if len(items) > 1:
                found += [f"{match.group('frame')} {item}" for item in items]
    return found


# A clause that tells of an intention, not of a thing done.
# A clause that says its subject is not known ("whether it was signed is not known from the sources").
_UNSETTLED = re.compile(
    r"\b(?:not known|unknown|unclear|not clear|not confirmed|whether)\b"
    r"|\b(?:неизвестн|не известн|неясн|не ясн|не подтвержд)\w*|\bли\s+(?:он|она|оно|они)\b",
    re.IGNORECASE,
)
_UNSETTLED_CUE = literal_cue([_UNSETTLED])


# A claim limited by "only": "Was the CIS Plus format meant only for member states?", "Обсуждали только
# миграцию?" ("not only" / "не только" set something aside instead: see _NOT_JUST).
_ONLY = re.compile(
    r"\b(?<!not )(?:only|solely|exclusively|just)\b|(?<!\w)(?<!не )(?:только|лишь|исключительно|tol'?ko|lish)(?!\w)", re.I
)
# "yes/no only", "just yes or no", "только да или нет": the form of the answer asked.
_ANSWER_FORMAT = re.compile(
    r"\b(?:yes\s*(?:/|or)\s*no|да\s*(?:/|или)\s*нет|da\s*(?:/|ili)\s*net)\s+(?:only|just|только|tol'?ko)\b"
    r"|\b(?:only|just|только|tol'?ko)\s+(?:(?:say|answer|ответь\w*|otvet\w*)\s+)?(?:yes\s*(?:/|or)\s*no|да\s*(?:/|или)\s*нет|da\s*(?:/|ili)\s*net)\b",
    re.I,
)
# The yeses an "only" can limit: what was said, discussed, confirmed in a text, who took part.
_ONLY_LIMITS = {"confirmed", "discussed", "stated", "listed", "meetings", "unconfirmed", None}
# Several things in one recorded text: a list by commas, "and", "as well as", "и", "а также".
_SEVERAL_IN = re.compile(r"(?:[,;]|\b(?:and|as well as|along with)\b|(?<!\w)(?:и|а также|также)(?!\w)).{3,}", re.I | re.S)


def confirm(engine: Engine, parsed: Parsed, verdict: Verdict) -> Verdict:
    """:func:`_confirm`, then a yes to a claim limited by "only" checked against what else the
    record holds: the record saying more is a no (with what it says), never a yes to half the claim."""
    checked = _confirm(engine, parsed, verdict)
    # "Is it true the anti-terror programme is for 2027-2029?": two unrecorded years weigh the search
    # down below a guess and the question was declined; the programme its words name has a period.
    declined = checked.kind == "decline" and checked.reason == "out_of_scope"
    if (
        checked.kind in ("card", "quote", "fact", "clarify") and checked.yes is not True and checked.reason in (None, "unsure")
    ) or declined:
        ranged = ranged_document(engine.kb, parsed.hits, parsed.query.tokens, parsed.text, _confirm_filler(engine))
        if ranged is not None:
            # "программу по терроризму приняли на 2025-2027?": no document of that period is
            # recorded; the one asked about has its own, which is said first.
            document, period = ranged
            entity = engine.kb.entities[document]
            if declined and isinstance(entity, Document) and entity.period_start is not None:
                # A range of the programme's own kind asked: "No" with its period, as when found.
                value = {"document": document, "asked": period["asked"], "start": entity.period_start, "end": entity.period_end, "range": True}
                return _verdict(checked, False, "period", [document], value, list(entity.sources))
            return _not_recorded(checked, "constraint", period, [document], list(engine.kb.entities[document].sources))
    if checked.kind in ("card", "quote", "fact") and checked.yes is None and actor_asked.DEED.search(parsed.text) is not None:
        # "Какой доклад представила ФАТФ?": the EAG reported; FATF is named only for its standards.
        checked = actor_asked.refine(engine, parsed, checked, _answer_texts(engine, checked, set(), facts=True)[1])
    if checked.yes is True and isinstance(checked.value, dict) and checked.value.get("headcount"):
        # "Сказано ли, сколько человек присутствовало?": the sources give who was represented, never
        # how many people; the count of states shown is no "yes".
        checked.yes = False
        return checked
    if (
        checked.yes is None
        and checked.grounds in ("host_not_listed", "not_named")
        and _ONLY.search(_ANSWER_FORMAT.sub(" ", parsed.text)) is not None
        and _NOT_JUST.search(parsed.text) is None
        and _more_than_claimed(engine, parsed, checked)
    ):
        # "Did only Russia send a delegation?": whether Russia was there or not, others were.
        checked.yes = False
        return checked
    if checked.yes is not True or _ONLY.search(parsed.text) is None or _NOT_JUST.search(parsed.text) is not None:
        return checked
    if _ONLY.search(_ANSWER_FORMAT.sub(" ", parsed.text)) is None:
        return checked  # "yes/no only": how to answer, no limit on the claim
    if checked.grounds not in _ONLY_LIMITS:
        return checked  # "held only in Moscow?", "only in June?": a place or date is one already
    if _more_than_claimed(engine, parsed, checked):
        checked.yes = False
    else:
        checked.yes, checked.grounds = None, checked.grounds if checked.kind == "yes_no" else "unconfirmed"
    return checked


def _more_than_claimed(engine: Engine, parsed: Parsed, verdict: Verdict) -> bool:
    """Whether the record behind a yes holds more than the one thing an "only" claim allows: other
    participants listed, other items or statements, a recorded text listing several things."""
    kb = engine.kb
    if verdict.grounds in PRESENCE:
        for result in (verdict.value or {}).get("meetings", []):
            if sum((result.get("counts") or {}).values()) > 1:
                return True
    if len(verdict.items) > 1 or len(verdict.statements) > 1:
        return True
    texts = [statement.get(verdict.lang) for statement in verdict.statements]
    if verdict.kind in ("card", "quote", "fact"):
        texts += _answer_texts(engine, verdict, set(), facts=True)[1]
    for entity_id in verdict.focus[:1]:
        entity = kb.entities.get(entity_id)
        if isinstance(entity, Meeting) and len(entity.agenda) + len(entity.participants.states) > 1:
            return verdict.grounds not in ("date", "status", "place")
    return any(_SEVERAL_IN.search(text) for text in texts if text)


def _confirm(engine: Engine, parsed: Parsed, verdict: Verdict) -> Verdict:
    """A yes/no question the usual answer (a card, a quote, a fact) responds to: "yes" when the
    answer's own text holds what the question asserts, every number, month and year included; "no"
    when a number, month or year it asserts is another in the answer (the answer shows the right
    one); otherwise the answer stands as it is, without a yes or a no."""
    unknown = unknown_name_in(engine, parsed, verdict) or _not_said(engine, parsed, verdict)
    if unknown is not None:
        return unknown
    if verdict.kind in ("list", "count") and verdict.items and verdict.yes is None:
        return list_size_check(parsed, verdict, engine)
    if verdict.kind not in ("card", "quote", "fact") or verdict.yes is not None or not verdict.answered:
        return verdict
    if (isinstance(verdict.value, dict) and "relative_to" in verdict.value) or verdict.attribute == "tense":
        return verdict  # "before or after X?", "is it upcoming?": the answer says which, a yes would answer nothing
    text = parsed.text
    if verdict.reason == "not_stated":
        return verdict  # "руководитель АТЦ?": the answer says the sources lack it, which is no yes
    if verdict.attribute == "source" and not is_yes_no(text):
        return verdict  # "источник по 13-му заседанию?": a terse request for the citation, no claim
    if verdict.intent in ("time:earliest", "time:latest") and not is_yes_no(text):
        return verdict  # "первая встреча в 2025 году?": the year scopes the request, claims nothing
    # Any entry shown, not only the first: "Were the drills held in Kazakhstan?" shows the state first.
    shown = [engine.kb.entities.get(entity) for entity in verdict.focus[:3]]
    if any(isinstance(one, Meeting) and one.status == "planned" for one in shown) and TOOK_PLACE.search(text):
        return verdict  # "Has the exercise taken place?": recorded only as planned, no yes
    yes_no = is_yes_no(text) or ((tone_question(text) or latin_tone_question(parsed)) and not _only_a_name(engine, parsed))
    if not yes_no and not (parsed.intent.years or (_MONTH_NAMES_CUE(text) and MONTH_NAMES.search(text))):
        return verdict  # nothing asserted to check: the usual answer stands (and costs nothing more)
    # "Did Klemez speak about X": only what Klemez said can make it a yes.
    people = {
        h.entity
        for h in parsed.hits
        if engine.kb.kind(h.entity) == "person" and h.score >= MENTION_SCORE and h.name_cover >= MENTION_COVER
    }
    names, texts = _answer_texts(engine, verdict, people, facts=is_yes_no(text))
    if not names and not texts:
        return verdict
    # Each clause with the entries' names: the best covered one decides.
    # Each clause with the entries' names: one holding it all confirms; one about it (most of the
    # words) giving another number, month or year contradicts.
    confirmed = False
    only_planned = unsettled = False
    wrong: dict[str, Any] = {}
    # "текст собираются распространить в ООН?": the verb of intending asks a plan and is held by one.
    intending = plan_claim.intention_words(engine, text) if yes_no else set()
    asks_plan = PLAN.search(text) is not None or bool(intending)
    signing = _SIGNING_CUE(text.lower()) and _SIGNING.search(text) is not None
    asks_done = DONE.search(text) is not None
    folded: dict[str | tuple[str, ...], ReadText] = {}  # the names are read once, not once a clause
    claimed = alternatives_in(text) if yes_no and ALTERNATIVE_ANY.search(text) else {}
    contrast = _NOT_JUST.search(text)
    # Its words count as held (unless the claim itself names them too).
    beyond = set(text_tokens(contrast.group())) - set(text_tokens(text[: contrast.start()])) if contrast else set()
    frame = SOURCE_FRAME.match(text) if yes_no else None
    if frame is not None:
        # Where the claim is read ("в годовом отчёте говорится, что") is no part of the claim.
        # Read as the question was (its synonyms too: "годовом" is read as an anniversary).
        beyond |= set(engine.parse(frame.group()).query.tokens) - set(engine.parse(text[frame.end() :]).query.tokens)
    opposition: dict[str, Any] = {}
    # "Did the Executive Committee present X as proof that …": the publisher says it, in its own text.
    said_by = claimant.publisher_named(engine, parsed) if yes_no else None
    if said_by is not None:
        beyond |= claimant.frame_tokens(engine, parsed, said_by, texts)
    for clause in [*_clauses(texts), *(_framed_items(texts) if is_yes_no(text) else [])] or [""]:
        said, contradicted, held_all = constraints(engine, parsed, [*names, clause], folded)
        planned = intending if intending and PLAN.search(clause) else set()
        cover = _cover(engine, parsed, said | _decision_said(parsed, clause) | beyond | planned)
        if signing and not (_SIGNING_CUE(clause.lower()) and _SIGNING.search(clause)):
            # "а их подписали?" after the summit: a clause that only names the meeting (whose name
            # the follow-up carries) holds every other word; signing is the act the sources report
            # as only planned for some documents, so it must be the act stated (p22-c9).
            cover = min(cover, CONFIRM_COVER - 0.01)
        if said_by is not None and cover >= CONFIRM_COVER and not claimant.in_publisher_text(engine, said_by, clause, texts, clauses_of):
            cover = min(cover, CONFIRM_COVER - 0.01)  # true, but not of what that publisher wrote
        opposed = _opposed(claimed, clause) if claimed else None
        if opposed is not None and cover >= CONTRADICT_COVER:
            # "Was it adopted by the heads of government?" against "the Heads of State adopted":
            # the clause about it says the opposite, which is a no, never a yes (nor a yes drawn
            # from another clause that does not say who).
            contradicted = {**contradicted, "alternative": list(opposed)}
            opposition = opposition or contradicted
        holds = not contradicted and held_all and cover >= CONFIRM_COVER
        if holds and _UNSETTLED_CUE(clause) and _UNSETTLED.search(clause):
            # "… so whether it was signed is not known from the sources": the clause holds the
            # claim's words only to say that it is not known, which is no yes.
            unsettled = True
            continue
        if holds and not asks_plan and (PLAN.search(clause) or (asks_done and plan_scope.planned_before(clause, texts, PLAN))):
            # "Has the treaty been signed?" against "plans are in place to sign the treaty": a plan
            # is no yes to whether it was done (nor to "…, and to sign the protocol" after it).
            only_planned = True
            continue
        confirmed = confirmed or holds
        if contradicted and cover >= CONTRADICT_COVER and not wrong:
            wrong = contradicted
    if yes_no and only_planned and not confirmed and not wrong:
        verdict.grounds = "only_planned"
        return verdict
    if not yes_no:
        # "What statement did Peskov make in September" (it was October): a month, year or number
        # the question places its subject in is another in the answer: not recorded as asked.
        if not confirmed and ("month" in wrong or "year" in wrong):
            nearest = [i for i in verdict.focus if i in engine.kb.entities][:1]
            what = "month" if "month" in wrong else "year"
            value = {"what": what, "asked": wrong[what][0], "recorded": wrong[what][1]}
            return _not_recorded(verdict, "constraint", value, nearest, verdict.sources)
        return verdict
    if opposition and not (confirmed and _holds_claimed(claimed, texts)):
        confirmed, wrong = False, opposition
    if confirmed and _named_elsewhere(engine, parsed, verdict, [*names, *texts], said_by.entities if said_by else ()):
        confirmed = False  # "Did the United Nations attend XVIII?": "units" and "states" are no UN
    if confirmed:
        period = other_period(engine.kb, verdict.focus, parsed.text, parsed.intent.until)
        if period is not None:
            # "программа укрепления границ до 2028 года?": 2028 is the other programme's year.
            return _not_recorded(verdict, "constraint", period, verdict.focus, verdict.sources)
        named = period_of_other(engine.kb, parsed.hits, parsed.query.tokens, verdict.focus, parsed.text, parsed.intent.until)
        if named is not None:
            # "programma po granicam do 2028?": the year is the other programme's, the words the border one's.
            document, period = named
            return _not_recorded(verdict, "constraint", period, [document], list(engine.kb.entities[document].sources))
        held = _month_held_otherwise(engine, parsed, verdict.focus)
        if held is not None:
            # "sammit SNG proshel v noyabre?": a note's "5 November 2025" (its source's date) holds
            # the month, the summit was held in October (tuning17_look).
            confirmed, wrong = False, {"month": held}
    if confirmed:
        verdict.yes, verdict.grounds = True, "confirmed"
    elif wrong:
        verdict.yes, verdict.grounds = False, "contradicted"
    elif unsettled or (is_yes_no(text) and not only_planned and not WH_START.match(LAST_SENTENCE.split(text.strip())[-1])):
        # Asked for yes or no outright, and the answer neither holds nor contradicts it: that is
        # said first, then what the sources do record.
        verdict.grounds = "unconfirmed"
    return verdict


def _holds_claimed(claimed: dict[str, set[str]], texts: list[str]) -> bool:
    """Whether some text holds every alternative the claim asserts (then a clause saying another
    one is about something else)."""
    return any(
        all(asked <= alternatives_in(clause).get(what, set()) for what, asked in claimed.items())
        for clause in _clauses(texts)
    )


# Verbs of one decision, in folded stems: the question's verb and the record's may differ
# ("утвердили" ~ "approved", "получила статус" ~ "decided to grant the status").
_DECISION_FAMILIES = (
    ("utverd", "utverj", "odobr", "prina", "prinja", "prinya", "prinim", "adopt", "aprov", "approv", "endors"),
    # "did the SCO become an observer?" ~ "decided to grant the SCO the status of an Observer": a
    # status granted is one become ("стала ли ШОС наблюдателем")
    # "ШОС дали статус наблюдателя", "they gave the SCO observer status": a status given is one granted
    ("poluch", "grant", "predostav", "receiv", "award", "confer", "prisvo", "becom", "became", "stal", "dali", "giv", "gave"),
    # "учредили" ~ "учреждённый" (д/жд) ~ "established" ~ "создали": a body or format set up
    ("uchred", "uchrej", "establish", "osnova", "sozda", "creat", "found", "launch", "set"),
)
_DECISION_STEMS = tuple(stem for family in _DECISION_FAMILIES for stem in family)
# "дали" stems to "dal", which as a prefix would take "дальнейший" too: whole words only
_GIVEN = frozenset({"dal"})


def _decision_said(parsed: Parsed, clause: str) -> set[str]:
    """The question's decision verbs that the clause states with a verb of the same family."""
    # str.startswith with a tuple of stems: one call a token, not one a stem.
    asked = [tok for tok in parsed.query.tokens if tok.startswith(_DECISION_STEMS) or tok in _GIVEN]
    if not asked or not clause:
        return set()
    clause_tokens = text_tokens(clause)
    said: set[str] = set()
    for family in _DECISION_FAMILIES:
        if any(tok.startswith(family) for tok in clause_tokens):
            said.update(tok for tok in asked if tok.startswith(family) or (tok in _GIVEN and "grant" in family))
    return said


def prepare_checks(engine: Engine) -> None:
    """Read once, at the engine's build, what every yes/no check of its answers leaves aside."""
    _confirm_filler(engine)


def _confirm_filler(engine: Engine) -> set[str]:
    """The words of an assertion's frame, as typed and as a question reads them (once per engine)."""
    filler = _CONFIRM_FILLER.get(engine)
    if filler is None:
        spelt = engine.parse(_ASSERTION_FILLER).query.tokens
        filler = _CONFIRM_FILLER[engine] = {*filler_tokens(), *text_tokens(_ASSERTION_FILLER), *spelt}
    return filler


def _cover(engine: Engine, parsed: Parsed, said: set[str]) -> float:
    """The share of the question's content weight (numbers aside) that ``said`` holds."""
    query = parsed.query
    filler = _confirm_filler(engine)
    # Numbers are checked above as constraints: the cover is of the words.
    rest = [
        i
        for i, tok in enumerate(query.tokens)
        if tok not in filler and tok not in engine._generic and not tok.startswith("#")
    ]
    total = sum(query.weights[i] for i in rest) or 1.0
    # A phrase of a synonym group is read as the group ("незаконной миграции" as ~illegal_migration):
    # its words are still in the clause ("Клемез говорил, что миграция — угроза …").
    words_of = _phrase_words(engine.index)
    phrased = set().union(*(words_of.get(tok, ()) for tok in said if tok.startswith("~")))

    def held(position: int) -> float:
        tok = query.tokens[position]
        if tok in said or tok in phrased:
            return 1.0
        return max((score for v, score in query.matches[position] if v in said), default=0.0)

    cover = sum(query.weights[i] * held(i) for i in rest) / total
    # The most specific words asked must be there for a "yes": "a joint statement on cybersecurity"
    # is not the one on transnational crime, however many other words they share.
    if any(distinctive(query, i) and not held(i) for i in rest):
        cover = min(cover, CONFIRM_COVER - 0.01)
    return cover


# Signing and ratifying, in any form: "подписали", "podpisali", "signed", "signature" (not "significant").
_SIGNING = re.compile(r"\b(?:sign(?:s|ed|ing|ator\w*|ature\w*)?|ratif\w*)\b|(?<!\w)(?:подпис|подпиш|ратифиц|podpis|podpish|ratific)", re.I)
_SIGNING_CUE = literal_cue([_SIGNING])


_PHRASE_WORDS: weakref.WeakKeyDictionary[SearchIndex, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()


def _phrase_words(index: SearchIndex) -> dict[str, frozenset[str]]:
    """The words of every phrase of each synonym group, by the group's token."""
    found = _PHRASE_WORDS.get(index)
    if found is None:
        groups: dict[str, set[str]] = {}
        for phrase, group in index.synonyms:
            if len(phrase) > 1:
                groups.setdefault(group, set()).update(phrase)
        found = _PHRASE_WORDS[index] = {group: frozenset(words) for group, words in groups.items()}
    return found


_SAY = cued(re.compile(
    r"\b(?:say|said|says|tell|told|state[sd]?|remark\w*|speak|spoke|propos\w*|suggest\w*)\b"
    r"|\bсказал\w*|\bговорил\w*|\bзаявил\w*|\bотметил\w*|\bпредложил\w*|\bвыступ\w*"
    r"|\bskazal\w*|\bgovoril\w*|\bzayavil\w*",
    re.I,
))


_ABOUT = re.compile(r"\b(?:about|on|regarding|concerning|об?|про|насч[её]т|ob|pro)\s+([^?!.]{3,})", re.I)


def _quoted_elsewhere(engine: Engine, parsed: Parsed, verdict: Verdict) -> str | None:
    """ "What did Putin say at the interior ministers' meeting?": the quote found is about the
    meeting, but the one person asked neither took part in it, nor spoke of it to the media, nor
    is the speaker of any statement shown (Putin is only quoted by another article). The meeting's
    id then, else None."""
    kb = engine.kb
    meeting = kb.get(verdict.focus[0]) if verdict.focus else None
    mentions = find_mentions(engine, parsed)
    named = not isinstance(meeting, Meeting)
    if named:
        # "What did Putin say at the 13th meeting?": the quote found is of another entry (his
        # words on the Victory anniversary, in another article); the one meeting the question
        # names is where he is asked about.
        meetings = [kb.get(h.entity) for h in mentions.hits if kb.kind(h.entity) == "meeting"]
        meeting = meetings[0] if len(meetings) == 1 else None
    if not isinstance(meeting, Meeting):
        return None
    people = {h.entity for h in mentions.hits if kb.kind(h.entity) == "person"}
    if len(people) != 1:
        return None
    person = next(iter(people))
    there = {x.person for x in meeting.participants.people} | {said.person for said in meeting.media_statements}
    if person in there:
        return None
    # Words of his from the meeting's own record answer; words from another source (or a
    # statement of another entry) do not when the meeting came only from the question.
    if any(s.speaker == person and (not named or s.source in meeting.sources) for s in verdict.statements):
        return None
    return meeting.id


def _not_said(engine: Engine, parsed: Parsed, verdict: Verdict) -> Verdict | None:
    """ "What did Klemez say about nuclear security / at the 13th meeting": the usual answer found
    no statement of that person on it and shows a card: the sources record none, never the card
    as if it were what he said."""
    if verdict.kind not in ("card", "quote") or not verdict.answered or not _SAY.search(parsed.text):
        return None
    kb = engine.kb
    elsewhere = _quoted_elsewhere(engine, parsed, verdict) if verdict.kind == "quote" else None
    if verdict.kind == "quote" and elsewhere is None:
        return None
    if elsewhere is not None and verdict.focus[:1] != [elsewhere]:
        verdict = replace(verdict, focus=[elsewhere], statements=[], sources=list(kb.entities[elsewhere].sources))
    # A city's card for "what did X say at the meeting in St Petersburg" is no statement either.
    if not verdict.focus or kb.kind(verdict.focus[0]) not in ("person", "meeting", "place"):
        return None
    mentions = find_mentions(engine, parsed)
    if parsed.intent.question == "where" and not any(kb.kind(h.entity) in ("meeting", "place") for h in mentions.hits):
        # "Where did Putin speak?": no meeting is named to have said nothing at; his words, recorded
        # without a place, are the answer there is.
        return None
    people = [h.entity for h in mentions.hits if kb.kind(h.entity) == "person"]
    if not people and kb.kind(verdict.focus[0]) == "meeting":
        # "What did the CSTO representative say at the 13th meeting": an organisation, body or state
        # named outright (not the meeting's own body) speaks through its people; none spoke there.
        held = kb.entities[verdict.focus[0]]
        people = [
            h.entity
            for h in mentions.hits
            if kb.kind(h.entity) in ("organisation", "body", "state")
            and h.name_cover >= 0.8
            and h.entity != getattr(held, "body", None)
            and h.entity != "cis"
        ]
        if len(people) == 1 and isinstance(held, Meeting):
            # Someone of it spoke there (his post names it: "Director ... at the CIS Executive
            # Committee"): what he said is no absence to report.
            speaking = kb.entities[people[0]]
            names = {speaking.name.en, *speaking.short.en}
            spoke = [part.person for part in held.participants.people]
            spoke += [said.person for said in held.media_statements]
            for person_id in spoke:
                speaker = kb.entities.get(person_id)
                for role in getattr(speaker, "roles", []):
                    if people[0] in (role.body, role.organisation, role.state) or any(
                        name and name in role.title.en for name in names
                    ):
                        return None
    if len(people) != 1:
        return None
    meeting = verdict.focus[0] if kb.kind(verdict.focus[0]) == "meeting" else None
    if kb.kind(verdict.focus[0]) == "place":
        meeting = next((h.entity for h in mentions.hits if kb.kind(h.entity) == "meeting"), None)
    if meeting is None:
        located = located_meeting(engine, parsed, [*mentions.hits, *mentions.locating])
        meeting = located[0].entity if located is not None else None
    person = kb.entities[people[0]]
    if meeting is None and isinstance(person, Person):
        # "Did Klemez say St Petersburg was picked because the CIS headquarters is there": the
        # claim names more entries than a yes/no reads as one person's words, but what he is
        # recorded saying on them (the city's symbolic significance) answers it better than "no
        # such statement"; shown without a yes unless his words hold the claim.
        said = person_said(engine, parsed, replace(verdict, statements=[], value=None), mentions, person)
        if said is not None and said.statements:
            return said
        named = sorted({i for h in mentions.hits if h.entity != person.id and kb.kind(h.entity) == "place" for i in h.name_tokens})
        score, statement = best_said(engine, parsed, person, None, named) if named and said is not None else (0.0, None)
        if said is not None and statement is not None and score >= TOPIC_YES:
            said.statements = [asked_clause(engine, parsed, named, statement)]
            return said
    if meeting is None:
        meeting = next((h.entity for h in mentions.hits if kb.kind(h.entity) == "meeting"), None)
    at_meeting = kb.entities.get(meeting) if meeting is not None else None
    if isinstance(at_meeting, Meeting) and isinstance(person, Person):
        # "What did Trefilov say about youth at the 13th meeting?": his words there on the topic,
        # read without the meeting's own words, before any "no such statement".
        placing: set[int] = next((set(h.name_tokens) for h in mentions.hits if h.entity == meeting), set())
        said = person_said(engine, parsed, replace(verdict, statements=[], value=None), mentions, person, at_meeting, placing)
        if said is not None and said.yes and said.statements:
            return replace(verdict, kind="quote", focus=[person.id], statements=said.statements, sources=said.sources, yes=None)
    about = _ABOUT.search(parsed.text)
    if meeting is None and isinstance(person, Person) and about is not None:
        # "What did Dmitry Peskov say about cooperation in the CIS?": no quote of his is recorded,
        # but the one fact that is his (the October statement) is on that topic.
        own = said_elsewhere.only_record(engine, person)
        if own is not None and _on_topic(engine, about.group(1), f"{own.en} {own.ru}"):
            return replace(verdict, kind="quote", focus=[person.id], statements=[own], sources=[own.source] if own.source else verdict.sources)
    value = {"person": people[0], "meeting": meeting, "topic": about.group(1).strip()[:60] if about else None}
    return _not_recorded(verdict, "not_said", value, [meeting or people[0]], verdict.sources)


def _on_topic(engine: Engine, topic: str, said: str) -> bool:
    """Whether most of the topic's own words (not the generic ones) are in what was said."""
    words = {t for t in engine.index.fold_synonyms(text_tokens(topic)) if t not in engine._generic}
    held = set(engine.index.fold_synonyms(text_tokens(said)))
    return bool(words) and len(words & held) * 2 >= len(words) + 1
