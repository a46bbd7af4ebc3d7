"""Which source says something: "Which source reports that 20 meetings were held in 2025?", "в каком
источнике упоминается Песков?", "где написано, что АТЦ создан в 2000 году?"; and who said it: "кто
сообщил, что концепция военного сотрудничества утверждена?".

The source is asked, not the thing: what follows the frame is answered as a question of its own
(a claim as "is it true that ...", a bare name or topic as itself), and the sources of that answer
are the answer. A claim the sources contradict or do not confirm keeps its own "no" or "not stated":
no source is named for what no source says.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Fact, Meeting
from bot.search.text import has_cyrillic
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine

# Cheap test first: one of these words must be in the question before the frame is tried.
_CUE_WORDS = ("source", "document", "article", "report", "where", "according", "источник", "документ", "стать",
              "отч", "материал", "публикац", "сообщени", "где", "откуда", "istochnik", "dokument", "stat", "gde")

_SAY_EN = r"(?:says?|said|reports?|reported|states?|stated|writes?|wrote|tells?|notes?|noted|confirms?|claims?|describes?)"
_MENTION_EN = r"(?:mentions?|mentioned|names?|named|contains?|covers?|features?|talks?\s+about|speaks?\s+of|is\s+about)"
_SAY_RU = (
    r"(?:сказано|говорится|написано|пишется|пишут|пишет|сообщается|сообщает|указано|отмечено|утверждается|"
    r"отмечается|skazano|govoritsya|napisano|soobshchaetsya|ukazano)"
)
_MENTION_RU = r"(?:упоминается|упоминаются|упомянут\w*|упомина\w*|фигурирует|есть|содержится|приводится|называется|upominaetsya|upominayutsya)"
_SOURCE_EN = r"(?:sources?|documents?|articles?|reports?|publications?|texts?|news\s+items?|stor(?:y|ies)|pages?|pieces?)"
_SOURCE_RU = (
    r"(?:источник\w*|документ\w*|стать\w*|материал\w*|публикаци\w*|сообщени\w*|отч[её]т\w*|новост\w*|текст\w*"
    r"|istochnik\w*|dokument\w*|stat'?\w*)"
)
_WHICH_RU = r"(?:(?:в|из|v)\s+)?(?:каком|какой|котором|которой|каких|kakom|kakoy|kakoi|kakih)"

_FRAME = re.compile(
    rf"^\s*(?:(?:which|what|whose)\s+(?:of\s+the\s+|of\s+your\s+)?{_SOURCE_EN}\s+(?:(?:do|does|did)\s+)?(?:(?P<say_en>{_SAY_EN})|(?P<mention_en>{_MENTION_EN}))"
    rf"|(?:in\s+)?(?:which|what)\s+{_SOURCE_EN}\s+(?:is|are|was|were)\s+(?:it\s+)?(?:(?P<said_en>said|stated|written|reported)|(?P<mentioned_en>mentioned|named))"
    rf"|where\s+(?:(?:does|do|did)\s+it\s+say|is\s+it\s+(?:said|written|stated))"
    rf"|according\s+to\s+which\s+{_SOURCE_EN}\s*,?"
    rf"|(?P<ru>{_WHICH_RU}\s+{_SOURCE_RU}\s+(?:из\s+\w+\s+)?(?:(?P<say_ru>{_SAY_RU})|(?P<mention_ru>{_MENTION_RU}))"
    rf"|(?:где|gde)\s+(?:{_SAY_RU})"
    rf"|(?:откуда|otkuda)\s+(?:известно|izvestno)))"
    r"\s*,?\s*(?:(?P<that>that|что|о\s+том,?\s+что|chto)\s+|(?P<about>about|of|on|о|об|обо|про|o|ob|pro)\s+)?",
    re.IGNORECASE,
)
MIN_CLAIM_WORDS = 1


def cue(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _CUE_WORDS)


def split(question: str) -> tuple[str, bool, bool] | None:
    """The question after the frame, whether it is a claim (else a name or a topic) and whether the
    frame is Russian (in any letters)."""
    frame = _FRAME.match(question)
    if frame is None:
        return None
    rest = question[frame.end() :].strip().rstrip("?").strip()
    if len(rest.split()) < MIN_CLAIM_WORDS:
        return None
    mention = bool(frame.group("mention_en") or frame.group("mentioned_en") or frame.group("mention_ru"))
    claim = not frame.group("about") and (bool(frame.group("that")) or (not mention and len(rest.split()) >= 3))
    return rest, claim, bool(frame.group("ru"))


# Per engine: each source's sentences as the search's tokens, synonyms folded (bilingual groups and
# numbers), to tell which of an entry's sources holds a claim.
_SENTENCES: weakref.WeakKeyDictionary[Engine, dict[str, list[set[str]]]] = weakref.WeakKeyDictionary()
MIN_SHARED = 2  # tokens a sentence must share with the claim to single its source out


def _folded(engine: Engine, text: str) -> set[str]:
    words = text_tokens(text)
    return {*words, *engine.index.fold_synonyms(words)}


def _holding(engine: Engine, claim: str, sources: list[str], *, strict: bool = False) -> list[str]:
    """Of an entry's sources, those with the sentence that shares most with the claim. ``strict``:
    only a sentence with every number of the claim counts, and none found is no source at all."""
    cache = _SENTENCES.setdefault(engine, {})
    wanted = _folded(engine, claim)
    numbers = {token for token in wanted if token.startswith("#")}
    scores = {}
    for source_id in sources:
        if source_id not in cache:
            cache[source_id] = [_folded(engine, sentence) for sentence in engine.kb.source_sentences(source_id)]
        scores[source_id] = max(
            (len(wanted & sentence) for sentence in cache[source_id] if not strict or numbers <= sentence), default=0
        )
    best = max(scores.values(), default=0)
    if best < MIN_SHARED:
        return [] if strict else sources
    return [s for s in sources if scores[s] == best]


def answer(engine: Engine, question: str, lang: str | None, today: date | None) -> Verdict | None:
    """The sources of the claim or the entry the question frames, or None when it has no such frame
    or the inner question finds nothing with a source."""
    if not cue(question):
        return None
    found = split(question)
    if found is None:
        return None
    rest, claim, russian = found
    cyrillic = has_cyrillic(question)
    if claim:
        # Asked as a yes/no of its own, in the question's letters ("Правда ли, что ..."), as
        # claims.as_claim does for "does the report say that ...".
        inner_question = f"Правда ли, что {rest}" if cyrillic else f"Pravda li, chto {rest}" if russian else f"Is it true that {rest}"
    else:
        inner_question = rest
    asked_lang = lang or ("ru" if russian or cyrillic else None)
    inner = engine.answer(inner_question, asked_lang, today)
    confirmed = True
    if claim and not inner.answered:
        # "Is it true that the ATC was set up in 2000" finds no yes or no: the claim as said finds
        # its entry, and only a source sentence with the claim's numbers and words names a source.
        inner, confirmed = engine.answer(rest, asked_lang, today), False
    if not inner.answered or not inner.sources or not inner.focus:
        return None
    if claim and confirmed and inner.yes is not True:
        # No source is named for a claim the sources do not confirm: its own "no" or "not stated".
        return replace(inner, question=question)
    verdict = Verdict(question, inner.lang, "fact", True, intent="which_source")
    verdict.attribute = "which_source"
    verdict.focus = list(inner.focus)
    kb = engine.kb
    sources = list(dict.fromkeys(inner.sources))
    if claim:
        # A yes/no's sources are its entry's; the claim is in those of them whose text holds it. A
        # meeting, fact or document asked about narrows them to its own.
        if not confirmed:
            sources = list(dict.fromkeys([*sources, *(s for i in inner.focus[:2] for s in kb.entities[i].sources)]))
        main = kb.entities[inner.focus[0]]
        own = [s for s in sources if s in main.sources] if kb.kind(main.id) in ("meeting", "fact", "document") else []
        sources = _holding(engine, rest, own or sources, strict=not confirmed)
        if not sources:
            return None
    verdict.sources = sources
    verdict.value = {"sources": verdict.sources}
    verdict.statements = list(inner.statements[:1])
    verdict.confidence = inner.confidence
    return verdict


# "Кто сообщил, что ...", "who said that ...": the person is asked, the claim is what they said.
_WHO_SAID = re.compile(
    r"^\s*(?:who|кто|kto)\s+(?:(?:first|ещё|еще|первым)\s+)?"
    r"(?:said|says|announced|reported|stated|noted|told\s+\w+|claimed|declared|emphasi[sz]ed|stressed"
    r"|сказал\w*|сообщил\w*|заявил\w*|говорил\w*|отметил\w*|подчеркнул\w*|объявил\w*|рассказал\w*"
    r"|skazal\w*|soobshchil\w*|zayavil\w*|govoril\w*|otmetil\w*)"
    r"\s*,?\s*(?:that|что|chto)\s+",
    re.IGNORECASE,
)
_SPEAKER_CUE = ("who", "кто", "kto")
_PLANNED = re.compile(r"\b(?:plans?|planned|will\s+be|to\s+be\s+(?:adopted|signed))\b|\b(?:планир|предстоит|планы|намечен|planir)\w*", re.IGNORECASE)
MIN_SAID_SHARED = 3  # tokens the claim must share with the words of the person named
SAID_LEAD = 1  # by this many more than anyone else's words


def _all_said(engine: Engine) -> list[Statement]:
    """Every recorded remark of a person: at meetings, to the media, dated statements."""
    kb = engine.kb
    found: list[Statement] = []
    for meeting in kb.of_kind("meeting"):
        if not isinstance(meeting, Meeting):
            continue
        source = next(iter(meeting.sources), None)
        said = [(p.person, p.said) for p in meeting.participants.people]
        said += [(m.person, m.said) for m in meeting.media_statements]
        found += [Statement(w.en, w.ru, meeting.id, source, person) for person, words in said for w in words]
    for fact in kb.of_kind("fact"):
        if isinstance(fact, Fact) and fact.related and kb.kind(fact.related[0]) == "person":
            found.append(Statement(fact.value.en, fact.value.ru, fact.id, next(iter(fact.sources), None), fact.related[0]))
    return found


_SAID: weakref.WeakKeyDictionary[Engine, list[tuple[Statement, set[str]]]] = weakref.WeakKeyDictionary()


def who_said(engine: Engine, question: str, lang: str | None) -> Verdict | None:
    """The person whose recorded words hold the claim after "who said that", or None."""
    if not question.lstrip().lower().startswith(_SPEAKER_CUE):
        return None
    frame = _WHO_SAID.match(question)
    if frame is None:
        return None
    claim = question[frame.end() :].strip().rstrip("?").strip()
    if len(claim.split()) < 2:
        return None
    said = _SAID.get(engine)
    if said is None:
        said = _SAID[engine] = [(s, _folded(engine, f"{s.en} {s.ru}")) for s in _all_said(engine)]
    wanted = _folded(engine, claim)
    russian_latin = claim.isascii() and frame.group(0).lower().lstrip().startswith("kto")
    if russian_latin:
        # Russian typed in Latin letters is read as Russian by the search's own parse.
        read = engine.parse(claim, "ru").query.tokens
        wanted |= {*read, *engine.index.fold_synonyms(list(read))}
    if not _PLANNED.search(claim):
        # "кто сказал, что концепция утверждена": who said it was planned did not say it was done.
        said = [(s, tokens) for s, tokens in said if not (_PLANNED.search(s.en) or _PLANNED.search(s.ru))]
    scored = sorted(((len(wanted & tokens), s) for s, tokens in said), key=lambda item: -item[0])
    if not scored or scored[0][0] < MIN_SAID_SHARED:
        return None
    best, statement = scored[0]
    rivals = [s for score, s in scored[1:] if score > best - SAID_LEAD and s.speaker != statement.speaker]
    if rivals or statement.speaker is None:
        return None
    asked = lang or ("ru" if has_cyrillic(question) or frame.group(0).lower().lstrip().startswith("kto") else "en")
    verdict = Verdict(question, asked, "quote", True, intent="who_said")
    verdict.focus = [statement.speaker, statement.entity]
    verdict.statements = [statement]
    verdict.sources = [statement.source] if statement.source else list(engine.kb.entities[statement.entity].sources)
    verdict.value = {"about": sorted(wanted)}
    verdict.confidence = 1.0
    return verdict
