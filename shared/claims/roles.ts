/**
 * Lexicons for speaker mentions: role head nouns (`sekretarz`, `szef`, `minister`, `spokesman`),
 * institution heads (`ministerstwo`, `resort`, `ministry`), plural group nouns that can speak
 * (`naukowcy`, `officials`), pronouns, place names and nationality adjectives. Forms are listed per
 * lemma (Polish nouns decline); everything is matched lower-case.
 */
import { givenNameLemma } from './given-names';

export type Gender = 'm' | 'f' | 'n' | 'pl';

export interface RoleHead {
  lemma: string;
  /** Gender the form itself marks (`szefowa` f); null when the noun serves both (`minister`). */
  gender: Gender | null;
  /** Heads that mean just "head of X" (`szef`, `chief`, `leader`): they match any role of the same organisation. */
  generic: boolean;
}

// lemma|generic? : forms (masculine forms first, then `/` and feminine forms).
const PL_ROLES = `
sekretarz: sekretarz sekretarza sekretarzowi sekretarzem sekretarzu sekretarze sekretarzy
szef*: szef szefa szefowi szefem szefie szefowie szefów / szefowa szefowej szefową
wiceszef: wiceszef wiceszefa wiceszefowi wiceszefem wiceszefie / wiceszefowa wiceszefowej
minister: minister ministra ministrowi ministrem ministrze ministrowie ministrów
wiceminister: wiceminister wiceministra wiceministrowi wiceministrem wiceministrze wiceministrowie
premier: premier premiera premierowi premierem premierze premierzy premierów
wicepremier: wicepremier wicepremiera wicepremierowi wicepremierem wicepremierze wicepremierzy
prezydent: prezydent prezydenta prezydentowi prezydentem prezydencie prezydenci prezydentów / prezydentka prezydentki
dama: / dama damy damie damę damą
wiceprezydent: wiceprezydent wiceprezydenta wiceprezydentowi wiceprezydentem wiceprezydencie / wiceprezydentka
rzecznik: rzecznik rzecznika rzecznikowi rzecznikiem rzeczniku rzecznicy rzeczników / rzeczniczka rzeczniczki rzeczniczce rzeczniczkę rzeczniczką
prezes: prezes prezesa prezesowi prezesem prezesie prezesi prezesów / prezeska prezeski
wiceprezes: wiceprezes wiceprezesa wiceprezesowi wiceprezesem wiceprezesie
dyrektor: dyr dyrektor dyrektora dyrektorowi dyrektorem dyrektorze dyrektorzy dyrektorów / dyrektorka dyrektorki dyrektorce dyrektorkę dyrektorką
przewodniczący: przewodniczący przewodniczącego przewodniczącemu przewodniczącym / przewodnicząca przewodniczącej przewodniczącą
wiceprzewodniczący: wiceprzewodniczący wiceprzewodniczącego / wiceprzewodnicząca wiceprzewodniczącej
ambasador: ambasador ambasadora ambasadorowi ambasadorem ambasadorze ambasadorowie
generał: generał generała generałowi generałem generale generałowie gen
poseł: poseł posła posłowi posłem pośle / posłanka posłanki posłance posłankę posłanką
europoseł: europoseł europosła europosłowi europosłem europośle / europosłanka europosłanki europosłance europosłankę europosłanką
senator: senator senatora senatorowi senatorem senatorze / senatorka
marszałek: marszałek marszałka marszałkowi marszałkiem marszałku
wicemarszałek: wicemarszałek wicemarszałka wicemarszałkowi wicemarszałkiem
kanclerz: kanclerz kanclerza kanclerzowi kanclerzem kanclerzu
wicekanclerz: wicekanclerz wicekanclerza
komisarz: komisarz komisarza komisarzowi komisarzem komisarzu / komisarka
prokurator: prokurator prokuratora prokuratorowi prokuratorem prokuratorze / prokuratorka
sędzia: sędzia sędziego sędziemu sędzią / sędzina
burmistrz: burmistrz burmistrza burmistrzowi burmistrzem / burmistrzyni
wojewoda: wojewoda wojewody wojewodzie wojewodę wojewodą
starosta: starosta starosty staroście starostę starostą
wójt: wójt wójta wójtowi wójtem
włodarz: włodarz włodarza włodarzowi włodarzem włodarzu
doradca: doradca doradcy doradcę doradcą / doradczyni
ekspert: ekspert eksperta ekspertowi ekspertem / ekspertka ekspertki
analityk: analityk analityka analitykowi analitykiem / analityczka
ekonomista: ekonomista ekonomisty ekonomiście ekonomistę ekonomistą / ekonomistka ekonomistki ekonomistce ekonomistkę ekonomistką
szkoleniowiec: szkoleniowiec szkoleniowca szkoleniowcowi szkoleniowcem
profesor: profesor profesora profesorowi profesorem profesorze prof
lider*: lider lidera liderowi liderem / liderka liderki
przywódca*: przywódca przywódcy przywódcę przywódcą / przywódczyni
polityk: polityk polityka politykowi politykiem / polityczka
republikanin: republikanin republikanina republikaninem republikaninowi / republikanka republikanki republikanką
demokrata: demokrata demokraty demokratą demokracie / demokratka demokratki demokratką
wojskowy: wojskowy wojskowego wojskowemu wojskowym
dowódca: dowódca dowódcy dowódcę dowódcą
dyżurny: dyżurny dyżurnego dyżurnemu dyżurnym / dyżurna dyżurnej dyżurną
komendant: komendant komendanta komendantowi komendantem / komendantka
przedstawiciel: przedstawiciel przedstawiciela przedstawicielowi przedstawicielem / przedstawicielka przedstawicielki
pełnomocnik: pełnomocnik pełnomocnika pełnomocnikiem
koordynator: koordynator koordynatora / koordynatorka
negocjator: negocjator negocjatora
mediator: mediator mediatora
członek: członek członka członkowi członkiem / członkini
dyplomata: dyplomata dyplomaty dyplomatę dyplomatą
radny: radny radnego / radna radnej
biskup: biskup biskupa biskupowi biskupem bp
arcybiskup: arcybiskup arcybiskupa arcybiskupowi arcybiskupem abp
kardynał: kardynał kardynała kard
papież: papież papieża
ksiądz: ksiądz księdza księdzu księdzem ks
król: król króla królowi / królowa królowej
gubernator: gubernator gubernatora
mer: mer mera
menedżer: menedżer menedżera / menedżerka
trener: trener trenera / trenerka
pułkownik: pułkownik pułkownika płk
major: major majora mjr
kapitan: kapitan kapitana kpt
admirał: admirał admirała adm
zastępca: zastępca zastępcy zastępcę zastępcą / zastępczyni
kierownik: kierownik kierownika / kierowniczka
naczelnik: naczelnik naczelnika
rektor: rektor rektora rektorowi rektorem rektorze rektorzy rektorów / rektorka rektorki
prorektor: prorektor prorektora prorektorowi prorektorem / prorektorka prorektorki
dziekan: dziekan dziekana dziekanowi dziekanem dziekanie / dziekanka
kurator: kurator kuratora kuratorowi kuratorem kuratorze / kuratorka kuratorki
ordynator: ordynator ordynatora ordynatorowi ordynatorem / ordynatorka ordynatorki
proboszcz: proboszcz proboszcza proboszczowi proboszczem
prałat: prałat prałata prałatowi prałatem
kanonik: kanonik kanonika kanonikowi kanonikiem
metropolita: metropolita metropolity metropolicie metropolitą
prymas: prymas prymasa prymasowi prymasem
rabin: rabin rabina rabinowi rabinem
imam: imam imama imamowi imamem
duchowny: duchowny duchownego duchownemu duchownym
konsul: konsul konsula konsulowi konsulem
inspektor: inspektor inspektora
hetman: hetman
sierżant: sierżant sierżanta sierżantowi sierżantem
aspirant: aspirant aspiranta aspirantowi aspirantem / aspirantka aspirantki
podkomisarz: podkomisarz podkomisarza podkomisarzem
nadkomisarz: nadkomisarz nadkomisarza nadkomisarzem
podinspektor: podinspektor podinspektora podinspektorem
nadinspektor: nadinspektor nadinspektora nadinspektorem
porucznik: porucznik porucznika porucznikiem
podporucznik: podporucznik podporucznika podporucznikiem
podpułkownik: podpułkownik podpułkownika podpułkownikiem
kapral: kapral kaprala kapralem
chorąży: chorąży chorążego
brygadier: brygadier brygadiera brygadierem
ogniomistrz: ogniomistrz ogniomistrza ogniomistrzem
adwokat: adwokat adwokata adwokatowi adwokatem / adwokatka
obrońca: obrońca obrońcy obrońcę obrońcą
wikariusz: wikariusz
szeryf: szeryf
ombudsman: ombudsman rzecznikiem
mecenas: mecenas mecenasa mecenasowi mec
mieszkaniec: mieszkaniec mieszkańca mieszkańcowi mieszkańcem / mieszkanka mieszkanki mieszkance mieszkankę mieszkanką
zawodnik: zawodnik zawodnika zawodnikowi zawodnikiem / zawodniczka zawodniczki zawodniczce zawodniczkę zawodniczką
piłkarz: piłkarz piłkarza piłkarzowi piłkarzem / piłkarka piłkarki
żużlowiec: żużlowiec żużlowca żużlowcowi żużlowcem
siatkarz: siatkarz siatkarza siatkarzowi siatkarzem / siatkarka siatkarki siatkarce siatkarkę siatkarką
koszykarz: koszykarz koszykarza koszykarzowi koszykarzem / koszykarka koszykarki koszykarce koszykarkę koszykarką
szczypiornista: szczypiornista szczypiornisty szczypiorniście szczypiornistą / szczypiornistka szczypiornistki
hokeista: hokeista hokeisty hokeiście hokeistą / hokeistka hokeistki
tenisista: tenisista tenisisty tenisiście tenisistą / tenisistka tenisistki tenisistce tenisistkę tenisistką
skoczek: skoczek skoczka skoczkowi skoczkiem
kolarz: kolarz kolarza kolarzowi kolarzem / kolarka kolarki
pływak: pływak pływaka pływakowi pływakiem / pływaczka pływaczki
lekkoatleta: lekkoatleta lekkoatlety lekkoatlecie lekkoatletą / lekkoatletka lekkoatletki
biegacz: biegacz biegacza biegaczowi biegaczem / biegaczka biegaczki biegaczce biegaczkę biegaczką
bokser: bokser boksera bokserowi bokserem / bokserka
zapaśnik: zapaśnik zapaśnika zapaśnikowi zapaśnikiem / zapaśniczka
medalista: medalista medalisty medaliście medalistą / medalistka medalistki medalistce medalistkę medalistką
olimpijczyk: olimpijczyk olimpijczyka olimpijczykowi olimpijczykiem / olimpijka olimpijki
napastnik: napastnik napastnika napastnikowi napastnikiem
bramkarz: bramkarz bramkarza bramkarzowi bramkarzem / bramkarka
samorządowiec: samorządowiec samorządowca samorządowcowi samorządowcem / samorządowczyni
mistrz: mistrz mistrza mistrzowi mistrzem / mistrzyni
lekarz: lekarz lekarza lekarzowi lekarzem / lekarka lekarki
świadek: świadek świadka świadkowi świadkiem
oskarżony: oskarżony oskarżonego oskarżonemu oskarżonym / oskarżona oskarżonej oskarżoną
podejrzany: podejrzany podejrzanego podejrzanemu podejrzanym / podejrzana podejrzanej podejrzaną
uczestnik: uczestnik uczestnika / uczestniczka uczestniczki
pracownik: pracownik pracownika pracownikowi pracownikiem / pracownica pracownicy
właściciel: właściciel właściciela właścicielowi / właścicielka właścicielki
korespondent: korespondent korespondenta / korespondentka korespondentki
dziennikarz: dziennikarz dziennikarza dziennikarzem dziennikarzowi / dziennikarka dziennikarki dziennikarką
reporter: reporter reportera reporterem reporterowi / reporterka reporterki reporterką reporterce
redaktor: redaktor redaktora redaktorem redaktorowi / redaktorka redaktorki redaktorką redaktorce
wydawca: wydawca wydawcy wydawcę wydawcą
publicysta: publicysta publicysty publiciście publicystę publicystą / publicystka publicystki publicystce publicystkę publicystką
komentator: komentator komentatora komentatorem komentatorowi / komentatorka komentatorki komentatorką komentatorce
sołtys: sołtys sołtysa
twórca: twórca twórcy twórcę twórcą / twórczyni
gość: gość gościa gościowi gościem
rozmówca: rozmówca rozmówcy rozmówcą / rozmówczyni
reżyser: reżyser reżysera reżyserowi reżyserem / reżyserka reżyserki
laureat: laureat laureata laureatem / laureatka laureatki
zwycięzca: zwycięzca zwycięzcy zwycięzcą / zwyciężczyni
kompozytor: kompozytor kompozytora / kompozytorka kompozytorki
aktor: aktor aktora aktorem / aktorka aktorki
pisarz: pisarz pisarza pisarzem / pisarka pisarki
artysta: artysta artysty artyście artystę artystą / artystka artystki artystce artystkę artystką
muzyk: muzyk muzyka muzykowi muzykiem
wokalista: wokalista wokalisty wokaliście wokalistę wokalistą / wokalistka wokalistki wokalistce wokalistkę wokalistką
piosenkarz: piosenkarz piosenkarza piosenkarzowi piosenkarzem / piosenkarka piosenkarki piosenkarce piosenkarkę piosenkarką
pianista: pianista pianisty pianiście pianistę pianistą / pianistka pianistki pianistce pianistkę pianistką
gitarzysta: gitarzysta gitarzysty gitarzyście gitarzystę gitarzystą / gitarzystka gitarzystki
perkusista: perkusista perkusisty perkusiście perkusistę perkusistą / perkusistka perkusistki
raper: raper rapera raperowi raperem / raperka raperki
dyrygent: dyrygent dyrygenta dyrygentowi dyrygentem / dyrygentka dyrygentki
prezenter: prezenter prezentera prezenterowi prezenterem / prezenterka prezenterki prezenterce prezenterkę prezenterką
scenarzysta: scenarzysta scenarzysty scenarzyście scenarzystę scenarzystą / scenarzystka scenarzystki
poeta: poeta poety poecie poetę poetą / poetka poetki
tancerz: tancerz tancerza tancerzowi tancerzem / tancerka tancerki
synoptyk: synoptyk synoptyka synoptykiem / synoptyczka
meteorolog: meteorolog meteorologa
klimatolog: klimatolog klimatologa
hydrolog: hydrolog hydrologa
epidemiolog: epidemiolog epidemiologa
wirusolog: wirusolog wirusologa
politolog: politolog politologa
socjolog: socjolog socjologa
psycholog: psycholog psychologa
historyk: historyk historyka / historyczka
prawnik: prawnik prawnika / prawniczka
naukowiec: naukowiec naukowca
badacz: badacz badacza / badaczka
selekcjoner: selekcjoner selekcjonera selekcjonerem
reprezentant: reprezentant reprezentanta / reprezentantka
kapitan: kapitan kapitana
założyciel: założyciel założyciela założycielowi założycielem / założycielka założycielki
współzałożyciel: współzałożyciel współzałożyciela / współzałożycielka
aktywista: aktywista aktywisty aktywistę aktywistą / aktywistka aktywistki
działacz: działacz działacza działaczem / działaczka działaczki
związkowiec: związkowiec związkowca związkowcowi związkowcem / związkowczyni
organizator: organizator organizatora / organizatorka
oficer: oficer oficera oficerem / oficerka
funkcjonariusz: funkcjonariusz funkcjonariusza / funkcjonariuszka
policjant: policjant policjanta policjantowi policjantem / policjantka policjantki
strażak: strażak strażaka strażakiem
ratownik: ratownik ratownika ratownikiem / ratowniczka
kierowca: kierowca kierowcy kierowcę kierowcą
nauczyciel: nauczyciel nauczyciela / nauczycielka nauczycielki
rolnik: rolnik rolnika rolnikiem
gospodarz: gospodarz gospodarza gospodarzem / gospodyni
przedsiębiorca: przedsiębiorca przedsiębiorcy / przedsiębiorczyni
wspólnik: wspólnik wspólnika / wspólniczka
mężczyzna: mężczyzna mężczyzny mężczyźnie mężczyznę mężczyzną
kandydat: kandydat kandydata kandydatem kandydatowi / kandydatka kandydatki kandydatką kandydatce
sprzedawca: sprzedawca sprzedawcy sprzedawcę sprzedawcą / sprzedawczyni sprzedawczynię sprzedawczynią
kasjer: kasjer kasjera kasjerem / kasjerka kasjerki kasjerkę kasjerką
ekspedient: ekspedient ekspedienta / ekspedientka ekspedientki ekspedientkę ekspedientką
pielęgniarz: pielęgniarz pielęgniarza pielęgniarzem / pielęgniarka pielęgniarce pielęgniarkę pielęgniarką
maszynista: maszynista maszynisty maszynistę maszynistą
konduktor: konduktor konduktora konduktorem / konduktorka konduktorki
motorniczy: motorniczy motorniczego / motornicza
emeryt: emeryt emeryta emerytem / emerytka emerytki emerytkę emerytką
wolontariusz: wolontariusz wolontariusza wolontariuszem / wolontariuszka wolontariuszki
weterynarz: weterynarz weterynarza weterynarzem / weterynarka
leśnik: leśnik leśnika leśnikiem
rybak: rybak rybaka rybakiem
wędkarz: wędkarz wędkarza wędkarzem / wędkarka
kolejarz: kolejarz kolejarza kolejarzem
górnik: górnik górnika górnikiem
kobieta: kobieta kobiety kobiecie kobietę kobietą
pasażer: pasażer pasażera pasażerowi pasażerem / pasażerka pasażerki pasażerce pasażerkę pasażerką
podróżny: podróżny podróżnego / podróżna podróżnej
kibic: kibic kibica kibicem / kibicka
pacjent: pacjent pacjenta pacjentowi pacjentem / pacjentka pacjentki pacjentce pacjentką
turysta: turysta turysty turystą / turystka turystki
czytelnik: czytelnik czytelnika czytelnikiem / czytelniczka czytelniczki
klient: klient klienta klientem / klientka klientki
uczeń: uczeń ucznia uczniem / uczennica uczennicy
sąsiad: sąsiad sąsiada sąsiadem / sąsiadka sąsiadki
znajomy: znajomy znajomego znajomemu znajomym / znajoma znajomej znajomą
rozgrywający: rozgrywający rozgrywającego rozgrywającemu rozgrywającym / rozgrywająca rozgrywającej
atakujący: atakujący atakującego atakującemu atakującym / atakująca atakującej
przyjmujący: przyjmujący przyjmującego przyjmującemu przyjmującym / przyjmująca przyjmującej
pomocnik: pomocnik pomocnika pomocnikowi pomocnikiem
skrzydłowy: skrzydłowy skrzydłowego skrzydłowemu skrzydłowym / skrzydłowa skrzydłowej
hodowca: hodowca hodowcy hodowcą
internauta: internauta internauty / internautka internautki
ojciec: ojciec ojca ojcu ojcem
tata: tata taty tacie tatę tatą
mąż: mąż męża mężowi mężem
syn: syn syna synowi synem
brat: brat brata bratu bratem
dziadek: dziadek dziadka dziadkowi dziadkiem
matka: / matka matki matce matkę matką
mama: / mama mamie mamę mamą
żona: / żona żony żonie żonę żoną
córka: / córka córki córce córkę córką
siostra: / siostra siostry siostrze siostrę siostrą
babcia: / babcia babci babcię babcią
wdowa: / wdowa wdowy wdowie wdowę wdową
`;

const EN_ROLES = `
president: president presidents
vice-president: vice-president
vice-chancellor: vice-chancellor
vice-chairman: vice-chairman vice-chair
co-founder: co-founder cofounder
minister: minister ministers
premier: premier pm taoiseach
tánaiste: tánaiste tanaiste
tory: tory
recorder: recorder
secretary: secretary secretary-general secretaries
spokesman: spokesman spokeswoman spokesperson spokespeople spokesmen
chief*: chief chiefs
head*: head
leader*: leader leaders
director: director director-general
chairman: chairman chairwoman chair chairperson
speaker: speaker
candidate: candidate nominee
ambassador: ambassador envoy
general: general gen
commander: commander
chancellor: chancellor
governor: governor gov governor-general
mayor: mayor
senator: senator sen
congressman: congressman congresswoman lawmaker
official: official
source: source
boss: boss bosses
ceo: ceo
prosecutor: prosecutor attorney-general solicitor-general
judge: judge magistrate magistrates
adviser: adviser advisor aide
analyst: analyst strategist pollster
heavyweight: heavyweight grandee stalwart insider
legislator: legislator
expert: expert
professor: professor prof
king: king / queen
pope: pope
archbishop: archbishop archbishops
bishop: bishop bishops
cardinal: cardinal
priest: priest
pastor: pastor
vicar: vicar
chaplain: chaplain
rabbi: rabbi
imam: imam
cleric: cleric clergyman
deputy: deputy
diplomat: diplomat
negotiator: negotiator
coordinator: coordinator
commissioner: commissioner
economist: economist
researcher: researcher scientist
inspector: inspector inspector-general auditor-general
captain: captain capt
colonel: colonel col
admiral: admiral adm
sheriff: sheriff
coroner: coroner
delegate: delegate
representative: representative rep
attorney: attorney lawyer counsel atty
partner: partner
solicitor: solicitor barrister
treasurer: treasurer
resident: resident
witness: witness
democrat: democrat
republican: republican
founder: founder
executive: executive
correspondent: correspondent
editor: editor editor-in-chief
columnist: columnist commentator
journalist: journalist journalists
interviewer: interviewer
presenter: presenter
officer: officer officers
manager: manager managers
administrator: administrator administrators
dealer: dealer dealers
agent: agent agents
trader: trader traders
broker: broker brokers
coach: coach coaches
doctor: doctor doctors
meteorologist: meteorologist forecaster
organiser: organiser organizer
student: student
volunteer: volunteer
engineer: engineer
mp: mp
superintendent: superintendent supt
sergeant: sergeant sgt
detective: detective det dt
constable: constable
councillor: councillor councilor cllr coun cnr cr clr
presenter: presenter
publicist: publicist publicists

author: author
champion: champion
seed: seed
finalist: finalist
player: player
striker: striker
batsman: batsman batter
bowler: bowler
skipper: skipper
pitcher: pitcher
quarterback: quarterback
winger: winger
golfer: golfer
boxer: boxer
athlete: athlete
cyclist: cyclist
sprinter: sprinter
swimmer: swimmer
jockey: jockey
midfielder: midfielder
defender: defender
goalkeeper: goalkeeper
singer: singer
actor: actor actress
star: star
veteran: veteran
man: man
woman: woman
mother: mother
father: father
victim: victim
survivor: survivor
owner: owner
farmer: farmer
teacher: teacher
nurse: nurse
driver: driver
pilot: pilot
soldier: soldier
boy: boy
girl: girl
teenager: teenager teen
pupil: pupil
passenger: passenger
neighbour: neighbour neighbor
customer: customer
parent: parent
shopper: shopper
`;

const roleIndex = new Map<string, RoleHead>();
const femNominative = new Map<string, string>();
// Nouns whose sex is their meaning (`kobieta`, `mężczyzna`, `father`): a masculine title may name a woman,
// these never name someone of the other sex.
const INHERENT_GENDER = new Map<string, Gender>([
  ...'mężczyzna ojciec tata mąż syn brat dziadek gospodarz man father husband son brother boy'.split(' ').map((w): [string, Gender] => [w, 'm']),
  ...'kobieta woman mother wife daughter sister girl'.split(' ').map((w): [string, Gender] => [w, 'f']),
]);
function loadRoles(src: string): void {
  for (const line of src.split('\n')) {
    const m = /^([^:]+):(.*)$/.exec(line.trim());
    if (!m) continue;
    const generic = m[1].endsWith('*');
    const lemma = m[1].replace('*', '');
    const [masc, fem] = m[2].split('/');
    for (const f of masc.trim().split(/\s+/)) if (f && !roleIndex.has(f)) roleIndex.set(f, { lemma, gender: INHERENT_GENDER.get(lemma) ?? null, generic });
    if (fem) {
      const forms = fem.trim().split(/\s+/);
      for (const f of forms) if (f && !roleIndex.has(f)) roleIndex.set(f, { lemma, gender: 'f', generic });
      for (const f of forms) if (f && !femNominative.has(f)) femNominative.set(f, forms[0]);
    }
  }
}
loadRoles(PL_ROLES);
// Polish lemmas, so `wice-` prefixes only Polish titles.
const PL_LEMMAS = new Set([...roleIndex.values()].map((r) => r.lemma));
const enRoleForms = new Set<string>();
for (const line of EN_ROLES.split('\n')) for (const f of line.split(':')[1]?.trim().split(/\s+/) ?? []) if (f) enRoleForms.add(f);
loadRoles(EN_ROLES);

/** The nominative of a Polish title word (`rzeczniczki` → `rzeczniczka`, `ministra` → `minister`), or null. */
export function roleNominative(word: string): string | null {
  const lower = word.toLowerCase();
  const r = roleIndex.get(lower);
  if (!r) return null;
  const nom = r.gender === 'f' ? femNominative.get(lower) ?? null : r.lemma;
  if (!nom || nom === lower) return null;
  return word[0] === lower[0] ? nom : nom[0].toUpperCase() + nom.slice(1);
}

// Titles written as capital initials (only in capitals: `da` is a Polish verb): `the DA says`.
const ROLE_ACRONYMS = new Map([['DA', 'attorney'], ['DAs', 'attorney'], ['PS', 'secretary'], ['CS', 'secretary'], ['CAS', 'secretary']]);

/** The role head a word (any case, any declension) is, or null: `szefowej` → szef (f). */
export function roleHead(word: string): RoleHead | null {
  const acr = ROLE_ACRONYMS.get(word);
  if (acr) return roleIndex.get(acr) ?? null;
  // `52-latek`, `30-latka`: someone named by their age (an epithet for a person already introduced).
  const c0 = word.charCodeAt(0);
  const age = c0 >= 48 && c0 <= 57 ? /^\d{1,3}-lat(ek|kiem|kowi|ka|ce|ką|kę)$/.exec(word) : null;
  if (age) return { lemma: 'latek', gender: /^(ek|kiem|kowi)$/.test(age[1]) ? 'm' : 'f', generic: false };
  // (English `the 64-year-old told …`: the same epithet as a noun.)
  if (c0 >= 48 && c0 <= 57 && /^\d{1,3}-year-old$/.test(word)) return { lemma: 'latek', gender: null, generic: false };
  const r = roleIndex.get(word) ?? (isLower(word) ? null : roleIndex.get(word.toLowerCase()) ?? null);
  if (r || word.length < 8 || !/^[Ww]ice(?!-)/.test(word)) return r;
  // Any Polish `wice-` title of a listed office (`wiceburmistrz`, `wicewojewody`) is a role too.
  const base = roleIndex.get(word.slice(4).toLowerCase());
  return base && PL_LEMMAS.has(base.lemma) && !base.lemma.startsWith('wice') ? { lemma: 'wice' + base.lemma, gender: base.gender, generic: false } : null;
}

// Fast path: most lookups are of lower-case words, which need no lower-casing.
function isLower(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c > 127 && word[0] === word[0].toLowerCase());
}

export interface OrgHead {
  lemma: string;
  gender: Gender;
  /** A ministry (`resort` refers back to one). */
  ministry: boolean;
}

// lemma|gender|ministry? : forms
const ORG_HEADS = `
ministerstwo|n|M: ministerstwo ministerstwa ministerstwu ministerstwem ministerstwie
resort|m|M: resort resortu resortowi resortem resorcie
rząd|m: rząd rządu rządowi rządem rządzie rządy rządów
unia|f: unia unii unię unią
sojusz|m: sojusz sojuszu sojuszowi sojuszem
koalicja|f: koalicja koalicji koalicję koalicją
ratusz|m: ratusz ratusza ratuszem ratuszu
opozycja|f: opozycja opozycji opozycją
kancelaria|f: kancelaria kancelarii kancelarię kancelarią
biuro|n: biuro biura biuru biurem biurze
dział|m: dział działu działowi działem dziale
urząd|m: urząd urzędu urzędowi urzędem urzędzie
klub|m: klub klubu klubowi klubem klubie
centrum|n: centrum
inspektorat|m: inspektorat inspektoratu inspektoratowi inspektoratem inspektoracie
towarzystwo|n: towarzystwo towarzystwa towarzystwu towarzystwem towarzystwie
komisja|f: komisja komisji komisję komisją
rada|f: rada rady radzie radę radą
misja|f: misja misji misję misją
organizacja|f: organizacja organizacji organizację organizacją
park|m: park parku parkiem parkowi
instytut|m: instytut instytutu instytutowi instytutem instytucie
agencja|f: agencja agencji agencję agencją
departament|m|M: departament departamentu departamentem departamencie
sąd|m: sąd sądu sądowi sądem sądzie
trybunał|m: trybunał trybunału trybunałem trybunale
prokuratura|f: prokuratura prokuratury prokuraturze prokuraturę prokuraturą
obrona|f: obrona obrony obronie obronę obroną
policja|f: policja policji policję policją
straż|f: straż straży strażą
sztab|m: sztab sztabu sztabem sztabie
sejm|m: sejm sejmu sejmem sejmie
senat|m: senat senatu senatem senacie
parlament|m: parlament parlamentu parlamentem parlamencie
kongres|m: kongres kongresu kongresem kongresie
fundacja|f: fundacja fundacji fundację fundacją
stowarzyszenie|n: stowarzyszenie stowarzyszenia stowarzyszeniu stowarzyszeniem
wydawnictwo|n: wydawnictwo wydawnictwa wydawnictwu wydawnictwem wydawnictwie
związek|m: związek związku związkiem
partia|f: partia partii partię partią
solidarność|f: solidarność solidarności solidarnością
bank|m: bank banku bankiem
fundusz|m: fundusz funduszu funduszem funduszowi
telewizja|f: telewizja telewizji telewizję telewizją
radio|n: radio radia radiu radiem
gazeta|f: gazeta gazety gazecie gazetę gazetą
tygodnik|m: tygodnik tygodnika tygodnikiem tygodniku
dziennik|m: dziennik dziennika dziennikowi dziennikiem dzienniku
portal|m: portal portalu portalem
serwis|m: serwis serwisu serwisem serwisie
ambasada|f: ambasada ambasady ambasadzie ambasadą
kreml|m: kreml kremla kremlu
komitet|m: komitet komitetu komitetem komitecie
zarząd|m: zarząd zarządu zarządem zarządzie zarządowi
spółka|f: spółka spółki spółce spółką
koncern|m: koncern koncernu koncernem koncernie
uniwersytet|m: uniwersytet uniwersytetu uniwersytetem uniwersytecie
uczelnia|f: uczelnia uczelni uczelnię uczelnią
politechnika|f: politechnika politechniki politechnice politechnikę politechniką
akademia|f: akademia akademii akademię akademią
magistrat|m: magistrat magistratu magistratem magistracie
starostwo|n: starostwo starostwa starostwem starostwie
służba|f: służba służby służbie służbą
wojsko|n: wojsko wojska wojskiem wojsku
armia|f: armia armii armię armią
dowództwo|n: dowództwo dowództwa dowództwie dowództwem
inspekcja|f: inspekcja inspekcji inspekcję inspekcją
izba|f: izba izby izbie izbą
episkopat|m: episkopat episkopatu episkopacie
szkoła|f: szkoła szkoły szkole szkołę szkołą
klinika|f: klinika kliniki klinice klinikę kliniką
szpital|m: szpital szpitala szpitalowi szpitalem szpitalu
instytucja|f: instytucja instytucji instytucję instytucją
firma|f: firma firmy firmie firmę firmą
komenda|f: komenda komendy komendzie komendę komendą
żandarmeria|f: żandarmeria żandarmerii żandarmerię żandarmerią
pogotowie|n: pogotowie pogotowia pogotowiu pogotowiem
kuratorium|n: kuratorium
dywizja|f: dywizja dywizji dywizję dywizją
brygada|f: brygada brygady brygadzie brygadę brygadą
pułk|m: pułk pułku pułkiem
batalion|m: batalion batalionu batalionem
sanepid|m: sanepid sanepidu sanepidem
dyrekcja|f: dyrekcja dyrekcji dyrekcję dyrekcją
administracja|f: administracja administracji administrację administracją
wykonawca|m: wykonawca wykonawcy wykonawcę wykonawcą
nadawca|m: nadawca nadawcy nadawcę nadawcą
federacja|f: federacja federacji federację federacją
wspólnota|f: wspólnota wspólnoty wspólnocie wspólnotę wspólnotą
liga|f: liga ligi lidze ligę ligą
zrzeszenie|n: zrzeszenie zrzeszenia zrzeszeniu zrzeszeniem
grupa|f: grupa grupy grupie grupę grupą
ministry|n|M: ministry
department|n|M: department
division|n: division
directorate|n: directorate
inspectorate|n: inspectorate
agency|n: agency
body|n: body
commission|n: commission
council|n: council
mission|n: mission
office|n: office
committee|n: committee
court|n: court
police|pl: police
government|n: government
parliament|n: parliament
congress|n: congress
senate|n: senate
kremlin|n: kremlin
pentagon|n: pentagon
bank|n: bank
fund|n: fund
organization|n: organization organisation
institute|n: institute
university|n: university
company|n: company companies
hospital|n: hospital
clinic|n: clinic
school|n: school
club|n: club
airport|n: airport airports
museum|n: museum
theatre|n: theatre theater theatres theaters
gallery|n: gallery
opera|n: opera
orchestra|n: orchestra
festival|n: festival
library|n: library
prison|n: prison
charity|n: charity
alliance|n: alliance
party|n: party parties
embassy|n: embassy
army|n: army military forces
force|n: force
guard|n: guard coastguard coastguards
patrol|n: patrol
administration|n: administration
authority|n: authority authorities
college|n: college
association|n: association
union|n: union unions
service|n: service
center|n: center centre centers centres
board|n: board
bureau|n: bureau
foundation|n: foundation
survey|n: survey
observatory|n: observatory
laboratory|n: laboratory laboratories
consulate|n: consulate
tribunal|n: tribunal
federation|n: federation
society|n: society
corporation|n: corporation corp
regulator|n: regulator watchdog
firm|n: firm firms
supermarket|n: supermarket
retailer|n: retailer
carmaker|n: carmaker automaker
miner|n: miner
airline|n: airline airlines airways
lines|n: lines
insurer|n: insurer
lender|n: lender
chain|n: chain
manufacturer|n: manufacturer
broadcaster|n: broadcaster
conglomerate|n: conglomerate
przewoźnik|m: przewoźnik przewoźnika
ubezpieczyciel|m: ubezpieczyciel ubezpieczyciela
co|n: co cos
inc|n: inc
ltd|n: ltd plc
holdings|n: holdings
group|n: group groups
brewer|n: brewer
operator|n: operator
publisher|n: publisher
developer|n: developer
`;

const orgIndex = new Map<string, OrgHead>();
for (const line of ORG_HEADS.split('\n')) {
  const m = /^([^:]+):(.*)$/.exec(line.trim());
  if (!m) continue;
  const [lemma, gender, flag] = m[1].split('|');
  for (const f of m[2].trim().split(/\s+/)) if (f && !orgIndex.has(f)) orgIndex.set(f, { lemma, gender: gender as Gender, ministry: flag === 'M' });
}

/** The institution head a word is (`resortu` → resort, a ministry), or null. */
export function orgHead(word: string): OrgHead | null {
  // (Company suffixes count only as written in names: `Co`, `Inc`; a lower-case `co` is Polish `what`.)
  if (COMPANY_SUFFIX.has(word)) return null;
  // (`World Food Program`, `UN Development Program`: the American spelling names a body only as written in a name.)
  if (word === 'Program' || word === 'Programme') return PROGRAMME_HEAD;
  return orgIndex.get(word) ?? (isLower(word) ? null : orgIndex.get(word.toLowerCase()) ?? null);
}

const PROGRAMME_HEAD: OrgHead = { lemma: 'programme', gender: 'n', ministry: false };

const COMPANY_SUFFIX = new Set(['co', 'cos', 'inc', 'ltd', 'plc', 'corp']);

/** Acronyms of ministries: a later `resort`/`ministerstwo` refers back to them. */
const MINISTRY_ACRONYMS = new Set(['MSZ', 'MON', 'MSWiA', 'MEN', 'MF', 'MZ', 'MS', 'MSWIA', 'MRiRW', 'MKiDN', 'MI', 'MAP', 'MRPiPS', 'MSiT', 'MEiN', 'MNiSW', 'MSW', 'MC', 'MKiŚ']);

/** True for a ministry acronym (`MSZ`, `MON`). */
// The head noun of well-known institutions named by their acronym, so that a later bare head
// (`komunikat Instytutu`, `the agency`) can refer back to them.
const ACRONYM_HEADS = new Map<string, string>(Object.entries({
  IMGW: 'instytut', IPN: 'instytut', GUS: 'urząd', UOKiK: 'urząd', URE: 'urząd', UODO: 'urząd', NBP: 'bank', NFZ: 'fundusz',
  ZUS: 'zakład', KRUS: 'kasa', KNF: 'komisja', PKW: 'komisja', KE: 'komisja', PSP: 'straż', KGP: 'komenda', KWP: 'komenda',
  KMP: 'komenda', KPP: 'komenda', ABW: 'agencja', ARiMR: 'agencja', CBA: 'biuro', CBŚP: 'biuro', NIK: 'izba', GIS: 'inspektorat',
  PE: 'parlament', ONZ: 'organizacja', WHO: 'organization',
  FBI: 'bureau', CIA: 'agency', NASA: 'agency', EPA: 'agency', IAEA: 'agency', ECB: 'bank', EBC: 'bank', IMF: 'fund', MFW: 'fundusz',
  NHS: 'service', NWS: 'service', FDA: 'administration', DOJ: 'department', CDC: 'centers', KRRiT: 'rada', RPP: 'rada',
}));

/** The head noun of an institution known by its acronym (`IMGW` → `instytut`), or null. */
export function acronymHead(name: string): string | null {
  return ACRONYM_HEADS.get(name) ?? null;
}

export function isMinistryAcronym(word: string): boolean {
  return MINISTRY_ACRONYMS.has(word);
}

/** True for an acronym-like token: `NATO`, `MSZ`, `PiS`, `MSWiA`, `TVN24` (not `A` or `I`). */
export function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 10) return false;
  let r = acronymCache.get(word);
  if (r === undefined) {
    r = computeIsAcronym(word);
    if (acronymCache.size > 20000) acronymCache.clear();
    acronymCache.set(word, r);
  }
  return r;
}

// The tokenizer asks about every capitalised word, and the per-character case tests allocate.
const acronymCache = new Map<string, boolean>();

// A Polish case ending hyphenated to an acronym: `GUS-u`, `NFZ-etu`, `ZUS-em`, `PiS-owi`.
const ACRONYM_CASE = /^(.{2,})-(?:u|em|owi|ie|etu|ecie|etem|y|ów|om|ami|ach)$/u;

/** An acronym without its hyphenated Polish case ending (`GUS-u` → `GUS`); other words as they are. */
export function acronymBase(word: string): string {
  const m = ACRONYM_CASE.exec(word);
  return m && computeIsAcronym(m[1]) ? m[1] : word;
}

function computeIsAcronym(word: string): boolean {
  const inflected = ACRONYM_CASE.exec(word);
  if (inflected) return computeIsAcronym(inflected[1]);
  let upper = 0;
  let lower = 0;
  for (const c of word) {
    if ((c >= '0' && c <= '9') || c === '&') continue;
    if (c !== c.toLowerCase()) upper++;
    else if (c !== c.toUpperCase()) lower++;
    else return false;
  }
  return upper >= 2 && upper > lower && word[0] !== word[0].toLowerCase();
}

// Plural nouns for groups that can be the subject of a speech verb.
const GROUPS_PL = `naukowcy eksperci analitycy śledczy obserwatorzy badacze lekarze ratownicy strażacy policjanci
świadkowie mieszkańcy organizatorzy autorzy przedstawiciele władze media źródła prokuratorzy urzędnicy
dyplomaci politycy posłowie ministrowie specjaliści synoptycy meteorolodzy hydrolodzy ankietowani respondenci
członkowie protestujący demonstranci związkowcy rolnicy rodzice nauczyciele służby sojusznicy przywódcy
Rosjanie Amerykanie Polacy Ukraińcy Izraelczycy Palestyńczycy Brytyjczycy Francuzi Chińczycy Japończycy
Niemcy Litwini Łotysze Białorusini Czesi Słowacy Węgrzy Irlandczycy Hiszpanie Włosi Szwedzi Finowie
uczeni farmerzy artyści samorządowcy pielęgniarki położne pasażerowie podróżni kierowcy klienci uczniowie studenci kibice pacjenci turyści czytelnicy internauci uczestnicy działacze aktywiści radni hodowcy przedsiębiorcy właściciele sąsiedzi żołnierze funkcjonariusze medycy wolontariusze
producenci sadownicy sprzedawcy handlowcy handlarze przewoźnicy kupcy lokatorzy najemcy emeryci seniorzy weterynarze leśnicy wędkarze działkowcy sportowcy zawodnicy piłkarze trenerzy sędziowie adwokaci dziennikarze parlamentarzyści senatorowie europosłowie burmistrzowie wójtowie psycholodzy socjolodzy demografowie epidemiolodzy wirusolodzy pracodawcy górnicy kolejarze maszyniści inspektorzy celnicy pogranicznicy strażnicy krytycy zwolennicy przeciwnicy deweloperzy architekci inżynierowie bankowcy biskupi duchowni komentatorzy publicyści historycy archeolodzy geolodzy klimatolodzy biolodzy chemicy fizycy astronomowie sceptycy pesymiści optymiści mieszkanki opiekunowie związki
ekonomiści prawnicy inwestorzy pracownicy mundurowi goście najbliżsi bliscy krewni gospodarze ekolodzy rybacy armatorzy marynarze stoczniowcy portowcy druhowie sołtysi gospodynie myśliwi pszczelarze piekarze rzemieślnicy restauratorzy hotelarze kucharze weterani Gruzini Turcy Irańczycy Irakijczycy Syryjczycy Egipcjanie Koreańczycy Kanadyjczycy Australijczycy`;
const GROUPS_EN = `officials staff barristers solicitors attorneys paramedics experts analysts investigators observers researchers scientists doctors witnesses residents
organizers organisers authorities sources critics diplomats lawmakers economists protesters activists
prosecutors officers leaders ministers spokesmen democrats republicans forecasters meteorologists rescuers firefighters
medics campaigners aides negotiators mediators regulators traders investors executives lawyers police
astronomers physicians demonstrators villagers locals neighbours neighbors fans students teachers parents workers employees
voters senators survivors victims relatives families nurses farmers passengers commuters customers shoppers patients pupils drivers supporters tenants councillors councilors opponents users homeowners landlords renters
countries nations governments delegates delegations participants unions companies firms banks hospitals retailers manufacturers producers academics historians engineers colleagues friends owners operators
sides commissioners parties applicants plaintiffs defendants complainants claimants petitioners appellants protestors organisations organizations agencies bosses managers directors trustees members
fishermen fishers sailors veterans soldiers troops servicemen chefs restaurateurs publicans hoteliers growers beekeepers hunters`;
// Genitive plural → nominative, for `według ekspertów`, `zdaniem naukowców`, `według Rosjan`.
const GROUP_GENITIVES = `naukowców:naukowcy ekspertów:eksperci analityków:analitycy śledczych:śledczy obserwatorów:obserwatorzy
badaczy:badacze lekarzy:lekarze ratowników:ratownicy strażaków:strażacy policjantów:policjanci świadków:świadkowie
mieszkańców:mieszkańcy organizatorów:organizatorzy autorów:autorzy przedstawicieli:przedstawiciele władz:władze
mediów:media prokuratorów:prokuratorzy urzędników:urzędnicy dyplomatów:dyplomaci polityków:politycy posłów:posłowie
ministrów:ministrowie specjalistów:specjaliści synoptyków:synoptycy meteorologów:meteorolodzy hydrologów:hydrolodzy
ankietowanych:ankietowani respondentów:respondenci członków:członkowie związkowców:związkowcy rolników:rolnicy
sojuszników:sojusznicy Rosjan:Rosjanie Amerykanów:Amerykanie Polaków:Polacy Ukraińców:Ukraińcy Izraelczyków:Izraelczycy
Palestyńczyków:Palestyńczycy Brytyjczyków:Brytyjczycy Francuzów:Francuzi Niemców:Niemcy Chińczyków:Chińczycy
Japończyków:Japończycy ekonomistów:ekonomiści prawników:prawnicy inwestorów:inwestorzy pracowników:pracownicy
rodziców:rodzice nauczycieli:nauczyciele uczonych:uczeni farmerów:farmerzy artystów:artyści samorządowców:samorządowcy pielęgniarek:pielęgniarki położnych:położne pasażerów:pasażerowie podróżnych:podróżni kierowców:kierowcy klientów:klienci uczniów:uczniowie studentów:studenci
kibiców:kibice pacjentów:pacjenci turystów:turyści czytelników:czytelnicy internautów:internauci uczestników:uczestnicy
działaczy:działacze aktywistów:aktywiści radnych:radni hodowców:hodowcy przedsiębiorców:przedsiębiorcy właścicieli:właściciele
sąsiadów:sąsiedzi żołnierzy:żołnierze funkcjonariuszy:funkcjonariusze medyków:medycy wolontariuszy:wolontariusze
producentów:producenci sadowników:sadownicy sprzedawców:sprzedawcy handlowców:handlowcy handlarzy:handlarze przewoźników:przewoźnicy
kupców:kupcy lokatorów:lokatorzy najemców:najemcy emerytów:emeryci seniorów:seniorzy weterynarzy:weterynarze
leśników:leśnicy wędkarzy:wędkarze działkowców:działkowcy sportowców:sportowcy zawodników:zawodnicy piłkarzy:piłkarze
trenerów:trenerzy sędziów:sędziowie adwokatów:adwokaci dziennikarzy:dziennikarze parlamentarzystów:parlamentarzyści
senatorów:senatorowie europosłów:europosłowie burmistrzów:burmistrzowie wójtów:wójtowie psychologów:psycholodzy
socjologów:socjolodzy demografów:demografowie epidemiologów:epidemiolodzy wirusologów:wirusolodzy pracodawców:pracodawcy
górników:górnicy kolejarzy:kolejarze maszynistów:maszyniści inspektorów:inspektorzy celników:celnicy
pograniczników:pogranicznicy strażników:strażnicy krytyków:krytycy zwolenników:zwolennicy przeciwników:przeciwnicy
deweloperów:deweloperzy architektów:architekci inżynierów:inżynierowie bankowców:bankowcy biskupów:biskupi
duchownych:duchowni komentatorów:komentatorzy publicystów:publicyści historyków:historycy archeologów:archeolodzy
geologów:geolodzy klimatologów:klimatolodzy biologów:biolodzy chemików:chemicy fizyków:fizycy astronomów:astronomowie
sceptyków:sceptycy pesymistów:pesymiści optymistów:optymiści mieszkanek:mieszkanki opiekunów:opiekunowie
związków:związki mundurowych:mundurowi gości:goście najbliższych:najbliżsi bliskich:bliscy krewnych:krewni gospodarzy:gospodarze ekologów:ekolodzy
rybaków:rybacy armatorów:armatorzy marynarzy:marynarze stoczniowców:stoczniowcy portowców:portowcy druhów:druhowie sołtysów:sołtysi gospodyń:gospodynie myśliwych:myśliwi pszczelarzy:pszczelarze piekarzy:piekarze rzemieślników:rzemieślnicy restauratorów:restauratorzy hotelarzy:hotelarze kucharzy:kucharze weteranów:weterani`;
const groupNominative = new Map<string, string>();
for (const w of [...GROUPS_PL.split(/\s+/), ...GROUPS_EN.split(/\s+/)]) if (w) groupNominative.set(w.toLowerCase(), w);
for (const pair of GROUP_GENITIVES.split(/\s+/)) {
  const [g, n] = pair.split(':');
  if (g) groupNominative.set(g.toLowerCase(), n);
}

// The plural of any English title is a group that can speak (`The mayors of Canada’s largest cities say …`,
// `…, say judges`) unless the title list has that plural itself (`presidents`, `ministers`).
for (const f of enRoleForms) {
  if (!/^[a-z]{3,}$/.test(f) || roleIndex.get(f)?.generic) continue;
  const plural = /man$/.test(f) ? f.slice(0, -3) + 'men' : /(s|sh|ch|x)$/.test(f) ? f + 'es' : /[^aeiou]y$/.test(f) ? f.slice(0, -1) + 'ies' : f + 's';
  if (!roleIndex.has(plural) && !groupNominative.has(plural)) groupNominative.set(plural, plural);
}

/** True for a plural group noun that can speak (`naukowcy`, `officials`, genitive `ekspertów`). */
export function isGroupNoun(word: string): boolean {
  return groupNominative.has(word) || (!isLower(word) && groupNominative.has(word.toLowerCase()));
}

/** Nominative plural of a group noun (`ekspertów` → eksperci), or the word itself. */
export function groupLemma(word: string): string {
  return groupNominative.get(word.toLowerCase()) ?? word;
}

export interface PronounInfo {
  gender: Gender | 'any';
  /** `subject` (on, he), `possessive` (jego zdaniem, his), `oblique` (według niego). */
  use: 'subject' | 'possessive' | 'oblique';
}

const PRONOUNS: Record<string, PronounInfo> = {
  on: { gender: 'm', use: 'subject' }, ona: { gender: 'f', use: 'subject' }, ono: { gender: 'n', use: 'subject' },
  oni: { gender: 'pl', use: 'subject' }, one: { gender: 'pl', use: 'subject' },
  jego: { gender: 'm', use: 'possessive' }, jej: { gender: 'f', use: 'possessive' }, ich: { gender: 'pl', use: 'possessive' },
  niego: { gender: 'm', use: 'oblique' }, niej: { gender: 'f', use: 'oblique' }, nich: { gender: 'pl', use: 'oblique' },
  he: { gender: 'm', use: 'subject' }, she: { gender: 'f', use: 'subject' }, they: { gender: 'pl', use: 'subject' },
  it: { gender: 'n', use: 'subject' }, his: { gender: 'm', use: 'possessive' }, her: { gender: 'f', use: 'possessive' },
  their: { gender: 'pl', use: 'possessive' }, him: { gender: 'm', use: 'oblique' }, them: { gender: 'pl', use: 'oblique' },
};

const PRONOUN_MAP = new Map(Object.entries(PRONOUNS));

/** Pronoun information for a word, or null. */
export function pronoun(word: string, lang?: 'pl' | 'en'): PronounInfo | null {
  if (word.length > 5) return null;
  const p = PRONOUN_MAP.get(word) ?? (isLower(word) ? null : PRONOUN_MAP.get(word.toLowerCase()) ?? null);
  if (!p || !lang) return p;
  // `on Monday` is no Polish `on` (he); `her` in a Polish text is no pronoun.
  return EN_PRONOUNS.has(word.toLowerCase()) === (lang === 'en') ? p : null;
}

const EN_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their', 'him', 'them']);

// Place names (stems, lower-case) that must not be read as surnames after a role (`premier Irlandii`).
const PLACE_STEMS = `polsk polsc ros ukrain niemc niemiec francj franc hiszpan włoch włos brytani angli szkocj łotw litw
eston białoru czech czes słowacj słowen węgr węgier węgi rumun bułgar serbi chorwacj grecj turcj izrael palesty egipt
iran irak syri liban jordani arabi chin japoni kore indi pakistan afganistan stan kanad meksyk brazyli argentyn
australi gruzj mołdaw finlandi szwecj norwegi dani holandi belgi szwajcar austri irlandi portugali sudan darfur kosow
azerbejdżan armeni kazach europ azj afryk ameryk moskw waszyngton kijow kijów bruksel warszaw berlin londyn paryż
pekin tokio gaz strefi kaukaz krym karabach wenezuel kub wietnam tajwan islandi luksemburg malt cypr albani macedoni
czarnogór bośni libi tunezj algier maroko etiopi somali kenii nigeri jemen katar kuwejt emirat bahrajn oman
wrocław krak gdańsk poznań łódź lublin szczecin katowic opol rzeszow kielc białystok olsztyn toruń bydgoszcz
russia ukrain poland german france spain ital britain england latvia lithuania estonia belarus czech slovak
hungar romania bulgaria serbia croatia greece turkey israel palestin egypt iran iraq syria lebanon jordan saudi
china japan korea india pakistan afghanistan canada mexico brazil argentin australia georgia moldova finland
sweden norway denmark netherland belgi switzerland austria ireland portugal washington moscow kyiv kiev brussels
london paris berlin beijing warsaw europe asia africa america
scotland wales nigeria kenya ghana uganda zimbabwe venezuela bolivia colombia cambodia bangladesh congo mozambique
philippines indonesia malaysia thailand singapore ontario quebec alberta dublin belfast cardiff edinburgh glasgow
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois iowa kansas
kentucky louisiana maryland massachusetts michigan minnesota mississippi missouri nebraska nevada ohio oklahoma oregon
pennsylvania tennessee texas utah vermont wisconsin wyoming maine`;
const placeStems = PLACE_STEMS.split(/\s+/).filter(Boolean);

const placeCache = new Map<string, boolean>();
/** True when a capitalised word looks like a place name (`Irlandii`, `Rosji`, `Ukrainy`, `Moscow`). */
export function isPlaceName(word: string): boolean {
  let r = placeCache.get(word);
  if (r === undefined) {
    if (placeCache.size > 20000) placeCache.clear();
    r = computeIsPlaceName(word);
    placeCache.set(word, r);
  }
  return r;
}

// Given names that are also the name of a country or place (`Kuba` is Cuba in Polish, `Jordan`, `Virginia`).
const COUNTRY_GIVEN_NAMES = new Set(['Kuba', 'Kuby', 'Kubie', 'Kubę', 'Jordan', 'Georgia', 'Chad', 'India', 'Israel', 'Sofia', 'Sofii', 'Victoria', 'Charlotte', 'Florence', 'Virginia', 'Santiago', 'Carolina', 'Chelsea', 'Lincoln', 'Austin', 'Jackson', 'Adelaide', 'Sydney']);

const SHORT_STEM_REST = /^(?:|a|y|i|e|u|o|n|ą|ę|ie|ii|ji|ja|ją|ję|ia|ią|ię|em|om|ach|ami|ów|ow|owa|owie|owem|owi|ech|ze|zech|rze|er|an|ans|ian|ians|ese|ki|ka|kie|kiego|kiej|kim|ką|ski\p{L}*|sk\p{L}*|ński\p{L}*|ńsk\p{L}*|ańsk\p{L}*|yjsk\p{L}*|ijsk\p{L}*|jsk\p{L}*|ejsk\p{L}*|owsk\p{L}*|atyck\p{L}*)$/u;

function computeIsPlaceName(word: string): boolean {
  // (`Daniel`, `Stanisław`, `Katarzyna` only begin like `Dania`, `Stany`, `Katar`: a given name is no place.)
  if (givenNameLemma(word) && !COUNTRY_GIVEN_NAMES.has(word)) return false;
  const w = word.toLowerCase();
  if (w === 'usa' || w === 'uk' || w === 'ue' || w === 'eu' || w === 'us') return true;
  // (`Kubacki` is a surname, not a form of `Kuba`: a short stem followed by `-cki` makes no place; nor
  // does one followed by `-owski`: `Stanowski` is no form of `Stany`.)
  // (A short stem only with an inflection or a derivative ending after it: `Rosji`, `rosyjski`, `Kubie`,
  // `Stanach` — not `Rossi`, `Kubica`, `Stanek`, `Krakowiak`.)
  for (const s of placeStems) if (w.startsWith(s) && w.length <= s.length + 5 && !(s.length <= 4 && (/^(?:[aeiouy]?(?:cki|cka|ckiego|ckiej|ckim|ckiemu)|[oe]wsk[aiy])$/.test(w.slice(s.length)) || !SHORT_STEM_REST.test(w.slice(s.length))))) return true;
  // Polish genitive/locative of feminine country names: Irlandii, Francji, Szwecji.
  return /(?:ii|cji|dii|gii|ji)$/.test(w) && w.length > 4;
}

// Nationality/country adjective stems mapped to a canonical country key, for role agreement
// (`ukraińska wicepremier` ~ `wicepremier Ukrainy`, `amerykański` ~ `USA`).
const COUNTRY_KEYS: Array<[RegExp, string]> = [
  [/^(ukrai|ukrain)/, 'ua'], [/^(ros[yj]|russia)/, 'ru'], [/^(pols|poland|polish$)/, 'pl'], [/^(niem|german)/, 'de'],
  [/^(fran|french)/, 'fr'], [/^(amery|usa$|us$|stan(y|ów|ach|om)$|american|u\.s)/, 'us'], [/^(bryt|wielk|brit|uk$)/, 'gb'],
  [/^(łot|latvia)/, 'lv'], [/^(lit|lithuania)/, 'lt'], [/^(esto)/, 'ee'], [/^(białoru|belarus)/, 'by'],
  [/^(cze|czech)/, 'cz'], [/^(słowa|slovak)/, 'sk'], [/^(węg|hungar)/, 'hu'], [/^(izrael|israel)/, 'il'],
  [/^(palest)/, 'ps'], [/^(chiń|chin)/, 'cn'], [/^(japo|japan)/, 'jp'], [/^(irlan|irish|ireland)/, 'ie'],
  [/^(hiszpa|spa[ni])/, 'es'], [/^(włos|włoch|ital)/, 'it'], [/^(gruz|georgia)/, 'ge'], [/^(turc|turk)/, 'tr'],
  [/^(iran)/, 'ir'], [/^(irak|iraq)/, 'iq'], [/^(syr)/, 'sy'], [/^(egip|egypt)/, 'eg'], [/^(szwe|swed)/, 'se'],
  [/^(fiń|finl|finn)/, 'fi'], [/^(norw)/, 'no'], [/^(duń|dani|dan|denm)/, 'dk'], [/^(holend|holand|dutch|netherl)/, 'nl'],
  [/^(belg)/, 'be'], [/^(austr[iy]a|austriac|austri)/, 'at'], [/^(sudań|sudan)/, 'sd'], [/^(mołdaw|moldov)/, 'md'],
  [/^(kanad|canad)/, 'ca'], [/^(kore)/, 'kr'], [/^(indy|indi)/, 'in'], [/^(rumu|roman)/, 'ro'], [/^(bułga|bulga)/, 'bg'],
  [/^(filipi|philippin)/, 'ph'], [/^(argent)/, 'ar'], [/^(grecj|greck|greek|greece)/, 'gr'], [/^(szwajc|swiss|switz)/, 'ch'], [/^(tajl|thai)/, 'th'],
  [/^(meksy|mexic)/, 'mx'], [/^(brazyl|brazil)/, 'br'], [/^(australi)/, 'au'], [/^(nigeri)/, 'ng'], [/^(kenij|kenia|kenya)/, 'ke'],
  [/^(pakist)/, 'pk'], [/^(afga|afgha)/, 'af'], [/^(saudi|saudyj)/, 'sa'], [/^(wenezu|venezu)/, 've'], [/^(indonez|indones)/, 'id'],
  [/^(wietnam|vietnam)/, 'vn'], [/^(banglad)/, 'bd'], [/^(tajwa|taiwan)/, 'tw'], [/^(liban|leban)/, 'lb'], [/^(katar|qatar)/, 'qa'],
  [/^(jemen|yemen)/, 'ye'], [/^(libij|libia|libya)/, 'ly'], [/^(etiop|ethiop)/, 'et'], [/^(serbi|serbs|serb$)/, 'rs'], [/^(chorw|croat)/, 'hr'],
  [/^(portug)/, 'pt'], [/^(szkoc|scot|walijs|welsh$|wales$)/, 'gb'],
];

/** Canonical country key of a nationality adjective or country name (`ukraińska`, `Ukrainy` → ua), or null. */
export function countryKey(word: string): string | null {
  if (/^\p{Lu}/u.test(word) && givenNameLemma(word) && !COUNTRY_GIVEN_NAMES.has(word)) return null;
  const w = word.toLowerCase();
  for (const [re, key] of COUNTRY_KEYS) if (re.test(w)) return key;
  return null;
}

// Portfolio synonyms: `szef dyplomacji` = `minister spraw zagranicznych` = `szef MSZ` = foreign minister.
const PORTFOLIOS: Array<[RegExp, string]> = [
  [/^(dyplomac|zagranicz|msz$|foreign|state$)/, 'foreign'],
  [/^(obron|mon$|defen[cs]e|wojn)/, 'defence'],
  [/^(edukac|oświat|men$|educat)/, 'education'],
  [/^(sprawiedliw|justice)/, 'justice'],
  [/^(zdrow|health)/, 'health'],
  [/^(finans|mf$|treasur|financ)/, 'finance'],
  [/^(wewnętrz|mswia$|interior|home)/, 'interior'],
  [/^(rolnict|agricult)/, 'agriculture'],
  [/^(gospodar|econom)/, 'economy'],
  [/^(rząd|rzą|government|gabinet|cabinet)/, 'government'],
  // (`wiceminister cyfryzacji` = `wiceszef MC`; climate, culture, sport likewise.)
  [/^(cyfryz|mc$|digital)/, 'digital'],
  [/^(klimat|środowisk|mkiś$|climat|environment)/, 'climate'],
  [/^(kultur|mkidn$|cultur)/, 'culture'],
  [/^(sport|msit$)/, 'sport'],
  // `szef państwa ukraińskiego`, `głowa państwa`, `head of state` = the president.
  [/^(państw|panstw)/, 'state'],
];

const complementCache = new Map<string, string>();
/** Canonical key for a word of a role's complement (`dyplomacji` → foreign), or a 5-letter stem. */
export function complementKey(word: string): string {
  let k = complementCache.get(word);
  if (k === undefined) {
    if (complementCache.size > 20000) complementCache.clear();
    k = computeComplementKey(word);
    complementCache.set(word, k);
  }
  return k;
}

function computeComplementKey(word: string): string {
  // (An inflected acronym is the acronym: `MON-u`, `SOR-ze`.)
  const inflected = /^(\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu})-\p{Ll}{1,3}$/u.exec(word);
  if (inflected && isAcronym(inflected[1])) return computeComplementKey(inflected[1]);
  const w = word.toLowerCase();
  for (const [re, key] of PORTFOLIOS) if (re.test(w)) return key;
  const c = countryKey(word);
  if (c) return 'country:' + c;
  if (isAcronym(word)) return word.toUpperCase();
  return w.slice(0, 5);
}

// Lower-case words that may extend a role complement (`ds.`, `do spraw`, `przy`, `i`) or introduce one.
export const COMPLEMENT_CONNECTORS = new Set(['ds', '.', 'do', 'spraw', 'przy', 'i', 'of', 'for', 'the', "'s", 'de', 'wobec']);

// Words that may precede a role/institution as part of the mention (`były`, `obecny`, `b.`).
export const ROLE_PREMODIFIERS = new Set([
  'były', 'była', 'byłego', 'byłej', 'b', 'obecny', 'obecna', 'ówczesny', 'ówczesna', 'nowy', 'nowa', 'dotychczasowy',
  'dotychczasowa', 'pan', 'pani', 'former', 'acting', 'deputy', 'senior', 'top', 'then', 'vice', 'chief', 'prime',
  'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'press', 'state', 'general', 'główny', 'główna',
  'naczelny', 'naczelna', 'generalny', 'generalna', 'prasowy', 'prasowa', 'krajowy', 'krajowa', 'assistant', 'associate',
  'diplomatic', 'military', 'intelligence', 'security', 'industry', 'western', 'pierwsza', 'pierwszej', 'pierwszą',
  'catholic', 'anglican', 'orthodox', 'protestant', 'methodist', 'baptist', 'evangelical', 'lutheran', 'presbyterian', 'jewish', 'muslim', 'islamic',
]);

// Capitalised words that never start a person's name.
const NON_NAME_CAPS = `
Brexit Brexitu Styczeń Stycznia Luty Lutego Marzec Marca Kwiecień Kwietnia Maj Maja Czerwiec Czerwca Lipiec Lipca Sierpień Sierpnia
Wrzesień Września Październik Października Listopad Listopada Grudzień Grudnia Poniedziałek Wtorek Środa Czwartek
Piątek Sobota Niedziela January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An In On At But And As After Before When While If For
Its His Her Their Our Some Many Most No Yet So Meanwhile All Any Every Each Both Several Officials Nobody Everyone People Still Then What This That These Those There However It He
She They We I You Mr Mrs Ms Miss Mx Dr Prof Sir Lord Lady Pan Pani Państwo Panie Panu Pana Panem Panią
Can Could Would Should Must Might Shall Beforehand Afterwards Afterward Previously Subsequently Separately Elsewhere Additionally Furthermore Moreover Nevertheless Nonetheless Ultimately Initially Eventually Currently Recently Traditionally Historically Though Although Despite Whereas Since Because Until Unless Whether Also Instead Indeed Later Earlier Today Tomorrow Yesterday
Overall Asked According Speaking Following Amid Among During Under Over With Without From To By Of Not Nor Only Even Just Now Here About Around Across Along Above Below Beyond Within Upon
How Why Who Where Which Whose Such Last Next First Second Finally Few Other Another One Two Three Once Asked Like Unlike Neither Either Whoever Whatever Feb Apr Aug Sept Oct Nov Dec
St Ft Mt Here’s Here's There’s There's That’s That's What’s What's It’s It's Let’s Let's I’ve I've I’m I'm I’d I'd I’ll I'll We’re We're We’ve We've We’ll We'll They’re They're They’ve They've You’re You're He’s He's She’s She's Insp Inspector Det Detective Gda Sgt Sergeant Supt Superintendent Capt Captain Cllr Coun Councillor Gov Governor Sen Senator Rep
Representative Speaker Judge Justice Constable Commissioner Professor Rev Reverend Mayor Sheriff Coach Lt Col Maj Cmdr Brig Brigadier Cpl Const Cst Adm Advocate
Says Said Calls Urges Warns Slams Vows Denies Rejects Defends Seeks Pledges Admits Blasts Tells Reveals Insists Accuses Praises Welcomes Criticises Criticizes Announces Confirms
Dame Baroness Baron Ald Pope Queen King Prince Princess
Catholic Anglican Orthodox Protestant Methodist Baptist Evangelical Lutheran Presbyterian Jewish Muslim Islamic
Kolejny Kolejna Kolejne Inny Inna Inne Jeden Jedna Jedno Pierwszy Pierwsza Drugi Druga Ostatni Ostatnia Wielu Niektórzy Część Większość Unijna Unijny Rządowy Rządowa
Praw Prawa Prawo Sprawiedliwości Sprawiedliwość Ludzi Ludzie Pracy Praca Spraw Dziecka Pacjenta Obywatelskich Ministrów Lewicy Lewica Konfederacji Konfederacja Platformy Platforma Razem Solidarności Solidarność
Jestem Jesteśmy Jest Są Był Była Było Byli Były Mam Mamy Mają Chcę Chcemy Musimy Możemy Będzie Będziemy Będą Trzeba Nie Tak To Ten Ta Te Tu Tutaj Tam Niech
Jak Według Zdaniem Przemawiając Dodał Dodała Podkreślił Podkreśliła W We Z Ze Na Po Od Do Dla Przez Przy Pod Nad Mimo Wobec Dzięki Wśród Podczas Oprócz Poza Zamiast Wbrew Obok Około Wokół Między Przed Za U Ku Spod Znad Zza Poprzez Wzdłuż Naprzeciwko
Jednak Również Także Ponadto Natomiast Wcześniej Później Potem Dziś Wczoraj Jutro Obecnie Teraz Tymczasem
Co Czego Czym Kto Kogo Komu Dlaczego Gdzie Ile Ale Lecz Albo Czyli Więc Oraz Bo Gdy Kiedy Choć Chociaż Jeśli Jeżeli Aby Żeby Że Ani Ależ Przecież Może Już Tylko Nawet Właśnie Zaś Ponieważ Skoro Zanim Odkąd Gdyby Chyba
Jednocześnie Równocześnie Następnie Dodatkowo Wówczas Zarazem Niestety Oczywiście Ostatecznie Wreszcie Dlatego Zatem Nadal Wciąż Dotychczas Dopiero Zwłaszcza Szczególnie Zwykle Zazwyczaj Często Czasem Czasami Rzadko Zawsze Nigdy Ostatnio Niedawno Wkrótce Początkowo Pierwotnie Faktycznie Rzeczywiście Prawdopodobnie Podobno Ponoć Zapewne Raczej Najpierw Dawniej Niegdyś Wtedy Wcześniej Tym Dziś Dotąd Stąd Tutaj Ówcześnie
Internet Twitter Twitterze Facebook Facebooku YouTube Instagram Telegram Boże Bożego Bożym Narodzenia Narodzenie Wielkanoc Wielkanocy
Christmas Easter Thanksgiving Halloween Ramadan Hanukkah Diwali Passover Lent Advent
Read More Privacy Policy Cookie Cookies Subscribe Advertisement Newsletter Sponsored Related Czytaj Zobacz Reklama
Grand Prix
Nasz Nasza Nasze Nasi Naszej Naszego Naszym Naszą Wasz Wasza Wasze Wasi Mój Moja Moje Moi Twój Twoja Twoje
`;
const nonNameCaps = new Set(NON_NAME_CAPS.split(/\s+/).filter(Boolean));

/** True for capitalised words that are never part of a person's name (months, weekdays, function words). */
export function isNonNameCap(word: string): boolean {
  return nonNameCaps.has(word);
}

// Asked for most capitalised words (name and premodifier checks); cached per word.
const NATIONALITY_ADJ = /^\p{Lu}\p{Ll}+(?:ian|ese|ish|an|i|ch|ine|ek|ss|sh|no)$/u;
const nationalityCache = new Map<string, boolean>();

/** True for English nationality adjectives (`Russian`, `Polish`, `Chinese`, `Israeli`). */
export function isNationalityAdjective(word: string): boolean {
  let r = nationalityCache.get(word);
  if (r === undefined) {
    // (`Szwedowski`, `Rusiński`: a Polish surname whose stem starts like a country is no nationality.)
    r = NATIONALITY_ADJ.test(word) && !/(?:owski|ewski|iński|yński)$/u.test(word) && countryKey(word) !== null;
    if (nationalityCache.size > 20000) nationalityCache.clear();
    nationalityCache.set(word, r);
  }
  return r;
}

// Nationality nouns that no suffix rule recognises (`Grek`, `Francuz`, `Spaniard`, `Swede`).
const IRREGULAR_DEMONYMS = new Set(`grek greczynka francuz francuzka włoch włoszka czech czeszka węgier węgierka szwed szwedka fin finka
turek turczynka serb serbka chorwat chorwatka norweg norweżka belg belgijka holender holenderka szkot szkotka rumun rumunka
bułgar bułgarka łotysz łotyszka litwin litwinka gruzin gruzinka białorusin białorusinka szwajcar szwajcarka hiszpan hiszpanka
polak polka niemiec niemka rosjanin rosjanka`.split(/\s+/));
const IRREGULAR_DEMONYMS_EN = new Set(`spaniard swede dane finn pole greek turk serb croat briton frenchman frenchwoman dutchman scot
welshman englishman irishman`.split(/\s+/));
const DEMONYM_SUFFIX_PL = /^\p{Lu}\p{Ll}{2,}(?:czyk|czycy|anin|anka|ak|ec|ka)$/u;

/**
 * Grammatical gender of a capitalised nationality noun used as a person epithet (`Portugalczyk`
 * m, `Niemka` f, `the Italian` any), or null when the word is no nationality noun. Suffix rules
 * only count on words whose stem names a country, so surnames ending in -ak/-ec are not taken.
 */
export function demonymGender(word: string, lang?: 'pl' | 'en'): Gender | 'any' | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const w = word.toLowerCase();
  const fem = /(?:ka|ynka)$/.test(w) && !/(?:czyk|ak)$/.test(w);
  // (`Serb`, `Polak` in a Polish text are the Polish nouns, which carry a sex.)
  if (lang === 'pl' && IRREGULAR_DEMONYMS.has(w)) return fem ? 'f' : 'm';
  if (IRREGULAR_DEMONYMS_EN.has(w)) return 'any';
  if (IRREGULAR_DEMONYMS.has(w)) return fem ? 'f' : 'm';
  if (DEMONYM_SUFFIX_PL.test(word) && (countryKey(word) !== null || isPlaceName(word))) return fem ? 'f' : 'm';
  if (isNationalityAdjective(word)) return 'any';
  return null;
}

// Polish case endings of nationality nouns back to the nominative: `Polkę` → `Polka`, `Norwega` →
// `Norweg`, `Niemca` → `Niemiec`, `Polakiem` → `Polak`.
const DEMONYM_CASES: Array<[RegExp, string]> = [[/(?:ę|ą|i)$/u, 'a'], [/ce$/u, 'ka'], [/(?:a|owi|iem|em)$/u, ''], [/gra$/u, 'gier'], [/c(?:a|owi|em)$/u, 'iec'], [/(?:anina|aninowi|aninem)$/u, 'anin']];

/**
 * The country (as `countryKey` names it) of a capitalised nationality noun in any case, or of an
 * English nationality adjective (`Polkę`, `Norwega`, `the Pole`, `American`): null for other words.
 */
export function demonymCountry(word: string, lang?: 'pl' | 'en'): string | null {
  const f = demonymNominative(word, lang);
  if (!f) return null;
  if (/^Pol(?:ak|ka)$/u.test(f) || (lang !== 'pl' && /^Poles?$/u.test(f))) return 'pl';
  return countryKey(f);
}

/** The nominative of a capitalised nationality noun in any case (`Polki` → `Polka`, `Norwega` → `Norweg`), or null. */
export function demonymNominative(word: string, lang?: 'pl' | 'en'): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || givenNameLemma(word)) return null;
  const forms = [word];
  if (lang !== 'en') for (const [re, to] of DEMONYM_CASES) if (re.test(word)) forms.push(word.replace(re, to));
  for (const f of forms) {
    if (demonymGender(f, lang) === null) continue;
    if (/^Pol(?:ak|ka)$/u.test(f) || (lang !== 'pl' && /^Poles?$/u.test(f)) || countryKey(f)) return f;
  }
  return null;
}

// Descriptive nouns that news uses to re-mention someone already introduced under another title
// (`Radny Jan Kowal … - stwierdził polityk`, `trener X … - powiedział szkoleniowiec`).
const EPITHET_HEADS = new Set(['gość', 'rozmówca', 'republikanin', 'demokrata', 'naukowiec', 'badacz', 'twórca', 'reżyser', 'laureat', 'zwycięzca', 'aktor', 'pisarz', 'artysta', 'muzyk', 'wokalista', 'piosenkarz', 'pianista', 'gitarzysta', 'perkusista', 'raper', 'dyrygent', 'prezenter', 'scenarzysta', 'poeta', 'tancerz', 'kompozytor', 'champion', 'seed', 'finalist', 'player', 'striker', 'batsman', 'bowler', 'skipper', 'pitcher', 'quarterback', 'winger', 'golfer', 'boxer', 'athlete', 'cyclist', 'sprinter', 'swimmer', 'jockey', 'midfielder', 'defender', 'goalkeeper', 'singer', 'actor', 'star', 'veteran', 'man', 'woman', 'boy', 'girl', 'teenager', 'coach',
  'mężczyzna', 'kobieta', 'rolnik', 'gospodarz', 'aktywista', 'działacz', 'związkowiec', 'duchowny', 'cleric', 'polityk', 'samorządowiec', 'włodarz', 'szkoleniowiec', 'trener', 'selekcjoner', 'zawodnik', 'piłkarz', 'napastnik', 'bramkarz', 'adwokat', 'mecenas', 'obrońca', 'prawnik', 'attorney',
  'policjant', 'funkcjonariusz', 'strażak', 'wojskowy', 'latek', 'żużlowiec', 'siatkarz', 'koszykarz', 'szczypiornista', 'hokeista', 'tenisista', 'skoczek', 'kolarz', 'pływak', 'lekkoatleta', 'biegacz', 'bokser', 'zapaśnik', 'medalista', 'olimpijczyk', 'lekarz', 'ekspert', 'analityk', 'ekonomista', 'officer', 'doctor', 'expert', 'analyst', 'economist', 'tory']);

/** True for a role head that is a descriptive epithet (`polityk`, `szkoleniowiec`) rather than an office. */
export function isEpithetHead(lemma: string): boolean {
  return EPITHET_HEADS.has(lemma);
}

// A signature bitset of every lower-cased role head, institution head and group noun form: a word
// whose signature is absent is in none of the three tables, so the per-token lookups (asked for
// nearly every token) can skip hashing the word. Built once, after all tables are loaded.
const LEXICON_SIGNATURES = new Uint8Array(1 << 16);
function lexiconSignature(lower: string): number {
  const n = lower.length;
  return ((lower.charCodeAt(0) * 31 + lower.charCodeAt(n - 1)) * 61 + n) & 0xffff;
}
for (const table of [roleIndex, orgIndex, groupNominative, ROLE_ACRONYMS] as Array<Map<string, unknown>>) {
  for (const form of table.keys()) LEXICON_SIGNATURES[lexiconSignature(form.toLowerCase())] = 1;
}

/**
 * False when `roleHead`, `orgHead` and `isGroupNoun` are all certainly null/false for a word with
 * lower-case form `lower` (ignoring `roleHead`'s `wice-` derivation, which the caller checks).
 */
export function lexiconMayHave(lower: string): boolean {
  return LEXICON_SIGNATURES[lexiconSignature(lower)] === 1;
}

// Kinds of outlet written before an outlet's own name (`portal e-petrol.pl`, `dziennik Rzeczpospolita`).
/** A Polish region's or city's adjective in any case (`małopolskiej`, `warszawska`, `stołecznej`): which institution of a kind. */
export const REGION_ADJ_PL = /^\p{Ll}{3,}(?:sk|ck|dzk)(?:i|a|ie|iej|iego|im|ą|iemu)$|^stołeczn(?:a|ej|ą|y|ego|ym|e)$/u;
/** An institution's name opened by such an adjective in the nominative (`małopolska policja`, `katowicki sąd apelacyjny`); group 1 the rest. */
export const REGION_NAME_PL = /^(?:\p{Ll}+(?:sk|ck|dzk)(?:a|i|ie)|stołeczn[aye]) (.+)$/u;
export const OUTLET_HEAD = /^(portal|serwis|dziennik|tygodnik|miesięcznik|gazeta|magazyn|stacja|telewizja|rozgłośnia|radio|agencja|website|newspaper|magazine|channel|outlet|site)$/;
