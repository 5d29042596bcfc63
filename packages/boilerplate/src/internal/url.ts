import { HAS_SCHEME, UNSAFE_URL_SCHEME } from '../patterns';

/**
 * Resolve `href` against `base`; `null` for empty, unparsable or script URLs. Never throws.
 *
 * @example
 * resolveUrl('/a.jpg', 'https://example.com/news/1') // 'https://example.com/a.jpg'
 */
export function resolveUrl(href: string | undefined | null, base: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (trimmed === '' || UNSAFE_URL_SCHEME.test(trimmed)) return null;
  if (trimmed.startsWith('#') && !base) return trimmed;
  try {
    if (base) return new URL(trimmed, base).href;
    if (HAS_SCHEME.test(trimmed) || trimmed.startsWith('//')) return new URL(trimmed, 'https://invalid.invalid').href;
  } catch {
    return HAS_SCHEME.test(trimmed) ? null : trimmed;
  }
  return trimmed;
}
