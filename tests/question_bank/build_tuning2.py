"""Build tuning2.yaml: a second, independent tuning set for the question bank.

Run from the project root:  python tests/question_bank/build_tuning2.py
Written from the five documents in knowledge/seeds/ (S0..S4 below) with "today" = 2026-11-30, without
looking at heldout.yaml, so that the held-out score stays an honest measurement. The phrasings differ
from tuning.yaml; the emphasis is on the kinds that generalise worst (yes/no, lookalikes). Style
variations (Latin-typed Russian, wrong keyboard layout, typos, terse and chatty phrasings) are spread
over the kinds rather than collected under `style`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the bank folder is not a package
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
    DEFENCE,
    DUSHANBE,
    EAG,
    ECOLOGICAL,
    EMERG,
    EXEC,
    EXERCISE,
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
    MOSCOW,
    NUM,
    PENIT,
    PESKOV,
    PROSECUTORS,
    PUTIN,
    RAHMON,
    RATS,
    RUS,
    S0,
    S1,
    S2,
    S3,
    S4,
    SCO,
    SECSEC,
    SPB,
    STARTS_NO,
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
    dump_set,
    month,
    no,
    wrong_layout,
)

HERE = Path(__file__).resolve().parent

D_13 = date(5, 11, 2025)
D_XVIII = date(10, 6, 2025)
D_SPB = date(12, 8, 2025)
D_S4_PUB = date(16, 6, 2025)
OCT_2025 = month(10, 2025)
OCTOBER = r"October|октябр"
SIX = r"\b6\b(?![.,/]\d)|\bsix\b|\bшест(?:ь|и)\b"
MARCH_2 = r"\b0?2\s+(?:March|марта)|\bMarch\s+0?2\b|\b0?2\.0?3\.|-03-02\b"
NOT_NO = [STARTS_NO]
NOT_YES = [STARTS_YES]

PREFIX = {
    "yes_no": "yn", "abbreviation": "ab", "topic": "tp", "attribute": "at", "list": "ls", "count": "ct",
    "quote": "qt", "time": "tm", "lookalike": "lk", "out_of_scope": "os", "style": "st",
}
CASES: list[dict[str, Any]] = []
CONVERSATIONS: list[dict[str, Any]] = []


def case(kind: str, q: str, expect: list[str] | None = None, src: list[str] | None = None,
         absent: list[str] | None = None, dd: bool = False, decline: bool = False,
         max_chars: int | None = None, note: str | None = None) -> None:
    """Add one case; the id is the kind's prefix (t2 for this set) and its position among that kind's cases."""
    number = sum(1 for entry in CASES if entry["kind"] == kind) + 1
    entry: dict[str, Any] = {"id": f"t2-{PREFIX[kind]}-{number:02d}", "q": q, "kind": kind}
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


def yes(q: str, subject: str | None, src: list[str], extra: list[str] | None = None, note: str | None = None) -> None:
    """A yes/no question whose answer is yes."""
    case("yes_no", q, [YES] + ([subject] if subject else []) + (extra or []), src, absent=list(NOT_NO), note=note)


def nope(q: str, subject: str, src: list[str], extra: list[str] | None = None, note: str | None = None) -> None:
    """A yes/no question whose answer is no (often with the correct value in `extra`)."""
    case("yes_no", q, [no(subject), *(extra or [])], src, absent=list(NOT_YES), note=note)


def unsaid(q: str, src: list[str], note: str, expect: list[str] | None = None) -> None:
    """A yes/no question the sources do not settle: declined or disclaimed, never a bare yes."""
    case("yes_no", q, expect, src, absent=list(NOT_YES), dd=True, note=note)


def look(q: str, expect: str | None, src: list[str], note: str, absent: list[str] | None = None) -> None:
    """Something the sources do not have: declined or disclaimed (the asked thing or the nearest record named)."""
    case("lookalike", q, [expect] if expect else None, src, absent=absent, dd=True, note=note)


def turn(q: str, expect: list[str] | None = None, absent: list[str] | None = None, dd: bool = False) -> dict[str, Any]:
    entry: dict[str, Any] = {"q": q}
    if expect:
        entry["expect"] = expect
    if absent:
        entry["absent"] = absent
    if dd:
        entry["decline_or_disclaim"] = True
    return entry


def conversation(lang: str, src: list[str], *turns: dict[str, Any], note: str | None = None) -> None:
    entry: dict[str, Any] = {"id": f"t2-cv-{len(CONVERSATIONS) + 1:02d}", "lang": lang, "turns": list(turns),
                             "source": src}
    if note:
        entry["note"] = note
    CONVERSATIONS.append(entry)


# ---------------------------------------------------------------------------------------- yes_no (40)
yes("Был ли Кыргызстан среди участников заседания СМВД СНГ 12 августа?", KYR, [S2])
nope("Did Azerbaijan send anyone to the interior ministers' council in St Petersburg?", AZE, [S2],
     note="002 lists Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, Uzbekistan")
yes("Правда ли, что ШОС теперь наблюдатель при СНГ?", SCO, [S1])
nope("Did the Dushanbe summit make the SCO a full member of the CIS?", r"member|член", [S1],
     extra=[r"observer|наблюдател"], note="001: Observer status")
yes("Was Turkmenistan represented at the Moscow meeting of security and intelligence chiefs?", TKM, [S3])
yes("Программа укрепления безопасности внешних границ рассчитана до 2030 года?", "2030", [S1])
nope("Was the Military Cooperation Concept approved at the 13th Security Secretaries meeting itself?",
     r"13(?:th)?|Secretar\w*|секретар\w*|approved\s+at", [S1], extra=[r"Dushanbe|Душанбе|supreme|высш|Heads\s+of\s+State|глав"],
     note="001: approved at the October meetings of the supreme bodies in Dushanbe, reported by Trefilov on 5 Nov")
nope("Проводилось ли XVIII совещание в Санкт-Петербурге?", SPB, [S4], extra=[MOSCOW])
yes("did the june counter-terror meeting in moscow have a plenary session?", r"plenary|пленарн", [S4])
nope("Участвовала ли ОДКБ в заседании СМВД в Петербурге?", CSTO, [S2],
     note="002 names the states, the ATC and the BCOC only (the CSTO was at the XVIII meeting, 004)")
yes("Was there a message from Tajikistan's president at the June 2025 counter-terrorism meeting?", RAHMON, [S4])
yes("Говорил ли Клемез о росте производства наркотиков?", r"наркот|narcot|drug", [S2])
unsaid("Did Trefilov speak at the St Petersburg interior ministers' meeting?", [S1, S2],
       "002 quotes Klemez only; Trefilov appears in 001 (13th Security Secretaries meeting)")
unsaid("Сообщается ли в источниках, что учения «Содружество-Антитеррор – 2025» действительно состоялись?", [S4],
       "004 (16 June 2025) only says the exercise was being organised for October 2025 in Tajikistan")
yes("Did the heads of state adopt a joint statement on fighting transnational crime?", r"transnational|транснационал", [S1])
nope("Был ли Денис Трефилов генсеком СНГ?", r"Генеральн\w+\s+секретар|генсек|Secretary-General|Secretary\s+General",
     [S1], extra=[r"замест|Deputy"])
yes("According to the Executive Committee, were 20 meetings held in 2025?", NUM[20], [S0])
nope("В 2025 году прошло 25 заседаний органов СНГ в сфере безопасности?", r"\b25\b|двадцат\w*\s+пят", [S0],
     extra=[NUM[20]])
yes("Is the CIS Heads of Penitentiary Services Council one of the sectoral bodies?", PENIT, [S0])
nope("Является ли Антитеррористический центр СНГ отраслевым органом?", r"отраслев|sectoral", [S0],
     extra=[r"специализ|speciali[sz]ed"], note="000: one of the 3 specialized bodies")
yes("Did the Eurasian Group's secretariat report anything at the XVIII meeting?", EAG, [S4],
    extra=[r"laundering|отмыв|AML|ПОД|FATF|ФАТФ"])
yes("was road safety on the interior ministers' agenda in august?", r"road|дорожн", [S2])
yes("Обсуждали ли на 13-м заседании совбезов гуманитарное и образовательное сотрудничество?", r"гуманитар|humanitarian", [S1])
yes("Was border security discussed when the heads of CIS intelligence services met in Moscow?", r"border|погранич|границ", [S3])
unsaid("Указана ли в источниках дата встречи руководителей органов безопасности и спецслужб СНГ в Москве?", [S3],
       "003 gives no date for that meeting")
yes("Did Peskov make his remark about CIS cooperation in October?", OCTOBER, [S3])
yes("Was the CIS ATC set up by a decision taken in 2000?", "2000", [S4])
nope("АТЦ СНГ создан по решению 2005 года?", r"2005", [S4], extra=["2000"])
yes("Узбекистан участвовал в XVIII совещании?", UZB, [S4])
yes("Договорились ли в Душанбе о формате «СНГ плюс»?", CIS_PLUS, [S1])
nope("Does the Coordinating Transport Conference count among the sixteen sectoral bodies in the security sphere?",
     r"\b16\b|sixteen|sectoral|отраслев|Transport|транспорт", [S0, S4],
     note="000 does not list it among the 16; 004 lists it among the 13 CIS bodies at the XVIII meeting")
yes("Была ли Беларусь на антитеррористическом совещании 10 июня 2025 года?", BEL, [S4])
yes("Did anyone at the XVIII meeting mention drones?", r"unmanned|drone|UAV|БПЛА|беспилот", [S4])
nope("Did the 13th Security Secretaries meeting take place in October 2025?", OCTOBER, [S1], extra=[D_13])
yes("Упоминается ли Шанхайская организация сотрудничества в сообщении о 13-м заседании секретарей совбезов?", SCO, [S1])
unsaid("Сказано ли где-нибудь, сколько человек присутствовало на заседании СМВД в Петербурге?", [S2],
       "002 names delegations, not a head count")
yes("Были ли работа органов в 2025 году направлена на повышение авторитета СНГ на международной арене?",
    r"authority|авторитет", [S0])
unsaid("Выступал ли Путин на заседании СМВД в Петербурге?", [S2, S3],
       "002 does not mention Putin; 003 quotes him on the 80th anniversary, not at that meeting")
nope("Совет министров внутренних дел СНГ заседал в Минске?", r"Minsk|Минск", [S2], extra=[SPB],
     note="002: Minsk is only BelTA's dateline; the meeting was in St Petersburg")
yes("kazakhstan byl na vstreche specsluzhb sng v moskve?", KAZ, [S3])

# ---------------------------------------------------------------------------------------- lookalike (40)
look("Что решили на 14-м заседании Совета секретарей советов безопасности СНГ?", r"\b14|\b13|четырнадцат|тринадцат", [S1],
     "only the 13th meeting is described")
look("What was discussed at the XVII meeting of the heads of counter-terrorism units?", r"XVII\b|XVIII|\b17|\b18|seventeenth",
     [S4], "only the XVIII meeting is described")
look("Was Ukraine's delegation at the Moscow intelligence chiefs' meeting?", r"Ukrain|Украин", [S3],
     "003 lists eight delegations, Ukraine not among them")
look("Что сказал Токаев на XVIII совещании?", r"Токаев|Tokayev|Tokaev", [S4], "Tokayev is not mentioned")
look("What did CIS Secretary-General Sergei Lebedev say at the 13th meeting?", r"Lebedev|Лебедев|Trefilov|Трефилов", [S1],
     "Lebedev is not named; the Deputy Secretary-General Trefilov spoke")
look("Where did the CIS interior ministers meet in 2024?", r"2024|2025", [S2], "only the August 2025 meeting is recorded")
look("Сколько заседаний органов безопасности СНГ прошло в 2024 году?", r"2024", [S0], "000 gives 20 for 2025 only")
look("What's the e-mail of the Executive Committee's security cooperation department?", None, [S0, S2],
     "no contacts in the sources")
look("Какой бюджет у Антитеррористического центра СНГ?", None, [S0, S4], "no budget figures in the sources")
look("How much money has been allocated to the 2026–2028 counter-terrorism programme?", r"2026", [S1],
     "001 names the programme and its period only")
look("Что говорится в Концепции военного сотрудничества до 2035 года?", r"2035|2030", [S1], "the concept runs until 2030")
look("What did the CIS summit in Minsk decide in October 2025?", r"Minsk|Минск|Dushanbe|Душанбе", [S1],
     "the October 2025 supreme bodies met in Dushanbe")
look("Кто такой генерал Иванов, выступавший на XVIII совещании?", r"Иванов|Ivanov", [S4], "no Ivanov in the sources")
look("When did the CIS Border Troops Commanders Council meet in 2025?", r"Border|погранич", [S0, S4],
     "the council is listed (000) and attended the XVIII meeting (004); no meeting of its own is described")
look("Что обсуждал Совет министров обороны СНГ в Бишкеке?", r"Бишкек|Bishkek", [S0], "no Bishkek meeting")
look("Which countries have signed the treaty on international controlled delivery operations?",
     r"controlled\s+deliver|контролируем", [S2], "002: the treaty was only planned to be signed")
look("Where did the Commonwealth-Antiterror 2026 exercise take place?", r"2026|2025", [S4],
     "004 names the 2025 exercise only (planned, Tajikistan)")
look("Что сказал Мирзиёев на саммите в Душанбе?", r"Мирзи[её]ев|Mirziyoyev", [S1], "Mirziyoyev is not mentioned")
look("Каковы итоги 9-го заседания Совета руководителей миграционных органов СНГ?", r"\b9|девят|миграц|Migration", [S0],
     "the council is only listed in 000")
look("Who heads the CIS Anti-Terrorism Center?", ATC, [S4], "no head of the ATC is named")
look("Кто председатель Совета министров внутренних дел СНГ?", INTERIOR, [S2], "no chair is named")
look("What was on the agenda of the Security Secretaries meeting in Baku?", r"Baku|Баку", [S1], "the 13th meeting was in Moscow")
look("What did Klemez say at the 13th meeting of Security Secretaries?", f"{KLEMEZ}|{TREFILOV}", [S1, S2],
     "001 quotes Trefilov there; Klemez is quoted in 002 about the St Petersburg meeting")
look("Какие соглашения подписали с Китаем на XVIII совещании?", r"Кита|China|Chinese", [S4], "China is not mentioned")
look("What came of the joint CIS–NATO exercise?", r"NATO|НАТО", ALL, "no NATO exercise in the sources")
look("Сколько стоило проведение учений «Содружество-Антитеррор – 2025»?", None, [S4], "no cost is given")
look("phone number of the CIS Executive Committee press service?", None, [S0, S2], "no contacts in the sources")
look("What did the Prosecutor General of Kazakhstan propose for the CIS Council of Prosecutors?", f"{KAZ}|{RUS}", [S3],
     "003: it was the Prosecutor General of the Russian Federation")
look("Какой доклад представила ФАТФ на XVIII совещании?", r"ФАТФ|FATF|ЕАГ|EAG|Евразийск|Eurasian", [S4],
     "004: the EAG Secretariat reported; FATF standards are only mentioned")
look("Когда Монголия стала наблюдателем при СНГ?", r"Монгол|Mongol", [S1], "001: the SCO got observer status")
look("What's in the joint statement on cybersecurity adopted in Dushanbe?", r"cyber|кибер|transnational|транснац", [S1],
     "001: the Joint Statement is on combating transnational crime")
look("Who represented the OSCE at the XVIII meeting?", r"OSCE|ОБСЕ", [S4], "the three organisations were CSTO, RATS SCO, EAG")
look("Когда в 2023 году заседал СМВД СНГ в Санкт-Петербурге?", r"2023|2025", [S2], "the St Petersburg meeting was in 2025")
look("What did Yevgeny Klemez say about nuclear security?", r"nuclear|ядерн", [S2], "not among his topics")
look("Где находится штаб-квартира Бюро по координации борьбы с организованной преступностью?", None, [S0, S2],
     "no address is given")
look("When did CIS intelligence chiefs meet in Almaty?", r"Almaty|Алматы", [S3], "003: the meeting was in Moscow")
look("Kakoe reshenie prinyal Sovet ministrov inostrannyh del SNG po bezopasnosti v 2025?",
     r"иностранн|Foreign\s+Minist|inostran|МИД", ALL, "the Council of Foreign Ministers is not mentioned")
look(wrong_layout("что решили на 12-м заседании совета министров обороны снг"), r"обороны|Defen[cs]e|\b12", [S0],
     "the Defence Ministers Council is only listed (000) and attended the XVIII meeting (004)")
look("Какое заявление сделал Песков в сентябре о сотрудничестве в СНГ?", r"сентябр|September|октябр|October", [S3],
     "003: Peskov's statement was in October")
look("Сколько человек погибло в терактах с беспилотниками, по данным XVIII совещания?", None, [S4],
     "004 notes more UAV attacks, gives no casualty figures")

# ---------------------------------------------------------------------------------------- out_of_scope (15)
for question in [
    "Какой сегодня курс доллара к рублю?",
    "Translate 'security council' into French",
    "Recommend a good hotel in Dushanbe",
    "Кто стал чемпионом НХЛ в прошлом сезоне?",
    "Сочини четверостишие про зиму",
    "How do I reset my Telegram password?",
    "Сколько калорий в банане?",
    "Explain quantum entanglement in simple terms",
    "Посоветуй сериал на вечер",
    "What's the best programming language for beginners?",
    "Какая высота Эвереста?",
    "Who won the Nobel Peace Prize in 2020?",
    "kak prigotovit plov po-uzbekski",
    "Сколько часов лететь из Москвы в Душанбе?",
    "What's 15% of 240?",
]:
    case("out_of_scope", question, decline=True)

# ---------------------------------------------------------------------------------------- attribute (25)
case("attribute", "Город, где в ноябре 2025 заседал Совет секретарей советов безопасности СНГ?", [MOSCOW], [S1])
case("attribute", "Кто выступил с приветственным словом на 13-м заседании Совета секретарей советов безопасности?", [TREFILOV], [S1])
case("attribute", "What is Denis Trefilov's title?", [r"Deputy\s+Secretary|заместител"], [S1])
case("attribute", "Which news agency reported the Moscow meeting of intelligence chiefs?", [r"TASS|ТАСС"], [S3])
case("attribute", "В какой стране планировались учения «Содружество-Антитеррор – 2025»?", [TAJ], [S4])
case("attribute", "From which city is the BelTA report on the interior ministers datelined?", [r"Minsk|Минск"], [S2])
case("attribute", "Какой юбилей отмечали в 2025 году, по словам Клемеза?", [r"\b80|восьмидесят|eightieth", r"Побед|Victory"], [S2])
case("attribute", "What was 2025 declared in the CIS?", [r"Peace\s+and\s+Unity|Мира\s+и\s+единства"], [S2])
case("attribute", "Which department does Klemez head?",
     [r"Security\s+Cooperation|Cooperation\s+in\s+the\s+Security|сотрудничеств\w*\s+в\s+сфере\s+безопасности"], [S2])
case("attribute", "Until what year does the programme for strengthening security on the external borders run?", ["2030"], [S1])
case("attribute", "Where was the text of the joint statement on transnational crime to be circulated?", [UN], [S1])
case("attribute", "Кто возглавляет Департамент по сотрудничеству в сфере безопасности Исполкома СНГ?", [KLEMEZ], [S2])
case("attribute", "Повестка заседания секретарей совбезов 5 ноября 2025 — какая?",
     [r"humanitarian|гуманитарн", r"educat|образоват"], [S1])
case("attribute", "XVIII совещание — город?", [MOSCOW], [S4])
case("attribute", "What's the name of the joint anti-terrorist exercise planned for October 2025?", [EXERCISE], [S4])
case("attribute", "Чей секретариат доложил о совместной работе с АТЦ СНГ на XVIII совещании?", [EAG], [S4])
case("attribute", "Kto takoy Evgeniy Klemez?", [r"Director|директор|департамент|Department"], [S2])
case("attribute", "In which language is the full report on the bodies' 2025 activities?", [r"Russian|русск"], [S0])
case("attribute", "В какое время опубликована новость БелТА о заседании СМВД?", [r"11[:.]50"], [S2])
case("attribute", "What is the 'CIS Plus' format meant to be?",
     [r"platform|площадк|other\s+states|друг\w+\s+государств|international\s+organi[sz]ations|международн"], [S1])
case("attribute", "gde prohodilo zasedanie SMVD SNG v avguste 2025", [SPB], [S2])
case("attribute", "Which CIS body does the Department for Cooperation in the Security Sphere belong to?", [EXEC], [S0])
case("attribute", "Какую должность занимает Эмомали Рахмон по данным отчёта о совещании 10 июня?",
     [r"President|Президент|Chair|Председател"], [S4])
case("attribute", "Чья служба внешней разведки рассказала о повестке московской встречи спецслужб?",
     [r"Russia|Росси"], [S3])
case("attribute", "Who is Peskov, according to your sources?", [r"Press\s+Secretary|пресс-секретар"], [S3])

# ---------------------------------------------------------------------------------------- list (20)
case("list", "Перечисли три специализированных органа СНГ в сфере безопасности", [ATC, BCOC, JOINT_COMMISSION], [S0])
case("list", "Какие международные организации участвовали в XVIII совещании?", [CSTO, RATS, EAG], [S4])
case("list", "Which delegations came to the Moscow meeting of heads of security and intelligence services?",
     [AZE, ARM, TKM, UZB, KYR], [S3])
case("list", "Какие угрозы отметили на первой сессии XVIII совещания?",
     [r"пропаганд|propaganda", r"беспилот|unmanned|UAV|БПЛА|drone", r"оруж|weapon"], [S4])
case("list", "What were the CIS security bodies' activities in 2025 aimed at?",
     [r"stabilit|стабильн", r"authority|авторитет", r"rule\s+of\s+law|правопоряд|законност"], [S0])
case("list", "Какие документы утвердили в Душанбе в октябре 2025 года?",
     [CONCEPT, CT_PERIOD, r"border|погранич|границ"], [S1])
case("list", "Which Dushanbe decisions did Trefilov bring up?", [CIS_PLUS, SCO, r"transnational|транснационал"], [S1])
case("list", "Перечисли специализированные сессии XVIII совещания",
     [r"national\s+experience|национальн\w+\s+опыт", r"international|международн", r"exercise|учени",
      r"radicali|радикализ"], [S4])
case("list", "What issues did the Interior Ministers Council discuss in St Petersburg?",
     [r"migration|миграц", r"road|дорожн", r"forensic|expert|эксперт"], [S2])
case("list", "Какие органы СНГ участвовали в XVIII совещании?", [IPA, AVIATION, TRANSPORT, CUSTOMS, ATC], [S4])
case("list", "Какие межгосударственные советы входят в число 16 отраслевых органов?",
     [CORRUPTION, GEODESY, EMERG, INDUSTRIAL, ECOLOGICAL, HYDRO], [S0])
case("list", "Which coordination councils are among the 16 sectoral bodies?", [PROSECUTORS, TAX, FORENSIC], [S0])
case("list", "Какие страны были на XVIII совещании?", [AZE, ARM, BEL, KAZ, KYR, RUS, TAJ, UZB], [S4],
     absent=[bare(TKM)], note="004 says 9 states but lists 8; Turkmenistan is not among them")
case("list", "What did participants review at the second session of the XVIII meeting?",
     [r"border|погранич", r"financ|финанс|funds|средств", r"legal\s+framework|правов"], [S4])
case("list", "List the aspects of deradicalisation work considered at the fourth session",
     [r"organi[sz]ational|организацион", r"practical|практич", r"scientific|научн"], [S4])
case("list", "Кто из глав государств упоминается в источниках?", [RAHMON, PUTIN], [S3, S4])
case("list", "Which two programmes were approved together with the Military Cooperation Concept?",
     [CT_PERIOD, r"border|погранич|границ"], [S1])
case("list", "Назови всех должностных лиц, которые упоминаются по имени в источниках",
     [TREFILOV, KLEMEZ, RAHMON, PESKOV, PUTIN], [S1, S2, S3, S4])
case("list", "Какие советы министров входят в 16 отраслевых органов сотрудничества?", [DEFENCE, INTERIOR], [S0])
case("list", "which meetings were held in moscow in 2025",
     [XVIII, f"{SECSEC}|13(?:th|-?е|-?м)?\\s+(?:meeting|заседани)"], [S1, S4])

# ---------------------------------------------------------------------------------------- count (20)
case("count", "skolko otraslevyh organov sotrudnichestva v sfere bezopasnosti v SNG", [NUM[16]], [S0])
case("count", wrong_layout("сколько специализированных органов в сфере безопасности у снг"), [NUM[3]], [S0])
case("count", "How many states are listed as taking part in the St Petersburg interior ministers' meeting?", [NUM[8]], [S2])
case("count", "Число делегаций, прибывших на московскую встречу глав органов безопасности и разведки?", [NUM[8]], [S3])
case("count", "How many CIS bodies sent their working structures to the XVIII meeting?", [NUM[13]], [S4])
case("count", "How many basic organisations of the member states were represented at the XVIII meeting?", [NUM[4]], [S4])
case("count", "How many international organisations attended the June 2025 counter-terrorism meeting?", [NUM[3]], [S4])
case("count", "Сколько программ сотрудничества утвердили в Душанбе вместе с Концепцией военного сотрудничества?",
     [NUM[2]], [S1], note="001: counter-terrorism 2026–2028 and border security until 2030")
case("count", "Сколько межгосударственных советов среди 16 отраслевых органов?", [SIX], [S0],
     note="000: corruption, geodesy, emergencies, industrial safety, ecological, hydrometeorology")
case("count", "How many coordination councils are among the sectoral bodies?", [NUM[3]], [S0],
     note="000: prosecutors general, tax (financial) investigation, forensic expert activity")
case("count", "How many states were at both the XVIII meeting and the St Petersburg interior ministers' meeting?",
     [NUM[7]], [S2, S4], note="all but Azerbaijan (XVIII only) and Turkmenistan (St Petersburg only)")
case("count", "Сколько всего государств названо участниками хотя бы одного из заседаний?", [NUM[9]], [S2, S3, S4],
     note="Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, Uzbekistan")
case("count", "How many aims of the bodies' 2025 work does the Executive Committee list?", [NUM[4]], [S0])
case("count", "Сколько лет охватывает программа по противодействию терроризму и экстремизму на 2026–2028 годы?",
     [NUM[3]], [S1])
case("count", "Сколько всего организаций, не являющихся органами СНГ, было на XVIII совещании — базовых и международных?",
     [NUM[7]], [S4], note="4 basic organisations + 3 international organisations")
case("count", "skolko zasedaniy proveli organy SNG po bezopasnosti v 2025 godu", [NUM[20]], [S0])
case("count", "How many Central Asian states attended the St Petersburg meeting?", [NUM[5]], [S2],
     note="Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan")
case("count", "Сколько закавказских государств было на встрече спецслужб в Москве?", [NUM[2]], [S3],
     note="Azerbaijan and Armenia")
case("count", "In how many Russian cities did the described meetings take place?", [NUM[2]], [S1, S2, S3, S4],
     note="Moscow (XVIII, 13th meeting, intelligence chiefs) and St Petersburg (interior ministers)")
case("count", "Сколько специализированных органов СНГ было на заседании СМВД в Петербурге?", [NUM[2]], [S0, S2],
     note="002: the ATC and the BCOC")

# ---------------------------------------------------------------------------------------- time (20)
case("time", "Сколько дней прошло с 13-го заседания Совета секретарей советов безопасности?", [r"\b390\b"], [S1],
     note="2025-11-05 to 2026-11-30")
case("time", "XVIII meeting - how many days ago, counting from today?",
     [r"\b538\b"], [S4], note="2025-06-10 to 2026-11-30")
case("time", "дата заседания совета мвд снг в питере", [D_SPB], [S2])
case("time", "Is the Military Cooperation Concept still current today?", [YES, "2030"], [S1], absent=list(NOT_NO))
case("time", "Which came first: the XVIII meeting or the St Petersburg interior ministers' meeting?",
     [f"{XVIII}|June|июн"], [S2, S4])
case("time", "Что было раньше — саммит в Душанбе или 13-е заседание Совета секретарей совбезов?",
     [DUSHANBE, OCTOBER], [S1])
case("time", "How many days passed between the XVIII meeting and the St Petersburg meeting?", [r"\b63\b"], [S2, S4])
case("time", "Сколько времени прошло между заседанием в Петербурге и 13-м заседанием совбезов?",
     [r"\b85\b|\b(?:2|3)\s+(?:месяц|months)|(?:два|три|two|three)\s+(?:месяц|months)|почти\s+(?:3|тр)|nearly\s+(?:3|three)"],
     [S1, S2], note="12 Aug to 5 Nov 2025: 85 days")
case("time", "What happened in October 2025?", [DUSHANBE], [S1, S4])
case("time", "Что произошло в июне 2025 года?", [f"{XVIII}|{D_XVIII}"], [S4])
case("time", "What's scheduled next for the CIS Security Secretaries Council?", None, [S1], absent=[FUTURE], dd=True)
case("time", "Когда следующее заседание СМВД СНГ?", None, [S2], absent=[FUTURE], dd=True)
case("time", "Закончилась ли уже программа противодействия терроризму и экстремизму на 2026–2028 годы?",
     [no(r"закончил|заверш|истек|истёк|ended|over|expired"), "2028"], [S1], absent=list(NOT_YES))
case("time", "How many years ago was the CIS ATC established?", [r"\b26\b|двадцат\w*\s+шест|twenty-six"], [S4],
     note="decision of 2000; today 2026-11-30")
case("time", "Когда опубликовали сообщение о XVIII совещании?", [D_S4_PUB], [S4])
case("time", "В каком месяце 2025 года проходило XVIII совещание?", [r"июн|June"], [S4])
case("time", "Was the Commonwealth-Antiterror 2025 exercise scheduled before or after the XVIII meeting?",
     [r"after|после|позже|later", OCTOBER], [S4])
case("time", "С какого года действует программа по борьбе с терроризмом и экстремизмом?", ["2026"], [S1])
case("time", "Какие события пришлись на осень 2025 года?", [DUSHANBE, f"{SECSEC}|13"], [S1])
case("time", "kogda proshlo XVIII soveshchanie po antiterroru", [D_XVIII], [S4])

# ---------------------------------------------------------------------------------------- quote (20)
case("quote", "Что Клемез сказал о символичности проведения заседания в Петербурге?",
     [r"war|войн|suffer|страда"], [S2])
case("quote", "What did Trefilov say about the annual meetings?", [r"assess|оцени", r"vector|вектор|near\s+future|ближайш"], [S1])
case("quote", "Что сказал Песков о сотрудничестве в рамках СНГ?", [r"potential|потенциал"], [S3])
case("quote", "What did Putin say about the 80th anniversary of the victory?", [r"\b80|eightieth|восьмидесят", r"Nazism|нацизм|peace|мир"], [S3])
case("quote", "Что сказал Клемез об экстремистских движениях?", [r"terrorist|террорист"], [S2])
case("quote", "What did Klemez say about the role of the Interior Ministers Council?", [r"crucial|ключев|важн|role|рол"], [S2])
case("quote", "Что Клемез сказал о международно-правовой базе сотрудничества?", [r"legal\s+framework|правов"], [S2])
case("quote", "What did Klemez say about international security systems?", [r"declin|сниж|effectiveness|эффективн"], [S2])
case("quote", "Что сказал Трефилов о документах на среднесрочную перспективу?",
     [r"special\s+services|спецслужб|law\s+enforcement|правоохранит", r"medium|среднесроч"], [S1])
case("quote", "What exactly did the Russian Prosecutor General recommend?", [r"reform|реформ", PROSECUTORS], [S3])
case("quote", "Что Рахмон отметил в своём приветствии участникам XVIII совещания?", ["2000", ATC], [S4])
case("quote", "What did the EAG Secretariat report at the XVIII meeting?", [ATC, r"FATF|ФАТФ|laundering|отмыв"], [S4])
case("quote", "Что Клемез сказал о будущем Содружества?", [r"future|будущ"], [S2])
case("quote", "How did Klemez describe the link between criminal challenges and threats?",
     [r"intertwined|interrelated|взаимосвяз|переплет"], [S2])
case("quote", "Что говорили на XVIII совещании о возвращении террористов-боевиков?",
     [r"illegal\s+migration|незаконн\w+\s+миграц|нелегальн"], [S4])
case("quote", "What was said at the fourth session about training deradicalisation staff?",
     [r"train|подготов|обучен", r"educational|образоват"], [S4])
case("quote", "Что говорится в источниках о Совместном заявлении по борьбе с транснациональной преступностью?",
     [r"terror|террор|extremism|экстремизм|law\s+enforcement|правоохранит"], [S1])
case("quote", "klemez o sovmestnyh operativno-profilakticheskih meropriyatiyah - chto skazal?",
     [r"operational|оперативн", r"train|подготов|кадр|personnel"], [S2])
case("quote", "Что сказано в отчёте Исполкома о взаимодействии органов между собой?", [r"programm|программ"], [S0])
case("quote", "Что сказано в сообщении о 13-м заседании совбезов об открытости Содружества?", [r"dialogue|диалог|open|открыт"], [S1])

# ---------------------------------------------------------------------------------------- abbreviation (10)
case("abbreviation", "Что означает ОДКБ?",
     [r"Организаци\w+\s+Договора\s+о\s+коллективной\s+безопасности|Collective\s+Security\s+Treaty\s+Organi"], [S4])
case("abbreviation", "RATS SCO — what's that?",
     [r"Regional\s+Anti-?\s?Terrorist\s+Structure|Региональн\w+\s+антитеррористическ\w+\s+структур", SCO], [S4])
case("abbreviation", "ШОС расшифруй пожалуйста", [r"Шанхайск\w+\s+организаци\w+\s+сотрудничества|Shanghai\s+Cooperation\s+Organi"], [S1])
case("abbreviation", "BCOC meaning", [r"Organi[sz]ed\s+Crime|организованн\w+\s+преступн"], [S0, S2])
case("abbreviation", "СМВД СНГ — расшифровка", [r"внутренних\s+дел|Internal\s+Affairs|Interior\s+Ministers"], [S2])
case("abbreviation", "What is the EAG?", [r"Eurasian\s+Group|Евразийск\w+\s+групп", r"Money\s+Laundering|легализаци|отмыв"], [S4])
case("abbreviation", "СВР — это?", [r"Foreign\s+Intelligence|внешней\s+разведки"], [S3])
case("abbreviation", "CIS = ? (full name)",
     [r"Commonwealth\s+of\s+Independent\s+States|Содружеств\w+\s+Независимых\s+Государств"], [S0])
case("abbreviation", "Исполком СНГ — это что?", [r"Executive\s+Committee|Исполнительн\w+\s+комитет"], [S0])
case("abbreviation", "chto znachit ATC SNG", [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"], [S0, S4])

# ---------------------------------------------------------------------------------------- topic (10)
case("topic", "Какой орган СНГ отвечает за охрану границ?", [r"Border\s+Troops|пограничн\w+\s+войск"], [S0])
case("topic", "Which CIS council deals with maps and land registers?", [GEODESY], [S0])
case("topic", "Кто в СНГ занимается судебной экспертизой?", [FORENSIC], [S0])
case("topic", "Which CIS body fights money laundering?", [r"Financial\s+Intelligence|финансов\w+\s+разведк|EAG|ЕАГ|Eurasian|Евразийск"], [S0, S4])
case("topic", "Какой совет СНГ занимается экологией?", [ECOLOGICAL], [S0])
case("topic", "Who in the CIS deals with organised crime?", [BCOC], [S0, S2])
case("topic", "Кто отвечает за промышленную безопасность в СНГ?", [INDUSTRIAL], [S0])
case("topic", "Which CIS format coordinates the work of prosecutors' offices?", [PROSECUTORS], [S0])
case("topic", "Кто в СНГ координирует работу миграционных служб?", [r"Migration|миграц"], [S0])
case("topic", "Какой орган объединяет руководителей спецслужб стран СНГ?", [INTEL], [S0, S3])

# ---------------------------------------------------------------------------------------- conversations (14)
conversation("en", [S1],
             turn("Who addressed the 13th meeting of the CIS Security Secretaries Council?", [TREFILOV]),
             turn("what's his position?", [r"Deputy|заместител"]),
             turn("and where was that?", [MOSCOW]))
conversation("ru", [S4],
             turn("Где проходило XVIII совещание руководителей антитеррористических подразделений?", [MOSCOW]),
             turn("а когда?", [D_XVIII]),
             turn("и сколько там было международных организаций?", [NUM[3]]),
             turn("перечисли их", [CSTO, RATS, EAG]))
conversation("en", [S2],
             turn("Which states attended the St Petersburg interior ministers' meeting?", [ARM, TKM]),
             turn("what about Azerbaijan?", [no(AZE)], absent=list(NOT_YES)),
             turn("how many states were there in total?", [NUM[8]]))
conversation("ru", [S2],
             turn("Где заседал Совет министров внутренних дел СНГ в августе 2025?", [SPB]),
             turn("а кто там выступал?", [KLEMEZ]),
             turn("что он говорил о коррупции?", [r"коррупц|corruption", r"laundering|отмыв|легализ|border|границ|транснац"]))
conversation("en", [S1],
             turn("Which organisation got observer status at the CIS?", [SCO]),
             turn("when was that decided?", [r"October|октябр|" + OCT_2025]),
             turn("where?", [DUSHANBE]))
conversation("ru", [S3],
             turn("Какие страны были на встрече руководителей спецслужб СНГ в Москве?", [AZE, TKM]),
             turn("а Казахстан?", [KAZ], absent=list(NOT_NO)),
             turn("и сколько их было?", [NUM[8]]))
conversation("en", [S1],
             turn("What did the heads of state adopt on transnational crime?", [r"Joint\s+Statement|Совместн\w+\s+заявлени"]),
             turn("where is its text going to be distributed?", [UN]),
             turn("who told the Security Secretaries about it?", [TREFILOV]))
conversation("ru", [S0],
             turn("Сколько заседаний провели органы СНГ в сфере безопасности в 2025 году?", [NUM[20]]),
             turn("кто подвёл эти итоги?", [EXEC]),
             turn("а когда это опубликовали?", [MARCH_2]))
conversation("en", [S4],
             turn("Tell me about the Commonwealth-Antiterror 2025 exercise", [TAJ]),
             turn("when was it planned for?", [OCTOBER]),
             turn("did it actually take place?", absent=list(NOT_YES), dd=True),
             note="004 (16 June 2025) only reports the exercise as being organised")
conversation("ru", [S4],
             turn("Что обсуждали на третьей сессии XVIII совещания?", [EXERCISE]),
             turn("а на четвёртой?", [r"радикализ|radicali"]),
             turn("кто прислал приветствие?", [RAHMON]))
conversation("en", [S2],
             turn("When did the CIS interior ministers last meet?", [D_SPB]),
             turn("how many bodies apart from states were there?", [NUM[2]]),
             turn("list them", [ATC, BCOC]))
conversation("ru", [S1],
             turn("Какие документы утвердили главы государств СНГ в октябре 2025?", [CONCEPT]),
             turn("до какого года концепция?", ["2030"]),
             turn("а программа по терроризму?", [CT_PERIOD]))
conversation("en", [S3],
             turn("What did Peskov say about CIS cooperation?", [r"potential|потенциал"]),
             turn("when did he say it?", [OCTOBER]),
             turn("who is he?", [r"Press\s+Secretary|пресс-секретар"]))
conversation("ru", [S2, S4],
             turn("Сколько дней прошло с заседания СМВД в Петербурге?", [r"\b475\b"]),
             turn("а с XVIII совещания?", [r"\b538\b"]),
             turn("какое из них было позже?", [SPB]),
             note="12 Aug 2025 and 10 June 2025 to 2026-11-30")

HEADER = """\
# Question bank, second tuning set, for the CIS security-cooperation bot. Generated by build_tuning2.py; edit there.
# Written independently of heldout.yaml from the five documents in knowledge/seeds/ (`source` names them);
# "today" is 2026-11-30. Same fields and judging rules as tuning.yaml (see README.md).
"""


def build() -> dict[str, Any]:
    """The file's content: questions in kind order, then conversations."""
    return {"questions": list(CASES), "conversations": list(CONVERSATIONS)}


def main() -> int:
    text = dump_set(build())
    (HERE / "tuning2.yaml").write_text(HEADER + text, encoding="utf-8")
    kinds: dict[str, int] = {}
    for entry in CASES:
        kinds[entry["kind"]] = kinds.get(entry["kind"], 0) + 1
    cyrillic = sum(1 for entry in CASES if any("а" <= ch.lower() <= "я" or ch.lower() == "ё" for ch in entry["q"]))
    print(f"tuning2: {len(CASES)} questions ({cyrillic} in Cyrillic), {len(CONVERSATIONS)} conversations; {kinds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
