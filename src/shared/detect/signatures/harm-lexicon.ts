/**
 * Acts no cover story makes harmless, as word-level pattern fragments for folded views.
 * Persuasion jailbreaks (PAIR, Chao et al. 2023; persuasive paraphrases, Zeng et al.
 * 2024) keep the harmful goal and change only its wrapping, so the goal's vocabulary is
 * the stable half of the attack; the wrapping signatures pair with it.
 */
import { any, perInput } from "./pattern-kit";

export const HARMFUL_ACT = any(
  "illegal(?:ly)?",
  // "exploit a vulnerability", "exploit children", not "exploit solar energy" or a market.
  "exploit(?:s|ing)?\\W+(?:\\w+\\W+){0,2}?(?:vulnerabilit(?:y|ies)|servers?|systems?|networks?|loopholes?|bugs?|flaws?|weakness(?:es)?|zero-days?|children|kids|minors|workers|employees|people|victims|users|customers|women|migrants|refugees|the\\W+elderly|elderly\\W+people)",
  "hack(?:ing)?",
  "phishing",
  "scams?",
  // "steal the show", "steal her heart": praise and romance.
  "steal(?:s|ing)?(?!\\W+(?:the\\W+(?:show|spotlight|scene)|(?:the\\W+)?(?:\\w+'s|someone'?s|your|my|her|his|their)\\W+hearts?|hearts?|a\\W+kiss|a\\W+glance|bases?)\\b)",
  "weapons?",
  "bombs?",
  "napalm",
  "sarin",
  "nerve\\W+agents?",
  "hotwir(?:e|ing)",
  "pick(?:ing)?\\W+(?:a\\W+|the\\W+)?locks?",
  "(?:computer\\W+)?virus(?:es)?(?=\\W+(?:that|to|which|for)\\b)|computer\\W+virus(?:es)?",
  "trojans?",
  "botnets?",
  "ddos(?:\\W+attacks?)?",
  "crack(?:ing)?\\W+(?:\\w+\\W+)?(?:wifi|wi-fi|wpa2?|passwords?|hashes)",
  "thermite",
  "molotov\\W+cocktails?",
  "incendiary\\W+(?:devices?|bombs?|weapons?)",
  "anthrax",
  "ricin",
  "botulinum(?:\\W+toxin)?",
  "bio-?weapons?",
  "without\\W+(?:a\\W+|any\\W+)?background\\W+checks?",
  "(?:toxic|poison(?:ous)?|chlorine|mustard|nerve)\\W+gas(?:es)?",
  "crystal\\W+meth",
  "tricks?\\W+(?:\\w+\\W+){0,3}?into|tricking\\W+(?:\\w+\\W+){0,3}?into\\W+(?:sending|giving|transferring|wiring|paying|sharing)",
  "fake\\W+(?:ids?|passports?|driver'?s\\W+licen[cs]es?|documents)",
  "(?:get|take|getting|taking)\\W+revenge",
  "(?:disable|disabling|bypass|bypassing|cut|cutting)\\W+(?:a\\W+|the\\W+|home\\W+|their\\W+)?(?:alarm|security\\W+camera|surveillance\\W+camera|cctv)",
  // "break into a bank's network", not "break into the music industry".
  "break(?:s|ing)?\\W+into\\W+(?:a\\W+|the\\W+|someone'?s\\W+|my\\W+\\w+'?s\\W+)?(?:\\w+(?:'s)?\\W+)?(?:network|house|home|car|account|system|server|database|computer|phone|email|building|safe|vault)s?",
  "(?:bypass(?:ing)?|circumvent(?:ing)?|crack(?:ing)?)\\W+(?:the\\W+)?(?:license|licence|drm|activation|paywall|copy\\W+protection|software\\W+protection)",
  "explosives?",
  // Coercion, violence against people, cheating and piracy (JailbreakBench's harassment, physical and economic harm categories).
  "blackmail(?:ing)?",
  "extort(?:ion|ing)?",
  "sextort(?:ion|ing)?",
  "coerc(?:e|ing)\\W+(?:\\w+\\W+){0,3}?into",
  "deepfakes?\\W+(?:porn|nudes?|videos?\\W+of)",
  "dox(?:x)?(?:ing)?\\W+(?:someone|a\\W+person|my|him|her|them|people)",
  "stalk(?:ing)?\\W+(?:someone|a\\W+person|my\\W+ex|him|her|them)",
  "shoot(?:ing)?\\W+up\\W+(?:a|the|my)\\W+(?:\\w+\\W+)?(?:school|church|mosque|synagogue|mall|office|concert)",
  "kill(?:ing)?\\W+(?:as\\W+many|someone|a\\W+person|people|my\\W+(?:wife|husband|boss|neighbou?r|ex)|him|her|them)",
  "cheat(?:ing)?\\W+(?:on|in)\\W+(?:an?\\W+|my\\W+|the\\W+)?(?:online\\W+)?(?:exams?|tests?)",
  "pirat(?:e|ing)\\W+(?:software|movies|films|content|games|music)",
  "silencers?\\W+for\\W+(?:a\\W+|my\\W+)?(?:gun|rifle|pistol|firearm)|(?:gun|firearm|pistol|rifle)\\W+(?:silencers?|suppressors?)",
  "(?:untraceable|ghost|3d-?printed|homemade)\\W+(?:guns?|firearms?|pistols?|rifles?)",
  // Privilege escalation: "exploit them to gain sudo access".
  "gain(?:ing)?\\W+(?:unauthori[sz]ed\\W+)?(?:sudo|root|admin|administrator|domain\\W+admin)\\W+(?:access|privileges|rights|shell)",
  "heroin",
  "cocaine",
  "meth(?:amphetamine)?",
  "mdma",
  "fentanyl",
  "malware",
  "malicious\\W+(?:code|software|scripts?|payloads?|macros?|programs?|apps?|extensions?)",
  // Harm in general terms: "something dangerous", "the forbidden thing", "restricted information".
  "something\\W+(?:dangerous|illegal|harmful|deadly|lethal|explosive|toxic)",
  "(?:the\\W+)?(?:forbidden|prohibited|restricted|banned|off-limits)\\W+(?:things?|stuff|information|content|knowledge|answers?|topics?|questions?)",
  "ransomware",
  "keylogger",
  "misinformation",
  "disinformation",
  "fake\\W+news",
  "deepfakes?",
  "defamatory",
  "extort(?:ion)?",
  "blackmail",
  // "kill time", "kill a Python process", "killing it on stage".
  "kill(?:ing)?(?!\\W+(?:time|it\\b|(?:a|the|that|this|my|all|every)\\W+(?:\\w+\\W+)?(?:process(?:es)?|tasks?|jobs?|threads?|sessions?|servers?|containers?|apps?|programs?|switch|engine|lights?|mood|vibe|competition|bugs?)\\b))",
  // "a murder mystery", "the murder scene in her next novel": the genre, not the act.
  "murder(?!\\W+(?:myster(?:y|ies)|ballads?|podcasts?|trials?|cases?|scenes?\\W+in\\W+(?:a|my|the|her|his|their)\\W+(?:next\\W+)?(?:novel|book|story|film|movie|play))\\b)",
  "poison(?:ing)?",
  "counterfeit",
  "launder(?:s|ed|ing)?",
  "unauthori[sz]ed\\W+access",
  // Someone else's mail or accounts: "access my coworker's email", "get into her Instagram".
  "(?:access|get\\W+into|got\\W+into|getting\\W+into|log\\W+into|read|spy\\W+on|hack\\W+into|take\\W+over|taking\\W+over|hijack(?:ing)?|monitor|see)\\W+(?:my\\W+)?(?:\\w+'s|someone\\W+else'?s|someone'?s|other\\W+people'?s|another\\W+person'?s|her|his|their)\\W+(?:\\w+(?:'s)?\\W+)?(?:email|e-mail|emails|accounts?|phones?|messages|texts|whatsapp|instagram|facebook|icloud|inbox(?:es)?|mailbox(?:es)?|social\\W+media|dms)",
  // Cards copied at the cash machine: "clone ATM cards", "how debit cards are skimmed".
  "(?:clon(?:e|es|ed|ing)|skim(?:s|med|ming)?)\\W+(?:\\w+\\W+){0,2}?(?:atm|credit|debit|bank|sim)\\W+cards?|(?:atm|credit|debit|bank)\\W+cards?\\W+(?:are|is|get|were|being)\\W+(?:cloned|skimmed)",
  // Other people's cars and doors opened: "opening other people's cars for a living".
  "(?:open(?:ing|s|ed)?|unlock(?:ing|s|ed)?)\\W+(?:someone\\W+else'?s|someone'?s|other\\W+people'?s|a\\W+stranger'?s|strangers)\\W+(?:\\w+\\W+)?(?:cars?|doors?|houses?|homes?|locks?)",
  "shoplift(?:ing)?",
  "(?:get|steal|find|crack|obtain|guess)\\W+(?:\\w+'s|someone'?s|someone\\W+else'?s|her|his|their|my\\W+\\w+'s)\\W+(?:password|passcode|pin|login|credentials)",
  "hurt(?:ing)?\\W+(?:someone|somebody|people|the\\W+people|others|them|him|her)\\b",
  "lethal\\W+doses?",
  "(?:extremist|terrorist|jihadist)\\W+(?:recruitment|propaganda|manifesto)",
  "working\\W+(?:exploits?|payloads?|malware|ransomware|keyloggers?)",
  "exfiltrat(?:e|es|ed|ing|ion)",
  "without\\W+(?:getting\\W+caught|being\\W+(?:caught|detected|traced)|leaving\\W+(?:a\\W+)?trace|(?:anyone|anybody|them|people)\\W+(?:noticing|knowing|finding\\W+out))",
  "dangerous\\W+(?:chemicals|substances|information|weapons|poisons?)",
  "untraceable",
  "evade\\W+(?:the\\W+)?(?:police|law\\W+enforcement|taxes|detection)",
  "(?:bypass|disable)\\W+(?:the\\W+)?(?:antivirus|security\\W+measures)",
  "child\\W+labou?r",
  "self-harm",
  "suicide",
  "fraud(?:ulent)?",
  "smuggl(?:e|ing)",
  "stalk(?:ing)?",
  "harass(?:ment|ing)?",
  "torture",
  // The JailbreakBench harm categories beyond weapons and intrusion: cheating, exploitation,
  // sexual content involving minors, cruelty, denial of atrocities, fraud and tampering.
  "cheat(?:ing)?\\W+(?:software|tools?|apps?|programs?|on\\W+(?:an?\\W+|the\\W+|my\\W+|their\\W+)?(?:exams?|tests?|quiz(?:zes)?))",
  "drunk\\W+driving",
  "driving\\W+under\\W+the\\W+influence",
  "(?:youth|underage)\\W+labou?r",
  "child\\W+(?:pornography|sexual\\W+abuse)",
  "csam",
  "unprotected\\W+sex",
  "animal\\W+cruelty",
  "(?:causing\\W+pain\\W+to|torturing|abusing|hurting)\\W+(?:\\w+\\W+)?(?:animals|pets|dogs|cats)",
  "holocaust\\W+(?:denial|never\\W+happened|was\\W+(?:a\\W+)?(?:hoax|lie|myth))",
  "(?:gain|get|obtain|escalate\\W+to)\\W+(?:\\w+\\W+)?(?:sudo|root|admin(?:istrator)?)\\W+(?:access|privileges|rights)",
  "(?:manipulate|alter|falsify|tamper\\W+with|erase|doctor)\\W+(?:\\w+\\W+)?(?:criminal|court|police|medical|financial|academic|voting)\\W+records",
  "illicit\\W+(?:material|content|drugs|substances)",
  "(?:fake|counterfeit|replica)\\W+(?:\\w+\\W+){0,2}?(?:drugs?|medicines?|pills)",
  "insider\\W+trading",
  "tax\\W+evasion",
  "identity\\W+theft",
  "(?:pyramid|ponzi)\\W+schemes?",
  "brib(?:e|ery|ing)",
  "date\\W+rape",
  "spyware",
  "stalkerware",
  "genocide",
  "ethnic\\W+cleansing",
  "hate\\W+speech",
  "extremist\\W+propaganda",
  "radicali[sz]e",
  // Crimes against people and property, and covering them up.
  "rob(?:bing)?\\W+(?:a|the)\\W+(?:\\w+\\W+)?(?:bank|store|shop|house|home|gas\\W+station|jewel(?:le)?ry\\W+store|armou?red\\W+(?:car|truck))",
  "(?:get(?:ting)?\\W+rid\\W+of|dispos(?:e|es|ing)\\W+of|hid(?:e|es|ing))\\W+(?:the\\W+|a\\W+)?(?:dead\\W+)?(?:body|bodies|corpses?)",
  "avoid(?:s|ing)?\\W+(?:any\\W+)?(?:the\\W+police|arrest|prosecution|legal\\W+(?:repercussions|consequences|trouble))",
  "without\\W+(?:alerting|notifying|informing|involving|calling|telling)\\W+(?:the\\W+|any\\W+)?(?:authorities|police|cops|law\\W+enforcement)",
  "(?:mass|school)\\W+shootings?|shoot(?:ing)?\\W+up\\W+(?:a|the)\\W+\\w+",
  "(?:plan|carry\\W+out|stage|commit)\\W+(?:a\\W+)?terrorist\\W+attacks?",
  "recruit(?:s|ing|ment)?\\W+(?:\\w+\\W+){0,3}?(?:for|into|to\\W+join)\\W+(?:a\\W+|an\\W+|the\\W+)?(?:terrorist|extremist|jihadist|militant)",
  // Fraud that needs no hacking: faked reviews, faked illness, rigged games.
  "(?:fake|fabricated|bogus)\\W+(?:customer\\W+|product\\W+|online\\W+|positive\\W+|five-star\\W+)?(?:reviews|testimonials|ratings)",
  "(?:fak(?:e|es|ing)|feign(?:s|ing)?)\\W+(?:\\w+\\W+)?(?:symptoms|illness|injur(?:y|ies)|disabilit(?:y|ies))",
  "(?:get(?:ting)?|obtain(?:ing)?|acquir(?:e|ing)|order(?:ing)?|buy(?:ing)?|purchas(?:e|ing))\\W+(?:\\w+\\W+){0,4}?without\\W+(?:a\\W+|any\\W+)?(?:legitimate\\W+|real\\W+)?(?:medical\\W+(?:reason|need)|prescription)",
  "(?:fix(?:ing)?|rig(?:ging)?|throw(?:ing)?)\\W+(?:\\w+\\W+)?(?:matches|games|races|elections?|votes?)",
  "(?:dump(?:ing)?|dispos(?:e|ing)\\W+of)\\W+(?:\\w+\\W+)?(?:toxic|hazardous|chemical|industrial|medical)\\W+waste\\W+(?:illegally|without|into|in\\W+the)",
  // Cruelty and contempt asked to be promoted rather than discussed.
  "(?:promot(?:e|es|ing)|glorif(?:y|ies|ying)|romantici[sz](?:e|es|ing)|encourag(?:e|es|ing))\\W+(?:\\w+\\W+){0,3}?(?:anorexia|bulimia|eating\\W+disorders?|self-harm|terrorism|body\\W+shaming|animal\\W+cruelty|drunk\\W+driving|stalking|genocide|the\\W+holocaust|slavery)",
  "(?:ridicul(?:e|es|ing)|demean(?:s|ing)?|belittl(?:e|es|ing)|humiliat(?:e|es|ing)|dehumaniz(?:e|es|ing))\\W+(?:\\w+\\W+){0,2}?(?:overweight|obese|fat|disabled|gay|lesbian|transgender|trans|immigrant|jewish|muslim|black|elderly|poor)\\W+(?:people|individuals|persons|women|men|kids|children|coworkers|colleagues)",
  "(?:racially|genetically|intellectually|morally)\\W+inferior",
  "cruelty\\W+to\\W+animals|(?:make|makes|making)\\W+(?:the\\W+)?animals\\W+suffer",
  // Weapons, drugs and tools named by their street or hobbyist names.
  "zip\\W+guns?",
  "(?:gun|pistol|rifle|firearm)\\W+suppressors?|suppressors?\\W+for\\W+(?:a\\W+|my\\W+|his\\W+|her\\W+)?(?:gun|rifle|pistol|firearm)",
  "(?:auto|drop-?in|lightning)\\W+sears?",
  "(?:fire|shoot)\\W+(?:full(?:y)?\\W+auto(?:matic)?)|full-?auto\\W+conversions?",
  "pipe\\W+bombs?",
  "ghb",
  "crack\\W+cocaine|cook(?:s|ing)?\\W+crack",
  "(?:token|password|cookie|credential|info)\\W?(?:grabbers?|stealers?)",
  "banking\\W+trojans?",
  "sql\\W+injection\\W+payloads?",
  "(?:flood(?:s|ing)?|take\\W+down|knock\\W+offline)\\W+(?:a\\W+|the\\W+|their\\W+|my\\W+\\w+'s\\W+)?(?:website|server|discord\\W+server|network)\\W+(?:with|until)",
  "fake\\W+(?:bank\\W+statements?|pay\\W?stubs?|diplomas?|prescriptions?|doctor'?s\\W+notes?|sick\\W+notes?|medical\\W+certificates?)",
  // Card data already stolen, bought or sold: "sites where I can buy stolen credit card numbers".
  "stolen\\W+(?:credit\\W+|debit\\W+)?cards?(?:\\W+(?:numbers|details|data|info))?|stolen\\W+(?:identities|credentials|logins|accounts)",
  "(?:plant(?:s|ing)?|fabricat(?:e|es|ing))\\W+evidence",
  "mass\\W+suicide",
  "tamper(?:s|ing)?\\W+with\\W+(?:the\\W+|a\\W+)?(?:urine\\W+|drug\\W+test\\W+)?samples?",
);

/** A harmful act named anywhere in a text, asked for or not. */
export const HARMFUL_MENTION = new RegExp(`\\b${HARMFUL_ACT}\\b`);

/** Defensive framings: the harm is what the asker detects, prevents or fights. */
const DEFENSIVE_VERB = any(
  "detect(?:s|ing)?",
  "prevent(?:s|ing)?",
  "spot(?:s|ting)?",
  "recogni[sz](?:e|es|ing)",
  "identif(?:y|ies|ying)",
  "against",
  "combat(?:s|ing)?",
  "fight(?:s|ing)?",
  "protect(?:s|ing)?",
  "report(?:s|ing)?",
  "avoid(?:s|ing)?",
  "from",
  "safeguard(?:s|ing)?",
  "learn(?:ing)?(?:\\W+about)?",
  "remov(?:e|es|ing)",
  "catch(?:es|ing)?",
  "stop(?:s|ping)?",
  "block(?:s|ing)?",
);

/**
 * A harmful act asked for as a task ("write a phishing email", "explain how to launder
 * money", "steps to get in without being detected"), not mentioned as a topic ("what is
 * malware?", "a talk on the evolution of ransomware").
 */
const TASK_LEAD = `\\b${any(
    "how\\W+(?:to|one\\W+(?:could|would|might|can))",
    "how\\W+(?:do|can|could|would|should|might)\\W+(?:i|we|you|someone|one|people)",
    // "The easiest way to poison …": a method asked for by its superlative.
    "(?:easiest|best|fastest|quickest|simplest|cheapest|surest|most\\W+effective|most\\W+efficient)\\W+way\\W+(?:to|of)",
    "steps?\\W+(?:to|for)",
    "guide\\W+(?:on|to|for)",
    "instructions?\\W+(?:on|for|to)",
    "write",
    "create",
    "draft",
    "design",
    "develop",
    "compose",
    "generate",
    "produce",
    // "explain, step by step, how": a few words may stand between the verb and "how".
    "(?:explain(?:s|ing)?|detail(?:s|ing)?|show\\W+(?:me|us)|tell(?:ing)?\\W+(?:me|us))\\W+(?:\\w+\\W+){0,4}?how",
    "describe\\W+(?:\\w+\\W+){0,3}?(?:how|the\\W+(?:steps|process|method))",
    "tips\\W+(?:on|for)",
    // A working artifact, not an overview: "provide a working phishing kit".
    "provide\\W+(?:me\\W+with\\W+)?(?:a\\W+|an\\W+|the\\W+)?(?:working|functional|complete|ready-to-use|fully\\W+functional|real|live|deployable)",
  )}\\W+(?:\\w+\\W+){0,6}?`;
export const HARMFUL_TASK = new RegExp(`${TASK_LEAD}${HARMFUL_ACT}\\b`);

/**
 * The harmful act asked about rather than ordered: how people did it ("how did people
 * make meth in the 1990s"), code or steps for it, what someone who wanted it would do.
 * Each lead ends where the act begins, and the act is written once after the leads: V8
 * compiles a regex on first use, once for one-byte and once for two-byte text, and with
 * the act repeated after every lead (a 132 KB source) that took 1.4 s of one isolate's
 * first requests. A group of alternatives followed by the act matches exactly what the
 * alternatives each followed by the act would, in the same order.
 */
const ASK_LEADS = [
  TASK_LEAD,
  `\\bhow\\W+(?:did|would|could|do|does|might)\\W+(?:\\w+\\W+){0,3}?${any("make", "build", "create", "get", "obtain", "synthesi[sz]e", "produce", "cook", "do", "commit", "carry\\W+out")}\\W+(?:\\w+\\W+){0,3}?`,
  `\\b${any("code", "script", "program", "recipe", "instructions", "steps", "guide", "tutorial", "method", "plan", "commands?", "procedure", "protocol")}\\W+(?:for|to\\W+\\w+)\\W+(?:\\w+\\W+){0,3}?`,
  `\\bhow\\W+(?:would|could|might|can|do|does|did)\\W+(?:one|someone|somebody|people|criminals)\\W+`,
  `\\b(?:describe|explain|detail|walk\\W+me\\W+through)\\W+(?:\\w+\\W+){0,2}?(?:making|cooking|building|creating|synthesi[sz]ing|producing|brewing|performing|launching|writing)\\W+(?:\\w+\\W+){0,2}?`,
  // A character who "explains the synthesis of sarin" or "walks through creating ransomware".
  `\\b(?:describ|explain|detail|walk)(?:s|es|ing|e)?\\W+(?:(?:us|me|them|him|her|the\\W+reader)\\W+)?(?:through\\W+)?(?:(?:the|a|an|their|his|her)\\W+)?(?:\\w+\\W+)?` +
    `${any("synthesis", "production", "manufacture", "manufacturing", "preparation", "assembly", "construction", "recipe", "creation")}\\W+(?:of|for)\\W+(?:\\w+\\W+){0,2}?`,
  `\\bwalk(?:s|ing)?\\W+(?:(?:us|me|them|him|her|the\\W+reader)\\W+)?through\\W+(?:\\w+\\W+)?(?:making|cooking|building|creating|synthesi[sz]ing|producing|writing|coding|deploying)\\W+(?:\\w+\\W+){0,2}?`,
  `\\b(?:explain|describe|tell\\W+(?:me|us)|teach\\W+(?:me|us)|show\\W+(?:me|us))\\W+(?:\\w+\\W+){0,2}?`,
  `\\bhelp\\W+(?:me|us)\\W+(?:to\\W+)?(?:\\w+\\W+){0,2}?`,
  // "The company wants you to find the vulnerabilities and exploit them to gain sudo access."
  `\\b(?:wants?|asks?|needs?|hired|paid)\\W+you\\W+to\\W+(?:\\w+\\W+){0,8}?`,
];

/** "How is MDMA made?": the method asked about in the passive, the act before its verb. */
const PASSIVE_ASK = `\\bhow\\W+(?:is|are|was|were)\\W+(?:\\w+\\W+){0,2}?${HARMFUL_ACT}\\W+${any("made", "produced", "synthesi[sz]ed", "manufactured", "cooked", "built", "assembled", "extracted", "refined")}\\b`;

/** Leads tried after the passive form, kept after it so matches are what they always were. */
const LATER_ASK_LEADS = [
  // "the precursors and steps needed to produce a nerve agent"
  `\\b${any("precursors", "ingredients", "materials", "chemicals", "components", "steps", "equipment")}\\W+(?:(?:and|or)\\W+\\w+\\W+)?(?:needed\\W+|required\\W+)?(?:to|for)\\W+(?:\\w+\\W+){0,2}?`,
  `\\bif\\W+(?:someone|somebody|one|i)\\W+wanted\\W+to\\W+(?:\\w+\\W+){0,3}?`,
  // "What is the synthesis route for GHB?": the method asked for by its name.
  `\\b${any("synthesis", "production", "manufacturing", "extraction")}\\W+${any("route", "routes", "pathway", "pathways", "process", "method", "steps", "procedure")}\\W+(?:for|of|to)\\W+(?:\\w+\\W+){0,2}?`,
  // "What household chemicals make a toxic gas?": the ingredients of the act.
  `\\bwhat\\W+(?:\\w+\\W+){0,3}?${any("make", "makes", "create", "creates", "produce", "produces", "release", "releases")}\\W+(?:\\w+\\W+){0,2}?`,
];

export const HARMFUL_ASK = new RegExp(
  `${any(...ASK_LEADS)}${HARMFUL_ACT}\\b|${PASSIVE_ASK}|${any(...LATER_ASK_LEADS)}${HARMFUL_ACT}\\b`,
);

/** "How do banks detect money laundering?": the harm is what the asker defends against. */
const DEFENSIVE = new RegExp(
  `\\b${DEFENSIVE_VERB}\\W+(?:\\w+\\W+){0,2}?${HARMFUL_ACT}\\b` +
    // "How did people make weapons in the Bronze Age?": history, not a recipe.
    `|\\b(?:bronze|stone|iron)\\W+age\\b|\\b(?:medieval|ancient|prehistoric)\\b|\\bmiddle\\W+ages\\b` +
    // After the act (written once, as in HARMFUL_ASK; only whether the regex matches is
    // used, so the order of the two tails does not matter): "a phishing awareness quiz",
    // "ransomware defence", the harm names the subject of the defence; "…the plan to rig
    // the election is foiled", the act fails in the story.
    `|\\b${HARMFUL_ACT}\\W+(?:${any("awareness", "prevention", "detection", "defen[cs]es?", "protection", "training", "simulations?", "response")}\\b` +
    `|(?:\\w+\\W+){0,3}?(?:is|was|are|were|gets?|got)\\W+(?:\\w+\\W+)?${any("foiled", "thwarted", "stopped", "caught", "exposed", "uncovered", "prevented", "busted", "discovered", "solved", "investigated", "detected")}\\b)` +
    `|\\b(?:warning\\W+signs|red\\W+flags)\\b` +
    // "…how phishing emails trick people, so they can spot them": teaching the defence.
    `|\\bso\\W+(?:that\\W+)?${any("they", "you", "we", "people", "users", "staff", "employees", "customers", "others", "students")}\\W+(?:can|could|will)\\W+(?:\\w+\\W+)?${any("spot", "detect", "avoid", "recogni[sz]e", "report", "protect", "defend", "stay\\W+safe")}\\b`,
);

/**
 * A validator pairing a framing with a harm: the text the match was found in (the whole
 * view, or the scan window around an anchor) also holds `other` (the harm, for a framing
 * signature; the framing, for a harm signature), and no defensive turn of phrase.
 */
export function framesHarm(other: RegExp): (m: RegExpExecArray) => boolean {
  return perInput((text) => other.test(text) && !DEFENSIVE.test(text));
}

const HARMFUL_ASK_SCAN = new RegExp(HARMFUL_ASK.source, "g");

/** Where `text` asks for a harmful act, as [start, end), unless it asks in a defensive turn of phrase. */
export function harmfulAskIn(text: string): [number, number] | null {
  HARMFUL_ASK_SCAN.lastIndex = 0;
  const m = HARMFUL_ASK_SCAN.exec(text);
  if (m === null || DEFENSIVE.test(text)) return null;
  return [m.index, m.index + m[0].length];
}
