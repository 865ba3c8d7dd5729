/** Types of build.mjs, for the test set-up that calls it. */
export declare const DIST: string;
export declare function serverEntry(options?: { log?: (line: string) => void }): Promise<string | null>;
