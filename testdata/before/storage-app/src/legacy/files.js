import { Storage } from 'aws-amplify';

// Calls the storage rules only flag (the code stays, with a marker above it), beside some they rewrite.
export async function legacy(key, file, level, task, identityId) {
  await Storage.get(key, { level });
  await Storage.put(key, file, { acl: 'public-read', contentType: file.type });
  await Storage.put(key, file, { resumable: true, completeCallback: () => console.log('done') });
  Storage.cancel(task);
  const stored = await Storage.vault.put(key, file);
  console.log(stored.key);
  await Storage.vault.copy({ key }, { key: 'b' });
  await Storage.put(identityId, file, { level: 'private' });
}

export async function download(key) {
  const result = await Storage.get(key, { download: true, level: 'private', progressCallback: ({ loaded, total }) => console.log(loaded, total) });
  return result.Body;
}

export async function listPrivate() {
  const { results } = await Storage.list('', { level: 'private' });
  return results.map((r) => r.key);
}

export async function listAll(prefix) {
  return Storage.list(`albums/${prefix}/`, { level: 'public', pageSize: 'ALL' });
}

export async function upload(file, setProgress) {
  await Storage.put(file.name, file, {
    level: 'protected',
    progressCallback(progress) {
      setProgress(progress.loaded / progress.total);
    },
  });
  await Storage.put(file.name, file, {
    level: 'protected',
    progressCallback: (progress) => setProgress(progress.loaded / progress.total),
  });
}

export function isCancel(err) {
  return Storage.isCancelError(err);
}
