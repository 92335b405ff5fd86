import type { SettingsPatch } from '../../shared/settings';
import type { Authorizer } from './users/authorizer';
import type { TillSession } from './users/tillSession';

/**
 * Who may change settings and credentials. Before the first admin exists the
 * onboarding wizard must be able to configure the till, so everything is open; after
 * that only a user with the `settings` permission may, except the language, which
 * every cashier may switch for themselves.
 */
export function settingsGuard(session: TillSession, authorizer: Authorizer) {
  const assertAllowed = () => {
    if (session.current().needsBootstrap) return;
    authorizer.authorize('settings', undefined);
  };
  return {
    assertMayUpdate(patch: SettingsPatch): void {
      const onlyLanguage = Object.keys(patch).every((key) => key === 'language');
      if (!onlyLanguage) assertAllowed();
    },
    assertMayChangeCredentials: assertAllowed,
  };
}

export type SettingsGuard = ReturnType<typeof settingsGuard>;
