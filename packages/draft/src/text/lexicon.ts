// Word lists the rules read. Each is the one place its words are listed.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Verbs that attribute words, beliefs or positions to a source, in the forms news copy uses
 * (PARC's attribution cues: speech, and also thought, intention and stance).
 */
export const cueVerbs = words(`
  say says said saying tell tells told telling add adds added adding warn warns warned warning
  argue argues argued arguing deny denies denied denying stress stresses stressed stressing
  tweet tweets tweeted tweeting write writes wrote writing note notes noted noting explain explains explained
  insist insists insisted claim claims claimed assert asserts asserted state states stated declare declares declared
  announce announces announced acknowledge acknowledges acknowledged admit admits admitted concede concedes conceded
  confirm confirms confirmed emphasize emphasizes emphasized emphasise emphasises emphasised reiterate reiterates reiterated
  urge urges urged suggest suggests suggested predict predicts predicted caution cautions cautioned complain complains complained
  counter countered respond responds responded reply replies replied answer answered ask asks asked
  believe believes believed think thinks thought expect expects expected hope hopes hoped want wants wanted
  plan plans planned fear fears feared vow vows vowed pledge pledges pledged promise promises promised
  threaten threatens threatened accuse accuses accused criticize criticizes criticized criticise criticised
  allege alleges alleged report reports reported estimate estimates estimated indicate indicates indicated
  agree agrees agreed recall recalls recalled observe observes observed remark remarks remarked
  signal signals signaled signalled demand demands demanded propose proposes proposed
  maintain maintains maintained contend contends contended describe describes described
  call calls called condemn condemns condemned commend commends commended reaffirm reaffirms reaffirmed
  affirm affirms affirmed underscore underscores underscored hail hails hailed welcome welcomes welcomed
  praise praises praised applaud applauds applauded denounce denounces denounced reject rejects rejected
  blame blames blamed intend intends intended inform informs informed express expresses expressed
  highlight highlights highlighted recognize recognizes recognized recognise recognises recognised
  criticised criticises quote quotes quoted quoting cite cites cited citing
  respond responds responded suggest suggests suggested
`);

/**
 * Cue verbs that attribute only when what follows is reported content ("maintained that …",
 * "suggested that …"): alone they are as often plain actions ("would respond militarily").
 */
export const weakCueVerbs = words(`
  maintain maintains maintained respond responds responded suggest suggests suggested report reports reported
  indicate indicates indicated estimate estimates estimated describe describes described call calls called
  express expresses expressed recognize recognizes recognized recognise recognises recognised
  inform informs informed quote quotes quoted quoting cite cites cited citing observe observes observed
  agree agrees agreed recall recalls recalled
`);

/** Cue verbs of thought and intention rather than speech: they attribute positions. */
export const beliefVerbs = words(`
  believe believes believed think thinks thought expect expects expected hope hopes hoped want wants wanted
  plan plans planned fear fears feared
`);

/** Words that may stand in a verb group before or inside the cue: "has said", "also told", "would not say". */
export const cueModifiers = words(`
  has have had will would was were is are did does do may might could should shall can
  also later earlier repeatedly again previously separately further then not never often publicly privately
  recently once already yet still even just only firmly flatly both personally strongly continue continues
  continued to
`);

/** Cues that take an audience before their content: "told reporters that …". */
export const audienceVerbs = words("tell tells told telling ask asks asked urge urges urged warn warns warned assure assures assured");

export const subjectPronouns = words("he she they we i it");
export const personPronouns = words("he she");

/** Nouns that head a description of a person or body that speaks: "a senior official", "the ministry". */
export const sourceNouns = words(`
  official officials spokesperson spokespeople spokesman spokesmen spokeswoman spokeswomen diplomat diplomats
  source sources minister ministers ministry ministries secretary president prime premier leader leaders
  analyst analysts expert experts observer observers aide aides adviser advisers advisor advisors envoy envoys
  ambassador ambassadors negotiator negotiators representative representatives lawmaker lawmakers senator senators
  government governments administration department agency office embassy statement military army police
  officer officers chief chiefs director commissioner chancellor king queen general commander colleague colleagues
  counterpart counterparts delegation delegates delegate team authorities authority people residents witnesses
  critics supporters allies organization organisation organizers organisers company firm group groups agency agencies
  coach member members spokespersons secretary-general ministers
`);

/** Titles that stand before a name and give a role: "Foreign Minister Qin Gang". */
export const titleWords = words(`
  president vice prime minister foreign secretary state defense defence deputy assistant under chancellor premier
  ambassador envoy spokesperson spokesman spokeswoman senator representative governor mayor king queen prince
  general admiral chairman chairwoman chair chief director commissioner leader speaker special national security
  adviser advisor counselor treasury commerce trade finance interior justice home health economy affairs
  sen rep gov gen lt col dr mr mrs ms
`);

/** Word endings of organisations: "State Department", "Foreign Ministry", "World Bank". */
export const organizationHeads = words(`
  department ministry council commission committee union organization organisation agency bank fund party army
  navy forces court parliament congress senate assembly association alliance institute university group
  corporation company office bureau service services administration government coalition federation league
  front movement network times post news press agency reuters
`);

export const unnamedDeterminers = words("a an one another two three several some");

/** Events by the words that name them, and the kind each names. */
export const eventTriggers: ReadonlyMap<string, string> = new Map([
  ...[..."meet meets met meeting meetings".split(" ")].map((w) => [w, "meeting"] as const),
  ...[..."talks negotiations negotiate negotiated dialogue".split(" ")].map((w) => [w, "talks"] as const),
  ...[..."visit visits visited visiting trip trips travel travels traveled travelled tour".split(" ")].map((w) => [w, "visit"] as const),
  ...[..."summit summits".split(" ")].map((w) => [w, "summit"] as const),
  ...[..."conference briefing".split(" ")].map((w) => [w, "press-conference"] as const),
  ...[..."incident attack attacks attacked clash clashes crash strike strikes explosion shooting invasion invaded balloon".split(" ")].map((w) => [w, "incident"] as const),
  ...[..."elected inaugurated resigned resign appointed sworn".split(" ")].map((w) => [w, "leadership-change"] as const),
  ...[..."contacted phoned".split(" ")].map((w) => [w, "talks"] as const),
  ...[..."statement communique communiqué".split(" ")].map((w) => [w, "statement"] as const),
  ...[..."shelling shelled artillery fired launched launches launch rescued saved evacuated arrested killed sank exploded".split(" ")].map((w) => [w, "incident"] as const),
  ...[..."signed signs sign agreement treaty awarded granted deployed deployment ordered resumed ruling approved competition contest forum rescind sanctions".split(" ")].map((w) => [w, "other"] as const),
]);

export const futureMarkers = words("will shall 'll going scheduled set planned plans plan due expected expects hopes hope intends upcoming next");
export const possibleMarkers = words("may might could possible possibly likely unlikely would potential potentially perhaps hoping hoped");
export const postponedMarkers = words("postponed postpone postponing delayed delay deferred");
export const cancelledMarkers = words("cancelled canceled cancel called scrapped abandoned");
export const ongoingMarkers = words("is are am underway ongoing continuing currently now");
