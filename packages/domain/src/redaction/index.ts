export * from './types.ts';
export * from './rules.ts';
export * from './engine.ts';
export { luhnValid, isIdNumber15, isIdNumber18 } from './checks.ts';
export { maskName, maskAddress, maskDigits, maskFixedPhone, maskPlate } from './masks.ts';
export { PROTECTED_NAMES, type ProtectedKind } from './protected.ts';
