import './Switch.css';
interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  id: string;
  disabled?: boolean;
}

/** A labelled on/off switch: a real checkbox with role=switch, so keyboards and screen readers know it. */
export function Switch({ label, checked, onChange, id, disabled }: Props) {
  return (
    <label class="switch" for={id}>
      <input id={id} type="checkbox" role="switch" checked={checked} disabled={disabled} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-label">{label}</span>
    </label>
  );
}
