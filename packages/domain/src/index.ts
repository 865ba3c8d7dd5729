/** The public API of the pure rules package. Nothing here does I/O. */
export * from './errors.ts';
export * from './calendar/index.ts';
export * from './rules/rule-pack.ts';
export * from './rules/packs.ts';
export * from './procedures/types.ts';
export * from './procedures/engine.ts';
export * from './procedures/deadlines.ts';
export * from './procedures/registry.ts';
export * from './procedures/validate.ts';
export * from './procedures/flowchart.ts';
export * from './people/certificate.ts';
export * from './numbering/case-number.ts';
export * from './events/event-hash.ts';
export * from './time/china-time.ts';
export * from './people/party.ts';
export * from './ledger/merkle.ts';
export * from './ledger/note.ts';
