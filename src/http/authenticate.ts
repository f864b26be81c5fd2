import { HoggarError } from '../errors.js';
import type { AuthService } from '../services/auth-service.js';
import type { Principal } from '../services/context.js';

export const WWW_AUTHENTICATE = 'Basic realm="hoggar", Bearer realm="hoggar"';

/** Resolves an Authorization header (HTTP Basic or Bearer token) to a principal. */
export async function authenticate(auth: AuthService, header: string | undefined): Promise<Principal> {
  if (!header) {
    throw new HoggarError('unauthenticated', 'credentials required: use HTTP Basic (user and password) or "Authorization: Bearer TOKEN"');
  }
  const space = header.indexOf(' ');
  const scheme = (space > 0 ? header.slice(0, space) : header).toLowerCase();
  const value = space > 0 ? header.slice(space + 1).trim() : '';
  if (scheme === 'bearer' || scheme === 'token') {
    const principal = value ? await auth.byToken(value) : undefined;
    if (!principal) throw new HoggarError('unauthenticated', 'the bearer token is unknown or has been revoked');
    return principal;
  }
  if (scheme === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const principal = colon > 0 ? await auth.byPassword(decoded.slice(0, colon), decoded.slice(colon + 1)) : undefined;
    if (!principal) throw new HoggarError('unauthenticated', 'wrong user name or password');
    return principal;
  }
  throw new HoggarError('unauthenticated', `unsupported authorization scheme "${scheme}": use Basic or Bearer`);
}
