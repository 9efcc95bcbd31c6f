import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, text } from './problem';
import { pkceChallenge, sessionFromIdToken, base64UrlEncode } from './auth';
import { awaitDecided, putWithProgress, rejectionReason, sendableHeaders, sha256 } from './upload';
import { query } from './api';
import { daysUntil } from './format';
import proposal422 from '../test/fixtures/proposal-422.json';
import transition422 from '../test/fixtures/transition-422.json';
import ticket from '../test/fixtures/upload-ticket.json';
import type { UploadTicket } from './types';

afterEach(() => vi.unstubAllGlobals());

describe('problem+json', () => {
  it('names each bad field of a rejected proposal, nested members by their dotted path', () => {
    const e = new ApiError(422, proposal422);
    expect(e.byField()).toEqual({
      'partner.email': 'paling sedikit 3 karakter',
      title: 'wajib diisi',
      durationMonths: 'harus antara 1 dan 60',
    });
  });

  it('turns unmet conditions of a transition into errors of the member that fixes them', () => {
    const byField = new ApiError(422, transition422).byField();
    expect(Object.keys(byField)).toEqual(['documents']);
    expect(byField.documents).toContain('Studi kelayakan belum diunggah');
  });

  it('reads the read side’s {id, en} messages in the page’s language', () => {
    expect(text({ id: 'baris kosong', en: 'empty row' }, 'en')).toBe('empty row');
    expect(text({ id: 'baris kosong', en: 'empty row' }, 'id')).toBe('baris kosong');
    expect(text('sudah satu bahasa', 'en')).toBe('sudah satu bahasa');
  });
});

describe('sign-in', () => {
  it('computes the PKCE S256 challenge of RFC 7636 appendix B', async () => {
    expect(await pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('reads the groups, department and expiry of a Cognito ID token', () => {
    const payload = { sub: 'x', email: 'dinkes@sikerja.local', 'cognito:groups': ['opd'], 'custom:opd': 'DINKES', exp: 2_000_000_000 };
    const enc = (o: object) => base64UrlEncode(new TextEncoder().encode(JSON.stringify(o)));
    const s = sessionFromIdToken(`${enc({ alg: 'RS256' })}.${enc(payload)}.sig`);
    expect(s).toMatchObject({ email: 'dinkes@sikerja.local', groups: ['opd'], opd: 'DINKES', expiresAt: 2_000_000_000_000 });
  });
});

describe('uploads', () => {
  it('hashes a file with SHA-256 in hex', async () => {
    expect(await sha256(new Blob(['abc']))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('sends the signed headers but leaves Content-Length to the browser', () => {
    expect(sendableHeaders(ticket.upload.headers)).toEqual({
      'x-amz-checksum-sha256': ticket.upload.headers['x-amz-checksum-sha256'],
      'content-type': 'application/pdf',
    });
  });

  it('PUTs to the pre-signed URL and reports progress until done', async () => {
    const sent: Record<string, unknown> = { headers: {} as Record<string, string> };
    class FakeXhr {
      status = 200;
      upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
      onload?: () => void;
      onerror?: () => void;
      open(method: string, url: string) { sent.method = method; sent.url = url; }
      setRequestHeader(n: string, v: string) { (sent.headers as Record<string, string>)[n] = v; }
      send(body: Blob) {
        sent.body = body;
        this.upload.onprogress?.({ lengthComputable: true, loaded: 20, total: 47 });
        this.onload?.();
      }
    }
    const progress: number[] = [];
    await putWithProgress(ticket as UploadTicket, new Blob(['x']), (f) => progress.push(f), () => new FakeXhr() as unknown as XMLHttpRequest);
    expect(sent.method).toBe('PUT');
    expect(sent.url).toBe(ticket.upload.url);
    expect(sent.headers).not.toHaveProperty('content-length');
    expect(progress).toEqual([20 / 47, 1]);
  });

  it('fails when storage refuses the bytes', async () => {
    class Refused { status = 403; upload = {}; onload?: () => void; open() {} setRequestHeader() {} send() { this.onload?.(); } }
    await expect(putWithProgress(ticket as UploadTicket, new Blob(['x']), () => {}, () => new Refused() as unknown as XMLHttpRequest))
      .rejects.toThrow('403');
  });

  it('waits while the upload is pending and returns the decision', async () => {
    const answers = [[{ documentId: 'd', status: 'PENDING' }], [{ documentId: 'd', status: 'REGISTERED', version: 2 }]];
    const decided = await awaitDecided(async () => answers.shift() as never, 'd', { intervalMs: 1 });
    expect(decided).toMatchObject({ status: 'REGISTERED', version: 2 });
  });

  it('says why an upload was rejected, as the partner’s view and as the officers’ routes say it', () => {
    const partner = { documentId: 'd', type: 'KB_SIGNED', typeLabel: 'KB', fileName: 'kb.pdf', status: 'REJECTED', requestedAt: '2026-01-05T01:00:00Z',
      decidedAt: '2026-01-05T01:00:05Z', version: null, reasonCode: 'content_type_mismatch', reason: 'Jenis berkas tidak sesuai', reasonEn: null } as const;
    expect(rejectionReason(partner)).toBe('Jenis berkas tidak sesuai');
    expect(rejectionReason({ ...partner, reason: null })).toBe('content_type_mismatch');
    const officer = { documentId: 'd', type: 'KB_SIGNED', label: 'KB', fileName: 'kb.pdf', contentType: 'application/pdf', size: 10, sha256: 'a'.repeat(64),
      status: 'REJECTED', requestedAt: '2026-01-05T01:00:00Z', uploadedBy: { id: 'u', role: 'OPD' }, rejection: { code: 'size_mismatch', message: 'Ukuran berbeda' } } as const;
    expect(rejectionReason(officer)).toBe('Ukuran berbeda');
  });
});

describe('helpers', () => {
  it('leaves empty filters out of the query string', () => {
    expect(query({ q: 'kesehatan', category: '', year: undefined, limit: 20 })).toBe('?q=kesehatan&limit=20');
    expect(query({})).toBe('');
  });

  it('counts days to a business date', () => {
    expect(daysUntil('2026-11-29', new Date(2026, 10, 22))).toBe(7);
    expect(daysUntil('2026-11-20', new Date(2026, 10, 22))).toBe(-2);
  });
});
