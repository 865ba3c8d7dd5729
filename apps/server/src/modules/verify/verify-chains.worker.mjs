// A worker thread of `sanxiang verify`: runs the TypeScript sources through tsx, like the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./verify-chains.worker-main.ts');
