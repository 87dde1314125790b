import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js';
import sharp from 'sharp';

/** A person at the stand-in provider: the claims it releases about them. */
export interface TestIdentity {
  sub: string;
  email: string;
  emailVerified: boolean;
  givenName: string;
  familyName: string;
  /** Whether the profile carries a picture URL (served by the provider itself). */
  hasPicture: boolean;
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface TestIdentityProvider {
  issuer: string;
  discoveryUrl: string;
  /** Adds a person; the app picks them with `loginHint: sub` when it starts the flow. */
  addIdentity(overrides?: Partial<TestIdentity>): TestIdentity;
  /**
   * Who logs in when the app's request carries no `login_hint` (a browser test clicking the
   * real button); undefined makes the person cancel at the provider.
   */
  actAs(sub: string | undefined): void;
  /** How often each picture was downloaded. */
  pictureDownloads: Map<string, number>;
  close(): Promise<void>;
}

let sequence = 0;

/**
 * A real OpenID Connect provider (oidc-provider) on a random loopback port, standing in for
 * LinkedIn in tests. Logins need no form: the interaction signs in the person named by the
 * request's `login_hint` (or set with `actAs`) and grants the requested scopes, so a test drives
 * the whole authorization-code flow with plain HTTP or a browser.
 */
export async function startIdentityProvider(clients: TestClient[]): Promise<TestIdentityProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const identities = new Map<string, TestIdentity>();
  let actingAs: string | undefined;
  const pictureDownloads = new Map<string, number>();
  const picture = await sharp({ create: { width: 96, height: 96, channels: 3, background: '#0a66c2' } }).png().toBuffer();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  const provider = new Provider(issuer, {
    // The in-memory store, made through its factory so the provider does not warn about it.
    adapter: createMemoryAdapter(),
    clients: clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: [client.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    })),
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name', 'picture'],
    },
    // Like LinkedIn: the ID token itself carries the profile and email claims.
    conformIdTokenClaims: false,
    // PKCE is the client's choice, so the LinkedIn-style client (no PKCE) works too.
    pkce: { required: () => false },
    features: { devInteractions: { enabled: false } },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, sub: string) {
      const identity = identities.get(sub);
      if (!identity) return undefined;
      return {
        accountId: sub,
        async claims() {
          return {
            sub,
            email: identity.email,
            email_verified: identity.emailVerified,
            given_name: identity.givenName,
            family_name: identity.familyName,
            name: `${identity.givenName} ${identity.familyName}`,
            ...(identity.hasPicture ? { picture: `${issuer}/pictures/${sub}.png` } : {}),
          };
        },
      };
    },
  });
  const handle = provider.callback();

  async function finishInteraction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : actingAs;
    const accountId = details.prompt.name === 'login' ? (hint ?? '') : (details.session?.accountId ?? '');
    if (!identities.has(accountId)) {
      await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The person cancelled.' });
      return;
    }
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
  }

  server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    const pictureOf = /^\/pictures\/(.+)\.png$/.exec(path)?.[1];
    if (pictureOf) {
      pictureDownloads.set(pictureOf, (pictureDownloads.get(pictureOf) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': picture.length }).end(picture);
      return;
    }
    if (path.startsWith('/interaction/')) {
      finishInteraction(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
      return;
    }
    handle(req, res);
  });

  return {
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    pictureDownloads,
    actAs(sub) {
      actingAs = sub;
    },
    addIdentity(overrides = {}) {
      sequence += 1;
      const identity: TestIdentity = {
        sub: `idp-${Date.now().toString(36)}-${sequence}`,
        email: `linkedin.${Date.now().toString(36)}${sequence}@idp.example`,
        emailVerified: true,
        givenName: 'Noor',
        familyName: `Bakker ${sequence}`,
        hasPicture: true,
        ...overrides,
      };
      identities.set(identity.sub, identity);
      return identity;
    },
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
