import React, { useEffect, useState } from 'react';
import { AmplifyAuthenticator, AmplifySignOut, AmplifySignUp } from '@aws-amplify/ui-react';
import { onAuthUIStateChange, AuthState } from '@aws-amplify/ui-components';

export default function Header() {
  const [state, setState] = useState();
  useEffect(() => onAuthUIStateChange((next) => setState(next)), []);
  return state === AuthState.SignedIn ? (
    <AmplifySignOut buttonText="Log out" />
  ) : (
    <AmplifyAuthenticator usernameAlias="email">
      <AmplifySignUp slot="sign-up" usernameAlias="email" formFields={[{ type: 'email' }, { type: 'password' }]} />
    </AmplifyAuthenticator>
  );
}
