import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint, gistOf } from '../../src/dedup/index.js';
import { containment } from '../../src/dedup/near-duplicate.js';
import { item } from './stories.js';

/** Scripts whose words a Latin word rule misreads: Hangul syllables, Devanagari vowel signs. */
describe('near-duplicates in Korean and Hindi', () => {
  it('reads a Korean radio line as the report it shortens (particles attached, two-syllable words)', () => {
    const report = item({
      language: 'ko',
      title: '동해시 물류창고서 불…1명 부상',
      published: '2026-03-02T01:00:00Z',
      body: [
        '2일 오전 9시 10분께 동해시 북평동의 한 물류창고에서 불이 나 직원 1명이 연기를 마셔 병원으로 옮겨졌다.',
        '소방당국은 소방관 60명과 장비 22대를 투입해 2시간 만에 불을 껐다. 창고 안에 있던 직원 12명은 스스로 대피했다.',
      ],
    });
    const radio = item({
      language: 'ko',
      title: '물류창고 화재',
      published: '2026-03-02T03:00:00Z',
      body: ['오늘 오전 북평동 물류창고에서 난 불이 2시간 만에 꺼졌습니다. 직원 1명이 다쳤습니다.'],
    });
    const other = item({
      language: 'ko',
      title: '동해시 전통시장 새 단장',
      published: '2026-03-02T04:00:00Z',
      body: [
        '동해시가 북평동 전통시장의 지붕과 조명을 새로 바꾸는 공사를 다음 달 시작한다. 공사비는 12억 원이다.',
      ],
    });
    expect(compareFingerprints(fingerprint(report), fingerprint(radio)).same).toBe(true);
    expect(compareFingerprints(fingerprint(report), fingerprint(other)).same).toBe(false);
  });

  it('keeps a gist of Devanagari words, whose vowel signs are combining marks', () => {
    const a = gistOf(['नगर परिषद ने पार्किंग शुल्क बढ़ाने का प्रस्ताव पारित किया']);
    const b = gistOf(['पार्किंग शुल्क बढ़ाने के प्रस्ताव को परिषद की मंजूरी']);
    expect(a.length).toBeGreaterThan(3);
    expect(containment(a, b)).toBeGreaterThanOrEqual(0.5);
  });
});

/** Figures in other scripts' digits, and a script written without spaces between words. */
describe('near-duplicates in Persian and Khmer', () => {
  it('reads Persian digits as the figures an agency writes in ASCII digits', () => {
    const words = 'سقف سالن ورزشی دبیرستان فرو ریخت و دانش‌آموز مصدوم شدند';
    const a = fingerprint(item({ language: 'fa', title: 'حادثه', body: [`ساعت ۷:۴۵ ${words} ۱۲ نفر`] }));
    const b = fingerprint(item({ language: 'fa', title: 'حادثه', body: [`ساعت 7:45 ${words} 12 نفر`] }));
    expect(containment(a.numbers, b.numbers)).toBe(1);
    expect(a.numbers).toHaveLength(2);
  });

  it('splits Khmer runs into words, so a radio line shares its words with the report', () => {
    const report = fingerprint(
      item({
        language: 'km',
        title: 'ទូកលិច',
        body: ['ទូកដឹកអ្នកដំណើរមួយគ្រឿងបានលិចនៅក្នុងទន្លេ ក្បែរភូមិកំពង់ស្វាយ ស្រុកព្រែកថ្មី កាលពីព្រឹកថ្ងៃសៅរ៍ ។'],
      }),
    );
    const radio = fingerprint(
      item({ language: 'km', title: 'ទូកលិច', body: ['ទូកដឹកអ្នកដំណើរបានលិចនៅស្រុកព្រែកថ្មី ព្រឹកនេះ ។'] }),
    );
    expect(containment(radio.words, report.words)).toBeGreaterThan(0.6);
  });
});
