import { withSSRContext } from 'aws-amplify';

// The page's own list called cookies: the next/headers import takes another name.
const cookies = ['theme', 'locale'];

export default async function Settings() {
  const SSR = withSSRContext();
  const { username } = await SSR.Auth.currentUserPoolUser();
  return <p>{username}: {cookies.join(', ')}</p>;
}
