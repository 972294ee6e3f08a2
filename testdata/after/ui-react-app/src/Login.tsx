import { Authenticator, Text, View } from '@aws-amplify/ui-react';
import { TotpHeader } from './TotpHeader';

const formFields = {
  signIn: { username: { placeholder: 'Email' } },
  forgotPassword: { username: { placeholder: 'Email' } },
};

const ResetPassword = {
  Header() {
    return <Text>Forgot your password?</Text>;
  },
};

export function Login({ startAt }: { startAt?: 'signIn' | 'signUp' }) {
  return (
    <View padding="large">
      <Authenticator
        initialState={startAt ?? "forgotPassword"}
        formFields={formFields}
        components={{ ForgotPassword: ResetPassword, SetupTotp: { Header: TotpHeader } }}
        hideSignUp
      >
        {({ signOut, user }) => (
          <main>
            <h1>Welcome {user?.username}</h1>
            <button onClick={signOut}>Sign out</button>
          </main>
        )}
      </Authenticator>
      <Authenticator initialState="forgotPassword" variation="modal" />
    </View>
  );
}
