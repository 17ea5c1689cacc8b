import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/claims/language';

describe('detectLanguage', () => {
  it.each([
    ['Sekretarz generalny NATO Jens Stoltenberg powiedział w poniedziałek, że negocjacje mogą nie rozwiązać problemów.', 'pl'],
    ['NATO Secretary General Jens Stoltenberg said on Monday that the talks may not solve all problems.', 'en'],
    ['Spotkanie w piątek', 'pl'],
    ['Meeting on Friday', 'en'],
    ['Dziś', 'pl'],
    ['Rada NATO-Rosja', 'pl'],
    ['To jest test', 'pl'],
    ['I went there', 'en'],
    ['The', 'en'],
    ['', 'en'],
    ['12.01.2022', 'en'],
    ['źdźbło', 'pl'],
    // A Polish article quoting English words stays Polish.
    ['Premier powiedział, że „the deal is done” i że rozmowy się zakończyły, a ministrowie wrócili do kraju.', 'pl'],
    // An English article with Polish names stays English.
    ['Polish Foreign Minister Zbigniew Rau said the talks in Łódź would continue, and the ministers agreed.', 'en'],
  ])('%j → %s', (text, want) => expect(detectLanguage(text)).toBe(want));
});
