import { REQUEST_STATUS, TRANSACTION_TYPE, describeRequestStatus, describeTransactionType } from '../../../shared/tosla/catalog';
import type { ToslaOrder } from '../../../shared/tosla/views';
import { dateNumberToIso, istanbulDateNumber } from './istanbulTime';
import type { ToslaRecord } from './wireResponses';

/** The Istanbul day the order was made on, from CreateDate (inquiry leaves TransactionDate 0 in test). */
export function businessDateNumber(record: ToslaRecord): number | null {
  if (record.createDate !== null && /^\d{14}$/u.test(record.createDate)) return Number(record.createDate.slice(0, 8));
  return record.transactionDate > 0 ? record.transactionDate : null;
}

export function refundableKurus(record: ToslaRecord): number {
  const refundable =
    record.transactionType === TRANSACTION_TYPE.sale &&
    (record.requestStatus === REQUEST_STATUS.successful || record.requestStatus === REQUEST_STATUS.partiallyRefunded);
  return refundable ? Math.max(0, record.amount - record.refundedAmount) : 0;
}

/**
 * Void or refund (design.md, Tosla rules): a void cancels the whole amount and is only
 * possible on the business day of the sale with nothing refunded; after that, or for a
 * partial amount, it is a refund of at most what is left. Tosla has the last word on
 * the day's cut-off and refuses a late void.
 */
export function assessOrder(record: ToslaRecord, now: number, openOperationId: string | null): ToslaOrder {
  const businessDate = businessDateNumber(record);
  const remaining = refundableKurus(record);
  const isVoidable =
    (record.transactionType === TRANSACTION_TYPE.sale || record.transactionType === TRANSACTION_TYPE.preAuth) &&
    record.requestStatus === REQUEST_STATUS.successful &&
    record.refundedAmount === 0 &&
    businessDate === istanbulDateNumber(now);
  const canVoid = openOperationId === null && isVoidable;
  const canRefund = openOperationId === null && remaining > 0;
  return {
    orderId: record.orderId ?? '',
    transactionType: record.transactionType,
    requestStatus: record.requestStatus,
    amountKurus: record.amount,
    refundedKurus: record.refundedAmount,
    refundableKurus: remaining,
    installmentCount: record.installmentCount,
    cardNo: record.cardNo,
    createDate: record.createDate,
    businessDate: businessDate === null ? null : dateNumberToIso(businessDate),
    canVoid,
    canRefund,
    suggestion: canVoid ? 'void' : canRefund ? 'refund' : 'none',
    blockedReason: canVoid || canRefund ? null : blockedReason(record, openOperationId),
    openOperationId,
  };
}

function blockedReason(record: ToslaRecord, openOperationId: string | null): { en: string; tr: string } {
  if (openOperationId !== null) {
    return {
      en: 'An earlier void or refund of this order has no confirmed outcome yet; check it again first.',
      tr: 'Bu siparişin önceki iptal veya iadesinin sonucu henüz doğrulanmadı; önce tekrar sorgulayın.',
    };
  }
  if (record.transactionType !== TRANSACTION_TYPE.sale && record.transactionType !== TRANSACTION_TYPE.preAuth) {
    const type = describeTransactionType(record.transactionType);
    return {
      en: `This record is a ${type.en.toLowerCase()}, not a sale; only sales can be voided or refunded.`,
      tr: `Bu kayıt bir satış değil (${type.tr}); yalnızca satışlar iptal veya iade edilebilir.`,
    };
  }
  if (record.transactionType === TRANSACTION_TYPE.preAuth) {
    return {
      en: 'A pre-authorisation can only be voided, on its own business day, and never refunded.',
      tr: 'Ön otorizasyon yalnızca kendi iş gününde iptal edilebilir, iade edilemez.',
    };
  }
  const status = describeRequestStatus(record.requestStatus);
  return {
    en: `Nothing left to void or refund: the order is "${status.en}".`,
    tr: `İptal veya iade edilecek bir şey kalmadı: sipariş durumu "${status.tr}".`,
  };
}
