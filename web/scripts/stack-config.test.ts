import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without types
import { configFromStack } from './stack-config.mjs';

const stack = {
  Stacks: [{
    StackId: 'arn:aws:cloudformation:ap-southeast-3:123456789012:stack/sikerja-dev/abc',
    Parameters: [{ ParameterKey: 'PemdaName', ParameterValue: 'Pemerintah Kota Samarinda' }],
    Outputs: [
      { OutputKey: 'ApiUrl', OutputValue: 'https://abc123.execute-api.ap-southeast-3.amazonaws.com' },
      { OutputKey: 'UserPoolId', OutputValue: 'ap-southeast-3_AbCdEf' },
      { OutputKey: 'UserPoolClientId', OutputValue: '1example23456789' },
      { OutputKey: 'UserPoolDomain', OutputValue: 'https://sikerja-dev.auth.ap-southeast-3.amazoncognito.com' },
      { OutputKey: 'WebUrl', OutputValue: 'https://d111111abcdef8.cloudfront.net' },
    ],
  }],
};

describe('config.json from the stack outputs', () => {
  it('points the app at the API and the Cognito hosted UI of the stack', () => {
    expect(configFromStack(stack)).toEqual({
      apiUrl: 'https://abc123.execute-api.ap-southeast-3.amazonaws.com',
      region: 'ap-southeast-3',
      auth: { mode: 'cognito', domain: 'https://sikerja-dev.auth.ap-southeast-3.amazoncognito.com', clientId: '1example23456789', userPoolId: 'ap-southeast-3_AbCdEf' },
      pemdaName: 'Pemerintah Kota Samarinda',
    });
  });

  it('names the outputs a stack lacks', () => {
    expect(() => configFromStack({ Stacks: [{ Outputs: [{ OutputKey: 'ApiUrl', OutputValue: 'x' }] }] }))
      .toThrow('stack outputs missing: UserPoolId, UserPoolClientId, UserPoolDomain');
  });
});

describe('the Pemda identity in config.json', () => {
  it('takes the logo and contact from the stack parameters, leaving out the empty ones', () => {
    const withIdentity = structuredClone(stack);
    withIdentity.Stacks[0].Parameters.push(
      { ParameterKey: 'PemdaLogoUrl', ParameterValue: 'https://samarindakota.go.id/logo.png' },
      { ParameterKey: 'PemdaContactEmail', ParameterValue: 'kerjasama@samarindakota.go.id' },
      { ParameterKey: 'PemdaContactPhone', ParameterValue: '' },
      { ParameterKey: 'PemdaContactAddress', ParameterValue: 'Jl. Kesuma Bangsa No. 82, Samarinda' },
    );
    const config = configFromStack(withIdentity);
    expect(config.logoUrl).toBe('https://samarindakota.go.id/logo.png');
    expect(config.contactEmail).toBe('kerjasama@samarindakota.go.id');
    expect(config.contactAddress).toBe('Jl. Kesuma Bangsa No. 82, Samarinda');
    expect('contactPhone' in config).toBe(false);
  });
});
