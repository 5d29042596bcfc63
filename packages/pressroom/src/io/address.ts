/**
 * Classifies IP addresses so the fetcher can refuse loopback, private, link-local, unique-local,
 * multicast, unspecified and reserved targets (server-side request forgery). Pure string code:
 * no DNS, no sockets. Ranges from the IANA IPv4 and IPv6 Special-Purpose Address Registries
 * (RFC 6890 and its updates), kept as data in {@link IPV4_RANGES} and {@link IPV6_RANGES}.
 */

import { DOTTED_QUAD, HEX_PREFIX, IPV6_GROUP } from '../patterns';

/** What kind of address an IP is. Only `public` may be fetched without `allowPrivate`. */
export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'unspecified'
  | 'reserved';

interface Range {
  /** First address of the range, as a number (IPv4) or bigint (IPv6). */
  base: string;
  bits: number;
  kind: Exclude<AddressKind, 'public'>;
  note: string;
}

/** IPv4 special-purpose ranges (IANA registry), most specific first is not required. */
export const IPV4_RANGES: readonly Range[] = [
  { base: '0.0.0.0', bits: 8, kind: 'unspecified', note: '"this network" (RFC 791)' },
  { base: '10.0.0.0', bits: 8, kind: 'private', note: 'RFC 1918' },
  { base: '100.64.0.0', bits: 10, kind: 'private', note: 'shared address space / CGNAT (RFC 6598)' },
  { base: '127.0.0.0', bits: 8, kind: 'loopback', note: 'RFC 1122' },
  { base: '169.254.0.0', bits: 16, kind: 'link-local', note: 'RFC 3927, incl. cloud metadata 169.254.169.254' },
  { base: '172.16.0.0', bits: 12, kind: 'private', note: 'RFC 1918' },
  { base: '192.0.0.0', bits: 24, kind: 'reserved', note: 'IETF protocol assignments (RFC 6890)' },
  { base: '192.0.2.0', bits: 24, kind: 'reserved', note: 'TEST-NET-1 (RFC 5737)' },
  { base: '192.88.99.0', bits: 24, kind: 'reserved', note: 'deprecated 6to4 relay anycast (RFC 7526)' },
  { base: '192.168.0.0', bits: 16, kind: 'private', note: 'RFC 1918' },
  { base: '198.18.0.0', bits: 15, kind: 'reserved', note: 'benchmarking (RFC 2544)' },
  { base: '198.51.100.0', bits: 24, kind: 'reserved', note: 'TEST-NET-2 (RFC 5737)' },
  { base: '203.0.113.0', bits: 24, kind: 'reserved', note: 'TEST-NET-3 (RFC 5737)' },
  { base: '224.0.0.0', bits: 4, kind: 'multicast', note: 'RFC 5771' },
  { base: '240.0.0.0', bits: 4, kind: 'reserved', note: 'reserved for future use and broadcast (RFC 1112, RFC 919)' },
];

/** IPv6 special-purpose ranges (IANA registry). Ranges that embed an IPv4 address are handled apart. */
export const IPV6_RANGES: readonly Range[] = [
  { base: '::', bits: 128, kind: 'unspecified', note: 'RFC 4291' },
  { base: '::1', bits: 128, kind: 'loopback', note: 'RFC 4291' },
  { base: '100::', bits: 64, kind: 'reserved', note: 'discard-only (RFC 6666)' },
  { base: '2001:db8::', bits: 32, kind: 'reserved', note: 'documentation (RFC 3849)' },
  { base: '2001::', bits: 23, kind: 'reserved', note: 'IETF protocol assignments, incl. Teredo (RFC 2928)' },
  { base: 'fc00::', bits: 7, kind: 'unique-local', note: 'RFC 4193' },
  { base: 'fe80::', bits: 10, kind: 'link-local', note: 'RFC 4291' },
  { base: 'fec0::', bits: 10, kind: 'private', note: 'deprecated site-local (RFC 3879)' },
  { base: 'ff00::', bits: 8, kind: 'multicast', note: 'RFC 4291' },
];

/**
 * Parses an IPv4 address in any form `inet_aton` accepts: dotted quad, fewer parts
 * (`127.1`), and decimal, octal (`0177`) or hex (`0x7f`) parts, as well as one
 * 32-bit number (`2130706433`). Returns the address as an unsigned number, or `null`.
 *
 * @example
 * parseIPv4('0x7f.1'); // 2130706433 (127.0.0.1)
 * parseIPv4('example.com'); // null
 */
export function parseIPv4(input: string): number | null {
  const parts = input.split('.');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop(); // trailing dot, as in "127.0.0.1."
  if (parts.length > 4 || parts.length === 0) return null;
  const values: number[] = [];
  for (const part of parts) {
    const value = parseIPv4Part(part);
    if (value === null) return null;
    values.push(value);
  }
  const last = values.pop() as number;
  for (const v of values) if (v > 255) return null;
  const tailBits = 8 * (4 - values.length);
  if (last >= 2 ** tailBits) return null;
  let n = 0;
  for (const v of values) n = n * 256 + v;
  return n * 2 ** tailBits + last;
}

function parseIPv4Part(part: string): number | null {
  if (part === '') return null;
  let digits = part;
  let radix = 10;
  if (HEX_PREFIX.test(part)) {
    digits = part.slice(2);
    radix = 16;
    if (digits === '') return 0;
  } else if (part.length > 1 && part.startsWith('0')) {
    digits = part.slice(1);
    radix = 8;
  }
  if (digits.length > 12) return null;
  const alphabet = radix === 16 ? '0123456789abcdefABCDEF' : radix === 8 ? '01234567' : '0123456789';
  for (const ch of digits) if (!alphabet.includes(ch)) return null;
  const value = Number.parseInt(digits, radix);
  return Number.isFinite(value) && value <= 0xffffffff ? value : null;
}

/**
 * Parses an IPv6 address (with `::`, an embedded dotted IPv4 tail, brackets or a `%zone`)
 * into a 128-bit bigint, or `null`.
 *
 * @example
 * parseIPv6('[::ffff:127.0.0.1]'); // 281472812449793n
 */
export function parseIPv6(input: string): bigint | null {
  let s = input;
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (!s.includes(':')) return null;
  const groups: number[] = [];
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parseHalf = (half: string): number[] | null => {
    if (half === '') return [];
    const out: number[] = [];
    const pieces = half.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i] as string;
      if (i === pieces.length - 1 && piece.includes('.')) {
        if (!DOTTED_QUAD.test(piece)) return null;
        const octets = piece.split('.').map(Number);
        if (octets.some((o) => o > 255)) return null;
        const [a = 0, b = 0, c = 0, d = 0] = octets;
        out.push(a * 256 + b, c * 256 + d);
        continue;
      }
      if (!IPV6_GROUP.test(piece)) return null;
      out.push(Number.parseInt(piece, 16));
    }
    return out;
  };
  const head = parseHalf(halves[0] as string);
  const tail = halves.length === 2 ? parseHalf(halves[1] as string) : [];
  if (!head || !tail) return null;
  if (halves.length === 2) {
    const fill = 8 - head.length - tail.length;
    if (fill < 1) return null;
    groups.push(...head, ...new Array<number>(fill).fill(0), ...tail);
  } else {
    if (head.length !== 8) return null;
    groups.push(...head);
  }
  let n = 0n;
  for (const g of groups) n = (n << 16n) | BigInt(g);
  return n;
}

function inRange(value: bigint, base: bigint, bits: number, width: number): boolean {
  const shift = BigInt(width - bits);
  return value >> shift === base >> shift;
}

const V4 = IPV4_RANGES.map((r) => ({ ...r, value: BigInt(parseIPv4(r.base) as number) }));
const V6 = IPV6_RANGES.map((r) => ({ ...r, value: parseIPv6(r.base) as bigint })).sort((a, b) => b.bits - a.bits);

function classifyV4(n: number): AddressKind {
  const value = BigInt(n);
  for (const r of V4) if (inRange(value, r.value, r.bits, 32)) return r.kind;
  return 'public';
}

/** IPv6 prefixes whose low 32 bits (or bits 16..48 for 6to4) carry an IPv4 address to check too. */
const MAPPED = parseIPv6('::ffff:0:0') as bigint; // ::ffff:0:0/96, IPv4-mapped (RFC 4291)
const TRANSLATED = parseIPv6('::ffff:0:0:0') as bigint; // ::ffff:0:0:0/96, SIIT (RFC 2765)
const NAT64 = parseIPv6('64:ff9b::') as bigint; // 64:ff9b::/96 (RFC 6052)
const NAT64_LOCAL = parseIPv6('64:ff9b:1::') as bigint; // 64:ff9b:1::/48 (RFC 8215)
const SIX_TO_FOUR = parseIPv6('2002::') as bigint; // 2002::/16 (RFC 3056)

function classifyV6(n: bigint): AddressKind {
  const low32 = Number(n & 0xffffffffn);
  if (n >> 32n === 0n && n > 1n) return classifyV4(low32) === 'public' ? 'reserved' : classifyV4(low32); // ::a.b.c.d (deprecated)
  if (inRange(n, MAPPED, 96, 128) || inRange(n, TRANSLATED, 96, 128) || inRange(n, NAT64, 96, 128)) {
    return classifyV4(low32);
  }
  if (inRange(n, NAT64_LOCAL, 48, 128)) return 'private';
  if (inRange(n, SIX_TO_FOUR, 16, 128)) {
    const embedded = classifyV4(Number((n >> 80n) & 0xffffffffn));
    if (embedded !== 'public') return embedded;
  }
  for (const r of V6) if (inRange(n, r.value, r.bits, 128)) return r.kind;
  return 'public';
}

/**
 * What kind of address `ip` is: `public`, or why it must not be fetched. Accepts IPv4 in
 * every `inet_aton` form, IPv6 (bracketed or with a zone) including IPv4-mapped,
 * NAT64 and 6to4 addresses, which are judged by the IPv4 address they carry.
 * Returns `null` when `ip` is not an IP address (a host name).
 *
 * @example
 * classifyAddress('10.1.2.3'); // 'private'
 * classifyAddress('::ffff:7f00:1'); // 'loopback'
 * classifyAddress('0x7f000001'); // 'loopback'
 * classifyAddress('93.184.215.14'); // 'public'
 * classifyAddress('example.com'); // null
 */
export function classifyAddress(ip: string): AddressKind | null {
  const v4 = parseIPv4(ip);
  if (v4 !== null) return classifyV4(v4);
  const v6 = parseIPv6(ip);
  if (v6 !== null) return classifyV6(v6);
  return null;
}

/**
 * Is `ip` an address the fetcher may connect to without `allowPrivate`? Anything that is not
 * a parseable, public IP address is refused.
 *
 * @example
 * isPublicAddress('127.0.0.1'); // false
 * isPublicAddress('1.1.1.1'); // true
 */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip) === 'public';
}
