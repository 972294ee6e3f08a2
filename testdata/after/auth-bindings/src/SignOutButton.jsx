import React from 'react';
import { signOut as amplifySignOut } from 'aws-amplify/auth';

// `signOut` is a prop here (withAuthenticator passes one), so Amplify's signOut gets an alias.
export function SignOutButton({ signOut }) {
  const onClick = async () => {
    await amplifySignOut();
    signOut();
  };
  return <button onClick={onClick}>Sign out</button>;
}
