import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round L page shapes, invented: a writer's role after a comma in a script without case, the
 * language's "by" that is a given name elsewhere, a label closed by the Ethiopic preface colon, a
 * box classed for the reporter, a desk's role before its place, a credit's medium word before a
 * pipe in a sibling Brahmic script.
 */

const TELUGU = [
  'నగరంలోని పాత చెరువు పునరుద్ధరణ పనులు సోమవారం ప్రారంభమయ్యాయి, ఈ పనులు మూడు నెలల్లో పూర్తవుతాయని అధికారులు తెలిపారు.',
  'చెరువు చుట్టూ నడక దారి, పిల్లల ఆట స్థలం, కొత్త దీపాలు ఏర్పాటు చేయనున్నట్లు మున్సిపల్ కమిషనర్ చెప్పారు.',
  'స్థానికులు ఈ నిర్ణయాన్ని స్వాగతించారు, వర్షాకాలానికి ముందే పనులు పూర్తి కావాలని కోరారు.',
];

const page = (lang: string, head: string, header: string, figure: string, paras: readonly string[]): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>x</title>${head}</head><body><main><article>
<header><h1>${paras[0]!.slice(0, 40)}</h1>${header}</header>${figure}
<div class="body">${paras.map((p) => `<p>${p}</p>`).join('')}</div></article></main></body></html>`;

const ld = (name: string): string =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","author":[{"@type":"Person","name":"${name}"}]}</script>`;

describe("a writer's role after a comma, in a script without case", () => {
  it('keeps the name the structured data gives', () => {
    const html = page(
      'te',
      ld('లక్ష్మీ ప్రసన్న'),
      '<span class="author">లక్ష్మీ ప్రసన్న, నగర వ్యవహారాల ప్రతినిధి</span>',
      '',
      TELUGU,
    );
    expect(normaliseHtmlArticle(html, { url: null }).byline).toBe('లక్ష్మీ ప్రసన్న');
  });
});

const INDONESIAN = [
  'Pemerintah kota mulai membangun jembatan penyeberangan baru di dekat pasar induk, proyek yang ditargetkan selesai akhir tahun.',
  'Jembatan itu dibuat oleh kontraktor daerah dan akan dilengkapi lift untuk warga lanjut usia serta penyandang disabilitas.',
  'Selama pembangunan, sebagian jalur kendaraan di depan pasar ditutup dan lalu lintas dialihkan ke jalan samping.',
];

describe('"by" in the page\'s language, a given name in another', () => {
  it('is dropped before two names', () => {
    const html = page(
      'id',
      '',
      '<span class="byline">Oleh Sari Wulandari dan Bagus Pratama</span>',
      '',
      INDONESIAN,
    );
    expect(normaliseHtmlArticle(html, { url: null }).byline).toBe('Sari Wulandari dan Bagus Pratama');
  });
});

const TIGRINYA = [
  'ምምሕዳር ከተማ ኣብ ከባቢ ዓቢ ዕዳጋ ሓድሽ ድልድል ክሃንጽ ጀሚሩ ኣሎ፣ እቲ ስራሕ ኣብ ውሽጢ ሰለስተ ኣዋርሕ ክዛዘም እዩ።',
  'ነበርቲ እቲ ከባቢ ነዚ ውሳነ ብሓጎስ ተቐቢሎምዎ፣ ቅድሚ ክረምቲ ክውዳእ ድማ ሓቲቶም።',
  'ኣብ እዋን ስራሕ ገለ ካብቲ መገዲ ንተሽከርከርቲ ዕጹው ክኸውን እዩ።',
];

describe('a label closed by the Ethiopic preface colon', () => {
  it('is dropped before the name', () => {
    const html = page('ti', '', '<span class="author">ጸሓፊ፦ ሃብተም ተኽለ</span>', '', TIGRINYA);
    expect(normaliseHtmlArticle(html, { url: null }).byline).toBe('ሃብተም ተኽለ');
  });
});

const HINDI = [
  'नगर निगम ने पुराने बाज़ार के पास नए पुल का निर्माण शुरू कर दिया है, जिसके अगले साल तक पूरा होने की उम्मीद है।',
  'अधिकारियों ने बताया कि पुल बनने से शहर के दोनों हिस्सों के बीच की दूरी आधी रह जाएगी।',
  'निर्माण के दौरान बाज़ार की ओर जाने वाली सड़क पर यातायात आंशिक रूप से बंद रहेगा।',
];

describe('a box classed for the reporter', () => {
  it('holds the byline after its label', () => {
    const html = page(
      'hi',
      '',
      '<div class="meta"><span class="reporter">संवाददाता: अनुराधा मिश्रा</span></div>',
      '',
      HINDI,
    );
    expect(normaliseHtmlArticle(html, { url: null }).byline).toBe('अनुराधा मिश्रा');
  });

  it("names no one when it prints a desk's role and its place", () => {
    const html = page(
      'hi',
      '',
      '<div class="meta"><span class="reporter">Staff Reporter, Lucknow</span></div>',
      '',
      HINDI,
    );
    expect(normaliseHtmlArticle(html, { url: null }).byline).toBeNull();
  });
});

describe("a credit's medium word before a pipe, in a sibling Brahmic script", () => {
  it('is dropped from the credit', () => {
    const figure =
      '<figure><img src="https://img.example/cheruvu.jpg" alt=""><figcaption>పునరుద్ధరణ పనులు జరుగుతున్న చెరువు. <span class="credit">ఫోటో | నగర వార్తలు</span></figcaption></figure>';
    const html = page('te', '', '', figure, TELUGU);
    expect(normaliseHtmlArticle(html, { url: null }).image?.credit).toBe('నగర వార్తలు');
  });
});
