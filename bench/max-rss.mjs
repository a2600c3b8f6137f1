// Preloaded into a child process by the benchmark: on exit, writes the peak RSS (MB) to $BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS / 1024));
});
