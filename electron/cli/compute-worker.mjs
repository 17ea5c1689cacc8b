// Worker bootstrap for source mode (npm run serve runs TypeScript through tsx, which workers do not inherit).
import { register } from 'tsx/esm/api';

register();
await import('../backend/compute-worker.ts');
