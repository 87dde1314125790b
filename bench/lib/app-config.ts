import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../server/config';

/**
 * The app's configuration for a bench: production settings on `publicUrl`, no worker, no rate
 * limits, no demo data, and the database the bench made (`env`).
 */
export function benchAppConfig(publicUrl: string, env: Record<string, string> = {}) {
  return loadConfig({
    NODE_ENV: 'production',
    PUBLIC_URL: publicUrl,
    AUTH_SECRET: randomBytes(24).toString('hex'),
    LOG_LEVEL: 'warn',
    RUN_WORKER: 'false',
    RATE_LIMITS: 'false',
    DEMO_DATA: 'false',
    ...env,
  });
}
