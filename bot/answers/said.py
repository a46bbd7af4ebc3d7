"""Whether something was said, discussed or stated: at a meeting, by a person or in a document
("did the council discuss drug trafficking", "did Lebedev speak of cyber crime", "was the plan
adopted by 2025").

The asked topic is weighed against the recorded statements and agenda items; ``yes`` needs a
statement that explains enough of the topic, and a recorded opposite answers no.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from bot.answers import evaluated, plan_claim, plan_scope, provenance, said_elsewhere, session_claim, yesno_topics
from bot.answers.assertions import (
    ALTERNATIVE_ANY,
    CLAUSE_END,
    _opposed,
    alternatives_in,
    constraints,
    distinctive,
    opposed_clause,
)
from bot.answers.mentions import MENTION_COVER, MENTION_SCORE, Mentions, _not_recorded, _verdict
from bot.answers.question_form import months_named
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Document, Entity, Meeting, Person
from bot.search.index import Hit
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# Share of the asked topic's weight a recorded statement must explain to count as "discussed".
TOPIC_YES = 0.6
TOPIC_MIN_SHARE = 0.15
# An entry's name covered this much is named in full (not a topic word that is also part of a name).
NAMED_IN_FULL = 0.9

# Words that only say "was it talked about": not the topic itself.
_TOPIC_FILLER = (
    "come came up raise raised mention mentioned discuss discussed talk talked address addressed agenda"
    " on at the there was were did consider considered touch touched cover covered "
    # "on the table", "feature", "deal with"; "касались", "фигурировал"; "правда ли" asks, names nothing
    " table feature featured features deal dealt with касались касался касалось коснулись фигурировал"
    " фигурировала фигурировало фигурировали повестку стоял стояла стояло стояли povestke povestka kasalis"
    " правда pravda true верно verno right correct правильно pravilno "
    # "was the session devoted / dedicated to …", "была посвящена …": what it was about is asked
    " devoted dedicated посвящена посвящено посвящен посвящены posvyashchena posvyashena "
    "говорилось говорили обсуждали обсуждался обсуждалась обсуждалось обсуждение упоминали упоминалось"
    " поднимали поднимался звучала шла речь рассматривали рассматривался повестке повестка вопрос"
    " obsuzhdali govorilos li byla byl bylo byli"
    " затрагивали затрагивался затрагивалась затрагивалось затронули тема тему темы звучала звучал brought upon"
    " zatragivali warn warned предупреждал предупредил"
    " что-то что-нибудь нибудь chto-to chto to nibud"
    # "in his speech", "в своём выступлении", "pro …": where or how it was said, not what
    " supposed meant expected"
    " his her their speech remarks свой своём своем своей своих выступлении выступлениях речи pro про"
    " svoem svoyom svoei svoey svoih vystuplenii rechi"
    # a month places the meeting (checked as its date), it is no topic of what was said there
    " january february march april june july august september october november december"
    " январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"
    " январский февральский мартовский апрельский майский июньский июльский августовский сентябрьский"
    " октябрьский ноябрьский декабрьский"
    # so does a season ("the summer meeting of the police chiefs"); "at all" / "вообще" only insists
    # ("летом" is left out: its stem is that of "лет", years)
    " summer summer's autumn winter spring летней летнем летняя летнее осенней осеннем осенью зимней зимнем"
    " зимой весенней весеннем весной letney letnem osenney osenyu zimney vesenney voobshche voobshe вообще"
    # "among the issues the council looked at / took up", "среди вопросов, которые рассмотрел"
    " among issue issues matter matters look looked took taken examine examined среди вопросов вопросы рассмотрел"
    " рассмотрели sredi voprosov входила входил входило входили число"
)


def discussed_in_place(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions, place: Hit) -> Verdict | None:
    """A topic asked of "the meeting in <city>" where several were held: the one meeting held there
    that the question's other words name ("antiterroristicheskom"), checked as a named one; else
    the one whose record holds the topic; else "the meetings held there do not mention it"."""
    kb, tokens = engine.kb, parsed.query.tokens
    held = [m for m in (kb.entities[i] for i in kb.meetings_held_in.get(place.entity, [])) if isinstance(m, Meeting)]
    if not held:
        return None
    placing = yesno_topics.placing_words(engine.index)
    hits = {h.entity: h for h in parsed.hits}
    named = []
    for meeting in held:
        hit = hits.get(meeting.id)
        words = {i for i in hit.name_tokens if i not in place.name_tokens and tokens[i] not in placing} if hit else set()
        if words:
            named.append((meeting, words))
    if len(named) > 1:
        return None  # several named: which one is meant is not for a guess
    if named:
        meeting, words = named[0]
        rest = topic_positions(engine, parsed, mentions, mentions.covered | words)
        return _discussed(engine, parsed, base, meeting, rest) if rest else None
    rest = topic_positions(engine, parsed, mentions)
    if not rest:
        return None
    found = yesno_topics.unnamed_meeting_topic(
        engine, parsed, base, rest, months_named(parsed.text), among={m.id for m in held}
    )
    if found is None:
        # Several of the city's meetings took it up: each is named, never "not mentioned".
        found = yesno_topics.several_meetings_topic(
            engine, parsed, base, rest, months_named(parsed.text), {m.id for m in held}, place.entity
        )
    if found is not None:
        found.statements = [asked_clause(engine, parsed, rest, said) for said in found.statements]
        return found
    value = {"place": place.entity, "held": [m.id for m in held]}
    return _verdict(base, None, "not_discussed_in", [place.entity], value, [s for m in held for s in m.sources])


_TOLD_FILLER = (
    "say said says tell told speak spoke talk talked mention mentioned report reported describe described elaborate"
    " elaborated brief briefed summit meeting говорил говорила говорили сказал сказала рассказывал рассказывала"
    " рассказал рассказала упоминал упоминала упомянул сообщал сообщил отмечал отметил выступал саммит заседание"
    " встреча встреч govoril rasskazyval rasskazal upominal"
    # verbs of a claim (see _CLAIMED) and where it was made: not what was said
    " call called calls recall recalled remind reminded stress stressed emphasize emphasized emphasise emphasised"
    " underline underlined noted point pointed refer referred present presented as address speech remarks message"
    " вспомнил вспомнила вспоминал напомнил напомнила напоминал подчеркнул подчеркнула назвал назвала называл описал"
    " представил представлял обращении обращение выступлении речи приветствии vspomnil napomnil podcherknul"
    " nazval obrashchenii vystuplenii "
    # "an address to the plenary": the part of the meeting where it was heard, not what was said
    " plenary пленарном пленарное пленарной пленарному plenarnom plenarnoe plenarnoy "
    + evaluated.FRAME_WORDS
)
_TOLD_WORDS: set[str] = set()
# The verb of telling as the question's analysis leaves it: Russian typed in Latin letters ("govoril")
# is read as a stem ("govor") that the filler words above, analysed as text, never produce.
_TOLD_STEM = re.compile(r"(?:govor|skaz|rasskaz|upomin|upomian|upomyan|soobsh|predupr|говор|рассказ|упомина|предупре)")


def _told(token: str) -> bool:
    return token in _TOLD_WORDS or _TOLD_STEM.match(token) is not None


def told_of(
    engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions, person_id: str, meeting: Meeting
) -> Verdict | None:
    """What a person not named at the meeting said of it at another meeting ("Trefilov, at the 13th
    Security Secretaries meeting, on the outcomes of the Dushanbe summit"): the statement of theirs
    that covers the question's words, the meeting's name included; None when none does."""
    kb, index = engine.kb, engine.index
    if any(x.person == person_id for x in meeting.participants.people):
        return None  # named at the meeting itself: what they did there is asked
    if not _TOLD_WORDS:
        _TOLD_WORDS.update(text_tokens(_TOLD_FILLER))
    query = parsed.query
    # The person's name and the verb of telling are no part of what was told.
    own = {i for h in mentions.hits if h.entity == person_id for i in h.name_tokens}
    rest = [
        i
        for i in topic_positions(engine, parsed, mentions, set())
        if i not in own and query.tokens[i] not in _TOLD_WORDS
    ]
    # Something besides the meeting's name is asked: "did he speak at the summit" is whether he was there.
    named = {i for h in mentions.hits if h.entity == meeting.id for i in h.name_tokens}
    if not [i for i in rest if i not in named]:
        return None
    best: tuple[float, Meeting | None, int] = (0.0, None, -1)
    for other in kb.meetings_of(person_id):
        for doc_id in index.statements(other.id):
            score = index.score_doc(doc_id, query, rest)
            if score > best[0]:
                best = (score, other, doc_id)
    score, where, doc_id = best
    if where is None or score < TOPIC_YES:
        return None
    said = index.statement(doc_id)
    value = {"meeting": where.id, "score": round(score, 3)}
    verdict = _verdict(base, True, "discussed", [where.id, person_id], value, where.sources)
    verdict.statements = [Statement(getattr(said, "en", ""), getattr(said, "ru", ""), where.id, where.sources[0])]
    return verdict


def person_said(
    engine: Engine,
    parsed: Parsed,
    base: Verdict,
    mentions: Mentions,
    person: Person,
    at: Meeting | None = None,
    named: Collection[int] = (),
) -> Verdict | None:
    """Yes with the statement when one recorded statement or fact of the person covers the rest of
    the question (its words or their synonyms, in either language); "the sources do not say"
    when none does; None when nothing is asked beyond the person and the verb of telling. With a
    meeting (``at``, its name's positions ``named``): only what the person said there."""
    query = parsed.query
    if not _TOLD_WORDS:
        _TOLD_WORDS.update(text_tokens(_TOLD_FILLER))
    # Only the person's name and the places locating them are no part of what was said: another
    # entry named ("national security", "St Petersburg") is in the claim.
    own = {i for h in [*mentions.hits, *mentions.locating] if h.entity == person.id for i in h.name_tokens}
    own |= {i for h in mentions.locating for i in h.name_tokens} | set(named)
    rest = [i for i in topic_positions(engine, parsed, mentions, own) if not _told(query.tokens[i])]
    if not rest:
        return None
    score, statement = best_said(engine, parsed, person, at, rest)
    judged = evaluated.evaluation_positions(query.tokens, parsed.text)
    if judged and [i for i in rest if i not in judged] and score < TOPIC_YES:
        # "Did Klemez single out cybercrime as a worry?": the worry is held by a statement that
        # itself calls what it lists concerns or threats; the topic is what must be in it.
        topic = [i for i in rest if i not in judged]
        topic_score, topic_statement = best_said(engine, parsed, person, at, topic)
        if topic_statement is not None and evaluated.presents_as_threat(topic_statement.en, topic_statement.ru):
            score, statement, rest = topic_score, topic_statement, topic
    frame = _frame_positions(parsed, rest) if score < TOPIC_YES else []
    if frame:
        # "Was youth one of the groups Trefilov mentioned?": "groups" says what kind of item is asked,
        # the item is what his words must hold.
        item_score, item_statement = best_said(engine, parsed, person, at, [i for i in rest if i not in frame])
        if item_score >= TOPIC_YES and item_statement is not None:
            score, statement, rest = item_score, item_statement, [i for i in rest if i not in frame]
    if (score < TOPIC_YES or statement is None) and ALTERNATIVE_ANY.search(parsed.text):
        # "Клемез говорил, что масштабы киберпреступности сокращаются?": the word of direction may
        # be what no statement holds; the statement that holds the rest and says the other
        # direction is a "no".
        core = _without_alternatives(parsed, rest)
        if core and len(core) < len(rest):
            core_score, core_statement = best_said(engine, parsed, person, at, core)
            texts = [core_statement.en, core_statement.ru] if core_statement is not None else []
            if core_score >= TOPIC_YES and core_statement is not None and opposed_clause(engine, parsed, core, texts):
                score, statement, rest = core_score, core_statement, core
    value = {"entity": person.id, "score": round(score, 3)}
    if score >= TOPIC_YES and statement is not None and not _heaviest_held(engine, parsed, rest, statement):
        # "Did Klemez say drones are a growing threat?": "growing" and "threat" are his words, the
        # drones (the rarest word, what the claim is about) are not.
        score = 0.0
    if score >= TOPIC_YES and statement is not None:
        # "Did Klemez say drug production is going down?": the clause holding the words asked says
        # "growing": that is a no, with what he said.
        opposed = opposed_clause(engine, parsed, rest, [statement.en, statement.ru])
        media = {said.en for x in at.media_statements if x.person == person.id for said in x.said} if at else set()
        if statement.en in media:
            value["media"] = True  # said to the media about the meeting, not at it: the reply says so
        clause = asked_clause(engine, parsed, rest, statement)
        planned = _planned_document(engine, parsed, mentions) if opposed is None else None
        if planned is not None and plan_scope.planned_before(clause.en, [statement.en], PLAN):
            # "Did Klemez say the optional protocol was signed?": he spoke of plans to sign it.
            return _only_planned(base, planned)
        # "did Klemez speak at the St Petersburg meeting?": words he told the media about it are no
        # speech at it (they held "St Petersburg", and made a "yes")
        spoke_at = value.get("media") and _SPOKE_AT.search(parsed.text) is not None
        verdict = _verdict(base, None if spoke_at else opposed is None, "stated", [person.id], value, person.sources)
        verdict.statements = [clause]
        return verdict
    unsaid = _unsaid_entry(engine, parsed, mentions, person)
    if unsaid is not None:
        # "klemez govoril pro migraciyu?": "migration" also names an entry (a council's short name)
        # the texts that record him never name, but his words hold it as a topic ("illegal
        # migration flows"): what he said, never a "no" for an entry the question did not mean.
        # Only an entry the question names in part ("migration" of the council of migration
        # bodies): one named in full ("the Shanghai Cooperation Organisation") is meant.
        entry = [h for h in mentions.hits if h.entity == unsaid]
        partly = bool(entry) and all(h.name_cover < NAMED_IN_FULL for h in entry)
        words = sorted({*rest, *(i for h in entry for i in h.name_tokens)})
        wide_score, wide = best_said(engine, parsed, person, at, words) if partly else (0.0, None)
        if wide is not None and wide_score >= TOPIC_YES and _heaviest_held(engine, parsed, words, wide):
            opposed = opposed_clause(engine, parsed, words, [wide.en, wide.ru])
            value = {**value, "score": round(wide_score, 3)}
            verdict = _verdict(base, opposed is None, "stated", [person.id], value, person.sources)
            verdict.statements = [asked_clause(engine, parsed, words, wide)]
            return verdict
    if unsaid is not None and not set(engine.kb.entities[unsaid].sources) & set(person.sources):
        # "Did Trefilov mention the CSTO?": the texts that record him never name it, so his recorded
        # words cannot hold it: a no, with the nearest thing he is recorded saying.
        verdict = _verdict(base, False, "not_said", [person.id], {**value, "asked": unsaid}, person.sources)
        verdict.statements = [asked_clause(engine, parsed, rest, statement)] if statement is not None else []
        return verdict
    if unsaid is not None:
        # "Did Trefilov mention the SCO?": not in his recorded words, but the same source names it
        # (between his quotes, in what it reports): that entry is shown, and no yes or no is given.
        beside = _named_beside(engine, person, engine.kb.entities[unsaid])
        if beside is not None:
            value = {**value, "asked": unsaid, "beside": beside}
            return _verdict(base, None, "not_said", [person.id, beside], value, person.sources)
    verdict = _verdict(base, None, "not_said", [person.id], value, person.sources)
    note = _note_beside(engine, parsed, person, rest) if at is None else None
    if note is not None:
        # "Did Trefilov say anything about observers?": the article says it between his quotations,
        # without saying whose words they are: that passage, not a bare "the sources do not say".
        verdict.statements = [note]
    elif at is None:
        elsewhere = _other_speaker(engine, parsed, person, rest)
        if elsewhere is not None:
            # "Did Trefilov speak of cybercrime?": not in his recorded words, but Klemez's hold it:
            # still no yes or no for Trefilov, but who is recorded saying it, not a bare refusal.
            speaker, statement = elsewhere
            verdict.value = {**value, "other": speaker}
            verdict.focus = [person.id, speaker]
            verdict.statements = [statement]
            verdict.sources = list(dict.fromkeys([*verdict.sources, *([statement.source] if statement.source else [])]))
        else:
            record = said_elsewhere.only_record(engine, person)
            if record is not None:
                # "Did Peskov say the CIS needs a joint army?": he is recorded saying one thing;
                # that, not a bare refusal.
                verdict.value = {**value, "own": True}
                verdict.statements = [record]
    return verdict


def _note_beside(engine: Engine, parsed: Parsed, person: Person, rest: list[int]) -> Statement | None:
    """A note of the person's meetings that names the person and holds the words asked (a passage
    the source leaves unattributed beside their quotations)."""
    kb, index, query = engine.kb, engine.index, parsed.query
    total = sum(query.weights[i] for i in rest) or 1.0
    own = set(text_tokens(f"{person.name.en} {person.name.ru}"))
    for meeting in kb.meetings_of(person.id):
        for note in meeting.notes:
            words = text_tokens(f"{note.en} {note.ru}")
            if not own & set(words):
                continue
            tokens = set(index.fold_synonyms(words))
            got = sum(query.weights[i] * max((s for v, s in query.matches[i] if v in tokens), default=0.0) for i in rest)
            if got / total >= TOPIC_YES:
                return Statement(note.en, note.ru, meeting.id, (meeting.sources or person.sources)[0])
    return None


# "one of the groups", "among the issues", "среди угроз": the noun after says what kind of item is asked.
_ONE_OF = re.compile(
    r"\b(?:one\s+of|among|amongst)\s+(?:the\s+|his\s+|her\s+|their\s+)?(\w+)"
    r"|\b(?:среди|в\s+числе|одн\w+\s+из|sredi|v\s+chisle)\s+(\w+)",
    re.I,
)


def _frame_positions(parsed: Parsed, rest: list[int]) -> list[int]:
    """The positions of ``rest`` holding the noun of "one of the <noun>", when others remain."""
    found = _ONE_OF.search(parsed.text)
    if found is None:
        return []
    words = set(text_tokens(found.group(1) or found.group(2) or ""))
    frame = [i for i in rest if parsed.query.tokens[i] in words]
    return frame if len(frame) < len(rest) else []


# Nouns of a kind of entry: "one of the groups Trefilov mentioned" names no Eurasian Group.
_KIND_NOUNS = frozenset(
    text_tokens(
        "group groups organisation organisations organization organizations structure structures body bodies"
        " council councils committee committees centre center service services"
        " группа группы групп организация организации структура структуры орган органы совет комитет центр"
    )
)


def _unsaid_entry(engine: Engine, parsed: Parsed, mentions: Mentions, person: Person) -> str | None:
    """The one entry (organisation, body, state) named beside the person, by more than a kind noun."""
    kb, tokens = engine.kb, parsed.query.tokens
    named = [
        h.entity
        for h in mentions.hits
        if h.entity != person.id
        and h.name_cover >= MENTION_COVER
        and kb.kind(h.entity) in ("organisation", "body", "state")
        and any(tokens[i] not in _KIND_NOUNS for i in h.name_tokens if i < len(tokens))
    ]
    return named[0] if len(named) == 1 and kb.entities[named[0]].sources else None


def _named_beside(engine: Engine, person: Person, asked: Entity) -> str | None:
    """A document, fact or meeting from a source that records the person whose text names ``asked``
    (documents first: what was decided about it)."""
    names = [name for name in (asked.name.en, *asked.short.en) if name]
    sources = set(person.sources)
    found: dict[str, str] = {}
    for entity in engine.kb.entities.values():
        kind = engine.kb.kind(entity.id)
        if kind not in ("document", "fact", "meeting") or kind in found or not sources & set(entity.sources):
            continue
        text = f"{entity.name.en} {entity.description.en}"
        if any(re.search(rf"\b{re.escape(name)}\b", text) for name in names):
            found[kind] = entity.id
    return next((found[kind] for kind in ("document", "fact", "meeting") if kind in found), None)


def _without_alternatives(parsed: Parsed, positions: list[int]) -> list[int]:
    """The positions whose word is no alternative of direction or level ("falling", "сокращаются"),
    told by the question's own words (a stem such as "fal" no longer shows it)."""
    stems = set(text_tokens(" ".join(found.group(0) for found in ALTERNATIVE_ANY.finditer(parsed.text))))
    return [i for i in positions if parsed.query.tokens[i] not in stems]


def _heaviest_held(engine: Engine, parsed: Parsed, rest: list[int], statement: Statement) -> bool:
    """Whether the statement holds the claim's weightiest word (or its synonyms)."""
    query = parsed.query
    # A word of direction ("declining") is checked against the record's other direction apart.
    subject = _without_alternatives(parsed, rest) or rest
    heaviest = max(subject, key=lambda i: query.weights[i])
    words = text_tokens(f"{statement.en} {statement.ru}")
    # A word folded into a phrase ("migration" in "illegal migration") is still said on its own.
    said = set(engine.index.fold_synonyms(words)) | set(words)
    return query.tokens[heaviest] in said or any(v in said for v, _ in query.matches[heaviest])


def best_said(
    engine: Engine, parsed: Parsed, person: Person, at: Meeting | None, rest: list[int]
) -> tuple[float, Statement | None]:
    """The person's recorded statement or fact (only what was said ``at`` a meeting, when given)
    that best covers the question's words at positions ``rest``, with its score."""
    kb, index, query = engine.kb, engine.index, parsed.query
    there = [said for x in at.participants.people if x.person == person.id for said in x.said] if at else []
    told = [said for x in at.media_statements if x.person == person.id for said in x.said] if at else []
    there += told
    # Words no recorded text holds (unknown to the index) were not said either: no statement is read.
    best: tuple[float, Statement | None] = (0.0, None)
    for doc_id in index.statements(person.id):
        if at is not None and index.statement(doc_id) not in there:
            continue
        score = index.score_doc(doc_id, query, rest)
        if score > best[0]:
            said = index.statement(doc_id)
            best = (score, Statement(getattr(said, "en", ""), getattr(said, "ru", ""), person.id, person.sources[0]))
    total = sum(query.weights[i] for i in rest) or 1.0
    for fact in kb.facts_of(person.id) if at is None else []:
        tokens = set(index.fold_synonyms(text_tokens(f"{fact.value.en} {fact.value.ru}")))
        got = sum(query.weights[i] * max((s for v, s in query.matches[i] if v in tokens), default=0.0) for i in rest)
        if got / total > best[0]:
            best = (got / total, Statement(fact.value.en, fact.value.ru, fact.id, (fact.sources or person.sources)[0]))
    return best


def asked_clause(engine: Engine, parsed: Parsed, rest: list[int], statement: Statement) -> Statement:
    """The statement from the part that holds the words asked: a quote is shortened when shown
    (about 300 characters), and the asked words may come late in a long one. Each language is cut
    on its own (the clauses of a translation need not correspond); a short statement stays whole."""
    return replace(
        statement,
        en=_from_asked_part(engine, parsed, rest, statement.en),
        ru=_from_asked_part(engine, parsed, rest, statement.ru),
    )


# Parts of a statement: clauses, and the items of a comma-separated enumeration.
_PART_START = re.compile(r"(?:[.;:!?]|,)\s+")
LATE_PART = 200  # shorter statements are shown whole
SHOWN_CHARS = 280  # a part ending further in would be cut off by the quote's shortening


def _from_asked_part(engine: Engine, parsed: Parsed, rest: list[int], text: str) -> str:
    if len(text) <= LATE_PART:
        return text
    query, index = parsed.query, engine.index
    starts = [0, *(match.end() for match in _PART_START.finditer(text))]
    best, chosen = 0.0, (0, 0)
    for number, begin in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(text)
        tokens = set(index.fold_synonyms(text_tokens(text[begin:end])))
        got = sum(query.weights[i] * max((s for v, s in query.matches[i] if v in tokens), default=0.0) for i in rest)
        if got > best:
            best, chosen = got, (begin, end)
    if chosen[1] <= SHOWN_CHARS:
        return text
    # As much as fits before the part asked, from the start of a part.
    begin = min((start for start in starts if chosen[1] - start <= SHOWN_CHARS), default=chosen[0])
    return "…" + text[min(begin, chosen[0]) :]


# "… when the interior ministers met last summer", "…, когда в июне собирались руководители …": the
# clause says which meeting, by who met and when; the topic asked is outside it.
_WHEN_MET = re.compile(
    r"\b(?:when|as)\s+(?:[\w'-]+\s+){0,8}?(?:met|gathered|convened|assembled|sat|were\s+meeting)\b[^?.!;]*"
    r"|(?<!\w)(?:когда|kogda)\s+(?:[\w-]+\s+){0,8}?(?:собира\w*|собрал\w*|встреча\w*|заседа\w*|съеха\w*"
    r"|sobira\w*|vstrecha\w*|zaseda\w*)[^?.!;]*",
    re.I,
)


def _meeting_clause(parsed: Parsed) -> set[str]:
    """The tokens of a clause that only identifies the meeting ("when … met"): no part of the topic."""
    found = _WHEN_MET.search(parsed.text)
    return set(text_tokens(found.group(0))) if found is not None else set()


def _in_clause(token: str, clause: set[str]) -> bool:
    return token in clause or any(
        min(len(word), len(token)) >= 3 and (word.startswith(token) or token.startswith(word)) for word in clause
    )


def topic_positions(engine: Engine, parsed: Parsed, mentions: Mentions, covered: set[int] | None = None) -> list[int]:
    """Query positions that name no mentioned entity (none of ``covered``): the topic asked about."""
    covered = mentions.covered if covered is None else covered
    query = parsed.query
    filler = filler_tokens()
    clause = _meeting_clause(parsed)
    # the question's tokens are analysed ("letom" read as "let"): a clause word by its stem
    naming = {i for i, tok in enumerate(query.tokens) if clause and _in_clause(tok, clause)}
    # Words the knowledge base does not know stay in: "nuclear terrorism" is not "terrorism".
    rest = [
        i
        for i, tok in enumerate(query.tokens)
        if i not in covered and i not in naming and tok not in filler and tok not in engine._generic
    ]
    if _IN_PERSON.search(parsed.text):
        # "Rahmon spoke at the XVIII meeting in person?": being there is asked, "person" is no topic
        rest = [i for i in rest if query.tokens[i] not in ("person", "lichn", "lichno")]
    if rest and query.tokens[rest[-1]] in _TAG_TOKENS and _TAG_END.search(parsed.text):
        # "Rahmon addressed the XVIII meeting, right?": the tag asks for yes or no, it is no topic
        # ("the sources do not say" was answered of the word "right").
        rest = rest[:-1]
    # The clause naming the meeting is no share of the question's words the topic is weighed against.
    # Nor are the words that only frame it ("among the issues … looked at"), or a long frame would
    # hide the topic it names.
    total = sum(
        weight for i, weight in enumerate(query.weights) if i not in naming and query.tokens[i] not in filler
    ) or 1.0
    if not rest or sum(query.weights[i] for i in rest) / total < TOPIC_MIN_SHARE:
        return []
    return rest


_FILLER: set[str] = set()
# A tag closing a statement: "…, right?", "…, верно?", "…, pravilno?"
_TAG_END = re.compile(r"[,\s]\s*(?:right|correct|верно|правильно|verno|pravilno)\W*$", re.I)
_IN_PERSON = re.compile(r"\bin person\b|\bpersonally\b|\bлично\b|\blichno\b", re.I)
_TAG_TOKENS = frozenset({"right", "corect", "vern", "praviln", "verno", "pravilno"})


def filler_tokens() -> set[str]:
    if not _FILLER:
        _FILLER.update(text_tokens(_TOPIC_FILLER))
    return _FILLER


_NEGATED_NOTE = re.compile(r"\b(?:not|no|neither|nor|не|ни|нет)\b", re.I)


def _discussed(engine: Engine, parsed: Parsed, base: Verdict, meeting: Meeting, rest: list[int]) -> Verdict:
    """Whether a recorded statement of the meeting (agenda, sessions, what was said, outcomes)
    or its description covers the asked topic."""
    index, query = engine.index, parsed.query
    notes = {(n.en, n.ru) for n in meeting.notes}
    best: tuple[float, Statement | None] = (0.0, None)
    # "at the second session": the session is where to look, not words of the topic
    rest, session = yesno_topics.session_topic(index, parsed, rest) if meeting.sessions else (rest, None)
    if not rest:
        return _verdict(base, None, "not_discussed", [meeting.id], {"meeting": meeting.id, "score": 0.0}, meeting.sources)
    # "Упоминаются ли в статье западные наблюдатели": the source's text is asked, and the notes
    # retell what it says beside the record (its own commentary); otherwise they are no discussion.
    in_source = session is None and bool(provenance.source_words(parsed.text.lower()))
    for doc_id in index.statements(meeting.id):
        said = index.statement(doc_id)
        en, ru = getattr(said, "en", ""), getattr(said, "ru", "")
        if ((en, ru) in notes and not in_source) or (session is not None and not yesno_topics.in_session(meeting, said, session)):
            continue
        score = index.score_doc(doc_id, query, rest)
        if score > best[0] and (en, ru) in notes:
            # A note's clause that says the source does not name it ("Russia is not named among
            # them") is no mention.
            clause = asked_clause(engine, parsed, rest, Statement(en, ru, meeting.id, None))
            if _NEGATED_NOTE.search(clause.get(parsed.lang)):
                continue
        if score > best[0]:
            best = (score, Statement(en, ru, meeting.id, meeting.sources[0]))
    described = set(index.fold_synonyms(text_tokens(f"{meeting.description.en} {meeting.description.ru}")))
    total = sum(query.weights[i] for i in rest) or 1.0
    got = sum(query.weights[i] * max((s for v, s in query.matches[i] if v in described), default=0.0) for i in rest)
    # A statement that covers the topic is shown before the description, whose excerpt may stop
    # before the words asked about (the description tells of no session).
    if got / total > best[0] and best[0] < TOPIC_YES and session is None:
        best = (got / total, Statement(meeting.description.en, meeting.description.ru, meeting.id, meeting.sources[0]))
    score, statement = best
    value = {"meeting": meeting.id, "score": round(score, 3)}
    titled = (
        session_claim.title_claim(engine, parsed, meeting, rest, session, TOPIC_YES)
        if session and session_claim.DEVOTED.search(parsed.text.lower())
        else None
    )
    if titled is not None:
        # "Четвёртая сессия была посвящена международному сотрудничеству?": the session's title says
        # what it was devoted to (the second session's), not a point it touched on
        verdict = _verdict(base, titled[0], "discussed", [meeting.id], value, meeting.sources)
        verdict.statements = [titled[1]]
        return verdict
    if score >= TOPIC_YES and statement is not None:
        # "decreasing propaganda activity" against "Noted the increasing propaganda activity": a no.
        opposed = opposed_clause(engine, parsed, rest, [statement.en, statement.ru])
        period = _other_range(parsed.text, f"{statement.en} {statement.ru}")
        if period is not None and opposed is None:
            # "Did the summit approve the programme for 2024–2026?": the clause found holds another
            # period (2026–2028); no such programme is recorded, and that is no "yes".
            return _not_recorded(base, "constraint", period, [meeting.id], meeting.sources)
        verdict = _verdict(base, opposed is None, "discussed", [meeting.id], value, meeting.sources)
        verdict.statements = [asked_clause(engine, parsed, rest, statement)]
        return verdict
    elsewhere = session_claim.in_other_session(engine, parsed, meeting, rest, session, TOPIC_YES) if session else None
    if elsewhere is not None:
        # "Was the first session about deradicalization?": the record gives it to the fourth
        other_score, other, other_session = elsewhere
        value = {**value, "score": round(other_score, 3), "session_asked": session, "session_found": other_session}
        verdict = _verdict(base, False, "discussed", [meeting.id], value, meeting.sources)
        verdict.statements = [other]
        return verdict
    return _verdict(base, None, "not_discussed", [meeting.id], value, meeting.sources)


# A span of years ("2024–2026", "2025 to 2027", "на 2025-2027").
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:[–—-]|\s(?:to|по|до|po|do)\s)\s*((?:19|20)\d\d)\b")


def _other_range(question: str, said: str) -> dict[str, Any] | None:
    """The asked and recorded periods when the question asks a span of years the clause found does
    not hold while holding another one; None otherwise."""
    asked = _YEAR_RANGE.search(question)
    if asked is None:
        return None
    spans = [(int(m.group(1)), int(m.group(2))) for m in _YEAR_RANGE.finditer(said)]
    wanted = (int(asked.group(1)), int(asked.group(2)))
    if not spans or wanted in spans:
        return None
    return {"what": "year", "asked": f"{wanted[0]}–{wanted[1]}", "recorded": f"{spans[0][0]}–{spans[0][1]}"}


SENTENCE_END = re.compile(r"(?<=\.)\s+(?=[A-ZА-ЯЁ])")


def _number_kind(token: str) -> str:
    """A number token's kind: a year or a count."""
    digits = token[1:]
    return "year" if digits.isdigit() and 1900 <= int(digits) < 2200 else "number"


# A document's completion asked ("Подписан ли договор", "Was the protocol adopted?").
DONE = re.compile(
    r"\b(?:signed|adopted|approved|ratified|concluded|in force"
    r"|подписа\w*|приня(?:т|та|ты|то|ли|л)\b|утвержд\w*|утверди\w*|ратифицир\w*|заключ[её]н\w*|вступил\w*|в силу"
    r"|podpisa\w*|prinyat\w*|utverzhd\w*)",
    re.I,
)
_NOT_DONE_YET = frozenset({"planned", "in_preparation"})
_PLAN_ASKED = re.compile(r"\b(?:plan\w*|will|to be|going to|планир\w*|план\w*|будет|будут|собира\w*|намер\w*|planir\w*)", re.I)


def _planned_document(engine: Engine, parsed: Parsed, mentions: Mentions) -> Document | None:
    """The document named in a question asking whether it was done (signed, adopted …) that the
    sources record only as planned; None when none is, or the question asks about the plan."""
    if not DONE.search(parsed.text) or _PLAN_ASKED.search(parsed.text):
        return None
    # The person is the main mention; the document is asked about inside what he said.
    for hit in [*mentions.hits, *parsed.hits]:
        entity = engine.kb.entities.get(hit.entity)
        if isinstance(entity, Document) and entity.status in _NOT_DONE_YET and hit.score >= MENTION_SCORE:
            return entity
    return None


def _only_planned(base: Verdict, document: Document) -> Verdict:
    """"Was it signed?" of a document the sources record only as planned: no such record; the plan."""
    base.statements = [Statement(document.description.en, document.description.ru, document.id, document.sources[0])]
    return _not_recorded(base, "planned", {"entity": document.id}, [document.id], document.sources)


def _names_of(entity: Entity) -> list[str]:
    return [name for name in (entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()) if name]


AGENT_CLAUSE = 0.45


def other_agent(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions, pair: list[Hit]) -> Verdict | None:
    """Two bodies named, one said to act on the other ("set up by a decision of X"): the clause of
    the first's record (description, facts) that holds the rest of the question decides. Yes when
    it names the second; no when it names a third body or organisation instead; None otherwise."""
    kb, index, query = engine.kb, engine.index, parsed.query
    text = parsed.text.lower()
    # The one named first is the subject ("CIS" may be in both names: only their own words count).
    shared = pair[0].name_tokens & pair[1].name_tokens
    first, second = sorted(pair, key=lambda h: min(h.name_tokens - shared, default=0))
    subject, asked = kb.entities[first.entity], kb.entities[second.entity]
    rest = [i for i in topic_positions(engine, parsed, mentions, set()) if i not in first.name_tokens | second.name_tokens]
    if not rest or (not any(name.lower() in text for name in _names_of(asked)) and second.name_cover < 0.9):
        return None
    texts = [(subject.description.en, subject.description.ru)]
    texts += [(fact.value.en, fact.value.ru) for fact in kb.facts_of(subject.id)]
    texts += [(fact.en, fact.ru) for fact in getattr(subject, "facts", [])]
    total = sum(query.weights[i] for i in rest) or 1.0
    best: tuple[float, tuple[str, str] | None] = (0.0, None)
    for en, ru in texts:
        for clause_en, clause_ru in zip(CLAUSE_END.split(en), CLAUSE_END.split(ru), strict=False):
            said = set(index.fold_synonyms(text_tokens(f"{clause_en} {clause_ru}")))
            got = sum(query.weights[i] * max((s for v, s in query.matches[i] if v in said), default=0.0) for i in rest)
            if got / total > best[0]:
                best = (got / total, (clause_en, clause_ru))
    score, clause = best
    # Half the words suffice ("set up by a decision" against "established by a decision"): what
    # decides is which body the clause names, and it must name one.
    if clause is None or score < AGENT_CLAUSE:
        return None
    clause_text = f"{clause[0]} {clause[1]}".lower()
    value = {"entity": subject.id, "score": round(score, 3)}
    if any(name.lower() in clause_text for name in _names_of(asked)):
        yes: bool | None = True
    elif any(
        other.id not in (subject.id, asked.id)
        and kb.kind(other.id) in ("body", "organisation")
        and any(len(name) > 4 and name.lower() in clause_text for name in _names_of(other))
        for other in kb.entities.values()
    ):
        yes = False
    else:
        return None
    verdict = _verdict(base, yes, "stated", [subject.id], value, subject.sources)
    verdict.statements = [Statement(clause[0], clause[1], subject.id, subject.sources[0])]
    return verdict


def _folded_names(engine: Engine, entity_id: str) -> list[set[str]]:
    """Each name of an entry as the index's folded tokens (its empty ones left out)."""
    entity = engine.kb.entities[entity_id]
    names = [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]
    folded = [set(engine.index.fold_synonyms(text_tokens(name))) for name in names]
    return [name for name in folded if name]


def _stated(engine: Engine, parsed: Parsed, mentions: Mentions, base: Verdict, hit: Hit) -> Verdict | None:
    """Yes when a sentence of the entity's description or one of its facts says what the rest
    of the question asks ("Is its text to be distributed at the UN?"); otherwise None."""
    kb, index, query = engine.kb, engine.index, parsed.query
    entity = kb.entities[hit.entity]
    asked_done = DONE.search(parsed.text) and not _PLAN_ASKED.search(parsed.text)
    if isinstance(entity, Document) and entity.status in _NOT_DONE_YET and asked_done:
        # The plan's own words ("plans to sign the treaty") would read as a yes.
        return _only_planned(base, entity)
    rest = topic_positions(engine, parsed, mentions, set(hit.name_tokens))
    # "текст собираются распространить в ООН?": the verb of intending asks a plan, no word of the fact.
    intending = plan_claim.intention_words(engine, parsed.text)
    if intending:
        rest = [i for i in rest if query.tokens[i] not in intending]
    # Words the knowledge base does not know stay in: a joint statement "on cybersecurity" is not
    # the one on transnational crime. (Without any known word there is nothing to match.)
    if not rest or all(query.unknown[i] for i in rest):
        return None
    total = sum(query.weights[i] for i in rest) or 1.0
    # Sentence by sentence when both languages have as many; the whole description otherwise.
    english, russian = SENTENCE_END.split(entity.description.en), SENTENCE_END.split(entity.description.ru)
    if len(english) != len(russian):
        english, russian = [entity.description.en], [entity.description.ru]
    texts = list(zip(english, russian, strict=True))
    texts += [(fact.value.en, fact.value.ru) for fact in kb.facts_of(entity.id)]
    # Words naming another entry ("the UN") are said by any of its names ("the United Nations", "ООН").
    named_by = [
        (other.name_tokens & set(rest), _folded_names(engine, other.entity))
        for other in mentions.hits
        if other.entity != entity.id and other.name_tokens & set(rest)
    ]
    best: tuple[float, tuple[str, str] | None] = (0.0, None)
    for en, ru in texts:
        said = set(index.fold_synonyms(text_tokens(f"{en} {ru}")))
        said_names = {i for positions, names in named_by if any(name <= said for name in names) for i in positions}
        # A number or year asked counts as addressed when the sentence gives one of its kind:
        # whether it is the same is checked below ("by a 2005 decision": the sentence says 2000).
        given = {_number_kind(tok) for tok in said if tok.startswith("#")}
        got = sum(
            query.weights[i]
            * (
                1.0
                if (query.tokens[i].startswith("#") and _number_kind(query.tokens[i]) in given) or i in said_names
                else max((s for v, s in query.matches[i] if v in said), default=0.0)
            )
            for i in rest
        )
        if got / total > best[0]:
            best = (got / total, (en, ru))
    score, text = best
    if score < TOPIC_YES or text is None:
        return None
    said = set(index.fold_synonyms(text_tokens(f"{text[0]} {text[1]}")))
    if any(
        distinctive(query, i) and query.tokens[i] not in said and not any(v in said for v, _ in query.matches[i])
        for i in rest
    ):
        return None  # the most specific word asked is not in it
    # The words are there; each number, month and year asserted must be too ("created by a 2005
    # decision": the sentence says 2000).
    _, wrong, held_all = constraints(engine, parsed, [text[0], text[1]])
    claimed = alternatives_in(parsed.text) if ALTERNATIVE_ANY.search(parsed.text) else {}
    opposed = _opposed(claimed, f"{text[0]} {text[1]}") if claimed else None
    if opposed is not None:
        # "Did Klemez say drug production is going down?" against "growing narcotics production".
        wrong = {**wrong, "alternative": list(opposed)}
    if not wrong and not held_all:
        return None
    # "Has the treaty been signed?" against "plans are in place to sign it": a plan says nothing of
    # whether it was done (unless the question asks about the plan).
    planned = (
        not wrong
        # "Approved at the October meetings (planned for adoption according to Klemez in August)": the
        # plan in brackets is an aside to what was done, no plan instead of it
        and PLAN.search(_ASIDE.sub(" ", text[0])) is not None
        and PLAN.search(parsed.text) is None
        and _FUTURE_VERB.search(parsed.text) is None
        and not intending
    )
    verdict = _verdict(
        base, None if planned else not wrong, "stated", [entity.id], {"entity": entity.id, "score": round(score, 3)}, entity.sources
    )
    verdict.statements = [Statement(text[0], text[1], entity.id, entity.sources[0])]
    return verdict


_ASIDE = re.compile(r"\([^()]*\)")
# A Russian verb in the plural future or present ("разошлют в ООН?", "распространят"): asks about
# what is to happen, which a plan answers.
_FUTURE_VERB = re.compile(r"(?<!\w)(?:\w{4,}(?:ют|ят)|будет|будут|\w{4,}(?:yut|jut|yat|jat)|budet|budut)(?!\w)", re.I)

PLAN = re.compile(
    r"\b(?:plans?|planned|planning|intends?|intended|intention|expected\s+to|to\s+be|will\s+be|going\s+to|will|supposed\s+to|meant\s+to"
    # "on a planned basis", "осуществлялась планово": how work was done, no plan
    r"|upcoming|forthcoming)\b(?<!planned(?= basis))"
    r"|\b(?!планово\b)(?:планир|намерен|намечен|предстоит|предстоящ|будет|будут|планов|планы|план)\w*",
    re.IGNORECASE,
)


def _other_speaker(engine: Engine, parsed: Parsed, person: Person, rest: list[int]) -> tuple[str, Statement] | None:
    """The other person whose quoted words cover the topic at ``rest`` as a "yes" would need (enough
    of its weight, the weightiest word held), with the clause of them that answers; None otherwise."""
    best = said_elsewhere.best_other_quote(engine, parsed, person, rest)
    if best is None:
        return None
    score, speaker, found = best
    if score < TOPIC_YES or not _heaviest_held(engine, parsed, rest, found):
        return None
    return speaker, asked_clause(engine, parsed, rest, found)


# Speaking at a meeting, not about it: "speak at", "addressed", "выступал на".
_SPOKE_AT = re.compile(
    r"\b(?:speak|spoke|spoken|speaking|talk|talked|present|address\w*)\s+(?:at|to|in)\b|\baddress(?:ed)?\s+(?:the\s+)?(?:meeting|participants)\b"
    r"|\bвыступ\w*\s+(?:на|в)\b|\bобращ\w*\s+к\b|\bvystup\w*\s+(?:na|v)\b",
    re.IGNORECASE,
)
