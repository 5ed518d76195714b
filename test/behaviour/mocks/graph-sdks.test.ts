/** Microsoft's own Graph clients pointed at the mock's origin: the classic client and the Kiota-based msgraph-sdk. */
import { Client, HTTPMessageHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { AllowedHostsValidator, BaseBearerTokenAuthenticationProvider, HttpMethod, RequestInformation, type AccessTokenProvider } from '@microsoft/kiota-abstractions';
import { GraphRequestAdapter } from '@microsoft/msgraph-sdk';
import {
  createExternalConnectionFromDiscriminatorValue, serializeExternalConnection, type ExternalConnection,
} from '@microsoft/msgraph-sdk/models/externalConnectors/index.js';
import { createODataErrorFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/oDataErrors/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withServer, type MockServer } from './helpers.ts';

let server: MockServer;

function bearer(token: string, next: Middleware): Middleware {
  return {
    async execute(context: Context) {
      const options = (context.options ??= {});
      if (options.headers instanceof Headers) options.headers.set('Authorization', `Bearer ${token}`);
      else options.headers = { ...(options.headers as Record<string, string> | undefined), Authorization: `Bearer ${token}` };
      await next.execute(context);
    },
    setNext() {},
  };
}
beforeAll(async () => {
  server = await withServer();
});
afterAll(() => server.close());

describe('@microsoft/microsoft-graph-client (classic)', () => {
  it('creates, gets, lists and deletes a connection; errors surface as GraphError', async () => {
    // Its AuthenticationHandler sends tokens to https Graph/custom hosts only; a one-line middleware does it for http://127.0.0.1.
    const client = Client.initWithMiddleware({ baseUrl: server.url, defaultVersion: 'v1.0', middleware: bearer('classic-token', new HTTPMessageHandler()) });
    const auth = {};
    const created = await client.api('/external/connections').headers(auth)
      .post({ id: 'classic1', name: 'Classic', description: 'via microsoft-graph-client' });
    expect(created).toMatchObject({ id: 'classic1', state: 'draft' });
    expect(await client.api('/external/connections/classic1').headers(auth).get()).toMatchObject({ name: 'Classic' });
    expect(await client.api('/external/connections/classic1').headers(auth).select('id,state').get()).toEqual({
      '@odata.context': `${server.url}/v1.0/$metadata#external/connections/$entity`, id: 'classic1', state: 'draft',
    });
    const beta = await client.api('/external/connections/classic1').version('beta').headers(auth).get();
    expect(beta.id).toBe('classic1');
    const list = await client.api('/external/connections').headers(auth).get();
    expect(list.value.map((c: { id: string }) => c.id)).toContain('classic1');
    await client.api('/external/connections/classic1').headers(auth).patch({ description: 'patched' });
    await client.api('/external/connections/classic1').headers(auth).delete();
    await expect(client.api('/external/connections/classic1').headers(auth).get()).rejects.toMatchObject({ statusCode: 404, code: 'itemNotFound' });
  });
});

describe('@microsoft/msgraph-sdk (Kiota request adapter)', () => {
  const tokens: AccessTokenProvider = {
    getAuthorizationToken: async () => 'kiota-token',
    getAllowedHostsValidator: () => new AllowedHostsValidator(new Set(['127.0.0.1'])),
  };

  it('creates and gets a connection with the SDK models and its request adapter', async () => {
    const adapter = new GraphRequestAdapter(new BaseBearerTokenAuthenticationProvider(tokens));
    adapter.baseUrl = `${server.url}/v1.0`;
    const errors = { XXX: createODataErrorFromDiscriminatorValue };

    const post = new RequestInformation(HttpMethod.POST, '{+baseurl}/external/connections');
    post.headers.tryAdd('Accept', 'application/json');
    post.setContentFromParsable(adapter, 'application/json', { id: 'kiota1', name: 'Kiota', description: 'via msgraph-sdk' } as ExternalConnection, serializeExternalConnection);
    const created = await adapter.send<ExternalConnection>(post, createExternalConnectionFromDiscriminatorValue, errors);
    expect(created).toMatchObject({ id: 'kiota1', name: 'Kiota', state: 'draft' });

    const get = new RequestInformation(HttpMethod.GET, '{+baseurl}/external/connections/{id}', { id: 'kiota1' });
    get.headers.tryAdd('Accept', 'application/json');
    const got = await adapter.send<ExternalConnection>(get, createExternalConnectionFromDiscriminatorValue, errors);
    expect(got).toMatchObject({ id: 'kiota1', description: 'via msgraph-sdk', state: 'draft' });

    const missing = new RequestInformation(HttpMethod.GET, '{+baseurl}/external/connections/{id}', { id: 'nothere' });
    await expect(adapter.send<ExternalConnection>(missing, createExternalConnectionFromDiscriminatorValue, errors))
      .rejects.toMatchObject({ responseStatusCode: 404 });
    expect(server.state.get('/external/connections/kiota1')).toMatchObject({ name: 'Kiota' });
  });
});
