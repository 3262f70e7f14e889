import { createHmac, randomBytes } from 'node:crypto';

/** `X-Hub-Signature` value: the HMAC-SHA256 of the exact body bytes, hex, with its method. */
export function hubSignature(secret: string, body: Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** An unguessable hub.challenge for intent verification. */
export const newChallenge = (): string => randomBytes(24).toString('base64url');
