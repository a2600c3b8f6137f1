import { z } from 'zod';

/** Every setting the server reads. This is the only module that reads process.env. */
const envSchema = z.object({
  PORT: z.coerce.number({ error: 'must be a port number' }).int('must be a whole number').min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default('file:./data/qa.sqlite'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** largest request body accepted, in bytes (413 beyond) */
  BODY_LIMIT: z.coerce.number({ error: 'must be a number of bytes' }).int().min(1024).default(50 * 1024 * 1024),
  /** how long redacted patron details are kept for follow-up, in days */
  RETENTION_DAYS: z.coerce.number({ error: 'must be a number of days' }).int().min(0).default(90),
  /** how often the follow-up and retention jobs run, in seconds (0: never) */
  JOB_INTERVAL_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int().min(0).default(300),
  /** worker threads that validate and score large uploads while the main thread stores ("auto": one per core but one; 0: none) */
  INGEST_WORKERS: z
    .union([z.literal('auto'), z.coerce.number({ error: 'must be "auto" or a number of threads' }).int('must be a whole number').min(0).max(64)])
    .default('auto'),
  /** sign-in cookie lifetime, in hours */
  SESSION_HOURS: z.coerce.number().int().min(1).default(12),
  /** mark the cookie Secure (set when served over HTTPS) */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Validates the environment once; the error names every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') picked[key] = v;
  }
  const parsed = envSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}=${JSON.stringify(picked[String(i.path[0])] ?? '')}: ${i.message}`);
    throw new ConfigError(`Invalid settings in the environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const defaultConfig = (): Config => envSchema.parse({});
