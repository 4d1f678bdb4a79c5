// Runs the report for a period and follows its progress: counting (with how far), ready, refused or failed.
import { useEffect, useState } from 'react';
import type { Viewer } from '../../../shared/policy';
import type { ComplaintReport, ReportPeriod } from '../../../shared/reports';
import { db } from '../../store/desk';
import { readComplaintReport } from '../../store/reports';

export type ReportState =
  | { status: 'counting'; counted: number; total: number | null }
  | { status: 'ready'; report: ComplaintReport }
  | { status: 'refused'; missing: string[] }
  | { status: 'failed'; message: string };

export function useComplaintReport(period: ReportPeriod, viewer: Viewer): ReportState {
  const key = `${period.from}|${period.to}|${viewer.userId}|${viewer.role}`;
  const [current, setCurrent] = useState<{ key: string; state: ReportState } | null>(null);
  const { from, to } = period;
  const { userId, role } = viewer;

  useEffect(() => {
    let cancelled = false;
    const show = (state: ReportState) => {
      if (!cancelled) setCurrent({ key, state });
    };
    readComplaintReport(db, { from, to }, { userId, role }, new Date().toISOString(), (counted, total) => show({ status: 'counting', counted, total }))
      .then((reading) => show(reading.ok ? { status: 'ready', report: reading.report } : { status: 'refused', missing: reading.missing }))
      .catch((error: unknown) => show({ status: 'failed', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      cancelled = true;
    };
  }, [key, from, to, userId, role]);

  return current?.key === key ? current.state : { status: 'counting', counted: 0, total: null };
}
