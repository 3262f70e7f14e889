/**
 * A clock reading alone on a line ("19h05", "7:42 pm", "18.30 Uhr", "01:42:07"): a live blog's
 * stamp over an entry, a player's duration. One pattern for the HTML and text readers.
 */
export const CLOCK_ONLY = /^\d{1,2}[:.h]\d\d(?::\d\d)?(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?$/iu;
