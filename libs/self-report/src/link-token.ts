import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the link is the credential. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** What is stored and looked up: the token's SHA-256, never the token. Null for anything not shaped like a token. */
export function linkTokenHash(token: unknown): string | null {
  return typeof token === 'string' && TOKEN.test(token) ? createHash('sha256').update(token).digest('hex') : null;
}
