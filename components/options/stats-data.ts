/**
 * The stats the options page can export, import and reset. An extension page shares the
 * background's origin, so it opens the same IndexedDB database directly; it is opened on
 * first use, not on load, since most visits never touch it.
 */
import { createStatsDb, type StatsDb } from '@/utils/stats/db';
import { exportStatsCsv, exportStatsJson, importStats, type ImportResult, resetStats } from '@/utils/stats/transfer';

export interface StatsData {
  exportJson(): Promise<string>;
  exportCsv(): Promise<string>;
  importText(text: string): Promise<ImportResult>;
  reset(): Promise<void>;
}

export function statsData(open: () => StatsDb = createStatsDb): StatsData {
  let db: StatsDb | null = null;
  const database = () => (db ??= open());
  return {
    exportJson: () => exportStatsJson(database()),
    exportCsv: () => exportStatsCsv(database()),
    importText: (text) => importStats(database(), text),
    reset: () => resetStats(database()),
  };
}
