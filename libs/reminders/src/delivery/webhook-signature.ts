import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers that carry the signature: receivers check it over `${timestamp}.${body}` with their secret. */
export const SIGNATURE_HEADER = 'x-oneplan-signature';
export const TIMESTAMP_HEADER = 'x-oneplan-timestamp';

export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function verifyWebhook(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
