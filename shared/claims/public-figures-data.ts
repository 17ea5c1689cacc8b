/**
 * Well-known public figures (politicians, heads of institutions, …) for speaker resolution: an
 * article that says only `Tusk`, `premier`, `Mr Sunak`, `the prime minister` or `Zełenski` can be
 * tied to the full name. Covers those most often quoted in Polish and English news 2005–2026.
 * One line per person: `Full Name|gender|country|role; role; …|variant; variant`
 *
 * - Full Name: Polish news spelling in the nominative for Polish, Ukrainian, Russian and Belarusian
 *   people (`Wołodymyr Zełenski`, `Siergiej Ławrow`), the usual English spelling for everyone else.
 *   Monarchs and popes use their regnal name (`Charles III`, `Benedict XVI`); `Pope Francis` is
 *   the one exception, because his regnal name is a single word.
 * - gender: m | f.
 * - country: ISO 3166 alpha-2, lower-case; `eu`, `nato`, `un`, `va` when the office the person is
 *   best known for in this period is international (`Ursula von der Leyen|f|eu`, `Mark Rutte|m|nato`).
 *   `int` for other international bodies (FIFA, UEFA, IOC). Polish EU commissioners and Donald Tusk stay `pl`.
 * - roles: offices by which news refers to the person WITHOUT the name, Polish (nominative,
 *   lower-case) and English, from every period 2005–2026 (and the one just before for people who
 *   were still quoted). Polish people carry bare roles (`premier`); foreign ones carry qualified
 *   Polish roles (`premier Węgier`), since a bare `premier` in Polish news is the Polish one.
 *   US and UK figures also carry bare English roles (`president`, `prime minister`) because most
 *   English news is American or British.
 * - variants: other spellings of the full name (transliterations, English/Polish forms, well-known
 *   short forms such as `Radek Sikorski`, `Xi`, `Lula`). Diacritic-less spellings (`Jaroslaw
 *   Kaczynski`) are not listed: fold diacritics when matching instead.
 * Deliberately left out: people rarely quoted whose surname alone is common or an ordinary word,
 * because a bare surname would resolve wrongly (`Piotr Duda` would shadow Andrzej Duda, `Wasyl
 * Bodnar` Adam Bodnar, `Janusz Lewandowski` the footballer; `Anna Moskwa` is also `Moscow`,
 * `Wojciech Polak` also `a Pole`).
 */
export const PUBLIC_FIGURES = `
Lech Kaczyński|m|pl|prezydent; prezydent RP; prezydent Polski; głowa państwa; prezydent Warszawy; prezes PiS; minister sprawiedliwości; president; Polish president; mayor of Warsaw|
Bronisław Komorowski|m|pl|prezydent; prezydent RP; prezydent Polski; głowa państwa; marszałek Sejmu; minister obrony narodowej; wiceprzewodniczący Platformy Obywatelskiej; president; Polish president; Sejm speaker|
Andrzej Duda|m|pl|prezydent; prezydent RP; prezydent Polski; głowa państwa; zwierzchnik sił zbrojnych; wiceminister sprawiedliwości; europoseł; president; Polish president|
Agata Kornhauser-Duda|f|pl|pierwsza dama; pierwsza dama RP; Polish first lady|
Marta Nawrocka|f|pl|pierwsza dama; pierwsza dama RP; Polish first lady|
Karol Nawrocki|m|pl|prezydent; prezydent RP; prezydent Polski; prezydent elekt; głowa państwa; zwierzchnik sił zbrojnych; prezes IPN; prezes Instytutu Pamięci Narodowej; dyrektor Muzeum II Wojny Światowej; president; Polish president; president-elect; head of the Institute of National Remembrance|
Aleksander Kwaśniewski|m|pl|prezydent; prezydent RP; prezydent Polski; president; Polish president|
Lech Wałęsa|m|pl|prezydent RP; przewodniczący Solidarności; przywódca Solidarności; legenda Solidarności; noblista; laureat Pokojowej Nagrody Nobla; Polish president; Solidarity leader; Nobel Peace Prize laureate|
Kazimierz Marcinkiewicz|m|pl|premier; prezes Rady Ministrów; szef rządu; prime minister; Polish prime minister|
Jarosław Kaczyński|m|pl|prezes PiS; prezes Prawa i Sprawiedliwości; lider PiS; szef PiS; premier; prezes Rady Ministrów; wicepremier; wicepremier do spraw bezpieczeństwa; PiS leader; PiS chairman; Law and Justice leader; prime minister; deputy prime minister|
Donald Tusk|m|pl|premier; szef rządu; prezes Rady Ministrów; przewodniczący Rady Europejskiej; przewodniczący Platformy Obywatelskiej; przewodniczący PO; lider PO; lider Platformy; lider KO; przewodniczący Europejskiej Partii Ludowej; przewodniczący EPL; prime minister; Polish prime minister; European Council president; president of the European Council; Civic Platform leader; EPP president|
Ewa Kopacz|f|pl|premier; prezes Rady Ministrów; szefowa rządu; marszałek Sejmu; minister zdrowia; przewodnicząca Platformy Obywatelskiej; przewodnicząca PO; wiceprzewodnicząca Parlamentu Europejskiego; europosłanka; prime minister; Polish prime minister; Sejm speaker; health minister|
Beata Szydło|f|pl|premier; prezes Rady Ministrów; szefowa rządu; wicepremier; wiceprezes PiS; europosłanka; prime minister; Polish prime minister; deputy prime minister|
Mateusz Morawiecki|m|pl|premier; prezes Rady Ministrów; szef rządu; wicepremier; minister rozwoju; minister finansów; wiceprezes PiS; prezes BZ WBK; prime minister; Polish prime minister; deputy prime minister; finance minister|
Leszek Miller|m|pl|premier; prezes Rady Ministrów; przewodniczący SLD; lider SLD; europoseł; prime minister; Polish prime minister|
Marek Belka|m|pl|prezes NBP; prezes Narodowego Banku Polskiego; szef banku centralnego; premier; minister finansów; europoseł; central bank governor; NBP governor; prime minister|
Włodzimierz Cimoszewicz|m|pl|premier; marszałek Sejmu; minister spraw zagranicznych; szef MSZ; europoseł; prime minister; foreign minister|
Jerzy Buzek|m|pl|premier; przewodniczący Parlamentu Europejskiego; szef Parlamentu Europejskiego; europoseł; prime minister; European Parliament president|
Radosław Sikorski|m|pl|szef MSZ; minister spraw zagranicznych; szef dyplomacji; szef polskiej dyplomacji; wicepremier; marszałek Sejmu; minister obrony narodowej; szef MON; europoseł; foreign minister; Polish foreign minister; deputy prime minister; defence minister; Sejm speaker|Radek Sikorski
Anna Fotyga|f|pl|minister spraw zagranicznych; szefowa MSZ; szefowa dyplomacji; europosłanka; foreign minister; Polish foreign minister|
Grzegorz Schetyna|m|pl|szef MSZ; minister spraw zagranicznych; szef dyplomacji; marszałek Sejmu; wicepremier; minister spraw wewnętrznych i administracji; szef MSWiA; przewodniczący Platformy Obywatelskiej; przewodniczący PO; lider PO; senator; foreign minister; interior minister; Civic Platform leader|
Witold Waszczykowski|m|pl|szef MSZ; minister spraw zagranicznych; szef dyplomacji; europoseł; foreign minister; Polish foreign minister|
Jacek Czaputowicz|m|pl|szef MSZ; minister spraw zagranicznych; szef dyplomacji; foreign minister; Polish foreign minister|
Zbigniew Rau|m|pl|szef MSZ; minister spraw zagranicznych; szef dyplomacji; przewodniczący OBWE; wojewoda łódzki; foreign minister; Polish foreign minister; OSCE chairman|
Bogdan Klich|m|pl|minister obrony narodowej; szef MON; senator; defence minister; Polish defence minister|
Tomasz Siemoniak|m|pl|minister koordynator służb specjalnych; minister spraw wewnętrznych i administracji; szef MSWiA; minister obrony narodowej; szef MON; wicepremier; minister-coordinator of special services; interior minister; defence minister|
Antoni Macierewicz|m|pl|minister obrony narodowej; szef MON; przewodniczący podkomisji smoleńskiej; szef podkomisji smoleńskiej; wiceprezes PiS; marszałek senior; defence minister; Polish defence minister|
Mariusz Błaszczak|m|pl|minister obrony narodowej; szef MON; wicepremier; minister spraw wewnętrznych i administracji; szef MSWiA; przewodniczący klubu PiS; szef klubu PiS; defence minister; Polish defence minister; deputy prime minister; interior minister|
Władysław Kosiniak-Kamysz|m|pl|wicepremier; minister obrony narodowej; szef MON; prezes PSL; lider PSL; prezes Polskiego Stronnictwa Ludowego; szef ludowców; minister pracy i polityki społecznej; deputy prime minister; defence minister; Polish defence minister; PSL leader|
Ludwik Dorn|m|pl|minister spraw wewnętrznych i administracji; szef MSWiA; wicepremier; marszałek Sejmu; interior minister|
Bartłomiej Sienkiewicz|m|pl|minister spraw wewnętrznych; szef MSW; minister kultury i dziedzictwa narodowego; minister kultury; europoseł; interior minister; culture minister|
Joachim Brudziński|m|pl|minister spraw wewnętrznych i administracji; szef MSWiA; przewodniczący komitetu wykonawczego PiS; europoseł; interior minister|
Mariusz Kamiński|m|pl|minister spraw wewnętrznych i administracji; szef MSWiA; minister koordynator służb specjalnych; szef CBA; europoseł; interior minister|
Maciej Wąsik|m|pl|wiceminister spraw wewnętrznych i administracji; zastępca szefa CBA; europoseł; deputy interior minister|
Marcin Kierwiński|m|pl|minister spraw wewnętrznych i administracji; szef MSWiA; sekretarz generalny Platformy Obywatelskiej; sekretarz generalny PO; europoseł; interior minister|
Paweł Szefernaker|m|pl|minister spraw wewnętrznych i administracji; wiceminister spraw wewnętrznych i administracji; szef gabinetu prezydenta; interior minister|
Zbigniew Ziobro|m|pl|minister sprawiedliwości; prokurator generalny; szef resortu sprawiedliwości; lider Solidarnej Polski; prezes Solidarnej Polski; prezes Suwerennej Polski; justice minister; prosecutor general|
Jarosław Gowin|m|pl|wicepremier; minister sprawiedliwości; minister nauki i szkolnictwa wyższego; minister rozwoju; lider Porozumienia; prezes Porozumienia; deputy prime minister; justice minister; science minister|
Krzysztof Kwiatkowski|m|pl|prezes NIK; prezes Najwyższej Izby Kontroli; minister sprawiedliwości; senator; justice minister; head of the Supreme Audit Office|
Cezary Grabarczyk|m|pl|minister sprawiedliwości; minister infrastruktury; wicemarszałek Sejmu; justice minister; infrastructure minister|
Borys Budka|m|pl|minister sprawiedliwości; minister aktywów państwowych; przewodniczący Platformy Obywatelskiej; przewodniczący PO; szef klubu KO; europoseł; justice minister; state assets minister; Civic Platform leader|
Marcin Warchoł|m|pl|minister sprawiedliwości; wiceminister sprawiedliwości; justice minister; deputy justice minister|
Marcin Romanowski|m|pl|wiceminister sprawiedliwości; deputy justice minister|
Adam Bodnar|m|pl|minister sprawiedliwości; prokurator generalny; rzecznik praw obywatelskich; RPO; senator; justice minister; prosecutor general; ombudsman; human rights commissioner|
Waldemar Żurek|m|pl|minister sprawiedliwości; prokurator generalny; szef resortu sprawiedliwości; rzecznik KRS; justice minister; prosecutor general|
Zyta Gilowska|f|pl|wicepremier; minister finansów; deputy prime minister; finance minister|
Jacek Rostowski|m|pl|minister finansów; wicepremier; szef resortu finansów; finance minister; deputy prime minister|Jan Vincent-Rostowski; Jacek Vincent Rostowski
Mateusz Szczurek|m|pl|minister finansów; szef resortu finansów; finance minister|
Paweł Szałamacha|m|pl|minister finansów; szef resortu finansów; finance minister|
Marian Banaś|m|pl|prezes NIK; prezes Najwyższej Izby Kontroli; minister finansów; szef Krajowej Administracji Skarbowej; head of the Supreme Audit Office; finance minister|
Tadeusz Kościński|m|pl|minister finansów; szef resortu finansów; finance minister|
Magdalena Rzeczkowska|f|pl|minister finansów; szefowa resortu finansów; szefowa Krajowej Administracji Skarbowej; finance minister|
Andrzej Domański|m|pl|minister finansów; minister finansów i gospodarki; szef resortu finansów; finance minister|
Bartosz Arłukowicz|m|pl|minister zdrowia; szef resortu zdrowia; europoseł; health minister|
Konstanty Radziwiłł|m|pl|minister zdrowia; szef resortu zdrowia; ambasador RP na Litwie; prezes Naczelnej Rady Lekarskiej; health minister|
Łukasz Szumowski|m|pl|minister zdrowia; szef resortu zdrowia; health minister|
Adam Niedzielski|m|pl|minister zdrowia; szef resortu zdrowia; prezes NFZ; health minister|
Izabela Leszczyna|f|pl|minister zdrowia; szefowa resortu zdrowia; wiceminister finansów; health minister|
Jolanta Sobierańska-Grenda|f|pl|minister zdrowia; szefowa resortu zdrowia; health minister|
Roman Giertych|m|pl|wicepremier; minister edukacji narodowej; lider LPR; prezes Ligi Polskich Rodzin; deputy prime minister; education minister|
Joanna Kluzik-Rostkowska|f|pl|minister edukacji narodowej; minister edukacji; szefowa MEN; minister pracy i polityki społecznej; education minister|
Anna Zalewska|f|pl|minister edukacji narodowej; minister edukacji; szefowa MEN; europosłanka; education minister|
Przemysław Czarnek|m|pl|minister edukacji i nauki; minister edukacji; szef MEiN; wojewoda lubelski; education minister|
Hanna Wróblewska|f|pl|minister kultury; minister kultury i dziedzictwa narodowego; szefowa resortu kultury; culture minister|
Marta Cienkowska|f|pl|minister kultury; minister kultury i dziedzictwa narodowego; szefowa resortu kultury; wiceminister kultury; culture minister|
Sławomir Broniarz|m|pl|prezes ZNP; prezes Związku Nauczycielstwa Polskiego; szef ZNP; szef Związku Nauczycielstwa Polskiego|
Barbara Nowacka|f|pl|minister edukacji; minister edukacji narodowej; szefowa MEN; szefowa resortu edukacji; przewodnicząca Inicjatywy Polskiej; education minister|
Michał Kurtyka|m|pl|minister klimatu; minister klimatu i środowiska; przewodniczący COP24; climate minister; COP24 president|
Paulina Hennig-Kloska|f|pl|minister klimatu i środowiska; minister klimatu; szefowa resortu klimatu; climate minister|
Miłosz Motyka|m|pl|minister energii; wiceminister klimatu i środowiska; rzecznik PSL; energy minister|
Michał Boni|m|pl|minister administracji i cyfryzacji; szef doradców premiera; europoseł; digital affairs minister|
Anna Streżyńska|f|pl|minister cyfryzacji; szefowa resortu cyfryzacji; prezes UKE; digital affairs minister|
Marek Zagórski|m|pl|minister cyfryzacji; szef resortu cyfryzacji; digital affairs minister|
Janusz Cieszyński|m|pl|minister cyfryzacji; szef resortu cyfryzacji; pełnomocnik rządu do spraw cyberbezpieczeństwa; digital affairs minister|
Krzysztof Gawkowski|m|pl|wicepremier; minister cyfryzacji; szef resortu cyfryzacji; przewodniczący klubu Lewicy; szef klubu Lewicy; deputy prime minister; digital affairs minister|
Konrad Szymański|m|pl|minister do spraw Unii Europejskiej; minister ds. UE; minister ds. europejskich; wiceminister spraw zagranicznych; EU affairs minister|
Szymon Szynkowski vel Sęk|m|pl|minister do spraw Unii Europejskiej; minister ds. UE; wiceminister spraw zagranicznych; minister spraw zagranicznych; szef MSZ; EU affairs minister; foreign minister|
Adam Szłapka|m|pl|rzecznik rządu; minister do spraw Unii Europejskiej; minister ds. UE; przewodniczący Nowoczesnej; government spokesman; EU affairs minister|
Paweł Graś|m|pl|rzecznik rządu; rzecznik prasowy rządu; government spokesman|
Małgorzata Kidawa-Błońska|f|pl|marszałek Senatu; marszałek Sejmu; rzecznik rządu; rzeczniczka rządu; wicemarszałek Sejmu; kandydatka KO na prezydenta; Senate speaker; Sejm speaker; government spokeswoman|
Cezary Tomczyk|m|pl|wiceminister obrony narodowej; rzecznik rządu; deputy defence minister; government spokesman|
Rafał Bochenek|m|pl|rzecznik rządu; rzecznik PiS; rzecznik Prawa i Sprawiedliwości; government spokesman; PiS spokesman|
Joanna Kopcińska|f|pl|rzecznik rządu; rzeczniczka rządu; europosłanka; government spokeswoman|
Piotr Müller|m|pl|rzecznik rządu; rzecznik prasowy rządu; europoseł; government spokesman|
Marek Jurek|m|pl|marszałek Sejmu; lider Prawicy Rzeczypospolitej; europoseł; Sejm speaker|
Marek Kuchciński|m|pl|marszałek Sejmu; szef Kancelarii Premiera; szef KPRM; Sejm speaker|
Elżbieta Witek|f|pl|marszałek Sejmu; wicemarszałek Sejmu; minister spraw wewnętrznych i administracji; szefowa MSWiA; Sejm speaker|
Szymon Hołownia|m|pl|marszałek Sejmu; lider Polski 2050; przewodniczący Polski 2050; szef Polski 2050; kandydat na prezydenta; Sejm speaker; speaker of the Sejm; Polska 2050 leader|
Włodzimierz Czarzasty|m|pl|marszałek Sejmu; wicemarszałek Sejmu; współprzewodniczący Nowej Lewicy; przewodniczący Nowej Lewicy; lider Lewicy; przewodniczący SLD; Sejm speaker; New Left leader|
Bogdan Borusewicz|m|pl|marszałek Senatu; wicemarszałek Senatu; Senate speaker|
Stanisław Karczewski|m|pl|marszałek Senatu; wicemarszałek Senatu; Senate speaker|
Tomasz Grodzki|m|pl|marszałek Senatu; Senate speaker|
Ryszard Terlecki|m|pl|wicemarszałek Sejmu; szef klubu PiS; przewodniczący klubu PiS; wiceprezes PiS; deputy Sejm speaker|
Krzysztof Bosak|m|pl|lider Konfederacji; współprzewodniczący Konfederacji; wicemarszałek Sejmu; prezes Ruchu Narodowego; kandydat na prezydenta; Confederation leader; deputy Sejm speaker|
Sławomir Mentzen|m|pl|lider Konfederacji; współprzewodniczący Konfederacji; prezes Nowej Nadziei; kandydat Konfederacji na prezydenta; Confederation leader|
Grzegorz Braun|m|pl|lider Konfederacji Korony Polskiej; prezes Konfederacji Korony Polskiej; europoseł; kandydat na prezydenta; MEP|
Janusz Korwin-Mikke|m|pl|lider partii Wolność; prezes partii Wolność; lider Kongresu Nowej Prawicy; europoseł|
Adrian Zandberg|m|pl|lider Razem; lider partii Razem; współprzewodniczący partii Razem; kandydat Razem na prezydenta; Razem leader|
Magdalena Biejat|f|pl|wicemarszałek Senatu; kandydatka Lewicy na prezydenta; deputy Senate speaker|
Robert Biedroń|m|pl|współprzewodniczący Nowej Lewicy; lider Wiosny; przewodniczący Wiosny; prezydent Słupska; europoseł; kandydat Lewicy na prezydenta; MEP|
Grzegorz Napieralski|m|pl|przewodniczący SLD; lider SLD; wiceminister infrastruktury|
Waldemar Pawlak|m|pl|wicepremier; minister gospodarki; prezes PSL; premier; deputy prime minister; economy minister|
Janusz Piechociński|m|pl|wicepremier; minister gospodarki; prezes PSL; deputy prime minister; economy minister|
Andrzej Lepper|m|pl|wicepremier; minister rolnictwa; przewodniczący Samoobrony; lider Samoobrony; deputy prime minister; agriculture minister|
Paweł Kukiz|m|pl|lider Kukiz'15; przewodniczący Kukiz'15; kandydat na prezydenta|
Janusz Palikot|m|pl|lider Ruchu Palikota; przewodniczący Twojego Ruchu|
Ryszard Petru|m|pl|przewodniczący Nowoczesnej; lider Nowoczesnej; założyciel Nowoczesnej|
Katarzyna Lubnauer|f|pl|przewodnicząca Nowoczesnej; wiceminister edukacji|
Katarzyna Pełczyńska-Nałęcz|f|pl|minister funduszy i polityki regionalnej; ambasador RP w Rosji; minister for funds and regional policy|
Agnieszka Dziemianowicz-Bąk|f|pl|minister rodziny, pracy i polityki społecznej; minister rodziny; szefowa resortu rodziny; family minister; labour minister|
Jacek Sasin|m|pl|wicepremier; minister aktywów państwowych; szef MAP; deputy prime minister; state assets minister|
Piotr Gliński|m|pl|wicepremier; minister kultury i dziedzictwa narodowego; minister kultury; deputy prime minister; culture minister|
Michał Dworczyk|m|pl|szef Kancelarii Premiera; szef KPRM; europoseł; head of the prime minister's office|
Jan Grabiec|m|pl|szef Kancelarii Premiera; szef KPRM; rzecznik Platformy Obywatelskiej; head of the prime minister's office|
Andrzej Adamczyk|m|pl|minister infrastruktury; szef resortu infrastruktury; infrastructure minister|
Dariusz Klimczak|m|pl|minister infrastruktury; szef resortu infrastruktury; infrastructure minister|
Czesław Siekierski|m|pl|minister rolnictwa i rozwoju wsi; minister rolnictwa; agriculture minister|
Stefan Krajewski|m|pl|minister rolnictwa i rozwoju wsi; minister rolnictwa; agriculture minister|
Michał Kołodziejczak|m|pl|wiceminister rolnictwa; lider Agrounii; deputy agriculture minister|
Paweł Kowal|m|pl|przewodniczący sejmowej komisji spraw zagranicznych; pełnomocnik rządu do spraw odbudowy Ukrainy; chair of the Sejm foreign affairs committee|
Władysław Teofil Bartoszewski|m|pl|wiceminister spraw zagranicznych; deputy foreign minister|
Jacek Siewiera|m|pl|szef BBN; szef Biura Bezpieczeństwa Narodowego; head of the National Security Bureau|
Sławomir Cenckiewicz|m|pl|szef BBN; szef Biura Bezpieczeństwa Narodowego; head of the National Security Bureau|
Paweł Soloch|m|pl|szef BBN; szef Biura Bezpieczeństwa Narodowego; head of the National Security Bureau|
Krzysztof Szczerski|m|pl|szef gabinetu prezydenta; ambasador RP przy ONZ; stały przedstawiciel RP przy ONZ; Polish ambassador to the UN|
Zbigniew Bogucki|m|pl|szef Kancelarii Prezydenta; szef KPRP; wojewoda zachodniopomorski; head of the presidential chancellery|
Rafał Leśkiewicz|m|pl|rzecznik prezydenta; rzecznik prasowy prezydenta; rzecznik IPN; presidential spokesman|
Błażej Spychalski|m|pl|rzecznik prezydenta; rzecznik prasowy prezydenta; presidential spokesman|
Marcin Przydacz|m|pl|szef Biura Polityki Międzynarodowej; szef BPM; wiceminister spraw zagranicznych; head of the presidential international policy office|
Leszek Balcerowicz|m|pl|prezes NBP; prezes Narodowego Banku Polskiego; wicepremier; minister finansów; central bank governor; NBP governor|
Adam Glapiński|m|pl|prezes NBP; prezes Narodowego Banku Polskiego; szef banku centralnego; przewodniczący RPP; przewodniczący Rady Polityki Pieniężnej; central bank governor; NBP governor; NBP president|
Irena Lipowicz|f|pl|rzecznik praw obywatelskich; RPO; ombudsman|
Marcin Wiącek|m|pl|rzecznik praw obywatelskich; RPO; ombudsman; human rights commissioner|
Monika Horna-Cieślak|f|pl|rzecznik praw dziecka; rzeczniczka praw dziecka; RPD; children's ombudsman|
Bartłomiej Chmielowiec|m|pl|rzecznik praw pacjenta; RPP; patients' ombudsman|
Andrzej Seremet|m|pl|prokurator generalny; prosecutor general|
Bogdan Święczkowski|m|pl|prezes Trybunału Konstytucyjnego; prezes TK; prokurator krajowy; szef ABW; president of the Constitutional Tribunal; national prosecutor|
Dariusz Barski|m|pl|prokurator krajowy; national prosecutor|
Dariusz Korneluk|m|pl|prokurator krajowy; national prosecutor|
Andrzej Rzepliński|m|pl|prezes Trybunału Konstytucyjnego; prezes TK; president of the Constitutional Tribunal|
Julia Przyłębska|f|pl|prezes Trybunału Konstytucyjnego; prezes TK; president of the Constitutional Tribunal|
Małgorzata Gersdorf|f|pl|pierwsza prezes Sądu Najwyższego; pierwsza prezes SN; first president of the Supreme Court|
Małgorzata Manowska|f|pl|pierwsza prezes Sądu Najwyższego; pierwsza prezes SN; first president of the Supreme Court|
Mieczysław Gocuł|m|pl|szef Sztabu Generalnego; szef Sztabu Generalnego Wojska Polskiego; szef SGWP; chief of the General Staff|
Rajmund Andrzejczak|m|pl|szef Sztabu Generalnego; szef Sztabu Generalnego Wojska Polskiego; szef SGWP; chief of the General Staff|
Wiesław Kukuła|m|pl|szef Sztabu Generalnego; szef Sztabu Generalnego Wojska Polskiego; szef SGWP; dowódca Wojsk Obrony Terytorialnej; chief of the General Staff|
Hanna Gronkiewicz-Waltz|f|pl|prezydent Warszawy; prezydent stolicy; prezes NBP; wiceprzewodnicząca Platformy Obywatelskiej; mayor of Warsaw; Warsaw mayor|
Rafał Trzaskowski|m|pl|prezydent Warszawy; prezydent stolicy; wiceprzewodniczący Platformy Obywatelskiej; wiceprzewodniczący PO; minister administracji i cyfryzacji; kandydat KO na prezydenta; europoseł; mayor of Warsaw; Warsaw mayor|
Jacek Majchrowski|m|pl|prezydent Krakowa; mayor of Kraków|
Aleksander Miszalski|m|pl|prezydent Krakowa; mayor of Kraków|
Paweł Adamowicz|m|pl|prezydent Gdańska; mayor of Gdańsk|
Aleksandra Dulkiewicz|f|pl|prezydent Gdańska; prezydentka Gdańska; mayor of Gdańsk|
Rafał Dutkiewicz|m|pl|prezydent Wrocławia; mayor of Wrocław|
Jacek Sutryk|m|pl|prezydent Wrocławia; mayor of Wrocław|
Hanna Zdanowska|f|pl|prezydent Łodzi; prezydentka Łodzi; mayor of Łódź|
Jacek Jaśkowiak|m|pl|prezydent Poznania; mayor of Poznań|
Jacek Saryusz-Wolski|m|pl|europoseł; pełnomocnik rządu do spraw europejskich; MEP|
Ryszard Czarnecki|m|pl|europoseł; wiceprzewodniczący Parlamentu Europejskiego; MEP|
Ryszard Legutko|m|pl|europoseł; współprzewodniczący grupy EKR; minister edukacji narodowej; MEP|
Adam Bielan|m|pl|europoseł; prezes Partii Republikańskiej; wicemarszałek Senatu; MEP|
Patryk Jaki|m|pl|europoseł; wiceminister sprawiedliwości; MEP; deputy justice minister|
Dominik Tarczyński|m|pl|europoseł; MEP|
Beata Kempa|f|pl|europosłanka; minister-członek Rady Ministrów; szefowa Kancelarii Premiera; MEP|
Krzysztof Śmiszek|m|pl|europoseł; wiceminister sprawiedliwości; MEP|
Krzysztof Brejza|m|pl|europoseł; senator; MEP|
Magdalena Adamowicz|f|pl|europosłanka; MEP|
Janina Ochojska|f|pl|europosłanka; prezes Polskiej Akcji Humanitarnej; szefowa PAH; MEP|
Róża Thun|f|pl|europosłanka; MEP|Róża Thun und Hohenstein
Sylwia Spurek|f|pl|europosłanka; zastępczyni rzecznika praw obywatelskich; MEP|
Tobiasz Bocheński|m|pl|europoseł; kandydat PiS na prezydenta Warszawy; MEP|
Ewa Zajączkowska-Hernik|f|pl|europosłanka; MEP|
Danuta Hübner|f|pl|komisarz UE do spraw polityki regionalnej; unijna komisarz; europosłanka; EU regional policy commissioner|
Elżbieta Bieńkowska|f|pl|komisarz UE do spraw rynku wewnętrznego; unijna komisarz; wicepremier; minister infrastruktury i rozwoju; EU internal market commissioner|
Janusz Wojciechowski|m|pl|komisarz UE do spraw rolnictwa; unijny komisarz do spraw rolnictwa; EU agriculture commissioner|
Piotr Serafin|m|pl|komisarz UE do spraw budżetu; unijny komisarz do spraw budżetu; ambasador RP przy UE; stały przedstawiciel RP przy UE; EU budget commissioner|
Krzysztof Stanowski|m|pl|kandydat na prezydenta; założyciel Kanału Zero; twórca Kanału Zero|
Joanna Senyszyn|f|pl|kandydatka na prezydenta; europosłanka|
Marek Jakubiak|m|pl|kandydat na prezydenta; prezes Browarów Regionalnych Jakubiak|
Artur Bartoszewicz|m|pl|kandydat na prezydenta|
Maciej Maciak|m|pl|kandydat na prezydenta; przewodniczący Ruchu Dobrobytu i Pokoju|
Marek Woch|m|pl|kandydat na prezydenta|
Stanisław Żółtek|m|pl|kandydat na prezydenta; lider PolExit|
Paweł Tanajno|m|pl|kandydat na prezydenta|
Jacek Kurski|m|pl|prezes TVP; prezes Telewizji Polskiej; head of TVP|
Daniel Obajtek|m|pl|prezes Orlenu; prezes PKN Orlen; szef Orlenu; europoseł; Orlen CEO|
Rafał Brzoska|m|pl|prezes InPostu; założyciel InPostu; szef InPostu; InPost CEO; InPost founder|
Jerzy Owsiak|m|pl|szef WOŚP; założyciel WOŚP; prezes Fundacji Wielkiej Orkiestry Świątecznej Pomocy; head of the Great Orchestra of Christmas Charity|Jurek Owsiak
Stanisław Gądecki|m|pl|przewodniczący Konferencji Episkopatu Polski; przewodniczący KEP; metropolita poznański; arcybiskup poznański; head of the Polish Episcopal Conference|
Tadeusz Wojda|m|pl|przewodniczący Konferencji Episkopatu Polski; przewodniczący KEP; metropolita gdański; arcybiskup gdański; head of the Polish Episcopal Conference|
Marek Jędraszewski|m|pl|metropolita krakowski; arcybiskup krakowski; archbishop of Kraków|
Stanisław Dziwisz|m|pl|metropolita krakowski; arcybiskup krakowski; kardynał; sekretarz Jana Pawła II; archbishop of Kraków|
Jan Paweł II|m|va|papież; papież Polak; Ojciec Święty; pope; Holy Father; the pontiff|John Paul II; Karol Wojtyła
Benedict XVI|m|va|papież; papież senior; papież emeryt; Ojciec Święty; pope; pope emeritus; Holy Father; the pontiff|Benedykt XVI; Joseph Ratzinger
Pope Francis|m|va|papież; Ojciec Święty; biskup Rzymu; pope; Holy Father; the pontiff; arcybiskup Buenos Aires|papież Franciszek; Jorge Mario Bergoglio; Jorge Bergoglio
Leo XIV|m|va|papież; Ojciec Święty; biskup Rzymu; pope; Holy Father; the pontiff|Leon XIV; Robert Francis Prevost; Robert Prevost
George W. Bush|m|us|prezydent USA; prezydent Stanów Zjednoczonych; amerykański prezydent; president; US president; American president|George Walker Bush
Barack Obama|m|us|prezydent USA; prezydent Stanów Zjednoczonych; amerykański prezydent; senator; president; US president; American president|Barack Hussein Obama
Donald Trump|m|us|prezydent USA; prezydent Stanów Zjednoczonych; amerykański prezydent; prezydent elekt; gospodarz Białego Domu; kandydat republikanów; president; US president; American president; president-elect; Republican nominee|Donald J. Trump
Joe Biden|m|us|prezydent USA; prezydent Stanów Zjednoczonych; amerykański prezydent; wiceprezydent USA; gospodarz Białego Domu; president; US president; American president; vice president; US vice president|Joseph Biden; Joseph R. Biden
Bill Clinton|m|us|prezydent USA; amerykański prezydent; US president|William Jefferson Clinton
Dick Cheney|m|us|wiceprezydent USA; amerykański wiceprezydent; vice president; US vice president|Richard Cheney
Mike Pence|m|us|wiceprezydent USA; amerykański wiceprezydent; gubernator Indiany; vice president; US vice president|Michael Pence
Kamala Harris|f|us|wiceprezydent USA; wiceprezydentka USA; amerykańska wiceprezydent; kandydatka demokratów; vice president; US vice president; Democratic nominee|
JD Vance|m|us|wiceprezydent USA; amerykański wiceprezydent; senator z Ohio; vice president; US vice president|J.D. Vance; James David Vance
Condoleezza Rice|f|us|sekretarz stanu USA; amerykańska sekretarz stanu; doradczyni do spraw bezpieczeństwa narodowego; secretary of state; US secretary of state; national security adviser|
Hillary Clinton|f|us|sekretarz stanu USA; amerykańska sekretarz stanu; kandydatka demokratów; pierwsza dama USA; senator; secretary of state; US secretary of state; Democratic nominee|Hillary Rodham Clinton
John Kerry|m|us|sekretarz stanu USA; amerykański sekretarz stanu; specjalny wysłannik do spraw klimatu; secretary of state; US secretary of state; climate envoy|
Rex Tillerson|m|us|sekretarz stanu USA; amerykański sekretarz stanu; prezes ExxonMobil; secretary of state; US secretary of state; ExxonMobil CEO|
Mike Pompeo|m|us|sekretarz stanu USA; amerykański sekretarz stanu; dyrektor CIA; szef CIA; secretary of state; US secretary of state; CIA director|Michael Pompeo
Antony Blinken|m|us|sekretarz stanu USA; amerykański sekretarz stanu; szef amerykańskiej dyplomacji; secretary of state; US secretary of state|Anthony Blinken
Marco Rubio|m|us|sekretarz stanu USA; amerykański sekretarz stanu; szef amerykańskiej dyplomacji; doradca do spraw bezpieczeństwa narodowego; senator z Florydy; secretary of state; US secretary of state; national security adviser|
Donald Rumsfeld|m|us|sekretarz obrony USA; szef Pentagonu; defense secretary; US defense secretary; secretary of defense|
Robert Gates|m|us|sekretarz obrony USA; szef Pentagonu; dyrektor CIA; defense secretary; US defense secretary; secretary of defense|
Leon Panetta|m|us|sekretarz obrony USA; szef Pentagonu; dyrektor CIA; szef CIA; defense secretary; US defense secretary; CIA director|
Chuck Hagel|m|us|sekretarz obrony USA; szef Pentagonu; defense secretary; US defense secretary; secretary of defense|
Ash Carter|m|us|sekretarz obrony USA; szef Pentagonu; defense secretary; US defense secretary; secretary of defense|Ashton Carter
Jim Mattis|m|us|sekretarz obrony USA; szef Pentagonu; defense secretary; US defense secretary; secretary of defense|James Mattis
Mark Esper|m|us|sekretarz obrony USA; szef Pentagonu; defense secretary; US defense secretary; secretary of defense|
Lloyd Austin|m|us|sekretarz obrony USA; szef Pentagonu; defense secretary; US defense secretary; secretary of defense|
Pete Hegseth|m|us|sekretarz obrony USA; sekretarz wojny USA; szef Pentagonu; defense secretary; US defense secretary; secretary of defense; secretary of war; war secretary|Peter Hegseth
Nancy Pelosi|f|us|przewodnicząca Izby Reprezentantów; spikerka Izby Reprezentantów; spiker Izby Reprezentantów; House Speaker; Speaker; Speaker of the House|
John Boehner|m|us|przewodniczący Izby Reprezentantów; spiker Izby Reprezentantów; House Speaker; Speaker; Speaker of the House|
Paul Ryan|m|us|przewodniczący Izby Reprezentantów; spiker Izby Reprezentantów; House Speaker; Speaker; Speaker of the House|
Kevin McCarthy|m|us|przewodniczący Izby Reprezentantów; spiker Izby Reprezentantów; House Speaker; Speaker; Speaker of the House|
Mike Johnson|m|us|przewodniczący Izby Reprezentantów; spiker Izby Reprezentantów; House Speaker; Speaker; Speaker of the House|
Harry Reid|m|us|lider większości w Senacie; przywódca demokratów w Senacie; Senate majority leader; Senate Democratic leader|
Mitch McConnell|m|us|lider większości w Senacie; lider mniejszości w Senacie; przywódca republikanów w Senacie; Senate majority leader; Senate minority leader; Senate Republican leader|
Chuck Schumer|m|us|lider większości w Senacie; lider mniejszości w Senacie; przywódca demokratów w Senacie; Senate majority leader; Senate minority leader; Senate Democratic leader|Charles Schumer
John Thune|m|us|lider większości w Senacie; przywódca republikanów w Senacie; Senate majority leader; Senate Republican leader|
Lindsey Graham|m|us|senator z Karoliny Południowej; senator; Republican senator|
Bernie Sanders|m|us|senator z Vermontu; senator|Bernard Sanders
Alan Greenspan|m|us|prezes Fed; szef Rezerwy Federalnej; przewodniczący Rezerwy Federalnej; Fed chair; Fed chairman; Federal Reserve chairman|
Ben Bernanke|m|us|prezes Fed; szef Rezerwy Federalnej; przewodniczący Rezerwy Federalnej; Fed chair; Fed chairman; Federal Reserve chairman|
Janet Yellen|f|us|prezes Fed; szefowa Rezerwy Federalnej; przewodnicząca Rezerwy Federalnej; sekretarz skarbu USA; Fed chair; Federal Reserve chair; Treasury secretary; US Treasury secretary|
Jerome Powell|m|us|prezes Fed; szef Rezerwy Federalnej; przewodniczący Rezerwy Federalnej; szef Fed; Fed chair; Fed chairman; Federal Reserve chair|Jay Powell
Henry Paulson|m|us|sekretarz skarbu USA; Treasury secretary; US Treasury secretary|Hank Paulson
Timothy Geithner|m|us|sekretarz skarbu USA; Treasury secretary; US Treasury secretary|Tim Geithner
Steven Mnuchin|m|us|sekretarz skarbu USA; Treasury secretary; US Treasury secretary|Steve Mnuchin
Scott Bessent|m|us|sekretarz skarbu USA; Treasury secretary; US Treasury secretary|
Howard Lutnick|m|us|sekretarz handlu USA; commerce secretary; US commerce secretary|
Jake Sullivan|m|us|doradca do spraw bezpieczeństwa narodowego USA; doradca prezydenta USA do spraw bezpieczeństwa narodowego; national security adviser; US national security adviser|
John Bolton|m|us|doradca do spraw bezpieczeństwa narodowego USA; ambasador USA przy ONZ; national security adviser; US national security adviser; US ambassador to the UN|
Mike Waltz|m|us|doradca do spraw bezpieczeństwa narodowego USA; ambasador USA przy ONZ; national security adviser; US ambassador to the UN|Michael Waltz
Nikki Haley|f|us|ambasador USA przy ONZ; gubernator Karoliny Południowej; US ambassador to the UN|
Steve Witkoff|m|us|specjalny wysłannik USA; wysłannik prezydenta USA; wysłannik do spraw Bliskiego Wschodu; US special envoy; Middle East envoy|Steven Witkoff
Keith Kellogg|m|us|specjalny wysłannik USA do spraw Ukrainy; wysłannik prezydenta USA do spraw Ukrainy i Rosji; US special envoy for Ukraine; Ukraine envoy|
Karoline Leavitt|f|us|rzeczniczka Białego Domu; rzecznik Białego Domu; White House press secretary|
Karine Jean-Pierre|f|us|rzeczniczka Białego Domu; rzecznik Białego Domu; White House press secretary|
Jen Psaki|f|us|rzeczniczka Białego Domu; rzecznik Białego Domu; rzeczniczka Departamentu Stanu; White House press secretary; State Department spokeswoman|
Merrick Garland|m|us|prokurator generalny USA; attorney general; US attorney general|
Pam Bondi|f|us|prokurator generalna USA; prokurator generalny USA; attorney general; US attorney general|Pamela Bondi
Kash Patel|m|us|dyrektor FBI; szef FBI; FBI director|Kashyap Patel
Tulsi Gabbard|f|us|dyrektor wywiadu narodowego USA; director of national intelligence; DNI|
John Ratcliffe|m|us|dyrektor CIA; szef CIA; dyrektor wywiadu narodowego USA; CIA director|
William Burns|m|us|dyrektor CIA; szef CIA; CIA director|Bill Burns
Kristi Noem|f|us|sekretarz bezpieczeństwa krajowego USA; homeland security secretary; gubernator Dakoty Południowej|
Robert F. Kennedy Jr.|m|us|sekretarz zdrowia USA; health secretary; US health secretary|RFK Jr.; Robert Kennedy Jr.
Ron DeSantis|m|us|gubernator Florydy; Florida governor|
Gavin Newsom|m|us|gubernator Kalifornii; California governor|
Zohran Mamdani|m|us|burmistrz Nowego Jorku; mayor of New York; New York mayor; New York City mayor|
Melania Trump|f|us|pierwsza dama USA; pierwsza dama; first lady; US first lady|
Mark Brzezinski|m|us|ambasador USA w Polsce; amerykański ambasador w Polsce; US ambassador to Poland|Mark Brzeziński
Georgette Mosbacher|f|us|ambasador USA w Polsce; amerykańska ambasador w Polsce; US ambassador to Poland|
Tony Blair|m|gb|premier Wielkiej Brytanii; brytyjski premier; lider Partii Pracy; wysłannik Kwartetu Bliskowschodniego; prime minister; British prime minister; PM; Labour leader|
Gordon Brown|m|gb|premier Wielkiej Brytanii; brytyjski premier; kanclerz skarbu; lider Partii Pracy; prime minister; British prime minister; PM; chancellor; Chancellor of the Exchequer; Labour leader|
David Cameron|m|gb|premier Wielkiej Brytanii; brytyjski premier; lider Partii Konserwatywnej; lider konserwatystów; minister spraw zagranicznych Wielkiej Brytanii; brytyjski minister spraw zagranicznych; szef brytyjskiej dyplomacji; prime minister; British prime minister; PM; Conservative leader; Tory leader; foreign secretary|Lord Cameron
Theresa May|f|gb|premier Wielkiej Brytanii; brytyjska premier; liderka Partii Konserwatywnej; minister spraw wewnętrznych Wielkiej Brytanii; prime minister; British prime minister; PM; Conservative leader; Tory leader; home secretary|
Boris Johnson|m|gb|premier Wielkiej Brytanii; brytyjski premier; lider Partii Konserwatywnej; minister spraw zagranicznych Wielkiej Brytanii; szef brytyjskiej dyplomacji; burmistrz Londynu; prime minister; British prime minister; PM; Conservative leader; Tory leader; foreign secretary; mayor of London|
Liz Truss|f|gb|premier Wielkiej Brytanii; brytyjska premier; liderka Partii Konserwatywnej; minister spraw zagranicznych Wielkiej Brytanii; szefowa brytyjskiej dyplomacji; prime minister; British prime minister; PM; Conservative leader; Tory leader; foreign secretary|Elizabeth Truss
Rishi Sunak|m|gb|premier Wielkiej Brytanii; brytyjski premier; lider Partii Konserwatywnej; kanclerz skarbu; prime minister; British prime minister; PM; Conservative leader; Tory leader; chancellor; Chancellor of the Exchequer|
Keir Starmer|m|gb|premier Wielkiej Brytanii; brytyjski premier; szef brytyjskiego rządu; lider Partii Pracy; lider laburzystów; prime minister; British prime minister; PM; Labour leader; leader of the opposition|
Alistair Darling|m|gb|kanclerz skarbu; brytyjski minister finansów; chancellor; Chancellor of the Exchequer|
George Osborne|m|gb|kanclerz skarbu; brytyjski minister finansów; chancellor; Chancellor of the Exchequer|
Philip Hammond|m|gb|kanclerz skarbu; brytyjski minister finansów; minister spraw zagranicznych Wielkiej Brytanii; minister obrony Wielkiej Brytanii; chancellor; Chancellor of the Exchequer; foreign secretary; defence secretary|
Sajid Javid|m|gb|kanclerz skarbu; minister spraw wewnętrznych Wielkiej Brytanii; minister zdrowia Wielkiej Brytanii; chancellor; Chancellor of the Exchequer; home secretary; health secretary|
Nadhim Zahawi|m|gb|kanclerz skarbu; chancellor; Chancellor of the Exchequer|
Kwasi Kwarteng|m|gb|kanclerz skarbu; chancellor; Chancellor of the Exchequer|
Jeremy Hunt|m|gb|kanclerz skarbu; minister spraw zagranicznych Wielkiej Brytanii; minister zdrowia Wielkiej Brytanii; chancellor; Chancellor of the Exchequer; foreign secretary; health secretary|
Rachel Reeves|f|gb|kanclerz skarbu; brytyjska minister finansów; chancellor; Chancellor of the Exchequer|
Jack Straw|m|gb|minister spraw zagranicznych Wielkiej Brytanii; minister sprawiedliwości Wielkiej Brytanii; foreign secretary; justice secretary|
Margaret Beckett|f|gb|minister spraw zagranicznych Wielkiej Brytanii; szefowa brytyjskiej dyplomacji; foreign secretary|
David Miliband|m|gb|minister spraw zagranicznych Wielkiej Brytanii; szef brytyjskiej dyplomacji; foreign secretary; IRC president|
William Hague|m|gb|minister spraw zagranicznych Wielkiej Brytanii; szef brytyjskiej dyplomacji; lider Partii Konserwatywnej; foreign secretary|
Dominic Raab|m|gb|minister spraw zagranicznych Wielkiej Brytanii; szef brytyjskiej dyplomacji; wicepremier Wielkiej Brytanii; minister sprawiedliwości Wielkiej Brytanii; foreign secretary; deputy prime minister; justice secretary|
James Cleverly|m|gb|minister spraw zagranicznych Wielkiej Brytanii; szef brytyjskiej dyplomacji; minister spraw wewnętrznych Wielkiej Brytanii; foreign secretary; home secretary|
David Lammy|m|gb|minister spraw zagranicznych Wielkiej Brytanii; szef brytyjskiej dyplomacji; wicepremier Wielkiej Brytanii; minister sprawiedliwości Wielkiej Brytanii; foreign secretary; deputy prime minister; justice secretary|
Yvette Cooper|f|gb|minister spraw zagranicznych Wielkiej Brytanii; szefowa brytyjskiej dyplomacji; minister spraw wewnętrznych Wielkiej Brytanii; foreign secretary; home secretary|
Ed Miliband|m|gb|lider Partii Pracy; minister energii Wielkiej Brytanii; Labour leader; energy secretary|Edward Miliband
Jeremy Corbyn|m|gb|lider Partii Pracy; lider laburzystów; Labour leader; leader of the opposition|
Kemi Badenoch|f|gb|liderka Partii Konserwatywnej; liderka konserwatystów; Conservative leader; Tory leader; leader of the opposition|
Nigel Farage|m|gb|lider Reform UK; lider UKIP; lider Partii Brexitu; Reform UK leader; UKIP leader|
Angela Rayner|f|gb|wicepremier Wielkiej Brytanii; deputy prime minister; deputy Labour leader|
Priti Patel|f|gb|minister spraw wewnętrznych Wielkiej Brytanii; home secretary|
Suella Braverman|f|gb|minister spraw wewnętrznych Wielkiej Brytanii; home secretary|
Shabana Mahmood|f|gb|minister spraw wewnętrznych Wielkiej Brytanii; minister sprawiedliwości Wielkiej Brytanii; home secretary; justice secretary|
Ben Wallace|m|gb|minister obrony Wielkiej Brytanii; brytyjski minister obrony; defence secretary|
Grant Shapps|m|gb|minister obrony Wielkiej Brytanii; brytyjski minister obrony; defence secretary|
John Healey|m|gb|minister obrony Wielkiej Brytanii; brytyjski minister obrony; defence secretary|
Nick Clegg|m|gb|wicepremier Wielkiej Brytanii; lider Liberalnych Demokratów; deputy prime minister; Liberal Democrat leader|
Sadiq Khan|m|gb|burmistrz Londynu; mer Londynu; mayor of London; London mayor|
Nicola Sturgeon|f|gb|pierwsza minister Szkocji; premier Szkocji; szefowa szkockiego rządu; Scotland's first minister; first minister|
Andrew Bailey|m|gb|prezes Banku Anglii; szef Banku Anglii; Bank of England governor|
Charles III|m|gb|król Wielkiej Brytanii; brytyjski król; brytyjski monarcha; książę Walii; king; British king; British monarch; Prince of Wales|King Charles; Karol III; Prince Charles; książę Karol
Elizabeth II|f|gb|królowa Wielkiej Brytanii; brytyjska królowa; brytyjska monarchini; queen; British queen; British monarch|Queen Elizabeth; Queen Elizabeth II; Elżbieta II; królowa Elżbieta II
Gerhard Schröder|m|de|kanclerz Niemiec; niemiecki kanclerz; German chancellor|Gerhard Schroeder
Angela Merkel|f|de|kanclerz Niemiec; niemiecka kanclerz; szefowa niemieckiego rządu; przewodnicząca CDU; German chancellor; chancellor; CDU leader|
Olaf Scholz|m|de|kanclerz Niemiec; niemiecki kanclerz; szef niemieckiego rządu; minister finansów Niemiec; wicekanclerz Niemiec; burmistrz Hamburga; German chancellor; chancellor; German finance minister|
Friedrich Merz|m|de|kanclerz Niemiec; niemiecki kanclerz; szef niemieckiego rządu; przewodniczący CDU; lider CDU; German chancellor; chancellor; CDU leader|
Frank-Walter Steinmeier|m|de|prezydent Niemiec; niemiecki prezydent; minister spraw zagranicznych Niemiec; szef niemieckiej dyplomacji; German president; German foreign minister|
Joachim Gauck|m|de|prezydent Niemiec; niemiecki prezydent; German president|
Guido Westerwelle|m|de|minister spraw zagranicznych Niemiec; szef niemieckiej dyplomacji; wicekanclerz Niemiec; przewodniczący FDP; German foreign minister|
Sigmar Gabriel|m|de|minister spraw zagranicznych Niemiec; szef niemieckiej dyplomacji; wicekanclerz Niemiec; przewodniczący SPD; German foreign minister; SPD leader|
Heiko Maas|m|de|minister spraw zagranicznych Niemiec; szef niemieckiej dyplomacji; German foreign minister|
Annalena Baerbock|f|de|minister spraw zagranicznych Niemiec; szefowa niemieckiej dyplomacji; przewodnicząca Zgromadzenia Ogólnego ONZ; współprzewodnicząca Zielonych; German foreign minister; president of the UN General Assembly|
Johann Wadephul|m|de|minister spraw zagranicznych Niemiec; szef niemieckiej dyplomacji; German foreign minister|
Boris Pistorius|m|de|minister obrony Niemiec; szef niemieckiego resortu obrony; German defence minister|
Christine Lambrecht|f|de|minister obrony Niemiec; German defence minister|
Annegret Kramp-Karrenbauer|f|de|minister obrony Niemiec; przewodnicząca CDU; German defence minister; CDU leader|
Wolfgang Schäuble|m|de|minister finansów Niemiec; przewodniczący Bundestagu; German finance minister; Bundestag president|Wolfgang Schaeuble
Christian Lindner|m|de|minister finansów Niemiec; przewodniczący FDP; German finance minister; FDP leader|
Robert Habeck|m|de|wicekanclerz Niemiec; minister gospodarki Niemiec; German vice chancellor; German economy minister|
Lars Klingbeil|m|de|wicekanclerz Niemiec; minister finansów Niemiec; współprzewodniczący SPD; German vice chancellor; German finance minister; SPD leader|
Nancy Faeser|f|de|minister spraw wewnętrznych Niemiec; German interior minister|
Alexander Dobrindt|m|de|minister spraw wewnętrznych Niemiec; German interior minister|
Alice Weidel|f|de|współprzewodnicząca AfD; liderka AfD; AfD co-leader; AfD leader|
Markus Söder|m|de|premier Bawarii; przewodniczący CSU; Bavarian premier; CSU leader|Markus Soeder
Jacques Chirac|m|fr|prezydent Francji; francuski prezydent; French president|
Nicolas Sarkozy|m|fr|prezydent Francji; francuski prezydent; minister spraw wewnętrznych Francji; French president|
François Hollande|m|fr|prezydent Francji; francuski prezydent; French president|Francois Hollande
Emmanuel Macron|m|fr|prezydent Francji; francuski prezydent; przywódca Francji; gospodarz Pałacu Elizejskiego; French president; president of France|
Dominique de Villepin|m|fr|premier Francji; francuski premier; minister spraw zagranicznych Francji; French prime minister|
François Fillon|m|fr|premier Francji; francuski premier; French prime minister|Francois Fillon
Jean-Marc Ayrault|m|fr|premier Francji; francuski premier; minister spraw zagranicznych Francji; French prime minister; French foreign minister|
Manuel Valls|m|fr|premier Francji; francuski premier; French prime minister|
Bernard Cazeneuve|m|fr|premier Francji; francuski premier; minister spraw wewnętrznych Francji; French prime minister|
Édouard Philippe|m|fr|premier Francji; francuski premier; French prime minister|Edouard Philippe
Jean Castex|m|fr|premier Francji; francuski premier; French prime minister|
Élisabeth Borne|f|fr|premier Francji; premierka Francji; francuska premier; French prime minister|Elisabeth Borne
Gabriel Attal|m|fr|premier Francji; francuski premier; French prime minister|
Michel Barnier|m|fr|premier Francji; francuski premier; główny negocjator UE do spraw brexitu; unijny negocjator do spraw brexitu; French prime minister; EU Brexit negotiator; EU chief Brexit negotiator|
François Bayrou|m|fr|premier Francji; francuski premier; French prime minister|Francois Bayrou
Sébastien Lecornu|m|fr|premier Francji; francuski premier; minister obrony Francji; French prime minister; French defence minister|Sebastien Lecornu
Marine Le Pen|f|fr|liderka Zjednoczenia Narodowego; liderka Frontu Narodowego; przewodnicząca Frontu Narodowego; French far-right leader; National Rally leader|
Jordan Bardella|m|fr|przewodniczący Zjednoczenia Narodowego; lider Zjednoczenia Narodowego; National Rally president; National Rally leader|
Jean-Luc Mélenchon|m|fr|lider Francji Nieujarzmionej; France Unbowed leader; La France Insoumise leader|Jean-Luc Melenchon
Éric Zemmour|m|fr|lider partii Rekonkwista; Reconquête leader|Eric Zemmour
Laurent Fabius|m|fr|minister spraw zagranicznych Francji; szef francuskiej dyplomacji; przewodniczący Rady Konstytucyjnej; French foreign minister|
Jean-Yves Le Drian|m|fr|minister spraw zagranicznych Francji; szef francuskiej dyplomacji; minister obrony Francji; French foreign minister; French defence minister|
Catherine Colonna|f|fr|minister spraw zagranicznych Francji; szefowa francuskiej dyplomacji; French foreign minister|
Jean-Noël Barrot|m|fr|minister spraw zagranicznych Francji; szef francuskiej dyplomacji; French foreign minister|Jean-Noel Barrot
Bernard Kouchner|m|fr|minister spraw zagranicznych Francji; szef francuskiej dyplomacji; French foreign minister|
Bruno Le Maire|m|fr|minister gospodarki i finansów Francji; minister finansów Francji; French finance minister; French economy minister|
Dominique Strauss-Kahn|m|fr|dyrektor zarządzający MFW; szef MFW; IMF managing director; IMF chief|
Romano Prodi|m|it|premier Włoch; włoski premier; przewodniczący Komisji Europejskiej; Italian prime minister|
Silvio Berlusconi|m|it|premier Włoch; włoski premier; Italian prime minister|
Mario Monti|m|it|premier Włoch; włoski premier; komisarz UE; Italian prime minister|
Enrico Letta|m|it|premier Włoch; włoski premier; Italian prime minister|
Matteo Renzi|m|it|premier Włoch; włoski premier; Italian prime minister|
Paolo Gentiloni|m|it|premier Włoch; włoski premier; komisarz UE do spraw gospodarki; Italian prime minister; EU economy commissioner|
Giuseppe Conte|m|it|premier Włoch; włoski premier; lider Ruchu Pięciu Gwiazd; Italian prime minister; Five Star Movement leader|
Mario Draghi|m|it|premier Włoch; włoski premier; prezes Europejskiego Banku Centralnego; prezes EBC; szef EBC; Italian prime minister; ECB president|
Giorgia Meloni|f|it|premier Włoch; premierka Włoch; włoska premier; szefowa włoskiego rządu; liderka Braci Włochów; Italian prime minister; Brothers of Italy leader|
Sergio Mattarella|m|it|prezydent Włoch; włoski prezydent; Italian president|
Giorgio Napolitano|m|it|prezydent Włoch; włoski prezydent; Italian president|
Matteo Salvini|m|it|wicepremier Włoch; minister spraw wewnętrznych Włoch; lider Ligi; Italian deputy prime minister; League leader|
Antonio Tajani|m|it|minister spraw zagranicznych Włoch; szef włoskiej dyplomacji; wicepremier Włoch; przewodniczący Parlamentu Europejskiego; Italian foreign minister; European Parliament president|
Elly Schlein|f|it|liderka Partii Demokratycznej; przewodnicząca Partii Demokratycznej; Democratic Party leader|
José Luis Rodríguez Zapatero|m|es|premier Hiszpanii; hiszpański premier; Spanish prime minister|José Luis Zapatero; Jose Luis Rodriguez Zapatero
Mariano Rajoy|m|es|premier Hiszpanii; hiszpański premier; Spanish prime minister|
Pedro Sánchez|m|es|premier Hiszpanii; hiszpański premier; szef hiszpańskiego rządu; Spanish prime minister|Pedro Sanchez
José Manuel Albares|m|es|minister spraw zagranicznych Hiszpanii; szef hiszpańskiej dyplomacji; Spanish foreign minister|Jose Manuel Albares
Alberto Núñez Feijóo|m|es|lider Partii Ludowej; przewodniczący Partii Ludowej; People's Party leader|Alberto Nunez Feijoo
Santiago Abascal|m|es|lider Vox; przewodniczący Vox; Vox leader|
Carles Puigdemont|m|es|przewodniczący rządu Katalonii; premier Katalonii; Catalan leader; Catalan president|
Javier Solana|m|es|wysoki przedstawiciel UE do spraw polityki zagranicznej; sekretarz generalny NATO; EU foreign policy chief|
Felipe VI|m|es|król Hiszpanii; hiszpański monarcha; king of Spain; Spanish king|King Felipe; Filip VI
Jan Peter Balkenende|m|nl|premier Holandii; holenderski premier; Dutch prime minister|
Dick Schoof|m|nl|premier Holandii; holenderski premier; Dutch prime minister|
Geert Wilders|m|nl|lider Partii Wolności; lider PVV; Freedom Party leader; PVV leader|
Rob Jetten|m|nl|lider D66; D66 leader|
Alexander De Croo|m|be|premier Belgii; belgijski premier; Belgian prime minister|
Bart De Wever|m|be|premier Belgii; belgijski premier; burmistrz Antwerpii; Belgian prime minister|
Sebastian Kurz|m|at|kanclerz Austrii; austriacki kanclerz; Austrian chancellor|
Karl Nehammer|m|at|kanclerz Austrii; austriacki kanclerz; Austrian chancellor|
Christian Stocker|m|at|kanclerz Austrii; austriacki kanclerz; Austrian chancellor|
Alexander Van der Bellen|m|at|prezydent Austrii; austriacki prezydent; Austrian president|
Leo Varadkar|m|ie|premier Irlandii; irlandzki premier; Irish prime minister; Taoiseach|
Marcelo Rebelo de Sousa|m|pt|prezydent Portugalii; portugalski prezydent; Portuguese president|
Luís Montenegro|m|pt|premier Portugalii; portugalski premier; Portuguese prime minister|Luis Montenegro
Kyriakos Mitsotakis|m|gr|premier Grecji; grecki premier; Greek prime minister|Kiriakos Micotakis
Alexis Tsipras|m|gr|premier Grecji; grecki premier; Greek prime minister|Aleksis Cipras
Yanis Varoufakis|m|gr|minister finansów Grecji; grecki minister finansów; Greek finance minister|Janis Warufakis
Klaus Iohannis|m|ro|prezydent Rumunii; rumuński prezydent; Romanian president|Klaus Johannis
Maia Sandu|f|md|prezydent Mołdawii; prezydentka Mołdawii; mołdawska prezydent; Moldovan president; president of Moldova|
Aleksandar Vučić|m|rs|prezydent Serbii; serbski prezydent; Serbian president|Aleksandar Vucic
Viktor Orbán|m|hu|premier Węgier; węgierski premier; szef węgierskiego rządu; lider Fideszu; Hungarian prime minister; Fidesz leader|Viktor Orban
Péter Szijjártó|m|hu|minister spraw zagranicznych Węgier; szef węgierskiej dyplomacji; Hungarian foreign minister|Peter Szijjarto
Péter Magyar|m|hu|lider partii Tisza; przewodniczący partii Tisza; lider węgierskiej opozycji; Tisza leader; Hungarian opposition leader|Peter Magyar
Katalin Novák|f|hu|prezydent Węgier; prezydentka Węgier; Hungarian president|Katalin Novak
Tamás Sulyok|m|hu|prezydent Węgier; Hungarian president|Tamas Sulyok
Ferenc Gyurcsány|m|hu|premier Węgier; węgierski premier; Hungarian prime minister|Ferenc Gyurcsany
Andrej Babiš|m|cz|premier Czech; czeski premier; lider ANO; Czech prime minister; ANO leader|Andrej Babis
Petr Fiala|m|cz|premier Czech; czeski premier; Czech prime minister|
Bohuslav Sobotka|m|cz|premier Czech; czeski premier; Czech prime minister|
Petr Nečas|m|cz|premier Czech; czeski premier; Czech prime minister|Petr Necas
Mirek Topolánek|m|cz|premier Czech; czeski premier; Czech prime minister|Mirek Topolanek
Miloš Zeman|m|cz|prezydent Czech; czeski prezydent; Czech president|Milos Zeman
Václav Klaus|m|cz|prezydent Czech; czeski prezydent; Czech president|Vaclav Klaus
Petr Pavel|m|cz|prezydent Czech; czeski prezydent; przewodniczący Komitetu Wojskowego NATO; Czech president|
Jan Lipavský|m|cz|minister spraw zagranicznych Czech; szef czeskiej dyplomacji; Czech foreign minister|Jan Lipavsky
Robert Fico|m|sk|premier Słowacji; słowacki premier; szef słowackiego rządu; lider Smeru; Slovak prime minister|
Iveta Radičová|f|sk|premier Słowacji; słowacka premier; Slovak prime minister|Iveta Radicova
Peter Pellegrini|m|sk|prezydent Słowacji; słowacki prezydent; premier Słowacji; przewodniczący parlamentu Słowacji; Slovak president; Slovak prime minister|
Igor Matovič|m|sk|premier Słowacji; słowacki premier; Slovak prime minister|Igor Matovic
Eduard Heger|m|sk|premier Słowacji; słowacki premier; Slovak prime minister|
Zuzana Čaputová|f|sk|prezydent Słowacji; prezydentka Słowacji; słowacka prezydent; Slovak president|Zuzana Caputova
Andrej Kiska|m|sk|prezydent Słowacji; słowacki prezydent; Slovak president|
Ivan Gašparovič|m|sk|prezydent Słowacji; słowacki prezydent; Slovak president|Ivan Gasparovic
Miroslav Lajčák|m|sk|minister spraw zagranicznych Słowacji; przewodniczący Zgromadzenia Ogólnego ONZ; specjalny przedstawiciel UE do spraw dialogu Belgrad-Prisztina; Slovak foreign minister|Miroslav Lajcak
Juraj Blanár|m|sk|minister spraw zagranicznych Słowacji; szef słowackiej dyplomacji; Slovak foreign minister|Juraj Blanar
Valdas Adamkus|m|lt|prezydent Litwy; litewski prezydent; Lithuanian president|
Dalia Grybauskaitė|f|lt|prezydent Litwy; prezydentka Litwy; litewska prezydent; komisarz UE do spraw budżetu; Lithuanian president|Dalia Grybauskaite
Gitanas Nausėda|m|lt|prezydent Litwy; litewski prezydent; Lithuanian president|Gitanas Nauseda
Saulius Skvernelis|m|lt|premier Litwy; litewski premier; przewodniczący Sejmu Litwy; Lithuanian prime minister|
Ingrida Šimonytė|f|lt|premier Litwy; premierka Litwy; litewska premier; Lithuanian prime minister|Ingrida Simonyte
Gintautas Paluckas|m|lt|premier Litwy; litewski premier; Lithuanian prime minister|
Inga Ruginienė|f|lt|premier Litwy; premierka Litwy; litewska premier; Lithuanian prime minister|Inga Ruginiene
Gabrielius Landsbergis|m|lt|minister spraw zagranicznych Litwy; szef litewskiej dyplomacji; Lithuanian foreign minister|
Kęstutis Budrys|m|lt|minister spraw zagranicznych Litwy; szef litewskiej dyplomacji; Lithuanian foreign minister|Kestutis Budrys
Edgars Rinkēvičs|m|lv|prezydent Łotwy; łotewski prezydent; minister spraw zagranicznych Łotwy; Latvian president; Latvian foreign minister|Edgars Rinkevics
Egils Levits|m|lv|prezydent Łotwy; łotewski prezydent; Latvian president|
Krišjānis Kariņš|m|lv|premier Łotwy; łotewski premier; minister spraw zagranicznych Łotwy; Latvian prime minister; Latvian foreign minister|Krisjanis Karins
Evika Siliņa|f|lv|premier Łotwy; premierka Łotwy; łotewska premier; Latvian prime minister|Evika Silina
Baiba Braže|f|lv|minister spraw zagranicznych Łotwy; szefowa łotewskiej dyplomacji; Latvian foreign minister|Baiba Braze
Toomas Hendrik Ilves|m|ee|prezydent Estonii; estoński prezydent; Estonian president|
Kersti Kaljulaid|f|ee|prezydent Estonii; prezydentka Estonii; Estonian president|
Alar Karis|m|ee|prezydent Estonii; estoński prezydent; Estonian president|
Andrus Ansip|m|ee|premier Estonii; estoński premier; wiceprzewodniczący Komisji Europejskiej; Estonian prime minister|
Jüri Ratas|m|ee|premier Estonii; estoński premier; Estonian prime minister|Juri Ratas
Kristen Michal|m|ee|premier Estonii; estoński premier; Estonian prime minister|
Margus Tsahkna|m|ee|minister spraw zagranicznych Estonii; szef estońskiej dyplomacji; Estonian foreign minister|
Tarja Halonen|f|fi|prezydent Finlandii; prezydentka Finlandii; Finnish president|
Sauli Niinistö|m|fi|prezydent Finlandii; fiński prezydent; Finnish president|Sauli Niinisto
Alexander Stubb|m|fi|prezydent Finlandii; fiński prezydent; premier Finlandii; Finnish president; Finnish prime minister|
Sanna Marin|f|fi|premier Finlandii; premierka Finlandii; fińska premier; Finnish prime minister|
Petteri Orpo|m|fi|premier Finlandii; fiński premier; Finnish prime minister|
Elina Valtonen|f|fi|minister spraw zagranicznych Finlandii; szefowa fińskiej dyplomacji; Finnish foreign minister|
Pekka Haavisto|m|fi|minister spraw zagranicznych Finlandii; szef fińskiej dyplomacji; Finnish foreign minister|
Fredrik Reinfeldt|m|se|premier Szwecji; szwedzki premier; Swedish prime minister|
Stefan Löfven|m|se|premier Szwecji; szwedzki premier; Swedish prime minister|Stefan Lofven
Magdalena Andersson|f|se|premier Szwecji; premierka Szwecji; szwedzka premier; Swedish prime minister|
Ulf Kristersson|m|se|premier Szwecji; szwedzki premier; Swedish prime minister|
Carl Bildt|m|se|minister spraw zagranicznych Szwecji; premier Szwecji; Swedish foreign minister|
Margot Wallström|f|se|minister spraw zagranicznych Szwecji; Swedish foreign minister|Margot Wallstrom
Tobias Billström|m|se|minister spraw zagranicznych Szwecji; Swedish foreign minister|Tobias Billstrom
Maria Malmer Stenergard|f|se|minister spraw zagranicznych Szwecji; szefowa szwedzkiej dyplomacji; Swedish foreign minister|
Erna Solberg|f|no|premier Norwegii; norweska premier; Norwegian prime minister|
Jonas Gahr Støre|m|no|premier Norwegii; norweski premier; minister spraw zagranicznych Norwegii; Norwegian prime minister|Jonas Gahr Store
Espen Barth Eide|m|no|minister spraw zagranicznych Norwegii; Norwegian foreign minister|
Helle Thorning-Schmidt|f|dk|premier Danii; duńska premier; Danish prime minister|
Lars Løkke Rasmussen|m|dk|premier Danii; duński premier; minister spraw zagranicznych Danii; Danish prime minister; Danish foreign minister|Lars Lokke Rasmussen
Mette Frederiksen|f|dk|premier Danii; premierka Danii; duńska premier; Danish prime minister|
Wołodymyr Zełenski|m|ua|prezydent Ukrainy; ukraiński prezydent; przywódca Ukrainy; president of Ukraine; Ukrainian president|Volodymyr Zelensky; Volodymyr Zelenskyy; Wolodymyr Selenskyj; Vladimir Zelensky
Ołena Zełenska|f|ua|pierwsza dama Ukrainy; Ukrainian first lady; first lady of Ukraine|Olena Zelenska
Petro Poroszenko|m|ua|prezydent Ukrainy; ukraiński prezydent; Ukrainian president|Petro Poroshenko
Wiktor Juszczenko|m|ua|prezydent Ukrainy; ukraiński prezydent; Ukrainian president|Viktor Yushchenko
Wiktor Janukowycz|m|ua|prezydent Ukrainy; ukraiński prezydent; premier Ukrainy; Ukrainian president|Viktor Yanukovych
Julia Tymoszenko|f|ua|premier Ukrainy; ukraińska premier; Ukrainian prime minister|Yulia Tymoshenko
Arsenij Jaceniuk|m|ua|premier Ukrainy; ukraiński premier; Ukrainian prime minister|Arseniy Yatsenyuk
Denys Szmyhal|m|ua|premier Ukrainy; ukraiński premier; minister obrony Ukrainy; Ukrainian prime minister; Ukrainian defence minister|Denys Shmyhal
Julia Swyrydenko|f|ua|premier Ukrainy; ukraińska premier; pierwsza wicepremier Ukrainy; minister gospodarki Ukrainy; Ukrainian prime minister; Ukrainian economy minister|Yulia Svyrydenko
Dmytro Kułeba|m|ua|minister spraw zagranicznych Ukrainy; szef MSZ Ukrainy; szef ukraińskiej dyplomacji; Ukrainian foreign minister|Dmytro Kuleba
Andrij Sybiha|m|ua|minister spraw zagranicznych Ukrainy; szef MSZ Ukrainy; szef ukraińskiej dyplomacji; Ukrainian foreign minister|Andrii Sybiha; Andriy Sybiha
Ołeksij Reznikow|m|ua|minister obrony Ukrainy; szef ukraińskiego resortu obrony; Ukrainian defence minister|Oleksii Reznikov; Oleksiy Reznikov
Rustem Umierow|m|ua|minister obrony Ukrainy; sekretarz Rady Bezpieczeństwa Narodowego i Obrony Ukrainy; Ukrainian defence minister; secretary of Ukraine's National Security and Defence Council|Rustem Umerov
Walerij Załużny|m|ua|naczelny dowódca Sił Zbrojnych Ukrainy; głównodowodzący ukraińskiej armii; ambasador Ukrainy w Wielkiej Brytanii; commander-in-chief of Ukraine's armed forces; Ukraine's ambassador to the UK|Valerii Zaluzhnyi; Valery Zaluzhny
Ołeksandr Syrski|m|ua|naczelny dowódca Sił Zbrojnych Ukrainy; głównodowodzący ukraińskiej armii; commander-in-chief of Ukraine's armed forces|Oleksandr Syrskyi; Oleksandr Syrsky
Andrij Jermak|m|ua|szef Biura Prezydenta Ukrainy; szef kancelarii prezydenta Ukrainy; head of Ukraine's presidential office; Zelensky's chief of staff|Andriy Yermak; Andrii Yermak
Mychajło Podolak|m|ua|doradca szefa Biura Prezydenta Ukrainy; doradca prezydenta Ukrainy; adviser to the head of Ukraine's presidential office|Mykhailo Podolyak
Kyryło Budanow|m|ua|szef wywiadu wojskowego Ukrainy; szef HUR; head of Ukraine's military intelligence|Kyrylo Budanov
Olha Stefaniszyna|f|ua|wicepremier Ukrainy do spraw integracji europejskiej; wicepremier Ukrainy; deputy prime minister for European integration|Olha Stefanishyna
Mychajło Fedorow|m|ua|wicepremier Ukrainy; minister transformacji cyfrowej Ukrainy; Ukraine's digital transformation minister|Mykhailo Fedorov
Rusłan Stefanczuk|m|ua|przewodniczący Rady Najwyższej Ukrainy; szef ukraińskiego parlamentu; speaker of Ukraine's parliament|Ruslan Stefanchuk
Witalij Kliczko|m|ua|mer Kijowa; burmistrz Kijowa; mayor of Kyiv; Kyiv mayor|Vitali Klitschko; Vitaliy Klitschko
Władimir Putin|m|ru|prezydent Rosji; rosyjski prezydent; przywódca Rosji; gospodarz Kremla; premier Rosji; Russian president; president of Russia; Kremlin leader; Russian leader|Vladimir Putin; Wladimir Putin
Dmitrij Miedwiediew|m|ru|prezydent Rosji; premier Rosji; wiceprzewodniczący Rady Bezpieczeństwa Rosji; zastępca przewodniczącego Rady Bezpieczeństwa Rosji; Russian president; Russian prime minister; deputy chairman of Russia's Security Council|Dmitry Medvedev; Dmitri Medvedev
Michaił Miszustin|m|ru|premier Rosji; rosyjski premier; Russian prime minister|Mikhail Mishustin
Siergiej Ławrow|m|ru|minister spraw zagranicznych Rosji; szef MSZ Rosji; szef rosyjskiej dyplomacji; Russian foreign minister|Sergei Lavrov; Sergey Lavrov
Dmitrij Pieskow|m|ru|rzecznik Kremla; rzecznik prasowy Kremla; rzecznik prezydenta Rosji; Kremlin spokesman|Dmitry Peskov; Dmitri Peskov
Maria Zacharowa|f|ru|rzeczniczka MSZ Rosji; rzeczniczka rosyjskiego MSZ; rzecznik rosyjskiego MSZ; Russian foreign ministry spokeswoman|Maria Zakharova
Siergiej Szojgu|m|ru|minister obrony Rosji; sekretarz Rady Bezpieczeństwa Rosji; szef rosyjskiego resortu obrony; Russian defence minister; secretary of Russia's Security Council|Sergei Shoigu; Sergey Shoigu
Andriej Biełousow|m|ru|minister obrony Rosji; szef rosyjskiego resortu obrony; Russian defence minister|Andrei Belousov
Walerij Gierasimow|m|ru|szef Sztabu Generalnego Sił Zbrojnych Rosji; szef rosyjskiego sztabu generalnego; chief of Russia's general staff|Valery Gerasimov
Jurij Uszakow|m|ru|doradca prezydenta Rosji; doradca Kremla; Kremlin aide; Kremlin foreign policy adviser|Yuri Ushakov
Kiriłł Dmitrijew|m|ru|szef Rosyjskiego Funduszu Inwestycji Bezpośrednich; specjalny wysłannik prezydenta Rosji; head of the Russian Direct Investment Fund; Kremlin envoy|Kirill Dmitriev
Wasilij Niebienzia|m|ru|ambasador Rosji przy ONZ; stały przedstawiciel Rosji przy ONZ; Russia's ambassador to the UN|Vassily Nebenzia
Walentina Matwijenko|f|ru|przewodnicząca Rady Federacji; speaker of Russia's upper house; Federation Council speaker|Valentina Matviyenko
Wiaczesław Wołodin|m|ru|przewodniczący Dumy Państwowej; przewodniczący rosyjskiej Dumy; Duma speaker; speaker of the State Duma|Vyacheslav Volodin
Siergiej Naryszkin|m|ru|szef SWR; szef rosyjskiego wywiadu zagranicznego; przewodniczący Dumy Państwowej; head of Russia's foreign intelligence service|Sergei Naryshkin
Elwira Nabiullina|f|ru|prezes Banku Rosji; szefowa rosyjskiego banku centralnego; Russian central bank governor|Elvira Nabiullina
Ramzan Kadyrow|m|ru|przywódca Czeczenii; szef Czeczenii; Chechen leader|Ramzan Kadyrov
Jewgienij Prigożyn|m|ru|szef Grupy Wagnera; założyciel Grupy Wagnera; Wagner Group chief; Wagner boss|Yevgeny Prigozhin
Aleksiej Nawalny|m|ru|lider rosyjskiej opozycji; opozycjonista; Russian opposition leader; Kremlin critic|Alexei Navalny; Aleksei Navalny
Julia Nawalna|f|ru|wdowa po Aleksieju Nawalnym; liderka rosyjskiej opozycji; Russian opposition leader|Yulia Navalnaya
Michaił Chodorkowski|m|ru|rosyjski opozycjonista; szef Jukosu; Kremlin critic; Yukos chief|Mikhail Khodorkovsky
Michaił Gorbaczow|m|ru|przywódca ZSRR; prezydent ZSRR; sekretarz generalny KPZR; Soviet leader|Mikhail Gorbachev
Alaksandr Łukaszenka|m|by|prezydent Białorusi; białoruski przywódca; przywódca Białorusi; białoruski dyktator; Belarusian president; Belarusian leader|Alexander Lukashenko; Aliaksandr Lukashenka; Aleksandr Łukaszenko
Swiatłana Cichanouska|f|by|liderka białoruskiej opozycji; przywódczyni białoruskiej opozycji; Belarusian opposition leader|Sviatlana Tsikhanouskaya; Svetlana Tikhanovskaya
Ursula von der Leyen|f|eu|przewodnicząca Komisji Europejskiej; szefowa Komisji Europejskiej; przewodnicząca KE; szefowa KE; minister obrony Niemiec; Commission president; European Commission president; president of the European Commission; German defence minister|
Charles Michel|m|eu|przewodniczący Rady Europejskiej; szef Rady Europejskiej; premier Belgii; European Council president; president of the European Council; Belgian prime minister|
António Costa|m|eu|przewodniczący Rady Europejskiej; szef Rady Europejskiej; premier Portugalii; European Council president; president of the European Council; Portuguese prime minister|Antonio Costa
Herman Van Rompuy|m|eu|przewodniczący Rady Europejskiej; premier Belgii; European Council president; Belgian prime minister|
Jean-Claude Juncker|m|eu|przewodniczący Komisji Europejskiej; szef Komisji Europejskiej; premier Luksemburga; przewodniczący Eurogrupy; Commission president; European Commission president; Luxembourg prime minister|
José Manuel Barroso|m|eu|przewodniczący Komisji Europejskiej; szef Komisji Europejskiej; premier Portugalii; Commission president; European Commission president|José Manuel Durão Barroso; Jose Manuel Barroso
Kaja Kallas|f|eu|wysoka przedstawiciel UE do spraw zagranicznych i polityki bezpieczeństwa; szefowa unijnej dyplomacji; szefowa dyplomacji UE; wiceprzewodnicząca Komisji Europejskiej; premier Estonii; premierka Estonii; EU foreign policy chief; EU high representative; EU's top diplomat; Estonian prime minister|
Josep Borrell|m|eu|wysoki przedstawiciel UE do spraw zagranicznych i polityki bezpieczeństwa; szef unijnej dyplomacji; szef dyplomacji UE; wiceprzewodniczący Komisji Europejskiej; minister spraw zagranicznych Hiszpanii; przewodniczący Parlamentu Europejskiego; EU foreign policy chief; EU high representative; EU's top diplomat; Spanish foreign minister|
Federica Mogherini|f|eu|wysoka przedstawiciel UE do spraw zagranicznych i polityki bezpieczeństwa; szefowa unijnej dyplomacji; szefowa dyplomacji UE; minister spraw zagranicznych Włoch; EU foreign policy chief; EU high representative|
Catherine Ashton|f|eu|wysoka przedstawiciel UE do spraw zagranicznych i polityki bezpieczeństwa; szefowa unijnej dyplomacji; szefowa dyplomacji UE; EU foreign policy chief; EU high representative|
Roberta Metsola|f|eu|przewodnicząca Parlamentu Europejskiego; szefowa Parlamentu Europejskiego; przewodnicząca PE; European Parliament president; president of the European Parliament|
Martin Schulz|m|eu|przewodniczący Parlamentu Europejskiego; przewodniczący SPD; European Parliament president; SPD leader|
David Sassoli|m|eu|przewodniczący Parlamentu Europejskiego; European Parliament president|
Christine Lagarde|f|eu|prezes Europejskiego Banku Centralnego; prezes EBC; szefowa EBC; dyrektor zarządzająca MFW; szefowa MFW; minister finansów Francji; ECB president; president of the European Central Bank; IMF managing director; French finance minister|
Jean-Claude Trichet|m|eu|prezes Europejskiego Banku Centralnego; prezes EBC; szef EBC; ECB president|
Maroš Šefčovič|m|eu|wiceprzewodniczący Komisji Europejskiej; komisarz UE do spraw handlu; unijny komisarz do spraw handlu; Commission vice-president; EU trade commissioner; EU trade chief|Maros Sefcovic
Frans Timmermans|m|eu|pierwszy wiceprzewodniczący Komisji Europejskiej; wiceprzewodniczący Komisji Europejskiej; komisarz do spraw Europejskiego Zielonego Ładu; minister spraw zagranicznych Holandii; lider GroenLinks-PvdA; first vice-president of the European Commission; EU climate chief; Dutch foreign minister|
Margrethe Vestager|f|eu|komisarz UE do spraw konkurencji; unijna komisarz do spraw konkurencji; wiceprzewodnicząca Komisji Europejskiej; EU competition commissioner; EU competition chief|
Thierry Breton|m|eu|komisarz UE do spraw rynku wewnętrznego; unijny komisarz do spraw rynku wewnętrznego; EU internal market commissioner|
Věra Jourová|f|eu|wiceprzewodnicząca Komisji Europejskiej; komisarz UE do spraw wartości i przejrzystości; komisarz UE do spraw sprawiedliwości; Commission vice-president; EU values commissioner|Vera Jourova
Valdis Dombrovskis|m|eu|wiceprzewodniczący Komisji Europejskiej; komisarz UE do spraw gospodarki; komisarz UE do spraw handlu; premier Łotwy; Commission vice-president; EU economy commissioner; Latvian prime minister|
Didier Reynders|m|eu|komisarz UE do spraw sprawiedliwości; EU justice commissioner|
Ylva Johansson|f|eu|komisarz UE do spraw wewnętrznych; EU home affairs commissioner|
Teresa Ribera|f|eu|wiceprzewodnicząca wykonawcza Komisji Europejskiej; komisarz UE do spraw konkurencji; executive vice-president of the European Commission; EU competition commissioner|
Marta Kos|f|eu|komisarz UE do spraw rozszerzenia; unijna komisarz do spraw rozszerzenia; EU enlargement commissioner|
Olivér Várhelyi|m|eu|komisarz UE do spraw rozszerzenia; komisarz UE do spraw zdrowia; EU enlargement commissioner; EU health commissioner|Oliver Varhelyi
Andrius Kubilius|m|eu|komisarz UE do spraw obronności; unijny komisarz do spraw obrony; premier Litwy; EU defence commissioner; Lithuanian prime minister|
Stéphane Séjourné|m|eu|wiceprzewodniczący wykonawczy Komisji Europejskiej; komisarz UE do spraw strategii przemysłowej; minister spraw zagranicznych Francji; executive vice-president of the European Commission; French foreign minister|Stephane Sejourne
Wopke Hoekstra|m|eu|komisarz UE do spraw klimatu; unijny komisarz do spraw klimatu; minister spraw zagranicznych Holandii; minister finansów Holandii; EU climate commissioner; Dutch foreign minister|
Jaap de Hoop Scheffer|m|nato|sekretarz generalny NATO; szef NATO; minister spraw zagranicznych Holandii; NATO secretary general; NATO chief|
Anders Fogh Rasmussen|m|nato|sekretarz generalny NATO; szef NATO; premier Danii; NATO secretary general; NATO chief; Danish prime minister|
Jens Stoltenberg|m|nato|sekretarz generalny NATO; szef NATO; premier Norwegii; minister finansów Norwegii; NATO secretary general; NATO chief; Norwegian prime minister; Norwegian finance minister|
Mark Rutte|m|nato|sekretarz generalny NATO; szef NATO; premier Holandii; holenderski premier; NATO secretary general; NATO chief; Dutch prime minister|
Kofi Annan|m|un|sekretarz generalny ONZ; szef ONZ; UN secretary-general; UN chief|
Ban Ki-moon|m|un|sekretarz generalny ONZ; szef ONZ; minister spraw zagranicznych Korei Południowej; UN secretary-general; UN chief|Ban Ki Mun; Ban Ki-mun
António Guterres|m|un|sekretarz generalny ONZ; szef ONZ; wysoki komisarz ONZ do spraw uchodźców; premier Portugalii; UN secretary-general; UN chief; secretary-general of the United Nations|Antonio Guterres
Tedros Adhanom Ghebreyesus|m|un|dyrektor generalny WHO; szef WHO; szef Światowej Organizacji Zdrowia; WHO director-general; WHO chief|Tedros Ghebreyesus
Rafael Grossi|m|un|dyrektor generalny MAEA; szef MAEA; szef Międzynarodowej Agencji Energii Atomowej; IAEA director general; IAEA chief|Rafael Mariano Grossi
Volker Türk|m|un|wysoki komisarz ONZ do spraw praw człowieka; UN high commissioner for human rights; UN human rights chief|Volker Turk
Kristalina Georgieva|f|bg|dyrektor zarządzająca MFW; szefowa MFW; szefowa Międzynarodowego Funduszu Walutowego; IMF managing director; IMF chief|Kristalina Georgiewa
Karim Khan|m|gb|prokurator Międzynarodowego Trybunału Karnego; prokurator MTK; główny prokurator MTK; ICC prosecutor; chief prosecutor of the International Criminal Court|Karim Ahmad Khan
Xi Jinping|m|cn|przewodniczący ChRL; prezydent Chin; chiński przywódca; przywódca Chin; sekretarz generalny KPCh; Chinese president; China's leader; Chinese leader|Xi; Xi Dzinping
Hu Jintao|m|cn|przewodniczący ChRL; prezydent Chin; chiński przywódca; Chinese president|
Wen Jiabao|m|cn|premier Chin; chiński premier; Chinese premier|
Li Keqiang|m|cn|premier Chin; chiński premier; Chinese premier|
Li Qiang|m|cn|premier Chin; chiński premier; Chinese premier|
Wang Yi|m|cn|minister spraw zagranicznych Chin; szef chińskiej dyplomacji; Chinese foreign minister|
Shinzo Abe|m|jp|premier Japonii; japoński premier; Japanese prime minister|Shinzō Abe; Sinzo Abe
Yoshihide Suga|m|jp|premier Japonii; japoński premier; Japanese prime minister|
Fumio Kishida|m|jp|premier Japonii; japoński premier; Japanese prime minister|
Shigeru Ishiba|m|jp|premier Japonii; japoński premier; Japanese prime minister|
Sanae Takaichi|f|jp|premier Japonii; premierka Japonii; japońska premier; Japanese prime minister|
Narendra Modi|m|in|premier Indii; indyjski premier; Indian prime minister|
Manmohan Singh|m|in|premier Indii; indyjski premier; Indian prime minister|
Subrahmanyam Jaishankar|m|in|minister spraw zagranicznych Indii; szef indyjskiej dyplomacji; Indian foreign minister|S. Jaishankar
Rahul Gandhi|m|in|lider Indyjskiego Kongresu Narodowego; lider indyjskiej opozycji; Congress leader; Indian opposition leader|
Recep Tayyip Erdoğan|m|tr|prezydent Turcji; turecki prezydent; premier Turcji; Turkish president; president of Turkey|Recep Tayyip Erdogan; Tayyip Erdoğan; Tayyip Erdogan
Ahmet Davutoğlu|m|tr|premier Turcji; turecki premier; minister spraw zagranicznych Turcji; Turkish prime minister|Ahmet Davutoglu
Mevlüt Çavuşoğlu|m|tr|minister spraw zagranicznych Turcji; szef tureckiej dyplomacji; Turkish foreign minister|Mevlut Cavusoglu
Hakan Fidan|m|tr|minister spraw zagranicznych Turcji; szef tureckiej dyplomacji; szef tureckiego wywiadu; Turkish foreign minister|
Ekrem İmamoğlu|m|tr|burmistrz Stambułu; mer Stambułu; mayor of Istanbul; Istanbul mayor|Ekrem Imamoglu
Benjamin Netanyahu|m|il|premier Izraela; izraelski premier; szef izraelskiego rządu; Israeli prime minister|Benjamin Netanjahu; Binjamin Netanjahu; Bibi Netanyahu
Naftali Bennett|m|il|premier Izraela; izraelski premier; Israeli prime minister|Naftali Bennet
Yair Lapid|m|il|premier Izraela; izraelski premier; minister spraw zagranicznych Izraela; lider izraelskiej opozycji; Israeli prime minister; Israeli opposition leader|Jair Lapid
Ehud Olmert|m|il|premier Izraela; izraelski premier; Israeli prime minister|
Ariel Sharon|m|il|premier Izraela; izraelski premier; Israeli prime minister|Ariel Szaron
Shimon Peres|m|il|prezydent Izraela; izraelski prezydent; Israeli president|Szimon Peres
Reuven Rivlin|m|il|prezydent Izraela; izraelski prezydent; Israeli president|Reuwen Riwlin
Isaac Herzog|m|il|prezydent Izraela; izraelski prezydent; Israeli president|Jicchak Herzog; Izaak Herzog; Yitzhak Herzog
Yoav Gallant|m|il|minister obrony Izraela; izraelski minister obrony; Israeli defence minister; Israeli defense minister|Joaw Galant; Jo'aw Galant
Israel Katz|m|il|minister obrony Izraela; minister spraw zagranicznych Izraela; Israeli defence minister; Israeli defense minister; Israeli foreign minister|Israel Kac; Jisra'el Kac
Gideon Sa'ar|m|il|minister spraw zagranicznych Izraela; szef izraelskiej dyplomacji; Israeli foreign minister|Gideon Saar
Benny Gantz|m|il|minister obrony Izraela; lider partii Niebiesko-Biali; Israeli defence minister|Beni Ganc; Benny Ganc
Itamar Ben-Gvir|m|il|minister bezpieczeństwa narodowego Izraela; Israeli national security minister|Itamar Ben Gwir; Itamar Ben-Gwir
Bezalel Smotrich|m|il|minister finansów Izraela; Israeli finance minister|Becalel Smotricz
Mahmoud Abbas|m|ps|prezydent Autonomii Palestyńskiej; przywódca Autonomii Palestyńskiej; palestyński prezydent; Palestinian president; Palestinian Authority president|Mahmud Abbas
Ismail Haniyeh|m|ps|przywódca Hamasu; szef biura politycznego Hamasu; lider Hamasu; Hamas leader; Hamas political chief|Ismail Hanijja; Ismail Hanija
Yahya Sinwar|m|ps|przywódca Hamasu; lider Hamasu w Strefie Gazy; Hamas leader; Hamas leader in Gaza|Jahja Sinwar
Hassan Nasrallah|m|lb|przywódca Hezbollahu; lider Hezbollahu; sekretarz generalny Hezbollahu; Hezbollah leader|Hasan Nasrallah
Ali Khamenei|m|ir|najwyższy przywódca Iranu; przywódca duchowy Iranu; ajatollah; Iran's supreme leader; supreme leader|Ali Chamenei; Ajatollah Ali Chamenei; Ayatollah Ali Khamenei
Mahmoud Ahmadinejad|m|ir|prezydent Iranu; irański prezydent; Iranian president|Mahmud Ahmadineżad
Hassan Rouhani|m|ir|prezydent Iranu; irański prezydent; Iranian president|Hasan Rowhani; Hassan Rowhani
Ebrahim Raisi|m|ir|prezydent Iranu; irański prezydent; Iranian president|Ebrahim Ra'isi; Ebrahim Raissi
Masoud Pezeshkian|m|ir|prezydent Iranu; irański prezydent; Iranian president|Masud Pezeszkian
Mohammad Javad Zarif|m|ir|minister spraw zagranicznych Iranu; szef irańskiej dyplomacji; Iranian foreign minister|Mohammad Dżawad Zarif; Javad Zarif
Abbas Araghchi|m|ir|minister spraw zagranicznych Iranu; szef irańskiej dyplomacji; Iranian foreign minister|Abbas Arakczi; Abbas Aragczi
Mohammed bin Salman|m|sa|następca tronu Arabii Saudyjskiej; saudyjski następca tronu; książę koronny; premier Arabii Saudyjskiej; Saudi crown prince; crown prince|Muhammad ibn Salman; Mohammad bin Salman; MBS
Abdel Fattah al-Sisi|m|eg|prezydent Egiptu; egipski prezydent; Egyptian president|Abd al-Fattah as-Sisi; Abdel Fattah el-Sisi
Hosni Mubarak|m|eg|prezydent Egiptu; egipski prezydent; Egyptian president|Husni Mubarak
Mohamed Morsi|m|eg|prezydent Egiptu; egipski prezydent; Egyptian president|Mohammed Mursi; Muhammad Mursi
Bashar al-Assad|m|sy|prezydent Syrii; syryjski prezydent; Syrian president|Baszar al-Asad; Bashar Assad
Ahmed al-Sharaa|m|sy|prezydent Syrii; syryjski prezydent; przywódca Syrii; lider HTS; Syrian president; Syrian leader|Ahmad asz-Szara; Abu Mohammed al-Julani; Abu Muhammad al-Dżaulani
Muammar Gaddafi|m|ly|przywódca Libii; libijski przywódca; Libyan leader|Muammar Kaddafi; Moammar Gadhafi
Luiz Inácio Lula da Silva|m|br|prezydent Brazylii; brazylijski prezydent; Brazilian president|Lula da Silva; Lula; Luiz Inacio Lula da Silva
Jair Bolsonaro|m|br|prezydent Brazylii; brazylijski prezydent; Brazilian president|
Dilma Rousseff|f|br|prezydent Brazylii; prezydentka Brazylii; Brazilian president|
Michel Temer|m|br|prezydent Brazylii; brazylijski prezydent; Brazilian president|
Javier Milei|m|ar|prezydent Argentyny; argentyński prezydent; Argentine president; Argentinian president|
Cristina Fernández de Kirchner|f|ar|prezydent Argentyny; prezydentka Argentyny; wiceprezydent Argentyny; Argentine president|Cristina Kirchner; Cristina Fernandez de Kirchner
Alberto Fernández|m|ar|prezydent Argentyny; argentyński prezydent; Argentine president|Alberto Fernandez
Mauricio Macri|m|ar|prezydent Argentyny; argentyński prezydent; Argentine president|
Stephen Harper|m|ca|premier Kanady; kanadyjski premier; Canadian prime minister|
Justin Trudeau|m|ca|premier Kanady; kanadyjski premier; Canadian prime minister|
Mark Carney|m|ca|premier Kanady; kanadyjski premier; prezes Banku Anglii; prezes Banku Kanady; Canadian prime minister; Bank of England governor|
Chrystia Freeland|f|ca|wicepremier Kanady; minister finansów Kanady; minister spraw zagranicznych Kanady; Canadian deputy prime minister; Canadian finance minister; Canadian foreign minister|
Mélanie Joly|f|ca|minister spraw zagranicznych Kanady; szefowa kanadyjskiej dyplomacji; Canadian foreign minister|Melanie Joly
Anita Anand|f|ca|minister spraw zagranicznych Kanady; minister obrony Kanady; Canadian foreign minister; Canadian defence minister|
Pierre Poilievre|m|ca|lider Partii Konserwatywnej Kanady; lider kanadyjskich konserwatystów; Conservative leader; Canadian opposition leader|
Kevin Rudd|m|au|premier Australii; australijski premier; ambasador Australii w USA; Australian prime minister|
Julia Gillard|f|au|premier Australii; australijska premier; Australian prime minister|
Tony Abbott|m|au|premier Australii; australijski premier; Australian prime minister|
Malcolm Turnbull|m|au|premier Australii; australijski premier; Australian prime minister|
Scott Morrison|m|au|premier Australii; australijski premier; Australian prime minister|
Anthony Albanese|m|au|premier Australii; australijski premier; Australian prime minister|
Penny Wong|f|au|minister spraw zagranicznych Australii; szefowa australijskiej dyplomacji; Australian foreign minister|
Felipe Calderón|m|mx|prezydent Meksyku; meksykański prezydent; Mexican president|Felipe Calderon
Enrique Peña Nieto|m|mx|prezydent Meksyku; meksykański prezydent; Mexican president|Enrique Pena Nieto
Andrés Manuel López Obrador|m|mx|prezydent Meksyku; meksykański prezydent; Mexican president|Andres Manuel Lopez Obrador; AMLO
Claudia Sheinbaum|f|mx|prezydent Meksyku; prezydentka Meksyku; meksykańska prezydent; Mexican president|
Hugo Chávez|m|ve|prezydent Wenezueli; wenezuelski prezydent; Venezuelan president|Hugo Chavez
Nicolás Maduro|m|ve|prezydent Wenezueli; wenezuelski prezydent; przywódca Wenezueli; Venezuelan president; Venezuelan leader|Nicolas Maduro
Juan Guaidó|m|ve|lider wenezuelskiej opozycji; Venezuelan opposition leader|Juan Guaido
María Corina Machado|f|ve|liderka wenezuelskiej opozycji; laureatka Pokojowej Nagrody Nobla; Venezuelan opposition leader; Nobel Peace Prize laureate|Maria Corina Machado
Kim Jong Un|m|kp|przywódca Korei Północnej; północnokoreański przywódca; przywódca KRLD; North Korean leader|Kim Jong-un; Kim Dzong Un
Kim Jong Il|m|kp|przywódca Korei Północnej; północnokoreański przywódca; North Korean leader|Kim Jong-il; Kim Dzong Il
Moon Jae-in|m|kr|prezydent Korei Południowej; południowokoreański prezydent; South Korean president|Mun Dze In; Moon Jae In
Yoon Suk Yeol|m|kr|prezydent Korei Południowej; południowokoreański prezydent; South Korean president|Yoon Suk-yeol
Lee Jae-myung|m|kr|prezydent Korei Południowej; południowokoreański prezydent; South Korean president|Lee Jae Myung
Tsai Ing-wen|f|tw|prezydent Tajwanu; prezydentka Tajwanu; tajwańska prezydent; Taiwanese president; Taiwan's president|Caj Ing-wen
Lai Ching-te|m|tw|prezydent Tajwanu; tajwański prezydent; Taiwanese president; Taiwan's president|William Lai
Cyril Ramaphosa|m|za|prezydent RPA; południowoafrykański prezydent; South African president|
Imran Khan|m|pk|premier Pakistanu; pakistański premier; Pakistani prime minister|
Elon Musk|m|us|szef Tesli; prezes Tesli; szef SpaceX; właściciel X; właściciel Twittera; szef DOGE; najbogatszy człowiek świata; Tesla CEO; SpaceX CEO; owner of X; Tesla boss; world's richest man|
Mark Zuckerberg|m|us|szef Mety; prezes Mety; założyciel Facebooka; szef Facebooka; Meta CEO; Facebook founder|
Jeff Bezos|m|us|założyciel Amazona; szef Amazona; właściciel Washington Post; Amazon founder; Amazon executive chairman|Jeffrey Bezos
Sam Altman|m|us|szef OpenAI; prezes OpenAI; OpenAI CEO; OpenAI chief executive|
Tim Cook|m|us|szef Apple; prezes Apple; Apple CEO|Timothy Cook
Steve Jobs|m|us|założyciel Apple; szef Apple; Apple co-founder; Apple CEO|
Satya Nadella|m|us|szef Microsoftu; prezes Microsoftu; Microsoft CEO|
Bill Gates|m|us|założyciel Microsoftu; współzałożyciel Microsoftu; Microsoft co-founder; Microsoft founder|William Gates
Sundar Pichai|m|us|szef Google; prezes Google; prezes Alphabetu; Google CEO; Alphabet CEO|
Jensen Huang|m|us|szef Nvidii; prezes Nvidii; Nvidia CEO|
Larry Ellison|m|us|założyciel Oracle; prezes Oracle; Oracle co-founder; Oracle chairman|
Warren Buffett|m|us|prezes Berkshire Hathaway; szef Berkshire Hathaway; wyrocznia z Omaha; Berkshire Hathaway CEO; Oracle of Omaha|
Jamie Dimon|m|us|prezes JPMorgan Chase; szef JPMorgan; JPMorgan CEO; JPMorgan Chase CEO|James Dimon
Larry Fink|m|us|szef BlackRock; prezes BlackRock; BlackRock CEO|Laurence Fink
George Soros|m|us|założyciel Open Society Foundations; financier; Open Society Foundations founder|
Dario Amodei|m|us|szef Anthropic; prezes Anthropic; Anthropic CEO|
Demis Hassabis|m|gb|szef Google DeepMind; prezes DeepMind; Google DeepMind CEO|
Zbigniew Boniek|m|pl|prezes PZPN; prezes Polskiego Związku Piłki Nożnej; wiceprezydent UEFA; PZPN president|Zibi Boniek
Cezary Kulesza|m|pl|prezes PZPN; prezes Polskiego Związku Piłki Nożnej; prezes Jagiellonii; PZPN president|
Michał Listkiewicz|m|pl|prezes PZPN; prezes Polskiego Związku Piłki Nożnej|
Radosław Piesiewicz|m|pl|prezes PKOl; prezes Polskiego Komitetu Olimpijskiego; prezes PZKosz; Polish Olympic Committee president|
Andrzej Kraśnicki|m|pl|prezes PKOl; prezes Polskiego Komitetu Olimpijskiego|
Witold Bańka|m|pl|szef WADA; przewodniczący WADA; prezydent WADA; minister sportu; minister sportu i turystyki; WADA president|
Gianni Infantino|m|int|szef FIFA; prezydent FIFA; prezes FIFA; FIFA president|
Sepp Blatter|m|int|szef FIFA; prezydent FIFA; prezes FIFA; FIFA president|
Aleksander Čeferin|m|int|szef UEFA; prezydent UEFA; prezes UEFA; UEFA president|Aleksander Ceferin; Aleksandr Czeferin
Michel Platini|m|int|szef UEFA; prezydent UEFA; prezes UEFA; UEFA president|
Thomas Bach|m|int|szef MKOl; przewodniczący MKOl; prezydent MKOl; IOC president|
Kirsty Coventry|f|int|szefowa MKOl; przewodnicząca MKOl; IOC president|
Jack Ma|m|cn|założyciel Alibaby; Alibaba founder|Ma Yun
`;
