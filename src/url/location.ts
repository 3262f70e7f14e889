/** Whether a source location or CLI target names an http(s) URL rather than a file on disk. */
export const isHttpUrl = (s: string): boolean => /^https?:\/\//i.test(s);
