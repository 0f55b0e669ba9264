import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { errorCode, errorMessage, errorMessages, fieldErrors } from './errors';

describe('errorMessages', () => {
  it('is empty when all went well', () => {
    expect(errorMessages(undefined, [])).toEqual([]);
    expect(errorMessage(null, null)).toBeNull();
  });

  it("shows the server's Chinese payload errors first, without repeats", () => {
    const payload = [
      { code: 'INVALID', message: '身份证号校验位错误', field: 'idNumber' },
      { code: 'INVALID', message: '身份证号校验位错误', field: 'idNumber' },
      { code: 'CONFLICT', message: '该户已存在', field: null },
    ];
    expect(errorMessages(undefined, payload)).toEqual(['身份证号校验位错误', '该户已存在']);
    expect(fieldErrors(payload)).toEqual({ idNumber: '身份证号校验位错误' });
  });

  it('shows GraphQL errors with their code', () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: '缺少或无效的 CSRF 令牌', extensions: { code: 'CSRF' } }],
    });
    expect(errorMessage(error)).toBe('缺少或无效的 CSRF 令牌');
    expect(errorCode(error)).toBe('CSRF');
  });

  it('says the network failed in the language given', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(errorMessage(error)).toBe('无法连接服务器，请检查网络后重试');
    expect(errorMessage(error, null, { network: 'offline', unknown: '?' })).toBe('offline');
  });
});
