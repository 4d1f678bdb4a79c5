// The period form reads dates typed dd/mm/yyyy into the report's period, naming the field that is wrong.
import { describe, expect, it } from 'vitest';
import { formValuesOf, periodForm } from '../../../../../renderer/features/reports/period-form';

describe('periodForm', () => {
  it('reads dd/mm/yyyy into London dates', () => {
    expect(periodForm.parse({ from: '1/11/2026', to: ' 30/11/2026 ' })).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });

  it.each([
    [{ from: '', to: '30/11/2026' }, ['from'], 'Give the first date'],
    [{ from: '01/11/2026', to: '31/11/2026' }, ['to'], 'Last date must be a real date written dd/mm/yyyy, like 01/11/2026'],
    [{ from: '2026-11-01', to: '30/11/2026' }, ['from'], 'First date must be a real date written dd/mm/yyyy, like 01/11/2026'],
    [{ from: '30/11/2026', to: '01/11/2026' }, ['to'], 'The end of the period must be on or after its start'],
  ])('refuses %j at %j: %s', (values, path, message) => {
    const result = periodForm.safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([{ path, message }]);
  });

  it('shows a period as the fields show it', () => {
    expect(formValuesOf({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '01/11/2026', to: '30/11/2026' });
  });
});
