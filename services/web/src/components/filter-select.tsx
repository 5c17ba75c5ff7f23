import { NativeSelect } from '@mantine/core';

/** One filter as a labelled native select whose first choice, the empty value, means "any". */
export function FilterSelect({
  label,
  value,
  any,
  choices,
  onChange,
}: {
  label: string;
  value: string | undefined;
  any: string;
  choices: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <NativeSelect
      label={label}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[{ value: '', label: any }, ...choices]}
    />
  );
}
