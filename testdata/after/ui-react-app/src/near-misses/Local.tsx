// Near misses: an app's own Authenticator and useAuthenticator, and another library's
// withAuthenticator, share names with Amplify UI but none of their props or routes change.
import { withAuthenticator } from './oidc';

function Authenticator(props: { initialState: string; formFields: { resetPassword: string } }) {
  return <p>{props.initialState}{props.formFields.resetPassword}</p>;
}

function useAuthenticator() {
  return { route: 'resetPassword', toResetPassword: () => {} };
}

export function Screen() {
  const { route, toResetPassword } = useAuthenticator();
  return route === 'resetPassword'
    ? <Authenticator initialState="resetPassword" formFields={{ resetPassword: 'x' }} />
    : <button onClick={toResetPassword} />;
}

export default withAuthenticator(Screen, { initialState: 'resetPassword' });
