import { cookies } from 'next/headers';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '../utils/amplifyServerUtils';

// A server component: the signed-in user comes from the request's cookies.
export default async function Home() {
  try {
    // TODO(amplify-migrate): SSR-02 check the server call: it runs in runWithAmplifyServerContext with the request cookies (SSR-07); getCurrentUser() resolves { username, userId, signInDetails }, without attributes (SSR-03)
    const user = await runWithAmplifyServerContext({
      nextServerContext: { cookies },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return <h1>Hello {user.username}</h1>;
  } catch {
    return <h1>Not signed in</h1>;
  }
}
