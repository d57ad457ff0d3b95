import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { cx } from "./cx";
import { controlClasses, describedBy, Field, firstError } from "./field";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "size"> & {
  label: ReactNode;
  hint?: ReactNode;
  /** One message, or zod's list for the field (the first is shown). */
  error?: string | string[];
  /** Classes for the wrapper; `inputClassName` for the input itself. */
  className?: string;
  inputClassName?: string;
};

export function TextField({ label, hint, error, id, className, inputClassName, type = "text", ...input }: TextFieldProps) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const message = firstError(error);
  return (
    <Field id={inputId} label={label} hint={hint} error={message} className={className}>
      <input
        id={inputId}
        type={type}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(inputId, hint, message)}
        className={cx(controlClasses(Boolean(message)), "h-10", inputClassName)}
        {...input}
      />
    </Field>
  );
}
