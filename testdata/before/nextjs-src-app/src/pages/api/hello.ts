import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  const token = (await SSR.Auth.currentSession()).getIdToken().getJwtToken();
  res.status(200).json({ hello: user.username, token });
}
