"""Whether a body named before "входит в число отраслевых органов" is one of the sectoral (or specialised) bodies.

"Совет по геодезии входит в число органов отраслевого сотрудничества СНГ в сфере безопасности?",
"Sovet rukovoditeley GAI SNG vkhodit v 16 organov otraslevogo sotrudnichestva?", "Is the Council of
Heads of Customs Services one of the sectoral bodies?": the question names a body and then the list it
asks about. Read whole, the list's words ("число органов отраслевого сотрудничества") outweigh the
body's name and the question was answered with the count of the sectoral bodies, or "Да" for the
figure 16; read with the list's words, a short name ("совет по геодезии в число отраслевых") was
taken for an unknown body. So the body's name is read alone: a recorded body gets the category check
(yes for a sectoral one, no with its real category for another), a name no record has gets "the
sources mention no such body" (never a "yes" about the nearest real one). "X — это специализированный
орган?", "Является ли X отраслевым органом?" name the body the same way. A list asked ("Какие советы входят
в …") is no body's name; a chatty lead-in before the name is left out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers import unknown_names
from bot.answers.cues import cued
from bot.answers.mentions import MENTION_SCORE, _verdict
from bot.answers.question_form import WORD
from bot.answers.verdict import Verdict
from bot.kb.schema import Body, Organisation

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_CATEGORY = cued(re.compile(r"(?P<sectoral>отраслев|otraslev|sectoral)|(?P<specialised>специализ|spetsializ|speciali[sz])", re.I))
_LIST = r"(?:\d+\s+|число\s+|chislo\s+|состав\s+|sostav\s+|перечень\s+|perechen\s+|список\s+|spisok\s+)"
# "X входит в число …", "X входит ли в …"; "Входит ли X в число …"; "Is X one of / among …"
_NAME_FIRST = re.compile(rf"^\W*(?P<name>.+?)\s+(?:входит|входят|vkhodit|vkhodyat)\s+(?:ли\s+|li\s+)?(?:в|v)\s+{_LIST}", re.I)
_VERB_FIRST = re.compile(rf"^\W*(?:входит|vkhodit)\s+(?:ли|li)\s+(?P<name>.+?)\s+(?:в|v)\s+{_LIST}", re.I)
# "X — это специализированный орган?", "Является ли X отраслевым органом?", "X является отраслевым органом?"
_IS_CATEGORY = re.compile(
    r"^\W*(?:(?:является|yavlyaetsya)\s+(?:ли|li)\s+(?P<asked>.+?)|(?P<named>.+?)\s*(?:(?:—|–|\s-)\s*(?:это|eto)?|\s(?:является|yavlyaetsya)(?:\s+(?:ли|li))?))"
    r"\s+(?:отраслев|специализ|otraslev|spetsializ)\w*\s+(?:орган|organ)",
    re.I,
)
_EN = re.compile(r"^\W*(?:is|are)\s+(?P<name>.+?)\s+(?:one\s+of|among|part\s+of|included\s+in)\s+(?:the\s+)?(?:\d+|sixteen|three|cis)?\s*(?:sectoral|speciali[sz]ed)\b", re.I)
_WH = re.compile(
    r"(?<!\w)(?:какие|какой|какая|каких|сколько|чьи|kakie|kakoy|kakoj|skolko|which|what|how\s+many)(?!\w)", re.I
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_CLAIM_LEAD = re.compile(
    r"^\W*(?:(?:а|и|так|неужели|a|i)\s+)?(?:правда|верно|правильно|pravda|verno|pravilno)(?:\s+(?:ли|li))?\s*,?\s*(?:что|chto)\s+"
    r"|^\W*(?:is\s+it\s+(?:true|right|correct)|it'?s\s+true)\s*,?\s*(?:that\s+)?",
    re.I,
)
WHOLE_COVER = 0.8  # the name read alone is this much of one body's name: that body
# a word of the name this heavy (a field: "геодезии", "пожарных") must be one the body found has
DISTINCTIVE_WEIGHT = 3.0


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The category check for the body named before the list, or "no such body"; None when the
    question is not of that form or its name reads as no body at all."""
    category = _CATEGORY.search(parsed.text)
    if category is None:
        return None
    found = _NAME_FIRST.match(parsed.text) or _VERB_FIRST.match(parsed.text) or _EN.match(parsed.text)
    if found is not None:
        typed = found.group("name")
    elif (is_category := _IS_CATEGORY.match(parsed.text)) is not None:
        typed = is_category.group("asked") or is_category.group("named")
    else:
        return None
    # "Здравствуйте. Готовлю справку. X входит в …": the name is in the sentence that asks
    name = _SENTENCE_END.split(typed)[-1]
    # "Правда, что X — специализированный орган?": the claim's lead asks, it is no part of the name
    name = _CLAIM_LEAD.sub("", name)
    if _WH.search(name) or len(name) < 3:
        return None  # "Какие межгосударственные советы входят в число 16 отраслевых органов?": a list asked
    asked = "sectoral" if category.group("sectoral") else "specialised"
    named = engine.parse(name, parsed.lang)
    kb = engine.kb
    bodies = [h for h in named.hits[:5] if kb.kind(h.entity) in ("body", "organisation") and h.score >= MENTION_SCORE]
    whole = [h for h in bodies if h.name_cover >= WHOLE_COVER]
    if len(whole) != 1:
        unknown = unknown_names.body_lookalike(engine, named, replace(base))
        if unknown is not None:
            return unknown
    subject = whole[0] if len(whole) == 1 else bodies[0] if bodies else None
    query = named.query
    distinctive = [i for i, weight in enumerate(query.weights) if weight >= DISTINCTIVE_WEIGHT]
    if subject is None or any(i not in subject.name_tokens for i in distinctive):
        # "Совет руководителей пожарных служб": a word of the name no body's name has, so none of the
        # bodies its other words reach ("Совет руководителей … служб") is the one asked.
        if not distinctive:
            return None
        words = WORD.findall(name)
        return unknown_names._not_recorded_name(kb, replace(base), "no_body", words, named.hits, ("body", "organisation"))
    entity = kb.entities[subject.entity]
    if not isinstance(entity, Body | Organisation):
        return None
    value = {"entity": entity.id, "asked": asked, "category": entity.category, "kind": type(entity).__name__.lower()}
    return _verdict(base, entity.category == asked, "category", [entity.id], value, entity.sources)
