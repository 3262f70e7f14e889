import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round W, HTML: page builders and help centres. Invented pages: a related heading over a pager of
 * the previous and next post; a help centre's author box printing the date and a status after the
 * linked name; a blog's category link under a category base in the site's language; a builder's
 * author box of a label part and a name part; a builder's card grid in a section of its own after
 * the text's section; a news extension's headline boxed alone, its category in the row after.
 */

const read = (html: string) => normaliseHtmlArticle(html, { url: 'https://przyklad.test/wpis/artykul' });
const paras = (ps: string[]): string => ps.map((p) => `<p>${p}</p>`).join('');

const PL = [
  'Rada osiedla postanowiła w czwartek, że plac zabaw przy ulicy Lipowej zostanie rozbudowany jeszcze przed wakacjami.',
  'Nowe urządzenia wybrali sami mieszkańcy w internetowym głosowaniu, w którym wzięło udział ponad czterysta osób.',
  'Prace mają potrwać sześć tygodni, a w tym czasie dzieci będą mogły korzystać z placu przy szkole podstawowej.',
];

describe('a related heading over a pager: the previous and the next post, marked so by class', () => {
  const html = `<!DOCTYPE html><html lang="pl"><head><title>x</title></head><body><main><article class="wpis">
    <h1>Plac zabaw przy Lipowej będzie większy</h1>${paras(PL)}
    <section class="post-pagination" aria-label="Powiązane wpisy"><h2 class="pagination-title">Powiązane wpisy</h2>
      <a class="pagination-link pagination-link--prev" href="/blog/festyn-sasiedzki"><div class="pagination-label">Poprzedni</div><h2 class="pagination-title">Festyn sąsiedzki odbędzie się w czerwcu</h2></a>
      <a class="pagination-link pagination-link--next" href="/blog/nowe-lawki"><div class="pagination-label">Następny</div><h2 class="pagination-title">Na skwerze stanęło dziesięć nowych ławek</h2></a>
    </section></article></main></body></html>`;
  const r = read(html);
  it('takes no related story from the pager', () => {
    expect(r.related).toEqual([]);
  });
  it('keeps the text whole', () => {
    expect(r.body).toEqual(PL);
  });
});

const NL = [
  'Met tweestapsverificatie beveiligt u uw account met een eenmalige code uit een authenticator-app naast uw wachtwoord.',
  'Beheerders kunnen tweestapsverificatie verplicht stellen voor alle gebruikers van hun werkruimte.',
  'Bewaar de herstelcodes op een veilige plek: elke code werkt precies één keer.',
];

describe('a help centre’s author box: the linked name, then the date and a status word', () => {
  const html = `<!DOCTYPE html><html lang="nl"><head><title>x</title></head><body><main><article class="article">
    <header class="article-header"><h1 class="article-title">Tweestapsverificatie instellen</h1>
      <div class="article-author"><div class="avatar article-avatar"><img src="/foto/ms.png" alt="" class="user-avatar"></div>
        <div class="article-meta"><a href="/hc/nl/profiles/812-Marieke-Smits">Marieke Smits</a>
          <ul class="meta-group"><li class="meta-data"><time datetime="2026-05-04T09:12:00Z">4 mei 2026 11:12</time></li><li class="meta-data">Bijgewerkt</li></ul>
        </div></div></header>
    <section class="article-info"><div class="article-body">${paras(NL)}</div></section>
    </article></main></body></html>`;
  it('reads the linked name as the byline', () => {
    expect(read(html).byline).toBe('Marieke Smits');
  });
});

const CS = [
  'Městský úřad v pondělí otevřel nově opravený park u řeky, který byl dva roky uzavřený kvůli povodňovým škodám.',
  'V parku přibyly nové cesty pro pěší i cyklisty, dětské hřiště a dvě stovky vysazených stromů.',
  'Opravu zaplatilo město spolu s krajem, celkem stála přes dvacet milionů korun.',
];

describe('a blog’s category link under a base in the site’s language, the post’s box naming its slug', () => {
  const html = `<!DOCTYPE html><html lang="cs"><head><title>x</title></head><body>
    <div class="site-content"><div class="post-512 post type-post status-publish category-zelen-a-parky">
      <div class="entry-head"><h1 class="entry-title">Park u řeky je znovu otevřený</h1>
        <ul class="post-info"><li><time>12. května 2026</time></li><li><span class="post-info__terms"><a href="/kategorie/zelen-a-parky/">Zeleň a parky</a></span></li></ul></div>
      <div class="entry-content">${paras(CS)}</div>
    </div></div></body></html>`;
  it('reads the linked category as the section', () => {
    expect(read(html).section).toBe('Zeleň a parky');
  });
});

const PT = [
  'Desenhámos trinta candeeiros em cortiça para uma livraria antiga no centro do Porto, a partir de restos de rolhas.',
  'Cada peça foi torneada à mão na nossa oficina e leva cerca de dois dias a secar antes do acabamento.',
  'A livraria reabriu em outubro e os candeeiros ficaram pendurados sobre as mesas de leitura do primeiro andar.',
];

const builderPage = (
  hero: string,
  after: string,
): string => `<!DOCTYPE html><html lang="pt"><head><title>x</title></head><body>
  <section class="section-hero"><div class="container"><div class="hero-wrapper">
    <h1 class="heading-post">Cortiça e luz para uma livraria do Porto</h1>${hero}
  </div></div></section>
  <section class="section-post-body"><div class="container-small"><div class="post-richtext w-richtext">${paras(PT)}</div></div></section>
  ${after}
  <footer class="footer"><div class="footer-small">© 2026 Oficina Sobreiro</div></footer></body></html>`;

describe('a builder’s author box: a label part, then the part its class calls the name', () => {
  const html = builderPage(
    '<div class="author-block"><img src="/retrato.jpg" alt="" class="author-avatar"><div class="author-text">Escrito por</div><div class="author-name">Inês Carvalhal</div><div class="reading-time">4 min</div></div>',
    '',
  );
  it('reads the name part, not the label', () => {
    expect(read(html).byline).toBe('Inês Carvalhal');
  });
});

describe('a builder’s grid of story cards in a section of its own right after the text’s section', () => {
  const html = builderPage(
    '',
    `<section class="section-more"><div class="container-large"><h2 class="heading-more">Outros artigos</h2>
      <div class="w-dyn-list"><div role="list" class="more-grid w-dyn-items">
        <div role="listitem" class="w-dyn-item"><a href="/diario/rolhas" class="post-card"><div class="pill">Materiais</div><h3 class="card-heading">O que fazemos com cem quilos de rolhas</h3></a></div>
        <div role="listitem" class="w-dyn-item"><a href="/diario/feira" class="post-card"><div class="pill">Eventos</div><h3 class="card-heading">Três dias numa feira de design em Milão</h3></a></div>
      </div></div></div></section>`,
  );
  const r = read(html);
  it('reads the cards’ titles as related stories', () => {
    expect(r.related).toEqual([
      'O que fazemos com cem quilos de rolhas',
      'Três dias numa feira de design em Milão',
    ]);
  });
  it('keeps the text whole', () => {
    expect(r.body).toEqual(PT);
  });
});

describe('a grid after a layout of text and sidebar: the page’s, not the story’s', () => {
  const html = `<!DOCTYPE html><html lang="pt"><head><title>x</title></head><body>
    <div class="page"><div class="page__main"><h1>Cortiça e luz para uma livraria do Porto</h1>${paras(PT)}</div>
      <aside class="page__aside"><h3>Visite a oficina</h3><p>De terça a sábado, das 10 às 18 horas.</p></aside></div>
    <section class="more"><h2>Outros artigos</h2><div class="cards">
      <a class="card" href="/diario/rolhas"><h3>O que fazemos com cem quilos de rolhas</h3></a>
      <a class="card" href="/diario/feira"><h3>Três dias numa feira de design em Milão</h3></a></div></section>
    </body></html>`;
  it('takes no related story from it', () => {
    expect(read(html).related).toEqual([]);
  });
});

const SL = [
  'Raziskovalci fakultete so na poskusnem polju spremljali štirideset sort krompirja, odpornih proti suši.',
  'Po prvi sezoni so najboljše rezultate dale tri domače sorte, ki so ob polovični količini vode dale skoraj poln pridelek.',
  'Poskus bodo nadaljevali še dve leti, nato pa bodo izsledke predstavili kmetijskim svetovalcem.',
];

describe('a news extension’s headline alone in its box, the category in the row after that box', () => {
  const html = `<!DOCTYPE html><html lang="sl"><head><title>x</title></head><body>
    <div class="breadcrumb-wrap"><ol class="breadcrumb"><li><a href="/">Domov</a></li><li><a href="/obvestila/">Obvestila</a></li><li class="active">Krompir, ki zdrži sušo</li></ol></div>
    <main><div class="news news-single"><div class="article">
      <div class="header"><h1>Krompir, ki zdrži sušo</h1></div>
      <div class="footer"><p><span class="news-list-date"><time datetime="2026-09-14">14. 9. 2026</time></span>
        <span class="news-list-category">Raziskave</span></p></div>
      <div class="news-text-wrap">${paras(SL)}</div>
    </div></div></main></body></html>`;
  it('reads the category as the section, not the trail’s listing', () => {
    expect(read(html).section).toBe('Raziskave');
  });
});
