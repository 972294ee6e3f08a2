import { API } from 'aws-amplify';

export interface Item {
  id: string;
  name: string;
}

export async function listItems(): Promise<void> {
  const items = await API.get('items', '/items', {});
  console.log(items);
}

export async function addItem(name: string): Promise<void> {
  await API.post('items', '/items', { body: { name } });
}

export function removeItem(id: string) {
  return API.del('items', `/items/${id}`, {
    headers: { 'x-reason': 'cleanup' },
  });
}
