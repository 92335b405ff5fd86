import type { ToslaDialect } from './dialect';
import { sortableStampAt, timeSpanAt, transactionDateAt } from './gmt3';
import type { SimRecord } from './ledger';

/**
 * Answers as the service writes them in its recorded form: PascalCase, in the field order
 * of the "Ödeme Sorgulama" response table, amounts in kuruş, `TransactionId` a number
 * inside records (reference §6.9, §6.10). `inDialect` rewrites them afterwards.
 */

const commission = (record: SimRecord) => Math.floor((record.amount * record.commissionRateBp) / 10_000);

/** `ids: 'zeroed'`: the test environment's inquiry leaves out the ids and dates history fills in (reference §6.9). */
export function wireRecord(
  record: SimRecord,
  clientId: number,
  dialect: Pick<ToslaDialect, 'inquiryIds' | 'createDate'>,
  message: string,
) {
  const merchantCommission = commission(record);
  const zeroed = dialect.inquiryIds === 'zeroed';
  return {
    TransactionType: record.transactionType,
    CreateDate: dialect.createDate === 'yyyyMMddHHmmss' ? timeSpanAt(record.createdAt) : sortableStampAt(record.createdAt),
    OrderId: record.orderId,
    BankResponseCode: '00',
    BankResponseMessage: null,
    AuthCode: null,
    HostReferenceNumber: null,
    Amount: record.amount,
    Currency: 949,
    InstallmentCount: record.installmentCount,
    ClientId: clientId,
    CardNo: record.cardNo,
    RequestStatus: record.requestStatus,
    RefundedAmount: record.refundedAmount,
    PostAuthedAmount: record.postAuthedAmount,
    TransactionId: zeroed ? 0 : record.transactionId,
    CommissionStatus: null,
    NetAmount: record.amount - merchantCommission,
    MerchantCommissionAmount: merchantCommission,
    MerchantCommissionRate: record.commissionRateBp === 0 ? null : record.commissionRateBp / 100,
    CardBankId: zeroed ? 0 : record.cardBankId,
    CardTypeId: zeroed ? 0 : record.cardTypeId,
    ValorDate: 0,
    TransactionDate: zeroed ? 0 : transactionDateAt(record.createdAt),
    BankValorDate: 0,
    ExtraParameters: null,
    Code: 0,
    Message: message,
  };
}

/** The recorded inquiry answer for an order the service does not know: Code 0 and an empty record (reference §6.9, §10.6f). */
export const EMPTY_INQUIRY_RECORD = {
  TransactionType: 0,
  CreateDate: null,
  OrderId: null,
  BankResponseCode: null,
  BankResponseMessage: null,
  AuthCode: null,
  HostReferenceNumber: null,
  Amount: 0,
  Currency: 0,
  InstallmentCount: 0,
  ClientId: 0,
  CardNo: null,
  RequestStatus: 0,
  RefundedAmount: 0,
  PostAuthedAmount: 0,
  TransactionId: 0,
  CommissionStatus: null,
  NetAmount: 0,
  MerchantCommissionAmount: 0,
  MerchantCommissionRate: null,
  CardBankId: 0,
  CardTypeId: 0,
  ValorDate: null,
  TransactionDate: 0,
  BankValorDate: 0,
  ExtraParameters: null,
  Code: 0,
  Message: '',
};

/**
 * The void/refund answer ("İptal"/"İade" response tables); on refusal everything but
 * OrderId, Code and Message is null (reference §6.7, §10.4b).
 */
export function operationEnvelope(
  orderId: string | null,
  code: number,
  message: string,
  transactionId: number | null,
  type: ToslaDialect['operationTransactionId'],
) {
  return {
    OrderId: orderId,
    BankResponseCode: code === 0 ? '00' : null,
    BankResponseMessage: null,
    AuthCode: null,
    HostReferenceNumber: null,
    TransactionId: transactionId === null ? null : type === 'string' ? String(transactionId) : transactionId,
    Code: code,
    Message: message,
  };
}
