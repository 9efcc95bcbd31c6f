/**
 * The web front end's config.json from a CloudFormation stack's outputs, as `aws cloudformation describe-stacks`
 * prints them: the API's URL, the Cognito hosted UI domain and app client (code flow with PKCE), the region.
 */
export function configFromStack(describeStacks, pemdaName) {
  const stack = describeStacks?.Stacks?.[0];
  if (!stack) throw new Error('no stack in the describe-stacks output');
  const outputs = Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
  const missing = ['ApiUrl', 'UserPoolId', 'UserPoolClientId', 'UserPoolDomain'].filter((k) => !outputs[k]);
  if (missing.length) throw new Error(`stack outputs missing: ${missing.join(', ')}`);
  const region = String(stack.StackId ?? '').split(':')[3] || outputs.UserPoolId.split('_')[0];
  const parameter = (key) => (stack.Parameters ?? []).find((p) => p.ParameterKey === key)?.ParameterValue || undefined;
  const pemda = pemdaName ?? parameter('PemdaName');
  // the Pemda's identity, from the template's parameters (describe-stacks lists them); empty ones are left out
  const identity = Object.fromEntries(
    [['logoUrl', 'PemdaLogoUrl'], ['contactEmail', 'PemdaContactEmail'], ['contactPhone', 'PemdaContactPhone'], ['contactAddress', 'PemdaContactAddress']]
      .map(([key, name]) => [key, parameter(name)])
      .filter(([, value]) => value),
  );
  // the zone the web shows times in: the stack's PemdaTimeZone (the functions' PEMDA_ZONE)
  const zone = parameter('PemdaTimeZone');
  return {
    apiUrl: outputs.ApiUrl,
    region,
    auth: { mode: 'cognito', domain: outputs.UserPoolDomain, clientId: outputs.UserPoolClientId, userPoolId: outputs.UserPoolId },
    ...(pemda ? { pemdaName: pemda } : {}),
    ...identity,
    ...(zone ? { timeZone: zone } : {}),
  };
}
