/**
 * The colons scripts print after a label ("Photo:", "图：", Khmer "៖", Ethiopic "፡", "፥" and "፦",
 * Mongolian "᠄"): Unicode's colon marks of each script (the Ethiopic wordspace "፡" serves as the
 * label's colon since words are parted by spaces), as the body of a regular expression's class.
 */
export const LABEL_COLONS = ':：﹕៖፡፥፦᠄';
