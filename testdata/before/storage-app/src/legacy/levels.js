import { Storage } from 'aws-amplify';

// Every access level of every call the storage rules rewrite (spec §10.1).
export async function levels(key, file, otherId, token) {
  await Storage.put(key, file);
  await Storage.put(key, file, { level: 'public', contentType: 'text/plain' });
  await Storage.vault.put(key, file, { metadata: { app: 'x' } });

  const a = await Storage.get(key);
  const b = await Storage.get(key, { validateObjectExistence: true });
  const c = await Storage.get(key, { level: 'public', expires: 30 });
  const d = await Storage.get(key, { level: 'protected' });
  const e = await Storage.get(key, { level: 'private' });
  const f = await Storage.vault.get(key, { expires: 30 });
  const urls = [
    Storage.get(key, { level: 'public' }),
    Storage.get(key, { level: 'protected' }),
    Storage.get(key, { level: 'protected', identityId: otherId }),
    Storage.get(key, { level: 'private' }),
    Storage.vault.get(key),
    Storage.vault.get(key, { expires: 30 }),
  ];

  const blobs = [
    await Storage.get(key, { download: true }),
    await Storage.get(key, { download: true, level: 'public' }),
    await Storage.get(key, { download: true, level: 'protected' }),
    await Storage.get(key, { download: true, level: 'protected', identityId: otherId }),
    await Storage.vault.get(key, { download: true }),
  ];

  const lists = [
    await Storage.list(key),
    await Storage.list(key, { pageSize: 10, nextToken: token }),
    await Storage.list(key, { level: 'public', pageSize: 10 }),
    await Storage.list(key, { level: 'protected' }),
    await Storage.list(key, { level: 'protected', identityId: otherId }),
    await Storage.vault.list(key),
    await Storage.vault.list(key, { nextToken: token }),
    await Storage.list(key, { pageSize: 'ALL' }),
    await Storage.list(key, { level: 'private', pageSize: 'ALL' }),
    await Storage.list(key, { level: 'protected', pageSize: 'ALL' }),
    await Storage.list(key, { level: 'protected', identityId: otherId, pageSize: 'ALL' }),
    await Storage.vault.list(key, { pageSize: 'ALL' }),
  ];

  const props = [
    await Storage.getProperties(key, {}),
    await Storage.getProperties(key, { level: 'public' }),
    await Storage.getProperties(key, { level: 'protected' }),
    await Storage.getProperties(key, { level: 'protected', identityId: otherId }),
    await Storage.getProperties(key, { level: 'private' }),
    await Storage.vault.getProperties(key),
    await Storage.vault.getProperties(key, {}),
  ];

  await Storage.remove(key, {});
  await Storage.remove(key, { level: 'public' });
  await Storage.remove(key, { level: 'protected' });
  await Storage.vault.remove(key, {});
  await Storage.copy({ key, level: 'public' }, { key: 'copy', level: 'public' });
  await Storage.copy({ key, level: 'protected' }, { key: 'copy', level: 'protected' });
  return [a, b, c, d, e, f, urls, blobs, lists, props];
}
