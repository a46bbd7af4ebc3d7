"""Fourteenth tuning set (tuning14_ru.yaml): Russian as it is really typed.

Cyrillic without capitals or punctuation and with typos, Russian in Latin letters (several
transliteration habits), Russian typed with the English layout on, English typed with the Russian
layout on, colloquial words ("скока", "чё", "инфа", "питер"), abbreviations in both alphabets and mixed
Russian-English messages; every kind of question. Written by hand from the five documents in
knowledge/seeds/ before the bot was run on them; each note quotes the supporting sentence.
Run `python tests/question_bank/build_tuning14_ru.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from patterns import (
    ARM,
    ATC,
    AZE,
    BCOC,
    BEL,
    CIS_PLUS,
    CSTO,
    CT_PERIOD,
    CUSTOMS,
    DEFENCE,
    EAG,
    ECOLOGICAL,
    EXEC,
    INTERIOR,
    JOINT_COMMISSION,
    KAZ,
    KYR,
    MOSCOW,
    NUM,
    PENIT,
    RAHMON,
    RATS,
    RUS,
    S0,
    S1,
    S2,
    S3,
    S4,
    SPB,
    STARTS_NO,
    STARTS_YES,
    TAJ,
    TKM,
    TREFILOV,
    UN,
    UZB,
    YES,
    bare,
    case_entry,
    date,
    dump_set,
    en_layout,
    month,
    no,
    ru_layout,
)

HERE = Path(__file__).resolve().parent
CASES: list[dict[str, Any]] = []


def case(
    kind: str,
    q: str,
    expect: list[str] | None,
    src: list[str],
    note: str | None = None,
    absent: list[str] | None = None,
    dd: bool = False,
    decline: bool = False,
) -> None:
    case_id = f"t14ru-{len(CASES) + 1:03d}"
    CASES.append(case_entry(case_id, q, kind, expect, src, note, absent=absent, dd=dd, decline=decline))


def yes(q: str, subject: str, src: list[str], note: str) -> None:
    case("yes_no", q, [YES, subject], src, note, absent=[STARTS_NO])


def nope(q: str, subject: str, src: list[str], note: str, extra: list[str] | None = None) -> None:
    case("yes_no", q, [no(subject), *(extra or [])], src, note, absent=[STARTS_YES])


def unsaid(q: str, src: list[str], note: str) -> None:
    case("yes_no", q, None, src, note, absent=[STARTS_YES], dd=True)


# --- yes / no ---------------------------------------------------------------------------------------
yes("ОДКБ была на антитеррористическом совещании в июне?", CSTO, [S4],
    "004: «3 international organizations – Collective Security Treaty Organization, …»")
nope("azerbajdzhan byl na zasedanii smvd v pitere?", AZE, [S2],
     "002: «bringing together representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, "
     "Turkmenistan, and Uzbekistan» — no Azerbaijan")
yes("Turkmeniya uchastvovala vo vstreche glav specsluzhb v moskve", TKM, [S3],
    "003: «Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and "
    "Uzbekistan attended the meeting»")
yes(en_layout("шос получила статус наблюдателя при снг"), r"observer|наблюдател", [S1],
    "001: «the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»")
nope("учения содружество-антитеррор 2025 проводили в казахстане?", KAZ, [S4],
     "004: «joint anti-terrorist exercise … \"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of "
     "the Republic of Tajikistan»", extra=[TAJ])
yes("трефилов выступал с приветсвием на заседании совета секретарей совбезов в ноябре?", TREFILOV, [S1],
    "001: «CIS Deputy Secretary-General Denis Trefilov addressed the participants with a welcoming speech»")
nope("программу противодействия терроризму приняли на 2025-2027?", r"2025|2027", [S1],
     "001: «the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028»", extra=[CT_PERIOD])
yes("россия была на 18м антитеррор совещании", RUS, [S4],
    "004: «competent authorities of 9 CIS member-states – … the Russian Federation …»")
unsaid("на совещании 10 июня обсуждали ядерную безопасность?", [S4],
       "004 lists national experience, international cooperation, the exercise and deradicalization; nothing nuclear")
yes("Klemez govoril chto migraciya eto ugroza nacional'noy bezopasnosti?", r"migra|миграц", [S2],
    "002: «Illegal migration flows pose a direct threat to national security.»")
yes(ru_layout("was the sco granted observer status"), r"observer|наблюдател", [S1],
    "001: «grant the Shanghai Cooperation Organization the status of an Observer at the Commonwealth»")
nope("Совет руководителей таможенных служб входит в 16 отраслевых органов?", CUSTOMS, [S0, S4],
     "000 lists 16 bodies without customs; the Council of Heads of Customs Services appears only among the 13 bodies at "
     "the XVIII meeting (004)")
yes("совет пенитенциарных служб есть в списке отраслевых оргнаов?", PENIT, [S0],
    "000: «CIS Heads of Penitentiary Services Council»")
nope("v 2025 bylo 25 zasedaniy?", NUM[25], [S0], "000: «In 2025, 20 meetings were held.»", extra=[NUM[20]])
yes("совещание по терроризму 10 июня было в москве да?", MOSCOW, [S4],
    "004: «The XVIII Meeting … was held in Moscow on June 10, 2025.»")
nope("smvd v avguste proshlo v minske?", r"Minsk|Минск", [S2],
     "002: «The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»", extra=[SPB])
yes("правда что текст совместного заявления разошлют в ООН", UN, [S1],
    "001: «The text of the statement is planned to be distributed at the United Nations»")
yes("Рахмон поздравлял участников xviii совещания?", RAHMON, [S4],
    "004: «The plenary session heard a congratulatory address from … Emomali Rahmon»")

# --- abbreviations ----------------------------------------------------------------------------------
case("abbreviation", "одкб это что", [r"Collective\s+Security\s+Treaty|Договора\s+о\s+коллективной\s+безопасности"], [S4],
     "004: «Collective Security Treaty Organization»")
case("abbreviation", "chto takoe RATS SHOS", [r"Regional\w*\s+Anti-?\s?Terrorist|Региональн\w+\s+антитеррористическ"], [S4],
     "004: «Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization»")
case("abbreviation", en_layout("что такое атц"), [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"], [S0, S4],
     "000: «CIS Anti-Terrorism Center»")
case("abbreviation", "расшифруй еаг плз", [r"Eurasian\s+Group|Евразийск\w+\s+групп"], [S4],
     "004: «Eurasian Group on Combating Money Laundering and Financing of Terrorism»")
case("abbreviation", "бкбоп расшифровка", [r"Organi[sz]ed\s+Crime|организованн\w+\s+преступн"], [S0],
     "000: «Bureau for Coordination of Combating Organized Crime and Other Dangerous Types of Crimes …»")
case("abbreviation", "a SSSB eto kto takie", [r"Security\s+(?:Council\s+)?Secretaries|секретар\w*\s+советов\s+безопасности"], [S1],
     "001: «the 13th meeting of the CIS Security Secretaries Council»")
case("abbreviation", "CSTO po russki kak budet", [r"ОДКБ|Договора\s+о\s+коллективной"], [S4],
     "004: «Collective Security Treaty Organization»")
case("abbreviation", "чё значит смвд", [INTERIOR], [S0, S2], "000: «CIS Ministers of Internal Affairs Council»")
case("abbreviation", "ИК СНГ расшифруй", [EXEC], [S0], "000: «The Executive Committee of the Commonwealth of Independent States»")
case("abbreviation", "ATTs SNG chto eto", [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"], [S0, S4],
     "000: «CIS Anti-Terrorism Center»")

# --- topics -----------------------------------------------------------------------------------------
case("topic", "чё там было на смвд в питере", [SPB, r"August|август"], [S2],
     "002: «The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»")
case("topic", "rasskazhi pro 13 zasedanie soveta sekretarey sovbezov", [r"November|ноябр", MOSCOW], [S1],
     "001: «The 13th meeting of the CIS Security Secretaries Council took place in Moscow on November 5, 2025.»")
case("topic", en_layout("что было на встрече глав спецслужб"), [MOSCOW], [S3],
     "003: «The meeting of the heads of security organizations and intelligence services … convened in Moscow»")
case("topic", "инфа по учениям содружество-антитеррор", [TAJ, r"October|октябр"], [S4],
     "004: «\"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»")
case("topic", "что известно про формат снг плюс", [CIS_PLUS, r"platform|платформ|площадк"], [S1],
     "001: «the \"Commonwealth of Independent States Plus\" format as a platform for cooperation …»")
case("topic", "про депрадикализацию что обсуждали в июне", [r"deradicali|дерадикализ"], [S4],
     "004: «During the fourth session on counteracting radicalization … discussed the deradicalization-related situation»")
case("topic", "итоги 2025 года по органам безопасности снг кратко", [r"\b16\b|шестнадцат|\b20\b|двадцат"], [S0],
     "000: «16 sectoral cooperation bodies operate in the security sphere» / «In 2025, 20 meetings were held.»")
case("topic", "what was on the agenda of the security secretaries council", [r"humanitarian|гуманитарн"], [S1],
     "001: «The agenda of today’s meeting includes consideration of the development of humanitarian and educational cooperation»")

# --- attributes -------------------------------------------------------------------------------------
case("attribute", en_layout("где прошло заседание смвд"), [SPB], [S2],
     "002: «convened for a meeting in St. Petersburg on 12 August»")
case("attribute", "кто такой клемез", [r"Director|директор"], [S2],
     "002: «Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»")
case("attribute", "kto vystupal s privetstviem na 13m zasedanii", [TREFILOV], [S1],
     "001: «Denis Trefilov addressed the participants with a welcoming speech»")
case("attribute", "какая должность у трефилова",
     [r"Deputy\s+Secretary|заместител\w*\s+Генерального\s+секретаря|замгенсек"], [S1],
     "001: «CIS Deputy Secretary-General Denis Trefilov»")
case("attribute", "kakoj departament ispolkoma zanimaetsya bezopasnost'yu", [r"Department|Департамент", r"Security|безопасност"],
     [S0, S2], "000: «the CIS Executive Committee (Department for Cooperation in the Security Sphere)»")
case("attribute", "кто сообщил о встрече глав спецслужб в москве", [r"TASS|ТАСС|Foreign\s+Intelligence|внешней\s+разведки"], [S3],
     "003: «The event, as reported by TASS …» / «The press office of the Foreign Intelligence Service …»")
case("attribute", "рахмон кто он такой", [r"President|Президент", TAJ], [S4],
     "004: «Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»")
case("attribute", "в каком году создали атц", [r"\b2000\b"], [S4],
     "004: «the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»")
case("attribute", "peskov kto takoy", [r"Press\s+Secretary|пресс-секретар"], [S3],
     "003: «Russian Presidential Press Secretary Dmitry Peskov»")
case("attribute", "где будут учения антитеррор 2025", [TAJ], [S4],
     "004: «in October 2025 on the territory of the Republic of Tajikistan»")
case("attribute", ru_layout("where was the 13th security secretaries meeting"), [MOSCOW], [S1],
     "001: «took place in Moscow on November 5, 2025»", absent=[r"^[^\n]{0,80}(?:Dushanbe|Душанбе)"])
case("attribute", "откуда инфа про смвд в питере? какой источник", [r"BelTA|БелТА"], [S2],
     "002: «MINSK, 13 August (BelTA)»")

# --- lists ------------------------------------------------------------------------------------------
case("list", "какие страны были на смвд в питере", [ARM, BEL, KAZ, KYR, RUS, TAJ, TKM, UZB], [S2],
     "002: «Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»", absent=[bare(AZE)])
case("list", "list of intl organizations на XVIII совещании", [CSTO, RATS, EAG], [S4],
     "004: «3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure …, "
     "Eurasian Group …»")
case("list", "perechisli specializirovannye organy SNG", [ATC, BCOC, JOINT_COMMISSION], [S0],
     "000: «and 3 specialized bodies: CIS Anti-Terrorism Center; Bureau …; Joint Commission …»")
case("list", "какие программы утвердили в душанбе", [r"terror|террор", r"border|границ|погранич"], [S1],
     "001: «the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border "
     "Security on the External Borders until 2030»")
case("list", "кто из стран был на встрече спецслужб в москве", [AZE, ARM, BEL, KAZ, KYR, TAJ, TKM, UZB], [S3],
     "003: «Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan»")
case("list", en_layout("какие угрозы назвал клемез"), [r"extremis|экстремист", r"drug|narcot|наркот", r"cyber|кибер"], [S2],
     "002: «marked increase in extremist movements … growing narcotics production … escalating scale of cybercrime»")
case("list", "список тем на смвд 12 августа", [r"migra|миграц", r"road|дорожн", r"forensic|экспертн"], [S2],
     "002: «topical problems in the fight against illegal migration, cooperation in the field of road safety, expert and "
     "forensic activities»")
case("list", "какие сессии были на xviii совещании", [r"plenary|пленарн", r"radicali|радикализ"], [S4],
     "004: «The meeting included a plenary session and 4 specialized sessions.»")
case("list", "kakie bazovye organizacii byli na antiterror soveshanii", [r"language|язык", r"border|погранич"], [S4],
     "004: «4 basic organizations … for training … in the border sphere, and on languages and culture»")

# --- counts -----------------------------------------------------------------------------------------
case("count", "скока органов отраслевого сотрудничества в сфере безопасности", [NUM[16]], [S0],
     "000: «16 sectoral cooperation bodies operate in the security sphere»")
case("count", "skolko zasedaniy bylo v 2025", [NUM[20]], [S0], "000: «In 2025, 20 meetings were held.»")
case("count", "сколько стран было на meeting of interior ministers в питере", [NUM[8]], [S2],
     "002: eight states named: «Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»")
case("count", "сколько органов снг было на 18 совещании", [NUM[13]], [S4], "004: «working structures of 13 CIS bodies»")
case("count", en_layout("сколько специализированных органов"), [NUM[3]], [S0], "000: «and 3 specialized bodies»")
case("count", "skol'ko mezhdunarodnyh organizacij bylo na antiterror vstreche v iyune", [NUM[3]], [S4],
     "004: «3 international organizations»")
case("count", "сколько специальных сессий было на совещании 10 июня", [NUM[4]], [S4],
     "004: «a plenary session and 4 specialized sessions»")
case("count", "скольео делегаций было на встрече разведок в москве", [NUM[8]], [S3],
     "003: «The presence of these eight states …»")
case("count", "сколько государств участников было на xviii совещании", [NUM[9]], [S4],
     "004: «competent authorities of 9 CIS member-states» (it names eight)")

# --- quotes -----------------------------------------------------------------------------------------
case("quote", "что трефилов сказал про ежегодные встречи", [r"annual|ежегодн", r"assess|оцени|vector|вектор"], [S1],
     "001: «the annual meetings make it possible to assess the results of cooperation … and determine the vectors»")
case("quote", "что сказал песков про снг", [r"potential|потенциал", r"turbulent|турбулентн|бурн"], [S3],
     "003: «cooperation within the CIS holds deep potential and enables its partners to move through turbulent times»")
case("quote", "что клемез говорил про будущее содружества", [r"future|будущ"], [S2],
     "002: «Our actions today will inform the future of the Commonwealth of Independent States.»")
case("quote", "чё говорил клемез про киберпреступность", [r"cyber|кибер"], [S2],
     "002: «Significant concerns include weapons smuggling and the escalating scale of cybercrime.»")
case("quote", "путин чё говорил", [r"\b80|восьмидесят", r"Nazi|нацизм|peace\s+and\s+unity|мира\s+и\s+единства"], [S3],
     "003: «President Vladimir Putin emphasized that next year the CIS countries will jointly celebrate the 80th anniversary»")
case("quote", en_layout("что предлагал генпрокурор россии"), [r"reform|реформ"], [S3],
     "003: «the Prosecutor General of the Russian Federation recommended reforms to the CIS Council of Prosecutors»")
case("quote", "Trefilov citata pro SNG plus", [CIS_PLUS, r"platform|платформ|площадк"], [S1],
     "001: «our countries’ leaders established the \"Commonwealth of Independent States Plus\" format as a platform …»")

# --- time -------------------------------------------------------------------------------------------
case("time", "когда было смвд в питере", [date(12, 8, 2025)], [S2],
     "002: «in St. Petersburg on 12 August»; the article is dated 13 August 2025")
case("time", "kogda proshlo 13e zasedanie SSSB", [date(5, 11, 2025)], [S1],
     "001: «took place in Moscow on November 5, 2025»")
case("time", "когда учения содружество антитеррор", [month(10, 2025)], [S4], "004: «in October 2025»")
case("time", "kogda bylo XVIII soveshanie", [date(10, 6, 2025)], [S4], "004: «was held in Moscow on June 10, 2025»")
case("time", "до какого года концепция военного сотрудничества", [r"2030"], [S1],
     "001: «the Military Cooperation Concept of the CIS Member States until 2030 was approved»")
case("time", "скока лет прошло с создания атц", [r"\b2000\b", r"\b26\b|двадцат\w*\s+шест|twenty-six"], [S4],
     "004: «the decision taken in 2000 … to establish the CIS ATC»; today is 2026-11-30")
case("time", "в каком году отмечали 80 лет победы", [r"\b2025\b"], [S2],
     "002 (13 August 2025): «in the year of the 80th anniversary of Victory in the Great Patriotic War»")

# --- look-alikes (the sources do not have it) -------------------------------------------------------
case("lookalike", "кто председатель совета пенитенциарных служб", [PENIT], [S0], "000 only lists the council", dd=True)
case("lookalike", "chto reshil sammit ODKB v 2025", [CSTO], [S4], "004 names the CSTO only as an attendee; no summit", dd=True)
case("lookalike", "когда заседал совет министров обороны снг в 2025", [DEFENCE], [S0, S4],
     "000 lists the council; no meeting of it is dated", dd=True)
case("lookalike", "где прошло заседание межгосударственного экологического совета", [ECOLOGICAL], [S0],
     "000 only lists the council", dd=True)
case("lookalike", en_layout("кто глава атц"), [r"Anti-?\s?Terror|АТЦ|Антитеррористическ"], [S0, S4],
     "no head of the ATC is named", dd=True)
case("lookalike", "14 заседание совета секретарей когда", [r"\b13|тринадцат"], [S1],
     "001 records the 13th meeting only", dd=True)

# --- out of scope -----------------------------------------------------------------------------------
case("out_of_scope", "скока стоит биткоин щас", None, [], decline=True)
case("out_of_scope", "kak dela bot? rasskazhi anekdot", None, [], decline=True)
case("out_of_scope", "pogoda v pitere zavtra", None, [], decline=True)
case("out_of_scope", ru_layout("what is the capital of france"), None, [], decline=True)

HEADER = """# Question bank, fourteenth tuning set (round 14, Russian as typed): Cyrillic without capitals or
# punctuation and with typos, Russian in Latin letters, the wrong keyboard layout both ways, colloquial
# words, abbreviations in both alphabets, mixed Russian-English; every kind. Generated by
# build_tuning14_ru.py from the five documents in knowledge/seeds/; "today" is 2026-11-30. Same fields
# and judging rules as tuning.yaml (see README.md).
"""


def main() -> None:
    text = dump_set({"questions": CASES})
    path = HERE / "tuning14_ru.yaml"
    path.write_text(HEADER + text, encoding="utf-8")
    latin = sum(1 for entry in CASES if not any("а" <= ch.lower() <= "я" for ch in entry["q"]))
    print(f"{path.stem}: {len(CASES)} questions ({len(CASES) - latin} with Cyrillic, {latin} Latin only)")


if __name__ == "__main__":
    main()
