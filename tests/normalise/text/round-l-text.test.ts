import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/** Shapes of round L, in invented text. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('an "also read" link inside a question-and-answer interview', () => {
  it('is a related link, though the speakers\' labels make every line "label: text"', () => {
    const body = [
      'પ્રશ્ન: પુલનું કામ આટલું લાંબું કેમ ચાલ્યું?',
      'મીના પટેલ: નદીમાં પાણીનું સ્તર ઊંચું હતું, એટલે ચોમાસામાં કામ બંધ રાખવું પડ્યું. બાકીનું કામ સમયસર પૂરું થયું.',
      'પ્રશ્ન: હવે આગળ શું?',
      'મીના પટેલ: આવતા વર્ષે બીજા પુલનું કામ શરૂ થશે. તેની ડિઝાઇન તૈયાર છે અને મંજૂરી બાકી છે.',
    ];
    const item = dump([
      'મુલાકાત',
      'અમદાવાદનો નવો પુલ સોમવારથી ખુલ્લો',
      'બે વર્ષના કામ પછી વાહનવ્યવહાર શરૂ થશે',
      body[0]!,
      body[1]!,
      'આ પણ વાંચો: નદીકાંઠે નવો બગીચો તૈયાર',
      body[2]!,
      body[3]!,
    ]);
    expect(item.related).toEqual(['નદીકાંઠે નવો બગીચો તૈયાર']);
    expect(item.body).toEqual(body);
  });
});

describe("a table printed as rows of cells parted by bars, figures in the script's own digits", () => {
  it('keeps its heading, head row and figure rows as paragraphs', () => {
    const before = [
      'इंदौर, 3 मार्च: प्रदेश में इस वर्ष सोयाबीन का उत्पादन पिछले वर्ष की तुलना में बढ़ा है, कृषि विभाग ने सोमवार को बताया।',
      'विभाग के अनुसार अच्छी बारिश और नई किस्मों के कारण किसानों को प्रति हेक्टेयर अधिक उपज मिली।',
    ];
    const table = [
      'उत्पादन के आंकड़े',
      'वर्ष | उत्पादन (लाख टन) | रकबा (लाख हेक्टेयर)',
      '२०२२ | ४८.२ | ५१.६',
      '२०२३ | ५२.७ | ५२.१',
      '२०२४ | ५५.९ | ५३.०',
    ];
    const after = [
      'मंडियों में सोयाबीन का भाव पिछले सप्ताह चार हजार रुपये प्रति क्विंटल के आसपास रहा, जो समर्थन मूल्य से कम है।',
      'किसान संगठनों ने सरकार से खरीदी केंद्र जल्द खोलने की मांग की है ताकि दाम गिरने से नुकसान न हो।',
    ];
    const item = dump([
      'खेती',
      'प्रदेश में सोयाबीन उत्पादन बढ़ा, पर दाम कम',
      'अच्छी बारिश से उपज बढ़ी, मंडियों में भाव समर्थन मूल्य से नीचे',
      ...before,
      ...table,
      ...after,
    ]);
    expect(item.body).toEqual([...before, ...table, ...after]);
  });
});

describe("a desk's signature where the author's name stands, in a script without capitals", () => {
  it('is no byline: the desk names no one', () => {
    const item = dump([
      'शहर',
      'नगर निगम ने पुराने बाजार में पार्किंग शुल्क दोगुना किया',
      'व्यापारियों ने फैसले का विरोध किया, बैठक बुलाने की मांग',
      'डिजिटल डेस्क',
      'प्रकाशित: 3 मार्च 2026, 10:15 IST',
      'नगर निगम ने सोमवार को पुराने बाजार क्षेत्र में पार्किंग शुल्क दोगुना करने का आदेश जारी किया है।',
      'व्यापारी संघ के अध्यक्ष ने कहा कि इससे ग्राहकों की संख्या घटेगी और छोटे दुकानदारों को नुकसान होगा।',
    ]);
    expect(item.byline).toBeNull();
  });
});

describe('a caption and its credit on one line, parted by a dash, the credit labelled', () => {
  it('splits at the dash when the label is the loanword "photo" in the page\'s script', () => {
    const item = dump([
      'શહેર',
      'અમદાવાદનો નવો પુલ સોમવારથી ખુલ્લો',
      'બે વર્ષના કામ પછી વાહનવ્યવહાર શરૂ થશે',
      'પ્રકાશિત: 3 માર્ચ 2026, 10:15 IST',
      'નદી પર તૈયાર થયેલો નવો પુલ — ફોટો: જય શાહ',
      'અમદાવાદમાં નવો પુલ સોમવારથી વાહનો માટે ખુલ્લો મુકાશે, એમ મહાનગરપાલિકાએ જણાવ્યું હતું.',
      'પુલના બાંધકામ પાછળ આશરે બસો કરોડ રૂપિયાનો ખર્ચ થયો છે અને તેનું કામ બે વર્ષ ચાલ્યું હતું.',
    ]);
    expect(item.image).toMatchObject({ caption: 'નદી પર તૈયાર થયેલો નવો પુલ', credit: 'જય શાહ' });
  });
});
