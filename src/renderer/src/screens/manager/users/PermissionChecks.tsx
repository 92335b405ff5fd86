import type { PrivilegedAction } from '../../../components/privilegedAction';
import { privilegedActionSchema } from '../../../../../shared/contract/users';
import { useT } from '../../../i18n/useT';

/** One checkbox per privileged action; an admin holds them all, so theirs are shown ticked and fixed. */
export function PermissionChecks({
  value,
  onChange,
  locked,
}: {
  value: PrivilegedAction[];
  onChange(next: PrivilegedAction[]): void;
  locked: boolean;
}) {
  const t = useT();
  return (
    <fieldset className="permission-checks">
      <legend>{t('manager.users.permissions')}</legend>
      {privilegedActionSchema.options.map((action) => (
        <label key={action} className="radio">
          <input
            type="checkbox"
            disabled={locked}
            checked={locked || value.includes(action)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, action] : value.filter((existing) => existing !== action))
            }
          />
          {t(`action.${action}`)}
        </label>
      ))}
    </fieldset>
  );
}
