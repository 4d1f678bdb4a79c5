// Learning from complaints: the report over a period, its tables, and its CSV export.
export * from './access';
export * from './complaint-report';
export * from './csv';
export * from './report-csv';
export * from './report-period';
export * from './report-tables';
export * from './complaints-return-export';
