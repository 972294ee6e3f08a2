import { Auth } from 'aws-amplify';
import { withAuthenticator, Button, Heading } from '@aws-amplify/ui-react';
import type { WithAuthenticatorProps } from '@aws-amplify/ui-react';
import { TotpHeader } from './TotpHeader';

function App({ signOut, user }: WithAuthenticatorProps) {
  async function leave() {
    await Auth.signOut({ global: true });
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
  initialState: 'resetPassword',
  formFields: {
    resetPassword: { username: { placeholder: 'Your email' } },
    setupTOTP: { QR: { totpIssuer: 'Todo App' } },
  },
  components: { SetupTOTP: { Header: TotpHeader } },
});
