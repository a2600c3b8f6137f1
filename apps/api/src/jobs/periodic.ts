/** Background jobs of the server: overdue follow-ups become fails; expired patron details go. */
import type { FastifyBaseLogger } from 'fastify';
import type { ServiceContext } from '../services/context';
import { purgeExpiredOriginals } from '../services/privacy';
import { judgeOverdueFollowUps } from '../services/rescore';

export function runJobsOnce(ctx: ServiceContext): { overdue: number; purged: number } {
  return { overdue: judgeOverdueFollowUps(ctx), purged: purgeExpiredOriginals(ctx) };
}

export function startJobs(ctx: ServiceContext, seconds: number, log: FastifyBaseLogger): () => void {
  if (seconds <= 0) return () => {};
  const tick = () => {
    try {
      const r = runJobsOnce(ctx);
      if (r.overdue || r.purged) log.info(r, 'periodic jobs');
    } catch (err) {
      log.error({ err }, 'periodic jobs failed');
    }
  };
  tick();
  const timer = setInterval(tick, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
