/** Files: SHA-256 in the browser, the pre-signed PUT with progress, and waiting for the API to register it. */
import type { DocumentType, UploadDeclaration, UploadStatus, UploadTicket } from './types';
import { NetworkError } from './problem';
import { i18n } from './i18n';

export function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The file's SHA-256 as 64 lower-case hex characters, computed with WebCrypto. */
export async function sha256(file: Blob): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
}

export function contentTypeOf(file: File): string {
  if (file.type) return file.type;
  const name = file.name.toLowerCase();
  if (name.endsWith('.pdf')) return 'application/pdf';
  if (name.endsWith('.docx')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (name.endsWith('.png')) return 'image/png';
  if (name.endsWith('.jpg') || name.endsWith('.jpeg')) return 'image/jpeg';
  return 'application/octet-stream';
}

export async function declaration(type: DocumentType, file: File): Promise<UploadDeclaration> {
  return { type, fileName: file.name, contentType: contentTypeOf(file), size: file.size, sha256: await sha256(file) };
}

/** Headers of the ticket a browser may send: it sets Content-Length and Host itself (forbidden to scripts). */
export function sendableHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!['content-length', 'host'].includes(name.toLowerCase())) out[name] = value;
  }
  return out;
}

/**
 * PUTs the file to the ticket's pre-signed URL with the headers it names, reporting progress (0..1). XHR, not
 * fetch: only XHR reports upload progress.
 */
export function putWithProgress(
  ticket: UploadTicket,
  file: Blob,
  onProgress: (fraction: number) => void,
  xhrFactory: () => XMLHttpRequest = () => new XMLHttpRequest(),
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = xhrFactory();
    xhr.open(ticket.upload.method || 'PUT', ticket.upload.url);
    for (const [name, value] of Object.entries(sendableHeaders(ticket.upload.headers))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve();
      } else {
        reject(new Error(i18n.global.t('upload.putFailed', { status: xhr.status })));
      }
    };
    xhr.onerror = () => reject(new NetworkError('upload: network error'));
    xhr.send(file);
  });
}

/** Why an upload was rejected: the partner's view says it as `reason`/`reasonCode`, the officers' routes as `rejection`. */
export function rejectionReason(u: UploadStatus, locale = 'id'): string {
  if ('rejection' in u && u.rejection) return u.rejection.message;
  if ('reasonCode' in u) return (locale === 'en' && 'reasonEn' in u ? u.reasonEn : null) ?? u.reason ?? u.reasonCode ?? '';
  return '';
}

/** Polls a listing until the upload is decided (registered or rejected); S3 notifies the API asynchronously. */
export async function awaitDecided<U extends UploadStatus>(
  list: () => Promise<U[]>,
  documentId: string,
  { timeoutMs = 60_000, intervalMs = 500 } = {},
): Promise<U> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await list()).find((u) => u.documentId === documentId);
    if (found && found.status !== 'PENDING') return found;
    if (Date.now() > deadline) throw new Error(i18n.global.t('upload.stillPending'));
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
