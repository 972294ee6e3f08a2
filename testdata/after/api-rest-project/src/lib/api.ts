import { get, post, del } from 'aws-amplify/api';

export interface Item {
  id: string;
  name: string;
}

export async function listItems(): Promise<void> {
  // NOTE(amplify-migrate): REST-01 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  const items = await (await get({ apiName: 'items', path: '/items' }).response).body.json();
  console.log(items);
}

export async function addItem(name: string): Promise<void> {
  // NOTE(amplify-migrate): REST-02 the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  await post({ apiName: 'items', path: '/items', options: { body: { name } } }).response;
}

export function removeItem(id: string) {
  // NOTE(amplify-migrate): REST-05 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  return del({ apiName: 'items', path: `/items/${id}`, options: {
    headers: { 'x-reason': 'cleanup' },
  } }).response.then(({ body }) => body.json());
}
