import { Auth } from 'aws-amplify';
import { useAuth } from './auth/AuthContext';

export function App() {
  const { signedIn, username } = useAuth();
  return signedIn ? (
    <main>
      <p>Hello {username}</p>
      <button onClick={() => Auth.signOut()}>Sign out</button>
    </main>
  ) : (
    <button onClick={() => Auth.federatedSignIn()}>Sign in</button>
  );
}
