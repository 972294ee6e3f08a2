import { Auth } from 'aws-amplify';

// The app's own wrapper around Amplify Auth: every screen calls this, not Auth.
export const authService = {
  login: (username, password) => Auth.signIn(username, password),
  logout: () => Auth.signOut(),
};
