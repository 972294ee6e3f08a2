import React, { useEffect, useState } from 'react';
import { AmplifyAuthenticator, AmplifySignOut, AmplifySignUp } from '@aws-amplify/ui-react';
import { onAuthUIStateChange, AuthState } from '@aws-amplify/ui-components';

export default function Header() {
  const [state, setState] = useState();
  // TODO(amplify-migrate): LEG-05 use useAuthenticator((c) => [c.authStatus]) and authStatus === 'authenticated', or Hub.listen('auth') with 'signedIn'/'signedOut'
  useEffect(() => onAuthUIStateChange((next) => setState(next)), []);
  // TODO(amplify-migrate): LEG-05 use useAuthenticator((c) => [c.authStatus]) and authStatus === 'authenticated', or Hub.listen('auth') with 'signedIn'/'signedOut'
  // TODO(amplify-migrate): LEG-02 AmplifySignOut is gone: write <button onClick={() => signOut()}>…</button> with signOut from aws-amplify/auth (or the signOut prop of withAuthenticator)
  // TODO(amplify-migrate): LEG-03 use <Authenticator> of @aws-amplify/ui-react 6 with import '@aws-amplify/ui-react/styles.css': usernameAlias="email" → loginMechanisms={['email']}, initialAuthState signin/signup/forgotpassword → initialState signIn/signUp/forgotPassword
  // TODO(amplify-migrate): LEG-04 slot components are gone: move their fields to <Authenticator formFields={{ signIn: {…}, signUp: {…} }}> and headers/footers to components={{ SignIn: { Header, Footer } }}
  return state === AuthState.SignedIn ? (
    <AmplifySignOut buttonText="Log out" />
  ) : (
    <AmplifyAuthenticator usernameAlias="email">
      <AmplifySignUp slot="sign-up" usernameAlias="email" formFields={[{ type: 'email' }, { type: 'password' }]} />
    </AmplifyAuthenticator>
  );
}
