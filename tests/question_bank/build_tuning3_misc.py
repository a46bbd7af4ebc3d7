#!/usr/bin/env python3
"""Writes tuning3_misc.yaml: a third tuning set for topics in everyday words, relative time, abbreviations,
attributes, counts, quotes and typing styles, written from the five documents in knowledge/seeds/ with
"today" = 2026-11-30, deliberately phrased away from tuning.yaml and tuning2.yaml."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from patterns import ATC, BCOC, DATED_2026, FUTURE, INTEL, INTERIOR, NUM, SECSEC, SPB, TAJ, date, month

S000, S001, S002, S003, S004 = (
    "000_d102ea4f84d1b773.txt", "001_2c71cc2c076bff5a.txt", "002_3522b661196935cf.txt",
    "003_d1a6280cedd08524.txt", "004_fdda80b81dab3adc.txt",
)
_RU = "йцукенгшщзхъфывапролджэячсмитьбю.ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,"
_EN = "qwertyuiop[]asdfghjkl;'zxcvbnm,./QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?"


def on_english_keys(text: str) -> str:
    """Russian text as typed with the keyboard left on the English layout."""
    return text.translate(str.maketrans(_RU, _EN))


def on_russian_keys(text: str) -> str:
    """English text as typed with the keyboard left on the Russian layout."""
    return text.translate(str.maketrans(_EN, _RU))


EMERG = r"Emergenc|чрезвычайн|\bЧС\b"
MIGR = r"Migration|миграц"
FININT = r"Financial\s+Intelligence|финансов\w+\s+разведк|Eurasian\s+Group|\bEAG\b|\bЕАГ\b|Евразийск"
CYBER = rf"{INTERIOR}|{INTEL}|Security\s+and\s+Intelligence"
DISCLAIMS = {"decline_or_disclaim": True}

CASES: list[tuple[str, str, dict[str, Any], list[str]]] = [
    # topics in everyday words
    ("topic", "Who handles drug trafficking in the CIS?", {"expect": [rf"{INTERIOR}|{BCOC}"]}, [S000, S002]),
    ("topic", "кто занимается пожарами в снг", {"expect": [EMERG]}, [S000]),
    ("topic", "Какая структура Содружества отвечает за ликвидацию последствий наводнений?", {"expect": [EMERG]}, [S000]),
    ("topic", "which body would I talk to about satellite mapping data", {"expect": [r"Geodesy|Cartograph|геодези|картограф"]}, [S000]),
    ("topic", "а кто у них по отмыванию денег?", {"expect": [FININT]}, [S000, S004]),
    ("topic", "kto v sng lovit shpionov", {"expect": [INTEL]}, [S000]),
    ("topic", "Is there a CIS body that deals with migrants and refugees?", {"expect": [MIGR]}, [S000]),
    ("topic", "какой совет курирует тюрьмы и колонии", {"expect": [r"Penitentiary|пенитенциарн|уголовно-исполнит"]}, [S000]),
    ("topic", "кто отвечает за таможню в СНГ", {"expect": [r"Customs|таможен"]}, [S004]),
    ("topic", "Which CIS body deals with cyber attacks?", {"expect": [CYBER]}, [S002, S003]),
    ("topic", on_english_keys("кто занимается терроризмом"), {"expect": [ATC]}, [S000]),
    ("topic", "Hi, I'm writing a piece on pollution - is there a CIS council for environmental matters?", {"expect": [r"Ecolog|эколог"]}, [S000]),
    ("topic", "кто в содружестве следит за погодой", {"expect": [r"Hydromet|гидромет"]}, [S000]),
    ("topic", "who fights bribery in the commonwealth", {"expect": [r"Corruption|коррупц"]}, [S000]),
    ("topic", "кто занимаеться налоговыми преступлениями", {"expect": [r"\bTax|налогов"]}, [S000]),
    ("topic", "which council looks after accidents at chemical plants and mines", {"expect": [r"Industrial\s+Safety|промышленн"]}, [S000]),
    ("topic", "Какой орган СНГ объединяет прокуроров?", {"expect": [r"Prosecutors|прокурор"]}, [S000]),
    ("topic", "kakoj organ otvechaet za armiyu", {"expect": [r"Defen[cs]e\s+Ministers|министров\s+обороны"]}, [S000]),
    # abbreviations and definitions
    ("abbreviation", "what does CSTO stand for", {"expect": [r"Collective\s+Security\s+Treaty|коллективной\s+безопасности"]}, [S004]),
    ("abbreviation", "расшифруй АТЦ", {"expect": [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"]}, [S000, S004]),
    ("abbreviation", "что такое СМВД СНГ", {"expect": [r"Interior\s+Ministers|Internal\s+Affairs|внутренних\s+дел"]}, [S000, S002]),
    ("abbreviation", "EAG - full name?", {"expect": [r"Eurasian\s+Group|Евразийск\w+\s+групп"]}, [S004]),
    ("abbreviation", "ATC stands for what exactly?", {"expect": [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"]}, [S000]),
    ("abbreviation", "chto znachit ShOS", {"expect": [r"Shanghai|Шанхайск"]}, [S001]),
    ("abbreviation", "СВР - это что за ведомство?", {"expect": [r"Foreign\s+Intelligence|внешней\s+разведки"]}, [S003]),
    ("abbreviation", on_english_keys("что такое одкб"), {"expect": [r"Collective\s+Security\s+Treaty|коллективной\s+безопасности"]}, [S004]),
    # relative time, today 2026-11-30
    ("time", "What is the most recent meeting you know of?", {"expect": [rf"{SECSEC}|{date(5, 11, 2025)}"]}, [S001]),
    ("time", "когда было самое последнее заседание?", {"expect": [date(5, 11, 2025)]}, [S001]),
    ("time", "How long ago did the interior ministers get together in St Petersburg?",
     {"expect": [r"\b475\b|\b15\s+months|(?:1|one|over\s+a|more\s+than\s+a)\s+year"]}, [S002]),
    ("time", "skolko vremeni proshlo s sammita v dushanbe",
     {"expect": [r"\b1[34]\s+(?:months?|месяц)|(?:1|один|более|больше|около|почти)\s+год|\b4[0-2]\d\s+(?:days|дн)"]}, [S001]),
    ("time", "When do the CIS interior ministers meet next?", {"expect": [date(12, 8, 2025)], "absent": [FUTURE], **DISCLAIMS}, [S002]),
    ("time", "Какие мероприятия запланированы на ближайшее время?", {"absent": [FUTURE, DATED_2026], **DISCLAIMS}, [S000, S001, S004]),
    ("time", "Когда пройдут учения Содружество-Антитеррор-2025?",
     {"expect": [month(10, 2025)], "absent": [r"\bwill\s+(?:be\s+)?(?:held|take)|состо[ия]тся|пройд[уё]т"]}, [S004]),
    ("time", "сколько заседаний провели органы в прошлом году", {"expect": [NUM[20]]}, [S000]),
    ("time", "How many meetings did the security bodies hold last year?", {"expect": [NUM[20]]}, [S000]),
    ("time", "Были ли заседания в этом году?",
     {"expect": [r"^\W*(?:no|нет)\b|не\s+(?:записан|известн|сообща)|нет\s+(?:сведений|данных)"], "absent": [DATED_2026]}, [S000]),
    ("time", "Сколько лет назад создали АТЦ?", {"expect": [r"\b26\b|двадцат\w*\s+шест"]}, [S004]),
    ("time", "how many years are left until the border security programme ends?", {"expect": [r"\b4\b|\bfour\b", r"2030"]}, [S001]),
    ("time", "kogda bylo 13 zasedanie soveta sekretarey sovbezov", {"expect": [date(5, 11, 2025)]}, [S001]),
    ("time", "wen did the heads of counter-terrorism units meet", {"expect": [date(10, 6, 2025)]}, [S004]),
    # attributes of people, sources, programmes, organisations
    ("attribute", "Кем работает Клемез?", {"expect": [r"Director|директор", r"Security\s+Cooperation|сотрудничества\s+в\s+сфере\s+безопасности|Department|Департамент"]}, [S002]),
    ("attribute", "Who is Emomali Rahmon in these sources?", {"expect": [TAJ, r"President|Президент"]}, [S004]),
    ("attribute", "Which news agency reported the meeting of intelligence chiefs in Moscow?", {"expect": [r"TASS|ТАСС"]}, [S003]),
    ("attribute", "Откуда новость про заседание в Санкт-Петербурге?", {"expect": [r"BelTA|БелТА"]}, [S002]),
    ("attribute", "На какой период рассчитана программа по противодействию терроризму и экстремизму?", {"expect": [r"2026\D{1,5}2028"]}, [S001]),
    ("attribute", "Until when does the military cooperation concept run?", {"expect": [r"2030"]}, [S001]),
    ("attribute", "where was the Commonwealth-Antiterror 2025 exercise supposed to take place", {"expect": [TAJ]}, [S004]),
    ("attribute", "Где собираются распространить текст совместного заявления о транснациональной преступности?",
     {"expect": [r"\bUN\b|\bООН\b|United\s+Nations|Объедин[её]нных\s+Наций"]}, [S001]),
    ("attribute", "who heads the CIS security cooperation department", {"expect": [r"Klemez|Клемез"]}, [S002]),
    ("attribute", "на чём основана оценка национальных систем ПОД в ЕАГ", {"expect": [r"FATF|ФАТФ"]}, [S004]),
    ("attribute", "что такое формат СНГ плюс", {"expect": [r"platform|площадк", r"other\s+states|других\s+государств|другими\s+государствами|international|международн"]}, [S001]),
    # counts
    ("count", "skolko vsego zasedaniy bylo v 2025", {"expect": [NUM[20]]}, [S000]),
    ("count", "How many CIS bodies sent working structures to the XVIII counter-terrorism meeting?", {"expect": [NUM[13]]}, [S004]),
    ("count", "сколько международных организаций участвовало в 18-м заседании руководителей антитеррористических подразделений",
     {"expect": [NUM[3]]}, [S004]),
    ("count", "number of basic organisations at the June 2025 meeting in Moscow?", {"expect": [NUM[4]]}, [S004]),
    ("count", "сколько специализированных органов у СНГ в сфере безопасности", {"expect": [NUM[3]]}, [S000]),
    ("count", "Сколько государств прислали делегации на встречу руководителей спецслужб в Москве?", {"expect": [NUM[8]]}, [S003]),
    # quotes
    ("quote", "What did Putin say according to the sources?", {"expect": [r"80|anniversar|годовщин"]}, [S003]),
    ("quote", "Что Рахмон сказал об АТЦ?", {"expect": [r"2000|contribution|вклад"]}, [S004]),
    ("quote", "What did Klemez say about narcotics?", {"expect": [r"narcotic|drug|наркот"]}, [S002]),
    ("quote", "Что предложил генпрокурор России?", {"expect": [r"reform|реформ"]}, [S003]),
    ("quote", "slova Trefilova pro SNG plus", {"expect": [r"platform|площадк"]}, [S001]),
    ("quote", "what did klemez say about cybercrime", {"expect": [r"cyber|кибер"]}, [S002]),
    # typing styles across kinds
    ("style", "Hi! I'm preparing a briefing, could you remind me when the CIS interior ministers last met? Thanks!",
     {"expect": [date(12, 8, 2025)]}, [S002]),
    ("style", "interior ministers 2025", {"expect": [rf"{SPB}|{date(12, 8, 2025)}"]}, [S002]),
    ("style", "Здравствуйте! Готовлю справку для руководства, подскажите, пожалуйста, кто такой Трефилов? Спасибо",
     {"expect": [r"Deputy\s+Secretary|заместител"]}, [S001]),
    ("style", "gde proshlo zasedanie MVD SNG", {"expect": [SPB]}, [S002]),
    ("style", "kagda byl sammit v dushanbe", {"expect": [month(10, 2025)]}, [S001]),
    ("style", on_russian_keys("when did the CIS security council secretaries meet"), {"expect": [date(5, 11, 2025)]}, [S001]),
    ("style", on_english_keys("секретари советов безопасности когда встречались"), {"expect": [date(5, 11, 2025)]}, [S001]),
    ("style", "wen was the ATC set up", {"expect": [r"2000"]}, [S004]),
    ("style", "ктоо такой Клемез", {"expect": [r"Director|директор"]}, [S002]),
    ("style", "skolko spetsializirovannyh organov", {"expect": [NUM[3]]}, [S000]),
]

PREFIX = {"topic": "tp", "abbreviation": "ab", "time": "tm", "attribute": "at", "count": "ct", "quote": "qt", "style": "st"}


def build() -> dict[str, Any]:
    """The set as it is written to tuning3_misc.yaml."""
    numbers: dict[str, int] = {}
    questions = []
    for kind, question, fields, sources in CASES:
        numbers[kind] = numbers.get(kind, 0) + 1
        questions.append({"id": f"t3m-{PREFIX[kind]}-{numbers[kind]:02d}", "q": question, "kind": kind, **fields, "source": sources})
    return {"questions": questions, "conversations": []}


if __name__ == "__main__":
    HEADER = ("# Question bank, third tuning set (topics in everyday words, relative time, abbreviations, attributes, counts,\n"
              "# quotes, typing styles). Generated by build_tuning3_misc.py; edit there. Written from knowledge/seeds/;\n"
              "# \"today\" is 2026-11-30. Same fields and judging rules as tuning.yaml (see README.md).\n")
    text = yaml.safe_dump(build(), allow_unicode=True, sort_keys=False, width=100000)
    (Path(__file__).resolve().parent / "tuning3_misc.yaml").write_text(HEADER + text, encoding="utf-8")
