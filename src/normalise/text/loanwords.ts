import anyAscii from 'any-ascii';

/**
 * Messenger platforms whose channels pages pitch ("Join our WhatsApp channel"). Their names are
 * loanwords: a page in Gurmukhi, Malayalam or Thai writes them in its own script, and their
 * sound survives transliteration.
 */
const PLATFORMS = ['whatsapp', 'telegram', 'instagram', 'facebook', 'messenger'];
/** The loanword for the platform's channel (or group): what a pitch invites the reader to join. */
const CHANNELS = ['channel', 'kanal', 'group'];

/**
 * A word's consonant skeleton as heard: vowels, "h" and "y" dropped, letters a script writes with
 * one sign merged (w/v, ph/f, c/s, g/k, b/p, d/t, z/s), doubled ones single. Transliterations of
 * one loanword from different scripts ("vtsaip", "vatsapp", "hovatchep") meet on it.
 */
export function skeleton(word: string): string {
  return word
    .toLowerCase()
    .replace(/ph/g, 'f')
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouhy]/g, '')
    .replace(/w/g, 'v')
    .replace(/[cz]/g, 's')
    .replace(/[gq]/g, 'k')
    .replace(/b/g, 'p')
    .replace(/d/g, 't')
    .replace(/(.)\1+/g, '$1');
}

const PLATFORM_SKELETONS = PLATFORMS.map(skeleton);
const CHANNEL_SKELETONS = CHANNELS.map(skeleton);

/** Words of a call to join a channel, at most. */
const PITCH_MAX_WORDS = 8;

/**
 * "Join our WhatsApp channel" written wholly in a script other than Latin: a short line, with no
 * sentence's end, that names a messenger platform and its channel as loanwords (a case ending may
 * follow either). Which verb says "join" no list need tell: the two loanwords make the pitch.
 */
export function isScriptChannelPitch(line: string): boolean {
  const t = line.trim();
  if (/\p{Script=Latin}/u.test(t) || /[.!?।]$/u.test(t)) return false;
  const words = t.split(/[\s\-–—]+/u).filter((w) => w !== '');
  if (words.length > PITCH_MAX_WORDS) return false;
  const sounds = words.map((w) => anyAscii(w));
  // Some scripts part a loanword in two ("واٹس ایپ"): each pair of neighbours is heard joined too.
  const sk = [...sounds, ...sounds.slice(1).map((w, i) => sounds[i]! + w)].map(skeleton);
  const names = (from: string[]): boolean => sk.some((s) => from.some((p) => s.startsWith(p)));
  return names(PLATFORM_SKELETONS) && names(CHANNEL_SKELETONS);
}
