import type { Context } from '../context';
import { ARTICLE_LD_TYPES } from '../rules';

/** Characters of body text an article needs when the markup does not declare one... */
const MIN_CHARS = 250;
/** ...and when it does (`og:type=article`, an Article in JSON-LD). */
const MIN_CHARS_DECLARED = 80;

/**
 * Decide whether the page holds an article. When it does not, the blocks are emptied: a
 * listing or an empty page has no body to give.
 */
export function decideIsArticle(ctx: Context): void {
  let chars = 0;
  for (const block of ctx.blocks) {
    if (block.type === 'paragraph' || block.type === 'quote' || block.type === 'list') {
      chars += block.type === 'list' ? block.items.reduce((n, i) => n + i.text.length, 0) : block.text.length;
    }
  }
  const declared =
    (ctx.raw.meta.get('og:type') ?? []).some((t) => t.toLowerCase() === 'article') ||
    ctx.raw.jsonLd.some((obj) => {
      const t = obj['@type'];
      const types = Array.isArray(t) ? t : [t];
      return types.some(
        (x) => typeof x === 'string' && x.toLowerCase() !== 'webpage' && ARTICLE_LD_TYPES.has(x.toLowerCase()),
      );
    });
  ctx.isArticle = chars >= (declared ? MIN_CHARS_DECLARED : MIN_CHARS);
  if (!ctx.isArticle) {
    if (ctx.blocks.length > 0) ctx.warnings.push('No article found: the page holds too little running text.');
    ctx.blocks = [];
  }
}
