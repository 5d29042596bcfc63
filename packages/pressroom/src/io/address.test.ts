import { describe, expect, it } from 'vitest';
import { classifyAddress, isPublicAddress, parseIPv4, parseIPv6 } from './address';

describe('classifyAddress', () => {
  const table: [string, string | null][] = [
    // IPv4, dotted
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['8.8.8.8', 'public'],
    ['93.184.215.14', 'public'],
    // IPv4, other forms inet_aton accepts
    ['2130706433', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['0x7f.1', 'loopback'],
    ['127.1', 'loopback'],
    ['10.1.65535', 'private'],
    ['0', 'unspecified'],
    ['3232235777', 'private'],
    ['127.0.0.1.', 'loopback'],
    // IPv6
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['2606:4700:4700::1111', 'public'],
    // IPv6 carrying IPv4
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['[::ffff:10.0.0.1]', 'private'],
    ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['2002:7f00:1::', 'loopback'],
    ['::127.0.0.1', 'loopback'],
    // not IP addresses
    ['example.com', null],
    ['localhost', null],
    ['1.2.3.4.5', null],
    ['256.1.1.1', null],
    ['::ffff:1.2.3', null],
    ['1:2:3:4:5:6:7:8:9', null],
    ['', null],
    ['0x', 'unspecified'],
  ];
  it.each(table)('%s -> %s', (ip, kind) => {
    expect(classifyAddress(ip)).toBe(kind);
  });

  it('refuses every non-public address and accepts public ones', () => {
    expect(isPublicAddress('127.0.0.1')).toBe(false);
    expect(isPublicAddress('example.com')).toBe(false);
    expect(isPublicAddress('1.1.1.1')).toBe(true);
  });
});

describe('parsers', () => {
  it('parses IPv4 forms to the same number', () => {
    const n = parseIPv4('127.0.0.1');
    for (const form of ['2130706433', '0x7f000001', '0177.0.0.01', '0x7f.0.0.1', '127.0.1', '127.1']) {
      expect(parseIPv4(form)).toBe(n);
    }
  });
  it('parses IPv6 with :: anywhere', () => {
    expect(parseIPv6('::')).toBe(0n);
    expect(parseIPv6('1::')).toBe(1n << 112n);
    expect(parseIPv6('0:0:0:0:0:0:0:1')).toBe(1n);
    expect(parseIPv6('1::2::3')).toBeNull();
  });
});
