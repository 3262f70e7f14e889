import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** Round V's section shapes: a subscription mark, a share bar, a labelled trail, a portal's news index. Invented pages. */
const paras = (lines: string[]): string => lines.map((p) => `<p>${p}</p>`).join('\n');

describe("a subscription mark beside the kicker (the paper's initials and a plus)", () => {
  const page = (
    mark: string,
  ): string => `<!DOCTYPE html><html lang="nl"><head><title>Zwembad wordt duurder</title></head>
<body><main><article class="ds-artikel">
<header>
<span class="ds-artikel__kicker">Zwolle</span>
<span class="ds-abo-teken">${mark}</span>
<h1>Renovatie van het buitenbad in Zwolle kost bijna twee keer zoveel</h1>
</header>
${paras([
  'De gemeenteraad schrok van de nieuwe raming: de renovatie van het buitenbad gaat bijna negen miljoen euro kosten.',
  'In het voorjaar ging de gemeente nog uit van vier en een half miljoen, maar de bouwprijzen zijn sindsdien fors gestegen.',
  'De wethouder wil de raad in januari vragen of het bad toch volgend jaar open kan gaan.',
])}
</article></main></body></html>`;

  it('is no section: the kicker before it is', () => {
    expect(normaliseHtmlArticle(page('ZD+'), { url: null }).section).toBe('Zwolle');
    expect(normaliseHtmlArticle(page('Z +'), { url: null }).section).toBe('Zwolle');
  });
});

describe('a share bar under the headline, its buttons anchors without an address', () => {
  const page = (
    button: string,
  ): string => `<!DOCTYPE html><html lang="id"><head><title>Jalur bus baru di desa</title></head>
<body>
<div class="atas"><a href="/">Beranda</a> | <a href="/mastodon/">Mastodon</a> | <a href="/surel/">Surel</a></div>
<div class="rute"><a href="/">Kabar Kota</a> / <a href="/daerah/">Daerah</a> / <a href="/daerah/garut/">Garut</a></div>
<div class="isi">
<div class="judul"><h1>Dua belas jalur bus baru menjangkau desa-desa di pegunungan</h1></div>
<div class="info"><span class="tanggal">7 Desember 2026</span></div>
<div class="teks">${paras([
    'Sejak awal bulan, warga desa di lereng gunung bisa naik bus ke kota tiga kali sehari dengan tarif sepuluh ribu rupiah.',
    'Dinas perhubungan menyebut jalur baru itu dibiayai bersama dengan jasa pengiriman paket yang ikut diangkut bus.',
  ])}</div>
<div class="bagikan">Bagikan: ${button} <a class="srl">Surel</a></div>
</div>
</body></html>`;

  it('names no section: the trail does', () => {
    expect(normaliseHtmlArticle(page('<a class="md">Mastodon</a>'), { url: null }).section).toBe('Garut');
    expect(normaliseHtmlArticle(page('<a href="javascript:;">Mastodon</a>'), { url: null }).section).toBe(
      'Garut',
    );
  });
});

describe('a trail the markup does not name, its label before the first entry', () => {
  const page = (
    label: string,
  ): string => `<!DOCTYPE html><html lang="es"><head><title>Granizo en el valle</title></head>
<body>
<div class="ruta">${label} <a href="/">Portada</a> &gt; <a href="/provincias/">Provincias</a> &gt; <a href="/provincias/mendoza/">Mendoza</a></div>
<div class="contenido"><h1>El granizo arrasó viñedos en el sur del valle</h1>
${paras([
  'La tormenta del sábado dejó daños en casi dos mil hectáreas de viñedos, según la dirección de agricultura.',
  'Los productores piden que se adelanten los fondos de emergencia antes de la cosecha de marzo.',
])}</div>
</body></html>`;

  it("gives the section: the trail's last entry", () => {
    expect(normaliseHtmlArticle(page('Usted está aquí:'), { url: null }).section).toBe('Mendoza');
    expect(normaliseHtmlArticle(page('Ubicación ：'), { url: null }).section).toBe('Mendoza');
  });
});

describe("a portal's news index, one step below the site's front page", () => {
  const body = paras([
    'Biblioteket i centrum öppnar igen på måndag efter att ha varit stängt i fyra månader för renovering.',
    'Läsesalen har fått nya fönster och ventilation, och barnavdelningen har flyttat till bottenvåningen.',
  ]);
  const page = (trail: string, title: string): string => `<!DOCTYPE html><html lang="sv"><head>
<title>${title}</title><meta property="og:site_name" content="Ekby kommun"></head>
<body><main>
<nav aria-label="Breadcrumb"><ol class="breadcrumb">${trail}<li class="active">Biblioteket öppnar igen efter renoveringen</li></ol></nav>
<div class="asset-full-content"><h3 class="asset-title">Biblioteket öppnar igen efter renoveringen</h3>
${body}</div>
</main></body></html>`;
  const li = (href: string, name: string): string => `<li><a href="${href}">${name}</a></li>`;
  const title = 'Biblioteket öppnar igen efter renoveringen - Nyheter - Ekby kommun';

  it('names no section, in the trail or in the <title>', () => {
    const trail = li('/web/ekby', 'Startsida') + li('/web/ekby/nyheter', 'Nyheter');
    expect(normaliseHtmlArticle(page(trail, title), { url: null }).section).toBeNull();
  });

  it('a section below it is one', () => {
    const trail =
      li('/web/ekby', 'Startsida') +
      li('/web/ekby/nyheter', 'Nyheter') +
      li('/web/ekby/nyheter/kultur', 'Kultur');
    expect(normaliseHtmlArticle(page(trail, title), { url: null }).section).toBe('Kultur');
  });

  it("a part of the site's own news is a section of it", () => {
    const trail =
      li('/web/ekby', 'Startsida') +
      li('/web/ekby/kultur', 'Kultur') +
      li('/web/ekby/kultur/nyheter', 'Nyheter');
    expect(
      normaliseHtmlArticle(page(trail, 'Biblioteket öppnar igen efter renoveringen - Ekby kommun'), {
        url: null,
      }).section,
    ).toBe('Nyheter');
  });
});

describe('the <title> naming the news index between the headline and the site', () => {
  const page = (mid: string): string => `<!DOCTYPE html><html lang="fi"><head>
<title>Kirjasto avautuu taas maanantaina | ${mid} | Ekbyn kunta</title><meta property="og:site_name" content="Ekbyn kunta"></head>
<body><main><div class="sisalto"><h1>Kirjasto avautuu taas maanantaina</h1>
${paras([
  'Keskustan kirjasto avautuu maanantaina neljän kuukauden remontin jälkeen, kertoo kunnan tiedote.',
  'Lukusaliin on vaihdettu uudet ikkunat, ja lastenosasto on siirtynyt katutasoon.',
])}</div></main></body></html>`;

  it('names no section; another word there does', () => {
    expect(normaliseHtmlArticle(page('Uutiset'), { url: null }).section).toBeNull();
    expect(normaliseHtmlArticle(page('Kulttuuri'), { url: null }).section).toBe('Kulttuuri');
  });
});
