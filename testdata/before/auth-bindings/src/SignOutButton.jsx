import React from 'react';
import { Auth } from 'aws-amplify';

// `signOut` is a prop here (withAuthenticator passes one), so Amplify's signOut gets an alias.
export function SignOutButton({ signOut }) {
  const onClick = async () => {
    await Auth.signOut();
    signOut();
  };
  return <button onClick={onClick}>Sign out</button>;
}
