import { NextResponse } from 'next/server';
import { withSSRContext } from 'aws-amplify';

export async function GET(request: Request) {
  const SSR = withSSRContext({ req: { headers: { cookie: request.headers.get('cookie') } } });
  const user = await SSR.Auth.currentAuthenticatedUser();
  const token = (await SSR.Auth.currentSession()).getIdToken().getJwtToken();
  return NextResponse.json({ username: user.username, token });
}
