import { useId, type ReactNode, type SelectHTMLAttributes } from "react";
import { cx } from "./cx";
import { controlClasses, describedBy, Field, firstError } from "./field";

export type SelectOption = { value: string | number; label: string; disabled?: boolean };

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | string[];
  /** Either options, or <option> children. */
  options?: SelectOption[];
  /** A first, empty choice such as "Choose a service". */
  placeholder?: string;
  className?: string;
  selectClassName?: string;
};

export function Select({ label, hint, error, id, options, placeholder, className, selectClassName, children, ...select }: SelectProps) {
  const autoId = useId();
  const selectId = id ?? autoId;
  const message = firstError(error);
  return (
    <Field id={selectId} label={label} hint={hint} error={message} className={className}>
      <select
        id={selectId}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(selectId, hint, message)}
        className={cx(controlClasses(Boolean(message)), "h-10 pr-8", selectClassName)}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </Field>
  );
}
