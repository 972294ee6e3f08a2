import { API, Auth } from 'aws-amplify';

// A Cognito-authorized API: the token goes into the Authorization header (REST-13), which takes a string.
export async function secureItems(): Promise<unknown> {
  return await API.get('items', 'items', {
    headers: { Authorization: (await Auth.currentSession()).getIdToken().getJwtToken() },
  });
}

export async function saveItem(name: string): Promise<void> {
  const token = (await Auth.currentSession()).getIdToken().getJwtToken();
  await API.post('items', '/items', { headers: { Authorization: token }, body: { name } });
}

// The endpoint comes from the configuration now (REST-12).
export async function itemsEndpoint(): Promise<string | undefined> {
  return await API.endpoint('items');
}

// A path without its leading slash gets one (REST-15); isCancel of a REST call (REST-11); the axios-style
// error read is flagged (REST-14).
export async function tryLoad(id: number): Promise<unknown> {
  try {
    return await API.get('items', `items/${id}`, {});
  } catch (err: any) {
    if (API.isCancel(err)) {
      return null;
    }
    if (err.response.status === 404) {
      return undefined;
    }
    throw err;
  }
}
