import { describe, expect, it } from 'vitest';
import { storyIds } from './fake-store.js';
import { item } from './stories.js';

/**
 * Invented Mongolian stories. An agency's feed carries a story and, beside it under a new id, its
 * updated version: the same lead and paragraphs, an update sentence and a correction added. The
 * paragraphs the two repeat are the story, not the feed's boilerplate.
 */
const NOW = '2026-02-03T22:00:00.000Z';

const lead =
  'Дархан-Уул аймгийн Дархан суманд өнөө өглөө дулааны гол шугам гэмтэж, 3000 гаруй айл өрх дулаангүй болсон байна.';
const cause = '«Дархан Дулаан» компанийн мэдээлснээр шугамын 40 метр хэсгийг солих шаардлагатай.';
const repair = 'Засварын ажил орой хүртэл үргэлжилнэ гэж сумын Засаг дарга Батбаяр Ганзориг мэдэгдэв.';
const advice = 'Онцгой байдлын газар иргэдийг цахилгаан халаагуурыг болгоомжтой ашиглахыг анхааруулав.';

const first = item({
  guid: 'mm-1201',
  title: 'Дарханд дулааны шугам гэмтэж, 3000 айл дулаангүй болов',
  published: '2026-02-03T09:10:00+08:00',
  body: [lead, cause, repair, advice],
});

const updated = item({
  guid: 'mm-1202',
  title: 'Дарханд дулааны шугам гэмтэж, 3000 айл дулаангүй болов (шинэчлэв)',
  published: '2026-02-03T18:45:00+08:00',
  body: [
    lead,
    cause,
    `${repair} Шинэчлэл: 18:30 цагт дулаан бүрэн сэргэв.`,
    advice,
    'ЗАЛРУУЛГА: Өмнөх мэдээнд шугамын уртыг буруу бичсэн байв.',
  ],
});

/** A regional site's copy under its own intro. */
const regional = item({
  guid: 'ds-88',
  title: 'Радиатор хүйтэн: Дарханы айлууд дулаангүй',
  published: '2026-02-03T10:30:00+08:00',
  body: [
    'Өглөө цай чанах гэтэл радиатор хүйтэн байсан гэж хорооллын нэгэн оршин суугч ярив.',
    lead,
    cause,
    repair,
    advice,
  ],
});

/** The agency's planned-outage notices: one standing opening, another district and time each. */
const standing =
  'Түгээх сүлжээ компани засвар үйлчилгээний ажлын улмаас дараах хаягуудад цахилгааны хангамжийг түр зогсооно.';
const outage = (guid: string, district: string, block: number, hours: string) =>
  item({
    guid,
    title: `Цахилгаан тасрах мэдэгдэл: ${district}`,
    published: '2026-02-03T11:00:00+08:00',
    body: [standing, `2-р сарын 5-нд ${hours} цагт ${district} дүүргийн ${block}-р хорооны байрууд.`],
  });

describe('versions of one story in one feed', () => {
  it('keep the paragraphs they repeat: the update and another site’s copy join the story', async () => {
    expect(
      await storyIds(
        [
          ['agency', [first, updated]],
          ['regional', [regional]],
        ],
        NOW,
      ),
    ).toEqual([['agency#mm-1201', 'agency#mm-1202', 'regional#ds-88']]);
  });

  it('keeps one feed’s templated notices apart though they open alike', async () => {
    const a = outage('mm-1210', 'Баянзүрх', 5, '10:00-16:00');
    const b = outage('mm-1211', 'Сүхбаатар', 2, '11:00-15:00');
    const copyOfB = { ...b, guid: 'ds-90', title: 'Сүхбаатар дүүрэгт цахилгаан тасарна' };
    expect(
      await storyIds(
        [
          ['agency', [a, b]],
          ['regional', [copyOfB]],
        ],
        NOW,
      ),
    ).toEqual([['agency#mm-1210'], ['agency#mm-1211', 'regional#ds-90']]);
  });
});
