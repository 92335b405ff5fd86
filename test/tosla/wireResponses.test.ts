import { describe, expect, it } from 'vitest';
import { envelopeSchema, historySchema, lowerKeys, operationSchema, parseWireJson, recordSchema } from '../../src/main/core/tosla/wireResponses';

const read = (text: string) => lowerKeys(parseWireJson(text));

describe('reading Tosla answers', () => {
  it('keeps TransactionId digits exact whether sent as a number or a string, beyond 2^53 too', () => {
    const body = read('{"Code":0,"Message":"Başarılı","OrderId":"A","BankResponseCode":"00","TransactionId":9007199254740993}');
    expect(operationSchema.parse(body).transactionId).toBe('9007199254740993');
    const asString = read('{"code":0,"transactionId":"2000000000032562"}');
    expect(operationSchema.parse(asString).transactionId).toBe('2000000000032562');
    expect(operationSchema.parse(read('{"Code":101,"TransactionId":null}')).transactionId).toBeNull();
  });

  it('reads the lowercase message of a 998 and its validation errors', () => {
    const body = read('{"Code":998,"message":"Validasyon Hatası","ValidationErrors":["x"]}');
    expect(envelopeSchema.parse(body)).toEqual({ code: 998, message: 'Validasyon Hatası', validationerrors: ['x'] });
  });

  it('coerces numbers sent as strings and treats "" and null alike', () => {
    const record = recordSchema.parse(
      read('{"transactionType":"1","OrderId":"O","AMOUNT":"4550","RefundedAmount":null,"RequestStatus":"3","CardNo":"","ClientId":"1000000494"}'),
    );
    expect(record).toMatchObject({ transactionType: 1, amount: 4550, refundedAmount: 0, requestStatus: 3, cardNo: null });
  });

  it('keeps CreateDate as yyyyMMddHHmmss whether it came so or as yyyy-MM-dd HH:mm:ss.fff', () => {
    expect(recordSchema.parse(read('{"CreateDate":"20250314112001"}')).createDate).toBe('20250314112001');
    expect(recordSchema.parse(read('{"CreateDate":"2025-03-14 11:20:01.537"}')).createDate).toBe('20250314112001');
    expect(recordSchema.parse(read('{"CreateDate":"2025-03-14T11:20:01"}')).createDate).toBe('20250314112001');
  });

  it('refuses amounts that are not whole numbers', () => {
    expect(recordSchema.safeParse(read('{"Amount":"45.50","OrderId":"O"}')).success).toBe(false);
    expect(recordSchema.safeParse(read('{"Amount":45.5,"OrderId":"O"}')).success).toBe(false);
  });

  it('reads a history answer with null Transactions as an empty page', () => {
    expect(historySchema.parse(read('{"Count":0,"Transactions":null,"Code":999,"Message":"Genel Hata"}'))).toEqual({
      count: 0,
      transactions: [],
    });
  });
});
