import { withAuthenticator, Button, Heading } from '@aws-amplify/ui-react';
import type { WithAuthenticatorProps } from '@aws-amplify/ui-react';
import { TotpHeader } from './TotpHeader';
import { signOut as amplifySignOut } from 'aws-amplify/auth';

function App({ signOut, user }: WithAuthenticatorProps) {
  async function leave() {
    await amplifySignOut({ global: true });
    signOut?.();
  }
  return (
    <main>
      <Heading level={1}>Hello {user?.username}</Heading>
      <Button onClick={leave}>Sign out everywhere</Button>
    </main>
  );
}

export default withAuthenticator(App, {
  loginMechanisms: ['email'],
  initialState: 'forgotPassword',
  formFields: {
    forgotPassword: { username: { placeholder: 'Your email' } },
    setupTotp: { QR: { totpIssuer: 'Todo App' } },
  },
  components: { SetupTotp: { Header: TotpHeader } },
});
