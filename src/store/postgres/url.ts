/** Database URLs, without the driver: the embedded store's users never load it. */

/** A database URL as logs and errors may show it: no password. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unreadable URL)';
  }
}

/**
 * The schema a URL puts the store in: `?options=-c search_path=NAME` keeps several stores in one
 * database (each migrated into its own schema); `public` otherwise.
 */
export function schemaOf(url: string): string {
  let options: string | null = null;
  try {
    options = new URL(url).searchParams.get('options');
  } catch {
    return 'public';
  }
  return /(?:^|\s)-c\s*search_path=([A-Za-z_][A-Za-z0-9_]*)/.exec(options ?? '')?.[1] ?? 'public';
}

/** Whether a configured store location is a PostgreSQL URL rather than a folder. */
export const isDatabaseUrl = (location: string): boolean => /^postgres(?:ql)?:\/\//i.test(location);

