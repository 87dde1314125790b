import { isIP } from 'node:net';

/** A host name or address that only this machine can reach: localhost, 127.0.0.0/8, ::1. */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  return isLoopbackAddress(name);
}

/** A socket address from this machine (IPv4, IPv6, or IPv4 mapped into IPv6). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:/i, '');
  if (isIP(plain) === 4) return plain.startsWith('127.');
  return plain === '::1' || plain === '0:0:0:0:0:0:0:1';
}

/** The host part of a Host header (`localhost:3000`, `[::1]:3000`). */
export function hostOfHeader(header: string | undefined): string {
  if (!header) return '';
  const bracketed = /^\[([^\]]*)\]/.exec(header);
  if (bracketed) return bracketed[1]!;
  return header.split(':')[0]!;
}
