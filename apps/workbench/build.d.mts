/** Types of build.mjs, for the server and the test set-up that call it. */
export declare const DIST: string;
export declare function sourceDigest(): string;
export declare function isStale(): boolean;
export declare function ensureBuilt(options?: { log?: (line: string) => void; force?: boolean }): Promise<boolean>;
