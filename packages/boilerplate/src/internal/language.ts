import { WORD } from '../patterns';
import { STOPWORDS } from '../rules';

const LOOKUP: Map<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOPWORDS)) {
    for (const word of words) {
      const list = map.get(word);
      if (list) list.push(lang);
      else map.set(word, [lang]);
    }
  }
  return map;
})();

/**
 * Guess the language of running text from its stopwords; `null` when the text is too short
 * or no language stands out.
 *
 * @example
 * detectLanguage('The cat sat on the mat and it was said that the dog was in the house.') // 'en'
 */
export function detectLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  let words = 0;
  WORD.lastIndex = 0;
  for (const match of text.slice(0, 5000).matchAll(WORD)) {
    words++;
    for (const lang of LOOKUP.get(match[0].toLowerCase()) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  if (words < 8) return null;
  let best: string | null = null;
  let bestCount = 0;
  let second = 0;
  for (const [lang, n] of counts) {
    if (n > bestCount) {
      second = bestCount;
      best = lang;
      bestCount = n;
    } else if (n > second) second = n;
  }
  if (!best || bestCount < Math.max(3, words * 0.08) || bestCount < second * 1.2) return null;
  return best;
}
