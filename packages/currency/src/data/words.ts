/**
 * Number words, scale words and the small function words around amounts, in the languages we
 * read. Sources: CLDR number spell-out rules (rbnf) for the cardinals, and newsroom style guides
 * (Reuters, AP, FT, Le Monde, FAZ, El País, Il Sole 24 Ore, Dagens Industri, Economic Times) for
 * the scale abbreviations ("bn", "mn", "Mio.", "Mrd.", "Md€", "mdd", "lakh", "crore").
 */

/**
 * Scale words and abbreviations after a number: value multiplier. Lower case, except where the
 * case matters (see {@link CASED_SCALES}). "billion" is 1e9 here; languages where it means 1e12
 * are listed in {@link LONG_SCALE_LANGUAGES}.
 */
export const SCALES: Record<string, number> = {
  // English and international
  thousand: 1e3,
  thousands: 1e3,
  k: 1e3,
  m: 1e6,
  b: 1e9,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  mln: 1e6,
  mio: 1e6,
  'mio.': 1e6,
  mil: 1e3,
  mm: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  bln: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  tn: 1e12,
  trn: 1e12,
  tr: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  'cr.': 1e7,
  arab: 1e9,
  // French
  mille: 1e3,
  milliers: 1e3,
  milliard: 1e9,
  milliards: 1e9,
  md: 1e9,
  mds: 1e9,
  mrd: 1e9,
  'mrd.': 1e9,
  mrds: 1e9,
  // German
  tausend: 1e3,
  tsd: 1e3,
  'tsd.': 1e3,
  millionen: 1e6,
  milliarde: 1e9,
  milliarden: 1e9,
  billionen: 1e12,
  // Dutch
  duizend: 1e3,
  miljoen: 1e6,
  miljoenen: 1e6,
  miljard: 1e9,
  miljarden: 1e9,
  biljoen: 1e12,
  mld: 1e9,
  // Swedish, Danish, Norwegian
  tusen: 1e3,
  tusind: 1e3,
  miljon: 1e6,
  miljoner: 1e6,
  millioner: 1e6,
  miljarder: 1e9,
  milliarder: 1e9,
  mdr: 1e9,
  // Spanish, Portuguese, Italian
  millón: 1e6,
  millones: 1e6,
  millon: 1e6,
  billón: 1e12,
  billones: 1e12,
  mdd: 1e6,
  milhão: 1e6,
  milhões: 1e6,
  milhao: 1e6,
  milhoes: 1e6,
  bilhão: 1e9,
  bilhões: 1e9,
  bilhao: 1e9,
  bilhoes: 1e9,
  trilhão: 1e12,
  trilhões: 1e12,
  mi: 1e6,
  bi: 1e9,
  tri: 1e12,
  mila: 1e3,
  milione: 1e6,
  milioni: 1e6,
  miliardo: 1e9,
  miliardi: 1e9,
  // Turkish
  bin: 1e3,
  milyon: 1e6,
  milyar: 1e9,
  trilyon: 1e12,
  // Hindi
  हज़ार: 1e3,
  हजार: 1e3,
  लाख: 1e5,
  करोड़: 1e7,
  करोड: 1e7,
  मिलियन: 1e6,
  बिलियन: 1e9,
  अरब: 1e9,
  खरब: 1e11,
  ट्रिलियन: 1e12,
};

/** Scale abbreviations whose meaning depends on case ("M" million vs "m" also million, "B"). */
export const CASED_SCALES: Record<string, number> = {
  M: 1e6,
  B: 1e9,
  K: 1e3,
  T: 1e12,
  Bn: 1e9,
  MM: 1e6,
  Mn: 1e6,
  Mio: 1e6,
  Mrd: 1e9,
  Md: 1e9,
};

/** Single-letter scales that must be glued to the number or follow a currency ("$5m", "5bn USD"). */
export const SHORT_SCALES: readonly string[] = [
  'k',
  'm',
  'b',
  'K',
  'M',
  'B',
  'T',
  'mn',
  'bn',
  'tn',
  'mi',
  'bi',
  'tr',
  'mm',
  'MM',
  'cr',
  'md',
  'mil',
  'bin',
];

/** Languages where "billion"/"billón" is 10^12 (long scale). */
export const LONG_SCALE_LANGUAGES: readonly string[] = [
  'fr',
  'de',
  'nl',
  'sv',
  'da',
  'no',
  'nb',
  'nn',
  'fi',
  'es',
  'it',
  'pl',
  'cs',
  'hu',
];

/** Words that are scale words only in some languages. */
export const LANGUAGE_ONLY_SCALES: Record<string, readonly string[]> = {
  bin: ['tr'],
  mil: ['es', 'pt', 'ca'],
  mi: ['pt'],
  bi: ['pt'],
  tri: ['pt'],
  md: ['fr'],
  mds: ['fr'],
  mm: ['es'],
  mdd: ['es'],
  tr: ['en', 'tr'],
  arab: ['hi', 'en'],
  mila: ['it'],
};

/** How a number word combines: a digit value, a small multiplier (hundred) or a large one (thousand, million). */
export type NumberWordKind = 'unit' | 'small' | 'large' | 'fraction';

export interface NumberWord {
  value: number;
  kind: NumberWordKind;
}

function units(list: string, kind: NumberWordKind = 'unit'): Record<string, NumberWord> {
  const out: Record<string, NumberWord> = {};
  for (const pair of list.split(' ')) {
    const [w, v] = pair.split('=');
    if (w && v) out[w] = { value: Number(v), kind };
  }
  return out;
}

/** Cardinal number words by language (lower case). Compounds are split by {@link COMPOUND_LANGUAGES}. */
export const NUMBER_WORDS: Record<string, Record<string, NumberWord>> = {
  en: {
    ...units(
      'one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 thirteen=13 fourteen=14 ' +
        'fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90',
    ),
    ...units('hundred=100', 'small'),
    ...units(
      'thousand=1000 million=1000000 billion=1000000000 trillion=1000000000000 lakh=100000 crore=10000000',
      'large',
    ),
    ...units('half=0.5 quarter=0.25 quarters=0.25', 'fraction'),
  },
  fr: {
    ...units(
      'un=1 une=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10 onze=11 douze=12 treize=13 quatorze=14 quinze=15 seize=16 ' +
        'vingt=20 vingts=20 trente=30 quarante=40 cinquante=50 soixante=60 septante=70 huitante=80 nonante=90',
    ),
    ...units('cent=100 cents=100', 'small'),
    ...units('mille=1000 million=1000000 millions=1000000 milliard=1000000000 milliards=1000000000', 'large'),
  },
  de: {
    ...units(
      'ein=1 eins=1 eine=1 einen=1 einem=1 zwei=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9 zehn=10 elf=11 zwölf=12 ' +
        'dreizehn=13 vierzehn=14 fünfzehn=15 sechzehn=16 siebzehn=17 achtzehn=18 neunzehn=19 zwanzig=20 dreißig=30 vierzig=40 ' +
        'fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90',
    ),
    ...units('hundert=100', 'small'),
    ...units('tausend=1000 million=1000000 millionen=1000000 milliarde=1000000000 milliarden=1000000000', 'large'),
  },
  nl: {
    ...units(
      'een=1 één=1 twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9 tien=10 elf=11 twaalf=12 dertien=13 veertien=14 vijftien=15 ' +
        'zestien=16 zeventien=17 achttien=18 negentien=19 twintig=20 dertig=30 veertig=40 vijftig=50 zestig=60 zeventig=70 tachtig=80 negentig=90',
    ),
    ...units('honderd=100', 'small'),
    ...units('duizend=1000 miljoen=1000000 miljard=1000000000', 'large'),
  },
  sv: {
    ...units(
      'en=1 ett=1 två=2 tre=3 fyra=4 fem=5 sex=6 sju=7 åtta=8 nio=9 tio=10 elva=11 tolv=12 tretton=13 fjorton=14 femton=15 sexton=16 ' +
        'sjutton=17 arton=18 nitton=19 tjugo=20 trettio=30 fyrtio=40 femtio=50 sextio=60 sjuttio=70 åttio=80 nittio=90',
    ),
    ...units('hundra=100', 'small'),
    ...units('tusen=1000 miljon=1000000 miljoner=1000000 miljard=1000000000 miljarder=1000000000', 'large'),
  },
  es: {
    ...units(
      'un=1 uno=1 una=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 doce=12 trece=13 catorce=14 quince=15 ' +
        'dieciséis=16 diecisiete=17 dieciocho=18 diecinueve=19 veinte=20 veintiuno=21 veintidós=22 veintitrés=23 veinticinco=25 treinta=30 ' +
        'cuarenta=40 cincuenta=50 sesenta=60 setenta=70 ochenta=80 noventa=90',
    ),
    ...units(
      'cien=100 ciento=100 doscientos=200 trescientos=300 cuatrocientos=400 quinientos=500 seiscientos=600 setecientos=700 ochocientos=800 novecientos=900',
      'unit',
    ),
    ...units('mil=1000 millón=1000000 millones=1000000', 'large'),
  },
  pt: {
    ...units(
      'um=1 uma=1 dois=2 duas=2 três=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10 onze=11 doze=12 treze=13 catorze=14 quinze=15 ' +
        'dezesseis=16 dezessete=17 dezoito=18 dezenove=19 vinte=20 trinta=30 quarenta=40 cinquenta=50 sessenta=60 setenta=70 oitenta=80 noventa=90',
    ),
    ...units('cem=100 cento=100 duzentos=200 trezentos=300 quinhentos=500', 'unit'),
    ...units('mil=1000 milhão=1000000 milhões=1000000 bilhão=1000000000 bilhões=1000000000', 'large'),
  },
  it: {
    ...units(
      'un=1 uno=1 una=1 due=2 tre=3 quattro=4 cinque=5 sei=6 sette=7 otto=8 nove=9 dieci=10 undici=11 dodici=12 tredici=13 quattordici=14 ' +
        'quindici=15 sedici=16 diciassette=17 diciotto=18 diciannove=19 venti=20 trenta=30 quaranta=40 cinquanta=50 sessanta=60 settanta=70 ottanta=80 novanta=90',
    ),
    ...units('cento=100', 'small'),
    ...units('mille=1000 mila=1000 milione=1000000 milioni=1000000 miliardo=1000000000 miliardi=1000000000', 'large'),
  },
  tr: {
    ...units(
      'bir=1 iki=2 üç=3 dört=4 beş=5 altı=6 yedi=7 sekiz=8 dokuz=9 on=10 yirmi=20 otuz=30 kırk=40 elli=50 altmış=60 yetmiş=70 seksen=80 doksan=90',
    ),
    ...units('yüz=100', 'small'),
    ...units('bin=1000 milyon=1000000 milyar=1000000000', 'large'),
  },
  hi: {
    ...units(
      'एक=1 दो=2 तीन=3 चार=4 पांच=5 पाँच=5 छह=6 सात=7 आठ=8 नौ=9 दस=10 ग्यारह=11 बारह=12 तेरह=13 चौदह=14 पंद्रह=15 सोलह=16 सत्रह=17 अठारह=18 ' +
        'उन्नीस=19 बीस=20 पच्चीस=25 तीस=30 चालीस=40 पैंतालीस=45 पचास=50 साठ=60 सत्तर=70 अस्सी=80 नब्बे=90',
    ),
    ...units('सौ=100', 'small'),
    ...units('हज़ार=1000 हजार=1000 लाख=100000 करोड़=10000000 मिलियन=1000000 बिलियन=1000000000', 'large'),
  },
};

/** Languages whose number words are written as one compound ("achtundsiebzig", "vijfenveertig", "fyrtiofem"). */
export const COMPOUND_LANGUAGES: Record<string, readonly string[]> = { de: ['und'], nl: ['en', 'ën'], sv: [], it: [] };

/** Words that join parts of a spelled number or an amount and its cents ("and", "et", "und", "y"). */
export const AND_WORDS: readonly string[] = [
  'and',
  'et',
  'und',
  'y',
  'e',
  'en',
  'och',
  've',
  'con',
  'com',
  'og',
  'i',
  'और',
  '와',
  '과',
  '그리고',
  'と',
  '和',
  '又',
];

/** Words that make the amount after them negative ("minus $5m"). */
export const NEGATIVE_WORDS: readonly string[] = ['minus', 'negative', 'moins', 'menos', 'meno', 'eksi'];

/** Words between a scale word and a currency name ("millions de dollars", "milioni di euro"). */
export const GLUE_WORDS: readonly string[] = ['de', 'di', 'd', 'of', 'do', 'da', 'dei', 'degli', 'delle', 'del'];

/** Connectors of ranges ("$5-6 million", "$5 to $6 million", "5 bis 6 Mio."). */
export const RANGE_WORDS: readonly string[] = [
  'to',
  'à',
  'a',
  'bis',
  'tot',
  'till',
  'al',
  'ao',
  'até',
  'hasta',
  'jusqu',
  'through',
  'thru',
];

/** Words that open a range closed by an and-word ("between €2bn and €3bn", "entre 2 et 3 M€"). */
export const BETWEEN_WORDS: readonly string[] = [
  'between',
  'entre',
  'zwischen',
  'tussen',
  'tra',
  'fra',
  'mellan',
  'arasında',
];

/** Words that make "X to Y" two amounts, not a range ("rose from $5 to $6"). */
export const FROM_WORDS: readonly string[] = ['from', 'de', 'von', 'van', 'från', 'da', 'desde', 'dès'];

/**
 * Approximation and bound qualifiers written before an amount, lower case, longest first where
 * one is the end of another. Matched against the text right before the amount.
 */
export const APPROX_WORDS: readonly string[] = [
  'about',
  'around',
  'approximately',
  'approx.',
  'approx',
  'roughly',
  'nearly',
  'almost',
  'some',
  'circa',
  'ca.',
  'c.',
  'an estimated',
  'estimated',
  'more than',
  'less than',
  'fewer than',
  'up to',
  'over',
  'under',
  'at least',
  'at most',
  'as much as',
  'as little as',
  'close to',
  'upwards of',
  'in excess of',
  'just over',
  'just under',
  'well over',
  'nearly',
  'around about',
  'something like',
  '~',
  'environ',
  'près de',
  'presque',
  'plus de',
  'moins de',
  "jusqu'à",
  'jusqu’à',
  'quelque',
  'quelques',
  'autour de',
  'au moins',
  'approximativement',
  'à peu près',
  'aux alentours de',
  'etwa',
  'rund',
  'circa',
  'fast',
  'knapp',
  'mehr als',
  'weniger als',
  'über',
  'bis zu',
  'gut',
  'ungefähr',
  'zirka',
  'mindestens',
  'annähernd',
  'schätzungsweise',
  'alrededor de',
  'cerca de',
  'casi',
  'más de',
  'menos de',
  'unos',
  'unas',
  'aproximadamente',
  'hasta',
  'al menos',
  'en torno a',
  'quase',
  'por volta de',
  'em torno de',
  'perto de',
  'mais de',
  'até',
  'cerca di',
  'quasi',
  'oltre',
  'più di',
  'meno di',
  'fino a',
  'circa',
  'almeno',
  'intorno a',
  'attorno a',
  "all'incirca",
  'all’incirca',
  'approssimativamente',
  'ongeveer',
  'bijna',
  'ruim',
  'meer dan',
  'minder dan',
  "zo'n",
  'zo’n',
  'rond',
  'rond de',
  'omstreeks',
  'zowat',
  'tot',
  'cirka',
  'ungefär',
  'nästan',
  'drygt',
  'över',
  'omkring',
  'knappt',
  'mer än',
  'upp till',
  'yaklaşık',
  'civarında',
  'करीब',
  'लगभग',
  '약',
  '約',
  '约',
  '近',
];

/** Words before "N pounds" that make it a weight ("lost 25 pounds", "weighed 200 pounds"). */
export const WEIGHT_WORDS: readonly string[] = [
  'lose',
  'lost',
  'losing',
  'loses',
  'weigh',
  'weighs',
  'weighed',
  'weighing',
  'gain',
  'gained',
  'gaining',
  'shed',
  'shedding',
  'heavy',
  'lighter',
  'heavier',
  'lifted',
  'lift',
  'lifts',
  'carry',
  'carried',
  'bench',
  'pressed',
  'squat',
  'deadlift',
];
