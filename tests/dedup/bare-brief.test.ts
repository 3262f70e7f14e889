import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint } from '../../src/dedup/index.js';
import { item } from './stories.js';

/**
 * Invented stories in Hindi, a script without capitals: an agency report on a leopard caught in a
 * village (figures in digits), a radio line of it two hours later in its own words that states no
 * figure (its count in words) and so no specific at all, a like line of the same hour about another
 * village, and a radio line of the same hour about another event.
 */
const report = item({
  guid: 'sam-1204-31',
  url: null,
  title: 'रामपुर गाँव में घुसा तेंदुआ पकड़ा गया, तीन ग्रामीण घायल',
  published: '2026-12-04T10:20:00+05:30',
  language: 'hi',
  body: [
    'रामपुर गाँव में सोमवार सुबह घुसे एक तेंदुए को वन विभाग की टीम ने 6 घंटे की कोशिश के बाद बेहोश करके पकड़ लिया। तेंदुए के हमले में 3 ग्रामीण घायल हुए हैं।',
    'वन अधिकारी ने बताया कि घायलों को ज़िला अस्पताल भेजा गया है और उनकी हालत स्थिर है। तेंदुए को जाँच के बाद जंगल में छोड़ा जाएगा।',
    'इलाके में इस साल तेंदुए के गाँव में घुसने की यह 4 घटना है। ग्रामीणों ने गाँव के पास पिंजरा लगाने की माँग की है।',
  ],
});

const radioLine = item({
  guid: 'akr-1204-1230',
  url: null,
  title: 'रामपुर में तेंदुआ पकड़ा गया',
  published: '2026-12-04T12:30:00+05:30',
  language: 'hi',
  body: [
    'वन विभाग ने आज रामपुर गाँव से एक तेंदुआ बेहोश कर पकड़ा। उसके हमले में घायल तीन ग्रामीणों का अस्पताल में इलाज चल रहा है।',
  ],
});

const otherVillage = item({
  guid: 'akr-1204-1232',
  url: null,
  title: 'सीतापुर में तेंदुआ पकड़ा गया',
  published: '2026-12-04T12:30:00+05:30',
  language: 'hi',
  body: [
    'वन विभाग ने आज सीतापुर गाँव से एक तेंदुआ बेहोश कर पकड़ा। उसके हमले में घायल दो ग्रामीणों का अस्पताल में इलाज चल रहा है।',
  ],
});

const otherLine = item({
  guid: 'akr-1204-1231',
  url: null,
  title: 'नहर का पुल बंद',
  published: '2026-12-04T12:30:00+05:30',
  language: 'hi',
  body: [
    'सिंचाई विभाग ने मरम्मत के कारण नहर का पुराना पुल आज से बंद कर दिया है। वाहन चालकों को बाज़ार वाले रास्ते से जाने को कहा गया है।',
  ],
});

describe('a brief that states nothing specific, in a script without capitals', () => {
  it('joins the same-day report whose words and word pieces it mostly shares', () => {
    expect(compareFingerprints(fingerprint(report), fingerprint(radioLine)).same).toBe(true);
  });

  it('keeps apart a brief of the same hour about another event', () => {
    expect(compareFingerprints(fingerprint(report), fingerprint(otherLine)).same).toBe(false);
    expect(compareFingerprints(fingerprint(radioLine), fingerprint(otherLine)).same).toBe(false);
  });

  it('keeps apart a like brief whose headline names another village', () => {
    expect(compareFingerprints(fingerprint(report), fingerprint(otherVillage)).same).toBe(false);
  });

  it('keeps apart the same brief a day later: a follow-up', () => {
    const later = { ...radioLine, published: '2026-12-05T12:30:00+05:30' };
    expect(compareFingerprints(fingerprint(report), fingerprint(later)).same).toBe(false);
  });
});

/**
 * Invented stories in Bengali, another script without capitals: a report on a ferry that sank at a
 * village landing (figures in digits), a radio line of it whose headline labels the event with a
 * word neither its own text nor the report uses ("accident"), and a like line about another landing.
 */
const ferryReport = item({
  guid: 'bd-1206-77',
  url: null,
  title: 'চরপাড়া ঘাটে যাত্রীবোঝাই নৌকা ডুবে 4 জন নিখোঁজ',
  published: '2026-12-06T09:40:00+06:00',
  language: 'bn',
  body: [
    'নদীর চরপাড়া ঘাটে রবিবার সকালে যাত্রীবোঝাই একটি নৌকা ডুবে গেছে। নৌকায় 30 জন যাত্রী ছিলেন, তাঁদের মধ্যে 4 জন এখনও নিখোঁজ।',
    'ডুবুরিরা নিখোঁজদের খোঁজে উদ্ধার অভিযান চালাচ্ছেন। স্থানীয়রা জানান, নৌকাটিতে ধারণক্ষমতার বেশি যাত্রী তোলা হয়েছিল।',
    'উদ্ধার হওয়া যাত্রীদের উপজেলা স্বাস্থ্য কমপ্লেক্সে চিকিৎসা দেওয়া হচ্ছে।',
  ],
});

const labelledLine = item({
  guid: 'bdr-1206-1130',
  url: null,
  title: 'চরপাড়া ঘাটে নৌকা দুর্ঘটনা',
  published: '2026-12-06T11:30:00+06:00',
  language: 'bn',
  body: ['আজ সকালে চরপাড়া ঘাটে একটি যাত্রীবোঝাই নৌকা ডুবেছে। নিখোঁজ চার যাত্রীকে ডুবুরিরা খুঁজছেন।'],
});

const otherLanding = item({
  guid: 'bdr-1206-1131',
  url: null,
  title: 'বালুচর ঘাটে নৌকা দুর্ঘটনা',
  published: '2026-12-06T11:30:00+06:00',
  language: 'bn',
  body: ['আজ সকালে বালুচর ঘাটে একটি যাত্রীবোঝাই নৌকা ডুবেছে। নিখোঁজ দুই যাত্রীকে ডুবুরিরা খুঁজছেন।'],
});

describe('a brief that states nothing specific, headed with a label of its own', () => {
  it('joins the same-day report though the label is no word of it', () => {
    expect(compareFingerprints(fingerprint(ferryReport), fingerprint(labelledLine)).same).toBe(true);
  });

  it('keeps apart a like line whose headline names, and whose text tells of, another landing', () => {
    expect(compareFingerprints(fingerprint(ferryReport), fingerprint(otherLanding)).same).toBe(false);
  });
});
