"""Writes tuning23_docs.yaml: a tuning set written in session 23 (helper "t23-docs") by a fresh reader of the documents.

Written by hand from the five documents in knowledge/seeds/ only, without reading the bot's code or the other
sets' questions, and centred on what people ask less often: the documents and sources themselves (who published
them, when, what they are about, what was adopted, signed, approved, planned), programmes (period, who approved,
what they cover), people (role, what they said, where), organisations and observers, numbers, and comparisons
across two meetings. Conversations follow up with pronouns, ellipsis, a language switch, typos, Latin-typed
Russian and the wrong keyboard layout; some open a brand-new question mid-chat.

    python tests/question_bank/build_tuning23_docs.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from patterns import (
    ARM,
    ATC,
    AZE,
    CONCEPT,
    CSTO,
    CT_PERIOD,
    CUSTOMS,
    EAG,
    EXEC,
    EXERCISE,
    KLEMEZ,
    KYR,
    MOSCOW,
    NUM,
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
    no,
    turn_entry,
    wrong_layout,
)

PUBLISHER_S2 = r"BelTA|БелТА|Белта"
SVR = r"TASS|ТАСС|Foreign\s+Intelligence|внешней\s+разведки|\bСВР\b|\bSVR\b"
HEADS_OF_STATE = r"Heads?\s+of\s+States?|глав\w*\s+государств|Council\s+of\s+Heads|Совет\w*\s+глав|supreme\s+bodies|высш\w+\s+орган|Dushanbe|Душанбе"
YOUTH = r"destructive|деструктивн|ideolog|идеолог|youth|молод"
DRUGS = r"narcotic|drug|наркот"
MIGR = r"migra|миграц"
CONTROLLED = r"controlled\s+deliver|контролируем\w*\s+постав(?:к|ок)"
SENTENCED = r"sentenced|осужд"
MONEY = r"money|laundering|отмыв|легализац|\bAML\b|\bПОД\b|anti-money"
UAV = r"unmanned|беспилот|\bUAVs?\b|\bБПЛА\b|drone|дрон"
RADICAL = r"radicali|радикализ"
SECSEC_ANY = r"Security\s+(?:Council\s+)?Secretaries|секретар\w*\s+(?:советов|совбез)|13(?:th|-?го|-?е|-?м)?\b"
OCTOBER = r"October|октябр"


def q(n: int) -> str:
    return f"t23docs-{n:03d}"


def questions() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []

    def add(text: str, kind: str, expect: list[str] | None, src: list[str], note: str, absent: list[str] | None = None,
            dd: bool = False) -> None:
        cases.append(case_entry(q(len(cases) + 1), text, kind, expect, src, note, absent=absent, dd=dd))

    add("Кто опубликовал отчёт об итогах деятельности отраслевых органов СНГ в сфере безопасности за 2025 год?",
        "attribute", [EXEC], [S0],
        "«The Executive Committee of the Commonwealth of Independent States … On Results of Activities of CIS Sectoral "
        "Cooperation Bodies in Security Sphere in 2025»")
    add("when was the report on the results of the sectoral security bodies in 2025 put out?", "time",
        [r"\b0?2(?:nd)?\s+(?:of\s+)?(?:March|марта)|March\s+0?2(?:nd)?\b|\b0?2\.03\b"], [S0],
        "«The Executive Committee of the Commonwealth of Independent States / 2 March» (no year given)")
    add("kakoe agentstvo napisalo pro zasedanie ministrov vnutrennih del v Peterburge?", "attribute",
        [PUBLISHER_S2], [S2], "«MINSK, 13 August (BelTA) - …»")
    add("Сколько всего органов — отраслевых и специализированных вместе — работает в сфере безопасности СНГ?", "count",
        [NUM[19]], [S0], "«16 sectoral cooperation bodies operate in the security sphere … and 3 specialized bodies» (16 + 3 = 19)")
    add("Which programme covers 2026 to 2028?", "attribute", [r"terror|террор"], [S1],
        "«the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028»")
    add("до какого года рассчитана программа по укреплению безопасности на внешних границах?", "time", [r"\b2030\b"], [S1],
        "«in Strengthening Border Security on the External Borders until 2030»")
    add("Who approved the Military Cooperation Concept until 2030?", "attribute", [HEADS_OF_STATE], [S1],
        "«the outcomes of the October meetings of the Commonwealth's supreme bodies in Dushanbe … the Military "
        "Cooperation Concept of the CIS Member States until 2030 was approved»")
    add("Was the treaty on international controlled delivery operations actually signed?", "yes_no", None, [S1, S2],
        "S2: «Plans are in place … to sign the treaty on international controlled delivery operations»; S1 lists what "
        "was adopted in Dushanbe and does not name the treaty: the sources do not say it was signed",
        absent=[STARTS_YES], dd=True)
    add("Где планируется распространить текст Совместного заявления о сотрудничестве в борьбе с транснациональной преступностью?",
        "attribute", [UN], [S1], "«The text of the statement is planned to be distributed at the United Nations and other international organizations»")
    add("скольк заседаний органы снг в сфере безопасности провели в 2025?", "count", [NUM[20]], [S0],
        "«In 2025, 20 meetings were held»")
    add("Did Trefilov speak at the St Petersburg meeting of the interior ministers?", "yes_no",
        [no(rf"{TREFILOV}|{SPB}|Interior|внутренних")], [S1, S2],
        "S1: Trefilov addressed the 13th meeting of the Security Secretaries Council in Moscow; S2: the St Petersburg "
        "meeting's speaker in the source is Klemez", absent=[STARTS_YES])
    add("Какой по счёту была встреча секретарей советов безопасности СНГ в Москве в ноябре?", "attribute",
        [NUM[13]], [S1], "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow on November 5, 2025»")
    add("Which came first: the counter-terrorism heads' meeting or the Interior Ministers Council in St Petersburg?",
        "lookalike", [r"June|июн|XVIII|counter-?terror|антитеррор"], [S2, S4],
        "S4: «was held in Moscow on June 10, 2025»; S2: «convened for a meeting in St. Petersburg on 12 August»")
    add("Какие государства были и на июньском антитеррористическом совещании в Москве, и на совете МВД в Питере?", "list",
        [ARM, RUS, UZB, KYR], [S2, S4],
        "S4: Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyz Republic, Russia, Tajikistan, Uzbekistan; S2: Armenia, "
        "Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, Uzbekistan: both = all but Azerbaijan and Turkmenistan",
        absent=[bare(AZE), bare(TKM)])
    add("what did peskov say", "quote", [r"potential|потенциал"], [S3],
        "«Dmitry Peskov, in an October statement, asserted that cooperation within the CIS holds deep potential»")
    add("Кто такой Клемез?", "attribute", [r"Director|директор", r"Security|безопасност"], [S2],
        "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»")
    add("сколько международных организаций участвовало в 18-м совещании по борьбе с терроризмом?", "count", [NUM[3]], [S4],
        "«3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure of "
        "the Shanghai Cooperation Organization, Eurasian Group …»")
    add("how many specialised sessions did the june moscow meeting on terrorism have", "count", [NUM[4]], [S4],
        "«The meeting included a plenary session and 4 specialized sessions»")
    add("О чём докладывал секретариат ЕАГ?", "topic", [MONEY], [S4],
        "«The EAG Secretariat reported on its joint work with the CIS ATC aimed at establishing and developing national "
        "anti-money laundering systems in the region»")
    add("Did the CIS make the SCO a full member?", "yes_no", [r"observer|наблюдател"], [S1],
        "«the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»",
        absent=[STARTS_YES])
    add("Где пройдут учения Содружество-Антитеррор-2025?", "attribute", [TAJ], [S4],
        "«a joint anti-terrorist exercise … \"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»")
    add("In what year was it decided to set up the CIS Anti-Terrorism Center?", "time", [r"\b2000\b"], [S4],
        "«the validity of the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»")
    add("what is the CIS Plus format?", "topic", [r"platform|платформ|other\s+states|друг\w+\s+государств|international\s+organi|международн"],
        [S1], "«the \"Commonwealth of Independent States Plus\" format as a platform for cooperation between CIS Member "
        "States and other states, their associations, and international organizations»")
    add("who reported on the meeting of the intelligence chiefs in Moscow?", "attribute", [SVR], [S3],
        "«The event, as reported by TASS …»; «The press office of the Foreign Intelligence Service of the Russian Federation detailed …»")
    add("Когда прошла встреча руководителей спецслужб СНГ в Москве?", "time", None, [S3],
        "S3 gives no date for the meeting of the heads of security and intelligence services (only Peskov's "
        "«October statement»)", dd=True)
    add("Did Turkmenistan attend the XVIII counter-terrorism meeting?", "yes_no", [no(TKM)], [S4],
        "«competent authorities of 9 CIS member-states – the Republic of Azerbaijan, … the Republic of Uzbekistan» "
        "(eight named, Turkmenistan not among them)", absent=[STARTS_YES])
    add("Какие договоры планировалось подписать, по словам Клемеза?", "list", [CONTROLLED, SENTENCED], [S2],
        "«to sign the treaty on international controlled delivery operations and the optional protocol to the "
        "convention on the transfer of sentenced persons»")
    add(wrong_layout("сколько отраслевых органов в сфере безопасности?"), "count", [NUM[16]], [S0],
        "«16 sectoral cooperation bodies operate in the security sphere» (typed on the English layout)")
    add("Обсуждали ли безопасность дорожного движения на 13-м заседании секретарей советов безопасности?", "yes_no",
        [no(r"дорожн|road|traffic|секретар|Secretar|13") + "|" + SPB + r"|внутренних\s+дел|Interior"], [S1, S2],
        "road safety is recorded at the Interior Ministers Council in St Petersburg (S2: «cooperation in the field of "
        "road safety»); the 13th Security Secretaries meeting's agenda is «humanitarian and educational cooperation»",
        absent=[STARTS_YES])
    add("Кто направил поздравление пленарному заседанию XVIII совещания?", "attribute", [RAHMON], [S4],
        "«The plenary session heard a congratulatory address from the Chair of the Council of Heads of CIS States, "
        "President of the Republic of Tajikistan Emomali Rahmon»")
    add("How was 2025 declared in the CIS?", "attribute", [r"Peace\s+and\s+Unity|мира\s+и\s+единства"], [S2],
        "«the year of the 80th anniversary of Victory in the Great Patriotic War which was declared the Year of Peace "
        "and Unity in the Fight Against Nazism in the CIS»")
    add("Что предложил генпрокурор России?", "topic", [r"reform|реформ"], [S3],
        "«the Prosecutor General of the Russian Federation recommended reforms to the CIS Council of Prosecutors»")
    add("chto obsuzhdali na 13 zasedanii sekretarei sovbezov", "topic", [r"humanitarian|гуманитарн|educational|образоват"], [S1],
        "«The agenda of today's meeting includes consideration of the development of humanitarian and educational cooperation»")
    add("Which organs of the CIS were at both the June counter-terrorism meeting and the St Petersburg one?", "list",
        [ATC], [S2, S4],
        "S2: «the CIS Anti-Terrorism Center and the Bureau for Coordinating the Fight Against Organized Crime»; S4's 13 "
        "bodies include the Anti-Terrorism Center and the Council of Ministers of Internal Affairs but not the Bureau",
        absent=[bare(r"Bureau|Бюро")])
    add("Что обсуждали на июньском совещании в Москве, чего не было в Петербурге?", "topic", [rf"{UAV}|{RADICAL}|{EXERCISE}"],
        [S2, S4], "S4's sessions: unmanned aerial vehicles, deradicalization, the exercise «Commonwealth-Antiterror - 2025»; "
        "none of these is among S2's topics")
    add("Совместное заявление о борьбе с транснациональной преступностью приняли министры иностранных дел?", "yes_no",
        [no(r"министр|minist|иностранных|Foreign") + "|" + HEADS_OF_STATE], [S1],
        "«The Heads of State also adopted a Joint Statement on Cooperation in Combating Transnational Crime»",
        absent=[STARTS_YES])
    add("kagda byla vstrecha sekretarei sovbezov v moskve?", "time", [date(5, 11, 2025)], [S1],
        "«took place in Moscow on November 5, 2025»")
    add("Какие документы утвердили в Душанбе помимо совместного заявления?", "list", [CONCEPT + r"|Концепц|Concept", r"border|границ"],
        [S1], "«the Military Cooperation Concept of the CIS Member States until 2030 was approved, along with the "
        "Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border Security»")
    add("so what came out of the Dushanbe thing in October?", "topic",
        [r"CIS\s*Plus|СНГ\s*плюс|observer|наблюдател|Joint\s+Statement|Совместн\w+\s+заявлени|Concept|Концепци|programme|программ"],
        [S1], "«the outcomes of the October meetings of the Commonwealth's supreme bodies in Dushanbe»: the CIS Plus "
        "format, the SCO as observer, the Joint Statement, the Concept and the programmes")
    add("где проходила летняя встреча глав полиции стран СНГ?", "attribute", [SPB], [S2],
        "«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»")
    add("Was Klemez at the 13th meeting of the Security Secretaries in Moscow?", "yes_no", None, [S1, S2],
        "S1 names only Trefilov as addressing the 13th meeting; S2 places Klemez's remarks at the St Petersburg "
        "meeting: the sources do not say", absent=[STARTS_YES], dd=True)
    add("Какая из московских встреч была самой поздней?", "lookalike", [r"ноябр|November|секретар|Secretar|\b13"], [S1, S3, S4],
        "S1: 13th Security Secretaries, Moscow, 5 November 2025; S4: XVIII meeting, Moscow, 10 June 2025; S3 undated")
    # Second batch (phase 3): variants of the failures over other entries and wordings, each scored on
    # the session's start code before its fix; notes start with the family.
    planned_no_yes = [STARTS_YES]
    add("did Klemez say the optional protocol was signed?", "yes_no", [r"plan|планир"], [S2],
        "[plan-governs-clause] «plans are in place … to sign the treaty … and the optional protocol»: he spoke of a "
        "plan (start code: «Yes»)", absent=planned_no_yes)
    add("Клемез говорил, что договор о контролируемых поставках уже подписан?", "yes_no", [r"plan|планир"], [S2],
        "[plan-governs-clause] (start code: «Да»)", absent=planned_no_yes)
    add("klemez govoril chto dogovor o kontroliruemyh postavkah podpisan?", "yes_no", [r"plan|планир"], [S2],
        "[plan-governs-clause] Latin-typed (start code: «Да»)", absent=planned_no_yes)
    add("Where was the BelTA report on the St Petersburg meeting published?", "attribute", [r"Minsk|Минск"], [S2],
        "[source-city] «MINSK, 13 August (BelTA)» (start code: the meeting's city, St Petersburg)", absent=[rf"^\W*(?:{SPB})"])
    add("где была опубликована новость БелТА о заседании министров внутренних дел?", "attribute", [r"Minsk|Минск"], [S2],
        "[source-city] (start code: St Petersburg)", absent=[rf"^\W*(?:{SPB})"])
    add("Where was the news about the August interior ministers meeting published?", "attribute", [r"Minsk|Минск"], [S2],
        "[source-city] (start code: a note on the page's navigation)")
    add("Какие государства были и на июньском совещании в Москве, и на заседании в Петербурге?", "list", [ARM, RUS, UZB],
        [S2, S4], "[both-sides] each meeting described on its side (start code: the 13th meeting, «no participants listed»)",
        absent=[bare(AZE), bare(TKM)])
    add("kakie strany byli i na iyunskom soveshchanii v Moskve, i na zasedanii v Peterburge?", "list", [ARM, KYR], [S2, S4],
        "[both-sides] Latin-typed (start code: the 13th meeting)", absent=[bare(AZE), bare(TKM)])
    return cases


def conversations() -> list[dict[str, Any]]:
    chats: list[dict[str, Any]] = []

    def chat(lang: str, src: list[str], note: str, *turns: dict[str, Any]) -> None:
        chats.append({"id": f"t23docs-c{len(chats) + 1}", "lang": lang, "turns": list(turns), "source": src, "note": note})

    t = turn_entry
    chat("ru", [S1], "documents of the Dushanbe summit, then their periods, then who told and where",
         t("Что приняли на саммите СНГ в Душанбе в октябре?",
           [r"Joint\s+Statement|Совместн\w+\s+заявлени|Concept|Концепци|observer|наблюдател|CIS\s*Plus|СНГ\s*плюс|programme|программ"]),
         t("а на какой срок программа по терроризму?", [CT_PERIOD]),
         t("а по границе?", [r"\b2030\b"], note="«in Strengthening Border Security on the External Borders until 2030»"),
         t("кто об этом рассказал?", [TREFILOV]),
         t("и где он это говорил?", [MOSCOW], note="«The 13th meeting of the CIS Security Secretaries Council took place in Moscow»"))
    chat("en", [S2], "the St Petersburg meeting by description; source, states, a 'no', a topic",
         t("when was the St Petersburg one held?", [date(12, 8, 2025)]),
         t("who reported it?", [rf"{PUBLISHER_S2}|{KLEMEZ}|press\s+service|пресс-служб"],
           note="«MINSK, 13 August (BelTA) - … told the media, BelTA learned from the press service of the CIS Executive Committee»"),
         t("which countries were there", [ARM, TKM, UZB], [bare(AZE)]),
         t("was azerbaijan?", [no(AZE)], [STARTS_YES]),
         t("and what did they discuss about migration?", [MIGR]))
    chat("ru", [S1], "Latin-typed Russian: a person, where he spoke, what he said, when",
         t("kto takoy Trefilov?", [r"Deputy\s+Secretary|заместител|замгенсек"]),
         t("a gde on vystupal?", [MOSCOW]),
         t("chto on skazal pro molodezh?", [YOUTH]),
         t("a kogda eto bylo?", [date(5, 11, 2025)]))
    chat("en", [S0, S4], "counting the bodies; a body not among them; the report's author",
         t("How many sectoral bodies does the CIS have in the security sphere?", [NUM[16]]),
         t("and specialised?", [NUM[3]]),
         t("is the Council of Heads of Customs Services one of the sectoral ones?", [no(CUSTOMS)], [STARTS_YES],
           note="S0's list of 16 has no customs council (S4 names it among the CIS bodies at the XVIII meeting)"),
         t("how many meetings did they hold in 2025?", [NUM[20]]),
         t("who wrote that report?", [EXEC]))
    chat("ru", [S1, S2], "two meetings compared: which first, days between, the speaker at each, where he is from",
         t("Какая встреча была раньше — секретарей совбезов в Москве или МВД в Питере?", [rf"{SPB}|август|August"]),
         t("сколько дней между ними?", [r"\b85\b"], note="12 August → 5 November 2025: 19 + 30 + 31 + 5 = 85 days"),
         t("а кто выступал на каждой?", [KLEMEZ, TREFILOV]),
         t("Клемез откуда?", [rf"{EXEC}|Director|директор|Department|департамент"]))
    chat("en", [S4], "the June counter-terrorism meeting by description: bodies, organisations, the SCO, EAG; switch to Russian",
         t("The June meeting in Moscow on terrorism - how many CIS bodies took part?", [NUM[13]]),
         t("which international orgs?", [CSTO, RATS, EAG]),
         t("was the SCO itself there?", [RATS],
           note="only «Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization» is named"),
         t("what did the EAG report on?", [MONEY]),
         t("по каким стандартам?", [r"FATF|ФАТФ"]))
    chat("ru", [S4], "the sessions of the XVIII meeting, one by one by ordinal",
         t("Сколько секций было на XVIII совещании?", [NUM[4]]),
         t("о чём была третья?", [EXERCISE]),
         t("а где и когда их проведут?", [TAJ, OCTOBER]),
         t("а четвертая?", [RADICAL]),
         t("кто выступил на пленарке?", [RAHMON]))
    chat("en", [S1, S2], "a person's statements, then a brand-new question that is not a follow-up",
         t("What did Klemez say about cybercrime?", [r"cyber|кибер"]),
         t("and about drugs?", [DRUGS]),
         t("What is the Shanghai Cooperation Organization's status in the CIS?", [r"observer|наблюдател"], [KLEMEZ],
           note="brand-new question: «grant the Shanghai Cooperation Organization the status of an Observer»"),
         t("when was that decided?", [OCTOBER + r"|Dushanbe|Душанбе"]))
    chat("ru", [S3], "what Putin and Peskov said; a turn on the wrong keyboard layout; which source",
         t("Что говорил Путин?", [r"\b80|Victory|Побед|Nazism|нацизм"]),
         t("а Песков?", [r"potential|потенциал"]),
         t(wrong_layout("когда он это сказал?"), [OCTOBER], note="«in an October statement» (typed on the English layout)"),
         t("в каком источнике это?", [rf"{MOSCOW}|intelligence|спецслужб|TASS|ТАСС|Security\s+Talks|article|стать"]))
    chat("en", [S1, S2], "documents planned (Klemez, August) and approved (Trefilov, November); one the sources do not settle",
         t("What documents were planned for adoption at the supreme bodies' meetings, according to Klemez?", [CONTROLLED, r"terror|террор"]),
         t("which of them were actually approved later?", [rf"{CONCEPT}|Concept|Концепц", r"2026|terror|террор"]),
         t("and the optional protocol — was it signed?", None, [STARTS_YES], dd=True,
           note="S1 does not mention the optional protocol; the sources do not say"),
         t("protocol to which convention?", [SENTENCED]))
    chat("ru", [S3], "Latin-typed: the intelligence heads' meeting counted, a state listed, one not listed, the source",
         t("skolko stran bylo na vstreche glav specsluzhb v Moskve?", [NUM[8]]),
         t("a Azerbajdzhan byl?", [YES], [STARTS_NO]),
         t("a Rossiya?", [no(RUS)], [STARTS_YES],
           note="the delegations listed do not include Russia (the meeting was in Moscow); not listed"),
         t("kto ob etom soobshchil?", [SVR]))
    chat("en", [S4], "a person claimed at the wrong meeting, then where he did speak, his post, what he noted",
         t("Did Rahmon attend the meeting in St Petersburg?", [no(rf"{RAHMON}|{SPB}")], [STARTS_YES],
           note="S2 does not name Rahmon; S4: he sent a congratulatory address to the XVIII meeting in Moscow"),
         t("where did he speak then?", [rf"XVIII|\b18|counter-?terror|антитеррор|{MOSCOW}"]),
         t("what is his post?", [r"President|Президент", TAJ]),
         t("what did he note?", [rf"\b2000\b|{ATC}"]))
    chat("ru", [S2], "the source itself: who, when, where it was published, what it says",
         t("Откуда информация о встрече МВД СНГ в Петербурге?", [PUBLISHER_S2]),
         t("а когда вышла эта новость?", [date(13, 8, 2025)]),
         t("а в каком городе её выпустили?", [r"Minsk|Минск"]),
         t("а что там про наркотики?", [DRUGS]))
    chat("en", [S1], "terse follow-ups on the 13th meeting",
         t("13th secsec meeting agenda?", [r"humanitarian|гуманитарн|educational|образоват"]),
         t("date?", [date(5, 11, 2025)]),
         t("venue?", [MOSCOW]),
         t("opened by?", [TREFILOV]))
    chat("ru", [S2, S4], "what was discussed where: a topic claimed of another meeting, then that meeting's own topics",
         t("Что обсуждали в Петербурге на совете МВД?", [rf"{MIGR}|дорожн|road|forensic|экспертн|crime\s+prevention|профилактик"]),
         t("а безопасность дорожного движения обсуждали на антитеррористическом совещании в июне?",
           [no(r"road|traffic|дорожн|June|июн|XVIII|антитеррор|counter")], [STARTS_YES]),
         t("а что там было про беспилотники?", [UAV]),
         t("и про интернет?", [r"Internet|интернет|content|контент"]))
    chat("en", [S4], "typos: the counter-terrorism heads' meeting, its states, one not listed",
         t("wen did the counter-terorism heads meet in moskow?", [date(10, 6, 2025)]),
         t("how many coutries?", [rf"{NUM[9]}|{NUM[8]}"], note="«9 CIS member-states» (eight are named)"),
         t("wich ones?", [AZE, UZB, KYR]),
         t("turkmenistan too?", [no(TKM)], [STARTS_YES]))
    chat("ru", [S3], "the intelligence heads' meeting: topics, a switch to English, a date the source does not give",
         t("О чём говорили главы спецслужб СНГ в Москве?",
           [r"terror|террор|cyber|кибер|border|границ|information|информац|results|итог|priorit|приоритет"]),
         t("what about cyber?", [r"cyber|кибер"]),
         t("а дата встречи известна?", None, [STARTS_YES], dd=True),
         t("а кто сообщил?", [SVR]))
    chat("en", [S0, S2], "the Executive Committee's department, its director, what he said, and where (switch to Russian)",
         t("Which department of the Executive Committee works with the security bodies?",
           [r"Department|департамент|отдел", r"Security|безопасност"]),
         t("who heads it?", [KLEMEZ], note="S2: «Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»"),
         t("what did he say about corruption?", [r"corrupt|коррупц"]),
         t("и где он это сказал?", [rf"{SPB}|{PUBLISHER_S2}|Minsk|Минск"]))
    chat("ru", [S0, S3], "the report's aims and count, then a brand-new question about another person",
         t("На что была направлена деятельность органов СНГ в сфере безопасности в 2025 году?",
           [r"stabil|стабильн|authority|авторитет|rule\s+of\s+law|правопоряд|challenges|вызов|угроз"]),
         t("а сколько заседаний они провели?", [NUM[20]]),
         t("Кто такой Дмитрий Песков?", [r"Press\s+Secretary|пресс-секретар"], note="brand-new question"),
         t("а что он сказал о СНГ?", [r"potential|потенциал"]))
    chat("en", [S1], "the Joint Statement: subject, who adopted it, where it goes, a 'yes' on its content",
         t("What was the joint statement adopted in Dushanbe about?", [r"Transnational|транснациональн"]),
         t("who adopted it?", [r"Heads?\s+of\s+States?|глав\w*\s+государств|Council\s+of\s+Heads|Совет\w*\s+глав"]),
         t("will it be sent anywhere?", [UN]),
         t("and does it mention terrorism?", [YES, r"terror|террор"], [STARTS_NO]))
    chat("ru", [S0, S2, S4], "the ATC: its kind, when set up, its meetings in 2025, its partner on money laundering",
         t("Антитеррористический центр СНГ — специализированный орган?", [YES], [STARTS_NO]),
         t("когда его создали?", [r"\b2000\b"]),
         t("а в каких встречах он участвовал в 2025?", [SPB, r"June|июн|XVIII|\b18|антитеррор|counter-?terror"]),
         t("с кем он совместно работает по отмыванию денег?", [EAG]))
    # Second batch (phase 3), as for the questions.
    chat("en", [S2], "[plan-governs-clause] a planned document asked as signed after the person's words (start code: «Yes»)",
         t("What did Klemez say?", [KLEMEZ]),
         t("was the optional protocol signed?", [r"plan|планир"], [STARTS_YES]))
    chat("ru", [S0], "[figure-switch] another figure counted after a figure (start code: «16»)",
         t("Сколько отраслевых органов в сфере безопасности?", [NUM[16]]),
         t("а сколько заседаний они провели?", [NUM[20]], [rf"^\W*{NUM[16]}"]))
    chat("en", [S0], "[figure-switch] (start code: «16»)",
         t("How many sectoral bodies are there in the CIS security sphere?", [NUM[16]]),
         t("and how many meetings did they hold?", [NUM[20]]))
    chat("ru", [S0], "[figure-switch] Latin-typed (start code: «16»)",
         t("skolko otraslevyh organov?", [NUM[16]]),
         t("a skolko zasedanij oni proveli?", [NUM[20]]))
    chat("en", [S0], "[figure-switch] after an enumerated statement (start code: «4», its items counted)",
         t("What were the CIS security bodies' activities aimed at in 2025?", [r"stabil|стабильн"]),
         t("how many meetings did they hold?", [NUM[20]]))
    chat("ru", [S2], "[source-city] Latin-typed: the city a source was put out in, after the source (start code: St Petersburg)",
         t("otkuda informaciya o zasedanii SMVD v Peterburge?", [PUBLISHER_S2]),
         t("a v kakom gorode ee vypustili?", [r"Minsk|Минск"]))
    chat("ru", [S4], "[planned-future] the future tense after a session on an exercise to come (start code: the meeting's date)",
         t("Что обсуждали на третьей сессии XVIII совещания?", [EXERCISE]),
         t("когда они пройдут?", [OCTOBER], [r"^\W*10\s"]))
    chat("ru", [S4], "[planned-future] Latin-typed (start code: Moscow)",
         t("tretya sessiya XVIII soveshchaniya - o chem?", [EXERCISE]),
         t("a gde ih provedut?", [TAJ]))
    chat("en", [S4], "[planned-future] (start code: 10 June 2025, Moscow)",
         t("What did the June counter-terrorism meeting discuss at its third session?", [EXERCISE]),
         t("when will it happen?", [OCTOBER]))
    chat("en", [S4], "[planned-future] after the agenda naming the exercise (start code: Moscow)",
         t("Which exercise was discussed at the XVIII meeting?", [EXERCISE]),
         t("where will it be held?", [TAJ]))
    chat("ru", [S2, S4], "[pair-days-each] days between them and the states at each, after which came first (start code: 13 bodies)",
         t("Что было раньше: XVIII совещание или заседание СМВД?", [r"XVIII|июн|June"]),
         t("сколько дней между ними?", [r"\b63\b"], note="10 June → 12 August 2025: 20 + 31 + 12 = 63 days"),
         t("какие государства были на каждом?", [AZE, TKM]))
    chat("en", [S1, S4], "[pair-days-each] who spoke at each (start code: Rahmon only)",
         t("Which was earlier, the XVIII meeting or the 13th security secretaries meeting?", [r"XVIII|June|июн"]),
         t("who spoke at each of them?", [RAHMON, TREFILOV]),
         t("where were both held?", [MOSCOW], [r"\b20\s+meetings"]))
    chat("ru", [S1, S4], "[pair-days-each] Latin-typed (start code: Rahmon only)",
         t("kakaya vstrecha byla ranshe - XVIII soveshchanie ili zasedanie sekretarey sovbezov?", [r"XVIII|июн|June"]),
         t("kto vystupal na kazhdoj?", [RAHMON, TREFILOV]))
    chat("ru", [S4], "[topic-there] a topic asked of the meeting after its agenda (start code: its participants)",
         t("Что обсуждали на антитеррористическом совещании в июне?", [r"терроризм|terror"]),
         t("а что там говорили про беспилотники?", [UAV]),
         t("и про интернет?", [r"Internet|интернет"]))
    chat("ru", [S2], "[topic-there] (start code: its participants)",
         t("Что обсуждали на заседании СМВД в Петербурге?", [MIGR]),
         t("а что там говорили про киберпреступность?", [r"cyber|кибер"]))
    chat("ru", [S4], "[topic-there] Latin-typed (start code: its participants)",
         t("chto obsuzhdali na XVIII soveshchanii?", [r"терроризм|terror"]),
         t("a chto tam bylo pro bespilotniki?", [UAV]))
    chat("ru", [S2], "[topic-there] after the place (start code: its participants)",
         t("Где прошло заседание СМВД?", [SPB]),
         t("а что там про наркотики?", [DRUGS]))
    chat("ru", [S4], "[record-behind] who reported it after a state asked at a meeting (start code: the meeting's card)",
         t("Участвовал ли Азербайджан в XVIII совещании?", [YES]),
         t("кто об этом сообщил?", [r"не\s+указан|not\s+named|издател|publisher"], [r"^\W*XVIII"]))
    chat("en", [S2], "[x-too] 'X too?' after a participation answer (start code: X's card)",
         t("Did Armenia attend the St Petersburg meeting?", [YES]),
         t("Azerbaijan too?", [no(AZE)], [STARTS_YES]))
    chat("en", [S4], "[x-too] (start code: the SCO's card)",
         t("Was the CSTO at the XVIII meeting?", [YES]),
         t("also the SCO?", [RATS], [STARTS_YES]))
    chat("en", [S1, S2], "[he-elsewhere] he asked at another meeting (start code: «Yes» with that meeting's card)",
         t("Who spoke at the 13th meeting?", [TREFILOV]),
         t("did he speak at the St Petersburg meeting?", None, [STARTS_YES], dd=True))
    chat("ru", [S1, S4], "[he-elsewhere] Latin-typed (start code: the meeting's speaker, no answer to the question)",
         t("kto vystupal na 13 zasedanii sekretarey sovbezov?", [TREFILOV]),
         t("a on vystupal na XVIII soveshchanii?", [RAHMON], [STARTS_YES]))
    chat("ru", [S1, S2], "[he-elsewhere] (start code: «did you mean»)",
         t("Who spoke at the 13th meeting?", [TREFILOV]),
         t("а в Петербурге он тоже выступал?", [r"^\W*(?:нет|no)\b|не\s+назыв|do\s+not\s+name|другого|someone\s+else"], [STARTS_YES]))
    chat("en", [S1], "[sent-anywhere] (start code: «Yes» with the statement's card)",
         t("Who adopted the joint statement on transnational crime?", [r"Heads?\s+of\s+State|глав\w*\s+государств"]),
         t("will it be sent anywhere?", [UN]))
    chat("en", [S2], "[done-by] a terse participle with 'by' (start code: the 2025 report's publisher)",
         t("the St Petersburg meeting - when?", [date(12, 8, 2025)]),
         t("reported by?", [PUBLISHER_S2]))
    chat("ru", [S0, S4], "[fact-subject] the body kept through a fact about it (start code: Rahmon as the ATC's head)",
         t("Что такое АТЦ СНГ?", [ATC]),
         t("когда его создали?", [r"\b2000\b"]),
         t("а кто его возглавляет?", None, [RAHMON], dd=True))
    return chats


def build() -> dict[str, Any]:
    return {"questions": questions(), "conversations": conversations()}


def main() -> None:
    out = Path(__file__).resolve().parent / "tuning23_docs.yaml"
    header = (
        "# Tuning set tuning23_docs: a tuning set written in session 23 by a fresh reader of the documents (helper\n"
        "# t23-docs), by hand from the five documents in knowledge/seeds/ only (`source` names them; `note` quotes the\n"
        "# supporting sentence), without reading the bot's code or the other sets' questions; \"today\" is 2026-11-30.\n"
        "# Same fields and judging rules as tuning.yaml (see README.md). Generated by build_tuning23_docs.py.\n"
    )
    data = build()
    out.write_text(header + dump_set(data), encoding="utf-8")
    turns = [turn for chat in data["conversations"] for turn in chat["turns"]]
    cyr = sum(1 for case in data["questions"] if any("а" <= ch.lower() <= "я" for ch in case["q"]))
    cyr_turns = sum(1 for turn in turns if any("а" <= ch.lower() <= "я" for ch in turn["q"]))
    print(f"{out.stem}: {len(data['questions'])} questions ({cyr} Cyrillic), {len(data['conversations'])} conversations,"
          f" {len(turns)} turns ({cyr_turns} Cyrillic)")


if __name__ == "__main__":
    main()
