import { EXPORT_FORMATS, EXPORT_FORMAT_LABELS, type CopyKind } from '../utils/settings';

/** The default export format, as a radio group. */
export interface OptionsExportFormatProps {
  value: CopyKind;
  onChange: (format: CopyKind) => void;
}

export function OptionsExportFormat({ value, onChange }: OptionsExportFormatProps) {
  return (
    <fieldset class="card">
      <legend>Default export format</legend>
      <p class="muted">What the popup’s main copy button produces.</p>
      <div class="choices" role="radiogroup" aria-label="Default export format">
        {EXPORT_FORMATS.map((format) => (
          <label key={format}>
            <input type="radio" name="export-format" value={format} checked={value === format} onChange={() => onChange(format)} />
            {EXPORT_FORMAT_LABELS[format]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
