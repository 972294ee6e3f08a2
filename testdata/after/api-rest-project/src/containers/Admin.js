import { get, put, del, post, patch } from 'aws-amplify/api';

// Every method in each position: awaited statement, awaited value, a promise handed on.
export async function housekeeping(id, changes) {
  // NOTE(amplify-migrate): REST-01 the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  await get({ apiName: 'admin', path: '/ping' }).response;
  // NOTE(amplify-migrate): REST-03 the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  await put({ apiName: 'admin', path: `/settings/${id}`, options: { body: changes } }).response;
  // NOTE(amplify-migrate): REST-05 the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  await del({ apiName: 'admin', path: `/cache/${id}` }).response;
  // NOTE(amplify-migrate): REST-02 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  const created = await (await post({ apiName: 'admin', path: '/jobs', options: { body: { kind: 'cleanup' }, timeout: 5000 } }).response).body.json();
  // NOTE(amplify-migrate): REST-03 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  const replaced = await (await put({ apiName: 'admin', path: `/jobs/${created.id}`, options: { body: created } }).response).body.json();
  // NOTE(amplify-migrate): REST-04 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  const patched = await (await patch({ apiName: 'admin', path: `/jobs/${created.id}`, options: { body: { state: 'queued' } } }).response).body.json();
  // NOTE(amplify-migrate): REST-05 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  const removed = await (await del({ apiName: 'admin', path: `/jobs/${created.id}`, options: { withCredentials: true } }).response).body.json();
  return { replaced, patched, removed };
}

// NOTE(amplify-migrate): REST-02 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
export const start = (id) => post({ apiName: 'admin', path: `/jobs/${id}/start` }).response.then(({ body }) => body.json());
// NOTE(amplify-migrate): REST-04 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
export const touch = (id) => patch({ apiName: 'admin', path: `/jobs/${id}`, options: { body: { touchedAt: Date.now() } } }).response.then(({ body }) => body.json());
