import React, { createContext, useContext, useEffect, useState } from 'react';
import { Hub } from 'aws-amplify/utils';
import { getCurrentUser } from 'aws-amplify/auth';

type AuthState = { signedIn: boolean; username?: string };

const AuthContext = createContext<AuthState>({ signedIn: false });

// HUB-01 and the §6.2 event names: the listener stays, the events are renamed.
export function AuthProvider({ children }: { children: React.ReactNode }) {
  const [state, setState] = useState<AuthState>({ signedIn: false });

  useEffect(() => {
    const onAuth = ({ payload }: { payload: { event: string } }) => {
      switch (payload.event) {
        case 'signedIn':
          setState({ signedIn: true });
          break;
        case 'signedOut':
          setState({ signedIn: false });
          break;
        case 'signInWithRedirect':
          console.info('back from the hosted UI');
          break;
        case 'signInWithRedirect_failure':
          console.error('hosted UI sign-in failed');
          break;
      }
    };
    const stopListening = Hub.listen('auth', onAuth);
    // TODO(amplify-migrate): AUTH-14 getCurrentUser() resolves { username, userId, signInDetails }: attributes come from fetchUserAttributes(), tokens from fetchAuthSession(); it throws UserUnAuthenticatedException instead of a string (spec §4.3)
    getCurrentUser()
      .then((user) => setState({ signedIn: true, username: user.username }))
      .catch(() => setState({ signedIn: false }));
    return () => stopListening();
  }, []);

  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export const useAuth = () => useContext(AuthContext);
