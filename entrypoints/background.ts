import { createStatsDb } from '@/utils/stats/db';
import { registerStatsHandler } from '@/utils/stats/handler';

export default defineBackground(() => {
  registerStatsHandler(createStatsDb());
});
