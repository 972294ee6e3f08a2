import API from '@aws-amplify/api';

// Every method in each position: awaited statement, awaited value, a promise handed on.
export async function housekeeping(id, changes) {
  await API.get('admin', '/ping');
  await API.put('admin', `/settings/${id}`, { body: changes });
  await API.del('admin', `/cache/${id}`);
  const created = await API.post('admin', '/jobs', { body: { kind: 'cleanup' }, timeout: 5000 });
  const replaced = await API.put('admin', `/jobs/${created.id}`, { body: created });
  const patched = await API.patch('admin', `/jobs/${created.id}`, { body: { state: 'queued' } });
  const removed = await API.del('admin', `/jobs/${created.id}`, { withCredentials: true });
  return { replaced, patched, removed };
}

export const start = (id) => API.post('admin', `/jobs/${id}/start`);
export const touch = (id) => API.patch('admin', `/jobs/${id}`, { body: { touchedAt: Date.now() } });
