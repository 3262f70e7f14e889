import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { endsOnQuotedName } from '../../../src/normalise/text/lines.js';

/**
 * Round Q shapes (qtext3): a related title ending on a name in quotes, and a photo printed under
 * the text's last paragraph with its credit on the next line. Invented pages.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('a title ending on a quoted name', () => {
  it('is no sentence: the closing mark ends the name', () => {
    expect(endsOnQuotedName('Stadt plant neue Radroute entlang der „Grünen Achse“')).toBe(true);
    expect(endsOnQuotedName('Jak zdobyć odznakę turystyczną «Szlak Jezior»')).toBe(true);
  });

  it('still ends a sentence when the whole line is a quote or the quote holds its own stop', () => {
    expect(endsOnQuotedName('„Wir haben dreimal verschoben und dann doch gewagt“')).toBe(false);
    expect(endsOnQuotedName('Der Bürgermeister sagte: „Wir bauen weiter.“')).toBe(false);
    expect(endsOnQuotedName('Sie nannte den Plan einen „ersten Schritt in die richtige Richtung“')).toBe(
      false,
    );
  });

  it('keeps such a title in the related list under its header', () => {
    const r = dump([
      'Kurier Pojezierza',
      'Start | Wiadomości | Turystyka | Kontakt',
      '',
      'Turystyka',
      'Nowa ścieżka rowerowa połączy trzy jeziora w gminie',
      '',
      '14.03.2026, 09:40',
      '',
      'Gmina rozpoczęła budowę ścieżki rowerowej, która połączy trzy jeziora i dwie wsie. Trasa będzie miała dwanaście kilometrów długości i zostanie oddana do użytku jesienią.',
      '',
      'Według wójta inwestycja kosztuje cztery miliony złotych, z czego większość pochodzi z funduszy regionalnych. Wzdłuż trasy powstaną też trzy miejsca odpoczynku.',
      '',
      'Z tego samego działu',
      'Jak zdobyć odznakę turystyczną «Szlak Jezior»',
      'Przystań kajakowa nad jeziorem otwarta po remoncie',
      'Rekordowa liczba turystów w regionie latem',
      '',
      '© 2026 Kurier Pojezierza. Wszelkie prawa zastrzeżone.',
    ]);
    expect(r.related).toContain('Jak zdobyć odznakę turystyczną «Szlak Jezior»');
    expect(r.body.some((p) => p.includes('Szlak Jezior'))).toBe(false);
  });
});

describe('a photo under the last paragraph', () => {
  const PARAS = [
    '市图书馆今天宣布，新的儿童阅览区将于下月正式开放，届时每天可接待约两百名小读者。',
    '馆长表示，新阅览区由旧报刊库改建而成，工程历时八个月，共投入约三百万元。',
    '图书馆还计划在周末举办亲子阅读活动，欢迎市民通过官方网站预约参加。',
  ];

  it('takes a caption with a "图：" credit under it, with no paragraph after, as the story’s picture', () => {
    const r = dump([
      '城市晨报',
      '首页 ｜ 新闻 ｜ 文化 ｜ 联系我们',
      '',
      '文化',
      '市图书馆儿童阅览区下月开放　周末举办亲子阅读',
      '',
      '发布时间：2026-04-02 10:00',
      '',
      ...PARAS,
      '馆长（左）向记者介绍新阅览区的布置。',
      '图：市图书馆',
      '相关阅读',
      '・博物馆夜间开放延长至十点',
      '・城区新增三座社区书屋',
      '版权所有 © 2026 城市晨报',
    ]);
    expect(r.body).toEqual(PARAS);
    expect(r.image?.caption).toBe('馆长（左）向记者介绍新阅览区的布置。');
    expect(r.image?.credit).toBe('市图书馆');
  });

  it('takes a Spanish caption and credit under the last paragraph too', () => {
    const paras = [
      'El ayuntamiento inauguró este martes la nueva biblioteca del barrio, que ocupa el edificio de la antigua estación de autobuses y abrirá todos los días de la semana.',
      'La concejala de cultura explicó que la obra costó dos millones de euros y que la sala infantil tendrá capacidad para cuarenta niños al mismo tiempo.',
      'Las inscripciones para los talleres de lectura se abrirán la próxima semana en la web municipal.',
    ];
    const r = dump([
      'Diario del Valle',
      'Inicio | Noticias | Cultura | Contacto',
      '',
      'Cultura',
      'La antigua estación de autobuses se convierte en biblioteca',
      '',
      'Publicado el 2 de abril de 2026, 10:00',
      '',
      ...paras.flatMap((p) => [p, '']),
      'La concejala, durante la visita a la sala infantil.',
      'Foto: Ayuntamiento del Valle',
      '',
      'Noticias relacionadas',
      'El museo amplía su horario de verano hasta las diez',
      'Tres nuevos parques infantiles en el centro',
      '',
      '© 2026 Diario del Valle',
    ]);
    expect(r.body).toEqual(paras);
    expect(r.image?.caption).toBe('La concejala, durante la visita a la sala infantil.');
    expect(r.image?.credit).toBe('Ayuntamiento del Valle');
  });
});

describe('a call to the reader closing the text', () => {
  it('drops a question and a request though the story uses one of its words', () => {
    const paras = [
      'Cyklistický klub z Jihlavy uspořádal v sobotu první jarní vyjížďku, které se zúčastnilo přes sto dvacet jezdců všech věkových kategorií.',
      'Trasa vedla přes Třešť a Telč a měřila osmdesát kilometrů. Podle pořadatelů byla účast nejvyšší za posledních deset let.',
      'Výsledky a fotografie z vyjížďky otiskne klubový časopis v dubnovém čísle.',
    ];
    const r = dump([
      'Cyklo Vysočina',
      'Úvod | Závody | Vyjížďky | Kontakt',
      '',
      'Vyjížďky',
      'Jarní vyjížďka klubu přilákala přes sto jezdců',
      '',
      '22. 3. 2026 18:30',
      '',
      ...paras.flatMap((p) => [p, '']),
      'Líbil se vám článek? Podpořte časopis předplatným tištěné verze.',
      '',
      '© 2026 Cyklo Vysočina',
    ]);
    expect(r.body).toEqual(paras);
  });

  it('keeps a closing paragraph whose question is a quote: the story’s last words', () => {
    const paras = [
      'A equipa de voleibol de praia da vila venceu no domingo o torneio regional, depois de três dias de jogos no areal da baía.',
      'Os atletas, todos com menos de vinte anos, perderam apenas um set em toda a competição e garantiram o acesso à fase nacional.',
      'Questionado sobre o próximo verão, o treinador disse: «E porque não? A equipa está pronta.»',
    ];
    const r = dump([
      'Gazeta da Baía',
      'Início | Desporto | Região | Contactos',
      '',
      'Desporto',
      'Voleibol de praia: equipa da vila vence torneio regional',
      '',
      '12.07.2026 19:10',
      '',
      ...paras.flatMap((p) => [p, '']),
      '© 2026 Gazeta da Baía',
    ]);
    expect(r.body).toEqual(paras);
  });
});
