export * from './benchmark.ts';
export * from './similar-cases.ts';
