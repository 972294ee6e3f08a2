import React, { useState } from 'react';
import { Amplify, Auth } from 'aws-amplify';

// Spec AUTH-04, AUTH-09, AUTH-11, AUTH-12: the four calls of a hand-written login form.
export default function LoginForm({ onDone }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  async function submit() {
    await Auth.signIn(username, password);
    onDone(Amplify.getConfig ? 'v6' : 'v5');
  }

  async function submitWithMetadata(meta) {
    await Auth.signIn(
      username.trim(), // what the user typed
      password,
      meta
    );
  }

  async function forgot() {
    await Auth.forgotPassword(username);
  }

  async function reset(code, next) {
    await Auth.forgotPasswordSubmit(username, code, next);
  }

  return (
    <form onSubmit={submit}>
      <button type="button" onClick={() => Auth.signOut({ global: true })}>Sign out everywhere</button>
    </form>
  );
}
