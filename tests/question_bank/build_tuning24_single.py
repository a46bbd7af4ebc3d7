"""Writes tuning24_single.yaml: single questions written in session 24 by a fresh reader of the documents.

Written from the five documents in knowledge/seeds/ only (no engine code, no other set read), the way a
fresh tester writes them: eleven kinds, over 45 % Russian (Cyrillic, Latin-typed, wrong keyboard layout),
meetings named by description, two facts at once, yes/no questions whose honest answer is "no" or "the
sources do not say" (people chairing, speaking or attending; a date or month asserted in the question),
"who is <person>" for people named once, set operations and totals, relative time (today 2026-11-30).

    python tests/question_bank/build_tuning24_single.py
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
    CORRUPTION,
    CSTO,
    DUSHANBE,
    EAG,
    ECOLOGICAL,
    EMERG,
    EXEC,
    FIU,
    GEODESY,
    HYDRO,
    INDUSTRIAL,
    INTERIOR,
    JOINT_COMMISSION,
    KAZ,
    KYR,
    MIGRATION,
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
    SCO,
    SECSEC,
    SPB,
    STARTS_NO,
    STARTS_YES,
    TAJ,
    TAX,
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

# "the sources do not say" in any of its usual forms, near the start
UNSAID = (
    r"^[\s\S]{0,300}?(?:do(?:es)?\s*(?:n[o']t|not)\s+(?:say|mention|record|state|specify|name|give|report|list|indicate|contain)"
    r"|not\s+(?:recorded|mentioned|stated|specified|named|listed|said|given|reported|indicated)"
    r"|no\s+(?:information|data|record|mention)|nothing\s+(?:about|on)"
    r"|не\s+(?:сказано|указ\w*|упомина\w*|упомянут\w*|говорится|сообща\w*|назван\w*|привод\w*|отмеч\w*|содерж\w*)"
    r"|нет\s+(?:сведений|данных|информации|упоминани\w*))"
)


def no_or_unsaid(subject: str) -> str:
    """An honest answer to a claim the sources do not support: "No …" about the subject, or "not said"."""
    return rf"(?:{no(subject)}|{UNSAID})"


AUG12 = date(12, 8, 2025)
JUN10 = date(10, 6, 2025)
NOV5 = date(5, 11, 2025)

Q: list[dict[str, Any]] = []


def add(q: str, kind: str, expect: list[str] | None, src: list[str], note: str, absent: list[str] | None = None,
        dd: bool = False, decline: bool = False) -> None:
    case_id = f"t24single-{len(Q) + 1:03d}"
    Q.append(case_entry(case_id, q, kind, expect, src, note, absent=absent, dd=dd, decline=decline))


def yes(q: str, src: list[str], note: str, extra: list[str] | None = None) -> None:
    add(q, "yes_no", [YES, *(extra or [])], src, note, absent=[STARTS_NO])


def nope(q: str, subject: str, src: list[str], note: str, extra: list[str] | None = None, kind: str = "yes_no") -> None:
    add(q, kind, [no(subject), *(extra or [])], src, note, absent=[STARTS_YES])


def unsaid(q: str, subject: str, src: list[str], note: str, extra: list[str] | None = None, kind: str = "yes_no") -> None:
    add(q, kind, [no_or_unsaid(subject), *(extra or [])], src, note, absent=[STARTS_YES])


# --- yes/no: people chairing, speaking, attending ---------------------------------------------------------
unsaid(
    "Did Denis Trefilov chair the 13th meeting of the CIS Security Secretaries Council?",
    r"chair|председ|Trefilov|Трефилов",
    [S1],
    "«CIS Deputy Secretary-General Denis Trefilov addressed the participants with a welcoming speech» — who chaired is not said",
    extra=[r"welcom|приветств|address|обрати|выступ|speech|реч"],
)
yes(
    "Трефилов выступал на московском заседании секретарей советов безопасности?",
    [S1],
    "«Denis Trefilov addressed the participants with a welcoming speech»",
)
unsaid(
    "Was Yevgeny Klemez at the June counter-terrorism meeting in Moscow?",
    r"Klemez|Клемез",
    [S2, S4],
    "Klemez appears only in the BelTA article on the St Petersburg meeting; the XVIII meeting's list names no people but Rahmon",
)
unsaid(
    "Рахмон лично приезжал в Москву на XVIII встречу антитеррористических подразделений?",
    r"Rahmon|Рахмон|лично|personally|present|присутств|приезжал",
    [S4],
    "«The plenary session heard a congratulatory address from … Emomali Rahmon» — his presence is not said",
    extra=[r"address|обращени|поздрав|congratulat|приветств"],
)
yes(
    "Emomali Rahmon sent a congratulatory address to the plenary of the June counter-terrorism meeting, right?",
    [S4],
    "«The plenary session heard a congratulatory address from the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»",
)
unsaid(
    "Путин выступал на встрече руководителей спецслужб СНГ в Москве?",
    r"Putin|Путин|выступ|spoke|speak",
    [S3],
    "«Earlier, President Vladimir Putin emphasized …» — an earlier remark, not a speech at the meeting",
)
unsaid(
    "Did Peskov speak at the St Petersburg interior ministers meeting?",
    r"Peskov|Песков",
    [S2, S3],
    "Peskov appears only in the intelligence article: «in an October statement»",
)
yes(
    "Did Klemez mention cybercrime among the threats?",
    [S2],
    "«Significant concerns include weapons smuggling and the escalating scale of cybercrime»",
)
yes(
    "Говорил ли Трефилов о молодёжи и деструктивных идеологических движениях?",
    [S1],
    "«reducing the involvement of our countries’ populations, especially youth, in destructive ideological movements», said CIS Deputy Secretary-General",
)
unsaid(
    "Rahmon chaired the XVIII meeting of counter-terrorism heads, yes?",
    r"Rahmon|Рахмон|chair|председ",
    [S4],
    "Rahmon is «Chair of the Council of Heads of CIS States»; for the XVIII meeting the source records only his congratulatory address",
    extra=[r"address|обращени|поздрав|congratulat|Council\s+of\s+Heads|Совета\s+глав"],
)
# --- yes/no: a date or month asserted in the question --------------------------------------------------------
nope(
    "The interior ministers met in St Petersburg in September, right?",
    r"September|сентябр",
    [S2],
    "«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»",
    extra=[r"August|август|\b12\.08"],
)
yes(
    "Совещание секретарей совбезов СНГ было в ноябре 2025 года, верно?",
    [S1],
    "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow on November 5, 2025»",
)
nope(
    "The XVIII counter-terrorism meeting was held on 16 June 2025, correct?",
    r"16|June\s+16|16\s+June|16\s+июня",
    [S4],
    "«16 June, 2025» is the date of the report; the meeting «was held in Moscow on June 10, 2025»",
    extra=[r"\b10\b"],
)
nope(
    "Совет министров внутренних дел собирался 13 августа?",
    r"13|августа",
    [S2],
    "«MINSK, 13 August (BelTA)» is the article's date; the council met «in St. Petersburg on 12 August»",
    extra=[r"\b12\b"],
)
yes(
    "The Dushanbe summit of the CIS supreme bodies was in October 2025, wasn't it?",
    [S1],
    "«the outcomes of the October meetings of the Commonwealth's supreme bodies in Dushanbe» (article of 5 November 2025)",
)
yes(
    "peskof svoyo zayavlenie sdelal v oktyabre, da?",
    [S3],
    "«Russian Presidential Press Secretary Dmitry Peskov, in an October statement»",
)
unsaid(
    "Встреча глав спецслужб СНГ в Москве прошла в 2025 году?",
    r"2025|2024|дат|date",
    [S3],
    "The article is undated; Putin's «next year the CIS countries will jointly celebrate the 80th anniversary» points to 2024, not 2025",
)
nope(
    "The Military Cooperation Concept runs until 2035, right?",
    r"2035",
    [S1],
    "«the Military Cooperation Concept of the CIS Member States until 2030 was approved»",
    extra=[r"2030"],
)
# --- yes/no: states, organisations, documents -------------------------------------------------------------------
unsaid(
    "Was Turkmenistan represented at the June counter-terrorism meeting in Moscow?",
    TKM,
    [S4],
    "The list of competent authorities names Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyz Republic, Russia, Tajikistan, Uzbekistan — no Turkmenistan",
)
yes(
    "Азербайджан участвовал во встрече руководителей органов безопасности и спецслужб в Москве?",
    [S3],
    "«Delegations from Azerbaijan, Armenia, Belarus, … attended the meeting»",
)
yes(
    "ОДКБ была на июньской антитеррористической встрече?",
    [S4],
    "«3 international organizations – Collective Security Treaty Organization, …»",
)
nope(
    "Did the CIS make the SCO a full member in Dushanbe?",
    r"member|член",
    [S1],
    "«the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»",
    extra=[r"observer|наблюдател"],
)
unsaid(
    "Правда, что договор о международных контролируемых поставках уже подписан?",
    r"подписан|signed|sign",
    [S2],
    "«Plans are in place … to sign the treaty on international controlled delivery operations» (August 2025); no signing is recorded",
)
nope(
    "Is the counter-terrorism programme adopted in Dushanbe for 2026–2030?",
    r"2030",
    [S1],
    "«the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border Security on the External Borders until 2030»",
    extra=[r"2028"],
)
yes(
    "Did Russia's Prosecutor General propose reforming the CIS Council of Prosecutors?",
    [S3],
    "«Formerly, the Prosecutor General of the Russian Federation recommended reforms to the CIS Council of Prosecutors»",
)
nope(
    "Был ли Азербайджан на совете МВД в Санкт-Петербурге?",
    AZE,
    [S2],
    "«representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan» — no Azerbaijan",
)
# --- abbreviation -------------------------------------------------------------------------------------------------
add("What does ATC stand for?", "abbreviation", [ATC], [S0, S4], "«CIS Anti-Terrorism Center»; «the CIS ATC»")
add(
    "ЕАГ — что это?",
    "abbreviation",
    [r"Eurasian\s+Group|Евразийск\w+\s+групп", r"Money\s+Laundering|легализаци|отмыв"],
    [S4],
    "«Eurasian Group on Combating Money Laundering and Financing of Terrorism»; «The EAG Secretariat»",
)
add("RATS SCO?", "abbreviation", [RATS], [S4], "«Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization»")
add(
    "как расшифровываеться ОДКБ",
    "abbreviation",
    [r"Collective\s+Security\s+Treaty|коллективной\s+безопасности"],
    [S4],
    "«Collective Security Treaty Organization»",
)
add(
    "What does FATF stand for?",
    "abbreviation",
    [r"FATF"],
    [S4],
    "The sources use FATF only in «international FATF standards» and never expand it",
    dd=True,
)
add("БКБОП это что такое?", "abbreviation", [BCOC], [S0, S2], "«Bureau for Coordination of Combating Organized Crime and Other Dangerous Types of Crimes …»")
add(
    "Что значит «совет по ЧС» в СНГ — какие ЧС имеются в виду?",
    "abbreviation",
    [EMERG, r"natural|природн", r"technogenic|man-made|техноген"],
    [S0],
    "«CIS Interstate Council for Emergency Situations of Natural and Technogenic Character»",
)
add(
    "chto takoe SMVD SNG",
    "abbreviation",
    [INTERIOR],
    [S0, S2, S4],
    "«CIS Ministers of Internal Affairs Council»; «CIS Interior Ministers Council»",
)
# --- topic: which body deals with an everyday topic --------------------------------------------------------------------
add("Which CIS body deals with earthquakes and floods?", "topic", [EMERG], [S0], "«CIS Interstate Council for Emergency Situations of Natural and Technogenic Character»")
add("Какой орган СНГ занимается погодой и прогнозами?", "topic", [HYDRO], [S0], "«CIS Interstate Hydrometeorology Council»")
add("who in the CIS looks after prisons?", "topic", [PENIT], [S0], "«CIS Heads of Penitentiary Services Council»")
add("кто в СНГ отвечает за карты и спутниковую съёмку земли", "topic", [GEODESY], [S0], "«CIS Interstate Council on Geodesy, Cartography, Cadastre and Remote Sensing of the Earth»")
add("Кто в СНГ борется со взятками?", "topic", [CORRUPTION], [S0], "«CIS Interstate Council for Countering Corruption»")
add(
    "Which council would handle tax evasion investigations?",
    "topic",
    [TAX],
    [S0],
    "«CIS Coordination Council of Heads of Tax (Financial) Investigation Bodies»",
)
add(
    "kto v SNG zanimaetsya nelegalnymi migrantami?",
    "topic",
    [MIGRATION],
    [S0],
    "«CIS Heads of Migration Bodies Council»; «Joint Commission of the Agreement on Cooperation … in Combating Illegal Migration»",
)
add("Which body deals with the risk of accidents at chemical plants and mines?", "topic", [rf"{INDUSTRIAL}|{EMERG}"], [S0], "«CIS Interstate Council for Industrial Safety»")
add("кто отвечает за загрязнение природы и экологию", "topic", [ECOLOGICAL], [S0], "«CIS Interstate Ecological Council»")
add("Who tracks dirty money flows in the CIS?", "topic", [rf"{FIU}|{EAG}"], [S0, S4], "«CIS Heads of Financial Intelligence Council»; EAG works with the ATC on anti-money laundering systems")
# --- attribute: people, sources, documents, organisations, meetings -------------------------------------------------
add("Who is Dmitry Peskov?", "attribute", [r"Press\s+Secretary|пресс-секретар"], [S3], "«Russian Presidential Press Secretary Dmitry Peskov»")
add(
    "Кто такой Эмомали Рахмон?",
    "attribute",
    [TAJ, r"President|Президент"],
    [S4],
    "«the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»",
)
add(
    "kto takoy Klemez?",
    "attribute",
    [r"Director|директор", r"Security\s+Cooperation|сотрудничеств\w*\s+в\s+сфере\s+безопасности|Department|департамент"],
    [S2],
    "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»",
)
add(
    "What post does Trefilov hold?",
    "attribute",
    [r"Deputy\s+Secretary|заместител\w*\s+Генерального\s+секретаря|замгенсек"],
    [S1],
    "«CIS Deputy Secretary-General Denis Trefilov»",
)
add("Which news agency reported the meeting of the intelligence chiefs in Moscow?", "attribute", [r"TASS|ТАСС"], [S3], "«The event, as reported by TASS»")
add("Кто опубликовал новость про совет МВД в Петербурге и откуда?", "attribute", [r"BelTA|БелТА", r"Minsk|Минск"], [S2], "«MINSK, 13 August (BelTA)»")
add(
    "What was on the agenda of the Moscow security secretaries meeting?",
    "attribute",
    [r"humanitarian|гуманитарн", r"educat|образоват"],
    [S1],
    "«The agenda of today’s meeting includes consideration of the development of humanitarian and educational cooperation»",
)
add(
    "Когда утвердили концепцию военного сотрудничества и до какого года она рассчитана?",
    "attribute",
    [r"2030", rf"October|октябр|{DUSHANBE}|2025"],
    [S1],
    "«the Military Cooperation Concept of the CIS Member States until 2030 was approved» at the October meetings in Dushanbe",
)
add(
    "Which department of the Executive Committee handles security?",
    "attribute",
    [r"Department|Департамент", r"Security|безопасност"],
    [S0, S2],
    "«CIS Executive Committee (Department for Cooperation in the Security Sphere)»",
)
add("Where is the text of the joint statement on transnational crime to be sent?", "attribute", [UN], [S1], "«The text of the statement is planned to be distributed at the United Nations and other international organizations»")
add("В каком году решили создать АТЦ СНГ и кто принял это решение?", "attribute", [r"2000", r"Council\s+of\s+Heads\s+of\s+(?:CIS\s+)?States|Совет\w*\s+глав\s+государств|heads\s+of\s+state|глав\w*\s+государств"], [S4], "«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»")
add(
    "Whose press office described the agenda of the intelligence chiefs meeting?",
    "attribute",
    [r"Foreign\s+Intelligence|внешней\s+разведки|\bСВР\b|\bSVR\b"],
    [S3],
    "«The press office of the Foreign Intelligence Service of the Russian Federation detailed that the agenda centred on …»",
)
add(
    "О чём отчитался секретариат ЕАГ на июньской встрече?",
    "attribute",
    [rf"{ATC}|money\s+laundering|легализ|отмыв|AML"],
    [S4],
    "«The EAG Secretariat reported on its joint work with the CIS ATC aimed at establishing and developing national anti-money laundering systems»",
)
# --- list ----------------------------------------------------------------------------------------------------------------
add(
    "Which states were at both the St Petersburg interior ministers meeting and the June counter-terrorism meeting?",
    "list",
    [ARM, BEL, KAZ, KYR, RUS, TAJ, UZB],
    [S2, S4],
    "S2: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, Uzbekistan; S4: Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyz Republic, Russia, Tajikistan, Uzbekistan",
    absent=[bare(AZE), bare(TKM)],
)
add(
    "Какие страны были на встрече спецслужб в Москве, но не приехали на совет МВД в Питере?",
    "list",
    [AZE],
    [S2, S3],
    "S3: Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan; S2 lacks only Azerbaijan of these",
    absent=[bare(ARM), bare(TKM), bare(UZB)],
)
add("List the international organisations at the XVIII counter-terrorism meeting.", "list", [CSTO, RATS, EAG], [S4], "«3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization, Eurasian Group …»")
add(
    "Which of the sectoral bodies are called Interstate councils?",
    "list",
    [CORRUPTION, GEODESY, EMERG, INDUSTRIAL, ECOLOGICAL, HYDRO],
    [S0],
    "Interstate Council for Countering Corruption; on Geodesy…; for Emergency Situations…; for Industrial Safety; Interstate Ecological Council; Interstate Hydrometeorology Council",
    absent=[bare(PENIT), bare(r"Border\s+Troops|пограничн")],
)
add("Какие специализированные органы СНГ работают в сфере безопасности?", "list", [ATC, BCOC, JOINT_COMMISSION], [S0], "«and 3 specialized bodies: CIS Anti-Terrorism Center; Bureau for Coordination …; Joint Commission …»")
add(
    "Which CIS bodies at the June counter-terrorism meeting are not among the 16 sectoral bodies?",
    "list",
    [r"Customs|таможен", r"Transport|транспортн", r"Aviation|авиацион", r"Interparliamentary|Межпарламентск"],
    [S0, S4],
    "S4's 13 bodies minus S0's sectoral list: Executive Committee, Interparliamentary Assembly, Customs Services, Coordinating Transport Conference, Interstate Aviation Committee, Anti-Terrorism Center",
)
add(
    "What threats did Klemez name?",
    "list",
    [r"drug|narcot|наркот", r"cyber|кибер", r"weapon|оруж", r"migra|миграц"],
    [S2],
    "«extremist movements …; Illegal migration flows …; narcotics production …; weapons smuggling and … cybercrime; money laundering and corruption»",
)
add(
    "Какие документы Клемез называл среди планируемых к принятию или подписанию?",
    "list",
    [r"controlled\s+deliver|контролируем", r"sentenced|осужд", r"2030|military|военн"],
    [S2],
    "«new cooperation programs to counter terrorism and extremism and the concept of military cooperation until 2030, to strengthen border security, and to sign the treaty on international controlled delivery operations and the optional protocol to the convention on the transfer of sentenced persons»",
)
add(
    "chto obsuzhdali ministry vnutrennih del v Peterburge?",
    "list",
    [r"road|дорожн", r"migra|миграц", r"forensic|expert|экспертн|судебн"],
    [S2],
    "«crime prevention programs, … information and communication technologies … illegal migration, cooperation in the field of road safety, expert and forensic activities, … destructive elements»",
)
add(
    "Name the four sessions of the June counter-terrorism meeting",
    "list",
    [r"national\s+experience|национальн", r"international|международн", r"exercise|учени", r"radicali|радикализ"],
    [S4],
    "first: national experience; second: international counter-terrorism cooperation; third: the joint exercise; fourth: counteracting radicalization",
)
# --- count ---------------------------------------------------------------------------------------------------------------
add("How many sectoral and specialised security bodies does the CIS have in total?", "count", [NUM[19]], [S0], "16 sectoral + 3 specialized = 19")
add(
    "Сколько всего органов СНГ и международных организаций участвовало во встрече антитеррористических подразделений в июне?",
    "count",
    [NUM[16]],
    [S4],
    "«working structures of 13 CIS bodies» + «3 international organizations» = 16",
)
add("How many meetings did the security bodies hold in 2025?", "count", [NUM[20]], [S0], "«In 2025, 20 meetings were held.»")
add("skolko gosudarstv bylo na sovete MVD v Peterburge?", "count", [NUM[8]], [S2], "eight states listed")
add("How many countries sent delegations to the intelligence chiefs' meeting in Moscow?", "count", [NUM[8]], [S3], "«The presence of these eight states»")
add("Сколько базовых организаций было на июньской встрече в Москве?", "count", [NUM[4]], [S4], "«4 basic organizations of the CIS member states»")
add(
    "How many cooperation programmes were approved in Dushanbe?",
    "count",
    [NUM[2]],
    [S1],
    "«the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border Security on the External Borders until 2030»",
)
add(
    "сколько стран было и в Петербурге у МВД, и на антитеррористической встрече в июне",
    "count",
    [NUM[7]],
    [S2, S4],
    "common to both lists: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan",
)
add(
    "How many sessions did the XVIII meeting have in all, counting the plenary?",
    "count",
    [NUM[5]],
    [S4],
    "«The meeting included a plenary session and 4 specialized sessions» = 5",
)
# --- quote ---------------------------------------------------------------------------------------------------------------
add("What exactly did Trefilov say about the CIS Plus format?", "quote", [r"platform|площадк"], [S1], "«established the “Commonwealth of Independent States Plus” format as a platform for cooperation …»")
add("Что говорил Клемез про историческую память?", "quote", [r"memory|памят", r"rewrite|переписа|переписыв"], [S2], "«unite our efforts in preserving the historical memory, countering attempts to rewrite history»")
add("What did Peskov say about CIS cooperation?", "quote", [r"potential|потенциал"], [S3], "«cooperation within the CIS holds deep potential and enables its partners to move through turbulent times with greater confidence»")
add(
    "What did Trefilov say the annual meetings make possible?",
    "quote",
    [r"assess|оцен", r"vector|вектор|direction|направлен"],
    [S1],
    "«the annual meetings make it possible to assess the results of cooperation … and determine the vectors for interaction in the near future»",
)
add("Что Клемез сказал о роли Совета министров внутренних дел?", "quote", [r"crucial|ключев|важн|role|роль"], [S2], "«the CIS Interior Ministers Council plays a crucial role in ensuring the security of CIS member states»")
add("Klemez slova pro budushchee Sodruzhestva?", "quote", [r"future|будущ"], [S2], "«Our actions today will inform the future of the Commonwealth of Independent States»")
add("Что Путин сказал про 80-летие Победы?", "quote", [r"80", r"peace|мир|unity|единств"], [S3], "«next year the CIS countries will jointly celebrate the 80th anniversary … a period of peace and unity in the shared battle against Nazism»")
# --- time (today 2026-11-30) -----------------------------------------------------------------------------------------------
add("When was the most recent meeting recorded in the sources?", "time", [NOV5], [S1], "the 13th Security Secretaries Council meeting, 5 November 2025, is the latest dated meeting")
add(
    "How long ago was the interior ministers meeting in St Petersburg?",
    "time",
    [r"\b475\b|(?:1|one|один|более|больше)\s+(?:year|год)|15\s+(?:months|месяц)|\bгод\s+(?:и|назад)"],
    [S2],
    "12 August 2025 → 30 November 2026 = 475 days",
)
add("Skolko dney proshlo s 13-go zasedaniya sekretarey sovbezov?", "time", [r"\b390\b"], [S1], "5 November 2025 → 30 November 2026 = 390 days")
add(
    "When is the next meeting of the Security Secretaries Council?",
    "time",
    None,
    [S1],
    "Only «the annual meetings» are mentioned; no next date is given",
    dd=True,
)
add(
    "Были ли в этом году встречи органов безопасности СНГ?",
    "time",
    None,
    [S0, S1, S2, S3, S4],
    "this year is 2026; every dated meeting in the sources is of 2025",
    dd=True,
    absent=[STARTS_YES],
)
add("What happened in June last year?", "time", [r"XVIII|counter-?\s?terror|антитеррор|террор", r"\b10\b"], [S4], "last year = 2025: the XVIII meeting, Moscow, 10 June 2025")
add(
    "Which was earlier: the St Petersburg meeting or the counter-terrorism one in Moscow?",
    "time",
    [r"counter-?\s?terror|антитеррор|XVIII|Moscow|Москв", r"June|июн|10"],
    [S2, S4],
    "10 June 2025 (Moscow) before 12 August 2025 (St Petersburg)",
)
add("How many days between the June counter-terrorism meeting and the interior ministers meeting?", "time", [r"\b63\b"], [S2, S4], "10 June → 12 August 2025 = 63 days")
add(
    "kogda bylo uchenie Sodruzhestvo-Antiterror-2025?",
    "time",
    [rf"{month(10, 2025)}|October|октябр", TAJ],
    [S4],
    "«joint anti-terrorist exercise … \"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»",
)
add(
    "Программа по пограничной безопасности до какого года и сколько лет ещё осталось?",
    "time",
    [r"2030"],
    [S1],
    "«in Strengthening Border Security on the External Borders until 2030»",
)
# --- lookalike ---------------------------------------------------------------------------------------------------------------
add("What was decided at the 14th meeting of the Security Secretaries Council?", "lookalike", None, [S1], "only the 13th meeting is recorded", dd=True)
add("Когда прошла XIX встреча руководителей антитеррористических подразделений?", "lookalike", None, [S4], "only the XVIII meeting is recorded", dd=True)
add(
    "What did the interior ministers discuss at their Minsk meeting?",
    "lookalike",
    [SPB],
    [S2],
    "the council met in St Petersburg; Minsk is only BelTA's dateline",
)
add("Кто выступал на совещании по безопасности СНГ в Душанбе в 2024 году?", "lookalike", None, [S1], "the Dushanbe meetings recorded are the October 2025 supreme bodies' meetings", dd=True)
add("Что обсуждали министры обороны СНГ на своём заседании в 2025?", "lookalike", None, [S0, S4], "the Defense Ministers Council is listed, but no meeting of it is recorded", dd=True)
add("Who is the Secretary-General of the CIS?", "lookalike", None, [S1], "only the Deputy Secretary-General (Trefilov) is named", dd=True)
add("When did the Commonwealth-Antiterror 2026 exercise take place?", "lookalike", None, [S4], "only «Commonwealth-Antiterror - 2025» (October 2025, Tajikistan) is recorded", dd=True)
add(
    "What did the Chair of the Council of Heads of CIS States, the President of Kazakhstan, say at the June meeting?",
    "lookalike",
    [rf"{TAJ}|{RAHMON}"],
    [S4],
    "the Chair is «President of the Republic of Tajikistan Emomali Rahmon»",
    absent=[r"^\W*(?:The\s+)?(?:President\s+of\s+)?(?:Kazakh|Казах)"],
)
nope(
    "Klemez heads a department of the Russian Interior Ministry, right?",
    r"Russia|Росси|Interior|МВД",
    [S2],
    "«Director of the Security Cooperation Department at the CIS Executive Committee»",
    extra=[EXEC],
    kind="lookalike",
)
unsaid(
    "The 13th meeting of the interior ministers council was the one in St Petersburg?",
    r"13|number|номер|Interior|МВД",
    [S1, S2],
    "the St Petersburg meeting has no number in the source; the 13th meeting is the Security Secretaries Council's, in Moscow",
    kind="lookalike",
)
add("Кто председательствовал на совете МВД в Петербурге?", "lookalike", None, [S2], "no chair is named", dd=True)
unsaid(
    "Была ли Грузия на встрече спецслужб в Москве?",
    r"Georgia|Грузи",
    [S3],
    "eight delegations listed; no Georgia",
    kind="lookalike",
)
add("Who is Nawrocki?", "lookalike", None, [S3], "named only in the title of an unrelated 'Previous Article' link", dd=True)
# --- out of scope ---------------------------------------------------------------------------------------------------------------
add("What's the weather in Dushanbe tomorrow?", "out_of_scope", None, [], "not in the sources", decline=True)
add("Кто выиграл чемпионат мира по футболу 2022?", "out_of_scope", None, [], "not in the sources", decline=True)
add("How do I get a visa for Kazakhstan?", "out_of_scope", None, [], "not in the sources", decline=True)
add("Напиши стихотворение про СНГ", "out_of_scope", None, [], "not in the sources", decline=True)
add("What is NATO's defence budget for 2025?", "out_of_scope", None, [], "not in the sources", decline=True)
add("курс доллара к рублю сегодня", "out_of_scope", None, [], "not in the sources", decline=True)
add("Who is the president of France?", "out_of_scope", None, [], "not in the sources", decline=True)
# --- style ---------------------------------------------------------------------------------------------------------------
add(
    "Hi there! I've been reading up on how the CIS handles security matters and I got curious — where exactly did the interior ministers get together back in August? I keep forgetting the city.",
    "style",
    [SPB],
    [S2],
    "«in St. Petersburg on 12 August»",
)
add("ATC founded when?", "style", [r"2000"], [S4], "«the decision taken in 2000 … to establish the CIS ATC»")
add("gde prokhodilo 13 zasedanie soveta sekretarey sovbezov", "style", [MOSCOW], [S1], "«took place in Moscow on November 5, 2025»")
add(en_layout("когда было совещание мвд в петербурге"), "style", [AUG12], [S2], "wrong layout: «когда было совещание мвд в петербурге»; 12 August 2025")
add("wen did teh intrior ministrs meet in st peterburg", "style", [AUG12], [S2], "«in St. Petersburg on 12 August» (2025)")
add("kagda byla vstrecha po terrorizmu v iyune", "style", [JUN10], [S4], "«was held in Moscow on June 10, 2025»")
add("skolko sektoralnyh organov", "style", [NUM[16]], [S0], "«16 sectoral cooperation bodies»")
add(
    "Слушай, напомни пожалуйста, кто там на московском заседании секретарей советов безопасности приветствие зачитывал? Никак не вспомню фамилию",
    "style",
    [TREFILOV],
    [S1],
    "«Denis Trefilov addressed the participants with a welcoming speech»",
)
add(ru_layout("what is eag"), "style", [r"Eurasian\s+Group|Евразийск\w+\s+групп"], [S4], "wrong layout: «what is eag»")
add("ШОС статус?", "style", [r"observer|наблюдател", SCO], [S1], "«grant the Shanghai Cooperation Organization the status of an Observer»")
add(
    en_layout("сколько стран было на встрече спецслужб"),
    "style",
    [NUM[8]],
    [S3],
    "wrong layout: «сколько стран было на встрече спецслужб»; «these eight states»",
)

# --- second batch (written during the session): the first batch's failures varied over other entries;
# notes start with the family in brackets ------------------------------------------------------------------
unsaid(
    "Did Emomali Rahmon chair the June counter-terrorism meeting in Moscow?",
    r"Rahmon|Рахмон|chair|председ",
    [S4],
    "[chair-claim] Rahmon's congratulatory address was heard at the plenary; no chair is named",
    extra=[r"address|обращени|поздрав|congratulat|приветств"],
)
unsaid(
    "Председательствовал ли Трефилов на 13-м заседании Совета секретарей советов безопасности?",
    r"Trefilov|Трефилов|председ|chair",
    [S1],
    "[chair-claim] «Denis Trefilov addressed the participants with a welcoming speech»; no chair is named",
)
unsaid(
    "Was Trefilov the chairman of the Moscow security secretaries meeting?",
    r"Trefilov|Трефилов|chair|председ",
    [S1],
    "[chair-claim] only his welcoming speech is recorded",
)
unsaid(
    "Klemez vel zasedanie MVD v Peterburge?",
    r"Klemez|Клемез|председ|chair",
    [S2],
    "[chair-claim] Klemez told the media about the meeting; no chair is named",
)
add("Слова Пескова про сотрудничество в СНГ?", "quote", [r"potential|потенциал"], [S3], "[words-of] «cooperation within the CIS holds deep potential»")
add("Rahmon slova pro ATC?", "quote", [r"2000|validity|обоснованн|contribution|вклад"], [S4], "[words-of] «noted the validity of the decision taken in 2000 … emphasized the Center’s significant contribution»")
add("the words of Trefilov about youth", "quote", [r"youth|молод", r"destructive|деструктивн"], [S1], "[words-of] «especially youth, in destructive ideological movements»")
add("Цитата Клемеза о незаконной миграции", "quote", [r"national\s+security|национальной\s+безопасност|threat|угроз"], [S2], "[words-of] «Illegal migration flows pose a direct threat to national security»")
yes("Совет МВД в Петербурге был в августе 2025, да?", [S2], "[be-when] «in St. Petersburg on 12 August» (2025)")
nope(
    "Антитеррористическое совещание в Москве было в июле?",
    r"July|июл",
    [S4],
    "[be-when] «held in Moscow on June 10, 2025»",
    extra=[r"June|июн"],
)
unsaid(
    "Встреча глав спецслужб в Москве была в 2025 году?",
    r"2025|2024|дат|date",
    [S3],
    "[be-when] the article is undated",
)
nope("The interior ministers meeting in St Petersburg was in 2024, right?", r"2024", [S2], "[be-when] 12 August 2025", extra=[r"2025"])
yes("Rahmon addressed the XVIII meeting, right?", [S4], "[tag-address] «The plenary session heard a congratulatory address from … Emomali Rahmon»")
yes("Trefilov gave a welcoming speech at the 13th meeting, right?", [S1], "[tag-address] «addressed the participants with a welcoming speech»")
yes("Рахмон направил приветствие участникам июньского совещания, верно?", [S4], "[tag-address] congratulatory address heard at the plenary")
yes("Did Trefilov speak at the meeting of the Security Secretaries Council?", [S1], "[spoke-body-meeting] the council's one recorded meeting, the 13th")
yes("Трефилов выступал на заседании Совета секретарей советов безопасности?", [S1], "[spoke-body-meeting] «Denis Trefilov addressed the participants with a welcoming speech»")
unsaid("Putin vystupal na vstreche rukovoditeley specsluzhb?", r"Putin|Путин", [S3], "[spoke-body-meeting] Putin's remark is «earlier», not at the meeting")
add(
    "What did the President of Kazakhstan say at the June meeting?",
    "lookalike",
    None,
    [S4],
    "[post-of-state-said] no President of Kazakhstan is named; the address came from the President of Tajikistan",
    dd=True,
    absent=[r"\b(?:Putin|Путин)\b[^.]{0,40}(?:no such|не приводят)"],
)
add("Что сказал президент Узбекистана на совещании в Москве?", "lookalike", None, [S4, S3], "[post-of-state-said] no President of Uzbekistan is named", dd=True)
add(
    "Что сказал председатель Совета глав государств СНГ на XVIII совещании?",
    "quote",
    [r"2000|ATC|АТЦ|обоснованн|validity|вклад|contribution"],
    [S4],
    "[post-of-state-said] the Chair is Rahmon: «noted the validity of the decision taken in 2000 …»",
)
add("What did the Prime Minister of Belarus say at the St Petersburg meeting?", "lookalike", None, [S2], "[post-of-state-said] no Prime Minister of Belarus is named", dd=True)

# third batch: declines of the first batch varied over other entries
add("Какое последнее заседание упомянуто в источниках и когда оно было?", "time", [NOV5], [S1], "[ranked-tail] the 13th Security Secretaries meeting, 5 November 2025")
add("When was the earliest meeting mentioned in the documents?", "time", [JUN10], [S4], "[ranked-tail] the earliest dated meeting: XVIII, 10 June 2025 (the intelligence heads' meeting is undated)")
add("where was the latest meeting in these docs?", "time", [MOSCOW], [S1], "[ranked-tail] the 13th Security Secretaries meeting, Moscow")
add("сколько секторальных органов в сфере безопасности", "count", [NUM[16]], [S0], "[sectoral-loanword] «16 sectoral cooperation bodies»")
add("какие секторальные органы есть в СНГ", "list", [PENIT, HYDRO, CORRUPTION], [S0], "[sectoral-loanword] the 16 sectoral bodies")
add("кто в СНГ борется с грязными деньгами", "topic", [rf"{FIU}|{EAG}"], [S0, S4], "[dirty-money] Heads of Financial Intelligence Council; EAG")
add("Who tracks money laundering in the CIS?", "topic", [rf"{FIU}|{EAG}"], [S0, S4], "[tracks] Heads of Financial Intelligence Council; EAG")
add("Which CIS body keeps track of natural disasters?", "topic", [EMERG], [S0], "[tracks] Interstate Council for Emergency Situations of Natural and Technogenic Character")
add("Who investigates tax crimes in the CIS?", "topic", [TAX], [S0], "[tracks] Coordination Council of Heads of Tax (Financial) Investigation Bodies")
nope("Did the CSTO become a member of the CIS in Moscow?", r"member|член|CSTO|ОДКБ", [S4], "[org-member-in-city] the CSTO is an international organisation at the XVIII meeting")
nope("ЕАГ вступила в СНГ в Москве?", r"member|член|участник|EAG|ЕАГ", [S4], "[org-member-in-city] the EAG is an international organisation at the XVIII meeting")
nope("ШОС стала полноправным членом СНГ в Душанбе?", r"member|член|участник|SCO|ШОС", [S1], "[org-member-in-city] «the status of an Observer»", extra=[r"observer|наблюдател"])
nope("Did Peskov speak about the CIS in November?", r"November|ноябр", [S3], "[statement-month] «in an October statement»", extra=[r"October|октябр"])
yes("Песков говорил о потенциале СНГ в октябре?", [S3], "[statement-month] «in an October statement, asserted that cooperation within the CIS holds deep potential»")
unsaid("Peskov made his statement in October 2025, right?", r"2025|year|год", [S3], "[statement-month] the article is undated: the month is given, the year is not")
add("Who published the news about the council of interior ministers?", "attribute", [r"BelTA|БелТА"], [S2], "[who-published] «MINSK, 13 August (BelTA)»")
add("Кто выпустил сообщение про встречу руководителей спецслужб в Москве?", "attribute", [r"TASS|ТАСС|не указан|not named"], [S3], "[who-published] the article names no publisher; «as reported by TASS»")
add("Кто опубликовал новость о 13-м заседании секретарей совбезов и откуда?", "attribute", [rf"{EXEC}|Исполком"], [S1], "[who-published] «The Executive Committee of the Commonwealth of Independent States, 5 November»")
unsaid("Клемез председательствовал на заседании СМВД?", r"Klemez|Клемез|председ|chair", [S2], "[chair-claim] Klemez told the media about the meeting; no chair is named")
unsaid("Did Trefilov preside over the security secretaries meeting in Moscow?", r"Trefilov|Трефилов|chair|presid|председ", [S1], "[chair-claim] only his welcoming speech is recorded", extra=[r"welcom|приветств"])
add("Which meetings did Azerbaijan attend but not Turkmenistan?", "list", [r"XVIII|counter-?\s?terror|антитеррор"], [S2, S3, S4], "[state-but-not] Azerbaijan is listed at XVIII and the intelligence meeting; Turkmenistan at the intelligence meeting and St Petersburg", absent=[bare(SPB), bare(r"intelligence|спецслужб")])
add("Какие заседания посетил Туркменистан без Азербайджана?", "list", [SPB], [S2, S3, S4], "[state-but-not] Turkmenistan without Azerbaijan: St Petersburg", absent=[bare(r"XVIII|антитеррор")])
unsaid("Трефилов говорил про ШОС на заседании в Москве?", r"ШОС|SCO|Шанхай|Shanghai", [S1], "[said-at-city-meeting] the SCO decision is reported between his quotes, not in his recorded words")
unsaid("Rahmon spoke at the XVIII meeting in person, right?", r"person|лично|Rahmon|Рахмон", [S4], "[in-person] his congratulatory address was heard; his presence is not said", extra=[r"address|обращени|поздрав|congratulat"])
add("Which body met most recently?", "time", [SECSEC, NOV5], [S1], "[body-met-last] the 13th Security Secretaries Council meeting, 5 November 2025")
add("Какой орган собирался последним?", "time", [SECSEC], [S1], "[body-met-last] Совет секретарей советов безопасности, 5 ноября 2025")


def build() -> dict[str, Any]:
    return {"questions": Q}


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "tuning24_single.yaml"
    header = (
        "# Tuning set tuning24_single: a tuning set written in session 24 (helper t24-single) by a fresh reader of the\n"
        "# documents, from the five documents in knowledge/seeds/ only (no engine code, no other set read); single\n"
        "# questions of eleven kinds, over 45 % Russian (Cyrillic, Latin-typed, wrong layout); \"today\" is 2026-11-30.\n"
        "# Same fields and judging rules as tuning.yaml (see README.md). Generated by build_tuning24_single.py.\n"
    )
    out.write_text(header + dump_set(build()), encoding="utf-8")
    ru = sum(1 for e in Q if any("а" <= c.lower() <= "я" for c in e["q"]))
    print(f"{out.stem}: {len(Q)} questions ({ru} Cyrillic)")
