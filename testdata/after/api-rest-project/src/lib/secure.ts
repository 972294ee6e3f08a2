import { Amplify } from 'aws-amplify';
import { fetchAuthSession } from 'aws-amplify/auth';
import { post, get, isCancelError } from 'aws-amplify/api';

// A Cognito-authorized API: the token goes into the Authorization header (REST-13), which takes a string.
export async function secureItems(): Promise<unknown> {
  // NOTE(amplify-migrate): REST-01 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  return await (await get({ apiName: 'items', path: '/items', options: {
    headers: { Authorization: (await fetchAuthSession()).tokens?.idToken?.toString() ?? '' },
  } }).response).body.json();
}

export async function saveItem(name: string): Promise<void> {
  // NOTE(amplify-migrate): TOK-09 the token is undefined when no user is signed in, where v5 rejected
  const token = (await fetchAuthSession()).tokens?.idToken?.toString();
  // NOTE(amplify-migrate): REST-02 the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  await post({ apiName: 'items', path: '/items', options: { headers: { Authorization: token ?? '' }, body: { name } } }).response;
}

// The endpoint comes from the configuration now (REST-12).
export async function itemsEndpoint(): Promise<string | undefined> {
  // NOTE(amplify-migrate): REST-12 the endpoint is read from the configuration Amplify.configure was given, and is undefined for an API it does not list
  return Amplify.getConfig().API?.REST?.['items']?.endpoint;
}

// A path without its leading slash gets one (REST-15); isCancel of a REST call (REST-11); the axios-style
// error read is flagged (REST-14).
export async function tryLoad(id: number): Promise<unknown> {
  try {
    // NOTE(amplify-migrate): REST-01 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
    return await (await get({ apiName: 'items', path: `/items/${id}` }).response).body.json();
  } catch (err: any) {
    if (isCancelError(err)) {
      return null;
    }
    // TODO(amplify-migrate): REST-14 v6 REST calls reject with ApiError (from aws-amplify/api): read .status as (err instanceof ApiError && err.response?.statusCode), .data as JSON.parse(err.response.body), .headers as err.response?.headers (ERR-08)
    if (err.response.status === 404) {
      return undefined;
    }
    throw err;
  }
}
