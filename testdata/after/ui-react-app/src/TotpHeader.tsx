import { Heading } from '@aws-amplify/ui-react';

export function TotpHeader() {
  return <Heading level={3}>Scan the code with your authenticator app</Heading>;
}
