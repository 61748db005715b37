import { parseConfig } from '@oneplan/config';
import { UnauthenticatedError } from '@oneplan/errors';
import { BearerTokens } from './bearer-token.js';

describe('Bearer tokens', () => {
  const tokens = new BearerTokens(parseConfig({ JWT_SECRET: 'a'.repeat(40) }).config!);
  const staffId = '0b6f4a38-9a8e-4d55-8f3e-2f4c1f6a7b10';

  it('should name the staff member of a valid token, every time it is sent', async () => {
    const token = await tokens.issue(staffId);
    expect(await tokens.identityOf(token)).toEqual({ staffId });
    expect(await tokens.identityOf(token)).toEqual({ staffId });
  });

  it('should refuse a token it accepted once it has expired: verified tokens are remembered only until then', async () => {
    const token = await tokens.issue(staffId, '2s');
    expect(await tokens.identityOf(token)).toEqual({ staffId });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await expect(tokens.identityOf(token)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('should not take a tampered copy of a remembered token for it', async () => {
    const token = await tokens.issue(staffId);
    await tokens.identityOf(token);
    const [header, payload, signature] = token.split('.');
    const other = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'someone-else' })).toString('base64url');
    await expect(tokens.identityOf([header, other, signature].join('.'))).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
