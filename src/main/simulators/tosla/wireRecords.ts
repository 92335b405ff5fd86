import { istanbulDateNumber, istanbulTimeSpan } from '../../core/tosla/istanbulTime';
import type { SimRecord } from './ledger';

/**
 * Records as the real service writes them: PascalCase, in its field order, amounts in
 * kuruş, `TransactionId` a number inside records (reference §6.9, §6.10).
 */

const commission = (record: SimRecord) => Math.floor((record.amount * record.commissionRateBp) / 10_000);

/** `inTestEnvInquiry`: the test environment's inquiry zeroes the ids and dates that history fills in. */
export function wireRecord(record: SimRecord, clientId: number, inTestEnvInquiry: boolean, message: string) {
  const merchantCommission = commission(record);
  return {
    TransactionType: record.transactionType,
    CreateDate: istanbulTimeSpan(record.createdAt),
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
    TransactionId: inTestEnvInquiry ? 0 : record.transactionId,
    CommissionStatus: null,
    NetAmount: record.amount - merchantCommission,
    MerchantCommissionAmount: merchantCommission,
    MerchantCommissionRate: record.commissionRateBp === 0 ? null : record.commissionRateBp / 100,
    CardBankId: inTestEnvInquiry ? 0 : record.cardBankId,
    CardTypeId: inTestEnvInquiry ? 0 : record.cardTypeId,
    ValorDate: 0,
    TransactionDate: inTestEnvInquiry ? 0 : istanbulDateNumber(record.createdAt),
    BankValorDate: 0,
    ExtraParameters: null,
    Code: 0,
    Message: message,
  };
}

/** The inquiry answer for an order it does not know: Code 0 and an empty record, not 101 (reference §6.9). */
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

/** The void/refund answer envelope; on refusal everything but OrderId, Code and Message is null. */
export function operationEnvelope(orderId: string | null, code: number, message: string, transactionId: number | null) {
  return {
    OrderId: orderId,
    BankResponseCode: code === 0 ? '00' : null,
    BankResponseMessage: null,
    AuthCode: null,
    HostReferenceNumber: null,
    TransactionId: transactionId === null ? null : String(transactionId),
    Code: code,
    Message: message,
  };
}
