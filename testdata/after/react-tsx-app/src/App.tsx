import { useAuth } from './auth/AuthContext';
import { signOut, signInWithRedirect } from 'aws-amplify/auth';

export function App() {
  const { signedIn, username } = useAuth();
  return signedIn ? (
    <main>
      <p>Hello {username}</p>
      <button onClick={() => signOut()}>Sign out</button>
    </main>
  ) : (
    <button onClick={() => signInWithRedirect()}>Sign in</button>
  );
}
