import { describe, expect, it } from 'vitest';
import { collectParagraphs } from '../../../src/normalise/html/cleanup/index.js';
import { furnitureMark, pickGivesWay, scorePage } from '../../../src/normalise/html/density.js';
import { parseDocument, type DomElement } from '../../../src/normalise/html/dom.js';

const body = (html: string): DomElement => {
  const b = parseDocument(`<!DOCTYPE html><html><body>${html}</body></html>`).body;
  if (!b) throw new Error('no body');
  return b;
};
const el = (html: string): DomElement => {
  const first = body(html).children[0];
  if (!first) throw new Error('no element');
  return first;
};
const idOf = (e: DomElement | null): string | null => e?.getAttribute('id') ?? null;

const SHORT_ARTICLE =
  '<div id="story"><p>The reading room reopens on Monday after a month of repairs to its roof.</p>' +
  '<p>Opening hours stay the same, and the café on the ground floor follows a week later, once its kitchen passes inspection.</p></div>';
const LONG_PROSE =
  '<p>We are a volunteer group that has looked after the reading room and its garden for nearly forty years, ' +
  'raising money with book sales, quiz nights and an annual plant fair that draws people from all over the county.</p>' +
  '<p>New members are always welcome, whether you can give an hour a month or a day a week, and no experience of ' +
  'anything is needed beyond a liking for books, people and the occasional cup of strong tea.</p>';

describe('furnitureMark', () => {
  it('reads footers and complementary boxes from their tag or ARIA role', () => {
    expect(furnitureMark(el('<footer><p>x</p></footer>'))).toBe('semantic');
    expect(furnitureMark(el('<div role="contentinfo"><p>x</p></div>'))).toBe('semantic');
  });

  it('reads author boxes, footers and teasers from their class names', () => {
    expect(furnitureMark(el('<div class="author-bio"><p>x</p></div>'))).toBe('named');
    expect(furnitureMark(el('<div class="site-footer"><p>x</p></div>'))).toBe('named');
    expect(furnitureMark(el('<div id="related-stories"><p>x</p></div>'))).toBe('named');
  });

  it('takes a layout name for where a box sits, not what it is', () => {
    expect(furnitureMark(el('<div class="grid grid--with-right-rail"><p>x</p></div>'))).toBeNull();
    expect(furnitureMark(el('<div class="widget-wrap"><p>x</p></div>'))).toBeNull();
  });

  it('takes the main landmark, and a BEM element named for the body, for content whatever the block', () => {
    expect(furnitureMark(el('<section role="main" class="story-rail-main"><p>x</p></section>'))).toBe(
      'content',
    );
    expect(furnitureMark(el('<div class="story-rail-main"><p>x</p></div>'))).toBe('named');
    expect(furnitureMark(el('<div class="right-rail__main"><p>x</p></div>'))).toBe('content');
    expect(furnitureMark(el('<div class="right-rail__side"><p>x</p></div>'))).toBe('named');
  });

  it('takes a name of a body of text for content', () => {
    expect(furnitureMark(el('<div class="post-body"><p>x</p></div>'))).toBe('content');
    expect(furnitureMark(el('<div class="entry-content sidebar-aware"><p>x</p></div>'))).toBe('content');
  });
});

describe('scorePage', () => {
  it('chooses a short article over a denser footer', () => {
    const d = scorePage(body(`${SHORT_ARTICLE}<footer id="foot">${LONG_PROSE}</footer>`));
    expect(idOf(d.best)).toBe('story');
    expect(d.blocks.filter((b) => b.kind === 'furniture')).toHaveLength(2);
  });

  it('chooses a short article over a denser author box named as such', () => {
    const d = scorePage(body(`${SHORT_ARTICLE}<div class="author-box" id="who">${LONG_PROSE}</div>`));
    expect(idOf(d.best)).toBe('story');
  });

  it('takes an unmarked block of prose beside the article for content: the best block holds both', () => {
    const root = body(`${SHORT_ARTICLE}<div id="other">${LONG_PROSE}</div>`);
    expect(scorePage(root).best).toBe(root);
  });

  it('takes a run of short link-led items and its label for a teaser box', () => {
    const d = scorePage(
      body(
        `<div id="page">${SHORT_ARTICLE}<div id="more"><h2>Elsewhere</h2><ul>` +
          '<li><a href="/a">Quiz night raises record sum</a> for the roof fund.</li>' +
          '<li><a href="/b">Plant fair moves to the green</a> this year.</li>' +
          '<li><a href="/c">Children’s corner gets new shelves</a> at last.</li>' +
          '</ul></div></div>',
      ),
    );
    const kinds = new Map(d.blocks.map((b) => [b.para.text, b.kind]));
    expect(kinds.get('Elsewhere')).toBe('furniture');
    expect(kinds.get('Plant fair moves to the green this year.')).toBe('furniture');
    expect(idOf(d.best)).toBe('story');
  });

  it('counts list lines and steps as content: a recipe has no paragraphs', () => {
    const d = scorePage(
      body(
        '<div id="nav"><a href="/">Home</a> <a href="/r">Recipes</a> <a href="/c">Contact</a></div>' +
          '<div id="recipe"><h2>Ingredients</h2><ul><li>2 eggs</li><li>100 g oats</li><li>1 apple, grated</li></ul>' +
          '<h2>Method</h2><ol><li>Mix everything in a bowl and leave it for five minutes.</li>' +
          '<li>Fry spoonfuls in a little butter until golden on both sides.</li></ol></div>',
      ),
    );
    expect(idOf(d.best)).toBe('recipe');
    expect(d.blocks.find((b) => b.para.text === '2 eggs')?.kind).toBe('line');
  });

  it('does not take a column named "widget" that holds the text body for furniture', () => {
    const d = scorePage(
      body(`<div class="widget" id="col"><div class="post-body" id="story">${LONG_PROSE}</div></div>`),
    );
    expect(d.blocks.every((b) => b.kind === 'prose')).toBe(true);
  });
});

describe('pickGivesWay', () => {
  const page = (): { root: DomElement; story: DomElement; foot: DomElement } => {
    const root = body(`${SHORT_ARTICLE}<div class="site-footer" id="foot">${LONG_PROSE}</div>`);
    const story = root.querySelector('#story');
    const foot = root.querySelector('#foot');
    if (!story || !foot) throw new Error('fixture');
    return { root, story, foot };
  };

  it('overrules a pick of furniture alone', () => {
    const { root, foot } = page();
    const d = scorePage(root);
    expect(pickGivesWay(d, collectParagraphs(foot))).toBe(true);
  });

  it('keeps a pick that holds the article, furniture appended or not', () => {
    const { root, story } = page();
    const d = scorePage(root);
    expect(pickGivesWay(d, collectParagraphs(story))).toBe(false);
    expect(pickGivesWay(d, collectParagraphs(root))).toBe(false);
  });

  it('overrules an empty pick', () => {
    const { root } = page();
    expect(pickGivesWay(scorePage(root), [])).toBe(true);
  });
});
