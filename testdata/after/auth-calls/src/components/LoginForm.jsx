import React, { useState } from 'react';
import { Amplify } from 'aws-amplify';
import { signIn, resetPassword, confirmResetPassword, signOut } from 'aws-amplify/auth';

// Spec AUTH-04, AUTH-09, AUTH-11, AUTH-12: the four calls of a hand-written login form.
export default function LoginForm({ onDone }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  async function submit() {
    await signIn({ username, password });
    onDone(Amplify.getConfig ? 'v6' : 'v5');
  }

  async function submitWithMetadata(meta) {
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
