export * from './fields.ts';
export * from './build.ts';
export * from './periods.ts';
export * from './lifecycle.ts';
export * from './sector-rules.ts';
export * from './early-stop.ts';
export * from './credit-repair.ts';
