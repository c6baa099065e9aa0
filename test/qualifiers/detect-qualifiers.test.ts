// detectQualifiers with the lexicon we ship (data/qualifiers.json): recall on the bundled treaties, precision
// on near misses (each one a false positive found in real texts), party order, rewordings, the Russian and
// Korean cues, and the lexicon's own integrity. Checks over ../shared/open-treaties run when it exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lexiconSchema } from '../../src/model/qualifier-lexicon.js';
import { compileCuePattern, compileLexicon, cueSource } from '../../src/qualifiers/compile-lexicon.js';
import { cueText } from '../../src/qualifiers/cue-text.js';
import { detectQualifiers } from '../../src/qualifiers/detect-qualifiers.js';
import { matchCue } from '../../src/qualifiers/match-cue.js';
import type { QualifierMatch } from '../../src/model/comparison.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LEXICON = lexiconSchema.parse(JSON.parse(readFileSync(`${ROOT}data/qualifiers.json`, 'utf8')));
const COMPILED = compileLexicon(LEXICON);

const detect = (text: string, lang = 'en'): QualifierMatch[] => detectQualifiers(COMPILED, text, lang);
const pairs = (text: string, lang = 'en') => detect(text, lang).map((m) => [m.code, m.text]);
const codes = (text: string, lang = 'en') => detect(text, lang).map((m) => m.code);
const only = (code: string, text: string, lang = 'en') => detect(text, lang).filter((m) => m.code === code);

interface BundledText {
  preamble?: { paragraphs?: string[] };
  articles: Array<{ paragraphs?: string[] }>;
}

/** A paragraph of a bundled treaty's first text, by preamble or article index (0-based, as in the file). */
function bundled(id: string, block: 'preamble' | number, paragraph: number): string {
  const json = JSON.parse(readFileSync(`${ROOT}data/treaties/${id}.json`, 'utf8')) as { texts: BundledText[] };
  const text = json.texts[0];
  const found = (block === 'preamble' ? text?.preamble : text?.articles[block])?.paragraphs?.[paragraph];
  if (found === undefined) throw new Error(`${id} has no paragraph ${paragraph} in ${block}`);
  return found;
}

const REQUIRED_CODES = [
  'un-charter-article-51',
  'un-charter-general',
  'domestic-law',
  'trigger',
  'adversary-scope',
  'timing',
  'means',
  'request-consent',
  'consultation',
  'security-council',
  'no-hostile-alliance',
  'non-prejudice',
];

describe('recall on the bundled treaties', () => {
  it('finds every qualifier of the 1961 military-assistance clause (Art. 1 ¶2), and nothing else', () => {
    expect(pairs(bundled('ussr-dprk-1961', 0, 1))).toEqual([
      ['trigger', 'armed attack'],
      ['adversary-scope', 'any State or coalition of States'],
      ['trigger', 'a state of war'],
      ['timing', 'immediately'],
      ['means', 'military and other assistance'],
      ['means', 'with all the means at its disposal'],
    ]);
  });

  it('finds every qualifier of the 2024 military-assistance clause (Art. 4), and nothing else', () => {
    expect(pairs(bundled('rus-dprk-2024', 3, 0))).toEqual([
      ['trigger', 'a state of war'],
      ['trigger', 'armed invasion'],
      ['adversary-scope', 'an individual state or several states'],
      ['means', 'military and other assistance'],
      ['means', 'with all means in its possession'],
      ['timing', 'without delay'],
      ['un-charter-article-51', 'in accordance with Article 51 of the UN Charter'],
      ['domestic-law', 'the laws of the DPRK and the Russian Federation'],
    ]);
  });

  it('reads the 1961 preamble (¶3) as a general reference to the UN, not Article 51', () => {
    const found = codes(bundled('ussr-dprk-1961', 'preamble', 2));
    expect(found).toContain('un-charter-general');
    expect(found).not.toContain('un-charter-article-51');
  });

  it('finds the 1961 no-hostile-alliance undertaking (Art. 2) and consultation (Art. 3)', () => {
    expect(codes(bundled('ussr-dprk-1961', 1, 0))).toEqual(['no-hostile-alliance']);
    expect(pairs(bundled('ussr-dprk-1961', 2, 0))).toEqual([['consultation', 'consult together']]);
  });

  it('finds the 2024 consultation clause (Art. 3 ¶2) with its trigger, timing and request', () => {
    expect(pairs(bundled('rus-dprk-2024', 2, 1))).toEqual([
      ['trigger', 'direct threat of armed invasion'],
      ['timing', 'immediately'],
      ['consultation', 'the channel of bilateral negotiations'],
      ['request-consent', 'at the request of'],
    ]);
  });

  it('does not read "all possible assistance" (1961 Art. 4) as a means qualifier', () => {
    expect(codes(bundled('ussr-dprk-1961', 3, 0))).not.toContain('means');
  });
});

describe('precision: near misses are not qualifiers of that kind', () => {
  it.each([
    ['domestic-law', 'on the basis of the principles of international law concerning friendly relations'],
    ['domestic-law', 'shall remain subject to the laws of war.'],
    ['domestic-law', 'shall remain subject to the laws of warfare.'],
    ['domestic-law', 'from the laws of humanity and the dictates of the public conscience.'],
    ['domestic-law', 'in conformity with the law of nations.'],
    ['un-charter-article-51', 'in accordance with the purposes and principles of the United Nations,'],
    ['un-charter-article-51', 'carry arms for the purpose of maintaining order or for self-defence'],
    ['means', 'to render each other all possible assistance'],
    ['means', 'shall refrain from the threat or use of force against the territorial integrity of any state'],
    ['means', 'measures not involving the use of armed force are to be employed'],
    ['adversary-scope', 'Any State may accede to this Treaty.'],
    ['adversary-scope', 'The depositary may be one or more States, an international organization or its chief officer.'],
    ['adversary-scope', 'shall not disclose the information to any third party'],
    ['timing', 'for the year immediately prior to the year of the earliest commercial production'],
    ['timing', 'the legitimate activities of the immediately adjacent neighbouring States'],
    ['timing', 'the United Nations, other states and international organizations immediately concerned.'],
    ['consultation', 'the Detaining Power may usefully consult the Model Regulations in Annex V'],
    ['consultation', 'they shall allow them to consult a lawyer'],
    ['consultation', 'reasonable facilities for consulting and obtaining copies of their accounts'],
    ['consultation', 'the admission is voluntarily made by the accused after sufficient consultation with defence counsel'],
    ['consultation', 'the consultative status of the organization'],
  ])('no %s in "%s"', (code, text) => {
    expect(codes(text)).not.toContain(code);
  });

  it('keeps the purposes and principles of the UN as a general reference', () => {
    expect(pairs('in accordance with the purposes and principles of the United Nations,')).toEqual([
      ['un-charter-general', 'the purposes and principles of the United Nations'],
    ]);
  });

  it.each(['in accordance with the laws of the coastal State and international law.', 'under the laws of the coastal State and other rules of international law.'])(
    'does not count international law among the laws of the parties: %s',
    (text) => {
      expect(only('domestic-law', text).map((m) => m.text)).toEqual(['the laws of the coastal State']);
    },
  );

  it.each([
    'The penal laws of the occupied territory shall remain in force, with the exception',
    'in so far as is allowed by the laws of the Power on which they depend.',
    'derived by the Court from national laws of legal systems of the world including, as appropriate',
  ])('does not run the laws of the parties on into the clause that follows: %s', (text) => {
    for (const m of only('domestic-law', text)) expect(m.text).not.toMatch(/\b(?:shall|which|including)\b/i);
  });

  it('reads "military assistance" as a means qualifier but "assistance" alone not', () => {
    expect(only('means', 'shall extend military assistance').map((m) => m.text)).toEqual(['military assistance']);
    expect(only('means', 'shall extend assistance and support')).toEqual([]);
  });
});

describe('comparison keys', () => {
  const key = (code: string, text: string) => {
    const found = only(code, text);
    expect(found).toHaveLength(1);
    return found[0]?.key;
  };

  it('ignores the order of the parties in the laws of the parties', () => {
    const a = key('domestic-law', 'in accordance with the laws of the DPRK and the Russian Federation.');
    const b = key('domestic-law', 'in accordance with the laws of the Russian Federation and the DPRK.');
    const other = key('domestic-law', 'in accordance with the laws of the DPRK and the People’s Republic of China.');
    expect(a).toBe(b);
    expect(other).not.toBe(a);
    expect(key('domestic-law', 'in accordance with the laws of the Russian Federation.')).not.toBe(a);
  });

  it('ignores the order of long party names and of three parties', () => {
    expect(key('domestic-law', "the laws of the Democratic People's Republic of Korea and the Russian Federation.")).toBe(
      key('domestic-law', "the laws of the Russian Federation and the Democratic People's Republic of Korea."),
    );
    expect(key('domestic-law', 'the laws of China, the DPRK and the Russian Federation.')).toBe(
      key('domestic-law', 'the laws of the Russian Federation, China and the DPRK.'),
    );
  });

  it('keys the law of one state the same whichever cue finds it', () => {
    expect(key('domestic-law', 'subject to the laws of the coastal State.')).toBe(
      key('domestic-law', 'subject to the laws of the coastal State and international law.'),
    );
  });

  it('gives rewordings of the same timing the same code and different keys', () => {
    const found = ['shall immediately extend', 'shall extend without delay', 'shall forthwith extend'].map((t) => only('timing', t));
    for (const matches of found) expect(matches).toHaveLength(1);
    expect(new Set(found.map((m) => m[0]?.key)).size).toBe(3);
  });

  it('gives rewordings of the means the same code', () => {
    expect(codes('with all the means at its disposal')).toEqual(['means']);
    expect(codes('with all means in its possession')).toEqual(['means']);
    expect(key('means', 'with all the means at its disposal')).not.toBe(key('means', 'with all means in its possession'));
  });
});

/** One realistic sentence that a cue must find and one it must not: a near miss in the same language. */
interface CueExample {
  readonly lang: 'ru' | 'ko';
  readonly code: string;
  readonly yes: string;
  readonly text: string;
  readonly no: string;
}

const CUE_EXAMPLES: readonly CueExample[] = [
  // Russian: the 1961 and 2024 treaties, the UN Charter, and common treaty phrasing.
  { lang: 'ru', code: 'un-charter-article-51', yes: 'окажет помощь в соответствии со статьей 51 Устава ООН и законодательством сторон', text: 'в соответствии со статьей 51 Устава ООН', no: 'руководствуясь целями и принципами Устава ООН' },
  { lang: 'ru', code: 'un-charter-article-51', yes: 'Настоящий Устав ни в коей мере не затрагивает неотъемлемого права на индивидуальную или коллективную самооборону', text: 'неотъемлемого права на индивидуальную или коллективную самооборону', no: 'каждый имеет право на защиту своей чести' },
  { lang: 'ru', code: 'un-charter-general', yes: 'в соответствии с целями и принципами Устава Организации Объединенных Наций', text: 'целями и принципами Устава Организации Объединенных Наций', no: 'в соответствии со статьей 51 Устава ООН' },
  { lang: 'ru', code: 'un-charter-general', yes: 'действуя в соответствии с Уставом ООН, Стороны', text: 'в соответствии с Уставом ООН', no: 'в соответствии с уставом общества' },
  { lang: 'ru', code: 'domestic-law', yes: 'в соответствии со статьей 51 Устава ООН и законодательством Российской Федерации и КНДР.', text: 'законодательством Российской Федерации и КНДР', no: 'при соблюдении законов и обычаев войны и международного права.' },
  { lang: 'ru', code: 'domestic-law', yes: 'ратифицируется в соответствии со своими конституционными процедурами', text: 'своими конституционными процедурами', no: 'в соответствии с процедурами, предусмотренными настоящим Договором' },
  { lang: 'ru', code: 'trigger', yes: 'В случае, если одна из Сторон подвергнется вооруженному нападению', text: 'вооруженному нападению', no: 'Стороны подтверждают принцип взаимного ненападения' },
  { lang: 'ru', code: 'trigger', yes: 'и окажется, таким образом, в состоянии войны,', text: 'в состоянии войны', no: 'после окончания войны Стороны' },
  { lang: 'ru', code: 'trigger', yes: 'в случае возникновения непосредственной угрозы вооруженного вторжения', text: 'непосредственной угрозы вооруженного вторжения', no: 'угроза здоровью населения' },
  { lang: 'ru', code: 'trigger', yes: 'совершит акт агрессии против одной из Сторон', text: 'акт агрессии', no: 'определение агрессии, принятое Генеральной Ассамблеей' },
  { lang: 'ru', code: 'adversary-scope', yes: 'нападению со стороны какого-либо государства или коалиции государств', text: 'какого-либо государства или коалиции государств', no: 'Любое государство может присоединиться к настоящему Договору.' },
  { lang: 'ru', code: 'adversary-scope', yes: 'подвергнется нападению со стороны одного или нескольких государств', text: 'со стороны одного или нескольких государств', no: 'на территории одного или нескольких государств' },
  { lang: 'ru', code: 'timing', yes: 'другая Сторона немедленно окажет ей помощь', text: 'немедленно', no: 'принимает немедленные меры' },
  { lang: 'ru', code: 'timing', yes: 'другая Сторона незамедлительно окажет ей помощь', text: 'незамедлительно', no: 'проводят незамедлительные консультации' },
  { lang: 'ru', code: 'timing', yes: 'окажет помощь без промедления', text: 'без промедления', no: 'промедление недопустимо' },
  { lang: 'ru', code: 'timing', yes: 'безотлагательно уведомляет депозитария', text: 'безотлагательно', no: 'принимает безотлагательные меры' },
  { lang: 'ru', code: 'means', yes: 'окажет помощь всеми имеющимися в ее распоряжении средствами', text: 'всеми имеющимися в ее распоряжении средствами', no: 'разрешают споры всеми мирными средствами' },
  { lang: 'ru', code: 'means', yes: 'другая Сторона окажет военную и иную помощь', text: 'военную и иную помощь', no: 'оказывать друг другу всемерную помощь' },
  { lang: 'ru', code: 'request-consent', yes: 'по просьбе одной из Сторон', text: 'по просьбе', no: 'в ответ на запрос одной из Сторон' },
  { lang: 'ru', code: 'request-consent', yes: 'с согласия принимающего государства', text: 'с согласия', no: 'Стороны согласились о нижеследующем' },
  { lang: 'ru', code: 'consultation', yes: 'Стороны будут консультироваться друг с другом по всем важным международным вопросам', text: 'консультироваться друг с другом', no: 'Генеральный консул назначается' },
  { lang: 'ru', code: 'consultation', yes: 'Стороны обмениваются мнениями по вопросам двусторонних отношений', text: 'обмениваются мнениями', no: 'Стороны обмениваются информацией' },
  { lang: 'ru', code: 'consultation', yes: 'задействуют каналы двусторонних переговоров', text: 'двусторонних переговоров', no: 'в рамках многосторонних переговоров' },
  { lang: 'ru', code: 'security-council', yes: 'должны быть немедленно сообщены Совету Безопасности', text: 'сообщены Совету Безопасности', no: 'Совет Безопасности принимает решение' },
  { lang: 'ru', code: 'security-council', yes: 'пока Совет Безопасности не примет мер, необходимых для поддержания международного мира', text: 'пока Совет Безопасности не примет мер', no: 'Совет Безопасности примет меры' },
  { lang: 'ru', code: 'no-hostile-alliance', yes: 'обязуется не заключать никакого союза, а также не участвовать ни в каких коалициях, действиях или мероприятиях, направленных против другой Стороны', text: 'не заключать никакого союза, а также не участвовать ни в каких коалициях, действиях или мероприятиях, направленных против', no: 'обязуется не заключать договоров, противоречащих настоящему Договору' },
  { lang: 'ru', code: 'non-prejudice', yes: 'Настоящий Договор не затрагивает прав и обязательств Сторон по другим международным договорам', text: 'не затрагивает прав и обязательств', no: 'Стороны добросовестно выполняют свои права и обязательства' },
  { lang: 'ru', code: 'non-prejudice', yes: 'без ущерба для прав третьих государств', text: 'без ущерба для', no: 'возмещает ущерб, причиненный третьим государствам' },
  // Korean: the 2024 treaty as KCNA published it, and common treaty phrasing.
  { lang: 'ko', code: 'un-charter-article-51', yes: '타방은 유엔헌장 제51조와 조선민주주의인민공화국과 로씨야련방의 법에 준하여', text: '유엔헌장 제51조', no: '유엔헌장의 목적과 원칙에 따라' },
  { lang: 'ko', code: 'un-charter-article-51', yes: '개별적 또는 집단적 자위권을 행사하는 경우', text: '개별적 또는 집단적 자위권', no: '일본 자위대의 활동' },
  { lang: 'ko', code: 'un-charter-general', yes: '유엔헌장의 목적과 원칙에 따라 평화를 수호한다', text: '유엔헌장의 목적과 원칙', no: '유엔헌장 제51조에 따라' },
  { lang: 'ko', code: 'domestic-law', yes: '조선민주주의인민공화국과 로씨야련방의 법에 준하여 원조를 제공한다', text: '조선민주주의인민공화국과 로씨야련방의 법에 준하여', no: '국제법에 따라 분쟁을 해결한다' },
  { lang: 'ko', code: 'domestic-law', yes: '각 체약국의 헌법상 절차에 따라 비준된다', text: '헌법상 절차', no: '국제법의 원칙을 존중한다' },
  { lang: 'ko', code: 'trigger', yes: '여러 국가들로부터 무력침공을 받아', text: '무력침공', no: '무력을 사용하지 않는다' },
  { lang: 'ko', code: 'trigger', yes: '전쟁상태에 처하게 되는 경우', text: '전쟁상태', no: '전쟁을 방지하기 위하여' },
  { lang: 'ko', code: 'trigger', yes: '어느 한쪽에 대한 무력침공의 직접적인 위협이 조성되는 경우', text: '무력침공의 직접적인 위협', no: '평화에 대한 위협을 제거한다' },
  { lang: 'ko', code: 'adversary-scope', yes: '어떠한 국가 또는 국가련합으로부터 무력침공을 당함으로써', text: '어떠한 국가 또는 국가련합', no: '어떠한 국가도 이 조약에 가입할 수 있다' },
  { lang: 'ko', code: 'adversary-scope', yes: '개별적인 국가 또는 여러 국가들로부터 무력침공을 받아', text: '개별적인 국가 또는 여러 국가', no: '여러 국가의 대표가 참석한다' },
  { lang: 'ko', code: 'timing', yes: '즉시 쌍무협상통로를 가동시킨다', text: '즉시', no: '적절한 시기에 통보한다' },
  { lang: 'ko', code: 'timing', yes: '즉각 통보한다', text: '즉각', no: '정기적으로 통보한다' },
  { lang: 'ko', code: 'timing', yes: '지체없이 군사적 및 기타 원조를 제공한다', text: '지체없이', no: '지체된 경우에는' },
  { lang: 'ko', code: 'means', yes: '지체없이 군사적 및 기타 원조를 제공한다', text: '군사적 및 기타 원조', no: '경제적 원조를 제공한다' },
  { lang: 'ko', code: 'means', yes: '자기가 보유하고 있는 모든 수단으로', text: '모든 수단', no: '모든 적절한 조치를 취한다' },
  { lang: 'ko', code: 'request-consent', yes: '어느 한쪽의 요구에 따라 립장을 조정한다', text: '요구에 따라', no: '요청을 받은 국가는' },
  { lang: 'ko', code: 'request-consent', yes: '접수국의 동의를 얻어 설치한다', text: '동의를 얻어', no: '양측은 다음과 같이 동의한다' },
  { lang: 'ko', code: 'consultation', yes: '양측은 중요한 국제문제에 관하여 협의한다', text: '협의한', no: '협의의 개념에 따르면' },
  { lang: 'ko', code: 'consultation', yes: '쌍무관계 문제에 관하여 의견을 교환한다', text: '의견을 교환', no: '의견을 제시한다' },
  { lang: 'ko', code: 'security-council', yes: '이러한 조치는 안전보장이사회에 즉시 보고된다', text: '안전보장이사회에 즉시 보고', no: '안전보장이사회의 결정에 따라' },
  { lang: 'ko', code: 'no-hostile-alliance', yes: '상대방을 반대하는 어떠한 동맹에도 참가하지 않는다', text: '반대하는 어떠한 동맹', no: '동맹 관계를 강화한다' },
  { lang: 'ko', code: 'non-prejudice', yes: '이 조약은 당사국의 권리와 의무에 영향을 미치지 아니한다', text: '권리와 의무에 영향을 미치지 아니한다', no: '당사국의 권리와 의무를 존중한다' },
];

describe('Russian and Korean cues', () => {
  it.each(CUE_EXAMPLES)('$lang $code: finds $text', ({ lang, code, yes, text }) => {
    expect(only(code, yes, lang).map((m) => m.text)).toContain(text);
  });

  it.each(CUE_EXAMPLES)('$lang $code: nothing in $no', ({ lang, code, no }) => {
    expect(only(code, no, lang)).toEqual([]);
  });

  it('has a positive example for every Russian and Korean cue', () => {
    const unexercised: string[] = [];
    for (const category of LEXICON.categories) {
      for (const lang of ['ru', 'ko'] as const) {
        for (const cue of category.cues[lang] ?? []) {
          const compiled = compileCuePattern(cue.pattern, lang);
          const examples = CUE_EXAMPLES.filter((e) => e.lang === lang && e.code === category.code);
          if (!compiled.ok || !examples.some((e) => matchCue(compiled.program, cueText(e.yes)).length > 0)) unexercised.push(`${category.code} ${lang}: ${cue.pattern}`);
        }
      }
    }
    expect(unexercised).toEqual([]);
  });
});

describe('the lexicon', () => {
  const cues = LEXICON.categories.flatMap((category) =>
    Object.entries(category.cues).flatMap(([lang, list]) => list.map((cue) => ({ code: category.code, lang, pattern: cue.pattern }))),
  );

  it('parses with its schema and keeps the required categories, each code once', () => {
    expect(lexiconSchema.safeParse(JSON.parse(readFileSync(`${ROOT}data/qualifiers.json`, 'utf8'))).success).toBe(true);
    const all = LEXICON.categories.map((c) => c.code);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(REQUIRED_CODES));
  });

  it('has English cues in every category', () => {
    expect(LEXICON.categories.filter((c) => (c.cues.en ?? []).length === 0).map((c) => c.code)).toEqual([]);
  });

  it.each(cues)('$code $lang cue compiles, and is the regular expression it stands for: $pattern', ({ lang, pattern }) => {
    expect(compileCuePattern(pattern, lang).ok).toBe(true);
    expect(() => new RegExp(cueSource(pattern, lang), 'g')).not.toThrow();
  });

  it('writes patterns for the cue text: lower case, е for ё, no Unicode property classes, no named group but list', () => {
    const bad = cues.filter(({ pattern }) => {
      const literal = pattern.replace(/\\./g, '');
      return /[A-ZА-ЯЁё]/.test(literal) || pattern.includes('\\p{') || /\(\?<(?![=!]|list>)/.test(pattern);
    });
    expect(bad).toEqual([]);
  });
});

const OPEN_TREATIES = new URL('../../../shared/open-treaties/', import.meta.url);
const hasOpenTreaties = existsSync(OPEN_TREATIES);

interface OpenTreaty {
  preamble_en?: string;
  articles: Array<{ content_en?: string }>;
}

/** Every English paragraph of an open-treaties file: preamble and articles, split at line breaks. */
function openParagraphs(file: string): string[] {
  const json = JSON.parse(readFileSync(new URL(file, OPEN_TREATIES), 'utf8')) as OpenTreaty;
  return [json.preamble_en ?? '', ...json.articles.map((a) => a.content_en ?? '')]
    .flatMap((block) => block.split(/\n+/))
    .map((p) => p.trim())
    .filter(Boolean);
}

function openParagraph(file: string, containing: string): string {
  const found = openParagraphs(file).find((p) => p.includes(containing));
  if (found === undefined) throw new Error(`no paragraph of ${file} contains "${containing}"`);
  return found;
}

describe.skipIf(!hasOpenTreaties)(
  hasOpenTreaties ? 'qualifiers in the open-treaties texts' : 'qualifiers in the open-treaties texts [skipped: ../shared/open-treaties not found]',
  () => {
    const files = hasOpenTreaties ? readdirSync(OPEN_TREATIES).filter((f) => f.endsWith('.json')).sort() : [];
    let all: Array<QualifierMatch & { file: string }> | undefined;
    const everything = () => (all ??= files.flatMap((file) => openParagraphs(file).flatMap((p) => detect(p).map((m) => ({ file, ...m })))));

    it('finds Article 51 of the UN Charter with its trigger, timing and Security Council reporting', () => {
      const found = codes(openParagraph('un-charter.json', 'individual or collective self-defence'));
      expect(found).toEqual(expect.arrayContaining(['un-charter-article-51', 'trigger', 'timing', 'security-council', 'non-prejudice']));
      expect(found).not.toContain('un-charter-general');
    });

    it.each([
      ['vclt.json', 'adversary-scope', 'The depositary may be one or more States'],
      ['un-charter.json', 'adversary-scope', 'may be one or more states or the Organization itself'],
      ['un-charter.json', 'means', 'refrain in their international relations from the threat or use of force'],
      ['unclos.json', 'timing', 'for the year immediately prior to'],
      ['unclos.json', 'timing', 'two parts of an immediately adjacent neighbouring State'],
      ['icj-statute.json', 'timing', 'international organizations immediately concerned'],
      ['gc-iii.json', 'consultation', 'usefully consult the Model Regulations'],
      ['gc-iii.json', 'consultation', 'allow them to consult a lawyer'],
      ['gc-i.json', 'domestic-law', 'shall remain subject to the laws of war'],
      ['gc-i.json', 'domestic-law', 'laws of humanity and the dictates of the public conscience'],
    ])('%s: no %s in the paragraph with "%s"', (file, code, containing) => {
      expect(codes(openParagraph(file, containing))).not.toContain(code);
    });

    it('names no adversary anywhere: multilateral treaties have none', () => {
      expect(everything().filter((m) => m.code === 'adversary-scope')).toEqual([]);
    });

    it('never takes international law, the laws of war or of humanity for domestic law, nor runs on into a clause', () => {
      const wrong = everything().filter(
        (m) => m.code === 'domestic-law' && /international|\bwar|humanity|nations|\b(?:shall|which|including)\b/i.test(m.text),
      );
      expect(wrong).toEqual([]);
    });

    it('finds domestic law, timing, requests, consultation and non-prejudice clauses in quantity', () => {
      const count = new Map<string, number>();
      for (const m of everything()) count.set(m.code, (count.get(m.code) ?? 0) + 1);
      for (const code of ['domestic-law', 'timing', 'request-consent', 'consultation', 'non-prejudice']) {
        expect(count.get(code) ?? 0, code).toBeGreaterThan(20);
      }
    });
  },
);
