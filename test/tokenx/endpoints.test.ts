import { describe, expect, it } from 'vitest';
import { SIM_BRANCH_ID, SIM_MERCHANT_ID } from '../../src/main/simulators/tokenx/fixtures';
import { clientFor, sampleBasket, simulator } from './simHarness';

const T1 = 'AV0000000001';

describe('TokenX client against the simulator: every endpoint', () => {
  it('registers and reads client settings', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    expect(await client.getClientSettings()).toMatchObject({ kind: 'ok', value: { callbackUrl: null } });
    const set = await client.setClientSettings({ callbackUrl: 'https://hooks.example.com/${terminal-id}', callbackAuthHeader: 'Bearer abc' });
    expect(set).toEqual({ kind: 'ok', status: 200, value: { description: 'Your client settings has been set successfully' } });
    expect(await client.getClientSettings()).toMatchObject({ kind: 'ok', value: { callbackUrl: 'https://hooks.example.com/${terminal-id}' } });
  });

  it('reads the fiscal parameters (departments with their VAT)', async () => {
    const { sim, clock } = await simulator();
    const outcome = await clientFor(sim.baseUrl, clock).getFiscalParameters(T1);
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    expect(outcome.value.terminal).toBe(T1);
    expect(outcome.value.sections.map((section) => section.taxPercent).sort((a, b) => a - b)).toEqual([0, 100, 1000, 2000]);
  });

  it('creates an instant basket, reads it, lists it open, and deletes it', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    const basket = sampleBasket({ checkNumber: 12, title: 'Masa 3' });
    expect(await client.createInstantBasket(T1, basket)).toEqual({
      kind: 'ok',
      status: 201,
      value: { description: 'Instant Basket Record Successfully Created' },
    });
    const details = await client.getBasket(basket.basketID);
    expect(details).toMatchObject({ kind: 'ok', value: { basketID: basket.basketID, status: 0, total: 35000, isLocked: false, sale: null, terminalId: T1 } });
    const open = await client.getOpenBaskets(T1);
    expect(open).toMatchObject({ kind: 'ok', value: [{ basketID: basket.basketID, checkNumber: 12, title: 'Masa 3', total: 35000 }] });
    expect(await client.deleteBasket(basket.basketID)).toMatchObject({ kind: 'ok', value: { description: 'Basket has been deleted successfully' } });
    expect(await client.getBasket(basket.basketID)).toMatchObject({ kind: 'rejected', code: '404', httpStatus: 404 });
  });

  it('creates a list basket for the branch, updates it, and unlocks it after a device took it', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    const basket = sampleBasket({ paymentItems: undefined, title: 'Masa 16', filter: 'Bahçe' });
    expect(await client.createListBasket(SIM_BRANCH_ID, basket)).toMatchObject({ kind: 'ok', status: 201, value: { description: 'Basket Record Successfully Created' } });
    const { basketID: _id, ...body } = basket;
    const updated = await client.updateBasket(basket.basketID, { ...body, items: [{ name: 'Pizza', price: 15000, sectionNo: 3, taxPercent: 2000, quantity: 1000 }] }, { branchId: SIM_BRANCH_ID });
    expect(updated).toMatchObject({ kind: 'ok', status: 200, value: { description: 'Basket Record Successfully Updated' } });
    expect(await client.getBasket(basket.basketID)).toMatchObject({ kind: 'ok', value: { total: 15000, terminalId: null, branchId: SIM_BRANCH_ID } });
    // Every terminal of the branch sees a list basket.
    for (const terminal of ['AV0000000002', 'AT0000000003']) {
      expect(await client.getOpenBaskets(terminal)).toMatchObject({ kind: 'ok', value: [{ basketID: basket.basketID }] });
    }
    expect(sim.control.device({ action: 'open', terminalId: 'AT0000000003', basketId: basket.basketID }).ok).toBe(true);
    expect(await client.getBasket(basket.basketID)).toMatchObject({ kind: 'ok', value: { isLocked: true, lockedBy: 'AT0000000003' } });
    expect(await client.unlockBasket(SIM_BRANCH_ID, basket.basketID)).toMatchObject({ kind: 'ok', value: { description: 'Unlock Operation Successfully Completed' } });
    expect(await client.getBasket(basket.basketID)).toMatchObject({ kind: 'ok', value: { isLocked: false, lockedBy: null } });
  });

  it('lists terminals with their sale mode by terminal, branch and merchant, and reads a terminal’s organization', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    expect(await client.getTerminals({ terminalId: T1 })).toEqual({ kind: 'ok', status: 200, value: [{ id: T1, branchId: SIM_BRANCH_ID, mode: 1 }] });
    const byBranch = await client.getTerminals({ branchId: SIM_BRANCH_ID });
    expect(byBranch.kind === 'ok' && byBranch.value.map((terminal) => `${terminal.id}:${terminal.mode}`)).toEqual(['AV0000000001:1', 'AV0000000002:1', 'AT0000000003:0']);
    const byMerchant = await client.getTerminals({ merchantId: SIM_MERCHANT_ID });
    expect(byMerchant.kind === 'ok' && byMerchant.value).toHaveLength(3);
    expect(await client.getTerminal(T1)).toMatchObject({ kind: 'ok', value: { terminalId: T1, branchId: SIM_BRANCH_ID, merchantId: SIM_MERCHANT_ID } });
    sim.control.device({ action: 'sale-kind', terminalId: T1, sale: 'list' });
    expect(await client.getTerminals({ terminalId: T1 })).toMatchObject({ kind: 'ok', value: [{ mode: 0 }] });
  });

  it('reads a paid basket with its sale, receipt and Z numbers counting up per terminal', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    const receipts: number[] = [];
    for (let i = 0; i < 2; i += 1) {
      const basket = sampleBasket();
      await client.createInstantBasket(T1, basket);
      sim.control.device({ action: 'open', terminalId: T1, basketId: basket.basketID });
      sim.control.device({ action: 'pay', terminalId: T1, basketId: basket.basketID, payments: [{ type: 1, amount: 5000 }, { type: 3, amount: 30000, operatorId: 62 }] });
      const read = await client.getBasket(basket.basketID);
      expect(read).toMatchObject({ kind: 'ok', value: { status: 1, sale: { status: 0, message: 'OK', zNo: 1, paymentCount: 2 } } });
      if (read.kind === 'ok') receipts.push(read.value.sale?.receiptNo ?? -1);
    }
    expect(receipts).toEqual([1, 2]);
    sim.control.device({ action: 'z-report', terminalId: T1 });
    expect(sim.control.snapshot().terminals.find((terminal) => terminal.id === T1)).toMatchObject({ zNo: 2, receiptNo: 0 });
  });
});
