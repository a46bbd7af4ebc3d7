"""Writes tuning25_conv.yaml: conversations written in session 25 (helper "t25-conv") by a fresh reader of the
five documents in knowledge/seeds/, without reading the engine or the other sets, the way a fresh tester writes
them: pronouns, ellipsis, "which of them" over a list just shown, "the other one", a yes/no whose honest answer is
no or not said, a switch of entity type or of language, a meeting named by description, a brand-new full question
mid-chat, typos, Latin-typed Russian and the wrong keyboard layout; weighted towards what the documents report as
planned, decided or reported. Each conversation's note names what it follows; each turn's note quotes the sentence
behind it.

    PYTHONPATH=. python tests/question_bank/build_tuning25_conv.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.question_bank.patterns import (
    AZE,
    CSTO,
    CT_PERIOD,
    DUSHANBE,
    EAG,
    EXEC,
    HYDRO,
    KLEMEZ,
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
    SCO,
    SPB,
    STARTS_NO,
    STARTS_YES,
    TAJ,
    TKM,
    TREFILOV,
    UN,
    UZB,
    YES,
    _has_cyrillic,
    date,
    dump_set,
    no,
    wrong_layout,
)
from tests.question_bank.patterns import turn_entry as t

ATC_ = r"Anti-?\s?Terror\w*\s+Cent|\bATC\b|\bАТЦ\b|Антитеррористическ\w+\s+центр"
CIS_PLUS_ = r"CIS\s*(?:Plus|\+)|СНГ\s*(?:плюс|\+)|Independent\s+States\s+Plus|Независимых\s+Государств\s+плюс|\bPlus\b|\bплюс\b"
EXERCISE_NAME = r"Commonwealth[\s-]*Anti-?\s?terror|Содружество[\s-]*Антитеррор"
# a precise day, month and year: the undated article gives none for its meeting
DAY_MONTH_YEAR = (
    r"\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+20\d\d"
)


def conv(number: int, lang: str, note: str, sources: list[str], turns: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": f"t25conv-c{number}", "lang": lang, "turns": turns, "source": sources, "note": note}


CONVERSATIONS: list[dict[str, Any]] = [
    conv(1, "ru", "the summer interior ministers' meeting: place, day, chair not said, who spoke, a state not listed, count", [S2], [
        t("Где собирался совет министров внутренних дел СНГ в августе?", [SPB],
          note="«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»"),
        t("а какого числа?", [r"\b12\b", r"Aug|август|\.08\.|-08-"], note="«on 12 August»"),
        t("кто председательствовал?", None, [r"^\W*(?:Yevgeny\s+|Евгений\s+)?(?:Klemez|Клемез)", STARTS_YES], dd=True,
          note="no chair is named; Klemez told the media"),
        t("кто там выступал перед прессой?", [KLEMEZ], note="«Yevgeny Klemez … told the media»"),
        t("а Азербайджан там был?", [no(AZE)], [STARTS_YES],
          note="«representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»"),
        t("сколько всего стран было?", [NUM[8]], note="eight states listed"),
    ]),
    conv(2, "en", "a planned exercise: which, where, when, did it take place (not said), which session", [S4], [
        t("What exercise did the counter-terrorism chiefs plan at their June meeting?", [EXERCISE_NAME],
          note="«a joint anti-terrorist exercise … \"Commonwealth-Antiterror - 2025\"»"),
        t("where was it to be held?", [TAJ], note="«on the territory of the Republic of Tajikistan»"),
        t("and when?", [r"October|октябр"], note="«in October 2025»"),
        t("did it actually take place?", None, [STARTS_YES], dd=True, note="no source reports the exercise as held"),
        t("which session discussed it?", [r"\bthird\b|\b3rd\b|трет|\b3\b"], note="«The third session discussed the organization of …»"),
    ]),
    conv(3, "ru", "Latin-typed Russian: the 13th Security Secretaries meeting, where, who greeted, his post, agenda", [S1], [
        t("kogda bylo 13e zasedanie soveta sekretarei sovbezov?", [date(5, 11, 2025)],
          note="«took place in Moscow on November 5, 2025»"),
        t("a gde?", [MOSCOW], note="«took place in Moscow»"),
        t("kto privetstvoval uchastnikov?", [TREFILOV], note="«Denis Trefilov addressed the participants with a welcoming speech»"),
        t("kakaya u nego dolzhnost?", [r"Deputy\s+Secretary|заместител\w*\s+Генеральн|замгенсек|зам\.?\s*генсек"],
          note="«CIS Deputy Secretary-General Denis Trefilov»"),
        t("chto bylo v povestke?", [r"humanitarian|гуманитарн"],
          note="«The agenda of today's meeting includes consideration of the development of humanitarian and educational cooperation»"),
    ]),
    conv(4, "en", "the Dushanbe decisions: SCO, CIS Plus, who set it up, a place claimed for the statement, where it goes, was it sent", [S1], [
        t("What did the Dushanbe summit decide about the SCO?", [r"observer|наблюдател"],
          note="«the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»"),
        t("and what's this CIS Plus thing?", [r"platform|площадк", r"organi[sz]ations?|организац|states|государств"],
          note="«a platform for cooperation between CIS Member States and other states, their associations, and international organizations»"),
        t("who established it?", [r"leaders|heads\s+of\s+state|лидер|глав\w*\s+государств|руководител|Council\s+of\s+Heads"],
          note="«our countries' leaders established the \"Commonwealth of Independent States Plus\" format»"),
        t("Was the Joint Statement on transnational crime signed in Moscow?", [no(MOSCOW + r"|sign\w*|подпис\w*"), DUSHANBE],
          [STARTS_YES], note="«The Heads of State also adopted a Joint Statement …» at the October meetings in Dushanbe"),
        t("where is its text supposed to go?", [UN],
          note="«The text of the statement is planned to be distributed at the United Nations and other international organizations»"),
        t("has it been distributed there yet?", None, [STARTS_YES], dd=True, note="only planned; no source reports it done"),
    ]),
    conv(5, "ru", "the annual report: counts, the specialised bodies, which of them for migration, publisher, date", [S0], [
        t("Сколько отраслевых органов сотрудничества СНГ работает в сфере безопасности?", [NUM[16]],
          note="«16 sectoral cooperation bodies operate in the security sphere»"),
        t("а специализированных?", [NUM[3]], note="«and 3 specialized bodies»"),
        t("какие?", [ATC_, r"Organi[sz]ed\s+Crime|организованн\w+\s+преступн|\bBCOC\b|БКБОП|Бюро", r"Joint\s+Commission|Совместн\w+\s+комисси|комисси"],
          note="«CIS Anti-Terrorism Center; Bureau for Coordination of Combating Organized Crime …; Joint Commission …»"),
        t("какой из них занимается незаконной миграцией?", [r"Joint\s+Commission|Совместн\w+\s+комисси|комисси"],
          [r"^\W*(?:the\s+)?(?:CIS\s+)?(?:Anti-?\s?Terror|Антитеррор|АТЦ|ATC)"],
          note="«Joint Commission of the Agreement on Cooperation of the CIS Member States in Combating Illegal Migration»"),
        t("кто выпустил этот отчёт?", [EXEC], note="«The Executive Committee of the Commonwealth of Independent States»"),
        t("а когда он опубликован?", [r"\b0?2\s+(?:March|марта)|March\s+0?2\b|\b0?2\.03\b|-03-02\b"], note="dated «2 March», no year"),
    ]),
    conv(6, "en", "the Moscow meeting of intelligence chiefs: who came, how many, Russia not listed, who reported, when (not said)", [S3], [
        t("Who attended the Moscow meeting of the heads of intelligence services?", [AZE, TKM, UZB],
          note="«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended»"),
        t("how many delegations is that?", [NUM[8]], note="«The presence of these eight states»"),
        t("а Россия в этом списке есть?", [no(RUS)], [STARTS_YES], note="Russia is not among the delegations listed"),
        t("кто об этом сообщил?", [r"TASS|ТАСС|Foreign\s+Intelligence|внешней\s+разведки|\bСВР\b|\bSVR\b"],
          note="«as reported by TASS»; «The press office of the Foreign Intelligence Service of the Russian Federation detailed …»"),
        t("а когда эта встреча была?", None, [DAY_MONTH_YEAR], dd=True, note="the article gives no date for the meeting"),
    ]),
    conv(7, "ru", "the XVIII counter-terrorism meeting: date, place, international organisations, which of them reported, standards", [S4], [
        t("Когда прошло XVIII совещание руководителей антитеррористических подразделений?", [date(10, 6, 2025)],
          note="«was held in Moscow on June 10, 2025»"),
        t("где?", [MOSCOW], note="«was held in Moscow»"),
        t("сколько там было международных организаций?", [NUM[3]], note="«3 international organizations»"),
        t("какие?", [CSTO, RATS, EAG],
          note="«Collective Security Treaty Organization, Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization, Eurasian Group …»"),
        t("какая из них отчиталась о совместной работе с АТЦ?", [EAG], [r"^\W*(?:ОДКБ|CSTO|РАТС|RATS|Collective|Regional)"],
          note="«The EAG Secretariat reported on its joint work with the CIS ATC»"),
        t("по каким стандартам?", [r"FATF|ФАТФ"], note="«assessment mechanisms based on international FATF standards»"),
    ]),
    conv(8, "en", "chatty: Klemez, his post, what he said on two topics, a topic he did not mention", [S2], [
        t("hey, who is Yevgeny Klemez?", [r"Director|директор", r"Security\s+Cooperation|Department|департамент|сотрудничеств\w*\s+в\s+сфере\s+безопасности"],
          note="«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»"),
        t("what did he say about migration?", [r"threat|угроз"], note="«Illegal migration flows pose a direct threat to national security»"),
        t("and about drugs?", [r"narcotic|drug|наркот"],
          note="«A persistent trend of growing narcotics production and expanding drug trafficking routes remains evident»"),
        t("did he mention the SCO at all?", None, [STARTS_YES], dd=True, note="the SCO is not in the BelTA article"),
    ]),
    conv(9, "ru", "programmes: periods, who approved and when, a treaty only planned to be signed", [S1, S2], [
        t("на какой срок утвердили програму по борьбе с терроризмом и экстремизмом?", [CT_PERIOD],
          note="«Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028»"),
        t("а по укреплению границ?", [r"2030"], note="«in Strengthening Border Security on the External Borders until 2030»"),
        t("кто их утвердил?", [r"Dushanbe|Душанбе|Heads\s+of\s+State|глав\w*\s+государств|высш\w+\s+орган|supreme\s+bodies|Council\s+of\s+Heads|Совет\w*\s+глав"],
          note="approved at «the October meetings of the Commonwealth's supreme bodies in Dushanbe»"),
        t("а когда?", [r"October|октябр"], note="«the October meetings»"),
        t("и договор о контролируемых поставках тоже подписали?", None, [STARTS_YES], dd=True,
          note="BelTA: «Plans are in place … to sign the treaty on international controlled delivery operations»; no source reports it signed"),
    ]),
    conv(10, "en", "terse: Rahmon at the June meeting, his post, the 2000 decision, a meeting he is not recorded at", [S4, S2], [
        t("rahmon - what did he do at the june meeting", [r"congratulat|address|поздрав|обращени"],
          note="«The plenary session heard a congratulatory address from … Emomali Rahmon»"),
        t("his post?", [r"President|Президент", TAJ],
          note="«the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan»"),
        t("what decision from 2000 did he mention?", [ATC_], note="«the decision taken in 2000 … to establish the CIS ATC»"),
        t("was he at the St Petersburg meeting too?", None, [STARTS_YES], dd=True, note="the BelTA article does not name him"),
    ]),
    conv(11, "ru", "Peskov and Putin in the intelligence-chiefs article: what said, when, who is he", [S3], [
        t("Что сказал Песков про СНГ?", [r"potential|потенциал"],
          note="«cooperation within the CIS holds deep potential and enables its partners to move through turbulent times»"),
        t("а когда он это заявил?", [r"October|октябр"], note="«in an October statement»"),
        t("а Путин?", [r"\b80|восьмидесят", r"Victory|Побед|anniversary|годовщин|лети"],
          note="«next year the CIS countries will jointly celebrate the 80th anniversary of the victory in the Great Patriotic War»"),
        t("кто такой Песков?", [r"Press\s+Secretary|пресс-секретар"], note="«Russian Presidential Press Secretary Dmitry Peskov»"),
    ]),
    conv(12, "en", "the prosecutors: who proposed reforms, is the council a sectoral body, his name (not given), at the June meeting", [S3, S0, S4], [
        t("Who recommended reforming the CIS Council of Prosecutors?", [r"Prosecutor\s+General|Генеральн\w*\s+прокурор|генпрокурор", RUS],
          note="«the Prosecutor General of the Russian Federation recommended reforms to the CIS Council of Prosecutors»"),
        t("is that council one of the 16 sectoral bodies?", [YES], [STARTS_NO],
          note="«CIS Coordination Council of Prosecutors General» is the first of the 16"),
        t("а как зовут этого генпрокурора?", None, [r"Krasnov|Краснов"], dd=True, note="the article does not name him"),
        t("а совет генпрокуроров был на июньском совещании в Москве?", [YES], [STARTS_NO],
          note="«Coordinating Council of Prosecutors General» among the 13 CIS bodies at the XVIII meeting"),
    ]),
    conv(13, "ru", "two meetings compared: which first, days between, a state at both (no), another state at both (no)", [S2, S4], [
        t("какое совещание было раньше — антитеррористическое в Москве или МВДшное в Питере?", [r"June|июн|XVIII|антитеррор|counter-?terror"],
          [r"^\W*(?:the\s+)?(?:St\.?\s*Petersburg|Петербург|Питер|Interior|МВД|Совет\w*\s+министров\s+внутренних)"],
          note="XVIII meeting 10 June 2025; Interior Ministers Council 12 August 2025"),
        t("сколько дней между ними?", [r"\b63\b|шестьдесят\s+тр|sixty-three"], note="10 June to 12 August 2025 is 63 days"),
        t("а Туркменистан был на обоих?", [f"{no(TKM)}|не сообщают|не указ|do not say|not said"], [STARTS_YES],
          note="Turkmenistan is listed at St Petersburg, not among the XVIII meeting's named states (9 said, 8 named): no, or not said"),
        t("а Азербайджан?", [no(AZE)], [STARTS_YES], note="Azerbaijan is listed at the XVIII meeting, not at St Petersburg"),
    ]),
    conv(14, "en", "the CIS bodies at the XVIII meeting: count, one yes, one no, basic organisations on the wrong layout, what for", [S4], [
        t("How many CIS bodies sent working structures to the XVIII counter-terrorism meeting?", [NUM[13]],
          note="«working structures of 13 CIS bodies»"),
        t("was the Interstate Aviation Committee among them?", [YES], [STARTS_NO], note="«… Coordinating Transport Conference, Interstate Aviation Committee …»"),
        t("and the hydromet council?", [no(HYDRO)], [STARTS_YES], note="the Hydrometeorology Council is not among the 13"),
        t(wrong_layout("а сколько базовых организаций?"), [NUM[4]], note="«4 basic organizations of the CIS member states»"),
        t("what are they for?", [r"language|язык", r"train|подготов|border|погранич"],
          note="«for studying the problems of countering terrorism …, for training personnel …, … in the border sphere, and on languages and culture»"),
    ]),
    conv(15, "ru", "what Klemez said the supreme bodies were to adopt, where they met, was it adopted, a protocol not reported", [S2, S1], [
        t("Что планировали принять на заседаниях высших органов СНГ по словам Клемеза?", [r"terror|террор", r"2030|concept|концепц|controlled|контролируем|sentenced|осужд"],
          note="«Plans are in place to adopt new cooperation programs to counter terrorism and extremism and the concept of military cooperation until 2030 …»"),
        t("и где в итоге прошли эти заседания?", [DUSHANBE], note="«the October meetings of the Commonwealth's supreme bodies in Dushanbe»"),
        t("концепцию в итоге утвердили?", [YES], [STARTS_NO], note="«the Military Cooperation Concept of the CIS Member States until 2030 was approved»"),
        t("а протокол о передаче осуждённых?", None, [STARTS_YES], dd=True,
          note="only planned in BelTA («to sign … the optional protocol to the convention on the transfer of sentenced persons»); not reported signed"),
    ]),
    conv(16, "ru", "Latin-typed: topics of the St Petersburg meeting, one yes, one asked of the wrong meeting, where it was discussed", [S2, S4], [
        t("chto obsuzhdali na sovete MVD v Pitere?", [r"migra|миграц", r"road|дорожн|forensic|эксперт|information|информацион|prevention|профилакт"],
          note="«The Council discussed topical problems in the fight against illegal migration, cooperation in the field of road safety, …»"),
        t("a pro bezopasnost dorozhnogo dvizheniya bylo?", [YES], [STARTS_NO], note="«cooperation in the field of road safety»"),
        t("a pro bespilotniki?", [no(r"UAV|unmanned|drones?|беспилот\w*|Petersburg|Петербург\w*|Питер\w*")], [STARTS_YES],
          note="unmanned aerial vehicles come up at the XVIII meeting, not in the St Petersburg article"),
        t("a gde ikh obsuzhdali togda?", [r"June|июн|XVIII|Moscow|Москв"],
          note="XVIII meeting: «the increase in the number of terrorist acts with use of unmanned aerial vehicles»"),
    ]),
    conv(17, "en", "tl;dr of the annual report, its aims, the department, the language of the full report, a body in its list", [S0], [
        t("tl;dr of the Executive Committee report on the security bodies' results for 2025?", [NUM[16], NUM[20]],
          note="«16 sectoral cooperation bodies … and 3 specialized bodies»; «In 2025, 20 meetings were held»"),
        t("what were the activities aimed at?", [r"stabil|стабильн", r"authority|авторитет|international\s+arena|международной\s+арене|threats?|угроз"],
          note="«ensuring stability in the Commonwealth; countering common challenges and threats; … enhancing the authority of the CIS in the international arena»"),
        t("which department did they work with?", [r"Department|Департамент", r"Security\s+Sphere|сфере\s+безопасности|Security"],
          note="«the CIS Executive Committee (Department for Cooperation in the Security Sphere)»"),
        t("in what language is the full report?", [r"Russian|русск"], note="«read the full report via the link (in Russian)»"),
        t("Is the Border Troops Commanders Council in that list?", [YES], [STARTS_NO], note="«CIS Border Troops Commanders Council»"),
    ]),
    conv(18, "ru", "wrong layout first: Trefilov on youth, at which meeting, did he chair (not said), the agenda in English", [S1], [
        t(wrong_layout("что сказал трефилов про молодежь?"), [r"destructive|деструктив|ideolog|идеолог"],
          note="«reducing the involvement of our countries' populations, especially youth, in destructive ideological movements»"),
        t("а на каком заседании?", [r"\b13|Security\s+Secretaries|секретар"], note="«13th Meeting of CIS Security Secretaries Council»"),
        t("он там председательствовал?", [no(r"chair\w*|presid\w*|председат\w*|Trefilov|Трефилов")], [STARTS_YES],
          note="he «addressed the participants with a welcoming speech»; no chair is named"),
        t("what else was on the agenda?", [r"humanitarian|гуманитарн"],
          note="«The agenda of today's meeting includes consideration of the development of humanitarian and educational cooperation»"),
    ]),
    conv(19, "ru", "St Petersburg participants, then a brand-new question about the SCO, then other observers (not said)", [S2, S1], [
        t("сколько государств было на совещании МВД в Петербурге?", [NUM[8]], note="eight states listed"),
        t("а кто из органов СНГ там был?", [ATC_, r"Organi[sz]ed\s+Crime|организованн\w+\s+преступн|\bBCOC\b|БКБОП|Бюро"],
          note="«the CIS Anti-Terrorism Center and the Bureau for Coordinating the Fight Against Organized Crime …»"),
        t("Когда ШОС получила статус наблюдателя при СНГ?", [r"October|октябр|Dushanbe|Душанбе"], [r"Petersburg|Петербург|August|август"],
          note="the Summit at the October meetings in Dushanbe granted the SCO observer status"),
        t("а кто ещё наблюдатель?", None, [STARTS_YES], dd=True, note="no other observer is named"),
    ]),
    conv(20, "en", "typos: the St Petersburg meeting's date, who reported it and from where, the anniversary and the year's name", [S2], [
        t("wen did the interior ministers meet in st petersburg?", [r"\b12\b", r"Aug|август"], note="«in St. Petersburg on 12 August»"),
        t("who reported it?", [r"BelTA|БелТА|press\s+service|пресс-служб|Executive\s+Committee|Исполком|Klemez|Клемез"],
          note="«MINSK, 13 August (BelTA) … BelTA learned from the press service of the CIS Executive Committee»"),
        t("and from which city?", [r"Minsk|Минск"], note="«MINSK, 13 August (BelTA)»"),
        t("what anniversary did they mention?", [r"\b80|eightieth|восьмидесят", r"Victory|Побед"],
          note="«in the year of the 80th anniversary of Victory in the Great Patriotic War»"),
        t("and how was that year declared?", [r"Peace\s+and\s+Unity|мира\s+и\s+единства"],
          note="«declared the Year of Peace and Unity in the Fight Against Nazism in the CIS»"),
    ]),
    conv(21, "ru", "body -> founding decision -> who recalled it -> a new question about the exercise's year", [S0, S4], [
        t("какой орган СНГ занимается борьбой с терроризмом?", [ATC_], note="«CIS Anti-Terrorism Center» among the specialised bodies"),
        t("когда его создали?", [r"\b2000\b"], note="«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»"),
        t("кто об этом напомнил?", [RAHMON], note="Rahmon «noted the validity of the decision taken in 2000»"),
        t("а в каком году должны были пройти учения Содружество-Антитеррор?", [r"\b2025\b"], note="«\"Commonwealth-Antiterror - 2025\" in October 2025»"),
    ]),
    conv(22, "en", "CIS Plus: what, who told the secretaries, where set up, a state claimed to join (not said)", [S1], [
        t("what is the CIS Plus format?", [r"platform|площадк", r"organi[sz]ations?|организац|states|государств"],
          note="«a platform for cooperation between CIS Member States and other states, their associations, and international organizations»"),
        t("who told the security secretaries about it?", [TREFILOV], note="Trefilov's address to the 13th meeting"),
        t("а где его учредили?", [DUSHANBE], note="«the October meetings of the Commonwealth's supreme bodies in Dushanbe»"),
        t("Азербайджан вошёл в этот формат?", None, [STARTS_YES], dd=True, note="no state is named as joining the format"),
    ]),
    conv(23, "ru", "Latin-typed: states at the XVIII meeting, Turkmenistan there (no) and at the intelligence chiefs' meeting (yes), count", [S4, S3], [
        t("skolko gosudarstv bylo na XVIII soveshchanii?", [f"(?:{NUM[9]})|(?:{NUM[8]})"],
          note="«competent authorities of 9 CIS member-states» (eight named)"),
        t("a Turkmenistan byl?", [no(TKM)], [STARTS_YES], note="Turkmenistan is not among the states named"),
        t("a na vstreche glav specsluzhb v Moskve?", [YES], [STARTS_NO],
          note="«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended»"),
        t("skolko delegatsiy tam bylo?", [NUM[8]], note="«these eight states»"),
    ]),
    conv(24, "en", "the police chiefs' summer meeting by description: where and when, cybercrime (yes), bodies, CSTO (no)", [S2], [
        t("Where and when did the CIS police chiefs hold their summer meeting?", [SPB, r"\b12\b|August|август"],
          note="«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»"),
        t("did they talk about cybercrime there?", [YES], [STARTS_NO],
          note="«enhancing informational cooperation in combating crimes committed using information and communication technologies»"),
        t("who else apart from the states attended?", [ATC_, r"Organi[sz]ed\s+Crime|организованн\w+\s+преступн|\bBCOC\b|БКБОП|Bureau|Бюро"],
          note="«the CIS Anti-Terrorism Center and the Bureau for Coordinating the Fight Against Organized Crime …»"),
        t("Was the CSTO there?", [no(CSTO)], [STARTS_YES], note="the CSTO is not named in the BelTA article"),
    ]),
    conv(25, "ru", "the Dushanbe thing: decisions, the statement, where its text goes, programmes, which ends first, the other one", [S1], [
        t("что решили в Душанбе в октябре?", [CIS_PLUS_, SCO],
          note="CIS Plus format, SCO observer status, Joint Statement, Concept, Programmes"),
        t("а что там приняли по транснациональной преступности?", [r"Joint\s+Statement|Совместн\w+\s+заявлени|заявлени"],
          note="«adopted a Joint Statement on Cooperation in Combating Transnational Crime»"),
        t("его разошлют куда-нибудь?", [UN], note="«planned to be distributed at the United Nations and other international organizations»"),
        t("kakie programmy tam utverdili?", [CT_PERIOD, r"border|границ|погранич"],
          note="«Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border Security on the External Borders until 2030»"),
        t("которая из них закончится раньше?", [r"2028", r"terror|террор"], note="2028 before 2030"),
        t("а другая до какого года?", [r"2030"], [r"^\W*(?:до\s+|until\s+)?2028"], note="border security programme «until 2030»"),
    ]),
    # --- second batch: variants of the first batch's failures over other entries (the family in brackets) ---
    conv(26, "ru", "[pair-noun] two meetings compared, the sides naming only their kind after the opening's noun", [S2, S4], [
        t("какая встреча была раньше — питерская МВДшная или антитеррористическая в Москве?", [r"June|июн|XVIII|антитеррор|counter-?terror"],
          [r"^\W*(?:the\s+)?(?:St\.?\s*Petersburg|Петербург|Питер|Interior|МВД|Совет\w*\s+министров\s+внутренних)"],
          note="XVIII meeting 10 June 2025; Interior Ministers Council 12 August 2025"),
        t("сколько дней прошло между ними?", [r"\b63\b|шестьдесят\s+тр|sixty-three"], note="10 June to 12 August 2025"),
    ]),
    conv(27, "en", "[pair-noun] 'the X one or the Y one' after 'which meeting came first'", [S1, S4], [
        t("which meeting came first - the security secretaries' one or the counter-terrorism one in Moscow?",
          [r"June|июн|XVIII|counter-?terror|антитеррор"], [r"^\W*(?:the\s+)?(?:13th|Security\s+Secretaries)"],
          note="XVIII meeting 10 June 2025; 13th Security Secretaries meeting 5 November 2025"),
        t("how many days apart?", [r"\b148\b"], note="10 June to 5 November 2025 is 148 days"),
    ]),
    conv(28, "ru", "[both-member] a state asked 'at both' of two meetings compared, then others by ellipsis", [S2, S4], [
        t("что было раньше: XVIII совещание или заседание МВД в Петербурге?", [r"June|июн|XVIII"], note="10 June before 12 August"),
        t("а Армения была на обоих?", [YES], [STARTS_NO], note="Armenia is listed at both meetings"),
        t("а Азербайджан?", [no(AZE)], [STARTS_YES], note="Azerbaijan is listed at the XVIII meeting only"),
        t("а Узбекистан?", [YES], [STARTS_NO], note="Uzbekistan is listed at both meetings"),
    ]),
    conv(29, "en", "[both-member] 'was X at both?' in English, then 'and Y?'", [S2, S4], [
        t("which came first, the June counter-terrorism meeting or the St Petersburg council?", [r"June|XVIII"], note="10 June before 12 August"),
        t("was Belarus at both?", [YES], [STARTS_NO], note="Belarus is listed at both meetings"),
        t("and Azerbaijan?", [no(AZE)], [STARTS_YES], note="Azerbaijan is not listed at St Petersburg"),
    ]),
    conv(30, "ru", "[in-the-end] 'в итоге' in a yes/no about what was planned", [S2, S1], [
        t("что Клемез говорил о планах на заседания высших органов СНГ?", [r"terror|террор"],
          note="«Plans are in place to adopt new cooperation programs to counter terrorism and extremism …»"),
        t("программы в итоге утвердили?", [YES], [STARTS_NO], note="«the Programmes for Cooperation … were approved»"),
        t("а договор о контролируемых поставках в итоге подписали?", None, [STARTS_YES], dd=True, note="only planned; not reported signed"),
    ]),
    conv(31, "en", "[these-meetings] 'those meetings' named in passing by the previous question", [S2, S1], [
        t("What did Klemez say the heads of state were to consider at the meetings of the supreme bodies?", [r"security|безопасност"],
          note="«It is planned that the heads of state will consider a number of matters in the field of security»"),
        t("when were those meetings held in the end?", [r"October|октябр"], note="«the October meetings of the Commonwealth's supreme bodies in Dushanbe»"),
        t("and where?", [DUSHANBE], note="«in Dushanbe»"),
    ]),
    conv(32, "ru", "[established-where] where the format was set up, after who told of it", [S1], [
        t("что такое формат СНГ плюс?", [r"platform|площадк"], note="«as a platform for cooperation …»"),
        t("кто рассказал о нём секретарям совбезов?", [TREFILOV], note="Trefilov's address to the 13th meeting"),
        t("а где его учредили?", [DUSHANBE], [r"^\W*(?:Moscow|Москва)"], note="«the October meetings … in Dushanbe»"),
    ]),
    conv(33, "ru", "[from-city] 'а откуда?' right after the publisher", [S2], [
        t("кто опубликовал новость о заседании МВД в Петербурге?", [r"BelTA|БелТА"], note="«MINSK, 13 August (BelTA)»"),
        t("а откуда?", [r"Minsk|Минск"], [r"^\W*(?:St\.?\s*Petersburg|Санкт-Петербург)"], note="«MINSK, 13 August (BelTA)»"),
    ]),
    conv(34, "en", "[from-city] 'from which city?' right after who reported", [S2], [
        t("who reported the St Petersburg meeting?", [r"BelTA|БелТА"], note="«MINSK, 13 August (BelTA)»"),
        t("from which city?", [r"Minsk|Минск"], [r"^\W*(?:St\.?\s*Petersburg|Санкт-Петербург)"], note="«MINSK, 13 August (BelTA)»"),
    ]),
    conv(35, "ru", "[other-of-two] the other of two programmes after 'which of them' picked one", [S1], [
        t("какие программы утвердили в Душанбе?", [CT_PERIOD, r"2030"], note="two programmes"),
        t("какая из них дольше действует?", [r"2030", r"border|границ|погранич"], note="until 2030"),
        t("а другая на какие годы?", [CT_PERIOD], [r"^\W*(?:до\s+|until\s+)?2030"], note="2026–2028"),
    ]),
    conv(36, "en", "[other-of-two] 'and the other one, until when?' in English", [S1], [
        t("which programmes were approved in Dushanbe?", [CT_PERIOD, r"2030"], note="two programmes"),
        t("which of them ends first?", [r"2028", r"terror|террор"], note="2026–2028"),
        t("and the other one - until when?", [r"2030"], [r"^\W*(?:до\s+|until\s+)?2026|^\W*2028"], note="until 2030"),
    ]),
    conv(37, "ru", "[which-exercise] the exercise a meeting planned, asked by 'какие учения'", [S4], [
        t("какие учения обсуждали на XVIII совещании?", [EXERCISE_NAME], note="«Commonwealth-Antiterror - 2025»"),
        t("а где их собирались проводить?", [TAJ], note="«on the territory of the Republic of Tajikistan»"),
    ]),
    conv(38, "en", "[which-exercise] 'which drills were planned at the June meeting in Moscow?'", [S4], [
        t("which drills were planned at the June meeting in Moscow?", [EXERCISE_NAME], note="«Commonwealth-Antiterror - 2025»"),
        t("when?", [r"October|октябр"], note="«in October 2025»"),
    ]),
    conv(39, "en", "[plan-done] a document of the plan in context asked adopted, in English", [S2, S1], [
        t("What did Klemez say about the plans for the supreme bodies' meetings?", [r"terror|террор"],
          note="«Plans are in place to adopt new cooperation programs …»"),
        t("was the concept approved in the end?", [YES], [STARTS_NO], note="«the Military Cooperation Concept … until 2030 was approved»"),
    ]),
    conv(40, "ru", "[plan-done] the concept yes, the protocol only planned", [S2, S1], [
        t("о чём Клемез рассказал насчёт подготовки к заседаниям высших органов СНГ?", [r"terror|террор"],
          note="«Plans are in place to adopt new cooperation programs …»"),
        t("а концепцию приняли?", [YES], [STARTS_NO], note="«the Military Cooperation Concept … until 2030 was approved»"),
        t("а протокол о передаче осуждённых подписали?", None, [STARTS_YES], dd=True, note="only planned; not reported signed"),
    ]),
    # --- third batch (helper r25-a): variants of the turns the second round left failing (the family in brackets) ---
    conv(41, "en", "[vague-entry] 'what's that <organisation> thing?' after it was named", [S4], [
        t("Who reported on joint work with the CIS ATC at the XVIII meeting?", [EAG], note="«The EAG Secretariat reported on its joint work with the CIS ATC»"),
        t("and what's that EAG thing?", [r"Eurasian|Евразийск", r"international\s+organi[sz]ation|международн"],
          [r"no\s+meetings\s+or\s+decisions"], note="the EAG is an international organisation that attended the XVIII meeting"),
    ]),
    conv(42, "en", "[vague-entry] 'what's this <body> thing?' asked alone", [S0], [
        t("what's this Anti-Terrorism Center thing?", [r"^\W*(?:<b>)?CIS\s+Anti-?Terror", r"specialis|specializ|специализ"],
          note="«CIS Anti-Terrorism Center» among the 3 specialised bodies"),
    ]),
    conv(43, "en", "[vague-entry] 'that Joint Commission thing on migration'", [S0], [
        t("what is that Joint Commission thing on migration?", [r"^\W*(?:<b>)?Joint\s+Commission", r"migrat|миграц"],
          note="«Joint Commission of the Agreement on Cooperation of the CIS Member States in Combating Illegal Migration»"),
    ]),
    conv(44, "ru", "[unnamed-post] the Prosecutor General's name asked alone", [S3], [
        t("как зовут генпрокурора?", None, [r"Krasnov|Краснов"], dd=True, note="the article does not name him"),
    ]),
    conv(45, "ru", "[unnamed-post] Latin-typed, with the state", [S3], [
        t("kak zovut genprokurora Rossii?", None, [r"Krasnov|Краснов"], dd=True, note="the article does not name him"),
    ]),
    conv(46, "en", "[unnamed-post] 'what's the prosecutor general's name?'", [S3], [
        t("what's the prosecutor general's name?", None, [r"Krasnov|Краснов"], dd=True, note="the article does not name him"),
    ]),
    conv(47, "en", "[no-other] 'any other observers?' after the SCO", [S1], [
        t("which organisation got observer status at the CIS?", [SCO], note="«the status of an Observer at the Commonwealth of Independent States»"),
        t("any other observers?", None, [STARTS_YES], dd=True, note="no other observer is named"),
    ]),
    conv(48, "ru", "[no-other] Latin-typed 'a kto eshche nablyudatel?'", [S1], [
        t("kakoy status poluchila SHOS pri SNG?", [r"observer|наблюдател"], note="«the status of an Observer»"),
        t("a kto eshche nablyudatel?", None, [STARTS_YES], dd=True, note="no other observer is named"),
    ]),
    conv(49, "ru", "[no-other] another exercise after the one planned", [S4], [
        t("Какое учение планировали на XVIII совещании?", [EXERCISE_NAME], note="«Commonwealth-Antiterror - 2025»"),
        t("а другие учения?", None, [STARTS_YES], dd=True, note="no other exercise is named"),
    ]),
    conv(50, "en", "[no-other] 'any other exercises?' in English", [S4], [
        t("What exercise did the June counter-terrorism meeting plan?", [EXERCISE_NAME], note="«Commonwealth-Antiterror - 2025»"),
        t("any other exercises?", None, [STARTS_YES], dd=True, note="no other exercise is named"),
    ]),
    conv(51, "ru", "[purpose-listed] 'для чего они?' after the count of basic organisations", [S4], [
        t("сколько базовых организаций было на XVIII совещании?", [NUM[4]], note="«4 basic organizations of the CIS member states»"),
        t("а для чего они?", [r"язык|language", r"подготов|train"],
          note="«for studying the problems of countering terrorism …, for training personnel …, on languages and culture»"),
    ]),
    conv(52, "ru", "[purpose-listed] Latin-typed 'zachem oni nuzhny?'", [S4], [
        t("skolko bazovykh organizatsiy bylo na XVIII soveshchanii?", [NUM[4]], note="«4 basic organizations»"),
        t("zachem oni nuzhny?", [r"язык|language", r"подготов|train"], note="the four basic organisations' names"),
    ]),
    conv(53, "en", "[purpose-listed] 'what are they for?' after the specialised bodies", [S0], [
        t("Which specialised bodies does the CIS have in the security sphere?", [ATC_], note="«CIS Anti-Terrorism Center; Bureau …; Joint Commission …»"),
        t("what are they for?", [r"Terror|террор", r"Migration|миграц"], note="the three specialised bodies' names"),
    ]),
    conv(54, "ru", "[purpose-listed] 'чем они занимаются?' after the specialised bodies in Russian", [S0], [
        t("какие специализированные органы есть у СНГ в сфере безопасности?", [ATC_], note="three specialised bodies"),
        t("чем они занимаются?", [r"Terror|террор", r"Migration|миграц"], note="the three specialised bodies' names"),
    ]),
    conv(55, "ru", "[which-noun] the department, in Russian, after the report", [S0], [
        t("о чём отчёт Исполкома о работе органов безопасности за 2025 год?", [r"\b16\b|\b20\b|отраслев|взаимодейств|Исполн"],
          note="the report on the 2025 results"),
        t("с каким департаментом они взаимодействовали?", [r"Department|Департамент", r"Security\s+Sphere|сфере\s+безопасности"],
          note="«the CIS Executive Committee (Department for Cooperation in the Security Sphere)»"),
    ]),
    conv(56, "ru", "[which-noun] Latin-typed 's kakim departamentom oni rabotali?'", [S0], [
        t("skolko otraslevykh organov SNG rabotaet v sfere bezopasnosti?", [NUM[16]], note="«16 sectoral cooperation bodies operate in the security sphere»"),
        t("s kakim departamentom oni rabotali?", [r"Department|Департамент", r"Security\s+Sphere|сфере\s+безопасности"],
          note="«the CIS Executive Committee (Department for Cooperation in the Security Sphere)»"),
    ]),
    conv(57, "en", "[which-noun] 'which commission deals with it?' after Klemez on migration", [S2, S0], [
        t("What did Klemez say about migration?", [r"threat|угроз"], note="«Illegal migration flows pose a direct threat to national security»"),
        t("which commission deals with it?", [r"Joint\s+Commission|Совместн\w+\s+комисси"], [r"^\W*(?:<b>)?Yevgeny"],
          note="«Joint Commission of the Agreement on Cooperation of the CIS Member States in Combating Illegal Migration»"),
    ]),
]

HEADER = (
    "# Tuning set written in session 25 (helper t25-conv) by a fresh reader of the documents: conversations written\n"
    "# from the five documents in knowledge/seeds/ only (`source` names them; each turn's `note` quotes the supporting\n"
    "# sentence), without reading the engine's code or the other sets; \"today\" is 2026-11-30. Same fields and judging\n"
    "# rules as tuning.yaml (see README.md). Generated by build_tuning25_conv.py.\n"
)


# A "conversation" of one turn is a single question: written as one, of the kind its family says.
_SINGLE_KINDS = {"[vague-entry]": "style", "[unnamed-post]": "lookalike"}


def _as_question(conversation: dict[str, Any]) -> dict[str, Any]:
    turn = dict(conversation["turns"][0])
    kind = next(kind for family, kind in _SINGLE_KINDS.items() if conversation["note"].startswith(family))
    note = turn.pop("note", "")
    return {"id": conversation["id"].replace("-c", "-q"), "kind": kind, **turn, "source": conversation["source"], "note": note}


def main() -> None:
    path = Path(__file__).resolve().parent / "tuning25_conv.yaml"
    singles = [_as_question(c) for c in CONVERSATIONS if len(c["turns"]) == 1]
    conversations = [c for c in CONVERSATIONS if len(c["turns"]) > 1]
    path.write_text(HEADER + dump_set({"questions": singles, "conversations": conversations}), encoding="utf-8")
    turns = [turn for conversation in conversations for turn in conversation["turns"]]
    cyrillic = sum(1 for turn in turns if _has_cyrillic(turn["q"]))
    print(f"{path.stem}: {len(singles)} questions, {len(conversations)} conversations, {len(turns)} turns ({cyrillic} Cyrillic)")


if __name__ == "__main__":
    main()
