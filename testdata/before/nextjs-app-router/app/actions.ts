'use server';

import { withSSRContext } from 'aws-amplify';
import { cookies } from 'next/headers';

export async function whoAmI() {
  const { Auth } = withSSRContext({ req: { headers: { cookie: cookies().toString() } } });
  const { username } = await Auth.currentAuthenticatedUser();
  return username;
}
