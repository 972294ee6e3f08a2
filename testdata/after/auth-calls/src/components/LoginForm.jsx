import React, { useState } from 'react';
import { Amplify } from 'aws-amplify';
import { signIn, resetPassword, confirmResetPassword, signOut } from 'aws-amplify/auth';

// Spec AUTH-04, AUTH-09, AUTH-11, AUTH-12: the four calls of a hand-written login form.
export default function LoginForm({ onDone }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  async function submit() {
    // NOTE(amplify-migrate): AUTH-04 v6 signIn returns nextStep instead of throwing UserNotConfirmedException or PasswordResetRequiredException, and throws UserAlreadyAuthenticatedException when a user is signed in (ERR-04, ERR-07)
    await signIn({ username, password });
    onDone(Amplify.getConfig ? 'v6' : 'v5');
  }

  async function submitWithMetadata(meta) {
    // NOTE(amplify-migrate): AUTH-04 v6 signIn returns nextStep instead of throwing UserNotConfirmedException or PasswordResetRequiredException, and throws UserAlreadyAuthenticatedException when a user is signed in (ERR-04, ERR-07)
    await signIn({ username: username.trim() /* what the user typed */, password, options: { clientMetadata: meta } });
  }

  async function forgot() {
    await resetPassword({ username });
  }

  async function reset(code, next) {
    await confirmResetPassword({ username, confirmationCode: code, newPassword: next });
  }

  return (
    <form onSubmit={submit}>
      <button type="button" onClick={() => signOut({ global: true })}>Sign out everywhere</button>
    </form>
  );
}
