/**
 * Chinese is written without spaces, so the IPTC vocabulary's Chinese labels are found inside the
 * text's runs (dense.ts), the longest at each place, in simplified and traditional characters, and
 * in Japanese kanji forms for Japanese text: invented stories get their topic where CLDR's few
 * everyday keywords alone say nothing or something else.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDenseIndex, denseHits, denseLanguage, isDenseLanguage } from '../../src/tagging/dense.js';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from '../support/items.js';

let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

describe('dense vocabulary', () => {
  it('is built for a language whose labels are written without spaces, only', () => {
    expect(isDenseLanguage('zh')).toBe(true);
    expect(isDenseLanguage('ja')).toBe(true);
    expect(isDenseLanguage('en')).toBe(false);
    expect(buildDenseIndex('de')).toBeUndefined();
  });

  it('takes the longest label at each place', () => {
    const zh = buildDenseIndex('zh')!;
    const hits = denseHits(zh, '市政府宣布地方选举日期').map(([k]) => k);
    expect(hits).toContain('地方选举');
    expect(hits).not.toContain('选举');
  });

  it('reads a text whose letters say it is Chinese', () => {
    expect(denseLanguage(new Map([['zh', 1]]), (l) => l === 'zh')).toBe('zh');
    expect(denseLanguage(new Map([['zh', 0.5]]), (l) => l === 'zh')).toBeNull();
  });
});

describe('topics of a Chinese story', () => {
  const stories: [string, string, string[], string][] = [
    [
      'a strike',
      '纺织厂工人罢工 工会要求提高工资',
      [
        '本报讯 城东纺织厂数百名工人昨日开始罢工，工会代表说，工人要求厂方提高工资和福利。',
        '工会表示，劳动争议若得不到解决，罢工将持续到下周。',
      ],
      'labour',
    ],
    [
      'a fraud trial',
      '两男子涉嫌欺诈被起诉',
      [
        '本报讯 两名男子涉嫌以投资为名欺诈老人，检察院已向法院提起公诉。',
        '警方提醒市民警惕欺诈，发现可疑情况及时报警。',
      ],
      'crime-law-and-justice',
    ],
    [
      'a strike in traditional characters',
      '紡織廠工人罷工 工會要求提高工資',
      [
        '本報訊 城東紡織廠數百名工人昨日開始罷工，工會代表說，工人要求廠方提高工資和福利。',
        '工會表示，勞動爭議若得不到解決，罷工將持續到下週。',
      ],
      'labour',
    ],
    [
      'a Japanese earthquake report, by the Sino-Japanese words it shares',
      '地震で住宅に被害 市が避難所を開設',
      [
        '十日未明に起きた地震で、市内の住宅三十棟に被害が出た。',
        '市は小学校の体育館に避難所を開設し、自然災害への備えを改めて呼びかけている。',
      ],
      'disaster-accident-and-emergency-incident',
    ],
  ];
  it.each(stories)('reads %s', (_, title, body, topic) => {
    expect(tagger.enrich(item({ title, body })).topics[0]).toBe(topic);
  });
});
