import { detectCharset, extractArticleFromBytes, isPressroomError } from '@pressroom/boilerplate';
import { describe, expect, test } from 'vitest';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const body =
  '<p>Le conseil municipal a voté mardi un plan pour le quartier du fleuve, après trois années de débats entre les habitants et la mairie.</p>';

describe('detectCharset', () => {
  test.each([
    { bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]), contentType: undefined, out: 'utf-8' },
    { bytes: new Uint8Array([0xff, 0xfe, 0x3c, 0x00]), contentType: undefined, out: 'utf-16le' },
    { bytes: latin1('<meta charset="iso-8859-1"><p>x'), contentType: undefined, out: 'iso-8859-1' },
    {
      bytes: latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
      contentType: undefined,
      out: 'windows-1252',
    },
    { bytes: latin1('<p>x</p>'), contentType: 'text/html; charset=Shift_JIS', out: 'shift_jis' },
    { bytes: latin1('<p>x</p>'), contentType: undefined, out: 'utf-8' },
    { bytes: latin1('<meta charset="bogus-charset">'), contentType: undefined, out: 'utf-8' },
  ])('$out', ({ bytes, contentType, out }) => {
    expect(detectCharset(bytes, contentType)).toBe(out);
  });
});

describe('extractArticleFromBytes', () => {
  test('decodes a Latin-1 page declared in <meta>', () => {
    const html = `<html><head><meta charset="iso-8859-1"></head><body><article>${body}${body}</article></body></html>`;
    const article = extractArticleFromBytes(latin1(html));
    expect(article.text).toContain('voté mardi');
  });

  test('the Content-Type header wins over a wrong <meta>', () => {
    const html = `<html><head><meta charset="utf-8"></head><body><article>${body}${body}</article></body></html>`;
    const article = extractArticleFromBytes(latin1(html), { contentType: 'text/html; charset=ISO-8859-1' });
    expect(article.text).toContain('débats');
  });

  test('a non-Uint8Array throws PRESSROOM_INVALID_INPUT', () => {
    try {
      extractArticleFromBytes('<p>x</p>' as never);
      expect.unreachable();
    } catch (e) {
      expect(isPressroomError(e, 'PRESSROOM_INVALID_INPUT')).toBe(true);
    }
  });
});
