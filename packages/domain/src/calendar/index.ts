export * from './calendar.ts';
export * from './holidays-data.ts';
export * from './import.ts';
