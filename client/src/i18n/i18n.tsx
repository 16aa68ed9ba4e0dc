import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatVi, type LocalDate } from '@lotrinh/shared';

export type Lang = 'vi' | 'en';
export type MessageTable = Record<string, string>;
export interface Messages {
  vi: MessageTable;
  en: MessageTable;
}

export interface I18n {
  lang: Lang;
  /** The message for `key` in the current language, with `{name}` placeholders filled from `vars`. */
  t: (key: string, vars?: Record<string, string | number>) => string;
  /** dd/MM/yyyy in Vietnamese, d MMM yyyy in English. */
  formatDate: (date: LocalDate | null | undefined) => string;
  /** The Vietnamese or English variant of a bilingual value. */
  pick: (vi: string, en: string | null | undefined) => string;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function createI18n(lang: Lang, messages: Messages): I18n {
  const table = messages[lang];
  return {
    lang,
    t: (key, vars) => {
      const template = table[key] ?? messages.vi[key] ?? key;
      return vars ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : template;
    },
    formatDate: (date) => {
      if (!date) return '—';
      if (lang === 'vi') return formatVi(date);
      return `${Number(date.slice(8, 10))} ${EN_MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
    },
    pick: (vi, en) => (lang === 'en' && en ? en : vi),
  };
}

const I18nContext = createContext<I18n | null>(null);

export interface I18nProviderProps {
  lang: Lang;
  messages: Messages;
  children: ReactNode;
}

export function I18nProvider({ lang, messages, children }: I18nProviderProps) {
  const i18n = useMemo(() => createI18n(lang, messages), [lang, messages]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
