/**
 * Polish number words and multipliers in the case forms news uses (`dwóch żołnierzy`,
 * `trzy tysiące`, `2,5 mln`, `półtora miliona`).
 */

function add(map: Map<string, number>, value: number, forms: string): void {
  for (const f of forms.split(' ')) if (f) map.set(f, value);
}

const WORDS = new Map<string, number>();
add(WORDS, 1, 'jeden jedna jedno jednego jednej jednemu jednym jedną');
add(WORDS, 2, 'dwa dwie dwóch dwaj dwoje dwu dwom dwoma dwiema dwojga');
add(WORDS, 3, 'trzy trzech trzej trzem trzema troje trojga');
add(WORDS, 4, 'cztery czterech czterej czterem czterema czworo czworga');
add(WORDS, 5, 'pięć pięciu pięcioma pięciorga');
add(WORDS, 6, 'sześć sześciu sześcioma');
add(WORDS, 7, 'siedem siedmiu siedmioma');
add(WORDS, 8, 'osiem ośmiu ośmioma');
add(WORDS, 9, 'dziewięć dziewięciu dziewięcioma');
add(WORDS, 10, 'dziesięć dziesięciu dziesięcioma');
add(WORDS, 11, 'jedenaście jedenastu');
add(WORDS, 12, 'dwanaście dwunastu');
add(WORDS, 13, 'trzynaście trzynastu');
add(WORDS, 14, 'czternaście czternastu');
add(WORDS, 15, 'piętnaście piętnastu');
add(WORDS, 16, 'szesnaście szesnastu');
add(WORDS, 17, 'siedemnaście siedemnastu');
add(WORDS, 18, 'osiemnaście osiemnastu');
add(WORDS, 19, 'dziewiętnaście dziewiętnastu');
add(WORDS, 20, 'dwadzieścia dwudziestu');
add(WORDS, 30, 'trzydzieści trzydziestu');
add(WORDS, 40, 'czterdzieści czterdziestu');
add(WORDS, 50, 'pięćdziesiąt pięćdziesięciu');
add(WORDS, 60, 'sześćdziesiąt sześćdziesięciu');
add(WORDS, 70, 'siedemdziesiąt siedemdziesięciu');
add(WORDS, 80, 'osiemdziesiąt osiemdziesięciu');
add(WORDS, 90, 'dziewięćdziesiąt dziewięćdziesięciu');
add(WORDS, 100, 'sto stu');
add(WORDS, 200, 'dwieście dwustu');
add(WORDS, 300, 'trzysta trzystu');
add(WORDS, 400, 'czterysta czterystu');
add(WORDS, 500, 'pięćset pięciuset');
add(WORDS, 600, 'sześćset sześciuset');
add(WORDS, 700, 'siedemset siedmiuset');
add(WORDS, 800, 'osiemset ośmiuset');
add(WORDS, 900, 'dziewięćset dziewięciuset');
add(WORDS, 0.5, 'pół');
add(WORDS, 1.5, 'półtora półtorej');

const MULTIPLIERS = new Map<string, number>();
add(MULTIPLIERS, 3, 'tys tyś tysiąc tysiąca tysiące tysięcy tysiącem tysiącach tysiącami');
add(MULTIPLIERS, 6, 'mln milion miliona miliony milionów milionem milionach milionami');
add(MULTIPLIERS, 9, 'mld miliard miliarda miliardy miliardów miliardem miliardach miliardami');
add(MULTIPLIERS, 12, 'bln bilion biliona biliony bilionów bilionem');

/** Value of a Polish cardinal number word (`dwóch` → 2, `pół` → 0.5), or undefined. */
export function plNumberWord(lc: string): number | undefined {
  return WORDS.get(lc);
}

/** Power of ten of a Polish multiplier word or abbreviation (`tys` → 3, `mln` → 6), or undefined. */
export function plMultiplier(lc: string): number | undefined {
  return MULTIPLIERS.get(lc);
}
