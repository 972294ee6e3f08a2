import { useAuthenticator } from '@aws-amplify/ui-react';

export function Status() {
  const { route, toResetPassword, unverifiedContactMethods } = useAuthenticator((context) => [context.route]);
  if (route === 'resetPassword' || route === 'setupTOTP') {
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
    case 'resetPassword':
      return <h2>Reset your password</h2>;
    case 'setupTOTP':
      return <h2>Set up your authenticator app</h2>;
    default:
      return <h2 onClick={() => authenticator.toResetPassword()}>Sign in</h2>;
  }
}
