import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COGNITION_VERBS, CUE_WORDS, extractQuotes, isPressroomError, type Quote } from '@pressroom/quotes';
import { describe, expect, it } from 'vitest';

interface Expect {
  text: string;
  type?: Quote['type'];
  speaker?: string | null;
  cue?: string | null;
  role?: string;
  mention?: string;
}

const pick = (q: Quote) => ({ text: q.text, type: q.type, speaker: q.speaker?.name ?? null, cue: q.cue });

function check(input: string, expected: Expect[]): void {
  const quotes = extractQuotes(input);
  for (const q of quotes) expect(input.slice(q.start, q.end)).toBe(q.text);
  expect(quotes.map((q) => q.text)).toEqual(expected.map((e) => e.text));
  expected.forEach((e, i) => {
    const q = quotes[i]!;
    if (e.type) expect(q.type, e.text).toBe(e.type);
    if (e.speaker !== undefined) expect(q.speaker?.name ?? null, e.text).toBe(e.speaker);
    if (e.cue !== undefined) expect(q.cue, e.text).toBe(e.cue);
    if (e.role !== undefined) expect(q.speaker?.role, e.text).toBe(e.role);
    if (e.mention !== undefined) expect(q.speaker?.mention, e.text).toBe(e.mention);
  });
}

const cases: { name: string; input: string; out: Expect[] }[] = [
  {
    name: 'curly double quotes, speaker after the cue',
    input: '“We are cooperating with the inquiry,” said Jane Doe.',
    out: [{ text: 'We are cooperating with the inquiry,', type: 'direct', speaker: 'Jane Doe', cue: 'said' }],
  },
  {
    name: 'straight double quotes, speaker before the cue',
    input: 'Jane Doe runs the lab. "We will publish the results next week," Doe said.',
    out: [{ text: 'We will publish the results next week,', type: 'direct', speaker: 'Jane Doe', cue: 'said' }],
  },
  {
    name: 'French guillemets',
    input: '« Nous ne céderons pas sur ce point », dit Marie Dupont.',
    out: [{ text: 'Nous ne céderons pas sur ce point', type: 'direct', speaker: 'Marie Dupont', cue: 'dit' }],
  },
  {
    name: 'German low-high quotes',
    input: '„Wir werden das Werk nicht schließen“, sagte Hans Müller.',
    out: [{ text: 'Wir werden das Werk nicht schließen', type: 'direct', speaker: 'Hans Müller', cue: 'sagte' }],
  },
  {
    name: 'corner brackets',
    input: '「We have no plans to sell the unit this year,」 said Kenji Sato.',
    out: [{ text: 'We have no plans to sell the unit this year,', type: 'direct', speaker: 'Kenji Sato' }],
  },
  {
    name: 'white corner brackets',
    input: '『The plan is on schedule and on budget,』 said Yuki Tanaka.',
    out: [{ text: 'The plan is on schedule and on budget,', type: 'direct', speaker: 'Yuki Tanaka' }],
  },
  {
    name: 'German single low-high quotes',
    input: '‚Das ist ein guter Tag für uns alle‘, sagte Anna Schmidt.',
    out: [{ text: 'Das ist ein guter Tag für uns alle', type: 'direct', speaker: 'Anna Schmidt' }],
  },
  {
    name: 'German reversed guillemets with a nested quotation',
    input: '»Wir nennen es „die Wende“ und meinen es ernst«, sagte Jan Weber.',
    out: [{ text: 'Wir nennen es „die Wende“ und meinen es ernst', type: 'direct', speaker: 'Jan Weber' }],
  },
  {
    name: 'wire copy closing with two single marks',
    input: '“We are not going anywhere,’’ said Mayor Sadiq Khan.',
    out: [{ text: 'We are not going anywhere,', type: 'direct', speaker: 'Sadiq Khan' }],
  },
  {
    name: 'British single quotes with a nested double quote',
    input: '‘They called it “a disgrace to the game” and walked out,’ said Tom Baker.',
    out: [{ text: 'They called it “a disgrace to the game” and walked out,', type: 'direct', speaker: 'Tom Baker' }],
  },
  {
    name: 'apostrophes are not quotation marks',
    input: 'The players’ union won’t say. “It’s the fans’ club, and we don’t forget that,” said Ana Ruiz.',
    out: [{ text: 'It’s the fans’ club, and we don’t forget that,', type: 'direct', speaker: 'Ana Ruiz' }],
  },
  {
    name: 'a quotation over several paragraphs is one record',
    input:
      'Mayor Lee Kim spoke at length.\n\n“The budget is balanced for the first time in a decade.\n\n“We did it without cutting a single school,” Kim said.',
    out: [
      {
        text: 'The budget is balanced for the first time in a decade.\n\n“We did it without cutting a single school,',
        type: 'direct',
        speaker: 'Lee Kim',
      },
    ],
  },
  {
    name: 'split quotation, and a continuation paragraph inherits the speaker',
    input:
      '"It was a difficult match," Lopez said. "We needed this win."\n\n"Now we are in a good position to advance to the final."',
    out: [
      { text: 'It was a difficult match,', speaker: 'Lopez', cue: 'said' },
      { text: 'We needed this win.', speaker: 'Lopez' },
      { text: 'Now we are in a good position to advance to the final.', speaker: 'Lopez', cue: null },
    ],
  },
  {
    name: 'colon introduction with an appositive role',
    input: 'Cheuk Hau-yip, the commander of the district, said: “These rioters have to face the consequences.”',
    out: [
      {
        text: 'These rioters have to face the consequences.',
        type: 'direct',
        speaker: 'Cheuk Hau-yip',
        role: 'the commander of the district',
      },
    ],
  },
  {
    name: 'dash attribution',
    input: '“Public safety is not negotiable and never will be.” — Commissioner Jane Doe',
    out: [
      { text: 'Public safety is not negotiable and never will be.', type: 'direct', speaker: 'Jane Doe', cue: null },
    ],
  },
  {
    name: 'according to, after and before the clause',
    input:
      'The attorney general is investigating the firm, according to two people familiar with the matter. According to Reuters, the firm has hired lawyers.',
    out: [
      {
        text: 'The attorney general is investigating the firm',
        type: 'indirect',
        speaker: 'two people familiar with the matter',
        cue: 'according to',
      },
      { text: 'the firm has hired lawyers', type: 'indirect', speaker: 'Reuters', cue: 'According to' },
    ],
  },
  {
    name: 'indirect speech with that, told and a trailing attribution',
    input:
      'Anna Berg, chief economist at Nordbank, said that rates would stay high. She told reporters inflation was falling. Growth will slow next year, the central bank warned.',
    out: [
      {
        text: 'rates would stay high',
        type: 'indirect',
        speaker: 'Anna Berg',
        cue: 'said',
        role: 'chief economist at Nordbank',
      },
      { text: 'inflation was falling', type: 'indirect', speaker: 'Anna Berg', cue: 'told' },
      { text: 'Growth will slow next year', type: 'indirect', speaker: 'the central bank', cue: 'warned' },
    ],
  },
  {
    name: 'mixed quotation',
    input: 'CEO Tim Cook said Apple was "pulled into the enterprise" by its customers.',
    out: [{ text: 'Apple was "pulled into the enterprise" by its customers', type: 'mixed', speaker: 'Tim Cook' }],
  },
  {
    name: 'pronoun resolves to the last compatible person',
    input:
      'Maria Lopez founded the company in 2010. Her partner John Smith left in 2015. "We never looked back," she said.',
    out: [{ text: 'We never looked back,', speaker: 'Maria Lopez' }],
  },
  {
    name: 'surname resolves to the first full mention; the option adds known people',
    input: '"The vote was close," Reyes said.',
    out: [{ text: 'The vote was close,', speaker: 'Reyes' }],
  },
  {
    name: 'scare quotes, titles and nicknames are not speech',
    input:
      'The "historic" move surprised fans of "The Lord Of The Rings" and of Dwayne "The Rock" Johnson at the "Caja Magica" centre court.',
    out: [],
  },
  {
    name: 'cognition verbs are not cues',
    input: 'Smith believes the market will recover. Jones wants a new vote on the plan.',
    out: [],
  },
  {
    name: 'an unbalanced quotation mark does not swallow the rest',
    input: 'He called it "a mess.\n\n"We will fix it quickly and properly," said Dana White.',
    out: [{ text: 'We will fix it quickly and properly,', speaker: 'Dana White' }],
  },
];

/** Attributions after a quotation: a description, an appositive name, or both. */
const postQuoteCases: { name: string; input: string; out: Expect[] }[] = [
  {
    name: 'a description with an appositive name: the name speaks, the description is the role',
    input: '"Inflation is still too high," the governor, Maria Costa, told reporters in Frankfurt.',
    out: [
      {
        text: 'Inflation is still too high,',
        type: 'direct',
        speaker: 'Maria Costa',
        mention: 'Maria Costa',
        cue: 'told',
        role: 'the governor',
      },
    ],
  },
  {
    name: 'a description without a role noun before an appositive name is not quoted text',
    input: '"We are not done yet," the central banker, Maria Costa, said on Monday.',
    out: [
      { text: 'We are not done yet,', type: 'direct', speaker: 'Maria Costa', mention: 'Maria Costa', cue: 'said' },
    ],
  },
  {
    name: 'an office holder named by the office alone',
    input: '"Inflation is still too high," the governor told reporters.',
    out: [{ text: 'Inflation is still too high,', type: 'direct', speaker: 'the governor', cue: 'told' }],
  },
  {
    name: 'the office resolves to the person introduced with it (appositive after the name)',
    input:
      'Maria Costa, the governor, opened the meeting on Monday.\n\n"Inflation is still too high," the governor told reporters.',
    out: [
      {
        text: 'Inflation is still too high,',
        type: 'direct',
        speaker: 'Maria Costa',
        mention: 'the governor',
        cue: 'told',
        role: 'the governor',
      },
    ],
  },
  {
    name: 'the office resolves to the person introduced with it (description before the name)',
    input: 'The governor, Maria Costa, said that rates would stay high. "We will act if we must," the governor said.',
    out: [
      { text: 'rates would stay high', type: 'indirect', speaker: 'Maria Costa', cue: 'said', role: 'The governor' },
      { text: 'We will act if we must,', type: 'direct', speaker: 'Maria Costa', mention: 'the governor', cue: 'said' },
    ],
  },
  {
    name: 'the office resolves to the person titled with its abbreviation',
    input:
      'Republican Gov. Eric Holcomb visited the school. "We are listening," the governor said. The governor said the commission would report in May.',
    out: [
      { text: 'We are listening,', type: 'direct', speaker: 'Eric Holcomb', mention: 'the governor', cue: 'said' },
      { text: 'the commission would report in May', type: 'indirect', speaker: 'Eric Holcomb', cue: 'said' },
    ],
  },
  {
    name: 'a source with a post-modifier that ends in an organisation noun',
    input: '"We will review the contract," a spokesman for the ministry said.',
    out: [
      { text: 'We will review the contract,', type: 'direct', speaker: 'a spokesman for the ministry', cue: 'said' },
    ],
  },
  {
    name: 'a source with a post-modifier that ends in an organisation name',
    input: '"No decision has been taken," a spokeswoman for the Foreign Ministry said.',
    out: [
      {
        text: 'No decision has been taken,',
        type: 'direct',
        speaker: 'a spokeswoman for the Foreign Ministry',
        cue: 'said',
      },
    ],
  },
  {
    name: 'a capitalised determiner before a name is not a title (no crash)',
    input: 'One Washington-based trade expert said that the tariffs would have to go.',
    out: [
      {
        text: 'the tariffs would have to go',
        type: 'indirect',
        speaker: 'One Washington-based trade expert',
        cue: 'said',
      },
    ],
  },
  {
    name: 'cue first, then a description with an appositive name',
    input: '"Sales will recover next year," said the company\'s chief executive, John Smith.',
    out: [
      {
        text: 'Sales will recover next year,',
        type: 'direct',
        speaker: 'John Smith',
        mention: 'John Smith',
        cue: 'said',
        role: "the company's chief executive",
      },
    ],
  },
  {
    name: 'a bare office with a second cue',
    input: '"The talks were constructive," the minister added.',
    out: [{ text: 'The talks were constructive,', type: 'direct', speaker: 'the minister', cue: 'added' }],
  },
  {
    name: 'a bare office resolves to the person the article titled with it',
    input:
      'Finance Minister Jan Novak arrived in Brussels on Monday. "The talks were constructive," the minister added.',
    out: [
      {
        text: 'The talks were constructive,',
        type: 'direct',
        speaker: 'Jan Novak',
        mention: 'the minister',
        cue: 'added',
      },
    ],
  },
];

describe('extractQuotes: attributions after the quotation', () => {
  for (const c of postQuoteCases) it(c.name, () => check(c.input, c.out));
});

describe('extractQuotes: forms', () => {
  for (const c of cases) it(c.name, () => check(c.input, c.out));

  it('the people option resolves surnames to names known from elsewhere', () => {
    const [q] = extractQuotes('"The vote was close," Reyes said.', { people: ['Carmen Reyes'] });
    expect(q?.speaker).toEqual({ name: 'Carmen Reyes', mention: 'Reyes' });
  });

  it('maps offsets of paragraphs given as an array', () => {
    const paragraphs = ['Intro without quotes.', '"We are ready for the season," said Coach Ann Lee.'];
    const quotes = extractQuotes(paragraphs);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q.paragraph).toBe(1);
    expect(paragraphs.join('\n\n').slice(q.start, q.end)).toBe(q.text);
    expect(q.speaker?.name).toBe('Ann Lee');
  });

  it('keeps cognition and speech apart in the lexicon', () => {
    for (const w of ['said', 'told', 'warned', 'argued', 'announced']) expect(CUE_WORDS.has(w)).toBe(true);
    for (const w of ['believes', 'wants', 'thinks', 'fears']) {
      expect(COGNITION_VERBS.has(w)).toBe(true);
      expect(CUE_WORDS.has(w)).toBe(false);
    }
  });

  it('throws typed errors on wrong types and oversized input', () => {
    expect(() => extractQuotes(42 as never)).toThrow(expect.objectContaining({ code: 'PRESSROOM_INVALID_INPUT' }));
    expect(() => extractQuotes([1] as never)).toThrow(expect.objectContaining({ code: 'PRESSROOM_INVALID_INPUT' }));
    try {
      extractQuotes('x'.repeat(20), { maxLength: 10 });
    } catch (e) {
      expect(isPressroomError(e, 'PRESSROOM_INPUT_TOO_LARGE')).toBe(true);
    }
  });
});

describe('extractQuotes: the seed article', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/seed-article');
  const paragraphs = JSON.parse(readFileSync(join(dir, 'paragraphs.json'), 'utf8')) as string[];
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).quotes as {
    direct: { startsWith: string; speaker: string; mention: string; cue: string; role?: string }[];
    indirectRequired: { contains: string; speaker: string; cue: string }[];
  };
  const quotes = extractQuotes(paragraphs);
  const joined = paragraphs.join('\n\n');

  it('finds the four direct quotes with their speakers', () => {
    const direct = quotes.filter((q) => q.type === 'direct');
    expect(direct).toHaveLength(expected.direct.length);
    expected.direct.forEach((e, i) => {
      const q = direct[i]!;
      expect(q.text.startsWith(e.startsWith)).toBe(true);
      expect(q.speaker?.name).toBe(e.speaker);
      expect(q.speaker?.mention).toBe(e.mention);
      expect(q.cue).toBe(e.cue);
      if (e.role) expect(q.speaker?.role).toBe(e.role);
    });
  });

  it('finds the required indirect quotes', () => {
    for (const e of expected.indirectRequired) {
      const q = quotes.find((x) => x.type === 'indirect' && x.text.includes(e.contains));
      expect(q, e.contains).toBeDefined();
      expect(q?.speaker?.name).toBe(e.speaker);
      expect(q?.cue).toBe(e.cue);
    }
  });

  it('reports offsets into the joined paragraphs', () => {
    for (const q of quotes) expect(joined.slice(q.start, q.end)).toBe(q.text);
    expect(quotes.map(pick).length).toBeGreaterThan(0);
  });
});
