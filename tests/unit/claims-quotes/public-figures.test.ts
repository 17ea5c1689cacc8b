import { describe, expect, it } from 'vitest';
import { figuresFor, foldName, uniqueFigure } from '../../../shared/claims/public-figures';
import { quotes } from './helpers';

// Own fixtures: public figures named by surname or by office only.

describe('public figures', () => {
  it('completes a surname the article never expands', () => {
    const t = '- Nie będzie podwyżek podatków - podkreślił Tusk.';
    expect(quotes(t).map((x) => x.speaker)).toEqual(['Donald Tusk']);
  });

  it('resolves an office to a person the article names, even when the name comes later', () => {
    const t = '- Przedstawiam nowego rzecznika - mówił premier na konferencji.\n\n- Będzie pracował od jutra - dodał Tusk.';
    expect(quotes(t).map((x) => x.speaker)).toEqual(['Donald Tusk', 'Donald Tusk']);
  });

  it('prefers the title the article gives over known offices of another period', () => {
    const t = 'Szef Rady Europejskiej Donald Tusk przyjechał na szczyt. Mateusz Morawiecki skomentował wyniki. - To wielki sukces Polski - powiedział premier.';
    expect(quotes(t).at(-1)?.speaker).toBe('Mateusz Morawiecki');
  });

  it('never makes a speaker out of the list alone, and leaves unknown surnames alone', () => {
    expect(quotes('- Nie zgadzam się - powiedział premier.').map((x) => x.speaker)).toEqual(['premier']);
    expect(quotes('- Nie zgadzam się - powiedział Kowalski.').map((x) => x.speaker)).toEqual(['Kowalski']);
  });

  it('matches English spellings and titles', () => {
    const t = 'Mr Sunak spoke in Essex on Monday. "I need your vote," the prime minister said.';
    expect(quotes(t, 'en').map((x) => x.speaker)).toEqual(['Rishi Sunak']);
    expect(uniqueFigure('Zelensky', 'Volodymyr', 'm')?.name).toBe('Wołodymyr Zełenski');
    expect(foldName('Zełenski')).toBe('zelenski');
  });

  it('tells people with one surname apart by the given name', () => {
    expect(figuresFor('Kaczyński', null, 'm').length).toBeGreaterThan(1);
    expect(uniqueFigure('Kaczyński', 'Jarosław', 'm')?.name).toBe('Jarosław Kaczyński');
    expect(uniqueFigure('Kaczyński', 'Jan', 'm')).toBeNull();
  });
});
