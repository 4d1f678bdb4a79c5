// The exported CSV file's bytes: UTF-8 after a byte-order mark, so spreadsheets read £ as it is.
import { describe, expect, it } from 'vitest';
import { csvBytes } from '../../../../../renderer/features/reports/csv-file';

describe('csvBytes', () => {
  it('starts with the UTF-8 byte-order mark and encodes £ as UTF-8', () => {
    expect([...csvBytes('£1\r\n')]).toEqual([0xef, 0xbb, 0xbf, 0xc2, 0xa3, 0x31, 0x0d, 0x0a]);
  });
});
