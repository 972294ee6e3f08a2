import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '../../utils/amplifyServerUtils';
import { cookies as amplifyCookies } from 'next/headers';

// The page's own list called cookies: the next/headers import takes another name.
const cookies = ['theme', 'locale'];

export default async function Settings() {
  // TODO(amplify-migrate): SSR-02 check the server call: it runs in runWithAmplifyServerContext with the request cookies (SSR-07); getCurrentUser() resolves { username, userId, signInDetails }, without attributes (SSR-03)
  const { username } = await runWithAmplifyServerContext({
    nextServerContext: { cookies: amplifyCookies },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  return <p>{username}: {cookies.join(', ')}</p>;
}
