import type { ConnectionCheck, FiscalParametersView, SaleMode, TerminalInfo } from '../../../shared/checkout/tokenxSetup';
import { AppFailure } from '../failure';
import type { TokenxClient } from './client';
import { LOCAL_CODES } from './outcome';
import { SALE_MODE } from './schemas';
import type { TokenxRefusal } from './callFailure';
import { tokenxCallFailure } from './callFailure';
import type { ActiveAccount } from './tokenxConnection';

/**
 * The settings screen's and onboarding wizard's questions to TokenX: does the account
 * answer, which terminals does the branch have and in which sale mode, and which
 * departments is a device programmed with. Answers name the exact problem.
 */

/** JWT refusals (vendor 0001–0005) and HTTP 401: TokenX did not accept the credentials. */
const AUTH_CODES = new Set(['0001', '0002', '0003', '0004', '0005', '401']);
/** "Forbidden": the id belongs to another merchant. */
const FOREIGN_CODES = new Set(['403', '9']);
const UNKNOWN_DEVICE_CODE = '1106';

export function saleModeOf(mode: number | null | undefined): SaleMode {
  if (mode === SALE_MODE.instant) return 'instant';
  if (mode === SALE_MODE.list) return 'list';
  return 'unknown';
}

export async function testConnection(account: ActiveAccount, target: 'terminal' | 'branch'): Promise<ConnectionCheck> {
  const verdict = (outcome: ConnectionCheck['outcome'], message: string, messageTr: string, terminal: TerminalInfo | null = null) => ({
    outcome,
    environment: account.environment,
    message,
    messageTr,
    terminal,
  });
  const { client, terminalId, branchId } = account;
  if (terminalId === '' && (target === 'terminal' || branchId === '')) return accountOnly(client, account.environment, verdict);
  if (terminalId === '') {
    const branch = await client.getTerminals({ branchId });
    if (branch.kind !== 'ok') return refusalVerdict(branch, verdict, { kind: 'branch', id: branchId });
    return verdict('ok', `TokenX answers; branch ${branchId} has ${branch.value.length} terminal(s).`, `TokenX yanıt veriyor; ${branchId} şubesinde ${branch.value.length} terminal var.`);
  }
  const found = await client.getTerminals({ terminalId });
  if (found.kind !== 'ok') return refusalVerdict(found, verdict, { kind: 'terminal', id: terminalId });
  const record = found.value.find((terminal) => terminal.id === terminalId) ?? found.value[0];
  const terminal: TerminalInfo = { id: record?.id ?? terminalId, branchId: record?.branchId ?? null, mode: saleModeOf(record?.mode) };
  if (target === 'terminal' && terminal.mode === 'list') {
    return verdict(
      'wrong-sale-mode',
      `Terminal ${terminalId} is in list sale mode, so it refuses baskets sent to it directly. Switch it to instant mode on the device, or send to the branch list instead.`,
      `${terminalId} terminali liste satış modunda; doğrudan gönderilen sepetleri reddeder. Cihazda anlık moda geçirin veya sepetleri şube listesine gönderin.`,
      terminal,
    );
  }
  return verdict(
    'ok',
    `TokenX answers and terminal ${terminalId} belongs to this account (${terminal.mode} sale mode).`,
    `TokenX yanıt veriyor ve ${terminalId} terminali bu hesaba ait (${terminal.mode === 'instant' ? 'anlık' : terminal.mode === 'list' ? 'liste' : 'bilinmeyen'} satış modu).`,
    terminal,
  );
}

/** Without a terminal: signing in and reading the client settings proves the account alone. */
async function accountOnly(
  client: TokenxClient,
  environment: string,
  verdict: (outcome: ConnectionCheck['outcome'], message: string, messageTr: string) => ConnectionCheck,
): Promise<ConnectionCheck> {
  const read = await client.getClientSettings();
  if (read.kind !== 'ok') return refusalVerdict(read, verdict, null);
  return verdict(
    'terminal-missing',
    `TokenX accepts the credentials (${environment}), but this till has no terminal id (nor branch id): enter the ÖKC terminal id in Settings → TokenX.`,
    `TokenX kimlik bilgilerini kabul ediyor (${environment}) ama bu kasanın terminal (veya şube) numarası yok: ÖKC terminal numarasını Ayarlar → TokenX bölümüne girin.`,
  );
}

function refusalVerdict(
  answer: TokenxRefusal,
  verdict: (outcome: ConnectionCheck['outcome'], message: string, messageTr: string) => ConnectionCheck,
  subject: { kind: 'terminal' | 'branch'; id: string } | null,
): ConnectionCheck {
  if (answer.kind === 'unknown') {
    return verdict(
      'unreachable',
      `TokenX could not be reached (${answer.reason}). Check the internet connection and the base URLs in Settings → TokenX.`,
      `TokenX'e ulaşılamadı (${answer.reason}). İnternet bağlantısını ve Ayarlar → TokenX'teki adresleri kontrol edin.`,
    );
  }
  if (answer.code === LOCAL_CODES.credentialsMissing) {
    return verdict(
      'credentials-missing',
      'The TokenX client id and secret are not both saved. Enter them in Settings → TokenX.',
      'TokenX istemci kimliği ve gizli anahtarı birlikte kayıtlı değil. Ayarlar → TokenX bölümünden girin.',
    );
  }
  if (answer.httpStatus === 401 || AUTH_CODES.has(answer.code)) {
    return verdict(
      'auth-failed',
      `TokenX refused the client id and secret (${answer.code}: ${answer.description}). Check them, and that they belong to the chosen environment (test or production).`,
      `TokenX istemci kimliğini ve gizli anahtarı reddetti (${answer.code}: ${answer.description}). Bilgileri ve seçili ortama (test veya canlı) ait olduklarını kontrol edin.`,
    );
  }
  if (subject !== null && answer.code === UNKNOWN_DEVICE_CODE) {
    return verdict(
      'terminal-unknown',
      `TokenX knows no device with the id ${subject.id}. Check the terminal id printed on the ÖKC.`,
      `TokenX'te ${subject.id} numaralı bir cihaz yok. ÖKC üzerinde yazan terminal numarasını kontrol edin.`,
    );
  }
  if (subject !== null && FOREIGN_CODES.has(answer.code)) {
    return subject.kind === 'terminal'
      ? verdict(
          'terminal-foreign',
          `Terminal ${subject.id} does not belong to this TokenX account. Check the terminal id, or the credentials.`,
          `${subject.id} terminali bu TokenX hesabına ait değil. Terminal numarasını veya kimlik bilgilerini kontrol edin.`,
        )
      : verdict(
          'branch-unknown',
          `Branch ${subject.id} does not belong to this TokenX account. Check the branch id in Settings → TokenX.`,
          `${subject.id} şubesi bu TokenX hesabına ait değil. Ayarlar → TokenX'teki şube numarasını kontrol edin.`,
        );
  }
  return verdict(
    'refused',
    `TokenX refused the check (${answer.code}: ${answer.description}).`,
    `TokenX kontrolü reddetti (${answer.code}: ${answer.description}).`,
  );
}

export async function listTerminals(account: ActiveAccount, branchId?: string): Promise<TerminalInfo[]> {
  const branch = branchId ?? (account.branchId !== '' ? account.branchId : null);
  const answer =
    branch !== null
      ? await account.client.getTerminals({ branchId: branch })
      : account.terminalId !== ''
        ? await branchOfTerminal(account.client, account.terminalId)
        : null;
  if (answer === null) {
    throw new AppFailure(
      'tokenx.no-branch',
      'Enter the branch id or this till\'s terminal id in Settings → TokenX first: the terminal list is per branch.',
      'Önce Ayarlar → TokenX bölümüne şube numarasını veya bu kasanın terminal numarasını girin: terminal listesi şube bazındadır.',
      'tokenx.branchId',
    );
  }
  if (answer.kind !== 'ok') throw tokenxCallFailure('list the terminals', 'terminaller listelenemedi', answer);
  return answer.value.map((terminal) => ({ id: terminal.id, branchId: terminal.branchId ?? null, mode: saleModeOf(terminal.mode) }));
}

async function branchOfTerminal(client: TokenxClient, terminalId: string) {
  const organization = await client.getTerminal(terminalId);
  if (organization.kind !== 'ok') return organization;
  const branchId = organization.value.branchId ?? null;
  return branchId === null ? client.getTerminals({ terminalId }) : client.getTerminals({ branchId });
}

export async function fiscalParameters(account: ActiveAccount, terminalId?: string): Promise<FiscalParametersView> {
  const terminal = terminalId ?? account.terminalId;
  if (terminal === '') {
    throw new AppFailure(
      'tokenx.no-terminal',
      "Enter this till's terminal id in Settings → TokenX first: departments are programmed per device.",
      'Önce Ayarlar → TokenX bölümüne bu kasanın terminal numarasını girin: kısımlar cihaz bazında programlanır.',
      'tokenx.terminalId',
    );
  }
  const answer = await account.client.getFiscalParameters(terminal);
  if (answer.kind !== 'ok') throw tokenxCallFailure('read the fiscal parameters', 'mali parametreler okunamadı', answer);
  return {
    terminalId: terminal,
    sections: answer.value.sections.map(({ sectionNo, name, taxPercent }) => ({ sectionNo, name, taxPercent })),
    receiptLimit: answer.value.receiptLimit ?? null,
    currencies: (answer.value.currencies ?? []).map(({ id, name, rate }) => ({ id, name, rate })),
  };
}
