"""Build the question bank (tuning.yaml, heldout.yaml) from the cases below.

Run from the project root:  python tests/question_bank/build_bank.py
Every expectation follows the five documents in knowledge/seeds/ (S0..S4 below); "today" is
2026-11-30. The split is random with a fixed seed, stratified by kind; conversations are split
the same way. Edit the cases here and rebuild rather than editing the YAML files by hand.
"""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from patterns import (
    ALL,
    ARM,
    ATC,
    AVIATION,
    AZE,
    BCOC,
    BEL,
    CIS_PLUS,
    CONCEPT,
    CORRUPTION,
    CSTO,
    CT_PERIOD,
    CUSTOMS,
    DATED_2026,
    DEFENCE,
    DUSHANBE,
    EAG,
    ECOLOGICAL,
    EMERG,
    EXEC,
    EXERCISE,
    FIU,
    FORENSIC,
    FUTURE,
    GEODESY,
    HYDRO,
    INDUSTRIAL,
    INTEL,
    INTERIOR,
    IPA,
    JOINT_COMMISSION,
    KAZ,
    KLEMEZ,
    KYR,
    MIGRATION,
    MOSCOW,
    NUM,
    PENIT,
    PESKOV,
    PROSECUTORS,
    PUTIN,
    RAHMON,
    RUS,
    S0,
    S1,
    S2,
    S3,
    S4,
    SCO,
    SECSEC,
    SPB,
    STARTS_YES,
    TAJ,
    TAX,
    TKM,
    TRANSPORT,
    TREFILOV,
    UN,
    UZB,
    XVIII,
    YES,
    bare,
    date,
    month,
    no,
    wrong_layout,
)

HERE = Path(__file__).resolve().parent
SEED = 20261130


NOT_NO = [r"^\W*(?:no|нет)\b(?!\s+(?:information|data|details|records?|results?|matching|match|such|сведений|данных|информации|записей|подходящ))"]
NOT_YES = [STARTS_YES]
CORRUPTION_COUNCIL = r"Countering\s+Corruption|Anti-?\s?Corruption\s+Council|противодействию\s+коррупции|антикоррупционн"

CASES: list[dict[str, Any]] = []
PREFIX = {
    "yes_no": "yn", "abbreviation": "ab", "topic": "tp", "attribute": "at", "list": "ls", "count": "ct",
    "quote": "qt", "time": "tm", "lookalike": "lk", "out_of_scope": "os", "style": "st",
}


def case(
    kind: str,
    q: str,
    expect: list[str] | None = None,
    src: list[str] | None = None,
    absent: list[str] | None = None,
    dd: bool = False,
    decline: bool = False,
    max_chars: int | None = None,
    note: str | None = None,
) -> None:
    """Add one case; the id is the kind's prefix and its position among that kind's cases."""
    number = sum(1 for c in CASES if c["kind"] == kind) + 1
    entry: dict[str, Any] = {"id": f"{PREFIX[kind]}-{number:02d}", "q": q, "kind": kind}
    if expect:
        entry["expect"] = expect
    if absent:
        entry["absent"] = absent
    if decline:
        entry["decline"] = True
    if dd:
        entry["decline_or_disclaim"] = True
    if max_chars:
        entry["max_chars"] = max_chars
    entry["source"] = src or []
    if note:
        entry["note"] = note
    CASES.append(entry)


def yes(q: str, subject: str | None, src: list[str], note: str | None = None, extra: list[str] | None = None) -> None:
    """A yes/no question whose answer is yes."""
    expect = [YES] + ([subject] if subject else []) + (extra or [])
    case("yes_no", q, expect, src, absent=list(NOT_NO), note=note)


def nope(q: str, subject: str, src: list[str], extra: list[str] | None = None, note: str | None = None) -> None:
    """A yes/no question whose answer is no."""
    case("yes_no", q, [no(subject), *(extra or [])], src, absent=NOT_YES, note=note)


# ---------------------------------------------------------------------------------------- yes_no
yes("Did Kazakhstan send representatives to the CIS interior ministers' meeting in St Petersburg?", KAZ, [S2])
yes("Участвовал ли Азербайджан во встрече руководителей органов безопасности и спецслужб СНГ в Москве?", AZE, [S3])
yes("Was the Collective Security Treaty Organization among the participants of the XVIII counter-terrorism meeting?", CSTO, [S4])
yes("Входит ли Межгосударственный совет по гидрометеорологии в число органов отраслевого сотрудничества СНГ в сфере безопасности?", None, [S0])
nope("Did the 13th meeting of the Security Secretaries Council take place in St Petersburg?", SPB, [S1], extra=[MOSCOW])
nope("Правда ли, что XVIII антитеррористическое совещание проходило в 2024 году?", r"2024", [S4], extra=["2025"])
yes("Is the Bureau for Coordination of Combating Organized Crime one of the CIS specialised bodies in the security sphere?", None, [S0])
nope("Является ли Совместная комиссия по борьбе с незаконной миграцией одним из 16 органов отраслевого сотрудничества?",
     r"отраслев|sectoral|\b16\b|Совместн\w+\s+комисси|Joint\s+Commission", [S0], extra=[r"специализ|speciali[sz]ed"],
     note="000: the Joint Commission is one of the 3 specialized bodies, not one of the 16 sectoral ones")
yes("Did the CIS ATC take part in the August 2025 session of the Interior Ministers Council?", ATC, [S2])
yes("Обсуждали ли на заседании СМВД в Санкт-Петербурге преступления с использованием информационно-коммуникационных технологий?",
    r"информационн|\bИКТ\b|information\s+and\s+communication|\bICT\b|кибер|cyber", [S2])
yes("Is the CIS Military Cooperation Concept meant to run until 2030?", "2030", [S1])
yes("Было ли решение о создании АТЦ СНГ принято в 2000 году?", "2000", [S4])
nope("Did Yevgeny Klemez serve as CIS Secretary-General?", r"Secretary-General|Secretary\s+General|Генеральн\w+\s+секретар",
     [S2], extra=[r"Director|директор|Department|департамент"])
case("yes_no", "Заседание Совета министров внутренних дел СНГ в Петербурге было 13 августа?",
     [r"^\W*(?:no|нет)\b|\bне\s+13\s+августа|\bnot\s+(?:on\s+)?(?:13\s+August|August\s+13)", date(12, 8, 2025)], [S2],
     absent=NOT_YES, note="002: the meeting was on 12 August; 13 August 2025 is the date of the BelTA report")
nope("Did the XVIII meeting consist of five specialised sessions?", r"five|\b5\b|speciali[sz]ed|специализ", [S4],
     extra=[NUM[4] + r"|plenary|пленарн"], note="004: a plenary session and 4 specialized sessions")
yes("Планируется ли распространить текст Совместного заявления о борьбе с транснациональной преступностью в ООН?", UN, [S1])
yes("Was Belarus represented at the meeting of heads of CIS security and intelligence services in Moscow?", BEL, [S3])
case("yes_no", "Участвовал ли Туркменистан в XVIII совещании руководителей антитеррористических подразделений?", [TKM], [S4],
     absent=NOT_YES, dd=True,
     note="004 says '9 CIS member-states' but names eight; Turkmenistan is not among them, so the source does not say")
case("yes_no", "Did Vladimir Putin attend the 13th meeting of the CIS Security Secretaries Council?", [PUTIN], [S1, S3],
     absent=NOT_YES, dd=True, note="001 names only Trefilov as speaker and lists no participants")
case("yes_no", "Присутствовал ли Эмомали Рахмон лично на XVIII совещании в Москве?", [RAHMON], [S4], absent=NOT_YES, dd=True,
     note="004: his congratulatory address was 'heard'; presence in person is not stated")
case("yes_no", "Was the optional protocol to the convention on the transfer of sentenced persons actually signed?",
     [r"protocol|протокол|sentenced|осужд"], [S2, S1], absent=NOT_YES, dd=True,
     note="002: planned for signature; 001 does not mention it")
case("yes_no", "Проходили ли учения «Содружество-Антитеррор – 2025» в Душанбе?", [TAJ + "|" + DUSHANBE], [S4],
     absent=NOT_YES, dd=True, note="004: planned for October 2025 on the territory of Tajikistan; no city, no report that it happened")
nope("Did Georgia take part in any of the meetings described in your sources?", r"Georgia|Грузи", ALL,
     note="no source names Georgia")
yes("Входит ли Совет руководителей пенитенциарных служб в перечень органов отраслевого сотрудничества СНГ?", None, [S0])
yes("Did the participants of the June 2025 counter-terrorism meeting talk about terrorist fighters returning home?",
    r"fighter|боевик|return|возвращ", [S4])
yes("Докладывал ли Секретариат ЕАГ на XVIII совещании о совместной работе с АТЦ СНГ?", EAG, [S4])
nope("Is the Interstate Aviation Committee one of the 16 sectoral security bodies?", AVIATION + r"|sectoral|отраслев|\b16\b",
     [S0, S4], note="the Committee appears only among the 13 bodies at the XVIII meeting (004), not in the list of 16 (000)")
nope("Были ли на заседании Совета министров внутренних дел в Санкт-Петербурге представители Азербайджана?", AZE, [S2])
nope("Is the CIS programme for countering terrorism and extremism the one for 2024–2026?", r"2024", [S1], extra=[CT_PERIOD])
yes("Является ли Денис Трефилов заместителем Генерального секретаря СНГ?", r"заместител|Deputy", [S1])
yes("According to the report on the June 2025 meeting, are the EAG's assessments based on FATF standards?", r"FATF|ФАТФ", [S4])
yes("Говорил ли Клемез о росте масштабов киберпреступности?", r"кибер|cyber", [S2])
yes("Did the heads of security and intelligence services meeting in Moscow discuss cyber defence?", r"cyber|кибер", [S3])
yes("Состоялось ли 13-е заседание Совета секретарей советов безопасности СНГ в ноябре 2025 года?", r"ноябр|November|05\.11", [S1])

# ---------------------------------------------------------------------------------- abbreviation
case("abbreviation", "What does CSTO stand for?", [r"Collective\s+Security\s+Treaty|Договора?\s+о\s+коллективной\s+безопасности"], [S4])
case("abbreviation", "ЕАГ — это что?", [r"Евразийск\w+\s+групп|Eurasian\s+Group"], [S4])
case("abbreviation", "What is the SCO?", [r"Shanghai\s+Cooperation|Шанхайск\w+\s+организаци"], [S1, S4])
case("abbreviation", "Как расшифровывается АТЦ СНГ?", [r"Антитеррористическ\w+\s+центр|Anti-?\s?Terror\w*\s+Cent"], [S0, S4])
case("abbreviation", "Что означает аббревиатура БКБОП?", [r"организованн\w+\s+преступност|Organi[sz]ed\s+Crime"], [S0, S2])
case("abbreviation", "Что такое СКПВ?", [r"командующих\s+пограничн|Border\s+Troops\s+Commanders|Commanders\s+of\s+Border"], [S0])
case("abbreviation", "КСГП СНГ — как расшифровать?", [r"генеральных\s+прокуроров|Prosecutors?\s+General"], [S0, S4])
case("abbreviation", "What does IAC stand for among the CIS bodies at the XVIII meeting?",
     [r"Interstate\s+Aviation\s+Committee|Межгосударственн\w+\s+авиационн"], [S4])
case("abbreviation", "Что такое МАК СНГ?", [r"Межгосударственн\w+\s+авиационн|Interstate\s+Aviation"], [S4])
case("abbreviation", "What does CIS stand for?", [r"Commonwealth\s+of\s+Independent\s+States|Содружеств\w+\s+Независимых\s+Государств"], ALL)
case("abbreviation", "Что значит СНГ+?", [r"плюс|Plus", r"площадк|platform|сотрудничеств|cooperation"], [S1])
case("abbreviation", "What is the CIS Plus format?", [r"platform|площадк", r"other\s+states|international\s+organi|других\s+государств|международн"], [S1])
case("abbreviation", "What's the 'CIS FIU council'?", [FIU], [S0, S4])
case("abbreviation", "Что такое СРМО?", [r"миграционн|Migration"], [S0, S4])
case("abbreviation", "Расшифруй СРПС", [PENIT], [S0])
case("abbreviation", "What does UN stand for in the news about the joint statement on transnational crime?",
     [r"United\s+Nations|Организаци\w+\s+Объедин[её]нных\s+Наций"], [S1])
case("abbreviation", "What does UAV mean in the report on the XVIII meeting?", [r"unmanned\s+aerial|беспилотн"], [S4])
case("abbreviation", "Как расшифровывается ИКТ в сообщении о заседании СМВД?",
     [r"информационно-коммуникационн|information\s+and\s+communication"], [S2])
case("abbreviation", "Что такое СОРБ СНГ?",
     [r"органов\s+безопасности|спецслужб|специальных\s+служб|Security\s+Agencies|Special\s+Services|Security\s+and\s+Intelligence"], [S0, S4])
case("abbreviation", "СРТС — что это?", [CUSTOMS], [S4])
case("abbreviation", "КТС СНГ расшифровка", [TRANSPORT], [S4])
case("abbreviation", "What does 'XVIII' mean in the name of the June 2025 counter-terrorism meeting?", [r"\b18(?:th)?\b|eighteenth|восемнадцат"], [S4])
case("abbreviation", "In 'CIS ATC', what does ATC mean?", [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"], [S0, S4])
case("abbreviation", "Межгоссовет по ЧС — полное название?",
     [r"чрезвычайн\w+\s+ситуаци\w+\s+природного\s+и\s+техногенного|Emergency\s+Situations\s+of\s+Natural\s+and\s+Technogenic"], [S0])
case("abbreviation", "МЭС СНГ это что", [ECOLOGICAL], [S0])
case("abbreviation", "What does EAG stand for?", [r"Eurasian\s+Group|Евразийск\w+\s+групп", r"Money\s+Laundering|легализаци|отмывани"], [S4])
case("abbreviation", "Что такое ШОС?", [r"Шанхайск\w+\s+организаци|Shanghai\s+Cooperation"], [S1, S4])
case("abbreviation", "Что такое Исполком СНГ?", [r"Исполнительн\w+\s+комитет|Executive\s+Committee"], [S0, S1])
case("abbreviation", "What is the full name of the 'CIS Council of Prosecutors' mentioned in the article on the Moscow security talks?",
     [r"Coordinat\w+\s+Council\s+of\s+Prosecutors\s+General|Координационн\w+\s+совет\w*\s+генеральных\s+прокуроров"], [S0, S3, S4])
case("abbreviation", "What's the full name of the CIS tax investigation council?",
     [r"Tax\s+\(Financial\)\s+Investigation|налоговых\s+\(финансовых\)\s+расследований"], [S0])
case("abbreviation", "Что такое СМО СНГ?", [DEFENCE], [S0, S4])

# ----------------------------------------------------------------------------------------- topic
case("topic", "Which CIS body deals with floods and other natural disasters?", [EMERG], [S0])
case("topic", "Какой орган СНГ занимается прогнозами погоды?", [HYDRO], [S0],
     note="a question about a body, not about the weather: the Interstate Hydrometeorology Council")
case("topic", "Who in the CIS deals with satellite imagery and land registers?", [GEODESY], [S0])
case("topic", "Какой совет СНГ отвечает за тюрьмы и колонии?", [PENIT], [S0])
case("topic", "Which CIS council works on tax evasion investigations?",
     [r"Tax\s+\(Financial\)|Tax\s+Investigation|налоговых\s+\(финансовых\)|налоговых\s+расследован"], [S0])
case("topic", "Кто в СНГ борется с коррупцией?", [CORRUPTION_COUNCIL], [S0])
case("topic", "Is there a CIS body for forensic experts?", [r"Forensic\s+Expert\s+Activity|судебно-экспертн"], [S0])
case("topic", "Какой межгосударственный совет СНГ отвечает за безопасность на опасных производствах?", [INDUSTRIAL], [S0])
case("topic", "Which CIS body would deal with spies?", [INTEL], [S0, S3, S4])
case("topic", "Which CIS body specialises in fighting terrorism?", [ATC], [S0, S4])
case("topic", "Какой орган СНГ занимается наркотиками?", [INTERIOR + "|" + BCOC + "|" + KLEMEZ], [S2, S0],
     note="no body is named for drugs; 002: Klemez cites drug trafficking in the Interior Ministers Council's context")
case("topic", "Who deals with cybercrime in the CIS?", [INTERIOR + "|" + INTEL], [S2, S3],
     note="002: the Interior Ministers Council discussed ICT crime; 003: the security services discussed cyber defense")
case("topic", "Which CIS council brings prosecutors together?", [PROSECUTORS], [S0, S4])
case("topic", "Какой орган СНГ связан с авиацией?", [AVIATION], [S4])
case("topic", "Which CIS body coordinates transport?",
     [r"Coordinat\w+\s+Transport\s+Conference|транспортн\w+\s+совещани"], [S4])
case("topic", "Где в СНГ обсуждают безопасность дорожного движения?", [INTERIOR], [S2])
case("topic", "Which CIS body deals with illegal migrants?", [JOINT_COMMISSION + "|" + MIGRATION], [S0])
case("topic", "Какой орган СНГ связан с парламентами стран Содружества?", [IPA], [S4])
case("topic", "Which CIS format brings together the secretaries of national security councils?", [SECSEC], [S1])
case("topic", "Какая базовая организация СНГ занимается языками?", [r"языкам\s+и\s+культуре|languages\s+and\s+culture"], [S4])
case("topic", "Кто в СНГ отвечает за ликвидацию последствий стихийных бедствий?", [EMERG], [S0])
case("topic", "Кто в СНГ координирует противодействие терроризму?", [ATC], [S0, S4])
case("topic", "Какой орган СНГ противодействует отмыванию грязных денег?", [FIU], [S0, S4])
case("topic", "Кто в СНГ отвечает за вопросы миграции?",
     [r"миграционн\w+\s+орган|Migration\s+(?:Bodies|Authorities)|незаконн\w+\s+миграци|Illegal\s+Migration|" + JOINT_COMMISSION],
     [S0, S4])
case("topic", "Какой совет СНГ занимается военными вопросами?", [DEFENCE], [S0, S4])
case("topic", "Кто в СНГ расследует финансовые и налоговые преступления?", [TAX + r"|финансов\w+\s+(?:расследован|разведк)|Financial"], [S0])
case("topic", "Which CIS body deals with man-made disasters like chemical plant accidents?", [EMERG + "|" + INDUSTRIAL], [S0])
case("topic", "Who trains border commanders in the CIS?", [r"commanding\s+staff|командных\s+кадров|border\s+sphere|пограничной\s+сфере"], [S4])
case("topic", "Which office of the CIS Executive Committee works with the security bodies?", [r"Department|Департамент"], [S0, S2])
case("topic", "Whose standards are used to assess anti-money laundering systems in the region?", [r"FATF|ФАТФ"], [S4])
case("topic", "Which CIS body deals with meteorology?", [HYDRO], [S0])

# ------------------------------------------------------------------------------------- attribute
case("attribute", "When did the XVIII counter-terrorism meeting take place?", [date(10, 6, 2025)], [S4])
case("attribute", "Где прошло XVIII совещание руководителей антитеррористических подразделений?", [MOSCOW], [S4])
case("attribute", "Какую должность занимает Евгений Клемез?", [r"Директор|Director", r"Департамент|Department"], [S2])
case("attribute", "What position does Emomali Rahmon hold according to the report on the XVIII meeting?",
     [r"Chair|Председател|President|Президент"], [S4])
case("attribute", "Кто такой Дмитрий Песков?", [r"пресс-секретар|Press\s+Secretary"], [S3])
case("attribute", "Who published the report on the results of the CIS sectoral cooperation bodies in 2025?", [EXEC], [S0])
case("attribute", "Какой датой помечен отчёт Исполкома СНГ об итогах работы органов отраслевого сотрудничества за 2025 год?",
     [r"\b2\s+(?:March|марта)|March\s+2\b"], [S0],
     absent=[r"\b2\s+(?:March|марта)\s+(?:of\s+)?20\d\d|March\s+2,?\s+20\d\d"],
     note="000 is dated '2 March' with no year; a year would be invented")
case("attribute", "What's the title of the BelTA article of 13 August 2025?",
     [r"step\s+up\s+cooperation|наращивают\s+сотрудничество|combating\s+crime|борьб\w+\s+с\s+преступностью"], [S2])
case("attribute", "Кто опубликовал информацию о 13-м заседании Совета секретарей советов безопасности?", [EXEC], [S1])
case("attribute", "Who is the publisher of the report on the XVIII meeting?", None, [S4], dd=True,
     note="004 names no publisher")
case("attribute", "На какой период рассчитана Программа сотрудничества в борьбе с терроризмом и экстремизмом?", [CT_PERIOD], [S1])
case("attribute", "До какого года рассчитана Концепция военного сотрудничества государств СНГ?", ["2030"], [S1])
case("attribute", "Where was the Military Cooperation Concept approved?", [DUSHANBE], [S1])
case("attribute", "Каков статус договора о международных контролируемых поставках?", [r"планир|plan|подпис|sign"], [S2],
     absent=[r"^\W*(?:был\s+)?подписан|^\W*(?:it\s+)?was\s+signed"], note="002: planned for signature; no source says it was signed")
case("attribute", "What was on the agenda of the 13th meeting of the Security Secretaries Council?",
     [r"humanitarian|гуманитарн", r"education|образовательн"], [S1])
case("attribute", "Why did Klemez call holding the interior ministers' meeting in St Petersburg symbolic?",
     [r"\bwar\b|войн", r"80|Victory|Побед"], [S2])
case("attribute", "How many sessions did the XVIII meeting have?", [r"plenary|пленарн", NUM[4] + "|" + NUM[5]], [S4])
case("attribute", "Когда было опубликовано сообщение БелТА о заседании СМВД в Петербурге?", [date(13, 8, 2025)], [S2])
case("attribute", "Which news agency reported on the St Petersburg meeting of the interior ministers?", [r"BelTA|БелТА"], [S2])
case("attribute", "When was the decision to set up the CIS Anti-Terrorism Center taken?", ["2000"], [S4])
case("attribute", "Кто выступил с приветствием на пленарном заседании XVIII совещания?", [RAHMON], [S4])
case("attribute", "In which month were the CIS supreme bodies' meetings in Dushanbe held?", [month(10, 2025) + r"|October|октябр"], [S1])
case("attribute", "Когда планировалось провести учение «Содружество-Антитеррор – 2025»?", [month(10, 2025)], [S4])
case("attribute", "Whose Foreign Intelligence Service press office described the agenda of the Moscow intelligence chiefs' meeting?", [RUS], [S3])
case("attribute", "Какие темы обсуждались на заседании СМВД СНГ 12 августа 2025 года?",
     [r"миграц|migration", r"дорожн|road", r"криминалист|forensic|экспертн"], [S2])
case("attribute", "What did the third session of the XVIII meeting deal with?", [EXERCISE], [S4])
case("attribute", "Какая тема была у четвёртой сессии XVIII совещания?", [r"радикализ|radicali"], [S4])
case("attribute", "Which organisation's Secretariat reported on its joint work with the CIS ATC at the June 2025 meeting?", [EAG], [S4])
case("attribute", "Каким годом был объявлен в СНГ год 80-летия Победы?", [r"мира\s+и\s+единства|Peace\s+and\s+Unity"], [S2])
case("attribute", "Кто был Председателем Совета глав государств СНГ в июне 2025 года?", [RAHMON], [S4])
case("attribute", "Какого числа вышло сообщение Исполкома о выступлении Трефилова?", [date(5, 11, 2025)], [S1])
case("attribute", "What format did the CIS leaders establish in Dushanbe?", [CIS_PLUS], [S1])
case("attribute", "Какой статус получила ШОС при СНГ?", [r"наблюдател|observer"], [S1])
case("attribute", "Who recommended reforms to the CIS Council of Prosecutors?",
     [r"Prosecutor\s+General|Генеральн\w+\s+прокурор|Генпрокурор", RUS], [S3])

# ------------------------------------------------------------------------------------------ list
case("list", "Which states took part in the CIS interior ministers' meeting in St Petersburg?",
     [ARM, BEL, KAZ, KYR, RUS, TAJ, TKM, UZB], [S2], absent=[bare(AZE)])
case("list", "Перечисли все мероприятия, прошедшие в Москве", [XVIII, SECSEC, INTEL], [S1, S3, S4])
case("list", "What CIS security meetings took place in 2025?",
     [r"June|июн|XVIII", SPB + "|" + INTERIOR, DUSHANBE, r"November|ноябр|" + SECSEC], [S1, S2, S4])
case("list", "Какие заседания прошли во второй половине 2025 года?", [SPB + "|" + INTERIOR, DUSHANBE, SECSEC],
     [S1, S2], absent=[bare(r"\bXVIII\b|10\s+(?:June|июня)")])
case("list", "Which meetings were held in autumn 2025?", [DUSHANBE, SECSEC], [S1],
     absent=[bare(r"Petersburg|Петербург"), bare(r"\bXVIII\b")])
case("list", "Какие документы, по словам Клемеза, планировалось подписать?",
     [r"контролируем\w+\s+поставок|controlled\s+deliver", r"протокол|protocol"], [S2])
case("list", "Which international organisations are mentioned in the sources?", [CSTO, EAG, SCO, UN], [S1, S4])
case("list", "Какие государства были на XVIII совещании, но не были на заседании СМВД в Петербурге?", [AZE], [S2, S4],
     absent=[bare(TKM)])
case("list", "Which countries attended both the St Petersburg interior ministers' meeting and the Moscow intelligence chiefs' meeting?",
     [ARM, BEL, KAZ, KYR, TAJ, TKM, UZB], [S2, S3], absent=[bare(AZE)])
case("list", "Какое государство было на заседании в Санкт-Петербурге, но не названо среди участников встречи руководителей спецслужб в Москве?",
     [RUS], [S2, S3], absent=[bare(AZE)])
case("list", "List the CIS bodies whose working structures attended the XVIII meeting",
     [EXEC, IPA, CUSTOMS, TRANSPORT, AVIATION, r"Border|Погранич"], [S4])
case("list", "Назови специализированные органы СНГ в сфере безопасности", [ATC, BCOC, JOINT_COMMISSION], [S0])
case("list", "Which basic organisations of the CIS member states took part in the June 2025 Moscow meeting?",
     [r"languages|язык", r"border|погранич", r"personnel|кадр", r"stud|изучени"], [S4])
case("list", "Какие угрозы перечислил Клемез?",
     [r"миграц|migration", r"наркот|drug|narcotic", r"кибер|cyber", r"отмыв|laundering", r"оруж|weapon"], [S2])
case("list", "What were the topics of the four specialised sessions of the XVIII meeting?",
     [r"national\s+experience|национальн\w+\s+опыт", r"international|международн", EXERCISE, r"radicali|радикализ"], [S4])
case("list", "Какие мероприятия прошли в июне 2025 года?", [XVIII], [S4],
     absent=[bare(r"Petersburg|Петербург"), bare(DUSHANBE)])
case("list", "What happened in August 2025?", [SPB + "|" + INTERIOR], [S2])
case("list", "Какие решения приняли на саммите СНГ в Душанбе?", [CIS_PLUS, SCO, r"транснациональн|transnational"], [S1])
case("list", "В каких мероприятиях участвовал Казахстан?", [SPB + "|" + INTERIOR, INTEL, XVIII], [S2, S3, S4])
case("list", "Which meetings did Azerbaijan attend?", [XVIII, INTEL], [S3, S4], absent=[bare(r"Petersburg|Петербург")])
case("list", "Какие органы участвовали в заседании СМВД в Петербурге, кроме государств?", [ATC, BCOC], [S2])
case("list", "Which of the 16 sectoral bodies did NOT send anyone to the XVIII counter-terrorism meeting?",
     [TAX, FORENSIC, CORRUPTION, GEODESY, EMERG, INDUSTRIAL, ECOLOGICAL, HYDRO, PENIT], [S0, S4])
case("list", "Which people are named in your sources?", [TREFILOV, KLEMEZ, RAHMON, PUTIN, PESKOV], ALL)
case("list", "Кто из официальных лиц выступал или делал заявления в 2025 году?", [RAHMON, KLEMEZ, TREFILOV], [S1, S2, S4])
case("list", "List the documents your answers are based on", [EXEC, r"BelTA|БелТА", XVIII, r"Security\s+Talks|переговор|intelligence|спецслужб"], ALL)
case("list", "Какие государства названы участниками XVIII совещания?", [AZE, ARM, BEL, KAZ, KYR, RUS, TAJ, UZB], [S4],
     absent=[bare(TKM)])
case("list", "Какие межгосударственные программы упоминаются в источниках?",
     [r"террор|terror", r"границ|border|пограничн", r"профилактик|prevention"], [S0, S1, S2])
case("list", "In which areas did the heads of intelligence services want to sharpen joint capabilities?",
     [r"counter-?\s?terror|террор", r"cyber|кибер", r"border|погранич", r"criminal\s+networks|преступн"], [S3])
case("list", "Which meetings took place in the first half of 2025?", [XVIII], [S4],
     absent=[bare(r"Petersburg|Петербург"), bare(DUSHANBE), bare(SECSEC)])
case("list", "Name the threats discussed at the first session of the XVIII meeting",
     [r"propaganda|пропаганд", r"fighter|боевик", r"weapon|оруж", r"unmanned|\bUAV|беспилот"], [S4])
case("list", "Which events are recorded for November 2025?", [SECSEC], [S1])
case("list", "Какие государства – участники СНГ упоминаются в источниках?", [AZE, ARM, BEL, KAZ, KYR, RUS, TAJ, TKM, UZB], [S2, S3, S4])

# ----------------------------------------------------------------------------------------- count
case("count", "How many sectoral cooperation bodies work in the CIS security sphere?", [NUM[16]], [S0])
case("count", "Сколько специализированных органов в сфере безопасности СНГ?", [NUM[3]], [S0])
case("count", "How many meetings did the CIS security bodies hold in 2025?", [NUM[20]], [S0])
case("count", "Сколько всего органов, отраслевых и специализированных, действует в сфере безопасности СНГ?", [NUM[19]], [S0],
     note="16 sectoral + 3 specialized")
case("count", "How many states were represented at the interior ministers' meeting in St Petersburg?", [NUM[8]], [S2])
case("count", "Сколько делегаций государств приехало на встречу руководителей спецслужб СНГ в Москву?", [NUM[8]], [S3])
case("count", "How many CIS bodies' working structures were represented at the XVIII meeting?", [NUM[13]], [S4])
case("count", "Сколько базовых организаций участвовало в XVIII совещании?", [NUM[4]], [S4])
case("count", "How many international organisations attended the XVIII meeting?", [NUM[3]], [S4])
case("count", "Сколько сессий было на XVIII совещании, включая пленарную?", [NUM[5]], [S4],
     note="a plenary session and 4 specialized sessions")
case("count", "How many participants other than states were at the St Petersburg meeting?", [NUM[2]], [S2],
     note="the CIS Anti-Terrorism Center and the Bureau")
case("count", "Сколько всего участников — государств и органов СНГ — было на заседании СМВД в Петербурге?", [NUM[10]], [S2],
     note="8 states + the ATC + the Bureau")
case("count", "How many meetings took place in Moscow according to the sources?", [NUM[3]], [S1, S3, S4])
case("count", "Сколько документов — концепций и программ — одобрили в Душанбе?", [NUM[3]], [S1],
     note="the Military Cooperation Concept and two programmes")
case("count", "How many people are named in the sources?", [NUM[5]], ALL,
     note="Trefilov, Klemez, Rahmon, Putin, Peskov; the Russian Prosecutor General is not named")
case("count", "Сколько дней прошло между заседанием СМВД в Петербурге и 13-м заседанием Совета секретарей советов безопасности?",
     [r"\b85\b"], [S1, S2], note="12 August -> 5 November 2025")
case("count", "How many days lay between the XVIII meeting and the 13th meeting of the Security Secretaries Council?",
     [r"\b148\b"], [S1, S4], note="10 June -> 5 November 2025")
case("count", "Сколько государств заявлено участниками XVIII совещания и сколько из них названо поимённо?", [NUM[9], NUM[8]], [S4])
case("count", "How many years does the counter-terrorism cooperation programme cover?", [NUM[3], "2026"], [S1])
case("count", "How many documents are your answers based on?", [NUM[5]], ALL)
case("count", "How many of your sources were published by the CIS Executive Committee?", [NUM[2]], [S0, S1],
     note="000 and 001; 004 names no publisher")
case("count", "Сколько государств участвовало и в заседании СМВД, и во встрече руководителей спецслужб в Москве?", [NUM[7]], [S2, S3])
case("count", "How many months after the XVIII meeting did the Dushanbe summit take place?", [NUM[4]], [S1, S4])
case("count", "Сколько лет прошло от решения о создании АТЦ до XVIII совещания?", [NUM[25]], [S4])
case("count", "How many documents did Klemez say were planned for signature?", [NUM[2]], [S2])
case("count", "Сколько стран участвовало в 13-м заседании Совета секретарей советов безопасности?", None, [S1], dd=True,
     note="001 lists no participants")
case("count", "How many people attended the XVIII meeting?", None, [S4], dd=True,
     absent=[r"\b\d{2,4}\s+(?:people|participants|delegates|persons)"], note="004 gives no head count")
case("count", "How many specialised sessions did the June 2025 counter-terrorism meeting hold?", [NUM[4]], [S4])
case("count", "How many documents approved in Dushanbe run until 2030?", [NUM[2]], [S1],
     note="the Military Cooperation Concept and the border security programme")
case("count", "Сколько дней прошло между публикацией сообщения о XVIII совещании и заседанием СМВД в Петербурге?", [r"\b57\b"], [S2, S4],
     note="16 June -> 12 August 2025")
case("count", "Сколько органов СНГ среди 13 участников XVIII совещания не входят ни в 16 отраслевых, ни в 3 специализированных?",
     [NUM[5]], [S0, S4], note="Executive Committee, IPA Council, customs, transport conference, aviation committee")
case("count", "How many states attended only one of the two meetings, the St Petersburg interior ministers' one and the Moscow intelligence chiefs' one?",
     [NUM[2]], [S2, S3], note="Azerbaijan (Moscow only) and Russia (St Petersburg only)")

# ----------------------------------------------------------------------------------------- quote
case("quote", "What did Klemez say about historical memory?", [r"histor|истори", r"Nazi|нацизм"], [S2])
case("quote", "Что Клемез говорил о наркотиках?",
     [r"производств\w*\s+наркотик|наркотрафик|маршрут|production|trafficking\s+routes"], [S2])
case("quote", "What did Klemez say about illegal migration?",
     [r"direct\s+threat|прям\w+\s+угроз|national\s+security|национальн\w+\s+безопасност"], [S2])
case("quote", "Что Клемез сказал об экстремистских движениях?", [r"террористическ\w+\s+метод|terrorist\s+methods"], [S2])
case("quote", "What did Klemez say about money laundering?", [r"corruption|коррупц", r"border|границ"], [S2])
case("quote", "Что Клемез рассказал о подготовке к заседаниям высших органов СНГ?", [r"программ|program", r"концепц|concept", "2030"], [S2])
case("quote", "What did Trefilov say about the CIS Plus format?",
     [r"platform|площадк", r"other\s+states|international\s+organi|государств|международн"], [S1])
case("quote", "Что Трефилов сказал о молодёжи?", [r"деструктивн|destructive", r"идеолог|ideolog"], [S1])
case("quote", "What did Trefilov say about the Military Cooperation Concept and the new programmes?",
     [r"medium\s+term|среднесрочн", r"special\s+services|law\s+enforcement|спецслужб|правоохранительн"], [S1])
case("quote", "Что говорил Трефилов об итогах октябрьских заседаний в Душанбе?", [r"безопасност|security", r"добрососед|good-?\s?neighbo"], [S1])
case("quote", "What did Emomali Rahmon say in his address to the XVIII meeting?", ["2000", ATC + r"|Center|Центр"], [S4])
case("quote", "Что заявил Песков о сотрудничестве в СНГ?", [r"потенциал|potential", r"турбулентн|turbulent"], [S3])
case("quote", "What did Putin say, according to the article on the CIS security talks in Moscow?",
     [r"\b80", r"Nazi|нацизм|Victory|Побед|Great\s+Patriotic|Великой\s+Отечественной"], [S3])
case("quote", "Что рекомендовал Генеральный прокурор России Совету прокуроров СНГ?", [r"реформ|reform"], [S3])
case("quote", "Who spoke about weapons smuggling?", [KLEMEZ], [S2])
case("quote", "Кто говорил о турбулентных временах?", [PESKOV], [S3])
case("quote", "Who talked about the 80th anniversary of Victory in the Great Patriotic War?", [PUTIN + "|" + KLEMEZ], [S2, S3])
case("quote", "Who mentioned the decision taken in 2000 to set up the CIS ATC?", [RAHMON], [S4])
case("quote", "Кто заявлял о вовлечении молодёжи в деструктивные идеологические течения?", [TREFILOV], [S1])
case("quote", "Who reported on FATF-based assessments of anti-money laundering systems?", [EAG], [S4])
case("quote", "Что говорили участники XVIII совещания о пропаганде террористических организаций?",
     [r"вовлеч|involv", r"финансир|financ"], [S4])
case("quote", "What did the XVIII participants say about terrorist fighters returning to their home countries?",
     [r"illegal\s+migration|незаконн\w+\s+миграц"], [S4])
case("quote", "Что говорилось на XVIII совещании об оружии из зон вооружённых конфликтов?",
     [r"боеприпас|ammunition|террористическ\w+\s+деятельност|terrorist\s+activit"], [S4])
case("quote", "What did the participants of the Moscow intelligence chiefs' meeting think harmonized standards and data sharing would bring?",
     [r"benefit|польз|выгод"], [S3])
case("quote", "Кто рассказывал журналистам о заседании СМВД в Санкт-Петербурге?", [KLEMEZ], [S2])
case("quote", "Что Трефилов назвал «прежде всего» среди итогов заседаний в Душанбе?", [CIS_PLUS], [S1])
case("quote", "What did Klemez say about cybercrime?", [r"scale|escalat|масштаб|рост|раст"], [S2])
case("quote", "Who spoke about the Year of Peace and Unity in the Fight Against Nazism?", [KLEMEZ + "|" + PUTIN], [S2, S3])
case("quote", "What did Trefilov hope the joint work of law enforcement and humanitarian experts would lead to?",
     [r"coordinated\s+approach|согласованн\w+\s+подход|youth|молод|destructive|деструктивн"], [S1])
case("quote", "Что говорилось на XVIII совещании о международно-правовой базе сотрудничества?",
     [r"совершенствова|improve", r"обмен\w*\s+информаци|information\s+exchange"], [S4])
case("quote", "Кто говорил об угрозе со стороны потоков незаконной миграции?", [KLEMEZ], [S2])
case("quote", "Что и когда сказал Песков?", [r"октябр|October", r"потенциал|potential"], [S3],
     absent=[r"(?:October|октябр\w*)\s+(?:of\s+)?20\d\d"], note="003: 'in an October statement', no year")

# ------------------------------------------------------------------------------------------ time
TODAY_NOTE = "today = 2026-11-30"
AGO_XVIII = (
    r"\b53[789]\s+(?:days|дн)|\b1[78]\s+(?:months|месяц)|(?:a|one|1)\s+year[,\s]+(?:and\s+)?(?:5|five|6|six)\s+months"
    r"|\bгод\w*[,\s]+(?:и\s+)?(?:5|6|пять|шесть)\s+месяц"
    r"|(?:almost|nearly|about|around|over|more\s+than|roughly)\s+(?:a\s+|one\s+and\s+a\s+)?(?:year\s+and\s+a\s+half|half\s+years?|1\.5\s+years)"
    r"|(?:почти|около|более|больше|свыше|примерно)\s+(?:полтора\s+года|полутора\s+лет|1,5\s+(?:года|лет))"
)
case("time", "What is the most recent meeting in your sources?", [SECSEC, date(5, 11, 2025)], [S1], note=TODAY_NOTE)
case("time", "Когда было последнее заседание, о котором ты знаешь?", [date(5, 11, 2025)], [S1], note=TODAY_NOTE)
case("time", "What CIS security meetings happened last year?",
     [r"June|июн|XVIII", SPB + "|" + INTERIOR, DUSHANBE, r"November|ноябр|" + SECSEC], [S1, S2, S4], max_chars=3500,
     note="last year = 2025")
case("time", "Какие заседания прошли в этом году?", ["2025"], [S1], dd=True, absent=[DATED_2026],
     note="this year = 2026: nothing recorded; the latest known is 5 November 2025")
case("time", "How long ago was the XVIII counter-terrorism meeting?", [AGO_XVIII, "2025"], [S4],
     absent=[r"\b(?:2|two)\s+years|\bдва\s+года"], note="10 June 2025 -> 30 November 2026: 538 days")
case("time", "Как давно прошёл саммит СНГ в Душанбе?",
     [r"(?:больше|более|свыше|около|почти|чуть\s+больше)\s+года|\b1[34]\s+(?:месяц|months)|(?:over|more\s+than|about|just\s+over)\s+(?:a|one)\s+year"
      r"|\bгод\s+(?:и|с)\s+(?:1|2|один|два|месяц)|(?:a|one|1)\s+year\s+(?:and\s+)?(?:1|2|one|two|a)\s+months?|год\s+назад|year\s+ago",
      r"October|октябр"], [S1], absent=[r"\b(?:2|two)\s+years|\bдва\s+года"], note="October 2025 -> 30 November 2026")
case("time", "When is the next meeting of the CIS Security Secretaries Council?", [r"2025|\b13"], [S1], dd=True,
     absent=[FUTURE], note="no later meeting is recorded")
case("time", "Какие мероприятия СНГ в сфере безопасности запланированы на ближайшее время?", ["2025"], ALL, dd=True,
     absent=[FUTURE], note="nothing later than 5 November 2025 is known; the October 2025 exercise is past")
case("time", "Is the Commonwealth-Antiterror 2025 exercise still upcoming?",
     [month(10, 2025), r"pass|past|already|прош|уже|состоял|took\s+place|held|не\s+сообща|no\s+(?:information|report)|unknown|неизвест|not\s+(?:known|reported|say)"],
     [S4], absent=NOT_YES, note="planned for October 2025, which has passed")
case("time", "Сколько лет осталось до окончания программы укрепления пограничной безопасности?",
     ["2030", r"\b[34]\b|\bthree\b|\bfour\b|\bтр(?:и|[её]х)\b|четыр"], [S1], note="until 2030; today 2026")
case("time", "Is the 2026–2028 counter-terrorism programme's period running now?", ["2026", "2028"], [S1])
case("time", "Что произошло в ноябре прошлого года?", [SECSEC, MOSCOW], [S1], note="November 2025")
case("time", "What happened in June last year?", [XVIII, MOSCOW], [S4], note="June 2025")
case("time", "Было ли что-нибудь в сфере безопасности СНГ в 2026 году?", [r"2025|2026"], ALL, dd=True, absent=[DATED_2026])
case("time", "How many days ago did BelTA publish its story on the St Petersburg meeting?", [r"\b474\b"], [S2],
     note="13 August 2025 -> 30 November 2026")
case("time", "Сколько месяцев назад прошло XVIII совещание?", [r"\b1[78]\s+(?:месяц|months)"], [S4])
case("time", "Was the St Petersburg interior ministers' meeting this year or last year?", [r"last\s+year|прошл\w+\s+год", "2025"], [S2])
case("time", "Какое заседание было раньше: в Петербурге или 13-е заседание секретарей совбезов?",
     [r"(?:Петербург\w*|12\s+августа|внутренних\s+дел|СМВД|Interior|Petersburg)[^.;]{0,160}?(?:раньше|первым|прежде|earlier|first|before)"
      r"|(?:раньше|первым|первое|first|earlier)[^.;]{0,120}?(?:Петербург|12\s+августа|внутренних|СМВД|Interior|August|Petersburg)"
      r"|(?:секретар\w*|13-?е|5\s+ноября|Secretar\w*)[^.;]{0,160}?(?:позже|позднее|после|later|after)",
      r"август|August"], [S1, S2])
case("time", "What is the latest thing Klemez is reported to have said, and when?", [r"August|август", "2025"], [S2])
case("time", "Когда в последний раз собирался Совет министров внутренних дел СНГ?", [date(12, 8, 2025)], [S2])
case("time", "Did anything happen in CIS security cooperation in the last six months?", ["2025"], ALL, dd=True, absent=[DATED_2026],
     note="since 30 May 2026: nothing recorded")
case("time", "Какие программы сотрудничества СНГ действуют в этом году?", [CT_PERIOD, "2030"], [S1])
case("time", "Is the XVIII meeting upcoming or already past?",
     [r"past|already|took\s+place|was\s+held|прош|состоял|уже", date(10, 6, 2025)], [S4])
case("time", "Когда будет следующее, XIX совещание руководителей антитеррористических подразделений?",
     [r"XVIII|\b18|XIX|\b19"], [S4], dd=True, absent=[FUTURE])
case("time", "What happened the month before the 13th Security Secretaries meeting?", [DUSHANBE], [S1])
case("time", "Сколько времени прошло с публикации сообщения о XVIII совещании?",
     [r"\b53[123]\s+(?:days|дн)|\b1[78]\s+(?:months|месяц)|year[,\s]+(?:and\s+)?(?:5|five)\s+months|год\w*[,\s]+(?:и\s+)?(?:5|пять)\s+месяц"
      r"|полтора\s+года|полутора\s+лет|year\s+and\s+a\s+half|1\.5\s+years", "2025"], [S4], note="16 June 2025 -> 30 November 2026: 532 days")
case("time", "Что было в августе прошлого года?", [SPB + "|" + INTERIOR], [S2], note="August 2025")
case("time", "When does the Military Cooperation Concept expire?", ["2030"], [S1])
case("time", "What was the earliest dated event of 2025 in your sources?", [XVIII, r"June|июн"], [S4])
case("time", "Any new CIS security meetings this month?", ["2025"], ALL, dd=True, absent=[DATED_2026])
case("time", "Проходило ли в этом году заседание Совета министров внутренних дел СНГ?",
     [no(r"этом\s+году|2026|this\s+year"), "2025"], [S2], absent=NOT_YES)
case("time", "How much time is left until the end of the 2026–2028 counter-terrorism programme?",
     ["2028", r"\b2\b|\btwo\b|\bдв(?:а|ух)\b|\b2[45]\s+(?:months|месяц)"], [S1])

# ------------------------------------------------------------------------------------- lookalike
case("lookalike", "When was the 14th meeting of the CIS Security Secretaries Council?", [r"\b1[34]|fourteenth|thirteenth"], [S1], dd=True,
     absent=[FUTURE])
case("lookalike", "Где прошло XIX совещание руководителей антитеррористических подразделений?", [r"XIX|\b19|XVIII|\b18"], [S4], dd=True)
case("lookalike", "What was discussed at the CIS security meeting in Bishkek?", [r"Bishkek|Бишкек"], ALL, dd=True)
case("lookalike", "Что обсуждали на заседании СНГ в Ташкенте в 2025 году?", [r"Ташкент|Tashkent"], ALL, dd=True)
case("lookalike", "When did the CIS interior ministers meet in 2024?", ["2024"], [S2], dd=True)
case("lookalike", "Кто возглавляет Антитеррористический центр СНГ?", [r"руковод|глав|head|chief|director|директор|" + ATC], [S0, S4],
     dd=True, note="no head of the ATC is named")
case("lookalike", "Who is the CIS Secretary-General?", [r"Secretary-General|Secretary\s+General|Генеральн\w+\s+секретар|" + TREFILOV],
     [S1], dd=True, absent=[r"Trefilov,?\s+(?:is\s+)?(?:the\s+)?CIS\s+Secretary-General"], note="only a Deputy Secretary-General is named")
case("lookalike", "Что говорится в Программе сотрудничества в борьбе с терроризмом на 2023–2025 годы?", [r"2023|2026"], [S1], dd=True)
case("lookalike", "What does the CIS Military Cooperation Concept until 2035 say?", [r"2035|2030"], [S1], dd=True)
case("lookalike", "Где проводились учения «Содружество-Антитеррор – 2024»?", [r"2024|2025"], [S4], dd=True)
case("lookalike", "What did the CIS Cybersecurity Council decide in 2025?", [r"cyber|кибер"], [S0], dd=True,
     note="no such body among the 16 + 3")
case("lookalike", "Что сказал Лукашенко о сотрудничестве СНГ в сфере безопасности?", [r"Лукашенко|Lukashenko"], ALL, dd=True)
case("lookalike", "Which delegation represented Moldova at the XVIII meeting?", [r"Moldova|Молдов"], [S4], dd=True)
case("lookalike", "Сколько человек участвовало в заседании СМВД в Петербурге?",
     [r"человек|участник|people|participants|numb|числ|количеств|delegat|делегац"], [S2], dd=True,
     absent=[r"\b\d{2,4}\s+(?:человек|people|participants|участник)"])
case("lookalike", "When was the CIS Bureau for Coordination of Combating Organized Crime founded?", [r"Bureau|Бюро|" + BCOC], [S0], dd=True,
     absent=[bare(r"\b2000\b")], note="only the ATC's founding decision (2000) is given")
case("lookalike", "Кто руководит Межгосударственным экологическим советом СНГ?", [ECOLOGICAL + r"|руковод|председател|head|chair"], [S0], dd=True)
case("lookalike", "What was decided at the CIS summit in Ashgabat in October 2025?", [r"Ashgabat|Ашхабад|" + DUSHANBE], [S1], dd=True,
     note="the October 2025 meetings were in Dushanbe")
case("lookalike", "Когда Иран получил статус наблюдателя при СНГ?", [r"Иран|Iran|" + SCO], [S1], dd=True)
case("lookalike", "What was on the agenda of the 13th meeting of the CIS Council of Defence Ministers?", [r"Defen[cs]e|обороны|\b13"], [S0, S1],
     dd=True, note="the 13th meeting on record is the Security Secretaries Council's")
case("lookalike", "Что решили на 25-м заседании Совета министров внутренних дел СНГ?", [r"\b25|" + INTERIOR], [S2], dd=True)
case("lookalike", "Who is the CIS Minister of Emergency Situations?", [r"Emergenc|чрезвычайн|minister|министр"], [S0], dd=True)
case("lookalike", "Какие решения принял Совет руководителей пенитенциарных служб в 2025 году?", [PENIT], [S0], dd=True)
case("lookalike", "What did Denis Trefilov say at the St Petersburg meeting in August 2025?", [TREFILOV], [S1, S2], dd=True,
     note="Trefilov spoke at the 13th Security Secretaries meeting in Moscow; Klemez is quoted about St Petersburg")
case("lookalike", "Когда в Ереване прошла встреча руководителей спецслужб СНГ?", [r"Ереван|Yerevan|" + MOSCOW], [S3], dd=True)
case("lookalike", "What is the phone number of the CIS Anti-Terrorism Center?", [r"phone|телефон|contact|контакт|" + ATC], [S0], dd=True)
case("lookalike", "Кто представлял Казахстан на заседании Совета министров обороны СНГ?", [r"обороны|Defen[cs]e|Казах|Kazakh"], [S0], dd=True)
case("lookalike", "What did the 2024 report on the results of the CIS security bodies say?", [r"2024|2025"], [S0], dd=True)
case("lookalike", "Какое решение приняли в Душанбе о вступлении Афганистана в СНГ?", [r"Афганистан|Afghanistan"], [S1], dd=True)
case("lookalike", "How many terrorist attacks did the CIS ATC prevent in 2025?", [r"attack|terror|теракт|prevent|предотвращ"], [S4], dd=True,
     absent=[r"\b\d+\s+(?:terrorist\s+)?(?:attacks|acts)"])
case("lookalike", "Что обсуждалось на встрече секретарей совбезов СНГ в Казани?", [r"Казан|Kazan|" + MOSCOW], [S1], dd=True)
case("lookalike", "Which minister represented Uzbekistan in St Petersburg?", [r"Uzbek|Узбек"], [S2], dd=True)
case("lookalike", "Где находится штаб-квартира АТЦ СНГ?", [r"штаб|headquart|" + ATC], [S0, S4], dd=True)
case("lookalike", "Which was the ninth state at the XVIII meeting?", [NUM[8] + r"|\bnine\b|\b9\b|девят"], [S4], dd=True,
     note="004 says 9 states but names eight")

# ---------------------------------------------------------------------------------- out_of_scope
for q in [
    "What's the weather going to be like in Moscow tomorrow?",
    "Какая погода будет завтра в Душанбе?",
    "What is the bitcoin price right now?",
    "Какой сейчас курс биткоина?",
    "Who won the Champions League final in 2025?",
    "Кто выиграл чемпионат мира по футболу 2022 года?",
    "What's the capital of Australia?",
    "Рецепт плова по-узбекски",
    "Write a Python function that reverses a string",
    "Сколько калорий в одном яблоке?",
    "What's my horoscope for today? I'm a Leo",
    "Как быстро выучить английский язык?",
    "Find me train tickets from Moscow to St Petersburg for Friday",
    "Лучшие рестораны Санкт-Петербурга",
    "What is the population of Tajikistan?",
    "Как получить визу в Казахстан?",
    "Who is the president of the United States?",
    "Почему небо голубое?",
    "How much does the new iPhone cost?",
    "Сколько будет 17 умножить на 23?",
    "Recommend a good laptop for programming",
    "Кто написал «Евгения Онегина»?",
    "What time does the Moscow metro close?",
    "Какие фильмы идут сегодня в кино в Минске?",
    "How do I cook borscht?",
    "Сколько стоит баррель нефти Brent?",
    "What's the meaning of life?",
    "Какая температура воды в Чёрном море в августе?",
    "Who won the NBA finals?",
    "Напиши стихотворение про осень",
    "How to lose weight fast?",
    "Когда начнётся чемпионат России по хоккею?",
]:
    case("out_of_scope", q, decline=True)

# ----------------------------------------------------------------------------------------- style
case("style", "wehre was the 13th meting of security secretaris?", [MOSCOW], [S1])
case("style", "kagda bylo 13 zasedanie soveta sekretarey sovbezov", [date(5, 11, 2025)], [S1],
     note="Russian in Latin letters: «когда было 13 заседание совета секретарей совбезов»")
case("style", "skolko organov otraslevogo sotrudnichestva v SNG", [NUM[16]], [S0])
case("style", "gde proshlo zasedanie SMVD v avguste", [SPB], [S2])
case("style", wrong_layout("кто выступал на 13 заседании совета секретарей"), [TREFILOV], [S1],
     note="wrong layout: «кто выступал на 13 заседании совета секретарей»")
case("style", wrong_layout("что такое шос"), [r"Шанхайск\w+\s+организаци|Shanghai\s+Cooperation"], [S1, S4], note="wrong layout: «что такое шос»")
case("style", wrong_layout("где прошло xviii совещание"), [MOSCOW], [S4], note="wrong layout: «где прошло xviii совещание»")
case("style", "interior ministers 2025", [SPB, date(12, 8, 2025)], [S2])
case("style", "CSTO XVIII", [r"XVIII|\b18|10\s+June|June\s+10|10\s+июня", CSTO], [S4])
case("style", "Трефилов должность", [r"заместител|Deputy"], [S1])
case("style", "Klemez threats", [r"migration|миграц", r"drug|narcot|наркот"], [S2])
case("style", "саммит Душанбе итоги", [CIS_PLUS + "|" + SCO + "|" + CONCEPT], [S1])
case("style", "ATC founded", ["2000"], [S4])
case("style", "Hi! I'm preparing a briefing for my boss and need to double-check something: which states were at the St Petersburg "
     "meeting of interior ministers? Thanks a lot!", [ARM, BEL, KAZ, TKM, UZB], [S2], absent=[bare(AZE)])
case("style", "Добрый день! Готовлю справку для руководства, подскажите, пожалуйста, когда и где прошло XVIII антитеррористическое "
     "совещание? Заранее спасибо!", [date(10, 6, 2025), MOSCOW], [S4])
case("style", "Hey there, quick question before my meeting - what period does the new CIS anti-terror cooperation programme cover? cheers",
     [CT_PERIOD], [S1])
case("style", "Здравствуйте! Коллега спрашивает, кто такой Евгений Клемез и какую должность он занимает. Поможете?",
     [r"Директор|Director"], [S2])
case("style", "када была встреча министров внутрених дел в питере", [date(12, 8, 2025)], [S2])
case("style", "скока стран было на встрече спецслужб в маскве", [NUM[8]], [S3])
case("style", "hw many specialsed bodies does teh CIS have in securty?", [NUM[3]], [S0])
case("style", "waht is teh EAG", [r"Eurasian\s+Group|Евразийск\w+\s+групп"], [S4])
case("style", "chto takoe SNG plyus", [r"площадк|platform|сотрудничеств|cooperation", r"плюс|Plus|\+"], [S1])
case("style", "kto takoy Peskov", [r"пресс-секретар|Press\s+Secretary"], [S3])
case("style", "kakie strany byli na zasedanii v Sankt-Peterburge", [ARM, KAZ, TKM], [S2], absent=[bare(AZE)])
case("style", wrong_layout("когда был саммит в душанбе"), [month(10, 2025) + r"|October|октябр"], [S1],
     note="wrong layout: «когда был саммит в душанбе»")
case("style", wrong_layout("сколько заседаний было в 2025"), [NUM[20]], [S0], note="wrong layout: «сколько заседаний было в 2025»")
case("style", "XVIII sovewanie skolko sessiy", [NUM[4] + "|" + NUM[5], r"plenary|пленарн"], [S4])
case("style", "concept military cooperation end year", ["2030"], [S1])
case("style", "каво сделали наблюдателем при снг", [SCO], [S1])
case("style", "Hello! Writing up my notes - who sent a congratulatory address to the June 2025 counter-terrorism meeting, and what post did he hold? Many thanks!",
     [RAHMON, r"Chair|President|Председател|Президент"], [S4])
case("style", "wich council deals with prisns", [PENIT], [S0])
case("style", "kakoi organ zanimaetsa korrupciei", [CORRUPTION_COUNCIL], [S0])
case("style", "BELTA ARTICLE DATE", [date(13, 8, 2025)], [S2])

# --------------------------------------------------------------------------------- conversations
CONVERSATIONS: list[dict[str, Any]] = [
    {"id": "cv-01", "lang": "en", "turns": [
        {"q": "When did the CIS interior ministers meet in 2025?", "expect": [date(12, 8, 2025)]},
        {"q": "where was that?", "expect": [SPB]},
        {"q": "which states were there?", "expect": [ARM, TKM, UZB], "absent": [bare(AZE)]},
    ]},
    {"id": "cv-02", "lang": "ru", "turns": [
        {"q": "Когда прошло 13-е заседание Совета секретарей советов безопасности СНГ?", "expect": [date(5, 11, 2025)]},
        {"q": "а где?", "expect": [MOSCOW]},
        {"q": "кто там выступал?", "expect": [TREFILOV]},
    ]},
    {"id": "cv-03", "lang": "en", "turns": [
        {"q": "Tell me about the XVIII counter-terrorism meeting", "expect": [MOSCOW + "|" + date(10, 6, 2025)]},
        {"q": "which international organisations attended?", "expect": [CSTO, EAG]},
        {"q": "what about Turkmenistan?", "expect": [TKM], "decline_or_disclaim": True, "absent": NOT_YES},
    ]},
    {"id": "cv-04", "lang": "ru", "turns": [
        {"q": "Расскажи о встрече руководителей органов безопасности и спецслужб СНГ в Москве", "expect": [MOSCOW]},
        {"q": "а когда она была?", "decline_or_disclaim": True, "absent": [r"\b(?:19|20)\d\d-\d\d-\d\d|\b\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+20\d\d"]},
        {"q": "а Россия там была?", "expect": [RUS], "decline_or_disclaim": True, "absent": NOT_YES},
    ]},
    {"id": "cv-05", "lang": "en", "turns": [
        {"q": "Who is Yevgeny Klemez?", "expect": [r"Director|директор"]},
        {"q": "what did he say about drugs?", "expect": [r"narcotic|drug|наркот"]},
        {"q": "and about cybercrime?", "expect": [r"cyber|кибер"]},
    ]},
    {"id": "cv-06", "lang": "ru", "turns": [
        {"q": "Какие документы одобрили в Душанбе?", "expect": [CONCEPT + r"|программ|Programme"]},
        {"q": "а на какой срок программа по терроризму?", "expect": [CT_PERIOD]},
        {"q": "а пограничная?", "expect": ["2030"]},
    ]},
    {"id": "cv-07", "lang": "en", "turns": [
        {"q": "What is the CIS Anti-Terrorism Center?", "expect": [ATC]},
        {"q": "when was it set up?", "expect": ["2000"]},
        {"q": "who mentioned that?", "expect": [RAHMON]},
    ]},
    {"id": "cv-08", "lang": "ru", "turns": [
        {"q": "Когда было XVIII совещание?", "expect": [date(10, 6, 2025)]},
        {"q": "сколько там было сессий?", "expect": [NUM[4] + "|" + NUM[5]]},
        {"q": "а о чём была третья?", "expect": [EXERCISE]},
    ]},
    {"id": "cv-09", "lang": "en", "turns": [
        {"q": "Which states attended the St Petersburg meeting?", "expect": [ARM, KAZ, TKM]},
        {"q": "what about Azerbaijan?", "expect": [no(AZE)], "absent": NOT_YES},
        {"q": "and was Azerbaijan at the XVIII meeting?", "expect": [YES], "absent": NOT_NO},
    ]},
    {"id": "cv-10", "lang": "ru", "turns": [
        {"q": "Кто такой Денис Трефилов?", "expect": [r"заместител|Deputy"]},
        {"q": "что он говорил о молодёжи?", "expect": [r"деструктивн|destructive"]},
        {"q": "где это было?", "expect": [MOSCOW]},
    ]},
    {"id": "cv-11", "lang": "en", "turns": [
        {"q": "What's the most recent meeting you know of?", "expect": [SECSEC + "|" + date(5, 11, 2025)]},
        {"q": "anything after that?", "expect": ["2025"], "decline_or_disclaim": True, "absent": [FUTURE, DATED_2026]},
        {"q": "how long ago was it?", "expect": [
            r"\b390\s+days|\b1[23]\s+months|(?:over|more\s+than|about|just\s+over|almost)\s+(?:a|one)\s+year|(?:a|one|1)\s+year"]},
    ]},
    {"id": "cv-12", "lang": "ru", "turns": [
        {"q": "Что такое ЕАГ?", "expect": [r"Евразийск\w+\s+групп|Eurasian\s+Group"]},
        {"q": "а на каком мероприятии она упоминается?", "expect": [XVIII]},
        {"q": "о чём она там докладывала?", "expect": [r"отмыв|легализац|laundering", ATC]},
    ]},
    {"id": "cv-13", "lang": "en", "turns": [
        {"q": "What did the CIS summit decide about the SCO?", "expect": [r"observer|наблюдател"]},
        {"q": "when was that?", "expect": [month(10, 2025) + r"|October|октябр"]},
        {"q": "where?", "expect": [DUSHANBE]},
    ]},
    {"id": "cv-14", "lang": "ru", "turns": [
        {"q": "Сколько органов отраслевого сотрудничества СНГ в сфере безопасности?", "expect": [NUM[16]]},
        {"q": "а специализированных?", "expect": [NUM[3]]},
        {"q": "перечисли их", "expect": [ATC, BCOC, JOINT_COMMISSION]},
    ]},
]
for conversation in CONVERSATIONS:
    conversation["source"] = sorted({S0, S1, S2, S3, S4})  # overwritten below where narrower
CONVERSATION_SOURCES = {
    "cv-01": [S2], "cv-02": [S1], "cv-03": [S4], "cv-04": [S3], "cv-05": [S2], "cv-06": [S1], "cv-07": [S0, S4],
    "cv-08": [S4], "cv-09": [S2, S4], "cv-10": [S1], "cv-11": [S1], "cv-12": [S4], "cv-13": [S1], "cv-14": [S0],
}
for conversation in CONVERSATIONS:
    conversation["source"] = CONVERSATION_SOURCES[conversation["id"]]


def split() -> tuple[dict[str, Any], dict[str, Any]]:
    """Stratified random split: each kind's cases and the conversations shuffled with one seeded generator."""
    rng = random.Random(SEED)
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in CASES:
        by_kind[entry["kind"]].append(entry)
    tuning: dict[str, Any] = {"questions": [], "conversations": []}
    heldout: dict[str, Any] = {"questions": [], "conversations": []}
    for kind in PREFIX:
        group = list(by_kind[kind])
        rng.shuffle(group)
        half = (len(group) + rng.randint(0, 1)) // 2
        tuning["questions"] += sorted(group[:half], key=lambda c: c["id"])
        heldout["questions"] += sorted(group[half:], key=lambda c: c["id"])
    conversations = list(CONVERSATIONS)
    rng.shuffle(conversations)
    half = len(conversations) // 2
    tuning["conversations"] = sorted(conversations[:half], key=lambda c: c["id"])
    heldout["conversations"] = sorted(conversations[half:], key=lambda c: c["id"])
    return tuning, heldout


HEADER = """\
# Question bank ({name}) for the CIS security-cooperation bot. Generated by build_bank.py (seed {seed}); edit there.
# Facts come only from the five documents in knowledge/seeds/ (`source` names them); "today" is 2026-11-30.
# questions: id, q, kind, expect (regexes that must all match the visible answer, case-insensitive),
#   absent (regexes none of which may match), decline (must not answer), decline_or_disclaim (declined, or
#   answered with "the sources do not have it" within the first 300 visible characters), max_chars, source, note.
# conversations: id, lang, source, turns [{{q, expect, absent, decline_or_disclaim}}]; turns of one conversation
#   share the chat. Scored by run_bank.py with the rules of the development sets.
"""


class _NoAliases(yaml.SafeDumper):
    """Writes shared lists out in full: a reader of the YAML should not chase &id001 anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def main() -> int:
    problems = []
    seen_ids: set[str] = set()
    for entry in CASES + [t for c in CONVERSATIONS for t in c["turns"]]:
        for key in ("expect", "absent"):
            for pattern in entry.get(key) or []:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    problems.append(f"{entry.get('id', entry['q'])}: {exc}")
    for entry in CASES:
        if entry["id"] in seen_ids:
            problems.append(f"duplicate id {entry['id']}")
        seen_ids.add(entry["id"])
    if problems:
        print("\n".join(problems))
        return 1
    tuning, heldout = split()
    for name, data in (("tuning", tuning), ("heldout", heldout)):
        text = HEADER.format(name=name, seed=SEED) + yaml.dump(
            data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False
        )
        (HERE / f"{name}.yaml").write_text(text, encoding="utf-8")
    cyrillic = sum(1 for c in CASES if re.search("[а-яё]", c["q"], re.I))
    kinds: dict[str, int] = defaultdict(int)
    for entry in CASES:
        kinds[entry["kind"]] += 1
    print(f"{len(CASES)} questions ({cyrillic} Cyrillic, {100 * cyrillic / len(CASES):.0f}%), {len(CONVERSATIONS)} conversations")
    print(", ".join(f"{kind} {count}" for kind, count in kinds.items()))
    print(f"tuning {len(tuning['questions'])} + {len(tuning['conversations'])} conv, "
          f"heldout {len(heldout['questions'])} + {len(heldout['conversations'])} conv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
