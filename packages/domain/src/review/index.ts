export * from './catalog.ts';
export * from './checklist.ts';
export * from './proposal.ts';
export * from './prechecks.ts';
export * from './review-process.ts';
export * from './staffing.ts';
