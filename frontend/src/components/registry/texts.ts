/**
 * Area-local bilingual dictionaries on top of the shared i18n helper: each area keeps its
 * texts next to its pages (both languages) and reads them with the current `lang`.
 *
 *   const TEXTS = { 'list.title': { zh: '户籍台账', en: 'Registry' } } satisfies Dictionary;
 *   const t = useTexts(TEXTS);  t('list.title')
 */
import { useCallback } from 'react';
import { useI18n, type Lang, type Vars } from '../../i18n';

export type Dictionary = Record<string, { zh: string; en: string }>;

export function fill(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translateIn<D extends Dictionary>(dict: D, lang: Lang, key: keyof D, vars?: Vars): string {
  return fill(dict[key][lang], vars);
}

export function useTexts<D extends Dictionary>(dict: D): (key: keyof D, vars?: Vars) => string {
  const { lang } = useI18n();
  return useCallback((key: keyof D, vars?: Vars) => translateIn(dict, lang, key, vars), [dict, lang]);
}
