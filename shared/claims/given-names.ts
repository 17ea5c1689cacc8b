/**
 * Common given names (nominative) seen in Polish and English news, with grammatical gender.
 * A hit marks where a person's name starts inside a capitalised run (`Sekretarz Generalny NATO
 * Jens Stoltenberg`) and gives the person's gender when no verb tells it. Foreign names are listed
 * in the spellings Polish media use (`Władimir`, `Siergiej`, `Olha`) and in English ones.
 */
const MALE = `
Romain Ed Doug Geoff Phillip Mick Hank Ollie Sam Bert Joey Damien Allan Corey Reuben Oswald Cyrus Zack Nate
Garret Derrick Brody Collin Horace Huw Iain Hywel Feargal Shamus Seamus Caspar Elias Laurence Stéphane
Benoît Antonin Xavi Vincenzo Alvaro Álvaro Paulo Danilo Luka Steffen Gunter Günther Guenther Gunther Frans
Balazs Pavol Vassilis Kazuo Mahinda Ranil Dinesh Rohit Akshay Abhishek Santosh Dharmendra Sundar Arjuna Raj
Khurram Fuad Raed Basem Zaher Esmail Hakeem Zabihullah Muharrem Mevlut Festus Boniface Emilian Konstanty
Klaudiusz Kosma Romuald Sławosz Szczepan Bohdan Vadym Vadim Andrii Raila Jakaya Ferdinand Erling Thom Mel
Jeronimo Jerónimo Agus Eliud Zeev Yves Hervé Thierry Didier Olivier Sébastien Guillaume
Arnaud Cédric Mathieu Rémi Fabien Pascal Gaël Loïc Luca Claudio Giorgio Pietro Tomás Eduardo Marcelo Leonardo
Thiago Rui João Tiago Duarte Nuno Bjorn Kjell Jukka Mikko Pekka Timo Matti Jari Heikki Tuomas Jiří Tomáš Pavel
László Gábor Csaba Attila Ferenc Nicolae Mihai Dragoș Florin Dragan Goran Miroslav Dimitris Giorgos Nikos
Kostas Yannis Kyriakos Murat Cem Khalid Saeed Bilawal Shahid Ashraf Amir Javad Mohsen Ashok Nitin Manoj
Pradeep Vikram Arun Taro Koichi Hideki Joko Prabowo Anwar Mahathir Najib Bongbong Thaksin Srettha Thabo
Goodluck Atiku Hage Mokgweetsi Samia Kalonzo Musalia Okiya Babajide Nyesom Rotimi Kayode Chukwuma Obinna
Ikenna Chidi Uche Kunle Wale Dapo Kwaku Kojo Yaw Kwabena Akwasi Abena Akosua
Adam Adrian Albert Aleksander Aleksy Alfred Andrzej Antoni Arkadiusz Artur Augustyn Bartłomiej Bartosz
Benedykt Bernard Błażej Bogdan Bogumił Bogusław Bolesław Borys Bronisław Cezary Czesław Damian Daniel
Dariusz Dawid Dominik Edmund Edward Emil Eugeniusz Feliks Filip Franciszek Fryderyk Gabriel Grzegorz
Gustaw Henryk Hubert Ignacy Ireneusz Jacek Jakub Jan Janusz Jarosław Jerzy Józef Julian Juliusz Kacper
Kamil Karol Kazimierz Konrad Krystian Krzysztof Lech Leon Leszek Ludwik Łukasz Maciej Maksymilian Marcin
Marek Marian Mariusz Mateusz Michał Mieczysław Mikołaj Miłosz Mirosław Norbert Oskar Patryk Paweł Piotr
Przemysław Radosław Rafał Robert Roman Ryszard Sebastian Sławomir Stanisław Stefan Szymon Tadeusz Tomasz
Wacław Waldemar Wiesław Wiktor Witold Władysław Włodzimierz Wojciech Zbigniew Zdzisław Zenon Zygmunt
Bronisław Donald Radek Rysiek Józef Ludomir Longin Teodor Tymoteusz Wincenty Walenty Kornel Tytus Sylwester Leopold Klemens Ambroży
Ross Tomek Bartek Kuba Wojtek Maciek Olek Jurek Staszek Franek Antek Janek Romek Zbyszek Olgierd Remigiusz Ksawery Tobiasz Nikodem Oliwer Hieronim Jędrzej Wawrzyniec Kajetan Marcel Tymon Miron Seweryn
Gracjan Lucjan Zenobiusz Zbysław Dobrosław Dobromir Jarema Rajmund Lesław Marceli Euzebiusz Dionizy
James John Michael William David Richard Joseph Thomas Charles Christopher Matthew Anthony Mark Steven
Paul Andrew Joshua Kenneth Kevin Brian George Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas
Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Alexander Raymond Patrick
Jack Dennis Jerry Tyler Aaron Jose José Henry Douglas Nathan Peter Zachary Kyle Walter Harold Jeremy
Ethan Carl Colin Keith Roger Gerald Christian Terry Sean Arthur Noah Lawrence Jesse Joe Bryan Billy
Dylan Bruce Willie Alan Juan Logan Wayne Ralph Roy Eugene Randy Vincent Russell Louis Philip
Bobby Johnny Bradley Barack Bill Mike Tony Boris Rishi Keir Emmanuel Olaf Antony Ned Lloyd Jake Mitch
Chuck Ted Marco Rand Rudy Hunter Jens Dmytro Volodymyr Vladimir Sergei Sergey Dmitry Dmitri Alexei Alexey
Andrei Andriy Petro Viktor Mykhailo Oleksandr Oleksii Yuriy Yuri Igor Ihor Hans Horst Helmut Gerhard
Wolfgang Jürgen Klaus Dieter Günter Friedrich Heiko Joschka Sigmar Markus Martin Jean Pierre Jacques
François Nicolas Michel Laurent Philippe Alain Édouard Luis Manuel Carlos Pedro Pablo Javier Antonio
Francisco Mariano Silvio Matteo Mario Giuseppe Sergio Romano Enrico Paolo Władimir Wladimir Dmitrij
Siergiej Sergiusz Michaił Aleksiej Aleksandr Andriej Jurij Wołodymyr Ołeksandr Mychajło Siarhiej
Alaksandr Ihar Aleh Ramzan Nikołaj Walerij Gienadij Giennadij Anatolij Wiaczesław Witalij Witalija
Mahmud Mahmoud Omar Umar Ahmed Ahmad Mohammed Muhammad Mohamed Mohammad Md Mohd Muhd Ali Hassan Hasan Hosni Bashar
Baszar Saddam Ehud Binjamin Ariel Shimon Jigal Yigal Avigdor Naftali Jair Yair Icchak Yitzhak Recep
Ahmet Abdullah Hamid Hamad Nizar Ismail Khaled Chaled Jasir Yasser Kofi António Nelson Cyril Uhuru
Shinzo Fumio Narendra Edgars Egils Arturs Krišjānis Gitanas Jüri Andrus Sauli Jonas Ulf Lars Anders
Josep Jordi Pedro Rodrigo Luiz Jair Alberto Ricardo Fernando Andrés Gustavo Hugo Nicolás Ernesto
Jose Tayyip Hakan Mevlüt Reza Hassan Ebrahim Abbas Benjamin Yoav Benny Isaac Herzl Moshe Yosef Josef
Charles Emmanuel Valéry Bruno Gérald Jean-Yves Jean-Claude Jean-Marie Jean-Luc Jean-Pierre Frank-Walter
Wołodymir Petro Arsenij Denys Dmytro Kyryło Ołeksij Rustem Witalij Pawło Serhij Serhiy Taras
Siergiej Jewgienij Jewgeni Aleksandr Dmitrij Nikita Ilja Wadim Gieorgij Konstantin Leonid Michaił Oleg
Piotr Roman Ruslan Rusłan Timur Walentin Walery Wasilij Wiktor Władysław Zurab Micheil Mikheil Giorgi
Ilham Nikol Serż Robert Aleksandar Rumen Bojko Andrej Miloš Milorad Slobodan Zoran Janez
Borut Robert Igor Viktor Péter Zoltán Gyula Václav Miloš Petr Andrej Bohuslav Robert Eduard Ivan Jozef
Michal Vladimír Jaroslav Karel Klaus Alexander Sebastian Werner Karl Kurt Olaf Christoph Armin Robert
Micheal Brian Enda Leo Simon Liam Michael Mark Xavier Luc Guy Alexander Bart Geert Mark Wopke Dick
Stefan Magnus Ulf Jonas Lars Anders Bo Erna Jens Sauli Juha Antti Petteri Alexander Kristjan Toomas
Gitanas Valdas Dalius Algirdas Raimonds Valdis Egils Krisjanis Arturs Edgars
Xi Li Wang Hu Zhou Deng Mao Shinzo Fumio Yoshihide Kim Moon Yoon Narendra Imran Nawaz Recep Ban
Francesco Dustin Rory Xander Jon Jim Tom Tim Dan Danny Dave Steve Rob Bob Andy Alex Ben  Nick Matt Chris Greg Jeff Josh Luke
Max Oliver Harry Charlie Freddie Archie Alfie Theo Oscar Finn Hugh Ian Neil Nigel Graham Graeme Gordon Stuart Craig Gareth Rhys Owen
Evan Callum Connor Declan Ciaran Cian Eoin Niall Darren Shane Barry Gavin Trevor Clive Malcolm Derek Duncan Alistair Angus Fraser
Hamish Rupert Dominic Toby Jamie Jimmy Tommy Kenny Glenn Phil Ray Ron Don Ken Len Marc Rick Ricky Rod Stan Vic Wes Brad Chad Cody
Travis Wade Clint Cole Blake Brett Bret Jared Jarrod Jay Joel Kurt Lance Neal Nolan Seth Spencer Todd Vince Zach Marcus Darius Andre
Curtis Cedric Jamal Malik Tyrone Lamar Reggie Dwayne Darnell Maurice Terrence Rashad Kareem Giovanni Alessandro Lorenzo Stefano
Massimo Roberto Fabio Luigi Gianluca Davide Riccardo Diego Miguel Alejandro Rafael Jorge Raul Raúl Enrique Emilio Felipe Santiago
Mateo Gonzalo Ignacio Joaquín Ramón Salvador Iker Mats Niklas Lukas Felix Florian Tobias Fabian Rasmus Henrik Mikkel Søren Nils Erik
Olof Gustav Sven Björn Hiroshi Takeshi Kenji Haruki Naoki Akira Shigeru Junichiro Abdul Yousef Youssef Mustafa Mostafa Karim Tariq
Faisal Fahad Salman  Nasser Walid Waleed Samir  Hussein Hossein Rashid Rahul Amit Arvind Rajesh Sanjay Vijay Anil Sunil
Ravi Suresh Manmohan Ramesh Ajit Amitabh Sachin Virat Emmerson Yoweri Bola Muhammadu Olusegun Abiy Julius Kwame Rodrigo Volodimir
Fran Gerry Paddy Seán Ciarán Cathal Dermot Micheál Eamon Éamon Pádraig Padraig Darragh Oisín Colm Donal Fergal Ronan Conor Eoghan Brendan Kieran Finbarr Tadhg
Aidan Alec Alvin Ambrose Angelo Antoine Armando Arnold Ashton Barney Basil Beau Bennett Bernie Boyd Brent Brock Bryce Byron
Calvin Cameron Carson Casey Cecil Clarence Clifford Clyde Conrad Cory Damon Dante Darrell Darryl Desmond Devin Dexter Dominick
Donovan Dorian Drake Eddie Edgar Edwin Eli Elijah Elliot Elliott Elmer Elton Emmett Ernest Ernie Errol Everett Floyd Forrest Francis
Fred Freddy Garrett Geoffrey Gilbert Glen Gregg Harrison Harvey Hector Herbert Herman Howard Isaiah Jaime Jasper Jerome Jonah Julio
Lamont Leland Leonard Leroy Lester Lionel Lonnie Lucas Luther Lyle Marvin Melvin Micah Milton Mitchell Morris Moses Murray Nathaniel
Noel Norman Otis Pete Preston Quentin Quincy Ramon Randall Reginald Rhett Roderick Rodney Roland Ronnie Ruben Russ Sammy Shaun Sheldon
Sherman Sidney Sonny Stanley Sylvester Terrance Terrell Thaddeus Tyrell Vernon Victor Wallace Warren Wendell Wesley Wilbur Wilfred
Willard Winston Majed Yahya Hamza Bilal Tarek Osama Sami Nabil Marwan Ayman Hesham Hisham Jamil Kamal Mehmet Emre Burak Kemal Sadiq
Shehbaz Asif Javed Arif Yusuf Ibrahim Idris Musa Chinedu Emeka Tunde Segun Femi Nnamdi Jomo Kipchoge Mauricio Sebastián Gabriel
Johan Ove Pieter Joost Willem Wim Jurgen Jörg Uwe Matthias Thad Jairam Elon Ewan Fergus Bertie Yevgeny Mikhail Kirill Tomas Jiri Jiří Milos Miloš Francois Gérard Torbjörn Ingvar Stig Leif Rune Bengt Göran Håkan Jesper Mikael Niklas Ulf Kjell Geir Terje Arne Knut Morten Søren Rasmus Mads Frederik Lauri Juha Matti Jukka Pekka Sauli Antti Heikki Timo Ruud Maarten Hendrik Geert Bart Koen Wouter Sjoerd Gerrit Dirk Jens-Uwe Reinhard Joachim Winfried Gerhard Günter Günther Ludwig Siegfried Rüdiger
Jesus Jesús Arturo Rogelio Joaquin Joaquín Guillermo Héctor Alfredo Esteban Gerardo Marcos Octavio Rolando Rubén Vicente Agustin Agustín Alonso Andres Andrés Cesar César Cristian Efrain Efraín Fidel Humberto Isidro Nestor Néstor Ramiro Reynaldo Saul Saúl Teodoro Ulises
`;

const FEMALE = `
Seema Rekha Geeta Anita Magali Sylvie Isabelle Céline Élodie Margaux Manon Léa Anaïs Valeria Mercedes Ana Inés Conchita Karin Katrin
Anja Silke Renate Gerda Hanne Lene Tove Solveig Liv Tarja Katarína Hana Lenka Ildikó Zsuzsanna Andreea
Ioana Mirela Milica Vesna Despina Eleni Dimitra Katerina Ayşe Fatma Zeynep Elif Emine Rima Yasmeen
Farida Shabnam Sunita Anjali Pooja Neha Kavita Shilpa Lakshmi Deepika Meera Hasina Yingluck Megawati Yuki
Sakura Min-jung Ji-won Nilufar Winnie Graça Folasade Chioma Adaora Nkechi Ifeoma Yetunde Titilayo Wanjiku
Njeri Akinyi Nyokabi Thandiwe Nomvula Lindiwe Naledi Zodwa Mpho Evangeline Ashleigh Breanna Lilly Kitty Freya
Nell Britta Patty Lynne Taryn Keely Jasmin Karina Saffron Nita Adina Monique Elyse Rhian Màiri Prue Norma
Tiff Nicki Sue Kelley
Magda Kasia Gosia Basia Zosia Ania Aldona Bernadeta Celina Honorata Malwina Michalina Olimpia Bożenna Felicja
Agata Agnieszka Aleksandra Alicja Alina Aneta Angelika Anna Barbara Beata Bożena Danuta Dorota Edyta
Elżbieta Emilia Ewa Ewelina Grażyna Halina Hanna Helena Irena Iwona Izabela Jadwiga Janina Joanna
Jolanta Julia Justyna Kamila Karolina Katarzyna Kinga Klaudia Krystyna Lidia Łucja Magdalena Małgorzata
Maria Marianna Marta Marzena Monika Natalia Natasza Nina Oliwia Paulina Renata Róża Sabina Sylwia Teresa
Urszula Wanda Weronika Wiesława Wioletta Zofia Zuzanna Żaneta Henryka Bogumiła Leokadia Stanisława
Marlena Arleta Jowita Violetta Apolonia Ilona Jagoda Jagna Kazimiera Ludmiła Mirosława Roksana Izabella Gabriela Daria Dominika Patrycja Ewelina
Mary Patricia Jennifer Linda Elizabeth Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra
Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura
Cynthia Kathleen Amy Shirley Angela Helen Brenda Pamela Nicole Emma Samantha Katherine Christine Debra
Rachel Catherine Carolyn Janet Ruth Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina
Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Kathryn Sara
Janice Jean Alice Doris Abigail Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia
Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Hillary Condoleezza Madeleine Liz Kamala
Ursula Jacinda Giorgia Marine Viviane Tzipi Cipi Golda Annalena Roberta Federica Margrethe Mette Sanna
Ingrid Annegret Svenja Ségolène Olha Olga Ołena Olena Swiatłana Swietłana Sviatlana Tatiana Tatiana
Julija Yulia Iryna Irina Natalja Marina Jelena Elena Ludmiła Walentyna Marija Kristalina Kersti Ingrida
Dalia Evika Laimdota Kaja Mette Magdalena Ebba Sanna Theresa Priti Penny Suella Nadine Nicola
Arlene Harriet Yvette Emily Jill Melania Michelle Nikki Kristi Kirstjen Janet Gina Jen Karine Linda
Samantha Nancy Tulsi Elise Marsha Maxine Lindsey Kristen Christiane Ulrike Sahra Alice Katja Marie-Agnes
Anne Sophie Nathalie Valérie Élisabeth Agnès Ségolène Rachida Amélie Isabel Carmen Dolores Pilar Teresa
Yolanda Mariana Dilma Cristina Laura Michelle Claudia Xiomara Maia Salome Zuzana Andrea Katalin Judit
Beata Viorica Maia Natalia Sviatlana Swiatłana  Ilhan Alexandria Benazir Indira Aung
Carla Paula Erica Erika Rita Vera Lena Monica Tina Sheila Sofia Mia Ava Ella Stella Bella Clara Eva Kristina Greta Alicia Veronica Natasha Tanya Svetlana Kateryna Ivanka Kirsten Kristin Tiffany Fernanda Adriana Daniela Valentina Camila Lucia Silvia Francesca Chiara Giulia Alessandra Ilaria Petra Lucie Ulrika Annika Helle Jane
Iga Martyna Wiktoria Lucyna Genowefa Milena Nikola Kornelia Maja Ola Bogna Adrianna Anita Anetta Elwira Felicja Inga Liliana Luiza Mariola Regina Tamara Zenona Zyta
Carly Molly Sally Holly Polly Lily Shelly Hilary Stacy Tracy Lucy Cathy Kathy Peggy Daisy Dolly Emmy Jenny Wendy Mandy Cindy Sandy Bethany Courtney Whitney Kirsty Kristy Kylie Ivy Marjorie
Kemi Ayanna Rashida Pramila Kate Katie Caroline Claire Clare Fiona Gemma Gillian Hayley Jane Joanne Kerry Lorraine Louise Maggie
Mairead Mhairi Rosie Siobhan Sian Tracey Vicky Yvonne Zoe Zoë Abby Alison Allison Amelia  Becky Bonnie Brooke Caitlin Cara Cassie
Chloe Ciara Johanna Barbora Eleanor Eliza Ellie Erin Esther Faye Georgie Gwen Imogen Isla Jasmine Jenna Jess Jessie Joanna Jodie Josephine 
Katrina Leah Leanne Lydia Lynn Maddie Madison Marion Maureen Melanie  Miriam Naomi  Paige Phoebe Poppy Priya Rebekah Robyn
 Rosemary Sadie Selena Serena Shannon Sienna Sonia Stacey Tara Tess Valerie Vanessa Yasmin Yasmine Zara Margot Mireille Inès
Aurélie Chantal Sandrine Brigitte Béatrice Anke Heike Sabine Birgit Helga Gudrun Annika Linnea Astrid Freja Signe Lucía María
Beatriz Raquel Rocío Elisa Paola Simona Aiko Yuko Keiko Akiko Ngozi Chimamanda Amina Fatima Aisha Leila Layla Zainab Mariam Malala
Priyanka Nirmala Smriti Mamata Sushma Jacinta Kristi Gretchen Tammy Lori Kari Marcia Joni Lisa
Niamh Siobhán Aoife Róisín Roisin Mairéad Grainne Gráinne Orla Sinéad Sinead Caoimhe Aisling Fionnuala Neasa Clodagh Deirdre
Adele Agnes Aileen Alexa Alisha Alma Alyssa Anastasia Annastacia Angelica Angie Annette Antonia Ariana Audrey Bernadette Bertha
Beth Betsy Bianca Bridget Brianna Camille Candace Carrie Cassandra Cecilia Celeste Celia Charlene Christa Christy Colleen Connie
Constance Cora Corinne Deanna Debbie Delia Delores Desiree Dianne Dora Edith Edna Eileen Elaine Ellen Eloise Elsa Elsie Estelle
Ethel Eugenia Eunice Felicia Flora Florence Francine Gabrielle Gail Gayle Genevieve Geraldine Gladys Glenda Gwendolyn Heidi Henrietta
Hilda Imelda Inez Irene Jackie Janelle Janis Jeanette Jeanne Jennie Joann Jocelyn Josie Juanita Julianne Juliet Juliette
Karla Katy Kayleigh Kelsey Kendra Krista Lana Latoya Leigh Lillian Lindsay Liza Lois Lola Loretta Lorna Louisa Lucille Lucinda Luisa
Lynda Lynette Mabel Madeline Marcella Margarita Marguerite Marianne Marlene Martina Mavis Meghan Melinda Meredith Mildred Millie
Mindy Miranda Myra Nadia Nellie Nora Octavia Pauline Penelope Philippa Priscilla Rachael Ramona Rhonda Rochelle Rosalie
Rosalind Roxanne Sabrina Selma Shana Shawna Shelby Sheryl Sherry Susie Suzanne Sylvia Tabitha Tania Tasha Teri Terri Thelma Tonya
Trudy Valentina Velma Verna Vicki Viola Vivian Wilma Winifred Samira Rania Huda Hanan Nour Noor Salma Asma Amal Farah Reem Zahra
Maryam Shirin Chiamaka Funmilayo Folake Adaeze Michele
Sigrid Frida Birgitta Ulla Marit Anneke Femke Eline Sanne Lotte Ilse Ute Gisela Giovanna Ines Yumi Thandi Ylva Malin Elin Solveig Ragnhild Gunhild Torill Anette Kirsti Pirkko Tarja Riitta Sirpa Liisa Hanna-Leena Marjolein Marieke Ingeborg Hildegard Gertrud Irmgard Waltraud Brunhilde
Blanca Lupe Marisol Araceli Yesenia Esmeralda Leticia Rocio Rocío Graciela Consuelo Alejandra Catalina Juana Luz Maricela Ximena Elvira Estela Josefina Lorena Susana Jimena Nayeli
`;

/** Gender of a known given name in the nominative (`Anna` → f), or null. */
const names = new Map<string, 'm' | 'f'>();
for (const n of MALE.split(/\s+/)) if (n) names.set(n, 'm');
for (const n of FEMALE.split(/\s+/)) if (n && !names.has(n)) names.set(n, 'f');

/** Gender of a given name written in the nominative, or null when it is not a known given name. */
export function givenNameGender(name: string): 'm' | 'f' | null {
  return names.get(name) ?? null;
}

/** Declension endings tried when looking an inflected given name up (`Janusza`, `Annie`, `Julii`). */
const REPLACEMENTS: Array<[string, string[]]> = [
  ['owi', ['ek', 'er', '']], ['iem', ['']], ['em', ['ek', 'eł', 'er', '']], ['iego', ['i']], ['ego', ['y']], ['emu', ['y']],
  ['iemu', ['i']], ['a', ['ek', 'eł', 'el', 'ec', 'er', '']], ['u', ['']], ['cie', ['ta']], ['dzie', ['da']], ['ie', ['a', '']], ['rze', ['r', 'ra']],
  ['dze', ['ga']], ['ce', ['ka']], ['ii', ['ia']], ['ji', ['ja']], ['i', ['ia', 'a', '']], ['y', ['a']],
  ['ę', ['a']], ['ą', ['a']], ['le', ['ł']], ['ą', ['ia']], ['ę', ['ia']], ['e', ['a']],
];

const lemmaCache = new Map<string, { lemma: string; gender: 'm' | 'f' } | null>();
/** The nominative of a (possibly inflected) known given name and its gender, e.g. `Janusza` → Janusz/m. */
export function givenNameLemma(word: string): { lemma: string; gender: 'm' | 'f' } | null {
  let r = lemmaCache.get(word);
  if (r === undefined) {
    if (lemmaCache.size > 20000) lemmaCache.clear();
    r = computeGivenNameLemma(word);
    lemmaCache.set(word, r);
  }
  return r;
}

function computeGivenNameLemma(word: string): { lemma: string; gender: 'm' | 'f' } | null {
  const direct = names.get(word);
  if (direct) return { lemma: word, gender: direct };
  if (word.length < 3) return null;
  // (`François-Philippe`, `Jean-Baptiste`: two given names joined by a hyphen are one, of the first one's gender.)
  const hy = word.indexOf('-');
  if (hy > 1 && word.indexOf('-', hy + 1) < 0) {
    const a = names.get(word.slice(0, hy));
    if (a && names.has(word.slice(hy + 1))) return { lemma: word, gender: a };
    // (`Sarita-Marie`, `Anne-Sophie`: an unlisted first part before a given name in -ie or -a is the
    // first of two given names too; a double-barrelled surname does not end in a given name.)
    const b = names.get(word.slice(hy + 1));
    if (b && /^\p{Lu}\p{Ll}{2,}[aeiy]$/u.test(word.slice(0, hy)) && /^\p{Lu}\p{Ll}+(?:ie|ia|a|e)$/u.test(word.slice(hy + 1))) return { lemma: word, gender: b };
  }
  for (const [suffix, repl] of REPLACEMENTS) {
    // (`Idze` → Iga: the alternation leaves a one-letter stem.)
    if (!word.endsWith(suffix) || word.length - suffix.length < (suffix === 'dze' ? 1 : 2)) continue;
    const stem = word.slice(0, -suffix.length);
    for (const r of repl) {
      // e-insertion: Marka → Marek, Pawła → Paweł (insert before the last consonant).
      // (Sylwestra → Sylwester.)
      const cand = r === 'ek' || r === 'eł' || r === 'el' || r === 'ec' || r === 'er' ? stem.slice(0, -1) + r : stem + r;
      if (r.length === 2 && r[0] === 'e' && stem[stem.length - 1] !== r[1]) continue;
      const g = names.get(cand);
      // (No case of a man's name ends in a bare `-i`: `Hansi` is Hansi, not a form of Hans.)
      if (g === 'm' && suffix === 'i' && r === '') continue;
      if (g) return { lemma: cand, gender: g };
    }
  }
  return null;
}

// Given names whose gender differs between languages (`Nikola` is a woman in Polish, a man in Serbian
// and Czech; `Andrea` a man in Italian): they say nothing sure about the person's gender.
const CROSS_GENDER = new Set(['Nikola', 'Andrea', 'Sasha', 'Sascha', 'Jean', 'Kim', 'Alexis', 'Dominique', 'Claude', 'Michele', 'Simone', 'Noa', 'Ariel', 'Robin', 'Taylor', 'Jordan', 'Morgan', 'Jamie', 'Leslie', 'Maria']);

/** The gender a given name shows, or null when it is unknown or differs between languages. */
export function sureGivenNameGender(word: string): 'm' | 'f' | null {
  const g = givenNameLemma(word);
  return g && !CROSS_GENDER.has(g.lemma) ? g.gender : null;
}

// Name particles that open no given name (`Ould Cheikh Ahmad`, `Van Speybroeck`, `Al Ansari`, `La Spata`).
const NAME_PARTICLE = /^(Ould|Bin|Ibn|Van|Von|De|Da|Di|Du|Del|Della|Dos|Das|Al|El|La|Le|Abu|Ben|Mac|Ter)$/;

/** True for a capitalised name particle that stands before a surname, never a given name of its own. */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLE.test(word);
}

// The genitive of a man's surname of the noun kind: `Nowaka`, `Kowalczyka`, `Jankowicza`, `Czopka`, `Mazurka`
// (not `Sroka`, `Kowalska`, `Nowacka`, which may be a woman's nominative).
export const MAN_GENITIVE_SURNAME = /\p{Ll}(?:ak|ik|yk|uk|icz|ycz|[bdfghjlłmnprtw]k)a$/u;

/** `Aleksandra` → Aleksander, `Sylwestra` → Sylwester, `Stanisława` → Stanisław: the man's given name whose genitive a woman's name in -a is, or null. */
export function masculineGivenOf(w: string): string | null {
  if (!/\p{Ll}a$/u.test(w)) return null;
  // (`Aleksandra` → Aleksander before the Russian `Aleksandr`.)
  return [w.slice(0, -2) + 'e' + w.slice(-2, -1), w.slice(0, -1)].find((c) => givenNameLemma(c)?.gender === 'm' && givenNameLemma(c)?.lemma === c) ?? null;
}

/**
 * `Daniela Obajtka`, `Stanisława Nowaka`, `Aleksandra Kwaśniewskiego`: a woman's given name in -a before
 * a man's surname in the genitive is the genitive of a man's name; his nominative given name, or null.
 */
export function manInGenitive(given: string, surname: string): string | null {
  // (…and of the `-a` kind — `Kubicy`, `Zagłoby`, `Mąki` —: no woman's surname ends in `-y` in the nominative.)
  if (givenNameLemma(given)?.gender !== 'f' || !(/\p{Ll}(?:ego|iego)$/u.test(surname) || MAN_GENITIVE_SURNAME.test(surname) || /\p{Ll}{2}(?:[bcdfłmnprstwz]y|[kg]i)$/u.test(surname))) return null;
  return masculineGivenOf(given);
}
