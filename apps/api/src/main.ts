/** `npm start` (and `npm run demo` with --demo): the API and the dashboard on one port. */
import { ConfigError, loadConfig } from './config';
import { buildApp } from './app';
import { seedDemo } from './demo';
import { startJobs } from './jobs/periodic';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const app = await buildApp({ config });
  if (process.argv.includes('--demo')) {
    app.log.info('seeding demo data (first run only)…');
    const r = await seedDemo(app.services, { onProgress: (n) => app.log.info(`${n} demo sessions stored`) });
    if (r.sessions) app.log.info(`${r.sessions} demo sessions stored`);
  }
  const stopJobs = startJobs(app.services, config.JOB_INTERVAL_SECONDS, app.log);
  app.addHook('onClose', async () => stopJobs());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app.close().then(() => process.exit(0));
    });
  }
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`AskQA is running at ${address.replace('[::1]', 'localhost')}  (API docs: ${address}/api/docs)`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
