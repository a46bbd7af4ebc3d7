"""Synthetic, plainly fictional knowledge bases and question sets for the search benchmark.

Everything here is invented: councils and commissions are built from a vocabulary of domain
topics ("Council of Heads of Cartography and Glacier Observation Services" / "Совет
руководителей служб картографии и наблюдения за ледниками"), states and cities from made-up
names, people from common first names and invented surnames. The mix of kinds follows the
real knowledge base: mostly meetings, then people, documents and bodies, a few organisations,
places, states and facts. Every entry has English and Russian names, short forms and aliases,
a description in both languages; meetings carry a number, a date in 2024-2030, a place,
participants and agenda items.

Generation is deterministic for a given size and seed. :func:`make_questions` builds a mixed
question set against a generated base (exact names, typos, Russian inflected forms, Russian
typed in Latin letters, the wrong keyboard layout, when/where/who-attended questions, lists
and questions outside the domain), every question a distinct string.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from bot.kb.loader import KnowledgeData
from bot.kb.schema import (
    Bilingual,
    Body,
    Document,
    Entity,
    Fact,
    Meeting,
    Organisation,
    Participants,
    Participation,
    Person,
    Place,
    Role,
    Source,
    State,
    SynonymGroup,
    Terms,
)
from bot.present.i18n import MONTHS_EN, MONTHS_RU_GEN
from bot.search.text import swap_layout_to_cyrillic, swap_layout_to_latin

SOURCE_ID = "synthetic"

# --- vocabularies ------------------------------------------------------------------------------

# Topic: English title case, Russian genitive (as in "служб картографии").
TOPICS: list[tuple[str, str]] = [
    ("Cartography", "картографии"),
    ("Hydrometeorology", "гидрометеорологии"),
    ("Seismic Monitoring", "сейсмического мониторинга"),
    ("Radio Frequency Monitoring", "радиочастотного контроля"),
    ("Archive Protection", "защиты архивов"),
    ("Customs Analytics", "таможенной аналитики"),
    ("Forensic Ballistics", "судебной баллистики"),
    ("Maritime Signalling", "морской сигнализации"),
    ("Railway Safety", "безопасности на железных дорогах"),
    ("Mine Clearance", "разминирования"),
    ("Biometric Registration", "биометрической регистрации"),
    ("Cryptographic Standards", "криптографических стандартов"),
    ("Satellite Navigation", "спутниковой навигации"),
    ("Wildfire Prevention", "предупреждения лесных пожаров"),
    ("Flood Response", "реагирования на паводки"),
    ("Nuclear Materials Accounting", "учёта ядерных материалов"),
    ("Veterinary Control", "ветеринарного контроля"),
    ("Phytosanitary Inspection", "фитосанитарного надзора"),
    ("Explosives Detection", "обнаружения взрывчатых веществ"),
    ("Canine Services", "кинологической службы"),
    ("Document Security", "защиты документов"),
    ("Counter-UAV Defence", "противодействия беспилотным летательным аппаратам"),
    ("Critical Infrastructure Protection", "защиты критической инфраструктуры"),
    ("Pipeline Security", "безопасности трубопроводов"),
    ("Aviation Security", "авиационной безопасности"),
    ("Migration Records", "миграционного учёта"),
    ("Penitentiary Education", "пенитенциарного образования"),
    ("Witness Protection", "защиты свидетелей"),
    ("Asset Recovery", "возврата активов"),
    ("Virtual Currency Tracing", "отслеживания виртуальных валют"),
    ("Cyber Incident Response", "реагирования на киберинциденты"),
    ("Radiation Safety", "радиационной безопасности"),
    ("Chemical Weapons Verification", "контроля химического оружия"),
    ("Dam Safety", "безопасности гидротехнических сооружений"),
    ("Avalanche Warning", "предупреждения о лавинах"),
    ("Mountain Rescue", "горноспасательной службы"),
    ("Traffic Police Training", "подготовки дорожной полиции"),
    ("Road Safety", "безопасности дорожного движения"),
    ("Firearms Registration", "учёта огнестрельного оружия"),
    ("Drug Precursor Control", "контроля прекурсоров"),
    ("Cultural Property Protection", "охраны культурных ценностей"),
    ("Wildlife Crime", "преступлений против дикой природы"),
    ("Fisheries Protection", "охраны рыбных ресурсов"),
    ("Border Canine Patrols", "пограничных кинологических патрулей"),
    ("Counterfeit Medicines", "фальсифицированных лекарств"),
    ("Food Safety Inspection", "инспекции безопасности пищевых продуктов"),
    ("Epidemic Preparedness", "готовности к эпидемиям"),
    ("Civil Defence Shelters", "защитных сооружений гражданской обороны"),
    ("Emergency Communications", "экстренной связи"),
    ("Search and Rescue Aviation", "поисково-спасательной авиации"),
    ("Legal Statistics", "правовой статистики"),
    ("Court Expertise", "судебной экспертизы"),
    ("Fingerprint Databases", "дактилоскопических баз данных"),
    ("DNA Registration", "геномной регистрации"),
    ("Interpreter Training", "подготовки переводчиков"),
    ("Youth Radicalisation Prevention", "профилактики радикализации молодёжи"),
    ("Prison Healthcare", "тюремного здравоохранения"),
    ("Probation", "пробации"),
    ("Juvenile Justice", "ювенальной юстиции"),
    ("Tax Crime Analysis", "анализа налоговых преступлений"),
    ("Money Laundering Typologies", "типологий отмывания денег"),
    ("Sanctions Screening", "санкционного контроля"),
    ("Dual-Use Goods Export", "экспорта товаров двойного назначения"),
    ("Space Debris Monitoring", "мониторинга космического мусора"),
    ("Meteorite Hazard Assessment", "оценки метеоритной опасности"),
    ("Glacier Observation", "наблюдения за ледниками"),
    ("Water Resources Security", "безопасности водных ресурсов"),
    ("Energy Grid Resilience", "устойчивости энергосетей"),
    ("Telecommunications Licensing", "лицензирования связи"),
    ("Postal Security", "почтовой безопасности"),
    ("Tourist Police", "туристической полиции"),
    ("Sports Event Security", "безопасности спортивных мероприятий"),
    ("Hostage Negotiation", "переговоров об освобождении заложников"),
    ("Bomb Disposal", "обезвреживания взрывных устройств"),
    ("Riverine Patrols", "речного патрулирования"),
    ("Arctic Logistics", "арктической логистики"),
    ("Desert Search Operations", "поисковых операций в пустыне"),
    ("Military Topography", "военной топографии"),
    ("Military Medicine", "военной медицины"),
    ("Military Bands", "военных оркестров"),
    ("Cadet Education", "кадетского образования"),
    ("Veterans' Organisations", "ветеранских организаций"),
    ("Memorial Search Work", "поисковой работы"),
    ("Open Source Intelligence", "разведки по открытым источникам"),
    ("Disinformation Analysis", "анализа дезинформации"),
    ("Election Security", "безопасности выборов"),
    ("Electronic Signatures", "электронной подписи"),
    ("Personal Data Protection", "защиты персональных данных"),
    ("Quantum Communications", "квантовых коммуникаций"),
    ("Industrial Safety", "промышленной безопасности"),
]


@dataclass(frozen=True)
class BodyTemplate:
    en: str  # with {X}
    ru_nom: str  # with {x} (genitive topic)
    ru_gen: str
    ru_prep: str
    short_en: str


BODY_TEMPLATES: list[BodyTemplate] = [
    BodyTemplate(
        "Council of Heads of {X} Services",
        "Совет руководителей служб {x}",
        "Совета руководителей служб {x}",
        "Совете руководителей служб {x}",
        "{X} Services Council",
    ),
    BodyTemplate(
        "Coordination Council on {X}",
        "Координационный совет по вопросам {x}",
        "Координационного совета по вопросам {x}",
        "Координационном совете по вопросам {x}",
        "{X} Coordination Council",
    ),
    BodyTemplate(
        "Interstate Commission for {X}",
        "Межгосударственная комиссия по вопросам {x}",
        "Межгосударственной комиссии по вопросам {x}",
        "Межгосударственной комиссии по вопросам {x}",
        "{X} Commission",
    ),
    BodyTemplate(
        "Committee of Heads of {X} Agencies",
        "Комитет руководителей ведомств {x}",
        "Комитета руководителей ведомств {x}",
        "Комитете руководителей ведомств {x}",
        "{X} Committee",
    ),
    BodyTemplate(
        "Working Group on {X}",
        "Рабочая группа по вопросам {x}",
        "Рабочей группы по вопросам {x}",
        "Рабочей группе по вопросам {x}",
        "{X} Working Group",
    ),
    BodyTemplate(
        "Expert Council on {X}",
        "Экспертный совет по вопросам {x}",
        "Экспертного совета по вопросам {x}",
        "Экспертном совете по вопросам {x}",
        "{X} Expert Council",
    ),
    BodyTemplate(
        "Joint Commission on {X}",
        "Объединённая комиссия по вопросам {x}",
        "Объединённой комиссии по вопросам {x}",
        "Объединённой комиссии по вопросам {x}",
        "{X} Joint Commission",
    ),
    BodyTemplate(
        "Board of {X} Inspectorates",
        "Совет инспекций {x}",
        "Совета инспекций {x}",
        "Совете инспекций {x}",
        "{X} Inspectorates Board",
    ),
    BodyTemplate(
        "Interstate Council on {X}",
        "Межгосударственный совет по вопросам {x}",
        "Межгосударственного совета по вопросам {x}",
        "Межгосударственном совете по вопросам {x}",
        "{X} Council",
    ),
    BodyTemplate(
        "Conference of Chiefs of {X} Units",
        "Конференция начальников подразделений {x}",
        "Конференции начальников подразделений {x}",
        "Конференции начальников подразделений {x}",
        "{X} Chiefs Conference",
    ),
]

# (English, Russian nominative, Russian prepositional "в ...", Russian genitive)
STATES: list[tuple[str, str, str, str]] = [
    ("Valdoria", "Валдория", "Валдории", "Валдории"),
    ("Ostrania", "Острания", "Острании", "Острании"),
    ("Karvenia", "Карвения", "Карвении", "Карвении"),
    ("Zelmaria", "Зельмария", "Зельмарии", "Зельмарии"),
    ("Tirassia", "Тирассия", "Тирассии", "Тирассии"),
    ("Nordavia", "Нордавия", "Нордавии", "Нордавии"),
    ("Kestania", "Кестания", "Кестании", "Кестании"),
    ("Morvania", "Морвания", "Морвании", "Морвании"),
    ("Altaris", "Алтарис", "Алтарисе", "Алтариса"),
    ("Sulmeria", "Сульмерия", "Сульмерии", "Сульмерии"),
    ("Darvistan", "Дарвистан", "Дарвистане", "Дарвистана"),
    ("Yuzhgaria", "Южгария", "Южгарии", "Южгарии"),
]

CITY_PREFIXES = [
    "Ново",
    "Старо",
    "Верхне",
    "Нижне",
    "Бело",
    "Красно",
    "Сосново",
    "Камено",
    "Озёрно",
    "Залесно",
    "Ясно",
    "Тихо",
    "Светло",
    "Долго",
    "Кедро",
    "Медно",
    "Солно",
    "Орло",
    "Ледо",
    "Южно",
]
CITY_ROOTS = ["гор", "реч", "мост", "бор", "луг", "яр", "вод", "дол", "холм", "брод", "струг", "вер"]
CITY_ENDINGS = [
    ("ск", "ске"),
    ("инск", "инске"),
    ("оград", "ограде"),
    ("ополь", "ополе"),
    ("бург", "бурге"),
    ("абад", "абаде"),
    ("кент", "кенте"),
]

FIRST_NAMES: list[tuple[str, str, str]] = [
    ("Ivan", "Иван", "m"),
    ("Pavel", "Павел", "m"),
    ("Oleg", "Олег", "m"),
    ("Timur", "Тимур", "m"),
    ("Ruslan", "Руслан", "m"),
    ("Arman", "Арман", "m"),
    ("Dmitry", "Дмитрий", "m"),
    ("Sergey", "Сергей", "m"),
    ("Nurlan", "Нурлан", "m"),
    ("Farhod", "Фарход", "m"),
    ("Bakhtiyar", "Бахтияр", "m"),
    ("Aleksandr", "Александр", "m"),
    ("Viktor", "Виктор", "m"),
    ("Gleb", "Глеб", "m"),
    ("Yaroslav", "Ярослав", "m"),
    ("Kirill", "Кирилл", "m"),
    ("Rustam", "Рустам", "m"),
    ("Azamat", "Азамат", "m"),
    ("Maksim", "Максим", "m"),
    ("Artyom", "Артём", "m"),
    ("Olga", "Ольга", "f"),
    ("Marina", "Марина", "f"),
    ("Aigul", "Айгуль", "f"),
    ("Elena", "Елена", "f"),
    ("Dilnoza", "Дилноза", "f"),
    ("Irina", "Ирина", "f"),
    ("Nadezhda", "Надежда", "f"),
    ("Zarina", "Зарина", "f"),
    ("Tatyana", "Татьяна", "f"),
    ("Svetlana", "Светлана", "f"),
]
SURNAME_ROOTS = [
    "Вед",
    "Кал",
    "Мир",
    "Тор",
    "Бел",
    "Зар",
    "Лом",
    "Сив",
    "Гор",
    "Руд",
    "Дан",
    "Вол",
    "Жур",
    "Сол",
    "Ряб",
    "Мох",
    "Тав",
    "Кур",
    "Лес",
    "Рог",
    "Дуб",
    "Шил",
    "Пол",
    "Бор",
    "Сем",
    "Яр",
    "Нар",
    "Тес",
    "Хол",
    "Чер",
]
SURNAME_MIDDLES = ["ор", "ан", "ыш", "ел", "ин", "ен", "ар", "уш", "ял", "им", "от", "ук"]
SURNAME_ENDINGS = [
    ("ов", "ова"),
    ("ин", "ина"),
    ("ский", "ская"),
    ("енко", "енко"),
    ("ев", "ева"),
    ("ич", "ич"),
    ("ук", "ук"),
]

# (English, Russian nominative, Russian prepositional, kind); {X}/{x} topic, {a}/{b} years.
DOCUMENT_TEMPLATES: list[tuple[str, str, str, str]] = [
    (
        "Programme of Cooperation in {X} for {a}–{b}",
        "Программа сотрудничества в области {x} на {a}–{b} годы",
        "Программе сотрудничества в области {x} на {a}–{b} годы",
        "programme",
    ),
    (
        "Concept of Cooperation in {X} until {b}",
        "Концепция сотрудничества в сфере {x} до {b} года",
        "Концепции сотрудничества в сфере {x} до {b} года",
        "concept",
    ),
    (
        "Agreement on Cooperation in {X}",
        "Соглашение о сотрудничестве в области {x}",
        "Соглашении о сотрудничестве в области {x}",
        "treaty",
    ),
    (
        "Decision on the {X} Information Network",
        "Решение об информационной сети {x}",
        "Решении об информационной сети {x}",
        "decision",
    ),
    (
        "Joint Statement on {X}",
        "Совместное заявление по вопросам {x}",
        "Совместном заявлении по вопросам {x}",
        "statement",
    ),
    (
        "Report on the State of {X} in {a}",
        "Доклад о состоянии {x} в {a} году",
        "Докладе о состоянии {x} в {a} году",
        "report",
    ),
    (
        "Protocol on Data Exchange in {X}",
        "Протокол об обмене данными в области {x}",
        "Протоколе об обмене данными в области {x}",
        "protocol",
    ),
]

ORGANISATION_TEMPLATES: list[tuple[str, str, str]] = [
    ("{X} Research Centre", "Научно-исследовательский центр {x}", "other"),
    ("International Association for {X}", "Международная ассоциация {x}", "international"),
    ("National Agency for {X}", "Национальное агентство {x}", "national_agency"),
    ("Academy of {X}", "Академия {x}", "basic_organisation"),
]

AGENDA_TEMPLATES: list[tuple[str, str]] = [
    ("Exchange of information on threats in the field of {X}.", "Обмен информацией об угрозах в сфере {x}."),
    ("Progress of the cooperation programme in {X}.", "О ходе выполнения программы сотрудничества в области {x}."),
    ("Training of specialists in {X}.", "Подготовка специалистов в области {x}."),
    ("Harmonisation of national legislation on {X}.", "Гармонизация национального законодательства в сфере {x}."),
    ("Joint exercises on {X} planned for {a}.", "Совместные учения по вопросам {x}, запланированные на {a} год."),
    ("Use of drones in {X}.", "Применение беспилотников в сфере {x}."),
]
SAID_TEMPLATES: list[tuple[str, str]] = [
    ("Called for closer cooperation in {X}.", "Призвал к более тесному сотрудничеству в области {x}."),
    (
        "Reported on the results of joint work on {X} in {a}.",
        "Рассказал об итогах совместной работы в сфере {x} в {a} году.",
    ),
    ("Proposed a common register for {X}.", "Предложил создать общий реестр в сфере {x}."),
]

EXERCISE_ADJECTIVES = [
    ("Northern", "Северный"),
    ("Granite", "Гранитный"),
    ("Steppe", "Степной"),
    ("Mountain", "Горный"),
    ("Silent", "Тихий"),
    ("Iron", "Железный"),
    ("Eastern", "Восточный"),
]
EXERCISE_NOUNS = [
    ("Shield", "щит"),
    ("Frontier", "рубеж"),
    ("Wind", "ветер"),
    ("Bridge", "мост"),
    ("Falcon", "сокол"),
    ("Lighthouse", "маяк"),
]

SYNONYMS: list[tuple[str, list[str]]] = [
    (
        "uav",
        [
            "UAV",
            "drone",
            "drones",
            "unmanned aerial vehicle",
            "беспилотник",
            "беспилотники",
            "БПЛА",
            "беспилотный летательный аппарат",
        ],
    ),
    (
        "cyber",
        ["cybersecurity", "cyber security", "information security", "кибербезопасность", "информационная безопасность"],
    ),
    ("dna", ["DNA", "genomic", "ДНК", "геномной"]),
    ("osint", ["OSINT", "open source intelligence", "разведка по открытым источникам"]),
    ("prison", ["prison", "penitentiary", "тюремного", "пенитенциарного"]),
    ("money_laundering", ["money laundering", "AML", "отмывание денег", "отмывания денег", "ПОД"]),
    ("wildfire", ["wildfire", "forest fire", "лесной пожар", "лесных пожаров"]),
    ("explosives", ["explosives", "explosive devices", "взрывчатка", "взрывчатых веществ"]),
]

_TRANSLIT = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}


def translit(text: str) -> str:
    """Russian in Latin letters the way people type it (``Совет`` -> ``Sovet``)."""
    out = []
    for ch in text:
        low = ch.lower()
        if low in _TRANSLIT:
            rep = _TRANSLIT[low]
            out.append(rep.capitalize() if ch != low and rep else rep)
        else:
            out.append(ch)
    return "".join(out)


def ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def roman(n: int) -> str:
    out = []
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _abbreviation(text: str) -> str:
    small = {"по", "и", "в", "на", "о", "об", "за", "до", "с", "вопросам"}
    return "".join(w[0].upper() for w in text.replace("-", " ").split() if w not in small and w[0].isalpha())


def _bi(en: str, ru: str) -> Bilingual:
    return Bilingual(en=en, ru=ru)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


# --- the generated base --------------------------------------------------------------------------


@dataclass
class Synthetic:
    """A generated knowledge base plus the word forms the question generator needs."""

    data: KnowledgeData
    forms: dict[str, dict[str, str]] = field(default_factory=dict)  # id -> gen / prep / number...
    ids_by_kind: dict[str, list[str]] = field(default_factory=dict)

    def names_and_aliases(self) -> tuple[list[str], list[str]]:
        """Every name, short form and alias of every entity, and the entity each belongs to."""
        names: list[str] = []
        owners: list[str] = []
        for entity_id, entity in self.data.entities.items():
            for text in [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]:
                names.append(text)
                owners.append(entity_id)
        return names, owners


@dataclass(frozen=True)
class Topic:
    en: str
    ru: str  # genitive


def _topics(rng: random.Random, needed: int) -> list[Topic]:
    """Single topics and pairs ("Cartography and Glacier Observation"), shuffled."""
    singles = [Topic(en, ru) for en, ru in TOPICS]
    pairs = [
        Topic(f"{a.en} and {b.en}", f"{a.ru} и {b.ru}")
        for i, a in enumerate(singles)
        for j, b in enumerate(singles)
        if i != j
    ]
    rng.shuffle(pairs)
    out = singles + pairs[: max(0, needed - len(singles))]
    rng.shuffle(out)
    return out


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2024, 2030), rng.randint(1, 12), rng.randint(1, 28)


def _kind_counts(n: int) -> dict[str, int]:
    states = len(STATES)
    places = min(1000, max(8, round(n * 0.03)))
    bodies = max(10, round(n * 0.12))
    documents = round(n * 0.18)
    people = round(n * 0.20)
    organisations = round(n * 0.05)
    facts = max(2, round(n * 0.005))
    meetings = n - states - places - bodies - documents - people - organisations - facts
    return {
        "state": states,
        "place": places,
        "body": bodies,
        "meeting": meetings,
        "document": documents,
        "person": people,
        "organisation": organisations,
        "fact": facts,
    }


def generate(n: int, seed: int = 1, synonyms: list[SynonymGroup] | None = None) -> Synthetic:
    """A fictional knowledge base of about ``n`` entities (exactly ``n`` for n >= 200).

    ``synonyms`` replaces the built-in synonym groups (the benchmark passes the real
    knowledge base's groups, which are generic domain words, so that folding costs what it
    costs in production).
    """
    rng = random.Random(seed * 1_000_003 + n)
    counts = _kind_counts(n)
    data = KnowledgeData()
    syn = Synthetic(data)
    data.sources[SOURCE_ID] = Source(
        id=SOURCE_ID,
        file="synthetic.txt",
        publisher=_bi("Synthetic Gazette", "Синтетический вестник"),
        date="2026-01-15",
        title=_bi("Generated for benchmarking", "Создано для замеров"),
    )
    if synonyms is None:
        synonyms = [SynonymGroup(id=gid, terms=terms) for gid, terms in SYNONYMS]
    data.synonyms = list(synonyms)
    src = [SOURCE_ID]

    def add(entity: Entity, kind: str, **forms: str) -> None:
        data.entities[entity.id] = entity
        data.kinds[entity.id] = kind
        syn.ids_by_kind.setdefault(kind, []).append(entity.id)
        if forms:
            syn.forms[entity.id] = forms

    # States.
    for i, (en, ru, prep, gen) in enumerate(STATES):
        add(
            State(
                id=f"st{i:02d}",
                name=_bi(f"Republic of {en}", f"Республика {ru}"),
                short=Terms(en=[en], ru=[ru]),
                aliases=Terms(en=[f"{en} Republic"], ru=[f"Республики {gen}"]),
                official_name=_bi(f"Republic of {en}", f"Республика {ru}"),
                description=_bi(f"A fictional member state, {en}.", f"Вымышленное государство-участник, {ru}."),
                sources=src,
            ),
            "state",
            prep=prep,
            gen=gen,
            short_en=en,
            short_ru=ru,
        )
    state_ids = syn.ids_by_kind["state"]

    # Places: invented city names.
    city_parts = [(p, r, e) for p in CITY_PREFIXES for r in CITY_ROOTS for e in CITY_ENDINGS]
    rng.shuffle(city_parts)
    for i, (prefix, root, (end_nom, end_prep)) in enumerate(city_parts[: counts["place"]]):
        ru = prefix + root + end_nom
        ru_prep = prefix + root + end_prep
        en = translit(ru)
        country = rng.choice(state_ids)
        add(
            Place(
                id=f"pl{i:04d}",
                name=_bi(en, ru),
                aliases=Terms(en=[en.replace("yo", "e")] if "yo" in en else [], ru=[f"г. {ru}"]),
                country=country,
                description=_bi(
                    f"City in the {data.entities[country].name.en}.", f"Город, {data.entities[country].name.ru}."
                ),
                sources=src,
            ),
            "place",
            prep=ru_prep,
        )
    place_ids = syn.ids_by_kind["place"]

    # Bodies.
    topics = _topics(rng, counts["body"] // len(BODY_TEMPLATES) + 50)
    combos = [(t, tpl) for t in topics for tpl in BODY_TEMPLATES]
    rng.shuffle(combos)
    body_topic: dict[str, Topic] = {}
    categories = ["sectoral"] * 7 + ["specialised", "department", "other"]
    for i, (topic, tpl) in enumerate(combos[: counts["body"]]):
        bid = f"b{i:05d}"
        en = tpl.en.format(X=topic.en)
        ru = tpl.ru_nom.format(x=topic.ru)
        abbr = _abbreviation(ru)
        short_en = tpl.short_en.format(X=topic.en)
        parent = rng.choice(syn.ids_by_kind["body"]) if i > 20 and rng.random() < 0.1 else None
        add(
            Body(
                id=bid,
                name=_bi(en, ru),
                short=Terms(en=[short_en], ru=[abbr]),
                aliases=Terms(en=[f"CIS {en}", short_en.lower()], ru=[f"{ru} СНГ", f"{abbr} СНГ"]),
                category=rng.choice(categories),
                parent=parent,
                established=str(rng.randint(1994, 2023)),
                description=_bi(
                    f"Fictional cooperation body of the member states dealing with {topic.en.lower()}.",
                    f"Вымышленный орган сотрудничества государств-участников в сфере {topic.ru}.",
                ),
                sources=src,
            ),
            "body",
            gen=tpl.ru_gen.format(x=topic.ru),
            prep=tpl.ru_prep.format(x=topic.ru),
            abbr=abbr,
        )
        body_topic[bid] = topic
    body_ids = syn.ids_by_kind["body"]

    # Organisations.
    org_combos = [(t, tpl) for t in topics for tpl in ORGANISATION_TEMPLATES]
    rng.shuffle(org_combos)
    for i, (topic, (en_t, ru_t, category)) in enumerate(org_combos[: counts["organisation"]]):
        en = en_t.format(X=topic.en)
        ru = ru_t.format(x=topic.ru)
        state = rng.choice(state_ids) if category == "national_agency" else None
        if state:
            en += f" of {syn.forms[state]['short_en']}"
            ru += f" {syn.forms[state]['gen']}"
        abbr = _abbreviation(ru)
        add(
            Organisation(
                id=f"o{i:05d}",
                name=_bi(en, ru),
                short=Terms(en=[], ru=[abbr]),
                aliases=Terms(en=[en.replace("Centre", "Center")] if "Centre" in en else [], ru=[]),
                category=category,
                state=state,
                description=_bi(
                    f"Fictional organisation working on {topic.en.lower()}.",
                    f"Вымышленная организация в сфере {topic.ru}.",
                ),
                sources=src,
            ),
            "organisation",
        )
    org_ids = syn.ids_by_kind.get("organisation", [])

    # People, each with a role in a body.
    full_names: set[str] = set()
    body_people: dict[str, list[str]] = {}
    role_titles = [
        ("Chair of the {b}", "Председатель {g}"),
        ("Secretary of the {b}", "Секретарь {g}"),
        ("Deputy Chair of the {b}", "Заместитель председателя {g}"),
    ]
    i = 0
    while i < counts["person"]:
        first_en, first_ru, gender = rng.choice(FIRST_NAMES)
        end_m, end_f = rng.choice(SURNAME_ENDINGS)
        ending = end_m if gender == "m" else end_f
        surname_ru = rng.choice(SURNAME_ROOTS) + rng.choice(SURNAME_MIDDLES) + ending
        ru = f"{first_ru} {surname_ru}"
        if ru in full_names:
            continue
        full_names.add(ru)
        surname_en = translit(surname_ru)
        en = f"{first_en} {surname_en}"
        body = rng.choice(body_ids)
        title_en, title_ru = rng.choice(role_titles)
        title = _bi(title_en.format(b=data.entities[body].name.en), title_ru.format(g=syn.forms[body]["gen"]))
        pid = f"p{i:06d}"
        add(
            Person(
                id=pid,
                name=_bi(en, ru),
                short=Terms(en=[surname_en], ru=[surname_ru]),
                aliases=Terms(
                    en=[f"{first_en[0]}. {surname_en}"], ru=[f"{first_ru[0]}. {surname_ru}", f"{surname_ru} {first_ru}"]
                ),
                roles=[
                    Role(
                        title=title,
                        body=body,
                        state=rng.choice(state_ids),
                        as_of=f"{rng.randint(2024, 2026)}-0{rng.randint(1, 9)}",
                        source=SOURCE_ID,
                    )
                ],
                description=_bi(f"{title.en} (fictional).", f"{title.ru} (вымышленное лицо)."),
                sources=src,
            ),
            "person",
        )
        body_people.setdefault(body, []).append(pid)
        i += 1
    person_ids = syn.ids_by_kind["person"]

    # Meetings: numbered per body in date order; a few conferences and exercises.
    planned: list[tuple[tuple[int, int, int], str]] = []  # (date, body or "" for exercises)
    for _ in range(counts["meeting"]):
        planned.append((_date(rng), "" if rng.random() < 0.04 else rng.choice(body_ids)))
    planned.sort()
    next_number: dict[str, int] = {}
    exercise_names: set[str] = set()
    for i, ((year, month, day), body) in enumerate(planned):
        mid = f"m{i:06d}"
        precision = rng.random()
        date = (
            f"{year}-{month:02d}-{day:02d}"
            if precision < 0.85
            else (f"{year}-{month:02d}" if precision < 0.95 else f"{year}")
        )
        date_en = (
            f"{day} {MONTHS_EN[month - 1]} {year}"
            if precision < 0.85
            else f"{MONTHS_EN[month - 1]} {year}"
            if precision < 0.95
            else str(year)
        )
        date_ru = f"{day} {MONTHS_RU_GEN[month - 1]} {year} года" if precision < 0.85 else f"{year} года"
        place = rng.choice(place_ids)
        city_en, city_prep = data.entities[place].name.en, syn.forms[place]["prep"]
        status = "held" if (year, month) < (2026, 7) else "planned"
        topic = body_topic[body] if body else Topic(*rng.choice(TOPICS))
        states = rng.sample(state_ids, rng.randint(3, 9))
        people_pool = body_people.get(body, []) or person_ids
        chair = rng.choice(people_pool)
        people = [Participation(person=chair, role="chair")]
        for pid in rng.sample(person_ids, rng.randint(0, 2)):
            if pid != chair:
                a = rng.randint(2024, 2030)
                said = [
                    _bi(t.format(X=topic.en.lower(), a=a), r.format(x=topic.ru, a=a))
                    for t, r in rng.sample(SAID_TEMPLATES, rng.randint(1, 2))
                ]
                people.append(Participation(person=pid, role="speaker", said=said))
        agenda = [
            _bi(t.format(X=topic.en.lower(), a=year + 1), r.format(x=topic.ru, a=year + 1))
            for t, r in rng.sample(AGENDA_TEMPLATES, rng.randint(1, 3))
        ]
        orgs = rng.sample(org_ids, min(len(org_ids), rng.randint(0, 2)))
        other_bodies = [b for b in rng.sample(body_ids, rng.randint(0, 1)) if b != body]
        if body:
            n_meeting = next_number.get(body, rng.randint(1, 15))
            next_number[body] = n_meeting + 1
            body_en, body_gen = data.entities[body].name.en, syn.forms[body]["gen"]
            body_short = data.entities[body].short.en[0]
            en = f"{ordinal_en(n_meeting)} meeting of the {body_en}"
            ru = f"{n_meeting}-е заседание {body_gen}"
            short = Terms(
                en=[f"{ordinal_en(n_meeting)} {body_short} meeting"],
                ru=[f"{n_meeting}-е заседание {syn.forms[body]['abbr']}"],
            )
            aliases = Terms(
                en=[
                    f"{roman(n_meeting)} meeting of the {body_en}",
                    f"meeting of the {body_en} in {city_en}, {date_en}",
                ],
                ru=[f"{roman(n_meeting)} заседание {body_gen}", f"заседание {body_gen} в {city_prep}"],
            )
            description = _bi(
                f"The {ordinal_en(n_meeting)} meeting of the {body_en} took place in {city_en} on {date_en}. "
                f"The participants discussed {topic.en.lower()}.",
                f"{n_meeting}-е заседание {body_gen} прошло в {city_prep} {date_ru}. "
                f"Участники обсудили вопросы {topic.ru}.",
            )
            kind = "meeting"
            forms = {"gen": body_gen, "n": str(n_meeting), "body": body}
        else:
            adj_en, adj_ru = rng.choice(EXERCISE_ADJECTIVES)
            noun_en, noun_ru = rng.choice(EXERCISE_NOUNS)
            en = f"Joint exercise {adj_en} {noun_en}-{year}"
            if en in exercise_names:
                en = f"Joint exercise {adj_en} {noun_en}-{year} ({city_en})"
            exercise_names.add(en)
            ru = f"Совместное учение «{adj_ru} {noun_ru}-{year}»" + (f" ({city_prep})" if "(" in en else "")
            short = Terms(en=[f"{adj_en} {noun_en}-{year}"], ru=[f"{adj_ru} {noun_ru}-{year}"])
            aliases = Terms(en=[f"{adj_en} {noun_en} {year} exercise"], ru=[f"учение «{adj_ru} {noun_ru}»"])
            description = _bi(
                f"Joint exercise on {topic.en.lower()} held in {city_en}.",
                f"Совместное учение по вопросам {topic.ru} в {city_prep}.",
            )
            kind = "exercise"
            forms = {}
            n_meeting = 0
        add(
            Meeting(
                id=mid,
                name=_bi(en, ru),
                short=short,
                aliases=aliases,
                description=description,
                kind=kind,
                status=status,
                body=body or None,
                number=n_meeting or None,
                date=date,
                place=place,
                participants=Participants(states=states, bodies=other_bodies, organisations=orgs, people=people),
                agenda=agenda,
                sources=src,
            ),
            "meeting",
            **forms,
        )
    meeting_ids = syn.ids_by_kind["meeting"]

    # Documents, each adopted at a meeting of its body.
    doc_names: set[str] = set()
    i = 0
    attempts = 0
    while i < counts["document"] and attempts < counts["document"] * 20:
        attempts += 1
        en_t, ru_t, prep_t, kind = rng.choice(DOCUMENT_TEMPLATES)
        meeting = data.entities[rng.choice(meeting_ids)]
        assert isinstance(meeting, Meeting)
        doc_body = meeting.body
        topic = body_topic[doc_body] if doc_body and rng.random() < 0.7 else Topic(*rng.choice(TOPICS))
        year = int((meeting.date or "2026")[:4])
        a, b = year + 1, year + rng.choice((2, 3, 5))
        en = en_t.format(X=topic.en, a=a, b=b)
        if en in doc_names:
            continue
        doc_names.add(en)
        ru = ru_t.format(x=topic.ru, a=a, b=b)
        add(
            Document(
                id=f"d{i:06d}",
                name=_bi(en, ru),
                short=Terms(
                    en=[f"{topic.en} {kind.capitalize()}" + (f" {a}–{b}" if "{b}" in en_t else "")],
                    ru=[_abbreviation(ru)],
                ),
                aliases=Terms(en=[f"CIS {en}"], ru=[f"{ru} СНГ"]),
                kind=kind,
                status=rng.choice(["adopted", "approved", "planned", "in_force"]),
                date=meeting.date,
                period_start=a if "{a}" in en_t and "{b}" in en_t else None,
                period_end=b if "{b}" in en_t else None,
                meeting=meeting.id,
                body=doc_body,
                description=_bi(
                    f"Fictional {kind} on {topic.en.lower()}.", f"Вымышленный документ в сфере {topic.ru}."
                ),
                sources=src,
            ),
            "document",
            prep=prep_t.format(x=topic.ru, a=a, b=b),
        )
        i += 1

    # Facts.
    for i in range(counts["fact"]):
        body = rng.choice(body_ids)
        number = rng.randint(3, 12)
        add(
            Fact(
                id=f"f{i:04d}",
                name=_bi(
                    f"Number of member states of the {data.entities[body].name.en}",
                    f"Число государств – членов {syn.forms[body]['gen']}",
                ),
                value=_bi(f"{number} states", f"{number} государств"),
                number=number,
                year=2026,
                related=[body],
                description=_bi("A fictional headline figure.", "Вымышленный показатель."),
                sources=src,
            ),
            "fact",
        )
    return syn


# --- questions -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    category: str
    text: str
    target: str | None = None  # the entity the question is about, when there is one


# Category -> share of the set (out of 200).
CATEGORY_WEIGHTS: dict[str, int] = {
    "exact_en": 20,
    "exact_ru": 12,
    "typo_en": 20,
    "typo_ru": 10,
    "ru_inflected": 14,
    "translit": 16,
    "layout_ru_on_en": 10,
    "layout_en_on_ru": 6,
    "when": 18,
    "where": 14,
    "attended": 14,
    "list": 22,
    "out_of_scope": 24,
}
# Categories whose question is an entity's name, as is or garbled.
NAME_CATEGORIES = (
    "exact_en",
    "exact_ru",
    "typo_en",
    "typo_ru",
    "translit",
    "layout_ru_on_en",
    "layout_en_on_ru",
)
# Categories counted in the accuracy figure.
ACCURACY_CATEGORIES = ("exact_en", "exact_ru", "typo_en", "typo_ru")

_OUT_OF_SCOPE_EN = [
    "What's the weather in {city} on {day}?",
    "How tall is {mountain}?",
    "Recipe for {dish} with {ingredient}",
    "Who won the {sport} world cup in {year}?",
    "Tell me a joke about a {animal}",
    "Best {thing} to buy in {year}",
    "How do I get from {city} to {city2} by train?",
]
_OUT_OF_SCOPE_RU = [
    "Какая погода в {gorod_prep} в {den}?",
    "Курс {valuta} на {na_den}",
    "Рецепт {blyudo} на {n} порций",
    "Сколько стоит билет до {gorod_gen}?",
    "Расскажи анекдот про {zhivotnoe}",
    "Когда следующий чемпионат по {sport_ru}?",
]
_FILL = {
    "city": ["Paris", "Lisbon", "Oslo", "Lima", "Sydney", "Toronto", "Nairobi", "Hanoi"],
    "city2": ["Madrid", "Vienna", "Prague", "Dublin"],
    "day": ["Monday", "Friday", "Sunday", "the weekend", "New Year's Eve"],
    "mountain": ["Mount Everest", "Kilimanjaro", "Mont Blanc", "Aconcagua", "Denali"],
    "dish": ["pancakes", "lasagna", "pilaf", "a lemon tart", "ramen"],
    "thing": ["a laptop", "headphones", "a bicycle", "a tent", "running shoes"],
    "ingredient": ["cinnamon", "tomatoes", "garlic", "mushrooms", "lemon zest"],
    "sport": ["football", "cricket", "rugby", "handball", "curling"],
    "year": ["2014", "2018", "2022", "2026"],
    "animal": ["cat", "penguin", "giraffe", "parrot", "hedgehog"],
    "gorod_prep": ["Париже", "Лиссабоне", "Осло", "Барселоне", "Токио", "Праге"],
    "gorod_gen": ["Парижа", "Лиссабона", "Осло", "Барселоны", "Токио", "Праги"],
    "den": ["понедельник", "пятницу", "выходные", "среду", "субботу"],
    "na_den": ["завтра", "сегодня", "послезавтра", "пятницу", "понедельник"],
    "valuta": ["доллара", "евро", "юаня", "фунта", "биткоина"],
    "blyudo": ["борща", "плова", "блинов", "шарлотки", "окрошки"],
    "n": ["2", "4", "6", "8", "10"],
    "zhivotnoe": ["кота", "пингвина", "жирафа", "попугая", "ежа"],
    "sport_ru": ["футболу", "хоккею", "шахматам", "биатлону", "керлингу"],
}


def typo(rng: random.Random, text: str, edits: int) -> str:
    """Swap two neighbouring letters or drop one, inside words of five letters or more."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return text
    for i in rng.sample(candidates, min(edits, len(candidates))):
        w = words[i]
        pos = rng.randint(1, len(w) - 2)
        if rng.random() < 0.5 and w[pos] != w[pos + 1]:
            w = w[:pos] + w[pos + 1] + w[pos] + w[pos + 2 :]
        else:
            w = w[:pos] + w[pos + 1 :]
        words[i] = w
    return " ".join(words)


def _pick_named(rng: random.Random, syn: Synthetic) -> str:
    kinds = ["meeting"] * 35 + ["body"] * 25 + ["document"] * 20 + ["person"] * 12 + ["organisation"] * 5
    kinds += ["place"] * 3
    kind = rng.choice(kinds)
    return rng.choice(syn.ids_by_kind.get(kind) or syn.ids_by_kind["body"])


def _numbered_meeting(rng: random.Random, syn: Synthetic) -> str:
    while True:
        mid = rng.choice(syn.ids_by_kind["meeting"])
        if "n" in syn.forms.get(mid, {}):
            return mid


def _one(rng: random.Random, syn: Synthetic, category: str) -> Question:
    entities = syn.data.entities
    if category in NAME_CATEGORIES:
        target = _pick_named(rng, syn)
        name = entities[target].name
        if category == "exact_en":
            return Question(category, name.en, target)
        if category == "exact_ru":
            return Question(category, name.ru, target)
        if category == "typo_en":
            return Question(category, typo(rng, name.en, 1 if len(name.en.split()) < 6 else 2), target)
        if category == "typo_ru":
            return Question(category, typo(rng, name.ru, 1 if len(name.ru.split()) < 6 else 2), target)
        if category == "translit":
            return Question(category, translit(name.ru).lower(), target)
        if category == "layout_ru_on_en":  # meant Russian, typed with the English layout on
            return Question(category, swap_layout_to_latin(name.ru.lower()), target)
        return Question(category, swap_layout_to_cyrillic(name.en.lower()), target)
    if category == "ru_inflected":
        kind = rng.choice(["body", "body", "meeting", "meeting", "document"])
        if kind == "meeting":
            target = _numbered_meeting(rng, syn)
            f = syn.forms[target]
            template = rng.choice(["Что обсуждали на {n}-м заседании {g}?", "Расскажи о {n}-м заседании {g}"])
            return Question(category, template.format(n=f["n"], g=f["gen"]), target)
        target = rng.choice(syn.ids_by_kind[kind])
        prep = syn.forms[target]["prep"]
        template = rng.choice(["Расскажи о {p}", "Что известно о {p}?", "Информация о {p}"])
        return Question(category, template.format(p=_lower_first(prep) if kind == "body" else prep), target)
    if category in ("when", "where", "attended"):
        target = _numbered_meeting(rng, syn)
        meeting = entities[target]
        f = syn.forms[target]
        ru_q = rng.random() < 0.45
        if category == "when":
            text = (
                f"Когда прошло {meeting.name.ru}?"
                if ru_q
                else rng.choice(["When was the {m}?", "When did the {m} take place?", "Date of the {m}"]).format(
                    m=meeting.name.en
                )
            )
        elif category == "where":
            text = (
                f"Где прошло {meeting.name.ru}?"
                if ru_q
                else rng.choice(["Where was the {m} held?", "Where did the {m} take place?"]).format(m=meeting.name.en)
            )
        else:
            text = (
                f"Кто участвовал в {f['n']}-м заседании {f['gen']}?"
                if ru_q
                else rng.choice(["Who attended the {m}?", "Which states took part in the {m}?"]).format(
                    m=meeting.name.en
                )
            )
        return Question(category, text, target)
    if category == "list":
        choice = rng.random()
        place = rng.choice(syn.ids_by_kind["place"])
        if choice < 0.35:
            return Question(category, f"Which meetings were held in {entities[place].name.en}?", place)
        if choice < 0.6:
            return Question(category, f"Какие заседания прошли в {syn.forms[place]['prep']}?", place)
        if choice < 0.8:
            body = rng.choice(syn.ids_by_kind["body"])
            return Question(category, f"List the meetings of the {entities[body].name.en}", body)
        state = rng.choice(syn.ids_by_kind["state"])
        year = rng.randint(2024, 2030)
        text = f"Which meetings were held in {entities[state].short.en[0]} in {year}?"
        return Question(category, text, state)
    templates = _OUT_OF_SCOPE_EN if rng.random() < 0.6 else _OUT_OF_SCOPE_RU
    template = rng.choice(templates)
    fills = {key: rng.choice(values) for key, values in _FILL.items()}
    return Question("out_of_scope", template.format(**fills))


def make_questions(syn: Synthetic, n: int = 200, seed: int = 7, exclude: set[str] | None = None) -> list[Question]:
    """``n`` distinct questions in the proportions of :data:`CATEGORY_WEIGHTS`, shuffled."""
    rng = random.Random(seed)
    total = sum(CATEGORY_WEIGHTS.values())
    wanted = {c: max(1, round(w * n / total)) for c, w in CATEGORY_WEIGHTS.items()}
    # Trim or pad the largest categories so that the counts add up to n.
    while sum(wanted.values()) > n and any(v > 1 for v in wanted.values()):
        largest = max(wanted, key=lambda c: wanted[c])
        wanted[largest] -= 1
    while sum(wanted.values()) < n:
        wanted[max(wanted, key=lambda c: CATEGORY_WEIGHTS[c])] += 1
    seen: set[str] = set(exclude or ())
    out: list[Question] = []
    for category, count in wanted.items():
        made = attempts = 0
        while made < count and attempts < count * 50:
            attempts += 1
            q = _one(rng, syn, category)
            if q.text in seen:
                continue
            seen.add(q.text)
            out.append(q)
            made += 1
    rng.shuffle(out)
    return out
