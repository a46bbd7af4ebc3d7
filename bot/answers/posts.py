"""Look-alike posts: a person the sources name, given a title, state or organisation their recorded
roles do not hold ("CIS Secretary-General Denis Trefilov" for the Deputy Secretary-General,
"президент Узбекистана Эмомали Рахмон", "Klemez v ODKB").

Answered as if the title were right, the question gets a confident wrong premise back; the verdict
is "not recorded" with the person's recorded titles instead. Cheap: a title word in the question
and one person named are checked before anything else.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.mentions import MENTION_SCORE
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Fact, Person
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

WEAK_WEIGHT = 2.5  # a query word lighter than this names nothing by itself
TITLE_BEFORE = 4  # words before a name that may be its title ("президент Республики Узбекистан Эмомали")
LONG_TITLE_BEFORE = 10  # a longer title, all of whose words are part of names
PREFIX = 5  # "Tajik" for "Tajikistan", "Russian" for "Russia": a shared start this long is the same word

# A title word in apposition to a name: singular, as a title is ("министров" is a council's word).
_TITLE_WORD = re.compile(
    r"\b(?:chair(?:man|woman|person)?|head|director|deputy|secretary|secretary-general|president|commander|minister"
    r"|chief|spokes(?:man|woman|person)|ambassador|prosecutor|premier)\b"
    r"|\b(?:председатель|председателя|руководитель|руководителя|глава|главы|директор|директора|заместитель"
    r"|заместителя|секретарь|секретаря|президент|президента|командующий|командующего|министр|министра|начальник"
    r"|начальника|пресс-секретарь|пресс-секретаря|посол|посла|генпрокурор|генпрокурора|генпрокурором|генпрокурору|прокурор|прокурора|прокурором|прокурору|премьер|генсек|замгенсек)\b"
    r"|\b(?:predsedatel|rukovoditel|glava|direktor|zamestitel|sekretar|prezident|ministr|nachalnik|genprokuror"
    r"|gensek|prokuror)[a-z]{0,3}\b",
    re.I,
)
# Where a person works, asked after the name: "Klemez v ODKB", "Trefilov at the CSTO".
_IN_BODY = re.compile(r"^(?:in|at|of|from|в|во|из|v|vo|iz)$", re.I)
_WORD = re.compile(r"[\w'-]+")
_DEPUTY = re.compile(r"\bdeputy\b|\bvice\b|\bзаместител\w*|\bzamestitel\w*|\bзамгенсек\w*|\bzamgensek\w*", re.I)
# The CIS itself qualifies every CIS post: "CIS Director Klemez" is no other organisation.
_CIS = frozenset(text_tokens("CIS СНГ SNG Commonwealth Содружество"))


def post_lookalike(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "not_recorded" (reason "post") when the one person named is given a title or an
    organisation none of their recorded roles holds; None otherwise."""
    text = parsed.text
    kb = engine.kb
    # The one person named first: it costs a look at five hits, the title words a regex over the text.
    people = [
        h for h in parsed.hits[:5] if h.score >= MENTION_SCORE and h.name_cover >= 0.8 and kb.kind(h.entity) == "person"
    ]
    if len(people) != 1:
        return None
    if _CHAIR_VERB.search(text) and _WHICH.search(text):
        return _chaired(engine, base, people[0].entity, text)
    if not _TITLE_WORD.search(text) and not any(_IN_BODY.match(w) for w in text.split()):
        return None
    hit = people[0]
    person = kb.entities[hit.entity]
    if not isinstance(person, Person) or not person.roles:
        return None
    words = _WORD.findall(text)
    # The name's own words, not a title word an alias holds ("Президент Рахмон").
    names = " ".join([person.name.en, person.name.ru, *person.short.all(), *person.aliases.all()])
    name_tokens = {parsed.query.tokens[i] for i in hit.name_tokens} | set(text_tokens(names))
    spots = [
        i for i, word in enumerate(words) if set(text_tokens(word)) & name_tokens and not _TITLE_WORD.fullmatch(word)
    ]
    if not spots:
        return None
    if _WHO_FIRST.match(text) and _inflected(words[spots[0]], person):
        # "Кто пресс-секретарь Путина?": the name in the genitive after the title is whose post it is,
        # not its holder (grid21: was "no record that Putin is a press secretary")
        return None
    translit = parsed.query.read_as_russian > 0
    span = _title_before(words, spots[0], translit) or _body_after(engine, parsed, words, spots[-1])
    if not span:
        return None
    known = _role_words(engine, person) | name_tokens
    asked = [tok for word in span for tok in text_tokens(word) if tok not in _CIS and tok not in engine._generic]
    weights = dict(zip(parsed.query.tokens, parsed.query.weights, strict=True))

    def weight(tok: str) -> float:
        # A word typed in Latin letters is analysed as Russian in the query ("Uzbekistana" → "uzbekista").
        return weights.get(tok) or max((w for q, w in weights.items() if _known(tok, {q})), default=0.0)

    # A word the question's analysis does not weigh is no part of a title ("the", "of").
    strange = [tok for tok in asked if weight(tok) >= WEAK_WEIGHT and not _known(tok, known)]
    deputy_only = all(_DEPUTY.search(f"{role.title.en} {role.title.ru}") for role in person.roles)
    wrong_rank = deputy_only and _DEPUTY.search(" ".join(span)) is None and _TITLE_WORD.search(" ".join(span))
    if not strange and not wrong_rank:
        return None
    base.kind = "not_recorded"
    base.answered = True
    base.reason = "post"
    base.value = {"person": person.id, "asked": " ".join(span)}
    base.alternatives = [person.id]
    base.focus = [person.id]
    base.sources = list(dict.fromkeys(role.source for role in person.roles if role.source)) or list(person.sources)
    base.intent = "not_recorded"
    return base


_WHO_FIRST = re.compile(r"^\W*(?:кто|kto)\b", re.I)


def _inflected(word: str, person: Person) -> bool:
    """Whether ``word`` is a Russian case form of one of the person's names, not the name itself
    ("Путина", "Putina" of "Путин")."""
    typed = word.lower()
    names = {part.lower() for name in (person.name.en, person.name.ru, *person.short.all()) for part in name.split()}
    return typed not in names and any(typed.startswith(name) and 1 <= len(typed) - len(name) <= 2 for name in names)


# "Which council does Trefilov chair", "какой совет возглавляет Трефилов": a body the person heads.
# English "heads", "leads" are nouns too ("the heads of state"): the verb after "does"/"did", or passive.
_CHAIR_VERB = re.compile(
    r"\b(?:does|did|do)\b[^?.]{0,60}?\b(?:chair|head|lead|preside)\b(?!\s+of\b)|\b(?:chaired|headed|led|presided over) by\b"
    r"|\b(?:возглавля\w*|возглавил\w*|руководит|руководил\w*|председательств\w*|vozglavlya\w*|rukovodit)\b",
    re.I,
)
_WHICH = re.compile(r"\b(?:which|what|какой|какую|каким|какая|какое|kakoy|kakoj|kakuyu)\b", re.I)
# A title that heads something: its holder chairs, heads or leads it.
_HEADING_TITLE = re.compile(
    r"\b(?:chair\w*|head|director|president|commander|chief|secretary-general)\b"
    r"|председател|руководител|директор|глава|президент|командующ|начальник",
    re.I,
)


def _chaired(engine: Engine, base: Verdict, person_id: str, text: str) -> Verdict | None:
    """ "Which council does <person> chair": "not recorded" with the person's titles when none of
    them heads anything (a deputy's post heads nothing); None when one does (the usual answer)."""
    person = engine.kb.entities[person_id]
    if not isinstance(person, Person) or not person.roles:
        return None
    titles = [f"{role.title.en} {role.title.ru}" for role in person.roles]
    if any(_HEADING_TITLE.search(title) and not _DEPUTY.search(title) for title in titles):
        return None
    verb = _CHAIR_VERB.search(text)
    base.kind, base.answered, base.reason, base.intent = "not_recorded", True, "post", "not_recorded"
    base.value = {"person": person.id, "asked": verb.group(0) if verb else "", "heads": True}
    base.alternatives = [person.id]
    base.focus = [person.id]
    base.sources = list(dict.fromkeys(role.source for role in person.roles if role.source)) or list(person.sources)
    return base


def _title_before(words: list[str], first: int, translit: bool = False) -> list[str]:
    """The title written before a name: from its first title word to the name ("CIS
    Secretary-General", "президент Узбекистана"); English adds the capitalised words before it
    ("Foreign Ministry spokesman")."""
    window = range(max(0, first - TITLE_BEFORE), first)
    start = next((i for i in window if _TITLE_WORD.fullmatch(words[i])), None)
    if start is None:
        # A longer title: "the chair of the Council of Heads of CIS States Putin", "председатель
        # Совета министров внутренних дел СНГ Клемез" — every word between it and the name is part
        # of a name (capitalised, a joining word, a noun's ending), none a verb or question word.
        for i in range(first - TITLE_BEFORE - 1, max(-1, first - LONG_TITLE_BEFORE - 1), -1):
            if not _TITLE_WORD.fullmatch(words[i]):
                if not _in_title(words[i], translit):
                    break
                continue
            start = i
            break
        if start is None:
            return []
        between = words[start + 1 : first]
        if not all(_in_title(word, translit) for word in between) or _NO_TITLE.search(" ".join(between)):
            return []
    # Not the question's first word: "What", "Что" are capitalised too.
    while start > 1 and words[start - 1][:1].isupper() and words[start - 1].isascii():
        start -= 1
    return words[start:first]


# Words that join a long title's names ("of the", "по … в сфере"), and endings of Russian verbs
# ("говорил", "сказала", "заявлял") that no name in a title has.
_TITLE_JOINS = frozenset(["of", "the", "for", "in", "on", "and", "to", "at", "по", "в", "во", "и", "при", "de"])
_VERB_END = re.compile(r"(?:ил|ал|ял|ел|ла|ли|ло|ть|ут|ют)$|(?:il|al|yal|el|la|li|lo|t')$", re.I)
_ASKING = re.compile(r"^(?:what|who|when|where|which|how|did|does|do|is|was|что|кто|когда|где|как|chto|kto|kogda|gde)$", re.I)


# What a long title never holds: whose words ("по словам Трефилова") or a city after "in" ("главы
# государств в Душанбе"): they place the words, they name no post.
_NO_TITLE = re.compile(
    r"(?i:\b(?:according|словам|мнению|данным|slovam|mneniyu|dannym)\b)|(?<!\w)(?:в|во|in|v|vo)\s+[A-ZА-ЯЁ]\w*"
)


def _in_title(word: str, translit: bool) -> bool:
    """Whether a word may stand inside a long title before a name."""
    if word.lower() in _TITLE_JOINS:
        return True
    if _ASKING.match(word):
        return False
    if word.isascii() and not word[:1].isupper():
        # English lower-case words are no name; Latin-typed Russian ones are unless they end as verbs
        return translit and not _VERB_END.search(word)
    return word[:1].isupper() or not (word.isascii() or (len(word) > 3 and _VERB_END.search(word)))


def _body_after(engine: Engine, parsed: Parsed, words: list[str], last: int) -> list[str]:
    """An organisation or body named right after the name and "in"/"в" ("Klemez v ODKB")."""
    if last + 2 >= len(words) or not _IN_BODY.match(words[last + 1]):
        return []
    rest = words[last + 2 : last + 2 + TITLE_BEFORE]
    rest_tokens = {tok for word in rest for tok in text_tokens(word)}
    kb = engine.kb
    for other in parsed.hits[:5]:
        if other.score < MENTION_SCORE or kb.kind(other.entity) not in ("organisation", "body") or other.name_cover < 0.8:
            continue
        if {parsed.query.tokens[i] for i in other.name_tokens} & rest_tokens:
            return [w for w in rest if set(text_tokens(w)) & {parsed.query.tokens[i] for i in other.name_tokens}]
    return []


def _role_words(engine: Engine, person: Person) -> set[str]:
    """Tokens of the person's titles and of the bodies, organisations and states they hold them in,
    with the organisations those bodies belong to."""
    kb = engine.kb
    texts: list[str] = []
    for role in person.roles:
        texts += [role.title.en, role.title.ru]
        for linked in (role.body, role.organisation, role.state):
            entity = kb.entities.get(linked or "")
            while entity is not None:
                texts += [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]
                parent = getattr(entity, "parent", None)
                entity = kb.entities.get(parent) if isinstance(parent, str) and parent != entity.id else None
    found = text_tokens(" ".join(texts))
    return {*found, *engine.index.fold_synonyms(found)}


def _known(token: str, known: set[str]) -> bool:
    """Whether a title word is one of the person's: the same token, or the same word with another
    ending ("Tajik" for "Tajikistan", "Russian" for "Russia", a case ending typed in Latin letters)."""
    if token in known:
        return True
    if len(token) < PREFIX:
        return False
    for word in known:
        shorter = min(len(word), len(token))
        if shorter >= PREFIX and word[: max(PREFIX, shorter - 2)] == token[: max(PREFIX, shorter - 2)]:
            return True
    return False


# A name asked for: "как зовут …", "what is the name of …", "фамилия …".
_NAME_ASKED = re.compile(
    r"\bкак (?:его |её |ее )?зовут\b|\bимя\b|\bфамили\w*|\bkak (?:ego )?zovut\b|\bfamili\w*"
    r"|\bwhat(?: is|'s|\s+was) (?:the |his |her )?(?:full )?name\b|\bnamed?\s+(?:the|this)\b",
    re.I,
)
NAMED_FACT = 0.6  # a fact whose name the question holds this much is what it is about


def unnamed_holder(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "Как зовут генерального прокурора России, который предложил реформировать Совет прокуроров?":
    the name of someone a fact records only by their post; "not_recorded" (reason "unnamed") with
    what the fact says, never a card of the body beside it. Cheap: a regex for the name asked first."""
    if not _NAME_ASKED.search(parsed.text):
        return None
    kb = engine.kb
    hits = [h for h in parsed.hits[:3] if h.score >= MENTION_SCORE]
    if any(kb.kind(h.entity) == "person" and h.name_cover >= 0.8 for h in hits):
        return None  # a person named: their card or their post answers
    fact = next((h for h in hits if kb.kind(h.entity) == "fact" and h.name_cover >= NAMED_FACT), None)
    if fact is None:
        return None
    entity = kb.entities[fact.entity]
    if not isinstance(entity, Fact) or any(kb.kind(r) == "person" for r in entity.related):
        return None
    # The fact must record someone by a post the question names too.
    if not _TITLE_WORD.search(entity.value.en) or not _TITLE_WORD.search(parsed.text):
        return None
    source = entity.sources[0] if entity.sources else None
    base.kind, base.answered, base.reason, base.intent = "not_recorded", True, "unnamed", "not_recorded"
    base.value = {"fact": entity.id}
    base.focus = [entity.id]
    base.statements = [Statement(entity.value.en, entity.value.ru, entity.id, source, None)]
    base.sources = list(entity.sources)
    return base


# "The guy from the CIS Executive Committee who spoke to BelTA — who is he?": a person described,
# not named. A word for a person and "who" are checked before anything else.
_PERSON_NOUN = re.compile(
    r"\b(?:guy|man|woman|official|person|someone|somebody|fellow|chap|человек\w*|чиновник\w*|мужчин\w*"
    r"|представител\w*|деятел\w*|chelovek\w*|chinovnik\w*|predstavitel\w*)\b"
)
_WHO = re.compile(r"\b(?:who|кто|kto)\b")
DESCRIBED_COVER = 0.6  # an organisation, body, place or meeting the description names


def described_person(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The one person the sources link to everything the question describes them by (their body,
    the outlet they spoke to, the meeting or city), as their card; None when none or several fit."""
    text = parsed.text.lower()
    if not (_PERSON_NOUN.search(text) and _WHO.search(text)):
        return None
    kb = engine.kb
    if any(kb.kind(hit.entity) == "person" and hit.name_cover >= DESCRIBED_COVER for hit in parsed.hits[:3]):
        return None  # named, not described
    named = {
        hit.entity
        for hit in parsed.hits[:6]
        if hit.name_cover >= DESCRIBED_COVER
        and hit.score >= MENTION_SCORE
        and kb.kind(hit.entity) in ("body", "organisation", "place", "meeting")
    }
    if len(named) < 2 and not any(kb.kind(i) == "meeting" for i in named):
        # "the person from the Executive Committee": one body alone describes no one person (the
        # sources name only some of its staff)
        return None
    fits = [entity.id for entity in kb.entities.values() if isinstance(entity, Person) and named <= _linked(engine, entity)]
    if len(fits) != 1:
        return None
    verdict = Verdict(base.question, base.lang, "card", True, focus=fits, intent="card")
    verdict.sources = list(kb.entities[fits[0]].sources)
    verdict.matches = base.matches
    return verdict


def _linked(engine: Engine, person: Person) -> set[str]:
    """What the sources link a person to: the bodies and organisations of their roles (and the bodies
    above them), their meetings with their bodies and places, and the outlets that published them."""
    kb = engine.kb
    linked: set[str] = set()
    for role in person.roles:
        for start in (role.body, role.organisation):
            current = start
            while isinstance(current, str) and current not in linked:
                linked.add(current)
                current = getattr(kb.get(current), "parent", None)
    for meeting in kb.meetings_of(person.id):
        linked |= {meeting.id, *(i for i in (meeting.body, meeting.place) if i is not None)}
    sources = set(person.sources)
    linked |= {
        entity.id
        for entity in kb.entities.values()
        if getattr(entity, "category", None) == "media" and sources & set(entity.sources)
    }
    return linked
