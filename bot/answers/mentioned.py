"""Who mentioned a document ("Who spoke about the military cooperation concept?", "кто говорил о
программе по укреплению границ?", and "who mentioned it?" after an answer about one).

A document is mentioned by a person when one of their recorded remarks (said at a meeting, or told
to the media about it) holds the distinctive words of the document's name: its subject words and
the years of its period. The answer is the people with the remark itself, never the record of the
document (which says what was adopted, not who spoke of it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import literal_cue
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Document, Meeting
from bot.search.text import is_stop
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.base import KnowledgeBase
    from bot.kb.schema import Bilingual

# "Who mentioned / spoke about / talked of …", "кто говорил / упоминал / рассказывал о …".
WHO_MENTIONED = re.compile(
    r"\b(?:who|кто|kto)\b[^?]{0,40}?\b(?:mention\w*|spoke|speaks|talk\w*|said|referred|brought up"
    r"|говорил\w*|упомина\w*|упомянул\w*|рассказ\w*|заявля\w*|заявил\w*|сказал\w*|govoril\w*|upomina\w*|upomyanul\w*)"
)
WHO_MENTIONED_CUE = literal_cue([WHO_MENTIONED])
# Words of any document's name that tell none apart ("programme", "cooperation", "CIS member states").
_NAME_FRAME = frozenset(
    text_tokens(
        "programme programmes program cooperation concept states member members cis commonwealth independent"
        " the of in on for and until till to strengthening countering combating external"
        " программа программы сотрудничества сотрудничество концепция государств участников снг содружества"
        " независимых до на в по и укреплении борьбе"
    )
)
# A remark holding all but this many of a name's distinctive words mentions it.
MISSING_ALLOWED = 1
MIN_DISTINCTIVE = 2
NAMED_COVER = 0.6


def documents_asked(engine: Engine, parsed: Parsed, context: Verdict | None) -> list[str]:
    """The document the question names outright, else the one the previous answer was about."""
    kb = engine.kb
    # The best hit, named clearly: "the decision taken in 2000 to set up the ATC" is a fact, not the
    # CIS Plus decision that shares "decision" and "established".
    top = parsed.hits[0] if parsed.hits else None
    if top is not None and kb.kind(top.entity) == "document" and top.name_cover >= NAMED_COVER:
        return [top.entity]
    if context is None:
        return []
    return [i for i in context.focus[:1] if kb.kind(i) == "document"]


def answer(engine: Engine, parsed: Parsed, base: Verdict, context: Verdict | None) -> Verdict | None:
    """A verdict naming who mentioned the document asked about, else None (the next answerer is tried)."""
    if not WHO_MENTIONED.search(parsed.text.lower()):
        return None
    asked = documents_asked(engine, parsed, context)
    if not asked:
        return None
    document = engine.kb.entities[asked[0]]
    if not isinstance(document, Document):
        return None
    remarks = _remarks_mentioning(engine.kb, document)
    # "кто рассказал о ней секретарям советов безопасности?": a body or meeting named beside the
    # document says where the remark was made.
    # (named by words of their own: "пограничной" is the border programme's, not the border council's)
    kb = engine.kb
    own = next((h.name_tokens for h in parsed.hits[:1] if h.entity == document.id), frozenset())
    where = {
        h.entity
        for h in parsed.hits[:4]
        if kb.kind(h.entity) in ("meeting", "body") and h.score >= 0.3 and h.name_cover >= 0.5 and h.name_tokens - own
    }
    if where:
        remarks = [r for r in remarks if r[3].id in where or r[3].body in where]
    if not remarks:
        return None
    base.kind, base.answered, base.attribute = "quote", True, "mentioned_by"
    base.focus = list(dict.fromkeys(person for person, _, _, _ in remarks))
    base.statements = [Statement(said.en, said.ru, person, source, speaker=person) for person, said, source, _ in remarks]
    base.sources = list(dict.fromkeys(source for _, _, source, _ in remarks if source))
    base.value = {"document": document.id}
    return base


def _distinctive(document: Document) -> list[set[str]]:
    """For each English name of the document, the words that tell it apart from other documents."""
    names = [document.name.en, *document.short.en]
    found = []
    for name in names:
        words = {token for token in text_tokens(name) if token not in _NAME_FRAME and not is_stop(token)}
        if len(words) >= MIN_DISTINCTIVE:
            found.append(words)
    return found


def _remarks_mentioning(kb: KnowledgeBase, document: Document) -> list[tuple[str, Bilingual, str | None, Meeting]]:
    """(person, remark, source, meeting) for every recorded remark that holds one of the document's names."""
    names = _distinctive(document)
    if not names:
        return []
    found = []
    for meeting in kb.of_kind("meeting"):
        if not isinstance(meeting, Meeting):
            continue
        source = meeting.sources[0] if meeting.sources else None
        speakers = [(p.person, p.said) for p in meeting.participants.people]
        speakers += [(s.person, s.said) for s in meeting.media_statements]
        for person, remarks in speakers:
            for said in remarks:
                words = set(text_tokens(said.en))
                if any(len(name - words) <= MISSING_ALLOWED and len(name & words) >= MIN_DISTINCTIVE for name in names):
                    found.append((person, said, source, meeting))
    return found
