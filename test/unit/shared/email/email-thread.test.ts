// Case references in an email's subject, for offering a reply on its case: both series, each once.
import { describe, expect, it } from 'vitest';
import { caseReferencesIn } from '../../../../shared/email/email-thread';

describe('caseReferencesIn', () => {
  it('finds complaint and staff-series references, once each, in upper case', () => {
    expect(caseReferencesIn('Re: your complaint jesq-2026-000123 and JESQ-2026-S00001 (JESQ-2026-000123)')).toEqual(['JESQ-2026-000123', 'JESQ-2026-S00001']);
  });

  it('ignores what only looks like a reference', () => {
    expect(caseReferencesIn('Order JESQ-2026-12345, JESQ-2026-S0001, XJESQ-2026-000123')).toEqual([]);
  });
});
