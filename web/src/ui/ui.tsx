import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { CombinedError } from "urql";
import { apiErrors } from "../graphql/client";
import { useI18n } from "../i18n/i18n";

// Shared pieces: native elements (button, dialog, table, form controls) carry
// keyboard and screen-reader behaviour for free, so no component library.

export function Hidden() {
  const { t } = useI18n();
  return <span className="hidden-field">{t("notVisible")}</span>;
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="muted loading">
      {t("loading")}
    </p>
  );
}

/** A query's failure, with a way to ask again. */
export function LoadError({ error, retry }: { error: CombinedError; retry?: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error">
      {apiErrors(error).map((e, i) => (
        <p key={i}>{t("error", { message: e.message })}</p>
      ))}
      {retry && (
        <button type="button" onClick={retry}>
          {t("retry")}
        </button>
      )}
    </div>
  );
}

/**
 * CONFLICT, BAD_USER_INPUT and other refusals, shown beside their action;
 * a BAD_USER_INPUT about one of fields is left to that field (see Field).
 */
export function ActionError({ error, hint, fields }: { error?: CombinedError; hint?: ReactNode; fields?: string[] }) {
  const errs = apiErrors(error).filter((e) => e.code !== "UNAUTHENTICATED" && !(e.field && fields?.includes(e.field)));
  if (errs.length === 0) return null;
  return (
    <div role="alert" className="action-error" data-code={errs[0].code}>
      {errs.map((e, i) => (
        <p key={i}>{e.message}</p>
      ))}
      {hint && errs.some((e) => e.code === "CONFLICT") && <p>{hint}</p>}
    </div>
  );
}

export function Status({ value }: { value: string }) {
  const { t } = useI18n();
  return <span className={`badge badge-${value.toLowerCase()}`}>{t(`status.${value}` as never)}</span>;
}

/**
 * A button that asks for confirmation in a modal dialog first. The native
 * dialog traps focus, closes on Escape and returns focus to the button.
 */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  danger,
  children,
  disabled,
}: {
  label: string;
  question: string;
  onConfirm: () => void;
  danger?: boolean;
  children?: ReactNode;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  return (
    <>
      <button type="button" className={danger ? "danger" : undefined} onClick={() => ref.current?.showModal()} disabled={disabled}>
        {label}
      </button>
      <dialog ref={ref} aria-labelledby={id}>
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            ref.current?.close();
            onConfirm();
          }}
        >
          <p id={id}>{question}</p>
          {children}
          <div className="row">
            <button type="submit" className={danger ? "danger" : "primary"}>
              {t("confirm")}
            </button>
            <button type="button" onClick={() => ref.current?.close()}>
              {t("cancel")}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}

/** What a control spreads to say that it is invalid and why. */
export interface FieldAria {
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

/**
 * A labelled form control. error is the server's BAD_USER_INPUT about this
 * field: shown under it, and tied to the control for screen readers.
 */
export function Field({
  label,
  children,
  hint,
  error,
}: {
  label: string;
  children: (id: string, aria: FieldAria) => ReactNode;
  hint?: string;
  error?: string;
}) {
  const id = useId();
  const aria: FieldAria = error ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {};
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id, aria)}
      {hint && <small className="muted">{hint}</small>}
      {error && (
        <small id={`${id}-error`} className="field-error" role="alert" data-field-error>
          {error}
        </small>
      )}
    </div>
  );
}

/** Polite announcements for screen readers (e.g. after a reorder). */
export function useAnnouncer(): [ReactNode, (msg: string) => void] {
  const [msg, setMsg] = useState("");
  useEffect(() => {
    if (!msg) return;
    const h = window.setTimeout(() => setMsg(""), 5000);
    return () => window.clearTimeout(h);
  }, [msg]);
  return [
    <div role="status" aria-live="polite" className="visually-hidden">
      {msg}
    </div>,
    setMsg,
  ];
}

export const areas = ["COMMUNICATIONS", "DATA_CENTRES", "IT_ARCHITECTURE", "CYBERSECURITY"] as const;
