import { useAuthenticator } from '@aws-amplify/ui-react';

export function Status() {
  const { route, toForgotPassword: toResetPassword, unverifiedUserAttributes: unverifiedContactMethods } = useAuthenticator((context) => [context.route]);
  if (route === 'forgotPassword' || route === 'setupTotp') {
    return <p>Setting things up</p>;
  }
  return (
    <button onClick={toResetPassword} disabled={!unverifiedContactMethods}>
      Reset password
    </button>
  );
}

export function Title() {
  const authenticator = useAuthenticator((context) => [context.route]);
  switch (authenticator.route) {
    case 'forgotPassword':
      return <h2>Reset your password</h2>;
    case 'setupTotp':
      return <h2>Set up your authenticator app</h2>;
    default:
      return <h2 onClick={() => authenticator.toForgotPassword()}>Sign in</h2>;
  }
}
