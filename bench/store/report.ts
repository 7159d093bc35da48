// The results table: one row per measure, with its budget and PASS/FAIL where it has one.
import type { LatencyResult } from './latency';

export interface ReportRow {
  section: string;
  measure: string;
  value: string;
  budget?: string;
  /** Absent for measures reported without a budget. */
  pass?: boolean;
}

export const formatMs = (ms: number) => (ms < 10 ? `${ms.toFixed(2)} ms` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`);
export const formatCount = (count: number) => Math.round(count).toLocaleString('en-US');
export const formatBytes = (bytes: number) => (bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GiB` : `${(bytes / 1024 ** 2).toFixed(1)} MiB`);

export function latencyRow(section: string, result: LatencyResult): ReportRow {
  const value = `p50 ${formatMs(result.p50)} · p95 ${formatMs(result.p95)}  (n=${formatCount(result.samples)}, ${formatCount(result.rows)} rows)`;
  if (result.budgetMs === undefined) return { section, measure: result.name, value };
  return { section, measure: result.name, value, budget: `p95 < ${result.budgetMs} ms`, pass: result.p95 < result.budgetMs };
}

export function printReport(rows: readonly ReportRow[]): void {
  const widths = {
    measure: Math.max(...rows.map((row) => row.measure.length)),
    value: Math.max(...rows.map((row) => row.value.length)),
    budget: Math.max(6, ...rows.map((row) => (row.budget ?? '').length)),
  };
  const line = (measure: string, value: string, budget: string, result: string) =>
    `${measure.padEnd(widths.measure)}  ${value.padEnd(widths.value)}  ${budget.padEnd(widths.budget)}  ${result}`;
  const rule = '─'.repeat(widths.measure + widths.value + widths.budget + 12);
  console.log(`\n${line('Measure', 'Value', 'Budget', 'Result')}`);
  let section = '';
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      console.log(`${rule}\n${section}`);
    }
    console.log(line(row.measure, row.value, row.budget ?? '—', row.pass === undefined ? '' : row.pass ? 'PASS' : 'FAIL'));
  }
  console.log(rule);
}
