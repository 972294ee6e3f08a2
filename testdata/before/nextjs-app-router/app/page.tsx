import { withSSRContext } from 'aws-amplify';
import { headers } from 'next/headers';

// A server component: the signed-in user comes from the request's cookies.
export default async function Home() {
  const req = { headers: { cookie: headers().get('cookie') ?? '' } };
  const SSR = withSSRContext({ req });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return <h1>Hello {user.username}</h1>;
  } catch {
    return <h1>Not signed in</h1>;
  }
}
