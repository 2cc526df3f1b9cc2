/** Types for chromium.mjs, which the runner scripts use as plain JavaScript. */
export function findChromium(): string | undefined;
export function ensureChromium(): string;
export const CHROMIUM_ARGS: string[];
