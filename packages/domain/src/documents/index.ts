export * from './document-model.ts';
export * from './document-templates.ts';
