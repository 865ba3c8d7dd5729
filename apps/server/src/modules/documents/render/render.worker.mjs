// The document renderer's worker thread: runs the TypeScript sources through tsx, like the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./render.worker-main.ts');
