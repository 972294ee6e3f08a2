import { Storage } from 'aws-amplify';
import { uploadData, downloadData, list, isCancelError } from 'aws-amplify/storage';

// Calls the storage rules only flag (the code stays, with a marker above it), beside some they rewrite.
export async function legacy(key, file, level, task, identityId) {
  // TODO(amplify-migrate): storage-level-variable the level is not a literal: write the path by hand, public/<key>, ({ identityId }) => `protected/${identityId}/<key>` or ({ identityId }) => `private/${identityId}/<key>` (spec §10.1)
  await Storage.get(key, { level });
  // TODO(amplify-migrate): STO-01 uploadData has no acl, cacheControl, expires, tagging, server-side-encryption, track or provider option (bucket is options.bucket with a Gen 2 bucket name): rewrite this call by hand without them
  await Storage.put(key, file, { acl: 'public-read', contentType: file.type });
  // TODO(amplify-migrate): STO-03 every v6 upload is resumable: keep the operation (const task = uploadData({ … })) for pause(), resume() and cancel(), and move completeCallback/errorCallback to task.result.then/.catch
  await Storage.put(key, file, { resumable: true, completeCallback: () => console.log('done') });
  // TODO(amplify-migrate): STO-11 Storage.cancel is gone: keep the operation uploadData/downloadData returns (const op = uploadData({ … })) and call op.cancel() here
  Storage.cancel(task);
  // NOTE(amplify-migrate): STO-01 uploadData(…).result resolves { path, eTag, … } (the full path, level prefix included) instead of { key }
  const stored = await uploadData({ path: ({ identityId }) => `private/${identityId}/${key}`, data: file }).result;
  // TODO(amplify-migrate): STO-01 uploadData(…).result resolves { path }, the full path with its level prefix (public/…, private/<identityId>/…), not { key }: store the path, or cut the prefix off
  console.log(stored.key);
  // TODO(amplify-migrate): STO-01 Storage.vault.copy has no automatic rewrite here: move it to the functions of aws-amplify/storage with a private path, ({ identityId }) => `private/${identityId}/<key>` (spec §10)
  await Storage.vault.copy({ key }, { key: 'b' });
  // TODO(amplify-migrate): STO-01 Storage.put has no automatic rewrite yet: move it to the functions of aws-amplify/storage (paths replace keys and levels, spec §10)
  await Storage.put(identityId, file, { level: 'private' });
}

export async function download(key) {
  // TODO(amplify-migrate): STO-05 downloadData(…).result resolves { body, contentType, eTag, … }: where the code read Body (a Blob), read await body.blob() or await body.text(); fields are camelCase now
  const result = await downloadData({ path: ({ identityId }) => `private/${identityId}/${key}`, options: { onProgress: ({ transferredBytes: loaded, totalBytes: total }) => console.log(loaded, total) } }).result;
  return result.Body;
}

export async function listPrivate() {
  // TODO(amplify-migrate): STO-07 list resolves { items, nextToken }: read items where the code read results, and item.path where it read item.key: the path holds the level prefix (public/…, private/<identityId>/…) that v5 keys did not; hasNextToken is nextToken !== undefined
  const { results } = await list({ path: ({ identityId }) => `private/${identityId}/` });
  return results.map((r) => r.key);
}

export async function listAll(prefix) {
  // TODO(amplify-migrate): STO-08 list resolves { items, nextToken }: read items where the code read results, and item.path where it read item.key: the path holds the level prefix (public/…, private/<identityId>/…) that v5 keys did not; hasNextToken is nextToken !== undefined
  return list({ path: `public/albums/${prefix}/`, options: { listAll: true } });
}

export async function upload(file, setProgress) {
  // TODO(amplify-migrate): STO-01 Storage.put has no automatic rewrite yet: move it to the functions of aws-amplify/storage (paths replace keys and levels, spec §10)
  await Storage.put(file.name, file, {
    level: 'protected',
    progressCallback(progress) {
      setProgress(progress.loaded / progress.total);
    },
  });
  // NOTE(amplify-migrate): STO-01 uploadData(…).result resolves { path, eTag, … } (the full path, level prefix included) instead of { key }
  await uploadData({ path: ({ identityId }) => `protected/${identityId}/${file.name}`, data: file, options: { onProgress: (progress) => setProgress(progress.transferredBytes / progress.totalBytes) } }).result;
}

export function isCancel(err) {
  return isCancelError(err);
}
