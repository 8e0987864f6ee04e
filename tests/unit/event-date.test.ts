import { describe, expect, it } from 'vitest';
import { byEventDate, eventDate, eventDateText } from '../../src/lib/event-date.ts';

const e = (id: string, date: string, saison?: 'printemps' | 'ete' | 'automne' | 'hiver') => ({ id, data: { date, saison } });

describe('dates de la chronologie', () => {
  it('écrit chaque précision en français de Belgique (Intl fr-BE)', () => {
    expect(eventDate({ date: '2023-03-09' }).label).toBe('9 mars 2023');
    expect(eventDate({ date: '2023-12' }).label).toBe('décembre 2023');
    expect(eventDate({ date: '2023', saison: 'ete' }).label).toBe('été 2023');
    expect(eventDate({ date: '2013' }).label).toBe('2013');
    expect(eventDate({ date: '2023', saison: 'ete' }).datetime).toBe('2023');
    expect(eventDateText({ date: '2023-12', dateLibelle: 'article du 13 décembre' })).toBe('décembre 2023 (article du 13 décembre)');
  });
  it('trie par la date réelle : « été 2023 » après le 9 mars et le 23 juin 2023, avant octobre', () => {
    const sorted = [
      e('oct', '2023-10-10'),
      e('ete', '2023', 'ete'),
      e('mars', '2023-03-09'),
      e('juin', '2023-06-23'),
      e('annee', '2022'),
      e('dec22', '2022-12-06'),
    ]
      .sort(byEventDate)
      .map((x) => x.id);
    expect(sorted).toEqual(['annee', 'dec22', 'mars', 'juin', 'ete', 'oct']);
  });
  it('à même place, la date la plus précise d’abord ; l’hiver déborde sur l’année suivante', () => {
    expect([e('mois', '2024-01'), e('jour', '2024-01-15')].sort(byEventDate).map((x) => x.id)).toEqual(['jour', 'mois']);
    expect([e('fev', '2024-02-20'), e('hiver', '2023', 'hiver')].sort(byEventDate).map((x) => x.id)).toEqual(['hiver', 'fev']);
  });
});
