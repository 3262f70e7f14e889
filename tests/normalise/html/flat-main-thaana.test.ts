import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** Invented pages: a framework's flat <main>, and a standfirst in a script of vowel marks. */

describe('a headline set straight in <main>, its section label a sibling above it', () => {
  const page = `<!DOCTYPE html><html lang="en"><head><title>Ferry timetable changes for winter | Harbour Post</title></head>
<body><div id="__app"><header class="Header_bar__a1B2c"><a href="/">Harbour Post</a>
<nav class="Header_nav__d3E4f"><a href="/news/politics">Politics</a><a class="Header_active__g5H6i" href="/news/transport">Transport</a><a href="/news/sport">Sport</a></nav></header>
<main class="Story_main__j7K8l"><div class="Story_kicker__m9N0o"><a href="/news/transport">Transport</a></div>
<h1 class="Story_title__p1Q2r">Island ferries run a shorter timetable from next month</h1>
<p class="Story_meta__s3T4u">By Wendy Arkwright</p>
<div class="Story_body__v5W6x">
<p>The island ferries will sail four times a day instead of six from the first of next month, the operator said on Tuesday.</p>
<p>The last crossing from the mainland will leave at half past six in the evening, an hour earlier than in the summer.</p>
<p>The operator said fewer passengers travel in the winter and that two boats need repairs before the spring.</p>
</div></main></div></body></html>`;

  it('gives the label as the section', () => {
    expect(normaliseHtmlArticle(page, { url: null }).section).toBe('Transport');
  });

  it("takes no plain-text type label in the date's row for the section", () => {
    const typed = page.replace(
      /<div class="Story_kicker__m9N0o">.*?<\/div>/,
      '<div class="Story_row__y7Z8a"><span>Notice</span> <span>4 March 2026</span></div>',
    );
    expect(normaliseHtmlArticle(typed, { url: null }).section).toBeNull();
  });
});

describe('a standfirst in a script that writes every vowel as a mark (Thaana)', () => {
  const page = `<!DOCTYPE html><html lang="dv" dir="rtl"><head><meta charset="utf-8"><title>ބަނދަރު ހުޅުވައިފި</title></head>
<body><article class="story">
<h1 class="story-title">ކައުންސިލުން އައު ބަނދަރެއް ހުޅުވައިފި</h1>
<h2 class="story-sub">އައު ބަނދަރުގައި 40 ދޯނި ބަހައްޓާނެ ޖާގަ ހުރި</h2>
<div class="story-body">
<p>ކައުންސިލުން ބުނީ އައު ބަނދަރުގެ މަސައްކަތް ނިމުނީ ރޭވި ގޮތަށް ހަ މަސް ތެރޭގައި ކަމަށެވެ. ބަނދަރުގައި ދޯނިތައް ބަހައްޓާނެ ޖާގަ ހުރި ކަމަށް ވެސް ބުނެއެވެ.</p>
<p>ބަނދަރު ހެދުމަށް ހޭދަވީ ސަރުކާރުގެ ބަޖެޓުން ކަމަށް ކައުންސިލުގެ ރައީސް ބުނެއެވެ. މަސްވެރިންނަށް މިއީ ބޮޑު ލުއިއެއް ކަމަށް ވެސް ބުނެއެވެ.</p>
<p>ކައުންސިލުން ބުނީ ބަނދަރުގެ ދެވަނަ ބައިގެ މަސައްކަތް އަންނަ އަހަރު ފަށާނެ ކަމަށެވެ.</p>
</div></article></body></html>`;

  it('is the summary', () => {
    expect(normaliseHtmlArticle(page, { url: null }).summary).toBe('އައު ބަނދަރުގައި 40 ދޯނި ބަހައްޓާނެ ޖާގަ ހުރި');
  });
});
