/** The site's certificate, read by a TLS handshake (isolated here so tests can point it at their own HTTPS server). */
import tls from 'node:tls';
import type { LookupFunction } from 'node:net';

export interface CertificateInfo {
  /** Whether the chain is trusted for the host name */
  trusted: boolean;
  /** Why not, as Node says it (e.g. CERT_HAS_EXPIRED) */
  problem?: string;
  /** Expiry, ISO 8601 */
  validTo?: string;
  subject?: string;
}

export interface TlsProbeOptions {
  timeoutMs: number;
  ca?: string | Buffer;
  lookup?: LookupFunction;
}

export type CertificateReader = (host: string, port: number) => Promise<CertificateInfo | { unreachable: string }>;

/** Reads the certificate a host presents for its name (SNI), without sending any request. */
export function tlsCertificateReader(options: TlsProbeOptions): CertificateReader {
  return (host, port) =>
    new Promise((resolve) => {
      const socket = tls.connect({
        host,
        port,
        servername: host,
        rejectUnauthorized: false,
        ...(options.ca ? { ca: options.ca } : {}),
        ...(options.lookup ? { lookup: options.lookup } : {}),
      });
      const timer = setTimeout(() => {
        socket.destroy();
        resolve({ unreachable: `no TLS handshake within ${options.timeoutMs} ms` });
      }, options.timeoutMs);
      socket.once('secureConnect', () => {
        clearTimeout(timer);
        const certificate = socket.getPeerCertificate();
        const validTo = certificate.valid_to ? new Date(certificate.valid_to).toISOString() : undefined;
        const problem = socket.authorized ? undefined : String(socket.authorizationError ?? 'untrusted');
        socket.end();
        resolve({
          trusted: socket.authorized,
          ...(problem ? { problem } : {}),
          ...(validTo ? { validTo } : {}),
          ...(certificate.subject?.CN ? { subject: String(certificate.subject.CN) } : {}),
        });
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        resolve({ unreachable: error.message });
      });
    });
}

/** Whole days from `now` until the certificate expires (negative once expired). */
export function daysUntil(validTo: string, now: Date): number {
  return Math.floor((Date.parse(validTo) - now.getTime()) / 86_400_000);
}
