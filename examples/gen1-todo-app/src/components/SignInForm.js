import React, { useState } from 'react';
import { Auth } from 'aws-amplify';

// A hand-rolled sign-in form, kept as an alternative to the prebuilt
// <Authenticator> UI for pages that need a custom look.
// mode is one of: 'signIn', 'forgotPassword', 'resetPassword'.
function SignInForm({ onSignIn }) {
  const [mode, setMode] = useState('signIn');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [message, setMessage] = useState('');

  async function handleSignIn(event) {
    event.preventDefault();
    try {
      await Auth.signIn(username, password);
      setMessage('');
      if (onSignIn) onSignIn(username);
    } catch (error) {
      console.log('error signing in', error);
      if (error.code === 'UserNotConfirmedException') {
        setMessage('Please confirm your account first.');
      } else if (error.code === 'NotAuthorizedException') {
        setMessage('Incorrect username or password.');
      } else {
        setMessage(error.message || 'Could not sign in.');
      }
    }
  }

  async function handleForgotPassword(event) {
    event.preventDefault();
    try {
      // Cognito emails a verification code to the user.
      await Auth.forgotPassword(username);
      setMessage('Check your email for a verification code.');
      setMode('resetPassword');
    } catch (error) {
      console.log('error requesting password reset', error);
      setMessage(error.message || 'Could not send a reset code.');
    }
  }

  async function handleResetPassword(event) {
    event.preventDefault();
    try {
      await Auth.forgotPasswordSubmit(username, code, newPassword);
      setMessage('Password changed. You can sign in now.');
      setPassword('');
      setCode('');
      setNewPassword('');
      setMode('signIn');
    } catch (error) {
      console.log('error resetting password', error);
      setMessage(error.message || 'Could not reset the password.');
    }
  }

  if (mode === 'forgotPassword') {
    return (
      <form onSubmit={handleForgotPassword}>
        <h2>Forgot your password?</h2>
        <input
          placeholder="Username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <button type="submit">Send code</button>
        <button type="button" onClick={() => setMode('signIn')}>
          Back to sign in
        </button>
        {message && <p>{message}</p>}
      </form>
    );
  }

  if (mode === 'resetPassword') {
    return (
      <form onSubmit={handleResetPassword}>
        <h2>Choose a new password</h2>
        <input
          placeholder="Verification code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <input
          type="password"
          placeholder="New password"
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
        />
        <button type="submit">Change password</button>
        {message && <p>{message}</p>}
      </form>
    );
  }

  return (
    <form onSubmit={handleSignIn}>
      <h2>Sign in</h2>
      <input
        placeholder="Username"
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <input
        type="password"
        placeholder="Password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit">Sign in</button>
      <button type="button" onClick={() => setMode('forgotPassword')}>
        Forgot password?
      </button>
      {message && <p>{message}</p>}
    </form>
  );
}

export default SignInForm;
