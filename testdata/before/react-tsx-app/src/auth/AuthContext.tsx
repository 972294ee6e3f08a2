import React, { createContext, useContext, useEffect, useState } from 'react';
import { Auth, Hub } from 'aws-amplify';

type AuthState = { signedIn: boolean; username?: string };

const AuthContext = createContext<AuthState>({ signedIn: false });

// HUB-01 and the §6.2 event names: the listener stays, the events are renamed.
export function AuthProvider({ children }: { children: React.ReactNode }) {
  const [state, setState] = useState<AuthState>({ signedIn: false });

  useEffect(() => {
    const onAuth = ({ payload }: { payload: { event: string } }) => {
      switch (payload.event) {
        case 'signIn':
          setState({ signedIn: true });
          break;
        case 'signOut':
          setState({ signedIn: false });
          break;
        case 'cognitoHostedUI':
          console.info('back from the hosted UI');
          break;
        case 'cognitoHostedUI_failure':
          console.error('hosted UI sign-in failed');
          break;
      }
    };
    Hub.listen('auth', onAuth);
    Auth.currentAuthenticatedUser()
      .then((user) => setState({ signedIn: true, username: user.username }))
      .catch(() => setState({ signedIn: false }));
    return () => Hub.remove('auth', onAuth);
  }, []);

  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export const useAuth = () => useContext(AuthContext);
