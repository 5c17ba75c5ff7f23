import { localizedTextSchema, type LocalizedText } from '@jisr/contracts';
import { z } from 'zod';

/**
 * A phase's training certificate. Names are copied at issue, as on paper: a later rename of the
 * programme does not change what was certified. The code is public; the record holds nothing private.
 */
export interface Certificate {
  /** One per startup and phase: `${startupId}~${programmeId}~${phaseId}`. */
  readonly id: string;
  readonly version: number;
  readonly code: string;
  readonly startupId: string;
  readonly programmeId: string;
  readonly phaseId: string;
  readonly startupName: { readonly latin: string; readonly ar?: string | undefined };
  readonly programmeName: LocalizedText;
  readonly phaseName: LocalizedText;
  readonly issuedAt: string;
}

export const certificateId = (startupId: string, programmeId: string, phaseId: string): string =>
  `${startupId}~${programmeId}~${phaseId}`;

/** What anyone holding the code may read: who, which programme and phase, and when. */
export const certificateViewSchema = z.object({
  code: z.string(),
  verificationUrl: z.string(),
  startupName: z.object({ latin: z.string(), ar: z.string().optional() }),
  programmeId: z.string(),
  phaseId: z.string(),
  programmeName: localizedTextSchema,
  phaseName: localizedTextSchema,
  issuedAt: z.string(),
});
export type CertificateView = z.infer<typeof certificateViewSchema>;

export const viewCertificate = (certificate: Certificate, webUrl: string): CertificateView => ({
  code: certificate.code,
  verificationUrl: new URL(`/certificates/${certificate.code}`, webUrl).toString(),
  startupName: certificate.startupName,
  programmeId: certificate.programmeId,
  phaseId: certificate.phaseId,
  programmeName: certificate.programmeName,
  phaseName: certificate.phaseName,
  issuedAt: certificate.issuedAt,
});
