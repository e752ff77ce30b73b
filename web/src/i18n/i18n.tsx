import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { en, type Key } from "./en";
import { uk } from "./uk";

// Two languages with typed keys and the browser's Intl for money and dates:
// a library would add bytes to every page for plurals and formats we do not
// need, while Record<Key, string> already catches a missing translation.
export type Lang = "en" | "uk";
const dictionaries: Record<Lang, Record<Key, string>> = { en, uk };
const locales: Record<Lang, string> = { en: "en-GB", uk: "uk-UA" };
const storageKey = "itc.lang";

export type T = (key: Key, vars?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  setLang: (l: Lang) => void;
  t: T;
  money: (amount: string | null | undefined, currency?: string) => string;
  date: (iso: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
}

const Ctx = createContext<I18n | null>(null);

function initialLang(): Lang {
  const saved = localStorage.getItem(storageKey);
  if (saved === "en" || saved === "uk") return saved;
  return navigator.language.toLowerCase().startsWith("uk") ? "uk" : "en";
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((l: Lang) => {
    localStorage.setItem(storageKey, l);
    setLangState(l);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const dict = dictionaries[lang];
    const locale = locales[lang];
    const dateFmt = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
    const dateTimeFmt = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    const t: T = (key, vars) =>
      (dict[key] ?? en[key]).replace(/\{(\w+)\}/g, (_, k: string) => String(vars?.[k] ?? `{${k}}`));
    return {
      lang,
      setLang,
      t,
      // Money travels as an exact decimal string; Intl formats the string
      // itself, so no amount passes through a float.
      money: (amount, currency = "EUR") => {
        if (amount == null) return "";
        const fmt = new Intl.NumberFormat(locale, { style: "currency", currency });
        return fmt.format(amount as unknown as number);
      },
      date: (iso) => (iso ? dateFmt.format(new Date(iso)) : ""),
      dateTime: (iso) => (iso ? dateTimeFmt.format(new Date(iso)) : ""),
    };
  }, [lang, setLang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error("useI18n outside I18nProvider");
  return v;
}
