import { signIdentity, signatureHeaders, signedHeaders, verifyGatewayCall } from '../trust';
import type { Viewer } from '../viewer';

const secrets = { signatureSecrets: ['s'.repeat(32)], identitySecrets: ['i'.repeat(32)] };
const viewer: Viewer = { sub: 'u1', role: 'CENTER_STAFF', jurisdictions: ['220302'], scopes: ['pii:read'] };
const body = '{"query":"{ __typename }"}';

async function codeOf(p: Promise<unknown>): Promise<{ code: unknown; status: unknown }> {
  try {
    await p;
  } catch (e) {
    const ext = (e as { extensions: { code: unknown; http?: { status: number } } }).extensions;
    return { code: ext.code, status: ext.http?.status };
  }
  throw new Error('expected a rejection');
}

describe('the gateway trust chain', () => {
  it('accepts a signed call and returns the viewer it carries', async () => {
    const headers = await signedHeaders(viewer, 'court', body, secrets);
    await expect(verifyGatewayCall(headers, body, 'court', secrets)).resolves.toEqual({ ...viewer, centerId: undefined, departmentId: undefined, agency: undefined });
  });

  it('refuses an unsigned call with 403', async () => {
    expect(await codeOf(verifyGatewayCall({}, body, 'court', secrets))).toEqual({ code: 'GATEWAY_SIGNATURE_REQUIRED', status: 403 });
  });

  it('refuses a body changed after signing, a call for another subgraph, and a stale timestamp with 403', async () => {
    const headers = await signedHeaders(viewer, 'court', body, secrets);
    expect(await codeOf(verifyGatewayCall(headers, body + ' ', 'court', secrets))).toEqual({ code: 'GATEWAY_SIGNATURE_INVALID', status: 403 });
    expect(await codeOf(verifyGatewayCall(headers, body, 'petition', secrets))).toEqual({ code: 'GATEWAY_SIGNATURE_INVALID', status: 403 });
    expect(await codeOf(verifyGatewayCall(headers, body, 'court', secrets, Date.now() + 120_000))).toEqual({ code: 'GATEWAY_SIGNATURE_INVALID', status: 403 });
  });

  it('refuses a forged identity (wrong key, other audience) with 401 even under a valid signature', async () => {
    const forged = await signIdentity({ ...viewer, role: 'ADMIN' }, 'court', 'x'.repeat(32));
    expect(await codeOf(verifyGatewayCall(signatureHeaders('court', body, forged, secrets.signatureSecrets[0]), body, 'court', secrets))).toEqual({ code: 'UNAUTHENTICATED', status: 401 });
    const otherAudience = await signIdentity(viewer, 'petition', secrets.identitySecrets[0]);
    expect(await codeOf(verifyGatewayCall(signatureHeaders('court', body, otherAudience, secrets.signatureSecrets[0]), body, 'court', secrets))).toEqual({ code: 'UNAUTHENTICATED', status: 401 });
  });

  it('accepts the old and the new secret during a rotation', async () => {
    const rotating = { signatureSecrets: ['n'.repeat(32), 's'.repeat(32)], identitySecrets: ['m'.repeat(32), 'i'.repeat(32)] };
    const signedWithOld = await signedHeaders(viewer, 'court', body, secrets);
    await expect(verifyGatewayCall(signedWithOld, body, 'court', rotating)).resolves.toMatchObject({ sub: 'u1' });
    const signedWithNew = await signedHeaders(viewer, 'court', body, rotating);
    await expect(verifyGatewayCall(signedWithNew, body, 'court', rotating)).resolves.toMatchObject({ sub: 'u1' });
    expect(await codeOf(verifyGatewayCall(signedWithNew, body, 'court', secrets))).toMatchObject({ status: 403 });
  });
});
