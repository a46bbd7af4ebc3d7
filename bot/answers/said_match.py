"""What someone said: the remarks of a person, a body or a meeting that answer "what did X say about
...", chosen by who spoke, where and when, to whom (the media) and on what; a person's remark found
before a list word is read as a list asked for; and what a cited source ("according to the article
on ...") says that the rest of the question asks.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers import meeting_names, post_holders, provenance, question_reading, statement_match
from bot.answers.cues import cued
from bot.answers.facts import media_statements, meeting_statements
from bot.answers.questionwords import question_part
from bot.answers.statement_match import MONTH_TOKENS
from bot.answers.thresholds import ANSWER_AT, GUESS_AT
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Meeting
from bot.search.index import Hit
from bot.search.text import cyrillic_share, prepare, surface_words
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed



# "Who spoke about X" with nobody named looks among this many entries the words reach.
STATEMENT_SEARCH_HITS = 8
SPEECH = cued(re.compile(
    r"\b(?:say|said|says|saying|spoke|speak|speaks|talk\w*|mention\w*|told|tell|think|thought|stress\w*|emphasi[sz]\w*|note|noted"
    r"|говор\w*|гавар\w*|сказа\w*|заяв\w*|отмет\w*|назва\w*|называ\w*|упомян\w*|упомина\w*|подчеркн\w*|счита\w*"
    r"|govor\w*|gavar\w*|skaza\w*|zayav\w*|otmet\w*|nazva\w*"
    r"|suggest\w*|propos\w*|предлага\w*|предлож\w*|warn\w*|предупре[жд]\w*"
    # What someone expected is what they said would come ("what was Klemez expecting them to adopt").
    r"|expect\w*|anticipat\w*|ожида\w*|ozhida\w*"
    # Reporting is saying too ("what did the EAG Secretariat report", "по словам Клемеза").
    r"|reported|доложи\w*|докладыва\w*|рассказа\w*|рассказыва\w*|по словам|po slovam"
    # Someone's listing is saying ("какие угрозы перечислил Клемез"; "перечислены" is a record's)
    r"|перечислил\w*|perechislil\w*"
    # An assessment is said too ("how did Rahmon assess the ATC": his words on it).
    r"|assess|assessed|assesses|evaluate|evaluated|praise|praised|comment|commented|оценил\w*|высказал\w*"
    r"|высказыва\w*|ocenil\w*|otsenil\w*"
    # A view credited to someone is what they said ("according to Klemez", "по оценке участников").
    # A source cited ("according to the report") says where it is written, not who said it.
    r"|according to(?! (?:the |a |an |this |that )?(?:\w+ )?(?:report|source|article|document|press|publication|news"
    r"|data|record|agenc|site|website|text|statement)\w*)"
    r"|in the (?:view|opinion|assessment) of|по (?:мнению|оценке|оценкам|заявлению|утверждению)"
    r"|po (?:mneniyu|ocenke|otsenke)"
    # "слова Трефилова про ...", "quote Trefilov on ...": the words asked for are what was said
    r"|слова|slova|words|quotes?|quoted|цитат\w*|tsitat\w*|citat\w*"
    # "Процитируй Трефилова о ...", "cite Klemez on ...": the words themselves are asked
    r"|cite|процитир\w*|цитиру\w*|procitir\w*|protsitir\w*|tsitiru\w*|citiru\w*"
    # "какие слова Рахмона прозвучали", "which words of his were heard": said there
    r"|прозвуча\w*|звучал\w*|prozvucha\w*|zvuchal\w*|heard)\b"
    r"|\bdid\b[^?]*\breport\b"
    # Naming or listing is saying ("which threats did Klemez name", "what risks did he list").
    r"|\bdid\b[^?]*\b(?:name|list|cite|identify|highlight|outline|single out)\b"
    # Describing is saying ("how did Trefilov describe the CIS Plus format", "как он охарактеризовал").
    r"|\b(?:did|does|do|has|have)\b[^?]*\b(?:describe|characteri[sz]e|portray|present)\b"
    # "What position does Rahmon hold, as described at the June meeting": where it is written, as
    # "according to the report" is, not what anyone said
    r"|(?<!\bas )\b(?:described|characteri[sz]ed|portrayed)\b"
    r"|\b(?:описал\w*|описыва\w*|охарактеризова\w*|характеризова\w*|opisal\w*|opisyva\w*|oharakterizova\w*)"
    r"|\b(?:перечислил\w*|перечисля\w*|выделил\w*|обозначил\w*|perechislil\w*)\b"
    # Writing is saying, as an address is ("what did Rahmon write to the participants"); "who wrote
    # War and Peace" asks no words of anyone.
    r"|\b(?:what|did|does|что|о чём|chto)\b[^?]*\b(?:write|wrote|writes|written|написал\w*|пишет|napisal\w*)\b"
    # Explaining is saying ("how did Klemez explain the symbolism", "как Трефилов объяснил ...").
    r"|\b(?:did|does|do|has|have)\b[^?]*\bexplain\b|\bexplained\b"
    r"|\b(?:объяснил\w*|объясня\w*|пояснил\w*|поясня\w*|obyasnil\w*|ob'yasnil\w*|obiasnil\w*)"
    # Judging or raising a point is saying ("what did Trefilov find symbolic", "which decisions did
    # he bring up", "о чём напомнил Клемез", "каких решений коснулся Трефилов").
    r"|\bdid\b[^?]*\b(?:find|consider|call|bring up|raise|point out|point to|refer to|recall|touch on|touch upon)\b"
    r"|\b(?:brought up|pointed out|recalled|referred to|touched on|touched upon)\b"
    r"|\b(?:напомнил\w*|напомина\w*|указал\w*|коснул\w*|затронул\w*|napomnil\w*|ukazal\w*|kosnul\w*|zatronul\w*)"
))

# "What / how did <person> say ...": the words asked for are the person's remark, whatever list
# word the topic holds ("what did Trefilov say about the October meetings in Dushanbe").
_ASKS_WHAT_SAID = re.compile(
    r"^\W*(?:what|how|что|как|чем|chto|kak)\b(?!\s+(?:many|much|often|long)\b)|\b(?:что|chto) (?:сказал|skazal)\w*\W*$"
)
_ASKS_WHAT = re.compile(r"\b(?:what|how|что|чем|как|chto|kak)\b")
# A yes/no question ("говорил ли Трефилов, что ..."), a term's meaning: no remark is asked for.
_NO_REMARK_ASKED = re.compile(r"\b(?:ли|li)\b|\b(?:mean|means|stand for|stands for|означа\w*|расшифр\w*)\b")
PERSON_SAID_COVER = 0.8

# "Said about X" asks about X: with X unrecognised, everything the person said is no answer.
# "о чём говорил Трефилов", "what did he talk about": the topic itself is asked, none is named.
ABOUT = re.compile(
    r"\b(?:about|regarding|concerning|о|об|обо|про|o|ob|pro)\b(?!\s+(?:ч[её]м|chem|chyom|what)\b)(?!\W*$)"
    # "what threats did Klemez talk about in St Petersburg": the place says where, not what about
    r"(?!\s+(?:in|at|during)\s)"
)
_ARTICLES = frozenset({"the", "a", "an"})

BY_NAME = re.compile(r"\b[Пп]о\s+([А-ЯЁ][а-яё]+[ую])\b")

_OCCASION_GROUPS = frozenset({"~meeting", "~summit"})

YEAR_TOKEN = re.compile(r"^#(?:19|20|21)\d\d$")

# Words for the press: "who told journalists about the meeting" asks who, not what was said.
_TO_MEDIA = re.compile(r"\b(?:media|press|journalists?|reporters?|сми|прессе|журналист\w*|smi|zhurnalist\w*)(?!\w)")


def _post_word(token: str, post: frozenset[str]) -> bool:
    """Whether a question's token is a word of the post found, in another form ("President's" of
    "Presidential Press Secretary": "presid" / "presidenti")."""
    return token in post or (len(token) >= 4 and any(word.startswith(token) or token.startswith(word) for word in post if len(word) >= 4))


def said_in_cited(engine: Engine, parsed: Parsed, cited: re.Match[str], question: str) -> Verdict | None:
    """ "According to the article on the Moscow security talks, what is CIS collaboration not?":
    the rest of the question names nothing, so what it asks is looked for in the statements and
    notes of every entry recorded from the source cited (the article on the meeting named)."""
    asked = parsed.text.lower()
    if parsed.intent.question != "card" or not _ASKS_WHAT.search(asked) or _NO_REMARK_ASKED.search(asked):
        # "according to the article on X, who attended": X's own record answers; "is the SCO
        # mentioned in the report on X?" is a yes or no.
        return None
    if any(
        hit.name_cover >= PERSON_SAID_COVER and engine.kb.kind(hit.entity) == "person" for hit in parsed.hits[:3]
    ):
        return None  # "…, what did Peskov say": his own words, not a note that names him
    meetings = [m for m, _ in meeting_names.named_meetings(engine, engine.parse(cited.group(0)))]
    if len(meetings) != 1:
        topic = engine.index.search(engine.index.analyse(text_tokens(cited.group(0))), limit=1)
        if not topic or topic[0].score < ANSWER_AT:
            return None
        meetings = [topic[0].entity]
    sources = set(engine.kb.entities[meetings[0]].sources)
    if not sources:
        return None
    owners = [entity.id for entity in engine.kb.entities.values() if not sources.isdisjoint(entity.sources)]
    start, end = cited.span()
    aside = question_reading.aside_tokens(engine, parsed.text[start:end])
    covered = {i for i, token in enumerate(parsed.query.tokens) if token in aside}
    base = Verdict(question, parsed.lang, "decline", False, intent=parsed.intent.question)
    found = statement_match.statement_verdict(engine, parsed, base, owners, covered=covered, about_names=True)
    if found is None or not found.statements:
        return None
    found.statements = found.statements[:1]
    return found


def person_said_first(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "What did <person> say about the October meetings", "how did Klemez explain ...": the
    person's remark chosen by its content, before any answerer reads the topic's list word
    ("meetings", "programmes") as a list asked for; None unless one is found."""
    hits = parsed.hits[:3]
    if not any(
        hit.name_cover >= PERSON_SAID_COVER and hit.score >= GUESS_AT and engine.kb.kind(hit.entity) == "person"
        for hit in hits
    ):
        return None
    if not parsed.intent.list_kind:
        return None  # no list word for a list answerer to take: the usual order finds the remark
    text = parsed.text.lower()
    if not _ASKS_WHAT_SAID.search(text) or not SPEECH.search(text) or provenance.about_a_source(text):
        return None  # "how did BelTA know what Klemez said": the source's record is asked
    if _NO_REMARK_ASKED.search(text):
        return None
    if parsed.intent.kind_words:
        # The list word and its verb were taken out of the search as "what is asked"; here they
        # are the topic of the remark ("about the programmes approved in Dushanbe").
        spoken = prepare(question_part(parsed.text))
        query = engine.index.analyse(text_tokens(spoken), lambda: surface_words(spoken), cyrillic_share(spoken) < 0.5)
        parsed = replace(parsed, query=query, hits=engine.index.search(query, limit=10))
    said = said_verdict(engine, parsed, replace(base))
    if said is None or said.kind != "quote" or not said.answered or not said.statements:
        return None
    return said


def _asked_beyond(engine: Engine, parsed: Parsed, named: list[Hit], generic: set[str] | None = None) -> bool:
    """Whether the question has known content words besides the names it gives (and the
    ``generic`` tokens besides the usual ones)."""
    query = parsed.query
    covered = set().union(*(h.name_tokens for h in named))
    return any(
        i not in covered
        and query.tokens[i] not in engine._generic
        and not (generic and query.tokens[i] in generic)
        and not query.unknown[i]
        for i in range(len(query.tokens))
    )


def _about_the_cis(engine: Engine, rest: str) -> bool:
    """Whether what follows "about" is only the CIS itself ("what did Peskov say about the CIS"):
    everything a person said here is about it, so it narrows nothing; any other word does
    ("о будущем Содружества")."""
    words = [word.strip("?!.,;:'\"«»") for word in rest.lower().split()]
    words = [word for word in words if word and word not in _ARTICLES]
    return bool(words) and all(
        (tokens := text_tokens(word)) and set(engine.index.fold_synonyms(tokens)) <= engine._cis_words
        for word in words
    )


def _all_said(engine: Engine, person: str, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The first statements a person made (none of the knowledge base's notes)."""
    entity = engine.kb.entities[person]
    statements = []
    for doc_id in engine.index.statements(person):
        text = engine.index.statement(doc_id)
        if text in entity.notes:
            continue
        source = entity.sources[0] if entity.sources else None
        statements.append(Statement(text.en, text.ru, person, source, person))  # type: ignore[attr-defined]
        if len(statements) == 3:
            break
    if not statements:
        # A remark recorded as a headline fact about the person ("Peskov's October statement").
        # His own remark lists him first; a fact that only mentions him is shown when there is none.
        facts = engine.kb.facts_of(person)
        own = [fact for fact in facts if fact.related[:1] == [person]]
        for fact in (own or facts)[:3]:
            source = fact.sources[0] if fact.sources else None
            statements.append(Statement(fact.value.en, fact.value.ru, fact.id, source, person))
    if not statements:
        return None
    base.kind, base.answered = "quote", True
    base.value = {"about": []}
    base.focus = [person]
    base.statements = statements
    base.sources = list(dict.fromkeys(s.source for s in statements if s.source))
    base.confidence = 1.0
    return base


def _said_at(engine: Engine, person: str, meeting_id: str, base: Verdict) -> Verdict | None:
    """What one person said at one meeting, or None when the sources record nothing."""
    meeting = engine.kb.entities[meeting_id]
    statements = meeting_statements(meeting, person) if isinstance(meeting, Meeting) else []
    if not statements:
        return None
    base.kind, base.answered = "quote", True
    base.focus = [person]
    base.statements = statements
    base.sources = list(dict.fromkeys(s.source for s in statements if s.source))
    return base


def said_instead(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """What a person the question names said, for a list that came out empty ("what was Klemez
    expecting the heads of state to adopt at their next meetings": no later meeting is recorded,
    his words about it are)."""
    if not SPEECH.search(parsed.text.lower()):
        return None
    said = said_verdict(engine, parsed, replace(base))
    if said is None or said.kind != "quote" or not any(engine.kb.kind(i) == "person" for i in said.focus):
        return None
    return said


def _occasion_words(engine: Engine, parsed: Parsed, people: list[str]) -> set[int]:
    """The question's positions that name a session ("пленарное заседание") of a meeting whose
    record of it names one of ``people``: where they spoke, not what about."""
    labels = []
    for person in people:
        surname = engine.kb.name(person, "en").split()[-1]
        for meeting in engine.kb.meetings_of(person):
            for session in meeting.sessions:
                if any(surname in point.en for point in session.points):
                    # The label before the colon: "First session: national experience ..." names
                    # its topic after it, which is asked about.
                    labels.append(f"{session.title.en.split(':')[0]} {session.title.ru.split(':')[0]}")
    if not labels:
        return set()
    raw = text_tokens(" ".join(labels))
    tokens = set(engine.index.fold_synonyms(raw)).union(raw)
    query = parsed.query
    return {
        i
        for i, token in enumerate(query.tokens)
        if token in tokens or any(match in tokens for match, similarity in query.matches[i] if similarity >= 0.9)
    }


def _meeting_spoken_at(engine: Engine, parsed: Parsed, people: list[str]) -> tuple[set[int], list[str]]:
    """The positions naming a meeting one of ``people`` has words recorded at, when the question
    has a meeting word ("the counter-terrorism meeting"): the occasion, not the topic; and those
    meetings."""
    query = parsed.query
    if _OCCASION_GROUPS.isdisjoint(query.tokens):
        return set(), []
    # Only the meeting the question names best: "на 13-м заседании" is not the XVIII meeting he
    # addressed, whose name shares the word "meeting".
    first = next((h for h in parsed.hits[:6] if isinstance(engine.kb.entities[h.entity], Meeting)), None)
    meeting = engine.kb.entities[first.entity] if first is not None else None
    if first is None or not isinstance(meeting, Meeting) or not first.name_tokens:
        return set(), []
    if not any(said.speaker in people for said in [*meeting_statements(meeting), *media_statements(meeting)]):
        return set(), []
    return set(first.name_tokens), [meeting.id]


def _spoke_in(engine: Engine, place: str, people: list[str]) -> bool:
    """Whether one of ``people`` has words recorded at a meeting held in ``place``."""
    if engine.kb.kind(place) != "place":
        return False
    for meeting_id in engine.kb.meetings_held_in.get(place, []):
        meeting = engine.kb.entities[meeting_id]
        if isinstance(meeting, Meeting) and any(
            said.speaker in people for said in [*meeting_statements(meeting), *media_statements(meeting)]
        ):
            return True
    return False


def _credited(engine: Engine, parsed: Parsed) -> bool:
    """ "Насколько важен, по Клемезу, СМВД": a view credited to a person the question names by
    "по" and the name in the dative."""
    found = BY_NAME.search(parsed.text)
    if found is None:
        return False
    said_by = set(text_tokens(found.group(1)))
    query = parsed.query
    return any(
        engine.kb.kind(hit.entity) == "person" and said_by & {query.tokens[i] for i in hit.name_tokens}
        for hit in statement_match.named_hits(engine, parsed)
    )


def _meeting_by_its_date(engine: Engine, parsed: Parsed) -> bool:
    """Whether the question asks who spoke at a meeting it names by its date alone: the first hit a
    meeting found clearly, no topic asked ("about …")."""
    if parsed.intent.question != "speakers" or not parsed.hits or ABOUT.search(parsed.text.lower()):
        return False
    first = parsed.hits[0]
    return engine.kb.kind(first.entity) == "meeting" and first.score >= ANSWER_AT


def said_verdict(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "What did <person> say about X" and "who spoke about X": statements first, whatever
    else the question names."""
    if not SPEECH.search(parsed.text.lower()) and not _credited(engine, parsed):
        return None
    if parsed.intent.question in ("where", "when") and not ABOUT.search(parsed.text.lower()):
        return None  # "Where did Trefilov speak?": the meetings he spoke at, not his words
    named = statement_match.named_hits(engine, parsed)
    if not named and _meeting_by_its_date(engine, parsed):
        return None  # "who spoke at the meeting on 10 June?": that meeting's speakers, not words dated so
    persons = [h for h in named if engine.kb.kind(h.entity) == "person"]
    # "President Putin": Rahmon's "President" is inside Putin's name as written, no second person.
    people = [h.entity for h in persons if not any(h.name_tokens < other.name_tokens for other in persons)]
    if not people and parsed.intent.question == "speakers" and _TO_MEDIA.search(parsed.text.lower()):
        return None  # "кто рассказал журналистам о заседании": who told the media is asked, not what
    holder = post_holders.post_holder(engine, parsed)
    if not people and holder is not None and not holder[1]:
        # "What did the CIS Secretary-General say": the sources name only his deputy.
        base.kind, base.answered, base.reason, base.intent = "not_recorded", True, "title", "not_recorded"
        base.value = {"person_text": None, "target": None, "holders": [holder[0]]}
        base.alternatives, base.focus = [holder[0]], [holder[0]]
        base.sources = list(engine.kb.entities[holder[0]].sources)
        return base
    post_words: set[int] = set()
    if holder is not None and holder[1]:
        # A name matched only by the post's words ("президента" of President Putin) is not named.
        query = parsed.query
        people = [
            h.entity
            for h in named
            if engine.kb.kind(h.entity) == "person"
            and not all(_post_word(query.tokens[i], holder[1]) for i in h.name_tokens)
        ] or [holder[0]]
        if people == [holder[0]]:
            # "по словам директора департамента Исполкома": the post's words name him, they ask nothing.
            post_words = {
                i
                for i, token in enumerate(query.tokens)
                if token in holder[1] or any(v in holder[1] for v, similarity in query.matches[i] if similarity >= 0.9)
            }
    if people:
        query = parsed.query
        # A month, or a year of the person's sources, says when it was said, not what about
        # ("what did Klemez tell the media in August 2025"); another year is a constraint.
        years = _source_years(engine, people)
        # The verb of saying ("как Путин предлагал ...", "how did he describe ...") says that
        # words are asked, not what they were about.
        speech = _speech_tokens(engine, parsed.text.lower())
        dates = {
            i
            for i, token in enumerate(query.tokens)
            if token in engine._month_words
            or token in engine._assess_words
            or is_speech(token, speech)
            or (YEAR_TOKEN.match(token) and token[1:] in years)
        }
        # "on 10 June", "June 10": the day beside its month says when too
        months = {i for i in dates if query.tokens[i] in engine._month_words}
        dates |= {
            i
            for i, token in enumerate(query.tokens)
            if token[:1] == "#" and token[1:].isdigit() and int(token[1:]) <= 31 and (i - 1 in months or i + 1 in months)
        }
        asks_about = ABOUT.search(parsed.text.lower())
        occasion: set[int] = set()
        spoken_at_named: list[str] = []
        if not asks_about:
            # "Which threats did Klemez name in St Petersburg": the place where he spoke says where,
            # not what about; "what did he say about St Petersburg", or of the Dushanbe summit
            # he spoke of in Moscow, asks about it.
            post_words |= set().union(
                *(h.name_tokens for h in named if _spoke_in(engine, h.entity, people))
            )
            # "Какие слова Рахмона прозвучали на пленарном заседании": the session he spoke at
            # says where too.
            occasion = _occasion_words(engine, parsed, people)
            post_words |= occasion
            # "in his address to the counter-terrorism meeting": the words that name, however
            # loosely, a meeting he is recorded speaking at say where too ("counter-terrorism"
            # had picked his one clause on anti-terrorist cooperation, without the year 2000).
            spoken_words, spoken_at_named = _meeting_spoken_at(engine, parsed, people)
            post_words |= spoken_words
        said = statement_match.statement_verdict(engine, parsed, base, people, any_question=True, covered=dates | post_words, facts_by_name=True
        )
        if said is None:
            # "Что, по словам Трефилова, определяют принятые в Душанбе концепция и программы": the
            # place or meeting he spoke of in one remark sets the scene of the next, which need
            # not name it again; those words are the setting, not what is asked.
            setting = _setting_words(engine, parsed, people) - dates - post_words
            if setting:
                said = statement_match.statement_verdict(engine, parsed, base, people, any_question=True, covered=dates | post_words | setting, facts_by_name=True
                )
        if said is None and len(people) == 1 and len(set(spoken_at_named)) == 1:
            # "Что Клемез сказал на заседании СМВД в Петербурге?": nothing asked beyond the meeting
            # he spoke at (its words all cover its name): all he said there, or told the media of it
            there = _said_at(engine, people[0], spoken_at_named[0], replace(base))
            held = engine.kb.entities[spoken_at_named[0]]
            told = [s for s in media_statements(held) if s.speaker == people[0]] if isinstance(held, Meeting) else []
            if there is None and told:
                there = replace(base, kind="quote", answered=True, focus=[people[0]], statements=told)
                there.sources = list(dict.fromkeys(s.source for s in told if s.source))
            if there is not None:
                return there
        if said is None and len(people) == 1:
            # "Did Trefilov say anything about the SCO": nothing of his, but a note of a meeting he
            # spoke at may say what the source wrote between his words.
            surname = engine.kb.name(people[0], "en").split()[-1]
            spoken_at = [m.id for m in engine.kb.meetings_of(people[0])]
            if spoken_at:
                said = statement_match.statement_verdict(engine, parsed,
                    base,
                    spoken_at,
                    any_question=True,
                    covered=dates | post_words | _name_positions(engine, parsed, people[0]),
                    notes_naming=surname,
                )
        meetings_named = [h.entity for h in named if engine.kb.kind(h.entity) == "meeting"]
        about_nothing = asks_about is not None and _about_the_cis(engine, parsed.text[asks_about.end() :])
        generic = (engine._generic_groups if about_nothing else set()) | {query.tokens[i] for i in dates | occasion}
        if (
            said is None
            and len(people) == 1
            and (not asks_about or about_nothing)
            and not _asked_beyond(engine, parsed, named, generic or None)
        ):
            if meetings_named:
                # "What did Rahmon say in his address to the XVIII meeting": what he said there;
                # nothing there ("Klemez at the 13th meeting") is for the look-alike check.
                return _said_at(engine, people[0], meetings_named[0], base)
            # "What did Rahmon note": nothing but names is asked, so what the one person
            # named said is the answer.
            return _all_said(engine, people[0], parsed, base)
        return said
    meetings = [h.entity for h in named if engine.kb.kind(h.entity) == "meeting"]
    if meetings and parsed.intent.question in ("agenda", "outcomes"):
        # "What did the SVR say about the agenda of the Moscow meeting": the agenda it detailed,
        # not a note that names the SVR.
        return None
    if meetings:
        # "What did the participants of <meeting> say about X": its statements; with nothing
        # about X ("who spoke at <meeting>") the meeting's speakers answer. A month beside the
        # meeting ("на июньском совещании") dates it, it says nothing of what was said.
        months = {i for i, token in enumerate(parsed.query.tokens) if token in MONTH_TOKENS}
        # So does the city it was held in ("who spoke at the security secretaries meeting in Moscow").
        places = {getattr(engine.kb.entities[m], "place", None) for m in meetings}
        venue = {i for h in named if h.entity in places for i in h.name_tokens}
        return statement_match.statement_verdict(engine, parsed, base, meetings, any_question=True, covered=months | venue)
    dated = [(m, own) for m, own in meeting_names.named_meetings(engine, parsed) if own]
    if dated:
        # A meeting named by its date, place or body only ("что говорилось о финансировании терроризма
        # на совещании 10 июня"): those words say where, not what was said.
        own = set().union(*(positions for _, positions in dated))
        places = {getattr(engine.kb.entities[m], "place", None) for m, _ in dated}
        own |= {i for h in named if h.entity in places for i in h.name_tokens}  # the city it was held in
        # and the word "meeting" itself, which names the occasion too, no topic ("annual meetings")
        own |= {i for i, token in enumerate(parsed.query.tokens) if token in _OCCASION_GROUPS}
        said_there = statement_match.statement_verdict(engine, parsed, base, [m for m, _ in dated], any_question=True, covered=own)
        if said_there is not None:
            return said_there
    # Whoever said it, among the entries the question's words reach; a thing the question
    # names ("the Year of Peace and Unity") is what the statements are about.
    reached = [h.entity for h in parsed.hits[:STATEMENT_SEARCH_HITS]]
    return statement_match.statement_verdict(engine, parsed, base, reached, about_names=bool(named))


def _setting_words(engine: Engine, parsed: Parsed, people: list[str]) -> set[int]:
    """The question's positions naming a place, state or meeting that the people's own statements
    name (where what they spoke of happened)."""
    query = parsed.query
    places = [
        hit
        for hit in parsed.hits[:5]
        if hit.score >= GUESS_AT and engine.kb.kind(hit.entity) in ("place", "state", "meeting")
    ]
    if not places:
        return set()
    said: set[str] = set()
    for person in people:
        for doc_id in engine.index.statements(person):
            said |= engine.index.statement_tokens(doc_id)
    return {i for hit in places for i in hit.name_tokens if query.tokens[i] in said}


def _speech_tokens(engine: Engine, text: str) -> set[str]:
    """The search tokens of the verbs of saying in ``text`` (lower case), synonym groups folded;
    of "did <anyone> name", only the verb (the words between say who, or what about)."""
    verbs = []
    for found in SPEECH.finditer(text):
        words = found.group(0).split()
        verbs.append(words[-1] if words[0] in ("did", "does", "do", "has", "have") else found.group(0))
    raw = text_tokens(" ".join(verbs))
    return set(engine.index.fold_synonyms(raw)).union(raw)


def is_speech(token: str, speech: set[str]) -> bool:
    """Whether a question's token is one of the verbs of saying (the index may hold a shorter
    stem of it: "charact" for "characterise")."""
    return token in speech or (
        len(token) >= 5 and any(len(said) >= 5 and (said.startswith(token) or token.startswith(said)) for said in speech)
    )


def _name_positions(engine: Engine, parsed: Parsed, entity: str) -> set[int]:
    """The question's token positions that name ``entity`` (none when it is not among the hits)."""
    return set().union(*(h.name_tokens for h in parsed.hits if h.entity == entity))


def _source_years(engine: Engine, people: list[str]) -> set[str]:
    """The years of the sources that record what these people said."""
    years = set()
    for person in people:
        for source_id in engine.kb.entities[person].sources:
            source = engine.kb.source(source_id)
            if source is not None and source.date:
                years.add(str(source.date)[:4])
    return years
