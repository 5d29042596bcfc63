import { findMoney, isPressroomError, type Money } from '@pressroom/currency';
import { describe, expect, test } from 'vitest';

type Want = { text: string; currency: string | null; value: Money['value'] } & Partial<Money>;

/** News-style sentences, written for this package (not from any benchmark). */
const NEWS: { input: string; options?: Parameters<typeof findMoney>[1]; out: Want[] }[] = [
  {
    input: 'Origin Energy puts $210m into Kraken',
    options: { url: 'https://www.afr.com.au/x' },
    out: [{ text: '$210m', currency: 'AUD', value: 210e6, evidence: 'page' }],
  },
  {
    input: 'The deal is worth USD 6.2 billion.',
    out: [{ text: 'USD 6.2 billion', currency: 'USD', value: 6.2e9, evidence: 'code' }],
  },
  {
    input: 'Analysts expect €2bn-€3bn of write-downs.',
    out: [{ text: '€2bn-€3bn', currency: 'EUR', value: { min: 2e9, max: 3e9 } }],
  },
  {
    input: 'The scheme will cost Rs 5 lakh crore over a decade.',
    options: { url: 'https://economictimes.indiatimes.com/x', country: 'IN' },
    out: [{ text: 'Rs 5 lakh crore', currency: 'INR', value: 5e12 }],
  },
  {
    input: 'Der Preis liegt bei 1.234,56 € pro Stück.',
    options: { language: 'de' },
    out: [{ text: '1.234,56 €', currency: 'EUR', value: 1234.56 }],
  },
  {
    input: 'Qantas booked a A$1.5bn profit.',
    out: [{ text: 'A$1.5bn', currency: 'AUD', value: 1.5e9, evidence: 'symbol' }],
  },
  {
    input: 'A pint now costs £4.50, up 30p.',
    out: [
      { text: '£4.50', currency: 'GBP', value: 4.5 },
      { text: '30p', currency: 'GBP', value: 0.3, unit: 'pence' },
    ],
  },
  {
    input: 'Shares fell 99c to $12.40 on the ASX.',
    options: { country: 'AU' },
    out: [
      { text: '99c', currency: 'AUD', value: 0.99 },
      { text: '$12.40', currency: 'AUD', value: 12.4 },
    ],
  },
  {
    input: 'The company raised $5-6 million in its seed round.',
    options: { country: 'US' },
    out: [{ text: '$5-6 million', currency: 'USD', value: { min: 5e6, max: 6e6 } }],
  },
  {
    input: 'It will cost between €2bn and €3bn.',
    out: [{ text: '€2bn and €3bn', currency: 'EUR', value: { min: 2e9, max: 3e9 } }],
  },
  {
    input: 'Estimates range from $5 to $6 million.',
    options: { country: 'US' },
    out: [
      { text: '$5', currency: 'USD', value: 5 },
      { text: '$6 million', currency: 'USD', value: 6e6 },
    ],
  },
  {
    input: 'He paid about $300,000 for the house.',
    options: { country: 'US' },
    out: [{ text: '$300,000', currency: 'USD', value: 3e5, approximate: true, qualifier: 'about' }],
  },
  {
    input: 'Revenue rose to more than ¥1.2 trillion.',
    options: { language: 'ja' },
    out: [{ text: '¥1.2 trillion', currency: 'JPY', value: 1.2e12, approximate: true, qualifier: 'more than' }],
  },
  {
    input: 'Sales reached nearly 900 million yuan last year.',
    out: [{ text: '900 million yuan', currency: 'CNY', value: 9e8, approximate: true }],
  },
  {
    input: 'The fund lost -$4.2m in the quarter.',
    options: { country: 'US' },
    out: [{ text: '-$4.2m', currency: 'USD', value: -4.2e6, negative: true }],
  },
  {
    input: 'The loss widened to minus €12 million.',
    out: [{ text: '€12 million', currency: 'EUR', value: -12e6, negative: true }],
  },
  {
    input: 'Le groupe a levé 1,5 milliard d’euros.',
    options: { language: 'fr' },
    out: [{ text: '1,5 milliard d’euros', currency: 'EUR', value: 1.5e9 }],
  },
  {
    input: 'Le chiffre d’affaires atteint 12 500 euros.',
    options: { language: 'fr' },
    out: [{ text: '12 500 euros', currency: 'EUR', value: 12500 }],
  },
  {
    input: 'Die Bahn investiert 2,5 Mrd. Euro in neue Züge.',
    options: { language: 'de' },
    out: [{ text: '2,5 Mrd. Euro', currency: 'EUR', value: 2.5e9 }],
  },
  {
    input: 'Siemens zahlt 300 Mio. Euro.',
    options: { language: 'de' },
    out: [{ text: '300 Mio. Euro', currency: 'EUR', value: 3e8 }],
  },
  {
    input: 'El Gobierno destinará 3.000 millones de euros.',
    options: { language: 'es' },
    out: [{ text: '3.000 millones de euros', currency: 'EUR', value: 3e9 }],
  },
  {
    input: 'La empresa perdió 2 mil millones de dólares.',
    options: { language: 'es' },
    out: [{ text: '2 mil millones de dólares', currency: null, value: 2e9 }],
  },
  {
    input: 'A Petrobras lucrou R$ 36,6 bilhões no trimestre.',
    options: { language: 'pt-BR' },
    out: [{ text: 'R$ 36,6 bilhões', currency: 'BRL', value: 36.6e9 }],
  },
  {
    input: 'Il governo stanzia 4,5 miliardi di euro.',
    options: { language: 'it' },
    out: [{ text: '4,5 miliardi di euro', currency: 'EUR', value: 4.5e9 }],
  },
  {
    input: 'Het kabinet trekt 1,2 miljard euro uit.',
    options: { language: 'nl' },
    out: [{ text: '1,2 miljard euro', currency: 'EUR', value: 1.2e9 }],
  },
  {
    input: 'Volvo ökade vinsten till 4,3 miljarder kronor.',
    options: { language: 'sv' },
    out: [{ text: '4,3 miljarder kronor', currency: 'SEK', value: 4.3e9 }],
  },
  {
    input: 'Equinor betalte 500 millioner kr i utbytte.',
    options: { language: 'nb' },
    out: [{ text: '500 millioner kr', currency: 'NOK', value: 5e8, evidence: 'page' }],
  },
  { input: 'The Swiss bank paid CHF 1.2bn in fines.', out: [{ text: 'CHF 1.2bn', currency: 'CHF', value: 1.2e9 }] },
  {
    input: 'It was sold for 10,000 Swiss francs.',
    out: [{ text: '10,000 Swiss francs', currency: 'CHF', value: 1e4, evidence: 'name' }],
  },
  {
    input: 'The charity raised five million dollars.',
    options: { country: 'US' },
    out: [{ text: 'five million dollars', currency: 'USD', value: 5e6 }],
  },
  { input: 'The EU pledged a billion euros.', out: [{ text: 'a billion euros', currency: 'EUR', value: 1e9 }] },
  {
    input: 'Tickets cost twenty-five pounds each.',
    options: { country: 'GB' },
    out: [{ text: 'twenty-five pounds', currency: 'GBP', value: 25 }],
  },
  { input: 'He earned 2,000 USD a month.', out: [{ text: '2,000 USD', currency: 'USD', value: 2000 }] },
  { input: 'Fees of EUR20 apply.', out: [{ text: 'EUR20', currency: 'EUR', value: 20 }] },
  { input: 'Bitcoin traded at US$43,000 on Friday.', out: [{ text: 'US$43,000', currency: 'USD', value: 43000 }] },
  {
    input: 'Toronto council approved C$2.1 billion in spending.',
    out: [{ text: 'C$2.1 billion', currency: 'CAD', value: 2.1e9 }],
  },
  { input: 'Air New Zealand lost NZ$150m.', out: [{ text: 'NZ$150m', currency: 'NZD', value: 1.5e8 }] },
  { input: 'Grab raised S$500 million.', out: [{ text: 'S$500 million', currency: 'SGD', value: 5e8 }] },
  {
    input: 'Tencent paid HK$1.2 billion in dividends.',
    out: [{ text: 'HK$1.2 billion', currency: 'HKD', value: 1.2e9 }],
  },
  {
    input: 'Reliance Jio spent ₹1.5 lakh crore on spectrum.',
    out: [{ text: '₹1.5 lakh crore', currency: 'INR', value: 1.5e12 }],
  },
  {
    input: 'Samsung posted ₩10 trillion in operating profit.',
    out: [{ text: '₩10 trillion', currency: 'KRW', value: 1e13 }],
  },
  { input: 'Gazprom earned ₽1.2 trillion.', out: [{ text: '₽1.2 trillion', currency: 'RUB', value: 1.2e12 }] },
  { input: 'Turkish exporters earned ₺250 billion.', out: [{ text: '₺250 billion', currency: 'TRY', value: 2.5e11 }] },
  { input: 'Israeli startups raised ₪3 billion.', out: [{ text: '₪3 billion', currency: 'ILS', value: 3e9 }] },
  { input: 'A bowl of noodles costs ฿60.', out: [{ text: '฿60', currency: 'THB', value: 60 }] },
  { input: 'Vinamilk earned ₫9 trillion.', out: [{ text: '₫9 trillion', currency: 'VND', value: 9e12 }] },
  { input: 'Dangote raised ₦1.1 trillion.', out: [{ text: '₦1.1 trillion', currency: 'NGN', value: 1.1e12 }] },
  {
    input: 'Indian pharma exports hit 1,20,000 crore rupees.',
    out: [{ text: '1,20,000 crore rupees', currency: 'INR', evidence: 'text', value: 1.2e12 }],
  },
  {
    input: 'Exports rose to Rs 12,34,567.',
    options: { country: 'IN' },
    out: [{ text: 'Rs 12,34,567', currency: 'INR', value: 1234567 }],
  },
  {
    input: 'Zhipu raised HK$4.35 billion (US$560 million) in its IPO.',
    out: [
      { text: 'HK$4.35 billion', currency: 'HKD', value: 4.35e9 },
      { text: 'US$560 million', currency: 'USD', value: 5.6e8, equivalentOf: 0 },
    ],
  },
  {
    input: 'Zhipu raised HK$4.35 billion ($560 million) in its IPO.',
    out: [
      { text: 'HK$4.35 billion', currency: 'HKD', value: 4.35e9 },
      { text: '$560 million', currency: 'USD', value: 5.6e8, equivalentOf: 0, evidence: 'conversion' },
    ],
  },
  {
    input: 'The company, which reports in Australian dollars, made $3.2 billion.',
    out: [{ text: '$3.2 billion', currency: 'AUD', value: 3.2e9, evidence: 'text' }],
  },
  { input: 'The deal is worth $5bn.', out: [{ text: '$5bn', currency: null, value: 5e9, evidence: 'none' }] },
  { input: 'Prices start at ¥15,000.', out: [{ text: '¥15,000', currency: null, value: 15000 }] },
  {
    input: 'Brent fell 50 cents to $80.10 a barrel.',
    options: { country: 'US' },
    out: [
      { text: '50 cents', currency: 'USD', value: 0.5, unit: 'cents' },
      { text: '$80.10', currency: 'USD', value: 80.1 },
    ],
  },
  {
    input: 'The company earned $1.2bn, or $3.45 a share.',
    options: { country: 'US' },
    out: [
      { text: '$1.2bn', currency: 'USD', value: 1.2e9 },
      { text: '$3.45', currency: 'USD', value: 3.45 },
    ],
  },
  { input: 'It sold 4.5m shares for £30m.', out: [{ text: '£30m', currency: 'GBP', value: 3e7 }] },
  {
    input: 'Musk is worth $250B.',
    options: { country: 'US' },
    out: [{ text: '$250B', currency: 'USD', value: 2.5e11 }],
  },
  {
    input: 'Seed funding of $750k was announced.',
    options: { country: 'US' },
    out: [{ text: '$750k', currency: 'USD', value: 750000 }],
  },
  {
    input: 'Tesla sold 10 Model 3 cars in the first hour; COVID-19 cost $2 trillion.',
    options: { country: 'US' },
    out: [{ text: '$2 trillion', currency: 'USD', value: 2e12 }],
  },
  {
    input: 'The Mexican government spent 500 million pesos.',
    out: [{ text: '500 million pesos', currency: 'MXN', evidence: 'text', value: 5e8 }],
  },
  { input: 'It costs 500 Mexican pesos.', out: [{ text: '500 Mexican pesos', currency: 'MXN', value: 500 }] },
  {
    input: 'Egypt raised 5 billion Egyptian pounds.',
    out: [{ text: '5 billion Egyptian pounds', currency: 'EGP', value: 5e9 }],
  },
  { input: '中国移动去年营收1.2万亿元。', out: [{ text: '1.2万亿元', currency: 'CNY', value: 1.2e12 }] },
  { input: '東芝は5000億円の赤字を計上した。', out: [{ text: '5000億円', currency: 'JPY', value: 5e11 }] },
  { input: '삼성전자는 10조 원을 투자한다.', out: [{ text: '10조 원', currency: 'KRW', value: 1e13 }] },
  {
    input: 'Fiyat 1.500 TL oldu.',
    options: { language: 'tr' },
    out: [{ text: '1.500 TL', currency: 'TRY', value: 1500 }],
  },
  {
    input: 'The IMF approved $3bn (€2.8bn) for Egypt.',
    options: { country: 'US' },
    out: [
      { text: '$3bn', currency: 'USD', value: 3e9 },
      { text: '€2.8bn', currency: 'EUR', value: 2.8e9, equivalentOf: 0 },
    ],
  },
  {
    input: 'Upwards of £1m was stolen.',
    out: [{ text: '£1m', currency: 'GBP', value: 1e6, approximate: true, qualifier: 'upwards of' }],
  },
  {
    input: 'It costs 3 dollars 50 cents.',
    options: { country: 'US' },
    out: [{ text: '3 dollars 50 cents', currency: 'USD', value: 3.5 }],
  },
  {
    input: 'Costs rose to between 10 and 20 million euros.',
    out: [{ text: '10 and 20 million euros', currency: 'EUR', value: { min: 1e7, max: 2e7 } }],
  },
  {
    input: 'Der Umsatz lag bei 1,5 Mio. €.',
    options: { language: 'de' },
    out: [{ text: '1,5 Mio. €', currency: 'EUR', value: 1.5e6 }],
  },
  {
    input: 'Kosten: 3.000 bis 5.000 Euro',
    options: { language: 'de' },
    out: [{ text: '3.000 bis 5.000 Euro', currency: 'EUR', value: { min: 3000, max: 5000 } }],
  },
  {
    input: 'Biljetten kostar kr 500.',
    options: { language: 'sv' },
    out: [{ text: 'kr 500', currency: 'SEK', value: 500, evidence: 'page' }],
  },
  {
    input: 'It raised USD1.5m, then 1.5m USD.',
    out: [
      { text: 'USD1.5m', currency: 'USD', value: 1.5e6 },
      { text: '1.5m USD', currency: 'USD', value: 1.5e6 },
    ],
  },
  {
    input: '€1.2bn ($1.3bn) was spent.',
    out: [
      { text: '€1.2bn', currency: 'EUR', value: 1.2e9 },
      { text: '$1.3bn', currency: 'USD', value: 1.3e9, evidence: 'conversion', equivalentOf: 0 },
    ],
  },
  {
    input: 'The fine was £1.2bn, or $1.5bn.',
    out: [
      { text: '£1.2bn', currency: 'GBP', value: 1.2e9 },
      { text: '$1.5bn', currency: 'USD', value: 1.5e9, equivalentOf: 0 },
    ],
  },
  { input: 'A £30p charge.', out: [{ text: '£30p', currency: 'GBP', value: 0.3, unit: 'pence' }] },
  { input: 'Shares closed at 1,045p.', out: [{ text: '1,045p', currency: 'GBP', value: 10.45 }] },
  {
    input: 'Il a coûté 12,5 milliards de dollars canadiens.',
    options: { language: 'fr' },
    out: [{ text: '12,5 milliards de dollars canadiens', currency: 'CAD', value: 12.5e9 }],
  },
  { input: 'Tickets cost £10-£15.', out: [{ text: '£10-£15', currency: 'GBP', value: { min: 10, max: 15 } }] },
  { input: 'Prix : 1 234,56 €', out: [{ text: '1 234,56 €', currency: 'EUR', value: 1234.56 }] },
  { input: 'Aramco earned SAR 400 billion.', out: [{ text: 'SAR 400 billion', currency: 'SAR', value: 4e11 }] },
  { input: 'The 1,000-euro fine.', out: [{ text: '1,000-euro', currency: 'EUR', value: 1000 }] },
  {
    input: 'Fiyatı 50 dolardan başlıyor, 100 milyar yuanı geçti.',
    options: { language: 'tr' },
    out: [
      { text: '50 dolardan', currency: null, value: 50 },
      { text: '100 milyar yuanı', currency: 'CNY', value: 1e11 },
    ],
  },
  {
    input: '약 천 4백만 달러',
    options: { language: 'ko', country: 'US' },
    out: [{ text: '천 4백만 달러', currency: 'USD', value: 14e6 }],
  },
  { input: '这个手机壳五元三毛', out: [{ text: '五元三毛', currency: 'CNY', value: 5.3 }] },
  {
    input: 'It costs fifteen dollars fifty.',
    options: { country: 'US' },
    out: [{ text: 'fifteen dollars fifty', currency: 'USD', value: 15.5 }],
  },
  {
    input: 'The Canadian miner will spend $2bn on the mine. Other firms spent $1bn.',
    out: [
      { text: '$2bn', currency: 'CAD', evidence: 'text', value: 2e9 },
      { text: '$1bn', currency: null, value: 1e9 },
    ],
  },
  {
    input: 'The state spent nearly half a million dollars on it.',
    options: { country: 'US' },
    out: [{ text: 'half a million dollars', currency: 'USD', value: 5e5, approximate: true }],
  },
  {
    input: 'The show features the $132,000 Grand Prix.',
    options: { country: 'US' },
    out: [{ text: '$132,000', currency: 'USD', value: 132000 }],
  },
  {
    input: 'RRP: 49.95 Euro (£40).',
    out: [
      { text: '49.95 Euro', currency: 'EUR', value: 49.95 },
      { text: '£40', currency: 'GBP', value: 40, equivalentOf: 0 },
    ],
  },
];

/** Ranges written with a word ("5 à 6 millions de dollars"): currency and scale after the second number. */
const WORD_RANGES: { input: string; options?: Parameters<typeof findMoney>[1]; out: Want[] }[] = [
  {
    input: 'Le contrat vaut 1,2 milliard d’euros, soit environ 5 à 6 millions de dollars canadiens par an.',
    options: { language: 'fr' },
    out: [
      { text: '1,2 milliard d’euros', currency: 'EUR', value: 1.2e9, approximate: false },
      {
        text: '5 à 6 millions de dollars canadiens',
        currency: 'CAD',
        value: { min: 5e6, max: 6e6 },
        approximate: true,
        qualifier: 'environ',
      },
    ],
  },
  {
    input: 'Le projet coûtera entre 5 et 6 millions d’euros.',
    options: { language: 'fr' },
    out: [{ text: '5 et 6 millions d’euros', currency: 'EUR', value: { min: 5e6, max: 6e6 }, approximate: false }],
  },
  {
    input: 'La rénovation coûtera de 5 à 6 millions d’euros.',
    options: { language: 'fr' },
    out: [{ text: '5 à 6 millions d’euros', currency: 'EUR', value: { min: 5e6, max: 6e6 } }],
  },
  {
    input: 'The studio expects 5 to 6 million euros in sales.',
    options: { language: 'en' },
    out: [{ text: '5 to 6 million euros', currency: 'EUR', value: { min: 5e6, max: 6e6 }, approximate: false }],
  },
  {
    input: 'The repairs will cost between 5 and 6 million dollars.',
    options: { language: 'en', country: 'US' },
    out: [{ text: '5 and 6 million dollars', currency: 'USD', value: { min: 5e6, max: 6e6 } }],
  },
  {
    input: 'It raised about five to six million pounds.',
    options: { language: 'en', country: 'GB' },
    out: [
      {
        text: 'five to six million pounds',
        currency: 'GBP',
        value: { min: 5e6, max: 6e6 },
        approximate: true,
        qualifier: 'about',
      },
    ],
  },
  {
    input: 'Der Umbau kostet rund 5 bis 6 Millionen Euro.',
    options: { language: 'de' },
    out: [
      {
        text: '5 bis 6 Millionen Euro',
        currency: 'EUR',
        value: { min: 5e6, max: 6e6 },
        approximate: true,
        qualifier: 'rund',
      },
    ],
  },
  {
    input: 'Die Stadt rechnet mit Kosten zwischen 5 und 6 Mio. Euro.',
    options: { language: 'de' },
    out: [{ text: '5 und 6 Mio. Euro', currency: 'EUR', value: { min: 5e6, max: 6e6 } }],
  },
  {
    input: 'Das kostet etwa 5 bis 6 Millionen Euro.',
    options: { language: 'de' },
    out: [{ text: '5 bis 6 Millionen Euro', value: { min: 5e6, max: 6e6 }, currency: 'EUR', qualifier: 'etwa' }],
  },
  {
    input: 'La obra costará de 5 a 6 millones de euros.',
    options: { language: 'es' },
    out: [{ text: '5 a 6 millones de euros', currency: 'EUR', value: { min: 5e6, max: 6e6 }, approximate: false }],
  },
  {
    input: 'El Gobierno invertirá entre 5 y 6 millones de euros.',
    options: { language: 'es' },
    out: [{ text: '5 y 6 millones de euros', currency: 'EUR', value: { min: 5e6, max: 6e6 } }],
  },
  {
    input: 'La reforma costará alrededor de 5 a 6 millones de euros.',
    options: { language: 'es' },
    out: [
      { text: '5 a 6 millones de euros', currency: 'EUR', value: { min: 5e6, max: 6e6 }, qualifier: 'alrededor de' },
    ],
  },
  {
    input: 'Il progetto costerà da 5 a 6 milioni di euro.',
    options: { language: 'it' },
    out: [{ text: '5 a 6 milioni di euro', currency: 'EUR', value: { min: 5e6, max: 6e6 }, approximate: false }],
  },
  {
    input: 'Servono tra 5 e 6 milioni di euro.',
    options: { language: 'it' },
    out: [{ text: '5 e 6 milioni di euro', currency: 'EUR', value: { min: 5e6, max: 6e6 } }],
  },
  {
    input: 'Il restauro costerà circa 5-6 milioni di euro.',
    options: { language: 'it' },
    out: [{ text: '5-6 milioni di euro', currency: 'EUR', value: { min: 5e6, max: 6e6 }, qualifier: 'circa' }],
  },
  {
    input: 'A obra vai custar de 5 a 6 milhões de reais.',
    options: { language: 'pt' },
    out: [{ text: '5 a 6 milhões de reais', currency: 'BRL', value: { min: 5e6, max: 6e6 }, approximate: false }],
  },
  {
    input: 'O governo vai investir entre 5 e 6 milhões de euros.',
    options: { language: 'pt' },
    out: [{ text: '5 e 6 milhões de euros', currency: 'EUR', value: { min: 5e6, max: 6e6 } }],
  },
  {
    input: 'A reforma custa cerca de 5 a 6 milhões de euros.',
    options: { language: 'pt' },
    out: [{ text: '5 a 6 milhões de euros', currency: 'EUR', value: { min: 5e6, max: 6e6 }, qualifier: 'cerca de' }],
  },
  {
    input: 'De verbouwing kost 5 tot 6 miljoen euro.',
    options: { language: 'nl' },
    out: [{ text: '5 tot 6 miljoen euro', currency: 'EUR', value: { min: 5e6, max: 6e6 }, approximate: false }],
  },
  {
    input: 'De verbouwing kost ongeveer 5 tot 6 miljoen euro.',
    options: { language: 'nl' },
    out: [{ text: '5 tot 6 miljoen euro', currency: 'EUR', value: { min: 5e6, max: 6e6 }, qualifier: 'ongeveer' }],
  },
  {
    input: 'De gemeente trekt tussen 5 en 6 miljoen euro uit.',
    options: { language: 'nl' },
    out: [{ text: '5 en 6 miljoen euro', currency: 'EUR', value: { min: 5e6, max: 6e6 } }],
  },
  // a marker on the first number: two amounts, as in English "from $5 to $6 million"
  {
    input: 'El precio pasó de 5 € a 6 €.',
    options: { language: 'es' },
    out: [
      { text: '5 €', currency: 'EUR', value: 5 },
      { text: '6 €', currency: 'EUR', value: 6 },
    ],
  },
];

/** Approximation words before an amount, one per language. */
const APPROXIMATIONS: [string, string, string][] = [
  ['fr', 'Le club a versé environ 5 millions d’euros.', 'environ'],
  ['fr', 'Le club a versé à peu près 5 millions d’euros.', 'à peu près'],
  ['de', 'Der Verein zahlte etwa 5 Millionen Euro.', 'etwa'],
  ['de', 'Der Verein zahlte schätzungsweise 5 Millionen Euro.', 'schätzungsweise'],
  ['es', 'El club pagó en torno a 5 millones de euros.', 'en torno a'],
  ['it', 'Il club ha pagato all’incirca 5 milioni di euro.', 'all’incirca'],
  ['it', 'Il club ha pagato intorno a 5 milioni di euro.', 'intorno a'],
  ['pt', 'O clube pagou por volta de 5 milhões de euros.', 'por volta de'],
  ['nl', 'De club betaalde rond de 5 miljoen euro.', 'rond de'],
  ['nl', 'De club betaalde omstreeks 5 miljoen euro.', 'omstreeks'],
];

const NOT_MONEY: string[] = [
  'echo $HOME and $PATH',
  'The Tesla Model 3 is popular.',
  'COVID-19 cases rose in 2021.',
  'Inflation was 5.4% in 2023.',
  'Call +1 (555) 123-4567 now.',
  'Update to version 3.2.1 today.',
  'He is, pound for pound, the best boxer.',
  'Spain is a euro-zone country.',
  'ALL 5 of us went.',
  'TRY 5 times before giving up.',
  'The COP26 summit ended.',
  'We sold 500 units in 1999.',
  'Watch it in 1080p.',
  'She gave birth to a 10-pound baby.',
  'He lost 25 pounds in a month.',
  'They detected 5,200 pounds of water vapour.',
  'Workers installed the four RS-25 engines.',
  'See pic.twitter.com/4p7SXk7JPW for more.',
  'The team won 3 games.',
  '',
  '$',
  '$$$',
];

describe('findMoney on news-style sentences', () => {
  test.each(NEWS)('$input', ({ input, options, out }) => {
    const got = findMoney(input, options);
    expect(got).toHaveLength(out.length);
    out.forEach((want, i) => {
      expect(got[i]).toMatchObject(want);
      expect(input.slice(got[i]!.start, got[i]!.end)).toBe(got[i]!.text);
    });
  });
});

describe('ranges written with words, in every language', () => {
  test.each(WORD_RANGES)('$input', ({ input, options, out }) => {
    const got = findMoney(input, options);
    expect(got).toHaveLength(out.length);
    out.forEach((want, i) => {
      expect(got[i]).toMatchObject(want);
      expect(input.slice(got[i]!.start, got[i]!.end)).toBe(got[i]!.text);
    });
  });
});

describe('approximation words', () => {
  test.each(APPROXIMATIONS)('%s: %s', (language, input, qualifier) => {
    const got = findMoney(input, { language });
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ currency: 'EUR', value: 5e6, approximate: true, qualifier });
  });
});

describe('not money', () => {
  test.each(NOT_MONEY)('%s', (input) => {
    expect(findMoney(input)).toEqual([]);
  });
});

describe('context', () => {
  test('an undecided $ keeps ranked candidates, US dollar first', () => {
    const [m] = findMoney('It costs $5.');
    expect(m).toMatchObject({ currency: null, evidence: 'none' });
    expect(m!.candidates.slice(0, 3)).toEqual(['USD', 'CAD', 'AUD']);
  });
  test('the country option beats the URL', () => {
    const [m] = findMoney('It costs $5.', { url: 'https://example.com.au/', country: 'CA' });
    expect(m).toMatchObject({ currency: 'CAD', evidence: 'page' });
  });
  test('a language region decides', () => {
    expect(findMoney('It costs $5.', { language: 'en-NZ' })[0]).toMatchObject({ currency: 'NZD', evidence: 'page' });
  });
});

describe('errors', () => {
  test('refuses non-strings with PRESSROOM_INVALID_INPUT', () => {
    try {
      findMoney(42 as never);
      expect.unreachable();
    } catch (e) {
      expect(isPressroomError(e, 'PRESSROOM_INVALID_INPUT')).toBe(true);
    }
  });
  test('refuses oversized input and names the option', () => {
    expect(() => findMoney('$5'.repeat(10), { maxInputLength: 5 })).toThrow(/maxInputLength/);
  });
  test('refuses options of the wrong type', () => {
    try {
      findMoney('$5', { url: 5 as never });
      expect.unreachable();
    } catch (e) {
      expect(isPressroomError(e, 'PRESSROOM_INVALID_OPTION')).toBe(true);
    }
  });
});

describe('hostile input stays linear', () => {
  // a guard against quadratic paths, not a speed measurement (that is apps/bench)
  test.each([
    ['one '.repeat(20_000)],
    ['1 '.repeat(20_000)],
    ['$1 '.repeat(20_000)],
    ['万'.repeat(40_000)],
    ['1.'.repeat(20_000)],
    ['between 1 and '.repeat(5_000)],
    ['dollars '.repeat(20_000)],
    ['Canadian '.repeat(10_000) + '$5'],
    ['five hundred and '.repeat(5_000)],
  ])('%#', (input) => {
    const started = performance.now();
    findMoney(input);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
  test.each([
    ['fr', 'environ 1 à 2 millions de '.repeat(5_000)],
    ['fr', 'entre 1 et '.repeat(5_000)],
    ['es', 'de 1 a '.repeat(5_000)],
    ['de', 'zwischen 1 und 2 Mio. '.repeat(5_000)],
    ['nl', '1 tot '.repeat(10_000)],
  ])('ranges in %s', (language, input) => {
    const started = performance.now();
    findMoney(input, { language });
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('long documents', () => {
  test('are read in chunks without losing or shifting mentions at the seams', () => {
    const line = 'Filler words about markets and shares, then $5m and €3.2 billion at the end.\n';
    const text = line.repeat(6_000); // ~470,000 characters, several chunks
    const found = findMoney(text);
    expect(found).toHaveLength(12_000);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(new Set(found.map((m) => m.text))).toEqual(new Set(['$5m', '€3.2 billion']));
  });
});
