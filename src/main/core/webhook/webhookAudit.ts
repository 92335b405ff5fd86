import type { AuditSink } from '../auth/ports';
import type { Handler } from '../ipc/dispatcher';

/**
 * `webhook.register` can point TokenX's callbacks for the whole client at this till, away
 * from another till: who did it, and what was registered, goes to the audit log.
 */
export function auditedWebhookRegister(
  register: Handler<'webhook.register'>,
  audit: AuditSink,
  actor: () => string | null,
): Handler<'webhook.register'> {
  return async (arg) => {
    const status = await register(arg);
    const { registration } = status;
    audit.record({
      action: 'webhook.register',
      actorId: actor(),
      approverId: null,
      subject: registration.ourUrl ?? 'no-public-url',
      outcome: registration.state,
      details: { confirmOverwrite: arg.confirmOverwrite, registeredUrl: registration.registeredUrl },
    });
    return status;
  };
}
